"""`hocvuso bench chat`: closed-loop learners against a running server, and where the time went.

Each simulated learner has a fresh id and runs a script like a real one (a question in
Vietnamese, Thai or English, with or without diacritics; "walk me through" and a few "tiếp"; a
quiz question answered with its first option; a pasted scam message), sending the next message
only when the reply to the last has arrived. The server's own per-stage times come from its
`/metrics`, scraped before and after. Run the server with raised chat rate limits
(HOCVUSO_CHAT_RATE_PER_LEARNER / _PER_ADDRESS): all simulated learners share one address.

`--image-senders N` adds N clients that send screenshots (`--images`, a folder of PNGs such as
`hocvuso images build` draws) one after another while the learners chat: comparing runs with
and without them shows how much reading pictures slows everyone else's turns.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import secrets
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated
from urllib.parse import urlparse

import typer

from api.bench_cli import LOOPBACK

SCRIPTS = [
    ["quên mật khẩu VNeID thì làm sao", "#walk", "tiếp", "tiếp"],
    ["dang ky tam tru tren vneid the nao", "#walk", "tiep", "tiep"],
    ["ลืมรหัส ThaID ทำอย่างไร", "โอนเงินพร้อมเพย์เสียค่าธรรมเนียมไหม"],
    ["How do I check a link is safe?", "what is VNeID"],
    ["/quiz start", "#first", "#first"],
    [
        "Ngân hàng thông báo: tài khoản của quý khách bị khóa, truy cập http://vcb-xacthuc.top nhập mã OTP "
        "để mở khóa trong 24h.",
        "làm sao nhận biết tin nhắn lừa đảo",
    ],
]
STAGE = re.compile(r'^hocvuso_turn_stage_seconds_(sum|count)\{stage="(\w+)"\} ([0-9.e+-]+)$', re.M)


@dataclass
class Run:
    latencies: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)
    image_seconds: list[float] = field(default_factory=list)

    def error(self, kind: str) -> None:
        self.errors[kind] = self.errors.get(kind, 0) + 1


def bench_chat(
    url: Annotated[str, typer.Option(help="The running server.")] = "http://127.0.0.1:8000",
    learners: Annotated[int, typer.Option(min=1, max=500, help="Learners chatting at once.")] = 20,
    turns: Annotated[int, typer.Option(min=1, help="Messages each learner sends.")] = 20,
    ws: Annotated[bool, typer.Option("--ws", help="Chat over the WebSocket instead of HTTP.")] = False,
    remote: Annotated[bool, typer.Option(help="Allow a server that is not on this machine.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    image_senders: Annotated[
        int, typer.Option(min=0, max=20, help="Clients sending screenshots while the learners chat.")
    ] = 0,
    images: Annotated[Path, typer.Option(help="Folder of PNG screenshots the image senders send.")] = Path(
        "var/images"
    ),
) -> None:
    """Turns per second, latency percentiles, errors, and the server's time per stage."""
    if urlparse(url).hostname not in LOOPBACK and not remote:
        raise typer.BadParameter("only a server on this machine unless --remote is given", param_hint="--url")
    pictures = sorted(images.glob("*.png"))[:50] if image_senders else []
    if image_senders and not pictures:
        hint = f"no .png files in {images}; run `hocvuso images build`"
        raise typer.BadParameter(hint, param_hint="--images")
    loaded = [p.read_bytes() for p in pictures]
    figures = asyncio.run(_bench(url.rstrip("/"), learners, turns, ws, loaded, image_senders))
    if as_json:
        typer.echo(json.dumps(figures))
        return
    typer.echo(
        f"{learners} learners × {turns} turns over {'WebSocket' if ws else 'HTTP'}: {figures['turns_per_s']} "
        f"turns/s, p50 {figures['p50_ms']} ms, p95 {figures['p95_ms']} ms, p99 {figures['p99_ms']} ms, "
        f"errors {figures['errors'] or 0}"
    )
    if figures["images_read"]:
        read, p50 = figures["images_read"], figures["image_p50_ms"]
        typer.echo(f"  meanwhile {read} screenshots read, p50 {p50} ms each")
    for stage, ms in figures["server_stage_mean_ms"].items():
        typer.echo(f"  server {stage}: {ms} ms per call on average")


async def _bench(
    url: str, learners: int, turns: int, ws: bool, pictures: list[bytes], image_senders: int
) -> dict:
    import httpx

    limits = httpx.Limits(max_connections=learners + image_senders + 5)
    async with httpx.AsyncClient(timeout=60, limits=limits) as client:
        before = await _stages(client, url)
        run, done = Run(), asyncio.Event()
        sending = [_image_sender(client, url, pictures, n, run, done) for n in range(image_senders)]
        senders = [asyncio.create_task(sender) for sender in sending]
        started = time.perf_counter()
        chat = _ws_learner if ws else _http_learner
        await asyncio.gather(*(chat(client, url, n, turns, run) for n in range(learners)))
        elapsed = time.perf_counter() - started
        done.set()
        await asyncio.gather(*senders)
        after = await _stages(client, url)
    return _figures(run, elapsed, before, after)


