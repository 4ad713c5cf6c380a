"""What a claimed reminder becomes: the shapes every reminder kind's planner returns."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import Session
from telegram import InlineKeyboardMarkup

from bot.delivery.recipients import Recipient, patient_recipient
from storage.models import Patient, Reminder, ReminderStatus

# Runs in the transaction that settles the reminder; gets Telegram's message id when sent.
AfterSettled = Callable[[Session, int | None], None]


@dataclass(frozen=True)
class Outgoing:
    """A message to send to a patient's chat."""

    chat_id: int
    text: str
    reply_markup: InlineKeyboardMarkup | None = None


@dataclass
class Delivery:
    """The plan for one or more claimed reminders that end in the same message (or none)."""

    reminder_ids: list[int]
    patient_id: int
    outgoing: Outgoing | None
    unsent_status: ReminderStatus = ReminderStatus.CANCELLED
    after_settled: list[AfterSettled] = field(default_factory=list)
    # Not sent because the patient blocked the bot: failed, unless they are back when settled.
    patient_unreachable: bool = False
    # Whom the message goes to; None: the patient (to their chat, as `outgoing` says).
    to: Recipient | None = None

    @property
    def recipient(self) -> Recipient:
        """Whom this delivery goes to: a 403 marks them unreachable."""
        return self.to if self.to is not None else patient_recipient(self.patient_id)


# Plans the claimed reminders of some kinds, each with its (active) patient.
Planner = Callable[[Session, Sequence[tuple[Reminder, Patient]], datetime], list[Delivery]]


def unsent(reminder: Reminder, status: ReminderStatus = ReminderStatus.CANCELLED) -> Delivery:
    """Settle a reminder without a message (answered already, or nothing left to say)."""
    assert reminder.id is not None
    return Delivery([reminder.id], reminder.patient_id, None, status)
