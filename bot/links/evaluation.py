"""Score the link check on a labelled set (`hocvuso eval links`).

Each item is a link as people send it (plain, without a scheme, inside a message, split across a
line, in capitals, or with letters of another alphabet) and what it really is. The figures that
matter most: how many look-alikes are caught, and that no official domain is ever flagged.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

from bot.links.domains import check_link, check_url
from bot.links.register import Organisation
from bot.links.urls import find_links
from knowledge.yamlfile import load_yaml

DEVSET_DIR = Path(__file__).resolve().parents[2] / "knowledge" / "devset"
DEVSET = DEVSET_DIR / "links-dev.yaml"
DEVSET_2 = DEVSET_DIR / "links-dev-2.yaml"  # the first held-out set, scored once, studied since
DEVSET_3 = DEVSET_DIR / "links-dev-3.yaml"  # the second held-out set, scored once, studied since
DEVSET_4 = DEVSET_DIR / "links-dev-4.yaml"  # the third held-out set, scored once, studied since
DEVSET_5 = DEVSET_DIR / "links-dev-5.yaml"  # the fourth held-out set, scored once, studied since
DEVSETS = (DEVSET, DEVSET_2, DEVSET_3, DEVSET_4, DEVSET_5)
HOLDOUT = DEVSET_DIR / "links-holdout-5.yaml"
Label = Literal["official", "lookalike", "shortener", "apk", "unrelated"]
LABELS: tuple[Label, ...] = ("official", "lookalike", "shortener", "apk", "unrelated")
Written = Literal["plain", "no_scheme", "in_text", "split_line", "caps", "idn"]
FLAGGED = {"lookalike", "apk"}


class LinkItem(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: str = Field(min_length=3)
    label: Label
    brand: str | None = None
    written: Written = "plain"
    text: str = ""


class LinkSet(BaseModel):
    links: list[LinkItem]


class LabelScore(BaseModel):
    count: int
    precision: float
    recall: float


class LinkReport(BaseModel):
    items: int
    accuracy: float
    labels: dict[str, LabelScore]
    lookalike_recall: float
    official_flagged: int
    unrelated_flagged: int
    brand_accuracy: float  # look-alikes caught with the organisation they imitate named right
    by_written: dict[str, float]
    wrong: list[tuple[str, str, str]]  # (url, label, verdict)


def load_links(path: Path) -> list[LinkItem]:
    """Raises ValueError naming the file when the set cannot be read."""
    try:
        return LinkSet.model_validate(load_yaml(path.read_text(encoding="utf-8"))).links
    except (OSError, yaml.YAMLError, ValueError) as exc:
        raise ValueError(f"{path}: {exc}") from exc


def predict(item: LinkItem) -> tuple[Label | Literal["none"], Organisation | None]:
    """The verdict as a label ("unknown" is "unrelated"), and the organisation it names.

    The sets have no label for a page in an app store: it is the store's own page ("official", with
    the store as its brand) and no other organisation's ("unrelated"), so either label is right for it,
    and any other label wrong (counted as "official", never flagged)."""
    if item.written in ("in_text", "split_line"):
        found = find_links(item.text)
        check = check_link(found[0]) if found else None
    else:
        check = check_url(item.url)
    if check is None:
        return "none", None
    if check.verdict == "app_store":
        return (item.label if item.label in ("official", "unrelated") else "official"), check.organisation
    label: Label = "unrelated" if check.verdict == "unknown" else check.verdict  # type: ignore[assignment]
    return label, check.organisation


def evaluate(items: list[LinkItem]) -> LinkReport:
    results = [(item, *predict(item)) for item in items]
    labels = {}
    for label in LABELS:
        truth = sum(1 for item, _, _ in results if item.label == label)
        said = sum(1 for _, verdict, _ in results if verdict == label)
        hits = sum(1 for item, verdict, _ in results if item.label == verdict == label)
        labels[label] = LabelScore(
            count=truth, precision=hits / said if said else 1.0, recall=hits / truth if truth else 1.0
        )
    lookalikes = [(item, verdict, org) for item, verdict, org in results if item.label == "lookalike"]
    caught = [(item, org) for item, verdict, org in lookalikes if verdict in FLAGGED]
    by_written: dict[str, float] = {}
    for kind, count in Counter(item.written for item in items).items():
        right = sum(1 for item, verdict, _ in results if item.written == kind and item.label == verdict)
        by_written[kind] = right / count
    return LinkReport(
        items=len(items),
        accuracy=sum(1 for item, verdict, _ in results if item.label == verdict) / len(items),
        labels=labels,
        lookalike_recall=len(caught) / len(lookalikes) if lookalikes else 1.0,
        official_flagged=sum(
            1 for item, verdict, _ in results if item.label == "official" and verdict in FLAGGED
        ),
        unrelated_flagged=sum(
            1 for item, verdict, _ in results if item.label == "unrelated" and verdict in FLAGGED
        ),
        brand_accuracy=sum(1 for item, org in caught if _same_brand(item.brand, org)) / len(caught)
        if caught
        else 1.0,
        by_written=dict(sorted(by_written.items())),
        wrong=[(item.url, item.label, verdict) for item, verdict, _ in results if item.label != verdict],
    )


def _same_brand(brand: str | None, org: Organisation | None) -> bool:
    """Whether the set's brand is the organisation named, however the set spells it ("kbank" for
    Kasikornbank, "rd" for rd.go.th): by the register's id, names, or a domain's first label."""
    if brand is None:
        return True
    if org is None:
        return False
    spellings = {org.id, *org.names, *org.short_names, *org.common_names, *org.everyday_names}
    spellings |= {domain.domain.split(".", 1)[0] for domain in org.domains}
    return brand.lower() in {spelling.lower() for spelling in spellings}
