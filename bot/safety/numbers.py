"""Numbers in a message, as people write them, and which of them are secrets.

A number is a run of digit groups joined by one space, dot, dash or underscore ("731 904", "482-913",
"3 9 1 8 2 7", "6 – 2 – 8 – 4", "6011.1111.1111.1117", "079 203 004 512"), or by a line break
when it was copied onto two lines ("41\n927"). A run is a card number if 13–19 of its digits pass
the Luhn check, an ID if 12 of them read like a Vietnamese CCCD or 13 pass the Thai checksum, and a
one-time code or PIN if it has 4–8 digits and the nearest keyword before it (or just after it:
"815263 là mã OTP", "Use 50918364 to authorise…") says so, or if it has six digits, or as many as
the message says it has ("4 chữ số 6281"), or any of those lengths in a message about a code
("Vietcombank vừa nhắn 3847 bảo nhập vào app", "Telegram sent me 40713 to log in on my new phone"),
and nothing names it otherwise. Digits grouped by commas ("630,584") are codes only when a code
word names them; digits read out in words, also when the message tells any part of a code's story.
Prices, dates, times, years, hotlines ("1900 545413"), account and customer numbers, numbers money
is sent to ("chuyển vào số …"), orders and records ("đơn …", "receipt number …"), lottery tickets,
versions ("bản 24.05.01") and references ("HS-2024-8812", "#771204", "592-274183-6") are told apart
by the words and signs around them; a label names the number right after it, not one behind another
number. Digits a card's secret was
changed or set to ("thẻ mới, ông đổi thành 5820") are its PIN.

Every step looks at a bounded window around a number, so the whole scan is linear in the text.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from bot.safety.checksums import luhn_valid, thai_id_valid
from bot.safety.keywords import CASH_USE_WORDS, CLAUSE_BREAK, REACH, SHORT_REACH, Category, Keyword
from bot.safety.spoken import DIGITS_TOGETHER, counted, read_apart, read_in_groups, said_as_digits

# One separator between groups: a space (or two, as a thumb slips: "905  231"; a longer run, a tab
# or a no-break space is one space in the guard's view, see `guard.SPACING`), or a dot or dash
# with at most one space each side, or an underscore ("416_902", as a code is copied where spaces
# are not taken); or single digits read out with commas ("8, 3, 0, 6", "9,1,3,5") — not "March 12,
# 1949".
NUMBER = re.compile(r"\d(?:, ?\d){3,7}(?!\d)|\d+(?:(?: ?[.\-–—] ?| {1,2}|_)\d+)*")
# Groups of two or three digits joined by commas ("630,584", "29,18,65"), or of digits typed one by
# one, two to four in a group ("7 1 9, 4 0 3", "7 1 9, 4 0 3 5"): a code only when a code word names
# it, as the same shape is a thousand-separated amount.
_COMMA_GROUP = r"(?:\d{2,3}|\d \d(?: \d){0,2})"
COMMA_GROUPED = re.compile(rf"(?<![\d.,])(?<!\d ){_COMMA_GROUP}(?:, ?{_COMMA_GROUP})+(?!\d|[.,]\d| \d)")
# Groups of two or three digits joined by slashes ("73/51/08"): a code when a code word names it and
# no day and month can be read in it ("12/05/24" is a date).
SLASH_GROUPED = re.compile(r"(?<![\d/])\d{2,3}(?:/\d{2,3}){1,3}(?!\d|/\d)")
# A card's or an ID's digits grouped by slashes or commas ("079/058/011/642", "1/4917/73296/25/1",
# "4111,1111,1111,1111", "4762 / 8528 / 3161 / 8461", "4762 | 8528 | …"): nine digits or more,
# which no date has.
LONG_GROUPED = re.compile(r"(?<![\d/,|])(?<![/,|] )\d{1,6}(?:(?: ?[/|] ?|, ?)\d{1,6}){2,7}(?!\d| ?[/,|] ?\d)")
GROUP = re.compile(r"\d+")
DIGIT = re.compile(r"\d")
# Money follows a number of any size; a count or a duration ("6 số", "3 ครั้ง") follows a small one,
# and "815092 ตัวนี้" ("this one") is not six thousand of anything.
MONEY = re.compile(  # "ngàn" is a thousand; "ngân hàng" is a bank
    r" ?(?:đ|₫|d\b|dong\b|vnd|k\b|nghin|ngan\b(?! hang)|trieu|tr\b|ty\b|baht|บาท|usd|thb\b|eur\b|\$|%"
    r"|แสน|ล้าน|พัน|diem\b|points?\b|pts\b|คะแนน"
    # a battery's charge and a screen's size: "pin 5000 mAh", "màn hình 6 inch"
    r"|mah\b|mwh\b|inch\b)"
)
# "người" counts people, not when it starts who did something: "mã cvv 318 người bán hàng hỏi" (the
# seller), "người ta", "người lạ", "người đó".
COUNT = re.compile(
    r" ?(?:phut|giay|thang\b|nam\b|tuoi|so\b|chu so|ky tu|lan\b"
    r"|nguoi\b(?! (?:ta|ban|la|do|kia|nay|goi|nhan|ben|xin|hoi)\b)|digit|character|char\b"
    r"|minute|min\b|mins|second|sec\b|hour|week|month|year|times\b|people|person|ครั้ง|นาที|วินาที|หลัก|ตัว"
    r"|ปี|วัน|เดือน|คน|ชั่วโมง|ชม|x\b|th\b|st\b|nd\b|rd\b)"
)
LONGEST_COUNT = 3
CARD_GROUPS, CARD_GROUP = 4, 4
# Units that fold like other words: "năm" (years) and "nằm" (lies), "phút" and "phụt", "tháng" and "thắng".
UNITS_TYPED = {
    "nam": frozenset({"nam", "năm"}),
    "phut": frozenset({"phut", "phút"}),
    "thang": frozenset({"thang", "tháng"}),
    "giay": frozenset({"giay", "giây"}),
    "lan": frozenset({"lan", "lần"}),
}
# Words that say the digits right after them are one's own, used or set: "mine is", "I use", "bà
# dùng", "của bà là", "ยายใช้", "ของผมคือ"; read with a card's word in the same clause.
_OWNER = r"(?:toi|minh|tui|em|con|chau|ba|ong|me|bo|anh|chi|co|chu|bac|di|cau)"
_THAI_OWNER = r"(?:ผม|ฉัน|ดิฉัน|ยาย|ตา|หนู|แม่|พ่อ|เรา|ป้า|ลุง)"
USED_BY_ONE = re.compile(
    r"(?:(?<![a-z])(?:mine(?:'s| is| was)|mines is|my one is|my number is|my digits are"
    r"|i(?:'ve| have)?(?: (?:always|just|still|usually|only|also|now|normally|already))?"
    r" (?:use|used|set|chose|picked|put|keep|kept|made it|changed it to|set it to|set it as)"
    rf"|cua {_OWNER}(?: la| de| dat)?|{_OWNER} (?:dung|xai|de|dat|lay|doi thanh|doi sang|dat la|de la)"
    r"|dang dung|dang de|van dung|van de)"
    rf"|ของ{_THAI_OWNER}(?:คือ|เป็น)?|{_THAI_OWNER}(?:ใช้|ตั้ง|ตั้งไว้|ตั้งเป็น|ใส่)(?:เป็น|ว่า)?) ?$"
)
USED_CHARS = 20
CARD_CHARS = 30
OWNER_CHARS = 20
# A colon right before the digits gives them as a copula does: "my card: 2580".
COLON_BEFORE = re.compile(r": ?$")
# A card's word, whose it is, then the digits, no verb: "thẻ bà 1111", "the cua ong 2580".
CARD_OWNER_RIGHT_BEFORE = re.compile(rf"(?<![a-z])the (?:cua )?{_OWNER} ?$")
# Whose a value is, said with a name before it: "my husband's is 1234", "của ông ấy là 1234".
ONES_OWN_BEFORE = re.compile(
    r"(?<![a-z])[a-z]{2,12}'s (?:is|was) ?$|cua (?:ong|ba|chong|vo|con) ay (?:la|de) ?$"
)
ALL_ONES_CARDS = re.compile(
    r"(?<![a-z])(?:both|all|each|ca hai|ca ba|tat ca)(?: (?:on|for|in|of|cho|o|tren))?"
    r"(?: (?:our|my|the|cac|hai|ba|may))? (?:cards|the|the atm|atm cards|bank cards|debit cards)(?![a-z])"
    r"|ทั้งสอง(?:ใบ|บัตร)|บัตรทั้งสองใบ|ทุกใบ"
)
SENTENCE_STOP = re.compile(r"[.!?\n]")
CARDS_AFTER_CHARS = 60
EXPIRY_CENTURY = "20"
# A copula right before the digits, after one's own card: "my debit card is 2580", "… it is 2580".
GIVEN_RIGHT_BEFORE = re.compile(r"(?:(?<![a-z])(?:is|was|la|de)|'s|คือ|เป็น|:) ?$")
OWN_CARD = re.compile(rf"(?<![a-z])(?:my|mine|our|cua {_OWNER})(?![a-z])|ของ{_THAI_OWNER}|{_THAI_OWNER}")
# "thẻ" typed without marks is "the", which an English message has everywhere: a card's only
# before whose it is, or after "cho", "ở", "trên" (for, on).
UNMARKED_CARD_BEFORE = re.compile(rf"(?<![a-z])the (?=(?:cua )?{_OWNER}(?![a-z]))")
UNMARKED_CARD_AFTER = re.compile(r" (?:cho|o|tren|trong|cua) (?:cai )?the(?![a-z])")
PIN_DIGITS = (4, 6)
# What digits said one by one may count or cost, beyond `MONEY` and `COUNT`: "… dollars", "… years old".
SPOKEN_UNIT = re.compile(r" ?(?:dollars?|bucks|cents?|pounds?|euros?|old|dong|đồng)(?![a-z])")
DECIMAL = re.compile(r"[.,]\d{2}(?!\d)")
THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")  # "4.200.000": money written Vietnamese style
THOUSANDS_SEPARATED = re.compile(r"[.,]\d{3}$")  # "18.250", "12,500"
# A round sum written with thousands separators ("50,000", "120.000"): money lost or paid, which a code
# word after it does not make a code ("โดนหลอกเอาเงินไป 50,000 เพราะบอก OTP").
ROUND_SUM = re.compile(r"\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+")
GIVEN_AS_AFTER = re.compile(r" ?(?:(?:la|is|was|=)(?![a-z])|คือ|เป็น)")
# Between a code word and the number it gives: "code is 8.204.197", "mã OTP: 1.234.567".
GIVES_RIGHT_AFTER = re.compile(r" ?(?:(?:(?<![a-z])(?:la|is|was)(?![a-z])|คือ|เป็น) ?|: ?)?")
WORDS = re.compile(r"[\u0e00-\u0e7f]+|[^\W\d_]+")
# A count of digits said just before or after a number: "4 chữ số 6281", "7052, có bốn số thôi",
# "a 4-digit number 7046", "เลข 4 หลัก 7046". A number whose length is announced is a code.
COUNT_VALUES = {
    "mot": 1, "hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7, "แปด": 8, "เก้า": 9,
}  # fmt: skip
_COUNT = r"(?P<count>\d|" + "|".join(COUNT_VALUES) + ")"
_DIGIT_NOUN = r"(?:chu so|con so|so|digits?|หลัก|ตัว)(?![a-z])"
COUNTED_BEFORE = re.compile(rf"(?<![a-z\d]){_COUNT}[ -]?{_DIGIT_NOUN}(?: (?:number|code|la|is|คือ))?[ :,]*$")
COUNTED_AFTER = re.compile(rf"[ ,.\n]{{0,3}}(?:(?:co|gom|chi|la|has|is|มี) )?{_COUNT}[ -]?{_DIGIT_NOUN}")
# "6 số", "4 digit": a count before the word "số"/"number" says how long the number is, so that word
# does not name it; "mã lớp 6 số 430761" is named by "mã lớp".
COUNT_BEFORE_NOUN = re.compile(rf"(?<![a-z\d]){_COUNT}[ -](?:chu |con |digits? )?$")
COUNT_WINDOW = 20
# "nhập 4 số vừa nhận", "type the 4 numbers", "เลขสี่ตัว": the message says how long a number is.
COUNTED_ANYWHERE = re.compile(
    rf"(?<![a-z\d]){_COUNT}[ -]?(?:chu so|con so|so|digits?|numbers?|หลัก|ตัว)(?![a-z])"
)
# A day and month before a year: "12 มีนาคม 2495", "March 1947", "ngày 3 tháng 5 1947".
MONTH_BEFORE = re.compile(
    r"(?<![a-z])(?:january|february|march|april|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|thang \d{1,2}"
    r"|มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม"
    r"|ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.)"
    r"\.?,? ?$"
)
MONTH_WINDOW = 14
# A version after its name or an update: "Zalo đang bản 24.05.01", "iOS 17.4.1", "update to 6.2.1".
VERSION_BEFORE = re.compile(
    r"(?:(?<![a-z])(?:ban|phien ban|version|ver|v|ios|android|len|update to|upgrade to)|เวอร์ชัน) ?$"
)
VERSION_WINDOW = 12
VERSION_PARTS = 3
# Between a number and the keyword after it: "815263 là mã OTP", "123456 is my code".
CONNECTIVES = frozenset(
    "la is was my the your a cai chinh day do cua toi minh ban nay co phai this that it"
    " our his her their thats s its คือ เป็น นี่ นี่คือ ใช่".split()
)
THAI_COPULA_ENDS = ("คือ", "เป็น")
# A secret's word right after another names the digits before both: "2556 is my card PIN", "731 is
# my card CVC", "60400335 mã giao dịch OTP" (the words before it say whose or which it is).
HEAD_WORDS: frozenset[Category] = frozenset({"otp", "pin", "cvv", "security"})
# A message that is a code and a polite word or two: "468027 ạ", "Cô ơi: 051736", "ok here: 207531".
PRESENTING = frozenset(
    """
    a da ay day do nhe nha ne oi co chu bac chau con em anh chi ba ong me bo ma cu ok oke okay
    here it its is this that the code number yes sir maam please thanks ค่ะ ครับ คะ นะ จ้ะ จ้า นี่
    นี่ค่ะ นี่ครับ ค่า
    """.split()
)
PRESENTING_MAX_CHARS = 40
CURRENCY_BEFORE = (
    "$", "₫", "฿", "£", "€", "¥", "vnd ", "usd ", "thb ", "gbp ", "eur ", "aud ", "sgd ", "jpy ", "cad ",
    "nzd ", "hkd ", "cny ", "krw ", "myr ",
)  # fmt: skip
HOTLINES = frozenset("5656 1441 1213 1599 1111 1300 1186 1212 1178 1166 1115 1155 1669 1422".split())
FULL_YEAR_STARTS = ("19", "20", "24", "25")  # 24xx and 25xx: Thai (Buddhist era) years
SERVICE_PREFIXES = ("1900", "1800")  # Vietnamese hotlines: "1900 545413", "1800 1234"
DIGITS_OF: dict[Category, range] = {
    "otp": range(4, 9),
    "pin": range(4, 9),
    "password": range(4, 13),  # "mật khẩu là 123456789", a Wi-Fi's set to a phone number
    "cvv": range(3, 5),
    "security": range(3, 9),
    "number": range(6, 7),  # "the number was 730561": only a code's usual six digits
    "spoken": range(4, 9),  # "I told her 915730", "đọc cho họ 4829"
    "entered": range(4, 9),  # "I typed 3851 three times", when the message is about codes
    "verify": range(4, 9),  # "Line verification 7046", "để xác nhận thanh toán là 7052"
    "changed": range(4, 9),  # "thẻ mới, ông đổi thành 5820", when the message is about a card or codes
}
KIND_OF: dict[Category, str] = {
    "number": "otp",
    "security": "otp",
    "spoken": "otp",
    "entered": "otp",
    "verify": "otp",
    "changed": "pin",
}
CODE_WORDS: frozenset[Category] = frozenset({"otp", "pin", "security", "spoken"})
# The parts of a code's story (see `Context.about_a_code`); "press" and "go" are too common to tell one.
CUE_OF: dict[Category, str] = {
    "arrived": "arrived",
    "entered": "entered",
    "login": "access",
    "verify": "access",
    "access": "access",
    "timed": "timed",
    "share": "share",
    "choose": "choose",
}
NOT_CUES = frozenset({"go", "bam", "press", "pressed", "กด"})
STORY_CUES = 2
# Words that only tell a code's story: they name no number, so the keyword before them still does.
UNNAMING: frozenset[Category] = frozenset({"arrived", "access", "timed", "share", "choose", "set"})
# A card or ID word names only long numbers; a machine none: "รหัสบัตรเอทีเอ็ม9031" is named by the code.
NAMES_NO_NUMBER = UNNAMING | {"card", "id", "neutral", "machine"}
# A label names the number right after it, not one behind another number ("mã lớp 417302, còn Zalo
# gửi về 6629"); a count ("mã lớp 6 số 430761") is no number in between. A call word is no such
# label: a phone number's parts stand apart ("call us at (555) 014-2290").
LABEL_CATEGORIES: frozenset[Category] = frozenset({"account", "transfer", "harmless", "user", "amount"})
SHORTEST_NUMBER = 3
NAMES_AFTER: frozenset[Category] = frozenset({"otp", "pin", "number", "verify"})  # "7046 is the code"
# In a message about a lottery, "เลข"/"số" after six digits names the ticket's or the draw's number.
NAMES_AFTER_IN_A_DRAW = NAMES_AFTER - {"number"}
ANY_CODE = frozenset({"ma", "ma so", "code", "codes", "รหัส", "โค้ด"})  # words any numbered thing has
NAMES_A_CODE: frozenset[Category] = frozenset({"otp", "pin", "security", "spoken", "verify"})
# What a code is for, right after the code word: "mã để …", "code to …", "รหัสเพื่อ…", "รหัสสำหรับ…".
PURPOSE = re.compile(r" (?:de|to|for|dung de|used to) [a-z]|เพื่อ|สำหรับ|ไว้")
SAID_IN_A_PURPOSE: frozenset[Category] = frozenset({"account", "transfer"})
BARE_LABELS = frozenset({"tai khoan", "tk", "account", "order", "don"})  # see `keywords.SHORT_REACH`
# An order is named by its shop: "đơn Lazada 454367093213852", "don shopee …", "order Tiki …": the
# number after an order word and one more word, capitalised or not, is the order's; not after a
# word that says how it was paid ("order with 4111 …", "đơn hàng trả bằng thẻ …").
ORDER_LABELS = frozenset({"order", "don"})
WORD_GAP = re.compile(r" ([a-z]{2,15}) ")
NOT_A_SHOP = frozenset(
    "with by using via on for of to from and the my your is was bang qua voi cho tu tren la".split()
)
# A bare label also names a number longer than a code after a copula or a bank's name: "account
# is 0071 0012 9387 4", "account SCB 592-274183-6"; "the code for my account is 90418" is a code,
# and "Tài khoản VNeID: 064139961037" the ID it logs in with.
COPULA_GAP = re.compile(r" (?:is|la|คือ) ")
NAME_GAP = re.compile(r" [A-Z][A-Za-z]{1,15} ")
# A harmless label that a clause is about names the number its copula or colon gives, however long
# the words that say which one it is: "mã lớp học tin học cho người cao tuổi là 730516", "Mã nhóm
# Zalo của câu lạc bộ dưỡng sinh: 615 204"; not past a break in the clause or another keyword, and
# not a bare word that names only the number right after it ("đơn", "lớp", "tài khoản").
SUBJECT_REACH = 60
# "Mã giao dịch" names a receipt's reference ("FT24157839201456", "Mã giao dịch: 551920 lúc
# 10:14" on a receipt), but people also call the code a bank sends for a transaction so: a number
# of a code's length it names is that code in a message that tells part of a code's story (it
# arrived, it is to be typed in: "Ngân hàng gửi mã giao dịch 549667 mà bà không chuyển tiền",
# "ma giao dich 001732 nhap vao o trong") and speaks of no receipt or statement. "Mã GD", as
# receipts and statements print it, stays a reference.
NAMED_AS_A_CODE_IN_ITS_STORY = frozenset({"ma giao dich"})
# A call said to come from the bank, or a caller who told or asked for the code: "dt bao ma giao dich
# 365918 ba co phai goi ngan hang ko", "the bank called and said", "ngân hàng gọi".
BANK_CALL = re.compile(
    r"(?<![a-z])(?:goi ngan hang|goi tu ngan hang|ngan hang goi|bank called|call from the bank"
    r"|called from the bank|dt bao|dien thoai bao|nguoi ta bao|ho bao|ho doc|ho hoi|ho xin)(?![a-z])"
)
# A code's digits in pairs, as a code is read out: "81-44-07", "81 44 07 29".
IN_PAIRS = re.compile(r"\d\d(?:[ \-]\d\d){2,3}(?![\d\-])")
RECEIPT = re.compile(r"(?<![a-z])(?:bien lai|bien nhan|thanh cong|sao ke|receipt|statement)(?![a-z])|ใบเสร็จ")
# An account number is given so too, past the bank, its owner and what the money is for: "Số tài
# khoản Agribank của bà để con gửi tiền: 5626687901741", "… để chuyển học phí: …"; words of a
# code's story name no number, and a sum's word names no card or ID.
SUBJECTS: frozenset[Category] = frozenset({"harmless", "account"})
BETWEEN_SUBJECT_AND_NUMBER: frozenset[Category] = frozenset({"harmless", "neutral", "amount"}) | UNNAMING
GIVEN_BY = re.compile(r"(?:(?<![a-z])(?:la|is|was|are)|คือ|เป็น|:) ?$")
GIVEN_BY_CHARS = 6
LONGEST_CODE = 8
# Words that name the digits after them ("thẻ đuôi 6093", "ending in 7315"), never those before:
# "271581, ở dưới có dòng…" typed without marks reads "duoi", which is also "dưới" (below).
NAME_ONLY_WHAT_FOLLOWS = frozenset(
    {"duoi", "so duoi", "ending", "ending in", "ends in", "ending with", "ลงท้าย"}
)
FROM_WORDS = frozenset({"tu", "from", "จาก"})  # "tin nhắn từ số 8077", "a text from 8077"
CHANGED_TO = re.compile(r"(?<![a-z])(?:to|thanh|sang|qua)(?![a-z])|เป็น")  # "từ 1111 qua 3947"
CHANGE_WINDOW = 30
NAMED_BY_USE: frozenset[Category] = frozenset({"account", "transfer", "call", "harmless", "user"})
NAMED_AFTER_BY_USE = NAMED_BY_USE | {"amount"}
CODE_DIGITS = 6  # the length of nearly every one-time code
CARD_WORDS = (13, 19)  # a card's digits read out in words, one by one; Luhn tells it from chance
# Digits typed one by one or in small groups, apart: a word glued to the last is a typing slip, as in
# "mã otp 9 1 4 3 0 6là đúng không": no word's name ends in digits typed so.
DIGITS_APART = re.compile(r"\d{1,3}(?: \d{1,3}){2,}")
ROUND_ENDING = "00"
# Words that say something was handed over: with a round number after them, it is money handed.
HANDED = frozenset(
    {"gave him", "gave her", "gave them"}
)  # "gửi 1500": in a code's story, a number that ends so is an amount
ROUND_DIGITS = 5  # "120000": a price, not a code, unless a code word typed with its marks names it
MASKS = frozenset("*•xX")
NAMES_A_CARD = 30  # characters between "số thẻ", "CCCD", "เลขบัตร"… and the number they name
CVV_AFTER_CARD = 20  # characters between a card number and its CVV, an expiry date fits
CVV_AFTER_CARD_ALONE = 45  # "…1111, hết hạn 09/28, mã sau lưng 842": a lone three-digit number
SPELLED_OUT_GROUPS = 4  # "8, 1, 4, 7, 2, 0", "3 9 1 8 2 7": digits read out one by one
DRAWN_NUMBERS = 5  # "03 14 22 28 35 40": numbers of two digits picked in a draw
LONGEST_CODE_GROUP = 6  # a longer group joined by a dash or dot makes its run a reference
LONGEST_LINE_PART = 8  # digits on one line of a number split over lines: half a card
LONGEST_SECRET, SHORTEST_LONG_SECRET = 19, 12
MOST_GROUPS_SEARCHED = 40  # a card or ID starts within its run's first groups; more is a list
# An ID number an ID word names, of any country's length: the old nine-digit CMND ("Số CMND cũ
# 271548306"), a US social security number ("531-72-4098"), a twelve-digit one in four groups.
THAI_ID_DIGITS = 13
CALLED_GAP = 12  # "call 116 123", "the helpline is 116 123", "gọi tổng đài số 116 123"
CALL_WORDS = frozenset(
    "call|calling|dial|hotline|helpline|help line|helplines|crisis line|support line|goi|goi so|tong dai"
    "|duong day nong|โทร|สายด่วน".split("|")
)
CALL_GAP = re.compile(
    r"[ :]{0,2}(?:(?:is|us|on|at|la|so|number|the|free|toll-free|tong dai|โทร|เบอร์)[ :]{1,2}){0,3}"
)
BARE_ID_GAP = 3  # "ID 3200100837195", "ID: …", "ID# …"
# Between an ID word and the thirteen digits it names: a colon, a line break, "is", "là", "คือ".
ID_WORD_GAP = re.compile(
    r"[ :#\n]{0,3}(?:(?:is|la|was|of|my|the|her|his|so|cua|toi|คือ|ของ(?:ผม|ฉัน|ยาย|ตา)?)"
    r"(?:[ :\n]{1,2}|$)){0,3}"
)
THIRTEEN_DIGIT_CARD_WORDS = frozenset({"เลขบัตร", "id"})  # "เลขบัตร" names an ID card's number too
NAMED_ID_DIGITS = range(9, 14)  # a Thai ID mistyped (its check fails) is still the ID its word names
# Letters and digits an ID word names: a UK National Insurance number ("JK 48 21 77 B"), a
# passport's or an NRIC's ("B1234567", "S1234567D"); letters first, six to ten digits, grouped or not,
# and perhaps one letter after them.
LETTERED_ID = re.compile(r"(?<![a-z0-9])[a-z]{1,3}(?:[ -]?\d){6,10}(?:[ -]?[a-z](?![a-z0-9]))?(?![a-z0-9])")
# Where a code is sent, a phone by its number: "gửi về số nào", "sent to which number", "ส่งไปเบอร์ไหน".
SENT_TO_PHONE = re.compile(
    r"(?<![a-z])(?:gui ve|gui toi|gui den|gui vao|gui qua|sent to|send to|sends to|goes to|go to|went to"
    r"|comes to|come to|came to|arrives on|arrive on)(?: (?:the|my|your|which|what|may))*"
    r" (?:so dien thoai|so|sdt|phone number|mobile number|number|phone|mobile)(?![a-z])"
    r"|ส่ง(?:ไป|มา|เข้า)(?:ที่)?(?:เบอร์|หมายเลข)"
)
SENT_TO_CHARS = 60
LONG_PASSWORD_DIGITS = range(9, 13)
PHONE_BETWEEN = re.compile(
    r"(?<![a-z])(?:so|sdt|dien thoai|phone|number|mobile|goi|call|gui|sent|send|hotline|tong dai|lien he"
    r"|contact)(?![a-z])|เบอร์|โทร|ส่ง|หมายเลข"
)
GIVEN_AS_CODE = re.compile(r"(?<![a-z])(?:la|is|was|are|ma|code|otp|pin)(?![a-z])|คือ|รหัส|[:=]")
PHONE_START_DIGITS = 4
MOBILE_PREFIXES = ("03", "05", "06", "07", "08", "09")
# A reference's parts joined by dots ("S21847.HN.563920"): its letters part and any part at most so long.
REFERENCE_LETTERS = 4
REFERENCE_PART = 12
REFERENCE_FIRST = 3
LEADING_LETTERS = re.compile(r"[^\W\d_]+")
# A Thai ID card's back: its laser code ("ME0-1234567-89"), two letters, a digit, seven, two; its
# shape alone tells it, as no other number is written so.
LASER_CODE = re.compile(r"(?<![a-z0-9])[a-z]{2}\d[- ]\d{7}[- ]\d{2}(?![a-z0-9])")
LASER_GROUPS, LASER_MIDDLE, LASER_BEFORE = 3, 7, 4  # sought around a run "0-1234567-89"
# Single digits one apart and in order ("đếm được 1 2 3 4 5 6 bậc"): counting, not a code read out,
# unless a code word names them.
COUNTING_STEP = 1
FURTHEST_REACH = max(REACH.values())


Run = tuple[int, int, list[tuple[int, int]]]  # a number's span and the span of each digit group


@dataclass(frozen=True)
class NumberFinding:
    kind: str
    start: int
    end: int


@dataclass
class Context:
    """The folded message and its keywords, indexed for lookups near a position."""

    folded: str
    keywords: list[Keyword]
    bare: bool = False  # the message is a number and nothing else
    shows_a_code: bool = False  # another number in it is a code: "Zalo sent 7731 and Shopee sent 402918"
    numbers: list[Run] = field(default_factory=list)  # the runs of digits in the message
    text: str = ""  # the message as typed, where capitals tell a name
    _ends: list[int] = field(init=False)
    _keyword_ends: set[int] = field(init=False)
    talks_of_codes: bool = field(init=False)  # "OTP", "mã xác thực", "รหัสยืนยัน" anywhere in it
    at_a_machine: bool = field(init=False)  # "cây ATM", "thẻ ATM", "cash machine": digits pressed are a PIN
    talks_of_lottery: bool = field(init=False)  # "vé số", "สลาก", "lottery": six digits are a ticket
    about_a_card: bool = field(init=False)  # "thẻ mới", "card", "ATM": a secret changed there is a PIN

    def __post_init__(self) -> None:
        self._ends = [k.end for k in self.keywords]
        self._keyword_ends = set(self._ends)
        self.talks_of_codes = any(k.category in CODE_WORDS and not k.ambiguous for k in self.keywords)
        self.at_a_machine = any(
            k.category == "machine" or (k.category == "card" and "atm" in k.word) for k in self.keywords
        )
        self.talks_of_lottery = any(k.category == "lottery" for k in self.keywords)
        self.about_a_card = any(k.category in {"card", "machine"} for k in self.keywords)

    @cached_property
    def _cue_words(self) -> frozenset[str]:
        return frozenset(
            CUE_OF[k.category] for k in self.keywords if k.category in CUE_OF and k.word not in NOT_CUES
        )

    @cached_property
    def _gives_a_length(self) -> bool:
        return bool(COUNTED_ANYWHERE.search(self.folded))

    @property
    def tells_of_a_code(self) -> bool:
        """The message tells some part of a code's story (see `about_a_code`)."""
        return bool(self._cue_words) or self._gives_a_length

    @cached_property
    def about_a_code(self) -> bool:
        """A code word, another number that is a code, or two parts of a code's story: "Vietcombank
        vừa nhắn 3847 bảo nhập vào app trong 3 phút" (it was sent, it is to be entered, it runs out),
        "Telegram sent me 40713 to log in on my new phone", "ใส่เลขสี่หลักที่ได้มา" (its length).
        One part alone is everyday talk."""
        if self.talks_of_codes or self.shows_a_code or len(self._cue_words) >= STORY_CUES:
            return True
        return len(self._cue_words) == STORY_CUES - 1 and self._gives_a_length

    def reading(self, start: int, digits: str) -> Category | None:
        return self.reader(start, digits)[0]

    def reader(self, start: int, digits: str) -> tuple[Category | None, Keyword | None]:
        """The category of the nearest keyword before `start` that covers it and could name a
        number of this many digits ("Mã OTP 8 số: 40917263": "số" names no 8-digit number).
        With no digits, a card or ID word is sought past a call word ("the caller")."""
        year = _year_like(digits)
        called = False  # a call word was passed on the way to a card or ID word
        for i in range(bisect_right(self._ends, start) - 1, -1, -1):
            keyword = self.keywords[i]
            distance = start - keyword.end
            if distance > FURTHEST_REACH:
                break
            if keyword.category in {"card", "id"} and not digits and distance <= NAMES_A_CARD:
                return keyword.category, keyword  # "số CCCD 034155006392": the card or ID word names it
            if called:
                if distance > NAMES_A_CARD:
                    break
                continue
            if (
                keyword.category in NAMES_NO_NUMBER
                or (keyword.category == "amount" and not digits)
                or (
                    distance > keyword.reach
                    and not self._bare_label_names(keyword, start, digits)
                    and not self._subject_names(i, start)
                )
            ):
                continue
            if keyword.category in LABEL_CATEGORIES and self._number_between(keyword.end, start):
                continue
            if (
                keyword.word in BARE_LABELS
                and i
                and self._code_word_just_before(self.keywords[i - 1], keyword)
            ):
                continue  # "mã kích hoạt tài khoản 527104": the account's code, not its number
            if keyword.category == "year" and not year:
                continue
            if keyword.category == "verify" and (year or _round(digits)):
                continue  # "xác nhận năm sinh 1956", "confirm the 250000 transfer"
            if keyword.category == "number" and self._counted(keyword):
                continue  # "6 số 430761": "số" is the count's noun; a word before it names the number
            if (year or _round(digits)) and keyword.ambiguous and keyword.category in DIGITS_OF:
                continue  # "ma vneid ghi 1959", "ma ngoai ban 120000" ("mà…"): a year or a price
            if keyword.category in DIGITS_OF and len(digits) not in DIGITS_OF[keyword.category]:
                continue
            if keyword.word in FROM_WORDS and CHANGED_TO.search(
                self.folded, keyword.end, keyword.end + CHANGE_WINDOW
            ):
                continue  # "đổi mã PIN từ 1234 thành 5678": from the old code, not from a sender
            if keyword.category == "call" and len(digits) == CODE_DIGITS:
                continue  # "OTP để đổi số điện thoại: 390725": six digits are a code, not a phone
            if keyword.category == "entered" and not (
                self.talks_of_codes or self.shows_a_code or self.at_a_machine
            ):
                continue
            if keyword.category == "changed" and (
                year or _round(digits) or not (self.talks_of_codes or self.shows_a_code or self.about_a_card)
            ):
                continue  # "thẻ mới, ông đổi thành 5820"; not "đổi năm sinh thành 1956"
            if keyword.category == "call" and not digits:
                called = True  # "đọc số thẻ cho người gọi đến: 4111 …": the caller is not the number
                continue
            if (
                keyword.category in SAID_IN_A_PURPOSE
                and self._purpose_of_a_code(i, start)
                and (
                    GIVEN_BY.search(self.folded, max(keyword.end, start - GIVEN_BY_CHARS), start)
                    or (keyword.category == "account" and len(digits) <= CODE_DIGITS)
                )
            ):
                continue  # "mã để mở khóa tài khoản 708235", "the code to approve the transfer to … is …"
            if keyword.word in NAMED_AS_A_CODE_IN_ITS_STORY and self._told_as_a_code(digits, start):
                return "otp", keyword
            return keyword.category, keyword
        return ("call" if called else None), None

    def _purpose_of_a_code(self, i: int, start: int) -> bool:
        """`keywords[i]` stands in what a code word before it, in the same clause, says the code is
        for: "mã để mở khóa tài khoản …", "the code to approve the transfer to my son is …". It
        names the number no more when a copula gives the number, or for an account, when the number
        is a code's six digits or fewer ("mã OTP để chuyển vào 19036655 là …": where money goes)."""
        for keyword in reversed(self.keywords[:i]):
            if CLAUSE_BREAK.search(self.folded, keyword.end, start):
                return False
            if keyword.category in CODE_WORDS:
                return start - keyword.end <= keyword.reach and bool(PURPOSE.match(self.folded, keyword.end))
        return False

    @cached_property
    def _number_starts(self) -> list[int]:
        """Where each number of three or more digits starts: a label before it names it."""
        return [
            start for start, _end, groups in self.numbers if sum(e - s for s, e in groups) >= SHORTEST_NUMBER
        ]

    def _bare_label_names(self, keyword: Keyword, start: int, digits: str) -> bool:
        """A copula, or for a whole number a bank's name, or for an order its shop's, between a
        bare label and a number longer than a code (no digits: a card or an ID is sought)."""
        if keyword.word not in BARE_LABELS or len(digits) in range(1, LONGEST_CODE + 1):
            return False
        return bool(
            COPULA_GAP.fullmatch(self.folded, keyword.end, start)
            or (digits and NAME_GAP.fullmatch(self.text, keyword.end, start))
            or (keyword.word in ORDER_LABELS and self._shop_between(keyword.end, start))
        )

    def _shop_between(self, end: int, start: int) -> bool:
        gap = WORD_GAP.fullmatch(self.folded, end, start)
        return bool(gap and gap.group(1) not in NOT_A_SHOP)

    def _subject_names(self, i: int, start: int) -> bool:
        """The harmless or account label `keywords[i]` is what the clause before the number is
        about, and a copula or a colon gives the number (see `SUBJECT_REACH`)."""
        keyword = self.keywords[i]
        if (
            keyword.category not in SUBJECTS
            or keyword.word in SHORT_REACH  # "đơn", "lớp" alone name only the number right after them
            or start - keyword.end > SUBJECT_REACH
        ):
            return False
        given = GIVEN_BY.search(self.folded, max(keyword.end, start - GIVEN_BY_CHARS), start)
        if not given or CLAUSE_BREAK.search(self.folded, keyword.end, given.start()):
            return False
        between = (k for k in self.keywords[i + 1 :] if k.start < start)
        return all(k.category in BETWEEN_SUBJECT_AND_NUMBER for k in between)

    @staticmethod
    def _code_word_just_before(before: Keyword, keyword: Keyword) -> bool:
        return before.category in CODE_WORDS and keyword.start - before.end <= 1

    def _told_as_a_code(self, digits: str, start: int) -> bool:
        """ "Ngân hàng gửi mã giao dịch 549667", "ma giao dich 001732 nhap vao o trong": a code's
        length in a message that tells part of a code's story or of a call said to be the bank's
        ("dt bao ma giao dich 365918 ba co phai goi ngan hang ko"), and of no receipt; or a code's
        digits in pairs ("Mã giao dịch: 81-44-07"), as no receipt prints a reference."""
        if not 4 <= len(digits) <= LONGEST_CODE or RECEIPT.search(self.folded):
            return False
        return (
            self.tells_of_a_code
            or bool(BANK_CALL.search(self.folded))
            or bool(IN_PAIRS.match(self.folded, start))
        )

    def _number_between(self, start: int, end: int) -> bool:
        i = bisect_right(self._number_starts, start - 1)
        return i < len(self._number_starts) and self._number_starts[i] < end

    def _counted(self, keyword: Keyword) -> bool:
        window = max(0, keyword.start - COUNT_WINDOW)
        return bool(COUNT_BEFORE_NOUN.search(self.folded, window, keyword.start))

    def announced(self, start: int, end: int, digits: str) -> bool:
        """ "4 chữ số 6281", "7052, có bốn số thôi": the message gives the number's length."""
        before = COUNTED_BEFORE.search(self.folded, max(0, start - COUNT_WINDOW), start)
        after = COUNTED_AFTER.match(self.folded, end, end + COUNT_WINDOW)
        return any(m and _count(m.group("count")) == len(digits) for m in (before, after))

    def named_after(self, end: int, digits: str, names: frozenset[Category] = NAMES_AFTER) -> bool:
        """ "815263 là mã OTP", "123456 is my code": a code keyword a few words after, same sentence."""
        keyword = self.after(end)
        if (
            keyword
            and keyword.ambiguous
            and (_year_like(digits) or _round(digits) or self.talks_of_lottery)
            and not WORDS.search(self.folded, end, keyword.start)
        ):
            # "năm sinh của ông là 1949 ma ngân hàng ghi…", "ve so ba mua 570438 ma ko trung": "mà"
            # (but) after a year, a sum or a ticket's number; "1987 là ma…" is "mã".
            return False
        if keyword and keyword.word in CASH_USE_WORDS and digits.endswith(ROUND_ENDING):
            return False  # "nộp 1500 để rút tiền": a sum paid to take cash out, not the PIN
        return bool(keyword and keyword.category in names and len(digits) in DIGITS_OF[keyword.category])

    def after(self, end: int) -> Keyword | None:
        """The keyword a few words after `end` that names what stands there: "815263 là mã OTP",
        "482913 is my class code"."""
        i = bisect_right(self._ends, end)
        while i < len(self.keywords) and self.keywords[i].start < end:
            i += 1
        if i == len(self.keywords) or self.keywords[i].start - end > 25:
            return None
        keyword = first = self.keywords[i]
        while (
            i + 1 < len(self.keywords)
            and self.keywords[i + 1].category in HEAD_WORDS
            and 0 <= self.keywords[i + 1].start - keyword.end <= 1
        ):
            i += 1  # "2556 is my card PIN", "731 is my card CVC": the last word names the digits
            keyword = self.keywords[i]
        if keyword.word in NAME_ONLY_WHAT_FOLLOWS:
            return None
        if DIGIT.search(self.folded, end, first.start):
            return None  # "4455 6677 8899 để xác minh": the word names the run, not its first group
        between = WORDS.findall(self.folded, end, first.start)
        unknown = [w for w in between if w not in CONNECTIVES and not w.endswith(THAI_COPULA_ENDS)]
        return keyword if len(unknown) <= 1 else None  # one name between: "123456 is your Google code"

    def just_before(self, start: int) -> Keyword | None:
        """The last keyword that ends before `start`."""
        i = bisect_right(self._ends, start) - 1
        return self.keywords[i] if i >= 0 else None

    @cached_property
    def keyword_starts(self) -> frozenset[int]:
        return frozenset(k.start for k in self.keywords)

    def glued_to_keyword(self, start: int) -> bool:
        return start in self._keyword_ends


