"""Passwords typed near a password word: "mật khẩu Lan@1960", "mk abc789xyz",
"mật khẩu ngân hàng của tôi là Hoa@1958 có an toàn không", "รหัสผ่านคือ abcd1234",
"đổi mật khẩu từ hung1956 sang Hung@1956", "password from sunshine to Sunsh1ne#Vn",
'Is "Bobby1951" a good password?'.

In the words after the keyword (up to the end of the sentence), every word that looks like a
password (digits, or letters mixed with signs) is one. Right after a copula ("là", "is", ":",
"คือ") or an owner ("mat khau zalo cua me hoamai"), an ordinary-looking word is one too unless it
is a common word: "mật khẩu là gì" asks a question, "my password is wrong" reports a problem, a
lone Vietnamese syllable is a word, and "Password 7#kLm!Qz2 was generated…" describes the password
before it. A word in quotes that mixes letters and digits is a password
wherever it stands: people quote exactly what they typed ('ยายตั้ง "ส้มตำ55" ไว้'). A password
announced as a sentence ("mật khẩu là một câu: con mèo …") is the clause after the colon; other
passphrases are read by `phrases`. With no password word, a word typed into a box or set as one
("bà gõ hoalan@5", "ông đặt chimse#7", "ส่วนอีกช่องใส่ somchai_bkk") is one when it mixes letters
with digits or signs, and so is a word shaped like a password anywhere ("Hoa_Mai_61"). What a user
name or a network's name names ("Username: margaret.h", "Tên đăng nhập tranvanmuoi", "wifi name
Guest512") is who logs in or where, not a secret.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections.abc import Callable, Iterator

from bot.safety.keywords import REACH, Category, Keyword
from bot.safety.numbers import MASKS
from bot.safety.phrases import (
    ADJECTIVE_STARTS,
    CLAUSE_QUESTIONS,
    NOT_A_START,
    TAIL,
    TALK_AFTER_ADJECTIVE,
    TALK_WORDS,
    passphrases,
)
from bot.safety.spoken import DIGIT_WORDS
from bot.safety.tried import WRONG, WRONG_CHARS

TOKEN = re.compile(r"[\u0e00-\u0e7f]+|[^\s\u0e00-\u0e7f]+")
AFTER_TOKENS, AFTER_CHARS = 20, 150
AFTER_COPULA_TOKENS = 5
THAI_FILLER_TOKENS = 2
# An apostrophe inside a word ("I'm", "don't") opens or closes no quote.
QUOTED_PHRASE = re.compile(r"(?<![A-Za-z])[\"“'‘]([^\"”'’\n]{2,40})[\"”'’](?![A-Za-z])")
QUOTED_WORD = re.compile(r"[\"“'‘«]([^\"”'’»\s]{4,40})[\"”'’»]")
THAI_NEXT = re.compile(r" ?[\u0e00-\u0e7f]")
BEFORE_TOKENS, QUOTED_BEFORE_CHARS = 3, 100
# How strong a value is asked or said to be, between it and the password's word; not counted among
# the words between: "is Mai58 a strong enough password", "Tien59 co phai mat khau du manh".
ASKED_QUALITY = frozenset(
    "strong stronger enough good safe secure weak really very too ok okay decent"
    " manh du an toan tot yeu".split()
)
# The keyword glued to the password: "mkhoangyen63", "passwordLiverpool66", "mật khẩuNgaHN@1959".
GLUED = re.compile(r"(?<![a-z0-9])(?>mat khau|matkhau|password|pass|pwd|pw|mk)([^\s\u0e00-\u0e7f]{4,64})")
# "là một câu:", "is a sentence:": what follows the colon, up to the end of the clause, is the password.
ANNOUNCED_PHRASE = re.compile(
    r"(?<![a-z])(?:cau|cau tho|cum tu|sentence|phrase|passphrase|pass phrase|ประโยค|วลี)(?![a-z]) ?[:：]"
)
PHRASE = re.compile(r"[^,.;!?\n\"“”]{3,80}")
# A phrase the password is called, its words typed together: "my password is the phrase
# ilovemycatfelix all together", "mật khẩu là câu toiyeuconmeo", "รหัสผ่านเป็นประโยค ilovemycat".
PHRASE_CALLED = re.compile(
    r"(?:(?<![a-z])(?:the |a |one |mot )?(?:phrase|passphrase|sentence|cau|cum tu)|ประโยค|วลี) ?"
    r"(?:(?:is|la|:)(?![a-z]) ?|คือ ?|ว่า ?)?([a-z][a-z0-9]{7,39})(?![a-z0-9])"
)
PHRASE_CALLED_CHARS = 40
# Said to be typed as one word: "mật khẩu là hồng xanh 55 viết liền …", "… no spaces", "… ติดกัน".
# What stands between the copula and these words was said with spaces and is the password.
TYPED_JOINED = re.compile(
    r"(?<![a-z])(?:viet lien|go lien|viet dinh|lien nhau|khong cach|khong dau cach|no spaces?"
    r"|without spaces|all one word|as one word)(?![a-z])|เขียนติดกัน|พิมพ์ติดกัน|ติดกัน|ไม่เว้นวรรค|ไม่มีเว้นวรรค"
)
JOINED_WINDOW = 60
# Said to be typed with its spaces: "correct horse lamp 7, with spaces", "ยาย รัก หลาน 9 ค่ะ มีเว้นวรรค",
# "mật khẩu là con mèo đen 5 có dấu cách": the words between the password word (and its copula)
# and these words are the password.
TYPED_SPACED = re.compile(
    r"(?<![a-z])(?:with (?:the )?spaces|with a space|spaces included|has spaces|co dau cach|co khoang trang"
    r"|co cach|co khoang cach|ca dau cach)(?![a-z])|มีเว้นวรรค|เว้นวรรคด้วย|มีช่องว่าง"
)
# Said to have spaces before it is given: "my password has spaces: Blue Sky 1961", "mật khẩu có dấu
# cách là con mèo đen 5", "รหัสผ่านมีเว้นวรรค: ยาย รัก หลาน 9". After a colon or a copula, the words to
# the end of the clause are the password, less a question after them ("… is that allowed",
# "… có được không", "… ได้ไหม").
SPACED_BEFORE = re.compile(
    r"(?<![a-z])(?:(?:has|with|contains|includes|including) (?:a |some |two |three )?spaces?|has gaps"
    r"|co (?:dau cach|khoang trang|cach|khoang cach|dau space)|co space)(?![a-z])|มีเว้นวรรค|มีช่องว่าง|เว้นวรรคด้วย"
)
# What gives the password after those words, a few characters on ("(with spaces): …", "has spaces in
# it, it's …", "có dấu cách nha: …", "มีเว้นวรรคนะ คือ …").
SPACED_GIVEN = re.compile(r" ?(?:[:\-–—]|(?<![a-z])(?:is|it's|it’s|it is|its|la)(?![a-z])|คือ|เป็น|ว่า) ?")
SPACED_GIVEN_CHARS = 16
SPACED_THEN_GIVEN = re.compile(r" ?[:\-–—] ?\S")
SPACED_BEFORE_CHARS = 40
SPACED_BREAK = re.compile(r"[,.;!?\n]")
SENTENCE_BREAK = re.compile(r"[.;!?\n]")
SPACED_WORDS = range(2, 9)
# Words and a number at the clause's start, then a copula and perhaps an owner, right before a
# password's word: "ดอกมะลิ ขาว 99 คือ", "hoa mai vang 99 la", "blue sky 99 is my".
_OWNER = r"(?:my|our|cua (?:toi|minh|ba|ong|me|bo|em|con|chau)|ของ(?:ฉัน|ผม|ยาย|ตา|หนู|แม่|พ่อ))"
SPACED_THEN_NAMED = re.compile(
    r"(?:^|(?<=[.!?\n,:;]) ?)(?P<value>(?P<words>(?:[^\s\d.,!?:;\"']+ ){2,5})\d{1,4})"
    rf" ?(?:(?:la|is|was|=)(?![a-z])|คือ|เป็น) ?(?:(?P<owner>{_OWNER}) ?)?$"
)
SPACED_BEFORE_NAMED_CHARS = 60
# After a password's word, its owner and a copula: words each with a capital first, or in another
# script, then a number, the password typed with its spaces ("mật khẩu là Sen Hồng 59 rồi", "my
# password is Somchai กขค 99 with Thai letters", "password is Bà Nội 1950 with the accents").
CAPITALISED_THEN_NUMBER = re.compile(
    r"(?:ของ[\u0e01-\u0e4e]{0,10}?)?(?: [^\s\d.,!?:;\"']+){0,4}? ?(?:(?:is|was|la)(?![a-z])|[:=]|คือ|เป็น) ?"
    r"(?P<value>(?:[^\s\d.,!?:;\"']+ ){2,8}\d{1,4})(?![\w.,]\d|\w)"
)
CAPITALISED_WORDS = range(2, 5)
# After a password's word, its owner and a copula: words in small letters, then a number, to the
# clause's end: "my pass is tea with milk 3", "mật khẩu của tôi là trà sữa 3". Talk about a password
# starts with a word of talk ("is still 1234", "is on page 12"), which leaves it alone.
SMALL_THEN_NUMBER = re.compile(
    r"(?: [^\s\d.,!?:;\"']+){0,4}? ?(?:(?:is|was|la)(?![a-z])|[:=]) ?"
    r"(?P<value>(?:[^\W\d_]+ ){2,5}\d{1,4})(?= ?(?:[,.;!?\n]|$))"
)
# The words of a sign-in's terms joined by hyphens: "two-factor", "multi-step", "one-time", "log-in".
TERM_WORDS = frozenset(
    "one two three single double multi factor factors step steps way time use level layer layers"
    " log sign set check in on out up off e mail pass word face finger touch print".split()
)
SMALL_WORDS_TALK = frozenset(
    "at least in on of for from since until after before about than page step lesson days"
    " years month months time times minutes hours digits characters letters numbers so but"
    " lan ngay thang nam gio phut ky tu chu so buoc trang bai tu den sau truoc hon".split()
)
# What the words in capitals are, said first in small letters: "my password is my old street name Elm
# Row 14", "mật khẩu là tên đường cũ Lê Lợi 14", "my password is my dog's name Rex 2019": the name
# and its number are the password, what is said of it is not.
DESCRIBED = frozenset(
    "name names street road lane avenue address town village city dog dog's cat cat's pet pet's school"
    " maiden house farm ten duong pho hem ngo que lang xom cho meo truong nha".split()
)
DESCRIBED_CAPITALISED = range(1, 5)
OWNER_AFTER = re.compile(rf" ?(?:[a-z]+ ){{0,2}}{_OWNER}(?![a-z])|[\u0e01-\u0e4e]{{0,10}}?ของ")
NUMBERED_THINGS = frozenset(
    "bai buoc so trang lop chuong phan cau lesson step chapter page class part question number no"
    " บท ข้อ ที่ หน้า ขั้นตอน".split()
)
COLON_NUMBERED_WORDS = 3
# A passphrase given after a colon: words, then a number, then the clause's end (see `_colon_phrase`).
COLON_GIVEN = re.compile(r"(?: (?:cua (?:toi|ba|ong|minh|me)|of mine|la|is|was|moi|new|cu|old|คือ))? ?: ?")
COLON_PHRASE = re.compile(
    r"[^\W\d_][\w'’]{0,20}(?: [^\W\d_][\w'’]{0,20}){1,5} \d{2,4}(?=[ ]?(?:[,.;!?\n]|$))"
)
COLON_TALK = frozenset(
    "sai wrong lan times time het han sau after in within trong quen forgot doi change changed reset nhap"
    " enter attempts tries con remaining chi only ky tu characters chars so digits letters least it nhat"
    " toi thieu min minimum max toi da phut minutes ngay days thang months tuoi years old year".split()
)
THAI_PARTICLES = frozenset({"ค่ะ", "คะ", "ครับ", "นะ", "จ้ะ", "จ้า", "ค่า"})
SPACED_GAP = re.compile(r"[^,.;!?\n]*?(?:,? ?(?:ค่ะ|คะ|ครับ|นะ|จ้ะ|จ้า)?,? ?)")
SPACED_END = re.compile(r"(?:,? ?(?:ค่ะ|คะ|ครับ|นะ|จ้ะ|จ้า))?,? ?$")
# A password spelled letter by letter: "chữ hoa H, o, a, rồi số 1 9 6 0", "K a t e 5 9", "m a i h o a
# 6 9", "h, o, a, 1, 9, 5, 8"; three or more single letters, digits or signs apart by commas or
# spaces, two letters among them, soon after a password word ("there's a 9,800" spells nothing).
# A letter's case may be said before it, and is part of what is spelled: "capital T, o, m, 1, 9, 5,
# 2", "T, o, small m", "chữ hoa H, o, a", "ตัวใหญ่ T, o, m".
_CASE = (
    r"(?:(?i:capital|cap|big|small|upper ?case|lower ?case|chữ hoa|chữ thường|chữ in hoa|chu hoa|chu thuong"
    r"|chu in hoa)|ตัวพิมพ์ใหญ่|ตัวพิมพ์เล็ก|ตัวใหญ่|ตัวเล็ก) "
)
_SPELLED = rf"(?:{_CASE})?(?:[^\W_]|[@#$%&*!+=])"
SPELLED_LETTERS = re.compile(rf"(?<![^\s,:]){_SPELLED}(?:(?:, ?| ){_SPELLED}){{2,19}}(?![^\W_])")
SPELLED_CASE = re.compile(_CASE)
SPELLED_LETTER = re.compile(r"[^\W\d_]")
SPELLED_LETTERS_FEWEST = 2
SPELLED_WINDOW = 40
# A quoted word right after a password word and its copula is the password, whatever its letters:
# 'ตั้งรหัสผ่านเป็น "บ้านสวนยาย"', 'mật khẩu là "hoahong"'.
QUOTED_RIGHT_AFTER = re.compile(
    r" ?(?:(?:(?<![a-z])(?:la|is|was|=)(?![a-z])|:|คือ|เป็น|ว่า) ?)?[\"“'‘«]([^\"”'’»\n]{2,40})[\"”'’»]"
)
# The keyword ends its line ("password\nKitten\n2019!", "mật khẩu:\nMeoMun\n2020!"): the next line,
# a word or three that ask nothing, is the password; its other lines join it (see `guard`).
LINE_AFTER = re.compile(r"(?<![ \t])[ \t]*(?:(?:la|is|คือ)[ \t]*)?(?:[:=][ \t]*)?\r?\n[ \t]*([^\n]{1,40})")
LINE_WORDS = 3
NEXT_LINE = re.compile(r"\r?\n[ \t]*(\S{1,40})[ \t]*(?:\n|$)")
THAI_LETTER = re.compile(r"[\u0e00-\u0e7f]")
JOINED_WORDS = 5
JOINED_GAP = re.compile(r"[^,.;!?\n]*(?:, ?)?")  # "my password is blue sky 72, no spaces"
PHRASE_DASH = re.compile(r" [-–—] ")  # "… at 7am - is that allowed?": the phrase ends at a spaced dash
# Thai runs its words together: "ยายตั้งรหัสผ่านว่าบุญมี2507ได้ไหม". After a password word and a
# Thai copula, Thai letters ending in digits are the password; "เป็นตัวเลข12หลัก" is its length.
# A sign may stand between the letters and the digits, or after the digits: "มะลิ@2510", "บุญมี2507!".
_THAI_SIGNED_DIGITS = r"[\u0e01-\u0e4f]{2,20}[@#!$%&*_+=]{0,2}\d{2,8}[@#!$%&*]{0,2}"
THAI_SIGNS = "@#!$%&*_+="
THAI_GLUED = re.compile(rf"(?:คือ|เป็น|ว่า|จาก) ?({_THAI_SIGNED_DIGITS})(?!\d| ?(?:หลัก|ตัว))")
THAI_GLUED_CHARS = 40
# A Thai phrase that sets or uses a password: a verb before the password word ("ตั้ง", "ใช้",
# "เปลี่ยน") and a copula or none after it, or the verb after it ("รหัสผ่านตั้งเป็น …"); then Thai
# letters, a space before them or none. Particles and questions at their end are no part of them.
THAI_SET_VERBS = ("ตั้ง", "ใช้", "เปลี่ยน", "ตั้งให้", "เปลี่ยนมาใช้")
THAI_VERB_CHARS = 12
# A thing used or set as the password, then the word: "ตาใช้ประโยคยาวเป็นรหัส ช้างเผือกกินกล้วยสามหวี"
# (I used a long sentence as the password: …); what follows is set as it is after "ตั้งรหัส".
THAI_USED_AS = re.compile(r"(?:ใช้|ตั้ง|เอา)[\u0e01-\u0e4e]{1,20}เป็น$")
THAI_USED_AS_CHARS = 30
THAI_SET_AFTER = re.compile(r"(?:เป็น|ว่า|คือ|ใหม่เป็น|ใหม่ว่า)? ?([\u0e01-\u0e4e]{2,40})")
THAI_SET_AFTER_ALONE = re.compile(
    r"(?:ตั้งเป็น|ตั้งว่า|ตั้งไว้ว่า|ตั้งไว้เป็น|เปลี่ยนเป็น|ใช้เป็น|ใช้คำว่า|ใช้) ?([\u0e01-\u0e4e]{2,40})"
)
THAI_ENDING = re.compile(
    r"(?:ได้ไหม|ได้มั้ย|ได้หรือเปล่า|ได้หรือไม่|ได้เลย|ได้ป่าว|ดีไหม|ดีมั้ย|ดีหรือเปล่า|ดีกว่า|ปลอดภัยไหม"
    r"|โอเคไหม|หรือเปล่า|หรือไม่|ไหม|มั้ย|ครับ|ค่ะ|คะ|ค่า|นะ|จ้ะ|จ้า|จ๊ะ|ล่ะ|เหรอ|หรอ|แล้ว|เลย|ไว้)$"
)
THAI_SET_SHORTEST = 3
# A lesson's topic, not a password set: "บทที่ 5 สอนเปลี่ยนรหัสผ่าน", "วิธีตั้งรหัสผ่าน", "การเปลี่ยนรหัสผ่าน";
# nor Thai letters that end in an ordinal before its number ("ยายเรียนถึงบทที่ 3", "ข้อที่ 2").
THAI_TOPIC_BEFORE = ("สอน", "วิธี", "การ", "เรียน")
THAI_ORDINAL = re.compile(r"ที่ ?[\d\u0e50-\u0e59]")
# What a password is made of or how it is used, not the password: "เป็นภาษาไทย", "ใช้รหัสผ่านเดิม"; nor
# that it was done: "เปลี่ยนรหัสผ่านเรียบร้อยแล้ว" (changed, all done).
THAI_NOT_A_VALUE = tuple(
    """
    ภาษา ตัวเลข ตัวอักษร ตัวหนังสือ อักษร วันเกิด เดิม เดียวกัน ใหม่ ยาก ง่าย ประจำ บ่อย อะไร ยังไง อย่างไร
    ไหน ชื่อ เบอร์ อังกฤษ แบบ ที่ ให้ ซ้ำ ทุก หลาย สั้น ยาว กี่ ได้ ไม่ จะ แล้ว หรือ ของ อีก ไว้ เอง ด้วย ครับ
    ค่ะ คะ นะ หาย ผิด ลืม หมดอายุ ถูก ยัง ตรง ช่วย เข้า สำหรับ เพื่อ กับ มี ต้อง อยู่ คน เป็น ว่า คือ ตาม คำ
    จาก ประโยค วลี นี้ นั้น เลข เช่น ตัวอย่าง อย่าง ปีเกิด
    เรียบร้อย สำเร็จ เสร็จ
    """.split()
)
# A question in the Thai letters makes them a how-to question, not a value: "เปลี่ยนรหัสผ่านเฟซบุ๊ก
# ตรงไหนหลาน" (where do I change the Facebook password).
THAI_QUESTION_WORDS = (
    "ตรงไหน",
    "ที่ไหน",
    "ยังไง",
    "อย่างไร",
    "ทำไง",
    "ทำยังไง",
    "อะไร",
    "เมื่อไร",
    "เมื่อไหร่",
    "กี่",
    "ไหน",
)
# A word alone that asks whether what was said is true, "… มาตั้งรหัส จริงไหม" (is it true?), is no value.
THAI_ASKED_TRUE = frozenset(["จริง", "จริงๆ", "ใช่", "เหรอ", "หรอ", "จริงเหรอ", "จริงหรือ", "จริงรึ", "ถูก"])
# A service or a device named right after the password's word, with no copula, is whose password
# it is: "ตั้งรหัสผ่านไลน์", "เปลี่ยนรหัสผ่าน เฟซบุ๊ก", "ใช้รหัสผ่านแอปธนาคาร".
THAI_SERVICES = (
    "เฟซบุ๊ก",
    "เฟสบุ๊ก",
    "เฟสบุ๊ค",
    "เฟซบุ๊ค",
    "เฟส",
    "เฟซ",
    "ไลน์",
    "แอป",
    "แอพ",
    "ธนาคาร",
    "อีเมล",
    "อีเมล์",
    "เมล",
    "กูเกิล",
    "กูเกิ้ล",
    "ยูทูบ",
    "ติ๊กต็อก",
    "โทรศัพท์",
    "มือถือ",
    "บัตร",
    "เป๋าตัง",
    "วอลเล็ท",
    "พร้อมเพย์",
    "ทรูมันนี่",
    "ช้อปปี้",
    "ลาซาด้า",
    "ไอคลาวด์",
    "ไวไฟ",
    "เน็ต",
    "คอม",
    "บัญชี",
    "ถุงเงิน",
    "กรุงไทย",
    "กสิกร",
)
# Words that make the Thai letters a clause, not a value: "ตั้งรหัสผ่านแอปธนาคารเป็น …" names the app,
# "ตั้งรหัสผ่านไลน์ให้ยายว่า …" who it was set for.
THAI_CLAUSE_WORDS = ("เป็น", "ว่า", "คือ", "ให้", "ของ", "จาก", "นี้", "ไว้", "ใช่", "และ", "กับ")
# Thai letters ending in digits, a word of their own after any password word, in any language:
# "Mật khẩu …: สวัสดี2024", "my Thai password is บ้านสวน1955", "ตั้งรหัสผ่านเป็นภาษาไทย มะม่วงสุก88";
# not a length, an age or a sum ("ตัวเลข12หลัก", "อายุ75ปี").
THAI_WORD_DIGITS = re.compile(
    rf"(?<![\u0e00-\u0e7f]){_THAI_SIGNED_DIGITS}(?!\d|[.,]\d| ?(?:หลัก|ตัว|ปี|บาท|นาที|ครั้ง|วัน|คน))"
)
THAI_WORD_CHARS = 80
# The same right after a password word, glued to it ("รหัสผ่านดอกแก้ว57"), or before any such word,
# a few words and no sentence's end between ("ส้มตำ2494 อันนี้รหัสผ่านแอปนะลูก", "ดอกแก้ว57 คือรหัสเข้าอีเมล",
# "… is my passcode").
THAI_RIGHT_AFTER = re.compile(THAI_WORD_DIGITS.pattern.removeprefix(r"(?<![\u0e00-\u0e7f])"))
THAI_BEFORE_CHARS = 16
# Thai letters that count or place the number after them are no password: a street, a house, an age,
# a price, a chapter, a room, a floor, a year ("ซอย23", "บ้านเลขที่45", "อายุ75", "ราคา250", "บทที่3").
THAI_COUNTED = tuple("ซอย ที่ อายุ ราคา ห้อง ชั้น ปี พศ หมู่ ข้อ บท ตอน เบอร์ เลข ครั้ง รุ่น จาน ละ แถว โต๊ะ".split())
# Nor letters that link words, say where it came from or name a code: "คือ482016" after "OTP", "ของพ่อ853102",
# "ส่งรหัสมา630285", "รหัสใหม่8093", "รหัสแรก5521".
THAI_LINKING_END = ("คือ", "ว่า", "เป็น", "ให้", "มา", "ไป", "แรก", "ใหม่", "ฟัง")
THAI_CODE_INSIDE = ("รหัส", "โค้ด", "โอที")
# Words for a code or a password, Thai or not, that name Thai letters with digits: "รหัส", "รหัสผ่าน",
# "พาสเวิร์ด", "password", "code", "passcode". Glued right after a word for a code, not a password, Thai
# letters say what the code is for and its digits are the code ("passcodeทางรัฐ087352").
THAI_NAMING = frozenset({"password", "otp", "pin"})
PHRASE_WINDOW = 40
# A change names the old password too: "password from sunshine to Sunsh1ne#Vn", "mật khẩu từ hoamai
# sang …", "รหัสผ่านจาก somchai เป็น …". One word between "from" and "to" is the old password.
CHANGED_FROM = re.compile(
    r"(?:(?<![a-z])(?:from|tu)|จาก) ?([^\s\u0e00-\u0e7f]{2,40}) ?(?:(?:to|sang|thanh)(?![a-z])|เป็น)"
)
CHANGED_FROM_CHARS = 40
# A user name runs from its keyword to the next secret's keyword, the end of the clause or the next
# part of the sentence ("username is my email and in the second box I typed …", "… ส่วนอีกช่องใส่ …").
CLAUSE_END = re.compile(r"[,;/|\n]|\.(?:\s|$)|(?<![a-z])(?:and|but|then|con|nhung)(?![a-z])|ส่วน|แต่")
USER_NAME_CHARS = 60
NETWORK_WORD = re.compile(r"wi-?fi|wi fi|ไวไฟ|mang|network|router|ssid")
NETWORK_NAMED = re.compile(
    r"(?:(?<![a-z])(?:wifi|wi-fi|wi fi|mang|network|router)(?![a-z])|ไวไฟ)[^,.;:!?\n]{0,30}?"
    r"(?:(?<![a-z])(?:ten|name|called|named|ssid)(?![a-z])|ชื่อ|(?P<copula>(?<![a-z])(?:la|is)(?![a-z])|คือ))"
)
SENTENCE_END = re.compile(r"[.?!;\n]")
NETWORK_OWNER = 12  # characters between a password word and the network it is for: "mật khẩu wifi"
SERVICE_FIELD = re.compile(r" ([a-z]+) ?:")
# Words a button's or a menu's name holds: a quoted phrase with one is that name.
NAMING: frozenset[Category] = frozenset({"password", "login", "user", "changed"})
SECRET_WORDS: frozenset[Category] = frozenset({"password", "pin", "otp"})
# A word that starts with a reference's or an account's label is that label's value: "Ref:8821".
LABELS: frozenset[Category] = frozenset({"harmless", "account"})
FURTHEST_LABEL_REACH = max(REACH[label] for label in LABELS)
MASKED_NUMBER_CHARS = frozenset("0123456789.-") | MASKS
# An address ends in a domain's letters: "T@m.Nguyen_61" is a password built with signs, not one.
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}(?![\w-])")
TOP_LEVEL_DOMAINS = frozenset(
    """
    com net org edu gov mil int info biz name pro vn th uk us au ca de fr jp kr cn sg my id ph in io co me
    app dev xyz top online site shop vip cc asia tv ru nl it es ch se no fi dk be at nz hk tw la kh mm eu
    test example invalid local localhost mail email
    """.split()
)
LEADING = "\"'“”‘’«»([{:="
TRAILING = "\"'“”‘’«»)]}.,;?…:"
QUOTES = "\"'“”‘’«»"
COPULAS = frozenset("la is are was = : thanh sang la: is: คือ เป็น".split())
DESCRIBING = frozenset("la is are was".split())  # "Password 7#kLm!Qz2 was generated…"; not "sang", "to"
# "my password is just butterfly": a word between the copula and the password.
AFTER_COPULA_FILLERS = frozenset("just only simply still chi van cung แค่ ก็".split())
# After "gõ", "typed", "ใส่", "đặt": the next word, or the one after "vào"/"chữ"/"in".
TYPED_FILLERS = frozenset("vao chu in into la the ว่า คำว่า".split())
TYPED_TOKENS = 3
BUILDING_SIGNS = frozenset("@#!$%&*_+=?~^")
PASSWORD_SIGNS = frozenset("@#!$%&*")
BUILT_NEAR = re.compile(r"[\d@#!$%&*_+=?~^]")
TYPED_CHARS = 60
# Words joined by hyphens, three or more of three letters or more, set as a password in a message
# that asks how strong it is: "I set it to bluesky-over-hanoi, is that strong enough?", "đặt là
# hoa-mai-vang có mạnh không"; not "read-only" or "end-to-end".
HYPHEN_PHRASE = re.compile(r"[A-Za-z]{3,20}(?:-[A-Za-z]{3,20}){2,5}(?![\w-])")
STRENGTH_ASKED = re.compile(
    r"(?<![a-z])(?:strong|stronger|secure|safe|weak|guess|guessable|hack|manh|an toan|de doan|kho doan|yeu)"
    r"(?![a-z])|ปลอดภัย|แข็งแรง|เดา"
)
# "mật khẩu Zalo của mẹ …": after "của" and its owner, the password often follows with no "là".
OWNER_BEFORE = "cua"
OWNERS = frozenset("toi minh tao em anh chi ba ong me bo con chau co chu bac cau di no ho".split())
THAI_COPULAS = ("คือ", "เป็น", "ว่า")
QUESTION_END = frozenset("gi sao nao what which how why when where อะไร ไหม ยังไง อย่างไร".split())
# Words that follow "password is…" in questions and complaints, not passwords.
ORDINARY = frozenset(
    """
    broken disabled enabled
    incorrect invalid required expired changed correct forgotten locked blocked strong secure
    allowed permitted different missing needed mandatory already probably usually stored saved
    hidden encrypted something complicated difficult important private personal confidential because written
    updated accepted rejected working reset resetting wrong weak short simple longer shorter
    enough showing displayed protected compromised leaked stolen hacked safe unsafe easy hard
    actually really still always never sometimes supposed another please thanks letters numbers
    characters symbols uppercase lowercase digits special minimum maximum same similar secret
    unique complex random typed entered sent received created sinh ngay dai ngan yeu manh dung
    sai khong chua roi nhung cac mot hai bay tam chin muoi birthday birthdate nickname address
    anniversary phone number email names sentence phrase passphrase forgot forget lost
    better best safer worse easier harder
    cracked guessed breached exposed common popular predictable obvious terrible
    capital capitals capitalised capitalized lower upper
    among amongst about like within between
    """.split()
)
SPACED_TALK = ORDINARY | TALK_WORDS  # "… with spaces is too long", "… is really secure though"
# Things named by "password" before them: "the password box is greyed out", "password rules are long".
PASSWORD_THINGS = frozenset(
    """
    box field manager managers requirement requirements rule rules reset hint hints page screen prompt
    form policy strength recovery app setting settings option button bar section question questions
    thing part change changes length window
    """.split()
)
# A Vietnamese password word: the word after it says what the password opens ("mật khẩu app ngân hàng").
VIETNAMESE_PASSWORD_WORDS = ("mat khau", "mk")
# Where a password is used, named right after "password": "password gmail ลืมแล้ว", "của tôi Facebook".
SERVICES = frozenset(
    """
    facebook gmail google email hotmail outlook yahoo zalo messenger youtube tiktok instagram twitter
    shopee lazada tiki sendo netflix spotify vneid icloud apple iphone ipad android samsung oppo xiaomi
    wifi banking internet online momo zalopay viettel vnpt mobifone vinaphone vietcombank techcombank
    agribank vietinbank sacombank mbbank kbank krungthai paotang truemoney grab amazon paypal whatsapp
    telegram viber windows laptop computer thaid
    """.split()
)
# Words of English that no unmarked Vietnamese word folds to: two of them make a message English.
ENGLISH_WORDS = frozenset(
    """
    is are was were and you your what how this with have has does did should would could why will
    please someone anyone somebody anybody because forgot forget help here there when where which
    """.split()
)
ENGLISH_FEWEST = 2
LATIN_WORD = re.compile(r"[a-z]+")
# Words run together (see `_run_together`): longer than nearly every word, not ending as one does.
RUN_TOGETHER_LETTERS = 12
ENGLISH_ENDINGS = tuple(
    """
    ing ings ed ly tion tions sion sions ment ments ness able ible ful less ance ence ity ities ous
    ive ism ist ists ize ise ship ers ally ology ical
    """.split()
)
_SYLLABLE = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
VIETNAMESE_SYLLABLE = re.compile(_SYLLABLE)
# Names glued together, as Vietnamese passwords often are: "ducanh", "matroixanh", "caucau".
VIETNAMESE_COMPOUND = re.compile(f"(?:{_SYLLABLE}){{2,4}}")
LONGEST_COMPOUND = 24
DATE_OR_AMOUNT = re.compile(r"\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?|[\d.,]+(?:đ|d|k|vnd|%|\$)?")
PHONE = re.compile(r"\+?(?:0|84|66)\d{8,10}")
VERSION = re.compile(r"(?:v|ver|version)\.? ?\d+(?:\.\d+)*[a-z]?")
# A web address is what a scam message points at: the checker must see it, so it is never hidden.
WEB_ADDRESS = re.compile(
    r"^(?:https?://|www\.)|[a-z0-9]\.(?:com|vn|net|org|top|xyz|online|site|info|app|io|me|th|link|click"
    r"|shop|vip|cc|biz|asia|gov)(?:[./:?#]|$)"
)
# Letters, a sign and digits, as people build passwords: "Minh@6868", "Cardigan#2025", "TeaCup1962!".
# A name and a year, the other favourite: "Buster1955", "ongnoi1948", "cardigan12".
# After a sign, one digit is enough when the word is long enough: "chimse#7". Capitalised words
# run together before the digits are one too: "BlueSky2020", "TranVanBa1950". A short name with a
# year of birth, "Sam1960", "lan1948" (not a month's: "Jan1998", see `MONTH_YEAR`). Signs at the end
# may be doubled: "George@1950!!".
STRONG = re.compile(
    r"(?<![\w@#!$%&*./-])(?:[A-Za-z]{2,24}[@#!$%&*_]{1,2}\d{2,8}!{0,3}|[A-Za-z]{2,24}\d{2,8}[@#!$%&*]{1,3}"
    r"|[A-Z]?[a-z]{4,24}\d{2,4}|[A-Za-z]{4,24}[@#!$%&*]{1,2}\d!{0,3}|(?:[A-Z][a-z]{1,12}){2,3}\d{2,4}"
    r"|[A-Za-z][a-z]{2,3}19[2-9]\d)"
    r"(?![\w@#$%&*])"
)
MONTH_YEAR = re.compile(r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|tet|the|win|ver)19\d\d")
# A word of letters and digits with a sign inside or after it is typed as a password and nothing
# else: "it's P@$$w0rd!23, my son set it", "so mine is now Lilac&Rain1950", wherever it stands; not
# an e-mail or a web address, a hashtag or a handle ("#Tet2024", "@minh1990": a sign first), nor a
# number's label ("Order#12345"). A code word names it as a class's or a meeting's code (see
# `passwords`).
SPACE_APART = re.compile(r"\S+")
SIGNS = frozenset("@#$%&*!~^=")
LABEL_SIGNS = frozenset("@#")  # first, a handle's or a hashtag's
SIGNED_LETTERS = 2
SIGNED_CHARS = range(6, 41)
NUMBERED = re.compile(r"[A-Za-z]+#\d+")
SIGN_INSIDE = re.compile(r"\S[@#$%&*!~^=]")  # most messages have none: their words are not read one by one
# Words joined by underscores, with digits or a sign and digits at the end: "Hoa_Mai_61", "rose_garden7".
UNDERSCORED = re.compile(
    r"(?<![\w@#!$%&*./-])[A-Za-z]{2,24}(?:_[A-Za-z]{1,24}){1,3}(?:_?\d{1,8}|[@#!$%&*]{1,2}\d{1,8})!?"
    r"(?![\w@#$%&*]|\.\w)"  # not a file's name: "VNeID_v2.apk"
)


# Built as a password is, letters, a sign, letters and digits: "Phuong@Thao77", "Kettle&Scones5",
# "Rosie@Garden9". Anywhere in a message that speaks of a password, of logging in or of getting into
# the bank, however far from its word; not an address ("rosie@garden.com").
SIGNED_WORDS = re.compile(
    r"(?<![\w@#!$%&*./-])[A-Za-z]{2,24}[@#!$%&*]{1,2}[A-Za-z]{2,24}\d{1,8}!?(?![\w@#$%&*]|\.\w)"
)
# Words each with a capital first, joined by a dot or a hyphen, digits at the end: "Bramble.Cottage7",
# "Hoa-Mai1960"; like `SIGNED_WORDS`, anywhere in a message that speaks of a password. Not an address
# ("bramble.cottage7.com", "www.Example.com"), a file ("Report.Final2.pdf") or a title ("Dr.Smith7").
DOTTED_WORDS = re.compile(
    r"(?<![\w@#!$%&*./-])[A-Z][a-z]{2,24}(?:[.-][A-Z][a-z]{2,24}){1,3}\d{1,8}!?(?![\w@#$%&*/-]|\.\w)"
)
# Getting into a bank or a mailbox, said without a password's or a login's word: "what I use to get
# into the bank", "để vào ngân hàng", "เข้าแอปธนาคาร".
GETTING_IN = re.compile(
    r"(?<![a-z])(?:get|gets|getting|got) into (?:the |my |our )?(?:bank|banking|email|account|app)"
    r"|(?<![a-z])(?:online|internet|mobile) banking|(?<![a-z])vao (?:app |ung dung )?ngan hang"
    r"|เข้า(?:แอป|แอพ)?ธนาคาร"
)
IN_ON: frozenset[Category] = frozenset({"password", "login"})
# A word mixing capitals, small letters, digits and a sign inside it, as a password generator makes
# them: "x8Kp!q2W", "kH9!mPz2". Anywhere in a message that names what such a word unlocks (a wifi, an
# app, a bank, an account, a password or a login, in any language), even with no password word:
# "x8Kp!q2W is that the wifi one or the bank one", "kH9!mPz2 อันนี้รหัสไวไฟหรือรหัสแอปนะ". Not an
# error's code, letters then a sign then digits ("Error#404"), nor an address.
MIXED_TOKEN = re.compile(r"(?<![^\s\"'“‘(])[^\s\"'“”‘’()]{6,24}")
MIXED_SIGNS = frozenset("@#!$%&*?^~+=")
UNLOCKED = re.compile(
    r"(?<![a-z])(?:wi-?fi|wi fi|app|apps|bank|banking|account|email|e-mail|login|password|pass|ngan hang"
    r"|ung dung|tai khoan|mat khau|dang nhap)(?![a-z])|ไวไฟ|แอป|แอพ|ธนาคาร|บัญชี|รหัส"
)
# A code word names a word built as a password when it stands a few words before it with no
# password word between: "Mã lớp học online của ông là VNeID-07, mật khẩu lớp thì cô giáo chưa
# gửi", "Google Meet mã abc-defg-hij". "mã", "code" alone name nothing here.
CODE_NAMED_CHARS = 40
BARE_CODE_WORDS = frozenset({"ma", "code", "ma so", "ma code", "so", "number", "id", "la"})
# What makes a harmless word a code's name: "mã lớp", "meeting code", "Google Meet", "room ID"; not
# "số nhà" (a house's number), nor "đơn" alone, also "đơn" in "nháy đơn" (a single quote).
CODE_WORD_PARTS = ("ma ", "code", "id", "meet", "zoom", "lop", "class", "room", "phong", "order", "รหัส")

ONE_WORD = re.compile(r":? ?[^\s:]{1,40} ")  # "login ednaw1939 pass …", "login: ednaw1939 pass …"


def passwords(text: str, folded: str, keywords: list[Keyword]) -> Iterator[tuple[int, int]]:
    """(start, end) of every password near a password keyword, or shaped like a password; never a
    user name, a label or a reference a label names."""
    users = _user_names(folded, keywords)
    labels = {
        k.start
        for k in keywords
        if (k.category in LABELS or k.category == "user") and not _built_on(text, k.end)
    }
    reached = sorted((k.end, k.end + k.reach) for k in keywords if k.category in LABELS)
    # A password's word that names one after it is no password: "my password is password123".
    named = [k for k in keywords if k.category == "password"]
    words = {(k.start, k.end) for k in named[:-1]}
    for start, end in _candidates(text, folded, keywords):
        if (
            start not in labels
            and (start, end) not in words
            and not _named_by_a_code(start, keywords)
            and not any(u_start <= start < u_end for u_start, u_end in users)
            and not _labelled_reference(text[start:end], start, reached)
        ):
            yield start, end


def _named_by_a_code(start: int, keywords: list[Keyword]) -> bool:
    """A class's, a meeting's or an order's code word a few words before, no password word between
    (see `CODE_NAMED_CHARS`); not a password's service ("mật khẩu Zoom là …")."""
    i = bisect.bisect_right([k.end for k in keywords], start)
    while i > 0:
        i -= 1
        keyword = keywords[i]
        if start - keyword.end > CODE_NAMED_CHARS:
            return False
        if keyword.category == "harmless":
            return any(part in keyword.word for part in CODE_WORD_PARTS) and not any(
                k.category == "password" and 0 <= keyword.start - k.end <= NETWORK_OWNER for k in keywords[:i]
            )
        if keyword.category != "neutral" and keyword.word not in BARE_CODE_WORDS:
            return False
    return False