async def _image_sender(
    client, url: str, pictures: list[bytes], n: int, run: Run, done: asyncio.Event
) -> None:
    """Screenshots one after another, each from a new learner, until the learners are done."""
    sent = n
    while not done.is_set():
        learner = await _learner_id(client, url)
        files = {"file": ("screenshot.png", pictures[sent % len(pictures)], "image/png")}
        started = time.perf_counter()
        try:
            response = await client.post(f"{url}/api/v1/chat/image", data={"user_id": learner}, files=files)
        except Exception as exc:
            run.error(f"image {type(exc).__name__}")
            continue
        if response.status_code == 200:
            run.image_seconds.append(time.perf_counter() - started)
        else:
            run.error(f"image {response.status_code}")
        sent += 1


async def _http_learner(client, url: str, n: int, turns: int, run: Run) -> None:
    learner = await _learner_id(client, url)

    async def send(text: str) -> dict | None:
        response = await client.post(f"{url}/api/v1/chat", json={"user_id": learner, "text": text})
        if response.status_code != 200:
            run.error(str(response.status_code))
            return None
        return response.json()

    await _converse(send, n, turns, run)


async def _ws_learner(client, url: str, n: int, turns: int, run: Run) -> None:
    import websockets

    learner = await _learner_id(client, url)
    async with websockets.connect(url.replace("http", "ws", 1) + "/api/v1/chat/ws", max_size=2**22) as socket:

        async def send(text: str) -> dict | None:
            await socket.send(json.dumps({"user_id": learner, "text": text}))
            while True:
                frame = json.loads(await socket.recv())
                if frame["type"] == "reply":
                    return frame["reply"]
                if frame["type"] == "error":
                    run.error(frame.get("code", "error"))
                    return None

        await _converse(send, n, turns, run)


async def _converse(send, n: int, turns: int, run: Run) -> None:
    script = itertools.cycle(SCRIPTS[n % len(SCRIPTS) :] + SCRIPTS[: n % len(SCRIPTS)])
    messages = itertools.chain.from_iterable(script)
    reply: dict | None = None
    for _ in range(turns):
        text = _resolve(next(messages), reply)
        started = time.perf_counter()
        try:
            reply = await send(text)
        except Exception as exc:  # a dropped connection is a result, not a crash of the benchmark
            run.error(type(exc).__name__)
            reply = None
            continue
        if reply is not None:
            run.latencies.append(time.perf_counter() - started)


def _resolve(step: str, reply: dict | None) -> str:
    """`#walk` presses "walk me through", `#first` the first button; without one, a question."""
    buttons = [b for m in (reply or {}).get("messages", []) for b in m.get("buttons", [])]
    if step == "#walk":
        walk = [b for b in buttons if b["payload"].startswith("/step ")]
        return walk[0]["payload"] if walk else "quên mật khẩu VNeID"
    if step == "#first":
        return buttons[0]["payload"] if buttons else "/quiz start"
    return step


async def _learner_id(client, url: str) -> str:
    try:
        response = await client.post(f"{url}/api/v1/learners", json={})
        return response.json()["user_id"]
    except Exception:
        return "bench-" + secrets.token_hex(8)


async def _stages(client, url: str) -> dict[str, tuple[float, float]]:
    try:
        text = (await client.get(f"{url}/metrics")).text
    except Exception:
        return {}
    found: dict[str, dict[str, float]] = {}
    for kind, stage, value in STAGE.findall(text):
        found.setdefault(stage, {})[kind] = float(value)
    return {stage: (v.get("sum", 0.0), v.get("count", 0.0)) for stage, v in found.items()}


def _figures(run: Run, elapsed: float, before: dict, after: dict) -> dict:
    ms = sorted(1000 * t for t in run.latencies)

    def pct(p: float) -> float | None:
        return round(ms[min(len(ms) - 1, int(p * len(ms)))], 1) if ms else None

    stages = {}
    for stage, (total, count) in after.items():
        done = count - before.get(stage, (0.0, 0.0))[1]
        if done > 0:
            stages[stage] = round(1000 * (total - before.get(stage, (0.0, 0.0))[0]) / done, 2)
    return {
        "turns": len(ms),
        "seconds": round(elapsed, 2),
        "turns_per_s": round(len(ms) / elapsed, 1) if elapsed else None,
        "p50_ms": pct(0.5),
        "p95_ms": pct(0.95),
        "p99_ms": pct(0.99),
        "mean_ms": round(statistics.fmean(ms), 1) if ms else None,
        "errors": run.errors,
        "images_read": len(run.image_seconds),
        "image_p50_ms": round(1000 * statistics.median(run.image_seconds), 1) if run.image_seconds else None,
        "server_stage_mean_ms": stages,
    }
