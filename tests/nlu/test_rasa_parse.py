"""What the trained model tells the dialogue, asked through the NLU client like the app does."""

from __future__ import annotations

import pytest

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


async def test_amount_and_url_are_extracted_from_a_pasted_sms(parse) -> None:
    result = await parse("Tai khoan cua ban bi khoa, chuyen 500k phi mo khoa tai vcb-hotro.top ngay")
    found = {e.entity for e in result.entities}
    assert {"amount", "url"} <= found
