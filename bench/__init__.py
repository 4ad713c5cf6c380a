"""Benchmarks that print figures; never part of the timed test suite."""
