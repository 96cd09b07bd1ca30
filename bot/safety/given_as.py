"""Secrets given by what they are rather than by their shape or their word right before them.

A phone number given as the password ("mật khẩu Zalo của bà chính là số điện thoại 0976214805",
"my password is just my phone number 0903117428", "ใช้เบอร์โทร 0894172265 เป็นรหัสผ่าน") is the
password, though a phone number given as a contact stays, as every phone number does. A password
typed again in another case ("caps lock was on so I typed WILLOW1950, the real one is
willow1950") is the same password; with caps lock named, a word of capitals and digits is one. A
value used "for everything" ("I use password1 for everything") is one's password. Two numbers
given as guesses at one that is not remembered ("it's either 3047 or 3074, I can never remember",
"không nhớ là 3047 hay 3074", "3047 หรือ 3074 จำไม่ได้") are both a PIN, unless a year or a
harmless word names them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.safety.examples import WEAK_VALUES
from bot.safety.keywords import Keyword

_PASSWORD_WORD = (
    r"(?:(?<![a-z])(?:mat khau|matkhau|mk|pass|password|passcode|pw|pwd|mat ma)(?![a-z])"
    r"|รหัสผ่าน|รหัส|พาสเวิร์ด|พาส)"
)
_PHONE_WORD = (
    r"(?:(?<![a-z])(?:so dien thoai|so dt|sdt|so phone|phone number|phone no|mobile number|mobile no"
    r"|cell number|cell phone number|mobile|phone)(?![a-z])|เบอร์โทรศัพท์|เบอร์โทร|เบอร์มือถือ|เบอร์)"
)
# The password word, then (in its sentence) a copula or a word of using, a few fillers, and a phone's
# word right before the number: "mật khẩu … là số điện thoại", "password is just my phone number",
# "รหัสผ่าน … ใช้เบอร์โทร".
PHONE_GIVEN_BEFORE = re.compile(
    _PASSWORD_WORD + r"[^.!?\n]{0,40}?"
    r"(?:(?<![a-z])(?:chinh la|cung la|la|is|was|=|dung|xai|uses?|using)(?![a-z])|[:=]|คือ|เป็น|ใช้)"
    r"(?: ?(?:just|simply|only|also|still|my|the|our|chi|cung|chinh|van|luon|la|cua (?:toi|ba|ong|minh|me|bo)"
    r"|แค่|ก็|ของ(?:ยาย|ตา|ฉัน|ผม|แม่|พ่อ)?)){0,4} ?" + _PHONE_WORD + r"[^\d.!?\n]{0,15}$"
)
# The phone's word and number, then what it is used as: "dùng số điện thoại 0976214805 làm mật
# khẩu", "I use my phone number 0903117428 as my password", "ใช้เบอร์โทร 0894172265 เป็นรหัสผ่าน".
PHONE_WORD_JUST_BEFORE = re.compile(_PHONE_WORD + r"[^\d.!?\n]{0,15}$")
USED_AS_AFTER = re.compile(
    r" ?(?:(?<![a-z])(?:lam|as|for)(?: (?:my|the|a|an|cai))?|เป็น|เป็นรหัส) ?" + _PASSWORD_WORD
)
PHONE_NUMBER = re.compile(r"(?<![\d+])(?:\+ ?(?:84|66)|0)(?:[ .\-]?\d){8,10}(?![\d])")
BEFORE_CHARS = 90
AFTER_CHARS = 30
# Caps lock named, and typing or a password: a word of capitals and digits is a password typed with
# caps lock on.
CAPS_TALK = re.compile(
    r"(?<![a-z])(?:caps ?lock|capslock|all caps|in capitals|chu hoa|viet hoa|chu in hoa|in hoa"
    # The caps said to be on: "i typed DAISYCHAIN1950 with caps on", "bật caps", "เปิดแคป".
    r"|caps (?:on|was on|were on|still on)|with (?:the )?caps|capitals on|bat caps|bật caps)(?![a-z])"
    r"|ตัวพิมพ์ใหญ่|แคปล็อก|แคปส์ล็อก|เปิดแคป"
)
# Typed into a search, not into a password's box: "I typed VNEID2024 in all caps into the search box".
SEARCHED = re.compile(
    r"(?<![a-z])(?:google|search|searched|searching|youtube|tim kiem|tìm kiếm|o tim|ô tìm|tra cuu"
    r"|tra cứu)(?![a-z])"
    r"|ค้นหา|กูเกิล"
)
CAPS_HINTS = ("caps", "hoa", "capitals", "ตัวพิมพ์", "แคป")
TYPING = re.compile(
    r"(?<![a-z])(?:typed|type|typing|entered|go|gõ|nhap|nhập|danh|đánh|thanh|thành|password|mat khau"
    r"|mật khẩu)(?![a-z])"
    r"|พิมพ์|รหัส"
)
CAPITALS_AND_DIGITS = re.compile(r"(?<![\w@#!$%&*./-])[A-Z]{3,24}\d{2,8}[@#!$%&*]{0,2}(?![\w@#$%&*])")
WORD = re.compile(r"[^\s\"'“”‘’()\[\]<>,;]+")
TRAILING = ".,;:!?…"
# A value used for everything: "I use password1 for everything", "bà dùng abc123 cho tất cả",
# "ยายใช้ somchai99 ทุกแอป".
USED_EVERYWHERE = re.compile(
    r"(?:(?<![a-z])(?:use|used|using|dung|xai)(?: the same| cung)?|ใช้) ?"
    r"([^\s\"'“”,.;!?]{4,40}) ?"
    r"(?:(?<![a-z])(?:for everything|for all|for every|everywhere|on everything|on all|on every"
    r"|cho tat ca|cho moi|cho het|cho ca|o dau cung|moi noi)(?![a-z])|ทุก|ทั้งหมด)"
)
# The value said after what it is made of, set off by commas: "I use my granddaughter's name and her
# birth year, Lily2016, for everything", "bà dùng tên cháu và năm sinh, Lan2016, cho tất cả".
USED_EVERYWHERE_AFTER = re.compile(
    r"(?:(?<![a-z])(?:use|used|using|dung|xai)(?![a-z])|ใช้)[^.!?\n,]{0,60}, ?"
    r"([^\s\"'“”,.;!?]{4,40}),? ?"
    r"(?:(?<![a-z])(?:for everything|for all|for every|everywhere|on everything|on all|on every"
    r"|cho tat ca|cho moi|cho het|cho ca|o dau cung|moi noi)(?![a-z])|ทุก|ทั้งหมด)"
)
# Two values joined by "or": "either Fishing4Life or Fish4Life!", "Hoa1960 hay là Hoa@1960".
_OR = r"(?:or maybe|or|hay la|hay|hoac la|hoac|หรือว่า|หรือ)"
CANDIDATE_BEFORE = re.compile(rf"(?<![^\s(\"'“])([^\W_][^\s\"'“”,;]{{3,39}}) {_OR} $", re.IGNORECASE)
CANDIDATE_AFTER = re.compile(rf" {_OR} ([^\W_][^\s\"'“”,;]{{2,38}}[^\s\"'“”,;.?])", re.IGNORECASE)
CANDIDATE_CHARS = 52
EVERYWHERE_HINT = re.compile("every|for all|on all|tat ca|moi|het|cho ca|dau cung|ทุก|ทั้งหมด")
LETTERS_AND_DIGITS = re.compile(r"(?=.*[a-z])(?=.*\d)")
# Two guesses: "3047 or maybe 3074", "3047 hay 3074", "3047 หรือ 3074".
GUESSES = re.compile(
    r"(?<!\d)(?<!\d[.,/:])(\d{4,8}),? ?(?:or maybe|or perhaps|or possibly|or|hay la|hay|hoac la|hoac"
    r"|hoac co the|hay co khi|หรือ|หรือว่า|หรืออาจจะ) ?(?:it'?s |la |เป็น )?(\d{4,8})(?!\d|[.,/:]\d)"
)
NOT_REMEMBERED = re.compile(
    r"(?<![a-z])(?:remember|forget|forgot|forgotten|recall|not sure|unsure|khong nho|chang nho|quen"
    r"|khong chac|nho mang mang|hinh nhu|chac la)(?![a-z])|จำไม่ได้|ลืม|ไม่แน่ใจ|น่าจะ"
)
YEAR = re.compile(r"(?:19|20|24|25)\d\d")
NAMED_HARMLESS = frozenset({"harmless", "call", "account", "amount", "year", "transfer", "lottery"})
NAMING_CHARS = 30


def phones_given_as_passwords(folded: str, keywords: list[Keyword]) -> Iterator[tuple[int, int]]:
    """Each phone number a password's word gives as the password, before it or after it."""
    if not any(k.category in ("password", "pin") for k in keywords):
        return
    for number in PHONE_NUMBER.finditer(folded):
        before = folded[max(0, number.start() - BEFORE_CHARS) : number.start()]
        if PHONE_GIVEN_BEFORE.search(before) or (
            PHONE_WORD_JUST_BEFORE.search(before)
            and USED_AS_AFTER.match(folded, number.end(), min(len(folded), number.end() + AFTER_CHARS))
        ):
            yield number.span()


