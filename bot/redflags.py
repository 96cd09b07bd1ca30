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
from bot.links.urls import find_links, parse_link
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
_PROSE_ONLY: frozenset[Flag] = frozenset({"urgency", "authority", "secrecy"})

# Endings scammers buy cheaply and that are no common word: a bare name on one of them is an address.
BARE_ENDINGS = (
    "top|online|site|click|xyz|info|com|net|org|link|live|shop|cc|me|vip|app|io|biz|asia|vn|th"
    "|club|icu|buzz|store|pro|fun|win|sbs|cfd|cyou|bond|monster|quest|rest|lol|pw|tk|ml|ga|cf|gq"
)
# Any ending, on a name that is no word (it has a hyphen or a digit) or followed by a path
# ("vip-signal-invest.club", "thai-immi-90day.services/pay"); and an address written with a spaced or
# bracketed dot so it is not clickable ("grab-reward2026 . top", "evn-thanhtoan[.]shop").
_URL = (
    r"(?:https?://|www\.)\S+"
    rf"|\b[a-z0-9][a-z0-9-]{{0,62}}+(?:\.[a-z0-9-]{{1,63}}+){{0,6}}?\.(?:{BARE_ENDINGS})\b(?:/\S*)?"
    r"|(?<![@.-])\b[a-z0-9][a-z0-9-]{0,62}+(?:\.[a-z0-9-]{1,63}+){0,6}?\.[a-z]{2,24}+/\S*"
    r"|(?<![@.-])\b[a-z0-9]{1,63}+-[a-z0-9-]{1,62}+\.[a-z]{2,24}+\b"
    r"|(?<![@.-])\b[a-z]{0,63}+[0-9][a-z0-9-]{0,62}+\.[a-z]{2,24}+\b"
    rf"|(?<![@.-])\b[a-z0-9][a-z0-9-]{{1,62}}+(?: \. ?|\[\.\]|\(\.\)|\[dot\])"
    rf"(?:{BARE_ENDINGS}|co|services|help|support)\b"
)

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
        r"\bgoi ngay\b",
        r"\bket tien\b",
        r"chi nhan \d+|so luong co han",
        # a clip to be sent to all your contacts
        r"(gui|phat tan|tung)\b[^.\n]{0,20}\b(danh ba|ban be va nguoi than)",
        r"\bvoi\b.{0,6}\bgap",
        r"\burgent",
        r"immediately",
        r"within \d+",
        r"\btoday\b",
        r"(will|may|could|would) be (locked|suspended|blocked|cut|fined|arrested|cancell?ed|closed|terminated"
        r"|disconnected|deactivated|frozen|deleted|returned|destroyed|seized|charged|revoked|disabled|rejected"
        r"|refused|reported|prosecuted|detained|deported|blacklisted)",
        r"(has|have|had) been (temporarily |permanently )?(suspended|locked|blocked|frozen|flagged|restricted"
        r"|compromised|hacked|deactivated|disabled|reported)",
        r"\b(is|are) (now |temporarily )?(suspended|locked|blocked|frozen|on hold)\b",
        r"arrest",
        r"\bwarrant\b",
        r"\bjail\b",
        r"deport",
        r"detention",
        r"blacklist",
        r"legal action",
        r"\bsummon",
        r"\bpenalt(y|ies)\b",
        r"\b(a|the) fine (of|for)\b|\bfined\b|\bpay (a|the|your) fine\b",
        r"\bfines?:? (of )?(\d|thb|usd|vnd|baht|\$)",
        r"overdue",
        r"\bin arrears\b",
        r"\bunpaid\b",
        r"\boutstanding (balance|amount|debt|payment|bill|fee|fine|duty|tax)"
        r"|\b(duty|debt|balance|bill|payment|fee|tax|amount) (is )?outstanding\b",
        r"\bexpired?\b",
        r"\bdisconnect",
        r"cut[- ]off",
        r"\bas soon as possible\b|\basap\b",
        r"right (away|now)",
        r"straight away",
        r"\b(act|reply|respond|pay|verify|confirm|update|call|claim|secure \w+ \w+|log ?in|sign in) now\b",
        r"\b(need|needs|want|must|has to|have to)\b[^.!?\n]{0,40}\b(tonight|now)\b",
        # an hour is a deadline ("before 5pm"); a date to order or file by ("before 18 Dec") is a calendar
        r"\bbefore \d{1,2}(?:[:.]\d\d)? ?(?:am\b|pm\b|a\.m|p\.m|h\b|o['’]clock)|\bbefore \d{1,2}[:.]\d\d",
        r"\b(by|before|until) (tonight|midnight|tomorrow|the end of)",
        r"\bin the next \d+",
        r"\b(in|within|next|only|after) \d+ ?(hours?|hrs?|minutes?|mins?)\b",
        r"\bwithin the hour\b",
        r"\b(i['’]?m|i am|we['’]?re|we are|got) (stuck|stranded)\b",
        r"\b(to|with) all (of )?your (contacts|friends and family)\b",
        r"\b(quick|small|urgent|big) favou?r\b",
        r"(deadline|last chance|final (notice|warning|reminder)|(?<!no )\bhurry|don['’]?t miss)",
        r"\bonly \d+ (spots?|slots?|places?|seats?|left)",
        r"\b(several|many|other|lots of) (people|buyers|tenants|families) (are )?interested\b",
        r"(spots?|slots?|places?|offer) (close|closes|end|ends|left)",
        r"\b(closes|ends) (in|today|tonight|soon)",
        r"\bat risk\b",
        r"(avoid|stop) (a |the )?(penalty|fine|suspension|cut|disconnection|arrest|charges|detention|police)",
        r"if this (was|wasn['’]?t|is) not you|if this wasn['’]?t you",
        r"(unusual|suspicious|unauthori[sz]ed) "
        r"(sign[- ]?in|log ?in|login|activity|payment|transaction|access)",
        r"keep (your|the) (account|card|number|service) (active|open|running|safe)",
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
        r"(ชิ้น|เครื่อง|ที่|อัน|ตัว|สิทธิ์)สุดท้าย|จำนวนจำกัด|เหลือ(อีก|แค่|เพียง)? ?\d+ ?(เครื่อง|ชิ้น|ที่|อัน|ตัว|สิทธิ์)",
        r"ทุกคนในรายชื่อ",
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
        r"\bthue\b(?! (bao|nha|phong|xe|tro))",  # thuế, not thuê bao (a subscriber) or thuê nhà (rent)
        r"dien luc",
        r"cap nuoc|cong ty nuoc",
        r"cham soc khach hang|\bcskh\b",
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
        # an officer to meet or call; "con cần bố" (I need Dad) is none
        r"\b(gap|lien he|lien lac voi|ket noi voi|noi chuyen voi|la) can bo\b"
        r"|\bcan bo (dieu tra|cong an|thue|toa an|ngan hang|bhxh)\b",
        r"tu xung",
        r"buu dien",
        r"\bghn\b",
        r"giao hang nhanh",
        r"\bbo phan\b",  # a bank's "department" calling
        r"\bbo (cong an|tai chinh|y te|tu phap|quoc phong|ngoai giao|noi vu|lao dong|giao duc|cong thuong"
        r"|xay dung|giao thong|tai nguyen|thong tin|ke hoach|nong nghiep|van hoa|khoa hoc)\b",
        r"\bcuc\b",
        r"\bpolice",
        r"\bbank\b(?!['’]s app)(?! (transfer|app|account|card|details|statement|slip|book))",
        r"\btax\b",
        r"customs",
        r"\bcourt\b",
        r"\blawyer\b|\battorney\b",
        r"immigration",
        r"\bvisa\b",
        r"embassy|consulate",
        r"\bministry\b",
        r"\bgovernment\b",
        r"\bdepartment\b",
        r"\brevenue\b",
        r"\binterpol\b|\bfbi\b|\bdsi\b",
        r"\b(police|case|billing|customs|immigration|bank|security|fraud|tax) "
        r"(officer|captain|agent|inspector|team|desk)",
        r"\bofficers?\b",
        r"\binvestigat",
        r"\b(security|fraud|support|billing|technical|it) (team|department)\b",
        r"electricity|power company",
        r"waterworks|water (authority|company|supply|utility)",
        r"\b(post|postal|courier|delivery) (office|service)",
        r"\b(dhl|fedex|ups|usps|royal mail|thailand post)\b",
        r"\b(residence|work) (card|permit|registration)\b",
        r"\btm ?30\b|\b90-day report\b",
        r"\bsim (card )?(registration|regulation)|\bregistration regulation"
        r"|\b(mobile|network) (operator|carrier)\b",
        r"\bsupport\b:",
        r"ตำรวจ",
        r"สน\.",
        r"สภ\.",
        r"ดีเอสไอ",
        r"\bdsi\b",
        r"ปปง",
        r"กรม",
        r"ศาล(?!า|เจ้า|พระภูมิ)",  # a court; ศาลาวัด is a temple hall, ศาลเจ้า a shrine
        r"อัยการ",
        r"ศุลกากร",
        r"(?<!แอป)(?<!แอพ)ธนาคาร",  # "ชำระผ่านแอปธนาคาร": your own banking app, not a bank calling
        r"การไฟฟ้า",
        r"การประปา",
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
        r"\b(tap|press|follow|open|visit) (the |this |our )?(link|button|website|site|page)\b",
        r"\b(type|enter) (in )?(a |the |this )?(website|web address|address in the browser)",
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
        r"\b(download|install)\b.{0,25}\b(app|application|apk|program|software|version)\b"
        r"(?!.{0,40}(google play|app store|play store|appgallery))",
        r"rustdesk|quicksupport|airdroid",
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
        r"\b(read|send|give|tell|share|enter|forward|provide|type|say|repeat|text|reply with)\b"
        r"[^.!?\n,]{0,20}"
        r"(\botp\b|\bcode\b|\d[- ]digits?\b|(verification|security|one[- ]time) (code|number|password))",
        r"\bcode\b[^.!?\n]{0,40}\b(by (accident|mistake)|wrong number|to your (phone|number))",
        r"\b(accidentally|by mistake|by accident) (put|typed|entered|used|gave) your (number|phone)",
        r"\bcode\b[^.!?\n]{0,60}\b(send|give|tell|forward|read|text|pass) "
        r"(it|this|that|the code)( back)? (to|for) me\b",
        r"(บอก|แจ้ง|ส่ง|กรอก|ขอ(?!ง)|อ่าน).{0,15}(otp|รหัสยืนยัน|รหัส ?\d ?หลัก|รหัสที่|(ตัว)?เลข ?\d ?หลัก)",
        # "đọc 6 số vừa nhận trong tin nhắn": the digits that just came by text are a code
        r"(doc|cung cap|gui|bao|dua|cho)\b[^.\n]{0,25}\b\d (chu )?so (vua|moi)? ?(nhan|gui|den|ve|toi)\b",
    ],
    "credentials_request": [
        # "điện thoại con sắp hết pin": a phone's battery is no PIN, and "điện" no "điền"
        r"(nhap|cung cap|gui|doc|dien(?! thoai)|dang nhap).{0,30}"
        r"(mat khau|(?<!het )(?<!sac )(?<!cuc )(?<!thay )\bpin\b|so the|\bcvv\b|ten dang nhap"
        r"|tai khoan ngan hang)",
        r"(chup|gui).{0,12}(hai|2) mat (can cuoc|cccd|cmnd)",
        r"(anh|hinh) (hai|2) mat",
        r"video khuon mat",
        r"quay (video|mat|trai)",
        r"chup (mat|khuon mat)",
        r"3 so (mat )?sau",
        r"ngay het han",
        r"\b(enter|send|give|share|type|provide|tell|confirm|verify)\b.{0,30}"
        r"(password|\bpin\b|card number|cvv)",
        r"\b(update|confirm|re-?confirm|verify|enter|provide|submit|send|validate|give)\b[^.!?\n]{0,30}"
        r"\b(card|payment|bank|login|log-in|account|personal|passport) "
        r"(details|information|info|number|data)",
        r"\breply with (your|the)\b[^.!?\n]{0,60}"
        r"\b(pin|password|passport|id number|account number|card number|cvv|date of birth)\b",
        r"\b(online|internet|mobile) banking (login|log-in|password|username|details|pin)\b"
        r"|\bbanking (login|log-in|password)\b",
        r"(tra loi|nhan lai|phan hoi|soan tin)[^.\n]{0,40}(so tai khoan|ngay sinh|so cccd|so can cuoc)",
        r"\b(pin|password|cvv) (of|for|on) (your|the) (card|account)\b",
        r"\b(verify|confirm|validate|update|send|provide|submit)\b[^.!?\n]{0,20}"
        r"\b(passport|identity|date of birth"
        r"|recovery phrase|seed phrase|security (code|question)|password|\bpin\b|username)",
        r"(copy|photo|scan|picture) of (your |my )?(passport|id card|identity card)",
        r"recovery phrase|seed phrase",
        r"\b(asked|asking|asks|needed|needs|wanted|wants)\b (me )?(for )?(my|your|his|her)\b[^.!?\n]{0,30}"
        r"\b(id (card )?number|account number|card number|date of birth|passport number)\b",
        r"\b(three|3)[- ]digits? (on|at) the back\b",
        r"(xin|hoi)\b[^.\n]{0,20}\b(so cccd|so can cuoc|so cmnd|ngay sinh)",
        r"\bverify your (card|account|identity)",
        r"(?<!เปลี่ยน)รหัสผ่าน",  # "มีการเปลี่ยนรหัสผ่านแอป": a change reported, nothing asked
        r"(?<!เปลี่ยน)รหัส.{0,10}(แอป|เข้า)",
        r"เลขบัตร",
        r"(ตอบกลับ|กรอก|พิมพ์)[^\n]{0,40}(เลขบัญชี|วันเกิด|เลขประจำตัวประชาชน)",
        # the three digits on the back, the front number, the expiry date; "โทรตามหมายเลขหลังบัตร" is
        # the bank's own number to call
        r"((?<!หมาย)เลข|(\d|สาม) ?ตัว)(ท้าย)?หลังบัตร|เลขหน้าบัตร|(ขอ(?!ง)|บอก|แจ้ง|อ่าน)[^\n]{0,20}วันหมดอายุ",
        r"(ขอ(?!ง)|ถาม)[^\n]{0,20}(วันเกิด|เลขประจำตัว)",
        r"สแกน(ใบ)?หน้า",
        r"ถ่ายรูป.{0,8}บัตร",
        r"ถ่ายบัตร",
        r"รูปบัตร",
    ],
    "money_request": [
        r"(?<!vua )(?<!da )(?<!moi )chuyen (tien |khoan )?"
        r"(truoc|gap|ngay|het|vao|giup|tra|lai|\d|cho (em|anh|chi|minh|ben))",
        r"(phai|hay|vui long|yeu cau|bat|(?<!tin )bao|de nghi)\s.{0,15}(chuyen|nop|nap|dong (phi|tien))\b",
        r"can chuyen",
        r"\bcan (gap )?\d[\d.,]* ?(trieu|tr|nghin|k)\b",
        r"ต้อง(ใช้|การ)เงิน",
        r"\b(need|needs|needed)\b[^.!?\n]{0,10}\b[\d,.]+ ?"
        r"(baht|thb|usd|dollars|vnd|dong|pounds|euros?|million)\b",
        r"โอนค่า(?![^\n]{0,40}แล้ว)",  # "หนูโอนค่ากับข้าวให้แล้ว": done, not asked
        r"(nop|dong) (phi|tien (phat|bao lanh|xac minh|ho so)|phat|\d|\d+%)",
        r"(nop|dong|chuyen|thanh toan)\b[^.\n]{0,30}\btruoc khi nhan\b",
        r"(?<!bieu )phi (giao|van chuyen|ho so|thong quan|bao hiem|truoc ba|xu ly|mo khoa|dich vu)",
        # a bill is paid at a counter or in your own banking app; "Han thanh toan 15/06" is a date
        r"thanh toan (ngay|tai(?! (diem thu|quay|cua hang|buu dien|buu cuc|ung dung|app))|giup|phi"
        r"|\d(?!\d?/))",
        r"dat coc",
        r"(thanh toan|chuyen|nop|gui|tra).{0,40}\b(vao|qua|den) (stk|so tai khoan|tai khoan so)",
        r"(mua|nap) (giup|gium|ho)?.{0,25}the cao",
        r"(chup|gui|doc|nhan).{0,20}ma (so )?(the|nap)",
        r"(?<!da )(?<!vua )(?<!bao )\bnap\b(?! thanh cong)",  # "đã nạp thành công": a receipt
        r"thu phi",
        r"quet ma qr",
        r"ma qr",
        r"tai khoan (tam giu|an toan|dam bao|phong toa|ca nhan|nay|duoi|sau|mang ten)",
        r"muon .{0,12}(tien|trieu)",
        r"\b(transfer|send|pay|wire|lend)\b(?! (you|u) back| on delivery)(?:[^.!?\n]|\.(?=\d)){0,30}"
        r"(money|\bfee|deposit|account|cash|\$|£|usd|dollars|pounds|quid|euros?|baht|thb|vnd|dong|usdt|crypto"
        r"|bitcoin|\bbtc\b|\bwallet\b|\bbills?\b|\d ?(k|m|million|thousand)\b)",
        r"\b(return|send back|transfer back|give back)\b[^.!?\n]{0,20}\b(to|into) "
        r"(my|this|our|another|a different) (bank )?account\b",
        r"\b(pay|transfer|payment)\b[^.!?\n]{0,20}\b(upfront|up front|in advance)\b",
        r"\b(pay|transfer|send)\b[^.!?\n]{0,40}"
        r"\bbefore (you )?(receive|receiving|collect|collecting|delivery)\b",
        r"\bfee\b",
        r"\bpay\b(?:[^.!?\n]|\.(?=\d)){0,30}\b(penalty|fine|fee|tax|deposit|duty|bail)\b",
        r"\baccount (number )?to (transfer|send|pay)\b",
        r"\b(deposit|payment) of [\d,.]+ ?(baht|thb|vnd|dong|usd|million|k)\b",
        r"\b(safe|secure|verification|holding|protected|temporary|government)['’]? account\b",
        r"\b(transfer|processing|handling|legal|release|clearance) charges?\b",
        r"\b(import )?duty\b",
        # "view and pay it in your bank's app": your own channel, asked by nobody
        r"\bpay(ment)? ?:|\b(and|please|then) pay\b"
        r"(?![^.!?\n]{0,12}\b(in|at|through|via) (your|any|the) (own )?"
        r"(bank|banking|branch|service counter))",
        r"\bminimum (deposit|investment|start|top[- ]?up|amount)\b",
        r"\b(pay|payment|paid)\b[^.!?\n]{0,15}\b(online|now|here|via|through|today|within|securely|before)\b",
        r"\b(settle|clear)\b[^.!?\n]{0,15}\b(debt|balance|bill|payment|fee|fine|amount|dues)\b",
        r"\bsettle (it |this )?(now|today|before|within|by|immediately)\b",
        r"\b(call|contact|phone)\b[^.!?\n]{0,60}\bto (pay|settle)",
        r"\btop[- ]?up\b(?! successful)",
        r"gift ?cards?",
        r"\busdt\b|\bbitcoin\b|\bcrypto wallet",
        r"\b(bank|money|wire) transfer\b",
        r"\b(bail|ransom|holding deposit)\b",
        r"โอน(เงิน)?(มา|ไป)?(ให้|เข้า|ที่|ไปที่)?(บัญชี|เรา|ผม|ดิฉัน|เจ้าหน้าที่)",
        r"(ให้|ต้อง|กรุณา|โปรด)โอน",
        r"โอนเงินเพื่อ",
        r"โอน ?[\d,.]+ ?บาท ?(เข้า|ไปที่|ไปยัง|ไป|ให้)(บัญชี|แอดมิน|เรา)(?![^\n]{0,30}แล้ว)",
        r"โอนมา",
        r"โอน(เงิน)?ก่อน",
        r"โอน ?[\d,.]+ ?บาท(?![^\n]{0,30}แล้ว)",
        r"(ชำระ|จ่าย)(ค่า)?ภาษี|(ชำระ|จ่าย|โอน)[^\n]{0,30}ก่อน(ได้)?รับ",
        r"(?<!ยอดที่)(?<!ยอด)(กรุณา|ต้อง|โปรด)ชำระ",  # "ยอดที่ต้องชำระ": a statement's amount due
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
        r"(ต้อง|ให้)จ่าย|จ่ายภาษี",
        r"โอน(เงิน)?คืน",
        r"เลขบัญชี(ฝาก|โอน)|บัญชีฝากเงิน",
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
        r"\bhoan\b[^.!?\n]{0,12}\d",
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
        r"congrat",
        r"\byou (have |'ve )?(been )?(selected|chosen|picked)",
        r"\b(was|were|been) (drawn|picked|selected)",
        r"lucky (draw|winner|number)",
        r"\bwinn(er|ings)\b",
        r"jackpot|lottery",
        r"\bclaim (your|the|a|it)\b",
        r"\bclaim (before|now|here|at|by)\b",
        r"\bunclaimed\b",
        r"\bvoucher",
        r"\breward",
        r"\bbonus\b",
        r"cashback",
        r"guarantee",
        r"\bzero risk|\brisk[- ]free|\bno risk",
        r"\b(earn|make|made|making|earning)\b[^.!?\n]{0,20}(\d|\$)",
        r"(?<!\d)\d{1,4}+ ?%[^.!?\n]{0,12}\b(a|per|each|every|this) (day|week|month)",
        r"\d ?(k|usd|\$|dollars|baht|thb|vnd|dong|pounds|usdt)? ?(a|per|/) ?(day|hour)\b",
        r"\b(paid|earn|earning|income|profit|pay) daily\b|\bdaily (profit|income|pay|earnings|returns?)\b",
        r"part[- ]time",
        r"(work|job|earn) (from|at) home",
        r"no experience",
        r"\bcommission",
        r"\b(give|pay|offer) you \d+ ?%|\bconsignment\b",
        r"\b(per|for each) (task|like|follow|review|rating)\b|\bstart earning\b",
        r"(high|easy|passive|extra) (income|returns?|profits?|money)",
        r"\bvip\b",
        r"\b(trading|investment|invest) (bot|group|plan|platform|opportunity|signals?)",
        r"\beligible\b",
        r"\b(are |is )?owed\b",
        r"\bcompensation\b",
        r"\bsubsidy\b|\bgrant\b",
        r"\binheritance\b",
        r"\bloan\b.{0,20}\bapproved\b|\bapproved\b",
        r"\bno (guarantor|credit check|salary slip|collateral)\b",
        r"\bfree (gift|iphone|phone|money|cash|trip|reward)",
        r"refund",
        r"profit",
        r"ได้รับรางวัล",
        r"รางวัล",
        r"คืนเงิน",
        r"ได้คืน",
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
        r"(don['’]t|do not) tell",
        r"secret",
        r"\b(don['’]?t|do not|not to) (tell|inform|talk to|speak to|mention)\b"
        r"(?! (us|the bank|your bank|the police)\b)",
        r"\b(keep|kept) (this|it|the [a-z]+)( [a-z]+)? (between us|confidential|private|quiet|to yourself)",
        r"\bconfidential\b",
        r"\bgag order\b",
        r"(can['’]?t|cannot|can not) talk",
        r"\b(i['’]?m|i am) (in a meeting|busy|driving)\b[^.!?\n]{0,30}\b(text|message|explain|later)\b",
        r"\b(don['’]?t|do not) call,? (me,? )?(i['’]?m|i am|just|my phone)\b",
        r"(stay|remain) on the line|(don['’]?t|do not) hang up",
        r"\b(tell|inform) no ?one\b",
        r"ห้ามบอก(?!รหัส)(?!.{0,6}otp)",
        r"อย่า(เพิ่ง)?บอก(?!รหัส)(?!.{0,6}otp)",
        r"(ห้าม|อย่า)(คุย|ปรึกษา|เล่า)(กับ|ให้)",
        r"ห้ามวางสาย",
        r"\b(dung|khong duoc) goi (lai |cho )?(nha|nhe|ai|bo|me|ba|con|ngan hang|a)\b",
        r"khong (the )?nghe may duoc|(dang hop|dang ban|dang lai xe)\b[^.\n]{0,20}\bkhong (the )?nghe may",
        r"รับสายไม่ได้|อย่าโทร(มา|หา|กลับ)",
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
        r"\b[a-z0-9]+-[a-z0-9-]+\.(top|online|site|click|xyz|info|shop|live|vip)\b",
        # a hyphenated .com written bare ("toaan-giaytrieutap.com"); a full address ("https://stayhub-travel.com/…",
        # "trk.kexpress-th.com") is how real services write theirs
        r"(?<![/.])\b[a-z0-9]+-[a-z0-9-]+\.(com|net)\b",
        r"(ติดต่อ|โทร(กลับ)?).{0,40}0[689]\d[- ]?\d{3}",
        r"(lien he|goi (lai )?(so |cho )?)0[35789]\d{1,2}[ .]?\d{3}",
        r"lien he\b[^.\n]{0,40}\b0[35789]\d{1,2}[ .]?\d{3}",  # "liên hệ cán bộ điều tra Trần Minh 0937…"
        r"lien he (anh|chi|co|chu|ong|ba|em) \w+ 0\d",
        # an officer reached at a number the message gives: "gọi 0247… gặp cán bộ", "ติดต่อเจ้าหน้าที่ … 02-…"
        r"\b0\d{2,3}[ .]?\d{3}[ .]?\d{3,4} (de )?gap (can bo|nhan vien|dieu tra vien|ong|ba)\b",
        r"ติดต่อ(เจ้าหน้าที่|ศาล|ตำรวจ|พนักงานสอบสวน)[^\n]{0,30}0\d[- ]?\d{3}",
        # money "sent by mistake" to be returned: a stranger's money in your account is the bait
        r"\bchuyen nham\b|โอน(เงิน)?ผิด|\b(mistakenly|accidentally|wrongly) (sent|transferred|paid)\b",
        # an investment "expert"'s assistant and the group to join
        r"tro ly (cua )?(chuyen gia|thay|co)\b|\bvao nhom\b|nhom (zalo|telegram|vip)",
        r"ผู้ช่วย(ของ)?(อาจารย์|เซียน)|กลุ่มไลน์|เข้ากลุ่ม",
        r"\bjoin (our|the|my) (vip |investment |trading |private )?(group|channel)\b",
        # a recording that asks for a key press, a call passed on to "the police", money to be
        # returned to an account other than the one it came from
        r"recorded message|automated (call|voice)|robocall|\bpress (\d|one|nine)\b",
        r"cuoc goi tu dong|bam phim \d|สายอัตโนมัติ|กด ?\d ?เพื่อ",
        r"โอนสาย(ไป)?(ให้|ถึง)?(ตำรวจ|เจ้าหน้าที่)|transfer(red)? (the call|me|my call) to (the |a |an )?police",
        r"chuyen (may|cuoc goi) (sang|cho) (cong an|canh sat)",
        r"\b(send|transfer|pay) (it|the money) back to "
        r"(this|another|a different|my (mum|mom|mother)['’]?s) account",
        r"chuyen lai (?:(?:vao|qua|cho \w+) )?(so )?(tai khoan|stk) (nay|khac)",
        r"chuyen lai (vao|qua) (so|stk|tai khoan) ?\d",
        r"โอนคืน(เข้า)?บัญชี(นี้|อื่น| ?\d)",
        r"(ไลน์|line) ?@",
        r"แอดไลน์",
        r"เพิ่มเพื่อน",
        r"ไลน์ชื่อ",
        r"line ?:",
        r"\b(telegram|whatsapp|line|signal|wechat|viber|kakao)\b[^.!?\n]{0,25}@\w",
        r"\b(add|message|text|contact|chat with|find) (me|us|(our|my|their|his|her)( [a-z]+)?)( on| via)? "
        r"(telegram|whatsapp|line|signal|wechat|viber)\b",
        r"\b(text|message|contact|reach) me (on|via) (telegram|whatsapp|line|signal|wechat|viber)\b",
        r"\b(details|more info|send you|contact you|talk|chat)\b[^.!?\n]{0,20}"
        r"\b(on|via) (whatsapp|telegram|signal|wechat)\b",
        r"\b(call|contact|text|ring|reach|whatsapp|phone)\b[^.!?\n]{0,40}(\+\d{2}|\b0\d{1,3})[ .-]?\d{3}",
        r"^from:? ?\+\d",
        r"\b(friend|wife|husband|staff|agent|officer|owner|colleague|cousin|brother|sister|manager)['’]?s? "
        r"(bank )?account\b",
        r"\baccount of (our|my|a|the|his|her) (staff|agent|officer|employee|colleague|manager)",
        r"\brecruit(er|ment)\b|\bwe (found|saw|got) your (profile|number|contact|cv)\b",
        r"ไลน์ส่วนตัว",
        r"บัญชีส่วนตัว",
        r"บัญชีบุคคล",
    ],
    "impersonated_contact": [
        r"\b(con|chau|em|minh)\s+(la\s+)?\w*\s*(day|nay)\b.{0,80}(muon|chuyen|gap|otp|ma)",
        r"mang yeu",
        r"nguoi nha ban",
        r"tai khoan (cua )?(chau|con|em|minh) (dang )?bi",
        r"lo dang ky .{0,40}so dien thoai cua ban",
        r"(goi|call) video.{0,60}(mo|tat|blurr)",
        r"chieu (con|chau|em) (gui|tra)",
        r"ten mot nguoi khac",
        r"\b(my|this is my|here['’]?s my|it['’]?s my) new (phone|number|phone number)\b",
        r"\b(lost|dropped|broke|broken|smashed|stolen) (my )?phone\b"
        r"|\bmy phone (is |was |got )?(broken|lost|stolen|dead|gone)"
        r"|\b(wallet|phone|bag|passport)( and (my )?(wallet|phone|bag|passport|cards?))?"
        r" (was|were|got) stolen\b",
        r"\b(on|from|using) (a|my) friend['’]?s phone\b",
        r"\b(hi|hey|hello) (mum|mom|mam|dad|grandma|grandpa|gran|nan|nana)\b[^.!?\n]{0,15}"
        r"\bit['’]?s (me|[a-z]+)\b",
        r"\b(dad|mum|mom)\b,? it['’]?s [a-z]+\b",
        r"\bsounded like (me|him|her|my|your)",
        r"\b(pretend|pretending|posing|claiming) to be (me|your|my|his|her)\b",
        r"ลูกเอง",
        r"หลานเอง",
        r"เปลี่ยนเบอร์",
        r"ไลน์ใหม่",
        r"ยืมเงิน.{0,20}(ก่อน|ด่วน)",
    ],
}

