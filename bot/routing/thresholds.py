"""The router's thresholds, kept in a YAML file next to it so they are calibrated, not scattered."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from knowledge.yamlfile import load_yaml

THRESHOLDS_FILE = Path(__file__).with_name("thresholds.yaml")


class Thresholds(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    victim_sure: float = Field(ge=0.0, le=1.01)
    victim_with_words: float = Field(ge=0.0, le=1.01)
    victim_despite_denial: float = Field(ge=0.0, le=1.01)
    scam_confidence: float = Field(ge=0.0, le=1.01)
    bare_paste_confidence: float = Field(ge=0.0, le=1.01)


@cache
def load_thresholds(path: Path = THRESHOLDS_FILE) -> Thresholds:
    return Thresholds.model_validate(load_yaml(path.read_text("utf-8")))
