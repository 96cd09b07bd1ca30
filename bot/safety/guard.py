"""Find secrets a learner typed (OTP, password, PIN, card or ID number) and redact them.

Elderly learners sometimes type an OTP or a card number to "check" it. The assistant must warn
them and must never keep the secret: the redacted text is the only text that goes any further
(to the NLU server, to the database, to logs). Phone numbers and bank-account numbers stay: a
learner pasting a scam message needs the scammer's number discussed, and they are not secrets.

Matching is linear in the length of the text: one pass finds keywords, one finds numbers (as
digits, grouped by commas, or read out in words), and each number or password is judged from a
bounded window around it. `redact_in_time` runs the guard off the event loop with a deadline; a
message it cannot check in time goes no further.
"""

from __future__ import annotations

import asyncio
import dataclasses
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from bot.class_codes import mentioned
from bot.safety.answers import security_answers
from bot.safety.birth import advised_birth, birth_secrets
from bot.safety.delivered import asked_for_codes, plain_passphrases, turning_case
from bot.safety.examples import named_example
from bot.safety.given_as import (
    guesses,
    joined_capitalised,
    other_candidate,
    phones_given_as_passwords,
    retyped_in_another_case,
    retyped_with_a_space,
    set_in_quotes,
    spelled_and_whole,
    typed_in_thai_layout,
    used_for_everything,
)
from bot.safety.glued import glued_cuts
from bot.safety.hinted import hinted_passwords
from bot.safety.keywords import LOCK_WORD_SET, Keyword, find_keywords
from bot.safety.lettered import lettered_codes, run_together
from bot.safety.notes import note_secrets
from bot.safety.numbers import (
    Context,
    NumberFinding,
    Run,
    classify,
    classify_read_out,
    comma_grouped,
    is_presented,
    lettered_ids,
    long_grouped,
    phone_led,
    runs,
    slash_grouped,
    trailing_cvv,
)
from bot.safety.owned import owned_weak, run_together_given, weak_then_owned
from bot.safety.passwords import THAI_CLAUSE_WORDS, THAI_SERVICES, passwords
from bot.safety.pieces import glued_codes, pieces, short_read_outs
from bot.safety.retyped import retyped
from bot.safety.spoken import TENS_AND_TEENS, UNITS, read_out
from bot.safety.tried import from_a_sender, placed_in_message, tried_values, typed_into_a_box, used_on_all
from knowledge.text import fold_latin

Kind = Literal["otp", "password", "pin", "card_number", "cvv", "id_number"]

PLACEHOLDER = {
    "otp": "[OTP]",
    "password": "[PASSWORD]",
    "pin": "[PIN]",
    "card_number": "[CARD]",
    "cvv": "[CVV]",
    "id_number": "[ID]",
}
MAX_GUARDED_CHARS = 20_000
# A digit in a keycap, as an emoji keyboard types it: the digit, a variation selector (often left
# out) and the combining keycap: "9️⃣".
KEYCAP_MARK = "\u20e3"
KEYCAP = re.compile(r"(\d)\ufe0f?\u20e3")
# Two spaces or more, a tab, a space of another width (no-break, thin, ideographic), or a character
# of no width (a zero-width space or joiner, a byte-order mark) copied in from a message or a page.
_WIDE = r"\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
SPACING = re.compile(rf"[ {_WIDE}]{{2,}}|[{_WIDE}]|[\u200b\u2060\ufeff]+")
# What `retyped` reads again: an o beside a digit ("4O8", "2 o 4", "O-4"), an I or an l between digits
# ("8I2"), a bracket ("294 (hai chín bốn)").
RETYPED_HINT = re.compile(r"\d[oO]|[oO]\d|\d(?: [oO])+ \d|\d[iIlL]\d|\(|[oO][.\-]\d|\d[.\-][oO]")
# Single digits four or more, each joined to the next by a plus sign, a star or by a word that names
# the next one: "5+1+8+0+2+7", "6*0*4*8*1*3", "7 so 3 so 0 so 5" ("số 7 số 3": number 7, number 3),
# "4 and 2 and 9 and 1", "5 cộng 1 cộng 8 cộng 0", "7 rồi 3 rồi 0 rồi 5", "เลข 7 เลข 3 เลข 0 เลข 5";
# read as digits typed one by one, so every rule for those reads them.
_JOINER = r" ?[+*] ?| (?:so|số|and|va|và|number|cong|cộng|plus|roi|rồi|then) | ?(?:เลข|และ|บวก|แล้วก็|แล้ว) ?"
JOINED_DIGITS = re.compile(rf"(?<![\d+*])\d(?:(?:{_JOINER})\d){{3,}}(?![\d+*])", re.IGNORECASE)
JOINER = re.compile(_JOINER, re.IGNORECASE)
# Digits read aloud and typed by a phone's voice typing, a word that sounds like a digit in their
# place: "for 8 to 6 1 9" is 4 8 2 6 1 9. Five of them or more, at least three digits as digits,
# no more words than digits, after a secret's word: "the code is for 8 to 6 1 9"; "from 1 to 5 for 2
# 3 days" and "gate 4 to 6 1 9" stay words.
HEARD_AS = {"for": "4", "fore": "4", "to": "2", "too": "2", "ate": "8", "won": "1", "tree": "3"}
_HEARD = "|".join(HEARD_AS)
HEARD_DIGITS = re.compile(rf"(?<![\w+])(?:\d|{_HEARD})(?: (?:\d|{_HEARD})){{4,}}(?![\w+])", re.IGNORECASE)
HEARD_WORD = re.compile(rf"(?<!\w)(?:{_HEARD})(?!\w)", re.IGNORECASE)
MIN_HEARD_DIGITS = 3
HEARD_NAMING = frozenset({"otp", "pin", "password", "cvv"})
# Digits, in groups or one by one: "1932", "090 512", "7 0 7 0 2 5".
LOCK_DIGITS = re.compile(r"\d+(?:[ .\-]\d+)*")
# Letters and digits with no space between: what `glued_cuts` may read with spaces put back.
GLUED_HINT = re.compile(r"[^\W\d_][:=]?\d|\d[^\W\d_]")
FOLD_TABLE_SIZE = 65_536
# An era's short name written with dots: the Buddhist era's "พ.ศ.", the Common era's "ค.ศ.", "B.E.".
ERA_DOTS = re.compile(r"[พค]\.ศ\.?|(?<![A-Za-z.])[Bb]\.[Ee]\.")
DOT = re.compile(r"\.")
# Between two parts of one password: a space, or a line break ("password\nKitten\n2019!": a
# password typed over lines after its word).
JOINING = frozenset({" ", "\n", "\r\n"})
# Number words, then what they count: a length, not a password.
NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS_AND_TEENS) | {"muoi", "or", "hay", "hoac", "to", "den"}
COUNTED_AFTER = re.compile(
    r" ?(?:ky tu|chu so|chu cai|chu|con so|so|characters?|chars|letters?|digits?|numbers?|words?|long"
    r"|หลัก|ตัว)(?![a-z])"
)
# Thai letters before a password (see `_thai_led`), and the words that lead to one rather than start it.
THAI_CHAR = re.compile(r"[\u0e01-\u0e4e]")
THAI_LEAD_CHARS = 32  # "ดอกมะลิบานที่เชียงใหม่2500": a phrase of several words run together
THAI_LEADING = re.compile(r"คือ|ว่า|เป็น|(?<!เชียง)ใหม่|รหัส|พาส|ตั้ง|ใส่|พิมพ์|กด")


