"""The send stack's own ceiling: a bare loop of python-telegram-bot with the bot's request layer.

No database, no ledger, no planning: CONCURRENT_SENDS workers send one message to each chat
(the same text and keyboard as the bot's reminder, HTML as the bot sends it) through ExtBot
and AiohttpRequest, starting at a given Unix instant. Run by bench/burst.py as its own process
against the same Bot API double right after the bot's burst, so the ratio bot ÷ bare is of
one run on one machine.

    python -m bench.bare_loop JOB.json     # {"chats": [...], "text": ..., "reply_markup": {...},
                                           #  "start": unix time}
"""

import asyncio
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from telegram import InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.ext import Defaults, ExtBot

from bot.delivery.dispatcher import CONCURRENT_SENDS
from bot.telegram.request import AiohttpRequest


async def send_all(job: dict[str, Any]) -> float:
    """Send the job's message to each of its chats; seconds from its start to the last answer."""
    base = os.environ["TELEGRAM_API_BASE_URL"]
    bot: ExtBot[None] = ExtBot(
        os.environ["TELEGRAM_BOT_TOKEN"],
        base_url=f"{base}/bot",
        request=AiohttpRequest(),
        defaults=Defaults(parse_mode=ParseMode.HTML),
    )
    markup = InlineKeyboardMarkup.de_json(job["reply_markup"], bot)
    chats = iter(job["chats"])

    async def worker() -> None:
        for chat_id in chats:
            await bot.send_message(chat_id, job["text"], reply_markup=markup)

    async with bot:
        await asyncio.sleep(max(0.0, job["start"] - time.time()))
        await asyncio.gather(*(worker() for _ in range(CONCURRENT_SENDS)))
    return time.time() - float(job["start"])


def main(argv: list[str] | None = None) -> int:
    """Read the job, send, print the seconds it took."""
    [path] = argv if argv is not None else sys.argv[1:]
    job = json.loads(Path(path).read_text())
    print(json.dumps({"seconds": asyncio.run(send_all(job))}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
