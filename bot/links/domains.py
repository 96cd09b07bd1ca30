"""Judge one link without opening it: an official domain, a look-alike of one, a shortened link,
an app download (.apk), or unknown.

Only the domain someone bought (by the public suffix list) and its subdomains can be official:
"krungthai.com.secure-th.online" was bought as secure-th.online, so it is a look-alike of
krungthai.com, not krungthai.com. A look-alike borrows an official name: inside another domain
("vneid-capnhat.com.vn", "bidv-sinhtrachoc.com", "line-me.com"), misspelt ("vietcornbank",
"bidvv"), in letters of another alphabet that look the same ("vnеid" with a Cyrillic е), in the
organisation's own script ("ไปรษณีย์ไทย-ติดตาม.com"), as a subdomain of someone else's site or of a
free host ("vietcombank.com.vn.secure-login.xyz", "vneid.web.app"), in front of a domain bought to
read as an ending ("etax-gdt.vn.com", "evn-hoantra.vn.net"), glued to a place next to a scammer's
word ("evnhanoi-tiendien.click"), or dressed as a government address ("gov.vn.com", ".go.th" after
the slash). A scammer's word may carry a number ("chinhphu-trocap2026.com") or be written in Thai
next to a Latin name ("pea-คืนเงินประกัน.com"). Without a registered name, a bank's or wallet's word
with a scammer's word on a free host or a cheap ending ("shbbank-hoantien.xyz", "vnpay-qr.click")
is a look-alike.
An app file (.apk) is a download outside the app stores wherever it is, even on an official
domain. Nothing under .gov.vn or .go.th is ever called a look-alike (only government bodies can
register those).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from itertools import product
from typing import Literal
from urllib.parse import urlsplit

from bot.links.register import Organisation, Register, register
from bot.links.urls import FoundLink, ascii_host, extractor, parse_link, shared_extractor

Verdict = Literal["official", "app_store", "lookalike", "shortener", "apk", "unknown"]
How = Literal[
    "name_inside",
    "misspelt",
    "other_alphabet",
    "mixed_alphabet",
    "subdomain",
    "free_host",
    "money_name",
    "government",
    "after_slash",
    "apk",
    "shortener",
]

SHORTENERS = frozenset(
    """
    bit.ly bitly.com tinyurl.com t.co goo.gl ow.ly is.gd buff.ly rebrand.ly cutt.ly shorturl.at
    rb.gy t.ly tiny.cc s.id v.gd bl.ink lnkd.in short.io shorte.st adf.ly bom.so bit.do
    urlz.fr 1url.com link.tl dif.link ouo.io shope.ee s.shopee.vn rotf.lol tiny.one goo.su clck.ru
    u.to cutt.us shorturl.asia qrco.de bom.to surl.li dub.sh gg.gg x.gd da.gd j.mp short.gy
    """.split()
)
# surl.li and dub.sh are in the url-shorteners list (github.com/PeterDaveHello/url-shorteners, "list"),
# as are x.gd, da.gd, j.mp and short.gy;
# gg.gg in the shortener-list (github.com/Junker/shortener-list, "res/shorturl-services-list.txt").
# Endings scammers buy cheaply; a borrowed name after the slash only counts on one of these.
RISKY_SUFFIXES = frozenset(
    """
    top xyz vip cc click online site info live shop icu buzz monster cyou sbs cfd bond work
    link life club fun pw tk ml ga cf gq asia bio lol win rest quest app me store co
    """.split()
)
GOVERNMENT_SUFFIXES = ("gov.vn", "go.th")
# Endings people read as "a real address": a host that carries one inside it ("apps.apple.com.x.site")
# is dressed as that address.
_KNOWN_ENDINGS = frozenset("com net org gov edu vn th".split())
# Words glued to a short name in look-alikes: "bankmb", "acbonline", "doidiemvcb", "sbvhn", "line-security".
GENERIC_AFFIXES = frozenset(
    "bank ebank ibank vn th hn hcm online app mobile digital smart care cskh hotro support login secure"
    " official id net web my e i doidiem diem hoantien capnhat xacthuc mokhoa nhanqua uudai"
    " khuyenmai thanhtoan security verify update refund account help service track bill billing loan"
    " reward rewards gift otp dangnhap xacminh khachhang tracuu qua tang thuong qr tiendien hoadon"
    " claim subsidy bonus promo sodep trungthuong nhanthuong case warrant virus quetvirus dietvirus baomat"
    " khonlakhrueng konlakrueng trocap hoantra hoanthue sinhtrachoc xacnhan kichhoat nangcap nopphat vipham"
    " confirm activate unlock deposit compensation penalty alert".split()
)
# A word in Thai letters next to a name in Latin letters ("pea-คืนเงินประกัน.com"): real addresses of the
# register's organisations never mix the two, so the Thai word counts as a scammer's word.
_THAI = re.compile(r"[\u0e01-\u0e5b]")
# A country's name inside an organisation's name, as scammers shorten it ("thaipost" for Thailand Post):
# the shortened name counts as a whole word next to a scammer's word or on a cheap ending, like an
# everyday word, since it may be someone else's name too (Thai Post, a newspaper).
COUNTRY_SHORT = (("thailand", ("thai", "th")), ("vietnam", ("vn", "viet")))
# How a host names an organisation's country ("bot-th", "bot-thailand").
COUNTRY_WORDS = {"th": frozenset({"th", "thai", "thailand"}), "vn": frozenset({"vn", "viet", "vietnam"})}
# Sites where anyone makes a page whose name is the path's first part after one of these words:
# "sites.google.com/view/vneid-capnhat" is a page named "vneid-capnhat" on Google's free host.
PAGE_HOSTS = {"sites.google.com": ("view", "site")}
# Places glued to a short name ("evnhanoi", "vcbsaigon"), or a region's power corporation ("evnspc",
# "evnnpc", "evncpc": EVN's southern, northern and central ones): real branches' sites look like that too
# (evnhanoi.vn), so only with a scammer's word nearby or on a cheap ending.
REGION_AFFIXES = frozenset(
    "hanoi hcmc saigon danang haiphong cantho mienbac miennam mientrung bangkok spc npc cpc".split()
)
# A bank's or wallet's word with a scammer's word, on a free host or a cheap ending, is never a bank's
# own page: "mbbank-hotro.netlify.app", "mbbank-hoantien.xyz", "vnpay-qr.click".
MONEY_WORDS = ("bank", "nganhang", "pay", "ธนาคาร")
# Direct app downloads: installed outside the app stores, where no one checked them.
_APP_FILE = re.compile(r"\.(?:apk|xapk|apks|apkm|ipa)(?![a-z0-9])", re.IGNORECASE)
LONG_NAME = 5  # names this long are looked for inside labels; shorter ones only as whole words
# "gov.vn" or "go.th" written into a host that is not under it: "dichvucong.gov.vn.com", "gov-vn.top".
_FAKE_GOVERNMENT = re.compile(r"(?:^|[.-])(?:gov[.-]?vn|go[.-]?th|gov)(?:[.-]|$)")
_GOVERNMENT_IN_PATH = re.compile(r"[a-z0-9-]\.(?:gov\.vn|go\.th)(?![a-z0-9-])", re.IGNORECASE)
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
    registered: str  # the part of the host someone bought: "vneid-capnhat.com.vn", "x.netlify.app"
    organisation: Organisation | None = None  # the official owner, or the one imitated
    how: list[How] = field(default_factory=list)
    name: str = ""  # the official name or address a look-alike borrows

    @property
    def flagged(self) -> bool:
        return self.verdict in ("lookalike", "apk")

    @property
    def imitated_domain(self) -> str:
        return self.organisation.main_domain or "" if self.organisation else ""


@dataclass(frozen=True)
class _Site:
    """A host cut the way a reader should see it: who owns it, and what is written in front."""

    host: str  # lower case, Unicode, without "www."
    registered: str  # the bought part, shared hosts included: "vneid-capnhat.com.vn", "x.web.app"
    own: str  # its first label, the name chosen by whoever bought it: "vneid-capnhat"
    before: str  # what is written in front of it: "vietcombank.com.vn" in "vietcombank.com.vn.x.top"
    suffix: str  # the public ending: "com.vn", "top"
    shared: bool  # on a free host where anyone can take a name (netlify.app, blogspot.com…)

    @classmethod
    def of(cls, link: FoundLink) -> _Site:
        host = link.host.removeprefix("www.")
        parts = shared_extractor()(ascii_host(host))
        registered = unicode_registered(host, parts.domain, parts.suffix)
        own = registered.split(".", 1)[0] if parts.domain else ""
        before = host[: -len(registered)].rstrip(".") if host.endswith(registered) else ""
        userinfo = urlsplit(link.url).netloc.rpartition("@")[0].lower()
        if userinfo:  # "https://vneid.gov.vn@x.top": only x.top is opened
            before = f"{userinfo}.{before}" if before else userinfo
        return cls(host, registered, own, before, extractor()(ascii_host(host)).suffix, parts.is_private)

    @property
    def risky(self) -> bool:
        return self.shared or self.suffix.rsplit(".", 1)[-1] in RISKY_SUFFIXES


def check_url(written: str, where: Register | None = None) -> LinkCheck | None:
    """The verdict on one typed link; None when the text is not a web address."""
    link = parse_link(written)
    return check_link(link, where) if link else None


def check_link(link: FoundLink, where: Register | None = None) -> LinkCheck:
    where = where or register()
    site = _Site.of(link)
    netloc = urlsplit(link.url).netloc
    path = link.url.split(netloc, 1)[-1] if netloc else ""
    owner = where.official_domain(site.host)
    if _downloads_app(path, site) and not (owner and owner[0].app_store):
        org, name, how = (owner[0], "", []) if owner else (_lookalike(site, path, where) or (None, "", []))
        return LinkCheck(link, "apk", site.registered, org, ["apk", *how], name)
    if owner:  # an app store's page is the store's, not the app maker's
        return LinkCheck(link, "app_store" if owner[0].app_store else "official", site.registered, owner[0])
    if site.registered in SHORTENERS or site.host in SHORTENERS:
        if _GOVERNMENT_IN_PATH.search(path):  # "dif.link/www.ccid1.ccib.go.th" says more than "short link"
            return LinkCheck(link, "lookalike", site.registered, how=["government", "after_slash"])
        return LinkCheck(link, "shortener", site.registered, how=["shortener"])
    if lookalike := _lookalike(site, path, where):
        org, name, how = lookalike
        return LinkCheck(link, "lookalike", site.registered, org, how, name)
    if page := _free_page(site, path, where):
        org, name, how = page
        return LinkCheck(link, "lookalike", site.host, org, how, name)
    return LinkCheck(link, "unknown", site.registered)


def unicode_registered(host: str, domain: str, suffix: str) -> str:
    if not suffix or not domain:
        return host
    labels = host.split(".")
    return ".".join(labels[-(suffix.count(".") + 2) :])


def _downloads_app(path: str, site: _Site) -> bool:
    return bool(_APP_FILE.search(path)) or "apk" in _TOKENS.findall(site.own.lower())


Found = tuple[Organisation | None, str, list[How]]


def _lookalike(site: _Site, path: str, where: Register) -> Found | None:
    if site.suffix in GOVERNMENT_SUFFIXES or site.suffix.endswith(
        tuple("." + s for s in GOVERNMENT_SUFFIXES)
    ):
        return None
    inside = _official_inside(site, where)
    if _FAKE_GOVERNMENT.search(f"{site.before}.{site.own}" if site.before else site.own):
        match = _borrowed(site.host, where, typos=False, cue=True)
        org = match[0] if match else inside[0] if inside else None
        return org, (match[1] if match else inside[1] if inside else ""), ["government"]
    if inside:
        return inside
    if respelt := _respelt_domain(site.host, where):
        return respelt
    if match := _borrowed(site.own, where, cue=site.risky):
        org, name, how = match
        return org, name, ["other_alphabet" if name.isascii() and _foreign(site.own) else how]
    if site.before and site.own in _KNOWN_ENDINGS and (match := _borrowed(site.before, where, cue=True)):
        return match[0], match[1], ["subdomain"]  # "etax-gdt.vn.com": bought as vn.com, read as a .vn address
    # "bidv.vn-mokhoa.com": the scammer's word is in the bought part
    if site.before and (
        match := _borrowed(site.before, where, typos=False, cue=site.risky, whole_only=True, around=site.own)
    ):
        return match[0], match[1], ["subdomain"]
    if site.before and (match := _words_across(f"{site.before}.{site.own}", where)):
        return match[0], match[1], ["name_inside"]
    if dressed := _dressed_as(site.before):
        return None, dressed, ["subdomain"]
    if _mixed_alphabets(site.host):
        return None, "", ["mixed_alphabet"]
    if (site.shared or site.risky) and _money_page(site.own):
        return None, "", ["free_host" if site.shared else "money_name"]
    if _GOVERNMENT_IN_PATH.search(path):
        return None, "", ["government", "after_slash"]
    if site.risky and (match := _borrowed(path.lower(), where, typos=False, cue=True, everyday=False)):
        return match[0], match[1], ["after_slash"]
    return None


def _official_inside(site: _Site, where: Register) -> Found | None:
    """An official domain written into a host it does not own: followed by more of the host
    ("krungthai.com.secure-th.online", "vpbank.com.vn-hotro.top"), or with its dots made hyphens
    ("bot-or-th.site", "line-me.com")."""
    host = ascii_host(f"{site.before}.{site.registered}" if site.before else site.registered)
    for org in where.organisations:
        for domain in org.domains:
            for form in _written_forms(domain.domain):
                if _appears(host, form, ends_inside=form == domain.domain):
                    return org, form, ["subdomain" if form == domain.domain else "name_inside"]
    return None


@cache
def _written_forms(domain: str) -> tuple[str, ...]:
    """The domain, then each way of writing some of its dots as hyphens or leaving them out
    ("bot-or-th", "rdgo-th")."""
    labels = domain.split(".")
    forms = [
        "".join(a + b for a, b in zip(labels, seps, strict=False)) + labels[-1]
        for seps in product((".", "-", ""), repeat=len(labels) - 1)
    ]
    return tuple(dict.fromkeys([domain, *forms]))


def _appears(host: str, form: str, ends_inside: bool) -> bool:
    """`form` starts a label of `host` and ends one; the domain itself must have more after it."""
    start = host.find(form)
    while start != -1:
        end = start + len(form)
        begins = start == 0 or host[start - 1] in ".-"
        if begins and (
            host[end : end + 1] in (".", "-") if ends_inside else end == len(host) or host[end] in ".-"
        ):
            return True
        start = host.find(form, start + 1)
    return False


def _dressed_as(before: str) -> str:
    """What is written in front of a host when it is itself an address: "apps.apple.com" in
    "apps.apple.com.ios-download.site"."""
    if "." not in before:
        return ""
    parts = extractor()(ascii_host(before))
    endings = parts.suffix.split(".")
    if parts.domain and (len(endings) > 1 or endings[0] in _KNOWN_ENDINGS):
        return before.rsplit("@", 1)[-1]
    return ""


def _respelt_domain(host: str, where: Register) -> Found | None:
    """A host that reads as an official domain once the usual swaps are undone: "play.goog1e.com"
    for play.google.com, "vietcornbank.com.vn" for vietcombank.com.vn."""
    seen = skeleton(host)
    for org in where.organisations:
        for domain in org.domains:
            real = skeleton(domain.domain)
            if seen == real or seen.endswith("." + real):
                return org, domain.domain, ["misspelt"]
    return None


def _words_across(text: str, where: Register) -> tuple[Organisation, str] | None:
    """A name of two or more words spread over a host's labels: "play.google-store.vn" carries
    "google play". Only whole words count, so no name is made up across a dot."""
    tokens = set(_TOKENS.findall(skeleton(text)))
    for org in where.imitable:
        for name in org.names:
            words = _words(name)
            if len(words) > 1 and set(words) <= tokens:
                return org, name
    return None


def _free_page(site: _Site, path: str, where: Register) -> Found | None:
    """A page on a free host whose name is in the path ("sites.google.com/view/vneid-capnhat"):
    judged like a free host's subdomain, as anyone chose that name."""
    words = PAGE_HOSTS.get(site.host)
    parts = path.split("?", 1)[0].split("#", 1)[0].strip("/").split("/")
    if not words or len(parts) < 2 or parts[0].lower() not in words:
        return None
    name = parts[1]
    if match := _borrowed(name, where, typos=False, cue=True):
        return match[0], match[1], ["after_slash"]
    if _money_page(name):
        return None, "", ["free_host"]
    return None


