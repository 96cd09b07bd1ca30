"""Turn what Tesseract wrote into the text the message had.

Tesseract writes each screen line on a line of its own and, with some fonts, a space between Thai
letters. The message had neither: its lines were wrapped by the phone, so a link or a phone
number can be cut at the edge of the bubble. Links are mended by the link check's own repair
(`bot.links.urls.repair`), then numbers, then the lines of each paragraph are joined again; a
blank line (a new bubble, a new paragraph) stays a line break.
"""

from __future__ import annotations

import re
import unicodedata

from bot.links.urls import repair as repair_links

_THAI = "\u0e01-\u0e5b"
# Thai letters Tesseract spaced out: "ก า ร โ อ น" (each piece one or two characters long).
_SPACED_THAI = re.compile(rf"(?<![{_THAI}])[{_THAI}]{{1,2}}(?: [{_THAI}]{{1,2}}(?![{_THAI}])){{2,}}")
# A Thai piece and its neighbour split by one space where one of them is a lone letter or mark.
_LONE_THAI = re.compile(
    rf"(?<=[{_THAI}]) (?=[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e])"  # before a mark that cannot start a word
    rf"|(?<=[\u0e40-\u0e44]) (?=[{_THAI}])"  # after a vowel written first, which cannot end one
)
# A number cut after a separator: "0912-" + "345-678", "1900." + "1234".
_CUT_NUMBER = re.compile(r"(?:^|\s)\+?\d[\d.\-]*[.\-]$")
_STARTS_NUMBER = re.compile(r"^\d")
_SPACES = re.compile(r"[ \t\u00a0]+")
# SARA AM written as its two parts, NIKHAHIT and SARA AA (a tone mark may stand between them):
# "ชําระ" looks like "ชำระ" but no word list or search finds it.
_SPLIT_SARA_AM = re.compile("\u0e4d([\u0e48-\u0e4b]?)\u0e32")
_PARAGRAPHS = re.compile(r"\n{2,}")


def repair_read_text(raw: str) -> str:
    text = unicodedata.normalize("NFC", raw).replace("\f", "\n").replace("\r", "")
    text = _SPLIT_SARA_AM.sub("\\1\u0e33", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = join_thai("\n".join(lines))
    text = repair_links(text)
    paragraphs = _PARAGRAPHS.split(text.strip())
    return "\n".join(filter(None, (_join_lines(p.split("\n")) for p in paragraphs)))


def join_thai(text: str) -> str:
    """Remove the spaces Tesseract put between Thai letters; a space between Thai words stays."""
    text = _SPACED_THAI.sub(lambda m: m.group(0).replace(" ", ""), text)
    return _LONE_THAI.sub("", text)


def _join_lines(lines: list[str]) -> str:
    joined = ""
    for line in filter(None, lines):
        joined = line if not joined else joined + _glue(joined, line) + line
    return joined


def _glue(before: str, after: str) -> str:
    """Nothing inside a cut number or between two Thai letters (Thai wraps between words that
    have no space), a space otherwise."""
    if _CUT_NUMBER.search(before) and _STARTS_NUMBER.match(after):
        return ""
    if _is_thai(before[-1]) and _is_thai(after[0]):
        return ""
    return " "


def _is_thai(char: str) -> bool:
    return "\u0e01" <= char <= "\u0e5b"
