"""How well a learner knows a topic: a Rasch ability with its uncertainty, updated after each answer.

The model: the chance a learner of ability θ answers an item of difficulty b correctly is
σ(θ − b). Our belief about θ is a normal distribution N(μ, s²). After each answer it is updated
by one Newton step on the log-posterior (a Laplace approximation, as in Glicko): the step is
large while s is large and shrinks as evidence accumulates — an Elo update whose K-factor decays
by itself. s² grows slowly while a learner is away (people forget, and learn elsewhere), so old
certainty does not last forever.

Why this over plain Elo: the uncertainty is what lets a quiz stop once the estimate is precise
enough, and lets mastery be claimed only when the evidence is strong (μ − s above a bar).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

PRIOR_MEAN = 0.0
PRIOR_SD = 1.5
MIN_SD = 0.25
DRIFT_VAR_PER_DAY = 0.01
MASTERY_LOWER_BOUND = 1.0  # μ − s ≥ 1.0: even pessimistically, 73 % right on a medium item (b = 0)
MASTERY_MIN_ANSWERS = 5


def success_probability(ability: float, difficulty: float) -> float:
    return 1.0 / (1.0 + math.exp(difficulty - ability))


@dataclass(frozen=True)
class Ability:
    mean: float = PRIOR_MEAN
    sd: float = PRIOR_SD
    answers: int = 0

    def expected_success(self, difficulty: float) -> float:
        """The chance of a right answer averaged over our uncertainty (probit approximation)."""
        scale = math.sqrt(1.0 + math.pi * self.sd**2 / 8.0)
        return success_probability(self.mean / scale, difficulty / scale)

    def updated(self, difficulty: float, correct: bool) -> Ability:
        p = success_probability(self.mean, difficulty)
        information = p * (1.0 - p)
        variance = 1.0 / (1.0 / self.sd**2 + information)
        mean = self.mean + variance * ((1.0 if correct else 0.0) - p)
        return Ability(mean, max(MIN_SD, math.sqrt(variance)), self.answers + 1)

    def after_days_away(self, days: float) -> Ability:
        if days <= 0:
            return self
        variance = min(PRIOR_SD**2, self.sd**2 + DRIFT_VAR_PER_DAY * days)
        return Ability(self.mean, math.sqrt(variance), self.answers)

    @property
    def mastered(self) -> bool:
        return self.answers >= MASTERY_MIN_ANSWERS and self.mean - self.sd >= MASTERY_LOWER_BOUND
