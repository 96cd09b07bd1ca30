"""Progress for long setup steps: elapsed time, a one-line summary of a log, a plain heartbeat.

Standard library only, because the Makefile runs it with the system Python before the
application environment exists:

    python3.11 -m api.heartbeat "Installing PyTorch" --estimate "about 1 minute" \
        --log var/log/setup-pip.log -- pip install torch

runs the command with its output in the log, and shows what it is doing instead: a line
redrawn every second on a terminal, or a plain line at least every `--every` seconds in a CI
log, so a long install never looks stuck.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

Summariser = Callable[[str], str | None]

HEARTBEAT_S = 10.0
_LINE_END = re.compile(r"[\r\n]")  # progress bars redraw their line with a bare carriage return
"""Seconds between plain progress lines when output is not a terminal (CI wants one per 15 s)."""


def format_elapsed(seconds: float) -> str:
    """`42 s`, `3:07` or `1:02:09`: short enough for a status line."""
    whole = int(seconds)
    if whole < 60:
        return f"{whole} s"
    minutes, secs = divmod(whole, 60)
    if minutes < 60:
        return f"{minutes}:{secs:02d}"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


class LogFollower:
    """The latest summary of what a log says, reading only what was appended since it was made.

    Progress bars rewrite their line with carriage returns, so both `\\r` and `\\n` end a line.
    """

    def __init__(self, path: Path, summarise: Summariser, first: str | None = None) -> None:
        self.path = path
        self._summarise = summarise
        self._offset = path.stat().st_size if path.is_file() else 0
        self._partial = ""
        self.latest = first

    def poll(self) -> str | None:
        try:
            with self.path.open("rb") as log:
                log.seek(self._offset)
                chunk = log.read()
        except FileNotFoundError:
            return self.latest
        self._offset += len(chunk)
        *lines, self._partial = _LINE_END.split(self._partial + chunk.decode("utf-8", "replace"))
        for line in lines:
            self.latest = self._summarise(line) or self.latest
        return self.latest


_PIP_COLLECTING = re.compile(r"^\s*Collecting (\S+?)(?:[=<>!~;\[ ]|$)")
_PIP_PROCESSING = re.compile(r"^\s*Processing \S*?([A-Za-z0-9_.]+?)-\d[^/\s]*\.(?:whl|tar\.gz|zip)\s*$")
_PIP_BUILDING = re.compile(r"^\s*Building wheel for (\S+)")
_PIP_INSTALLING = re.compile(r"^\s*Installing collected packages: (.*)$")


class PipSummary:
    """Turns pip's output into `downloading tensorflow (37 packages so far)` / `installing 142 packages`."""

    def __init__(self) -> None:
        self.collected = 0

    def __call__(self, line: str) -> str | None:
        if match := _PIP_COLLECTING.match(line) or _PIP_PROCESSING.match(line):
            self.collected += 1
            return f"fetching {match[1]} ({_packages(self.collected)} so far)"
        if match := _PIP_BUILDING.match(line):
            return f"building {match[1]}"
        if match := _PIP_INSTALLING.match(line):
            count = len([name for name in match[1].split(",") if name.strip()])
            return f"installing {_packages(count)}"
        if line.startswith("Successfully installed"):
            return "installed"
        return None


def _packages(count: int) -> str:
    return f"{count} package" + ("" if count == 1 else "s")


class Heartbeat:
    """Calls `beat(elapsed)` after `first` seconds, then every `every` seconds, until stopped."""

    def __init__(self, beat: Callable[[float], None], every: float, first: float | None = None) -> None:
        self._beat = beat
        self._every = every
        self._first = every if first is None else first
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.started = time.monotonic()

    def __enter__(self) -> Heartbeat:
        self.started = time.monotonic()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        wait = self._first
        while not self._stop.wait(wait):
            self._beat(time.monotonic() - self.started)
            wait = self._every


def status_line(doing: str, elapsed: float, detail: str | None) -> str:
    return f"{doing}: {format_elapsed(elapsed)}" + (f" · {detail}" if detail else "")


def run_with_progress(
    command: list[str],
    doing: str,
    log: Path,
    out: TextIO = sys.stderr,
    estimate: str = "",
    every: float | None = None,
    summarise: Summariser | None = None,
) -> int:
    """Run `command` with its output in `log`, showing progress on `out`; returns its exit code.

    On failure the end of the log is shown, since that is where pip or apt say what went wrong.
    """
    log.parent.mkdir(parents=True, exist_ok=True)
    terminal = out.isatty()
    every = every if every is not None else (1.0 if terminal else HEARTBEAT_S)
    follower = LogFollower(log, summarise or PipSummary())
    print(f"  → {doing}" + (f" ({estimate})" if estimate else "") + "…", file=out, flush=True)

    def beat(elapsed: float) -> None:
        line = status_line(doing, elapsed, follower.poll())
        if terminal:
            print(f"\r\033[K    {line}", end="", file=out, flush=True)
        else:
            print(f"    … {line}", file=out, flush=True)

    with log.open("ab") as sink:
        ours = sink.tell()
        sink.write(f"$ {' '.join(command)}\n".encode())
        sink.flush()
        with Heartbeat(beat, every) as heartbeat:
            code = subprocess.run(command, stdout=sink, stderr=subprocess.STDOUT, check=False).returncode
    if terminal:
        print("\r\033[K", end="", file=out, flush=True)
    took = format_elapsed(time.monotonic() - heartbeat.started)
    if code == 0:
        print(f"  ✓ {doing}: done in {took}", file=out, flush=True)
        return 0
    with log.open("rb") as written:
        written.seek(ours)
        tail = written.read().decode("utf-8", "replace").splitlines()[-20:]
    print(f"  ✗ {doing} failed (exit {code}) after {took}; the end of {log}:", file=out)
    print("\n".join(f"      {line}" for line in tail), file=out, flush=True)
    return code


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    options, command = (
        (argv[: argv.index("--")], argv[argv.index("--") + 1 :]) if "--" in argv else (argv, [])
    )
    parser = argparse.ArgumentParser(
        prog="python -m api.heartbeat",
        usage="%(prog)s DOING --log FILE [--estimate TEXT] [--every SECONDS] -- COMMAND...",
        description=__doc__.splitlines()[0],
    )
    parser.add_argument("doing", help="What the command does, as the user should read it.")
    parser.add_argument("--estimate", default="", help="How long it usually takes.")
    parser.add_argument("--log", type=Path, required=True, help="Where the command's own output goes.")
    parser.add_argument("--every", type=float, default=None, help="Seconds between progress lines.")
    args = parser.parse_args(options)
    if not command:
        parser.error("give the command to run after --")
    return run_with_progress(command, args.doing, args.log, estimate=args.estimate, every=args.every)


if __name__ == "__main__":
    sys.exit(main())