_NEGATION = re.compile(
    r"(?<!neu )(?<!if i )(?<!if you )(?<!if we )(?<!unless )"  # "if I don't pay by bank transfer": a threat
    r"\b(khong(?! (dau|day|duong|khoi|khi)\b)|chang|never|not(?! you\b)|don['’]t|do not|no need"
    r"|didn['’]?t|did not|doesn['’]?t|does not|won['’]?t)\b"
    r"|\bdung (cung cap|chia se|doc|dua|bam|gui|chuyen|nhap|cai|tai|noi)\b"
    r"|อย่า|ห้าม(?!ปิด)|ไม่มีนโยบาย|ไม่เคย|ไม่ได้(ขอ|ให้)|ไม่(ขอ|ให้|ควร|รับ|ส่ง)"
    # "if anyone asks you for…" / "if you have just…" is a warning, not a request
    r"|\bneu (co )?(ai|nguoi)|\bif (someone|anyone|a caller)|(ถ้า|หาก)(มี(ใคร|คน)|เพิ่ง)"
    # what scammers trick people into is told, not asked ("มิจฉาชีพ…หลอกให้โหลดแอป", "หลอกคนแก่ให้โอน"); a victim's
    # "ถูกหลอกให้โอน" (I was tricked into it) stays a request
    r"|(?<!ถูก)(?<!โดน)หลอก\S{0,24}$"
    r"|\btrick(s|ing)? (people|victims|the elderly|older people|users) into [^,]{0,20}$"
    r"|\blua (nguoi dan|nguoi gia|nan nhan|ba con) [^,]{0,20}$"
    # "một băng giả danh điện lực gọi điện dọa cắt điện rồi bắt chuyển tiền": the gang's request, retold
    r"|\b(bang|nhom|duong day|doi tuong|ke) (gia danh|mao danh|gia mao)\b[^,]{0,60}$"
    # "อีเมลนี้ไม่มีลิงก์", "no link to click": a notice saying what it does not contain
    r"|ไม่มี ?$|\bno (links?|buttons?)?( to| for)? ?$"
)
_PROTECTIVE = re.compile(
    r"khong bao gio|(dung|khong) (cung cap|chia se|doc|dua|bam)|cup may"
    r"|never (ask|share|send|include)|do not share|hang up"
    r"|\b(does|do|will) not (ever )?(send|ask|call)\b"
    r"|(?<!if i )(?<!if you )(?<!if we )\bdon['’]?t (share|click|reply|pay)\b"
    r"|\b(just )?(delete|ignore) (it|this|them)\b|\bblock (the|this) (number|sender)\b"
    r"|ไม่มีนโยบาย|อย่าบอก|อย่าให้|อย่าส่ง|อย่าโอน|(?<!ห้าม)วางสาย|แจ้งเตือน|ระวัง",
    re.IGNORECASE,
)
# A warning *about* scammers ("criminals pose as the police and ask you to install…") names the
# same requests a scam makes; it is a warning when it says so and sends you nowhere.
_ABOUT_SCAMS = re.compile(
    r"ke (gian|xau|lua dao)|doi tuong lua dao|gia (danh|mao|cong an|canh sat)|thu doan|scammer|fraudster"
    r"|criminals|\bfake (police|officers?|calls?|bank|video calls?)"
    r"|\bscams?\b|\bgang\b|pretending to be|posing as|claiming to be|\bbeware of\b|fell for|mao danh"
    r"|มิจฉาชีพ|แก๊ง|แอบอ้าง|หลอกลวง",
    re.IGNORECASE,
)
# A story pointed at ("bà xem bài này", "อ่านข่าวนี้", "read this article"): its link is the story, and
# the threats in it are the scammers', told.
_SHARED_STORY = re.compile(
    r"\b(xem|doc) (bai|tin|bao) (nay|bao)\b|\bbai bao\b|อ่านข่าว|ข่าวนี้"
    r"|\b(read|see|look at) (this|the) (article|story|news|report)\b",
    re.IGNORECASE,
)
# A notice that offers a branch, or says nothing need be done, sends nobody to its link in a hurry:
# "read the changes at … or ask at any branch. No action is needed."
_OWN_CHANNEL = re.compile(
    r"\bhoac (tai|den|ra) (quay|chi nhanh|phong giao dich)|\bkhong can (lam gi|thao tac)"
    r"|หรือ(สอบถาม|ติดต่อ)?(ได้)?ที่สาขา|ไม่ต้องดำเนินการ"
    r"|\bor (ask |enquire |visit (us )?)?(at |in )?(any|a|your|our|the nearest) branch\b"
    r"|\bno action (is )?(needed|required)\b",
    re.IGNORECASE,
)
# An offer of money or a gift that is "free" is a shop's, not a payout's.
_MERE_OFFER = re.compile(r"free|mien phi|ฟรี|uu dai|voucher|discount", re.IGNORECASE)
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_CLAUSE_END = re.compile(r"[.!?\n;]|, (?:and|then|but) ")  # "…not talk to anyone, and wire 150,000 baht"
_THAI_NEXT_CLAUSE = re.compile(r"\s(?=แล้ว|จากนั้น|ต่อมา|ทีนี้|แต่|และให้)")
_COMPILED = {flag: [re.compile(p, re.IGNORECASE | re.MULTILINE) for p in ps] for flag, ps in PATTERNS.items()}
_ADDRESS = _COMPILED["link"][0]