def _built_on(text: str, end: int) -> bool:
    """ "Tk@84%vn": a label's letters with a password's sign right after them and more characters
    after the sign start a password, not a label ("TK: …", "Ref:8821" stay labels)."""
    return end + 1 < len(text) and text[end] in PASSWORD_SIGNS and not text[end + 1].isspace()


def _labelled_reference(value: str, start: int, reached: list[tuple[int, int]]) -> bool:
    """ "Mã khách hàng nước KH0012345678": capitals and digits a label reaches are its value; a
    password has small letters. `reached`: each label's end and how far it reads, in order."""
    if any(c.islower() for c in value):
        return False
    i = bisect.bisect_right(reached, (start, math.inf))
    while i > 0 and reached[i - 1][0] >= start - FURTHEST_LABEL_REACH:
        i -= 1
        if reached[i][1] >= start:
            return True
    return False


def _user_names(folded: str, keywords: list[Keyword]) -> list[tuple[int, int]]:
    """The stretch after each user-name word, or an account's field ("TK: thu.nguyen58"): to the
    next password word or the end of its clause."""
    spans = []
    for i, keyword in enumerate(keywords):
        field = keyword.category == "account" and _field(folded, keyword.end)
        login = keyword.category == "login" and _one_word_before_a_password(folded, keywords, i)
        if keyword.category != "user" and not field and not login:
            continue
        end = min(len(folded), keyword.end + USER_NAME_CHARS)
        if clause := CLAUSE_END.search(folded, keyword.end, end):
            end = clause.start()
        later = (k.start for k in keywords[i + 1 :] if k.category in SECRET_WORDS and k.start >= keyword.end)
        spans.append((keyword.end, min(end, next(later, end))))
    if NETWORK_WORD.search(folded):
        spans += _network_names(folded, keywords)
    return spans