def runs(folded: str) -> Iterator[Run]:
    """Each run of digit groups: its span and the span of every group. A code or a card copied onto
    two or three lines ("mã otp\n41\n927", "4111 1111\n1111 1111") is one run: only a line break,
    and spaces, stand between its parts, and no part is longer than half a card; a phone number on
    the next line stays apart."""
    run: Run | None = None
    last: list[tuple[int, int]] = []  # the groups of the run's part on the line before
    for match in NUMBER.finditer(folded):
        groups = [(match.start() + g.start(), match.start() + g.end()) for g in GROUP.finditer(match.group())]
        if (
            run
            and _line_break(folded, run[1], match.start())
            and (_parts_of_one(run[2], last, groups) or _checked_whole(folded, run[2] + groups))
        ):
            run = (run[0], match.end(), run[2] + groups)
        else:
            if run:
                yield run
            run = (match.start(), match.end(), groups)
        last = groups
    if run:
        yield run


def _parts_of_one(
    run: list[tuple[int, int]], last: list[tuple[int, int]], part: list[tuple[int, int]]
) -> bool:
    digits = [sum(e - s for s, e in groups) for groups in (run, last, part)]
    return max(digits[1:]) <= LONGEST_LINE_PART and digits[0] + digits[2] <= LONGEST_SECRET