# Emergency and public numbers of any country: the US's and Canada's 911, the UK's 999, Europe's 112,
# Vietnam's 113, 114, 115 and 111, Thailand's 191, 199, 1669, 1155, 1554, 1555, Australia's 000.
EMERGENCY_NUMBERS = frozenset(
    "000 100 101 102 108 110 111 112 113 114 115 117 118 119 191 199 911 999".split()
    + "1155 1192 1554 1555 1669 1784".split()
)
# A call made, before the number in its clause: "should I call the bank or 911", "gọi 113", "โทร 191".
CALLED = re.compile(
    r"(?<![a-z])(?:call|calling|called|dial|dialled|dialed|dialing|dialling|ring|phone"
    r"|goi|bam goi|quay|quay so|lien he|contact)(?![a-z])|โทร"
)
# An emergency service named in its clause: "cấp cứu 115", "ตำรวจ 191", "the emergency number 999".
EMERGENCY = re.compile(
    r"(?<![a-z])(?:emergency|emergencies|police|ambulance|fire|firefighters?|fire brigade|rescue|hotline"
    r"|cap cuu|cong an|canh sat|cuu hoa|chua chay|cuu nan|khan cap|tong dai|duong day nong)(?![a-z])"
    r"|ฉุกเฉิน|ตำรวจ|รถพยาบาล|ดับเพลิง|สายด่วน|กู้ภัย|แจ้งเหตุ|กู้ชีพ"
)
CLAUSE_END = re.compile(r"[.!?;,\n]")
EMERGENCY_CLAUSE_CHARS = 80
# A sender's short code or number holds a few digits; a card's number after "from" stays a secret.
SENDER_KINDS = frozenset({"otp", "pin", "password"})
SENDER_DIGITS = 6
# A secret's word that names the digits right after it: "my CVV is 911", "PIN: 1669".
NAMES_A_SECRET = frozenset({"otp", "pin", "cvv", "password", "security"})
# What stands between two quoted values in a list: '"123456", "password"' holds no value of its own.
BETWEEN_QUOTED = " ,;'\"\u2018\u2019\u201c\u201d"
SECRET_GIVEN_GAP = re.compile(r" ?(?:(?:is|was|la|=|:|คือ|เป็น) ?)?")
# A code as a service sends it, its letters first: Google's "G-482197", Facebook's "FB-48219".
PREFIXED_CODE = re.compile(r"(?<![\w-])(?:g|fb)-\d{4,8}(?![\w-])")
# A reference's letters joined to its digits by a hyphen: an order's "DH-482197", a parcel's
# "SPX-482197"; not a code's prefix, which `PREFIXED_CODE` reads.
REFERENCE_PREFIX = re.compile(r"(?<![\w-])[a-z]{2,5}-$")
# A carrier's or a shop's letters, or an order's or a parcel's word a few words before.
REFERENCE_LETTERS = frozenset("dh spx ghn ghtk vtp ems jt kex lex vnp vnpost shp lzd tiki flash".split())
REFERENCE_WORD = re.compile(
    r"(?<![a-z])(?:don|don hang|ma don|van don|hoa don|kien hang|buu kien|order|orders|tracking|parcel"
    r"|package|shipment|invoice|delivery)(?![a-z])|พัสดุ|คำสั่งซื้อ|ออเดอร์|เลขแทร็ก"
)
REFERENCE_WORD_CHARS = 30
# "không" typed short ("ko", "kh", "hông") as a code's first word, right after its copula or a colon:
# "mã otp là ko ba chín năm hai bảy" reads 0 3 9 5 2 7; "ba ko biết mã là gì" holds no code.
ZERO_LED = re.compile(r"(?:(?<![a-z])(?:la|is)|[:=]) ?(?:ko|kh|hong) $")
ZERO_LED_CHARS = len(" la hong ")
# A value in quotes right after a secret's word and its copula is given whole, its spaces and
# letters too: 'รหัส "kaofang 2508"', 'the code is "kaofang 2508"', 'mã là "hoa mai 2508"'.
OPEN_QUOTES = "\"'\u201c\u2018\u00ab"
CLOSE_QUOTES = "\"'\u201d\u2019\u00bb"
QUOTED_CHARS = 40
QUOTE_NAMING = frozenset({"otp", "pin", "password", "cvv", "security"})
QUOTED_DIGITS = 2
# A password of digits with letters glued on, given after its word and a copula, and a word or two
# more to the clause's end: "mật khẩu wifi nhà bà là 0913xin chao, con chỉ bà đổi", "my password is
# 0913hello there, …", "รหัสผ่านคือ 0913xin chao": the words typed after it with a space are its own;
# not a word said to someone ("… là 0913abc nhé", "… is 0913abc now").
GLUED_START = re.compile(r"(?<!\d)\d{2,12}[^\W\d_]{2,30}")
GLUED_GIVEN = re.compile(r"(?:(?<![a-z])(?:la|is|was)|[:=]|คือ|เป็น) ?$")
GLUED_TAIL = re.compile(r"(?: [a-z]{1,12}){1,2}(?=[,.;!?\n]|$| ?(?:ค่ะ|คะ|ครับ|นะ|จ้ะ|จ้า)(?:[,.;!?\n ]|$))")
GLUED_NAMING_CHARS = 40
TAIL_TALK = frozenset(
    "nhe nha nhen nghe di nhi a ha ak ok okay please roi thoi con chau oi do day ma nhung vay"
    " now but then too also though here there yet still right ok".split()
)
# A card's number in three groups, then its last four given apart: "số thẻ 4914 7310 1580 còn 4 số
# cuối là 2579", "card number 4914 7310 1580 and the last four are 2579", "เลขบัตร 4914 7310 1580 4
# ตัวท้ายคือ 2579": both parts are the card's number. A card's word must lead to the groups.
SPLIT_CARD = re.compile(
    r"(?<![\d.\-])(\d{4}[ .\-]\d{4}[ .\-]\d{4})(?![\d.\-]?\d)[ ,;.]*"
    r"(?:(?<![a-z])(?:con|va|and|with|plus|then)(?![a-z]) ?)?(?:(?:the|cai) )?"
    r"(?:(?:4|bon|four) (?:so|chu so|con so) cuoi|last (?:4|four)(?: digits| numbers)?|(?:4|สี่) ?ตัวท้าย)"
    r"(?: (?:la|are|is|of it are)(?![a-z])|คือ|[:=])? ?(\d{4})(?!\d)"
)
SPLIT_CARD_LEAD_CHARS = 30
QUOTE_GAP = re.compile(r" ?(?:(?:is|was|la|=|:|คือ|เป็น|ว่า) ?)?")


