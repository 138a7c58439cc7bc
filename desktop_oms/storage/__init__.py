"""Where the data lives: engine, tables, migrations, unit of work and read queries."""