def _checked_whole(folded: str, groups: list[tuple[int, int]]) -> bool:
    """Parts over lines whose digits together pass a card's or a Thai ID's check: one number
    ("เลขบัตรประชาชน\n8-6651-14992\n-49-0"), however long a line's part."""
    digits = "".join(folded[s:e] for s, e in groups)
    return SHORTEST_LONG_SECRET < len(digits) <= LONGEST_SECRET and (
        thai_id_valid(digits) if len(digits) == 13 else luhn_valid(digits)
    )


def _line_break(folded: str, end: int, start: int) -> bool:
    """One line break, and spaces or a separator the next line starts with ("\n-49-0")."""
    between = folded[end:start]
    return "\n" in between and between.count("\n") == 1 and between.strip(" \n") in ("", "-", ".", "/", "_")


def is_presented(folded: str) -> bool:
    """A short message that is one number and a few presenting words is a code being shown;
    a year alone ("1956 ạ") answers a question about a year."""
    if len(folded) > PRESENTING_MAX_CHARS:
        return False
    found = NUMBER.findall(folded)
    if len(found) != 1 or _year_like(found[0]):
        return False
    return all(word in PRESENTING for word in WORDS.findall(folded))


def classify(groups: list[tuple[int, int]], context: Context) -> list[NumberFinding]:
    """The secrets inside one run of digits: the whole run, or some of its groups."""
    text = context.folded
    digits = "".join(text[s:e] for s, e in groups)
    start, end = groups[0][0], groups[-1][1]
    if (
        _inside_word(start, end, context, digits)
        or context.folded[start - 1 : start] == "+"
        or _masked(start, end, text)
        or _date(groups, text)
        or _version(groups, text)
    ):
        return []  # part of a word, a phone number, a masked card ("4123 45** ****"), a date, a version
    if (
        len(digits) >= SHORTEST_LONG_SECRET
        and not _picks(groups, context)
        and (found := _card_or_id(groups, context))
    ):
        return [found]
    if (
        len(digits) in NAMED_ID_DIGITS
        and not (_phone(digits) and len(digits) > min(NAMED_ID_DIGITS))
        and (
            _named_id(start, context)
            or (len(digits) == THAI_ID_DIGITS and _thai_id_named(start, end, context))
        )
    ):
        return [NumberFinding("id_number", start, end)]  # "Số CMND cũ 271548306", "SSN 531-72-4098"
    if len(groups) == 1 and _long_password(start, digits, context):
        return [NumberFinding("password", start, end)]
    spelled_out = len(groups) >= SPELLED_OUT_GROUPS and all(e - s == 1 for s, e in groups)
    if spelled_out and _counting(digits):
        whole = _code(start, end, digits, context, False, unnamed=False)
        return [whole] if whole else []
    if whole := _code(start, end, digits, context, context.bare or spelled_out):
        return [whole]
    if (
        len(groups) == 1
        or _phone(digits)
        or _reference_run(groups, text)
        or context.reading(start, digits) in NAMED_BY_USE
    ):
        return []  # "call us at (555) 014-2290": no group of a phone number is a code
    singles = (_code(s, e, text[s:e], context, False, in_run=True) for s, e in groups)
    return [f for f in singles if f]


