"""A trip that follows local time moves only when doses are reminded, never which doses exist."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from itertools import islice, pairwise
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from bot.domain.local_time import local_to_utc
from bot.domain.regimen import (
    AfterDoses,
    Dose,
    DoseUnit,
    Drug,
    EveryNDays,
    Giver,
    OpenEnded,
    Phase,
    PhaseKind,
    Regimen,
    Route,
)
from bot.domain.schedule import Away, ScheduleContext, iter_doses
from tests.domain.strategies import ZONES, contexts, histories, regimens

TRAVEL_ZONES = (
    *ZONES,
    "Pacific/Auckland",
    "America/Los_Angeles",
    "Pacific/Kiritimati",
    "Etc/GMT+12",
)
AUCKLAND = ZoneInfo("Pacific/Auckland")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")
DOSES_LOOKED_AT = 40


@given(
    data=st.data(),
    regimen=regimens(),
    context=contexts,
    away_zone=st.sampled_from(TRAVEL_ZONES).map(ZoneInfo),
    back_after=st.integers(0, 200),
)
def test_a_trip_keeps_every_dose_and_its_day(
    data: st.DataObject,
    regimen: Regimen,
    context: ScheduleContext,
    away_zone: ZoneInfo,
    back_after: int,
) -> None:
    """With or without a trip, the same doses fall on the same local days, one each."""
    history = data.draw(histories(regimen, context))
    until = (context.first_dose_on or date(2000, 1, 1)) + timedelta(days=back_after)
    travelling = context.with_away(Away(away_zone, until))
    at_home = list(islice(iter_doses(regimen, context, history), DOSES_LOOKED_AT))
    away = list(islice(iter_doses(regimen, travelling, history), DOSES_LOOKED_AT))
    assert [(d.sequence, d.local_date) for d in away] == [
        (d.sequence, d.local_date) for d in at_home
    ]
    for dose in away:
        zone = away_zone if dose.local_date < until else context.zone
        assert dose.due_at == local_to_utc(dose.local_date, context.reminder_time, zone)
        assert dose.due_at.astimezone(zone).time() == context.reminder_time


def _daily_loading() -> Regimen:
    """Daily injections for ten days, then every four weeks."""
    milligram = Dose(Decimal(1000), DoseUnit.MCG)
    return Regimen(
        (
            Phase(PhaseKind.LOADING, EveryNDays(1), AfterDoses(10), milligram),
            Phase(PhaseKind.MAINTENANCE, EveryNDays(28), OpenEnded(), milligram),
        ),
        Drug.CYANOCOBALAMIN,
        Route.IM,
        Giver.SELF,
    )


def test_auckland_to_los_angeles_keeps_one_dose_per_local_day() -> None:
    """Flying east over the date line: each local day keeps its one dose, none twice."""
    home = ScheduleContext.starting_on(AUCKLAND, time(8, 30), date(2026, 12, 7))
    trip = home.with_away(Away(LOS_ANGELES, date(2026, 12, 12)))
    doses = list(islice(iter_doses(_daily_loading(), trip), 10))
    assert [dose.local_date for dose in doses] == [
        date(2026, 12, 7) + timedelta(days=n) for n in range(10)
    ]
    # Mon 7 Dec to Fri 11 Dec at 08:30 in Los Angeles (16:30 UTC), then Auckland again.
    assert doses[0].due_at == datetime(2026, 12, 7, 16, 30, tzinfo=UTC)
    assert doses[4].due_at == datetime(2026, 12, 11, 16, 30, tzinfo=UTC)
    assert doses[5].due_at == datetime(2026, 12, 11, 19, 30, tzinfo=UTC)
    assert all(earlier.due_at < later.due_at for earlier, later in pairwise(doses))


def test_los_angeles_to_auckland_keeps_one_dose_per_local_day() -> None:
    """Flying west over the date line: the day skipped on the flight is not a dose lost."""
    home = ScheduleContext.starting_on(LOS_ANGELES, time(8, 30), date(2026, 12, 7))
    trip = home.with_away(Away(AUCKLAND, date(2026, 12, 12)))
    doses = list(islice(iter_doses(_daily_loading(), trip), 10))
    assert len({dose.local_date for dose in doses}) == 10
    # In Auckland 08:30 is 19:30 UTC the day before; back in Los Angeles 16:30 UTC that day.
    assert doses[4].due_at == datetime(2026, 12, 10, 19, 30, tzinfo=UTC)
    assert doses[5].due_at == datetime(2026, 12, 12, 16, 30, tzinfo=UTC)
