"""Read `rasa train nlu`'s log as it grows and say in a few words where training is.

Rasa writes warnings, component hooks and a tqdm "Epochs" bar redrawn with carriage returns;
setup shows one line from them ("DIETClassifier: epoch 17/20, accuracy 0.991, about 48 s left")
instead of the raw bars.
"""

from __future__ import annotations

import re

_COMPONENT = re.compile(r"Starting to train component '(\w+)'")
_EPOCH = re.compile(
    r"Epochs:\s*\d+%\|[^|]*\|\s*(?P<done>\d+)/(?P<total>\d+)\s*\[[\d:]+<(?P<left>[\d:]+|\?)"
    r"(?:.*?i_acc=(?P<accuracy>[\d.]+))?"
)
_SAVED = re.compile(r"Your Rasa model is trained and saved")


class RasaTrainingSummary:
    """Called with each log line; returns a new summary when the line says something, else None."""

    def __init__(self) -> None:
        self.component: str | None = None

    def __call__(self, line: str) -> str | None:
        if match := _COMPONENT.search(line):
            self.component = match[1]
            return f"training {self.component}"
        if match := _EPOCH.search(line):
            return self._epoch(match)
        if _SAVED.search(line):
            return "saving the model"
        return None

    def _epoch(self, match: re.Match[str]) -> str:
        parts = [f"epoch {match['done']}/{match['total']}"]
        if match["accuracy"]:
            parts.append(f"accuracy {match['accuracy']}")
        if match["left"] != "?" and match["done"] != match["total"]:
            parts.append(f"about {_duration(match['left'])} left")
        return f"{self.component or 'classifier'}: " + ", ".join(parts)


def _duration(tqdm_clock: str) -> str:
    """tqdm's `00:48` / `11:33` / `1:02:03` as `48 s` / `11:33 min` / `1:02:03`."""
    fields = [int(part) for part in tqdm_clock.split(":")]
    seconds = 0
    for value in fields:
        seconds = seconds * 60 + value
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60}:{seconds % 60:02d} min"
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
