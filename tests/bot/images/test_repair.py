"""What Tesseract writes is mended into the message's text: lines re-joined, Thai letters it spaced
out joined again, links and numbers cut at the bubble's edge made whole."""

from __future__ import annotations

import pytest

from bot.images.repair import join_thai, repair_read_text
from bot.links.urls import find_links


def test_lines_of_a_bubble_are_joined_and_bubbles_kept_apart() -> None:
    raw = "Hôm nay 09:41\n\nCập nhật thông tin\nngay hôm nay.\n\n"
    assert repair_read_text(raw) == "Hôm nay 09:41\nCập nhật thông tin ngay hôm nay."


def test_a_link_cut_at_the_edge_is_whole_again() -> None:
    text = repair_read_text("Truy cập https://vneid-\ncapnhat.com.vn/xac-thuc để xác thực")
    assert [link.host for link in find_links(text)] == ["vneid-capnhat.com.vn"]


def test_a_link_cut_after_a_dot_keeps_its_real_host() -> None:
    text = repair_read_text("ยืนยันที่ https://krungthai.com.\nsecure-th.online/login ด่วน")
    assert "https://krungthai.com.secure-th.online/login" in text


@pytest.mark.parametrize(
    ("raw", "number"),
    [("Gọi ngay 0912-\n345-678 để nhận", "0912-345-678"), ("Hotline 1900.\n6789 hỗ trợ", "1900.6789")],
)
def test_a_number_cut_after_a_separator_is_joined(raw: str, number: str) -> None:
    assert number in repair_read_text(raw)


def test_a_number_wrapped_at_a_space_keeps_the_space() -> None:
    assert "0912 345 678" in repair_read_text("Liên hệ 0912 345\n678 ngay")


def test_thai_letters_spaced_out_are_joined() -> None:
    assert join_thai("กรุณา ก า ร โ อ น เงิน") == "กรุณา การโอน เงิน"


def test_a_space_that_splits_a_thai_syllable_is_removed() -> None:
    # before a tone mark or a following vowel, after a vowel written first: never a word's edge
    assert join_thai("ชั ่วคราว กรุณ า โอน เ งิน") == "ชั่วคราว กรุณา โอน เงิน"


def test_spaces_between_thai_words_stay() -> None:
    assert join_thai("บัญชีของท่าน ถูกระงับชั่วคราว กรุณายืนยันตัวตน") == ("บัญชีของท่าน ถูกระงับชั่วคราว กรุณายืนยันตัวตน")


def test_thai_lines_are_joined_without_a_space() -> None:
    assert repair_read_text("บัญชีของท่านถูก\nระงับชั่วคราว") == "บัญชีของท่านถูกระงับชั่วคราว"


@pytest.mark.parametrize(
    ("raw", "typed"),
    [
        ("กรุณาช\u0e4d\u0e32ระภายในวันนี้", "กรุณาชำระภายในวันนี้"),
        ("ค\u0e4d\u0e48\u0e32นี้", "ค่ำนี้"),  # a tone mark between the two parts
        ("ค\u0e48\u0e4d\u0e32นี้", "ค่ำนี้"),  # or before them
    ],
)
def test_sara_am_read_as_two_marks_is_one_vowel_again(raw: str, typed: str) -> None:
    """So the red flags' words ("ชำระ", pay) are found in what was read."""
    assert repair_read_text(raw) == typed
