"""Judge one link without opening it: an official domain, a look-alike of one, a shortened link,
an app download (.apk), or unknown.

A look-alike borrows an official name: inside another domain ("vneid-capnhat.com.vn",
"bidv-sinhtrachoc.com"), misspelt ("vietcornbank"), in letters of another alphabet that look the
same ("vnеid" with a Cyrillic е), as a subdomain of someone else's site
("vietcombank.com.vn.secure-login.xyz"), or dressed as a government address ("gov.vn.com",
".go.th" after the slash). Official domains come first and are never called look-alikes, and
nothing under .gov.vn or .go.th is (only government bodies can register those).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from bot.links.register import Organisation, Register, register
from bot.links.urls import FoundLink, ascii_host, extractor, parse_link

Verdict = Literal["official", "lookalike", "shortener", "apk", "unknown"]
How = Literal[
    "name_inside", "misspelt", "other_alphabet", "subdomain", "government", "after_slash", "apk", "shortener"
]

SHORTENERS = frozenset(
    """
    bit.ly bitly.com tinyurl.com t.co goo.gl ow.ly is.gd buff.ly rebrand.ly cutt.ly shorturl.at
    rb.gy t.ly tiny.cc s.id v.gd bl.ink lnkd.in short.io shorte.st adf.ly bom.so bit.do
    urlz.fr 1url.com link.tl dif.link ouo.io shope.ee s.shopee.vn rotf.lol tiny.one
    """.split()
)
# Endings scammers buy cheaply; a borrowed name after the slash only counts on one of these.
RISKY_SUFFIXES = frozenset(
    """
    top xyz vip cc click online site info live shop icu buzz monster cyou sbs cfd bond work
    link life club fun pw tk ml ga cf gq asia bio lol win rest quest app me store
    """.split()
)
GOVERNMENT_SUFFIXES = ("gov.vn", "go.th")
# Words glued to a short name in look-alikes: "bankmb", "acbonline", "doidiemvcb", "sbvhn".
GENERIC_AFFIXES = frozenset(
    "bank ebank ibank vn th hn hcm online app mobile digital smart care cskh hotro support login secure"
    " official id net web my e i doidiem diem hoantien capnhat xacthuc mokhoa nhanqua uudai"
    " khuyenmai thanhtoan".split()
)
LONG_NAME = 5  # names this long are looked for inside labels; shorter ones only as whole words
# "gov.vn" or "go.th" written into a host that is not under it: "dichvucong.gov.vn.com", "gov-vn.top".
_FAKE_GOVERNMENT = re.compile(r"(?:^|[.-])(?:gov[.-]?vn|go[.-]?th|gov)(?:[.-]|$)")
_GOVERNMENT_IN_PATH = re.compile(r"[a-z0-9-]\.(?:gov\.vn|go\.th)(?![a-z0-9-])", re.IGNORECASE)
_APK = re.compile(r"\.(?:apk|xapk|apks)(?![a-z0-9])", re.IGNORECASE)
_TOKENS = re.compile(r"[^\W_]+")
# Letters of other alphabets drawn like Latin ones, and Latin look-alike pairs.
CONFUSABLES = str.maketrans(
    {
        "а": "a",
        "в": "b",
        "е": "e",
        "ё": "e",
        "к": "k",
        "м": "m",
        "н": "h",
        "о": "o",
        "р": "p",
        "с": "c",
        "т": "t",
        "у": "y",
        "х": "x",
        "і": "i",
        "ї": "i",
        "ј": "j",
        "ѕ": "s",
        "ԁ": "d",
        "ɡ": "g",
        "ո": "n",
        "ս": "u",
        "α": "a",
        "β": "b",
        "ε": "e",
        "ι": "i",
        "κ": "k",
        "ν": "v",
        "ο": "o",
        "ρ": "p",
        "τ": "t",
        "υ": "u",
        "χ": "x",
        "ѵ": "v",
        "ԝ": "w",
        "ԛ": "q",
        "ӏ": "l",
        "đ": "d",
        "ı": "i",
    }
)


@dataclass(frozen=True)
class LinkCheck:
    link: FoundLink
    verdict: Verdict
    registered: str  # the part of the host someone bought: "vneid-capnhat.com.vn"
    organisation: Organisation | None = None  # the official owner, or the one imitated
    how: list[How] = field(default_factory=list)
    name: str = ""  # the official name a look-alike borrows

    @property
    def flagged(self) -> bool:
        return self.verdict in ("lookalike", "apk")

    @property
    def imitated_domain(self) -> str:
        return self.organisation.main_domain or "" if self.organisation else ""


def check_url(written: str, where: Register | None = None) -> LinkCheck | None:
    """The verdict on one typed link; None when the text is not a web address."""
    link = parse_link(written)
    return check_link(link, where) if link else None


def check_link(link: FoundLink, where: Register | None = None) -> LinkCheck:
    where = where or register()
    host = link.host.removeprefix("www.")
    parts = extractor()(ascii_host(host))
    registered = unicode_registered(host, parts.domain, parts.suffix)
    if owner := where.official_domain(host):
        return LinkCheck(link, "official", registered, owner[0])
    path = link.url.split(link.host, 1)[-1] if link.host in link.url.lower() else ""
    lookalike = _lookalike(host, registered, parts.suffix, path, where)
    if _APK.search(path) or "apk" in _TOKENS.findall(parts.domain):
        org, name, how = lookalike or (None, "", [])
        return LinkCheck(link, "apk", registered, org, ["apk", *how], name)
    if lookalike:  # before shorteners: "dif.link/www.ccid1.ccib.go.th" says more than "short link"
        org, name, how = lookalike
        return LinkCheck(link, "lookalike", registered, org, how, name)
    if registered in SHORTENERS or host in SHORTENERS:
        return LinkCheck(link, "shortener", registered, how=["shortener"])
    return LinkCheck(link, "unknown", registered)


def unicode_registered(host: str, domain: str, suffix: str) -> str:
    if not suffix:
        return host
    labels = host.split(".")
    return ".".join(labels[-(suffix.count(".") + 2) :]) if domain else host


def _lookalike(
    host: str, registered: str, suffix: str, path: str, where: Register
) -> tuple[Organisation | None, str, list[How]] | None:
    if suffix in GOVERNMENT_SUFFIXES or suffix.endswith(tuple("." + s for s in GOVERNMENT_SUFFIXES)):
        return None
    own = registered.rsplit("." + suffix, 1)[0] if suffix else registered
    before = host[: -len(registered)].rstrip(".") if host.endswith(registered) else ""
    foreign = any(ord(c) > 127 and c not in "đ" and not _latin(c) for c in own)
    if _FAKE_GOVERNMENT.search(f"{before}.{own}" if before else own):
        match = _borrowed(host, where, typos=False)
        return (match[0] if match else None), (match[1] if match else ""), ["government"]
    if match := _borrowed(own, where):
        org, name, how = match
        return org, name, ["other_alphabet" if foreign else how]
    if before and (match := _borrowed(before, where, typos=False)):
        return match[0], match[1], ["subdomain"]
    if _GOVERNMENT_IN_PATH.search(path):
        return None, "", ["government", "after_slash"]
    if suffix.rsplit(".", 1)[-1] in RISKY_SUFFIXES and (match := _borrowed(path.lower(), where, typos=False)):
        return match[0], match[1], ["after_slash"]
    return None


def _borrowed(text: str, where: Register, typos: bool = True) -> tuple[Organisation, str, How] | None:
    """The organisation whose name `text` (labels of a host, or a path) contains or misspells."""
    tokens = _TOKENS.findall(skeleton(text))
    joined = "".join(tokens)
    plain = text.lower()
    for org in where.imitable:
        for name in org.names:
            key = skeleton(name)
            if len(key) >= LONG_NAME and key in joined:
                return org, name, "name_inside" if name in plain else "misspelt"
        for name in org.short_names:
            key = skeleton(name)
            if any(t == key or _affixed(t, key) for t in tokens):
                return org, name, "name_inside" if name in plain else "misspelt"
    if not typos:
        return None
    for org in where.imitable:
        for name in org.names:
            key = skeleton(name)
            if len(key) < LONG_NAME + 1:
                continue
            limit = 1 if len(key) < 10 else 2
            if any(
                abs(len(t) - len(key)) <= limit and _distance(t, key, limit) <= limit
                for t in {*tokens, joined}
            ):
                return org, name, "misspelt"
    return None


def _affixed(token: str, name: str) -> bool:
    """'bankmb', 'bidvonline', 'vcb24h': a short name glued to a generic word or a number."""
    if not token.startswith(name) and not token.endswith(name):
        return False
    rest = token[len(name) :] if token.startswith(name) else token[: -len(name)]
    return rest.isdigit() or rest in _AFFIX_SKELETONS or rest.rstrip("o0123456789l") in _AFFIX_SKELETONS


def skeleton(text: str) -> str:
    """What a reader sees: lower case, other alphabets' look-alikes as Latin letters, accents off,
    and the usual swaps undone ('0'→'o', '1'/'i'→'l', 'rn'→'m', 'vv'→'w')."""
    text = text.lower().translate(CONFUSABLES)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = text.replace("rn", "m").replace("vv", "w")
    return text.translate(str.maketrans({"0": "o", "1": "l", "i": "l", "|": "l"}))


_AFFIX_SKELETONS = frozenset(skeleton(word) for word in GENERIC_AFFIXES)


def _latin(char: str) -> bool:
    return "LATIN" in unicodedata.name(char, "")


def _distance(a: str, b: str, limit: int) -> int:
    """Edit distance with swaps of neighbours (Damerau), stopping once past `limit`."""
    previous2: list[int] | None = None
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if previous2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]