# Words with a number in quotes after a verb that sets something, its object a pronoun or a secret's
# word or none: "I set it to 'my dog Biscuit 2015' with spaces", "ตาตั้งรหัส 'ต้นมะม่วง 77' ไว้", "bà đặt
# mật khẩu là 'hoa sen 1958'": a passphrase, quoted as typed (a quoted word alone is read elsewhere).
QUOTE_HINT = re.compile(r"[\"“'‘]")
SET_QUOTED = re.compile(
    r"(?:(?<![a-z])(?:set|sets|changed|change|made|make|chose|choose|picked|pick|use|used|using|dat|doi|chon)"
    r"(?: (?:it|mine|my|his|her|the|a|new|one|no|ma|mat khau|mk|pass|password|passphrase|passcode|pin|code"
    r"|lai|moi|cua|toi|ba|ong|minh|me|em))*(?: (?:to|as|thanh|la|sang|bang|is))?"
    r"|(?:ตั้ง|เปลี่ยน|ใช้)(?:รหัส(?:ผ่าน)?|พาส)?(?:ใหม่)?(?:เป็น|ว่า|ไว้ว่า|ไว้เป็น)?)"
    r" ?[\"“'‘]([^\"”'’\n]{3,40})[\"”'’]"
)
PASSPHRASE_LETTERS = re.compile(r"[^\W\d_]{3}")
PASSPHRASE_DIGITS = re.compile(r"\d{2}")
# A setting's value, not a passphrase: a time, a size, a length.
NOT_A_PASSPHRASE = re.compile(
    r"\d ?(?:am|pm|h|gio|phut|minutes?|mins?|hours?|seconds?|giay|%|kg|km|cm|mm|gb|mb|px|pt"
    r"|นาที|ชั่วโมง)(?![a-z])"
)
SECRET_NAMED = re.compile(
    r"(?<![a-z])(?:mat khau|mk|pass|password|passphrase|passcode|pin|code)(?![a-z])|รหัส|พาส"
)
LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")
PASSPHRASE_WORDS = 2
# A password of letters then digits ("sontung88"): what it is when typed again with a space.
LETTERS_THEN_DIGITS = re.compile(r"([^\W\d_]{3,30})(\d{2,8})")


