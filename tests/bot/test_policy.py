"""Which flow answers a message, given what the NLU understood and where the conversation is."""

from __future__ import annotations

import pytest

from bot.policy import Decision, decide, normalise_short
from bot.state import ConversationState, Walkthrough
from nlu.client import Intent, NluResult


def understood(intent: str, confidence: float = 0.95) -> NluResult:
    return NluResult(intent=Intent(name=intent, confidence=confidence))


@pytest.fixture
def mid_walkthrough() -> ConversationState:
    return ConversationState(
        lang="vi", walkthrough=Walkthrough(entry_id="vi.vneid.temporary-residence", step=2)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Tiếp đi ạ!", "tiep"), ("tiep tuc nhe", "tiep tuc"), ("ต่อไปค่ะ", "ต่อไป"), ("Next, please.", "next")],
)
def test_short_replies_are_normalised(text: str, expected: str) -> None:
    assert normalise_short(text) == expected


@pytest.mark.parametrize(
    ("text", "move"),
    [
        ("tiếp", "next"),
        ("tiep tuc", "next"),
        ("ต่อไป", "next"),
        ("quay lại", "previous"),
        ("nhắc lại", "repeat"),
        ("khó hiểu quá", "simpler"),
        ("again", "repeat"),
    ],
)
def test_steering_words_move_a_walkthrough_even_without_nlu(text, move, mid_walkthrough) -> None:
    decision = decide(text, None, mid_walkthrough)
    assert (decision.flow, decision.detail) == ("walkthrough", move)


def test_stop_ends_a_walkthrough(mid_walkthrough) -> None:
    assert decide("thôi", None, mid_walkthrough).flow == "stop_walkthrough"


def test_a_question_mid_walkthrough_is_answered_not_taken_as_a_step(mid_walkthrough) -> None:
    decision = decide("quên mật khẩu VNeID thì làm sao", understood("ask_how_to"), mid_walkthrough)
    assert decision.flow == "answer"


@pytest.mark.parametrize(
    "text",
    [
        "tôi lỡ chuyển tiền cho kẻ lừa đảo rồi",
        "lo doc ma otp cho nguoi la roi",
        "I already sent money to the caller",
        "เผลอโอนเงินให้มิจฉาชีพไปแล้ว",
    ],
)
def test_someone_who_already_lost_money_gets_the_emergency_path_first(text, mid_walkthrough) -> None:
    assert decide(text, None, mid_walkthrough).flow == "emergency"
    assert decide(text, understood("report_scam_victim"), ConversationState()).flow == "emergency"


def test_a_pasted_scam_sms_is_checked_even_when_nlu_is_down() -> None:
    sms = (
        "[BoCongAn] Tai khoan dinh danh VNeID cua ong/ba se bi khoa trong 24h. "
        "Cap nhat ngay tai https://vneid-capnhat.top"
    )
    assert decide(sms, None, ConversationState()).flow == "scam_check"


def test_a_harmless_long_message_is_not_treated_as_a_scam() -> None:
    note = (
        "Mẹ ơi con vừa chuyển 2 triệu vào tài khoản của mẹ để mẹ đóng tiền học cho bé Na nha, "
        "mẹ xem giúp con."
    )
    assert decide(note, None, ConversationState()).flow == "answer"


def test_yes_after_an_answer_starts_its_walkthrough() -> None:
    state = ConversationState(last_entry_id="vi.vneid.temporary-residence")
    assert decide("có", understood("affirm"), state).flow == "start_walkthrough"


def test_a_number_picks_one_of_the_offered_lessons() -> None:
    state = ConversationState(choices=["vi.a.b", "vi.c.d"])
    assert (decide("2", None, state).flow, decide("2", None, state).detail) == ("choose", "2")
    assert decide("3", None, state).flow != "choose"


