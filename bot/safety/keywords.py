"""The words around a number that say what it is: a code, a PIN, a card's CVV, or something
harmless (a class code, an account number, a hotline, a year).

Every word list is data; one alternation, longest words first, finds them all in a single
left-to-right pass over the folded text (lower case, no Vietnamese marks), so "mã lớp" is read as a
class code before "mã" can be read as "a code". The category of the keyword nearest to a number
decides what the number is. A word that names a secret is also found misspelled ("pinn",
"passqord"), and a keyword that starts inside another is found too ("đọc số thẻ": "read out" and
"card number").
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
    "transfer",
    "amount",
    "call",
    "year",
    "entered",
    "machine",
    "lottery",
    "verify",
    "user",
    "arrived",
    "access",
    "timed",
    "share",
    "choose",
    "set",
    "changed",
    "neutral",
]

WORDS: dict[Category, str] = {
    "otp": "otp|otps|codes|ma otp|maotp|โค้ด|โค้ดยืนยัน|โค๊ด|โค้ด otp|ma xac thuc|ma xac nhan|ma kich hoat"
    "|ma bi mat|ma so bi mat|secret code"
    "|ma giao dich otp|ma|ma so|ma code|code|ma so xac thuc|smart otp|verification code|verify code"
    "|one-time code|one time code|one-time passcode|one time passcode|one-time password"
    "|one time password|confirmation code|login code"
    "|2fa|auth code|authentication code|passcode otp|รหัส|รหัส otp|รหัสยืนยัน|รหัสยืนยันตัวตน|รหัสลับ"
    "|รหัสครั้งเดียว|รหัสผ่านใช้ครั้งเดียว|รหัสผ่านครั้งเดียว|โอทีพี"
    # "Mã giao dịch một lần", "mật khẩu dùng một lần": a code for one use is a one-time code, even
    # under a name that on receipts names a reference ("mã giao dịch").
    "|ma giao dich mot lan|ma giao dich dung mot lan|ma dung mot lan|mat khau mot lan|mat khau dung mot lan"
    # A code named by what it unlocks or lets one collect: "รหัสรับพัสดุ 7392", "mã nhận hàng 5162",
    # "pickup code 4418", "รหัสเปิดตู้ …" (a parcel, a locker, cash without a card); not money
    # sent from abroad: "mã nhận tiền … MTCN …" is what the sender tracks it by.
    "|รหัสรับ|รหัสรับพัสดุ|รหัสรับของ|รหัสรับสินค้า|รหัสเปิด|รหัสเปิดตู้|รหัสตู้|รหัสปลดล็อก"
    "|ma nhan hang|ma lay hang|ma nhan don|ma nhan buu kien|ma nhan kien|ma rut tien|ma mo tu"
    "|ma tu do|ma lay do|pickup code|pick-up code|pick up code|collection code|locker code|unlock code"
    "|parcel code|parcel pin|delivery pin|withdrawal code"
    # A code by the checking it does, and a code kept to get in when the usual way fails: "mã xác
    # minh: 2046", "ma du phong 246813" (a fingerprint's backup), "backup code", "รหัสสำรอง".
    "|ma xac minh|ma so xac minh|ma du phong|ma so du phong|ma khoi phuc|backup code|backup codes"
    "|recovery code|recovery codes|รหัสสำรอง|รหัสกู้คืน|โค้ดสำรอง",
    "pin": "pin|ma pin|pin code|ma mo khoa|mat ma|passcode|pass code|ma passcode|รหัส pin|รหัสpin|รหัสพิน|พิน"
    "|รหัสatm|ma atm|ma the atm|ma so atm|ma pin atm|mat ma atm"
    "|รหัส atm|รหัสเอทีเอ็ม|รหัสบัตร atm|รหัสผ่าน 6 หลัก|รหัส 6 หลัก"
    # The code of the ATM card, the machine spelled in Thai and glued on: "รหัสบัตรเอทีเอ็ม9031".
    "|รหัสบัตรเอทีเอ็ม|รหัสบัตรatm|รหัสบัตรเดบิต"
    "|so bi mat|con so bi mat|secret number|secret pin|เลขลับ"
    # "Mã PIN" cut short, and a mobile bank's PIN: "mp thẻ: 8193", "mp 8193", "MPIN 482913".
    "|mp|mp the|mp atm|mpin|m pin|m-pin|ma p"
    # A PIN named by what it does, cash from the machine: "cái số 4 số để rút tiền ở cây ATM … là 6709",
    # "the number to take cash out", "รหัสกดเงิน"; a code to collect cash without a card ("mã rút
    # tiền", "mã để rút tiền", "รหัสถอนเงินไม่ใช้บัตร") is a one-time code.
    "|so de rut tien|so dung de rut tien|so rut tien"
    "|number to take cash out|number to take money out|number to get cash|number to withdraw cash"
    "|number to withdraw money|digits to take cash out|digits to take money out|digits to get cash"
    "|digits to withdraw cash|digits to withdraw money|รหัสกดเงิน|เลขกดเงิน"
    # A SIM's unblocking key, printed on the plastic card the SIM came in: "mã PUK 48201736", "PUK
    # code 83027461", "รหัส PUK": it unlocks the SIM (and so its codes by SMS) as a PIN does.
    "|puk|puk1|puk2|ma puk|so puk|ma puk1|ma puk2|puk code|puk number|sim puk|รหัส puk|รหัสpuk|เลข puk"
    # "PIN" glued to the word before or after it: "maPIN 5068", "mãPIN", "PINcode 5068".
    "|mapin|pincode|mapincode"
    # A door's keypad code: "the door code for the flat is 47193", "mã cửa 47193", "รหัสประตู 47193".
    "|door code|door pin|gate code|entry code|keypad code|building code|front door code|door passcode"
    "|ma cua|ma mo cua|ma cong|ma cua nha|ma khoa cua|mat ma cua nha"
    "|รหัสประตู|รหัสเปิดประตู|รหัสเข้าประตู|รหัสล็อกประตู|รหัสประตูบ้าน|รหัสประตูหอ",
    "security": "security code|ma bao mat|รหัสความปลอดภัย",
    "spoken": "read out|read him|read her|read them|read it out|told him|told her|told them|gave him"
    "|gave her|doc cho|doc cho ho|doc cho no|da doc|doc so|บอกไป|บอกเลข|อ่านให้|อ่านเลข"
    # Thai says whom it was told to between "บอก" and "ไป": "ลุงบอกเขาไปว่า 7205" (told him).
    "|บอกเขา|บอกเขาไป|บอกเธอ|บอกเธอไป|บอกพวกเขา|บอกพวกเขาไป|อ่านให้เขา|อ่านให้เธอ",
    "login": "login|log in|logging in|logged in|sign in|signing in|dang nhap|go vao|บัญชีเข้าใช้|ล็อกอิน|เข้าสู่ระบบ",
    "number": "so|day so|con so|so do|so nay|number|the number|a number|that number|id|ตัวเลข|เลข|เลขนั้น|เลขนี้",
    "cvv": "cvv|cvc|ccv|cid|csc|cvv2|cvc2|ซีวีวี|code on the back|digit code on the back|ma cvv"
    "|ma bao mat the|3 so sau the|3 so mat sau|ba so sau the|so sau the"
    "|ba so mat sau|3 so o mat sau|so mat sau the|sau lung|ma sau lung|so sau lung|3 so sau|ba so sau"
    "|security number|digits on the back|numbers on the back"
    # The card's code by where it is, in the singular or without "the": "the little number on the
    # back is 841", "số nhỏ ở mặt sau", "ba số phía sau thẻ", "เลขด้านหลังบัตร".
    "|number on the back|little number on the back|small number on the back|number on back|numbers on back"
    "|digits on back|code on back|number on the back of the card|3 numbers on the back"
    "|three numbers on the back|three digits on the back|so phia sau the|ba so phia sau|3 so phia sau"
    "|so nho mat sau|so o mat sau"
    # The code by the words "the code on the back": "327 là mã sau thẻ", "ma o mat sau the la 519".
    "|ma sau the|ma mat sau|ma o mat sau|ma mat sau the|ma o mat sau the|ma phia sau the|ma sau cua the"
    "|so nho o mat sau|so phia sau|เลขด้านหลังบัตร|เลขข้างหลังบัตร|ตัวเลขหลังบัตร|เลขสามตัวด้านหลัง|เลข 3 ตัวด้านหลัง"
    "|3 digits on the back|back of the card|mat sau the|mat sau cua the"
    # Behind the card, as "đằng sau" and "phía sau" say it: "đằng sau thẻ có 3 số 516".
    "|dang sau the|dang sau cua the|o dang sau the|phia sau the|phia sau cua the|o phia sau the"
    "|behind the card|behind my card|behind the atm card"
    # An Amex's four digits on its front: "the little number on front is 8813", "số nhỏ mặt trước".
    "|little number on front|little number on the front|small number on front|small number on the front"
    "|4 digits on the front|four digits on the front|4 digits on front|4-digit code on the front"
    "|code on the front|little code on the front|so nho mat truoc|so nho o mat truoc|4 so nho mat truoc"
    "|4 so o mat truoc|bon so o mat truoc|4 so mat truoc the|ma o mat truoc the|ma mat truoc the"
    "|เลขเล็กด้านหน้าบัตร|เลขเล็กหน้าบัตร|เลข 4 ตัวด้านหน้าบัตร|เลข 4 ตัวหน้าบัตร|เลขสี่ตัวหน้าบัตร"
    # Without "the", or with "my": "back of card says nine five two", "the back of my card shows 952".
    "|back of card|back of my card|back of the card says|on back of card"
    "|เลขหลังบัตร|เลข 3 ตัวหลังบัตร|เลขสามตัวหลังบัตร|รหัสหลังบัตร"
    "|หลังบัตร|รหัส cvv|เลข cvv"
    # The code named by the back alone, after the card's expiry date: "expiry 11/27, back code 193",
    # "hạn 11/27, mã đằng sau 193", "หมดอายุ 11/27 รหัสด้านหลัง 193".
    "|back code|back number|back digits|code at the back|number at the back|digits at the back"
    "|ma dang sau|so dang sau|ma dang sau the|so dang sau the|ma phia sau|ma o sau the|so o sau the"
    "|รหัสด้านหลัง|รหัสข้างหลัง|เลขด้านหลัง|เลขข้างหลัง",
    "password": "mat khau|matkhau|mat khua|mat kau|mk|pass|password|passwd|pwd|pw|pass word|pasword"
    "|passwrod|passowrd|paswd|passwort|paswword|passwrd|passsword|pasward|mat khao|mat kha|mat khau moi"
    "|passphrase|pass phrase"
    "|รหัสผ่าน|รหัสผาน|รหัสผ่่าน|รหัสผ่าน่|รหัสพาส|พาสเวิร์ด|พาสเวิด|พาส"
    # A network's key by the code word before it, as a router's sticker prints it: "รหัส WiFi:
    # 7HKX92MQ", "mã wifi 88668866tg", "wifi key …": it is the network's password.
    "|รหัส wifi|รหัสwifi|รหัส wi-fi|รหัส wi fi|รหัสไวไฟ|รหัส ไวไฟ|รหัสเน็ต|รหัสเราเตอร์|ma wifi|ma wi-fi"
    "|wifi key|wi-fi key|wifi code|wi-fi code|network key|wpa key|wpa2 key",
    "card": "the|so the|the atm|the moi|the cu|the ngan hang|the tin dung|the ghi no|visa|mastercard|jcb"
    "|card number|card|credit card|debit card|บัตร|เลขบัตร|บัตรเครดิต|บัตรเดบิต|บัตร atm",
    "id": "cccd|can cuoc|can cuoc cong dan|so dinh danh|cmnd|chung minh nhan dan|id number|national id"
    "|id card|citizen id|citizen id number|citizen identity card"
    # The old nine-digit card by its longer name: "Số chứng minh cũ 9 số 162384917", "chứng minh thư".
    "|so chung minh|so chung minh thu|chung minh thu|giay chung minh|so cmt"
    # The national identity app, whose account is the CCCD's number (see `_an_id_apps_account`).
    "|vneid|vneid app|app vneid|ung dung vneid"
    "|เลขบัตรประชาชน|บัตรประชาชน|เลขประจำตัวประชาชน"
    # Other countries' ID numbers, by name: "social security number 531-72-4098", "National
    # Insurance number JK 48 21 77 B", a passport's, "hộ chiếu", "หนังสือเดินทาง".
    "|social security|social security number|social security no|ssn|national insurance"
    "|national insurance number|national insurance no|ni number|nino|social insurance number|sin number"
    "|tax file number|aadhaar|aadhaar number|aadhar|nric|mykad|passport number|passport no|so ho chieu"
    "|ho chieu so|ma so an sinh|so an sinh xa hoi|เลขหนังสือเดินทาง|เลขพาสปอร์ต|เลขประกันสังคม",
    "harmless": "ma lop|class code|google classroom|รหัสห้อง|รหัสชั้นเรียน|รหัสคลาส|คลาสเรียน|ma qr|qr code"
    "|ma don|ma don hang|ma van don"
    "|ma buu chinh|ma so thue|ma khach hang|ma giao dich|ma tham chieu|ma hoa don|ma san pham"
    "|ma giam gia|ma khuyen mai|phieu mua hang|phieu qua tang|phieu giam gia|phieu khuyen mai|คูปอง|โค้ดส่วนลด"
    "|โค้ดลด|ma gd|ma tra soat|sort code|so ho so|so nha|so hieu|รหัสลูกค้า|ma vung"
    "|ma nhan vien|ma ho so|ma tra cuu|ma benh nhan|ma bhxh|ma buu dien|buu dien|รหัสผู้ใช้ไฟฟ้า"
    "|group code|invite code|join code|room code|meeting code|class id|trace|trace number|so trace|ma trace"
    "|ref number|ma kh|ma khach|tham chieu|so tham chieu|gd so|so gd|msg id|message id|sms id"
    "|hoa don|so hoa don|invoice|bill number|รหัสวิชา|รหัสกลุ่ม|รหัสเชิญ"
    "|zoom|lop hoc id|id phong|join with id|confirmation number|reference number|booking number"
    "|หมายเลขผู้ใช้ไฟ|ผู้ใช้ไฟ|เลขที่รายการ|หมายเลขรายการ"
    "|รหัสผู้ใช้น้ำ|รหัสผู้ใช้|เลขผู้ใช้ไฟฟ้า"
    "|ma so bhxh|ma so ho so|ma dinh danh ho so|ma tinh|ma chi nhanh|ma swift|ma nhom|ma phong"
    "|ma zoom|ma cuoc hop|meeting id|zoom id|room id|ma hoc vien|ma sinh vien|ma hoi vien|ma thanh vien"
    "|ma bai|ma de|ma mon|ma truong|ma xa|ma huyen|ma bien lai|ma hop dong|ma thue bao|ma bhyt"
    "|ma giao dich ngan hang|ma lenh|ma dat cho|ma ve|order number|order code|order no|tracking"
    "|customer number|customer no|customer code|customer id|contract number|meter number|policy number"
    "|member number|membership number|so khach hang|so hop dong|so cong to|ma cong to"
    "|kahoot|quizizz|google meet|game pin|ma vao phong|ma vao lop|ma tham gia|ma phong hoc"
    "|bien so|bien so xe|bien kiem soat|license plate|licence plate|number plate|plate number|ทะเบียนรถ"
    "|ป้ายทะเบียน|branch|chi nhanh|สาขา"
    # A land title's or a house book's number: "sổ đỏ số BH 045218", "โฉนดเลขที่ 4521" ("so do" alone
    # may be "số đó", that number, so only with "số" after it).
    "|so do so|so hong so|so bh|so ho khau|so ho khau so|so dat so|so thua|thua dat so|to ban do so"
    "|โฉนด|โฉนดที่ดิน|เลขโฉนด|โฉนดเลขที่|ทะเบียนบ้าน|เลขทะเบียนบ้าน|land title|title deed|deed number"
    "|house book|house registration"
    "|tracking number|tracking code|postal code|zip code|zip|area code|country code|promo code"
    "|discount code|voucher code|voucher|coupon|reference|ref|ref no|transaction id|ticket"
    # A prescription's number, by its word before or after "mã": "đơn thuốc mã 24-113", "toa thuốc số 7781".
    "|don thuoc|don thuoc ma|don thuoc so|toa thuoc|toa thuoc ma|toa thuoc so|ma toa thuoc|ma thuoc"
    "|so don thuoc"
    "|prescription|prescription number|prescription code|rx number|ใบสั่งยา|เลขใบสั่งยา|รหัสใบสั่งยา"
    "|case number|branch code|version|phien ban"
    "|ma khoa hoc|khoa hoc|course code|course id|class|lop|lop hoc|don hang|so don|dong ho nuoc|dong ho dien"
    "|dong ho|ma noi dang ky|noi dang ky|ma kcb|mst|but toan|so but toan|duoi|so duoi|ending|ending in"
    "|ends in|ending with|ket thuc|so cuoi|last 4|last four|last digits|ลงท้าย|ตัวท้าย|รหัสคอร์ส"
    "|รหัสหลักสูตร|meter|meter reading|chi so|มิเตอร์"
    "|course|room|room number|flat|apartment|phong|can ho|parcel|package|buu kien|kien hang|ห้อง|พัสดุ|order"
    "|รหัสไปรษณีย์|รหัสสินค้า|รหัสพัสดุ|เลขพัสดุ|รหัสติดตาม|เลขอ้างอิง|รหัสอ้างอิง|รหัสสาขา|รหัสคูปอง"
    "|รหัสส่วนลด|รหัสแนะนำ|รหัสโปรโมชั่น|รหัสสมาชิก|เลขสมาชิก|เลขที่สมาชิก|หมายเลขสมาชิก|คิวอาร์|เลขที่คำสั่งซื้อ"
    "|เวอร์ชัน|หมายเลขลูกค้า|เลขที่ลูกค้า|เลขสัญญา|เลขที่สัญญา"
    # What an app shows when something fails: "error code 3007", "mã lỗi 502", "รหัสข้อผิดพลาด 1004".
    "|error code|error id|fault code|ma loi|รหัสข้อผิดพลาด|รหัส error|รหัสerror"
    # A bill's payment code and a stay's booking: "học phí có mã thanh toán 25104873", "Booking 54821".
    "|ma thanh toan|payment reference|booking|reservation|ma dat phong|ma booking"
    # A file's kind, not "mp" for a PIN: "file mp3 4821", "mp4 1080".
    "|mp3|mp4|mp 3|mp 4"
    # A house's number: "บ้านเลขที่ 1234".
    "|บ้านเลขที่|เลขที่บ้าน"
    # Labels shortened as shops, receipts and forms shorten them: "mã SP" (sản phẩm, a product), "mã
    # ĐH" (đơn hàng), "mã VĐ" (vận đơn), "mã HĐ" (hóa đơn, hợp đồng), "mã NV", "mã SV", "mã HS".
    "|ma sp|ma dh|ma vd|ma hd|ma nv|ma sv|ma hs"
    # Orders, requests and enrolments: "đơn 551203", "mã yêu cầu hoàn tiền …", "enrolment code …".
    "|don|ma yeu cau|so yeu cau|ma khieu nai|so khieu nai|ma ghi danh|request number|request id|case id"
    "|ma gioi thieu|referral code|referral|ticket number|ticket id|complaint number|enrollment code"
    "|enrolment code|enrollment key|enrolment key"
    "|คำสั่งซื้อ|เลขคำสั่งซื้อ|หมายเลขคำสั่งซื้อ|ออเดอร์|เลขออเดอร์|หมายเลขออเดอร์|เลขติดตาม|เลขแทร็ก|เลขแทรค"
    "|เลขคำขอ|เลขที่คำขอ|หมายเลขคำขอ|เลขคำร้อง|เลขที่คำร้อง"
    # Records a number is kept under: a candidate, a queue, a seat, a student, a patient, a receipt.
    "|so bao danh|so thu tu|so seri|so serial|so phieu|so ghe|so imei|imei|ma so sinh vien|ma so hoc sinh"
    "|ma hoc sinh|ma giu cho|ma buu gui|ma van chuyen|ma benh an|so benh an|ma bao hiem|so bao hiem"
    "|so the bao hiem|ma the bhyt|so bien nhan|so bien lai|ma bien nhan"
    "|booking code|booking ref|pnr|serial number"
    # A product's barcode and a bank branch's code: "บาร์โค้ด 8850999321045", "BSB 062-118".
    "|barcode|bar code|ma vach|บาร์โค้ด|บาร์โค๊ด|บาร์โคด|bsb|routing number|swift code|iban"
    "|เลขที่ใบเสร็จ|เลขใบเสร็จ|เลข hn|รหัสนักศึกษา|รหัสนักเรียน|รหัสพนักงาน|เลขคิว|เลขที่นั่ง"
    "|เลขประจำตัวผู้ป่วย|เลขผู้ป่วย|เลขที่ใบแจ้งหนี้|เลขมิเตอร์|เลขซีเรียล|เลขที่ใบจอง|รหัสจอง"
    # An electricity or water meter's number by its Thai name: "รหัสเครื่องวัด 020012345678".
    "|รหัสเครื่องวัด|เลขเครื่องวัด|หมายเลขเครื่องวัด|เครื่องวัดไฟ|เครื่องวัดน้ำ|มาตรวัด|เลขมาตรวัด|รหัสมิเตอร์|หมายเลขมิเตอร์"
    # A device's serial and its warranty: "SN 510284", "mã bảo hành 482913", "warranty code …",
    # "ใบรับประกัน … เลขเครื่อง 510284".
    "|s/n|serial|serial no|so sn|ma sn|sn so|ma bao hanh|so bao hanh|phieu bao hanh|tem bao hanh|bao hanh"
    "|so may|ma may|warranty|warranty code|warranty number|warranty card|model number|model no"
    "|เลขเครื่อง|หมายเลขเครื่อง|ซีเรียล|หมายเลขซีเรียล|รับประกัน|ใบรับประกัน|เลขรับประกัน|บัตรรับประกัน|รุ่น"
    # What a transfer's note says: "nội dung chuyển khoản ghi 'TRAN THI MO CK 20231115 123045'", "nd
    # ck", "transfer note", "บันทึกช่วยจำ"; the payer's name, a date or an order's number, no code.
    "|noi dung chuyen khoan|noi dung chuyen tien|noi dung ck|noi dung gd|nd ck|ndck|loi nhan chuyen khoan"
    "|dien giai|ghi chu chuyen khoan|ghi chu ck|memo|transfer note|transfer memo|transfer description"
    "|transfer message|payment note"
    "|payment description|บันทึกช่วยจำ|ข้อความโอน|หมายเหตุการโอน",
    "account": "stk|so tai khoan|tai khoan so|tai khoan|tk|so tk|tk so|account|account number|account no"
    "|acc|acc no|acct"
    "|a/c|beneficiary account|เลขบัญชี|เลขที่บัญชี|บัญชีเลขที่|บัญชี|บช.",
    # Where money goes: "chuyển vào 19036655", "transfer to 48213391", "โอนเข้า 4821339". Only words
    # that say where: "mã OTP chuyển khoản 482913" is a code for a transfer.
    "transfer": "chuyen vao|chuyen den|chuyen toi|chuyen sang|chuyen khoan vao|chuyen khoan den"
    "|chuyen khoan toi|chuyen tien vao|chuyen tien den|chuyen tien toi|chuyen tien sang|nap tien vao"
    "|gui tien vao|gui tien den|vao so|transfer to|transferred to|transfer into|transferred into"
    "|send money to|sent money to|pay into|paid into|โอนเข้า|โอนไป|โอนไปที่|โอนเงินเข้า|โอนเงินไป"
    "|โอนเงินไปที่|โอนให้",
    "amount": "gia|gia ban|gia tien|so du|so tien|phi|bi tru|tru tien|deducted|charged|price|cost|costs"
    "|balance|amount|fee|ราคา|ยอดเงิน"
    "|ยอดคงเหลือ|ค่าธรรมเนียม|จำนวนเงิน",
    "call": "lh|lien he|contact|goi|goi den|goi lai|goi so|goi vao|tong dai|hotline|duong day nong"
    "|nhan tin den|nhan tin toi|soan|soan tin|gui den|sdt|so dien thoai|so dt|call|called|calling|dial"
    "|phone number|sms to|text to|den|tu|from|จาก|helpline|help line|helplines|crisis line|support line"
    # "quay số 1 2 3 4 5 6": a number dialled
    "|quay so|quay so dien thoai"
    "|โทร|โทรหา|โทรมา|โทรไป|สายด่วน|เบอร์|เบอร์โทร",
    "year": "nam|sinh nam|nam sinh|year|born|born in|since|in|ปี|พ.ศ.|ค.ศ.|เกิดปี",
    # Digits a learner says they typed: a code or a PIN when the message is about codes.
    "entered": "typed|typed in|type|typing|entered|enter|entering|put|put in|pressed|press|keyed in|key in"
    "|nhap|da nhap|go|bam|dien|input|พิมพ์|กด|ใส่|กรอก",
    # A machine that asks for a PIN: the digits a learner pressed at it are one.
    # So is one that swallowed the card: "The machine ate my card after I typed 5903 twice".
    "machine": "atm|cay atm|may atm|cash machine|cashpoint|ตู้ atm|ตู้เอทีเอ็ม|เอทีเอ็ม"
    "|ate my card|ate the card|swallowed my card|swallowed the card|kept my card|took my card"
    "|may nuot the|nuot the|nuot mat the|ตู้กลืนบัตร|กลืนบัตร|ตู้ยึดบัตร|ยึดบัตร|ตู้กินบัตร|กินบัตร"
    # So does a phone's lock: "để mở khóa điện thoại bà bấm 2580", "to unlock my phone I press 2580".
    "|mo khoa dien thoai|mo khoa dt|mo khoa may|mo khoa man hinh|mo may|unlock my phone|unlock the phone"
    "|unlock my screen|unlock the screen|unlock my iphone|unlock the iphone|unlock my ipad|unlock my tablet"
    "|ปลดล็อกมือถือ|ปลดล็อกโทรศัพท์|ปลดล็อกหน้าจอ|ปลดล็อกเครื่อง|ปลดล็อคมือถือ|ปลดล็อคโทรศัพท์|ปลดล็อคหน้าจอ"
    "|ปลดล็อคเครื่อง",
    # Tickets and draws: their six-digit numbers are not codes.
    "lottery": "ve so|xo so|vietlott|xsmb|xsmn|xsmt|lottery|lotto|ลอตเตอรี่|ล็อตเตอรี่|ลอตเตอรี|สลาก|หวย"
    # A prize draw by any name, its ticket or its result: "phiếu quay số dự thưởng số 018274", "giải
    # đặc biệt", "รางวัลที่ 1 งวด 16 ก.ย. ออก 852 037", "raffle ticket 018274", "winning numbers"; not
    # a prize a caller says one has won ("báo trúng thưởng", "ถูกรางวัล"): that is a scam's opening.
    "|du thuong|quay so du thuong|phieu du thuong|giai dac biet|ket qua xo so"
    "|รางวัลที่|รางวัลที่ 1|รางวัลที่หนึ่ง|เลขท้าย|ผลรางวัล|ผลสลาก|งวดนี้ออก|ออกรางวัล"
    "|raffle|raffle ticket|prize draw|winning number|winning numbers|powerball",
    # What a code is for: "Line verification 7046", "Use 50918364 to authorise…", "để xác nhận… là 7052".
    "verify": "verify|verifying|verification|authorise|authorize|authorising|authorizing|authorisation"
    "|authorization|authenticate|authenticating|confirm|confirming|xac nhan|xac thuc|xac minh|ยืนยัน|ยืนยันตัวตน",
    # A user name: the word after it is who logs in, not the password ("Tên đăng nhập tranvanmuoi").
    "user": "user|username|user name|user id|userid|login name|login id|ten dang nhap|ten tai khoan"
    "|ten truy cap|ชื่อผู้ใช้|ยูสเซอร์|ยูสเซอร์เนม"
    # A chat handle others add one by: "ไอดีไลน์ยายคือ somjai1960", "ID Line của bà là …", "my LINE ID is …".
    "|line id|id line|lineid|idline|id zalo|zalo id|nick zalo|nick facebook|nick fb|ten zalo|ten facebook"
    "|ten fb|facebook name|handle|nickname|screen name|ไอดีไลน์|ไลน์ไอดี|ไอดี line|line ไอดี|ไอดี|ไอดีเฟซ"
    "|wifi name|wi-fi name|network name|ssid|ten wifi|wifi ten|ten mang|ชื่อ wifi|ชื่อไวไฟ",
    # The words of a code's story, which name no number themselves: it was sent or arrived, it is
    # for logging in or a new device, it runs out in minutes, someone asked for it. A message that
    # tells two of them is about a code (see `numbers.Context.about_a_code`).
    "arrived": "gui ve|gui toi|gui tin|vua gui|gui lai|gui|nhan|vua nhan|nhan duoc|nhan tin|tin nhan|sms"
    "|texted|text|texts|a text|text message|got a text|messaged|sent|arrived|received|buzzed|popped up"
    # Given by an app: "WhatsApp gave me 8264 to set up on the new phone".
    "|gave me|gives me|given me"
    # Shown on a screen: "màn hình hiện mã giao dịch 3927 1065", "the screen showed …", "หน้าจอขึ้น …".
    "|man hinh hien|man hinh hien ra|man hinh hien len|hien ra|hien len|screen showed|screen shows|it showed"
    "|หน้าจอขึ้น|หน้าจอแสดง"
    "|ส่ง|ส่งมา|ข้อความ|ได้มา|เข้ามา|เด้ง|ได้รับ",
    "access": "kich hoat|activate|activation|may moi|may khac|thiet bi moi|new device|other device"
    "|another device|new phone|เครื่องใหม่|เข้าแอป",
    "timed": "hieu luc|het gio|het han|phut|expire|expires|expired|within|minutes|ภายใน|นาที|หมดอายุ",
    "share": "doc|doc lai|hoi xin|xin so|dung cho ai|khong cho ai|never share|don't share|do not share"
    "|asked for|asked me for|say|said|aloud|read|ห้ามบอก|ห้ามให้|อ่าน|ถามเลข"
    # Handed over: "Mã giao dịch 613904 bà đưa cho chị bán hàng được không", "ยื่นให้", "hand it to".
    "|dua cho|dua ma|dua so|hand it to|handed it to|give it to|gave it to|ยื่นให้|ให้คนขาย",
    # Asking which of several to use: "got two texts: … which one is for the transfer?", "nhập cái nào".
    "choose": "which one|which ones|cai nao|อันไหน|ตัวไหน",
    # Setting a password: "ông đặt chimse#7", "bà đặt là …", "I set it to …", "ตั้งเป็น …".
    "set": "dat|set|ตั้ง|ตั้งไว้",
    # A secret set or changed to a new value: "đổi thành 5820", "set it to 4821", "เปลี่ยนเป็น 7391";
    # a PIN when the message is about a card, a password when it is built like one.
    "changed": "dat la|set it to|set it as|set as|ตั้งเป็น|doi thanh|doi sang|doi lai thanh|doi no thanh"
    "|changed it to|changed to|change it to|changed the pin to|reset it to|เปลี่ยนเป็น|เปลี่ยนรหัสเป็น"
    "|เปลี่ยนใหม่เป็น",
    # Compounds that contain a shorter keyword and mean something else: "quốc gia" is not "giá".
    # "ký tự" (characters) holds no "từ" (from): "xin mã 5 ký tự 73019".
    "neutral": "ky tu|ki tu"
    "|quoc gia|gia dinh|tham gia|gia han|danh gia|gia tri|chuyen gia|goi cuoc|goi y|viet nam"
    "|mien nam|nam nay|nam ngoai|nam truoc|tam tru|thuong tru|กดเงิน|กดเงินสด|dien thoai|tien dien"
    "|dat hang|dat lich|dat cho|phong bi|in order|ส่งของ|จัดส่ง|ขนส่ง"
    # Who receives money is no code arriving: "chuyển tiền rồi mà người nhận chưa thấy".
    "|nguoi nhan|ben nhan",
}

# The card's code under each of its names (CVV, CVC, CID, CSC, with or without the 2) and each word
# that introduces it: "mã CVC", "số CVV2", "the CVC", "CVC code", "รหัส CVC", "เลขCSC".
CVV_NAMES = ("cvv", "cvc", "ccv", "cid", "csc", "cvv2", "cvc2", "cvn")
CVV_BEFORE = ("ma ", "so ", "ma so ", "the ", "your ", "my ", "เลข", "เลข ", "รหัส", "รหัส ", "โค้ด")
CVV_AFTER = (" code", " number", " no", " digits")
CVV_WORDS = (
    "card code|card security code|card verification code|card verification value|card verification"
    "|so bao mat|so bao mat the|ma bao mat sau the|3 so bao mat|ba so bao mat|ma 3 so sau the"
    "|ma ba so sau the|3 so cuoi mat sau|three digits on the back|3-digit code|three-digit code"
    "|3 digit code|three digit code|เลขสามหลักหลังบัตร|เลข 3 หลักหลังบัตร|รหัสสามตัวหลังบัตร"
    "|รหัส 3 ตัวหลังบัตร|รหัสความปลอดภัยบัตร|เลขความปลอดภัย|รหัสหลังบัตรเครดิต"
)
WORDS["cvv"] += "|" + "|".join(
    [b + n for n in CVV_NAMES for b in CVV_BEFORE]
    + [n + a for n in CVV_NAMES for a in CVV_AFTER]
    + [CVV_WORDS]
)
# A phone's lock: what unlocks its screen, a PIN or a password ("mã khóa màn hình 1932", "my screen
# lock is Kate59", "รหัสปลดล็อกหน้าจอ 4827"), read as a password is; its digits alone are shown as a PIN.
LOCK_WORDS = (
    "ma khoa man hinh|khoa man hinh|hinh khoa man hinh|hinh mo khoa"
    "|mat khau man hinh|mat khau khoa man hinh|ma mo khoa man hinh|mat ma man hinh"
    "|pass man hinh|mat khau mo may|ma mo may|mat khau mo khoa|ma mo khoa may|ma mo khoa dien thoai"
    "|mat khau dien thoai|ma khoa dien thoai|mat ma dien thoai|pass dien thoai|mat khau mo khoa dien thoai"
    "|screen lock|screen lock code|screen lock pin|screen lock password|screen lock passcode"
    "|lock screen code|lock screen pin|lock screen password|lock screen passcode|screen passcode"
    "|screen password|phone passcode|phone pin|phone password|phone unlock code|phone lock code"
    "|passcode of the phone|passcode of my phone|pin of the phone|pin of my phone|unlock pin"
    # The lock named by itself or by its shape: "khóa màn hình của ông là số 2580 vẽ đường thẳng",
    # "my lock pattern is 2580 straight down", "รูปแบบปลดล็อก 2580".
    "|lock pattern|unlock pattern|pattern lock|screen pattern|รูปแบบปลดล็อก|รูปแบบล็อก|ล็อกหน้าจอ|ล็อคหน้าจอ"
    "|iphone passcode|รหัสปลดล็อกหน้าจอ|รหัสปลดล็อคหน้าจอ|รหัสล็อกหน้าจอ|รหัสล็อคหน้าจอ|รหัสเข้าเครื่อง"
    "|รหัสเปิดเครื่อง|รหัสปลดล็อกเครื่อง|รหัสปลดล็อกมือถือ|รหัสปลดล็อกโทรศัพท์|รหัสมือถือ|รหัสเข้ามือถือ"
    "|รหัสผ่านมือถือ|รหัสผ่านโทรศัพท์|รหัสผ่านหน้าจอ"
)


# A phone unlocked with something: "mở khóa điện thoại bằng số 2580", "unlock my phone with 2580",
# "ปลดล็อกหน้าจอด้วยรหัส 2580". What it is unlocked with is its lock's PIN or password; a finger or
# a face ("bằng vân tay", "with face ID") is neither and has no digits. Each verb, with what it
# unlocks (only "unlock", "mở khóa" and "ปลดล็อก" go without) and each word for "with".
def _unlocked_with(verbs: str, things: str, means: str, sep: str) -> list[str]:
    return [
        sep.join(part for part in (verb, thing, by) if part)
        for verb in verbs.split("|")
        for thing in things.split("|")
        for by in means.split("|")
        if thing or verb in UNLOCK_ALONE
    ]


UNLOCK_ALONE = frozenset({"mo khoa", "mo", "unlock", "opens", "unlocks", "ปลดล็อก", "ปลดล็อค"})
_VI_OWNERS = ("", " cua ba", " cua ong", " cua me", " cua bo", " cua toi", " cua minh", " cua con", " cua em")
_VI_THINGS = "|".join(
    thing + owner
    for thing in "dien thoai|dt|may|man hinh|iphone|app|ung dung".split("|")
    for owner in _VI_OWNERS
)
UNLOCKED_WITH = (
    _unlocked_with(
        "mo khoa|mo|vao",
        "|" + _VI_THINGS,
        "bang|bang so|bang ma|bang ma so|bang mat ma|bang mat khau|bang pin|bang ma pin|bang cach bam"
        "|bang cach nhap|bang cach go|voi ma|voi so|voi mat khau",
        " ",
    )
    + _unlocked_with(
        "unlock|unlocks|open|opens|get into",
        "|it|the phone|my phone|the screen|my screen|the iphone|my iphone|the ipad|my ipad|the tablet"
        "|my tablet|the app|my app|the device|my device",
        "with|with the code|with the pin|with the number|with the passcode|with code|with pin|with passcode"
        "|using|using the code|using the pin|by typing|by entering|by putting in|by pressing",
        " ",
    )
    + _unlocked_with(
        "ปลดล็อก|ปลดล็อค|เปิด|เข้า",
        "|โทรศัพท์|มือถือ|หน้าจอ|เครื่อง|ไอโฟน|แอป|แอพ",
        "ด้วย|ด้วยรหัส|ด้วยเลข|โดยใช้|โดยใช้รหัส|โดยกด|ใช้รหัส|ใช้เลข|ด้วยการกด",
        "",
    )
)
UNLOCKED_WITH_REACH = 20  # "bằng số 2580", "with the code 2580": the number right after the words
WORDS["password"] += "|" + LOCK_WORDS + "|" + "|".join(UNLOCKED_WITH)
LOCK_WORD_SET = frozenset(LOCK_WORDS.split("|")) | frozenset(UNLOCKED_WITH)
# A PIN named after its digits by what it does, cash from the machine: "cái số 4173 để rút tiền",
# "I use 4173 to take cash out", "4173 ไว้กดเงิน"; such words name only the digits right after them.
CASH_USE = (
    "de rut tien|dung de rut tien|de rut tien mat|to take cash out|to take money out|to get cash"
    "|to get money out|to withdraw cash|to withdraw money|for taking cash out|for withdrawing cash"
    "|ไว้กดเงิน|ใช้กดเงิน|สำหรับกดเงิน|ไว้ถอนเงิน|ใช้ถอนเงิน|สำหรับถอนเงิน"
)
# So does what cash is taken out with, and the machine's number: "bà rút tiền bằng số 4173", "I take
# cash out with 4173", "ยายกดเงินด้วยเลข 4173", "my ATM number is 4173", "số ATM của bà là 4173".
CASH_WITH = (
    "rut tien bang|rut tien bang so|rut tien bang ma|rut tien voi so|take cash out with|take money out with"
    "|withdraw cash with|withdraw money with|get cash with|กดเงินด้วย|กดเงินด้วยเลข|กดเงินด้วยรหัส|ถอนเงินด้วย"
    "|ถอนเงินด้วยเลข|ถอนเงินด้วยรหัส|so atm|con so atm|atm number|atm code|atm digits|เลข atm|เลขatm"
)
WORDS["pin"] += "|" + CASH_USE + "|" + CASH_WITH
CASH_USE_WORDS = frozenset(CASH_USE.split("|"))
# A bank or an app said to send so many digits: "my bank sends 8 digits now: 40917263", "ngân hàng
# gửi 6 số: 418 207", "ธนาคารส่งเลข 6 หลักมา 418207"; what it sends by message is a one-time code.
SENT_DIGITS = "|".join(
    phrase.format(n=n)
    for n in ("4", "5", "6", "8", "four", "five", "six", "eight", "bon", "nam", "sau", "tam")
    for phrase in (
        "sends {n} digits|sent {n} digits|send {n} digits|sends me {n} digits|sent me {n} digits"
        "|texts {n} digits|texted {n} digits|texted me {n} digits|gui {n} so|gui ve {n} so|nhan {n} so"
        "|sends {n} numbers|sent {n} numbers|sent me {n} numbers|texted me {n} numbers|tin nhan co {n} so"
        "|ส่งเลข {n} หลัก|ส่ง {n} หลัก|ส่งมา {n} หลัก|ส่งเลข{n}หลัก|ได้เลข {n} หลัก"
    ).split("|")
)
WORDS["otp"] += "|" + SENT_DIGITS
# An app's error: "báo lỗi mã 5012" (an error, its code), "error 404", "ข้อผิดพลาด 1004".
WORDS["harmless"] += "|loi ma|bao loi|bao loi ma|loi so|error|error number|ข้อผิดพลาด|เกิดข้อผิดพลาด"

# Folded words that are several Vietnamese words: "ma" is "mã" (code) but also "mà" (but) and
# "má" (mum); "mã để" is "a code to…", not "mã đề" (an exam code); "mã về" is "the code came".
# Typed with marks, only the right one counts; typed without, it reads further only.
SPELLED: dict[str, frozenset[str]] = {
    "ma": frozenset({"mã"}),
    "ma so": frozenset({"mã số"}),
    "mat ma": frozenset({"mật mã"}),
    "ma cua": frozenset({"mã cửa"}),  # "mã của" is "the code of"
    "ma cong": frozenset({"mã cổng"}),  # "mà cộng" is "but plus"
    "goi": frozenset({"gọi"}),
    "nam": frozenset({"năm"}),
    "gia": frozenset({"giá"}),
    "phi": frozenset({"phí"}),
    "ma de": frozenset({"mã đề"}),
    "ma ve": frozenset({"mã vé"}),
    "ve so": frozenset({"vé số"}),
    "gui": frozenset({"gửi"}),
    "nhan": frozenset({"nhận", "nhắn"}),
    "dien": frozenset({"điền"}),
    "the": frozenset({"thẻ"}),  # "the" is English, "thế" is "so"
    "the moi": frozenset({"thẻ mới"}),  # "thế mới" is "only then"
    "the cu": frozenset({"thẻ cũ"}),
    "the ngan hang": frozenset({"thẻ ngân hàng"}),
    "don": frozenset({"đơn"}),
    "doc": frozenset({"đọc"}),
    "dat": frozenset({"đặt"}),
    "dat la": frozenset({"đặt là"}),
    "duoi": frozenset({"đuôi"}),
    "phut": frozenset({"phút"}),
    "ma loi": frozenset({"mã lỗi"}),  # "mà lỗi" is "but it fails"
    "loi ma": frozenset({"lỗi mã", "loi ma"}),  # "lời mà" is "words that"
    "bao loi": frozenset({"báo lỗi", "bao loi"}),
    "bao loi ma": frozenset({"báo lỗi mã", "bao loi ma"}),
    "loi so": frozenset({"lỗi số"}),
    "ma dung mot lan": frozenset({"mã dùng một lần"}),  # "mà dùng một lần" is "but used once"
    "phong": frozenset({"phòng"}),
    "den": frozenset({"đến"}),
    "tu": frozenset({"từ"}),
}
# Typed without marks, these words may be another word: they read less far (see `Keyword.reach`).
READS_LESS_UNMARKED: frozenset[Category] = frozenset({"otp", "pin", "call", "year", "amount"})
# Typed without marks, these are common words of English, or words that say the opposite ("ma loi"
# is also "mà lỗi", "but it fails"): only their marks make them keywords, or, for a label, the
# number right after it ("app bao ma loi 1001": "mà lỗi" is followed by words, "mã lỗi" by its
# number, as a label typed with its marks is).
MARKED_ONLY = frozenset({"the", "ma loi"})
LABELS_BEFORE_A_NUMBER = frozenset({"ma loi"})
NUMBER_NEXT = re.compile(r" ?:? ?\d")
# "ma de" typed without marks is "mã đề" (an exam's code) before its number, but "mã để" (a code
# to …) before a verb: "ma de mo khoa tai khoan 708235" names a code by what it is for.
CODE_FOR_A_PURPOSE = frozenset({"ma de"})
WORD_NEXT = re.compile(r" [a-z]")
# "ma ve" typed without marks is "mã vé" (a ticket's code), but "mã về" (the code came) before where
# it came: "ho gui ma ve may, ba thay tin nhan 927164", "ma ve dien thoai roi"; a plane's ticket
# ("ma ve may bay") is still a ticket.
CODE_CAME = frozenset({"ma ve"})
CAME_TO = re.compile(r" (?:may(?! ?bay)|dien thoai|dt|dthoai|roi|chua)(?![a-z])")


def trie(words: list[str]) -> str:
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


# Words that name a secret, as they come out when a key is held ("pinn", "passsword") or, in a
# long word, one letter is dropped, added, swapped or mistyped ("passqord", "pascode").
SLIPS_OF: dict[Category, tuple[str, ...]] = {
    "password": ("password", "matkhau"),
    "pin": ("passcode",),
    "otp": ("verification",),
}
HELD_KEY_CATEGORIES: frozenset[Category] = frozenset({"otp", "pin", "password", "cvv"})


def _held_key(word: str) -> list[str]:
    return [word[: i + 1] + word[i] * extra + word[i + 1 :] for i in range(len(word)) for extra in (1, 2)]


def _one_slip(word: str) -> set[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return (
        {a + b[1:] for a, b in cuts if b}
        | {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
        | {a + c + b[1:] for a, b in cuts if b for c in letters}
        | {a + c + b for a, b in cuts for c in letters}
    )


def _slips(category: dict[str, Category]) -> dict[str, Category]:
    """Misspellings of the words that name a secret; a real keyword keeps its own category."""
    slips: dict[str, Category] = {}
    for word, kind in category.items():
        if kind in HELD_KEY_CATEGORIES and word.isascii() and word.isalpha() and word not in SPELLED:
            slips.update(dict.fromkeys(_held_key(word), kind))
    for kind, words in SLIPS_OF.items():
        for word in words:
            slips.update(dict.fromkeys(_one_slip(word), kind))
    return {word: kind for word, kind in slips.items() if word not in category}


def _said_as_code(category: dict[str, Category]) -> dict[str, Category]:
    """ "code lớp", "code giảm giá", "โค้ดส่วนลด": Vietnamese says "code" for "mã" and Thai "โค้ด"
    for "รหัส", so each harmless "mã …" or "รหัส…" is also read so; not a word that folds like
    another ("mã vé" is also "mã về")."""
    return {
        prefix + word[len(said) :]: kind
        for word, kind in category.items()
        for said, prefix in (("ma ", "code "), ("รหัส", "โค้ด"))
        if kind == "harmless" and word.startswith(said) and word not in SPELLED
    }


def _compile() -> tuple[re.Pattern[str], dict[str, Category]]:
    category: dict[str, Category] = {}
    for kind, words in WORDS.items():
        for word in words.split("|"):
            category.setdefault(word, kind)
    for word, kind in _said_as_code(category).items():
        category.setdefault(word, kind)
    category.update(_slips(category))
    latin = [w for w in category if not "\u0e00" <= w[0] <= "\u0e7f"]
    thai = [w for w in category if "\u0e00" <= w[0] <= "\u0e7f"]
    # "don't" is no "don" (đơn, an order): a word ends before a letter or an English "'t".
    return re.compile(rf"(?<![a-z0-9._/-]){trie(latin)}(?![a-z]|['’]t(?![a-z]))|{trie(thai)}"), category


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
    "transfer": 15,
    "amount": 20,
    "call": 15,
    "year": 10,
    "entered": 15,
    "machine": 0,
    "lottery": 0,
    "verify": 25,
    "user": 15,
    "arrived": 0,
    "access": 0,
    "timed": 0,
    "share": 0,
    "choose": 0,
    "set": 0,
    "changed": 15,
    "neutral": 0,
}
GENERIC_CODE_WORDS = frozenset({"code", "codes", "number", "id", "pin", "so", "ma so"})
# "Lớp học … của phường có mã 651207", "the knitting class has a code 4821", "คลาสเรียนของยายมีรหัส …":
# a code that a harmless thing named earlier in the clause has is that thing's code.
HAD_CODE_WORDS = frozenset({"ma", "ma so", "so", "code", "number", "รหัส", "โค้ด", "เลข"})
HAVING = re.compile(r"(?:(?<![a-z])(?:co|has|have|had|with)(?: an?| the)?|มี) ?$")
HAVING_CHARS = 10
OWNER_CHARS = 50
CLAUSE_BREAK = re.compile(r"[.,;:!?\n]")
ONE_WORD_BETWEEN = re.compile(r" (?:[a-z]+ )?")
RECORD_BEFORE = re.compile(r"(?<![a-z])([a-z]{3,20}) $")
RECORD_WINDOW = 22
RECORD_NOUNS = frozenset({"number", "id"})
# Words before "number" that do not say what it records: it is still a code's number.
NOT_RECORDS = frozenset(
    """
    the that this those these its his her our their your any each every some same new old secret
    right wrong whole full first last next digit digits long short lucky random special real fake
    correct different another other which what whose one two three four five six seven eight nine
    code sms text message access temporary temp time single backup magic only just was and
    thai national citizen citizens citizenship vietnamese personal photo government voter identity
    with by using under as on in at
    """.split()
)
# "đến 9123": a number right after "to" is where a message goes, and "từ số 8077", "from 8077"
# where it came from: a phone or a service. A bare "account" or "order" names only the number right
# after it ("tài khoản 19035482"): "mã kích hoạt tài khoản của bạn là 049271" is a code.
SHORT_REACH = {
    "ma": 100,
    "hoa don": 12,
    "so hoa don": 12,
    "den": 1,
    "tu": 5,
    "from": 5,
    "จาก": 5,
    "tai khoan": 1,
    "tk": 1,
    "account": 1,
    "order": 1,
    "booking": 1,  # "Booking 54821 at the homestay"; "booking … code 7934 to confirm" is a code
    "reservation": 1,
    "don": 1,
    "lop": 1,  # "lớp 5" is a grade; "Lớp dưỡng sinh … có mã …" names its code through "có"
    "vao so": 1,
    "mp": 12,  # "mp thẻ: 8193"; "máy ảnh 48 MP" is a camera's, "the MP for Leeds got …" no PIN
    "ma p": 12,  # "chuyển cho bà vào số 19036655"; "bấm vào số 3 trên màn hình" names no code either
}
SHORT_REACH.update(dict.fromkeys(UNLOCKED_WITH, UNLOCKED_WITH_REACH))
SHORT_REACH.update(dict.fromkeys(CASH_USE_WORDS, 12))
SHORT_REACH.update(dict.fromkeys(CASH_WITH.split("|"), UNLOCKED_WITH_REACH))
# "mp", "mã PIN" cut short, names a PIN only with digits right after it, a card or an owner between:
# "mp thẻ: 8193", "mp của bà là 8193"; "the MP for Leeds got 48213 votes" names none.
PIN_SHORT_FORMS = frozenset({"mp", "mp the", "mp atm", "ma p"})
PIN_SHORT_NEXT = re.compile(
    r"(?: ?(?:the|atm|ngan hang|cua|la|is|ba|ong|toi|minh|em|con|me|bo|moi|cu|new|old|my|[:=\-]"
    r"|บัตร|ของ(?:ยาย|ตา|ผม|ฉัน)?|คือ|เป็น)){0,4}+ ?\d"
)
# What a PIN or a password is said to be, or to be for, after its word: "is my old", "for the",
# "là số", "của căn", "คือ", "ของ"; a few such words, no other.
DESCRIBED_SECRETS: frozenset[Category] = frozenset({"pin", "password"})
_DESCRIBING = (
    "is|was|la|for|of|to|on|at|cua|cho|o|chinh|just|only|chi|our|my|the|his|her|their|old|cu|ba|ong|me"
    "|bo|minh|toi|em|con|also|still|van|cung|same|as|like|nhu|kieu|can|cai"
)
DESCRIBED_AS = re.compile(rf"(?: ?(?:(?:{_DESCRIBING})(?![a-z])|คือ|เป็น|ของ|สำหรับ|ยาย|ตา|เก่า))*+ ?")
ID_APPS = frozenset({"vneid", "vneid app", "app vneid", "ung dung vneid"})
ID_APP_GAP = re.compile(r"[ :\-]{0,3}")
SAID_TO_BE = re.compile(r"(?<![a-z])(?:is|was|la)(?![a-z])|คือ|เป็น")
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
        reach = SHORT_REACH.get(self.word, REACH[self.category])
        return min(reach, AMBIGUOUS_REACH) if self.ambiguous else reach


def find_keywords(text: str, folded: str) -> list[Keyword]:
    """Keywords in order; two may overlap when one starts inside the other ("đọc số thẻ" is
    "read out" and "card number")."""
    found: list[Keyword] = []
    for match in KEYWORD.finditer(folded):
        if found and match.start() < found[-1].end:
            continue  # inside a keyword that started within the one before
        keyword = _as_typed(text, folded, match.start(), match.end())
        if keyword and keyword.word in PIN_SHORT_FORMS and not PIN_SHORT_NEXT.match(folded, keyword.end):
            keyword = None
        if keyword and keyword.word in RECORD_NOUNS and (record := _record_number(keyword, folded, found)):
            if not _what_a_secret_is(record, folded, found):
                found.append(record)
        elif keyword and found and _an_id_apps_account(found[-1], keyword, folded):
            found[-1] = Keyword("id", found[-1].start, keyword.end, f"{found[-1].word} {keyword.word}")
        elif keyword and found and _names_a_harmless_code(found[-1], keyword, folded):
            found[-1] = Keyword("harmless", found[-1].start, keyword.end, f"{found[-1].word} {keyword.word}")
        elif keyword and found and (owner := _harmless_owner(keyword, folded, found)):
            found.append(Keyword("harmless", keyword.start, keyword.end, f"{owner.word} {keyword.word}"))
        elif keyword and not _what_a_secret_is(keyword, folded, found):
            found.append(keyword)
        inner = _starting_inside(text, folded, match.start(), match.end(), keyword)
        if inner and not (inner.category == "harmless" and keyword and keyword.category in DESCRIBED_SECRETS):
            found.append(inner)
    return [keyword for keyword in found if not _a_bare_id_app(keyword)]


def _a_bare_id_app(keyword: Keyword) -> bool:
    """The identity app's name names an ID only with its account word ("VNeID: tài khoản …"); alone
    it names no number, so "mật khẩu VNeID là … còn mã OTP 482913" keeps the OTP an OTP."""
    return keyword.category == "id" and keyword.word in ID_APPS


def _an_id_apps_account(before: Keyword, keyword: Keyword, folded: str) -> bool:
    """ "đăng nhập VNeID: tài khoản 052149004318", "VNeID account: …": the account of the national
    identity app is named by the CCCD's number, so the number is read as an ID's, not an account's."""
    return (
        before.category == "id"
        and before.word in ID_APPS
        and keyword.category == "account"
        and bool(ID_APP_GAP.fullmatch(folded, before.end, keyword.start))
    )


