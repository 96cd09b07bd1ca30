"""English speakers may be in Vietnam or Thailand, where the hotlines and steps differ.

Where a lesson differs by country, the learner's country decides which one they get. It is read
from what they say ("baht", "Hanoi", "PromptPay"), or asked once with two buttons and then
remembered with the conversation. Vietnamese and Thai speakers get their own country's lessons.
"""

from __future__ import annotations

import re

from bot.flows.turn import Turn
from bot.replies import Button, Message, Reply
from bot.state import Country
from bot.texts import say
from knowledge.schema import Entry
from knowledge.text import fold_latin

CUES: dict[Country, re.Pattern[str]] = {
    "vn": re.compile(
        r"\b(vietnam|viet nam|vietnamese|hanoi|ha noi|saigon|ho chi minh|hcmc|da nang|hoi an|nha trang"
        r"|vnd|dong|vneid|zalo|momo|vietcombank|techcombank|bidv|vpbank|tpbank|agribank|mb bank|5656"
        r"|vietqr|napas)\b",
        re.IGNORECASE,
    ),
    "th": re.compile(
        r"\b(thailand|thai|bangkok|pattaya|phuket|chiang mai|chiang rai|hua hin|krabi|baht|thb|promptpay"
        r"|thaid|kbank|kasikorn|scb|krungsri|krungthai|bangkok bank|1441|aoc|thaipoliceonline)\b",
        re.IGNORECASE,
    ),
}
# English lessons that exist once per country, by what they are for. "after" and "secret" are
# the emergency steps for money sent and for a code or password given away.
PAIRS: dict[str, dict[Country, str]] = {
    "report": {"vn": "en.scams.vietnam-report-spam-5656", "th": "en.scams.thailand-1441-hotline"},
    "after": {"vn": "en.scams.vietnam-after-sending-money", "th": "en.scams.thailand-1441-hotline"},
    "secret": {"vn": "en.scams.vietnam-shared-otp-what-now", "th": "en.scams.thailand-shared-otp-what-now"},
    "face": {"vn": "en.payments.vietnam-face-check-rule", "th": "en.payments.thailand-transfer-limits"},
}
NAMES: dict[Country, str] = {"vn": "Vietnam", "th": "Thailand"}


def infer(text: str) -> Country | None:
    """A country only when the message points at exactly one."""
    folded = fold_latin(text)
    found = [country for country, cue in CUES.items() if cue.search(folded)]
    return found[0] if len(found) == 1 else None


def purpose_of(entry_id: str) -> str | None:
    return next((purpose for purpose, ids in PAIRS.items() if entry_id in ids.values()), None)


def lesson_for(turn: Turn, purpose: str) -> Entry | None:
    country = turn.state.country
    return turn.library.get(PAIRS[purpose][country]) if country else None


def ask(turn: Turn, purpose: str) -> Reply:
    """Asked once: the answer is remembered with the conversation."""
    buttons = [Button(title=name, payload=f"/country {code} {purpose}") for code, name in NAMES.items()]
    return turn.reply(messages=[Message(text=say("which_country", turn.lang), buttons=buttons)])