@dataclass(frozen=True)
class RedFlag:
    kind: Flag
    evidence: str


@dataclass
class ScamCheck:
    flags: list[RedFlag] = field(default_factory=list)
    protective: bool = False  # the message itself warns ("never share your OTP", "hang up")
    about_scams: bool = False  # it talks about scammers and their tricks
    shares_a_story: bool = False  # it points at an article ("read this")
    offers_own_channel: bool = False  # "or ask at any branch", "no action is needed"
    links: list[LinkCheck] = field(default_factory=list)  # each link's verdict (official, look-alike…)

    @property
    def kinds(self) -> set[Flag]:
        return {f.kind for f in self.flags}

    @property
    def verdict(self) -> Verdict:
        kinds = self.kinds
        asks, pressure = kinds & DANGEROUS_ASKS, kinds & PRESSURE
        # Nobody has a reason to ask for a code that arrived on someone else's phone.
        strong = (
            (asks and pressure)
            or len(asks) >= 2
            or len(pressure) >= 3
            or "otp_request" in asks
            or self._payout_through_a_private_channel()
        )
        if strong and not self._warning_only(kinds, asks):
            return "likely_scam"
        return "suspicious" if asks or len(pressure) >= 2 else "no_signs"

    def _payout_through_a_private_channel(self) -> bool:
        """Income, a prize or a refund to be had through a chat ID or a personal number ("add our agent
        on LINE @…", "kết bạn Zalo 03… để nhận việc"): no employer, lottery or airline pays out so."""
        offer = next((f.evidence for f in self.flags if f.kind == "too_good"), None)
        return offer is not None and "odd_sender" in self.kinds and not _MERE_OFFER.search(offer)

    def _warning_only(self, kinds: set[Flag], asks: set[Flag]) -> bool:
        pressure = kinds & PRESSURE
        if asks == {"link"} and "lookalike_link" not in kinds:
            if self.about_scams and (self.shares_a_story or pressure <= {"authority", "odd_sender"}):
                return True  # news shared: "police caught the gang pretending to be DHL https://…"
            if self.offers_own_channel and pressure <= {"authority"}:
                return True  # a bank's notice of new terms, to read online or at a branch
        if not self.protective or "secrecy" in kinds:
            return False
        if self.about_scams:
            return "link" not in asks
        return asks <= {"money_request", "otp_request"}