def _counting(digits: str) -> bool:
    steps = {int(b) - int(a) for a, b in itertools.pairwise(digits)}
    return steps in ({COUNTING_STEP}, {-COUNTING_STEP})


def lettered_ids(folded: str, context: Context) -> list[NumberFinding]:
    """ID numbers with letters: a laser code anywhere, and letters and digits an ID word names
    ("my National Insurance number is JK 48 21 77 B")."""
    found = [
        NumberFinding("id_number", *laser.span())
        for start, end, groups in context.numbers
        if len(groups) == LASER_GROUPS
        and groups[1][1] - groups[1][0] == LASER_MIDDLE
        and (laser := LASER_CODE.search(folded, max(0, start - LASER_BEFORE), end + 1))
    ]
    if any(k.category == "id" for k in context.keywords):
        found += [
            NumberFinding("id_number", *m.span())
            for m in LETTERED_ID.finditer(folded)
            if _capitals(context.text, m.start())
            and not _phone("".join(GROUP.findall(m.group())))
            and m.start() not in context.keyword_starts  # "SĐT 0912 384 657": a label and a phone
            and _named_id(m.start(), context)
        ]
    return found


def _named_id(start: int, context: Context) -> bool:
    """An ID word names the number, and no call word stands between them ("นำบัตรประชาชนมาด้วย
    สอบถามโทร 042-315-608": the number to call)."""
    reading, keyword = context.reader(start, "")
    return (
        reading == "id"
        and keyword is not None
        and not any(k.category == "call" and keyword.end <= k.start < start for k in context.keywords)
    )