def _borrowed(
    text: str,
    where: Register,
    typos: bool = True,
    cue: bool = False,
    whole_only: bool = False,
    around: str = "",
    everyday: bool = True,
) -> tuple[Organisation, str, How] | None:
    """The organisation whose name `text` (labels of a host, or a path) contains or misspells.

    Short names ("bidv", "ttb") count as whole words, alone or glued to a word scammers add; names
    that are everyday words too ("line", "pea") also need such a word nearby (in `text`, or in the
    rest of the host: `around`) or a cheap ending (`cue`). In front of someone else's site (`whole_only`)
    short names need the same cue. Names that are everyday words in every language ("bot") count only
    as a whole word next to the organisation's country and a scammer's word, on a cheap ending or in
    front of someone else's site; never in a path (`everyday` False).
    """
    tokens = _TOKENS.findall(skeleton(text))
    joined = "".join(tokens)
    plain = text.lower()
    written = _TOKENS.findall(plain)
    scam = any(t in _AFFIX_SKELETONS for t in tokens) or _says_scam(text) or _says_scam(around)
    generic = cue or scam
    for org in where.imitable:
        for name in org.names:
            words = _words(name)
            key = "".join(words)
            if (len(words) > 1 and set(words) <= set(tokens)) or (len(key) >= LONG_NAME and key in joined):
                return org, name, _how(name, plain)
        for name in [*org.short_names, *org.common_names, *_shortened(org)]:
            as_written = any(_is_word(t, name.lower()) for t in written)
            if not as_written and not any(_is_word(t, "".join(_words(name))) for t in tokens):
                if generic and any(_regional(t, "".join(_words(name))) for t in tokens):
                    return org, name, _how(name, plain)
                continue
            # Written plainly, an everyday word needs a cue; disguised ("rnomo", "mоmо") it is a cue itself.
            needs_cue = (name not in org.short_names or whole_only) and as_written
            if needs_cue and not generic and not _glued(tokens, name):
                continue
            return org, name, _how(name, plain)
        host_words = [*written, *_TOKENS.findall(around.lower())]
        if everyday and (cue or whole_only) and _beside_country(host_words, org):
            for name in org.everyday_names:
                if name.lower() in written:
                    return org, name, "name_inside"
    if not typos:
        return None
    for org in where.imitable:
        for name in org.names:
            key = "".join(_words(name))
            if len(key) < LONG_NAME + 1:
                continue
            limit = 1 if len(key) < 10 else 2
            if any(
                abs(len(t) - len(key)) <= limit and _distance(t, key, limit) <= limit
                for t in {*tokens, joined}
            ):
                return org, name, "misspelt"
    return None


