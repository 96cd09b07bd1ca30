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
        ("Nhap OTP tai vietinbank.vn-xac\nminh.info/otp", "vietinbank.vn-xacminh.info"),  # no scheme
        ("ยืนยันที่ krungsri.com.veri\nfy-th.top", "krungsri.com.verify-th.top"),
        ("ขอคืนเงินที่ pea-คืนเงินประกัน.com ค่ะ", "pea-คืนเงินประกัน.com"),  # Thai vowel marks in the name
        ("ที่นี่kbank-verify.com", "kbank-verify.com"),  # Thai is written without spaces
        ("ตรวจสอบที่www.ไปรษณีย์ไทย-ติดตาม.com", "www.ไปรษณีย์ไทย-ติดตาม.com"),
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


def test_a_file_name_cut_at_a_line_break_is_joined() -> None:
    links = find_links("ดาวน์โหลด https://pea-app.top/PEA\nSmartMeter.apk ได้เลย")
    assert [link.url for link in links] == ["https://pea-app.top/PEASmartMeter.apk"]
    links = find_links("โหลดแอป https://kbank-app.top/K\n_PLUS-new.apk เลย")  # cut before an underscore
    assert [link.url for link in links] == ["https://kbank-app.top/K_PLUS-new.apk"]


@pytest.mark.parametrize(
    "text",
    [
        "Doc tai https://vnexpress.net/tin-moi\nThen call the bank",  # a word, not a file name
        "Hai trang: https://vneid.gov.vn/huong-dan\ndichvucong.gov.vn",  # an address of its own
        "Hai trang: vneid.gov.vn\ndichvucong.gov.vn",
        "phiên bản v1.2\nwww.example.com",  # "v1" is no address, so nothing was cut after one
    ],
)
def test_separate_lines_stay_separate(text: str) -> None:
    hosts = [link.host for link in find_links(text)]
    assert len(hosts) == len(set(hosts)) and all("\n" not in h for h in hosts)
    assert len(hosts) == text.count(".gov.vn") + text.count("vnexpress") + text.count("example")
