"""The Makefile's step runner: a command's output goes to its log, the user sees what it does."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from api.heartbeat import LogFollower, PipSummary, format_elapsed, run_with_progress

PIP_LIKE = """
import sys, time
print("Collecting fastapi==0.115.0", flush=True)
print("  Downloading fastapi-0.115.0-py3-none-any.whl (94 kB)", flush=True)
time.sleep(0.6)
print("Collecting starlette<0.39", flush=True)
time.sleep(0.6)
print("Installing collected packages: starlette, fastapi", flush=True)
time.sleep(0.6)
"""


class LogOutput(io.StringIO):
    """What a CI log captures: not a terminal."""

    def isatty(self) -> bool:
        return False


@pytest.mark.parametrize(
    ("seconds", "shown"), [(0.4, "0 s"), (42.9, "42 s"), (187, "3:07"), (3729, "1:02:09")]
)
def test_elapsed_time_reads_as_seconds_minutes_or_hours(seconds: float, shown: str) -> None:
    assert format_elapsed(seconds) == shown


def test_in_a_ci_log_a_long_command_prints_a_plain_line_every_interval(tmp_path: Path) -> None:
    out, log = LogOutput(), tmp_path / "setup.log"

    code = run_with_progress(
        [sys.executable, "-c", PIP_LIKE],
        "Installing the web stack",
        log,
        out=out,
        estimate="a second",
        every=0.25,
    )

    lines = out.getvalue().splitlines()
    assert code == 0
    assert lines[0] == "  → Installing the web stack (a second)…"
    beats = [line for line in lines if line.startswith("    … Installing the web stack: ")]
    assert len(beats) >= 4, lines
    assert any("fetching starlette (2 packages so far)" in beat for beat in beats)
    assert lines[-1].startswith("  ✓ Installing the web stack: done in ")
    assert "\r" not in out.getvalue() and "\033" not in out.getvalue()
    assert "Downloading" not in out.getvalue()
    assert "Downloading fastapi" in log.read_text()


def test_a_failing_command_shows_the_end_of_its_own_output(tmp_path: Path) -> None:
    out, log = LogOutput(), tmp_path / "setup.log"
    log.write_text("an earlier run's output\n")

    code = run_with_progress(
        [sys.executable, "-c", "import sys; print('No matching distribution for torch'); sys.exit(3)"],
        "Installing torch",
        log,
        out=out,
    )

    assert code == 3
    assert "✗ Installing torch failed (exit 3)" in out.getvalue()
    assert "No matching distribution for torch" in out.getvalue()
    assert "an earlier run's output" not in out.getvalue()


def test_the_follower_reads_only_what_was_appended_and_splits_redrawn_bars(tmp_path: Path) -> None:
    log = tmp_path / "train.log"
    log.write_text("Collecting old-run\n")
    follower = LogFollower(log, PipSummary(), first="starting")
    assert follower.poll() == "starting"

    with log.open("a") as out:
        out.write("Collecting numpy==1.23\rCollecting scipy==1.10\nInstalling collected pack")
    assert follower.poll() == "fetching scipy (2 packages so far)"

    with log.open("a") as out:
        out.write("ages: numpy, scipy\n")
    assert follower.poll() == "installing 2 packages"


def test_a_missing_log_is_not_an_error(tmp_path: Path) -> None:
    assert LogFollower(tmp_path / "not-yet.log", PipSummary(), first="waiting").poll() == "waiting"


def test_pip_lines_for_local_wheels_and_builds_are_summarised_too() -> None:
    summary = PipSummary()
    said = [
        summary(line)
        for line in (
            "WARNING: Location 'file:///simple/werkzeug/' is ignored: it is neither a file nor a directory.",
            "Processing /srv/wheels/werkzeug-3.1.9-py3-none-any.whl",
            "Collecting yarl==1.25.1",
            "Building wheel for docopt (setup.py) ... done",
        )
    ]
    assert said == [
        None,
        "fetching werkzeug (1 package so far)",
        "fetching yarl (2 packages so far)",
        "building docopt",
    ]
