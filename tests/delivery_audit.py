"""Exactly-once check shared by the tests and the benchmarks: the ledger against the wire.

Given the reminders that fell due and the Bot API double's recorded calls, count for each
reminder the sendMessage calls that reached its patient's chat, whatever the bot was answered
(the double knows: a send whose answer was lost in a 5xx, a timeout or a dropped connection
still reached the patient), and compare with what the ledger says. Lost: due but never
delivered. Doubled: delivered more than once; of those, doubled after a lost answer are the
repeats the bot could not have known about (it retried a send that had in fact arrived).
Each audited reminder must have a chat of its own (a burst: one due reminder per patient).
"""

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy import Engine
from sqlmodel import col

from bot_api_double import RecordedCall
from storage.models import Patient, Reminder, ReminderKind, ReminderStatus


@dataclass(frozen=True)
class DeliveryAudit:
    """How the due reminders actually went out, by the double's log and by the ledger."""

    due: int
    delivered_once: int
    lost: int
    doubled: int
    # Of the doubled, those where a delivery before the last one got no OK answer.
    doubled_after_lost_answer: int
    # Deliveries to audited chats whose answer the bot never got (5xx, timeout, dropped).
    lost_answers: int
    # Ledger and wire disagree: marked sent but never delivered, or delivered but not marked.
    ledger_mismatch: int
    ledger: dict[str, int]
    # Double's clock (RecordedCall.at) of the first delivery (whatever its answer), per reminder id.
    first_delivery_at: dict[int, float] = field(repr=False)

    @property
    def exactly_once(self) -> bool:
        """Every due reminder reached its chat once, and the ledger agrees."""
        return self.lost == 0 and self.doubled == 0 and self.ledger_mismatch == 0

    @property
    def repeat_rate(self) -> float:
        """The share of due reminders that reached their patient more than once."""
        return self.doubled / self.due if self.due else 0.0


def due_reminder_ids(
    engine: Engine, *, due_by: datetime, kinds: Collection[ReminderKind] = (ReminderKind.DOSE,)
) -> list[int]:
    """The ids of reminders of these kinds due by `due_by` (take them before delivery starts)."""
    statement = sa.select(col(Reminder.id)).where(
        col(Reminder.kind).in_(list(kinds)), col(Reminder.due_at) <= due_by
    )
    with engine.connect() as connection:
        return [int(reminder_id or 0) for reminder_id in connection.execute(statement).scalars()]


def audit_delivery(
    engine: Engine, calls: Iterable[RecordedCall], reminder_ids: Collection[int]
) -> DeliveryAudit:
    """Count, per due reminder, the deliveries to its chat and what the ledger says."""
    rows = _ledger_rows(engine, reminder_ids)
    chats = Counter(chat_id for _, chat_id, _ in rows)
    shared = [chat_id for chat_id, count in chats.items() if count > 1]
    if shared:
        raise ValueError(f"{len(shared)} chats have more than one audited reminder")
    # Per chat, each delivery's answer (OK or lost), in order.
    answers: dict[int, list[bool]] = defaultdict(list)
    first_at: dict[int, float] = {}
    for call in calls:
        if call.method == "sendMessage" and call.delivered and call.chat_id in chats:
            answers[call.chat_id].append(call.response_ok)
            first_at.setdefault(call.chat_id, call.at)
    delivered = Counter({chat_id: len(answered) for chat_id, answered in answers.items()})
    mismatch = sum(
        (status == ReminderStatus.SENT) != (delivered[chat_id] > 0) for _, chat_id, status in rows
    )
    return DeliveryAudit(
        due=len(rows),
        delivered_once=sum(delivered[chat_id] == 1 for _, chat_id, _ in rows),
        lost=sum(delivered[chat_id] == 0 for _, chat_id, _ in rows),
        doubled=sum(delivered[chat_id] > 1 for _, chat_id, _ in rows),
        doubled_after_lost_answer=sum(
            not all(answers[chat_id][:-1]) for _, chat_id, _ in rows if delivered[chat_id] > 1
        ),
        lost_answers=sum(answers[chat_id].count(False) for _, chat_id, _ in rows),
        ledger_mismatch=mismatch,
        ledger=dict(Counter(str(status) for _, _, status in rows)),
        first_delivery_at={
            reminder_id: first_at[chat_id]
            for reminder_id, chat_id, _ in rows
            if chat_id in first_at
        },
    )


def _ledger_rows(
    engine: Engine, reminder_ids: Collection[int]
) -> list[tuple[int, int, ReminderStatus]]:
    """(reminder id, chat id, status) for each audited reminder."""
    wanted = set(reminder_ids)
    statement = sa.select(col(Reminder.id), col(Patient.chat_id), col(Reminder.status)).join(
        Patient, col(Patient.id) == col(Reminder.patient_id)
    )
    with engine.connect() as connection:
        rows = [
            (int(reminder_id), int(chat_id), ReminderStatus(status))
            for reminder_id, chat_id, status in connection.execute(statement)
            if reminder_id in wanted
        ]
    if len(rows) != len(wanted):
        raise ValueError(f"{len(wanted) - len(rows)} audited reminders are not in the ledger")
    return rows
