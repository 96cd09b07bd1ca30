"""What a message offers as evidence for the two alarming flows, read from its words alone.

The intent classifier learnt from keyword-rich examples, so "a question *about* money, codes or
links" and "I *lost* money / check *this* message" look alike to it. These cues tell them apart:
whether harm is said to have happened (and not denied: "chưa chuyển", "suýt"), whether the text
reads as a forwarded message (a sender tag, a link, a quoted passage, a phone number; with no
quote or link, a lead-in such as "bên ngân hàng nhắn:", the sender's name heading it, or "is this
real?" after it), or describes a call or message received, and whether a secret typed here was
given to anyone. Vietnamese is matched folded (no diacritics), so both ways of typing read the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from bot.redflags import BARE_ENDINGS, check_message
from knowledge.text import fold_latin

_WHO = r"(no|ho|nguoi|ben|ten|chung|thang|ke|ong|ba|anh|chi|bon|nhan vien|can bo|con do)"
_ME = r"(toi|tui|minh|em|bac|ba|ong|me|bo|chau|con|co|chu|cu)"
_STRANGER = (
    r"(nguoi la|ke la|nguoi ta|thanh nien|cau thanh nien|ai do|mot (nguoi|thang|cau|anh|chi|co|ong|ba))"
)
HAPPENED = re.compile(
    # Vietnamese: "lỡ chuyển", "đã đọc mã cho nó", "chuyển 100tr cho bọn giả…", "bị lừa mất 5 triệu".
    r"\blo (tay )?(chuyen|ck|dua|doc|gui|bam|cai|tai|quet|bi lua|cho|dang nhap|nhap .{0,30}vao (trang"
    r"|web|link))"
    r"|\b(da|vua|moi) (lo )?(chuyen|ck|doc|dua|gui|cai|tai|tra|nop|quet)\b.{0,40}(cho {WHO}|roi\b"
    r"|mat\b|het\b)"
    r"|\b(chuyen|ck|nop|gui|dua|doc|cai|tai) .{0,50}\broi\b.{0,40}(chan|block|khong (lien lac|goi"
    r"|nghe)|tat may)"
    # Money sent, and the one it went to no longer answers: "chuyển tiền vào tài khoản tạm giữ, sáng
    # nay gọi lại không ai bắt máy", "ck xong thì thuê bao".
    r"|\b(chuyen|ck|nop|gui|nap)\b.{0,80}\b(khong ai (bat may|nghe may|nghe|tra loi)|khong (bat|nghe) may"
    r"|thue bao|khong (con )?lien lac duoc|mat lien lac|goi (lai )?khong (duoc|ai nghe))"
    # Someone's word followed: "nghe lời người ta chuyển tiền", "nghe theo nó cài app".
    r"|(?<!dung )(?<!khong )(?<!chua )\bnghe (loi|theo) {WHO}( ta| ay)? (chuyen|ck|nap|nop|cai|tai|doc|dua"
    r"|bam|nhap|gui)\b"
    # What the caller asked for, done, and something after it: "nó bảo đọc mấy số…, tôi đọc rồi, xong
    # có tin báo liên kết ví", "bác làm theo rồi thì thấy…".
    r"|\b(toi|tui|minh|em|bac|ba|ong|me|bo|chau) (da |lo |cung )?(doc|dua|gui|nhap|bam|lam theo)( cho (no|ho"
    r"|nguoi ta))? (roi|xong)\b.{0,20}\b(xong|thi|gio|sau do|roi)\b"
    r"|\b(nhap|dien|go|dang nhap) .{0,40}vao (mot |1 |cai )?(roi|trang|web|link|duong link)\b"
    r"|\b(trang|web|link)\b.{0,60}\b(nhap|dien|go) .{0,30}\broi\b"
    r"|\b(cai|tai) .{0,40}theo (huong dan|loi|link|yeu cau)|\b(cai|tai) (ung dung |app )?(ultraviewer"
    r"|anydesk|teamviewer)"
    r"|\b(de|cho) (nguoi la|ho|no|nguoi ta|ben do) (cam|dieu khien|thao tac|cai)"
    r"|\b(dang|da) (thao tac|dieu khien) (tren )?(may|dien thoai)"
    r"|\b(cai|tai) (file |tep )?apk\b"
    # ("biết cách chặn số" is the learner's own defence, not a scammer's block.)
    r"|(?<!cach )(?<!biet )(?<!de )(?<!nen )(?<!muon )(?<!hay )\b(chan|block) (zalo|facebook|fb|so|lien lac"
    r"|toi|tui|minh|em)\b"
    r"|\bbi (lua|lua dao|chiem doat|hack|lay)\b.{0,20}(\b(mat|het|roi)\b|\d)"
    r"|\bbi lua (roi|mat|het)|mat (het |sach )?(\d+ ?(trieu|nghin|ngan|k|tr|cu) |tien )(roi|het|sach)"
    r"|\bbi (rut|lay) (mat |het )?(tien|\d)|(tai khoan|tk) (bi|da bi) (rut|mat)"
    # An account found, afterwards, left with a few thousand dong: "xong xem lại thì tài khoản còn có
    # 300 nghìn", "giờ tk chỉ còn 50k".
    r"|\b(xong|roi|gio|thi|sau do|luc sau|sang ra)\b.{0,20}\b(tai khoan|tk)( gio| bay gio)?( chi)? con"
    r" (co |lai |dung )?\d+ ?(nghin|ngan|k|dong)\b"
    # English.
    r"|\b(already|just|accidentally|mistakenly) (sent|transferred|paid|gave|shared|installed|clicked|typed"
    r"|entered|read|told|downloaded)"
    r"|\b(i|we|he|she|they|mum|mom|dad|my \w+|wife|husband)\b.{0,30}?( have| had|'ve)? (sent"
    r"|transferred|transfered"
    r"|paid|put in|invested|deposited|lost)\b.{0,60}\b(scammers?|fake|blocked|stranger|caller|someone|agent"
    r"|seller|police|guy|girl|him|her|them|they|he|she|debt collectors?|loan company)\b"
    r"|\b(lost|invested|put in) .{0,20}\d"
    r"|\b(gave|shared|told|read|typed|entered) .{0,30}\b(otp|code|password|pin|card|details)"
    r"|\b(installed|downloaded) .{0,30}\b(app|apk|anydesk|teamviewer|ultraviewer|file)"
    r"|\bclicked .{0,20}\blink"
    # An account all but emptied: "my account is nearly empty", "now my balance is almost gone".
    r"|\b(account|balance) (is|was|'s) (now )?(nearly|almost|all but) (empty|drained|gone|zero)"
    r"|\b(sent|transferred|paid)\b.{0,80}\b(blocked|dead|disappeared|vanished|gone|stopped answering"
    r"|not answering|never (came|arrived))"
    r"|\b(installed|downloaded) .{0,20}(anydesk|teamviewer|ultraviewer|apk)|\bblocked me\b"
    r"|\b(was|got|been|were) scammed|\bscammed me|\b(stole|emptied|drained)\b|\bmoney (is|was) (gone"
    r"|taken|missing)"
    # Thai.
    r"|(โอน|จ่าย)(เงิน)?(ไป|ให้).{0,40}(แล้ว|ติดต่อไม่ได้|ไม่ติด|บล็อก)|(โอน|ส่ง|บอก|กด|ติดตั้ง"
    r"|กรอก)(เงิน|รหัส|ลิงก์|แอป)?.{0,12}ไปแล้ว|กรอก(รหัส|ข้อมูล|เลขบัตร).{0,30}(เว็บ|ลิงก์)"
    r"|(บอก|ให้|อ่าน|กรอก|ใส่|ส่ง)(รหัส|โอทีพี|otp).{0,30}แล้ว|เพิ่ง(โอน|กด|ติดตั้ง|บอก|ให้|ส่ง|กรอก)"
    r"|(ถูก|โดน)หลอก(ให้)?(โอน|แล้ว|ไป)|เผลอ|หลงเชื่อ|ติดตั้ง.{0,40}แล้ว|(?<!ให้)กด(ลิงก์|ลิ้งค์"
    r"|ลิงค์).{0,10}แล้ว"
    r"|เงินหาย|(ถูก|โดน)ดูดเงิน(ไป|แล้ว|หมด)".replace("{WHO}", _WHO),
    re.IGNORECASE,
)
# A request, then the learner telling it done: "bảo tôi đọc mấy con số vừa gửi vô máy để nhận quà tri
# ân, tôi đọc rồi", "bảo bác bấm vô cái đường dẫn họ gửi, bác bấm rồi". Harm only when a caller or a
# stranger's link made the request (an app's own "nhập mã OTP", done, is no one's scheme).
DONE_AS_ASKED = re.compile(
    r"\b(bao|keu|bat|huong dan|chi|nho|yeu cau|doi|xui|dan) ({ME} )?(bam|an|nhan|cai|tai|mo|vao|doc|nhap"
    r"|dien|go|quet|chup|gui|dua)\b.{0,80}\b{ME} (da |cung |lo |vua |moi )?(bam|an|nhan|cai|tai|mo|vao|doc"
    r"|nhap|dien|go|quet|chup|gui|dua|lam theo)( vao| vo| theo| luon| het| ve| cho (no|ho|nguoi ta))?"
    r" (roi|xong|luon)\b".replace("{ME}", _ME)
)
A_CALLER = re.compile(
    r"\b(goi|xung|tu xung|nhan tin|nguoi la|nguoi ta|link|duong dan|duong link|zalo|messenger)\b"
)
# Harm told through a scheme's details rather than in words of loss: the learner names what they did
# and what came of it, not "I was scammed".
TOLD_THROUGH_SCHEME = re.compile(
    # Digits read or typed "để nhận quà / hoàn tiền", said as done: "bác đọc mã để nhận quà rồi".
    r"\b{ME} (da |lo |vua |cung )?(doc|dua|gui|nhap|dien|go|quet|chup|cho)\b.{0,50}\bde (duoc (nhan |lay )?"
    r"|(nhan|lay)( lai)? )(qua|tien|hoan|tri an|thuong|uu dai|khuyen mai|bao hiem)\b.{0,40}\b(roi|xong)\b"
    # A code, its photo or its digits handed to anyone, then a loss or an odd event: "em chụp mã OTP
    # gửi cho shop online để xác nhận đơn, giờ tk mất tiền". A loss only asked about ("…xong có bị
    # mất tiền không") is no loss.
    r"|\b(chup|doc|gui|dua|cho|bao|noi|nhap|dien|go|khai|cung cap)\b.{0,20}\b(ma|otp|mat khau|passcode"
    r"|so the|pin|con so|may so|\d so|cvv|so dang sau)\b.{0,120}\b(gio|xong|sau do|sang nay|hom nay"
    r"|toi nay|chieu nay|luc sau|sang ra|ve nha)\b.{0,25}(?<!co )(?<!se )(?<!the )(?<!co bi )(?<!se bi )"
    r"(?<!the bi )(?<!khong bi )(?<!chua bi )(?<!chua )(?<!khong )(?<!ko )\b(mat (tien|het|sach|\d)"
    r"|bi (tru|rut|mat)|tru (tien|\d)"
    r"|khong (rut|dang nhap|vao) (duoc|ra)|giao dich la|thay (la|sao sao|ky)|sao sao"
    r"|(tai khoan|tk|the) (ve|con) (0|khong))"
    # An app installed from a stranger's link, found fake or deleted afterwards: "cài app VNeID mà
    # một cháu gửi link qua zalo, hôm nay mới biết là app giả, bác xóa rồi".
    r"|\b(cai|tai)\b.{0,60}(\b(link|duong dan|nguoi la|nguoi goi)\b|\b(ai|nguoi|nguoi ta|chau|ong|ba|anh"
    r"|chi|ho|no) .{0,15}\bgui\b).{0,80}\b(xoa|go)( bo)?( (no|app|ung dung|di|het|luon))? (roi|luon|xong"
    r"|ngay)\b"
    r"|\b(cai|tai)\b.{0,80}\b(moi biet|hoa ra|phat hien|thi ra)\b.{0,20}\b(la )?(app |ung dung |trang |link"
    r" |web )?(gia|lua dao|lua)\b"
    # ...or followed by an odd event: "tải app Dịch vụ công ai đó gửi trên zalo, giờ không mở được app
    # ngân hàng nữa".
    r"|\b(cai|tai)\b.{0,60}(\b(link|duong dan)\b.{0,20}\bgui\b|\bgui (tren|qua) (zalo|messenger|facebook"
    r"|tin nhan)\b|\b(ai do|nguoi ta|nguoi la|ho|no) gui\b)"
    r".{0,40}\b(gio|xong|sau do|roi|thi)\b.{0,30}\b(khong (mo|vao|dang nhap|dung) (duoc|len)|bi (treo|khoa"
    r"|dung|do)|tu (bam|chay|sang|tat|mo)|man hinh (den|xanh|tat))"
    # A QR scanned or a link pressed, then a login or a code typed there: "tôi quét cái mã qr rồi đăng
    # nhập tài khoản ngân hàng trên trang đó".
    r"|\b{ME} (da |lo |vua )?(quet|bam|an|vao)\b.{0,30}\b(qr|link|duong dan)\b.{0,20}\b(roi|xong)\b.{0,10}"
    r"\b(dang nhap|nhap|dien|go)\b"
    # A fee paid, then more asked for: "đã chuyển 3 lần tiền phí cho app vay…, giờ nó bảo nộp thêm".
    r"|\b(da|vua|moi|{ME}) (chuyen|ck|nop|dong|tra|nap)\b.{0,40}\bphi\b.{0,120}\b(nop|dong|chuyen|ck|nap|tra)"
    r" them\b"
    # English: a photo of a code sent, digits read out, an install the caller had the learner make,
    # an app installed and then deleted or found fake.
    r"|\b(sent|texted|forwarded|showed|gave)\b.{0,30}\b(photo|picture|screenshot|pic|snap)\b.{0,30}\b(otp"
    r"|code|card|pin|password|digits)"
    r"|\b(read|gave|told|typed|entered)( out)? .{0,30}\bdigits\b"
    r"|\b(had|made|got|talked|walked) (me|him|her|us|my \w+|mum|mom|dad) (to |into |through )?(install"
    r"|download|click|tap|press|open)\w*"
    r"|\b(installed|downloaded)\b.{0,80}\b((deleted|uninstalled|removed) (it|the app)|(turned out|found"
    r" out|realised|realized)\b.{0,30}\b(fake|scam))"
    # Thai: a photo of a code sent, an app from a link deleted afterwards.
    r"|(ส่ง|ถ่าย)(รูป|ภาพ)(รหัส|โอทีพี|otp|เลข).{0,40}(ให้|ไป)"
    r"|(ลง|ติดตั้ง|โหลด)(แอป|แอพ).{0,60}(ลิงก์|ลิ้งค์|ลิงค์|เขาส่ง|คนโทร|ปลอม).{0,60}ลบ(ทิ้ง|ออก)?(ไป)?แล้ว"
    r"|(ลง|ติดตั้ง|โหลด)(แอป|แอพ).{0,80}(ที่แท้|ปรากฏว่า|รู้ทีหลัง).{0,20}(ปลอม|หลอก)"
    # A tax or a fee "to receive the prize", told as paid: "bắt chuyển 3 triệu tiền thuế để nhận quà, mẹ
    # chuyển rồi".
    r"|\b(thue|phi)\b.{0,20}\bde (duoc )?(nhan|lay)( lai)? (qua|thuong|giai|tien|hoan)\b.{0,40}\b{ME}"
    r" (da |cung |vua )?(chuyen|ck|nop|dong|nap|tra)( het| luon| lien| ngay)? (roi|xong|luon)\b"
    # The phone handed to a stranger "to help", then money gone: "cho người lạ mượn điện thoại để 'cài
    # giúp ứng dụng'…, tài khoản bị trừ tiền"; "let a man at the market borrow my phone… money was taken".
    r"|(\b(cho|de|nho)\b.{0,12}\b{STRANGER}\b.{0,30}\b(dien thoai|may|dt)|\b(dua|giao|cho muon)\b.{0,6}"
    r"\b(dien thoai|may|dt)\b.{0,12}\b{STRANGER})\b.{0,120}(\bmat (tien|het|sach|\d)"
    r"|(?<!co )(?<!se )(?<!khong )\bbi (tru|rut|mat)\b|(?<!co bi )(?<!se bi )(?<!khong bi )\btru (tien|\d))"
    r"|\b(let|gave|handed|lent)\b.{0,30}\b(stranger|a (man|woman|guy|young man|lady|boy)|someone)\b.{0,40}"
    r"\bphone\b.{0,120}\b(money|baht|dong|savings)\b.{0,30}\b(gone|taken|missing|deducted|disappeared)"
    r"|(ให้|ยื่น)(คนแปลกหน้า|คนไม่รู้จัก|ผู้ชาย|ผู้หญิง|เด็ก).{0,30}(ยืม|ช่วย)?(มือถือ|โทรศัพท์).{0,120}(เงินหาย"
    r"|ถูกหัก|โดนหัก|ถูกตัด|โดนตัด)"
    # A screen shared with a caller, then the bank's app opened: "bật chia sẻ rồi mở app ngân hàng luôn";
    # "through a screen sharing app and then opened her bank app"; "ให้ยายเปิดแชร์หน้าจอแล้วเข้าแอป
    # ธนาคาร ยายทำตามไปแล้ว".
    r"|\bchia se\b.{0,60}\b(mo|vao|dang nhap)( vao)? (app |ung dung )?(ngan hang|bank|\w+bank)\b"
    r"(?!.{0,40}\b(thi|co sao|co bi|co nguy hiem|duoc khong|khong sao|co sao khong)\b)"
    r"|\b(lo|da|vua) (bat |mo )?chia se man hinh\b"
    r"|(\bscreen ?shar\w*|\bshar\w* (my |her |his |the )?screen)\b.{0,80}\b(opened|logged (in|into)"
    r"|went into)\b.{0,30}\bbank"
    r"|แชร์หน้าจอ.{0,80}(ทำตาม|เข้าแอป|เปิดแอป).{0,40}แล้ว"
    # A fee paid, then more asked for, in English and Thai: "paid the fee… now they want more", "โอน
    # ค่าธรรมเนียมกู้เงินไปแล้ว 2 รอบ เขาบอกต้องโอนอีก", "…ไปแล้ว 3,000 บาท ตอนนี้เขาขอเพิ่มอีก".
    r"|\b(paid|sent|transferred)\b.{0,50}\b(fees?|deposit|tax|charges?)\b.{0,80}\b(want|wants|asking|asked"
    r"|demand\w*|need)( me| her| him| us)?( to pay)? (more|another|again|extra)\b"
    r"|(โอน|จ่าย)(เงิน)?ค่า.{0,50}แล้ว.{0,60}(โอน|จ่าย|ขอ|เรียก)(เงิน)?(เพิ่ม|อีก)"
    # Money paid, then the recipient's name found to be someone else's: "quét mã QR ở chợ chuyển 500
    # nghìn rồi mới thấy tên người nhận không phải chủ sạp", "paid by QR and then saw the name wasn't
    # the shop's", "โอนไป 1,200 บาท เพิ่งเห็นว่าชื่อผู้รับไม่ใช่ชื่อร้าน". Asked in advance ("nếu…",
    # "if…", "ถ้า…") it is denied like any supposed case.
    r"|(\b(chuyen|ck|tra|thanh toan|nop)\b.{0,60}\b(roi|xong|luon)\b|\b(da|lo|vua) (chuyen|ck|tra|thanh toan"
    r"|nop)\b).{0,60}\bten (nguoi nhan|tai khoan|tk|chu tai khoan|chu tk|ben nhan|hien ra|hien len)\b.{0,20}"
    r"\b(khong phai|khac|khong trung|khong giong|la (cua )?nguoi khac)\b"
    r"|\b(paid|sent|transferred|scanned)\b.{0,80}\b(name|recipient|payee|account holder)\b.{0,30}"
    r"\b(wasn't|was not|isn't|is not|didn't match|did not match|doesn't match|not the (shop|store|seller"
    r"|stall|vendor))"
    r"|(?<!ให้)(โอน|จ่าย|สแกน)(เงิน|คิวอาร์|qr|จ่าย)?\s?(ไป|แล้ว).{0,80}ชื่อ(ผู้รับ|บัญชี|คนรับ|ปลายทาง)?.{0,15}"
    r"(ไม่ใช่|ไม่ตรง|ไม่เหมือน)"
    # Money gone from an account, in English: "now money has left my account".
    r"|\b(money|baht|dong|savings|\d)\b.{0,12}\b(has |had |just )?(left|gone from|been taken from|been"
    r" deducted from|disappeared from) (my|her|his|their|our) (bank )?account".replace("{ME}", _ME).replace(
        "{STRANGER}", _STRANGER
    ),
    re.IGNORECASE,
)
# Money sent, then the one it was meant for says it was not them: "tui chuyển 10 triệu, gọi lại nó nói
# không phải nó", "chiều con gọi về bảo không phải nó nhắn", "my grandson rang later and said it wasn't
# him", "โทรกลับไปถามหลาน บอกว่าไม่ได้ขอ". Harm told outright, which no classifier overrules.
UNMASKED = re.compile(
    r"\b(goi lai|goi ve|hoi lai|goi hoi|gap|nhan lai|lien lac)\b.{0,40}\b(bao|noi|thi|moi biet|hoa ra)\b"
    r".{0,15}\b(khong phai|chang phai) (la )?(no|con|chau|em|anh|chi|ong|ba|me|bo|minh)\b"
    r"|\b(said|says|told (me|us|her|him))\b.{0,20}\b(it (wasn't|was not) (him|her|them)"
    r"|(he|she|they) (never|didn't|did not) (call|text|message|ask)\w*)"
    r"|(โทรกลับ|ถาม|ติดต่อ).{0,40}(บอกว่า)?(ไม่ใช่(เขา|ลูก|หลาน|ตัวจริง)|ไม่ได้(โทร|ทัก|ขอ))"
    # ...or that they are fine, never in the trouble the money was for: "gọi cho con thì nó bảo nó đang
    # đi làm bình thường", "my son picked up and said he was at work all day", "โทรหาลูก ลูกบอกว่าสบายดี".
    r"|\b(goi|hoi|lien lac|gap|nhan tin)\b.{0,40}\b(bao|noi|thi|moi biet|hoa ra)\b.{0,25}\b(di lam|o nha"
    r"|di hoc|dang lam|binh thuong|van khoe|khoe (manh|re|lam)|khong (sao|co chuyen gi|bi (gi|sao|tai nan|om)"
    r"|(he )?(nam vien|cap cuu|nhap vien|o vien|o benh vien|bi bat|vay|no))|co (sao|bi gi|chuyen gi) dau)\b"
    r"|\b(said|says|told (me|us|her|him))\b.{0,25}\b((he|she|they)('s| is| was| were| are|'d been| had been)"
    r" (fine|ok|okay|safe|well|at work|at home|at school|at the office|never in)\b|nothing (had )?happened)"
    r"|(โทรกลับ|โทรหา|โทรไปหา|ถาม|ติดต่อ).{0,40}(สบายดี|ไม่ได้เป็นอะไร|ทำงานอยู่|อยู่บ้าน|อยู่ที่ทำงาน"
    r"|ไม่ได้(อยู่|เข้า|นอน)โรงพยาบาล|ไม่ได้ป่วย|ไม่ได้(ประสบ|มี)อุบัติเหตุ|ไม่ได้(ถูก|โดน)จับ)"
)
# Money paid through a QR code at a counter, then the shop says the code was not theirs: a sticker laid
# over the real one ("chuyển nhầm 4 triệu vì quét cái mã QR dán ở quầy, chủ quán nói mã đó không phải của
# họ", "scanned the QR on the counter and paid 900 baht, the shop says it isn't their code", "สแกนคิวอาร์
# ที่เคาน์เตอร์จ่ายไป 500 บาท ร้านบอกว่าไม่ใช่ของร้าน"). Harm told outright, never the learner's slip.
SWAPPED_QR = re.compile(
    r"\b(quet|ma qr|qr)\b.{0,120}\b(khong phai|chang phai) (la )?(ma |qr |ma qr )?(cua )?(ho|quan|tiem"
    r"|cua hang|shop|chu quan|nguoi ban|nha hang|minh|(co|chi|anh|ba|ong|chu) ay)\b"
    r"|\bqr\b.{0,120}\b(wasn't|was not|isn't|is not|not) (theirs|their (own )?(code|qr)|the (shop|store|stall"
    r"|restaurant|seller)'?s( (code|qr))?)\b"
    r"|(สแกน|คิวอาร์|qr).{0,120}(ไม่ใช่(คิวอาร์|qr)?(ของ)?(ร้าน|เขา|แม่ค้า|ทางร้าน))"
)
# ...with the sum paid: "4 triệu", "350 nghìn", "900 baht", "500 บาท".
SUM_PAID = re.compile(r"(?<![\d.,])\d[\d.,]*+ ?(trieu|tr|nghin|ngan|k|d|dong|vnd|baht|บาท)(?!\w)|[$฿] ?\d")
# Money sent, in English, for the impostor unmasked after it: "Dad wired 15,000 baht…".
SENT_EN = re.compile(r"\b(sent|wired|transferred|paid)\b.{0,40}(\d|\b(baht|dong|money|million|thousand)\b)")
# ...and in Vietnamese, with the one it went to between: "bà chuyển cho cái người nhắn là bạn nó 10 triệu".
SENT_SOME = re.compile(
    r"\b(chuyen|ck|gui|nop|dua)\b.{0,60}\b\d+([.,]\d+)* ?(trieu|tr|nghin|ngan|k|cu|d|dong|vnd)\b"
)
# A fee paid, then more demanded: the scheme's harm told outright, whatever the classifier hears
# ("tôi chuyển 2 triệu phí giải ngân cho app vay rồi mà họ bảo khoản vay bị đóng băng, bắt nộp thêm",
# "paid a 3,000 baht release fee and now they want another 5,000", "จ่ายค่าปลดล็อกไปแล้ว เขาขอเพิ่มอีก").
# A fee only demanded ("bắt tôi đóng phí…") is not yet paid.
FEE_THEN_MORE = re.compile(
    r"(?<!bat )(?<!keu )(?<!doi )(?<!bao )\b(da|vua|moi|lo|{ME}( da| vua| moi| lo| cung)?) (chuyen|ck|nop"
    r"|dong|tra|nap)\b.{0,40}\b(phi|le phi|thue|tien (thue|bao hiem|ho so|giai ngan|kich hoat|coc|dat coc"
    r"|mo bang))\b.{0,120}\b(nop|dong|chuyen|ck|nap|tra|doi|bat|keu|yeu cau|can|phai)\b.{0,12}"
    r"\b(them|nua|tiep)\b"
    r"|\b(paid|sent|transferred|wired)\b.{0,50}\b(fees?|deposit|tax|charges?)\b.{0,100}\b(want|wants|wanted"
    r"|asking|asked|ask|demand\w*|need|needs|must|have to|has to)( me| her| him| us)?( to)?( pay| send"
    r"| transfer)?( for)? (more|another|again|extra)\b"
    r"|(โอน|จ่าย)(เงิน)?ค่า.{0,50}(แล้ว|ไป).{0,60}(โอน|จ่าย|ขอ|เรียก)(เงิน)?(เพิ่ม|อีก)".replace("{ME}", _ME)
)
# A code given away, said outright with a mark of the past and to whom: "con tôi vừa gửi mã OTP cho
# người nhắn tin bảo trúng thưởng", "I just read the code to the man on the phone", "เผลอบอกรหัสโอทีพี
# ให้คนโทรมา". A question about it afterwards is still the harm's.
GAVE_OUTRIGHT = re.compile(
    r"\b(da|vua|lo|moi) (lo )?(gui|doc|dua|noi|cho|bao|chup)( ca)? (ma|ma otp|otp|mat khau|mk|passcode"
    r"|ma pin|pin|so the|cvv|ma xac thuc|ma xac nhan)\b.{0,20}\bcho (nguoi(?! nha\b| than\b)|no|ho|ke"
    r"|ben kia|thang|ten|dua|nhan vien|can bo|shop|shipper)\b"
    r"|\b(already|just|accidentally) (gave|read|sent|told|shared)( out)? (him|her|them|the caller"
    r"|a stranger|someone) (the |my |our |her |his )?(otp|code|password|pin|card number)"
    r"|\b(already|just|accidentally) (gave|read|sent|told|shared)( out)? (the |my |our |her |his )?"
    r"(otp|code|password|pin|card number)\w* to (the caller|a stranger|someone|the (man|woman|guy|lady)"
    r"|a (man|woman|guy|lady))\b"
    r"|เผลอ(บอก|ให้|อ่าน|ส่ง)(รหัส|โอทีพี|otp)"
)
# A card's secret given away, not a code or money: its PIN, its number or the three digits on its
# back sent to someone or typed into a page, then a charge, a hacked account or a demand for more
# ("bà gửi mã PIN thẻ ATM cho cháu trên Facebook, giờ mới biết Facebook cháu bị hack", "nhập số thẻ
# và 3 số sau thẻ vào trang giảm giá, sáng nay có giao dịch lạ bằng đô", "typed my card number and
# the CVV into a sale page and now there's a charge in dollars", "ส่งเลขบัตรกับเลข 3 ตัวหลังบัตรให้
# ร้านในเฟซ ตอนนี้โดนหักเงินเป็นดอลลาร์"). Harm told outright, like a code given to a stranger; a
# charge only asked about ("…có bị trừ tiền không", "will they charge me?") is none.
_NOT_ASKED = r"(?<!co )(?<!se )(?<!the )(?<!khong )(?<!chua )(?<!ko )(?<!co bi )(?<!se bi )(?<!khong bi )"
CARD_SECRET_HARM = re.compile(
    r"\b(gui|dua|doc|nhap|dien|go|khai|cung cap|chup|cho|bao|noi|nhan(?! duoc| ve| lai))\b.{0,30}"
    r"(\b(ma pin|so pin|so the|cvv|cvc|ma bao mat)\b|(?<!het )(?<!sac )\bpin\b"
    r"|\b(3|ba) so (o |phia |dang |mat )?sau\b|\bso (o |phia |dang |mat )?sau (the|cua the)\b)"
    rf".{{0,140}}({_NOT_ASKED}\b(bi |da bi )?hack\w*|\bgiao dich la\b(?!\W*(khong|ko|k|hong)\W*$)"
    rf"|{_NOT_ASKED}\bbi (tru|rut|mat|lay)\b|{_NOT_ASKED}\btru (tien|mat|\d)|{_NOT_ASKED}\bmat (tien|het|sach"
    r"|\d)|\busd\b|\bbang do\b|\d ?(do|usd)\b|\$ ?\d|\b(doi|xin|hoi|bat|keu) (gui |doc |nhap |dua |cho )?"
    r"(them|ma otp|otp|ma xac (thuc|nhan))\b)"
    r"|\b(gave|sent|told|typed|entered|put|read|shared|texted)\b.{0,40}\b(pin|card number|card details"
    r"|card info|cvv|cvc|security code|(three|3) digits)\b.{0,140}"
    r"(?<!will )(?<!would )(?<!could )(?<!can )(?<!might )(?<!be )\b(hacked|charged|charges?|debited"
    r"|deducted|dollars|usd|asked for more|ask(ed|ing|s) (me )?for (more|another|the (otp|code))"
    r"|wants? (more|another|the (otp|code)))\b"
    r"|(บอก|ให้|ส่ง|กรอก|ใส่|พิมพ์|อ่าน|ถ่ายรูป).{0,20}(รหัส ?(atm|เอทีเอ็ม|pin|พิน|บัตร)|เลข(ที่)?บัตร|cvv|cvc"
    r"|(3|สาม) ?(ตัว|หลัก) ?(หลังบัตร|ด้านหลัง)|เลขหลังบัตร).{0,140}(?<!จะ)(?<!จะถูก)(?<!จะโดน)((ถูก|โดน)?(แฮก"
    r"|แฮ็ก|hack)|(ถูก|โดน)(หัก|ตัด|ดูด)|เงินหาย|รายการ(แปลก|ที่ไม่ได้ทำ)|ดอลลาร์|usd|(ขอ|เรียก)(เพิ่ม|อีก"
    r"|otp|โอทีพี|รหัส))(?!.{0,8}(ไหม|มั้ย|หรือเปล่า|รึเปล่า))"
)
# A one-time code or a password handed over, its photo or its digits, then money gone: "cô cho ảnh số
# tài khoản với mã OTP, giờ app báo đã chuyển 9.900.000đ", "read the code to the caller and then 6,000
# baht was taken", "ส่งรูปรหัส OTP ให้เขา ตอนนี้เงินในบัญชีหายหมด". Harm told outright, like a card's
# secret; a loss only asked about ("…có bị mất tiền không") is none.
CODE_THEN_LOSS = re.compile(
    r"\b(chup|doc|gui|dua|cho|bao|noi|nhap|dien|go|cung cap)\b.{0,40}\b(ma otp|otp|ma xac (thuc|nhan|minh)"
    r"|mat khau|passcode)\b.{0,120}\b(gio|xong|sau do|luc sau|sang ra|hom nay|toi|chieu)\b.{0,30}"
    rf"({_NOT_ASKED}\bmat (het |sach )?(tien|\d)|{_NOT_ASKED}\bbi (tru|rut|chuyen)( di| mat| het)? (tien|\d)"
    r"|\b(bao|thong bao|hien|ghi)( la)? (da )?(chuyen|tru|rut)( di| mat)? (tien |khoan )?\d"
    r"|\b(tai khoan|tk) (con|ve|chi con) (0|khong)\b)"
    r"|\b(gave|read|sent|told|shared|texted|showed|typed)\b.{0,40}\b(otp|code|password|passcode)\b.{0,120}"
    r"\b(then|now|later|after|next|this morning|tonight)\b.{0,40}\b(money|baht|dong|savings"
    r"|\d[\d,.]*)\b.{0,30}"
    r"(?<!will be )(?<!could be )\b(was|were|is|has been|have been|got|had been)? ?(gone|taken|deducted"
    r"|missing|withdrawn|transferred out|debited)\b"
    r"|(บอก|ให้|อ่าน|ส่ง|ถ่ายรูป|กรอก)(รูป|ภาพ)? ?(รหัส|โอทีพี|otp).{0,80}(?<!จะ)(เงินหาย|(ถูก|โดน)(โอน|ถอน)(เงิน)?ออก"
    r"|เงิน(ใน)?บัญชี(หาย|หมด)|(ถูก|โดน)(หัก|ดูด))(?!.{0,8}(ไหม|มั้ย|หรือเปล่า|รึเปล่า))"
)
# ...unless it was the learner's own card at a cash machine ("nhập mã PIN ở cây ATM bị trừ phí").
AT_A_CASH_MACHINE = re.compile(
    r"\b(cay|may|tru|quay) atm\b|\bat (an|the) atm\b|\bcash machine\b|ตู้ ?(atm|เอทีเอ็ม)"
)
# Harm visible now, whatever else the message denies: an emptied account, a phone run by someone else.
HARM_EVIDENT = re.compile(
    r"\b(tai khoan|tk) (ve|con|chi con) (0|khong) (dong|d)\b|\bmat sach\b|\b(dang|da) (thao tac|dieu khien)"
    r" (tren )?(may|dien thoai)|\bman hinh (den|tu bam)|\btu (bam|chay) lung tung"
    r"|quyen tro nang.{0,30}dong y|dong y.{0,20}quyen tro nang"
    r"|\b(could|can) see my screen|\b(took|has|had|taking) control|\bremote(ly)? control(led|ling)\b"
    r"|\baccount (is|was) (empty|emptied|drained)"
    # ...or all but emptied after someone else's steps: "the caller had me tap through a few screens
    # and now my account is almost empty" (a retrained classifier once heard a how-to question in it).
    r"|\b(caller|scammer|he|she|they|the (man|woman|guy|lady|agent|officer))\b.{0,80}"
    r"\b(account|balance) (is|was|'s) (now )?(nearly|almost|all but) (empty|drained|gone|zero)"
    # ...or gone from it, whatever the learner denies doing: "money is gone from my account, 20 million, I
    # did not send it", "savings have disappeared from her account".
    r"|\b(money|savings|\d+ ?(million|thousand|baht|dong|k)?)\b.{0,20}\b(is|was|were|has|have|had)"
    r"( been)? (gone|vanished|disappeared|taken|withdrawn|missing) (from|out of) (my|her|his|our|their)"
    r" (bank )?account"
    # Money gone by itself: "tiền trong tài khoản tự nhiên mất hết 47 triệu".
    r"|\b(tien|tai khoan|tk)\b.{0,30}\b(tu nhien|bong dung|bong nhien|tu dung)\b.{0,10}\bmat (het|sach|\d)"
    r"|จอ(มือถือ)?ดำ|กดอะไรไม่ได้|ควบคุมเครื่อง|เงิน(ใน)?บัญชี(หาย|หมด)"
    # Money put in that cannot be taken out (a frozen account alone is not a scam's harm).
    r"|\b(da|vua) (nap|chuyen|ck|dau tu)\b.{0,60}\b(khong|ko) (rut|lay) (duoc|ra|lai)"
    # ...said the other way round: "nó đã chuyển 40 triệu cho cái app đầu tư, rút không được".
    r"|\b(da|vua) (nap|chuyen|ck|dau tu)\b.{0,60}\b(rut|lay)( tien| ra| lai| ve){0,2} (khong|ko|k|chang)"
    r" (duoc|dc|ra|noi)\b"
    r"|\bnap .{0,30}\broi\b.{0,30}\b(khong|ko) (rut|lay) (duoc|ra|lai)"
    # ...said with the amount: "lần 3 nạp 40 triệu thì họ báo sai cú pháp không rút được".
    r"|\bnap\b.{0,20}\b\d+ ?(trieu|tr|nghin|ngan|k|cu|dong)\b.{0,60}\b(khong|ko|k) (rut|lay) (duoc|ra|lai)"
    r"|\b(deposited|put in|invested|topped up|paid)\b.{0,100}\b(can't|cannot|can not|unable to) withdraw"
    r"|(โอน|เติม|ลงทุน|จ่าย).{0,80}ถอน(เงิน)?ไม่ได้",
    re.IGNORECASE,
)
NOT_YET = re.compile(
    # ("máy không bấm được gì" tells what the phone does now, not what the learner held back from)
    r"\b(chua|suyt|khong|ko|k|dung) (kip |he )?(chuyen|ck|doc|dua|gui|nhap|bam|cai|tai)\b(?! duoc)"
    # ("phải nộp thêm" after a fee paid is the scheme's demand for more, not the learner's plan.)
    r"|\b(muon|dinh|sap|co nen|nen) (chuyen|ck|gui|nop|dua|doc|cai|tai|bam)|\bsuyt\b|\bneu\b"
    r"|\b(can|phai) (chuyen|ck|gui|nop|dua|doc|cai|tai|bam)(?!\w* them\b)"
    # Asked whether to send: "gửi được không mọi người?", "should I pay it?", "โอนดีไหม".
    r"|\b(chuyen|ck|gui|nop|dong|dua) (tien |luon |ngay )?(duoc|dc) (khong|ko|k|hong)\b"
    r"|\b(should|shall) (i|we|she|he|my \w+) (send|pay|transfer|wire)\b"
    r"|โอน(เงิน)?(ให้\S{0,10})?(ดีไหม|ดีมั้ย|ได้ไหม)"
    r"|\b(gia su|phong khi|lo nhu|truong hop|hoi truoc|de phong|phong truoc|chua bi|lo ai|neu lo)\b"
    # Advice, not an act: "đừng bao giờ đọc OTP cho ai", "không bao giờ đưa mã"; "สมมติว่า…" (suppose).
    r"|\b(dung|khong|chang|dung co) bao gio\b|สมมติ|สมมุติ"
    r"|\bco (duoc|nen) (dua|doc|gui|cho|chuyen|bam|cai|nhap)"
    r"|\bi (didn't|did not|haven't|have not)( yet)?\W*([.!,]|$)|\bi (didn't|did not) (do|give|send"
    r"|read|tell|click|pay)"
    r"|กลัว(จะ)?(โอน|กด|ติดตั้ง|บอก)|ควร(จะ)?(โอน|จ่าย|ส่ง|บอก|กด)"
    # "tôi chưa làm gì", "không làm theo", "ยังไม่ได้ทำอะไร": nothing done yet, whatever was asked.
    r"|\b(chua|chang|khong|ko) (he )?lam (gi|theo)\b|ยังไม่ได้ทำ(อะไร|ตาม)"
    # A fee or a sum not yet paid, said by the learner: "tôi chưa trả đồng nào", "bác chưa nộp".
    r"|\b(toi|tui|minh|em|bac|ba|ong|me|bo|con|chau|co|chu) (van )?(chua|khong|ko) (he )?(tra|nop|dong|nap)\b"
    # A demand to pay, unless the learner tells it paid: "bắt chuyển 3 triệu tiền thuế…, mẹ chuyển rồi".
    r"|\b(keu|bat|doi|yeu cau) (chuyen|ck|nap|nop)\b(?! them\b)(?!.{0,80}\b{ME} (da |cung |lo |vua )?(chuyen"
    r"|ck|nap|nop|gui|tra|dong)( het| luon| lien| ngay)? (roi|xong)\b)"
    # A caller's instruction is not yet the learner's act, unless they tell what came after it:
    # "nó bảo tôi bấm…" denies, "ông ấy bảo tôi bấm theo từng bước, xong…" does not.
    r"|\b(keu|bao|bat|doi|yeu cau|nho) (em|toi|tui|minh|me|bo|ong|ba) (chuyen|ck|nap|nop|gui|cai|tai|bam"
    r"|doc|nhap)\b(?! them\b|.{0,40}\bxong\b|.{0,80}\b{ME} (da |cung |lo |vua )?(chuyen|ck|nap|nop|gui|cai"
    r"|tai|bam|doc|nhap|lam theo)( vao| vo| theo| luon| het)? (roi|xong)\b)"
    # ...nor in English, asked in the present: "he tells me to send money", "wants me to install".
    r"|\b(tells|asks|wants|keeps telling|keeps asking) (me|him|her|us|my \w+) to (send|transfer|pay|wire"
    r"|give|install|click|tap|read|share)\b"
    r"|\b(haven't|have not|didn't|did not|never|not yet|almost|nearly)( yet)? (given|told|done|anything"
    r"|sent|send|transfer|pay"
    r"|paid|give|gave"
    r"|share|shared|click|clicked|install|installed|touch|touched|read|type|typed)|\bnot yet\b"
    r"|\bwhat if\b|\bif\b"
    r"|ยังไม่(ได้)?(โอน|กด|บอก|ให้|ติดตั้ง|ส่ง|กรอก|แตะ)|เกือบ|ไม่ได้(โอน|กด|บอก|ให้|ส่ง)|ถ้า|ทำไม|จะ(โอน"
    r"|ส่ง|บอก|กด)".replace("{ME}", _ME),
    re.IGNORECASE,
)
GAVE_AWAY = re.compile(
    # ("bưu kiện từ nước ngoài gửi cho bà" is a parcel sent to the reader, no code given away)
    r"(?<!nuoc ngoai )(?<!kien )(?<!hang )(?<!qua )\b(doc|dua|gui|noi|cho|bao) .{0,30}cho (no|ho|nguoi|ben"
    r"|ten|chung|ke|ong|ba|anh|chi|em"
    r"|nhan vien|can bo)\b"
    r"|(nguoi la|ke gian|no|ho|ben kia|nguoi goi) (da )?lay (duoc |mat )?(ma|otp|mat khau)"
    r"|\bdoc (ma|otp|ma otp|mat khau|so the|\d+ so|day so|so)\b.{0,40}\bcho\b"
    # The one given to first, the code after, said as done: "cho người ta passcode VNeID rồi",
    # "đã đưa nó mã OTP".
    r"|\b((da|vua|lo) (cho|dua|gui|doc|bao)|(cho|dua|gui|doc|bao)(?= .{0,50}\broi\b)) (nguoi ta|no|ho"
    r"|ben kia|nguoi la|ke gian|ong ay|ba ay|anh ay|chi ay|thang do|ten do|nguoi goi|nhan vien|can bo)"
    r" (ma|otp|ma otp|mat khau|passcode|ma pin|pin|so the|ma xac thuc)\b"
    r"|อ่าน(รหัส|เลข|โอทีพี|otp).{0,40}ให้.{0,40}ฟัง"
    r"|\b(gave|told|sent|shared|read)\b.{0,30}\b(him|her|them|the caller|someone|a stranger|the man|the woman"
    r"|the guy|to the)\b(?! to\b)"
    r"|(บอก|ให้|อ่าน|ส่ง).{0,20}(เขา|คนโทร|มิจฉาชีพ|เจ้าหน้าที่|คนแปลกหน้า|คนซื้อ)(ไป)?แล้ว",
    re.IGNORECASE,
)
SENDER_TAG = re.compile(
    r"(?m)^\s*+(\[[^\]\n]{2,25}\]|[A-Z][A-Za-z0-9_.-]{1,20}( [A-Z][A-Za-z0-9_.-]{1,20})?:"
    r"|(from|tu|sender|nguoi gui|จาก)\s*:)"
    r"|(thông báo|thong bao|nhắc lịch|nhac lich|TB|notice|reminder|แจ้งเตือน|แจ้ง)\s*:\s*\S"
)
QUOTED = re.compile(
    r"[\"“”«»「]([^\"“”«»「」\n]{40,})[\"“”«»」]|(?<![a-z])'((?:[^'\n]|(?<=[a-z])'(?=[a-z])){40,})'(?![a-z])|(>>|»|=>|-->|👉|⬇)\s*+\S",
    re.IGNORECASE,
)
OPEN_QUOTE = re.compile(r"[\"“«「]|(?<![a-z])'", re.IGNORECASE)
ADDRESSED = re.compile(
    r"\b(quy khach|kinh gui|vui long|lien he ngay|ong/ba|quy ong ba|de nghi|\bib\b|inbox|\bstk\b"
    r"|telegram|nhan vao day"
    r"|bam vao day|an vao day"
    r"|tuyen (ctv|nhan vien|dung)|dear|please (contact|click|call|pay|confirm|verify)|click here|your account"
    r"|(sd|so du|balance|available balance)\s*:?\s*[\d+-])|(?<!\w)@[a-z][\w.-]{2,}"
    r"|[+-]\s?\d{1,3}([.,]\d{3})+\s?(vnd|d|thb|baht|บ)\b"
    r"|\b(ma|ma otp|ma xac thuc|ma xac nhan) cua (ban|quy khach) la|\byour (otp|code|verification code) is"
    r"|เรียนลูกค้า|ลูกค้าที่เคารพ|เรียนท่าน|ท่านได้รับ|กรุณา|แอดไลน์|คลิก|ใช้ได้\s*\d|คงเหลือ|ของคุณคือ",
    re.IGNORECASE,
)
_READER = r"(anh|chi|anh/chi|a/c|me|bo|ba|ma|bac|ban|co|chu|di|quy khach)"
# The reader asked to pay the sender: a message from someone else, not the learner's report
# ("mẹ chuyển giúp con…", "chuyển vào tk này", "anh đóng phí thông quan 18 triệu giúp em", "can you
# transfer … to my friend's account", "ช่วยโอนให้หนูก่อน").
PAY_REQUEST = re.compile(
    rf"\b{_READER} (chuyen|ck|quet|nop|dong|gui|nap)( khoan| tien| gap| ngay| thanh toan){{0,2}}"
    r" (giup|ho|cho) (em|con|minh|chau)\b"
    rf"|\b{_READER} (chuyen|ck|nop|dong|gui|nap)\b.{{0,30}}?\bvao (tk|stk|so tk|so tai khoan|tai khoan|so)"
    r" (nay|ban (con|em|chau)|cua (em|con|minh|chau))\b"
    rf"|\b{_READER} (chuyen|ck|nop|dong|gui|nap)\b.{{0,40}}?\b(giup|gium|dum|ho) (em|con|minh|chau)\b"
    r"|\b(can you|could you|please|pls) (transfer|pay|wire|send)\b.{0,40}\b(to|into) (my|this|our)\b"
    r"|ช่วย(โอน|จ่าย)(เงิน)?(ให้|มาให้)(หนู|ผม|น้อง|ลูก)",
    re.IGNORECASE,
)
# Money that came into the learner's account "by mistake": something to hand back with care, not
# harm done ("có người chuyển nhầm vào tk tôi", "sent to my account by mistake", "โอนผิดเข้าบัญชีเรา").
RECEIVED = re.compile(
    r"\bnham\b.{0,40}\b(vao|vo) (tai khoan|tk|stk)( cua)? {ME}\b"
    r"|\b(vao|vo) (tai khoan|tk)( cua)? {ME}\b.{0,40}\bnham\b"
    r"|\b(into|to) my (\w+ ){0,2}account\b.{0,30}\bby mistake"
    r"|\bby mistake\b.{0,30}\b(into|to) my (\w+ ){0,2}account"
    r"|โอน(เงิน)?ผิด(เข้า|มา)".replace("{ME}", _ME),
    re.IGNORECASE,
)
# Money that came in "by mistake" and was sent on, to another account at the caller's demand or with
# a lender calling in a debt after it ("người ta chuyển nhầm vào tk tôi rồi gọi đòi trả qua số tk khác,
# tôi trả 5 triệu qua số đó rồi", "I sent the 'mistaken' money back to the account he gave and now a
# loan company calls", "โอนคืนไปอีกบัญชีแล้ว ตอนนี้มีคนโทรมาทวงหนี้"): the scheme's harm, though it began
# with the learner's good faith. All three must be told: the mistake, the paying back, what came of it.
MISTAKE_IN = re.compile(
    r"\b(chuyen|ck|gui) nham\b|\bnham (vao|vo)\b|\btien la\b|\bby mistake\b|\bmistaken\w*|\bwrongly sent\b"
    r"|โอน(เงิน)?(มา)?ผิด|โอนพลาด"
)
PAID_ON = re.compile(
    r"\b{ME} (da |cung |vua |lo )?(tra|chuyen|ck|gui)( lai| tra| het)?\b.{0,40}\b(roi|xong)\b"
    r"|\b(paid|sent|transferred|returned|gave)\b.{0,40}\b(back|to (the|another|a different|his|her|their)"
    r" (\w+ )?account)\b"
    r"|(โอน|ส่ง)(เงิน)?คืน.{0,40}(แล้ว|ไป)".replace("{ME}", _ME)
)
SENT_ON_OR_OWED = re.compile(
    r"\b(tk|tai khoan|so tk|stk|so tai khoan) khac\b"
    r"|\b(doi no|no xau|khoan vay|ben (cho )?vay|cong ty tai chinh|app vay|tin dung den)\b"
    r"|\b(another|a different) account\b|\b(loan|debt|owe|owed|lender|collectors?)\b"
    r"|บัญชีอื่น|อีกบัญชี|หนี้|เงินกู้|ทวง|สินเชื่อ|แอปกู้"
)
# Money the learner sent to a wrong account by their own slip ("bấm sai một số", "sent money to the
# wrong account", "โอนผิดบัญชี"): a bank's matter, not a scam's harm, unless scam words come with it.
MISDIRECTED = re.compile(
    r"\b(wrong|incorrect) (account|number|person|recipient|digit)s?\b|\btypo\b|\bmis(typed|keyed|entered)\b"
    r"|\b(bam|go|nhap|ghi|danh|an) (sai|nham|lon) (mot |1 |vai |2 )?(so|chu so|stk|so tai khoan|so tk)\b"
    r"|\b(chuyen|ck|gui) nham (sang |vao |cho )?(so |stk|tai khoan|tk|nguoi)"
    r"|\bnham (so tai khoan|stk|so tk)\b"
    r"|โอน(เงิน)?ผิด(บัญชี|คน|เบอร์)|(กด|ใส่)เลข(บัญชี)?ผิด",
    re.IGNORECASE,
)
# ...unless a scam is named with it ("chuyển nhầm… họ chặn Zalo luôn"); hoping to get the money back
# ("lấy lại được không") is no sign of one.
SCAMMED = re.compile(
    r"\b(lua|lua dao|gia mao|mao danh|chan|block|blocked|ke gian|khong lien lac|tat may|doa|scam|scammed"
    r"|scammers?|fraud|fake)\b|หลอก|มิจฉาชีพ|บล็อก"
)
# The learner asks whether a caller was who they seemed ("Was it really her?", "có phải nó thật
# không", "có bị giả không"): a question to weigh, not harm told, when the message closes on it.
ASKS_GENUINE = re.compile(
    r"(\b(was|is) (it|that|this|he|she) (really|actually|truly) (her|him|them|my \w+|real|fake)\b"
    r"|\breally (her|him|them|my \w+)\b"
    r"|\b(co )?(phai|dung) (la )?(no|con|chau|em|anh|chi|ba|ong|me|bo)( ay| do| minh| toi| tui)?"
    r"( that| that su)? (khong|ko|k|hong)\b"
    r"|\b(co )?(bi |la )?(gia|gia mao|deepfake|ghep mat)( mao)? (khong|ko|k|hong|hay that)\b"
    r"|(ตัวจริง|จริง)(ไหม|มั้ย|หรือเปล่า|รึเปล่า))(\s*+(คะ|ครับ|ค่ะ|นะ))*\W*$",
    re.IGNORECASE,
)
# A friend's or a neighbour's loss told as the reason for asking about a service that offers to win
# scammed money back ("Bạn tôi bị lừa 50 triệu tháng trước, có nên nhờ họ không?", "my neighbour lost
# money, is that recovery page legit?"): a question about that service, not the learner's harm.
OTHERS_LOSS = re.compile(
    r"\b(ban (toi|tui|minh|cua (toi|tui|minh))|chi ban|anh ban|nguoi quen|hang xom|dong nghiep)\b"
    r"|\b(my|a) (friend|neighbou?r|colleague)\b"
    # (A relative's "friend" the money went to is the impostor, not a friend who lost: "คนที่อ้างเป็น
    # เพื่อนหลาน".)
    r"|(?<!เป็น)เพื่อน(?!(ของ)?(หลาน|ลูก))"
)
# A friend, a neighbour or a colleague who got a message, a link or an app ("My friend got one from the
# 'electricity company'", "bạn tôi nhận được file APK", "เพื่อนได้ลิงก์"): their event, asked about.
OTHERS_GOT = re.compile(
    r"\b(ban (toi|tui|minh|cua (toi|tui|minh))|chi ban|anh ban|nguoi quen|hang xom|dong nghiep)\b.{0,20}"
    r"\b(nhan duoc|duoc (ai |nguoi ta |nguoi la )?gui)\b"
    r"|\b(my|a) (friend|neighbou?r|colleague)\b.{0,20}\b(got|received|was sent|gets|has got)\b"
    r"|(เพื่อน|เพื่อนบ้าน)(ผม|ฉัน|หนู)?.{0,5}(ได้รับ|ได้(ลิงก์|ลิ้งค์|ข้อความ|sms|ไฟล์|แอป))"
)
RECOVERY_OFFER = re.compile(
    r"\b(lay lai|thu hoi|doi lai|ho tro lay lai)( duoc)? (tien|\d|giup|ho|dum)"
    r"|\brecover\w* (the |my |her |his |scam\w* )?money"
    r"|\bget (the |her |his |my )?money back\b.{0,40}\b(fee|page|service|legit|trust)|ตามเงินคืน|กู้เงินคืน"
)
# ...asked whether to trust it, told with a loss or not ("bị lừa mất tiền năm ngoái, giờ có văn phòng
# luật nhận lấy lại giúp, phí 10%, tin được không", "เพจที่ช่วยตามเงินคืน… เชื่อได้ไหม", "is that
# recovery service legit?"): a question about the service, for its lesson.
ASKS_TRUST = re.compile(
    r"\b(tin duoc|co nen|co that|that khong|that hay|lua (khong|ko)|uy tin|dang tin|legit|trust\w*|real"
    r"|genuine|safe|a scam)\b|เชื่อได้|จริงไหม|จริงมั้ย|ควร|ไว้ใจ|หลอก(ไหม|หรือเปล่า)"
)
# The learner locked out by their own wrong tries or a forgotten code ("nhập sai passcode 5 lần giờ nó
# khóa rồi", "typed the wrong PIN three times", "ใส่รหัสผิดหลายครั้ง"): no scam's harm.
OWN_SLIP = re.compile(
    r"\b(nhap|go|bam|dien|an) sai\b.{0,30}\b(lan|roi|qua|nhieu)\b|\bquen (mat )?(mat khau|passcode|ma pin|ma"
    r"|pin)\b|\b(typed|entered|put in|got)\b.{0,20}\bwrong\b.{0,30}\b(times|twice|again)\b"
    r"|\bforgot (my |the )?(password|passcode|pin)\b|(ใส่|กด|พิมพ์)(รหัส)?ผิด|ลืมรหัส"
)
# The learner or a relative hung up on the caller ("mẹ tôi cúp máy luôn", "She hung up and told me",
# "แม่วางสายเลย"): a call retold, not acted on, so the caller's orders in it ("bảo chuyển tiền…",
# "told her to read out the code") are no harm done. The caller hanging up after the money went ("chuyển
# rồi… thì nó tắt máy") is harm, read as before.
HUNG_UP = re.compile(
    r"\b{ME} (lien |voi |cung |da )?(cup|tat|dap|ngat) (may|ngang|dien thoai)\b"
    r"|\b(i|we|she|mum|mom|dad|my (mum|mom|dad|mother|father|wife|husband|aunt|uncle|grandma|grandmother"
    r"|grandpa|grandfather|sister|brother|neighbou?r|friend))( just| quickly| immediately| then)? hung up\b"
    r"|(ฉัน|ผม|แม่|พ่อ|ยาย|ตา|หนู|ป้า|ลุง|ดิฉัน|เรา|ย่า|ปู่)(ก็)?(เลย)?(รีบ)?วางสาย".replace("{ME}", _ME)
)
# A question about how scams work, asked of people in general: "gọi video thấy mặt người thân rõ ràng
# rồi mà vẫn bị lừa là sao vậy", "why do people still fall for these calls?". No one's harm is told in
# it; a learner asking why *they* were fooled names themselves.
# ...unless the learner did what was asked before hanging up ("bà lỡ đọc mã rồi mới cúp máy").
DONE_BEFORE_HANGING_UP = re.compile(
    r"\b{ME} (da |lo |vua )(chuyen|ck|doc|dua|gui|bam|cai|tai|nhap|quet)\b"
    r"|\broi (moi|thi) (cup|tat|dap|ngat)\b"
    r"|\balready\b|\bafter (sending|reading|giving|typing|paying|transferring|installing)\b"
    r"|\bhung up (right |straight |just )?after\b"
    r"|\b(i|we) (read|gave|sent|paid|transferred|installed|typed|shared|entered)\b"
    r"|เผลอ|(?<!วางสาย)ไปแล้ว".replace("{ME}", _ME)
)
ASKS_WHY_FOOLED = re.compile(
    r"\b(van|con|lai|de|hay|cung) (bi|mac) (lua|lua dao|lap)\b.{0,30}\b(la sao|tai sao|vi sao"
    r"|sao (vay|the|ta)|the nao)\W*$"
    r"|\b(tai sao|vi sao|sao)\b.{0,60}\b(van|con|lai|de|hay) (bi|mac) (lua|lua dao|lap)\b"
    r"|\b(why|how) (do|does|did|are|can|could|would) ((so )?many |old |older |elderly |some |other ){0,3}"
    r"(people|folks|they|retirees|seniors|pensioners)\b.{0,40}\b(fall for"
    r"|get (scammed|fooled|tricked|cheated)|be (scammed|fooled|tricked)|believe)\b"
)
# A question what banks, the police or the power company ever do, or still do: "Điện lực có bao giờ gọi
# điện đòi tiền điện rồi bảo cài app không", "ngân hàng bây giờ còn gửi link qua tin nhắn nữa không",
# "do banks ever call about…", "ธนาคารเคยโทรมาขอ…ไหม". Asked about a practice, no harm told.
ASKS_ABOUT_PRACTICE = re.compile(
    r"\b(co bao gio|bao gio cung|co khi nao|co hay)\b.{0,80}\b(khong|ko|k|hong|chua)\W*$"
    r"|\b(con|van)\b.{0,60}\bnua (khong|ko|k|hong)\b"
    r"|\b(do|does|did|would|will|can) (banks?|the bank|\w+ ?bank|police|the police|officials?|the government"
    r"|government|companies|evn|vnpt|shippers?|couriers?|the post office|the power company)\b.{0,20}"
    r"\b(ever|still|usually|normally|really)\b"
    r"|(ธนาคาร|แบงก์|ตำรวจ|การไฟฟ้า|สรรพากร|ไปรษณีย์|เจ้าหน้าที่).{0,40}(เคย|ยัง).{0,60}(ไหม|มั้ย|หรือเปล่า|หรือไม่)"
    # ...or would do, asked with no "ever": "ตำรวจจะโทรมาขอแอดไลน์วิดีโอคอลไหมครับ", "công an có gọi
    # video qua Zalo để làm việc không", "would the police ask me to add them on LINE?".
    r"|^\W*(ธนาคาร|แบงก์|ตำรวจ|การไฟฟ้า|สรรพากร|ไปรษณีย์|เจ้าหน้าที่|ศาล|อัยการ|ดีเอสไอ)(จริงๆ|จริง)?"
    r"(จะ|มัก|ชอบ|ต้อง)(โทร|ส่ง|ขอ|ทัก|แอด|วิดีโอ|ให้|สั่ง|ติดต่อ).{0,60}(ไหม|มั้ย|หรือเปล่า|รึเปล่า|หรือไม่)"
    r"(คะ|ครับ|ค่ะ|นะ|จ๊ะ)*\W*$"
    r"|^\W*(cong an|ngan hang|nhan vien ngan hang|toa an|vien kiem sat|dien luc|buu dien|co quan thue"
    r"|chi cuc thue|bao hiem xa hoi|bhxh)( that| that su)? (co|thuong|hay|se|lai|ma)( bao gio| khi nao)?"
    r" (goi|nhan tin|gui|yeu cau|doi|bat|ket ban|video|xin|hoi|lam viec)\b.{0,80}\b(khong|ko|k|hong)\W*$"
    r"|^\W*(do|does|would|will|can|could|might) (the )?(police|banks?|bank staff|officers?|officials?"
    r"|government|courts?|the post office|tax office)\b.{0,30}\b(call|ask|text|message|send|add|video"
    r"|request|contact|phone|email)\w*\b"
)
# A question what a hotline or a short number is, or what calling it costs ("1441 คือเบอร์อะไรครับ
# โทรแล้วเสียเงินไหม", "số 156 là số gì, gọi có mất tiền không", "what is 1441, is it free to call?"):
# about the number, no harm told, whatever the classifier hears in it.
ASKS_ABOUT_HOTLINE = re.compile(
    r"\b(so|tong dai|duong day nong|hotline|dau so)\b.{0,30}\b(la (so|duong day|tong dai|hotline) (gi|cua ai"
    r"|cua co quan nao|nao)|cua (ai|co quan nao|ben nao)|de lam gi|dung de lam gi)\b"
    r"|\bgoi\b.{0,20}\b(co )?(mat|ton|tinh|bi tru|tru) (tien|phi|cuoc|cuoc phi)( gi)? (khong|ko|k|hong)\b"
    r"|\b(goi|tong dai|so nay|hotline)\b.{0,20}\b(co )?mien phi (khong|ko|k|hong)\b"
    r"|\bwhat (number|hotline|line) is\b|\bwhat('s| is) (that|this|the) (number|hotline) for\b"
    r"|\bwhat is (the )?(number |hotline )?\d{3,5}\b|\bwhose number\b"
    r"|\b(cost|charge)\w* (anything |money |a fee )?to (call|ring)\b"
    r"|\bcalling (it|them|that number|\d+) (cost|charge|free)\w*|\bfree to call\b|\btoll[- ]free\b"
    r"|เบอร์อะไร|เบอร์ของ(ใคร|ที่ไหน|หน่วยงานไหน)|(สายด่วน|เบอร์) ?\d{3,5}.{0,10}คือ(อะไร|ที่ไหน)"
    r"|โทร.{0,30}(เสียเงิน|เสียค่า|คิดเงิน|คิดค่า|มีค่าใช้จ่าย|ฟรี)(ไหม|มั้ย|หรือเปล่า|รึเปล่า|หรือไม่)"
)
# How a scam's tool takes money, asked in general: "แอปควบคุมมือถือจากระยะไกลมันดูดเงินได้ยังไง", "app
# điều khiển từ xa lấy tiền trong tài khoản bằng cách nào", "how do remote-control apps steal money?".
# Told no harm and asked, it is a question for the lessons.
ASKS_HOW_IT_WORKS = re.compile(
    r"(ดูด|ขโมย|เอา|โอน|ถอน)(เงิน|ข้อมูล|รหัส).{0,20}(ได้)?(ยังไง|อย่างไร|ได้ไง|ยังงัย)"
    r"|\b(lay|rut|trom|chiem doat|hack|cuom|doat)( duoc)? (tien|tai khoan|thong tin|ma)\b.{0,40}\b(bang cach"
    r" nao|the nao|kieu gi|ra sao|lam sao)\b"
    r"|\b(sao|lam sao|bang cach nao|the nao) (ma )?.{0,40}\b(lay|rut|trom|chiem doat|hack|cuom)( duoc)?"
    r" (tien|tai khoan|thong tin|ma)\b"
    r"|\bhow (do|does|can|could|would|are|is)\b.{0,50}\b(steal|take|drain|empty|get (into|at|hold of)"
    r"|access|hack|know|find out)\b"
)
# A death in the family told ("ông chồng đã mất", "my late husband", "สามีเสียชีวิตแล้ว"): "mất" is
# a life, not money, and the matter is the departed's papers or accounts.
BEREAVED = re.compile(
    r"\b(chong|vo|ong nha|ba nha|ong xa|ba xa|bo|me|cha|ba|ong|con|anh|chi|em)( toi| tui| minh| bac| em)?"
    r" ((da |vua |moi )?(qua doi|tu tran|tu the|khuat nui)|(da |vua |moi )mat\b(?! (tien|het|sach|\d))"
    r"|mat (roi|nam|thang|duoc|tu|cach|vi)\b|mat(?=\s*+[,.;!?]|\s*+$))"
    r"|\b(late|deceased|departed) (husband|wife|father|mother|dad|mum|mom|son|daughter|brother|sister)\b"
    r"|\bpassed away\b|\bdied\b"
    r"|(สามี|ภรรยา|แฟน|พ่อ|แม่|ลูก|ตา|ยาย)(ผม|ฉัน|ยาย|ตา|ป้า|ลุง)?(ได้)?(เสียชีวิต|เสีย|ตาย|ล่วงลับ|จากไป)(ไป)?แล้ว"
)
ASKER_NAMED = re.compile(r"\b(toi|tui|minh|tao|bac|i|i'm|my|me|we|our)\b")
# Someone else's phone run by a stranger, or a screen shared while the bank's app was open, told as
# done: "chú có cho cái người xưng bên ngân hàng điều khiển máy… xong họ dặn chờ 30 phút", "tôi đã
# chia sẻ màn hình gần 15 phút…, lúc đó app ngân hàng cũng đang mở", "they were on my phone for 20
# minutes", "let the 'bank staff' see her screen while she entered her PIN". Harm visible now, like a
# phone run remotely, unless denied; a question whether to allow it ("có nên cho…", "… được không")
# is none.
HANDED_OVER = re.compile(
    r"(?<!khong )(?<!chua )(?<!ko )(?<!neu )\b(co|da|lo|vua|moi) (cho|de) .{0,40}\b(dieu khien|truy cap"
    r"|thao tac|vao)( tu xa)?( vao| tren)? (may|dien thoai|dt)\b(?!.{0,60}\b(duoc|dc) (khong|ko|k|hong)\b)"
    r"|\b(da|lo|vua|co) (bat |mo )?chia se man hinh\b.{0,100}\b(app|ung dung) (ngan hang|bank|\w+bank)\b"
    r".{0,20}\b(dang|cung dang|van|van dang|cung) mo\b"
    r"|\b(let|allowed|gave)\b.{0,40}\b(control|remote access|access to|control of) (of )?(my|her|his|the)"
    r" (phone|screen|device|mobile)\b"
    r"|\b(was|were|had been|have been) (on|in|inside) (my|her|his) (phone|mobile) for\b"
    r"|\b(let|allowed)\b.{0,60}\bsee (my|her|his) screen while (i|she|he) (entered|typed|put in|logged)"
    r"|\bshar\w* (my|her|his) screen\b.{0,80}\bbank(ing)? app\b.{0,20}\b(was |is )?(open|running|on)\b"
    r"|แชร์หน้าจอ.{0,80}แอป(ธนาคาร|แบงก์|พลิกาย).{0,20}เปิด|ให้.{0,30}(ควบคุม|รีโมท).{0,10}(มือถือ|โทรศัพท์)"
)
# ...and asked whether to allow it: "có nên cho…", "… được không", "is it safe to let…", "ควร…ไหม".
ASKS_PERMISSION = re.compile(
    r"\b(co nen|nen (cho|de)|(duoc|dc) (khong|ko|k|hong)|co an toan|should (i|we|she|he)|is it (safe|ok|okay"
    r"|alright|fine)|can i|could i|may i)\b|ควร|ได้ไหม|ได้มั้ย|ปลอดภัยไหม"
)
# A question about the bank's own face check ("hôm qua chuyển 12 triệu cho con nó bắt quét mặt, từ
# giờ… lần nào cũng phải quét hả", "why does the app want a face scan for every transfer?"): the
# sum moved is the learner's own business, asked about, when no scam is named with it.
FACE_CHECK = re.compile(
    r"\b(quet|xac thuc|xac minh|chup|cap nhat) (mat|khuon mat|guong mat|sinh trac( hoc)?)\b|\bsinh trac hoc\b"
    r"|\bface (scan|check|verification|id)\b|\bscan (my|your|the) face\b|สแกนใบหน้า|ยืนยันใบหน้า"
)
STRANGER_NAMED = re.compile(
    r"\b(someone|somebody|caller|stranger|video call|claimed|pretend\w*|said (he|she) was)\b"
    r"|คนโทร|อ้างว่า|แปลกหน้า"
)
# What a scam takes or uses, named: money, an account, a code, a link, an app, a screen. The emergency
# steps are about these; a message naming none ("changed my phone, the app won't open, what now")
# is no emergency from the classifier alone.
STAKES = re.compile(
    # "chuyển" is a transfer; "nói chuyện", "trò chuyện", "câu chuyện" are talk, unmarked alike.
    r"\d|\b(tien|trieu|nghin|ngan|k|tr|cu|dong|tai khoan|tk|stk|ma|otp|mat khau|mk|pin|passcode|link|app"
    r"|ung dung|apk|file|quet|qr|(?<!noi )(?<!tro )(?<!cau )(?<!ke )chuyen|ck|nap|nop|phi|lua|hack|chiem"
    r"|man hinh|dieu khien|nguoi la|gia"
    r"|money|baht|usd|vnd|paid|pay|sent|send|transfer\w*|account|card|bank\w*|code|otp|password|pin|digits?"
    r"|apk|install\w*|anydesk|remote|screen|scam\w*|hack\w*|fraud|stole|deposit\w*|withdraw|fee|tax|fake"
    r"|stranger)\b|เงิน|โอน|จ่าย|บัญชี|รหัส|ลิงก์|ลิ้งค์|ลิงค์|แอป|ลง|กด|จอ|บาท|หลอก|แฮก|มัดจำ|ค่า"
)
PHONE = re.compile(r"(?<!\d)(\+?84|\+?66|0|1900|1800)[\d .-]{7,13}(?!\d)")
LINK = re.compile(
    # (".go.th", a domain's ending named alone, is no link: "เว็บที่ลงท้าย .go.th เชื่อได้ไหม")
    rf"(?:https?://|www\.)\S|(?<!\s\.)(?<!^\.)\b[a-z0-9-]{{2,40}}+\.(?:{BARE_ENDINGS}|apk)\b"
    # any ending after a name with a hyphen or a digit, or before a path: "vip-signal.services/join"
    r"|(?<![@.-])\b[a-z0-9]{1,40}+-[a-z0-9-]{1,40}+\.[a-z]{2,24}+\b"
    r"|(?<![@.-])\b[a-z]{0,40}+[0-9][a-z0-9-]{0,40}+\.[a-z]{2,24}+\b"
    r"|\b[a-z0-9-]{2,40}+\.[a-z]{2,24}+/\S"
)
THIS_MESSAGE = re.compile(
    r"(tin nhan|tn|sms|email|thu|cuoc goi|loi nhan|thong bao|link|doan|cai) (nay|nhu (sau|nay"
    r"|the nay)|sau|do)\b"
    r"|\b(nhan|nhan duoc|co) (1 |mot |cai )?(tin nhan|tn|sms|email|cuoc goi|loi moi|thong bao|link)"
    r"|\b(co )?(nguoi|so la|ai do|thang|ong|ba|ben|1 so|mot so) .{0,20}(goi|nhan|gui|xung|tu xung)"
    r"|\b(this|the following|below|got an?|received an?|got this|received this) (message|sms|text"
    r"|email|call|link"
    r"|line message)|\b(someone|a man|a woman|a guy|somebody|a number|they) .{0,20}(called|texted|messaged"
    r"|sent me|says|said|claims)|\b(legit|real or fake|is this real|is this a scam)\b"
    r"|ข้อความนี้|ได้รับ(ข้อความ|sms|SMS|อีเมล|ลิงก์|สาย)|มี(คน|เบอร์).{0,20}(โทร|ส่ง|ทัก)|(ข้อความ"
    r"|sms|SMS)แบบนี้",
    re.IGNORECASE,
)
# Money sent, said with who sent it and how much; harm only with words of a scam around it.
SENT_AMOUNT = re.compile(
    r"\b(toi|tui|minh|em|e|me|bo|ong|ba|vo|chong|con|anh|chi|bac|cu|co|chu|di|ong xa|ong nha|ba xa|ong ay"
    r"|ba ay|ong ba) .{0,25}"
    r"(chuyen|ck|nap|nop|gui) .{0,15}\d+ ?(trieu|tr|nghin|ngan|k|cu|d|dong|vnd)\b"
    r"|\b(chuyen|ck|nop|gui|tra) (khoan |them |het |luon |mat )?(tien|\d).{0,90}\broi\b"
    # A clause without its subject, as Vietnamese tells one act after another: "…, chuyển 10 triệu,
    # xong…", "xong nạp 5tr".
    r"|(^|[,;.]\s*|\b(xong|roi|thi|nen|va|la|vua|da|moi|lo|qua|nay|ngan hang|quay|chi nhanh|atm) )(chuyen|ck"
    r"|nap|nop|gui) (khoan |tien"
    r" |luon |het |mat )?\d+"
    r" ?(trieu|tr|nghin|ngan|k|cu|d|dong|vnd)\b"
    # Money paid back, said as done: "tôi trả rồi", "em đã chuyển lại xong".
    r"|\b(toi|tui|minh|em|me|bo|ong|ba) (da |cung |vua )?(tra|chuyen|ck|gui)( lai| tra)? (roi|xong|luon)\b"
    # ...in Thai, the sum may come between: "โอนเงิน 15,000 บาทให้…".
    # ("ให้โอนเงินไป…", told to send, "ควรโอน…", should I, are no money sent.)
    r"|(?<!ให้)(?<!จะ)(?<!ควร)(โอน|จ่าย)(เงิน)?( ?[\d,.]+ ?(บาท|พัน|หมื่น|แสน)?)? ?(ไป|ให้)",
    re.IGNORECASE,
)
SCAM_WORDS = re.compile(
    # "giả", but not "chuyên gia", "tham gia", "quốc gia", "gia đình", "gia hạn"
    r"\b(lua|(?<!chuyen )(?<!tham )(?<!quoc )gia(?! (dinh|han)\b)|mao danh"
    r"|khong phai (no|con|ong|ba|anh|chi|em)"
    r"|chan|block|cap cuu|dong bang|doi them"
    r"|nap them"
    r"|tam giu|la hoac|ke gian|lay lai|cong an|vien kiem sat|toa an|tai khoan tam|dai ca|khong lien lac"
    r"|khoa (facebook|fb|zalo|so|may)|nghi ngo|tai khoan an toan|tuong|tai nan|hoan tien"
    # A loan taken out in the learner's name: money "sent by mistake", paid back, then debt collectors.
    r"|doi no|khoan vay|cong ty tai chinh"
    # Threatened into it ("vì họ dọa bắt"), or the real person, asked afterwards, never asked ("xong
    # cháu gọi lại bảo không hề muốn", "hóa ra…").
    r"|doa|de doa|hu doa|khong he (muon|goi|nhan|nho|hoi|vay|biet|co)|chua he (goi|nhan|hoi|vay|muon)"
    r"|hoa ra"
    # Paid a shipper for an order never placed; the relative asked, the real one, says hacked.
    r"|khong (he )?(co )?dat (don|hang|gi)|khong co don (hang )?nao|(bi )?hack( nick| zalo| facebook| fb)?"
    r"|(con|chau|em|anh|chi|ban|ong|ba|me|bo) that (goi|noi|bao|nhan))\b|ถอน(เงิน)?ไม่ได้"
    r"|หลอก|แฮก|มิจฉาชีพ|ปลอม|ไม่ได้ทัก|บล็อก|ติดต่อไม่ได้|แก๊ง|อ้างว่า|ตำรวจ"
    # Someone posing as a relative or an official: "โอนเงินให้คนแอบอ้างเป็นหลาน", "คนที่อ้างตัวเป็น…".
    r"|แอบอ้าง|อ้างตัว|อ้างเป็น|สวมรอย",
    re.IGNORECASE,
)
# "How do I…", "where…": a question about a procedure, not a request to judge a message.
ASKS_HOW = re.compile(
    r"\b(lam sao|lam the nao|the nao|kieu gi|cach nao|o dau|cho nao|bang cach nao|lam gi de|how (do"
    r"|can|to|should)"
    r"|where (do|can|should)|what should i do)\b|อย่างไร|ยังไง|ที่ไหน|ตรงไหน|ทำไง",
    re.IGNORECASE,
)
# The learner asking something: a question mark, or a question particle closing the message.
ASKS = re.compile(
    r"\?|\b(khong|ko|hong|chua|ha|a|ak|nhi|vay|sao|gi|nao|phai khong|duoc khong|dung khong)"
    r"( (moi nguoi|ca nha|ban oi|ban|a|ha|nhe|vay|the|bay gio|gio|day))?\W*([,.!;]|$)"
    r"|\bco (phai|that|nen|duoc|bi|an toan|dung|tin duoc)\b.{0,40}\b(khong|ko)\b"
    r"|^\W*(is|are|do|does|did|can|could|should|what|how|why|where|who|when)\b"
    # "mình có nên để họ giúp", "should I let him": asking what to do, with no particle closing it.
    r"|\bco nen\b|\bshould (i|we)\b"
    r"|(ไหม|มั้ย|หรือเปล่า|รึเปล่า|หรือไม่|อะไร|ยังไง|ทำไง|ไหน|เหรอ|หรอ|ป่าว)(คะ|ครับ|ค่ะ|นะ|จ๊ะ)*(\s|$)",
    re.IGNORECASE,
)
# The message ends on a question: a question mark, or a closing question particle with nothing
# after it ("... giao hàng không", "ปลอดภัยไหมคะ"); "đồng nào," mid-sentence is no question.
CLOSES_ASKING = re.compile(
    r"(\?|\b(khong|ko|hong|ha|nhi|vay|chua|phai khong|duoc khong|dung khong)|ไหม|มั้ย|หรือเปล่า|รึเปล่า"
    r"|หรือไม่)(\s*+(คะ|ครับ|ค่ะ|นะ|จ๊ะ))*+\W*+$"
)
# The message ends asking what to do now ("…, giờ tôi làm sao", "ควรทำยังไงคะ"), or with the money
# in question ("giờ tôi phải làm gì với số tiền này"): a question, though no particle closes it.
ASKS_WHAT_NOW = re.compile(
    r"(\b(lam sao|lam gi|the nao|sao day)( (voi|cho) (so tien|khoan tien|tien|mon tien)( nay| do| kia)?)?"
    r"|ทำยังไง|ทำไง)(\s*+(day|nhi|a|ha|nhe|bay gio|gio|คะ|ครับ|ค่ะ|นะ))*+\W*+$"
)
MIN_PASTE_CHARS = 60
# A message pasted with no quote marks and no link, after the learner's words that point at it
# ("bên ngân hàng nhắn:", "tin nhắn:", "they sent me this:", "ข้อความที่ได้รับ:"): the lead-in, then
# a colon or a line break, then the message. A clock time ("9:30") is not such a colon.
LEAD_IN = re.compile(
    r"^[^:\n]{0,90}?(\b(nhan|gui|ghi|bao|viet|noi dung|tin|sms|email|mail|thu|bai|dang|quang cao|cai nay"
    r"|sent|texted|messaged|says|said|got|received|message|text|post|ad|this)\b|ข้อความ|ส่งมา|ได้รับ|โพสต์"
    r"|โฆษณา|แบบนี้|ว่า)[^:\n]{0,40}?(?<!\d)(:|\n)(?!\d)\s*+(?=\S.{39})",
    re.DOTALL,
)
# A message headed by its sender's name, as SMS and Zalo show it ("Bưu điện Việt Nam: Bưu gửi của
# bạn…", "กรมสรรพากร: ท่านมีสิทธิ์…"): a few words with none of the learner's own, then a colon.
SENDER_HEADER = re.compile(r"^\s*+[^\s:?!,.][^:?!,\n]{1,38}?(?<!\d):(?!\d)\s*+(?=\S.{39})", re.DOTALL)
MAX_SENDER_WORDS = 6
# An organisation heading a message ("AOC 1441 Official:", "Vietcombank Support:") speaks as "we";
# a learner's "we" follows their own name or none.
ORGANISATION = re.compile(
    r"\b(official|support|team|bank|service|services|center|centre|cskh|admin|\d{3,})\b"
)
OWN_SECRET_LABEL = re.compile(
    r"\b(mat khau|mk|passcode|ma pin|pin|otp|ma otp|password)\b.{0,30}\b(cua (toi|tui|minh|bac|ba|ong|chu|co"
    r"|em|con|chau)|my)\b|\bmy (\w+ )?(password|passcode|pin|otp)\b|รหัส.{0,20}ของ(ผม|ฉัน|หนู|ยาย|ตา|เรา)"
)
# The learner telling their own login, their code typed in it ("Tôi đổi máy mới, đăng nhập VNeID bằng
# số 0912… và mật khẩu …", "I logged in with my number 081… and password …", "ผมเข้าสู่ระบบด้วยเบอร์
# 08… กับรหัส…"): the phone number in it pastes no message.
OWN_LOGIN = re.compile(
    r"^\W*+((toi|tui|minh|em|bac|ba|ong|chu|co|con|chau|me|bo|i)\b|ผม|ฉัน|หนู|ยาย|ตา|ป้า|ลุง)"
    r"(.{0,120}\b(dang nhap|nhap|go|dien|log ?in|logged in|logging in|sign(ed|ing)? in|typed|entered"
    r"|put in)\b.{0,60}\b(mat khau|mk|passcode|ma pin|password|pin)\b"
    r"|.{0,120}(เข้าสู่ระบบ|ล็อกอิน|ใส่|กรอก).{0,40}รหัส)"
    # ...or opening on the login itself, its subject left out: "đăng nhập vneid trên máy mới, sđt 0912… mk
    # …", "logging in on my new phone with 081… and password …", "เข้าสู่ระบบด้วยเบอร์ 08… รหัส…".
    r"|^\W*+(\w+ ){0,2}(dang nhap|log ?in|logging in|signing in|sign in)\b.{0,80}\b(mat khau|mk|passcode"
    r"|ma pin|password|pin)\b|^\W*+(เข้าสู่ระบบ|ล็อกอิน).{0,80}รหัส"
)
# A phone number the learner names as their own ("số điện thoại đăng ký VNeID của bác là 0912…, bác đổi
# sang số 0987…", "my PromptPay is linked to 081…", "เบอร์เก่าของยายคือ 089…"): the number it holds
# pastes no message.
OWN_NUMBER = re.compile(
    r"\b(so|sdt|so dien thoai|so dt|so dang ky|so cu|so moi|tk|tai khoan|stk|so tai khoan|so tk)\b.{0,30}"
    r"\bcua (toi|tui|minh|bac|ba|ong|chu|co|em|con|chau)\b( la| dang la| hien la| so| la so)? ?\+?\d"
    r"|\b(doi|chuyen) (sang|qua) so (moi )?(la )?\+?\d|\bso (cu|moi) (cua (toi|tui|minh|bac|ba|ong|chu|co|em"
    r"|con|chau) )?(la )?\+?\d"
    r"|\b(my|our) (\w+ ){0,2}(number|phone|mobile|promptpay|line)( is| was)?( (linked|registered|tied)"
    r" (to|with))? ?\+?\d|\b(linked|registered|tied) (to|with) (my|our) (\w+ )?(number|phone|mobile)? ?\+?\d"
    r"|\b(my|our) (old|new) (\w+ )?number\b"
    r"|เบอร์(โทร)?(เก่า|ใหม่)?(ของ)?(ผม|ฉัน|ยาย|ตา|ป้า|ลุง|หนู|เรา)(คือ)? ?\d|เบอร์(เก่า|ใหม่)(คือ)? ?\d"
    # ...or the number the learner signed a service up with: "I registered promptpay with 089…", "ผม
    # ผูกพร้อมเพย์กับเบอร์ 081…", "bác đăng ký Zalo bằng số 0912…".
    r"|\b(i|we)( (have|had|already|just))? (registered|linked|tied|set up|signed up|bound|connected)\b"
    r"[^\d?]{0,40}\b(with|to|on|using|under)( (my|our)( \w+)? (number|phone|mobile)( number)?)? ?\+?\d"
    r"|(ผม|ฉัน|ยาย|ตา|ป้า|ลุง|หนู|เรา)(ได้|เคย|เพิ่ง)?(ผูก|สมัคร|ลงทะเบียน)[^\d?]{0,30}(กับ|ด้วย|ไว้กับ)"
    r" ?เบอร์(โทร)?(ศัพท์)?(มือถือ)? ?\d"
    r"|\b(toi|tui|minh|bac|ba|ong|chu|co|em|con|chau) (da |moi |vua )?(dang ky|lien ket|gan|mo)\b[^\d?]{0,40}"
    r"\b(bang|voi|qua|vao) (so |sdt |so dien thoai )?\+?\d"
)
SENDERS_WE = re.compile(r"(we|our|chung toi)\b")
LEARNERS_OWN = re.compile(
    r"\b(toi|tui|minh|em|con|chau|bac|cho hoi|hoi|giup|nho|i|i'm|my|me|we|please|help|question|asking)\b"
    r"|ผม|ฉัน|หนู|เรา|ช่วย|ถาม|ครับ|ค่ะ|คะ"
)
# What follows a lead-in is the learner's own question, not a message, when it opens like one.
OWN_QUESTION = re.compile(r"(neu|if|lam sao|lam the nao|how|what|when|khi nao|co nen|should)\b|ถ้า")
# ...or the learner's short question after the message, on a line of its own, after "--" or "...",
# or in brackets: "tin này thật không?", "legit?", "ข้อความนี้จริงไหมคะ".
TRAILER = re.compile(r"(\n|\s-{2,}|\.{3}|…|\()\s*+([^\n(]{2,60}?)\)?\s*+$")
ASKS_IF_REAL = re.compile(
    r"\b(that|gia|lua|lua dao|tin duoc|legit|real|fake|scam|genuine)\b|จริง|หลอก|ปลอม|มิจฉาชีพ"
)


@dataclass(frozen=True)
class Cues:
    happened: bool  # harm done, said in so many words, and not denied
    outright: bool  # harm told so plainly no classifier overrules it (an impostor unmasked, a code given)
    evident: bool  # harm visible now whatever else is said: an emptied account, a phone run remotely
    gave_away: bool  # a code or password was handed to someone
    denied: bool  # "chưa chuyển", "suýt", "I haven't", "ยังไม่"
    pasted: bool  # reads as a forwarded message
    addressed: bool  # speaks to its reader as senders do ("Quý khách", "@handle", a balance line)
    pay_request: bool  # asks its reader to pay the sender ("mẹ chuyển giúp con…"): someone else's message
    received: bool  # money came in "by mistake": to hand back with care, not harm done
    misdirected: bool  # the learner's own slip sent money to a wrong account: no scam's harm
    asks_genuine: bool  # closes asking whether a caller was who they seemed ("was it really her?")
    asks_face_check: bool  # closes asking about the bank's own face check, no scam named
    hung_up: bool  # the learner or a relative hung up on the caller, nothing done first: a denial
    others_event: bool  # a friend, a neighbour or a colleague got a message, a link or an app
    asks_why_fooled: bool  # asks how scams fool people in general, naming no one harmed
    asks_about_practice: bool  # asks what banks, the police or the power company ever do
    asks_about_hotline: bool  # asks what a hotline or a short number is, or what calling it costs
    asks_how_it_works: bool  # closes asking how a scam's tool takes money, in general
    bereaved: bool  # a death in the family told: "mất" is a life, not money
    asks_recovery: bool  # closes asking whether to trust an offer to win scammed money back
    own_slip: bool  # locked out by the learner's own wrong tries or a forgotten code
    quoted: bool  # the sender's words in quote marks: the learner's own are the rest
    own_login: bool  # the learner tells their own login, unquoted, no sender heading it
    own_number: bool  # a number in it named as the learner's own, and nothing else makes it a paste
    pasted_by_number: bool  # reads as pasted only for a number or a link in a long text
    stakes: bool  # names what a scam takes or uses: money, an account, a code, a link, an app
    about_message: bool  # points at a message or call received ("tin nhắn này", "someone called")
    asks_how: bool  # "làm sao…", "how do I…": a procedure question
    asks: bool  # the learner asks something (else the text may be a message forwarded bare)
    closes_asking: bool  # the message ends on a question
    asks_what_now: bool  # the message ends asking what to do ("giờ tôi làm sao")
    text: str = field(repr=False)

    @cached_property
    def red_flags(self) -> str:
        """The scam checker's verdict: read only when a rule needs it, as it is the costly cue."""
        return check_message(self.text).verdict


