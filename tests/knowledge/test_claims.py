"""Claims a learner would act on are found in every language and compared in one form."""

from __future__ import annotations

import pytest

from knowledge.claims import claims_in


def found(text: str) -> set[tuple[str, str]]:
    return {(claim.kind, claim.value) for claim in claims_in(text, "answer")}


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Gọi tổng đài 1900 0368 để được hỗ trợ.", ("number", "19000368")),
        ("โทร 1441 ได้ตลอด 24 ชั่วโมง", ("number", "1441")),
        ("giao dịch trên 10 triệu đồng", ("amount", "10m")),
        ("transfers above 10 million dong", ("amount", "10m")),
        ("โอนเกิน 200,000 บาท ต่อครั้ง", ("amount", "200000thb")),
        ("theo Nghị định 69/2024/NĐ-CP", ("legal", "69/2024")),
        ("Quyết định 2345/QĐ-NHNN", ("legal", "2345/qđ-nhnn")),
        ("xử lý theo Điều 176 Bộ luật Hình sự", ("legal", "article 176")),
        ("report at www.thaipoliceonline.go.th today", ("host", "thaipoliceonline.go.th")),
        ("từ ngày 1/7/2024", ("date", "1/7/2024")),
        ('bấm "Phản ánh" rồi bấm "Hoàn thành"', ("label", "phản ánh")),
    ],
)
def test_each_kind_of_claim_is_found_and_normalised(text: str, claim: tuple[str, str]) -> None:
    assert claim in found(text)


def test_a_year_at_the_end_of_a_sentence_is_a_date_not_a_hotline() -> None:
    assert found("Banks have waived fees since 2018. Always check.") == {("date", "2018")}


def test_counts_and_durations_are_not_claims() -> None:
    assert found("Mã OTP có 6 chữ số, hết hạn sau 5 phút; gọi trong 24 giờ.") == set()


def test_thai_amounts_run_into_the_next_word() -> None:
    assert ("amount", "800m") in found("เสียเงินไปกว่า 800 ล้านบาท")