class CannotCheck(Exception):
    """The guard could not finish in time (or the text is beyond any limit): drop the message."""


@dataclass(frozen=True)
class Finding:
    kind: Kind
    start: int
    end: int


def find_secrets(text: str) -> list[Finding]:
    """Spans refer to `text` as given; pass NFC text (`redact` does)."""
    if len(text) > MAX_GUARDED_CHARS:
        raise CannotCheck(f"text is longer than {MAX_GUARDED_CHARS} characters")
    if KEYCAP_MARK in text:
        return _through(text, ((m.span(), m.group(1)) for m in KEYCAP.finditer(text)), _unjoined)
    return _unjoined(text)


def _unjoined(text: str) -> list[Finding]:
    """Digits voice typing wrote as words that sound like them ("for 8 to 6 1 9") are read as the
    digits they were said as, each word the one digit."""
    heard = [m for m in HEARD_DIGITS.finditer(text) if _heard_as_digits(m.group())]
    if heard:
        folded = text.translate(_FOLDED)
        named = [k.end for k in find_keywords(text, folded) if k.category in HEARD_NAMING]
        heard = [m for m in heard if any(end <= m.start() for end in named) and not _a_range(text, m.start())]
    if not heard:
        return _joined(text)
    words = (
        (w.span(), HEARD_AS[w.group().lower()]) for m in heard for w in HEARD_WORD.finditer(text, *m.span())
    )
    return _through(text, words, _joined)


def _a_range(text: str, start: int) -> bool:
    """ "from 1 to 5 …", "between 2 to 3 …": the numbers of a range, not a code."""
    return text[max(0, start - len("between ")) : start].lower().rstrip().endswith(("from", "between"))


def _heard_as_digits(run: str) -> bool:
    tokens = run.split(" ")
    digits = sum(token.isdigit() for token in tokens)
    words = len(tokens) - digits
    return words > 0 and digits >= MIN_HEARD_DIGITS and words <= digits and "  " not in run


def _joined(text: str) -> list[Finding]:
    """Single digits joined by plus signs or by a word between each ("5+1+8+0+2+7", "7 so 3 so 0 so
    5") are read as digits typed one by one ("5 1 8 0 2 7"), each joiner a space."""
    joined = list(JOINED_DIGITS.finditer(text))
    if not joined:
        return _spaced(text)
    joiners = ((j.span(), " ") for m in joined for j in JOINER.finditer(text, m.start(), m.end()))
    return _through(text, joiners, _spaced)


