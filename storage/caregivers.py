"""Caregiver links: invites by a single-use code, consent on both sides, and their ends.

An invite code is shown to the patient once and never stored: only its SHA-256 is kept, so the
database alone cannot open anyone's invitation. A link goes invited -> accepted (the caregiver
said yes) -> active (the patient confirmed), or ended at any point; an ended link stays as a
record until the patient erases their data.
"""

import hashlib
import hmac
import secrets
from collections.abc import Collection
from datetime import date, datetime, timedelta
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Session, col, select

from bot.domain.caregivers import CODE_PREFIX
from storage.models import (
    CaregiverLink,
    CaregiverLinkEnd,
    CaregiverLinkStatus,
    DoseStatus,
    RedFlagEvent,
    Reminder,
    ReminderKind,
    ReminderStatus,
    ScheduledDose,
)
from storage.tables import constant

# 12 random bytes: 96 bits in 16 URL-safe characters, short enough to type, beyond guessing.
CODE_BYTES = 12
INVITE_LIFETIME = timedelta(hours=24)
LIVE = (CaregiverLinkStatus.INVITED, CaregiverLinkStatus.ACCEPTED, CaregiverLinkStatus.ACTIVE)


def code_hash(code: str) -> str:
    """The fingerprint an invite code is stored and looked up by."""
    return hashlib.sha256(code.encode("utf-8")).hexdigest()


def create_invite(
    session: Session, *, patient_id: int, shared_name: str, now: datetime
) -> tuple[CaregiverLink, str]:
    """A new invitation valid for 24 hours; the link and its code (shown once, never stored)."""
    code = secrets.token_urlsafe(CODE_BYTES)
    # A code is read with or without the deep link's "cg_" in front: one that began with it
    # would be misread when typed bare.
    while code.startswith(CODE_PREFIX):
        code = secrets.token_urlsafe(CODE_BYTES)
    link = CaregiverLink(
        patient_id=patient_id,
        shared_name=shared_name,
        code_hash=code_hash(code),
        expires_at=now + INVITE_LIFETIME,
        created_at=now,
    )
    session.add(link)
    session.flush()
    return link, code


def link_by_code(session: Session, *, code: str) -> CaregiverLink | None:
    """The link whose invite carries this code, in any status; None for an unknown code."""
    wanted = code_hash(code)
    link = session.exec(select(CaregiverLink).where(CaregiverLink.code_hash == wanted)).first()
    # The index finds the row; the comparison that decides is made in constant time.
    if link is None or not hmac.compare_digest(link.code_hash, wanted):
        return None
    return link


def link_by_id(session: Session, *, link_id: int) -> CaregiverLink | None:
    """One link by its id."""
    return session.get(CaregiverLink, link_id)


def links_by_id(session: Session, *, link_ids: Collection[int]) -> dict[int, CaregiverLink]:
    """The links with these ids, by id, in one query."""
    if not link_ids:
        return {}
    rows = session.exec(select(CaregiverLink).where(col(CaregiverLink.id).in_(list(link_ids))))
    return {link.id: link for link in rows if link.id is not None}


def is_open_invite(link: CaregiverLink, *, now: datetime) -> bool:
    """Whether the invite can still be accepted: not used, not ended, not expired."""
    return link.status == CaregiverLinkStatus.INVITED and now < link.expires_at


def accept(
    session: Session,
    *,
    link: CaregiverLink,
    caregiver_chat_id: int,
    caregiver_name: str,
    caregiver_language: str,
    now: datetime,
) -> None:
    """The caregiver said yes: the code is used, and the patient is asked to confirm."""
    link.status = CaregiverLinkStatus.ACCEPTED
    link.caregiver_chat_id = caregiver_chat_id
    link.caregiver_name = caregiver_name
    link.caregiver_language = caregiver_language
    link.accepted_at = now
    session.add(link)


def confirm(session: Session, *, link: CaregiverLink, now: datetime) -> None:
    """The patient confirmed the accepted link: it is active."""
    link.status = CaregiverLinkStatus.ACTIVE
    link.confirmed_at = now
    session.add(link)


