"""The hybrid retriever's tuned constants, written by `hocvuso eval retrieval --write-calibration`.

Kept as a small reviewed file next to the code, so a change of threshold shows up in a diff.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, Field

CALIBRATION_FILE = Path(__file__).parent / "retrieval-calibration.json"


class Calibration(BaseModel):
    weight: float = Field(0.3, ge=0, description="Most the lexical evidence can add to a cosine.")
    saturation: float = Field(10.0, gt=0, description="BM25 score at which half the bonus is reached.")
    thresholds: dict[str, float] = Field(
        default_factory=lambda: {"vi": 1.07, "th": 0.99, "en": 0.98},
        description="Per-language confidence below which the bot declines to answer from a lesson.",
    )
    note: str = ""


def load_calibration(path: Path = CALIBRATION_FILE) -> Calibration:
    if not path.exists():
        return Calibration()
    return Calibration.model_validate_json(path.read_text(encoding="utf-8"))


def save_calibration(calibration: Calibration, path: Path = CALIBRATION_FILE) -> None:
    path.write_text(
        json.dumps(calibration.model_dump(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
