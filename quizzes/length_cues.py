"""Whether an item's options give the answer away by their length.

If the right option is usually the longest, a learner who always picks the longest one scores far
above chance and the adaptive quiz's ability estimates measure test-wiseness, not knowledge. The
checks here are what `hocvuso quiz validate` enforces and what `hocvuso eval quiz` reports.

Length is what a reader sees: combining marks (Thai vowels and tones above or below a letter,
Vietnamese tone marks in decomposed text) do not make an option look longer.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from quizzes.schema import QuizItem

MAX_LONGEST_SHARE = 0.35
SHORT_DISTRACTOR_RATIO = 0.5


def visible_length(text: str) -> int:
    return sum(1 for char in unicodedata.normalize("NFC", text.strip()) if unicodedata.category(char) != "Mn")


def right_is_uniquely_longest(item: QuizItem) -> bool:
    lengths = [visible_length(option) for option in item.options]
    right = lengths.pop(item.correct_index)
    return right > max(lengths)


def short_distractors(item: QuizItem) -> list[str]:
    """Wrong options under half the longest option's length: nobody takes them seriously."""
    longest = max(visible_length(option) for option in item.options)
    return [
        option
        for index, option in enumerate(item.options)
        if index != item.correct_index and visible_length(option) < SHORT_DISTRACTOR_RATIO * longest
    ]


def longest_option_score(item: QuizItem) -> float:
    """Expected score of a learner who picks a longest option, choosing at random among ties."""
    lengths = [visible_length(option) for option in item.options]
    longest = [index for index, length in enumerate(lengths) if length == max(lengths)]
    return 1 / len(longest) if item.correct_index in longest else 0.0


def random_guess_score(item: QuizItem) -> float:
    return 1 / len(item.options)


@dataclass(frozen=True)
class BankCues:
    """Length cues in one topic bank (language.topic)."""

    bank: str
    items: int
    longest_share: float
    longest_learner: float
    random_guesser: float

    @property
    def too_revealing(self) -> bool:
        return self.longest_share > MAX_LONGEST_SHARE


def bank_cues(items: Iterable[QuizItem]) -> list[BankCues]:
    banks: dict[str, list[QuizItem]] = defaultdict(list)
    for item in items:
        banks[f"{item.language}.{item.topic}"].append(item)
    return [
        BankCues(
            bank=name,
            items=len(members),
            longest_share=_mean(right_is_uniquely_longest(item) for item in members),
            longest_learner=_mean(longest_option_score(item) for item in members),
            random_guesser=_mean(random_guess_score(item) for item in members),
        )
        for name, members in sorted(banks.items())
    ]


def _mean(values: Iterable[float]) -> float:
    values = list(values)
    return sum(values) / len(values)
