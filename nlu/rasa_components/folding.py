"""Fold Vietnamese to what a keyboard without Vietnamese marks produces.

Shared by the Rasa tokenizer (so "đồng ý" and "dong y" become the same feature) and the lexical
search (so "quen mat khau" finds "quên mật khẩu"). Standard library only: it is imported in both
the application's and the Rasa server's environment.
"""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case without diacritics, đ → d. Apply to Latin-script text only: Thai vowels and tone
    marks are combining characters too, and removing them changes the word."""
    text = text.lower().replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))
