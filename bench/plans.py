"""Query plans of the reminder loop's statements on the start-up database (a million patients).

The statements are the bot's own: the real storage and planner functions run once against
a copy of the generated database inside a transaction that is rolled back, and every statement they
send is captured at the cursor (text and parameters). Each distinct one is then explained
with the same parameters: SQLite's EXPLAIN QUERY PLAN, PostgreSQL's EXPLAIN (ANALYZE,
BUFFERS) (writes explained in a transaction rolled back, so nothing changes).

What runs, in the order the bot runs it at a 09:00 peak:
  wake-up     next_pending_due_at (what the wake-up timer is armed for)
  claim       claim_due_reminders (a batch of BATCH_SIZE)
  backlog     count_due_backlog (the operator's drain warning at a peak)
  plan        plan_deliveries with the bot's planners, on a batch of dose reminders due
  settle      mark_reminders_sent and each delivery's after-settled writers (follow-ups)
  done        record_done for one patient: the next dose and its reminders (sync_schedule)

All patients' doses fall due at one instant (PLACEHOLDER_DUE), so "due" is every patient's
dose at once: 28 days of a 4-weekly population, more than the 36,000 of one day. With
`--spread-days 28` the copy is first made one day of such a population (spread_over_days).

    python -m bench.plans --patients 1000000            # both databases when PostgreSQL is found
    python -m bench.plans --patients 1000000 --spread-days 28   # one day: about 36,000 due
"""

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine, event
from sqlmodel import Session, SQLModel, col, select

from bench.database import PLACEHOLDER_DUE, STARTUP_HISTORY, prepared
from bench.harness import add_databases_option, chosen_databases, machine
from bot.app import REMINDER_PLANNERS
from bot.delivery.dispatcher import BATCH_SIZE
from bot.delivery.routes import plan_deliveries
from bot.features.doses.outcomes import record_done
from storage.database import create_database_engine
from storage.models import Patient, Reminder, ReminderKind, ReminderStatus, ScheduledDose
from storage.reminders import (
    SentRow,
    claim_due_reminders,
    count_due_backlog,
    mark_reminders_sent,
    next_pending_due_at,
)

# Just after every patient's dose fell due.
NOW = PLACEHOLDER_DUE + timedelta(minutes=1)
FIRST_MESSAGE_ID = 1_000


@dataclass(frozen=True)
class Captured:
    """One statement as the driver got it, and the step of the loop that sent it."""

    step: str
    statement: str
    parameters: Any


@contextmanager
def capturing(engine: Engine, into: list[Captured], step: Callable[[], str]) -> Iterator[None]:
    """Record every statement sent through `engine` (the first parameter set of a many)."""

    def record(
        _connection: Any,
        _cursor: Any,
        statement: str,
        parameters: Any,
        _context: Any,
        executemany: bool,
    ) -> None:
        first = parameters[0] if executemany and parameters else parameters
        into.append(Captured(step(), statement, first))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield
    finally:
        event.remove(engine, "before_cursor_execute", record)


def loop_statements(engine: Engine) -> list[Captured]:
    """Run one peak's steps with the bot's functions (rolled back); what they sent."""
    captured: list[Captured] = []
    current = ["wake-up"]
    with Session(engine, expire_on_commit=False) as session:
        # Read first: on a small database the claim below may take these very rows.
        batch = _due_dose_reminders(session)
        with capturing(engine, captured, lambda: current[0]):
            next_pending_due_at(session)
            current[0] = "claim"
            claim_due_reminders(session, now=NOW, limit=BATCH_SIZE)
            current[0] = "backlog"
            count_due_backlog(session.connection(), now=NOW)
            current[0] = "plan"
            deliveries = plan_deliveries(session, batch, NOW, REMINDER_PLANNERS)
            current[0] = "settle"
            sent = [d for d in deliveries if d.outgoing is not None]
            rows = [
                SentRow(reminder_id, NOW, FIRST_MESSAGE_ID + number)
                for number, delivery in enumerate(sent)
                for reminder_id in delivery.reminder_ids
            ]
            mark_reminders_sent(session, sent=rows)
            for number, delivery in enumerate(sent):
                for after in delivery.after_settled:
                    after(session, FIRST_MESSAGE_ID + number)
            session.flush()
            current[0] = "done"
            _record_one_done(session, batch[0])
        session.rollback()
    return captured


