"""`b12bot try --terminal`: type messages, press buttons by number, move the clock."""

import os
import subprocess
import sys
from pathlib import Path

from bot.catalog.catalog import catalog_for
from bot.tryout.markup import parse, plain_text
from bot.tryout.session import BOT_USERNAME
from tests.english import EN
from tests.tryout.running import read

B12BOT = Path(sys.executable).with_name("b12bot")
HTML = {"parse_mode": "HTML", "bot_username": BOT_USERNAME}


def test_a_terminal_session_from_start_to_a_pressed_button(tmp_path: Path) -> None:
    """/start lists the presets by number; "1" presses the first; :next says none is planned;
    the try-out's database is a fresh file in the data folder."""
    typed = "/start\n1\n:next\n:as Ana es\n/start\n:quit\nnever read\n"
    result = subprocess.run(
        [str(B12BOT), "try", "--terminal", "--start", "2026-11-25 10:00 Europe/London"],
        cwd=tmp_path,
        env={**os.environ, "DATA_DIR": str(tmp_path / "data")},
        input=typed,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    out = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    preset = EN.text("preset-common-monthly-name")
    assert "Alex: /start" in out
    assert next(line for line in out if "Alex can press:" in line).startswith(
        f"   Alex can press: 1 [{preset}]  2 ["
    )
    assert f"Alex presses [{preset}]" in out
    assert "(no reminder is planned: the clock stays)" in out
    assert "(Ana acts now, app language es)" in out
    spanish = plain_text(parse(catalog_for("es").text("welcome", name=", Ana"), **HTML))
    assert "bot → Ana: " + spanish.split("\n")[0] in out
    assert "Ana: never read" not in out
    assert any(line.strip() == read("setup-ask-preset") for line in out)
    assert (tmp_path / "data" / "try.sqlite3").exists()