def _spaced(text: str) -> list[Finding]:
    """ "ma otp 38   41   07", "482\u00a0913", "mật khẩu:\tHoa@1960": a run of spaces, a tab or
    another width of space is one space in the guard's view, and a character of no width is none;
    so every rule that reads one space (between the groups of a number, a keyword's words, a
    password's) reads them."""
    text, blanked = retyped(text, text.translate(_FOLDED)) if RETYPED_HINT.search(text) else (text, [])
    if not SPACING.search(text):
        return _with_blanked(_undotted(text), blanked)
    spacing = ((m.span(), " " if m.group().isspace() else "") for m in SPACING.finditer(text))
    return _with_blanked(_through(text, spacing, _undotted), blanked)


def _undotted(text: str) -> list[Finding]:
    """ "ปี พ.ศ. เกิด: Nong2560": an era's short name is read without its dots (see `ERA_DOTS`), which
    end no sentence; so a password after it is read in the sentence of its word."""
    if "." not in text or not ERA_DOTS.search(text):
        return _find_secrets(text)
    dots = ((d.span(), "") for m in ERA_DOTS.finditer(text) for d in DOT.finditer(text, *m.span()))
    return _through(text, dots, _find_secrets)


def _with_blanked(findings: list[Finding], blanked: list[tuple[int, int]]) -> list[Finding]:
    """A finding that ends where a bracket read as spaces starts takes it in: "… không (610)"."""
    ends = {start: end for start, end in blanked}
    return [Finding(f.kind, f.start, ends.get(f.end, ends.get(f.end + 1, f.end))) for f in findings]


def _through(
    text: str, replaced: Iterable[tuple[tuple[int, int], str]], find: Callable[[str], list[Finding]]
) -> list[Finding]:
    """The secrets `find` sees in a view of `text` with each span in `replaced` (in order, apart)
    written as its replacement of one character or none; each finding is mapped back to the text
    as given, a replaced span it ends in included whole ("9️⃣": the digit's marks)."""
    kept: list[str] = []
    starts: list[int] = []  # where each character of the view starts in `text`
    ends: list[int] = []  # where it ends there, with what it replaced
    position = 0
    for (start, end), replacement in replaced:
        kept.append(text[position:start])
        starts += range(position, start)
        ends += range(position + 1, start + 1)
        if replacement:
            kept.append(replacement)
            starts.append(start)
            ends.append(end)
        position = end
    kept.append(text[position:])
    starts += range(position, len(text))
    ends += range(position + 1, len(text) + 1)
    return [Finding(f.kind, starts[f.start], ends[f.end - 1]) for f in find("".join(kept))]


def _find_secrets(text: str) -> list[Finding]:
    """The secrets of `text`, read with spaces put back where a secret's word and its number were
    typed with none ("socccd048154648482" is read as "so cccd 048154648482"); each finding is mapped
    back to the text as given."""
    folded = text.translate(_FOLDED)
    cuts = glued_cuts(folded) if GLUED_HINT.search(text) else []
    if cuts:
        cuts = _outside_passwords(text, folded, cuts)
    if not cuts:
        return _find_in(text)
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    starts: list[int] = []  # where each character of the view starts in `text`
    ends: list[int] = []  # where it ends there; a space put in starts and ends where it stands
    for piece_start, piece in zip([0, *cuts], pieces, strict=True):
        if piece_start:
            starts.append(piece_start)
            ends.append(piece_start)
        starts += range(piece_start, piece_start + len(piece))
        ends += range(piece_start + 1, piece_start + len(piece) + 1)
    found = [Finding(f.kind, starts[f.start], ends[f.end - 1]) for f in _find_in(" ".join(pieces))]
    return [f for f in found if f.start < f.end]


def _outside_passwords(text: str, folded: str, cuts: list[int]) -> list[int]:
    """The cuts that fall in no password a password's word gives as typed, and in no class code:
    "mật khẩu Hoa!Ma1958", "mat khau 88668866tg", "mk là 123456abc" are one password each, "mã lớp
    MK6448XQ" one class code, not a word glued to digits."""
    codes = mentioned(folded)  # "ma lop mk6448xq": a class code is no word glued to digits either
    spans = [
        (start, end)
        for start, end in passwords(text, folded, find_keywords(text, folded))
        if not any(code_start < end and start < code_end for code_start, code_end in codes)
    ]
    return [cut for cut in cuts if not any(start < cut < end for start, end in spans + codes)]


