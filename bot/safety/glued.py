"""Words and digits typed with no space at all: "chau oi maxacthuc118281nhapvaodau",
"socccd048154648482", "thecodeis914799", "482913lamaotp".

Where the letters right before a number end in a word that names a secret (with a copula glued on
or not), or the letters right after it start with one, the guard reads the message with spaces put
back around that word, its copula and the number: "chau oi ma xac thuc 118281 nhapvaodau". Every
rule then reads it as typed with spaces. The longest word wins, so a harmless word that ends in a
secret's word stays harmless ("barcode123456" is a barcode, "malop482913" a class code), and so
does a number with its unit glued on ("pin5000mah").
"""

from __future__ import annotations

import re

from bot.safety.keywords import CATEGORY, Category

SECRET_CATEGORIES: frozenset[Category] = frozenset(
    {"otp", "pin", "cvv", "security", "password", "card", "id"}
)
# Each Latin keyword with its spaces taken out, and where they were: "maxacthuc" -> "ma xac thuc".
GLUED_FORMS: dict[str, tuple[str, Category]] = {}
for _word, _kind in sorted(CATEGORY.items(), key=lambda item: item[1] != "harmless"):
    _form = _word.replace(" ", "")
    if _form.isascii() and _form.replace("-", "").isalpha() and len(_form) >= 2:
        GLUED_FORMS.setdefault(_form, (_word, _kind))
LONGEST_FORM = max(map(len, GLUED_FORMS))
# Latin keywords as typed with their spaces, for a word standing apart before digits glued to the
# words after them: "mã xác thực:798976bà gõ", "OTP: 798976nhé" (see `_word_apart_before`).
SPACED_FORMS = {word for word in CATEGORY if word.isascii()}
LONGEST_SPACED = max(map(len, SPACED_FORMS))
SHORT_FORMS = tuple(form for form in GLUED_FORMS if len(form) <= 6)
# Copulas typed onto the word: "thepinis4827", "mapinla4827", "cvv:731", "482913lamaotp".
COPULAS = ("la:", "is:", "was", "la", "is", ":", "=", "")
# A number glued to letters on either side.
GLUED_NUMBER = re.compile(r"(?<=[a-z:=])\d{3,19}|\d{3,19}(?=[a-z])")
LETTERS_BEFORE = re.compile(r"[a-z:=-]{1,40}$")
LETTERS_AFTER = re.compile(r"[a-z-]{1,40}")
# Between a copula and a secret's word after the number: "731ismycvc", "…lacuaba".
OWNERS = ("my", "the", "your", "cua", "")
# Before a short secret's word glued on (see `_owned`): an owner or a person, or any short keyword.
OWNERS_BEFORE = tuple("my the your our his her cua ba ong me con chau oi toi".split())
LONG_FORM = 5
# Words that other words merely end ("the" in "bathe", "ma" in many): a secret's word only with
# another before or after them ("matmathe", "socccd").
NOT_GLUED_ALONE = frozenset({"the", "so", "id", "ma"})
UNIT_AFTER = re.compile(r"(?:mah|mwh|wh|gb|kg|km|cm|mm|ml|hz|inch|mp)(?![a-z])")
# A password's word with digits glued on, standing where a value stands (after a copula, or as the
# old or new one of a change), is a common password, not the word and a number: "my password is
# password123", "changed my password from password123 to …", "đổi mật khẩu từ matkhau123 sang …".
VALUE_BEFORE = re.compile(r"(?:(?<![a-z])(?:is|was|la|from|to|tu|sang|thanh)|คือ|จาก|เป็น|ว่า|[:=]) ?$")
VALUE_BEFORE_CHARS = 8


def glued_cuts(folded: str) -> list[int]:
    """Where spaces go back in, as positions in `folded` (a space goes before the character there)."""
    cuts: set[int] = set()
    for number in GLUED_NUMBER.finditer(folded):
        start, end = number.span()
        if (start > 0 and folded[start - 1].isdigit()) or (end < len(folded) and folded[end].isdigit()):
            continue
        if UNIT_AFTER.match(folded, end):
            continue  # "pin5000mah": a battery
        if _password_as_a_value(folded, start):
            continue
        word = _word_before(folded, start) or _word_after(folded, end)
        if word is None and _words_after(folded, end) and _word_apart_before(folded, start):
            word = []
        if word is None:
            continue
        cuts.update(
            p for p in (*word, start, end) if 0 < p < len(folded) and " " not in folded[p - 1 : p + 1]
        )
    return sorted(cuts)


def _password_as_a_value(folded: str, start: int) -> bool:
    """The letters glued before the digits are a password's word alone ("password123", "pass1234",
    "matkhau123"), right after a copula or a change's "from"/"to" (see `VALUE_BEFORE`)."""
    letters = LETTERS_BEFORE.search(folded, max(0, start - 40), start)
    if letters is None or (letters.start() > 0 and folded[letters.start() - 1] not in " \t\n\"'“‘("):
        return False
    named = GLUED_FORMS.get(letters.group())
    if named is None or named[1] != "password":
        return False
    return (
        VALUE_BEFORE.search(folded[max(0, letters.start() - VALUE_BEFORE_CHARS) : letters.start()])
        is not None
    )


