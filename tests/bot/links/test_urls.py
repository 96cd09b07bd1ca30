"""Links found in what learners paste, repaired the way screenshots and SMS break them."""

from __future__ import annotations

import pytest

from bot.links.urls import find_links


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Cap nhat tai: https://vneid-\ncapnhat.com.vn/xac-thuc ngay.", "vneid-capnhat.com.vn"),
        ("https://vneid-cap\nnhat.com.vn", "vneid-capnhat.com.vn"),
        ("truy cập vneid.\ngov.vn nhé", "vneid.gov.vn"),
        ("KBank: ยืนยันที่ kbank-\ncare.com", "kbank-care.com"),
        ("Xem tại https://dichvucong.gov.vn.\ncom/nop-phat", "dichvucong.gov.vn.com"),
        ("vào link (vneid-capnhat.com.vn).", "vneid-capnhat.com.vn"),
        ("HTTPS://VNEID-CAPNHAT.COM.VN/XAC-THUC", "vneid-capnhat.com.vn"),
        ("website giả mạo sbvhn[.]com", "sbvhn.com"),
        ("http://xn--vnid-w4d.com", "vnеid.com"),
        ("kiểm tra https://krungthai.com.\nsecure-th.online/", "krungthai.com.secure-th.online"),
        ("kiểm tra https://krungthai.com\n.secure-th.online/", "krungthai.com.secure-th.online"),
        ("https://agribank.com.vn.xacminh\n-the.info", "agribank.com.vn.xacminh-the.info"),
        ("https://krungthai.com.secu\nre-th.online", "krungthai.com.secure-th.online"),
    ],
)
def test_the_link_is_found_whole(text: str, host: str) -> None:
    assert [link.host for link in find_links(text)] == [host]


def test_a_sentence_ending_after_a_link_is_not_joined_to_the_next_line() -> None:
    links = find_links("Vào https://vneid.gov.vn.\nRồi bấm Đăng nhập")
    assert [link.host for link in links] == ["vneid.gov.vn"]


def test_words_with_dots_are_not_links() -> None:
    assert find_links("xong.Bạn ơi, file.txt, phiên bản v1.2, giá 3.5 triệu") == []


def test_trailing_punctuation_is_dropped_but_a_closing_bracket_of_the_link_kept() -> None:
    links = find_links("Nguồn: https://en.wikipedia.org/wiki/Foo_(bar)), và https://bit.ly/abc!")
    assert [link.written for link in links] == [
        "https://en.wikipedia.org/wiki/Foo_(bar)",
        "https://bit.ly/abc",
    ]