def _find_in(text: str) -> list[Finding]:
    folded = text.translate(_FOLDED)
    keywords = find_keywords(text, folded)
    found_passwords = list(passwords(text, folded, keywords))
    found_passwords += phones_given_as_passwords(folded, keywords)
    found_passwords += used_for_everything(folded)
    found_passwords += set_in_quotes(text, folded)
    found_passwords += spelled_and_whole(text)
    found_passwords += typed_in_thai_layout(folded)
    found_passwords += joined_capitalised(text, folded)
    found_passwords += owned_weak(folded, keywords)
    found_passwords += weak_then_owned(folded)
    found_passwords += run_together_given(text, folded)
    found_passwords += retyped_in_another_case(text, found_passwords)
    found_passwords += retyped_with_a_space(text, found_passwords)
    found_passwords += list(other_candidate(text, found_passwords))
    findings = [Finding("password", start, end) for start, end in found_passwords]
    findings += [Finding("pin", start, end) for start, end in guesses(folded, keywords)]
    findings += [Finding(kind, start, end) for kind, start, end in birth_secrets(folded, keywords)]  # type: ignore[arg-type]
    findings += [Finding(kind, start, end) for kind, start, end in note_secrets(text, folded)]  # type: ignore[arg-type]
    findings += [Finding("password", start, end) for start, end in security_answers(folded)]
    findings += [Finding("password", start, end) for start, end in hinted_passwords(text, folded)]
    findings += [Finding("password", start, end) for start, end in plain_passphrases(text, folded)]
    findings += [Finding("password", start, end) for start, end in turning_case(text, folded)]
    numbers = list(runs(folded))
    context = Context(folded, keywords, bare=is_presented(folded), numbers=numbers, text=text)
    found = _numbers(folded, numbers, context)
    if any(f.kind == "otp" for f in found) and not context.about_a_code:
        found = _numbers(folded, numbers, dataclasses.replace(context, shows_a_code=True))
    findings += [Finding(f.kind, f.start, f.end) for f in found]  # type: ignore[arg-type]
    # Last, so that where another rule found the same digits its kind stands ("mã OTP … bà nhập 412690 mà
    # nó báo sai" stays an OTP).
    findings += [Finding("pin", start, end) for start, end in tried_values(folded, keywords)]
    findings += [Finding("pin", start, end) for start, end in used_on_all(folded)]
    findings += [Finding("otp", start, end) for start, end in placed_in_message(folded)]
    findings += [Finding("otp", start, end) for start, end in typed_into_a_box(folded)]
    findings += [Finding("otp", *m.span()) for m in PREFIXED_CODE.finditer(folded)]
    findings += [Finding("otp", start, end) for start, end in asked_for_codes(folded)]
    findings += [Finding("otp", start, end) for start, end in lettered_codes(text, folded, keywords)]
    findings += [Finding(kind, start, end) for kind, start, end in run_together(folded, keywords)]  # type: ignore[arg-type]
    findings += _quoted_given(text, folded, keywords)
    findings += _split_card(folded, keywords)
    findings = [
        Finding("pin", f.start, f.end) if f.kind == "password" and _lock_digits(text, f, keywords) else f
        for f in findings
    ]
    findings = [_quoted_after_form(text, f) for f in findings]
    findings = [
        f
        for f in findings
        if text[f.start : f.end].strip(BETWEEN_QUOTED) and not _named_not_given(text, folded, f)
    ]
    findings = [f for f in findings if not _emergency_number(folded, f, keywords)]
    findings = [f for f in findings if not _a_sender(folded, f)]
    findings = [f for f in findings if not _a_reference(folded, f, keywords)]
    codes = mentioned(folded)  # "mã lớp MKP4-Q2BP": a class code, not a password
    findings = [f for f in findings if not any(start <= f.start < end for start, end in codes)]
    findings = _quoted_whole(_without_overlaps(findings), text, folded, keywords)
    findings = _glued_phrase(_zero_led(findings, folded), folded, keywords)
    return _spaces_joined(_thai_led(findings, text, keywords), text)


def _quoted_after_form(text: str, finding: Finding) -> Finding:
    """ "ตั้งเป็นประโยค "ตาไปนาทุกวัน"", "set it as the phrase "…"": the word that says what form
    the password takes is not it; the quoted words after it are."""
    if finding.kind != "password" or text[finding.start : finding.end].strip().lower() not in PASSWORD_FORMS:
        return finding
    quoted = QUOTED_RIGHT_AFTER.match(text, finding.start + len(text[finding.start : finding.end].rstrip()))
    return Finding("password", *quoted.span(1)) if quoted else finding


def _glued_phrase(findings: list[Finding], folded: str, keywords: list[Keyword]) -> list[Finding]:
    """A password of digits with letters glued on grows over the words after it (see `GLUED_TAIL`)."""
    grown: list[Finding] = []
    for finding in findings:
        if (
            finding.kind == "password"
            and GLUED_START.fullmatch(folded, finding.start, finding.end)
            and GLUED_GIVEN.search(folded, max(0, finding.start - len(" was ")), finding.start)
            and any(
                k.category == "password" and 0 <= finding.start - k.end <= GLUED_NAMING_CHARS
                for k in keywords
            )
            and (tail := GLUED_TAIL.match(folded, finding.end))
            and not any(word in TAIL_TALK or word in NUMBER_WORDS for word in tail.group().split())
        ):
            finding = Finding("password", finding.start, tail.end())
        grown.append(finding)
    return grown


def _quoted_whole(findings: list[Finding], text: str, folded: str, keywords: list[Keyword]) -> list[Finding]:
    """A finding inside quotes a secret's word gives (see `QUOTE_NAMING`) grows to the whole quoted
    value, a password when it holds letters: hiding "2508" leaves "kaofang" on screen."""
    kept: list[Finding] = []
    for finding in findings:
        quoted = _quotes_around(text, finding)
        if quoted and _named_quote(folded, quoted[0] - 1, keywords):
            start, end = quoted
            kind = "password" if any(c.isalpha() for c in text[start:end]) else finding.kind
            finding = Finding(kind, start, end)  # type: ignore[arg-type]
            if kept and kept[-1].start == start:
                continue
        kept.append(finding)
    return kept


