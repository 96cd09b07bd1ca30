"""How `hocvuso setup` and `serve` show a step: what it does, an estimate, and signs of life.

On a terminal a Rich spinner carries the step, its elapsed time and the latest word from the
step's log; in a CI log (no terminal) a step that lasts more than a second is announced on a
line of its own, followed by a plain line every few seconds, so no stretch of the log is silent.
Either way the step ends with one line saying what it did and how long it took.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator
from typing import TypeVar

import uvicorn
from rich.console import Console
from rich.markup import escape

from api.heartbeat import HEARTBEAT_S, Heartbeat, LogFollower, format_elapsed, status_line

T = TypeVar("T")
ANNOUNCE_AFTER_S = 2.0
"""Steps that finish sooner (nothing to do) print only their result line."""


class SetupSteps:
    def __init__(self, console: Console, every: float = HEARTBEAT_S) -> None:
        self.console = console
        self.every = every

    def run(
        self,
        title: str,
        action: Callable[[], tuple[T, str]],
        doing: str = "",
        estimate: str = "",
        follow: LogFollower | None = None,
        failed: Callable[[T], bool] | None = None,
    ) -> T:
        """Run `action`, which returns (result, what it did), showing progress while it runs;
        `failed(result)` true marks the step as not done instead of done."""
        doing = doing or title
        announce = doing + (f" ({estimate})" if estimate else "") + "…"
        started = time.monotonic()
        if self.console.is_terminal:
            result, what = self._on_terminal(announce, doing, action, follow)
        else:
            result, what = self._in_log(announce, doing, action, follow)
        took = time.monotonic() - started
        shown = f"{took:.1f} s" if took < 60 else format_elapsed(took)
        if failed is not None and failed(result):
            self.console.print(
                f"[yellow]![/yellow] {escape(title)}: not done [dim]({shown})[/dim]", soft_wrap=True
            )
        else:
            done = f"[green]✓[/green] {escape(title)}: {escape(what)} [dim]({shown})[/dim]"
            self.console.print(done, soft_wrap=True)
        return result

    def _on_terminal(
        self, announce: str, doing: str, action: Callable[[], tuple[T, str]], follow: LogFollower | None
    ) -> tuple[T, str]:
        with self.console.status(escape(announce)) as status:

            def beat(elapsed: float) -> None:
                detail = _poll(follow)
                status.update(
                    escape(f"{announce} {format_elapsed(elapsed)}" + (f" · {detail}" if detail else ""))
                )

            with Heartbeat(beat, every=0.5):
                return action()

    def _in_log(
        self, announce: str, doing: str, action: Callable[[], tuple[T, str]], follow: LogFollower | None
    ) -> tuple[T, str]:
        announced = False

        def beat(elapsed: float) -> None:
            nonlocal announced
            if not announced:
                announced = True
                self.console.print(f"→ {escape(announce)}", highlight=False, soft_wrap=True)
            else:
                line = status_line(doing, elapsed, _poll(follow))
                self.console.print(f"  … {escape(line)}", highlight=False, soft_wrap=True)

        with Heartbeat(beat, every=self.every, first=ANNOUNCE_AFTER_S):
            return action()


def _poll(follow: LogFollower | None) -> str | None:
    return follow.poll() if follow is not None else None


def quiet_progress_bars() -> None:
    """Libraries' own bars (tqdm, Hugging Face) would interleave with the steps' lines."""
    for key, value in (
        ("TQDM_DISABLE", "1"),
        ("HF_HUB_DISABLE_PROGRESS_BARS", "1"),
        ("TRANSFORMERS_VERBOSITY", "error"),
        ("TRANSFORMERS_NO_ADVISORY_WARNINGS", "1"),
    ):
        os.environ.setdefault(key, value)


class AnnouncedServer(uvicorn.Server):
    """A uvicorn server that says what to open once it is really serving (after app startup).

    Ctrl-C or SIGTERM ends `run()` normally once the app has shut down gracefully: uvicorn would
    re-raise the signal, and a re-raised SIGTERM ends the process before `serve` stops Rasa.
    """

    def __init__(self, config: uvicorn.Config, on_serving: Callable[[], None]) -> None:
        super().__init__(config)
        self._on_serving = on_serving

    async def startup(self, sockets: list | None = None) -> None:
        await super().startup(sockets)
        if self.started:
            self._on_serving()

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        with super().capture_signals():
            yield
            self._captured_signals.clear()
