"""The glossary: sourced, pointing at lessons that exist, and found for "what is…?" questions."""

from __future__ import annotations

import pytest

from knowledge.glossary import Glossary
from knowledge.loader import load_entries


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return Glossary.from_dir()


def test_every_term_is_sourced_and_points_at_a_published_lesson_in_its_language(glossary: Glossary) -> None:
    published = {e.id: e for e in load_entries().entries if e.is_live}
    terms = glossary.terms()
    assert {t.language for t in terms} == {"vi", "th", "en"}
    for term in terms:
        assert term.sources and term.reviewed_on
        assert all(alias == alias.lower() for alias in term.aliases), term.id
        if term.lesson:
            assert term.lesson in published and published[term.lesson].language == term.language, term.id


@pytest.mark.parametrize(
    ("question", "lang", "term"),
    [
        ("passcode là gì", "vi", "vi.glossary.passcode"),
        ("muc 2 la gi vay", "vi", "vi.glossary.muc-2"),
        ("Mẫu CT01 là gì ạ?", "vi", "vi.glossary.mau-ct01"),
        ("nfc la cai gi", "vi", "vi.glossary.nfc"),
        ("พร้อมเพย์คืออะไรคะ", "th", "th.glossary.promptpay"),
        ("what's NFC", "en", "en.glossary.nfc"),
    ],
)
def test_a_short_what_is_question_finds_its_term(
    glossary: Glossary, question: str, lang: str, term: str
) -> None:
    found = glossary.asked(question, lang)
    assert found is not None and found.id == term


@pytest.mark.parametrize(
    "question",
    [
        "tôi quên passcode rồi làm sao",  # a how-to, for the lessons
        "passcode là gì mà sao hôm qua tôi nhập mấy lần nó khóa luôn không cho vào, giờ phải làm sao đây",
        "mật khẩu là gì",  # no such term
    ],
)
def test_other_messages_are_left_to_the_lessons(glossary: Glossary, question: str) -> None:
    assert glossary.asked(question, "vi") is None
