"""How the router weighs its evidence, without a Rasa server: cues, confidence and lessons."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bot.flows.country import infer
from bot.policy import OFFER_CHECK, OFFER_EMERGENCY, Decision, decide
from bot.routing.evidence import read_cues
from bot.routing.thresholds import load_thresholds
from bot.state import ConversationState, Walkthrough
from nlu.client import Intent, NluResult


@dataclass
class Lesson:
    id: str

    @property
    def topic(self) -> str:
        return self.id.split(".")[1]


@dataclass
class Found:
    entry: Lesson
    score: float = 1.2


def heard(intent: str, confidence: float = 0.99) -> NluResult:
    return NluResult(intent=Intent(name=intent, confidence=confidence))


def found(*ids: str) -> list[Found]:
    return [Found(Lesson(i)) for i in ids]


@pytest.mark.parametrize(
    "text",
    [
        "hôm qua tôi lỡ bấm vào link rồi nhập mật khẩu ngân hàng",
        "ba toi chuyen 40 trieu cho dua xung vien kiem sat roi",
        "my mum transferred 20,000 baht to a man who said he was police and now he blocked her",
        "เมื่อเช้าเผลอกดลิงก์ในไลน์ไปแล้วค่ะ",
    ],
)
def test_harm_said_in_words_is_an_emergency_unless_the_classifier_rules_it_out(text: str) -> None:
    agrees = NluResult(
        intent=Intent(name="ask_how_to", confidence=0.8),
        ranking=[
            Intent(name="ask_how_to", confidence=0.8),
            Intent(name="report_scam_victim", confidence=0.15),
        ],
    )
    assert decide(text, agrees, ConversationState()).flow == "emergency"
    assert decide(text, None, ConversationState()).flow == "emergency"  # NLU down: words decide
    ruled_out = decide(text, heard("ask_how_to", 0.999), ConversationState())
    assert (ruled_out.flow, ruled_out.detail) == ("answer", OFFER_EMERGENCY)


@pytest.mark.parametrize(
    "text",
    [
        "giả sử lỡ chuyển tiền cho kẻ lừa đảo thì làm gì",
        "suýt nữa tôi chuyển tiền cho nó, may mà con gái cản",
        "I haven't sent anything yet, the caller wants 2 million dong",
        "ยังไม่ได้โอนนะคะ แค่เขาโทรมาขู่",
    ],
)
def test_harm_denied_or_imagined_is_not_an_emergency(text: str) -> None:
    decision = decide(
        text, heard("report_scam_victim", 0.95), ConversationState(), found("vi.scams.where-to-report")
    )
    assert decision.flow != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "Co nguoi tren zalo noi con toi bi tai nan can 20 trieu mo gap. Gui duoc khong ca nha?",
        "bà có nên chuyển luôn 5 triệu cho cháu đó không, chuyển được không",
        "A man on LINE says my grandson needs 30,000 baht bail. Should I send it?",
        "มีคนบอกว่าหลานโดนจับ ต้องใช้เงินประกัน 30,000 บาท โอนดีไหมคะ",
    ],
)
def test_asked_whether_to_send_is_not_yet_sent(text: str) -> None:
    """Even a classifier sure of harm: nothing has gone yet, and the learner asks."""
    assert decide(text, heard("report_scam_victim", 0.9), ConversationState()).flow != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "hom nay bac buon qua, noi chuyen voi chau chut cho vui",
        "chiều nay ông muốn trò chuyện một chút thôi",
        "ke chuyen cuoi cho ba nghe di",
    ],
)
def test_talk_is_not_a_transfer(text: str) -> None:
    """ "nói chuyện" is talk: with nothing at stake, not even a sure classifier calls it harm."""
    assert decide(text, heard("report_scam_victim", 0.9), ConversationState()).flow != "emergency"


def test_a_sure_classifier_is_enough_and_a_less_sure_one_offers_the_steps() -> None:
    text = "chuyện là vầy, giờ tôi phải làm sao đây"
    lesson = found("vi.vneid.passcode-locked")
    threshold = load_thresholds().victim_sure
    sure = decide(text, heard("report_scam_victim", threshold), ConversationState(), lesson)
    unsure = decide(text, heard("report_scam_victim", threshold - 0.1), ConversationState(), lesson)
    assert sure.flow == "emergency"
    assert (unsure.flow, unsure.detail) == ("answer", OFFER_EMERGENCY)


def test_a_denial_holds_back_all_but_a_certain_classifier() -> None:
    text = "tôi chưa chuyển đồng nào, nó cứ gọi đòi tiền"
    thresholds = load_thresholds()
    assert thresholds.victim_sure < 0.99 < thresholds.victim_despite_denial
    assert decide(text, heard("report_scam_victim", 0.99), ConversationState()).flow == "answer"
    certain = heard("report_scam_victim", thresholds.victim_despite_denial)
    assert decide(text, certain, ConversationState()).flow == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "nó bắt tôi nộp tiền phạt vào tài khoản của nó, tôi chưa nộp, giờ làm sao",
        "ong ta doi chuyen tien bao lanh, toi chua chuyen, gio toi lam gi day",
        "เขาสั่งให้โอนเงินค่าปรับ ยังไม่ได้โอน ต้องทำยังไงคะ",
    ],
)
def test_a_denial_that_ends_asking_what_to_do_holds_back_even_a_certain_classifier(text: str) -> None:
    certain = heard("report_scam_victim", load_thresholds().victim_despite_denial)
    assert decide(text, certain, ConversationState()).flow != "emergency"


def test_a_learners_own_code_is_not_taken_for_harm() -> None:
    decision = decide(
        "mã OTP của tôi là [OTP], nhập vào đâu",
        heard("report_scam_victim", 0.95),
        ConversationState(),
        found("vi.scams.shared-otp-or-clicked-link"),
        secrets=["otp"],
    )
    assert decision.flow == "answer"


@pytest.mark.parametrize(
    "text",
    [
        "[VCB] Tai khoan cua Quy khach bi tam khoa. Truy cap vcb-hotro.top de xac minh",
        'có ai nhắn: "Chúc mừng bạn trúng thưởng xe máy, nộp phí 500k để nhận" thật không',
        "TPBank: TK 0123xxx789 +2,500,000VND. SD: 7,340,210VND",
    ],
)
def test_a_pasted_message_is_judged(text: str) -> None:
    assert decide(text, heard("ask_how_to", 0.6), ConversationState()).flow == "scam_check"


def test_a_question_about_scams_is_answered_with_the_check_a_press_away() -> None:
    decision = decide(
        "ngân hàng có gửi link qua tin nhắn không", heard("ask_is_it_scam"), ConversationState()
    )
    assert (decision.flow, decision.detail) == ("answer", OFFER_CHECK)


def test_after_check_a_message_the_next_message_is_judged() -> None:
    assert decide("ok ban oi", None, ConversationState(checking=True)).flow == "scam_check"


def test_a_word_asked_mid_walkthrough_is_explained_not_searched() -> None:
    walking = ConversationState(walkthrough=Walkthrough(entry_id="vi.vneid.temporary-residence", step=2))
    hits = found("vi.payments.no-nfc-phone")
    decision = decide("NFC là gì", heard("ask_how_to"), walking, hits, term="vi.glossary.nfc")
    assert (decision.flow, decision.detail) == ("glossary", "vi.glossary.nfc")


def test_outside_a_walkthrough_a_lesson_about_the_word_comes_first() -> None:
    hits = found("vi.vneid.what-is-vneid")
    decision = decide("VNeID là gì", heard("ask_how_to"), ConversationState(), hits, term="vi.glossary.vneid")
    assert decision.flow == "answer"
    alone = decide("NFC là gì", heard("ask_how_to"), ConversationState(), term="vi.glossary.nfc")
    assert alone.flow == "glossary"


def test_steering_words_with_no_walkthrough_open_are_offered_a_way_back() -> None:
    assert decide("nhắc lại", None, ConversationState()).flow == "steer"


def test_cues_of_a_pasted_message_and_of_one_pointed_at() -> None:
    assert read_cues("From: Kasikorn\nyour account is locked").pasted
    assert read_cues("có người gọi xưng công an bảo tôi chuyển tiền").about_message
    assert not read_cues("làm sao cài VNeID").about_message


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("I'm in Bangkok, where to report", "th"),
        ("paid 200k dong at a shop in Hoi An", "vn"),
        ("hello", None),
    ],
)
def test_an_english_speakers_country_is_read_from_place_money_and_apps(
    text: str, country: str | None
) -> None:
    assert infer(text) == country


def test_words_of_harm_inside_a_pasted_message_are_not_the_learners() -> None:
    text = (
        'Cái này thật không: "Trung tâm hỗ trợ nạn nhân: chúng tôi lấy lại tiền bị lừa mất cho bạn, '
        'chỉ cần đóng phí 2 triệu, liên hệ ngay 0901234567" '
    )
    assert decide(text, heard("ask_is_it_scam"), ConversationState()).flow == "scam_check"


def test_harm_visible_now_outweighs_a_denial() -> None:
    text = "người ta bảo tôi cài ứng dụng hỗ trợ, giờ họ đang thao tác trên máy tôi mà tôi không tắt được"
    assert decide(text, heard("ask_how_to"), ConversationState()).flow == "emergency"


def test_a_procedure_question_about_a_message_received_gets_a_lesson() -> None:
    text = "toi vua nhan tin nhan ho so da duoc duyet, gio kich hoat tai khoan lam sao"
    assert decide(text, heard("ask_is_it_scam"), ConversationState()).flow == "answer"


def test_apostrophes_in_english_are_not_quotes() -> None:
    text = "I've heard people stick fake QR codes on stalls and I don't know how to check, what's safe?"
    assert not read_cues(text).pasted


def test_a_message_forwarded_bare_is_judged_even_without_a_sender_tag() -> None:
    text = "Tuyen CTV lam tai nha, moi ngay 500k, khong can von, lien he zalo de nhan viec ngay hom nay."
    assert decide(text, heard("ask_is_it_scam", 0.9), ConversationState()).flow == "scam_check"
    asked = "viec lam tai nha moi ngay 500k khong can von co that khong moi nguoi"
    assert decide(asked, heard("ask_is_it_scam", 0.9), ConversationState()).flow == "answer"


def test_asking_whether_one_may_hand_something_over_is_not_having_done_it() -> None:
    text = "ba số sau thẻ là gì, có được đưa cho nhân viên ngân hàng không"
    assert decide(text, heard("report_scam_victim", 0.99), ConversationState()).flow != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "bên ngân hàng nhắn: Quy khach can cap nhat can cuoc truoc 30/6 de tranh bi tam dung giao dich",
        "tin nhắn:\nTai khoan cua ban dang co giao dich bat thuong, lien he tong dai vien de huy lenh",
        "they sent me this: Your pension payment is on hold until you confirm your details with our officer",
        "ข้อความที่ได้รับ: บัญชีของท่านมีความเสี่ยง กรุณาติดต่อเจ้าหน้าที่เพื่อยืนยันตัวตนภายในวันนี้",
        "Cục Quản lý xuất nhập cảnh: Hộ chiếu của ông/bà bị tạm giữ, liên hệ cán bộ phụ trách trong hôm nay.",
        "กองสลากออนไลน์: หมายเลขของท่านถูกรางวัลที่ 2 ติดต่อรับเงินรางวัลได้ภายใน 3 วันทำการ",
        "Your parcel is held at the depot, pay the redelivery fee today or it returns to sender\n"
        "is this real?",
    ],
)
def test_a_message_pasted_without_quotes_or_links_reads_as_pasted(text: str) -> None:
    assert read_cues(text).pasted
    assert decide(text, heard("ask_how_to", 0.6), ConversationState()).flow == "scam_check"


@pytest.mark.parametrize(
    "text",
    [
        "Cho tôi hỏi trước thôi: nếu chẳng may bấm vào link lạ thì phải làm gì đầu tiên vậy",
        "lúc 9:30 sáng nay có người gọi bảo tôi nợ cước điện thoại, tôi phải làm sao đây",
        "Asking for my aunt: how does she turn on two-step verification for her banking app?",
        "Tôi có thắc mắc: tài khoản định danh mức 2 dùng để làm những việc gì trên VNeID",
        "ถามหน่อยค่ะ: ถ้าลืมรหัสผ่านแอปธนาคาร ต้องไปที่สาขาเองหรือทำในแอปได้",
    ],
)
def test_a_question_after_a_colon_is_not_a_pasted_message(text: str) -> None:
    assert not read_cues(text).pasted
    assert decide(text, heard("ask_how_to", 0.6), ConversationState()).flow != "scam_check"


def test_words_of_harm_in_the_lead_in_are_the_learners_own() -> None:
    text = (
        "tôi lỡ làm theo tin nhắn này, chuyển mất 5 triệu rồi: Quy khach duoc hoan phi bao hiem, "
        "vui long chuyen phi xac minh de nhan lai tien"
    )
    agrees = NluResult(
        intent=Intent(name="ask_is_it_scam", confidence=0.9),
        ranking=[
            Intent(name="ask_is_it_scam", confidence=0.9),
            Intent(name="report_scam_victim", confidence=0.1),
        ],
    )
    assert decide(text, agrees, ConversationState()).flow == "emergency"
    received = (
        "người ta gửi email cho bà nội dung vầy: Kinh gui quy khach, ngan hang dang bao tri, vui long "
        "tra loi kem so the va ma CVV"
    )
    assert decide(received, heard("ask_is_it_scam", 0.99), ConversationState()).flow == "scam_check"


def test_a_bare_message_asking_its_reader_to_pay_is_judged() -> None:
    text = (
        "Bà ơi cháu đây, cháu mất ví rồi, bà chuyển giúp cháu 2 triệu vào tài khoản bạn cháu nhé, tối cháu về"
    )
    assert read_cues(text).addressed
    assert decide(text, heard("ask_is_it_scam", 0.99), ConversationState()).flow == "scam_check"


def test_money_put_in_that_cannot_be_taken_out_is_harm_but_a_frozen_account_is_not() -> None:
    lost = "tôi đã nạp 7 triệu vào sàn đầu tư theo lời cô kia mà giờ không rút được, họ bảo nạp thêm"
    assert decide(lost, heard("ask_how_to", 0.99), ConversationState()).flow == "emergency"
    frozen = "ธนาคารอายัดบัญชีของฉัน ถอนเงินไม่ได้ ต้องไปติดต่อที่สาขาไหนคะ"
    assert decide(frozen, heard("ask_how_to", 0.99), ConversationState()).flow != "emergency"


def test_a_learner_telling_of_harm_or_asking_is_not_a_message_forwarded_bare() -> None:
    thresholds = load_thresholds()
    sure = heard("ask_is_it_scam", max(thresholds.bare_paste_confidence, 0.99))
    asked = "tự nhiên có người lạ chuyển vào tài khoản tôi 2 triệu, tôi không quen ai, xử lý sao bây giờ"
    assert decide(asked, sure, ConversationState()).flow != "scam_check"
    told = "Bố tôi vừa đọc mã OTP cho người gọi tự xưng nhân viên điện lực, giờ tài khoản ông bị trừ tiền"
    assert decide(told, sure, ConversationState()).flow != "scam_check"


@pytest.mark.parametrize(
    "text",
    [
        "hôm qua ai đó chuyển nhầm 1 triệu rưỡi vô tk của tui, giờ tui xử lý số tiền đó thế nào",
        "a stranger sent 900,000 dong into my account by mistake yesterday, what do I do now",
        "จู่ๆ มีคนโอนผิดเข้าบัญชีฉัน 1,500 บาท ต้องทำอย่างไรดี",
        "Bo oi con day, con doi so moi. Bo chuyen giup con 3 trieu vao tk nay nhe, chieu con ve gui lai",
    ],
)
def test_money_received_or_a_request_to_pay_is_not_harm_to_a_classifier_short_of_certain(text: str) -> None:
    thresholds = load_thresholds()
    short_of_certain = (thresholds.victim_sure + thresholds.victim_despite_denial) / 2
    decision = decide(text, heard("report_scam_victim", short_of_certain), ConversationState())
    assert decision.flow != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "tiếng Việt thôi",
        "English pls",
        "can you speak vietnamese",
        "ภาษาอังกฤษได้มั้ย",
        "noi bang tieng thai di",
    ],
)
def test_a_short_message_naming_a_language_asks_for_it(text: str) -> None:
    assert decide(text, None, ConversationState()).flow == "change_language"


@pytest.mark.parametrize(
    "text",
    [
        "người Thái có ăn tết không",
        "đội tuyển Thái Lan mạnh không",
        "is Thai food spicy",
        "pad thai near me",
        "tiếng Anh của chữ lừa đảo là gì, nghĩa là sao",
        "where can I study English in Hue",
        "ภาษาไทยยากไหม เรียนที่ไหนดี",
    ],
)
def test_a_question_that_only_mentions_a_country_or_language_is_not_a_switch(text: str) -> None:
    assert decide(text, heard("out_of_scope", 0.6), ConversationState()).flow != "change_language"


@pytest.mark.parametrize(
    "text",
    [
        "người giao hàng có hay bắt mình chuyển khoản trước rồi mới đưa hàng không",
        "chua gui ma cho ai ca, vay tai khoan co an toan khong",
        "I didn't pay the caller anything, was it right to hang up?",
        "ยังไม่ได้โอนเงินให้ใครเลย แบบนี้ปลอดภัยไหมคะ",
    ],
)
def test_a_question_that_denies_harm_is_not_overruled_even_by_a_certain_classifier(text: str) -> None:
    cues = read_cues(text)
    assert cues.denied and cues.closes_asking
    certain = heard("report_scam_victim", load_thresholds().victim_despite_denial)
    decision = decide(text, certain, ConversationState(), found("vi.scams.fake-shipper"))
    assert (decision.flow, decision.detail) == ("answer", OFFER_EMERGENCY)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Nhờ bạn dịch câu 'cảm ơn cô giáo nhiều' sang tiếng Pháp", "thanks"),
        ("dich giup minh cau chuc ngu ngon qua tieng Han voi", "goodbye"),
        ("แปลคำว่า ขอบคุณที่ช่วยเหลือ เป็นภาษาเกาหลีให้หน่อยค่ะ", "thanks"),
        ("how do you say 'thank you so much' in Korean", "thanks"),
        ("dịch câu 'chúc ngủ ngon' sang tiếng Anh giúp tôi", "change_language"),
        ("could you translate 'good morning' into Thai for my neighbour", "change_language"),
    ],
)
def test_a_phrase_to_translate_is_neither_small_talk_nor_a_switch(text: str, intent: str) -> None:
    decision = decide(text, heard(intent, 0.9), ConversationState())
    assert decision.flow not in {"small_talk", "change_language"}


@pytest.mark.parametrize(
    "text",
    [
        "muốn học tiếng Thái thì bắt đầu từ đâu",
        "co lop day tieng Anh cho nguoi gia khong",
        "best app to learn Vietnamese quickly?",
        "อยากเรียนภาษาอังกฤษ มีคอร์สแนะนำไหม",
    ],
)
def test_a_language_to_learn_is_not_a_language_to_switch_to(text: str) -> None:
    assert decide(text, heard("change_language", 0.9), ConversationState()).flow != "change_language"


@pytest.mark.parametrize(
    "text",
    [
        "cho mình học bằng tiếng Anh được không",
        "nói chuyện bằng tiếng Việt đi",
        "switch to English please, I can't read this",
        "can we keep going in Thai",
        "พูดภาษาไทยได้ไหมคะ",
    ],
)
def test_asking_to_be_taught_in_a_language_still_switches(text: str) -> None:
    assert decide(text, heard("change_language", 0.9), ConversationState()).flow == "change_language"


def test_a_translation_word_inside_a_transaction_is_not_a_translation() -> None:
    text = "giao dịch sang tiếng Anh bị lỗi, đổi sang tiếng Anh giúp tôi"
    assert decide(text, heard("change_language", 0.9), ConversationState()).flow == "change_language"


@pytest.mark.parametrize(
    "text",
    [
        "hôm qua tôi nhập mật khẩu VNeID vào một trang web giả giống hệt trang thật",
        "ba toi go passcode vao 1 trang nguoi ta gui qua zalo",
        "Mẹ tôi điền số thẻ vào cái web trong tin nhắn trúng thưởng",
    ],
)
def test_a_code_typed_into_a_look_alike_site_is_harm_said_in_words(text: str) -> None:
    assert read_cues(text).happened
    assert decide(text, None, ConversationState()).flow == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "Bác ơi cháu là Tuấn, cháu kẹt ở sân bay, bác gửi 5 triệu tiền vé giúp cháu nhé, mai cháu trả",
        "chi oi em bi giu hang o cang, chi nop 3 trieu phi luu kho ho em voi, thu hai em gui lai",
        "พ่อครับ ผมทำมือถือหาย ใช้เบอร์เพื่อนอยู่ ช่วยโอนให้ผม 5,000 ก่อนนะครับ พรุ่งนี้คืน",
    ],
)
def test_a_relative_asking_the_reader_to_pay_with_no_link_is_judged(text: str) -> None:
    cues = read_cues(text)
    assert cues.pay_request and cues.addressed
    assert decide(text, heard("ask_is_it_scam", 0.7), ConversationState()).flow == "scam_check"


@pytest.mark.parametrize(
    "text",
    [
        "Người xưng bên điện lực bảo tôi cài ứng dụng để nhận tiền hoàn, tôi chưa làm gì cả, có sao không?",
        "ben kia keu toi bam link cap nhat, toi khong lam theo, vay co bi gi khong",
        "มีคนโทรมาอ้างว่าเป็นธนาคาร ให้กดลิงก์ ฉันยังไม่ได้ทำอะไรเลย ปลอดภัยไหมคะ",
    ],
)
def test_having_done_nothing_yet_is_a_denial(text: str) -> None:
    assert read_cues(text).denied
    likely = heard("report_scam_victim", load_thresholds().victim_sure)
    assert decide(text, likely, ConversationState()).flow != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "a lady on the phone had me tap a few buttons and now my balance is almost zero",
        "bấm theo lời cô ta một hồi, xong mở app ra thì tk chỉ còn 120 nghìn",
        "nghe theo nguoi goi cai dat lai app ngan hang, gio tai khoan con co 45k",
    ],
)
def test_an_account_found_all_but_emptied_is_harm_said_in_words(text: str) -> None:
    assert read_cues(text).happened
    assert decide(text, None, ConversationState()).flow == "emergency"


def test_a_balance_asked_about_is_no_harm() -> None:
    assert not read_cues("tài khoản còn 500 nghìn thì có chuyển khoản được không").happened


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("chị ấy bảo tui nhập mã theo hướng dẫn trên màn hình, xong thì điện thoại tự khởi động lại", False),
        ("ông kia bảo tôi cài ứng dụng của ngành thuế, nghe lạ nên tôi hỏi ở đây trước", True),
    ],
)
def test_a_callers_instruction_denies_harm_until_the_learner_tells_what_came_after(
    text: str, denied: bool
) -> None:
    assert read_cues(text).denied is denied


@pytest.mark.parametrize(
    "text",
    [
        "đưa ông ấy mã OTP rồi, ổng nói để hủy đơn hàng bị treo",
        "ba toi da doc no ma pin the ATM qua dien thoai",
        "mới gửi nhân viên mật khẩu VNeID xong rồi, họ bảo để đồng bộ dữ liệu",
    ],
)
def test_a_code_given_to_someone_and_said_as_done_is_given_away(text: str) -> None:
    assert read_cues(text).gave_away
    assert decide(text, None, ConversationState()).flow == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "có nên cho người ta mã OTP để nhận quà không",
        "ai xin thì tuyệt đối đừng cho người ta mật khẩu VNeID nhé",
    ],
)
def test_a_code_not_yet_given_is_not_given_away(text: str) -> None:
    assert not read_cues(text).gave_away


@pytest.mark.parametrize(
    "text",
    [
        "tiền lạ vô tk, người ta bảo trả qua tài khoản khác, em đã chuyển lại xong, giờ bên vay gọi đòi nợ",
        "I paid the 'mistaken' money back to the account he gave, now a loan company says I owe them",
    ],
)
def test_money_paid_back_then_a_debt_called_in_is_harm(text: str) -> None:
    assert read_cues(text).happened


def test_money_paid_back_for_a_purchase_is_no_harm() -> None:
    assert not read_cues("tôi trả rồi mà cửa hàng vẫn chưa gửi hóa đơn").happened


@pytest.mark.parametrize(
    "text",
    [
        "tiếng Anh gọi cái căn cước là gì vậy con",
        "chữ 'bà ngoại' viết bằng tiếng Thái như thế nào",
        "how would you spell 'grandmother' in Thai",
        "ภาษาอังกฤษเรียกว่าอะไรคะ คำว่าบัตรประชาชน",
    ],
)
def test_how_a_word_is_said_in_a_language_is_not_a_switch(text: str) -> None:
    assert decide(text, heard("change_language", 0.9), ConversationState()).flow != "change_language"


@pytest.mark.parametrize(
    "text",
    [
        "từ nay nhắn tin bằng tiếng Thái cho tôi nhé, con dâu tôi người Thái",
        "please answer in English, my Vietnamese reading is slow",
        "อธิบายเป็นภาษาอังกฤษได้ไหมคะ ลูกเขยจะช่วยอ่าน",
    ],
)
def test_the_language_to_answer_in_is_a_switch(text: str) -> None:
    assert decide(text, heard("ask_how_to", 0.8), ConversationState()).flow == "change_language"


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("chúc cả nhà buổi tối an lành", "goodbye"),
        ("Have a lovely evening!", "goodbye"),
        ("ฝันดีนะคะ", "goodbye"),
        ("chuc chau buoi sang vui ve", "greet"),
    ],
)
def test_a_wish_is_small_talk_whatever_the_classifier_hears(text: str, detail: str) -> None:
    decision = decide(text, heard("start_quiz", 0.8), ConversationState())
    assert (decision.flow, decision.detail) == ("small_talk", detail)


def test_a_wish_to_translate_is_not_small_talk() -> None:
    text = "dịch giúp câu 'chúc bà ngủ ngon' sang tiếng Anh"
    assert decide(text, heard("goodbye", 0.9), ConversationState()).flow != "small_talk"


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("a woman from 'the tax office' keeps asking me to transfer a deposit first, what should I do", True),
        ("the man on LINE wants my dad to install a refund app tonight", True),
        ("I installed the app the caller told me to install and now my screen moves by itself", False),
    ],
)
def test_a_request_still_being_made_in_english_denies_harm(text: str, denied: bool) -> None:
    assert read_cues(text).denied is denied


@pytest.mark.parametrize(
    "text",
    [
        "chiều qua ông nhà tôi ck 30 triệu vô số tài khoản họ đưa, giờ thuê bao không liên lạc được",
        "mẹ nghe theo người ta nạp tiền vào ví để xác minh, tối nay nhắn thì mất liên lạc luôn",
        "em nghe lời nó cài app hỗ trợ rồi, giờ mới thấy lạ",
    ],
)
def test_money_sent_or_an_instruction_followed_then_silence_is_harm_said_in_words(text: str) -> None:
    assert read_cues(text).happened
    assert decide(text, None, ConversationState()).flow == "emergency"


def test_being_warned_not_to_follow_someone_is_no_harm() -> None:
    assert not read_cues("đừng nghe lời người ta chuyển tiền vào tài khoản lạ nghe bà").happened


@pytest.mark.parametrize(
    "text",
    [
        "con gái tôi làm nhiệm vụ online, đợt cuối nạp 15tr vào thì bị báo lỗi, không rút được đồng nào",
        "nap 3 trieu de nang cap tai khoan, bay gio ko rut ra duoc",
    ],
)
def test_an_amount_put_in_that_cannot_be_taken_out_is_evident_harm(text: str) -> None:
    assert read_cues(text).evident


@pytest.mark.parametrize(
    "text",
    [
        "ba tưởng là thằng út gọi video, gửi 5 triệu, tối nó về bảo không hề gọi cho ba",
        "rốt cuộc bác vẫn chuyển 70 triệu vì họ đe dọa khởi tố, bây giờ bác làm gì",
    ],
)
def test_money_sent_then_disowned_or_under_threat_is_money_lost(text: str) -> None:
    assert read_cues(text).happened
    assert decide(text, None, ConversationState()).flow == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "tôi gõ nhầm một số nên chuyển sang tài khoản của người khác, nhờ ngân hàng lấy lại được không",
        "I paid my rent to the wrong account number by mistake, how do I ask the bank to reverse it?",
        "โอนเงินผิดบัญชีไป 2,000 บาท ต้องติดต่อใครคะ",
    ],
)
def test_money_sent_to_a_wrong_account_by_a_slip_is_no_scams_harm(text: str) -> None:
    cues = read_cues(text)
    assert cues.misdirected and not (cues.happened or cues.gave_away)
    likely = heard("report_scam_victim", load_thresholds().victim_sure)
    assert decide(text, likely, ConversationState()).flow != "emergency"


def test_a_slip_with_scam_words_is_still_harm() -> None:
    text = "tôi chuyển nhầm số tài khoản người lạ 9 triệu, họ chặn zalo luôn rồi"
    assert not read_cues(text).misdirected


@pytest.mark.parametrize(
    "text",
    [
        "Grandson rang on video for a loan, face was frozen most of the call. Was that really him?",
        "ông anh họ gọi video hỏi mượn tiền mà hình cứ giật, có phải anh ấy thật không",
    ],
)
def test_asking_whether_a_caller_was_genuine_is_no_emergency_from_the_classifier_alone(text: str) -> None:
    assert read_cues(text).asks_genuine
    assert decide(text, heard("report_scam_victim", 0.95), ConversationState()).flow != "emergency"


def test_a_quoted_message_asking_for_a_code_is_the_senders_words() -> None:
    text = 'bên "tổng đài" nhắn qua Zalo: "Bác đọc giúp cháu 6 số vừa gửi về máy để cháu kích hoạt bảo hiểm"'
    assert read_cues(text).quoted
    assert decide(text, heard("report_scam_victim", 0.95), ConversationState()).flow != "emergency"


def test_harm_told_around_a_quoted_message_is_still_the_learners() -> None:
    text = 'tôi lỡ chuyển 3 triệu theo tin này rồi: "Quý khách vui lòng đóng phí giữ đơn tại stk 0123456789"'
    assert decide(text, heard("report_scam_victim", 0.95), ConversationState()).flow == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "ông kia xưng bên điện lực gọi bảo cập nhật hồ sơ qua app, tôi có nên làm theo",
        "a man says he's from the bank and offers to set up face login for me, should I let him",
    ],
)
def test_asking_whether_to_let_a_caller_help_is_a_question_not_a_message_to_judge(text: str) -> None:
    assert read_cues(text).asks
    assert decide(text, heard("ask_is_it_scam", 0.95), ConversationState()).flow != "scam_check"


@pytest.mark.parametrize(
    "text",
    [
        "đổi sang máy mới xong VNeID không mở lên được nữa, giờ tính sao",
        "my phone fell in water and now nothing works, what do I do now",
    ],
)
def test_a_device_trouble_naming_nothing_a_scam_takes_is_no_emergency_from_the_classifier_alone(
    text: str,
) -> None:
    assert not read_cues(text).stakes
    assert decide(text, heard("report_scam_victim", 0.99), ConversationState()).flow != "emergency"


@pytest.mark.parametrize(
    "text",
    ["nó cầm hết tiền của tôi rồi con ơi", "my grandma read the six digits from her texts to a man"],
)
def test_a_victim_naming_what_was_taken_is_still_heard_by_the_classifier(text: str) -> None:
    assert decide(text, heard("report_scam_victim", 0.99), ConversationState()).flow == "emergency"


def test_a_sender_asking_the_reader_to_pay_into_a_number_is_no_money_lost() -> None:
    text = "Cô ơi cháu là bạn của Lan, Lan bị tai nạn phải mổ, cô chuyển 20 triệu vào số này: 0123456789 VCB"
    cues = read_cues(text)
    assert cues.pay_request and not cues.happened


@pytest.mark.parametrize(
    "text",
    [
        "chuc ca nha minh nam moi an khang thinh vuong",
        "Chúc con Giáng sinh vui vẻ, hạnh phúc bên gia đình",
        "Happy new year to you and your family!",
        "สุขสันต์วันสงกรานต์นะคะ",
    ],
)
def test_a_seasons_wish_is_small_talk_whatever_the_classifier_hears(text: str) -> None:
    assert decide(text, heard("out_of_scope", 0.9), ConversationState()).flow == "small_talk"


@pytest.mark.parametrize(
    "text",
    [
        "xin chao, toi la ba Lan, nam nay 68 tuoi",
        "hello there, first time using this on my new phone",
        "buồn quá, trò chuyện với bà một lát nhé",
        "I just want to chat, nobody is home today",
    ],
)
def test_a_greeting_or_a_wish_for_company_is_small_talk(text: str) -> None:
    decision = decide(text, heard("out_of_scope", 0.9), ConversationState())
    assert (decision.flow, decision.detail) == ("small_talk", "greet")


@pytest.mark.parametrize(
    "text",
    [
        "chào cháu, bác muốn hỏi cách đổi mật khẩu VNeID",
        "hi, how do I check a link?",
        "xin chào, tôi bị lừa mất 2 triệu",
    ],
)
def test_a_greeting_that_asks_for_something_is_not_small_talk(text: str) -> None:
    assert decide(text, heard("ask_how_to", 0.9), ConversationState()).flow != "small_talk"


def test_a_how_to_avoid_question_without_a_question_mark_gets_no_verdict() -> None:
    text = "Nghe nói có kiểu gọi báo trúng thưởng rồi bắt đóng phí nhận quà, làm thế nào để tránh"
    assert not read_cues(text).asks
    assert decide(text, heard("ask_is_it_scam", 0.95), ConversationState()).flow != "scam_check"


@pytest.mark.parametrize(
    "text",
    [
        "Nhóm kín có chuyên gia hướng dẫn chứng khoán mỗi ngày, nạp tối thiểu 5 triệu để tham gia",
        "Có hàng gửi cho ông từ Hàn Quốc đang giữ tại kho, cần nộp phí 2.300.000đ để được giao",
    ],
)
def test_a_senders_offer_without_a_link_is_no_harm_told(text: str) -> None:
    cues = read_cues(text)
    assert not (cues.happened or cues.gave_away)
    assert decide(text, heard("ask_is_it_scam", 0.95), ConversationState()).flow == "scam_check"


def test_a_fee_not_yet_paid_by_the_learner_is_denied() -> None:
    text = "Có người hứa rút được tiền bị lừa giúp tôi, bị lừa 8 triệu, đòi phí 3 triệu, tôi chưa nộp"
    cues = read_cues(text)
    assert cues.denied and not cues.happened
    assert decide(text, heard("report_scam_victim", 0.9), ConversationState()).flow != "emergency"


def test_a_code_read_out_as_asked_then_something_after_is_harm_said_in_words() -> None:
    text = "anh ta bảo đọc mã để nhận quà, bác đọc rồi, sau đó thấy tin nhắn trừ tiền"
    assert read_cues(text).happened
    assert decide(text, None, ConversationState()).flow == "emergency"  # NLU down: words decide


def test_the_learners_question_after_dashes_makes_the_text_a_paste() -> None:
    text = (
        "Login code 402913 for your new device. Never share it with anyone. -- I'm not logging in anywhere?"
    )
    assert read_cues(text).pasted
    assert decide(text, heard("ask_how_to", 0.9), ConversationState()).flow == "scam_check"


@pytest.mark.parametrize(
    "text",
    [
        "em gửi ảnh chụp mã xác nhận cho bên giao hàng, sáng nay thấy tài khoản bị trừ 3 triệu",
        "toi doc 6 so trong tin nhan cho ben giao hang, luc sau thay tk bi tru 2 trieu",
        "I sent a photo of the code to the seller and now money is missing from my account",
        "ส่งรูปรหัส OTP ให้แม่ค้าไปแล้ว เงินในบัญชีหายไปสองพัน",
    ],
)
def test_a_code_or_its_photo_handed_to_anyone_then_a_loss_is_harm_said_in_words(text: str) -> None:
    assert read_cues(text).happened
    assert decide(text, None, ConversationState()).flow == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "người ta gọi bảo tôi bấm vào link để nhận hoàn tiền, tôi bấm rồi",
        "co ba goi xung ben buu dien bao toi doc ma de nhan buu pham, toi doc roi",
        "the caller had me install an app to speed up my pension, I deleted it afterwards",
    ],
)
def test_a_callers_request_told_as_done_is_harm_said_in_words(text: str) -> None:
    cues = read_cues(text)
    assert cues.happened and not cues.denied
    assert decide(text, None, ConversationState()).flow == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "cài app dịch vụ công mà ông kia gửi link, hôm qua mới biết là app giả",
        "tai ung dung thue theo link nguoi ta gui, xong bac go luon roi",
        "I downloaded the tax app from his link and removed it the next day",
        "ลงแอปจากลิงก์ที่เขาส่งมา แล้วลบทิ้งไปแล้วครับ",
    ],
)
def test_an_app_from_a_strangers_link_deleted_or_found_fake_is_harm_said_in_words(text: str) -> None:
    assert read_cues(text).happened
    assert decide(text, None, ConversationState()).flow == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "bác đọc mấy số trong tin nhắn để nhận quà tri ân rồi",
        "toi nhap ma vao do de duoc hoan tien roi",
        "I read out the digits to get the gift he promised",
    ],
)
def test_digits_read_for_a_gift_or_a_refund_said_as_done_are_harm_said_in_words(text: str) -> None:
    assert read_cues(text).happened
    assert decide(text, None, ConversationState()).flow == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "nếu lỡ bấm link thì sao?",
        "what if someone installed an app?",
        "nếu đọc mã OTP cho người lạ thì có bị mất tiền không",
        "chụp mã OTP gửi shop xong có bị mất tiền không",
        "người ta bảo đọc mã để nhận quà, có nên đọc không",
        "con gái bảo tôi cài VNeID, tôi cài rồi mà không đăng nhập được",
        "app ngân hàng bảo nhập mã OTP, tôi nhập rồi vẫn báo hết hạn",
        "cài app VNeID rồi xóa, giờ cài lại thì đăng nhập sao",
        "tải app Zalo về máy mới, xóa rồi cài lại được không",
        "my grandson helped me install VNeID, how do I log in",
    ],
)
def test_a_question_about_such_a_scheme_or_a_harmless_install_is_no_harm(text: str) -> None:
    cues = read_cues(text)
    assert not (cues.happened or cues.gave_away)
    assert decide(text, heard("ask_how_to", 0.9), ConversationState()).flow != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "ong nha toi tai app ho gui qua zalo, xong gio khong mo duoc app ngan hang",
        "em quét mã QR dán ở cột điện rồi nhập mật khẩu ngân hàng ở trang đó",
        "bác đã nộp tiền phí bảo hiểm khoản vay 2 lần, nay họ lại bắt đóng thêm 3 triệu",
        "hôm qua chuyển 4 triệu cho em họ nhắn Messenger vay gấp, tối em thật gọi nói bị hack facebook",
        "sang nay chuyen 300k phi giao hang cho shipper ma nha khong dat hang gi",
    ],
)
def test_harm_told_through_what_came_after_is_harm_said_in_words(text: str) -> None:
    assert read_cues(text).happened
    assert decide(text, None, ConversationState()).flow == "emergency"


def test_money_gone_by_itself_is_evident_harm() -> None:
    text = "tài khoản bỗng dưng mất hết 12 triệu, tôi có chuyển cho ai đâu"
    assert read_cues(text).evident
    assert decide(text, heard("ask_how_to", 0.99), ConversationState()).flow == "emergency"


def test_a_phone_that_cannot_be_used_is_no_denial() -> None:
    cues = read_cues("cài file apk xong máy đứng, không bấm được gì nữa")
    assert cues.happened and not cues.denied


@pytest.mark.parametrize(
    "text",
    [
        "sao tháng nào tài khoản cũng tự nhiên bị trừ 11 nghìn",
        "tải app VNeID từ link trên trang của công an xong không mở được thì làm sao",
        "quét mã QR xong có cần đăng nhập ngân hàng không",
        "app vay bắt đóng phí trước, nếu đóng rồi họ bắt đóng thêm thì sao",
    ],
)
def test_questions_near_those_classes_are_no_harm(text: str) -> None:
    cues = read_cues(text)
    assert not (cues.happened or cues.gave_away or cues.evident)


@pytest.mark.parametrize(
    "text",
    [
        "bên kia gọi báo trúng xe máy, bắt chuyển 2 triệu tiền thuế để nhận giải, bố tôi chuyển rồi",
        "em đã đóng 3 triệu phí bảo hiểm khoản vay, giờ họ nói phải nộp thêm 6 triệu mới giải ngân",
        "I paid the processing fee for the loan and now they want another 3,000 baht",
        "จ่ายค่าประกันเงินกู้ไปแล้ว 1,500 บาท ตอนนี้เขาเรียกเงินเพิ่มอีก",
    ],
)
def test_a_demand_to_pay_told_as_paid_or_a_fee_paid_then_more_asked_is_harm(text: str) -> None:
    cues = read_cues(text)
    assert cues.happened and not cues.denied
    assert decide(text, None, ConversationState()).flow == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "mẹ tôi nghe cuộc gọi xưng công an rồi ra quầy chuyển 90 triệu vào tài khoản an toàn",
        "bố ra ngân hàng nộp 50 triệu cho tòa án theo lời người gọi",
        "bà đưa điện thoại cho một anh lạ ở chợ nhờ cài Zalo, tối về thấy tài khoản bị trừ 3 triệu",
        "My father let a young man at the market borrow his phone to set up an app, and later 5 million dong"
        " was missing from his account",
        "ยายให้คนแปลกหน้ายืมโทรศัพท์ไปลงแอป พอได้คืนมาเงินในบัญชีถูกหักไป 4,000 บาท",
    ],
)
def test_money_moved_after_a_call_or_a_strangers_help_is_harm(text: str) -> None:
    assert read_cues(text).happened
    assert decide(text, None, ConversationState()).flow == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "tôi bật chia sẻ màn hình cho người xưng nhân viên bảo hiểm rồi mở app Vietcombank theo lời họ",
        "I shared my screen with the 'bank officer' and then logged into my banking app",
        "เขาให้แชร์หน้าจอแล้วเปิดแอปธนาคาร ป้าทำตามไปแล้ว",
        "I tapped the link in the parcel text and now 8,000 baht has gone from my account",
        "chị họ nhắn Zalo vay 5 triệu, tôi chuyển luôn, tối chị gọi lại bảo không hề nhắn",
    ],
)
def test_a_shared_screen_a_loss_from_an_account_or_a_faked_relative_paid_is_harm(text: str) -> None:
    assert read_cues(text).happened
    assert decide(text, None, ConversationState()).flow == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "nếu cho người lạ mượn điện thoại thì có bị trừ tiền không",
        "cho người lạ mượn điện thoại có bị trừ tiền không",
        "chia sẻ màn hình rồi mở app ngân hàng thì có sao không",
        "can a stranger empty my account if I share my screen and open my bank app?",
        "ถ้าแชร์หน้าจอแล้วเปิดแอปธนาคารจะอันตรายไหม",
        "ra ngân hàng chuyển tiền vào tài khoản tạm giữ của công an là đúng không",
        "app vay bắt nộp phí trước, có nên nộp không",
        "Bà cảm ơn, nhờ cháu mà bà biết cách chặn số lạ rồi",
    ],
)
def test_questions_about_those_schemes_are_no_harm(text: str) -> None:
    cues = read_cues(text)
    assert not (cues.happened or cues.gave_away or cues.evident)
    assert decide(text, heard("ask_how_to", 0.9), ConversationState()).flow != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "เพจเฟซบุ๊กชื่อศูนย์ 1441 ที่โพสต์ว่าช่วยตามเงินคืนได้ เชื่อได้ไหมคะ",
        "is the Facebook page called 1441 Thailand real? it says it can get money back",
        "muốn nhắn tin tới 5656 để báo số quảng cáo thì soạn cú pháp thế nào",
        "how do I report a spam number by texting 5656, what do I write",
    ],
)
def test_a_question_about_a_page_named_after_a_hotline_or_how_to_text_one_gets_the_lesson(text: str) -> None:
    assert decide(text, heard("ask_how_to", 0.9), ConversationState()).flow == "answer"


def test_a_question_about_a_callers_number_still_gets_the_number_check() -> None:
    text = "số 0912 345 678 gọi xưng công an có thật không"
    assert decide(text, heard("ask_is_it_scam", 0.9), ConversationState()).flow == "scam_check"


@pytest.mark.parametrize(
    "text",
    [
        "cho ông làm thử bài kiểm tra về chuyển tiền xem ông nhớ được gì",
        "thử tài bà xem bà có nhận ra cuộc gọi lừa không",
        "đố bà vài câu về mã OTP đi cháu",
        "quiz me about fake bank messages",
        "ขอลองทำข้อสอบเรื่องลิงก์ปลอมหน่อยค่ะ",
    ],
)
def test_a_request_for_a_quiz_in_words_the_classifier_missed_starts_one(text: str) -> None:
    for nlu in (heard("out_of_scope", 0.9), heard("ask_is_it_scam", 0.9)):
        assert decide(text, nlu, ConversationState()) == Decision("quiz", "start")


def test_a_check_of_a_message_or_a_face_check_is_no_quiz() -> None:
    assert (
        decide(
            "kiểm tra giúp tôi tin nhắn này có phải lừa không",
            heard("ask_is_it_scam", 0.9),
            ConversationState(),
        ).flow
        != "quiz"
    )
    assert (
        decide(
            "làm bài kiểm tra khuôn mặt trên app ngân hàng thế nào",
            heard("ask_how_to", 0.9),
            ConversationState(),
        ).flow
        != "quiz"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Con giỏi ghê, bà nghe một lần là hiểu liền",
        "cam on chau nhieu, bac hieu roi, thoi bac di ngu day",
        "Ông cảm ơn, nhờ cháu mà ông biết chặn tin nhắn rác rồi",
        "thank you so much, that was so clear",
        "ขอบคุณมากค่ะ อธิบายเข้าใจง่ายดี",
    ],
)
def test_thanks_or_praise_for_the_help_is_small_talk(text: str) -> None:
    for nlu in (heard("out_of_scope", 0.9), heard("ask_is_it_scam", 0.9), None):
        assert decide(text, nlu, ConversationState()) == Decision("small_talk", "thanks")


@pytest.mark.parametrize(
    "text",
    [
        "cảm ơn cháu, giờ chỉ bác cách đổi mật khẩu VNeID với",
        "thanks, how do I block that number?",
        "ขอบคุณค่ะ ช่วยบอกวิธีตั้งรหัสใหม่หน่อย",
    ],
)
def test_thanks_that_go_on_to_ask_are_not_small_talk(text: str) -> None:
    assert decide(text, heard("ask_how_to", 0.9), ConversationState()).flow != "small_talk"


@pytest.mark.parametrize(
    "text",
    [
        "nó bảo đọc mã xác nhận để hủy đơn, bác đọc cho nó rồi",
        "I read the six digits to the man from the 'bank' on the phone",
    ],
)
def test_harm_in_words_answered_by_the_lesson_on_that_harm_overrules_the_classifier(text: str) -> None:
    after_harm = found("vi.scams.shared-otp-or-clicked-link", "en.scams.vietnam-shared-otp-what-now")
    ruled_out = heard("ask_how_to", 0.999)
    assert decide(text, ruled_out, ConversationState(), after_harm).flow == "emergency"
    assert decide(text, ruled_out, ConversationState(), found("vi.scams.never-share-otp")).flow != "emergency"


def test_harm_in_words_asked_about_keeps_the_classifiers_ruling_even_with_that_lesson() -> None:
    text = "cháu bảo đọc mã OTP cho người nhà thì không sao, đúng không?"
    after_harm = found("vi.scams.shared-otp-or-clicked-link")
    assert decide(text, heard("ask_how_to", 0.999), ConversationState(), after_harm).flow != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "Ông bà dặn đừng bao giờ đọc mã cho ai qua điện thoại, kể cả ngân hàng. Có đúng vậy không?",
        "สมมติว่าโดนหลอกให้โอนเงินไปแล้ว ต้องแจ้งธนาคารก่อนหรือตำรวจก่อนคะ",
    ],
)
def test_advice_or_a_supposed_case_is_denied_harm(text: str) -> None:
    assert read_cues(text).denied
    after_harm = found("vi.scams.shared-otp-or-clicked-link", "th.scams.after-sending-money")
    assert decide(text, heard("ask_how_to", 0.99), ConversationState(), after_harm).flow != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "Hàng xóm tôi bị lừa mất 30 triệu, giờ có văn phòng nhận lấy lại tiền thu phí trước,"
        " có nên giới thiệu không?",
        "My friend lost 40,000 baht to a scam last year; is that page that promises to recover"
        " scam money legit?",
    ],
)
def test_a_friends_loss_told_to_ask_about_a_recovery_service_is_no_harm_of_the_learners(text: str) -> None:
    assert not read_cues(text).happened
    assert decide(text, heard("ask_is_it_scam", 0.9), ConversationState()).flow != "emergency"


def test_money_received_by_mistake_into_a_named_account_is_held_back() -> None:
    text = "A stranger sent 3,000,000 VND to my Techcombank account by mistake, what should I do?"
    assert read_cues(text).received
    assert decide(text, heard("report_scam_victim", 0.99), ConversationState()).flow != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "sáng nay chuyển 15 triệu cho con gái thì app đòi xác thực khuôn mặt, lần sau có phải quét nữa không",
        "I moved 20 million dong to my son and the app wanted a face scan, will it ask every time?",
    ],
)
def test_a_question_about_the_banks_own_face_check_is_held_back(text: str) -> None:
    assert read_cues(text).asks_face_check
    assert decide(text, heard("report_scam_victim", 0.9), ConversationState()).flow != "emergency"


def test_a_face_check_done_for_a_stranger_is_not_held_back() -> None:
    text = "I did a face scan for someone on a video call who said he was from the bank, what now?"
    assert not read_cues(text).asks_face_check
    assert decide(text, heard("report_scam_victim", 0.9), ConversationState()).flow == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "nghe kể nhiều người thấy rõ mặt con cháu qua video mà vẫn bị lừa, tại sao vậy?",
        "Why do so many older people still fall for these fake police calls?",
    ],
)
def test_a_question_how_scams_fool_people_in_general_is_no_emergency(text: str) -> None:
    assert read_cues(text).asks_why_fooled
    assert decide(text, heard("report_scam_victim", 0.98), ConversationState()).flow != "emergency"


def test_a_learner_asking_why_they_were_fooled_is_not_a_question_in_general() -> None:
    assert not read_cues("tôi chuyển rồi mà sao vẫn bị lừa vậy").asks_why_fooled


@pytest.mark.parametrize(
    "text",
    [
        "Bạn tôi nhận được một file APK xưng bên điện lực gửi qua Zalo, loại đó có độc không?",
        "My neighbour got a text from the 'tax office' with a link in it, are those links dangerous?",
        "เพื่อนได้ลิงก์จากคนอ้างว่าเป็นการไฟฟ้า แบบนี้อันตรายไหมคะ",
    ],
)
def test_a_friends_event_asked_about_is_no_emergency(text: str) -> None:
    assert read_cues(text).others_event
    for hits in ([], found("vi.scams.malware-already-installed", "en.scams.vietnam-after-sending-money")):
        assert decide(text, heard("report_scam_victim", 0.98), ConversationState(), hits).flow != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "Có đứa gọi cho mẹ tôi xưng công an, bảo chuyển tiền vô tài khoản an toàn, mẹ tôi cúp máy luôn rồi"
        " kể cho tôi. Giờ sao?",
        "A man rang my aunt, told her to read out the code her bank had sent, and she hung up at once."
        " Is she safe now?",
        "มีคนโทรมาอ้างเป็นตำรวจ บอกแม่ให้โอนเงินไปตรวจสอบ แม่วางสายเลยแล้วมาเล่าให้ฟัง ต้องทำอะไรไหมคะ",
    ],
)
def test_a_call_hung_up_on_and_retold_is_no_emergency(text: str) -> None:
    cues = read_cues(text)
    assert cues.hung_up
    assert not cues.gave_away  # "told her to…" is the caller's order, no code she gave
    after_harm = found("vi.payments.sent-money-to-scammer", "en.scams.vietnam-shared-otp-what-now")
    assert (
        decide(text, heard("report_scam_victim", 0.98), ConversationState(), after_harm).flow != "emergency"
    )


def test_a_caller_who_hung_up_after_the_money_went_is_still_harm() -> None:
    text = "tôi chuyển 20 triệu cho nó rồi thì nó tắt máy, gọi lại không được"
    cues = read_cues(text)
    assert cues.happened and not cues.hung_up
    assert decide(text, heard("report_scam_victim", 0.9), ConversationState()).flow == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "Hôm qua bà có cho một cậu xưng nhân viên điện lực điều khiển điện thoại từ xa để cập nhật hóa đơn,"
        " xong cậu ấy dặn tắt máy một tiếng. Có sao không con?",
        "tôi đã chia sẻ màn hình cho người xưng bên thuế khoảng 10 phút,"
        " lúc ấy ứng dụng ngân hàng vẫn đang mở",
        "A woman from the 'bank' was on my phone for half an hour fixing an app for me",
        "Dad let the 'internet company' man see his screen while he typed his banking password",
        "ให้คนที่อ้างเป็นเจ้าหน้าที่ธนาคารควบคุมมือถือไปครึ่งชั่วโมงค่ะ",
    ],
)
def test_a_phone_run_or_watched_by_a_stranger_is_an_emergency_whatever_the_classifier_says(text: str) -> None:
    assert read_cues(text).evident
    for nlu in (heard("ask_how_to", 0.999), heard("ask_is_it_scam", 0.95), None):
        assert decide(text, nlu, ConversationState()).flow == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "có nên cho người bên ngân hàng điều khiển máy từ xa để cài sinh trắc học không",
        "bác cho nhân viên ngân hàng điều khiển máy để cài giúp thì được không cháu",
        "Is it safe to let the bank's staff take control of my phone to set up the app?",
        "ควรให้เจ้าหน้าที่ควบคุมมือถือเพื่อช่วยตั้งค่าไหมคะ",
    ],
)
def test_asking_whether_to_let_someone_run_the_phone_is_a_question(text: str) -> None:
    assert not read_cues(text).evident
    assert decide(text, heard("ask_how_to", 0.95), ConversationState()).flow != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "Bác quét mã QR ở sạp rau chuyển 300 nghìn, xong mới thấy tên người nhận không phải tên chủ sạp",
        "I paid 900 baht by QR at a food stall and then noticed the recipient's name wasn't the stall's",
        "จ่ายค่าข้าวด้วยการสแกนคิวอาร์ไป 450 บาท แล้วเห็นว่าชื่อบัญชีไม่ตรงกับชื่อร้าน",
    ],
)
def test_money_paid_then_the_recipients_name_found_wrong_is_harm(text: str) -> None:
    assert read_cues(text).happened
    agrees = NluResult(
        intent=Intent(name="ask_how_to", confidence=0.8),
        ranking=[
            Intent(name="ask_how_to", confidence=0.8),
            Intent(name="report_scam_victim", confidence=0.1),
        ],
    )
    assert decide(text, agrees, ConversationState()).flow == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "Nếu chuyển rồi mới thấy tên người nhận không phải chủ tiệm thì sao?",
        "ถ้าโอนไปแล้วชื่อผู้รับไม่ตรงต้องทำยังไง",
        "What if I paid and the name was not the shop's?",
    ],
)
def test_a_wrong_name_asked_about_in_advance_is_no_harm(text: str) -> None:
    assert not read_cues(text).happened


@pytest.mark.parametrize(
    "text",
    [
        "Nhờ cháu bảo ai gọi lại cho bác, bác nhắn tin chậm lắm",
        "Could somebody phone me instead, typing is hard for me",
        "ขอให้เจ้าหน้าที่โทรกลับหน่อยค่ะ พิมพ์ไม่เก่ง",
    ],
)
def test_a_call_back_asked_for_is_a_handoff_not_a_message_to_check(text: str) -> None:
    for nlu in (heard("ask_is_it_scam", 0.95), heard("out_of_scope", 0.9), None):
        assert decide(text, nlu, ConversationState()).flow == "handoff"


@pytest.mark.parametrize(
    "text",
    [
        "Nay ông tự chuyển tiền cho con được rồi, vui quá, cảm ơn cháu nhiều",
        "I paid my electricity bill on my own today for the first time, thank you",
        "วันนี้ยายสแกนจ่ายเงินเองได้แล้ว ขอบคุณมากนะ",
    ],
)
def test_thanks_closing_a_message_that_asks_nothing_is_small_talk(text: str) -> None:
    for nlu in (heard("out_of_scope", 0.9), heard("deny", 0.8), None):
        assert decide(text, nlu, ConversationState()) == Decision("small_talk", "thanks")


def test_an_organisation_heading_a_message_may_speak_as_we() -> None:
    text = (
        "Vietcombank Support: We noticed an unusual login on your account. Confirm your identity within"
        " 2 hours or the account will be locked."
    )
    assert read_cues(text).pasted
    assert decide(text, heard("ask_how_to", 0.9), ConversationState()).flow == "scam_check"


@pytest.mark.parametrize(
    "text",
    [
        "Công an phường có bao giờ gọi điện bảo người dân cài app để làm căn cước không",
        "buu dien bay gio con goi dien bao nhan buu pham nua khong hay thoi roi",
        "Do banks ever phone to ask you to install an app?",
        "ธนาคารเคยโทรมาให้ลงแอปไหมคะ",
    ],
)
def test_a_question_what_banks_or_officials_ever_do_is_no_emergency(text: str) -> None:
    assert read_cues(text).asks_about_practice
    assert decide(text, heard("report_scam_victim", 0.95), ConversationState()).flow != "emergency"


def test_a_request_for_a_quiz_is_no_emergency_whatever_the_classifier_hears() -> None:
    text = "cho ông làm vài câu trắc nghiệm về lừa đảo chuyển tiền, xem ông nhớ được bao nhiêu"
    decision = decide(text, heard("report_scam_victim", 0.97), ConversationState())
    assert (decision.flow, decision.detail) == ("quiz", "start")


@pytest.mark.parametrize(
    "text",
    [
        "Chúc cháu buổi tối an lành nhé",
        "dịch giúp bác câu 'chúc mừng sinh nhật' sang tiếng Anh",
    ],
)
def test_a_wish_or_a_phrase_to_translate_is_no_message_to_check(text: str) -> None:
    assert decide(text, heard("ask_is_it_scam", 0.95), ConversationState()).flow != "scam_check"


def test_a_question_with_the_learners_own_code_is_no_message_to_check() -> None:
    text = "Tin nhắn mã [OTP] vừa về máy của tôi, tôi đang tự cài lại app ngân hàng, nhập mã vào đâu"
    nlu = heard("ask_is_it_scam", 0.9)
    assert decide(text, nlu, ConversationState(), secrets={"otp"}).flow != "scam_check"
    assert decide(text, nlu, ConversationState()).flow == "scam_check"  # no code of theirs hidden


@pytest.mark.parametrize(
    "text",
    [
        "Mật khẩu app ngân hàng của bác: [PASSWORD]. Bác muốn đặt cái khó đoán hơn thì làm sao",
        "My ThaID password: [PASSWORD]. How do I make a stronger one?",
    ],
)
def test_a_label_for_the_learners_own_code_is_no_senders_name(text: str) -> None:
    assert not read_cues(text).pasted


@pytest.mark.parametrize("text", ["Cháu khỏe không?", "hello chau, co khoe khong", "how are you today?"])
def test_asking_after_the_assistant_is_a_greeting(text: str) -> None:
    for nlu in (heard("deny", 0.9), heard("out_of_scope", 0.9), None):
        assert decide(text, nlu, ConversationState()) == Decision("small_talk", "greet")


@pytest.mark.parametrize(
    "text",
    [
        "mình đang chat với robot phải không?",
        "bên kia là người thật trả lời hay là máy vậy?",
    ],
)
def test_asking_whether_a_machine_answers_is_a_bot_challenge(text: str) -> None:
    assert decide(text, heard("talk_to_human", 0.8), ConversationState()).flow == "bot_challenge"


def test_thai_thanks_that_will_ask_again_some_day_ask_nothing_now() -> None:
    text = "ขอบคุณมากค่ะ ช่วยได้เยอะเลย ไว้จะมาถามใหม่นะคะ"
    assert decide(text, heard("out_of_scope", 0.6), ConversationState()) == Decision("small_talk", "thanks")


def test_money_received_by_mistake_asked_about_is_held_back_even_from_a_certain_classifier() -> None:
    text = "có người lạ chuyển nhầm 3 triệu vào tài khoản tôi, giờ tôi nên làm gì với khoản tiền đó"
    cues = read_cues(text)
    assert cues.received and cues.asks_what_now
    assert decide(text, heard("report_scam_victim", 0.99995), ConversationState()).flow != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "เบอร์ 1441 เป็นเบอร์ของหน่วยงานไหนคะ โทรไปเสียค่าโทรไหม",
        "tổng đài 113 là số gì vậy cháu, gọi có tốn phí không",
        "Is 1441 toll-free? What number is it exactly?",
    ],
)
def test_a_question_what_a_hotline_is_or_costs_is_no_emergency(text: str) -> None:
    """Not even a certain classifier: the number is asked about, nothing is told done."""
    assert read_cues(text).asks_about_hotline
    assert decide(text, heard("report_scam_victim", 0.99995), ConversationState()).flow != "emergency"


def test_harm_told_beside_a_hotline_question_is_still_an_emergency() -> None:
    text = "โดนหลอกโอนเงินไปแล้ว 8,000 บาท โทร 1441 เสียเงินไหมคะ"
    agrees = NluResult(
        intent=Intent(name="ask_how_to", confidence=0.6),
        ranking=[
            Intent(name="ask_how_to", confidence=0.6),
            Intent(name="report_scam_victim", confidence=0.3),
        ],
    )
    assert decide(text, agrees, ConversationState()).flow == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "แม่โอนเงิน 15,000 บาทให้คนที่อ้างตัวเป็นลูกชายไปเมื่อเช้า",
        "ตาโอนให้คนแอบอ้างเป็นหลานไป 9,000 บาทเมื่อวานนี้ ต้องทำยังไงต่อ",
    ],
)
def test_money_sent_to_someone_posing_as_a_relative_is_harm(text: str) -> None:
    assert read_cues(text).happened


@pytest.mark.parametrize(
    "text",
    [
        "có ai đó chuyển nhầm 3 triệu vô tk của bà, rồi gọi bắt bà chuyển sang tài khoản khác, bà chuyển xong"
        " rồi",
        "Someone sent 4 million dong to my account by mistake, I transferred it back to the account his"
        " caller"
        " gave me, and now a lender says I owe them",
        "มีคนโอนเงินผิดมาเข้าบัญชี 5,000 บาท ฉันโอนคืนไปอีกบัญชีตามที่เขาบอกแล้ว ตอนนี้มีแอปกู้โทรมาทวงหนี้",
    ],
)
def test_money_in_by_mistake_sent_on_at_a_callers_demand_is_harm(text: str) -> None:
    assert read_cues(text).happened


@pytest.mark.parametrize(
    "text",
    [
        "nếu có người chuyển nhầm vào tk rồi bảo chuyển qua tk khác thì trả xong rồi có bị đòi nợ không",
        "có người chuyển nhầm 2 triệu, tôi đã ra ngân hàng trả lại rồi",
    ],
)
def test_money_in_by_mistake_asked_about_or_handed_back_at_the_bank_is_no_harm(text: str) -> None:
    assert not read_cues(text).happened


@pytest.mark.parametrize(
    "text",
    [
        "ตำรวจจะขอให้แอดไลน์เพื่อคุยคดีไหมคะ",
        "ngân hàng có nhắn tin bảo vui lòng cập nhật thông tin qua link không",
        "Do banks text you asking to please confirm your details?",
    ],
)
def test_a_question_what_the_police_or_a_bank_would_do_is_no_message_to_judge(text: str) -> None:
    cues = read_cues(text)
    assert cues.addressed and cues.asks_about_practice
    assert decide(text, heard("ask_is_it_scam", 0.95), ConversationState()).flow != "scam_check"


@pytest.mark.parametrize(
    "text",
    [
        "Tôi cài lại app, đăng nhập bằng số 0987 654 321 và mật khẩu [PASSWORD] thì nó báo sai mật khẩu",
        "I logged in on my new phone with 0812345678 and password [PASSWORD], now it wants a code from the"
        " old"
        " phone",
        "ผมเข้าสู่ระบบด้วยเบอร์ 081 234 5678 กับรหัสผ่าน [PASSWORD] แล้วขึ้นว่าผิด",
    ],
)
def test_the_learners_own_login_with_a_phone_number_is_no_message_to_judge(text: str) -> None:
    decision = decide(text, heard("ask_is_it_scam", 0.95), ConversationState(), secrets={"password"})
    assert decision.flow != "scam_check"


def test_a_message_with_a_code_after_a_lead_in_is_still_judged() -> None:
    text = "Tôi vừa nhận tin: Mã OTP của bạn là [OTP], không chia sẻ cho ai. Hotline 1900 545 415"
    assert (
        decide(text, heard("ask_is_it_scam", 0.95), ConversationState(), secrets={"otp"}).flow == "scam_check"
    )


@pytest.mark.parametrize(
    "text",
    [
        "hôm qua bà chuyển 7 triệu cho số tk cháu nhắn, tối gọi lại hỏi thì nó bảo không phải cháu",
        "Dad wired 15,000 baht for the 'hospital bill', then my brother rang and said it wasn't him at all",
        "ยายโอนเงินไป 6,000 บาทแล้ว โทรกลับไปถามหลาน บอกว่าไม่ได้ขอ",
        "cháu gái tôi mới đọc mã xác thực cho người tự xưng bên bưu điện",
        "Mum just read out the code to a man claiming to be from her bank",
    ],
)
def test_harm_told_outright_is_an_emergency_whatever_the_classifier_hears(text: str) -> None:
    """An impostor unmasked after the money went, a code given to a stranger: no classifier overrules."""
    assert read_cues(text).outright
    assert decide(text, heard("ask_is_it_scam", 0.999), ConversationState()).flow == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "tôi chuyển 5 triệu cho con gái mà nó bảo không hề nhận được",
        "nếu lỡ gửi mã OTP cho người lạ thì phải làm gì",
        "con tôi vừa gửi mã OTP cho người nhà để đăng nhập giúp",
        "I just gave the code to my son so he could log in for me",
        "con gọi lại bảo không phải nó nhắn, may mà tôi chưa chuyển đồng nào",
    ],
)
def test_a_transfer_not_arrived_a_code_shared_at_home_or_an_impostor_caught_in_time_is_not_outright(
    text: str,
) -> None:
    assert not read_cues(text).outright


@pytest.mark.parametrize(
    "text",
    [
        "30,000 baht has disappeared from my account overnight, I never sent anything",
        "my savings were taken out of my bank account and I did not transfer them",
    ],
)
def test_money_gone_from_the_account_is_harm_whatever_the_learner_denies_doing(text: str) -> None:
    assert read_cues(text).evident


@pytest.mark.parametrize(
    "text",
    [
        "Is the 1441 scam hotline really run by the police?",
        "đường dây nóng 113 có nhận báo lừa đảo qua điện thoại không",
        "I keep seeing 1441 on bus stop posters. What's that number for?",
    ],
)
def test_a_question_about_a_hotline_named_as_one_is_for_the_lessons(text: str) -> None:
    assert decide(text, heard("ask_how_to", 0.9), ConversationState(country="th")).flow != "scam_check"


def test_how_to_report_a_number_held_in_the_question_is_no_message_to_judge() -> None:
    text = (
        "số 0936 112 457 gọi quấy rối cả tuần nay xưng bên thu hồi nợ,"
        " bác muốn nhắn báo qua 5656 thì ghi cú pháp thế nào"
    )
    assert read_cues(text).pasted
    assert decide(text, heard("ask_how_to", 0.9), ConversationState()).flow != "scam_check"


@pytest.mark.parametrize(
    "text",
    [
        "ทุกเว็บที่ลงท้ายด้วย .go.th เป็นของหน่วยงานรัฐจริงหรือเปล่าคะ ถ้าเป็น .net ต้องระวังไหม",
        "are all sites ending in .gov.vn official, and what about ones ending in .com.vn, how can I tell them"
        " apart?",
    ],
)
def test_a_domain_ending_named_alone_is_no_link(text: str) -> None:
    assert not read_cues(text).pasted


@pytest.mark.parametrize(
    "text",
    [
        "mẹ tôi nhắn 4 số mã PIN thẻ ATM cho đứa xưng là cháu trên Zalo, hôm sau mới biết Zalo cháu bị hack",
        "me toi nhan ma pin the cho dua xung la chau tren zalo, hom sau moi biet zalo chau bi hack",
        "bác nhập số thẻ với 3 số phía sau thẻ vào trang bán giày giảm giá, tối qua thấy bị trừ 1,2 triệu",
        "bac nhap so the voi ma cvv vao trang ban giay giam gia, gio no doi them ma otp",
        "I typed my card number and the CVV into a sale page on Facebook, this morning I was charged 89 USD",
        "Dad sent his ATM PIN to 'my nephew' on Messenger and then found out the account was hacked",
        "ตาพิมพ์เลขบัตรกับเลขหลังบัตรลงในเว็บลดราคา เมื่อเช้าโดนหักเงินเป็นดอลลาร์",
        "ยายบอกรหัส atm ให้หลานทางไลน์ไปแล้ว วันนี้เพิ่งรู้ว่าไลน์หลานโดนแฮก",
    ],
)
def test_a_cards_secret_given_away_then_a_charge_a_hack_or_a_demand_is_harm(text: str) -> None:
    """A card's PIN, number or back code, not a code or money, sent to someone or typed into a
    page, and what came of it: harm told outright, whatever the classifier hears."""
    assert read_cues(text).outright
    assert decide(text, heard("ask_how_to", 0.999), ConversationState()).flow == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "nhập mã PIN ở cây ATM xong bị trừ phí 1.100 đồng là sao",
        "gửi mã PIN thẻ cho con trên Zalo thì có bị hack không",
        "nhap so the mua hang tren shopee xong co bi tru tien 2 lan khong",
        "If I type my card number into a shop's page, could they charge me in dollars?",
        "ถ้าบอกเลขบัตรให้ร้านออนไลน์ จะโดนหักเงินไหมคะ",
    ],
)
def test_a_cards_secret_asked_about_or_used_at_a_cash_machine_is_no_harm(text: str) -> None:
    assert not read_cues(text).outright


@pytest.mark.parametrize(
    "text",
    [
        "Tính giúp bác 12% của 3 triệu 6 là bao nhiêu",
        "tinh gium toi 350 nghin nhan 7 bang bao nhieu",
        "what's 7% of 3,500 baht?",
        "ช่วยคำนวณ 20 เปอร์เซ็นต์ของ 1,500 บาทให้หน่อย",
    ],
)
def test_a_sum_to_work_out_is_neither_a_message_to_judge_nor_harm(text: str) -> None:
    for nlu in (heard("ask_is_it_scam", 0.99), heard("report_scam_victim", 0.99), None):
        assert decide(text, nlu, ConversationState()).flow not in {"scam_check", "emergency"}


@pytest.mark.parametrize("text", ["ok con", "vâng ạ", "da duoc roi chau", "alright then", "โอเคจ้ะ"])
def test_a_bare_acknowledgement_with_nothing_on_offer_is_small_talk(text: str) -> None:
    for nlu in (heard("out_of_scope", 0.7), heard("affirm", 0.9), None):
        assert decide(text, nlu, ConversationState()) == Decision("small_talk", "thanks")


def test_ok_with_a_lesson_on_offer_still_starts_its_walkthrough() -> None:
    state = ConversationState(last_entry_id="vi.vneid.forgot-password")
    assert decide("ok", heard("affirm", 0.9), state).flow == "start_walkthrough"


@pytest.mark.parametrize(
    "text", ["ขอให้หลานสุขภาพแข็งแรงนะจ๊ะ", "chúc cháu ngủ ngon nhé", "have a lovely evening"]
)
def test_a_wish_the_classifier_takes_for_a_question_about_the_bot_is_small_talk(text: str) -> None:
    assert decide(text, heard("bot_challenge", 0.8), ConversationState()).flow == "small_talk"


@pytest.mark.parametrize(
    "text",
    [
        "Con trai gọi video thấy mặt vài giây rồi tắt, vậy có chắc là người thật không",
        "goi video ma thay mat ro thi co phai nguoi that khong chau",
    ],
)
def test_whether_a_caller_on_video_was_a_real_person_is_no_handoff(text: str) -> None:
    assert decide(text, heard("ask_how_to", 0.8), ConversationState()).flow != "handoff"


@pytest.mark.parametrize(
    "text",
    [
        "ong chuyen cho thang xung la ban cua chau noi 5 trieu tien vien phi, toi goi hoi chau thi chau bao"
        " van khoe re",
        "Mẹ tôi gửi 12 triệu cho người nhận là bạn con tôi, chiều gọi cho con thì nó nói nó đang ở nhà,"
        " có sao đâu",
        "Grandma sent 12,000 baht to my cousin's 'friend' for a hospital bill, then my cousin phoned and"
        " said he was at work all day",
        "ยายโอนเงิน 8,000 บาทให้คนที่อ้างเป็นเพื่อนหลาน โทรหาหลานแล้ว หลานบอกว่าสบายดี",
    ],
)
def test_money_sent_for_a_relative_who_turns_out_fine_is_harm_told_outright(text: str) -> None:
    """The money went to someone speaking for a relative, and the relative, asked, is fine."""
    assert read_cues(text).outright
    assert decide(text, heard("out_of_scope", 0.999), ConversationState()).flow == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "ong doc ma otp cho nguoi xung la nhan vien dien luc, luc sau tai khoan bi tru 7 trieu",
        "Chiều nay bà chụp mã xác thực gửi qua Zalo cho người tự xưng ngân hàng, tối app báo đã chuyển"
        " 4.500.000đ",
        "I read the code to the caller and this morning 6,000 baht was taken from my savings",
        "ยายส่งรูปรหัส OTP ให้คนที่โทรมา แล้วโดนโอนเงินออกไป 20,000 บาท",
    ],
)
def test_a_code_handed_over_then_money_gone_is_harm_told_outright(text: str) -> None:
    assert read_cues(text).happened
    assert decide(text, heard("ask_is_it_scam", 0.999), ConversationState()).flow == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "nếu đọc mã otp cho người lạ xong thì có bị mất tiền không",
        "If I read the OTP to a caller, could money then be taken from my account?",
        "ถ้าส่งรหัส OTP ให้คนอื่น จะโดนหักเงินไหมคะ",
    ],
)
def test_a_loss_after_a_code_only_asked_about_is_not_outright(text: str) -> None:
    assert not read_cues(text).outright


@pytest.mark.parametrize(
    "text",
    [
        "Anh tôi ở Đà Nẵng vừa kể đã nạp 25 triệu vào sàn tiền ảo, giờ rút không được, tôi giúp anh ấy"
        " sao đây",
        "chi toi da chuyen 60 trieu cho app dau tu vang, bay gio lay tien ra khong duoc",
    ],
)
def test_a_relatives_money_put_in_and_stuck_is_harm_told_by_the_learner(text: str) -> None:
    assert read_cues(text).evident
    assert decide(text, heard("out_of_scope", 0.99), ConversationState()).flow == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "bac da nop 1 trieu 5 tien ho so cho app vay, gio ho noi sai so tai khoan phai dong them 3 trieu nua",
        "Tôi đã chuyển phí bảo hiểm khoản vay 900 nghìn, giờ họ lại đòi nộp thêm tiền mở băng, vậy là bị"
        " lừa à",
        "I paid a 2,500 baht release fee to a loan app and now they say I have to pay another 4,000",
        "ป้าจ่ายค่าธรรมเนียมปลดล็อกเงินกู้ไปแล้ว 1,500 บาท ตอนนี้เขาเรียกเพิ่มอีก 3,000",
    ],
)
def test_a_fee_paid_then_more_demanded_is_harm_told_outright(text: str) -> None:
    assert read_cues(text).outright
    assert decide(text, heard("ask_how_to", 0.999), ConversationState()).flow == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "app vay bắt tôi đóng phí hồ sơ trước rồi mới giải ngân, giờ đòi thêm thì có phải lừa không",
        "nếu đã nộp phí rồi mà họ đòi thêm thì có lấy lại được không",
        "If a loan app asks for a fee before paying out, is that a scam?",
    ],
)
def test_a_fee_only_demanded_or_supposed_is_not_harm(text: str) -> None:
    assert not read_cues(text).outright


@pytest.mark.parametrize(
    "text",
    [
        "so dien thoai cua ba la 0903 111 222, gio ba muon doi sang so 0977 333 444 tren vneid duoc khong",
        "My old number 0812 345 678 is gone, my new one is 0899 876 543, how do I update ThaID?",
        "เบอร์เก่าของยายคือ 089 123 4567 หายไปแล้ว จะเปลี่ยนเบอร์ในพร้อมเพย์ยังไงคะ",
    ],
)
def test_the_learners_own_numbers_in_a_question_are_no_message_to_judge(text: str) -> None:
    assert decide(text, heard("ask_is_it_scam", 0.9), ConversationState()).flow != "scam_check"


@pytest.mark.parametrize(
    "text",
    [
        "dichvucong.gov.vn có phải là trang duy nhất để nộp hồ sơ online không, sao bác thấy nhiều trang quá",
        "Is krungthai.com the only real Krungthai site, or are there other official ones I can use?",
    ],
)
def test_a_question_whether_an_official_site_is_real_is_no_message_to_judge(text: str) -> None:
    assert decide(text, heard("ask_is_it_scam", 0.9), ConversationState()).flow != "scam_check"


def test_an_official_link_beside_a_strangers_number_is_still_judged() -> None:
    text = "Tin nhắn bảo vào vneid.gov.vn rồi gọi 0869 555 123 để được hỗ trợ cập nhật, có thật không"
    assert decide(text, heard("ask_is_it_scam", 0.95), ConversationState()).flow == "scam_check"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ok con, ba hieu roi nhe", "thanks"),
        ("vâng cháu, bà nhớ rồi", "thanks"),
        ("okay, I get it now", "thanks"),
        ("โอเค ป้าเข้าใจแล้ว", "thanks"),
        ("thôi bà đi chợ đây, chiều hỏi tiếp", "goodbye"),
        ("vang, ong di ngu day, mai noi chuyen tiep", "goodbye"),
        ("I have to go now, talk later", "goodbye"),
        ("ยายไปกินข้าวก่อนนะ พรุ่งนี้มาคุยต่อ", "goodbye"),
    ],
)
def test_an_acknowledgement_or_a_chore_to_leave_for_is_small_talk(text: str, intent: str) -> None:
    for nlu in (heard("out_of_scope", 0.9), None):
        assert decide(text, nlu, ConversationState()) == Decision("small_talk", intent)


def test_an_acknowledgement_that_goes_on_to_ask_is_no_small_talk() -> None:
    text = "ok chau, bac biet roi, gio chi bac cach doi mat khau"
    assert decide(text, heard("ask_how_to", 0.9), ConversationState()).flow == "answer"


@pytest.mark.parametrize(
    "text",
    [
        "vợ tôi mất năm ngoái, giờ tôi muốn khóa tài khoản ngân hàng của bà ấy trên điện thoại",
        "bo toi qua doi roi, tai khoan vneid cua ong con dang nhap tren may toi",
        "my late wife's ThaID is still on my phone, how do I take it off",
        "สามีป้าเสียชีวิตแล้ว จะปิดบัญชีพร้อมเพย์ของเขาต้องทำอย่างไร",
    ],
)
def test_a_death_in_the_family_is_no_money_lost(text: str) -> None:
    assert read_cues(text).bereaved
    assert decide(text, heard("report_scam_victim", 0.99), ConversationState()).flow != "emergency"


def test_money_lost_is_still_harm_whatever_the_word_for_it() -> None:
    assert not read_cues("bà mất hết 30 triệu rồi").bereaved


@pytest.mark.parametrize(
    "text",
    [
        "app dieu khien tu xa lay tien trong tai khoan bang cach nao vay",
        "How do these screen-sharing apps actually steal money from a bank account?",
        "แอปรีโมทมันขโมยเงินในบัญชีได้อย่างไรคะ",
    ],
)
def test_how_a_scams_tool_takes_money_asked_in_general_is_no_harm(text: str) -> None:
    assert read_cues(text).asks_how_it_works
    assert decide(text, heard("report_scam_victim", 0.99), ConversationState()).flow != "emergency"


def test_a_phone_losing_its_signal_is_no_death_in_the_family() -> None:
    assert not read_cues("ông đọc mã cho người xưng nhà mạng, giờ sim ông mất sóng luôn").bereaved


@pytest.mark.parametrize(
    "text",
    [
        "มีคนโทรมาอ้างเป็นเจ้าหน้าที่ศาล ให้ป้าโอนเงินไปพิสูจน์ ป้าวางสายไปแล้วค่ะ",
        "คนโทรมาบอกว่าเป็นดีเอสไอ ให้โอนเงินไปตรวจสอบ ควรโอนไหมครับ",
        "Có người chuyển nhầm 2 triệu vào tài khoản ông, giờ ông phải làm gì cho đúng",
        "nhập sai mã PIN ba lần giờ thẻ bị khóa, mở lại ở đâu",
        "Bà cảm ơn cháu nhiều, hôm nay bà tự chuyển tiền điện được rồi",
        "có trang facebook nhận lấy lại tiền bị lừa giúp, phí trước 15%, có nên tin không",
        "เพจรับตามเงินคืนจากมิจฉาชีพ เก็บค่าธรรมเนียมก่อน ไว้ใจได้ไหมคะ",
    ],
)
def test_a_retold_call_a_slip_thanks_or_a_recovery_offer_asked_about_is_no_emergency(text: str) -> None:
    """What a retrained classifier once took for harm: told no loss, or asked about a service."""
    assert decide(text, heard("report_scam_victim", 0.99), ConversationState()).flow != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "I have linked my Line Pay to 0861 234 567, can my daughter send me money from Japan with it?",
        "ยายสมัครพร้อมเพย์ไว้กับเบอร์ 092 345 6789 ค่ะ ถ้าเปลี่ยนซิมใหม่ต้องไปธนาคารไหม",
        "bac da dang ky zalo bang so 0935 123 456 tu lau, gio mua may moi thi chuyen danh ba sang the nao",
        "tai khoan cua ong so 0451 0009 1234 o Agribank, muon lam them the atm thi ra quay nao",
    ],
)
def test_a_number_the_learner_signed_up_with_is_no_message_to_judge(text: str) -> None:
    assert read_cues(text).own_number
    assert decide(text, heard("ask_is_it_scam", 0.9), ConversationState()).flow != "scam_check"


@pytest.mark.parametrize(
    "text",
    [
        "dang nhap app ngan hang tren may tinh bang, so 0978 222 333 mat khau [PASSWORD] ma no cu bao sai",
        "Logging in to ThaID on my new tablet with 0812 000 999 and password [PASSWORD], it keeps failing",
    ],
)
def test_a_login_told_without_its_subject_is_the_learners_own(text: str) -> None:
    assert read_cues(text).own_login
    decision = decide(text, heard("ask_is_it_scam", 0.9), ConversationState(), secrets={"password"})
    assert decision.flow != "scam_check"


@pytest.mark.parametrize(
    "text",
    [
        "Tôi muốn báo cái số 0886 123 456 nhắn tin trúng thưởng lên 5656, phải soạn tin thế nào cho đúng",
        "bac muon bao mot so dien thoai hay goi lam phien toi 156 thi nhan the nao",
    ],
)
def test_how_to_report_a_number_to_a_short_code_is_no_question_who_called(text: str) -> None:
    assert decide(text, heard("ask_how_to", 0.9), ConversationState()).flow != "scam_check"


@pytest.mark.parametrize(
    "text",
    [
        "ba quet ma qr dan tren quay thuoc tra 650 nghin, chu tiem noi ma do khong phai cua tiem",
        "Paid 1,200 baht by scanning the QR on the noodle stall's counter, the owner says it isn't their"
        " code",
        "ป้าสแกนคิวอาร์ที่ติดบนเคาน์เตอร์จ่ายไป 800 บาท แม่ค้าบอกว่าไม่ใช่คิวอาร์ของร้าน",
    ],
)
def test_money_paid_to_a_qr_code_the_shop_disowns_is_harm_told_outright(text: str) -> None:
    cues = read_cues(text)
    assert cues.outright
    assert not cues.misdirected
    assert decide(text, heard("ask_how_to", 0.999), ConversationState()).flow == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "quét mã QR ở quầy có an toàn không, nếu mã đó không phải của quán thì sao",
        "How can I tell if the QR code on a shop counter is not the shop's own?",
    ],
)
def test_a_disowned_qr_code_only_asked_about_is_not_harm(text: str) -> None:
    assert not read_cues(text).outright