def _split_card(folded: str, keywords: list[Keyword]) -> list[Finding]:
    """Both parts of a card's number given apart (see `SPLIT_CARD`)."""
    found: list[Finding] = []
    cards = [k.end for k in keywords if k.category == "card"]
    if not cards:
        return found
    for match in SPLIT_CARD.finditer(folded):
        if any(0 <= match.start() - end <= SPLIT_CARD_LEAD_CHARS for end in cards):
            found += [Finding("card_number", *match.span(1)), Finding("card_number", *match.span(2))]
    return found


def _quoted_given(text: str, folded: str, keywords: list[Keyword]) -> list[Finding]:
    """Letters and two digits or more in quotes right after a secret's word: 'mã là "Blue Sky 99"',
    'the code is "Blue Sky 99"', 'รหัส "Blue Sky 99"'."""
    found: list[Finding] = []
    for keyword in keywords:
        if keyword.category not in QUOTE_NAMING:
            continue
        opening = QUOTE_GAP.match(folded, keyword.end).end()  # type: ignore[union-attr]
        if opening >= len(text) or text[opening] not in OPEN_QUOTES:
            continue
        closing = _closing_quote(text, opening + 1, min(len(text), opening + 1 + QUOTED_CHARS))
        value = text[opening + 1 : closing] if closing >= 0 else ""
        if (
            "\n" not in value
            and any(c.isalpha() for c in value)
            and sum(c.isdigit() for c in value) >= QUOTED_DIGITS
        ):
            found.append(Finding("password", opening + 1, closing))
    return found


def _quotes_around(text: str, finding: Finding) -> tuple[int, int] | None:
    """The inside of the quotes the finding stands in, if it is no longer than `QUOTED_CHARS`."""
    lo = max(0, finding.start - QUOTED_CHARS)
    opening = max(text.rfind(q, lo, finding.start) for q in OPEN_QUOTES)
    if opening < 0 or any(q in text[opening + 1 : finding.start] for q in CLOSE_QUOTES + "\n"):
        return None
    closing = _closing_quote(text, finding.end, min(len(text), opening + 1 + QUOTED_CHARS))
    if closing < 0 or "\n" in text[finding.end : closing]:
        return None
    return opening + 1, closing


def _closing_quote(text: str, start: int, end: int) -> int:
    """Where the first closing quote between start and end stands, or -1."""
    found = [i for q in CLOSE_QUOTES if (i := text.find(q, start, end)) >= 0]
    return min(found) if found else -1


def _named_quote(folded: str, opening: int, keywords: list[Keyword]) -> bool:
    return any(
        k.category in QUOTE_NAMING and QUOTE_GAP.fullmatch(folded, k.end, opening)
        for k in keywords
        if k.end <= opening
    )


def _zero_led(findings: list[Finding], folded: str) -> list[Finding]:
    """A code read out in words takes in a "không" typed short before it (see `ZERO_LED`)."""
    led: list[Finding] = []
    for finding in findings:
        before = ZERO_LED.search(folded, max(0, finding.start - ZERO_LED_CHARS), finding.start)
        if before and folded[finding.start].isalnum():
            finding = Finding(finding.kind, folded.rindex(" ", 0, finding.start - 1) + 1, finding.end)
        led.append(finding)
    return led


def _thai_led(findings: list[Finding], text: str, keywords: list[Keyword]) -> list[Finding]:
    """ "my password สวัสดีJohn58": Thai letters typed onto a password's Latin start, a word of
    their own before it, are its first letters, and so are those glued to the password's word
    ("ยายตั้งรหัสสวัสดีJohn58", "รหัสผ่านสวัสดีJohn58"). Not a Thai word holding a secret's word or a
    copula ("รหัสผ่านคือJohn58"), which only leads to it, nor a service's name ("รหัสผ่านไลน์John58").
    Latin letters typed onto a password's Thai start are its first letters too ("rakลูก2530")."""
    led: list[Finding] = []
    for finding in _latin_led(findings, text, keywords):
        start = finding.start
        while start > 0 and THAI_CHAR.match(text, start - 1):
            start -= 1
        inside = [k.end for k in keywords if start <= k.start and start < k.end < finding.start]
        if inside and (start == 0 or text[start - 1].isspace()):
            start = max(inside)
        elif start > 0 and not text[start - 1].isspace():
            start = finding.start
        lead = text[start : finding.start]
        if (
            finding.kind == "password"
            and lead
            and len(lead) <= THAI_LEAD_CHARS
            and not THAI_LEADING.search(lead)
            and not lead.startswith(THAI_SERVICES + THAI_CLAUSE_WORDS)
            and not any(start < k.end and k.start < finding.start for k in keywords)
        ):
            finding = Finding("password", start, finding.end)
        if led and led[-1].kind == finding.kind == "password" and led[-1].end >= finding.start:
            before = led.pop()
            finding = Finding("password", before.start, max(before.end, finding.end))
        led.append(finding)
    return led


def _latin_led(findings: list[Finding], text: str, keywords: list[Keyword]) -> list[Finding]:
    """A password found from its Thai letters on, with Latin letters or digits typed onto its
    start: "rakลูก2530" is one password, unless those letters are the password's word."""
    led: list[Finding] = []
    for finding in findings:
        start = finding.start
        while start > 0 and text[start - 1].isascii() and text[start - 1].isalnum():
            start -= 1
        if (
            finding.kind == "password"
            and start < finding.start
            and THAI_CHAR.match(text, finding.start)
            and (start == 0 or not text[start - 1].isalnum())
            and not any(start < k.end and k.start < finding.start for k in keywords)
        ):
            finding = Finding("password", start, finding.end)
        led.append(finding)
    return led


