"""Scripted multi-turn conversations through POST /api/v1/chat, with the real Rasa NLU server.

Each test is one learner's conversation, written the way elderly learners type: short, often
without diacritics. Replies are checked for what the learner sees: the step label, the warning,
the order of the emergency actions.
"""

from __future__ import annotations

import logging
import re

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from bot.tables import Handoff, UnansweredQuestion
from tests.bot.conftest import buttons_of, text_of

pytestmark = pytest.mark.rasa

STEP = re.compile(r"^(Bước|ขั้นที่|Step) (\d+)/(\d+)")


def step_of(reply: dict) -> tuple[int, int]:
    match = STEP.match(reply["messages"][0]["text"])
    assert match, f"not a step: {text_of(reply)[:120]}"
    return int(match.group(2)), int(match.group(3))


def rows(settings, table) -> list:
    with Session(create_engine(settings.sqlalchemy_url)) as session:
        return list(session.scalars(select(table)))


class TestVietnamese:
    def test_a_walkthrough_goes_one_step_at_a_time(self, learner) -> None:
        ba = learner("ba-tam")
        answer = ba.says("làm sao đăng ký tạm trú trên VNeID")
        assert answer["entry_id"] == "vi.vneid.temporary-residence"
        assert "Hướng dẫn từng bước" in buttons_of(answer)
        assert step_of(ba.says("tiếp")) == (1, 8)
        assert step_of(ba.says("tiếp")) == (2, 8)
        assert step_of(ba.says("quay lai")) == (1, 8)
        assert step_of(ba.says("tiep di")) == (2, 8)
        assert step_of(ba.says("nhắc lại")) == (2, 8)

    def test_simpler_wording_and_stop(self, learner) -> None:
        ong = learner("ong-ba")
        ong.says("dang ky tam tru tren vneid")
        ong.presses("Hướng dẫn từng bước")
        for _ in range(3):
            ong.says("tiếp")
        plain = ong.says("khó hiểu quá")
        assert step_of(plain) == (4, 8)
        assert "Làm cho chính mình" in text_of(plain)
        assert "dừng" in text_of(ong.says("thôi")).lower()

    def test_an_interruption_is_answered_then_tiep_tuc_resumes(self, learner) -> None:
        co = learner("co-hai")
        co.says("làm sao đăng ký tạm trú trên VNeID")
        co.says("tiếp")
        assert step_of(co.says("tiếp")) == (2, 8)
        detour = co.says("quên mật khẩu VNeID thì làm sao")
        assert detour["entry_id"] == "vi.vneid.forgot-password"
        assert "Làm tiếp Bước 2/8" in buttons_of(detour)
        assert step_of(co.says("tiếp tục")) == (2, 8)
        assert step_of(co.says("tiếp")) == (3, 8)

    def test_the_walkthrough_survives_a_server_restart(self, make_client, live_settings) -> None:
        from tests.bot.conftest import Learner

        before = Learner(make_client(live_settings), "chu-nam")
        before.says("dang ky tam tru tren vneid")
        before.says("tiep")
        assert step_of(before.says("tiep")) == (2, 8)
        before.client.__exit__(None, None, None)  # the server stops; its state is only in the database

        after = Learner(make_client(live_settings), "chu-nam")
        greeting = after.says("xin chào")
        assert "Làm tiếp Bước 2/8" in buttons_of(greeting)
        assert step_of(after.says("tiếp tục")) == (2, 8)
        assert step_of(after.says("tiếp")) == (3, 8)

    def test_a_typed_otp_is_warned_about_and_redacted(self, learner) -> None:
        bac = learner("bac-sau")
        reply = bac.says("ngân hàng gọi bảo đọc mã OTP 482913 cho họ, có phải lừa đảo không")
        assert reply["redacted"] == ["otp"]
        assert reply["messages"][0]["text"].startswith("⚠️")
        assert "482913" not in str(reply)

    def test_a_pasted_scam_sms_gets_flags_advice_and_where_to_report(self, learner) -> None:
        di = learner("di-tu")
        reply = di.says(
            "Tin nhắn này có phải lừa đảo không: EVN thong bao: Ho gia dinh ong/ba con no tien dien. "
            "Dien se bi cat trong hom nay neu khong thanh toan. Thanh toan ngay tai: evn-thanhtoan.online"
        )
        text = text_of(reply)
        assert text.startswith("Tin này có nhiều dấu hiệu lừa đảo")
        assert "evn-thanhtoan.online" in text and "Có đường link để bấm" in text
        assert "đừng bấm link" in text
        assert "5656" in text and reply["entry_id"] == "vi.scams.where-to-report"
        assert reply["sources"]

    def test_after_losing_money_the_ordered_actions_come_first(self, learner) -> None:
        me = learner("me-bay")
        reply = me.says("tôi lỡ chuyển tiền cho kẻ lừa đảo rồi, giờ làm sao")
        first = reply["messages"][0]["text"]
        assert first.startswith("Làm ngay những việc này, theo thứ tự:")
        assert first.index("1. Gọi ngay tổng đài ngân hàng") < first.index("4. Đến công an")
        assert reply["entry_id"] == "vi.payments.sent-money-to-scammer"
        assert "Gặp người thật" in buttons_of(reply)

    def test_shared_otp_leads_to_the_lock_your_account_steps(self, learner) -> None:
        reply = learner("chu-tam").says("lỡ đọc mã OTP cho người lạ rồi")
        assert reply["entry_id"] == "vi.scams.shared-otp-or-clicked-link"
        assert "1. Ngừng nói chuyện" in reply["messages"][0]["text"]

    def test_asking_for_a_person_flags_the_conversation(self, learner, live_settings) -> None:
        reply = learner("co-chin").says("cho tôi nói chuyện với người thật")
        assert "tình nguyện viên" in text_of(reply)
        [handoff] = rows(live_settings, Handoff)
        assert (handoff.learner_id, handoff.status, handoff.language) == ("co-chin", "waiting", "vi")

    def test_an_unanswerable_question_is_admitted_and_recorded(self, learner, live_settings) -> None:
        reply = learner("bac-muoi").says("công thức nấu phở bò ngon")
        assert "chưa biết trả lời" in text_of(reply)
        assert "Gặp người thật" in buttons_of(reply)
        [question] = rows(live_settings, UnansweredQuestion)
        assert question.text == "công thức nấu phở bò ngon" and question.status == "open"

    def test_switching_language_on_request(self, learner) -> None:
        chi = learner("chi-ut")
        assert "English" in text_of(chi.says("nói tiếng Anh đi"))
        assert chi.says("xin chào")["lang"] == "en"


