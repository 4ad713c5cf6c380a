"""A seeded fuzz walk of every conversation state, through the real Application over HTTP.

`walk.Walk` drives patients through setup, every feature and their reminders with a mix of
answers that move them on (`policy.py`, steered by `hints.py` toward states not reached yet)
and inputs meant to break things (`inputs.py`); `observe.py` reads each patient's state and
collects every error the bot logs; `report.py` prints what was found. tests/bot/test_fuzz.py
runs a short walk in the suite; bench/fuzz.py runs the full one:

    python3 deploy/local.py bench fuzz --inputs 10000 --seed 1 [--postgres] [--verbose]

The same seed on the same code makes the same walk (the table prints its digest), so an
error's input sequence, printed with it, can be replayed with --verbose.
"""
