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
