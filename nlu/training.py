"""Train the Rasa NLU model, and only when its inputs changed.

The model file is named after a hash of everything that shapes it (pipeline, training data,
custom components, the Rasa lock), so "is it up to date?" is a file lookup.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

from nlu.rasa_env import RASA_DIR

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CONFIG = PROJECT_ROOT / "config.yml"
DATA_DIR = Path(__file__).parent / "data"
COMPONENTS_DIR = Path(__file__).parent / "rasa_components"


class TrainingError(RuntimeError):
    """Rasa could not train; the message points at its log."""


def training_inputs(config: Path = CONFIG, data_dir: Path = DATA_DIR) -> list[Path]:
    files = [config, *sorted(data_dir.rglob("*.yml"))]
    if COMPONENTS_DIR.exists():
        files.extend(sorted(COMPONENTS_DIR.rglob("*.py")))
    files.extend(sorted(RASA_DIR.glob("*.txt")))
    return files


def _label(path: Path, data_dir: Path) -> str:
    """A name for the hash that does not depend on where the project or the data lives."""
    for root in (data_dir, PROJECT_ROOT):
        if path.is_relative_to(root):
            return str(path.relative_to(root))
    return path.name


def model_digest(config: Path = CONFIG, data_dir: Path = DATA_DIR) -> str:
    digest = hashlib.sha256()
    for path in training_inputs(config, data_dir):
        digest.update(_label(path, data_dir).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def model_path(model_dir: Path, config: Path = CONFIG, data_dir: Path = DATA_DIR) -> Path:
    return model_dir / f"nlu-{model_digest(config, data_dir)}.tar.gz"


def rasa_environment(var_dir: Path) -> dict[str, str]:
    """Environment for every Rasa process: project importable, no telemetry, cache under var/."""
    env = dict(os.environ)
    env["RASA_CACHE_DIRECTORY"] = str(var_dir / "rasa-cache")
    env["PYTHONPATH"] = str(PROJECT_ROOT)
    env["RASA_TELEMETRY_ENABLED"] = "false"
    env["TF_CPP_MIN_LOG_LEVEL"] = "2"
    env["PYTHONUNBUFFERED"] = "1"
    env.pop("TQDM_DISABLE", None)  # its epoch bar, in the log, is how setup reports training progress
    return env


def ensure_model(
    venv: Path, model_dir: Path, log: Path, config: Path = CONFIG, data_dir: Path = DATA_DIR
) -> tuple[Path, bool]:
    """Return (model file, whether it was trained now)."""
    target = model_path(model_dir, config, data_dir)
    if target.is_file():
        return target, False
    model_dir.mkdir(parents=True, exist_ok=True)
    command = [
        str(venv / "bin" / "rasa"),
        "train",
        "nlu",
        "--config",
        str(config),
        "--nlu",
        str(data_dir),
        "--out",
        str(model_dir),
        "--fixed-model-name",
        target.name.removesuffix(".tar.gz"),
    ]
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("a", encoding="utf-8") as out:
        result = subprocess.run(
            command,
            cwd=PROJECT_ROOT,
            env=rasa_environment(venv.parent),
            stdout=out,
            stderr=subprocess.STDOUT,
            check=False,
        )
    if result.returncode != 0 or not target.is_file():
        raise TrainingError(f"`rasa train nlu` failed (exit {result.returncode}); see {log}")
    return target, True
