"""Class codes: eight characters without look-alikes, read in any case and spacing, and never an
ordinary phrase; six-digit codes made before still read as codes."""

from __future__ import annotations

import pytest

from bot.class_codes import ALPHABET, LENGTH, canonical, display, new_code
from bot.policy import decide
from bot.state import ConversationState


def test_new_codes_are_long_unambiguous_and_hold_a_digit() -> None:
    codes = {new_code() for _ in range(2000)}
    assert len(codes) == 2000
    assert all(len(c) == LENGTH and set(c) <= set(ALPHABET) for c in codes)
    assert all(any(ch.isdigit() for ch in c) for c in codes)
    assert not set("01OIL") & set(ALPHABET) and len(ALPHABET) == 31


@pytest.mark.parametrize(
    "text",
    [
        "mã lớp K7MQ-2XPA",
        "Mã lớp: k7mq 2xpa ạ",
        "ma lop k7mq2xpa",
        "mã lớp là K7MQ2XPA",
        "รหัสห้อง K7MQ-2XPA",
        "class code is k7mq-2xpa",
    ],
)
def test_a_code_is_read_in_any_case_and_spacing(text: str) -> None:
    decision = decide(text, None, ConversationState())
    assert (decision.flow, decision.detail) == ("join_class", "K7MQ2XPA")


@pytest.mark.parametrize("text", ["mã lớp 482913", "class code 482913"])
def test_an_old_six_digit_code_is_still_a_code(text: str) -> None:
    assert decide(text, None, ConversationState()).detail == "482913"


@pytest.mark.parametrize("text", ["class code that says", "mã lớp là gì", "class code with four letters"])
def test_words_after_the_keyword_are_not_a_code(text: str) -> None:
    assert decide(text, None, ConversationState()).flow != "join_class"


def test_codes_are_shown_in_two_groups_and_stored_without_them() -> None:
    assert display("K7MQ2XPA") == "K7MQ-2XPA" and display("482913") == "482913"
    assert canonical("k7mq-2xpa") == canonical("K7MQ 2XPA") == "K7MQ2XPA"
