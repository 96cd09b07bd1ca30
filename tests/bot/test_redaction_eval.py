"""`hocvuso eval redaction`: how recall and false redactions are counted, and floors that keep the
guard from sliding back on the development sets (the held-out set is scored by the command)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app
from bot.safety.evaluation import DEVSET, DEVSETS, LabelledText, evaluate, load_labelled

RECALL_FLOOR = 0.99
# A set held below the bar while its round is unfinished, at its recall then and with no false
# redaction; after the forty-first round every development set is at 1.000, so none is.
RECALL_FLOORS: dict[Path, float] = {}


def _item(text: str, secrets: list[str], lang: str = "vi") -> LabelledText:
    return LabelledText(id=f"t-{len(text)}", lang=lang, format="t", text=text, secrets=secrets)


def test_a_secret_only_partly_redacted_is_a_miss() -> None:
    """The guard redacts '731904'; a label that also covers ' and more' is only half caught."""
    report = evaluate(
        [_item("mã OTP 731904", ["731904"]), _item("mã OTP 731904 and more", ["731904 and more"])]
    )
    score = report.by_language["vi"]
    assert (score.secrets, score.caught) == (2, 1)
    assert report.missed == [("t-22", "731904 and more")]


def test_a_harmless_message_with_anything_redacted_is_a_false_redaction() -> None:
    report = evaluate([_item("giá 185.000đ, gọi 1900 5656", []), _item("mã OTP 123456", [])])
    assert report.by_language["vi"].false_redactions == 1


def test_a_label_must_occur_once_in_its_text() -> None:
    with pytest.raises(ValueError, match="exactly once"):
        _item("123456 hay 123456", ["123456"])


@pytest.mark.parametrize("path", DEVSETS, ids=lambda p: p.stem)
def test_development_sets_stay_caught(path) -> None:
    report = evaluate(load_labelled(path))
    for lang, score in report.by_language.items():
        assert score.recall >= RECALL_FLOORS.get(path, RECALL_FLOOR), (lang, report.missed)
        assert score.false_redaction_rate <= 0.02, (lang, report.falsely_redacted)


def test_the_command_prints_figures_per_language() -> None:
    result = CliRunner().invoke(app, ["eval", "redaction", "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["set"] == DEVSET.name and set(figures["by_language"]) == {"vi", "th", "en"}
