"""The words around a number that say what it is: a code, a PIN, a card's CVV, or something
harmless (a class code, an account number, a hotline, a year).

Every word list is data; one alternation, longest words first, finds them all in a single
left-to-right pass over the folded text (lower case, no Vietnamese marks), so "mã lớp" is read as a
class code before "mã" can be read as "a code". The category of the keyword nearest to a number
decides what the number is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Category = Literal[
    "otp",
    "pin",
    "cvv",
    "security",
    "spoken",
    "login",
    "number",
    "password",
    "card",
    "id",
    "harmless",
    "account",
    "amount",
    "call",
    "year",
    "entered",
    "neutral",
]

WORDS: dict[Category, str] = {
    "otp": "otp|otps|codes|ma otp|maotp|โค้ด|โค้ดยืนยัน|โค๊ด|โค้ด otp|ma xac thuc|ma xac nhan|ma kich hoat"
    "|ma bi mat|ma so bi mat"
    "|ma giao dich otp|ma|ma so|ma code|code|ma so xac thuc|smart otp|verification code|verify code"
    "|one-time code|one time code|one-time passcode|one time passcode|one-time password"
    "|one time password|confirmation code|login code"
    "|2fa|auth code|authentication code|passcode otp|รหัส|รหัส otp|รหัสยืนยัน|รหัสยืนยันตัวตน|รหัสลับ"
    "|รหัสครั้งเดียว|รหัสผ่านใช้ครั้งเดียว|รหัสผ่านครั้งเดียว|โอทีพี",
    "pin": "pin|ma pin|pin code|ma mo khoa|mat ma|passcode|pass code|ma passcode|รหัส pin|รหัสpin|รหัสพิน|พิน"
    "|รหัสatm"
    "|รหัส atm|รหัสเอทีเอ็ม|รหัสบัตร atm|รหัสผ่าน 6 หลัก|รหัส 6 หลัก",
    "security": "security code|ma bao mat|รหัสความปลอดภัย",
    "spoken": "read out|read him|read her|read them|read it out|told him|told her|told them|gave him"
    "|gave her|doc cho|doc cho ho|doc cho no|da doc|doc so|บอกไป|บอกเลข|อ่านให้|อ่านเลข",
    "login": "login|log in|logging in|logged in|sign in|signing in|dang nhap|go vao|บัญชีเข้าใช้|ล็อกอิน|เข้าสู่ระบบ",
    "number": "so|day so|con so|so do|so nay|number|the number|a number|that number|ตัวเลข|เลข|เลขนั้น|เลขนี้",
    "cvv": "cvv|cvc|ccv|cid|csc|cvv2|cvc2|ซีวีวี|code on the back|digit code on the back|ma cvv"
    "|ma bao mat the|3 so sau the|3 so mat sau|ba so sau the|so sau the"
    "|ba so mat sau|3 so o mat sau|so mat sau the|security number|digits on the back|numbers on the back"
    "|3 digits on the back|back of the card|เลขหลังบัตร|เลข 3 ตัวหลังบัตร|เลขสามตัวหลังบัตร|รหัสหลังบัตร"
    "|หลังบัตร|รหัส cvv|เลข cvv",
    "password": "mat khau|matkhau|mat khua|mat kau|mk|pass|password|passwd|pwd|pw|pass word|pasword"
    "|passwrod|passowrd|paswd|passwort|paswword|passwrd|passsword|pasward|mat khao|mat kha|mat khau moi"
    "|รหัสผ่าน|รหัสผาน|รหัสผ่่าน|รหัสผ่าน่|รหัสพาส|พาสเวิร์ด|พาสเวิด|พาส",
    "card": "so the|the atm|the tin dung|the ghi no|visa|mastercard|jcb|card number|card|credit card"
    "|debit card|เลขบัตร|บัตรเครดิต|บัตรเดบิต|บัตร atm",
    "id": "cccd|can cuoc|can cuoc cong dan|so dinh danh|cmnd|chung minh nhan dan|id number|national id"
    "|id card|เลขบัตรประชาชน|บัตรประชาชน|เลขประจำตัวประชาชน",
    "harmless": "ma lop|class code|รหัสห้อง|รหัสชั้นเรียน|ma qr|qr code|ma don|ma don hang|ma van don"
    "|ma buu chinh|ma so thue|ma khach hang|ma giao dich|ma tham chieu|ma hoa don|ma san pham"
    "|ma giam gia|ma khuyen mai|ma gd|ma tra soat|sort code|so ho so|so nha|so hieu|รหัสลูกค้า|ma vung"
    "|ma nhan vien|ma ho so|ma tra cuu|ma benh nhan|ma bhxh|ma buu dien|buu dien|รหัสผู้ใช้ไฟฟ้า"
    "|group code|invite code|join code|room code|meeting code|class id|trace|trace number|so trace|ma trace"
    "|ref number|ma kh|ma khach|hoa don|so hoa don|invoice|bill number|รหัสวิชา|รหัสกลุ่ม|รหัสเชิญ"
    "|zoom|lop hoc id|id phong|join with id|with id|confirmation number|reference number|booking number"
    "|หมายเลขผู้ใช้ไฟ|ผู้ใช้ไฟ|เลขที่รายการ|หมายเลขรายการ"
    "|รหัสผู้ใช้น้ำ|รหัสผู้ใช้|เลขผู้ใช้ไฟฟ้า"
    "|ma so bhxh|ma so ho so|ma dinh danh ho so|ma tinh|ma chi nhanh|ma swift|ma nhom|ma phong"
    "|ma zoom|ma cuoc hop|meeting id|zoom id|room id|ma hoc vien|ma sinh vien|ma hoi vien|ma thanh vien"
    "|ma bai|ma de|ma mon|ma truong|ma xa|ma huyen|ma bien lai|ma hop dong|ma thue bao|ma bhyt"
    "|ma giao dich ngan hang|ma lenh|ma dat cho|ma ve|order number|order code|order no|tracking"
    "|tracking number|tracking code|postal code|zip code|zip|area code|country code|promo code"
    "|discount code|voucher code|voucher|coupon|reference|ref|ref no|transaction id|ticket"
    "|case number|branch code|version|phien ban"
    "|รหัสไปรษณีย์|รหัสสินค้า|รหัสพัสดุ|เลขพัสดุ|รหัสติดตาม|เลขอ้างอิง|รหัสอ้างอิง|รหัสสาขา|รหัสคูปอง"
    "|รหัสส่วนลด|คิวอาร์|เลขที่คำสั่งซื้อ|เวอร์ชัน",
    "account": "stk|so tai khoan|tai khoan so|so tk|tk so|account number|account no|acc no|acct"
    "|a/c|beneficiary account|เลขบัญชี|เลขที่บัญชี|บัญชีเลขที่|บัญชี",
    "amount": "gia|gia ban|gia tien|so du|so tien|phi|bi tru|tru tien|deducted|charged|price|cost|costs"
    "|balance|amount|fee|ราคา|ยอดเงิน"
    "|ยอดคงเหลือ|ค่าธรรมเนียม|จำนวนเงิน",
    "call": "lh|lien he|contact|goi|goi den|goi lai|goi so|goi vao|tong dai|hotline|duong day nong"
    "|nhan tin|nhan tin den|soan tin|gui den|sdt|so dien thoai|so dt|call|called|calling|dial"
    "|phone number|sms to|text to"
    "|โทร|โทรหา|โทรมา|โทรไป|สายด่วน|เบอร์|เบอร์โทร",
    "year": "nam|sinh nam|nam sinh|year|born|born in|since|in|ปี|พ.ศ.|ค.ศ.|เกิดปี",
    # Digits a learner says they typed: a code or a PIN when the message is about codes.
    "entered": "typed|typed in|entered|put in|nhap|da nhap|go|bam|พิมพ์|กด|ใส่",
    # Compounds that contain a shorter keyword and mean something else: "quốc gia" is not "giá".
    "neutral": "quoc gia|gia dinh|tham gia|gia han|danh gia|gia tri|chuyen gia|goi cuoc|goi y|viet nam"
    "|mien nam|nam nay|nam ngoai|nam truoc|tam tru|thuong tru",
}


def _trie(words: list[str]) -> str:
    """One alternation shaped like a prefix tree, so each position of the text costs a few
    character tests instead of one test per keyword; longer words win over their prefixes."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branch(tree)


