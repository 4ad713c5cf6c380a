"""Fuzz: a seeded walk of N inputs over every conversation state; every error it causes.

The real Application polls the Bot API double (on 127.0.0.1) with a fake clock, on a fresh
SQLite file (or an empty PostgreSQL database by URL). Patients set up plans, use every
feature and answer reminders, mixed with hostile inputs: stale, forged and other patients'
buttons, huge and non-ASCII ids, odd commands, junk and very long text, locations, edits.
Prints inputs sent, states reached, handler errors by exception type and handler (each with
the inputs that led to its first occurrence), unanswered inputs, elapsed time and machine.
Exits 1 when anything went wrong. The same seed on the same code gives the same walk.

    python -m bench.fuzz --inputs 10000 --seed 1            # add --postgres for PostgreSQL
"""

import argparse
import asyncio
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from storage.database import create_database_engine
from storage.schema import upgrade_to_latest
from tests.bot.conftest import START, running_application
from tests.fake_clock import FakeClock
from tests.fuzz.double import FuzzDouble
from tests.fuzz.report import FuzzReport
from tests.fuzz.walk import Walk
from tests.postgres import find_server


async def fuzz_run(
    workdir: Path,
    *,
    inputs: int,
    seed: int,
    patients: int = 6,
    planned: int = 3,
    database_url: str | None = None,
    on_input: Callable[[str], None] | None = None,
) -> FuzzReport:
    """Walk `inputs` inputs against a freshly started bot and return what it found."""
    url = database_url or f"sqlite:///{_fresh_file(workdir / 'fuzz.sqlite3')}"
    engine = create_database_engine(url)
    upgrade_to_latest(engine)
    clock = FakeClock(START)
    try:
        async with FuzzDouble() as double, running_application(double, engine, clock) as app:
            walk = Walk(app, double, engine, clock, seed=seed, patients=patients, planned=planned)
            walk.on_input = on_input
            return await walk.run(inputs)
    finally:
        engine.dispose()


def _fresh_file(path: Path) -> Path:
    """The path, with any earlier run's database (and its WAL files) removed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    for old in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        old.unlink(missing_ok=True)
    return path


def main(argv: list[str] | None = None) -> int:
    """Run the walk and print the table; 1 if any error, apology or unanswered input."""
    parser = argparse.ArgumentParser(prog="bench fuzz", description=__doc__)
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--patients", type=int, default=6)
    parser.add_argument("--planned", type=int, default=3, help="patients starting with a plan")
    parser.add_argument("--database-url", help="an empty PostgreSQL database (default: SQLite)")
    parser.add_argument(
        "--postgres", action="store_true", help="a throwaway database on the tests' PostgreSQL"
    )
    parser.add_argument("--workdir", type=Path, default=Path("data/bench"))
    parser.add_argument("--verbose", action="store_true", help="print each input as sent")
    arguments = parser.parse_args(argv)
    shown = (lambda line: print(line, file=sys.stderr, flush=True)) if arguments.verbose else None
    with _database(arguments) as database_url:
        report = asyncio.run(
            fuzz_run(
                arguments.workdir,
                inputs=arguments.inputs,
                seed=arguments.seed,
                patients=arguments.patients,
                planned=arguments.planned,
                database_url=database_url,
                on_input=shown,
            )
        )
    print(report.table())
    return 0 if report.clean else 1


@contextmanager
def _database(arguments: argparse.Namespace) -> Iterator[str | None]:
    """The URL given, a throwaway PostgreSQL database (dropped after), or None for SQLite."""
    if not arguments.postgres:
        yield arguments.database_url
        return
    server, reason = find_server()
    if server is None:
        raise SystemExit(f"--postgres: {reason}")
    url = server.create_database("b12bot_fuzz")
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        server.drop_database(url)


if __name__ == "__main__":
    sys.exit(main())
