"""The register of checkable facts lessons may state: each hotline, amount, legal document or web
host with the page that says it, so one number is checked once, not once per lesson."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from knowledge.claims import Kind, normalise
from knowledge.schema import Source
from knowledge.yamlfile import load_yaml

FACTS_FILE = Path(__file__).parent / "facts.yaml"
Country = Literal["vn", "th"]


class Fact(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    kind: Kind
    value: str = Field(min_length=1, description="As a lesson writes it; compared after normalising.")
    country: Country
    says: str = Field(min_length=10, description="What the value is, in one sentence.")
    source: Source
    reviewed_on: dt.date

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.country, self.kind, normalise(self.kind, self.value) or self.value)


def load_facts(path: Path = FACTS_FILE) -> list[Fact]:
    """Raises ValueError naming the file when the register cannot be read."""
    try:
        data = load_yaml(path.read_text(encoding="utf-8")) or []
        return TypeAdapter(list[Fact]).validate_python(data)
    except (OSError, yaml.YAMLError, ValueError) as exc:
        raise ValueError(f"{path}: {exc}") from exc