def end(session: Session, *, link: CaregiverLink, by: CaregiverLinkEnd, now: datetime) -> None:
    """End the link (a declined invite, a cancelled confirmation, an unlink), and withdraw
    the alerts still owed to its caregiver in the same unit of work."""
    link.status = CaregiverLinkStatus.ENDED
    link.ended_by = by
    link.ended_at = now
    session.add(link)
    if link.id is not None:
        cancel_pending_alerts(session, link_ids=[link.id])


# What goes to a caregiver's chat (the blocked note goes to the patient's), withdrawn when
# the link ends.
ALERT_KINDS = (
    ReminderKind.CAREGIVER_UNCONFIRMED,
    ReminderKind.CAREGIVER_MISSED,
    ReminderKind.CAREGIVER_DOSE,
    ReminderKind.CAREGIVER_WEEKLY,
    ReminderKind.CAREGIVER_RED_FLAG,
)


def cancel_pending_alerts(
    session: Session,
    *,
    link_ids: Collection[int] | None = None,
    patient_id: int | None = None,
    kinds: Collection[ReminderKind] = ALERT_KINDS,
) -> None:
    """Withdraw the pending caregiver alerts of these links, or of this patient's links."""
    statement = sa.update(Reminder).where(
        col(Reminder.caregiver_link_id).is_not(None),
        col(Reminder.kind).in_(list(kinds)),
        col(Reminder.status) == constant(ReminderStatus.PENDING),
    )
    if link_ids is not None:
        statement = statement.where(col(Reminder.caregiver_link_id).in_(list(link_ids)))
    if patient_id is not None:
        statement = statement.where(col(Reminder.patient_id) == patient_id)
    session.execute(
        statement.values(status=ReminderStatus.CANCELLED).execution_options(
            synchronize_session=False
        )
    )


class Shared(StrEnum):
    """What a link may send its caregiver, by the link's column that turns it on."""

    ALERTS = "alert_unconfirmed"
    REMINDERS = "send_reminders"
    WEEKLY = "weekly_summary"
    RED_FLAGS = "share_red_flags"


def links_sending(
    session: Session, *, patient_ids: Collection[int], item: Shared
) -> dict[int, list[CaregiverLink]]:
    """Per patient, their active links that send this item to a caregiver's chat."""
    found: dict[int, list[CaregiverLink]] = {}
    if not patient_ids:
        return found
    rows = session.exec(
        select(CaregiverLink)
        .where(
            col(CaregiverLink.patient_id).in_(list(patient_ids)),
            CaregiverLink.status == CaregiverLinkStatus.ACTIVE,
            col(getattr(CaregiverLink, item.value)).is_(True),
            col(CaregiverLink.caregiver_chat_id).is_not(None),
        )
        .order_by(col(CaregiverLink.id))
    )
    for link in rows:
        found.setdefault(link.patient_id, []).append(link)
    return found


def sends(link: CaregiverLink, item: Shared) -> bool:
    """Whether the link sends this item to its caregiver now (active, on, a chat to send to)."""
    return (
        link.status == CaregiverLinkStatus.ACTIVE
        and bool(getattr(link, item.value))
        and link.caregiver_chat_id is not None
    )


def add_alert(
    session: Session, *, link: CaregiverLink, kind: ReminderKind, dose_id: int, due_at: datetime
) -> None:
    """Owe the link's caregiver one alert about a dose (inserted at the unit's next flush)."""
    session.add(
        Reminder(
            patient_id=link.patient_id,
            kind=kind,
            due_at=due_at,
            dose_id=dose_id,
            caregiver_link_id=link.id,
        )
    )


def add_notice(
    session: Session,
    *,
    link: CaregiverLink,
    notice: str,
    due_at: datetime,
    dose_id: int | None = None,
) -> None:
    """Owe one side of the link a notice about what the other side did (sent via the ledger)."""
    session.add(
        Reminder(
            patient_id=link.patient_id,
            kind=ReminderKind.CAREGIVER_NOTICE,
            due_at=due_at,
            dose_id=dose_id,
            caregiver_link_id=link.id,
            notice=notice,
        )
    )