def check_message(text: str) -> ScamCheck:
    """Every red flag in the text, at most one per kind, with the words that raised it."""
    folded = fold_latin(text)
    addresses = [match.span() for match in _ADDRESS.finditer(folded)]
    flags = []
    for kind, patterns in _COMPILED.items():
        if evidence := _first_match(kind, patterns, folded, text, addresses):
            flags.append(RedFlag(kind, evidence))
    links = [check_link(link) for link in find_links(text)[:MAX_LINKS_CHECKED]]
    flags = _link_flags(links, {f.kind for f in flags}) + flags  # the link's own sign first
    return ScamCheck(
        flags,
        protective=bool(_PROTECTIVE.search(folded)),
        about_scams=bool(_ABOUT_SCAMS.search(folded)),
        shares_a_story=bool(_SHARED_STORY.search(folded)),
        offers_own_channel=bool(_OWN_CHANNEL.search(folded)),
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


def _first_match(
    kind: Flag, patterns: list[re.Pattern[str]], folded: str, original: str, addresses: list[tuple[int, int]]
) -> str | None:
    """The words that raise `kind`, never taken from an address for the pressure a sender puts on its
    reader: "thainews-today.net/…/call-centre-gang-arrested" names a site and a story, it threatens
    nobody. The address itself is still judged as a link."""
    for pattern in patterns:
        for match in pattern.finditer(folded):
            if kind in _PROSE_ONLY and any(start <= match.start() < end for start, end in addresses):
                continue
            if kind in DANGEROUS_ASKS and _negated(folded, match.start()):
                continue
            if pattern is _ADDRESS and not _sends_you_somewhere(match.group(0)):
                continue
            return original[match.start() : match.end()].strip()
    return None


def _sends_you_somewhere(written: str) -> bool:
    """An address is a red flag unless it is an official one ("www.rd.go.th") or no address at all:
    a word glued to the next sentence ("well-known.Then") has no public ending."""
    if " " in written or "[" in written or "(" in written:
        return True  # "grab-reward2026 . top": written so it cannot be clicked
    link = parse_link(written)
    if link is None:
        return written.lower().startswith(("http", "www."))
    return check_link(link).verdict not in ("official", "app_store")


def _negated(folded: str, start: int) -> bool:
    """A request preceded by "don't" / "never" / "อย่า" is a warning, not a request."""
    window = folded[max(0, start - 80) : start]
    clause = _CLAUSE_END.split(window)[-1]
    if _THAI.search(clause):  # Thai has no full stops: "…, then (แล้ว) transfer" starts a new clause
        clause = _THAI_NEXT_CLAUSE.split(clause)[-1]
    return bool(_NEGATION.search(clause))