# A number masked but for its last or first digits, as a bank's message prints it: "xxxx8812",
# "****5832", "8812xxxx".
MASKED_VALUE = re.compile(r"[x*•]{4,12}[ -]?\d{2,4}|\d{2,4}[ -]?[x*•]{4,12}")

# Words that say what form a password takes, before it in quotes: "ประโยค "ตาไปนาทุกวัน"".
PASSWORD_FORMS = frozenset(
    {"ประโยค", "วลี", "คำ", "คำว่า", "ข้อความ", "phrase", "sentence", "word", "cau", "câu"}
)
QUOTED_RIGHT_AFTER = re.compile(r" ?[\"“'‘]([^\"”'’\n]{1,40})[\"”'’]")
# A password's word and what it is called, or what it is called alone, as a value: "… matkhau la mat
# khau yeu" (a weak password), "… is a weak password", "passwords like … are dangerous".
_SECRET_WORD = r"(?:mat khau|mk|pass|password|passwords|pin|ma pin|ma so|ma|รหัสผ่าน|รหัส)"
_JUDGED = (
    r"(?:yeu|manh|kem|xau|tot|an toan|nguy hiem|de doan|de bi doan|weak|strong|bad|good|safe|unsafe"
    r"|dangerous|risky|ไม่ปลอดภัย|ปลอดภัย|อ่อนแอ|แข็งแรง|อันตราย)"
)
DESCRIBED = re.compile(
    r"(?:(?:a|an|the|mot|cai|la) )?(?:(?:rat|qua|very|too|really|so|ที่) ?(?:khong )?)?"
    rf"(?:{_JUDGED} {_SECRET_WORD}|{_SECRET_WORD} ?(?:(?:rat|qua|very|too|ที่) ?(?:khong )?)?{_JUDGED}"
    rf"|{_JUDGED})"
    r"[.,!?]*"
)
CODE_NAMES = frozenset({"one-time", "onetime", "one-off", "single-use", "verification", "security", "secret"})


def _named_not_given(text: str, folded: str, finding: Finding) -> bool:
    """A weak or default value named as an example (see `examples`), a year of birth in advice, or a
    password's length said in words ("mật khẩu là tám chín chữ số", "eight characters with one number")."""
    if finding.kind in ("pin", "password", "otp") and advised_birth(folded, finding.start):
        return True
    if finding.kind == "password" and _a_length(folded, finding):
        return True
    if finding.kind == "password" and folded[finding.start : finding.end].rstrip(".,!?") in CODE_NAMES:
        return True  # "your PIN, password or one-time code": the name of the next secret
    if finding.kind == "password" and DESCRIBED.fullmatch(folded, finding.start, finding.end):
        return True  # "matkhau la mat khau yeu": what kind of password it is, not one
    if MASKED_VALUE.fullmatch(folded, finding.start, finding.end):
        return True  # "tai khoan xxxx8812": the rest of the number is already hidden
    return named_example(text, folded, finding.start, finding.end)


def _emergency_number(folded: str, finding: Finding, keywords: list[Keyword]) -> bool:
    """An emergency number called or named by its service, in any country: "should I call the
    number on the back of my card or 911", "gọi 113 hay 111", "ตำรวจ 191"; not one a secret's word
    gives ("my CVV is 911", "mã PIN: 1669"), nor one in a clause of its own ("my PIN is 1669, call me")."""
    if folded[finding.start : finding.end] not in EMERGENCY_NUMBERS:
        return False
    if any(
        k.category in NAMES_A_SECRET and SECRET_GIVEN_GAP.fullmatch(folded, k.end, finding.start)
        for k in keywords
        if k.end <= finding.start
    ):
        return False
    window = folded[max(0, finding.start - EMERGENCY_CLAUSE_CHARS) : finding.start]
    stop = _last_clause_end(window)
    before = window[stop:]
    after = folded[finding.end : finding.end + EMERGENCY_CLAUSE_CHARS]
    end = CLAUSE_END.search(after)
    after = after[: end.start()] if end else after
    return bool(CALLED.search(before) or EMERGENCY.search(before) or EMERGENCY.search(after))


def _a_reference(folded: str, finding: Finding, keywords: list[Keyword]) -> bool:
    """Digits whose letters a hyphen joins before them, an order's or a parcel's reference by a
    carrier's letters or an order's word ("đơn DH-482197", "SPX-482197", "order AB-482197"), in a
    message that names a code elsewhere; a code's word right before the letters, or as them, still
    names them ("mã OTP: AB-482913", "OTP-553012"), and a service's code is one ("TT-482913 is your
    TikTok code")."""
    if finding.kind != "otp" or not folded[finding.start : finding.end].isdigit():
        return False
    prefix = REFERENCE_PREFIX.search(folded, max(0, finding.start - len("spxvn-")), finding.start)
    if prefix is None:
        return False
    named = REFERENCE_WORD.search(folded, max(0, prefix.start() - REFERENCE_WORD_CHARS), prefix.start())
    if folded[prefix.start() : prefix.end() - 1] not in REFERENCE_LETTERS and named is None:
        return False
    return not any(
        k.category in NAMES_A_SECRET
        and (k.start == prefix.start() or SECRET_GIVEN_GAP.fullmatch(folded, k.end, prefix.start()))
        for k in keywords
        if k.start <= prefix.start()
    )


