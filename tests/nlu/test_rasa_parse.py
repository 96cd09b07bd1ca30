"""What the trained model tells the dialogue, asked through the NLU client like the app does."""

from __future__ import annotations

import pytest

from bot.policy import decide
from bot.state import ConversationState
from nlu.client import NluResult, RasaNluClient

pytestmark = pytest.mark.rasa


@pytest.fixture
async def parse(rasa_server):
    client = RasaNluClient(rasa_server.config.url, rasa_server.config.token, timeout_s=10)

    async def ask(text: str) -> NluResult:
        result = await client.parse(text)
        assert result is not None, "the NLU server did not answer"
        return result

    yield ask
    await client.aclose()


def apps(result: NluResult) -> set[str]:
    return {e.value for e in result.entities if e.entity == "app"}


@pytest.mark.parametrize(
    ("text", "app"),
    [
        ("cài ứng dụng định danh điện tử như thế nào", "VNeID"),
        ("cai app dinh danh dien tu sao vay", "VNeID"),
        ("ลืมรหัสผ่านแอปไทยดีต้องทำยังไง", "ThaID"),
        ("how do I pay with zalopay", "ZaloPay"),
    ],
)
async def test_app_names_are_normalised_by_synonyms(parse, text: str, app: str) -> None:
    assert app in apps(await parse(text))


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("tiếp đi con", "next_step"),
        ("tiep di con", "next_step"),
        ("nói lại giùm bác", "repeat"),
        ("tôi lỡ chuyển 20 triệu cho người gọi xưng công an rồi", "report_scam_victim"),
        ("ขั้นต่อไปเลย", "next_step"),
        ("tell me a joke", "out_of_scope"),
    ],
)
async def test_intents_learners_use_mid_lesson(parse, text: str, intent: str) -> None:
    assert (await parse(text)).intent.name == intent


@pytest.mark.parametrize(
    "text",
    [
        "ông ấy xưng công an, bảo tôi chuyển tiền vào tài khoản tạm giữ, giờ tôi làm sao",
        "มีคนอ้างเป็นตำรวจโทรมา สั่งให้ฉันโอนเงินเพื่อตรวจสอบบัญชี ควรทำยังไง",
        "someone says he is a police officer and tells me to send money to clear my name, what now",
    ],
)
async def test_being_asked_to_send_money_is_not_having_sent_it(parse, text: str) -> None:
    """Those who sent money get the urgent steps; those only asked to are still in time. The
    classifier alone may hear harm ("chuyển tiền… tài khoản tạm giữ"); the router weighs it
    against the words that say it has not happened."""
    assert decide(text, await parse(text), ConversationState()).flow != "emergency"


@pytest.mark.parametrize("text", ["mình giỏi phần nào rồi", "minh da hoc xong chu de nao"])
async def test_asking_what_one_has_mastered_shows_progress(parse, text: str) -> None:
    assert (await parse(text)).intent.name == "my_progress"


async def test_amount_and_url_are_extracted_from_a_pasted_sms(parse) -> None:
    result = await parse("Tai khoan cua ban bi khoa, chuyen 500k phi mo khoa tai vcb-hotro.top ngay")
    found = {e.entity for e in result.entities}
    assert {"amount", "url"} <= found


@pytest.mark.parametrize(
    "text",
    [
        "bà ấy bảo tôi làm theo từng bước trên điện thoại, xong mở app thì tài khoản chỉ còn 150 nghìn",
        "the caller had me tap through a few screens and now my account is almost empty",
    ],
)
async def test_an_account_emptied_after_a_callers_steps_gets_the_emergency_steps(parse, text: str) -> None:
    """Harm said in words; the classifier must not rule it out."""
    assert decide(text, await parse(text), ConversationState()).flow == "emergency"


@pytest.mark.parametrize("text", ["chúc cả nhà buổi tối vui vẻ nhé", "have a good night!"])
async def test_a_wish_is_small_talk(parse, text: str) -> None:
    assert decide(text, await parse(text), ConversationState()).flow == "small_talk"


@pytest.mark.parametrize(
    "text",
    [
        "ông bác tôi ck 12 triệu cho đứa xưng con nuôi, xong nó tắt máy, gọi lại thì thuê bao",
        "bac nap 20 trieu vao app dau tu theo nhom zalo, gio bao loi he thong, khong rut duoc",
    ],
)
async def test_money_sent_then_lost_from_view_gets_the_emergency_steps(parse, text: str) -> None:
    """Harm said in words; the classifier must not rule it out."""
    assert decide(text, await parse(text), ConversationState()).flow == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        'chị nhân viên nhắn Zalo: "Chú đọc giúp con dãy số ngân hàng vừa gửi để con mở lại thẻ cho chú nha"',
        "got a new phone yesterday and VNeID keeps saying this device is not registered, what now",
        "I mistyped the account number and paid my landlord's deposit to someone else, can the bank fix it?",
    ],
)
async def test_no_harm_of_the_learners_own_gets_no_emergency_steps(parse, text: str) -> None:
    assert decide(text, await parse(text), ConversationState()).flow != "emergency"
