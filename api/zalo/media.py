"""Download the picture of a Zalo image event, with a size limit, a type check and a time limit.

The picture is read into memory in chunks and refused as soon as it passes the limit; it is never
written anywhere. A picture that cannot be fetched is answered plainly rather than retried: the
learner can send it again.
"""

from __future__ import annotations

import asyncio

import httpx

from bot.images import ImageRejected

IMAGE_TYPES = frozenset({"image/png", "image/jpeg", "image/jpg", "image/webp"})


class DownloadFailed(Exception):
    """The picture could not be fetched (refused, not found, too slow, or the network)."""


class ImageDownloader:
    def __init__(self, http: httpx.AsyncClient, max_bytes: int, timeout_s: float) -> None:
        self._http = http
        self.max_bytes = max_bytes
        self._timeout_s = timeout_s

    async def fetch(self, url: str) -> bytes:
        """The picture's bytes; `ImageRejected` for a file too large or not a picture type,
        `DownloadFailed` for anything else."""
        try:
            async with asyncio.timeout(self._timeout_s):
                return await self._fetch(url)
        except TimeoutError as exc:
            raise DownloadFailed(f"no picture within {self._timeout_s} s") from exc
        except httpx.HTTPError as exc:
            raise DownloadFailed(type(exc).__name__) from exc

    async def _fetch(self, url: str) -> bytes:
        async with self._http.stream("GET", url, follow_redirects=True) as response:
            if response.status_code != 200:
                raise DownloadFailed(f"HTTP {response.status_code}")
            kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if kind not in IMAGE_TYPES:
                raise ImageRejected("format", f"the file is {kind or 'of no declared type'}, not a picture")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.max_bytes:
                raise ImageRejected("too_large", f"the picture is {declared} bytes")
            received = bytearray()
            async for chunk in response.aiter_bytes():
                received += chunk
                if len(received) > self.max_bytes:
                    raise ImageRejected("too_large", f"the picture is over {self.max_bytes} bytes")
            return bytes(received)
