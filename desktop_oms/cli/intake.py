"""Commands for intake (filled in as that part lands)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this part's commands to the command line."""
