"""A short seeded fuzz walk over every conversation state: nothing fails, every input answered.

The full walk (10,000 inputs and more) is `python3 deploy/local.py bench fuzz`; this one runs
a few hundred, going on a little while a required state is not reached yet.
"""

from collections.abc import AsyncIterator

import pytest
from sqlalchemy import Engine

from bot.context import BotApplication
from tests.fake_clock import FakeClock
from tests.fuzz.double import FuzzDouble
from tests.fuzz.walk import Walk

SEED = 5
INPUTS = 220
AT_MOST = 500
PATIENTS = 5
WITH_A_PLAN = 3


@pytest.fixture
async def double() -> AsyncIterator[FuzzDouble]:
    """The Bot API double, with patients who can also edit their messages."""
    async with FuzzDouble() as bot_api:
        yield bot_api


async def test_a_seeded_walk_over_every_state_breaks_nothing(
    application: BotApplication, double: FuzzDouble, engine: Engine, clock: FakeClock
) -> None:
    """No handler error, no apology, no unanswered input; every required state is reached."""
    walk = Walk(
        application, double, engine, clock, seed=SEED, patients=PATIENTS, planned=WITH_A_PLAN
    )
    report = await walk.run(INPUTS, until_covered=AT_MOST)
    if not report.clean or report.missing:
        pytest.fail(report.table(), pytrace=False)
