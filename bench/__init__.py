"""Benchmarks (`make bench`): measured figures printed beside the targets of the issues."""
