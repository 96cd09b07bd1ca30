"""Find the links in a message as people paste them, and repair what copying broke.

A link copied from an SMS or read off a screenshot arrives split across a line break
("https://vneid-\\ncapnhat.com.vn"), wrapped in punctuation ("(vneid.gov.vn)."), in capitals,
defanged by a news article ("sbvhn[.]com", "hxxps://"), or without its scheme. Every link is
found without fetching anything. Each pattern is a bounded character class run: linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

import idna
import tldextract

_JOINERS = "-_/=?&%"  # a link cut after one of these carries on on the next line
_DEFANGED = (("[.]", "."), ("(.)", "."), ("[dot]", "."), ("hxxp", "http"), ("[:]", ":"))
# Scheme links, www. links, and bare host names (checked against the public suffix list below). Thai
# vowel and tone marks are not word characters, but they belong to a Thai name ("pea-คืนเงินประกัน.com").
_LABEL = r"[\w\u0e31\u0e34-\u0e3a\u0e47-\u0e4e-]"
_CANDIDATE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"“”'‘’]{1,2000}"
    rf"|(?<![\w\u0e31\u0e34-\u0e3a\u0e47-\u0e4e@.-])(?:{_LABEL}{{1,63}}\.){{1,8}}{_LABEL}{{1,63}}"
    r"(?:[/?#][^\s<>\"“”'‘’]{0,2000})?",
    re.I,
)
_TRAILING = ".,;:!?…'\"”’»›)]}>"
_PAIRS = {")": "(", "]": "[", "}": "{"}


@dataclass(frozen=True)
class FoundLink:
    """A link as written (`written`) and as it would be opened (`url`, with a scheme)."""

    written: str
    url: str
    host: str  # lower case, international names in their Unicode form


def repair(text: str) -> str:
    """Undo defanging and line breaks inside links; the rest of the text is left as it was."""
    for fanged, plain in _DEFANGED:
        text = text.replace(fanged, plain)
    lines = text.split("\n")
    joined = [lines[0]]
    for line in lines[1:]:
        head = line.lstrip(" \t")
        tail = joined[-1].rsplit(None, 1)[-1] if joined[-1].strip() else ""
        if tail and head and _continues(tail, head.split(None, 1)[0]):
            joined[-1] += head
        else:
            joined.append(line)
    return "\n".join(joined)


def _continues(tail: str, head: str) -> bool:
    """Whether a link ends `tail` unfinished and `head` (the next line's first word) goes on with it.

    When in doubt between a link cut after a real domain ("https://krungthai.com." + "secure-th.online/")
    and two separate links, the link is joined: the longer host is the one a tap would open, and
    calling it by the real domain it starts with is the worst mistake the check can make.
    """
    lower = tail.lower()
    schemed = lower.startswith(("http://", "https://", "www."))
    if not (schemed or "." in lower):  # "kbank-" + "care.com": a bare host cut at its hyphen
        return (
            tail[-1] == "-"
            and tail[:-1].isascii()
            and _has_public_suffix(unicode_host((lower + head.lower()).split("/", 1)[0].rstrip(_TRAILING)))
        )
    rest = lower.split("://", 1)[-1]
    host = rest.split("/", 1)[0]
    following = head.split("/", 1)[0].rstrip(_TRAILING)
    if tail[-1] in _JOINERS:
        return True
    if schemed and not _has_public_suffix(unicode_host(host.strip("."))):  # "https://vneid-cap" + "nhat.vn"
        return True
    if "/" in rest:
        return schemed and _file_name_goes_on(rest.rsplit("/", 1)[-1], head)
    if not (following.isascii() and following.islower()):
        return False
    if not schemed and _cut_after_a_host(host):  # "sacombank.com.vn-xac" + "thuc.info/otp"
        return _has_public_suffix(unicode_host(host + following))
    if following[:1] in ".-":  # "https://krungthai.com" + ".secure-th.online/"
        return len(following) > 1 and _has_public_suffix(unicode_host(host + following))
    if tail.endswith("."):  # "vneid." + "gov.vn", not a full stop
        whole = _has_public_suffix(unicode_host(host + following))
        unfinished = not _has_public_suffix(unicode_host(host.strip(".")))
        # "…gov.vn." + "com/nop-phat", and "krungthai.com." + "secure-th.online" (a host of its own)
        return whole and (unfinished or _is_suffix(following) or "." in following)
    return False


def _cut_after_a_host(host: str) -> bool:
    """A host cut in its own label, right after a whole host and a hyphen or dot: the part before the
    cut is an address ("sacombank.com.vn" in "sacombank.com.vn-xac"), the whole is not."""
    cut = max(host.rfind("-"), host.rfind("."))
    return (
        cut > 0
        and host[cut + 1 :].isalnum()
        and not _has_public_suffix(unicode_host(host))
        and _has_public_suffix(unicode_host(host[:cut]))
    )


def _file_name_goes_on(last: str, head: str) -> bool:
    """A path cut inside a file's name, which ends on the next line ("…/MEA" + "SmartPlus.apk",
    "…/PEA" + "_Smart.apk"):
    the next line starts with a name and its extension, and that word is no address of its own."""
    word = head.rstrip(_TRAILING)
    stem, dot, extension = word.rpartition(".")
    return bool(
        last
        and last[-1].isalnum()
        and dot
        and stem.replace("_", "").replace("-", "").isalnum()  # "_Smart.apk", "PEA-Smart.apk"
        and stem.isascii()
        and extension.isalpha()
        and extension.isascii()
        and len(extension) <= 5
        and not _has_public_suffix(word.lower())
    )


def _is_suffix(word: str) -> bool:
    return extractor()(f"example.{word}").suffix == word


def find_links(text: str) -> list[FoundLink]:
    """Every link in the text, in order, once each."""
    found: dict[str, FoundLink] = {}
    for match in _CANDIDATE.finditer(repair(text)):
        link = _as_link(_trim(_unglue(match.group(0))))
        if link is not None:
            found.setdefault(link.url.lower(), link)
    return list(found.values())


def parse_link(written: str) -> FoundLink | None:
    """One link typed on its own; None when it is not a web address."""
    links = find_links(written.strip())
    return links[0] if links else None


def _unglue(candidate: str) -> str:
    """Thai is written without spaces, so a link may follow a Thai word directly ("ที่นี่kbank-verify.com",
    "ตรวจสอบที่www.…"): Thai letters glued to Latin ones in the first label are the sentence, not the host."""
    for i, char in enumerate(candidate):
        if char in ".-/":
            return candidate
        if i and char.isascii() and char.isalnum() and _is_thai(candidate[i - 1]):
            return candidate[i:]
    return candidate


def _is_thai(char: str) -> bool:
    return "\u0e01" <= char <= "\u0e5b"


def _trim(candidate: str) -> str:
    while candidate and candidate[-1] in _TRAILING:
        closing = candidate[-1]
        if closing in _PAIRS and candidate.count(_PAIRS[closing]) >= candidate.count(closing):
            break  # "wiki/Foo_(bar)" keeps its bracket
        candidate = candidate[:-1]
    return candidate


def _as_link(candidate: str) -> FoundLink | None:
    url = candidate if candidate.lower().startswith(("http://", "https://")) else f"http://{candidate}"
    try:
        host = (urlsplit(url).hostname or "").strip(".")
    except ValueError:
        return None
    host = unicode_host(host)
    if not host or not _has_public_suffix(host):
        return None
    return FoundLink(written=candidate, url=url, host=host)


def unicode_host(host: str) -> str:
    """Lower case, with punycode labels ("xn--…") shown as the letters they stand for."""
    host = host.lower()
    if "xn--" not in host:
        return host
    try:
        return idna.decode(host, uts46=True)
    except idna.IDNAError:
        return host


def ascii_host(host: str) -> str:
    try:
        return idna.encode(host, uts46=True).decode("ascii")
    except idna.IDNAError:
        return host


def _has_public_suffix(host: str) -> bool:
    if _IP.fullmatch(host):
        return True
    parts = extractor()(host)
    return bool(parts.suffix and parts.domain)


_IP = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")


def registered_domain(host: str) -> str:
    """The part of a host someone bought ("secure-th.online" in "krungthai.com.secure-th.online"), by the
    public suffix list's official endings; "" when the host has no such ending."""
    parts = extractor()(host)
    return f"{parts.domain}.{parts.suffix}" if parts.domain and parts.suffix else ""


@cache
def extractor() -> tldextract.TLDExtract:
    """The public suffix list bundled with tldextract: never fetched, never cached to disk."""
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@cache
def shared_extractor() -> tldextract.TLDExtract:
    """The same list with its private part: shared hosts where anyone can take a name
    ("…netlify.app", "…blogspot.com", "…web.app") end there, so that name counts as bought."""
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)