def _bare_id(start: int, context: Context) -> bool:
    """ "registered with ID 3200100837195": a bare "ID" names a Thai ID's thirteen digits, its check
    digit mistyped or not, as an ID word does."""
    folded = context.folded
    return any(
        k.word == "id" and 0 <= start - k.end <= BARE_ID_GAP and not folded[k.end : start].strip(" :#")
        for k in context.keywords
    )


def _thai_id_named(start: int, end: int, context: Context) -> bool:
    """Thirteen digits an ID word names, before or after them, are a Thai ID whatever its check
    digit: a learner may mistype one digit and it is still their ID ("เลขบัตร ๓๔๑๐…", "my Thai ID
    is 3-4201-…", "3102001876543 คือเลขบัตรประชาชนของตา"). Without an ID word the check stays."""
    if _bare_id(start, context):
        return True
    folded = context.folded
    return any(
        _names_thirteen(k)
        and (
            (0 <= start - k.end <= NAMES_A_CARD and ID_WORD_GAP.fullmatch(folded, k.end, start))
            or (0 <= k.start - end <= NAMES_A_CARD and ID_WORD_GAP.fullmatch(folded, end, k.start))
        )
        for k in context.keywords
    )


def _names_thirteen(keyword: Keyword) -> bool:
    return keyword.category == "id" or keyword.word in THIRTEEN_DIGIT_CARD_WORDS


def _capitals(text: str, start: int) -> bool:
    """An ID's letters are capitals: "JK 48…", not a word before a number ("sđt 0912 305 847")."""
    letters = LEADING_LETTERS.match(text, start)
    return bool(letters and letters.group().isupper())


def _picks(groups: list[tuple[int, int]], context: Context) -> bool:
    """ "vé số Vietlott 03 14 22 28 35 40": numbers picked in a draw, not a card or an ID, unless a
    card or ID word names them."""
    two_digit = len(groups) >= DRAWN_NUMBERS and all(e - s == 2 for s, e in groups)
    return (two_digit or context.talks_of_lottery) and context.reading(groups[0][0], "") not in {"card", "id"}


def _reference_run(groups: list[tuple[int, int]], text: str) -> bool:
    """ "20250103-771204", "0312345678-001", "hồ sơ số 2025-304417", "592-274183-6": a long group,
    a year and a number, or more digits than a code in parts of unequal length, joined by dashes or
    dots, are one reference or account; no part of it is a code."""
    lengths = {e - s for s, e in groups}
    long_group = max(lengths) > LONGEST_CODE_GROUP
    year_first = _year_like(text[groups[0][0] : groups[0][1]]) and groups[1][1] - groups[1][0] >= 4
    account = (  # "592-274183-6", "123-4-56789-0": parts of unequal length joined by bare dashes
        len(lengths) > 1
        and sum(e - s for s, e in groups) > LONGEST_CODE
        and all(text[a[1] : b[0]] == "-" for a, b in itertools.pairwise(groups))
    )
    if not (long_group or year_first or account):
        return False
    return any(set(text[a[1] : b[0]].strip()) & set(".-–—_") for a, b in itertools.pairwise(groups))


