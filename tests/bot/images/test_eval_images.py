"""The screenshot set end to end on a few messages: `hocvuso images build` draws them with
Chromium, `hocvuso eval images --json` reads them back and scores them. (The whole set is a
command, not a test: drawing and reading 42 screenshots takes minutes.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.images.mockups import load_messages, page

HOCVUSO = Path(sys.executable).with_name("hocvuso")
CHROMIUM = os.environ.get("HOCVUSO_CHROMIUM", "/usr/bin/chromium")
FEW = ["vi-01", "vi-06", "th-01", "th-06", "en-01"]  # scam and harmless, light and dark, a split link


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(HOCVUSO), *args],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "COLUMNS": "200"},
    )


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict:
    if not Path(CHROMIUM).is_file():
        pytest.fail(f"No Chromium at {CHROMIUM}: run `make test` (it installs Debian's chromium).")
    folder = tmp_path_factory.mktemp("screens")
    only = [arg for id_ in FEW for arg in ("--only", id_)]
    built = _run("images", "build", "--dir", str(folder), "--chromium", CHROMIUM, *only)
    assert built.returncode == 0, built.stderr
    assert sorted(p.stem for p in folder.glob("*.png")) == sorted(FEW)
    scored = _run("eval", "images", "--json", "--dir", str(folder), *only)
    assert scored.returncode == 0, scored.stderr
    return json.loads(scored.stdout)


def test_the_few_screenshots_are_read_within_the_targets(report: dict) -> None:
    assert report["images"] == len(FEW)
    assert report["cer"]["vi"] <= 0.03 and report["cer"]["en"] <= 0.03
    assert report["cer"]["th"] <= 0.06


def test_each_screenshot_gets_the_verdict_its_typed_text_gets(report: dict) -> None:
    assert {i["id"]: i["scam_on_image"] for i in report["items"]} == {
        i["id"]: i["scam_on_text"] for i in report["items"]
    }
    assert report["image"]["recall"] == 1.0, "the three scams are caught on their screenshots"


def test_a_link_split_across_lines_is_read_whole(report: dict) -> None:
    read = next(i["read"] for i in report["items"] if i["id"] == "vi-01")
    assert "https://vneid-capnhat-gov.com/xacthuc" in read


def test_reading_stays_within_seconds_of_processor_time(report: dict) -> None:
    assert report["cpu_seconds_p95"] <= 4.0


def test_the_set_has_what_the_measure_needs() -> None:
    messages = load_messages()
    assert len(messages) >= 40
    for lang in ("vi", "th", "en"):
        labels = {m.label for m in messages if m.lang == lang}
        assert labels == {"scam", "harmless"}, lang
    assert {m.mode for m in messages} == {"light", "dark"}
    assert len({m.font for m in messages}) >= 4 and len({m.width for m in messages}) >= 4
    assert any("OTP" in m.text for m in messages)


def test_the_page_escapes_the_message() -> None:
    message = load_messages()[0].model_copy(update={"text": "<script>x</script>", "sender": "<b>"})
    html = page(message)
    assert "<script>x" not in html and "&lt;script&gt;" in html and "&lt;b&gt;" in html