def read_cues(text: str) -> Cues:
    folded = fold_latin(text).lower()
    hung_up = HUNG_UP.search(folded) is not None and DONE_BEFORE_HANGING_UP.search(folded) is None
    denied = NOT_YET.search(folded) is not None or hung_up
    handed_over = HANDED_OVER.search(folded) is not None and not (denied or ASKS_PERMISSION.search(folded))
    evident = HARM_EVIDENT.search(folded) is not None or handed_over
    pay_request = PAY_REQUEST.search(folded) is not None
    swapped_qr = SWAPPED_QR.search(folded) is not None and STAKES.search(folded) is not None
    misdirected = MISDIRECTED.search(folded) is not None and SCAMMED.search(folded) is None and not swapped_qr
    others = OTHERS_LOSS.search(folded) is not None
    others_loss = others and RECOVERY_OFFER.search(folded) is not None
    sent_on = all(p.search(folded) is not None for p in (MISTAKE_IN, PAID_ON, SENT_ON_OR_OWED))
    outright = not (denied or others) and (
        (
            UNMASKED.search(folded) is not None
            and any(p.search(folded) for p in (SENT_AMOUNT, SENT_EN, SENT_SOME))
        )
        or GAVE_OUTRIGHT.search(folded) is not None
        or (swapped_qr and SUM_PAID.search(folded) is not None)
        or FEE_THEN_MORE.search(folded) is not None
        or CODE_THEN_LOSS.search(folded) is not None
        or (CARD_SECRET_HARM.search(folded) is not None and AT_A_CASH_MACHINE.search(folded) is None)
    )
    return Cues(
        evident=evident,
        outright=outright,
        happened=evident
        or outright
        or (not (denied or others_loss) and sent_on)
        or (
            not (denied or misdirected or others_loss)
            and (
                HAPPENED.search(folded) is not None
                or TOLD_THROUGH_SCHEME.search(folded) is not None
                or (DONE_AS_ASKED.search(folded) is not None and A_CALLER.search(folded) is not None)
                or (_money_lost(folded) and not pay_request)
            )
        ),
        gave_away=GAVE_AWAY.search(folded) is not None and not (denied or misdirected),
        denied=denied,
        pasted=_reads_as_pasted(text, folded) or _introduced(folded) is not None,
        addressed=ADDRESSED.search(folded) is not None or pay_request,
        pay_request=pay_request,
        received=RECEIVED.search(folded) is not None,
        misdirected=misdirected,
        asks_genuine=ASKS_GENUINE.search(folded.strip()) is not None and SENT_AMOUNT.search(folded) is None,
        quoted=QUOTED.search(text) is not None,
        own_login=OWN_LOGIN.search(folded) is not None and _bare_number_or_link(text, folded),
        pasted_by_number=_bare_number_or_link(text, folded),
        own_number=OWN_NUMBER.search(folded) is not None and _bare_number_or_link(text, folded),
        asks_face_check=FACE_CHECK.search(folded) is not None
        and CLOSES_ASKING.search(folded.strip()) is not None
        and not (SCAMMED.search(folded) or A_CALLER.search(folded) or STRANGER_NAMED.search(folded)),
        hung_up=hung_up,
        others_event=OTHERS_GOT.search(folded) is not None,
        asks_why_fooled=ASKS_WHY_FOOLED.search(folded.strip()) is not None
        and ASKER_NAMED.search(folded) is None,
        asks_about_practice=ASKS_ABOUT_PRACTICE.search(folded.strip()) is not None,
        asks_how_it_works=ASKS_HOW_IT_WORKS.search(folded) is not None
        and (ASKS.search(folded.strip()) or ASKS_HOW.search(folded)) is not None,
        bereaved=BEREAVED.search(folded) is not None,
        asks_recovery=RECOVERY_OFFER.search(folded) is not None
        and ASKS_TRUST.search(folded) is not None
        and CLOSES_ASKING.search(folded.strip()) is not None,
        own_slip=OWN_SLIP.search(folded) is not None,
        asks_about_hotline=ASKS_ABOUT_HOTLINE.search(folded) is not None,
        stakes=STAKES.search(folded) is not None,
        about_message=THIS_MESSAGE.search(folded) is not None,
        asks_how=ASKS_HOW.search(folded) is not None,
        asks=ASKS.search(folded.strip()) is not None,
        closes_asking=CLOSES_ASKING.search(folded.strip()) is not None,
        asks_what_now=ASKS_WHAT_NOW.search(folded.strip()) is not None,
        text=text,
    )


