"""Words the lessons use, explained in a sentence or two ("passcode là gì", "NFC คืออะไร").

A learner mid-walkthrough who asks what a word means needs the word, not a lesson search that
may land elsewhere. Terms are authored like lessons (`knowledge/glossary/<lang>.yaml`), each with
its sources and review date. A message asks for a term when it is short, asks "what is…", and
names one of the term's aliases as whole words (matched folded, so "mat khau" finds "mật khẩu").
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from knowledge.schema import Language, Source
from knowledge.text import fold_latin
from knowledge.yamlfile import load_yaml

GLOSSARY_DIR = Path(__file__).parent / "glossary"
MAX_QUESTION_CHARS = 80
ASKS_MEANING = re.compile(
    r"\b(la gi|la cai gi|nghia la gi|co nghia la gi|la sao|what is|what's|what are|what does|meaning of"
    r"|what do you mean by)\b|คืออะไร|คือ อะไร|หมายถึงอะไร|แปลว่าอะไร",
    re.IGNORECASE,
)
WORD_BREAK = re.compile(r"[^\w\u0e00-\u0e7f]+")


class Term(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^(vi|th|en)\.glossary\.[a-z0-9-]+$")
    term: str
    aliases: list[str] = Field(min_length=1)
    explanation: str = Field(max_length=400)
    lesson: str | None = None
    sources: list[Source] = Field(min_length=1)
    reviewed_on: dt.date

    @property
    def language(self) -> Language:
        return self.id.split(".", 1)[0]  # type: ignore[return-value]


class Glossary:
    def __init__(self, terms: list[Term] = ()) -> None:  # type: ignore[assignment]
        self._terms = {t.id: t for t in terms}
        self._aliases = {(t.language, _words(alias)): t for t in terms for alias in t.aliases}

    @classmethod
    def from_dir(cls, root: Path = GLOSSARY_DIR) -> Glossary:
        terms: list[Term] = []
        for path in sorted(root.glob("*.yaml")):
            document = load_yaml(path.read_text("utf-8")) or {}
            terms += [Term.model_validate(item) for item in document.get("terms", [])]
        return cls(terms)

    def terms(self) -> list[Term]:
        return list(self._terms.values())

    def get(self, term_id: str) -> Term | None:
        return self._terms.get(term_id)

    def asked(self, text: str, language: Language) -> Term | None:
        """The term a short "what is X?" question names, if the glossary has it."""
        if len(text) > MAX_QUESTION_CHARS or not ASKS_MEANING.search(fold_latin(text)):
            return None
        words = _words(text)
        found = [
            (len(alias), term)
            for (lang, alias), term in self._aliases.items()
            if lang == language and _names(words, alias)
        ]
        return max(found, key=lambda pair: pair[0])[1] if found else None

    def __len__(self) -> int:
        return len(self._terms)


def _names(words: str, alias: str) -> bool:
    """Whole words for scripts with spaces; Thai runs words together, so any place will do."""
    if any("\u0e00" <= char <= "\u0e7f" for char in alias):
        return alias in words
    return f" {alias} " in f" {words} "


def _words(text: str) -> str:
    """Folded, lowercase words separated by single spaces; Thai is left as typed."""
    return " ".join(WORD_BREAK.sub(" ", fold_latin(text).lower()).split())