@pytest.mark.parametrize(
    ("text", "intent", "flow"),
    [
        ("cho tôi gặp người thật", None, "handoff"),
        ("nói tiếng Anh đi", None, "change_language"),
        ("xin chào", "greet", "small_talk"),
        ("bạn là người hay máy", "bot_challenge", "bot_challenge"),
        ("cho tôi làm bài kiểm tra", "start_quiz", "quiz"),
        ("xin chào", None, "small_talk"),  # a greeting read from its words when the NLU is down
        ("trời hôm nay đẹp quá", None, "answer"),
    ],
)
def test_intents_pick_their_flow(text, intent, flow) -> None:
    nlu = understood(intent) if intent else None
    assert decide(text, nlu, ConversationState()).flow == flow


def test_low_confidence_small_talk_is_not_trusted() -> None:
    assert decide("trời hôm nay đẹp quá", understood("greet", 0.4), ConversationState()).flow == "answer"


@pytest.mark.parametrize(
    "text",
    [
        "Bác muốn có người gọi điện lại cho bác, nhắn tin khó quá",
        "Please ring me back, I can't manage all this typing",
    ],
)
def test_a_call_back_asked_for_reaches_a_person_even_without_nlu(text: str) -> None:
    assert decide(text, None, ConversationState()).flow == "handoff"
    assert decide(text, understood("ask_is_it_scam", 0.95), ConversationState()).flow == "handoff"


@pytest.mark.parametrize(
    "text",
    [
        "có ai thật sự đang trực không, gọi lại cho bác được không",
        "is anyone real reading this? I'd rather speak on the phone",
        "มีคนจริงๆ ตอบไหมคะ โทรหายายได้ไหม",
    ],
)
def test_someone_real_asked_after_reaches_a_person(text: str) -> None:
    assert decide(text, None, ConversationState()).flow == "handoff"
    assert decide(text, understood("out_of_scope", 0.9), ConversationState()).flow == "handoff"


@pytest.mark.parametrize(
    "text",
    [
        "dạo này ông buồn lắm",
        "I'm so happy today",
        "วันนี้ยายมีความสุขมากจ้ะ",
        "Em tên là gì thế?",
        "hi, what's your name?",
        "หนูชื่ออะไรจ๊ะ",
    ],
)
def test_a_mood_told_or_the_assistants_name_asked_is_small_talk(text: str) -> None:
    decision = decide(text, understood("out_of_scope", 0.9), ConversationState())
    assert decision == Decision("small_talk", "greet")


@pytest.mark.parametrize(
    "text",
    ["vâng cháu, để bác tự làm xem", "okay, let me try it myself", "โอเคค่ะ เดี๋ยวยายลองทำดู"],
)
def test_taking_the_advice_to_try_it_alone_is_no_request_for_a_quiz(text: str) -> None:
    decision = decide(text, understood("start_quiz", 0.9), ConversationState())
    assert decision == Decision("small_talk", "thanks")


@pytest.mark.parametrize("text", ["ok cháu", "dạ vâng", "vâng được rồi", "got it", "รับทราบจ้ะ"])
def test_a_bare_acknowledgement_is_thanks_in_all_but_words(text: str) -> None:
    for nlu in (understood("out_of_scope", 0.9), understood("deny", 0.6), None):
        assert decide(text, nlu, ConversationState()) == Decision("small_talk", "thanks")


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("thôi ông đi tắm đây, mai hỏi tiếp nhé", "goodbye"),
        ("Right, I must go now, more tomorrow", "goodbye"),
        ("ok cháu, ông hiểu rồi", "thanks"),
        ("โอเค ลุงเข้าใจแล้ว", "thanks"),
    ],
)
def test_leaving_for_a_chore_or_saying_it_is_understood_is_small_talk(text: str, detail: str) -> None:
    for nlu in (understood("out_of_scope", 0.9), understood("ask_how_to", 0.6), None):
        assert decide(text, nlu, ConversationState()) == Decision("small_talk", detail)
