"""Rasa Open Source 3.6.21 in its own virtual environment.

Rasa pins an old stack (TensorFlow 2.12, pydantic 1.10, numpy 1.23) that cannot share an
environment with the application, so it gets its own venv and runs as its own process.
Python 3.10 is Rasa's supported interpreter; on 3.11 a curated lock installs with
`--no-deps --ignore-requires-python`, since only Rasa's own metadata forbids it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

RASA_DIR = Path(__file__).parent / "rasa"
LOCKS = {"3.10": RASA_DIR / "requirements-py310.lock.txt", "3.11": RASA_DIR / "requirements-py311.lock.txt"}
STAMP = ".hocvuso-lock.sha256"


class RasaEnvError(RuntimeError):
    """The Rasa environment cannot be built here; the message says what to install."""


@dataclass(frozen=True)
class Interpreter:
    path: Path
    version: str  # "3.10" or "3.11"

    @property
    def lock(self) -> Path:
        return LOCKS[self.version]


def _version_of(python: Path) -> str | None:
    try:
        out = subprocess.run(
            [str(python), "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip()


def _candidates() -> list[Path]:
    found: list[Path] = []
    if override := os.environ.get("HOCVUSO_RASA_PYTHON"):
        found.append(Path(override))
    if on_path := shutil.which("python3.10"):
        found.append(Path(on_path))
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    found.extend(sorted(pyenv_root.glob("versions/3.10.*/bin/python3.10"), reverse=True))
    found.extend(Path(p) for p in ("/usr/bin/python3.10", "/usr/local/bin/python3.10"))
    base = Path(getattr(sys, "_base_executable", sys.executable))
    found.append(base)
    return found


def find_interpreter() -> Interpreter:
    """Prefer Python 3.10 (Rasa's supported version); fall back to 3.11 with the curated lock."""
    for path in _candidates():
        version = _version_of(path) if path.exists() else None
        if version in LOCKS:
            return Interpreter(path, version)
    raise RasaEnvError(
        "No Python 3.10 or 3.11 interpreter found for Rasa 3.6.21. Install Python 3.10 "
        "(e.g. `pyenv install 3.10`) or set HOCVUSO_RASA_PYTHON to a python3.10 binary."
    )


def lock_digest(interpreter: Interpreter) -> str:
    extra = RASA_DIR / "extra-requirements.txt"
    payload = interpreter.version.encode() + interpreter.lock.read_bytes()
    if extra.exists():
        payload += extra.read_bytes()
    return hashlib.sha256(payload).hexdigest()


def is_current(venv: Path, interpreter: Interpreter) -> bool:
    stamp = venv / STAMP
    return stamp.is_file() and stamp.read_text().strip() == lock_digest(interpreter)


def install_commands(venv: Path, interpreter: Interpreter) -> list[list[str]]:
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--disable-pip-version-check"]
    pip.append("--progress-bar=off")  # the log keeps pip's package lines, which setup summarises
    if interpreter.version == "3.10":
        commands = [[*pip, "-r", str(interpreter.lock)]]
    else:
        commands = [[*pip, "--no-deps", "--ignore-requires-python", "-r", str(interpreter.lock)]]
    extra = RASA_DIR / "extra-requirements.txt"
    if extra.exists():
        commands.append([*pip, "-r", str(extra)])
    return commands


def ensure_rasa_env(venv: Path, log: Path) -> tuple[Interpreter, bool]:
    """Create or update the venv when its lock changed. Returns (interpreter, whether it changed)."""
    interpreter = find_interpreter()
    if is_current(venv, interpreter):
        return interpreter, False
    if (venv / "bin" / "python").exists() and _version_of(venv / "bin" / "python") != interpreter.version:
        shutil.rmtree(venv)
    if not (venv / "bin" / "python").exists():
        _run([str(interpreter.path), "-m", "venv", str(venv)], log)
    for command in install_commands(venv, interpreter):
        _run(command, log)
    (venv / STAMP).write_text(lock_digest(interpreter))
    return interpreter, True


def _run(command: list[str], log: Path) -> None:
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("a", encoding="utf-8") as out:
        out.write(f"$ {' '.join(command)}\n")
        out.flush()
        result = subprocess.run(command, stdout=out, stderr=subprocess.STDOUT, check=False)
    if result.returncode != 0:
        raise RasaEnvError(f"`{' '.join(command[:6])} …` failed (exit {result.returncode}); see {log}")
