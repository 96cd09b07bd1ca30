"""Validation errors in the form every endpoint answers with: which field, and what is wrong."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError


def describe_errors(exc: ValidationError | Sequence[Any]) -> list[dict[str, str]]:
    """Field path and problem only: the offending value is never echoed (it may be a secret)."""
    errors = exc.errors() if isinstance(exc, ValidationError) else exc
    return [
        {"field": ".".join(str(p) for p in err["loc"] if p != "body") or "body", "problem": err["msg"]}
        for err in errors
    ]