def _network_names(folded: str, keywords: list[Keyword]) -> list[tuple[int, int]]:
    """ "wifi quán cafe tên CafeMinh_5G", "the wifi at the library is called Reader_Net2": the name
    a network's word gives, a few words after it, to the end of the clause or the next password
    word; after a copula ("Wifi nhà mình là TPLink_5G mật khẩu …") only when a password word follows
    in the clause and none names the network before."""
    spans = []
    for named in NETWORK_NAMED.finditer(folded):
        end = min(len(folded), named.end() + USER_NAME_CHARS)
        if clause := CLAUSE_END.search(folded, named.end(), end):
            end = clause.start()
        later = [k.start for k in keywords if k.category in SECRET_WORDS and k.start >= named.end()]
        if named.group("copula") and (
            not later
            or later[0] > named.end() + USER_NAME_CHARS
            or SENTENCE_END.search(folded, named.end(), later[0])
            or any(k.category == "password" and 0 <= named.start() - k.end <= NETWORK_OWNER for k in keywords)
        ):
            continue  # "mật khẩu wifi là …", "wifi là 12345678": the password, named by its network
        spans.append((named.end(), min(end, later[0] if later else end)))
    return spans


def _one_word_before_a_password(folded: str, keywords: list[Keyword], i: int) -> bool:
    """ "login ednaw1939 pass …": one word between "login" and a password word is who logs in."""
    after = keywords[i + 1] if i + 1 < len(keywords) else None
    return (
        after is not None
        and after.category == "password"
        and bool(ONE_WORD.fullmatch(folded, keywords[i].end, after.start))
    )