def _what_a_secret_is(keyword: Keyword, folded: str, found: list[Keyword]) -> bool:
    """ "my pin is my old house number, 2281", "the door code for the flat is 47193", "mã PIN là số
    nhà cũ": a harmless thing a PIN's or a password's word says the secret is, or is for, names no
    number of its own; said to be for it, not to be it, it does when its number comes right after it
    ("the PIN for order 58213 is …", but "my PIN is the house number 2281")."""
    before = next((k for k in reversed(found) if k.category != "neutral"), None)
    return (
        keyword.category == "harmless"
        and before is not None
        and before.category in DESCRIBED_SECRETS
        and bool(DESCRIBED_AS.fullmatch(folded, before.end, keyword.start))
        and not (
            NUMBER_NEXT.match(folded, keyword.end)
            and not SAID_TO_BE.search(folded, before.end, keyword.start)
        )
    )


def _record_number(keyword: Keyword, folded: str, found: list[Keyword]) -> Keyword | None:
    """ "receipt number", "patient number", "student ID": a noun before "number" or "ID" says what
    the number is a record of; "the number", "secret number", "six digit number", "Thai ID" do not."""
    before = RECORD_BEFORE.search(folded, max(0, keyword.start - RECORD_WINDOW), keyword.start)
    if not before or before.group(1) in NOT_RECORDS or (found and found[-1].end > before.start(1)):
        return None
    return Keyword("harmless", before.start(1), keyword.end, f"{before.group(1)} {keyword.word}")