def _a_sender(folded: str, finding: Finding) -> bool:
    """A short code or number a message came from ("gửi từ đầu số 8077", "from number 8149"), no
    code of the learner's; a card's number after "from" still is one."""
    return (
        finding.kind in SENDER_KINDS
        and finding.end - finding.start <= SENDER_DIGITS
        and folded[finding.start : finding.end].isdigit()
        and from_a_sender(folded, finding.start)
    )


def _last_clause_end(window: str) -> int:
    stop = 0
    for match in CLAUSE_END.finditer(window):
        stop = match.end()
    return stop


def _a_length(folded: str, finding: Finding) -> bool:
    """Number words and what they count, in the finding or right after it: "tam chin chu so"."""
    words = folded[finding.start : finding.end].split()
    said = next((i for i, w in enumerate(words) if w not in NUMBER_WORDS), len(words))
    if said == 0:
        return False
    if said < len(words):
        return bool(COUNTED_AFTER.match(" " + " ".join(words[said:])))
    return bool(COUNTED_AFTER.match(folded, finding.end))


def _lock_digits(text: str, finding: Finding, keywords: list[Keyword]) -> bool:
    """Digits a phone's lock word names are its PIN ("mã khóa màn hình 1932"), not a password."""
    if not LOCK_DIGITS.fullmatch(text, finding.start, finding.end):
        return False
    named = next((k for k in reversed(keywords) if k.end <= finding.start and k.category != "neutral"), None)
    return named is not None and named.word in LOCK_WORD_SET


def _spaces_joined(findings: list[Finding], text: str) -> list[Finding]:
    """ "password: Sunflower 2026 Cottage": passwords apart by one space or one line break are one
    passphrase, the spaces and the break typed in it too."""
    joined: list[Finding] = []
    for finding in findings:
        if (
            joined
            and finding.kind == joined[-1].kind == "password"
            and text[joined[-1].end : finding.start] in JOINING
        ):
            joined[-1] = Finding("password", joined[-1].start, finding.end)
        else:
            joined.append(finding)
    return joined


def _numbers(folded: str, numbers: list[Run], context: Context) -> list[NumberFinding]:
    """The secrets among the numbers, digits grouped by commas and digits read out in words."""
    found = [f for _start, _end, groups in numbers for f in classify(groups, context)]
    found += trailing_cvv(numbers, found, context)
    found += comma_grouped(folded, context)
    if "/" in folded:
        found += slash_grouped(folded, context)
    if "/" in folded or "," in folded or "|" in folded:
        found += long_grouped(folded, context)
    found += [f for run in _not_phones(folded, read_out(folded)) if (f := classify_read_out(*run, context))]
    found += lettered_ids(folded, context)
    found += glued_codes(folded, numbers)
    found += short_read_outs(folded, context.keywords)
    if len(numbers) > 1:
        found += pieces(folded, numbers, context.keywords)
    return found


def _not_phones(folded: str, said: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Digit words, less those a phone's lead gives and the words read on from them, each piece
    touching the last ("call me on oh seven seven double oh, nine hundred, one two three")."""
    kept: list[tuple[int, int, str]] = []
    phone_end = None
    for start, end, digits in sorted(said):
        if (phone_end is not None and start <= phone_end + len(", ")) or phone_led(folded, start):
            phone_end = max(phone_end or end, end)
        else:
            kept.append((start, end, digits))
    return kept


class _FoldTable(dict[int, str]):
    """`fold_latin` one character at a time, which is how it folds, as a table `str.translate`
    reads: a message repeats its characters, and folding was most of the guard's time. Each
    character is folded once; the table stops growing at `FOLD_TABLE_SIZE` characters. A digit
    written otherwise ("９", "๙", "①", "❾", "𝟗") is folded to its ASCII digit, so that a code
    typed with an emoji keyboard or in Thai digits is read as one; not a superscript or subscript
    ("m²")."""

    def __missing__(self, code: int) -> str:
        folded = _ascii_digit(chr(code)) or fold_latin(chr(code))
        if len(self) < FOLD_TABLE_SIZE:
            self[code] = folded
        return folded


def _ascii_digit(char: str) -> str | None:
    if char.isascii():
        return None
    digit = unicodedata.digit(char, None)
    if digit is None or unicodedata.decomposition(char).startswith(("<super>", "<sub>")):
        return None
    return str(digit)


_FOLDED = _FoldTable()


def _without_overlaps(findings: list[Finding]) -> list[Finding]:
    """Keep the longest finding where two overlap (a card number beats the OTP inside it)."""
    kept: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.start, -(f.end - f.start))):
        if kept and finding.start < kept[-1].end:
            if finding.end > kept[-1].end:
                kept[-1] = Finding(kept[-1].kind, kept[-1].start, finding.end)
            continue
        kept.append(finding)
    return kept


def redact(text: str) -> tuple[str, list[Finding]]:
    """The text (NFC) with every secret replaced by a placeholder, and what was found."""
    text = unicodedata.normalize("NFC", text)
    findings = find_secrets(text)
    out, position = [], 0
    for finding in findings:
        out += [text[position : finding.start], PLACEHOLDER[finding.kind]]
        position = finding.end
    out.append(text[position:])
    return "".join(out), findings


async def redact_in_time(text: str, deadline_s: float) -> tuple[str, list[Finding]]:
    """`redact` in a worker thread; `CannotCheck` if it takes longer than `deadline_s`."""
    try:
        return await asyncio.wait_for(asyncio.to_thread(redact, text), deadline_s)
    except TimeoutError as exc:
        raise CannotCheck(f"the safety check took longer than {deadline_s} s") from exc