def _card_or_id(groups: list[tuple[int, int]], context: Context) -> NumberFinding | None:
    if context.reading(groups[0][0], "") in NAMED_BY_USE:
        return None
    text = context.folded
    card_shaped = _card_shaped(groups)
    for first in range(min(len(groups), MOST_GROUPS_SEARCHED)):
        digits, longest = "", None
        for last in range(first, len(groups)):
            digits += text[groups[last][0] : groups[last][1]]
            if len(digits) > LONGEST_SECRET:
                break
            if len(digits) >= SHORTEST_LONG_SECRET and (
                kind := _long_kind(digits, checked_only=card_shaped and (first, last) != (0, len(groups) - 1))
            ):
                longest = NumberFinding(kind, groups[first][0], groups[last][1])  # 19 digits beat 16
        if longest:
            return longest
    return None


def _card_shaped(groups: list[tuple[int, int]]) -> bool:
    """ "4532 0151 1283 0365": a card's groups of four, thirteen digits or more."""
    return len(groups) >= CARD_GROUPS and all(e - s == CARD_GROUP for s, e in groups)


def _long_kind(digits: str, checked_only: bool = False) -> str | None:
    """A card or a Thai ID by its check, a Vietnamese ID by its shape; `checked_only`: part of a
    number in a card's groups, which fails the card's check, is no ID by its shape ("4532 0151 1283
    0365" holds "015112830365")."""
    if len(digits) == 13 and thai_id_valid(digits):
        return "id_number"
    if 13 <= len(digits) <= LONGEST_SECRET and luhn_valid(digits):
        return "card_number"
    if len(digits) == 12 and digits[0] == "0" and digits[1:3] != "00" and not checked_only:
        return "id_number"
    return None


def _phone(digits: str) -> bool:
    return (
        (len(digits) in (9, 10, 11) and digits[0] == "0")
        or (len(digits) in (11, 12) and digits[:2] in ("84", "66"))
        or _service_number(digits)
    )


def _long_password(start: int, digits: str, context: Context) -> bool:
    """ "mat khau la 123456789", "รหัสไวไฟบ้านตา 0814427755": nine to twelve digits a password word
    names are the password, a phone number too when it is set as one; not a number a phone or a
    sending is named for between them ("mật khẩu gửi về số 0814427755", "quên mật khẩu thì gọi …")."""
    if len(digits) not in LONG_PASSWORD_DIGITS:
        return False
    reading, keyword = context.reader(start, digits)
    return (
        reading == "password"
        and keyword is not None
        and not PHONE_BETWEEN.search(context.folded, keyword.end, start)
    )


def _phone_sent_to(start: int, digits: str, text: str) -> bool:
    """ "ma otp gui ve so nao, so 0983 hay so 0374", "the OTP goes to which number, 0983 or 0374?":
    a phone's first four digits, asked about as where a code is sent, are the phone's, not the
    code; but a code the phone got is given after "is" ("the code sent to my phone is 0983")."""
    return (
        len(digits) == PHONE_START_DIGITS
        and digits.startswith(MOBILE_PREFIXES)
        and (sent := _last_match(SENT_TO_PHONE, text, max(0, start - SENT_TO_CHARS), start)) is not None
        and not GIVEN_AS_CODE.search(text, sent.end(), start)
    )


def _last_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    last = None
    for last in pattern.finditer(text, start, end):  # noqa: B007 - the last one is wanted
        pass
    return last


def _service_number(digits: str) -> bool:
    return len(digits) in (8, 10) and digits.startswith(SERVICE_PREFIXES)


def _code(
    start: int,
    end: int,
    digits: str,
    context: Context,
    bare: bool,
    unnamed: bool = True,
    in_run: bool = False,
) -> NumberFinding | None:
    """`unnamed`: six digits, or digits whose length the message gives, are a code with no code
    word naming them. `in_run`: the digits are one group of a longer number ("4455 6677 8899")."""
    if (
        not 3 <= len(digits) <= 8
        or _inside_word(start, end, context, digits)
        or (
            _measured(start, end, context.folded, context.text)
            and not _dotted_code(start, end, digits, context)
            and not _named_right_after(start, end, context)
        )
        or _service_number(digits)
        or _phone_sent_to(start, digits, context.folded)
    ):
        return None
    reading, keyword = context.reader(start, digits)
    if (
        reading == "spoken"
        and keyword is not None
        and keyword.word in HANDED
        and digits.endswith(ROUND_ENDING)
    ):
        return None  # "gave her 1000, got 535 back": money handed over, not a code read out
    if reading is None and not in_run:
        reading = (
            _named_after_as_cvv(end, digits, context)
            or _named_after_as_a_code(end, digits, context)
            or _own_for_a_card(start, end, digits, context)
        )
    if reading is None and not in_run and _called(start, context):
        return None  # "call 116 123", "the helpline 116 123 is free": a number to call
    if reading is None and (
        bare
        or (
            not in_run
            and not _round_sum(start, end, context.folded)
            and context.named_after(end, digits, _names_after(context))
        )
        or (unnamed and _unnamed_code(start, end, digits, context, in_run))
    ):
        reading = "otp"
    if reading == "number" and context.talks_of_lottery:
        return None  # "Tờ vé số 731520, số đẹp không": the number of a ticket
    if reading not in DIGITS_OF or len(digits) not in DIGITS_OF[reading]:
        return None
    if (
        len(digits) > 3
        and digits in HOTLINES
        and reading not in ("pin", "password")
        and not USED_BY_ONE.search(context.folded, max(0, start - USED_CHARS), start)
    ):
        # "gọi 1111"; not "đổi pin thẻ từ 1111 qua 3947", "mật khẩu của tôi là 1111", "รหัสของผม 1111"
        return None
    if reading == "security":
        return NumberFinding("cvv" if len(digits) == 3 else "otp", start, end)
    if reading == "entered" and context.at_a_machine and not context.talks_of_codes:
        return NumberFinding("pin", start, end)
    if reading == "changed" and not context.about_a_card:
        return NumberFinding("otp", start, end)  # "the code changed to 482913 when I pressed resend"
    return NumberFinding(KIND_OF.get(reading, reading), start, end)


def _called(start: int, context: Context) -> bool:
    """A call word right before the digits, only a few words between: the number is one to call."""
    return any(
        k.word in CALL_WORDS
        and 0 <= start - k.end <= CALLED_GAP
        and CALL_GAP.fullmatch(context.folded, k.end, start)
        for k in context.keywords
    )


def _named_right_after(start: int, end: int, context: Context) -> bool:
    """ "731 số bảo mật thẻ của bà": a count's word ("6 số") that starts a secret's word is that
    word; not a date's or a time's last part ("08/2026 ma bao mat …")."""
    keyword = context.after(end)
    before = context.folded[max(0, start - 1) : start]
    return (
        keyword is not None
        and keyword.category in HEAD_WORDS
        and keyword.start - end <= 1
        and before not in ("/", ":", ",", ".", "-")
        and bool(COUNT.match(context.folded, end))
    )


def _named_after_as_cvv(end: int, digits: str, context: Context) -> Category | None:
    """ "731 is the CVC on my Mastercard", "206 là mã cvc thẻ…", "356 la so cvc o mat sau",
    "48/29/13 is my security code", "2556 is my card PIN": a CVV's, a security code's or a PIN's
    word a few words after the digits names them, as an OTP word names a code."""
    keyword = context.after(end)
    if keyword is None or keyword.category not in {"cvv", "security", "pin"}:
        return None
    if keyword.word in CASH_USE_WORDS and digits.endswith(ROUND_ENDING):
        return None  # "nộp 1500 để rút tiền": a sum paid to take cash out, not the PIN
    return keyword.category if len(digits) in DIGITS_OF[keyword.category] else None


def _named_after_as_a_code(end: int, digits: str, context: Context) -> Category | None:
    """ "60400335 mã giao dịch của ông", "482913 là mã giao dịch": digits of a code's length the
    words "mã giao dịch" name after them are the code a bank sent for a transaction, in a message of
    no receipt; a receipt's reference stands after its label ("Mã giao dịch: FT2415…")."""
    keyword = context.after(end)
    if (
        keyword is None
        or keyword.word not in NAMED_AS_A_CODE_IN_ITS_STORY
        or not 4 <= len(digits) <= LONGEST_CODE
        or digits.endswith(ROUND_ENDING)  # "chuyển 500000 mã giao dịch …": a sum
        or any(w not in CONNECTIVES for w in WORDS.findall(context.folded, end, keyword.start))
        or RECEIPT.search(context.folded)
    ):
        return None
    return "otp"


def _own_for_a_card(start: int, end: int, digits: str, context: Context) -> Category | None:
    """ "mine is 2580 on my debit card", "I use 0000 for my card", "bà dùng 2580 cho thẻ ATM",
    "thẻ ATM của bà để 1111", "ยายใช้ 2580 กับบัตร ATM": digits the learner says they use or set,
    or says are theirs, with a card or a cash machine in the same clause, are the card's PIN, a weak
    one as much as any; so are those a copula gives after one's own card ("my debit card is 2580",
    "the one on my debit card is 2580", "thẻ của bà là 0000"). "I paid 2580 for my card" is no such
    word."""
    if not PIN_DIGITS[0] <= len(digits) <= PIN_DIGITS[1] or _round(digits):
        return None
    folded = context.folded
    card_before = _card_before(start, context)
    if (
        card_before is not None
        and not (_year_like(digits) and digits.startswith(EXPIRY_CENTURY))  # "my card is 2028": its expiry
        and (
            (
                GIVEN_RIGHT_BEFORE.search(folded, max(0, start - USED_CHARS), start)
                and OWN_CARD.search(folded, max(0, card_before - OWNER_CHARS), start)
            )
            or CARD_OWNER_RIGHT_BEFORE.search(folded, max(0, start - USED_CHARS), start)  # "thẻ bà 1111"
        )
    ):
        return "pin"
    if (
        USED_BY_ONE.search(folded, max(0, start - USED_CHARS), start)
        or ONES_OWN_BEFORE.search(folded, max(0, start - USED_CHARS), start)
    ) and _ones_cards_after(folded, end):
        return "pin"  # "mine is 0000 and my husband's is 1234, both on our cards"
    if not USED_BY_ONE.search(folded, max(0, start - USED_CHARS), start):
        return None
    if card_before is not None or UNMARKED_CARD_AFTER.match(folded, end):
        return "pin"
    return next(
        (
            "pin"
            for k in context.keywords
            if k.category in {"card", "machine"}
            and end <= k.start <= end + CARD_CHARS
            and not CLAUSE_BREAK.search(folded, end, k.start)
        ),
        None,
    )