def _names_a_harmless_code(before: Keyword, keyword: Keyword, folded: str) -> bool:
    """ "Google Meet code", "Kahoot number", "course enrolment code": a generic word for a code
    after a harmless name, or after the name and one more word that is no keyword, is that name's
    code."""
    return (
        before.category == "harmless"
        and keyword.word in GENERIC_CODE_WORDS
        and bool(ONE_WORD_BETWEEN.fullmatch(folded, before.end, keyword.start))
    )


def _harmless_owner(keyword: Keyword, folded: str, found: list[Keyword]) -> Keyword | None:
    """ "Lớp học điện thoại thông minh của phường có mã 651207": a code word after "có"/"has"/"มี"
    whose owner, earlier in the same clause, is harmless (only neutral words between)."""
    if keyword.word not in HAD_CODE_WORDS or not HAVING.search(
        folded, max(0, keyword.start - HAVING_CHARS), keyword.start
    ):
        return None
    owner = next((k for k in reversed(found) if k.category != "neutral"), None)
    if (
        owner is None
        or owner.category != "harmless"
        or keyword.start - owner.end > OWNER_CHARS
        or CLAUSE_BREAK.search(folded, owner.end, keyword.start)
    ):
        return None
    return owner


def _as_typed(text: str, folded: str, start: int, end: int) -> Keyword | None:
    """The keyword as its marks spell it, or the longest word it starts with that is: "mã để" is
    "mã" (a code), not "mã đề"; "mà" is no keyword."""
    word = folded[start:end]
    if word not in SPELLED:  # most keywords: no other word folds to them
        return Keyword(CATEGORY[word], start, end, word)
    while True:
        typed = text[start : start + len(word)].lower()
        if (_spelled(word, typed) or _label_before_a_number(word, typed, folded, start)) and not (
            _read_shorter(word, typed, folded, start + len(word))
        ):
            ambiguous = word in SPELLED and typed == word and CATEGORY[word] in READS_LESS_UNMARKED
            return Keyword(CATEGORY[word], start, start + len(word), word, ambiguous)
        word = word.rpartition(" ")[0]
        while word and word not in CATEGORY:  # "ma dùng một lần": "ma" is read, if nothing longer is
            word = word.rpartition(" ")[0]
        if not word:
            return None