def alerts_gone_out(
    session: Session, *, patient_id: int, kind: ReminderKind
) -> dict[tuple[int, int], datetime]:
    """Per (link, dose) of the patient, when its latest alert of this kind that was sent or is
    sending was due."""
    rows = session.exec(
        select(Reminder.caregiver_link_id, Reminder.dose_id, Reminder.due_at).where(
            Reminder.patient_id == patient_id,
            Reminder.kind == kind,
            col(Reminder.caregiver_link_id).is_not(None),
            col(Reminder.status).in_(
                [constant(ReminderStatus.SENT), constant(ReminderStatus.SENDING)]
            ),
        )
    ).all()
    latest: dict[tuple[int, int], datetime] = {}
    for link_id, dose_id, due_at in rows:
        if (
            link_id
            and dose_id
            and ((link_id, dose_id) not in latest or due_at > latest[(link_id, dose_id)])
        ):
            latest[(link_id, dose_id)] = due_at
    return latest


def end_blocked_link(session: Session, *, link_id: int, now: datetime) -> None:
    """The caregiver blocked the bot: end only this link, and owe the patient one sentence."""
    link = session.get(CaregiverLink, link_id)
    if link is None or link.status == CaregiverLinkStatus.ENDED:
        return
    end(session, link=link, by=CaregiverLinkEnd.BLOCKED, now=now)
    session.add(
        Reminder(
            patient_id=link.patient_id,
            kind=ReminderKind.CAREGIVER_BLOCKED,
            due_at=now,
            caregiver_link_id=link_id,
        )
    )


def end_expired_invites(session: Session, *, patient_id: int, now: datetime) -> None:
    """Mark the patient's invitations that nobody accepted in time as ended by expiry."""
    expired = session.exec(
        select(CaregiverLink).where(
            CaregiverLink.patient_id == patient_id,
            CaregiverLink.status == CaregiverLinkStatus.INVITED,
            col(CaregiverLink.expires_at) <= now,
        )
    ).all()
    for link in expired:
        end(session, link=link, by=CaregiverLinkEnd.EXPIRED, now=now)


def links_of_patient(session: Session, *, patient_id: int) -> list[CaregiverLink]:
    """The patient's links not ended, oldest first."""
    return list(
        session.exec(
            select(CaregiverLink)
            .where(CaregiverLink.patient_id == patient_id, col(CaregiverLink.status).in_(LIVE))
            .order_by(col(CaregiverLink.id))
        )
    )


def all_links_of_patient(session: Session, *, patient_id: int) -> list[CaregiverLink]:
    """Every link the patient ever made, ended ones included, oldest first."""
    return list(
        session.exec(
            select(CaregiverLink)
            .where(CaregiverLink.patient_id == patient_id)
            .order_by(col(CaregiverLink.id))
        )
    )


def links_of_caregiver(session: Session, *, caregiver_chat_id: int) -> list[CaregiverLink]:
    """The links this chat has accepted as a caregiver and that are not ended, oldest first."""
    return list(
        session.exec(
            select(CaregiverLink)
            .where(
                CaregiverLink.caregiver_chat_id == caregiver_chat_id,
                col(CaregiverLink.status).in_(LIVE),
            )
            .order_by(col(CaregiverLink.id))
        )
    )


def forget_caregiver(session: Session, *, caregiver_chat_id: int, now: datetime) -> list[int]:
    """A caregiver erased their data: end their links and drop their chat and name from every
    link (the patients keep their records); the ids of the links that were not ended yet."""
    links = session.exec(
        select(CaregiverLink).where(CaregiverLink.caregiver_chat_id == caregiver_chat_id)
    ).all()
    ended = []
    for link in links:
        if link.status in LIVE:
            end(session, link=link, by=CaregiverLinkEnd.DELETED, now=now)
            ended.append(link.id or 0)
        link.caregiver_chat_id = None
        link.caregiver_name = None
        link.caregiver_language = None
        session.add(link)
    return ended


# A follow-up that is waiting, going out or gone out: an alert may follow it.
_WRITTEN = (ReminderStatus.PENDING, ReminderStatus.SENDING, ReminderStatus.SENT)


def prompts_of_open_doses(
    session: Session, *, patient_id: int
) -> dict[int, tuple[ReminderKind, datetime]]:
    """Per open dose of the patient, its latest follow-up or renewed ("late") reminder written,
    and when it is (or was) due."""
    statement = (
        select(Reminder.dose_id, Reminder.kind, Reminder.due_at)
        .join(ScheduledDose, col(ScheduledDose.id) == col(Reminder.dose_id))
        .where(
            Reminder.patient_id == patient_id,
            col(Reminder.kind).in_(
                [constant(ReminderKind.DOSE_FOLLOW_UP), constant(ReminderKind.DOSE_LATE_AGAIN)]
            ),
            col(Reminder.status).in_([constant(status) for status in _WRITTEN]),
            col(ScheduledDose.status) == constant(DoseStatus.SCHEDULED),
        )
    )
    latest: dict[int, tuple[ReminderKind, datetime]] = {}
    for dose_id, kind, due_at in session.exec(statement).all():
        if dose_id is not None and (dose_id not in latest or due_at > latest[dose_id][1]):
            latest[dose_id] = (ReminderKind(kind), due_at)
    return latest