def _field(folded: str, end: int) -> bool:
    """An account's field: "TK: …", or with the service it is for, "tài khoản Shopee: …"."""
    service = SERVICE_FIELD.match(folded, end)
    return folded.startswith(":", end) or bool(service and service.group(1) in SERVICES)


def _candidates(text: str, folded: str, keywords: list[Keyword]) -> Iterator[tuple[int, int]]:
    phrases_named = False  # a password word or "đặt là" may name a passphrase
    read: list[bool] = []  # whether the message reads as English: found once, when first needed

    def english() -> bool:
        if not read:
            read.append(_reads_as_english(folded))
        return read[0]

    for keyword in keywords:
        phrases_named = phrases_named or keyword.category in ("password", "set", "changed")
        if keyword.category in ("entered", "set", "changed"):
            yield from _typed(text, folded, keyword)
        if keyword.category == "password" or keyword.word == "รหัส":
            yield from _thai_set(folded, keyword)
        if keyword.category in THAI_NAMING:
            yield from _thai_glued(folded, keyword)
        if keyword.category == "password":
            yield from _announced_phrase(text, folded, keyword)
            yield from _phrase_called(text, folded, keyword)
            yield from _typed_joined(text, folded, keyword)
            yield from _typed_spaced(text, folded, keyword)
            yield from _spaced_announced(text, folded, keyword)
            yield from _colon_phrase(text, folded, keyword)
            yield from _spelled_letters(text, keyword)
            yield from _quoted_right_after(text, folded, keyword)
            yield from _next_line(text, folded, keyword)
            yield from _changed_from(text, folded, keyword)
            yield from _after(text, folded, keyword.end, english)
            yield from _before(text, folded, keyword.start)
            yield from _spaced_before(text, folded, keyword)
            yield from _capitalised_after(text, folded, keyword)
            yield from _small_words_after(text, folded, keyword)
            yield from _quoted_phrase(text, keyword, keywords)
        elif keyword.category == "login" or (
            keyword.category in ("otp", "pin") and keyword.word.startswith("รหัส")
        ):
            # "đăng nhập … gõ hoathuytien1961", "รหัส LINE: Sompong1962": words with letters only,
            # as the digits after these words are codes, read by the number rules.
            found = _after(text, folded, keyword.end, english)
            yield from ((s, e) for s, e in found if _mixed_case_word(text[s:e]))
        elif keyword.category == "pin" and _said_for_a_password(keyword.word):
            # "the passcode for my email is Wren&Robin5": a PIN is digits, so after "passcode" or
            # "mật mã" a word built as a password is one.
            found = _after(text, folded, keyword.end, english)
            yield from ((s, e) for s, e in found if _built_word(text[s:e]))
    if phrases_named:
        yield from passphrases(text, folded, keywords)
    if any(
        k.category in IN_ON or (k.category == "pin" and _said_for_a_password(k.word)) for k in keywords
    ) or GETTING_IN.search(folded):
        yield from (match.span() for match in SIGNED_WORDS.finditer(text))
        yield from (match.span() for match in DOTTED_WORDS.finditer(text))
    if UNLOCKED.search(folded):
        for match in MIXED_TOKEN.finditer(text):
            start, end = _trimmed(text, *match.span())
            if _mixed_kinds(text[start:end]):
                yield start, end
    for match in GLUED.finditer(folded):
        start, end = _trimmed(text, match.start(1), match.end(1))
        if _looks_secret(text[start:end]):
            yield start, end
    for match in STRONG.finditer(text):
        if MONTH_YEAR.fullmatch(match.group()):
            continue  # "Jan1950": a month and a year
        if "." not in match.group().partition("@")[2]:  # an e-mail address is not a password
            yield match.start(), match.end()
    if "_" in text:
        yield from (match.span() for match in UNDERSCORED.finditer(text))
    for match in QUOTED_WORD.finditer(text):
        if _quoted_password(match.group(1)):
            yield match.start(1), match.end(1)
    yield from _signed_words(text)