def _shortened(org: Organisation) -> tuple[str, ...]:
    """The organisation's names with the country in them shortened: "thaipost" for "thailandpost"."""
    return _shortened_names(tuple(org.names))


@cache
def _shortened_names(names: tuple[str, ...]) -> tuple[str, ...]:
    found = []
    for name in names:
        key = "".join(_TOKENS.findall(name.lower()))
        for country, shorter in COUNTRY_SHORT:
            if country in key and key != country:
                found += [key.replace(country, short) for short in shorter]
    return tuple(name for name in found if name not in names)


def _glued(tokens: list[str], name: str) -> bool:
    """A name with a scammer's word glued to it ("linesecurity"), which needs no other cue."""
    key = "".join(_words(name))
    return any(t != key and _affixed(t, key) for t in tokens)


def _how(name: str, plain: str) -> How:
    return "name_inside" if all(word in plain for word in name.lower().split()) else "misspelt"


@cache
def _words(name: str) -> tuple[str, ...]:
    return tuple(_TOKENS.findall(skeleton(name)))


def _is_word(token: str, name: str) -> bool:
    """'bidv', 'bidv24h', 'bankmb', and one letter typed twice: 'bidvv'."""
    if token == name or _affixed(token, name):
        return True
    return len(token) == len(name) + 1 and any(
        token[i] == token[i - 1] and token[:i] + token[i + 1 :] == name for i in range(1, len(token))
    )


