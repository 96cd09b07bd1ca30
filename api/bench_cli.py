"""`hocvuso bench attack`: how a running server's /health answers while attack messages pour in.

Each sender posts, without pause, messages built to be as slow as possible for the safety guard
and the scam checker (long runs of keywords, digits and link fragments, at the length limit);
meanwhile /health is timed. A server that stays responsive answers /health in milliseconds.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Annotated
from urllib.parse import urlparse

import typer

ATTACKS = [
    "cvv " + "la " * 700,
    "mat khau " + "a" * 2000,
    "ma otp " + "1 " * 1000,
    "4111 " * 400,
    "mã " * 700 + "!",
    "https://" + "ww." * 700,
    "OTP" + " là" * 700,
    "รหัส" * 500,
]
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def bench_attack(
    url: Annotated[str, typer.Option(help="The running server.")] = "http://127.0.0.1:8000",
    senders: Annotated[int, typer.Option(min=1, max=100, help="Attack messages in flight.")] = 10,
    probes: Annotated[int, typer.Option(min=10, help="/health requests timed.")] = 300,
    chars: Annotated[int, typer.Option(min=50, help="Length of each attack message.")] = 2000,
    remote: Annotated[bool, typer.Option(help="Allow a server that is not on this machine.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """/health latency (p50, p95, p99, max) with `senders` attack messages always in flight."""
    if urlparse(url).hostname not in LOOPBACK and not remote:
        raise typer.BadParameter("only a server on this machine unless --remote is given", param_hint="--url")
    figures = asyncio.run(_measure(url.rstrip("/"), senders, probes, chars))
    if as_json:
        typer.echo(json.dumps(figures))
        return
    typer.echo(
        f"/health with {senders} attack messages in flight: p50 {figures['p50_ms']} ms, p95 "
        f"{figures['p95_ms']} ms, p99 {figures['p99_ms']} ms, max {figures['max_ms']} ms "
        f"({figures['attacks_sent']} attack messages, {figures['attack_statuses']})"
    )


async def _measure(url: str, senders: int, probes: int, chars: int) -> dict:
    import httpx

    stop = asyncio.Event()
    statuses: dict[str, int] = {}
    limits = httpx.Limits(max_connections=senders + 5)
    async with httpx.AsyncClient(timeout=60, limits=limits) as client:
        tasks = [asyncio.create_task(_send(client, url, i, chars, stop, statuses)) for i in range(senders)]
        await asyncio.sleep(2)
        latencies = []
        for _ in range(probes):
            began = time.perf_counter()
            (await client.get(f"{url}/health")).raise_for_status()
            latencies.append((time.perf_counter() - began) * 1000)
            await asyncio.sleep(0.02)
        stop.set()
        await asyncio.gather(*tasks)
    latencies.sort()
    at = lambda q: round(latencies[min(len(latencies) - 1, int(len(latencies) * q))], 1)  # noqa: E731
    return {
        "senders": senders,
        "p50_ms": at(0.5),
        "p95_ms": at(0.95),
        "p99_ms": at(0.99),
        "max_ms": round(latencies[-1], 1),
        "attacks_sent": sum(statuses.values()),
        "attack_statuses": statuses,
    }


async def _send(client, url: str, sender: int, chars: int, stop: asyncio.Event, statuses: dict) -> None:
    sent = 0
    while not stop.is_set():
        text = ATTACKS[sent % len(ATTACKS)][:chars]
        response = await client.post(
            f"{url}/api/v1/chat", json={"user_id": f"bench-{sender}-{sent}", "text": text}
        )
        statuses[str(response.status_code)] = statuses.get(str(response.status_code), 0) + 1
        sent += 1
