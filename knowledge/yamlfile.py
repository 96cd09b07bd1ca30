"""YAML parsed by libyaml's C parser when PyYAML has it. Every start and every content reload reads
the lessons, the quiz banks and the registers; the pure-Python parser spends seconds on them."""

from __future__ import annotations

from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """Like `yaml.safe_load`: plain data only, and `yaml.YAMLError` (with its line) on bad input."""
    return yaml.load(text, Loader=_LOADER)