def _signed_words(text: str) -> Iterator[tuple[int, int]]:
    """Words of letters and digits with a sign inside or after them (see `SIGNS`)."""
    if not SIGN_INSIDE.search(text):
        return
    for match in SPACE_APART.finditer(text):
        start, end = _trimmed(text, *match.span())
        if _signed(text[start:end]):
            yield start, end


def _signed(value: str) -> bool:
    if len(value) not in SIGNED_CHARS or not value.isascii():
        return False
    if value[0] in SIGNS and not _sign_led(value):
        return False
    if not any(c in SIGNS for c in value[1:]) or not any(c.isdigit() for c in value):
        return False
    if sum(c.isalpha() for c in value) < SIGNED_LETTERS or NUMBERED.fullmatch(value):
        return False
    return not (_email(value) or WEB_ADDRESS.search(value.lower()) or "/" in value)


def _sign_led(value: str) -> bool:
    """A sign first, in place of a letter, of a word with a sign inside ("it's $ilver&Gold1",
    "!ris@Home5"): a password. Not a hashtag or a handle ("#Tet&Lunar2024", "@minh1990"), nor a sum
    ("$100USD", "$US100"): a letter follows the sign, a small one or another sign is inside too."""
    if value[0] in LABEL_SIGNS or not value[1:2].isalpha():
        return False
    return value[1].islower() or any(c in SIGNS for c in value[2:])


def _after(text: str, folded: str, position: int, english: Callable[[], bool]) -> Iterator[tuple[int, int]]:
    """The words after a password word; syllables typed together ("hoamai") only in a message that
    does not read as English, where "someone" and "monday" are words."""
    since_copula: int | None = None  # words read since the last copula
    thai_so_far = True  # Thai leaves the copula out: the first Latin word after Thai words is named
    previous = ""
    just_found = False  # "Password 7#kLm!Qz2 was generated…": a copula after a password describes it
    found_any = past_clause = False  # a password was found, and its clause has ended
    other_subject = False  # "the password box is greyed out": "is" tells of the box
    window_end = min(len(text), position + AFTER_CHARS)
    vietnamese = folded.endswith(VIETNAMESE_PASSWORD_WORDS, 0, position)
    for count, token in enumerate(TOKEN.finditer(folded, position, window_end)):
        word = token.group()
        start, end = _trimmed(text, token.start(), token.end())
        value_folded = folded[start:end]
        if count >= AFTER_TOKENS or value_folded in QUESTION_END:
            return
        owner = previous == OWNER_BEFORE and value_folded in OWNERS
        previous = value_folded
        if owner or value_folded in COPULAS or _thai_copula(word) or (word[0] in ":=" and start == end):
            if value_folded in DESCRIBING and (just_found or past_clause or other_subject):
                # "…: Nephew#Hua71, the note is falling apart", "password requirements are
                # confusing": past the password's clause, or after a thing named by it, "is" tells
                # of something else
                since_copula = None if past_clause or other_subject else _advance(since_copula)
            else:
                since_copula = 0
            thai_so_far = just_found = False
            continue
        if since_copula == 0 and value_folded in AFTER_COPULA_FILLERS:
            continue
        # "mật khẩu app ngân hàng là …": in Vietnamese the word after "mật khẩu" says what it opens
        other_subject = other_subject or (count == 0 and value_folded in PASSWORD_THINGS and not vietnamese)
        near = count == 0 or (since_copula is not None and since_copula < AFTER_COPULA_TOKENS)
        named = since_copula == 0 or word[0] in ":=" or _quoted(text, token.start(), token.end())
        named = named or (1 <= count <= THAI_FILLER_TOKENS and thai_so_far)  # "พาสเวิร์ดอีเมลผม bangkokrain"
        named = named or (count == 0 and _between_keyword_and_thai(text, folded, start, end))
        thai_so_far = thai_so_far and _is_thai(word)
        found = (
            _secret(text, folded, start, end, first_after_copula=named)
            or (count < AFTER_COPULA_TOKENS and _camel_case(text[start:end]))
            or (count == 0 and _run_together(text[start:end]))
        )
        just_found = bool(found or (near and _compound(text[start:end], folded[start:end]) and not english()))
        if just_found:
            yield start, end
        found_any = found_any or just_found
        past_clause = past_clause or (found_any and word[-1] in ",;")
        since_copula = 0 if word.endswith((":", "=")) else _advance(since_copula)
        if word[-1] in ".?!" and not found:
            return