def _read_shorter(word: str, typed: str, folded: str, end: int) -> bool:
    """An unmarked word that the word after it shows to be another: "ma de mo khoa" is "mã để"
    (a code to), "ma ve may" is "mã về máy" (the code came to the phone)."""
    if typed != word:
        return False
    if word in CODE_FOR_A_PURPOSE:
        return bool(WORD_NEXT.match(folded, end))
    return word in CODE_CAME and bool(CAME_TO.match(folded, end))


def _label_before_a_number(word: str, typed: str, folded: str, start: int) -> bool:
    return (
        word in LABELS_BEFORE_A_NUMBER
        and typed == word
        and bool(NUMBER_NEXT.match(folded, start + len(word)))
    )


def _spelled(word: str, typed: str) -> bool:
    return word not in SPELLED or (typed == word and word not in MARKED_ONLY) or typed in SPELLED[word]


def _starting_inside(text: str, folded: str, start: int, end: int, read: Keyword | None) -> Keyword | None:
    """A keyword that starts at a later word of this one and reaches past what was read of it."""
    reached = read.end if read else start
    space = folded.find(" ", start, end - 1)
    while space != -1:
        match = KEYWORD.match(folded, space + 1)
        if match and match.end() > reached:
            return _as_typed(text, folded, space + 1, match.end())
        space = folded.find(" ", space + 1, end - 1)
    return None