def retyped_in_another_case(text: str, found: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Each word that is a found password in another case, and, with caps lock named, each word of
    capitals and digits."""
    values = {text[start:end].lower() for start, end in found if end - start >= 4}
    lowered = text.lower()
    for word in WORD.finditer(text) if any(lowered.count(value) > 1 for value in values) else ():
        start, end = word.start(), word.end()
        while end > start and text[end - 1] in TRAILING:
            end -= 1
        if text[start:end].lower() in values and (start, end) not in found:
            yield start, end
    if (
        any(hint in lowered for hint in CAPS_HINTS)
        and CAPS_TALK.search(lowered)
        and TYPING.search(lowered)
        and not SEARCHED.search(lowered)
    ):
        yield from (match.span() for match in CAPITALS_AND_DIGITS.finditer(text))


def other_candidate(text: str, found: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The other of two values a password is said to be ("it's either Fishing4Life or Fish4Life!",
    "Hoa1960 hay Hoa@1960", "Lily2016 หรือ Lily2015"): letters and digits, one word, joined to a
    found password by "or"; "Room 204 or the lobby" has no such word."""
    for start, end in found:
        before = CANDIDATE_BEFORE.search(text, max(0, start - CANDIDATE_CHARS), start)
        after = CANDIDATE_AFTER.match(text, end)
        for match in (before, after):
            if match and LETTERS_AND_DIGITS.match(match.group(1).lower()):
                yield match.span(1)


def retyped_with_a_space(text: str, found: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """A found password typed again with a space between its letters and its digits, in any case:
    "mật khẩu: sontung88, ô nhập lại bà gõ sontung 88", "Hoa1960 … I typed hoa 1960"."""
    lowered = text.lower()
    for start, end in found:
        if parts := LETTERS_THEN_DIGITS.fullmatch(lowered, start, end):
            spaced = f"{parts.group(1)} {parts.group(2)}"
            at = lowered.find(spaced)
            while at >= 0:
                after = at + len(spaced)
                if (at == 0 or not lowered[at - 1].isalnum()) and not lowered[after : after + 1].isalnum():
                    yield at, after
                at = lowered.find(spaced, after)


def set_in_quotes(text: str, folded: str) -> Iterator[tuple[int, int]]:
    """Words with a number in quotes after a verb that sets one: what was set is a passphrase."""
    if not QUOTE_HINT.search(text):
        return
    for match in SET_QUOTED.finditer(folded):
        value = text[match.start(1) : match.end(1)]
        if not (
            " " in value.strip() and PASSPHRASE_LETTERS.search(value) and PASSPHRASE_DIGITS.search(value)
        ) or NOT_A_PASSPHRASE.search(value.lower()):
            continue
        if SECRET_NAMED.search(match.group()) or _letter_words(value) >= PASSPHRASE_WORDS:
            yield match.span(1)  # not "I set it to 'Room 204'": a secret's word, or words of a phrase


def _letter_words(value: str) -> int:
    """Words of letters in a value; Thai, its words run together with no space, counts as a phrase."""
    return PASSPHRASE_WORDS if THAI_LETTER.search(value) else len(LETTER_WORD.findall(value))


def used_for_everything(folded: str) -> Iterator[tuple[int, int]]:
    """Letters with digits, or a well-known weak value, used for every account."""
    if not EVERYWHERE_HINT.search(folded):
        return
    for match in (*USED_EVERYWHERE.finditer(folded), *USED_EVERYWHERE_AFTER.finditer(folded)):
        value = match.group(1)
        if value in WEAK_VALUES or LETTERS_AND_DIGITS.match(value):
            yield match.span(1)


def guesses(folded: str, keywords: list[Keyword]) -> Iterator[tuple[int, int]]:
    """Two numbers given as guesses at one not remembered, neither a year nor named as harmless."""
    found = list(GUESSES.finditer(folded))
    if not found or not NOT_REMEMBERED.search(folded):
        return
    for match in found:
        if any(YEAR.fullmatch(match.group(i)) for i in (1, 2)) or _named_harmless(match.start(), keywords):
            continue
        yield match.span(1)
        yield match.span(2)


def _named_harmless(start: int, keywords: list[Keyword]) -> bool:
    named = [
        k for k in keywords if k.end <= start and start - k.end <= NAMING_CHARS and k.category != "neutral"
    ]
    return bool(named) and named[-1].category in NAMED_HARMLESS


# One letter or digit standing alone: a character of a value read out one at a time (not the s
# of "that's").
SPELLED_CHAR = re.compile(r"(?<![\w\u0e00-\u0e7f'’])[A-Za-z0-9](?![\w\u0e00-\u0e7f'’])")
# A value that may be written whole beside its spelling: letters and digits, four to twenty, at least
# two of them letters and one a digit.
WHOLE_VALUE = re.compile(r"(?<![\w@#$%&*!+=])[^\W_]{4,20}(?![\w@#$%&*!+=])")
SPELLED_CHARS = 80
SPELLED_FEWEST = 4
DIGIT = re.compile(r"\d")
THAI_FIRST = "\u0e01"
SPELLED_LETTERS_FEWEST = 2  # "B, 2, 0, 4 … B204" is a room or a seat read out, not a password


def spelled_and_whole(text: str) -> Iterator[tuple[int, int]]:
    """A value of letters and digits written whole right after or before its spelling one character
    at a time, in the same order: "chữ T hoa, i, e, n, số 5, số 9 — Tien59 đó", "K, a, t, e, 5, 9:
    Kate59", "Tien59, tức là T hoa i e n 5 9", "ตัว T ใหญ่ i e n 5 9 คือ Tien59". Spelled out and
    written whole, it is what was dictated, whatever word (or none) names it."""
    if not DIGIT.search(text):
        return  # a value spelled and written whole has a digit
    if sum(1 for _ in zip(SPELLED_CHAR.finditer(text), range(SPELLED_FEWEST), strict=False)) < SPELLED_FEWEST:
        return  # fewer characters standing alone than any value spelled has
    for whole in WHOLE_VALUE.finditer(text):
        value = whole.group()
        if not any(c.isdigit() for c in value) or sum(c.isalpha() for c in value) < SPELLED_LETTERS_FEWEST:
            continue
        before = SPELLED_CHAR.findall(text, max(0, whole.start() - SPELLED_CHARS), whole.start())
        after = SPELLED_CHAR.findall(text, whole.end(), whole.end() + SPELLED_CHARS)
        spelled = value.lower()
        before_value, after_value = "".join(before[-len(value) :]), "".join(after[: len(value)])
        if spelled in (before_value.lower(), after_value.lower()):
            yield whole.start(), whole.end()


# A run of Thai characters that starts with a vowel sign or a tone mark, which no Thai word starts
# with, right after a password's word (and its copula): English typed with the Thai keyboard still
# on ("รหัสผ่านเป็น ืนยยฟฟ" is "noppaa", "password: ทฟร" ), a password all the same.
WRONG_LAYOUT = re.compile(
    _PASSWORD_WORD + r"(?: ?(?:ของ(?:ยาย|ตา|ฉัน|ผม|แม่|พ่อ)|ใหม่|ไลน์|line|zalo))?"
    r"(?: ?(?:เป็น|คือ|ว่า|:|=|(?<![a-z])(?:is|la)(?![a-z])))? ?"
    r"([\u0e30-\u0e3a\u0e45\u0e47-\u0e4e][\u0e01-\u0e4e]{2,30})"
)


# Said to be typed with the wrong keyboard: then any Thai run after the password's word is one.
LAYOUT_SLIP = re.compile(
    r"ลืมเปลี่ยนภาษา|ลืมสลับภาษา|ลืมเปลี่ยนแป้น|ลืมกดเปลี่ยนภาษา|แป้นภาษาไทย|คีย์บอร์ดภาษาไทย|ภาษาไทยค้าง"
    r"|แป้นเป็นภาษาไทย|แป้นเป็นไทย|แป้นไทย|แป้นพิมพ์ภาษาไทย|แป้นพิมพ์เป็นภาษาไทย"
    r"|(?<![a-z])(?:forgot to (?:switch|change)(?: the)? (?:keyboard|language)|wrong keyboard|wrong language"
    r"|keyboard (?:was |is )?(?:still )?(?:on|in|set to) thai|thai keyboard"
    r"|quen (?:doi|chuyen)(?: sang)? (?:ngon ngu|ban phim|tieng anh)|sai ban phim"
    r"|ban phim tieng thai)(?![a-z])"
)
# In such a message, a Thai run no word can start so, wherever it stands: the password's twin as it
# came out ("ยายพิมพ์รหัส noi1955 แต่แป้นเป็นภาษาไทยออกมาเป็น ืนรๅตถถ": both are hidden).
SLIPPED_TWIN = re.compile(r"(?<![\u0e01-\u0e4e])[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e][\u0e01-\u0e4e]{2,30}")
# What a sentence about the password says of it, not the password: "รหัสผ่านเป็นภาษาอังกฤษ".
NOT_A_SLIP = ("เป็น", "คือ", "ว่า", "ของ", "ใหม่", "ภาษา", "ตัว", "อะไร", "อังกฤษ", "ไทย", "ที่", "นี้", "นั้น")
SLIPPED_VALUE = re.compile(
    _PASSWORD_WORD + r"(?: ?(?:เป็น|คือ|ว่า|:|=|(?<![a-z])(?:is|la)(?![a-z])))? ?([\u0e01-\u0e4e]{3,30})"
)


def typed_in_thai_layout(folded: str) -> Iterator[tuple[int, int]]:
    """A password typed in the Thai layout by mistake: Thai letters no word can start with, given
    after a password's word; or any Thai run there, when the message says the keyboard was wrong."""
    if not folded or max(folded) < THAI_FIRST:
        return  # no Thai character at all: nothing typed in the Thai layout
    for match in WRONG_LAYOUT.finditer(folded):
        yield match.start(1), match.end(1)
    if LAYOUT_SLIP.search(folded):
        for match in SLIPPED_VALUE.finditer(folded):
            if not match.group(1).startswith(NOT_A_SLIP):
                yield match.start(1), match.end(1)
        for match in SLIPPED_TWIN.finditer(folded):
            yield match.span()


def joined_capitalised(text: str, folded: str) -> Iterator[tuple[int, int]]:
    """Words run together, each with a capital, as a long password is typed into a box that takes no
    spaces: "so I chose CorrectHorseGardenShed", "ตาเลยตั้งว่า MaewDamNonBonLangka", "bà đặt là
    ConMeoDenNamTrenMai". Three words with a choosing or a password's word in the message, four
    without; not a hashtag, a handle or a web address ("#SaveTheDate", "www.HoaMaiShop.vn")."""
    matches = list(JOINED_CAPITALISED.finditer(text))
    if not matches:
        return
    chosen = bool(CHOSEN.search(folded))
    for match in matches:
        words = len(CAPITALISED_WORD.findall(match.group()))
        if words >= ALWAYS_JOINED_WORDS or (chosen and words >= JOINED_WORDS):
            yield match.span()


# Three capitalised words or more with no space between, perhaps a few digits or signs after.
JOINED_CAPITALISED = re.compile(
    r"(?<![\w@#./:\-])(?:[A-Z][a-z]{1,14}){3,8}[\d@#!$%&*]{0,4}(?![\w@#./\-]|\.[A-Za-z])"
)
CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+")
JOINED_WORDS, ALWAYS_JOINED_WORDS = 3, 4
CHOSEN = re.compile(
    r"(?<![a-z])(?:chose|choose|chosen|picked|pick|set|made|make|use|used|typed|type|put|changed|made up"
    r"|dat|chon|go|doi|lay|dung|xai|password|passphrase|mat khau|mk|pass)(?![a-z])"
    r"|ตั้ง|เลือก|ใส่|พิมพ์|เปลี่ยน|รหัส|พาส"
)
