"""Passphrases: passwords of several words ("trời xanh mây trắng", "rak mae mak 2509").

A passphrase has spaces, so the word-by-word reading in `passwords` sees none of it. It is read
whole after a password word (an owner, a service or "đặt" may come first) and a copula, when:

- a sentence is announced ("là cả câu …", "câu thơ …", "passphrase …", "ตั้งเป็นประโยค …"); it runs
  to the end of the clause, less a question at its end ("… có được không");
- its words are typed without Vietnamese marks, as a password box takes them ("mật khẩu là nha ba
  o hue mà nó bảo…"), each a syllable and at least three; it ends where marks start again;
- it follows a colon and is a clause of three or more Vietnamese syllables, marked or not, that
  asks nothing ("Mật khẩu mới ông đặt: sáng đi bộ chiều uống trà.");
- it is three or more Latin words in a Thai message ("ตั้ง password เป็น rak mae mak 2509 พิมพ์…").

A question about one names it before the password word: "is my old red bicycle a good
password?"; so does a setting verb, the phrase typed without marks between it and "làm"/"là" and
the password word, the verb or the link typed with them ("tôi đặt gio dong thoi qua song làm mật
khẩu"). What follows a copula in talk about passwords ("là gì", "là ngày sinh", "should be long")
starts with a word no passphrase starts with, and is left alone; after "passphrase", such a word
before a word of its own ("correct horse…", not "correct but…") starts the phrase.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator

from bot.safety.keywords import Keyword
from bot.safety.spoken import DIGIT_WORDS

TOKEN = re.compile(r"[\u0e00-\u0e7f]+|[^\s\u0e00-\u0e7f]+")
WINDOW = 150
LEAD_TOKENS = 5  # "mật khẩu ông ghi trong sổ là …"
FEWEST_WORDS = 3  # unannounced: "nha ba o hue"; two words are a name or an app
FEWEST_ANNOUNCED = 2
LONGEST_PHRASE = 12
TOKENS_READ = 3 + LONGEST_PHRASE  # "cả câu thơ" and the phrase
SHORTEST_THAI_PHRASE = 6  # Thai is written without spaces: one token can be the whole sentence
CLAUSE_END = ",.;!?…"
DASHES = frozenset("-–—")
COPULAS = frozenset("la is are was = : as thanh".split())
THAI_COPULAS = ("คือ", "เป็น", "ว่า")
ENDS_IN_A_COPULA = (" la", " to", " as", "เป็น")  # "đặt là", "set it to", "set as", "ตั้งเป็น"
# Before the copula: whose password it is, for what, and that it was set ("mk cua ong la …",
# "pass Facebook: …", "mật khẩu bà đặt là …", "my new password is …"), and where it is written down
# ("mật khẩu ông ghi trong sổ là TRAN VAN BA 45", "mk bà lưu trong giấy là …").
LEAD = frozenset(
    """
    cua toi minh em anh chi ba ong me bo con chau co chu bac no ho moi cu dat dung hay set my new old nha
    ghi luu viet chep trong so vo giay
    ตั้ง ของ ยาย ตา
    """.split()
)
SERVICES = frozenset(
    """
    facebook gmail google email zalo messenger youtube tiktok instagram shopee lazada tiki netflix
    vneid icloud apple iphone wifi banking momo zalopay vietcombank techcombank agribank vietinbank
    bidv mbbank kbank krungthai paotang truemoney grab line thaid app ngan hang
    """.split()
)
PHRASE_KEYWORDS = frozenset({"passphrase", "pass phrase"})
SENTENCE_NOUNS: tuple[tuple[str, ...], ...] = (
    ("ca", "cau", "tho"),
    ("mot", "cau", "tho"),
    ("ca", "cau"),
    ("mot", "cau"),
    ("cau", "tho"),
    ("cau",),
    ("a", "sentence"),
    ("sentence",),
    ("a", "phrase"),
    ("phrase",),
)
THAI_SENTENCE_NOUNS = ("ประโยค", "วลี")
THAI = re.compile(r"[\u0e00-\u0e7f]")
SENTENCE_WORD = re.compile(r"(?<![a-z])(?:sentence|phrase|passphrase)(?![a-z])|ประโยค|วลี")
USED_AS = re.compile(
    r"(?<![a-z])(?:use|used|using|set|chose|choose|chosen|picked|pick|made|make|have|typed|put)"
    r"(?: the| a| this| that)? (?:sentence|phrase|passphrase|words)(?: of)? ([^,.;!?\n]{5,80}?) as "
    r"(?:my|the|a|our|his|her|their|your)(?: [a-z]{2,15})? (?:password|passphrase|pass)(?![a-z])"
)
MARKED_SENTENCE = re.compile(r"(?<!\w)câu(?!\w)", re.IGNORECASE)
# Words a phrase after "mật khẩu là" / "password is" starts with when it is talk, not a password.
NOT_A_START = frozenset(
    """
    gi sao nao the bao hoi khong ko chua co phai bi da dang se nen can duoc rat qua cung giong nhu la thi quen
    de dai ngan yeu manh kho sai dung ngay sinh nam ten so chu mot nhung cac moi gom it nhieu
    what which how why when where who it this that these those a an the too very not still also
    only just same different short long weak strong wrong correct should must can could will would
    has have had needs need was were be being been about like using use having making writing choosing
    อะไร ยังไง อย่างไร ไหม
    """.split()
)
# A question at the end of the clause: "… có được không", "… ได้ไหม".
TAIL = frozenset("co duoc khong ko k ha a nhe chua vay nhi ok not".split())
THAI_QUESTIONS = frozenset({"ไหม", "มั้ย", "หรือเปล่า", "หรือไม่", "ได้ไหม", "ได้มั้ย", "ดีไหม"})
THAI_QUESTION_ENDS = tuple(THAI_QUESTIONS)
CAPITALISED = re.compile(r"[A-Z][a-z]{2,}")
CAPITAL_WORDS = 2  # words typed all in capitals: "TRAN VAN BA 45"
THAI_IS = ("คือ",)
# Thai runs "set as" into what it says of the password ("ตั้งเป็นภาษาไทย", set in Thai): the word
# after it and a space is the password, as after "คือ".
THAI_SET = "ตั้ง"
# Words Thai talk about a password starts with after "คือ": what it is made of, whether it is right.
THAI_TALK_STARTS = (
    "วันเกิด",
    "ตัวเลข",
    "เลข",
    "ชื่อ",
    "เบอร์",
    "ภาษา",
    "ตัวอักษร",
    "ตัวเล็ก",
    "ตัวใหญ่",
    "คำว่า",
    "อะไร",
    "ไม่",
    "ยัง",
    "ถูก",
    "ผิด",
    "อัน",
    "ที่",
    "แบบ",
)
# English words that talk about a password is made of, beside the starts and links above.
PLAIN_TALK = frozenset(
    """
    down up out off away here there somewhere anywhere nowhere everywhere written saved stored kept
    hidden lost forgotten stolen broken locked blocked expired gone done set working ready fine there
    in on at by into onto about over under without within please thanks thank help again today
    yesterday tomorrow now then letters letter numbers number digits digit characters words word
    small capital capitals lowercase uppercase case i me you we they he she it
    """.split()
)
PARTICIPLE_ENDS = ("ed", "ing", "en")
FEWEST_UNMARKED_AMONG_MARKS = 4
QUESTION_WORDS = frozenset("gi sao nao the bao".split())
LOVING = frozenset({"yeu"})
QUESTION_ENDS = frozenset("khong ko k chua".split())
SO = frozenset("qua lam the vay khong ko hay nhi roi a nen do nhu hon va".split())
LONGEST_ENGLISH_CLAUSE = 8
# A question after the clause: "…, has it been hacked?", "… is that allowed?", "… can I keep it".
CLAUSE_QUESTIONS = frozenset("has is are was can could should would will do does did or and but".split())
ENGLISH_MARKERS = frozenset("my is the password your a and it has of to".split())
# Words talk about a password is made of, wherever they stand in the clause.
TALK_WORDS = frozenset(
    """
    wrong forgotten forgot saved stored written changed reset expired locked blocked incorrect invalid
    required needed short long weak strong same different secret letters numbers digits characters
    symbols birthday name names date phone email address number not too very also same working
    hacked stolen leaked safe unsafe secure enough correct right case sensitive lowercase uppercase
    capitals capital small lower upper all hard easy difficult simple complicated remember guess
    """.split()
)
QUALITY = frozenset("good strong safe secure ok okay decent bad weak".split())
QUALITY_CHARS = 10
QUESTION_OPENERS = frozenset("is was would".split())
ASKED_NOT_A_START = NOT_A_START - {"my"}  # "is my old red bicycle a good password?"
ARTICLES = frozenset({"a", "an"})
_SYLLABLE = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
SYLLABLE_OR_NUMBER = re.compile(rf"{_SYLLABLE}|\d{{1,8}}")
SYLLABLE = re.compile(_SYLLABLE)
KNOWING = frozenset({"quen", "biet"})  # "Mật khẩu: tôi quên rồi" tells of it: it is not one
# "My passphrase is correct horse riding…": after a word that names a phrase, a word that talk
# starts with ("correct", "long") starts the phrase when a word of its own follows, not a word of
# the talk's sentence ("correct but the app…", "long enough?", "different from…").
ADJECTIVE_STARTS = frozenset("correct wrong long short weak strong same different".split())
TALK_AFTER_ADJECTIVE = frozenset(
    """
    but and or so because for to from than enough now again though too i it the this that as in on at
    with of according somehow still yet already right anyway every each all any some when whenever if
    after before since until while my your his her its our their you he she we they me him them is was
    are be been has have had do does did not no never always sometimes often very really quite just
    only also even
    """.split()
)
FEWEST_ADJECTIVE_WORDS = 4
# "tôi đặt an com uong nuoc … làm mật khẩu": a verb that sets, the phrase, and "làm"/"là" before the
# password word; the verb or the link typed with marks, the phrase without.
SETTING_VERBS = frozenset("dat dung lay chon".split())
LINKS_BEFORE = ("lam", "la")
LONGEST_LINK = 5
MARKED_LINKS = frozenset({"làm", "là", "đặt", "dùng", "lấy", "chọn"})
# Words such talk sets with ("dùng ngày sinh làm mật khẩu", "đặt họ tên đầy đủ làm…"); "an" is "ăn".
NOT_A_SET_START = frozenset(
    """
    gi sao nao the bao hoi khong ko chua co phai bi da dang se nen can duoc rat qua cung giong nhu la thi
    quen de dai ngan yeu manh kho sai dung ngay sinh nam ten so chu mot nhung cac moi gom it nhieu ho que
    dia chi cai
    """.split()
)


def passphrases(text: str, folded: str, keywords: list[Keyword]) -> Iterator[tuple[int, int]]:
    """(start, end) of every passphrase a password word, or "đặt là" in talk of a sentence, names."""
    sentence_talk: list[bool] = []  # looked for once, and only when a phrase could follow

    def talks_of_a_sentence() -> bool:
        if not sentence_talk:
            sentence_talk.append(bool(SENTENCE_WORD.search(folded) or MARKED_SENTENCE.search(text)))
        return sentence_talk[0]

    if SENTENCE_WORD.search(folded):
        yield from _used_as(text, folded)
    for keyword in keywords:
        if keyword.category == "password":
            yield from _after(text, folded, keyword, talks_of_a_sentence)
            yield from _asked(text, folded, keyword)
            yield from _set_before(text, folded, keyword)
        elif keyword.category in ("set", "changed"):  # "dùng câu dài cho khó đoán, bà đặt là cây bàng…"
            yield from _after(text, folded, keyword, talks_of_a_sentence, only_announced=True)


def _after(
    text: str,
    folded: str,
    keyword: Keyword,
    talks_of_a_sentence: Callable[[], bool],
    only_announced: bool = False,
) -> Iterator[tuple[int, int]]:
    """A message that speaks of a sentence ("dùng câu dài…") announces the phrase after the copula."""
    window = TOKEN.finditer(folded, keyword.end, min(len(folded), keyword.end + WINDOW))
    announced = keyword.word in PHRASE_KEYWORDS
    copula = announced or keyword.word.endswith(ENDS_IN_A_COPULA)
    colon = False  # "Mật khẩu mới ông đặt: …": what follows a colon is what was set
    is_thai = False  # "พาสเวิร์ดคือ …": Thai's "is", not "เป็น" ("be made of", "ตั้งเป็นวันเกิด")
    for token in itertools.islice(window, 0 if copula else LEAD_TOKENS):
        word = token.group()
        bare = word.rstrip(":=")
        if bare in COPULAS or word[-1] in ":=" or word.endswith(THAI_COPULAS):
            copula = True
            colon = word[-1] == ":"
            is_thai = word.endswith(THAI_IS)
        elif word.startswith(THAI_SET) and any(c in word for c in THAI_COPULAS):
            copula = is_thai = True  # "รหัสผ่านตั้งเป็นภาษาไทย สมศรีรักหลาน": set as, in Thai words
        elif word.endswith(THAI_SENTENCE_NOUNS):  # "รหัสผ่านตั้งเป็นประโยค หมาน้อยวิ่งเล่น"
            copula = announced = True
        elif bare not in LEAD and bare not in SERVICES:
            return
        if copula:
            break
    if not copula:
        return
    tokens, i = list(itertools.islice(window, TOKENS_READ)), 0
    while i < len(tokens) and tokens[i].group() in (":", "=", "：", "la", "is"):
        i += 1  # "My passphrase: …", "passphrase is …"
    if noun := _sentence_noun(text, tokens, i):
        i += noun
        announced = True
    phrase = _clause(folded, tokens[i : i + LONGEST_PHRASE])
    if words := _dictated(folded, phrase):
        yield _span(text, words)
        return
    if phrase and _unmarked_among_marks(text, folded, phrase):
        yield _span(text, _without_question(_unmarked(text, phrase)))
        return
    if phrase and (words := _english_clause(text, folded, phrase)):
        yield _span(text, words)
        return
    if not phrase or (_bare(phrase[0]) in NOT_A_START and not (announced and _adjective_started(phrase))):
        return
    announced = announced or talks_of_a_sentence()
    if only_announced and not announced:
        return
    if colon and not announced and len(words := _syllables(text, phrase)) >= FEWEST_WORDS:
        yield _span(text, words)
        return
    if announced:
        words = _without_tail(phrase)
        thai_sentence = len(words) == 1 and len(words[0].group()) >= SHORTEST_THAI_PHRASE
        if len(words) >= FEWEST_ANNOUNCED or thai_sentence:
            yield _span(text, words)
        return
    for words in (
        _in_capitals(text, phrase),
        _unmarked(text, phrase),
        _latin_in_thai(folded, phrase),
        _plain_words(text, phrase),
        _capitalised(text, phrase),
    ):
        if len(words) >= FEWEST_WORDS:
            yield _span(text, words)
            return
    if is_thai and (thai := _thai_sentence(folded, phrase)):
        yield _span(text, thai)


# How a dictated password is to be typed, after it: "viết liền không dấu", "all lowercase no spaces",
# "ติดกัน"; it ends the phrase.
TYPING_NOTE = re.compile(
    r"(?<![a-z])(?:viet lien|go lien|viet dinh|khong dau|khong co dau|khong cach|viet thuong|chu thuong"
    r"|viet hoa"
    r"|all lowercase|all lower case|lowercase|lower case|all small|small letters|no spaces?|no gaps?"
    r"|all one word|one word|all together|together|in one go|all caps)(?![a-z])"
    r"|ติดกัน|ไม่เว้นวรรค|ไม่มีช่องว่าง|ตัวเล็ก|ตัวพิมพ์เล็ก|พิมพ์ติด"
)
# What digits are counted in, when they are the password's length, not its words: "năm sáu ký tự".
COUNTED = frozenset(
    "so ky tu chu characters character chars digits digit letters letter numbers number words หลัก ตัว".split()
)
LONGEST_DICTATED = 8
# A particle said to the listener after the password: "… cúc vàng sáu tám nha", "… นะ".
SAID_AFTER = frozenset("nha nhe nhen nghe a ha di nhi ok okay please นะ ครับ ค่ะ คะ จ้ะ จ้า".split())


def _dictated(folded: str, phrase: list[re.Match[str]]) -> list[re.Match[str]]:
    """Words and digits said one by one, as a password is dictated: "hoa lan một chín năm tám viết
    liền không dấu", "lucky seven seven dragon all lowercase no spaces", "มะลิ หนึ่ง เก้า ห้า แปด":
    two digit words in a row and a word that is none, to the typing note or the clause's end;
    "năm sáu ký tự" counts, "eight characters with one number" has no two digits in a row."""
    if not phrase:
        return []
    note = TYPING_NOTE.search(folded, phrase[0].start(), phrase[-1].end())
    words = [w for w in phrase if not note or w.end() <= note.start()]
    while words and _bare(words[-1]) in SAID_AFTER:
        words.pop()
    bare = [_bare(w) for w in words]
    digits = [b in DIGIT_WORDS or (len(b) == 1 and b.isdigit()) for b in bare]
    if (
        not 2 < len(words) <= LONGEST_DICTATED
        or all(digits)
        or not any(a and b for a, b in itertools.pairwise(digits))
        or any(b in COUNTED for b in bare)
        or (not digits[0] and bare[0] in NOT_A_START)
    ):
        return []
    return words


def _used_as(text: str, folded: str) -> Iterator[tuple[int, int]]:
    """ "I use the sentence tea at four every day as my password", "I chose the phrase … as my
    Gmail password": a sentence named, then used as the password; what stands between is it."""
    for used in USED_AS.finditer(folded):
        start, end = used.span(1)
        if " " in folded[start:end].strip():
            yield _span_of(text, start, end)