def learners_words(text: str) -> str:
    """The learner's own words around a message they pasted: outside its quotes ("is this real?
    'Dear customer…'"), or the lead-in and the question after it; a message pasted bare is all
    the sender's."""
    if QUOTED.search(text):
        own = QUOTED.sub(" ", text)
        unclosed = OPEN_QUOTE.search(own)
        return own[: unclosed.start()] if unclosed else own
    parts = _introduced(fold_latin(text).lower())
    return " ".join(parts) if parts else ""


def _introduced(folded: str) -> tuple[str, str] | None:
    """A message pasted without quotes after a lead-in or under its sender's name, or followed by
    the learner's question whether it is real: the learner's words before and after it."""
    lead = LEAD_IN.match(folded)
    if lead and not OWN_QUESTION.match(folded, lead.end()):
        return folded[: lead.end()], _question_after(folded)
    if _under_sender_name(folded):
        return "", _question_after(folded)
    after = _question_after(folded, MIN_PASTE_CHARS)
    return ("", after) if after else None


def _under_sender_name(folded: str) -> bool:
    header = SENDER_HEADER.match(folded)
    if header is None:
        return False
    name = folded[: header.end()].partition(":")[0]
    if OWN_SECRET_LABEL.search(name):
        return False  # "Mật khẩu VNeID của chú: …": the learner's label for their own code
    return (
        len(name.split()) <= MAX_SENDER_WORDS
        and not LEARNERS_OWN.search(name)
        and not (
            LEARNERS_OWN.match(folded, header.end())
            and not (ORGANISATION.search(name) and SENDERS_WE.match(folded, header.end()))
        )
    )