# A weekly summary waiting or going out: the one row that stands for the link's next week.
_WEEKLY_OWED = (ReminderStatus.PENDING, ReminderStatus.SENDING)


def active_links_of_patient(session: Session, *, patient_id: int) -> list[CaregiverLink]:
    """The patient's active links with a caregiver's chat, oldest first."""
    return list(
        session.exec(
            select(CaregiverLink)
            .where(
                CaregiverLink.patient_id == patient_id,
                CaregiverLink.status == CaregiverLinkStatus.ACTIVE,
                col(CaregiverLink.caregiver_chat_id).is_not(None),
            )
            .order_by(col(CaregiverLink.id))
        )
    )


def weekly_summaries_owed(session: Session, *, patient_id: int) -> list[Reminder]:
    """The patient's weekly summaries pending or being sent, earliest first."""
    return list(
        session.exec(
            select(Reminder)
            .where(
                Reminder.patient_id == patient_id,
                col(Reminder.kind) == constant(ReminderKind.CAREGIVER_WEEKLY),
                col(Reminder.status).in_([constant(status) for status in _WEEKLY_OWED]),
            )
            .order_by(col(Reminder.due_at), col(Reminder.id))
        )
    )


def add_weekly_summary(session: Session, *, link: CaregiverLink, due_at: datetime) -> None:
    """Owe the link's caregiver the weekly summary due at this instant."""
    session.add(
        Reminder(
            patient_id=link.patient_id,
            kind=ReminderKind.CAREGIVER_WEEKLY,
            due_at=due_at,
            caregiver_link_id=link.id,
        )
    )


def doses_planned_between(
    session: Session, *, patient_id: int, first: date, last: date
) -> list[ScheduledDose]:
    """The patient's planned doses (not cancelled, none from before the plan) whose local day
    falls from `first` to `last`, in order."""
    return list(
        session.exec(
            select(ScheduledDose)
            .where(
                ScheduledDose.patient_id == patient_id,
                col(ScheduledDose.status) != constant(DoseStatus.CANCELLED),
                col(ScheduledDose.sequence) >= 0,
                col(ScheduledDose.local_date) >= first,
                col(ScheduledDose.local_date) <= last,
            )
            .order_by(col(ScheduledDose.due_at), col(ScheduledDose.id))
        )
    )


def add_red_flag_alert(
    session: Session, *, link: CaregiverLink, red_flag_event_id: int, due_at: datetime
) -> None:
    """Owe the link's caregiver the level and safety text of one red-flag event."""
    session.add(
        Reminder(
            patient_id=link.patient_id,
            kind=ReminderKind.CAREGIVER_RED_FLAG,
            due_at=due_at,
            caregiver_link_id=link.id,
            red_flag_event_id=red_flag_event_id,
        )
    )


def red_flag_events_by_id(
    session: Session, *, event_ids: Collection[int]
) -> dict[int, RedFlagEvent]:
    """The red-flag events with these ids, by id, in one query."""
    if not event_ids:
        return {}
    rows = session.exec(select(RedFlagEvent).where(col(RedFlagEvent.id).in_(list(event_ids))))
    return {event.id: event for event in rows if event.id is not None}


def cancel_pending_notices(session: Session, *, link_id: int, notice: str) -> None:
    """Withdraw the link's notices of this kind not sent yet (a newer one replaces them)."""
    session.execute(
        sa.update(Reminder)
        .where(
            col(Reminder.caregiver_link_id) == link_id,
            col(Reminder.kind) == constant(ReminderKind.CAREGIVER_NOTICE),
            col(Reminder.notice) == notice,
            col(Reminder.status) == constant(ReminderStatus.PENDING),
        )
        .values(status=ReminderStatus.CANCELLED)
        .execution_options(synchronize_session=False)
    )