def _thai_set(folded: str, keyword: Keyword) -> Iterator[tuple[int, int]]:
    """ "ตั้งรหัสผ่านเป็น บ้านสวนลุง ได้ไหมครับ", "ใช้รหัสผ่านดอกมะลิขาว", "รหัสผ่านเปลี่ยนเป็นแมวส้ม":
    Thai letters a Thai phrase sets or uses as the password, a space before them or none, the
    question or particle after them left out; not what it is made of ("เป็นภาษาไทย", "ตัวเลข")
    or how it is used ("ใช้รหัสผ่านเดิม")."""
    before = folded[max(0, keyword.start - THAI_VERB_CHARS) : keyword.start].rstrip(" ")
    verb_before = before.endswith(THAI_SET_VERBS) or bool(
        THAI_USED_AS.search(folded[max(0, keyword.start - THAI_USED_AS_CHARS) : keyword.start])
    )
    if verb_before and any(
        before.endswith(topic + verb) for topic in THAI_TOPIC_BEFORE for verb in THAI_SET_VERBS
    ):
        return
    setting = (THAI_SET_AFTER if verb_before else THAI_SET_AFTER_ALONE).match(folded, keyword.end)
    if setting is None:
        return
    start, end = setting.span(1)
    while ending := THAI_ENDING.search(folded, start, end):
        end = ending.start()
    value = folded[start:end]
    if (
        value in THAI_ASKED_TRUE
        or any(word in value for word in THAI_QUESTION_WORDS)
        or (
            not setting.group().lstrip(" ").startswith(("เป็น", "ว่า", "คือ", "ใหม่"))
            and value.startswith(THAI_SERVICES)
        )
    ):
        return
    if (
        len(value) >= THAI_SET_SHORTEST
        and not THAI_ORDINAL.match(folded, end - len("ที่"))
        and not value.startswith(THAI_NOT_A_VALUE)
        and not any(word in value for word in THAI_CLAUSE_WORDS)
    ):
        yield start, end


def _thai_glued(folded: str, keyword: Keyword) -> Iterator[tuple[int, int]]:
    """ "รหัสผ่านว่าบุญมี2507", "รหัสผ่านของยายคือ มะลิ2519", "เปลี่ยนรหัสจากหลานรัก23เป็น …", "รหัส ดอกแก้ว57",
    "ส้มตำ2494 อันนี้รหัสผ่านแอป": Thai letters and digits after the copula or the change's "จาก", a word
    of their own after the word or glued to it, or a few words before it; not a counted number
    ("อายุ75", "ซอย23")."""
    if folded.isascii():
        return
    found = []
    if glued := THAI_GLUED.search(folded, keyword.end, min(len(folded), keyword.end + THAI_GLUED_CHARS)):
        found.append(glued.span(1))
    password = keyword.category == "password"
    right_after = THAI_RIGHT_AFTER.match(folded, keyword.end) if password else None
    if right_after and not any(word in right_after.group() for word in THAI_CLAUSE_WORDS):
        found.append(right_after.span())  # "รหัสผ่านไลน์ของแม่คือสมศรี2498" glues a clause, not a value
    window_end = min(len(folded), keyword.end + THAI_WORD_CHARS)
    found.extend(
        m.span()
        for m in THAI_WORD_DIGITS.finditer(folded, keyword.end, window_end)
        if password or m.start() > keyword.end
    )
    window_start = max(0, keyword.start - THAI_WORD_CHARS)
    found.extend(
        m.span()
        for m in THAI_WORD_DIGITS.finditer(folded, window_start, keyword.start)
        if keyword.start - m.end() <= THAI_BEFORE_CHARS
        and not SENTENCE_END.search(folded, m.end(), keyword.start)
    )
    for start, end in found:
        letters = folded[start:end].rstrip("0123456789" + THAI_SIGNS)
        if not (
            letters.endswith(THAI_COUNTED + THAI_LINKING_END)
            or letters.startswith(THAI_NOT_A_VALUE)
            or any(word in letters for word in THAI_CODE_INSIDE)
        ):
            yield start, end


def _changed_from(text: str, folded: str, keyword: Keyword) -> Iterator[tuple[int, int]]:
    """ "Changing my email password from sunshine to Sunsh1ne#Vn": the word changed from, when it
    is no ordinary word ("from phone to laptop")."""
    window_end = min(len(folded), keyword.end + CHANGED_FROM_CHARS)
    if changed := CHANGED_FROM.search(folded, keyword.end, window_end):
        start, end = _trimmed(text, *changed.span(1))
        if _secret(text, folded, start, end, first_after_copula=True):
            yield start, end


def _typed(text: str, folded: str, keyword: Keyword) -> Iterator[tuple[int, int]]:
    """What a learner typed into a box or set as a password: "bà gõ hoalan@5", "I put rose_garden7
    where the lock icon is", "ส่วนอีกช่องใส่ somchai_bkk", "ông đặt chimse#7". A word that
    starts with a letter and mixes letters with digits or signs; "gõ 0912…", "nhập 500k", "nhập
    CCCD" are not. Words joined by hyphens, when the message asks how strong they are (see
    `HYPHEN_PHRASE`)."""
    if STRENGTH_ASKED.search(folded) and (
        phrase := HYPHEN_PHRASE.match(
            folded, keyword.end + 1 if folded[keyword.end : keyword.end + 1] == " " else keyword.end
        )
    ):
        yield phrase.span()
        return
    if not BUILT_NEAR.search(folded, keyword.end, keyword.end + TYPED_CHARS):
        return
    for count, token in enumerate(
        TOKEN.finditer(folded, keyword.end, min(len(folded), keyword.end + AFTER_CHARS))
    ):
        start, end = _trimmed(text, token.start(), token.end())
        value = text[start:end]
        if count >= TYPED_TOKENS or not value:
            return
        if folded[start:end] in TYPED_FILLERS:
            continue
        if (
            value[0].isalpha()
            and (any(c.islower() for c in value) or _in_capitals(text, folded, start, end))
            and _built(value)
            and _looks_secret(value)
        ):
            yield start, end
        return


def _in_capitals(text: str, folded: str, start: int, end: int) -> bool:
    """A value in capitals with digits, told wrong after it ("I TYPED MARGARET1951 AND IT SAYS WRONG",
    "tôi gõ MARGARET1951 mà nó báo sai", "พิมพ์ MARGARET1951 แล้วขึ้นว่าผิด"): a password typed with the
    caps lock on; not a word in capitals typed into a search ("I TYPED COVID19 INTO GOOGLE")."""
    if not any(c.isdigit() for c in text[start:end]):
        return False
    sentence = SENTENCE_END.search(folded, end)
    stop = min(sentence.start() if sentence else len(folded), end + WRONG_CHARS)
    return WRONG.search(folded, end, stop) is not None


def _mixed_kinds(value: str) -> bool:
    """Capitals, small letters, a digit and a sign inside the word (see `MIXED_TOKEN`)."""
    return (
        len(value) >= 6
        and any(c.isupper() for c in value)
        and any(c.islower() for c in value)
        and any(c.isdigit() for c in value)
        and any(c in MIXED_SIGNS for c in value[1:-1])
        and value.isascii()
        and not _error_like(value)
        and _looks_secret(value)
    )


