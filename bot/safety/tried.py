"""Secrets given by what the learner did with them, or by where they sit in a message.

A PIN or a code the learner typed and was told was wrong is theirs, and so is each value they try
after it ("typed 8027 twice wrong, maybe it's 8072", "bà nhập 8027 sai hai lần, hay là 8072",
"ยายกด 5190 ผิดสองครั้งแล้ว หรือว่าเป็น 5109"). Digits one uses for all one's cards, accounts or apps
are a PIN ("I use 6614 for all my cards", "bà dùng 6614 cho tất cả các thẻ", "ยายใช้ 6614 กับทุกบัตร").
A code named only by where it sits in a message ("sáu số cuối của tin nhắn là 301847", "the last
six digits of the text are 301847", "หกตัวท้ายของข้อความคือ 301847") is the code the message brought.
A sender's short number ("gửi từ đầu số 8077", "from number 8077", "เบอร์ผู้ส่ง 8077") is none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.safety.keywords import Keyword

# A verb of typing or trying, then what was typed (a few words naming it), then the digits.
TYPED = re.compile(
    r"(?:(?<![a-z])(?:typed|type|typing|entered|enter|entering|put in|put|tried|try|trying|pressed|press"
    r"|punched in|keyed in|input|nhap|go|bam|an|thu|danh|bo vao)(?![a-z])|กด|ใส่|พิมพ์|ลอง|ป้อน)"
    r"(?: (?:in|it|the|my|a|pin|code|otp|passcode|password|number|ma|so|mat khau|mk|vao|la)(?![a-z])){0,3}"
    r" ?(?:รหัส|เลข|พิน)?(?:เป็น|ว่า)? ?(\d{4,8})(?!\d|[.,/:]\d)"
)
TYPED_HINT = re.compile(
    r"typ|ent|put|tri|try|pre|pun|key|inp|nhap|go|bam|an|thu|danh|bo vao|กด|ใส่|พิมพ์|ลอง|ป้อน"
)
# Told wrong, soon after the digits in their sentence.
WRONG = re.compile(
    r"(?<![a-z])(?:wrong|incorrect|didn'?t work|did not work|doesn'?t work|failed|fail|not right|invalid"
    r"|rejected|declined|sai|khong dung|ko dung|k dung|khong duoc|ko duoc|ko dc|k dc|khong dc|bi tu choi"
    r"|bao loi)(?![a-z])|ผิด|ไม่ถูก|ไม่ผ่าน|ไม่ได้"
)
WRONG_CHARS = 30
# Looked for first, as plain strings: most messages have none of them.
WRONG_HINTS = (
    "wrong",
    "incorrect",
    "work",
    "fail",
    "not right",
    "invalid",
    "reject",
    "declin",
    "sai",
    "khong dung",
    "ko dung",
    "k dung",
    "duoc",
    "dc",
    "tu choi",
    "bao loi",
    "ผิด",
    "ไม่ถูก",
    "ไม่ผ่าน",
    "ไม่ได้",
)
SENTENCE_END = re.compile(r"[.!?\n]")
# Another value tried after it: "maybe it's 8072", "hay là 8072", "หรือว่าเป็น 5109", "then 8072".
NEXT_TRIED = re.compile(
    r"(?:(?<![a-z])(?:maybe|perhaps|or maybe|or perhaps|or is it|or|might be|could be|must be|should be"
    r"|then|then tried|next|so i tried|tried|try|hay la|hay|hoac la|hoac|chac la|co le la|co le|hinh nhu la"
    r"|hinh nhu|thu|nhap|roi|sau do)(?![a-z])|หรือว่า|หรือ|น่าจะ|อาจจะ|ลอง|แล้วก็|แล้ว|ต่อมา)"
    r"(?: ?(?:it'?s|it is|it was|is|la|so|เป็น|คือ|กด))? ?(\d{4,8})(?!\d|[.,/:]\d)"
)
NEXT_CHARS = 60
# What follows a sum, a year or a length, not a code: "typed 50000 đồng wrong".
NOT_A_CODE_AFTER = re.compile(
    r" ?(?:d|dong|vnd|k|baht|บาท|usd|dollars?|bucks|euros?|pounds?|\$|%|nghin|trieu"
    r"|digits?|so|chu so|ky tu|characters?|years?|nam|ตัว|หลัก)"
    r"(?![a-z])"
)
NAMED_HARMLESS = frozenset({"harmless", "call", "account", "amount", "year", "transfer", "lottery"})
NAMING_CHARS = 30

# Digits used on all one's cards, accounts or apps.
USED_ON_ALL = re.compile(
    r"(?:(?<![a-z])(?:use|used|uses|using|have|put|set|keep|kept|dung|xai|de|dat)"
    r"(?: (?:the same|same|one|cung|chung|mot)(?![a-z]))?(?: (?:pin|code|number|ma|so|ma pin)(?![a-z]))?"
    r"|ใช้|ตั้ง)(?:รหัส|เลข)? ?(\d{4,8})(?!\d|[.,/:]\d) ?"
    r"(?:(?<![a-z])(?:for|on|with|in|across|cho|o|tren|voi|trong) (?:all|every|each|both|tat ca|moi|het|ca)"
    r"(?: of)?(?: (?:my|our|the|his|her|cac|nhung|may|cai|cac cai|may cai)(?![a-z]))?"
    r"(?: (?:bank|debit|credit|atm|banking|ngan hang))?"
    r" (?:cards?|accounts?|apps?|banks?|logins?|the|tai khoan|tk|ung dung|app)(?![a-z])"
    r"|(?:กับ|ใน|สำหรับ)?(?:บัตร|บัญชี|แอป|ธนาคาร)(?:ทุก|ทั้งหมด)|(?:กับ|ใน|สำหรับ)?ทุก ?(?:บัตร|บัญชี|แอป|ธนาคาร))"
)
ALL_HINTS = ("all", "every", "each", "both", "tat ca", "moi", "het", " ca", "ทุก", "ทั้งหมด")

# Where in a message a code sits, then the digits given: "sáu số cuối của tin nhắn là 301847".
PLACED = re.compile(
    r"(?:(?<![a-z])(?:(?:so|chu so) (?:cuoi|dau)|last|first|final|ending)(?![a-z])"
    r"|ตัวท้าย|ตัวสุดท้าย|หลักสุดท้าย|ตัวแรก|หลักแรก)"
    r"[^\d.!?\n]{0,40}?(?:(?<![a-z])(?:is|are|was|were|la|reads?|says?)(?![a-z])|คือ|เป็น|:)"
    r" ?(\d{4,8})(?!\d|[.,/:]\d)"
)
MESSAGE = re.compile(r"(?<![a-z])(?:message|sms|text|tin nhan|tin|nhan tin)(?![a-z])|ข้อความ|เอสเอ็มเอส")
# Digits of a card, an account or a phone, named by where they sit, are none of a message's code.
NOT_THE_CODE = re.compile(
    r"(?<![a-z])(?:cards?|accounts?|phone|so dien thoai|sdt|tai khoan|tk|the|sender|nguoi gui|dau so"
    r"|tong dai)(?![a-z])|บัตร|บัญชี|เบอร์|ผู้ส่ง"
)
PLACED_HINTS = ("cuoi", "dau", "last", "first", "final", "ending", "ท้าย", "แรก")
MESSAGE_HINTS = ("message", "sms", "text", "tin", "ข้อความ", "เอสเอ็มเอส")
YEAR = re.compile(r"(?:19|20|24|25)\d\d")

# A sender's short number: what stands right before it.
SENDER_BEFORE = re.compile(
    r"(?:(?<![a-z])(?:dau so|tu so|tu dau so|tu tong dai|so gui|so nguoi gui|nguoi gui|sender|sender id"
    r"|from number|from the number|from short ?code|short ?code|sent from|came from|comes from|coming from"
    r")(?: (?:la|is|number|so|la so|the number|the short ?code))?"
    r"|เบอร์ผู้ส่ง(?:คือ)?|ผู้ส่ง(?:คือ)?|ส่งจากเบอร์|ส่งมาจากเบอร์|จากเบอร์|จากหมายเลข) ?$"
)
SENDER_CHARS = 30


def tried_values(folded: str, keywords: list[Keyword]) -> Iterator[tuple[int, int]]:
    """Each value typed and told wrong, and each value tried after it in its sentence."""
    if not any(map(folded.__contains__, WRONG_HINTS)) or not TYPED_HINT.search(folded):
        return
    for match in TYPED.finditer(folded):
        start, end = match.span(1)
        stop = SENTENCE_END.search(folded, end)
        sentence_end = stop.start() if stop else len(folded)
        if not WRONG.search(folded, end, min(sentence_end, end + WRONG_CHARS)) or not _a_code(
            folded, start, end, keywords
        ):
            continue
        yield start, end
        for tried in NEXT_TRIED.finditer(folded, end, min(sentence_end, end + NEXT_CHARS)):
            if _a_code(folded, *tried.span(1), keywords):
                yield tried.span(1)


def _a_code(folded: str, start: int, end: int, keywords: list[Keyword]) -> bool:
    """Neither a sum, a count nor a year by what follows, nor named harmless by a word before."""
    if NOT_A_CODE_AFTER.match(folded, end):
        return False
    named = [
        k for k in keywords if k.end <= start and start - k.end <= NAMING_CHARS and k.category != "neutral"
    ]
    return not (named and named[-1].category in NAMED_HARMLESS)


def used_on_all(folded: str) -> Iterator[tuple[int, int]]:
    """Digits one says one uses for all one's cards, accounts or apps."""
    if any(map(folded.__contains__, ALL_HINTS)):
        yield from (match.span(1) for match in USED_ON_ALL.finditer(folded))


def placed_in_message(folded: str) -> Iterator[tuple[int, int]]:
    """A code a message brought, named by where in the message it sits; not a card's, an account's,
    a phone's or a sender's digits, nor a year."""
    if not any(map(folded.__contains__, PLACED_HINTS)) or not any(map(folded.__contains__, MESSAGE_HINTS)):
        return
    for match in PLACED.finditer(folded):
        said = match.group()
        if MESSAGE.search(said) and not NOT_THE_CODE.search(said) and not YEAR.fullmatch(match.group(1)):
            yield match.span(1)


def from_a_sender(folded: str, start: int) -> bool:
    """Digits right after a sender's word: "gửi từ đầu số 8077", "from number 8077", "เบอร์ผู้ส่ง 8077"."""
    return bool(SENDER_BEFORE.search(folded, max(0, start - SENDER_CHARS), start))
