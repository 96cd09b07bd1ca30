"""The safety guard: secrets a learner types are found and redacted before anything else runs."""

from bot.safety.checksums import luhn_valid, thai_id_valid
from bot.safety.guard import PLACEHOLDER, CannotCheck, Finding, Kind, find_secrets, redact, redact_in_time

__all__ = [
    "PLACEHOLDER",
    "CannotCheck",
    "Finding",
    "Kind",
    "find_secrets",
    "luhn_valid",
    "redact",
    "redact_in_time",
    "thai_id_valid",
]
