"""Red flags in pasted messages: named with the words that raised them, and measured on labelled sets."""

from __future__ import annotations

import pytest

from bot.redflags import check_message
from bot.scam_evaluation import DEVSET, DEVSET_2, HOLDOUT, evaluate_scam_checker, load_labelled


def test_a_fake_vneid_sms_shows_each_flag_with_its_words() -> None:
    sms = (
        "[BoCongAn] Tài khoản VNeID của ông/bà sẽ bị khóa trong 24h. Cập nhật tại: https://vneid-capnhat.top"
    )
    result = check_message(sms)
    evidence = {flag.kind: flag.evidence for flag in result.flags}
    assert result.verdict == "likely_scam"
    assert evidence["link"] == "https://vneid-capnhat.top"
    assert {"urgency", "authority", "odd_sender"} <= result.kinds
    assert all(words in sms for words in evidence.values())


def test_text_typed_without_diacritics_is_read_the_same() -> None:
    marked = check_message("Có người xưng công an bảo tôi chuyển tiền vào tài khoản tạm giữ ngay hôm nay")
    plain = check_message("Co nguoi xung cong an bao toi chuyen tien vao tai khoan tam giu ngay hom nay")
    assert marked.kinds == plain.kinds and marked.verdict == plain.verdict == "likely_scam"


def test_a_bank_warning_not_to_share_the_otp_is_not_an_otp_request() -> None:
    result = check_message(
        "Agribank: Ma OTP cua Quy khach la [OTP]. TUYET DOI KHONG cung cap ma nay cho bat ky ai."
    )
    assert "otp_request" not in result.kinds
    assert result.verdict != "likely_scam"


def test_a_thai_call_centre_scam_is_caught() -> None:
    result = check_message(
        "มีคนโทรมาอ้างว่าเป็นตำรวจ บอกว่าบัญชีของยายเกี่ยวกับคดีฟอกเงิน ให้โอนเงินเข้าบัญชีปลอดภัยภายในวันนี้ ห้ามบอกลูกหลาน"
    )
    assert result.verdict == "likely_scam"
    assert {"authority", "money_request", "urgency", "secrecy"} <= result.kinds


def test_an_ordinary_family_message_has_no_signs() -> None:
    assert check_message("Bà ơi tối nay con về ăn cơm nhé, con mua bánh cho bà rồi.").verdict == "no_signs"


@pytest.mark.parametrize("path", [DEVSET, DEVSET_2, HOLDOUT], ids=["devset", "devset-2", "holdout"])
def test_labelled_sets_are_big_enough_and_valid(path) -> None:
    items = load_labelled(path)
    scams = [i for i in items if i.label == "scam"]
    harmless = [i for i in items if i.label == "harmless"]
    assert len(scams) >= 40 and len(harmless) >= 20
    assert {i.lang for i in items} == {"vi", "th"}
    assert all(i.flags for i in scams) and not any(i.flags for i in harmless)


@pytest.mark.parametrize("path", [DEVSET, DEVSET_2], ids=["devset", "devset-2"])
def test_the_verdict_meets_its_targets_on_the_development_sets(path) -> None:
    """The phrase lists were written while reading these sets: this checks nothing regressed."""
    report = evaluate_scam_checker(path)["all"]
    assert report["recall"] >= 0.9
    assert report["false_alarm_rate"] <= 0.1


def test_the_verdict_holds_up_on_messages_its_authors_never_read() -> None:
    """Written by someone else after the phrase lists; looser bars, the figures go in the README."""
    report = evaluate_scam_checker(HOLDOUT)["all"]
    assert report["recall"] >= 0.85
    assert report["false_alarm_rate"] <= 0.2


def test_a_thai_otp_notice_saying_tell_no_one_is_protective_not_secrecy() -> None:
    result = check_message("รหัส OTP ของคุณคือ 551903 ใช้ได้ภายใน 3 นาที ห้ามบอกรหัสนี้แก่ผู้ใด")
    assert "secrecy" not in result.kinds and result.verdict != "likely_scam"


def test_being_told_not_to_hang_up_or_talk_to_anyone_is_pressure_not_a_warning() -> None:
    result = check_message("เจ้าหน้าที่บอกให้เปิดกล้องไว้ ห้ามวางสาย ห้ามคุยกับใคร แล้วโอนเงินเข้าบัญชีที่ให้ไว้")
    assert "secrecy" in result.kinds and not result.protective
    assert result.verdict == "likely_scam"


@pytest.mark.parametrize(
    ("text", "apk"),
    [
        ("ฉันโหลดแอป ThaID จาก Play Store แล้ว ต้องทำอะไรต่อ", False),
        ("Con cài ứng dụng VNeID từ CH Play cho mẹ rồi nhé", False),
        ("เจ้าหน้าที่ให้โหลดแอปจากลิงก์ที่ส่งมาทางไลน์", True),
        ("Họ bảo tôi cài ứng dụng theo đường link họ gửi", True),
    ],
)
def test_an_app_from_the_official_store_is_not_an_app_red_flag(text: str, apk: bool) -> None:
    assert ("apk" in check_message(text).kinds) is apk


def test_a_bank_warning_that_describes_the_tricks_is_not_a_scam_unless_it_sends_you_somewhere() -> None:
    warning = (
        "Ngân hàng cảnh báo: kẻ gian giả danh công an yêu cầu chuyển tiền hoặc cài ứng dụng lạ. "
        "Ngân hàng không bao giờ yêu cầu khách hàng cung cấp OTP."
    )
    assert check_message(warning).verdict != "likely_scam"
    with_link = warning + " Cài ứng dụng bảo vệ tại https://nganhang-baove.top"
    assert check_message(with_link).verdict == "likely_scam"


def test_refusing_transfers_is_not_asking_for_one() -> None:
    result = check_message("ค่าเสื้อกีฬาสีจ่ายที่ห้องธุรการนะคะ ครูไม่รับโอนเข้าบัญชีส่วนตัว")
    assert "money_request" not in result.kinds


def test_buying_phone_cards_and_sending_their_codes_is_a_money_request() -> None:
    result = check_message("Cô mua giùm con 3 thẻ cào Viettel, cào ra chụp mã thẻ gửi con gấp nha")
    assert "money_request" in result.kinds and result.verdict == "likely_scam"