class TestThai:
    def test_a_walkthrough_with_thai_words(self, learner) -> None:
        yai = learner("yai-somsri")
        answer = yai.says("ลงทะเบียนไทยดีเองยังไงคะ")
        assert answer["entry_id"] == "th.thaid.register-yourself"
        assert step_of(yai.presses("สอนทีละขั้น")) == (1, 7)
        assert step_of(yai.says("ต่อไป")) == (2, 7)
        assert step_of(yai.says("ย้อนกลับ")) == (1, 7)

    def test_a_thai_scam_sms_points_to_1441(self, learner) -> None:
        reply = learner("ta-chai").says(
            "ข้อความนี้หลอกลวงไหม: PEA แจ้งคืนเงินประกันการใช้ไฟฟ้า 2,000 บาท "
            "ลงทะเบียนรับเงินคืนภายในวันนี้ที่ https://pea-refund.online"
        )
        text = text_of(reply)
        assert text.startswith("ข้อความนี้มีสัญญาณของมิจฉาชีพ")
        assert "pea-refund.online" in text and "1441" in text
        assert reply["lang"] == "th"

    def test_after_transferring_money_the_bank_comes_first(self, learner) -> None:
        reply = learner("pa-noi").says("ยายเผลอโอนเงินให้มิจฉาชีพไปแล้ว ทำยังไงดี")
        first = reply["messages"][0]["text"]
        assert first.startswith("ทำสิ่งเหล่านี้ทันที")
        assert first.index("1. โทรหาธนาคาร") < first.index("2. โทร 1441")

    def test_an_interruption_then_resume(self, learner) -> None:
        ta = learner("ta-boon")
        ta.says("ลงทะเบียนไทยดีเองยังไงคะ")
        ta.says("ต่อไป")
        assert step_of(ta.says("ต่อไป")) == (2, 7)
        detour = ta.says("1441 คือเบอร์อะไรคะ")
        assert detour["entry_id"] == "th.scams.hotline-1441"
        assert "ทำต่อขั้นที่ 2/7" in buttons_of(detour)
        assert step_of(ta.says("ต่อไป")) == (2, 7)

    def test_asking_for_a_person_and_an_unknown_question(self, learner, live_settings) -> None:
        ya = learner("ya-mali")
        assert "คนจริงจะอ่านข้อความที่ผ่านมา" in text_of(ya.says("ขอคุยกับเจ้าหน้าที่หน่อยค่ะ"))
        dont_know = ya.says("สูตรต้มยำกุ้งทำยังไง")
        assert "ยังตอบคำถามนี้ไม่ได้" in text_of(dont_know) and dont_know["lang"] == "th"
        assert [h.language for h in rows(live_settings, Handoff)] == ["th"]
        assert [q.language for q in rows(live_settings, UnansweredQuestion)] == ["th"]

    def test_a_typed_otp_is_warned_about(self, learner) -> None:
        reply = learner("lung-ma").says("รหัส OTP คือ 551234 ต้องบอกเจ้าหน้าที่ไหม")
        assert reply["redacted"] == ["otp"] and "551234" not in str(reply)
        assert reply["messages"][0]["text"].startswith("⚠️ ข้อความของคุณมีรหัส OTP")


