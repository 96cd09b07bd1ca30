"""Simulated learners: the figures `hocvuso eval quiz` reports, and the calibration's accuracy."""

from __future__ import annotations

import random

import pytest

from quizzes.ability import success_probability
from quizzes.calibration import Observation, calibrate
from quizzes.simulation import exact_posterior, simulate
from tests.quizzes.conftest import make_item


def test_adaptive_selection_estimates_better_than_a_fixed_worksheet() -> None:
    bank = [make_item(n, -2 + 4 * n / 29) for n in range(30)]
    report = simulate({"scams": bank}, learners=300, seed=3)
    at_10 = report["rmse_at_10"]
    assert at_10["oracle"] < at_10["adaptive"] < at_10["fixed"]
    assert report["rmse_at_15"]["adaptive"] < at_10["adaptive"] < report["rmse_at_5"]["adaptive"]
    assert report["items_to_mastery"]["adaptive"]["median"] < report["items_to_mastery"]["fixed"]["median"]


def test_adaptive_selection_beats_the_worksheet_under_the_exact_posterior_too() -> None:
    bank = [make_item(n, -2 + 4 * n / 29) for n in range(30)]
    report = simulate({"scams": bank}, learners=150, seed=3, estimator="posterior")
    assert report["estimator"] == "posterior"
    assert report["rmse_at_10"]["adaptive"] < 0.9 * report["rmse_at_10"]["fixed"]


def test_the_exact_posterior_finds_a_learners_level_from_many_answers() -> None:
    rng = random.Random(11)
    theta = 1.3
    difficulties = [-3 + 6 * i / 299 for i in range(300)]
    answers = [(b, rng.random() < success_probability(theta, b)) for b in difficulties]
    ability = exact_posterior(answers)
    assert abs(ability.mean - theta) < 0.3
    assert ability.sd < 0.2
    assert ability.answers == 300


def test_an_unknown_estimator_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="online, posterior"):
        simulate({"scams": [make_item(0, 0.0)]}, learners=1, estimator="mle")


def test_calibration_recovers_difficulties_from_answers() -> None:
    rng = random.Random(5)
    true = {f"item-{i}": -2 + 4 * i / 9 for i in range(10)}
    priors = dict.fromkeys(true, 0.0)  # trainers guessed "medium" for everything
    observations = []
    for person in range(400):
        theta = rng.gauss(0, 1)
        for item, b in true.items():
            observations.append(Observation(f"p{person}", item, rng.random() < success_probability(theta, b)))
    estimates = calibrate(observations, priors)
    errors = [abs(estimates[item][0] - b) for item, b in true.items()]
    assert max(errors) < 0.35
    assert all(count == 400 for _, count in estimates.values())