def _branch(node: dict) -> str:
    options = [re.escape(char) + _branch(child) for char, child in sorted(node.items()) if char]
    if not options:
        return ""
    body = options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
    if "" in node:  # a word ends here: what follows is an optional, longer word
        return (body if len(options) > 1 else f"(?:{body})") + "?"
    return body


def _compile() -> tuple[re.Pattern[str], dict[str, Category]]:
    category: dict[str, Category] = {}
    for kind, words in WORDS.items():
        for word in words.split("|"):
            category.setdefault(word, kind)
    latin = [w for w in category if not "\u0e00" <= w[0] <= "\u0e7f"]
    thai = [w for w in category if "\u0e00" <= w[0] <= "\u0e7f"]
    return re.compile(rf"(?<![a-z0-9._/-]){_trie(latin)}(?![a-z])|{_trie(thai)}"), category


KEYWORD, CATEGORY = _compile()


# How far after its keyword a number may stand and still be read by it, in characters: a code
# may come a few words after "OTP"; "call" or "account" name only the number right after them.
REACH: dict[Category, int] = {
    "otp": 150,
    "pin": 150,
    "cvv": 25,
    "security": 25,
    "spoken": 20,
    "login": 0,
    "number": 15,
    "password": 40,
    "card": 0,
    "id": 0,
    "harmless": 30,
    "account": 25,
    "amount": 20,
    "call": 15,
    "year": 10,
    "entered": 15,
    "neutral": 0,
}
# Folded words that are several Vietnamese words: "ma" is "mã" (code) but also "mà" (but) and
# "má" (mum). Typed with marks, only the right one counts; typed without, it reads further only.
SPELLED: dict[str, frozenset[str]] = {
    "ma": frozenset({"mã"}),
    "ma so": frozenset({"mã số"}),
    "mat ma": frozenset({"mật mã"}),
    "goi": frozenset({"gọi"}),
    "nam": frozenset({"năm"}),
    "gia": frozenset({"giá"}),
    "phi": frozenset({"phí"}),
}
SHORT_REACH = {"ma": 100, "hoa don": 12, "so hoa don": 12}
AMBIGUOUS_REACH = 40  # "ma" typed without marks may be "mà": it reads only the next few words


@dataclass(frozen=True)
class Keyword:
    category: Category
    start: int
    end: int
    word: str = ""
    ambiguous: bool = False  # typed without the marks that would tell "mã" from "mà"

    @property
    def reach(self) -> int:
        if self.ambiguous:
            return AMBIGUOUS_REACH
        return SHORT_REACH.get(self.word, REACH[self.category])


def find_keywords(text: str, folded: str) -> list[Keyword]:
    found = []
    for match in KEYWORD.finditer(folded):
        word = match.group()
        typed = text[match.start() : match.end()].lower()
        if word in SPELLED and typed != word and typed not in SPELLED[word]:
            continue  # "mà", "má" are not "mã"
        ambiguous = word in SPELLED and typed == word
        found.append(Keyword(CATEGORY[word], match.start(), match.end(), word, ambiguous))
    return found