def _error_like(value: str) -> bool:
    """Letters, then signs, then digits: an error's or a ticket's code ("Error#404")."""
    letters = len(value) - len(value.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"))
    digits = len(value) - len(value.rstrip("0123456789"))
    signs = value[letters : len(value) - digits]
    return letters > 0 and digits > 0 and signs != "" and not any(c.isalnum() for c in signs)


def _built(value: str) -> bool:
    """Built as a password is, with a digit or a sign other than a hyphen: not "quick-reply"."""
    return any(c.isdigit() or c in BUILDING_SIGNS for c in value)


def _announced_phrase(text: str, folded: str, keyword: Keyword) -> Iterator[tuple[int, int]]:
    """ "Mật khẩu bà đặt là một câu: con meo nha ba an ca 2024", "My passphrase: blue river stone";
    not a question ("password phrase: how long should it be?")."""
    window_end = min(len(folded), keyword.end + PHRASE_WINDOW)
    announced = ANNOUNCED_PHRASE.search(folded, keyword.start, window_end)
    if not announced:
        return
    phrase = PHRASE.match(folded, announced.end())
    if not phrase:
        return
    end = dash.start() if (dash := PHRASE_DASH.search(folded, phrase.start(), phrase.end())) else phrase.end()
    value = folded[phrase.start() : end]
    if " " in value.strip() and folded[end : end + 1] != "?":
        start = phrase.start() + len(value) - len(value.lstrip())
        yield start, start + len(value.strip())


def _phrase_called(text: str, folded: str, keyword: Keyword) -> Iterator[tuple[int, int]]:
    """The words of a phrase typed together after "the phrase", "câu", "ประโยค" (see `PHRASE_CALLED`);
    not an ordinary word ("the phrase together", "câu hỏi")."""
    window_end = min(len(folded), keyword.end + PHRASE_CALLED_CHARS)
    if called := PHRASE_CALLED.search(folded, keyword.end, window_end):
        start, end = called.span(1)
        value = folded[start:end]
        compound = _compound(text[start:end], value) and not _reads_as_english(folded)
        if _run_together(value) or compound or _looks_secret(text[start:end]):
            yield start, end


def _typed_joined(text: str, folded: str, keyword: Keyword) -> Iterator[tuple[int, int]]:
    """ "mật khẩu là hồng xanh 55 viết liền chữ h viết hoa": a voice keyboard types a password's
    parts apart; the words said to be typed joined, from the copula on, in the same clause, are it."""
    window_end = min(len(folded), keyword.end + JOINED_WINDOW)
    joined = TYPED_JOINED.search(folded, keyword.end, window_end)
    if not joined or JOINED_GAP.fullmatch(folded, keyword.end, joined.start()) is None:
        return
    tokens = list(TOKEN.finditer(folded, keyword.end, joined.start()))
    for i, token in enumerate(tokens):
        if _is_copula(token.group().rstrip(":=")) or token.group()[-1] in ":=":
            words = tokens[i + 1 :]
            bare = [w.group().strip(TRAILING) for w in words]
            if (
                1 <= len(words) <= JOINED_WORDS
                and bare[0] not in NOT_A_START  # "là tên tôi với ngày sinh viết liền": what it is made of
                and not any(w in QUESTION_END for w in bare)
            ):
                yield _trimmed(text, words[0].start(), words[-1].end())
            return


def _typed_spaced(text: str, folded: str, keyword: Keyword) -> Iterator[tuple[int, int]]:
    """ "My password is correct horse lamp 7, with spaces": the words said to be typed with their
    spaces, from after the password word and its copula to those words, in the same clause."""
    window_end = min(len(folded), keyword.end + JOINED_WINDOW)
    spaced = TYPED_SPACED.search(folded, keyword.end, window_end)
    if not spaced or SPACED_GAP.fullmatch(folded, keyword.end, spaced.start()) is None:
        return
    if SPACED_THEN_GIVEN.match(folded, spaced.end()):
        return  # "mật khẩu bà đặt có dấu cách: Ba Yeu Chau 2": given after, read by `_spaced_announced`
    end = spaced.start() - len(SPACED_END.search(folded, keyword.end, spaced.start()).group())
    tokens = list(TOKEN.finditer(folded, keyword.end, end))
    given = [
        i for i, t in enumerate(tokens[:-1]) if _is_copula(t.group().rstrip(":=")) or t.group()[-1] in ":="
    ]
    if given:
        tokens = tokens[given[-1] + 1 :]  # "mật khẩu mới bà đặt là con mèo mướp nhà bà": after its copula
    while tokens and (_is_copula(tokens[0].group().rstrip(":=")) or tokens[0].group() in ":="):
        tokens = tokens[1:]
    bare = [w.group().strip(TRAILING) for w in tokens]
    if (
        2 <= len(tokens) <= JOINED_WORDS + 1
        and (
            bare[0] not in NOT_A_START
            or (bare[0] in ADJECTIVE_STARTS and bare[1] not in TALK_AFTER_ADJECTIVE)
        )
        and not any(w in QUESTION_END for w in bare)
    ):
        yield _trimmed(text, tokens[0].start(), tokens[-1].end())


def _spaced_announced(text: str, folded: str, keyword: Keyword) -> Iterator[tuple[int, int]]:
    """ "my password has spaces: Blue Sky 1961 is that allowed": said to have spaces, then given
    after a colon or a copula (see `SPACED_BEFORE`), to the end of the clause or a question."""
    window_end = min(len(folded), keyword.end + SPACED_BEFORE_CHARS)
    said = SPACED_BEFORE.search(folded, keyword.end, window_end)
    if not said or SPACED_BREAK.search(folded, keyword.end, said.start()):
        return
    given = SPACED_GIVEN.search(folded, said.end(), min(len(folded), said.end() + SPACED_GIVEN_CHARS))
    if not given or SENTENCE_BREAK.search(folded, said.end(), given.start()):
        return
    words: list[re.Match[str]] = []
    for token in TOKEN.finditer(folded, given.end(), min(len(folded), given.end() + AFTER_CHARS)):
        bare = token.group().rstrip(TRAILING)
        if (
            (words and "\n" in folded[words[-1].end() : token.start()])
            or token.group() in "-–—"
            or bare in CLAUSE_QUESTIONS
            or len(words) == SPACED_WORDS.stop
        ):
            break
        words.append(token)
        if token.group()[-1] in ",.;!?":
            if token.group()[-1] == "?":
                return
            break
    while words and words[-1].group().rstrip(TRAILING) in TAIL | THAI_PARTICLES:
        words.pop()  # "… có được không", "… ค่ะ"
    bare = [w.group().rstrip(TRAILING) for w in words]
    capitalised = all(text[w.start()].isupper() or text[w.start()].isdigit() for w in words)
    # After a colon, words and a number to the clause's end are the password, common words or not:
    # "mk của bà có dấu cách: bà yêu cháu 2024".
    numbered = ":" in given.group() and len(bare) >= COLON_NUMBERED_WORDS and bare[-1].isdigit()
    if (
        len(words) not in SPACED_WORDS
        or bare[0] in NOT_A_START
        or (not capitalised and not numbered and any(b in SPACED_TALK for b in bare))
    ):
        return  # "… with spaces is too long", "… is really secure though"; not "Ba Yeu Chau 2"
    start, end = _trimmed(text, words[0].start(), words[-1].end())
    while end > words[-1].start() and (ending := THAI_ENDING.search(folded, words[-1].start(), end)):
        end = ending.start()  # "… หลาน 9 ได้ไหมคะ"
    if end == words[-1].start():
        end = _trimmed(text, words[0].start(), words[-2].end())[1]
    if start < end:
        yield start, end


def _colon_phrase(text: str, folded: str, keyword: Keyword) -> Iterator[tuple[int, int]]:
    """ "Mật khẩu: Hà Nội mùa thu 1954", "the password is: my dog rex 2015": after the password's
    word and a colon, words and a number to the end of the clause are a passphrase; not talk of
    tries, lengths or times ("mật khẩu: nhập sai 3", "password: at least 8")."""
    if not (given := COLON_GIVEN.match(folded, keyword.end)):
        return
    if phrase := COLON_PHRASE.match(folded, given.end()):
        words = phrase.group().split()
        if not any(word in COLON_TALK for word in words):
            yield phrase.start(), phrase.end()


def _spelled_letters(text: str, keyword: Keyword) -> Iterator[tuple[int, int]]:
    """ "mật khẩu là chữ hoa H, o, a, rồi số 1 9 6 0": letters spelled one by one after it."""
    window_end = min(len(text), keyword.end + SPELLED_WINDOW)
    if (
        (first := SPELLED_LETTERS.search(text, keyword.end, window_end))
        and (spelled := SPELLED_LETTERS.match(text, first.start()))
        and len(SPELLED_LETTER.findall(SPELLED_CASE.sub("", spelled.group()))) >= SPELLED_LETTERS_FEWEST
    ):
        yield spelled.span()


def _quoted_right_after(text: str, folded: str, keyword: Keyword) -> Iterator[tuple[int, int]]:
    """'ตั้งรหัสผ่านเป็น "บ้านสวนยาย"': a quoted word right after the password word and its copula."""
    if quoted := QUOTED_RIGHT_AFTER.match(folded, keyword.end):
        yield _trimmed(text, *quoted.span(1))


def _next_line(text: str, folded: str, keyword: Keyword) -> Iterator[tuple[int, int]]:
    """ "password\nKitten\n2019!\nno spaces": the line after a password word that ends its line."""
    line = LINE_AFTER.match(folded, keyword.end)
    if not line:
        return
    words = [w.strip(TRAILING) for w in line.group(1).split()]
    typed = text[line.start(1) : line.end(1)]
    if (
        1 <= len(words) <= LINE_WORDS
        and "?" not in typed
        and not THAI_LETTER.search(typed)  # Thai words on the next line: the Thai rules read them
        and (
            _looks_secret(typed.strip()) or _unusual_word(typed.strip(), line.group(1).strip())
            if len(words) == 1
            else any(c.isupper() or c.isdigit() or c in BUILDING_SIGNS for c in typed)
        )
        and not any(w in NOT_A_START or w in ORDINARY or w in QUESTION_END or w in COPULAS for w in words)
    ):
        start, end = _trimmed(text, line.start(1), line.start(1) + len(line.group(1).rstrip()))
        if start < end:
            yield start, end
    elif _one_word_then_a_password(text, folded, line):
        # "mat khau:\nThanh\n@1957": a word of its own on the line after, and a password on the
        # line after that: both are the password typed over lines
        yield _trimmed(text, line.start(1), line.start(1) + len(line.group(1).rstrip()))


def _one_word_then_a_password(text: str, folded: str, line: re.Match[str]) -> bool:
    word = line.group(1).strip()
    if (
        len(word.split()) != 1
        or not word.isalpha()
        or word.lower() in ORDINARY
        or word.lower() in NOT_A_START
    ):
        return False
    following = NEXT_LINE.match(text, line.end())
    return bool(following and _looks_secret(following.group(1).strip()))


def _quoted_phrase(text: str, keyword: Keyword, keywords: list[Keyword]) -> Iterator[tuple[int, int]]:
    """A password with spaces is written in quotes: 'Pass Zalo của mẹ là "me yeu con"',
    'Is "red apple 1951" OK as a password?'; not a quoted name that holds a password word, a
    button's or a menu's ('bấm "Quên mật khẩu"', '"Forgot password?"', '"ลืมรหัสผ่าน"')."""
    after = QUOTED_PHRASE.search(text, keyword.end, min(len(text), keyword.end + AFTER_CHARS))
    before = list(QUOTED_PHRASE.finditer(text, max(0, keyword.start - QUOTED_BEFORE_CHARS), keyword.start))
    for quoted in [after, *before[-1:]]:
        if (
            quoted
            and " " in quoted.group(1).strip()
            and not any(quoted.start(1) <= k.start < quoted.end(1) for k in keywords if k.category in NAMING)
        ):
            yield quoted.start(1), quoted.end(1)


def _camel_case(value: str) -> bool:
    """Words run together with capitals, as a password: "CayMitSauNha"."""
    return (
        len(value) >= 8 and value.isalpha() and value.isascii() and sum(c.isupper() for c in value[1:]) >= 2
    )


def _run_together(value: str) -> bool:
    """ "I made my password mangoesripeninjune": right after the password word, a long word of small
    letters that does not end as a long English word does ("requirements", "successfully") is
    words run together, as a passphrase is typed into a box that takes no spaces."""
    return (
        len(value) >= RUN_TOGETHER_LETTERS
        and value.isascii()
        and value.isalpha()
        and value.islower()
        and value not in ORDINARY
        and not value.endswith(ENGLISH_ENDINGS)
    )


def _said_for_a_password(word: str) -> bool:
    """ "passcode", "pass code", "mã passcode", "pascode", "mật mã": a PIN's word that also names a
    password (not "pin", also a battery, nor "mã PIN")."""
    return word == "mat ma" or (("pas" in word or word.endswith("code")) and "pin" not in word)


def _built_word(value: str) -> bool:
    """A word that starts with a letter, has small letters and a digit or a sign: "Wren&Robin5";
    not "5000mAh", "iPhone" or a code's digits."""
    return value[:1].isalpha() and _mixed_case_word(value) and _built(value)


def _mixed_case_word(value: str) -> bool:
    """A password has lower-case letters; "4WQ2" or "SD-101" after "รหัส" is a reference or a code."""
    return any(c.islower() for c in value)


def _advance(since_copula: int | None) -> int | None:
    return None if since_copula is None else since_copula + 1


def _is_copula(word: str) -> bool:
    return word in COPULAS or _thai_copula(word)


def _secret(text: str, folded: str, start: int, end: int, first_after_copula: bool) -> bool:
    """A password-looking word; right after a copula, also an unusual one ("là hoahongdo")."""
    value = text[start:end]
    if start == end:
        return False
    return _looks_secret(value) or (first_after_copula and _unusual_word(value, folded[start:end]))


def _before(text: str, folded: str, position: int) -> Iterator[tuple[int, int]]:
    """'"Bobby1951" a good password', "Chaiyo1960 เป็นรหัสผ่าน", "matroixanh là mật khẩu",
    "I wrote 'TulipTime55' on a sticky note for the password"."""
    tokens = list(TOKEN.finditer(folded, max(0, position - QUOTED_BEFORE_CHARS), position))
    for i, token in enumerate(tokens):
        start, end = _trimmed(text, token.start(), token.end())
        if start == end:
            continue
        value, value_folded = text[start:end], folded[start:end]
        if _quoted(text, token.start(), token.end()):
            if _looks_secret(value) or _unusual_word(value, value_folded):
                yield start, end
            continue
        if sum(t.group() not in ASKED_QUALITY for t in tokens[i + 1 :]) >= BEFORE_TOKENS:
            continue
        then_copula = i + 1 < len(tokens) and (
            _is_copula(tokens[i + 1].group()) or tokens[i + 1].group() == "as"
        )
        if _looks_secret(value) or (then_copula and _unusual_word(value, value_folded)):
            yield start, end


def _spaced_before(text: str, folded: str, keyword: Keyword) -> Iterator[tuple[int, int]]:
    """ "ดอกมะลิ ขาว 99 คือรหัสผ่านของยาย", "hoa mai vàng 99 là mật khẩu của bà", "blue sky 99 is my
    password": words and a number from the clause's start, then a copula, the password's word and
    its owner; not a step or a lesson's number ("bài 5 là mật khẩu của bà": a count's word)."""
    given = SPACED_THEN_NAMED.search(folded, max(0, keyword.start - SPACED_BEFORE_NAMED_CHARS), keyword.start)
    if given is None:
        return
    owner = given.group("owner") or OWNER_AFTER.match(folded, keyword.end)
    words = given.group("words").split()
    if not owner or words[0] in NOT_A_START or any(w in NUMBERED_THINGS for w in words):
        return
    yield _trimmed(text, given.start("value"), given.end("value"))


def _capitalised_after(text: str, folded: str, keyword: Keyword) -> Iterator[tuple[int, int]]:
    """Words and a number given after a password's word (see `CAPITALISED_THEN_NUMBER`), each word
    with a capital first or in Thai letters, to the number: what comes after ("rồi", "with the
    accents") is talk. Not a lesson's or a step's number ("password is in Lesson 5"), words in small
    letters ("password is not working 2 days") or talk about it ("password was Changed On 12 May")."""
    given = CAPITALISED_THEN_NUMBER.match(folded, keyword.end)
    if given is None:
        return
    words = folded[given.start("value") : given.end("value")].split()[:-1]
    starts = [m.start() for m in TOKEN.finditer(text, given.start("value"), given.end("value"))][:-1]
    if len(starts) != len(words):
        return
    capitalised = [text[i].isupper() or bool(THAI_LETTER.match(text, i)) for i in starts]
    first = len(words) - next((n for n, c in enumerate(reversed(capitalised)) if not c), len(words))
    if first == 0 and len(words) not in CAPITALISED_WORDS:
        return
    if first > 0 and (
        len(words) - first not in DESCRIBED_CAPITALISED or not any(w in DESCRIBED for w in words[:first])
    ):
        return
    if not any(w in NOT_A_START or w in ORDINARY or w in NUMBERED_THINGS for w in words[first:]):
        yield starts[first], given.end("value")


def _small_words_after(text: str, folded: str, keyword: Keyword) -> Iterator[tuple[int, int]]:
    """Plain words and a number given after a password's word and a copula, to the clause's end
    (see `SMALL_THEN_NUMBER`): the password typed with its spaces. Not talk about it, whose words
    say where, when or how long ("password is on page 12", "was changed 2 days")."""
    given = SMALL_THEN_NUMBER.match(folded, keyword.end)
    if given is None:
        return
    words = folded[given.start("value") : given.end("value")].split()[:-1]
    if any(w in NOT_A_START or w in ORDINARY or w in NUMBERED_THINGS or w in SMALL_WORDS_TALK for w in words):
        return
    if any(w in DIGIT_WORDS or w in SERVICES for w in words):
        return
    yield given.start("value"), given.end("value")


def _quoted(text: str, start: int, end: int) -> bool:
    word = text[start:end].rstrip(",.?!:;")
    return len(word) > 2 and word[0] in QUOTES and word[-1] in QUOTES


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Quotes and sentence punctuation around a word are not part of it; a final "!" may be."""
    while start < end and text[start] in LEADING:
        start += 1
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    return start, end


def _thai_copula(word: str) -> bool:
    return word.endswith(THAI_COPULAS)


def _looks_secret(value: str) -> bool:
    """Four or more characters with a digit, or letters mixed with signs: "Lan@1960", "abc789"."""
    if len(value) < 4 or any("\u0e00" <= c <= "\u0e7f" and not "\u0e50" <= c <= "\u0e59" for c in value):
        return False
    if _exclaimed(value):
        return False
    if (
        DATE_OR_AMOUNT.fullmatch(value.lower())
        or PHONE.fullmatch(value)
        or WEB_ADDRESS.search(value.lower())
        or _email(value)
        or _masked_number(value)
        or _joined_words(value)
    ):
        return False
    has_digit = any(c.isdigit() for c in value)
    has_letter = any(c.isalpha() for c in value)
    has_sign = any(
        not c.isalnum() and c not in "'’" and not unicodedata.category(c).startswith("M") for c in value
    )
    return has_digit or (has_letter and has_sign)


def _email(value: str) -> bool:
    """An e-mail address ends in a domain a mail server has: "lan.nguyen61@gmail.com"; "Hanoi@mua.thu"
    is a password built with a sign and dots."""
    return bool(EMAIL.fullmatch(value)) and value.rpartition(".")[2].lower() in TOP_LEVEL_DOMAINS


def _masked_number(value: str) -> bool:
    """ "xxx-x-x4521-x", "****1234": an account or card number with most digits hidden."""
    return set(value) <= MASKED_NUMBER_CHARS and sum(c in MASKS for c in value) >= 2


def _joined_words(value: str) -> bool:
    """ "E-Mobile", "Wi-Fi", "VCB-Digibank": capitalised words joined by hyphens name an app;
    "Two-factor", "one-time", "log-in": words of a sign-in's talk joined by hyphens are a term;
    "ông/bà", "and/or": words joined by a slash are a choice."""
    hyphenated = value.rstrip(".,:;!?").split("-")
    if len(hyphenated) > 1 and all(part[:1].isupper() and part.isalpha() for part in hyphenated):
        return True
    if len(hyphenated) > 1 and all(part.lower() in TERM_WORDS for part in hyphenated):
        return True
    slashed = value.split("/")
    return len(slashed) > 1 and all(part.isalpha() for part in slashed)


def _compound(value: str, folded: str) -> bool:
    """Several syllables typed together without marks; one syllable ("thường") is just a word."""
    if (
        not 6 <= len(value) <= LONGEST_COMPOUND
        or not value.isascii()
        or folded in ORDINARY
        or folded in SERVICES
    ):
        return False
    return bool(VIETNAMESE_COMPOUND.fullmatch(folded)) and not VIETNAMESE_SYLLABLE.fullmatch(folded)


def _reads_as_english(folded: str) -> bool:
    seen: set[str] = set()
    for word in LATIN_WORD.finditer(folded):
        if word.group() in ENGLISH_WORDS:
            seen.add(word.group())
            if len(seen) >= ENGLISH_FEWEST:
                return True
    return False


def _exclaimed(value: str) -> bool:
    """ "anywhere!", "again!": a word of small letters and an exclamation mark; a capital
    ("Blossom!") or a sign or digit inside ("T@nB1nh!") may make it a password."""
    word = value.rstrip("!")
    return word != value and word.isalpha() and word.islower()


def _unusual_word(value: str, folded: str) -> bool:
    """After "là"/"is": a made-up word ("hoahongdo", "sunflower", "sunflower!") rather than an
    ordinary one."""
    value, folded = value.rstrip("!"), folded.rstrip("!")
    if len(value) < 5 or not value.isalpha() or any("\u0e00" <= c <= "\u0e7f" for c in value):
        return False
    return folded not in ORDINARY and folded not in SERVICES and not VIETNAMESE_SYLLABLE.fullmatch(folded)


def _between_keyword_and_thai(text: str, folded: str, start: int, end: int) -> bool:
    """ "password wanida ลืมแล้ว": one Latin word between the keyword and Thai is what it names;
    an app's name ("รหัสผ่าน ThaID ลืมแล้ว") is written with capitals."""
    return start < end and text[start:end].islower() and bool(THAI_NEXT.match(folded, end))


def _quoted_password(value: str) -> bool:
    """ "mali2519", "ส้มตำ55", "hoa.1960": small letters (or Thai) and digits, not a date,
    an amount, a version, a phone, a product ("iPhone15"), an e-mail or a web address."""
    lowered = value.lower()
    letters = [c for c in value if c.isalpha()]
    return (
        any(c.isdigit() for c in value)
        and len(letters) >= 2
        and any(c.islower() or _is_thai(c) for c in letters)
        and lowered.rstrip("0123456789") not in SERVICES
        and not VERSION.fullmatch(lowered)
        and not DATE_OR_AMOUNT.fullmatch(lowered)
        and not PHONE.fullmatch(value)
        and not WEB_ADDRESS.search(lowered)
        and "." not in value.partition("@")[2]
    )


def _is_thai(word: str) -> bool:
    return all("\u0e00" <= c <= "\u0e7f" for c in word)