def _span_of(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in CLAUSE_END + "\"”'’ ":
        end -= 1
    while start < end and text[start] in "\"“'‘ :":
        start += 1
    return start, end


def _unmarked_among_marks(text: str, folded: str, phrase: list[re.Match[str]]) -> bool:
    """ "Mật khẩu Facebook của tôi là yeu con chau nhieu lam có bị lộ không": in a message typed
    with its marks, four or more syllables typed without them after the copula are what was typed
    into the password box, whatever word they start with ("yeu" is "yêu" there, not "yếu")."""
    unmarked = _unmarked(text, phrase)
    if len(unmarked) < FEWEST_UNMARKED_AMONG_MARKS or _bare(unmarked[0]) in QUESTION_WORDS:
        return False
    if text[: phrase[0].start()].lower() != folded[: phrase[0].start()]:
        return True
    # All typed without marks: "yeu con chau…" is "yêu" (love) unless "so" follows ("yeu qua", weak).
    return _bare(unmarked[0]) in LOVING and _bare(unmarked[1]) not in SO


def _without_question(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """ "… nhieu lam co bi lo khong": the words up to "có" of a "có … không" question after them."""
    if len(words) > FEWEST_UNMARKED_AMONG_MARKS and _bare(words[-1]) in QUESTION_ENDS:
        for i in range(FEWEST_UNMARKED_AMONG_MARKS, len(words)):
            if _bare(words[i]) == "co":
                return words[:i]
    return words


def _english_clause(text: str, folded: str, phrase: list[re.Match[str]]) -> list[re.Match[str]]:
    """ "My Facebook password is i love my grandkids, has it been hacked?": after "is", English
    words in small letters up to the end of the clause (a comma, a question after it: "has it",
    "is that", "can"), three to eight of them, are the password unless they are talk about it:
    they start with a word talk starts with ("wrong", "too short", "in my notebook", "the same")
    or hold a word talk is made of ("forgotten", "saved", "changed")."""
    words = []
    for token in phrase:
        typed = text[token.start() : token.start() + len(_bare(token))]
        if typed in CLAUSE_QUESTIONS and words:
            break
        if not typed.isascii() or not typed.isalpha() or typed != typed.lower():
            return []
        words.append(token)
        if token.group()[-1] in CLAUSE_END:
            if token.group()[-1] in "?!":
                return []
            break
    if not FEWEST_WORDS <= len(words) <= LONGEST_ENGLISH_CLAUSE or not _reads_english(folded):
        return []
    bare = [_bare(w) for w in words]
    if (
        bare[0] in NOT_A_START
        or (bare[0] in PLAIN_TALK and bare[0] != "i")
        or bare[0] in TALK_AFTER_ADJECTIVE - {"i", "my"}
        or bare[0].endswith(PARTICIPLE_ENDS)
        or any(b in TALK_WORDS or b.endswith("ly") for b in bare)
    ):
        return []
    return words


def _reads_english(folded: str) -> bool:
    return sum(word in ENGLISH_MARKERS for word in folded.split()) >= 2


def _thai_sentence(folded: str, phrase: list[re.Match[str]]) -> list[re.Match[str]]:
    """ "พาสเวิร์ดคือ ดอกมะลิบานเช้า ยายตั้งเอง": after "คือ" and a space, a word of Thai letters
    as long as a sentence, which Thai writes without spaces, that asks nothing and does not say
    what the password is made of ("คือ วันเกิดของยาย", "คือ ตัวเลขหกหลัก")."""
    first = phrase[0]
    word = _bare(first)
    if (
        folded[first.start() - 1 : first.start()] != " "
        or len(word) < SHORTEST_THAI_PHRASE
        or not all("\u0e00" <= c <= "\u0e7f" and not c.isdigit() for c in word)
        or word.endswith(THAI_QUESTION_ENDS)
        or word.startswith(THAI_TALK_STARTS)
    ):
        return []
    return [first]


def _in_capitals(text: str, phrase: list[re.Match[str]]) -> list[re.Match[str]]:
    """ "mật khẩu ông ghi trong sổ là TRAN VAN BA 45 thì nhập hoa hay thường": words typed all in
    capitals, two of them at least, and numbers after the copula are the password, up to the first
    word typed otherwise (the talk about it)."""
    words: list[re.Match[str]] = []
    for word in phrase:
        typed = text[word.start() : word.start() + len(_bare(word))]
        if not (typed.isupper() or typed.isdigit()):
            break
        words.append(word)
        if _bare(word) != word.group():
            break  # "TRAN VAN BA 45, …": a comma ends it
    letters = [w for w in words if not _bare(w).isdigit()]
    return words if len(letters) >= CAPITAL_WORDS and len(words) < len(phrase) else []


def _capitalised(text: str, phrase: list[re.Match[str]]) -> list[re.Match[str]]:
    """ "My Apple ID password: Sunflower 2026 Cottage": a clause of three or more capitalised words
    and numbers after the copula, a word and a number among them, to the end of the clause."""
    words = _without_tail(phrase)
    if len(words) < len(phrase) or text[words[-1].end() - 1] in "?!":
        return []
    typed = [text[w.start() : w.start() + len(_bare(w))] for w in words]
    if not all(CAPITALISED.fullmatch(t) or t.isdigit() for t in typed):
        return []
    return words if any(t.isdigit() for t in typed) and not all(t.isdigit() for t in typed) else []


def _plain_words(text: str, phrase: list[re.Match[str]]) -> list[re.Match[str]]:
    """ "my password is purple kettle morning walk, all small letters": a clause of three or more
    English words in small letters after the copula, none a word talk is built with ("is written
    in my notebook", "is saved somewhere safe", "is not working"), its first word no participle."""
    words = _without_tail(phrase)
    if not words or text[words[-1].end() - 1] in "?!":
        return []
    if len(phrase) == LONGEST_PHRASE and phrase[-1].group()[-1] not in CLAUSE_END:
        return []  # the clause runs on: a sentence, not a phrase
    for word in words:
        typed = _bare(word)
        if (
            text[word.start() : word.start() + len(typed)] != typed
            or not typed.isalpha()
            or not typed.isascii()
            or typed in NOT_A_START
            or typed in TALK_AFTER_ADJECTIVE
            or typed in PLAIN_TALK
            or typed.endswith("ly")
        ):
            return []
    first = _bare(words[0])
    return [] if first.endswith(PARTICIPLE_ENDS) else words


def _sentence_noun(text: str, tokens: list[re.Match[str]], i: int) -> int:
    """How many tokens at `i` say "a sentence" ("cả câu", "câu thơ", "a sentence"); 0 if none.
    "cau" must be typed "câu" or without marks: "cầu", "cậu" are other words."""
    words = tuple(t.group() for t in tokens[i : i + 3])
    for noun in SENTENCE_NOUNS:
        if words[: len(noun)] != noun:
            continue
        typed = [
            text[t.start() : t.end()].lower()
            for t, word in zip(tokens[i : i + len(noun)], noun, strict=True)
            if word == "cau"
        ]
        if all(word in ("câu", "cau") for word in typed):
            return len(noun)
    return 0


def _clause(folded: str, tokens: list[re.Match[str]]) -> list[re.Match[str]]:
    """The tokens up to the end of the clause: a comma or stop, a dash, a line break."""
    clause: list[re.Match[str]] = []
    for token in tokens:
        word = token.group()
        if word in DASHES or (clause and "\n" in folded[clause[-1].end() : token.start()]):
            break
        clause.append(token)
        if word[-1] in CLAUSE_END or word[-1] in '"”':
            break
    return clause


def _without_tail(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """The phrase without the question after it: "trời xanh mây trắng có được không", and in Thai,
    which runs it into one word, "ตาชอบกินข้าวเหนียว99 แบบนี้ได้ไหม"."""
    words = list(words)
    while words and (
        _bare(words[-1]) in TAIL
        or _bare(words[-1]) in THAI_QUESTIONS
        or (len(words) > 1 and _bare(words[-1]).endswith(THAI_QUESTION_ENDS))
    ):
        words.pop()
    return words


def _unmarked(text: str, phrase: list[re.Match[str]]) -> list[re.Match[str]]:
    """The words from the start that are syllables typed without marks ("nha ba o hue")."""
    words = []
    for token in phrase:
        typed = text[token.start() : token.end()].rstrip(CLAUSE_END).lower()
        if not typed or typed != _bare(token) or not SYLLABLE_OR_NUMBER.fullmatch(typed):
            break
        words.append(token)
    return words if any(not w.group().rstrip(CLAUSE_END).isdigit() for w in words) else []


def _syllables(text: str, phrase: list[re.Match[str]]) -> list[re.Match[str]]:
    """ "sáng đi bộ chiều uống trà.": after a colon, a clause of Vietnamese syllables, marked or
    not, that asks nothing; "Lan@1960 mà đăng nhập cứ báo sai" starts with a password."""
    words = _without_tail(phrase)
    if not words or text[words[-1].end() - 1] == "?" or any(_bare(w) in KNOWING for w in words):
        return []
    return words if all(SYLLABLE.fullmatch(_bare(w)) for w in words) else []


def _latin_in_thai(folded: str, phrase: list[re.Match[str]]) -> list[re.Match[str]]:
    """Latin words up to Thai: "rak mae mak 2509" in "ตั้ง password เป็น rak mae mak 2509 พิมพ์…"."""
    if not THAI.search(folded):
        return []
    words = []
    for token in phrase:
        if not token.group().isascii():
            break
        words.append(token)
    return words


def _adjective_started(phrase: list[re.Match[str]]) -> bool:
    """ "correct horse riding to hoi an": a talk word before a word of its own, in a long phrase."""
    words = _without_tail(phrase)
    return (
        len(words) >= FEWEST_ADJECTIVE_WORDS
        and _bare(words[0]) in ADJECTIVE_STARTS
        and words[0].group()[-1] not in CLAUSE_END
        and _bare(words[1]) not in TALK_AFTER_ADJECTIVE
    )


def _set_before(text: str, folded: str, keyword: Keyword) -> Iterator[tuple[int, int]]:
    """ "tôi đặt an com uong nuoc nho nguon làm mật khẩu email": syllables typed without marks
    between a setting verb and "làm"/"là" before the password word, the verb or the link typed
    with its marks (in a message typed without marks, "dung ho ten day du lam mat khau" is talk)."""
    if not folded[max(0, keyword.start - LONGEST_LINK) : keyword.start].rstrip().endswith(LINKS_BEFORE):
        return
    tokens = list(TOKEN.finditer(folded, max(0, keyword.start - WINDOW), keyword.start))
    if len(tokens) < FEWEST_WORDS + 2 or tokens[-1].group() not in LINKS_BEFORE:
        return
    words: list[re.Match[str]] = []
    for token in reversed(tokens[:-1]):
        if token.group() in SETTING_VERBS:
            marked = {text[t.start() : t.end()].lower() for t in (token, tokens[-1])} & MARKED_LINKS
            if len(words) >= FEWEST_WORDS and marked and words[-1].group() not in NOT_A_SET_START:
                yield _span(text, words[::-1])
            return
        typed = text[token.start() : token.end()].lower()
        if len(words) == LONGEST_PHRASE or typed != token.group() or not SYLLABLE_OR_NUMBER.fullmatch(typed):
            return
        words.append(token)


def _asked(text: str, folded: str, keyword: Keyword) -> Iterator[tuple[int, int]]:
    """ "is my old red bicycle a good password?": the words between "is" and "a good"."""
    last = folded[max(0, keyword.start - QUALITY_CHARS) : keyword.start].rsplit(maxsplit=1)
    if not last or last[-1] not in QUALITY:
        return
    tokens = list(TOKEN.finditer(folded, max(0, keyword.start - WINDOW), keyword.start))
    i = len(tokens) - 1
    if i < 0 or tokens[i].group() not in QUALITY:
        return
    i -= 1
    if i >= 0 and tokens[i].group() in ARTICLES:
        i -= 1
    words: list[re.Match[str]] = []
    while i >= 0 and len(words) < LONGEST_PHRASE:
        word = tokens[i].group()
        if word in QUESTION_OPENERS:
            if len(words) >= FEWEST_WORDS and words[-1].group() not in ASKED_NOT_A_START:
                yield _span(text, words[::-1])
            return
        if word[-1] in CLAUSE_END:
            return
        words.append(tokens[i])
        i -= 1


def _bare(token: re.Match[str]) -> str:
    return token.group().rstrip(CLAUSE_END + '"”')


def _span(text: str, words: list[re.Match[str]]) -> tuple[int, int]:
    start, end = words[0].start(), words[-1].end()
    while end > start and text[end - 1] in CLAUSE_END + "\"”'’":
        end -= 1
    return start, end
