"""Turn text into the terms lexical search matches on, per language.

Vietnamese is folded (lower case, no diacritics, đ → d) so "quen mat khau" matches
"quên mật khẩu", and indexed as syllables plus syllable pairs, which stand in for the
two-syllable words Vietnamese is made of ("mật khẩu" → "mat_khau"). Thai has no spaces
between words and is segmented with PyThaiNLP through spaCy's Thai tokenizer. English goes
through spaCy's English tokenizer.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import pairwise

from nlu.rasa_components.folding import fold

WORD = re.compile(r"\w+", re.UNICODE)


def vietnamese_terms(text: str) -> list[str]:
    syllables = WORD.findall(fold(text))
    return syllables + [f"{a}_{b}" for a, b in pairwise(syllables)]


@lru_cache(maxsize=2)
def _spacy(lang: str):
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a declared dependency
        raise ImportError("spaCy is needed for Thai and English search: pip install spacy") from exc
    try:
        return spacy.blank(lang)
    except ImportError as exc:
        raise ImportError("Thai segmentation needs PyThaiNLP: pip install pythainlp") from exc


def thai_terms(text: str) -> list[str]:
    doc = _spacy("th")(text.lower())
    return [t.text for t in doc if not (t.is_space or t.is_punct) and t.text.strip()]


def english_terms(text: str) -> list[str]:
    doc = _spacy("en")(text.lower())
    return [t.text for t in doc if not (t.is_space or t.is_punct)]


def terms(text: str, lang: str) -> list[str]:
    if lang == "th":
        return thai_terms(text)
    if lang == "en":
        return english_terms(text)
    return vietnamese_terms(text)


def strip_diacritics(text: str) -> str:
    """The same text as typed on a keyboard without Vietnamese marks (case kept)."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def fold_latin(text: str) -> str:
    """Fold Latin letters one by one and leave Thai alone: the result has the same length, so a
    match found in it points at the same characters of the original."""
    out = []
    for char in text:
        if "\u0e00" <= char <= "\u0e7f":
            out.append(char)
            continue
        folded = fold(char)
        out.append(folded if len(folded) == 1 else (char.lower()[:1] or char))
    return "".join(out)


# Words Vietnamese learners shorten when they type fast ("mk vneid quen r, lay lai = so dt dc k"),
# spelt out before a search: the lessons are written in full, and the embedding model reads "mk"
# as nothing. Only shortenings with one common meaning in a learner's question; "dk" (được or
# đăng ký), "bn" (bạn or bao nhiêu) and "k" after a number ("50 k", thousand) are left alone.
SHORT_FORMS = {
    "mk": "mật khẩu",
    "pass": "mật khẩu",
    "tk": "tài khoản",
    "stk": "số tài khoản",
    "ck": "chuyển khoản",
    "sdt": "số điện thoại",
    "dt": "điện thoại",
    "dth": "điện thoại",
    "dc": "được",
    "k": "không",
    "ko": "không",
    "kh": "không",
    "khg": "không",
    "hok": "không",
    "khum": "không",
    "r": "rồi",
    "j": "gì",
    "z": "vậy",
    "ntn": "như thế nào",
    "vs": "với",
    "ng": "người",
    "mn": "mọi người",
    "lm": "làm",
    "trc": "trước",
    "ns": "nói",
    "bik": "biết",
    "hnay": "hôm nay",
    "tn": "tin nhắn",
    "dky": "đăng ký",
    "cccd": "căn cước công dân",
    "cmnd": "chứng minh nhân dân",
    "mxh": "mạng xã hội",
    "zl": "Zalo",
    "fb": "Facebook",
}
SHORT_FORM = re.compile(
    r"(?<![\w/.@-])(?<!\d )("
    + "|".join(sorted(SHORT_FORMS, key=len, reverse=True)).replace("d", "[dđ]")
    + r")(?![\w/.@-])",
    re.IGNORECASE,
)


def expand_short_forms(text: str) -> str:
    """A Vietnamese question with its shortened words spelt out, with marks if the question has
    any ("mk vneid quên r" → "mật khẩu vneid quên rồi"), else without ("mk quen r" → "mat khau
    quen roi"), like the two ways the lessons' questions are indexed."""
    marked = fold(text) != text.lower()

    def spelt(match: re.Match[str]) -> str:
        full = SHORT_FORMS[fold(match.group(1))]
        return full if marked else strip_diacritics(full)

    return SHORT_FORM.sub(spelt, text)
