"""Re-estimate item difficulties from stored answers (`hocvuso quiz calibrate`).

Joint maximum a posteriori estimation of the Rasch model: every (learner, topic) ability and
every item difficulty, with each difficulty's prior centred on the trainer's guess so that an
item answered a handful of times barely moves. Newton steps alternate between abilities and
difficulties until they settle.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from quizzes.ability import PRIOR_SD, success_probability

DIFFICULTY_PRIOR_SD = 1.0
ITERATIONS = 50


@dataclass(frozen=True)
class Observation:
    person: str  # learner and topic: abilities are per topic
    item: str
    correct: bool


def calibrate(observations: list[Observation], priors: dict[str, float]) -> dict[str, tuple[float, int]]:
    """New difficulty and number of answers for each item that has answers."""
    by_item: dict[str, list[Observation]] = defaultdict(list)
    by_person: dict[str, list[Observation]] = defaultdict(list)
    for observation in observations:
        if observation.item in priors:
            by_item[observation.item].append(observation)
            by_person[observation.person].append(observation)
    difficulty = {item: priors[item] for item in by_item}
    ability = dict.fromkeys(by_person, 0.0)
    for _ in range(ITERATIONS):
        for person, seen in by_person.items():
            ability[person] = _newton(
                ability[person], 0.0, PRIOR_SD, [(difficulty[o.item], o.correct) for o in seen], +1
            )
        for item, seen in by_item.items():
            difficulty[item] = _newton(
                difficulty[item],
                priors[item],
                DIFFICULTY_PRIOR_SD,
                [(ability[o.person], o.correct) for o in seen],
                -1,
            )
    return {item: (round(difficulty[item], 4), len(seen)) for item, seen in by_item.items()}


def _newton(
    value: float, prior: float, prior_sd: float, others: list[tuple[float, bool]], sign: int
) -> float:
    """One Newton step on the log-posterior of one parameter; sign +1 for an ability, -1 for a
    difficulty (a harder item lowers the chance of success)."""
    gradient = -(value - prior) / prior_sd**2
    curvature = 1.0 / prior_sd**2
    for other, correct in others:
        p = success_probability(value, other) if sign > 0 else success_probability(other, value)
        gradient += sign * ((1.0 if correct else 0.0) - p)
        curvature += p * (1.0 - p)
    step = gradient / curvature
    return value + max(-1.0, min(1.0, step)) if math.isfinite(step) else value