def _ones_cards_after(folded: str, end: int) -> bool:
    """Cards said later in the sentence to be what the values are on, past a comma: "…, both on
    our cards", "…, cả hai thẻ", "…, ทั้งสองใบ"."""
    stop = SENTENCE_STOP.search(folded, end, end + CARDS_AFTER_CHARS)
    return bool(ALL_ONES_CARDS.search(folded, end, stop.start() if stop else end + CARDS_AFTER_CHARS))


def _card_before(start: int, context: Context) -> int | None:
    """Where the card's or cash machine's word starts, a few words before `start` in its clause;
    "the cua ba …" typed without marks is "thẻ của bà"."""
    folded = context.folded
    window = max(0, start - CARD_CHARS)
    colon = COLON_BEFORE.search(folded, window, start)  # "my card: 2580" gives it as a copula would
    given = colon.start() if colon else start
    for keyword in reversed(context.keywords):
        if (
            keyword.category in {"card", "machine"}
            and window <= keyword.end <= given
            and not CLAUSE_BREAK.search(folded, keyword.end, given)
        ):
            return keyword.start
    unmarked = UNMARKED_CARD_BEFORE.search(folded, window, given)
    if unmarked and not CLAUSE_BREAK.search(folded, unmarked.end(), given):
        return unmarked.start()
    return None


def _names_after(context: Context) -> frozenset[Category]:
    """ "หวยงวดนี้ออก 801516 ยายซื้อผิดเลข": after a draw's result, "เลข" is the number bought."""
    return NAMES_AFTER_IN_A_DRAW if context.talks_of_lottery else NAMES_AFTER


def _unnamed_code(start: int, end: int, digits: str, context: Context, in_run: bool = False) -> bool:
    """Six digits, or as many digits as the message says the number has, or four to eight digits
    in a message about a code (a whole number, not a group of a longer one), that no word names:
    not a lottery ticket, not a reference ("#771204"), and not a number a harmless word names after
    it."""
    if (
        context.talks_of_lottery
        or context.folded[start - 1 : start] == "#"
        or (
            (after := context.after(end))
            and after.category in NAMED_AFTER_BY_USE
            and after.word not in FROM_WORDS
        )
    ):
        return False  # "482913 is my class code", "I entered 482913 as the amount"
    told = not in_run and _told_code(start, end, digits, context)
    return _usual_code(digits) or _announced(start, end, digits, context) or told


def _told_code(start: int, end: int, digits: str, context: Context) -> bool:
    """ "ngan hang gui 31870462 de kich hoat may moi", "The bank sent 7712, it
    expires in 5 minutes": any length a code has, in a message about a code; not a year,
    a phone number, a round number ("gửi 1500") or one with a thousands separator ("18.250")."""
    return (
        4 <= len(digits) <= 8
        and not _year_like(digits)
        and not digits.endswith(ROUND_ENDING)
        and not _phone(digits)
        and not THOUSANDS_SEPARATED.search(context.folded, start, end)
        and not COUNT.match(context.folded, end)  # "1250 người", "2024 lần"
        and context.about_a_code
    )


def _announced(start: int, end: int, digits: str, context: Context) -> bool:
    return not _year_like(digits) and not _round(digits) and context.announced(start, end, digits)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else COUNT_VALUES[word]


def _named_code(start: int, end: int, digits: str, context: Context, own: bool = False) -> bool:
    """A code word names these digits: "FB-740293 is your Facebook confirmation code". `own`: a
    word for what the code is, not "mã" or "code" alone, which a record's reference has too
    ("Mã ca khám BN-00582163", "ma dat BK-7731")."""
    reading, keyword = context.reader(start, digits)
    if reading in {"otp", "pin"} and not (own and keyword is not None and keyword.word in ANY_CODE):
        return True
    return context.named_after(end, digits, NAMES_A_CODE)


def slash_grouped(folded: str, context: Context) -> list[NumberFinding]:
    """ "mã xác thực nhé: 73/51/08": digits grouped by slashes that no date can be read in, after a
    code word (or before one)."""
    found = []
    for match in SLASH_GROUPED.finditer(folded):
        start, end = match.span()
        parts = [int(part) for part in match.group().split("/")]
        if _day_and_month(parts[:2]):
            continue
        digits = match.group().replace("/", "")
        reading = context.reading(start, digits)
        named = reading in NAMES_A_CODE or context.named_after(end, digits, NAMES_A_CODE)
        if named and (code := _code(start, end, digits, context, bare=False, unnamed=False)):
            found.append(code)
    return found


def long_grouped(folded: str, context: Context) -> list[NumberFinding]:
    """A card's or an ID's digits grouped by slashes or commas: a card or a Thai ID by its check, a
    Vietnamese ID by its shape, or nine to thirteen digits a card or ID word names. Digits grouped
    by commas only when such a word names them: otherwise they are a list or an amount."""
    found = []
    for match in LONG_GROUPED.finditer(folded):
        start, end = match.span()
        digits = "".join(GROUP.findall(match.group()))
        named = context.reading(start, "")
        if named is None and (after := context.after(end)) and after.category in {"card", "id"}:
            named = after.category  # "4532,0151,1283,0366 là số thẻ"
        if len(digits) < min(NAMED_ID_DIGITS) or named in NAMED_BY_USE:
            continue
        if "," in match.group() and named not in {"card", "id"}:
            continue  # "418263, 590147, 227306": a list of codes; "1,250,000,000": an amount
        if len(digits) >= SHORTEST_LONG_SECRET and (kind := _long_kind(digits)):
            found.append(NumberFinding(kind, start, end))
        elif named == "id" and len(digits) in (*NAMED_ID_DIGITS, SHORTEST_LONG_SECRET + 1):
            found.append(NumberFinding("id_number", start, end))
        elif named == "card" and CARD_WORDS[0] <= len(digits) <= CARD_WORDS[1]:
            found.append(NumberFinding("card_number", start, end))
    return found


def _day_and_month(parts: list[int]) -> bool:
    first, second = parts
    return (1 <= first <= 31 and 1 <= second <= 12) or (1 <= first <= 12 and 1 <= second <= 31)


def comma_grouped(folded: str, context: Context) -> list[NumberFinding]:
    """ "Mã xác nhận là 630,584", "otp: 29,18,65": digits grouped by commas after a code word."""
    found = []
    for match in COMMA_GROUPED.finditer(folded):
        start, end = match.span()
        digits = "".join(GROUP.findall(match.group()))
        reading = context.reading(start, digits)
        named = reading in NAMES_A_CODE or context.named_after(end, digits, NAMES_A_CODE)
        if named and (code := _code(start, end, digits, context, bare=False, unnamed=False)):
            found.append(code)
    return found


READ_APART_DIGITS = (4, 8)  # a code's lengths, read out word by word with commas between
# A phone number's lead, right before digits read out in words: "call me on", "ring me at", "my
# mobile is", "số điện thoại của bà là", "gọi cho bà số", "เบอร์ยายคือ", "โทรหายายที่เบอร์".
PHONE_LEAD = re.compile(
    r"(?:(?<![a-z])(?:(?:call|ring|phone|text|reach|whatsapp|contact) (?:me|us|him|her|them|mum|mom|dad)"
    r"(?: back)?(?: on| at)?"
    r"|(?:my|his|her|our|their|mum's|mom's|dad's) (?:(?:home|mobile|cell|new|old|landline) )?"
    r"(?:phone number|number|mobile|mobile number|phone|landline|cell)(?: is| was)?"
    r"|(?:so dien thoai|so dt|sdt)(?: cua \w+)?(?: la)?"
    r"|(?:goi|nhan tin|lien he)(?: cho| lai cho)?(?: \w+)? (?:so|sdt|so dien thoai)(?: la)?)"
    r"|(?:เบอร์|โทร|หมายเลขโทรศัพท์)[\u0e00-\u0e7f]{0,12}?(?:คือ|ที่เบอร์|เบอร์)?)[ :,]*$"
)
PHONE_LEAD_CHARS = 40
# A code's word before the lead: "the OTP sent to my number is …" gives the code, not the phone.
CODE_BEFORE_LEAD = re.compile(r"(?<![a-z])(?:otp|code|pin|password|passcode|ma|mat khau|mk)(?![a-z])|รหัส")


def phone_led(folded: str, start: int) -> bool:
    """Digits read out in words right after a phone number's lead are the phone's ("call me on oh
    seven seven double oh, nine hundred, one two three"), whatever lengths of code their pieces have;
    not after a code's word ("the OTP sent to my number is …")."""
    window = max(0, start - PHONE_LEAD_CHARS)
    led = PHONE_LEAD.search(folded, window, start)
    return bool(led) and not CODE_BEFORE_LEAD.search(folded, window, start)


def classify_read_out(start: int, end: int, digits: str, context: Context) -> NumberFinding | None:
    """Digit words ("bốn sáu không ba một tám") as a code, when a code word names them, the
    message names a code anywhere ("bốn tám hai một là cái họ đọc cho bà") or tells any part of a
    code's story ("tin nhắn ghi sáu hai…", "got me to say two nine…"):
    people write digits as words when they read a code out, and rarely otherwise."""
    if CARD_WORDS[0] <= len(digits) <= CARD_WORDS[1] and luhn_valid(digits):
        return NumberFinding("card_number", start, end)  # "four seven three eight …", sixteen words
    if len(digits) > LONGEST_CODE and (named := context.reading(start, "")) in {"card", "id"}:
        # "số thẻ bà đọc: bốn năm một hai, ba không chín tám, …": a card's or an ID's digits read
        # out in groups, named by its word, whether or not they pass Luhn
        lengths = range(CARD_WORDS[0], CARD_WORDS[1] + 1) if named == "card" else NAMED_ID_DIGITS
        if len(digits) in lengths or (named == "id" and len(digits) == SHORTEST_LONG_SECRET + 1):
            return NumberFinding("card_number" if named == "card" else "id_number", start, end)
    if found := _code(start, end, digits, context, bare=False, unnamed=False):
        return found
    if DIGITS_TOGETHER.search(context.folded, start, end):
        return None  # "hồi năm 75 ba đi lính": digits and words no code word names
    if len(digits) == CODE_DIGITS and read_in_groups(context.folded, start, end):
        return NumberFinding("otp", start, end)  # "it says nine-oh-six, three-one-five"
    if (
        READ_APART_DIGITS[0] <= len(digits) <= READ_APART_DIGITS[1]
        and read_apart(context.folded, start, end)
        and not counted(digits)
        and context.reading(start, digits) is None
    ):
        return NumberFinding("otp", start, end)  # "Grandpa reading it out: nine, one, seven, four"
    told = context.tells_of_a_code or context.about_a_code
    if told and 4 <= len(digits) <= 8 and not counted(digits) and context.reading(start, digits) is None:
        return NumberFinding(
            "otp", start, end
        )  # not counting: "one, two, three, four, five — how do you say that?"
    if _read_one_by_one(start, end, digits, context):
        return NumberFinding("otp", start, end)  # "it's three two nine five nine eight I think"
    return None


