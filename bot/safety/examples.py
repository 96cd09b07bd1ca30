"""Values that are named, not given: the well-known weak ones, in advice or as a default.

"Đừng đặt PIN 1234 hay 0000", "PIN mặc định 0000 có phải đổi không", "never use 1234 or 0000 as
your PIN", "is 1234 the default PIN?", "อย่าใช้วันเกิดหรือ 123456 เป็นรหัสผ่าน": these are examples,
not anyone's secret, and a warning that redacts them looks broken. Any other value, or a weak one
given as one's own ("PIN của tôi là 1234", "my default PIN is still 0000", "tôi đổi PIN mặc định
thành 1234"), stays a secret. A code said to have expired stays hidden too: the learner may be
wrong about it, and hiding it costs nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# The well-known weak values: a digit four, six or eight times, digits counting up from 0 or 1 or
# down to 1, and the passwords every list of weak ones starts with.
WEAK_VALUES = frozenset(
    [d * n for d in "0123456789" for n in (4, 6, 8)]
    + ["0123456789"[:n] for n in range(4, 11)]
    + ["1234567890"[:n] for n in range(4, 11)]
    + ["4321", "54321", "654321", "123123", "112233", "121212", "2580", "147258", "159753"]
    + "password password1 password123 abc123 abcd1234 qwerty qwerty123 iloveyou 123abc matkhau admin".split()
)
# Advice: a word that warns or asks, and a verb of choosing.
ADVICE = re.compile(
    r"(?:(?<![a-z'])(?:don'?t|dont|do not|never|shouldn'?t|should not|avoid|should i|should we|should you"
    r"|can i|is it (?:ok|okay|safe|wise|smart) to)(?: ever| just| really)? (?:use|using|pick|picking|choose"
    r"|choosing|set|setting|make|put|have)(?: it to| it as| as)?"
    r"|(?<![a-z])(?P<dung>dung)(?: co| bao gio)? (?:lay|dung|dat|chon)(?: la)?"
    r"|(?<![a-z])(?:khong nen|co nen|chang nen|dung nen|tranh|khong bao gio)(?: co)?"
    r" (?:lay|dung|dat|chon)(?: la)?"
    r"|(?:อย่า|ไม่ควร|ห้าม|ควร)(?:จะ)?(?:ใช้|ตั้ง|เอา)(?:รหัส(?:ผ่าน)?(?:เป็น)?)?"
    # An example given as one: "ví dụ 1234", "chẳng hạn 123456", "such as 0000", "เช่น 1234".
    r"|(?<![a-z])(?:vi du|chang han|vd|such as|for example|for instance|e\.g\.|eg)(?![a-z])|เช่น|ยกตัวอย่าง)"
)
# A value's default, factory or starting setting: "PIN mặc định", "the default SIM PIN", "รหัส PIN
# ตั้งต้น", "ค่าเริ่มต้น".
DEFAULT = re.compile(r"(?<![a-z])(?:mac dinh|default|factory|preset|ban dau)(?![a-z])|ตั้งต้น|เริ่มต้น|จากโรงงาน")
# Whose it is, or what it was changed to: then the value is one's own.
OWN = re.compile(
    r"(?<![a-z])(?:cua toi|cua minh|cua em|cua con|cua ba|cua ong|cua me|cua bo|toi|minh|my|mine|our|i|i'm"
    r"|doi|thanh|sang|changed|change|to|still|van)(?![a-z])|ของ(?:ฉัน|ผม|ยาย|ตา|หนู|เรา|แม่|พ่อ|ป้า|ลุง)|ฉัน|ผม"
    r"|เปลี่ยน|ยัง"
)
# Words that may stand between the advice and the value: the secret's name, "or", "as", a birthday
# that is the other weak choice, another example value.
FILLER_WORDS = frozenset(
    "pin pins ma mat khau mk matkhau so the atm sim dien thoai app ngan hang la lam hay hoac va ngay sinh nam"
    " code codes password passwords passcode pw pass a an the your as or and for to card phone bank birthday"
    " birth date year dates like such"
    # What the advice says of the value: "mã dễ đoán như 1234", "a simple PIN like 0000", "weak ones".
    " de doan bi lo yeu don gian qua nhu kieu loai easy simple weak obvious guessable common predictable"
    " ones one number numbers digits รหัส รหัสผ่าน".split()
)
CONJUNCTIONS = frozenset(["hay", "hoac", "or", "va", "and", "หรือ"])
# What ends a sentence said to someone, read into a passphrase's tail: "… hay 0000 nha".
PARTICLES = frozenset("nha nhe nhen nghe di nhi a ha ok okay please นะ ค่ะ ครับ คะ".split())
THAI_FILLERS = re.compile(
    r"(?:รหัส|ผ่าน|พิน|เป็น|คือ|หรือ|วันเกิด|ปีเกิด|เบอร์โทร|เลข|ตัว|ซ้ำ|เรียง|กัน|ง่าย|ๆ|เดา|ได้|เช่น|อย่าง)+"
)
WORD_BREAK = re.compile(r"[ ,/]+")
# The words of the gap, Thai apart from Latin where they touch: "รหัส ATMเป็น 1234".
GAP_WORD = re.compile(r"[^\s,/\u0e00-\u0e7f]+|[\u0e00-\u0e7f]+")
CLAUSE_BREAK = re.compile(r"[.!?;:\n]")
EXAMPLE_CHARS = 60
DEFAULT_AFTER_CHARS = 30


def named_example(text: str, folded: str, start: int, end: int) -> bool:
    """A weak value named in advice or as a default, not given as one's own; "dung" in advice is
    "đừng" (don't), not "dùng" (to use), unless its marks say so."""
    if not _weak(folded[start:end]):
        return False
    before = _clause_before(folded, start, EXAMPLE_CHARS)
    advice = _last(ADVICE.finditer(folded, start - len(before), start))
    if advice and _fillers(folded[advice.end() : start]):
        return not advice.group("dung") or text[advice.start("dung") : advice.end("dung")].lower() != "dùng"
    if DEFAULT.search(before) and not OWN.search(before):
        return True
    after = _clause_after(folded, end, DEFAULT_AFTER_CHARS)
    return bool(DEFAULT.search(after) and not OWN.search(after) and not OWN.search(before))


def _weak(value: str) -> bool:
    """A weak value, or weak values joined by "or" as one passphrase would be: "1234 hay 0000"."""
    if value in WEAK_VALUES:
        return True
    words = WORD_BREAK.split(value)
    return words[0] in WEAK_VALUES and all(
        w in WEAK_VALUES or w in CONJUNCTIONS or w in PARTICLES for w in words
    )


def _fillers(gap: str) -> bool:
    """Only the secret's name, "or", "as", a birthday or other values between advice and value."""
    words = GAP_WORD.findall(gap)
    return all(word.isdigit() or word in FILLER_WORDS or THAI_FILLERS.fullmatch(word) for word in words)


def _clause_before(folded: str, start: int, chars: int) -> str:
    window = folded[max(0, start - chars) : start]
    cut = _last(CLAUSE_BREAK.finditer(window))
    return window[cut.end() :] if cut else window


def _clause_after(folded: str, end: int, chars: int) -> str:
    window = folded[end : end + chars]
    cut = CLAUSE_BREAK.search(window)
    return window[: cut.start()] if cut else window


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    last = None
    for last in matches:  # noqa: B007 - the last one is wanted
        pass
    return last
