"""The routing figures count what they say: false alarms, recalls and Hit@1 per language."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.routing.evaluation import Routed, RoutingCase, load_cases, misrouted, score


def case(
    text: str, kind: str, flow: str | list[str], lessons: list[str] = (), lang: str = "vi"
) -> RoutingCase:
    return RoutingCase(text=text, lang=lang, kind=kind, flow=flow, lessons=list(lessons))


def test_a_question_sent_to_the_emergency_steps_is_a_false_emergency() -> None:
    results = [
        (case("quên passcode", "about_risk", "answer", ["vi.vneid.forgot-passcode"]), Routed("emergency")),
        (case("cách cài VNeID", "how_to", "answer", ["vi.vneid.what-is-vneid"]), Routed("answer", "x")),
        (case("tôi lỡ chuyển tiền rồi", "victim", "emergency"), Routed("emergency")),
        (case("lỡ đọc mã rồi", "victim", "emergency"), Routed("answer", "x")),
    ]
    figures = score(results)["vi"].as_json()
    assert figures["false_emergency_rate"] == 0.5
    assert figures["emergency_recall"] == 0.5
    assert figures["flow_accuracy"] == 0.5
    assert figures["lesson_hit1"] == 0.0
    assert figures["confusion"]["answer→emergency"] == 1


def test_a_scam_verdict_on_a_question_counts_but_one_on_a_described_call_may_be_right() -> None:
    results = [
        (case("ngân hàng có gửi link không", "about_risk", "answer", ["l"]), Routed("scam_check")),
        (
            case("có người gọi xưng công an", "described", ["scam_check", "answer"], ["l"]),
            Routed("scam_check"),
        ),
        (case("[VCB] tai khoan bi khoa, bam http://x.top", "pasted", "scam_check"), Routed("scam_check")),
    ]
    figures = score(results)["vi"].as_json()
    assert figures["false_scam_verdict_rate"] == 1.0
    assert figures["pasted_checked_recall"] == 1.0
    assert figures["flow_accuracy"] == pytest.approx(0.667, abs=0.001)
    assert [c.kind for c, _ in misrouted(results)] == ["about_risk"]


def test_languages_are_scored_apart_and_together() -> None:
    results = [
        (case("hello", "chit_chat", "small_talk", lang="en"), Routed("small_talk")),
        (case("สวัสดี", "chit_chat", "small_talk", lang="th"), Routed("answer", "x")),
    ]
    scores = score(results)
    assert list(scores) == ["en", "th", "all"]
    assert scores["all"].as_json()["flow_accuracy"] == 0.5


def test_a_wrong_lesson_is_a_miss_even_on_the_right_flow() -> None:
    results = [
        (case("mức 2 là gì", "how_to", "answer", ["vi.vneid.get-level-2"]), Routed("answer", "vi.other"))
    ]
    assert misrouted(results) and score(results)["vi"].as_json()["lesson_hit1"] == 0.0


def test_a_set_with_an_unknown_flow_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "set.yaml"
    path.write_text("messages:\n  - {text: hi, lang: vi, kind: chit_chat, flow: smalltalk}\n", "utf-8")
    with pytest.raises(ValidationError):
        load_cases([path])