def _read_one_by_one(start: int, end: int, digits: str, context: Context) -> bool:
    """Six digits read out one word each, or words and single digits mixed ("9 two 2 zero 7 two",
    "7 một 8 không 3 không", "2 แปด 8 หก 8 เจ็ด"), that nothing names otherwise: a code, as six digits
    typed together are (see `_usual_code`). A price, an age or a time is said whole ("seventy-five"),
    not digit by digit; counting ("one two three four five six"), a count after ("… years") and a
    lottery ticket's numbers stay words, and in a message typed with its marks each Vietnamese word
    must be a digit's ("bà" is no "ba")."""
    if (
        not _usual_code(digits)
        or counted(digits)
        or context.talks_of_lottery
        or context.reading(start, digits) is not None
    ):
        return False
    if any(unit.match(context.folded, end) for unit in (MONEY, COUNT, SPOKEN_UNIT)):
        return False
    return not context.text or said_as_digits(context.text, context.folded, start, end)


def _usual_code(digits: str) -> bool:
    """Six digits that nothing names otherwise are a code: "The OTP arrived after I pressed the
    button twice, … hope I copied it right: 804736", "it's 692418, please", "lúc đầu nó gửi 402918,
    bấm gửi lại thì ra 617305". Prices, dates, phones, class codes and postcodes are named or
    marked; a round number ("700000") is not a code."""
    return len(digits) == CODE_DIGITS and not digits.endswith("000")


def _inside_word(start: int, end: int, context: Context, digits: str) -> bool:
    """ "vneid2024", "FT2412…", "250612KXR4": digits glued to Latin letters belong to a word,
    unless the letters are a keyword ("OTP731904") or a unit ("500k"); so do digits joined to a
    word by a hyphen, as in a reference ("HS-2024-8812", "KH_731520"), but not to a keyword
    ("OTP-553012"), to a single letter, as Google's codes are ("G-553012"), or to a sender's
    initials when a code word names the digits ("FB-740293 is your Facebook code")."""
    text = context.folded
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if _latin_letter(before) and not context.glued_to_keyword(start):
        return True
    if (
        before == "."
        and _dotted_reference(start - 1, text)
        and not _named_code(start, end, digits, context, own=True)
    ):
        return True
    if (
        before in "-_"
        and _reference(start - 1, context)
        and not _named_code(start, end, digits, context, own=True)
    ):
        return True
    return (
        _latin_letter(after)
        and not (MONEY.match(text, end) or COUNT.match(text, end))
        and not DIGITS_APART.fullmatch(text, start, end)
    )


def _dotted_reference(dot: int, text: str) -> bool:
    """ "S21847.HN.563920": a parcel's or a record's reference, its parts joined by dots, a part of
    letters between two parts with digits; no code is written so, and "HN.563920" or
    "abc.563920" alone may be a slip before a code, so the part before the letters must hold a
    digit and be at least three characters long."""
    letters = _run_before(dot, text, str.isalpha)
    if not 1 <= letters <= REFERENCE_LETTERS or text[dot - letters - 1 : dot - letters] != ".":
        return False
    first_end = dot - letters - 1
    first = text[first_end - _run_before(first_end, text, str.isalnum) : first_end]
    letters_part = text[dot - letters : dot]
    return (
        len(first) >= REFERENCE_FIRST
        and any(c.isdigit() for c in first)
        and all(_latin_letter(c) for c in letters_part)
    )


def _run_before(end: int, text: str, kind: Callable[[str], bool]) -> int:
    """How many characters of `kind` come right before `end`, at most a reference's part."""
    count = 0
    while count < REFERENCE_PART and end - count > 0 and kind(text[end - count - 1]):
        count += 1
    return count


def _reference(hyphen: int, context: Context) -> bool:
    word = context.folded[max(0, hyphen - 2) : hyphen]
    return len(word) == 2 and all(_latin_letter(c) for c in word) and not context.glued_to_keyword(hyphen)


def _masked(start: int, end: int, text: str) -> bool:
    """ "4123 45**", "****5832", "xxxx xxxx xxxx 7315": masks touch the digits or the group before."""
    if text[end : end + 1] in MASKS or text[start - 1 : start] in MASKS:
        return True
    before = text[max(0, start - 3) : start]
    return len(before) == 3 and before[2] in " -" and set(before[:2]) <= MASKS


def _latin_letter(char: str) -> bool:
    return char.isalpha() and char < "\u0e00"


def _amount(start: int, end: int, folded: str) -> bool:
    """ "500.000đ", "4.200.000", "$120", "899.00 THB"."""
    return bool(
        THOUSANDS.fullmatch(folded, start, end)
        or MONEY.match(folded, end)
        or folded[max(0, start - 4) : start].endswith(CURRENCY_BEFORE)
    )


def _dotted_code(start: int, end: int, digits: str, context: Context) -> bool:
    """ "code is 8.204.197": digits dotted as thousands are, given by a code word right before them
    (marked or unambiguous), with no unit or currency and not a round sum, are a code written as
    some banks' messages show it."""
    folded = context.folded
    if (
        not THOUSANDS.fullmatch(folded, start, end)
        or digits.endswith(ROUND_ENDING)
        or MONEY.match(folded, end)
        or DECIMAL.match(folded, end)
        or folded[max(0, start - 4) : start].endswith(CURRENCY_BEFORE)
    ):
        return False
    keyword = context.just_before(start)
    return bool(
        keyword
        and keyword.category in {"otp", "pin"}
        and not keyword.ambiguous
        and GIVES_RIGHT_AFTER.fullmatch(folded, keyword.end, start)
    )


def _measured(start: int, end: int, folded: str, text: str = "") -> bool:
    """An amount, a count, a date or a time: "500.000đ", "4.200.000", "6 số", "12/05/2024", "10:30"."""
    if _amount(start, end, folded):
        return True
    if end - start <= LONGEST_COUNT and (unit := COUNT.match(folded, end)) and not _other_word(unit, text):
        return True
    if DECIMAL.match(folded, end):  # "249.99"
        return True
    if MONTH_BEFORE.search(folded, max(0, start - MONTH_WINDOW), start):  # "12 มีนาคม 2495"
        return True
    before = folded[max(0, start - 2) : start]
    after = folded[end : end + 2]
    return (len(before) == 2 and before[1] in "/:," and before[0].isdigit()) or (
        len(after) == 2 and after[0] in "/:," and after[1].isdigit()
    )


def _other_word(unit: re.Match[str], text: str) -> bool:
    """A unit's letters typed with other marks: "CVC 648 nằm mặt sau" (lies), not "648 năm"."""
    typed = text[unit.start() : unit.end()].strip().lower()
    return (
        bool(text) and unit.group().strip() in UNITS_TYPED and typed not in UNITS_TYPED[unit.group().strip()]
    )


def _date(groups: list[tuple[int, int]], text: str) -> bool:
    """ "1-3-1947", "01.03.1947", "1947-03-01", "12-2027": a date written with dashes or dots and
    a full year."""
    if len(groups) not in (2, 3):
        return False
    separators = {text[a[1] : b[0]].strip() for a, b in itertools.pairwise(groups)}
    if len(separators) != 1 or separators.pop() not in {"-", ".", "–", "—"}:
        return False
    parts = [text[s:e] for s, e in groups]
    *day_month, year = parts[::-1] if len(parts[0]) == 4 else parts
    if len(year) != 4 or year[:2] not in FULL_YEAR_STARTS or any(len(p) > 2 for p in day_month):
        return False
    first, *second = sorted(int(p) for p in day_month)
    return 1 <= first <= 12 and all(n <= 31 for n in second)


def _version(groups: list[tuple[int, int]], text: str) -> bool:
    """ "bản 24.05.01", "iOS 17.4.1": three or more parts joined by dots after a version's name; a
    code grouped so ("45.90.17") follows a code word."""
    if len(groups) < VERSION_PARTS or any(text[a[1] : b[0]] != "." for a, b in itertools.pairwise(groups)):
        return False
    start = groups[0][0]
    return bool(VERSION_BEFORE.search(text, max(0, start - VERSION_WINDOW), start))


def _round_sum(start: int, end: int, folded: str) -> bool:
    """A round sum with thousands separators that no copula gives as the code named after it:
    "mất 50.000 vì đọc mã OTP" is money lost; "50,000 là mã OTP" still names the digits."""
    return (
        folded.endswith("000", start, end)
        and bool(ROUND_SUM.fullmatch(folded, start, end))
        and not GIVEN_AS_AFTER.match(folded, end)
    )


def _round(digits: str) -> bool:
    return len(digits) >= ROUND_DIGITS and digits.endswith("000")


def _year_like(digits: str) -> bool:
    return len(digits) == 4 and digits[:2] in ("19", "20", "25")


def trailing_cvv(numbers: list[Run], found: list[NumberFinding], context: Context) -> list[NumberFinding]:
    """Three or four digits just after a card number (an expiry date may sit between) are its CVV:
    "5503649990423613 04/28 745"; an amount after it ("bị trừ 2.350.000đ") is not."""
    ends = [f.end for f in found if f.kind == "card_number"]
    if not ends:
        return []
    groups = [
        (group, len(run) == 1) for s, e, run in numbers if not _amount(s, e, context.folded) for group in run
    ]
    cvvs = []
    for card_end in ends:
        for (start, end), alone in groups:
            reach = CVV_AFTER_CARD_ALONE if alone and end - start == 3 else CVV_AFTER_CARD
            if start < card_end or start - card_end > reach:
                continue
            if (
                end - start in DIGITS_OF["cvv"]
                and not _measured(start, end, context.folded, context.text)
                and context.reading(start, context.folded[start:end]) not in NAMED_BY_USE
            ):
                cvvs.append(NumberFinding("cvv", start, end))
                break
    return cvvs
