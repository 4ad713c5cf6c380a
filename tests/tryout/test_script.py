"""`b12bot try --script FILE`: a written-down try-out replayed against the real bot, its
transcript printed line by line (the bot's texts without their formatting)."""

import os
import subprocess
import sys
from pathlib import Path

from sqlmodel import Session, col, select

from bot.tryout.script import read_script, replay
from storage.models import CaregiverLink, CaregiverLinkStatus, DoseStatus, ScheduledDose
from tests.english import EN
from tests.tryout.running import read, running_try

B12BOT = Path(sys.executable).with_name("b12bot")
# A first journey: setup, the first reminder, its follow-up, then the missed note.
SETUP = """\
# London, Wednesday morning: set up the common monthly plan, first injection tomorrow.
start 2026-11-25 10:00 Europe/London
say /start
press Common monthly plan
press Yes, it matches
press Cyanocobalamin
press Into the muscle
press I inject myself
location London
press My first injection
say 2026-11-26
say 9am
press Confirm and save
press No thanks
"""
TO_THE_MISSED_NOTE = """\
wait 1 day
wait for the next reminder
wait for the next reminder
"""
CAREGIVER = """\
say /caregiver
press Invite someone
say Mum
as Sam
open link
press Accept
as Alex
press Confirm
"""
WHEN = "Thu 26 Nov, 09:00"


async def test_a_script_plays_a_journey_to_the_missed_note(tmp_path: Path) -> None:
    """Each step and every message it brought, with the time a waited-for message went out."""
    start, steps = read_script(SETUP + TO_THE_MISSED_NOTE)
    assert start is not None
    lines: list[str] = []
    async with running_try(tmp_path, start=start) as session:
        assert await replay(session, steps, lines.append) == 0
        with Session(session.engine) as database:
            first = database.exec(
                select(ScheduledDose).where(col(ScheduledDose.number_in_phase) == 1)
            ).first()
    assert first is not None
    assert first.status == DoseStatus.MISSED
    assert lines[0] == "(the bot's clock: Wed 25 Nov 2026, 10:00, UTC)"
    assert lines[1] == "Alex: /start"
    assert f"Alex presses [{EN.text('preset-common-monthly-name')}]" in lines
    assert "Alex shares a location: London" in lines
    saved = lines.index(f"Alex presses [{EN.text('setup-button-confirm')}]")
    assert lines[saved + 2] == "bot → Alex: " + read("setup-saved", when=WHEN).split("\n")[0]
    dose = read(
        "reminder-dose",
        dose="1,000 mcg",
        phase=EN.text("phase-names-loading"),
        number=EN.text("dose-number-of", number=1, count=7),
        when=WHEN,
    ).split("\n")
    reminder = lines.index("(the bot's clock: Thu 26 Nov 2026, 10:00, Europe/London)") + 1
    head = f"bot → Alex, {WHEN}: "
    assert lines[reminder : reminder + 2] == [head + dose[0], " " * len(head) + dose[1]]
    assert lines[reminder + 3] == " " * len(head) + (
        f"[{EN.text('button-done')}] [{EN.text('button-late')}] [{EN.text('button-skip')}]"
    )
    follow_up = lines.index("(the bot's clock: Thu 26 Nov 2026, 12:00, Europe/London)") + 1
    assert lines[follow_up].startswith("bot → Alex, Thu 26 Nov, 12:00: Just checking in")
    missed = lines.index("(the bot's clock: Thu 26 Nov 2026, 21:00, Europe/London)") + 1
    assert lines[missed] == "bot → Alex, Thu 26 Nov, 21:00: " + read(
        "reminder-missed-one", when=WHEN
    )


async def test_a_script_links_a_caregiver_by_opening_the_invitation(tmp_path: Path) -> None:
    """`as Sam` adds a second person; `open link` opens the invitation in Sam's chat."""
    start, steps = read_script(SETUP + CAREGIVER)
    assert start is not None
    lines: list[str] = []
    async with running_try(tmp_path, start=start) as session:
        assert await replay(session, steps, lines.append) == 0
        with Session(session.engine) as database:
            links = database.exec(select(CaregiverLink)).all()
    assert [(link.status, link.caregiver_chat_id) for link in links] == [
        (CaregiverLinkStatus.ACTIVE, 1002)
    ]
    opened = next(line for line in lines if line.startswith("Sam opens the link: /start cg_"))
    assert lines[lines.index(opened) + 1].startswith("bot → Sam: ")
    assert lines[-2] == "bot → Alex (edited): " + read("caregiver-linked", caregiver="Sam")
    assert lines[-1] == "bot → Sam: " + read("caregiver-linked-tell-caregiver", name="Mum")


def test_the_command_replays_a_file_and_stops_at_a_step_it_cannot_do(tmp_path: Path) -> None:
    """`b12bot try --script FILE` prints the transcript and exits 1 at an impossible step."""
    script = tmp_path / "report.txt"
    script.write_text("start 2026-11-25 10:00\nsay /start\n\npress Nothing like this\nsay hi\n")
    result = subprocess.run(
        [str(B12BOT), "try", "--script", str(script)],
        cwd=tmp_path,
        env={**os.environ, "DATA_DIR": str(tmp_path / "data")},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    lines = result.stdout.splitlines()
    assert result.returncode == 1, result.stdout + result.stderr
    assert lines[:2] == ["(the bot's clock: Wed 25 Nov 2026, 10:00, UTC)", "Alex: /start"]
    assert lines[2].startswith("bot → Alex: " + read("welcome", name=", Alex").split("\n")[0])
    assert lines[-1].startswith(
        "! line 4: no button 'Nothing like this' in Alex's chat (buttons: ["
    )
    assert "Alex: hi" not in lines
    # A script runs on a database of its own: the try-out's file is left alone.
    assert not (tmp_path / "data").exists()