def _affixed(token: str, name: str) -> bool:
    """'bankmb', 'bidvonline', 'vcb24h': a short name glued to a generic word or a number."""
    if not token.startswith(name) and not token.endswith(name):
        return False
    rest = token[len(name) :] if token.startswith(name) else token[: -len(name)]
    return rest.isdigit() or rest in _AFFIX_SKELETONS or rest.rstrip("o0123456789l") in _AFFIX_SKELETONS


def _beside_country(words: list[str], org: Organisation) -> bool:
    """The organisation's country written in the host next to its name, and another word scammers
    add ("bot-th.security-check.site"): an everyday word alone says nothing."""
    country = COUNTRY_WORDS.get(org.country, frozenset())
    others = [word for word in words if word not in country]
    return any(word in country for word in words) and any(
        skeleton(word.strip("0123456789")) in _AFFIX_SKELETONS for word in others
    )


def _says_scam(text: str) -> bool:
    """A word scammers add, also with a number glued to it ("trocap2026"), or a word in Thai letters
    next to Latin ones ("pea-คืนเงินประกัน")."""
    words = _TOKENS.findall(text.lower())
    if any(skeleton(word.strip("0123456789")) in _AFFIX_SKELETONS for word in words):
        return True
    return bool(_THAI.search(text)) and any("a" <= c <= "z" for c in text.lower())


