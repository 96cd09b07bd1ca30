"""Simulated learners with known abilities answer the item bank, to compare item selection rules.

Each simulated learner has a true ability θ per topic; each item's true difficulty is its prior
plus noise (priors are trainers' guesses, so the selector never sees the truth). A learner
answers right with probability σ(θ − b). For each rule — adaptive (target success 0.7), fixed
order (easiest first, like a worksheet) and random, plus an oracle that always asks the item
nearest the learner's true level — we track how far the estimate is from θ after 5, 10 and 15
items, and how many items it takes to declare mastery for learners who truly have it.

The oracle is a reference, not a floor: it maximises information under the true difficulties,
while every estimator here only knows the priors; and under the app's running update its item
choices carry the true level into the estimate (see `exact_posterior`).
"""

from __future__ import annotations

import math
import random
import statistics
from collections import defaultdict
from collections.abc import Callable

import numpy as np

from quizzes.ability import PRIOR_MEAN, PRIOR_SD, Ability, success_probability
from quizzes.schema import QuizItem
from quizzes.selection import TARGET_SUCCESS, fixed_order, next_item, random_order

CHECKPOINTS = (5, 10, 15)
RULES = ("adaptive", "fixed", "random", "oracle")
TRUE_ABILITY_SD = 1.2
DIFFICULTY_NOISE_SD = 0.3
MASTERY_TRUE_ABILITY = 1.5  # learners this able should be told they have mastered the topic
MAX_ITEMS = 30
ESTIMATORS = ("online", "posterior")
GRID = np.linspace(-6.0, 6.0, 481)

Picker = Callable[[list[QuizItem], Ability, set[str]], QuizItem | None]


def _pickers(rng: random.Random, target: float) -> dict[str, Picker]:
    return {
        "adaptive": lambda items, ability, asked: next_item(
            items, lambda _t: ability, lambda i: i.difficulty, asked, target=target
        ),
        "fixed": lambda items, _ability, asked: fixed_order(items, asked),
        "random": lambda items, _ability, asked: random_order(items, asked, rng),
    }


def _oracle(theta: float, truth: dict[str, float]) -> Picker:
    """Knows the true ability and difficulties and asks the item nearest that level."""
    return lambda items, _ability, asked: min(
        (i for i in items if i.id not in asked), key=lambda i: abs(truth[i.id] - theta), default=None
    )


def check_estimator(name: str) -> None:
    if name not in ESTIMATORS:
        raise ValueError(f"estimator must be one of {', '.join(ESTIMATORS)}, not {name!r}")


def exact_posterior(answers: list[tuple[float, bool]]) -> Ability:
    """The learner model's prior times the Rasch likelihood of every answer so far, on a grid.

    The app updates its estimate one answer at a time (a Laplace step); this is the estimate that
    approximation aims at. Measuring with it separates how well a rule picks items from how well
    the running update tracks them: under the running update, an oracle that asks items at the
    learner's true level also leaks that level into the estimate through the items' difficulties.
    """
    log_density = -0.5 * ((GRID - PRIOR_MEAN) / PRIOR_SD) ** 2
    for difficulty, correct in answers:
        log_density += -np.logaddexp(0.0, (difficulty - GRID) if correct else (GRID - difficulty))
    weights = np.exp(log_density - log_density.max())
    weights /= weights.sum()
    mean = float(weights @ GRID)
    sd = math.sqrt(float(weights @ (GRID - mean) ** 2))
    return Ability(mean, sd, len(answers))


def _run_learner(
    items: list[QuizItem],
    truth: dict[str, float],
    theta: float,
    pick: Picker,
    rng: random.Random,
    estimator: str = "online",
) -> tuple[dict[int, float], int | None]:
    """Squared error at each checkpoint, and the number of items until mastery (if reached)."""
    ability, asked, answers, errors, mastered_at = Ability(), set(), [], {}, None
    for n in range(1, min(MAX_ITEMS, len(items)) + 1):
        item = pick(items, ability, asked)
        if item is None:
            break
        asked.add(item.id)
        correct = rng.random() < success_probability(theta, truth[item.id])
        answers.append((item.difficulty, correct))
        if estimator == "posterior":
            ability = exact_posterior(answers)
        else:
            ability = ability.updated(item.difficulty, correct)
        if n in CHECKPOINTS:
            errors[n] = (ability.mean - theta) ** 2
        if mastered_at is None and ability.mastered:
            mastered_at = n
    return errors, mastered_at


def simulate(
    banks: dict[str, list[QuizItem]],
    learners: int = 400,
    seed: int = 7,
    target: float = TARGET_SUCCESS,
    estimator: str = "online",
) -> dict:
    """`banks` maps a topic to its items; every learner takes every topic under every rule.

    `estimator` is "online" (the app's one-step update) or "posterior" (the exact posterior).
    """
    check_estimator(estimator)
    rng = random.Random(seed)
    squared: dict[str, dict[int, list[float]]] = {r: defaultdict(list) for r in RULES}
    to_mastery: dict[str, list[int | None]] = {r: [] for r in RULES}
    for items in banks.values():
        truth = {i.id: i.difficulty + rng.gauss(0, DIFFICULTY_NOISE_SD) for i in items}
        for _ in range(learners):
            theta = rng.gauss(0, TRUE_ABILITY_SD)
            learner_seed = rng.random()
            pickers = {**_pickers(random.Random(learner_seed), target), "oracle": _oracle(theta, truth)}
            for rule, pick in pickers.items():
                errors, mastered_at = _run_learner(
                    items, truth, theta, pick, random.Random(learner_seed), estimator
                )
                for n, error in errors.items():
                    squared[rule][n].append(error)
                if theta >= MASTERY_TRUE_ABILITY:
                    to_mastery[rule].append(mastered_at)
    return {**_summary(squared, to_mastery, learners, banks), "estimator": estimator, "target": target}


def _summary(squared, to_mastery, learners: int, banks: dict[str, list[QuizItem]]) -> dict:
    report: dict = {
        f"rmse_at_{n}": {
            r: round(math.sqrt(statistics.fmean(squared[r][n])), 3) for r in RULES if squared[r][n]
        }
        for n in CHECKPOINTS
    }
    report["items_to_mastery"] = {
        rule: {
            "median": statistics.median(reached)
            if (reached := [n for n in values if n is not None])
            else None,
            "reached_share": round(len(reached) / len(values), 3) if values else None,
        }
        for rule, values in to_mastery.items()
    }
    report["learners_per_topic"] = learners
    report["topics"] = {topic: len(items) for topic, items in banks.items()}
    return report
