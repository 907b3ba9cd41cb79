"""Synthetic people, cases and work for the demo vault, tests and benchmarks."""
