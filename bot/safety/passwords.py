"""Passwords typed after a password word: "mật khẩu Lan@1960", "mk abc789xyz",
"mật khẩu ngân hàng của tôi là Hoa@1958 có an toàn không", "รหัสผ่านคือ abcd1234".

After the keyword, a few words may come first ("ngân hàng của tôi", "for my bank"). A word that
looks like a password (digits, or letters mixed with signs) is one. After a copula ("là", "is",
":", "คือ", "thành"), the next word is the password unless it is an ordinary word: "mật khẩu là
gì" asks a question, "my password is wrong" reports a problem, one Vietnamese syllable is a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.safety.keywords import Keyword

TOKEN = re.compile(r"[\u0e00-\u0e7f]+|[^\s\u0e00-\u0e7f]+")
LOOKAHEAD_TOKENS = 7
LOOKAHEAD_CHARS = 80
EDGE_PUNCTUATION = "\"'“”‘’«»()[]{}.,;!?…:="
COPULAS = frozenset("la is are was = : to thanh sang moi la: is: la= คือ เป็น".split())
THAI_COPULAS = ("คือ", "เป็น")
QUESTION_END = frozenset("gi sao nao what which how why when where อะไร ไหม ยังไง อย่างไร".split())
# Words that follow "password is…" in questions and complaints, not passwords.
ORDINARY = frozenset(
    """
    incorrect invalid required expired changed correct forgotten locked blocked strong secure
    different missing needed mandatory already probably usually stored saved hidden encrypted
    something complicated difficult important private personal confidential because written
    updated accepted rejected working reset resetting wrong weak short simple longer shorter
    enough showing displayed protected compromised leaked stolen hacked safe unsafe easy hard
    actually really still always never sometimes supposed different another please thanks
    letters numbers characters symbols uppercase lowercase digits special minimum maximum
    same similar secret unique complex random typed entered sent received created needed
    sinh ngay dai ngan yeu manh dung sai khong chua roi nhung cac mot hai bay tam chin muoi
    """.split()
)
VIETNAMESE_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)
DATE_OR_AMOUNT = re.compile(r"\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?|[\d.,]+(?:đ|d|k|vnd|%|\$)?")


def passwords(text: str, folded: str, keywords: list[Keyword]) -> Iterator[tuple[str, int, int]]:
    """(kind, start, end) of every password (or all-digit passcode) after a password keyword."""
    for keyword in keywords:
        if keyword.category == "password" and (found := _after(text, folded, keyword.end)):
            start, end = found
            yield ("password", start, end)


def _after(text: str, folded: str, position: int) -> tuple[int, int] | None:
    window_end = min(len(text), position + LOOKAHEAD_CHARS)
    after_copula = False
    for count, token in enumerate(TOKEN.finditer(folded, position, window_end)):
        if count >= LOOKAHEAD_TOKENS:
            return None
        word = token.group()
        if word.startswith(("=", ":")):  # "mật khẩu:Lan@1960"
            after_copula = True
        start, end = _trimmed(text, token.start(), token.end())
        if start == end:
            continue
        value, value_folded = text[start:end], folded[start:end]
        if value_folded in COPULAS or _thai_copula(word):
            after_copula = True
            continue
        if value_folded in QUESTION_END:
            return None
        if _looks_secret(value) or (after_copula and _unusual_word(value, value_folded)):
            return start, end
        if after_copula or word[-1] in ".?!":
            return None
    return None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in EDGE_PUNCTUATION:
        start += 1
    while end > start and text[end - 1] in EDGE_PUNCTUATION:
        end -= 1
    return start, end


def _thai_copula(word: str) -> bool:
    return word.endswith(THAI_COPULAS)


def _looks_secret(value: str) -> bool:
    """Four or more characters with a digit, or letters mixed with signs: "Lan@1960", "abc789"."""
    if len(value) < 4 or DATE_OR_AMOUNT.fullmatch(value.lower()):
        return False
    has_digit = any(c.isdigit() for c in value)
    has_letter = any(c.isalpha() for c in value)
    has_sign = any(not c.isalnum() for c in value)
    return has_digit or (has_letter and has_sign)


def _unusual_word(value: str, folded: str) -> bool:
    """After "là"/"is": a made-up word ("hoahongdo", "sunflower") rather than an ordinary one."""
    if len(value) < 5 or not value.isalpha() or "\u0e00" <= value[0] <= "\u0e7f":
        return False
    return folded not in ORDINARY and not VIETNAMESE_SYLLABLE.fullmatch(folded)