def _regional(token: str, name: str) -> bool:
    """'evnhanoi', 'saigonvcb': a short name glued to a place."""
    if token.startswith(name):
        return token[len(name) :] in _REGION_SKELETONS
    return token.endswith(name) and token[: -len(name)] in _REGION_SKELETONS


def _money_page(own: str) -> bool:
    """A bank's word with a scammer's word on a free host: "mbbank-hotro.netlify.app"."""
    tokens = _TOKENS.findall(skeleton(own))
    joined = "".join(tokens)
    return any(skeleton(word) in joined for word in MONEY_WORDS) and any(
        t in _AFFIX_SKELETONS for t in tokens
    )


def _mixed_alphabets(host: str) -> bool:
    """A label that mixes Latin letters with Cyrillic or Greek ones ("pаypal", "vnеid"), or is made
    only of Cyrillic or Greek letters drawn like Latin ones ("арр" under .com)."""
    labels = host.split(".")
    ascii_ending = labels[-1].isascii()
    for label in labels[:-1]:
        scripts = {_script(c) for c in label if c.isalpha()}
        lookalikes = scripts & {"CYRILLIC", "GREEK"}
        if lookalikes and "LATIN" in scripts:
            return True
        letters = [c for c in label if c.isalpha()]
        if (
            ascii_ending
            and lookalikes
            and len(letters) >= 3
            and all(c.translate(CONFUSABLES) != c for c in letters)
        ):
            return True
    return False


def _script(char: str) -> str:
    return unicodedata.name(char, "").split(" ", 1)[0]


def _foreign(text: str) -> bool:
    """Letters of another alphabet drawn like Latin ones (not Thai or Vietnamese letters)."""
    return any(not c.isascii() and c != "đ" and c.translate(CONFUSABLES) != c for c in text)


def skeleton(text: str) -> str:
    """What a reader sees: lower case, other alphabets' look-alikes as Latin letters, accents off,
    and the usual swaps undone ('0'→'o', '1'/'i'→'l', 'rn'→'m', 'vv'→'w')."""
    text = text.lower().translate(CONFUSABLES)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = text.replace("rn", "m").replace("vv", "w")
    return text.translate(str.maketrans({"0": "o", "1": "l", "i": "l", "|": "l"}))


_AFFIX_SKELETONS = frozenset(skeleton(word) for word in GENERIC_AFFIXES)
_REGION_SKELETONS = frozenset(skeleton(word) for word in REGION_AFFIXES)


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
