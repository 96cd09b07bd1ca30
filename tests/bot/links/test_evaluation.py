"""`hocvuso eval links --json` on the development set, with its floor."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from api.cli import app
from bot.links.evaluation import DEVSET, load_links


def test_the_development_set_covers_every_label_and_way_of_writing() -> None:
    items = load_links(DEVSET)
    assert len(items) >= 120
    assert {i.label for i in items} == {"official", "lookalike", "shortener", "apk", "unrelated"}
    assert {i.written for i in items} == {"plain", "no_scheme", "in_text", "split_line", "caps", "idn"}
    assert all(i.text for i in items if i.written in ("in_text", "split_line"))


def test_eval_links_meets_its_floor_on_the_development_set() -> None:
    result = CliRunner().invoke(app, ["eval", "links", "--set", str(DEVSET), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["official_flagged"] == 0
    assert report["lookalike_recall"] >= 0.95
    assert report["labels"]["apk"]["recall"] >= 0.9


def test_a_missing_set_is_refused_with_its_path(tmp_path) -> None:
    result = CliRunner().invoke(app, ["eval", "links", "--set", str(tmp_path / "none.yaml")])
    assert result.exit_code != 0 and "no labelled file" in result.output
