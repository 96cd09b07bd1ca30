"""Find the red flags in a message a learner pastes or a call they describe, and weigh them.

The checker names concrete signs a careful person would point at (a deadline, someone posing as
the police, a link, a request for a code or money…), quoting the words that raised each one, so
the learner learns to see them too. The verdict is deliberately modest: a dangerous request
together with pressure makes a message "likely a scam"; a lone request, or pressure of two kinds,
makes it "suspicious"; "no signs" never means "safe", only that none of the usual signs were found.

Vietnamese is matched on folded text (no diacritics), so SMS typed without marks is read the same.
Phrases are written from public police and bank warnings; the labelled sets in
`knowledge/devset/` measure how well they work (`hocvuso eval scams`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from bot.links.domains import LinkCheck, check_link
from bot.links.urls import find_links
from knowledge.text import fold_latin

Flag = Literal[
    "urgency",
    "authority",
    "link",
    "apk",
    "otp_request",
    "credentials_request",
    "money_request",
    "too_good",
    "secrecy",
    "odd_sender",
    "impersonated_contact",
    "lookalike_link",
]
Verdict = Literal["likely_scam", "suspicious", "no_signs"]

DANGEROUS_ASKS: frozenset[Flag] = frozenset(
    {"link", "apk", "otp_request", "credentials_request", "money_request"}
)
PRESSURE: frozenset[Flag] = frozenset(
    {"urgency", "authority", "too_good", "secrecy", "odd_sender", "impersonated_contact", "lookalike_link"}
)
MAX_LINKS_CHECKED = 5

_URL = r"(?:https?://|www\.)\S+|\b[a-z0-9][a-z0-9-]{0,62}+(?:\.[a-z0-9-]{1,63}+){0,6}?\.(?:top|online|site|click|xyz|info|com|net|org|link|live|shop|cc|me|vip|app|io|biz|asia|vn|th)\b(?:/\S*)?"

PATTERNS: dict[Flag, list[str]] = {
    "urgency": [
        r"(can|muon|dang|rat|chuyen|tra|nop|vay) gap",
        r"gap (lam|qua|nhe|nha|giup)",
        r"khan cap",
        r"ngay lap tuc",
        r"(trong|ngay) hom nay",
        r"\bngay mai\b",
        r"trong (vong )?\d+ ?(h|gio|tieng|phut|ngay)\b",
        r"sau \d+ ?(h|gio|phut)\b",
        r"han chot",
        r"truoc \d{1,2} ?(h|gio)\b",
        r"truy na",
        r"cap cuu",
        r"qua (han|thoi gian)",
        r"het han",
        r"se bi (khoa|cat|phat|xu ly|bat|dong bang|huy|hoan|kien|mat)",
        r"bi (khoa|phong toa|dong bang)",
        r"khoa (vinh vien|2 chieu|hai chieu)",
        r"cat (dien|nuoc)",
        r"lenh bat",
        r"tam giam",
        r"khoi kien",
        r"chi con",
        r"23h59",
        r"hieu luc \d+ (giay|phut)",
        r"mat het",
        r"khong (thi|la)",
        r"neu khong",
        r"dang (vong|bi dieu tra)",
        r"\bvoi\b.{0,6}\bgap",
        r"\burgent",
        r"immediately",
        r"within \d+",
        r"\btoday\b",
        r"will be (locked|suspended|blocked|cut|fined|arrested)",
        r"arrest",
        r"ด่วน",
        r"ภายใน",
        r"ทันที",
        r"มิฉะนั้น",
        r"ไม่งั้น",
        r"จะถูก",
        r"ถูกระงับ",
        r"ระงับ",
        r"หมดเขต",
        r"วันสุดท้าย",
        r"หมายจับ",
        r"ห้ามปิด",
        r"อายัด",
        r"ดำเนินคดี",
    ],
    "authority": [
        r"cong an",
        r"\bbo ?cong ?an\b",
        r"kiem sat",
        r"toa an",
        r"canh sat",
        r"\bcsgt\b",
        r"\bthue\b",
        r"dien luc",
        r"\bevn",
        r"\bbhxh\b",
        r"bao hiem xa hoi",
        r"hai quan",
        r"vien thong",
        r"nha mang",
        r"(xung|noi la|ben|nhan vien|tu)\b.{0,15}(ngan hang|tong dai)",
        r"vietcombank",
        r"\bvcb\b",
        r"techcombank",
        r"agribank",
        r"\bbidv\b",
        r"vietinbank",
        r"sacombank",
        r"\bacb\b",
        r"\bmb ?bank\b",
        r"tpbank",
        r"vpbank",
        r"dinh danh",
        r"\bvneid\b",
        r"xung (la )?(can bo|nhan vien|cong an|ben|tu)",
        r"tu xung",
        r"buu dien",
        r"\bghn\b",
        r"giao hang nhanh",
        r"\bbo\b [a-z]",
        r"\bcuc\b",
        r"\bpolice",
        r"\bbank\b",
        r"\btax\b",
        r"customs",
        r"ตำรวจ",
        r"สน\.",
        r"สภ\.",
        r"ดีเอสไอ",
        r"\bdsi\b",
        r"ปปง",
        r"กรม",
        r"ศาล",
        r"อัยการ",
        r"ธนาคาร",
        r"การไฟฟ้า",
        r"\bpea\b",
        r"\bmea\b",
        r"กฟภ",
        r"กฟน",
        r"ไปรษณีย์",
        r"\bkerry\b",
        r"\bflash\b",
        r"thai ?id",
        r"ประกันสังคม",
        r"เจ้าหน้าที่",
        r"สรรพากร",
        r"กระทรวง",
        r"อ้างว่า",
        r"อ้างตัว",
        r"กสิกร",
        r"ไทยพาณิชย์",
        r"กรุงไทย",
        r"ออมสิน",
        r"ธ\.ก\.ส",
    ],
    "link": [
        _URL,
        r"(duong |bam (vao )?|gui |nhan vao )link",
        r"\blink\b",
        r"\bclick",
        r"ลิงก์",
        r"ลิ้งค์",
        r"ลิงค์",
        r"คลิก",
        r"กดลิง",
    ],
    "apk": [
        r"\.apk\b",
        r"\bapk\b",
        r"file cai",
        r"(tai|cai|cai dat|download|install)( lai| ve)?( ung dung| app| phan mem)"
        r"(?!.{0,40}(ch play|google play|app store|play store|appgallery))",
        r"anydesk",
        r"teamviewer",
        r"ultraviewer",
        r"dieu khien tu xa",
        r"sua (giup )?tu xa",
        r"remote",
        r"screen shar",
        r"โหลดแอป(?!.{0,30}(play ?store|app ?store|google play|appgallery))",
        r"ดาวน์โหลด(?!.{0,30}(play ?store|app ?store|google play|appgallery))",
        r"ติดตั้ง(?!.{0,30}(play ?store|app ?store|google play|appgallery))",
        r"แชร์หน้าจอ",
        r"ควบคุมระยะไกล",
    ],
    "otp_request": [
        r"(doc|cung cap|gui|nhap|dien|bao|dua|cho) .{0,25}"
        r"(\botp\b|ma xac (thuc|nhan)|ma \d so|day so|\[otp\])",
        r"(\botp\b|ma \d so|ma xac (thuc|nhan)).{0,30}(doc|gui lai|cung cap|chup) (giup|cho|lai)",
        r"\b(read|send|give|tell|share|enter)\b.{0,20}(\botp\b|code)",
        r"(บอก|แจ้ง|ส่ง|กรอก|ขอ(?!ง)|อ่าน).{0,15}(otp|รหัสยืนยัน|รหัส ?\d ?หลัก|รหัสที่)",
    ],
    "credentials_request": [
        r"(nhap|cung cap|gui|doc|dien|dang nhap).{0,30}"
        r"(mat khau|\bpin\b|so the|\bcvv\b|ten dang nhap|tai khoan ngan hang)",
        r"(chup|gui).{0,12}(hai|2) mat (can cuoc|cccd|cmnd)",
        r"(anh|hinh) (hai|2) mat",
        r"video khuon mat",
        r"quay (video|mat|trai)",
        r"chup (mat|khuon mat)",
        r"3 so (mat )?sau",
        r"ngay het han",
        r"\b(enter|send|give|share|type|provide|tell|confirm|verify)\b.{0,30}"
        r"(password|\bpin\b|card number|cvv)",
        r"รหัสผ่าน",
        r"รหัส.{0,10}(แอป|เข้า)",
        r"เลขบัตร",
        r"(เลข|\d ตัว)หลังบัตร",
        r"สแกน(ใบ)?หน้า",
        r"ถ่ายรูป.{0,8}บัตร",
        r"ถ่ายบัตร",
        r"รูปบัตร",
    ],
    "money_request": [
        r"(?<!vua )(?<!da )(?<!moi )chuyen (tien |khoan )?"
        r"(truoc|gap|ngay|het|vao|giup|tra|lai|\d|cho (em|anh|chi|minh|ben))",
        r"(phai|hay|vui long|yeu cau|bat|bao|de nghi)\s.{0,15}(chuyen|nop|nap|dong (phi|tien))\b",
        r"can chuyen",
        r"โอนค่า",
        r"(nop|dong) (phi|tien (phat|bao lanh|xac minh|ho so)|phat|\d|\d+%)",
        r"phi (giao|van chuyen|ho so|thong quan|bao hiem|truoc ba|xu ly|mo khoa|dich vu)",
        r"thanh toan (ngay|tai|giup|phi|\d)",
        r"dat coc",
        r"(thanh toan|chuyen|nop|gui|tra).{0,40}\b(vao|qua|den) (stk|so tai khoan|tai khoan so)",
        r"(mua|nap) (giup|gium|ho)?.{0,25}the cao",
        r"(chup|gui|doc|nhan).{0,20}ma (so )?(the|nap)",
        r"\bnap\b",
        r"quet ma qr",
        r"ma qr",
        r"tai khoan (tam giu|an toan|dam bao|phong toa|ca nhan|nay|duoi|sau|mang ten)",
        r"muon .{0,12}(tien|trieu)",
        r"(transfer|send|pay).{0,20}(money|fee|deposit|account)",
        r"\bfee\b",
        r"โอน(เงิน)?(มา|ไป)?(ให้|เข้า|ที่|ไปที่)?(บัญชี|เรา|ผม|ดิฉัน|เจ้าหน้าที่)",
        r"(ให้|ต้อง|กรุณา|โปรด)โอน",
        r"โอนเงินเพื่อ",
        r"โอนมา",
        r"(กรุณา|ต้อง|โปรด)ชำระ",
        r"ชำระ(เงิน|ค่า)?.{0,12}(ภายใน|ผ่านลิงก์|ที่ลิงก์)",
        r"จ่ายค่า",
        r"ค่าธรรมเนียม",
        r"ค่าดำเนินการ",
        r"ค่าประกัน",
        r"วางเงิน",
        r"มัดจำ",
        r"บัญชีปลอดภัย",
        r"ตรวจสอบเงิน",
        r"สแกน ?qr",
        r"คิวอาร์",
        r"ยืมเงิน",
        r"เติมเงิน",
        r"ค่าปรับ",
    ],
    "too_good": [
        r"trung (giai|thuong)",
        r"nhan giai",
        r"qua tang",
        r"phan thuong",
        r"doi qua",
        r"diem thuong",
        r"hoan tien",
        r"nhan tien",
        r"tro cap",
        r"loi nhuan",
        r"lai \d+ ?%",
        r"cam ket",
        r"thu nhap",
        r"viec nhe",
        r"cong tac vien",
        r"hoa hong",
        r"khong can von",
        r"mien phi",
        r"uu dai",
        r"lai suat 0",
        r"giai ngan",
        r"lay lai (tien|\d|100)",
        r"hoan (lai|von)",
        r"\bprize",
        r"\bwon\b",
        r"refund",
        r"profit",
        r"ได้รับรางวัล",
        r"รางวัล",
        r"คืนเงิน",
        r"เงินคืน",
        r"ผลตอบแทน",
        r"กำไร",
        r"รายได้",
        r"ฟรี",
        r"ไม่ต้องลงทุน",
        r"โชคดี",
        r"ถูกหวย",
        r"งานง่าย",
        r"ค่าคอม",
        r"อนุมัติ",
        r"เงินกู้",
    ],
    "secrecy": [
        r"(khong duoc|dung|cam|khong) (noi|ke|bao|cho) (voi |cho )?"
        r"(ai|con|vo|chong|gia dinh|nguoi nha|ngan hang|cong an|me)",
        r"bi mat",
        r"theo doi (ong|ba|ban|anh|chi)",
        r"(don't|do not) tell",
        r"secret",
        r"ห้ามบอก(?!รหัส)(?!.{0,6}otp)",
        r"อย่าบอก(?!รหัส)(?!.{0,6}otp)",
        r"(ห้าม|อย่า)(คุย|ปรึกษา|เล่า)(กับ|ให้)",
        r"ห้ามวางสาย",
        r"\b(dung|khong duoc) goi (lai |cho )?(nha|nhe|ai|bo|me|ba|con|ngan hang)\b",
        r"เป็นความลับ",
        r"ห้ามแจ้ง",
    ],
    "odd_sender": [
        r"(zalo|telegram|facebook|messenger|viber|line)[^.\n]{0,20}0\d{2,3}[ .]?\d{3}",
        r"ket ban zalo",
        r"trang facebook",
        r"nhan (tin )?rieng",
        r"ho tro khach hang .{0,20}24/7",
        r"tai khoan ca nhan",
        r"ca nhan cua",
        r"\b[a-z0-9]+-[a-z0-9-]+\.(top|online|site|click|xyz|info|com|net|shop|live|vip)\b",
        r"(ติดต่อ|โทร(กลับ)?).{0,25}0[689]\d[- ]?\d{3}",
        r"(lien he|goi (lai )?(so |cho )?)0[35789]\d{1,2}[ .]?\d{3}",
        r"(ไลน์|line) ?@",
        r"แอดไลน์",
        r"เพิ่มเพื่อน",
        r"ไลน์ชื่อ",
        r"line ?:",
        r"ไลน์ส่วนตัว",
        r"บัญชีส่วนตัว",
        r"บัญชีบุคคล",
    ],
    "impersonated_contact": [
        r"(con|chau|em|minh)\s+\w*\s*(day|nay)\b.{0,80}(muon|chuyen|gap|otp|ma)",
        r"mang yeu",
        r"nguoi nha ban",
        r"tai khoan (cua )?(chau|con|em|minh) (dang )?bi",
        r"lo dang ky .{0,40}so dien thoai cua ban",
        r"(goi|call) video.{0,60}(mo|tat|blurr)",
        r"chieu (con|chau|em) (gui|tra)",
        r"ten mot nguoi khac",
        r"ลูกเอง",
        r"หลานเอง",
        r"เปลี่ยนเบอร์",
        r"ไลน์ใหม่",
        r"ยืมเงิน.{0,20}(ก่อน|ด่วน)",
    ],
}

_NEGATION = re.compile(
    r"(?<!neu )\b(khong|chang|never|not|don't|do not|no need)\b"
    r"|\bdung (cung cap|chia se|doc|dua|bam|gui|chuyen|nhap|cai|tai|noi)\b"
    r"|อย่า|ห้าม(?!ปิด)|ไม่มีนโยบาย|ไม่เคย|ไม่ได้(ขอ|ให้)|ไม่ขอ|ไม่ให้|ไม่ควร|ไม่รับ"
    # "if anyone asks you for…" / "if you have just…" is a warning, not a request
    r"|\bneu (co )?(ai|nguoi)|\bif (someone|anyone|a caller)|(ถ้า|หาก)(มี(ใคร|คน)|เพิ่ง)"
)
_PROTECTIVE = re.compile(
    r"khong bao gio|(dung|khong) (cung cap|chia se|doc|dua|bam)|cup may"
    r"|never (ask|share|send)|do not share|hang up"
    r"|ไม่มีนโยบาย|อย่าบอก|อย่าให้|อย่าส่ง|อย่าโอน|(?<!ห้าม)วางสาย|แจ้งเตือน|ระวัง",
    re.IGNORECASE,
)
# A warning *about* scammers ("criminals pose as the police and ask you to install…") names the
# same requests a scam makes; it is a warning when it says so and sends you nowhere.
_ABOUT_SCAMS = re.compile(
    r"ke (gian|xau|lua dao)|doi tuong lua dao|gia danh|thu doan|scammer|fraudster|criminals"
    r"|มิจฉาชีพ|แก๊ง|แอบอ้าง|หลอกลวง",
    re.IGNORECASE,
)
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_CLAUSE_END = re.compile(r"[.!?\n;]")
_THAI_NEXT_CLAUSE = re.compile(r"\s(?=แล้ว|จากนั้น|ต่อมา|ทีนี้|แต่|และให้)")
_COMPILED = {flag: [re.compile(p, re.IGNORECASE | re.MULTILINE) for p in ps] for flag, ps in PATTERNS.items()}


@dataclass(frozen=True)
class RedFlag:
    kind: Flag
    evidence: str


@dataclass
class ScamCheck:
    flags: list[RedFlag] = field(default_factory=list)
    protective: bool = False  # the message itself warns ("never share your OTP", "hang up")
    about_scams: bool = False  # it talks about scammers and their tricks
    links: list[LinkCheck] = field(default_factory=list)  # each link's verdict (official, look-alike…)

    @property
    def kinds(self) -> set[Flag]:
        return {f.kind for f in self.flags}

    @property
    def verdict(self) -> Verdict:
        kinds = self.kinds
        asks, pressure = kinds & DANGEROUS_ASKS, kinds & PRESSURE
        strong = (asks and pressure) or len(asks) >= 2 or len(pressure) >= 3
        if strong and not self._warning_only(kinds, asks):
            return "likely_scam"
        return "suspicious" if asks or len(pressure) >= 2 else "no_signs"

    def _warning_only(self, kinds: set[Flag], asks: set[Flag]) -> bool:
        if not self.protective or "secrecy" in kinds:
            return False
        if self.about_scams:
            return "link" not in asks
        return asks <= {"money_request", "otp_request"}


def check_message(text: str) -> ScamCheck:
    """Every red flag in the text, at most one per kind, with the words that raised it."""
    folded = fold_latin(text)
    flags = []
    for kind, patterns in _COMPILED.items():
        if evidence := _first_match(kind, patterns, folded, text):
            flags.append(RedFlag(kind, evidence))
    links = [check_link(link) for link in find_links(text)[:MAX_LINKS_CHECKED]]
    flags = _link_flags(links, {f.kind for f in flags}) + flags  # the link's own sign first
    return ScamCheck(
        flags,
        protective=bool(_PROTECTIVE.search(folded)),
        about_scams=bool(_ABOUT_SCAMS.search(folded)),
        links=links,
    )


def _link_flags(links: list[LinkCheck], kinds: set[Flag]) -> list[RedFlag]:
    """A look-alike of an official domain, or an app file to download, named by its link."""
    flags: list[RedFlag] = []
    for kind, verdict in (("lookalike_link", "lookalike"), ("apk", "apk")):
        found = next(
            (c for c in links if c.verdict == verdict or (kind == "lookalike_link" and c.name)), None
        )
        if found and kind not in kinds:
            flags.append(RedFlag(kind, found.link.written))  # type: ignore[arg-type]
    return flags


def _first_match(kind: Flag, patterns: list[re.Pattern[str]], folded: str, original: str) -> str | None:
    for pattern in patterns:
        for match in pattern.finditer(folded):
            if kind in DANGEROUS_ASKS and _negated(folded, match.start()):
                continue
            return original[match.start() : match.end()].strip()
    return None


def _negated(folded: str, start: int) -> bool:
    """A request preceded by "don't" / "never" / "อย่า" is a warning, not a request."""
    window = folded[max(0, start - 80) : start]
    clause = _CLAUSE_END.split(window)[-1]
    if _THAI.search(clause):  # Thai has no full stops: "…, then (แล้ว) transfer" starts a new clause
        clause = _THAI_NEXT_CLAUSE.split(clause)[-1]
    return bool(_NEGATION.search(clause))
