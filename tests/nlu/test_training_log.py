"""Rasa's training log, summarised the way setup shows it."""

from __future__ import annotations

from pathlib import Path

from api.heartbeat import LogFollower
from nlu.training_log import RasaTrainingSummary

# Excerpts of a real `rasa train nlu` log: warnings, component hooks, the redrawn epoch bar.
START = (
    "/venv/lib/python3.10/site-packages/rasa/shared/utils/io.py:100: UserWarning: Found inconsistent "
    "entity synonyms while reading markdown\n"
    "2026-12-06 09:15:45 INFO     rasa.engine.training.hooks  - Starting to train component "
    "'CountVectorsFeaturizer'.\n"
    "2026-12-06 09:15:46 INFO     rasa.engine.training.hooks  - Finished training component "
    "'CountVectorsFeaturizer'.\n"
    "2026-12-06 09:15:52 INFO     rasa.engine.training.hooks  - Starting to train component "
    "'DIETClassifier'.\n"
)
EPOCHS = (
    "Epochs:   0%|          | 0/20 [00:00<?, ?it/s]\r"
    "Epochs:   5%|▌         | 1/20 [00:36<11:33, 36.48s/it]\r"
    "Epochs:   5%|▌         | 1/20 [00:36<11:33, 36.48s/it, t_loss=7.06, i_acc=0.538, e_f1=0.154]\r"
    "Epochs:  85%|████████▌ | 17/20 [05:11<00:48, 16.06s/it, t_loss=3.86, i_acc=0.991, e_f1=0.925]\r"
)
END = (
    "Epochs: 100%|██████████| 20/20 [05:58<00:00, 17.90s/it, t_loss=3.70, i_acc=0.993, e_f1=0.931]\n"
    "2026-12-06 09:21:44 INFO     rasa.engine.training.hooks  - Finished training component "
    "'DIETClassifier'.\n"
    "\x1b[92mYour Rasa model is trained and saved at 'var/nlu/models/nlu-17794c729dd62562.tar.gz'.\x1b[0m\n"
)


def summaries(text: str) -> list[str]:
    summary = RasaTrainingSummary()
    return [said for line in text.replace("\r", "\n").splitlines() if (said := summary(line))]


def test_component_hooks_say_which_part_is_training() -> None:
    assert summaries(START) == ["training CountVectorsFeaturizer", "training DIETClassifier"]


def test_the_epoch_bar_becomes_epoch_accuracy_and_time_left() -> None:
    said = summaries(START + EPOCHS)
    assert said[-4:] == [
        "DIETClassifier: epoch 0/20",
        "DIETClassifier: epoch 1/20, about 11:33 min left",
        "DIETClassifier: epoch 1/20, accuracy 0.538, about 11:33 min left",
        "DIETClassifier: epoch 17/20, accuracy 0.991, about 48 s left",
    ]


def test_the_last_epoch_and_the_saved_model_need_no_time_left() -> None:
    said = summaries(START + EPOCHS + END)
    assert "DIETClassifier: epoch 20/20, accuracy 0.993" in said
    assert said[-1] == "saving the model"


def test_warnings_alone_say_nothing() -> None:
    assert summaries(START.splitlines(keepends=True)[0]) == []


def test_followed_as_it_grows_the_log_gives_the_latest_epoch(tmp_path: Path) -> None:
    log = tmp_path / "train-nlu.log"
    follower = LogFollower(log, RasaTrainingSummary(), first="loading Rasa and TensorFlow")
    assert follower.poll() == "loading Rasa and TensorFlow"
    first_bar_and_a_half = EPOCHS.index("\r") + 20  # the second redraw is still being written
    log.write_text(START + EPOCHS[:first_bar_and_a_half])
    assert follower.poll() == "DIETClassifier: epoch 0/20"
    with log.open("a") as out:
        out.write(EPOCHS[first_bar_and_a_half:])
    assert follower.poll() == "DIETClassifier: epoch 17/20, accuracy 0.991, about 48 s left"
