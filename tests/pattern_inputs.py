"""Inputs that make a backtracking regular expression slow, built from the pattern's own parts."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

FILLER = " a1.-:_\u0e01ệ\n"
LARGE = 60


def worst_cases(pattern: re.Pattern[str], rng: random.Random, limit: int, samples: int = 12) -> Iterator[str]:
    tree = _parser.parse(pattern.pattern, pattern.flags)
    for _ in range(samples):
        sample = _sample(tree, rng, big=True)
        if not sample:
            continue
        yield _tile(sample, limit)
        for _ in range(4):
            cut = rng.randrange(len(sample) + 1)
            yield _tile(sample[:cut] + rng.choice(FILLER), limit)
            yield (sample[:cut] * (limit // max(cut, 1) + 1))[:limit]


def _tile(text: str, limit: int) -> str:
    return (text * (limit // len(text) + 1))[:limit]


def _sample(tree, rng: random.Random, big: bool) -> str:
    out: list[str] = []
    for op, av in tree:
        out.append(_node(op, av, rng, big))
    return "".join(out)


def _node(op, av, rng: random.Random, big: bool) -> str:
    if op is c.LITERAL:
        return chr(av)
    if op is c.NOT_LITERAL:
        return "x" if av != ord("x") else "y"
    if op is c.ANY:
        return rng.choice(FILLER)
    if op is c.IN:
        return _member(av, rng)
    if op is c.BRANCH:
        return _sample(rng.choice(av[1]), rng, big)
    if op is c.SUBPATTERN:
        return _sample(av[-1], rng, big)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, body = av
        most = min(high, low + LARGE) if big else min(high, low + 2)
        return "".join(_sample(body, rng, big) for _ in range(rng.randint(low, most)))
    if op is c.ATOMIC_GROUP:
        return _sample(av, rng, big)
    return ""  # anchors, look-arounds, back-references


def _member(items, rng: random.Random) -> str:
    op, av = rng.choice(items)
    if op is c.NEGATE:
        return rng.choice("x#")
    if op is c.LITERAL:
        return chr(av)
    if op is c.RANGE:
        return chr(rng.randint(av[0], av[1]))
    if op is c.CATEGORY:
        return {c.CATEGORY_DIGIT: "7", c.CATEGORY_SPACE: " ", c.CATEGORY_WORD: "a"}.get(av, "#")
    return "x"