def _question_after(folded: str, min_message: int = 0) -> str:
    """The learner's question whether the message before it is real, closing the text."""
    trailer = TRAILER.search(folded)
    if trailer is None or trailer.start() < min_message:
        return ""
    # After "--" any question is the learner's ("… Do not share this code. -- I never added anything
    # to Apple Pay?"); after a line break or "...", only one whether the message is real.
    after_dashes = trailer.group(1).strip().startswith("-") and "?" in trailer.group(2)
    return trailer.group(2) if after_dashes or ASKS_IF_REAL.search(trailer.group(2)) else ""


def _bare_number_or_link(text: str, folded: str) -> bool:
    """Read as pasted only for a link or a phone number in a long text: no sender tag, no quote, no
    lead-in, no sender's name heading it."""
    by_parts = SENDER_TAG.search(text) or QUOTED.search(text) or _introduced(folded)
    return _reads_as_pasted(text, folded) and not by_parts


def _money_lost(folded: str) -> bool:
    return SENT_AMOUNT.search(folded) is not None and SCAM_WORDS.search(folded) is not None


def _reads_as_pasted(text: str, folded: str) -> bool:
    """A sender tag or a long quote is a paste by itself; a link or number only in a long text."""
    if SENDER_TAG.search(text) or QUOTED.search(text):
        return True
    long_enough = len(text) >= MIN_PASTE_CHARS
    return long_enough and (LINK.search(folded) is not None or PHONE.search(folded) is not None)