def _due_dose_reminders(session: Session) -> list[Reminder]:
    """A batch of the dose reminders due now, as a claim returns them (the bench's read)."""
    statement = (
        select(Reminder)
        .where(
            col(Reminder.kind) == ReminderKind.DOSE,
            col(Reminder.status) == ReminderStatus.PENDING,
            col(Reminder.due_at) <= NOW,
        )
        .order_by(col(Reminder.due_at), col(Reminder.id))
        .limit(BATCH_SIZE)
    )
    return list(session.exec(statement).all())


def _record_one_done(session: Session, reminder: Reminder) -> None:
    """The patient presses Done: the dose recorded, the next dose and reminders written."""
    patient = session.get(Patient, reminder.patient_id)
    dose = session.get(ScheduledDose, reminder.dose_id)
    assert patient is not None
    assert dose is not None
    taken = NOW + timedelta(minutes=5)
    record_done(session, patient=patient, dose=dose, taken_at=taken, now=taken)
    session.flush()


def distinct(captured: list[Captured]) -> list[Captured]:
    """Each statement text once (its first parameters), reads and writes (not inserts)."""
    seen: set[str] = set()
    kept = []
    for item in captured:
        verb = item.statement.lstrip().split(None, 1)[0].upper()
        if verb not in ("SELECT", "UPDATE", "DELETE", "WITH") or item.statement in seen:
            continue
        seen.add(item.statement)
        kept.append(item)
    return kept


def explain(engine: Engine, item: Captured) -> list[str]:
    """The plan of one captured statement, as lines (writes rolled back)."""
    connection = engine.raw_connection()
    try:
        cursor = connection.cursor()
        if engine.dialect.name == "sqlite":
            cursor.execute(f"EXPLAIN QUERY PLAN {item.statement}", item.parameters)
            return [_sqlite_line(row) for row in cursor.fetchall()]
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {item.statement}", item.parameters)
        return [str(row[0]) for row in cursor.fetchall()]
    finally:
        connection.rollback()
        connection.close()


def _sqlite_line(row: tuple[int, int, int, str]) -> str:
    """One row of EXPLAIN QUERY PLAN, indented under its parent."""
    node, parent, _, detail = row
    return f"{'  ' * (1 if parent else 0)}{detail}  (node {node}, under {parent})"


def scanned_tables(lines: list[str]) -> list[str]:
    """The tables a plan reads whole (a table or one of its indexes from end to end)."""
    scanned = []
    for line in lines:
        words = line.replace("->", " ").split()
        # SQLite: SCAN t, SCAN t USING [COVERING] INDEX i; a partial index holds only the
        # rows its WHERE admits (the ones being sent, say), not the table.
        index = words[words.index("INDEX") + 1] if "INDEX" in words[:-1] else None
        table_scan = words[:1] == ["SCAN"] and len(words) > 1
        if table_scan and words[1] in SQLModel.metadata.tables and index not in _partial_indexes():
            scanned.append(words[1])
        for at, word in enumerate(words[:-3]):
            if (word, words[at + 1], words[at + 2]) == ("Seq", "Scan", "on"):
                scanned.append(words[at + 3])
    return list(dict.fromkeys(scanned))


def _partial_indexes() -> set[str]:
    """The names of the schema's partial indexes (a WHERE on SQLite)."""
    return {
        str(index.name)
        for table in SQLModel.metadata.tables.values()
        for index in table.indexes
        if index.dialect_options["sqlite"].get("where") is not None
    }


def verdict(lines: list[str], sizes: dict[str, int]) -> str:
    """Full scan (of which tables, how many rows), index-only, or index: what a plan reads."""
    scanned = scanned_tables(lines)
    if scanned:
        return "FULL SCAN of " + ", ".join(f"{table} ({sizes[table]:,} rows)" for table in scanned)
    text = "\n".join(lines)
    if "COVERING INDEX" in text or "Index Only Scan" in text:
        heap = "USING INDEX" in text or " Index Scan" in text or "Bitmap Heap" in text
        return "index (partly index-only)" if heap else "index-only"
    return "index"


def table_sizes(engine: Engine) -> dict[str, int]:
    """Rows per table (to say how big a scanned table is)."""
    with engine.connect() as connection:
        return {
            name: int(
                connection.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
            )
            for name, table in SQLModel.metadata.tables.items()
        }


