"""Reminder delivery: the database ledger, a timer that wakes the process, and the sender."""