class TestEnglish:
    def test_a_walkthrough_in_english(self, learner) -> None:
        guest = learner("guest-1")
        answer = guest.says("How do I report a spam call in Vietnam?")
        assert answer["entry_id"] == "en.scams.vietnam-report-spam-5656"
        assert step_of(guest.says("next")) == (1, 4)
        assert step_of(guest.says("next")) == (2, 4)
        assert step_of(guest.says("repeat")) == (2, 4)

    def test_after_sending_money_the_actions_come_first(self, learner) -> None:
        """The first calls differ by country: asked once, one press, then the actions."""
        guest = learner("guest-2")
        asked = guest.says("I already sent money to a scammer, what do I do?")
        assert buttons_of(asked) == ["Vietnam", "Thailand"]
        reply = guest.presses("Vietnam")
        assert reply["messages"][0]["text"].startswith(
            "Do these things now, in this order:\n1. Call your bank"
        )

    def test_a_forwarded_scam_text_is_checked(self, learner) -> None:
        reply = learner("guest-5").says(
            "Is this a scam? URGENT: your bank account will be locked today. "
            "Verify now at http://secure-bank-verify.top and enter your password."
        )
        text = text_of(reply)
        assert text.startswith("This has several signs of a scam")
        assert "A link to tap" in text and "Asks for a password" in text
        assert "5656" in text or "1441" in text

    def test_switching_to_vietnamese(self, learner) -> None:
        guest = learner("guest-6")
        reply = guest.says("please speak Vietnamese")
        assert reply["lang"] == "vi" and "tiếng Việt" in text_of(reply)

    def test_asking_for_a_person(self, learner) -> None:
        reply = learner("guest-3").says("I want to talk to a real person")
        assert "A real person will read the messages so far" in text_of(reply)

    def test_a_bot_question_is_answered_honestly(self, learner) -> None:
        reply = learner("guest-4").says("are you a robot?")
        assert "not a person" in text_of(reply)


SECRETS = {
    "ma OTP la 731904 co phai ngan hang gui khong": "731904",
    "mật khẩu VNeID của tôi là Lan@1960 có an toàn không": "Lan@1960",
    "số thẻ của tôi 4111 1111 1111 1111 bị khóa": "4111 1111 1111 1111",
    "รหัส OTP คือ 551234 ต้องบอกเจ้าหน้าที่ไหม": "551234",
    "my PIN is 8642, is that safe?": "8642",
}


@pytest.fixture
def file_log(live_settings):
    """Log everything, at debug level, to the app's log file, as `hocvuso serve` does."""
    live_settings.log_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(live_settings.log_dir / "hocvuso.log")
    root = logging.getLogger()
    previous = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield handler
    root.removeHandler(handler)
    root.setLevel(previous)
    handler.close()


def test_no_typed_secret_reaches_the_database_or_any_log(
    learner, live_settings, rasa_server, file_log
) -> None:
    elder = learner("elder-secrets")
    for text, secret in SECRETS.items():
        reply = elder.says(text)
        assert reply["redacted"], text
        assert secret not in str(reply)
    file_log.flush()
    written = [p for p in live_settings.var_dir.rglob("*") if p.is_file()] + [rasa_server.config.log_file]
    assert any(p.suffix == ".db" for p in written) and any(p.name == "hocvuso.log" for p in written)
    everything = b"".join(p.read_bytes() for p in written if p.exists())
    assert b"flow=" in everything  # the log did record the turns
    leaked = [s for s in SECRETS.values() if s.encode() in everything]
    assert leaked == []
