"""`hocvuso setup` a second time with nothing changed must skip every step, and say so quietly."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path


def test_a_second_setup_reinstalls_and_retrains_nothing() -> None:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "api", "setup"],
        cwd=Path(__file__).parents[2],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stderr
    assert "Rasa 3.6 environment: up to date" in result.stderr
    assert "Embedding model: up to date" in result.stderr
    assert "Rasa NLU model: up to date" in result.stderr
    assert elapsed < 60, f"a no-op setup took {elapsed:.0f} s"
    said = result.stdout + result.stderr
    assert "Batches" not in said and "it/s]" not in said, "a library's progress bar reached the output"
    assert "Setup finished in" in said
