"""Business rules in plain Python: nothing here imports Qt or the database."""
