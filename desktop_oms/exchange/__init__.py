"""File formats only: spreadsheets in and out, channel and courier layouts, label PDFs."""
