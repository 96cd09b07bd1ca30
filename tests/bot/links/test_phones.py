"""Phone numbers in a question: official hotlines named, nothing ever called safe."""

from __future__ import annotations

import pytest

from bot.links.phones import asks_about_number, find_numbers
from bot.links.texts import PHONE_TEXTS


@pytest.mark.parametrize(
    ("text", "region", "shown", "org"),
    [
        ("số 0912345678 gọi cho tôi", "VN", "0912 345 678", None),
        ("+84 912 345 678 là ai", "VN", "0912 345 678", None),
        ("so 1900.0368 co that khong", "VN", "1900 0368", "vneid"),
        ("เบอร์ 02-111-1111", "TH", "02 111 1111", "krungthai"),
        ("+66 81 234 5678", "TH", "081 234 5678", None),
        ("1441 จริงไหม", "TH", "1441", "royalthaipolice"),
    ],
)
def test_numbers_are_read_as_people_write_them(text: str, region: str, shown: str, org: str | None) -> None:
    [number] = find_numbers(text, region)
    assert number.display == shown
    assert (number.organisation.id if number.organisation else None) == org


def test_amounts_and_years_are_not_phone_numbers() -> None:
    assert find_numbers("tôi chuyển 50.000.000 đồng năm 2024") == []


@pytest.mark.parametrize(
    "text",
    [
        "số 0912345678 gọi cho tôi xưng công an có thật không",
        "so 0987654321 nay cua ai vay",
        "Is this number real? 081-234-5678",
        "เบอร์นี้ 0812345678 ของใครคะ",
    ],
)
def test_a_question_about_a_number_is_recognised(text: str) -> None:
    assert asks_about_number(text, "TH" if "เบอร์" in text or "081" in text else "VN")


@pytest.mark.parametrize("text", ["0912345678", "gọi cho con số 0912345678 nhé", "có thật không"])
def test_a_number_without_a_question_or_a_question_without_a_number_is_not(text: str) -> None:
    assert not asks_about_number(text)


@pytest.mark.parametrize("lang", ["vi", "th", "en"])
def test_an_official_number_still_comes_with_the_spoofing_warning(lang: str) -> None:
    text = PHONE_TEXTS["hotline"][lang]
    assert {"vi": "giả số hiển thị", "th": "ปลอมเบอร์", "en": "fake the number"}[lang] in text
    for claim in ("is safe", "là an toàn", "số này an toàn", "ปลอดภัยแน่นอน"):
        assert claim not in " ".join(PHONE_TEXTS[key][lang] for key in PHONE_TEXTS)
