"""`hocvuso eval links --json` on the development sets, with their floors."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from api.cli import app
from bot.links.evaluation import (
    DEVSET,
    DEVSET_2,
    DEVSET_3,
    DEVSET_4,
    DEVSET_5,
    DEVSETS,
    HOLDOUT,
    LinkItem,
    evaluate,
    load_links,
)


@pytest.mark.parametrize("path", DEVSETS, ids=["dev", "dev-2", "dev-3", "dev-4", "dev-5"])
def test_each_development_set_covers_every_label_and_way_of_writing(path) -> None:
    items = load_links(path)
    assert len(items) >= 120
    assert {i.label for i in items} == {"official", "lookalike", "shortener", "apk", "unrelated"}
    assert {i.written for i in items} == {"plain", "no_scheme", "in_text", "split_line", "caps", "idn"}
    assert all(i.text for i in items if i.written in ("in_text", "split_line"))


def test_eval_links_meets_its_floors_on_every_development_set() -> None:
    result = CliRunner().invoke(app, ["eval", "links", "--json"])
    assert result.exit_code == 0, result.output
    reports = {report["set"]: report for report in json.loads(result.output)}
    assert set(reports) == {DEVSET.name, DEVSET_2.name, DEVSET_3.name, DEVSET_4.name, DEVSET_5.name}
    for report in reports.values():
        assert report["official_flagged"] == 0
        assert report["unrelated_flagged"] <= 1
        assert report["lookalike_recall"] >= 0.97
        assert report["labels"]["apk"]["recall"] >= 0.95
        assert report["labels"]["official"]["precision"] == 1.0  # nothing else is ever called official


def test_the_held_out_set_is_none_of_the_development_sets() -> None:
    assert HOLDOUT not in DEVSETS
    assert HOLDOUT.name == "links-holdout-5.yaml"


def test_an_app_store_page_is_right_as_the_store_s_official_page_or_as_unrelated() -> None:
    """The sets have no label for an app's page in a store: "official" (the store's) and "unrelated"
    (no other organisation's) both describe it; a look-alike label does not."""
    page = "https://play.google.com/store/apps/details?id=org.example.game"
    items = [LinkItem(url=page, label=label) for label in ("official", "unrelated", "lookalike")]
    report = evaluate(items)
    assert report.accuracy == 2 / 3
    assert report.wrong == [(page, "lookalike", "official")]
    assert report.official_flagged == 0 and report.unrelated_flagged == 0


def test_a_missing_set_is_refused_with_its_path(tmp_path) -> None:
    result = CliRunner().invoke(app, ["eval", "links", "--set", str(tmp_path / "none.yaml")])
    assert result.exit_code != 0 and "no labelled file" in result.output