def _word_before(folded: str, start: int) -> list[int] | None:
    letters = LETTERS_BEFORE.search(folded, max(0, start - 40), start)
    if letters is None:
        return None
    for copula in COPULAS:
        if not letters.group().endswith(copula):
            continue
        end = start - len(copula)
        if (cuts := _longest_ending_at(folded, letters.start(), end)) is not None:
            # a word copula apart ("the pin is 4827"); a sign stays on its word ("cvv: 731")
            return cuts + ([end] if copula.rstrip(":") else [])
    return None


def _words_after(folded: str, end: int) -> bool:
    """Letters glued after the digits that end their word ("798976bà gõ"), not a code's letters and
    digits ("260418KQ7TXB2M", "4215xxxxxxxx7702")."""
    letters = LETTERS_AFTER.match(folded, end)
    return letters is not None and not folded[letters.end() : letters.end() + 1].isalnum()


def _word_apart_before(folded: str, start: int) -> bool:
    """ "mã xác thực:798976bà", "OTP: 798976nhé", "verification code is 798976thanks": a secret's
    word with its spaces, a copula or a colon after it or none, then the digits with words glued on
    after them. The longest keyword ending there decides ("ma giao dich" is a receipt's)."""
    i = start
    if i > 0 and folded[i - 1] == " ":
        i -= 1
    if i > 0 and folded[i - 1] in ":=":
        i -= 1
    elif folded.endswith((" la", " is"), 0, i):
        i -= 3
    if i > 0 and folded[i - 1] == " ":
        i -= 1
    for begin in range(max(0, i - LONGEST_SPACED), i - 1):
        word = folded[begin:i]
        if word in SPACED_FORMS and (begin == 0 or not folded[begin - 1].isalnum()):
            return CATEGORY[word] in SECRET_CATEGORIES
    return False


def _longest_ending_at(folded: str, first: int, end: int, chained: bool = False) -> list[int] | None:
    """The longest keyword the letters end in, if it names a secret. A word that "the", "so" or
    "ma" merely ends is not one, but a secret's word before them is: "matmathe" is "mật mã thẻ"."""
    for begin in range(max(first, end - LONGEST_FORM), end - 1):
        form = folded[begin:end]
        if form in GLUED_FORMS:
            word, kind = GLUED_FORMS[form]
            if begin > first and form in NOT_GLUED_ALONE:
                if chained or (before := _longest_ending_at(folded, first, begin, chained=True)) is None:
                    return None
                return [*before, begin, *_inner_spaces(word, begin)]
            if kind not in SECRET_CATEGORIES or (begin > first and not _owned(folded, first, begin, form)):
                return None
            return [begin, *_inner_spaces(word, begin)]
    return None


def _owned(folded: str, first: int, begin: int, form: str) -> bool:
    """A secret's word after other letters: a long one ("chauoimaxacthuc"), or one after an owner
    or another keyword ("mypin", "thecode", "cardpin", "bamatma"); not the end of a name
    ("Yupin1975" is a password, not "Yu" and a PIN)."""
    return len(form) >= LONG_FORM or any(
        folded.endswith(before, first, begin) for before in (*OWNERS_BEFORE, *SHORT_FORMS)
    )


def _word_after(folded: str, end: int) -> list[int] | None:
    """ "482913lamaotp", "731ismycvc", "079058011642lasocccdcuaba": a copula, an owner and a secret's
    word after the number."""
    letters = LETTERS_AFTER.match(folded, end)
    if letters is None:
        return None
    for copula in COPULAS:
        if not letters.group().startswith(copula) or copula.endswith(":"):
            continue
        for owner in OWNERS:
            begin = end + len(copula) + len(owner)
            if not letters.group().startswith(copula + owner) or begin >= letters.end():
                continue
            if (cuts := _longest_starting_at(folded, begin, letters.end())) is not None:
                return [end + len(copula), begin, *cuts]
    return None


def _longest_starting_at(folded: str, begin: int, last: int, chained: bool = False) -> list[int] | None:
    for stop in range(min(last, begin + LONGEST_FORM), begin + 1, -1):
        form = folded[begin:stop]
        if form in GLUED_FORMS:
            word, kind = GLUED_FORMS[form]
            cuts = [begin, stop, *_inner_spaces(word, begin)]
            if form in NOT_GLUED_ALONE:
                if chained or (after := _longest_starting_at(folded, stop, last, chained=True)) is None:
                    return None
                return cuts + after
            return cuts if kind in SECRET_CATEGORIES else None
    return None


def _inner_spaces(word: str, begin: int) -> list[int]:
    """Where the spaces of a keyword go when it was typed without them."""
    cuts, offset = [], 0
    for part in word.split(" ")[:-1]:
        offset += len(part)
        cuts.append(begin + offset)
    return cuts