def _shown(statement: str) -> str:
    """A statement on one line, long IN lists shortened."""
    flat = " ".join(statement.split())
    for marker in ("?, ?, ?, ", "%s, %s, %s, "):
        while marker * 2 in flat:
            flat = flat.replace(marker * 2, marker)
    return flat


def print_plans(database: str, engine: Engine) -> None:
    """Every distinct statement of the loop with its plan and what it reads."""
    statements = distinct(loop_statements(engine))
    sizes = table_sizes(engine)
    print(f"\n== {database}: {len(statements)} statements (now = {NOW:%Y-%m-%d %H:%M} UTC)")
    for item in statements:
        lines = explain(engine, item)
        print(f"\n[{item.step}] {verdict(lines, sizes)}\n  {_shown(item.statement)}")
        for line in lines:
            print(f"    {line}")


def counts(engine: Engine) -> str:
    """How big the database is: patients, doses, reminders pending and due now."""
    reminder = Reminder.__table__  # type: ignore[attr-defined]
    pending = reminder.c.status == ReminderStatus.PENDING
    with engine.connect() as connection:
        values = [
            connection.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
            for table in (Patient.__table__, ScheduledDose.__table__)  # type: ignore[attr-defined]
        ]
        values.append(connection.execute(sa.select(sa.func.count()).where(pending)).scalar_one())
        due = sa.and_(pending, reminder.c.due_at <= NOW)
        values.append(connection.execute(sa.select(sa.func.count()).where(due)).scalar_one())
    return "{:,} patients, {:,} doses, {:,} reminders pending, {:,} due by now".format(*values)


def spread_over_days(engine: Engine, days: int) -> None:
    """Make the copy one day of a population on a `days`-day plan: patient k's pending
    reminders move on by k mod `days` days, and what then fell due before today is marked
    sent, as the days before would have left it.

    The bench's own writes, on the run's copy only; the doses stay where they were (only the
    words of a reminder read them: its due day).
    """
    reminder: sa.Table = Reminder.__table__  # type: ignore[attr-defined]
    pending = reminder.c.status == ReminderStatus.PENDING
    shift = reminder.c.patient_id % days
    if engine.dialect.name == "sqlite":
        moved: Any = sa.func.strftime(
            "%Y-%m-%d %H:%M:%f", reminder.c.due_at, sa.func.printf("+%d days", shift)
        ).op("||")("000")
    else:
        moved = reminder.c.due_at + shift * sa.literal_column("interval '1 day'", sa.Interval)
    today = NOW.replace(hour=0, minute=0, second=0)
    with engine.begin() as connection:
        connection.execute(sa.update(reminder).where(pending).values(due_at=moved))
        connection.execute(
            sa.update(reminder)
            .where(pending, reminder.c.due_at < today)
            .values(status=ReminderStatus.SENT, sent_at=reminder.c.due_at)
        )
    if engine.dialect.name != "sqlite":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as autocommit:
            autocommit.exec_driver_sql("VACUUM (ANALYZE) reminder")


def main(argv: list[str] | None = None) -> int:
    """Print the plans on each database."""
    parser = argparse.ArgumentParser(prog="bench plans", description=__doc__)
    parser.add_argument("--patients", type=int, default=1_000_000)
    parser.add_argument("--workdir", type=Path, default=Path("data/bench"))
    parser.add_argument(
        "--spread-days",
        type=int,
        default=0,
        metavar="DAYS",
        help="spread the patients over a DAYS-day plan and explain one day of it (28: about "
        "36,000 a day of a million); default: every patient due at once",
    )
    add_databases_option(parser)
    arguments = parser.parse_args(argv)
    databases, server = chosen_databases(arguments.databases)
    arguments.workdir.mkdir(parents=True, exist_ok=True)
    print(f"machine: {machine(server)}")
    for database in databases:
        source = prepared(
            database,
            arguments.workdir,
            patients=arguments.patients,
            history=STARTUP_HISTORY,
            server=server,
        )
        # A copy: a write rolled back on PostgreSQL still leaves dead rows in the template.
        with source.copy(arguments.workdir, "plans") as copy:
            engine = create_database_engine(copy.url)
            try:
                if arguments.spread_days:
                    spread_over_days(engine, arguments.spread_days)
                print(f"\n{database}: {counts(engine)}")
                print_plans(database, engine)
            finally:
                engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
