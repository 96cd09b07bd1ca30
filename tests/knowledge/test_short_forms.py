"""Shortened Vietnamese words are spelt out before a search, in the question's own way of typing."""

from __future__ import annotations

import pytest

from knowledge.text import expand_short_forms


@pytest.mark.parametrize(
    ("typed", "spelt"),
    [
        ("mk ngân hàng quên r thì lm sao", "mật khẩu ngân hàng quên rồi thì làm sao"),
        ("sdt tong dai vcb la j", "so dien thoai tong dai vcb la gi"),
        ("đổi sđt trên vneid đc ko", "đổi số điện thoại trên vneid được không"),
    ],
)
def test_short_forms_are_spelt_out(typed: str, spelt: str) -> None:
    assert expand_short_forms(typed) == spelt


@pytest.mark.parametrize("typed", ["chuyen 50 k cho chau", "vào trang tk.gov.vn", "mua 2 kg gao"])
def test_amounts_addresses_and_other_words_are_left_alone(typed: str) -> None:
    assert expand_short_forms(typed) == typed
