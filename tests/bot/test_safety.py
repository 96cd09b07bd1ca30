"""The safety guard: secrets learners type are found and never kept; ordinary text is left alone."""

from __future__ import annotations

import pytest

from bot.class_codes import display, new_code
from bot.safety import luhn_valid, redact, thai_id_valid
from tests.bot.redaction_checks import hidden as _hidden

VALID_THAI_ID = "1518483612945"


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        ("ma OTP la 731904 nhe", "731904", "otp"),
        ("731904", "731904", "otp"),
        ("tôi vừa đọc mã 4829 cho họ", "4829", "otp"),
        ("Agribank: Ma OTP giao dich chuyen tien 500,000VND la 731904, hieu luc 3 phut", "731904", "otp"),
        ("รหัส OTP ของคุณคือ 123456 ห้ามบอกใคร", "123456", "otp"),
        ("mat khau cua toi la Lan@1960 co an toan ko", "Lan@1960", "password"),
        ("my password is hunter22.", "hunter22", "password"),
        ("รหัสผ่านคือ abcd1234", "abcd1234", "password"),
        ("pin 1234 co de doan khong", "1234", "pin"),
        ("so the cua toi 4111 1111 1111 1111", "4111 1111 1111 1111", "card_number"),
        ("cvv 123", "123", "cvv"),
        ("số căn cước của tôi 001203004567", "001203004567", "id_number"),
        (f"เลขบัตรประชาชน {VALID_THAI_ID}", VALID_THAI_ID, "id_number"),
    ],
)
def test_secrets_are_found_and_replaced(text: str, secret: str, kind: str) -> None:
    redacted, findings = redact(text)
    assert secret not in redacted
    assert kind in {f.kind for f in findings}


@pytest.mark.parametrize(
    "text",
    [
        "quên mật khẩu VNeID thì làm sao",
        "mã OTP là gì vậy",
        "mật khẩu là gì",
        "có người gọi từ số 0912345678 bảo tôi chuyển tiền",
        "chuyen 500000 dong cho con",
        "mã số thuế 0312345678 tra ở đâu",
        "mã QR chuyển 2.000.000đ",
        "bước 3",
        "B",
        "so the 4111 1111 1111 1112 nay sai so",
    ],
)
def test_ordinary_messages_are_left_alone(text: str) -> None:
    assert redact(text) == (text, [])


def test_checksums() -> None:
    assert luhn_valid("4111111111111111") and not luhn_valid("4111111111111112")
    assert thai_id_valid(VALID_THAI_ID) and not thai_id_valid("1518483612946")


@pytest.mark.parametrize("text", ["mã lớp 482913", "class code 482913", "รหัสห้อง 482913"])
def test_a_class_code_is_not_a_secret_but_an_otp_beside_it_is(text: str) -> None:
    assert redact(text) == (text, [])
    redacted, found = redact(f"{text}, mã OTP 771204")
    assert "482913" in redacted and "771204" not in redacted and [f.kind for f in found] == ["otp"]


def test_a_web_address_after_a_login_word_stays_for_the_scam_checker() -> None:
    """The link is the red flag a pasted scam is judged by; hiding it as a password hides the scam."""
    text, found = redact("Tai khoan cua ban bi khoa, dang nhap http://vcb-xacminh.top de mo lai")
    assert found == [] and "vcb-xacminh.top" in text


def test_a_code_followed_by_the_word_bank_is_still_a_code() -> None:
    """The bank ("ngân hàng") is not a thousand ("ngàn"): the code before it is not an amount."""
    text, found = redact("mã xác thực 604217 ngân hàng vừa gửi về")
    assert [f.kind for f in found] == ["otp"] and "604217" not in text


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        ("my pinn is 4417", "4417", "pin"),
        ("passwork: Hoa1962", "Hoa1962", "password"),
        ("the passcod is 8830", "8830", "pin"),
        ("matkhua la hoahong12", "hoahong12", "password"),
    ],
)
def test_a_misspelled_secret_word_still_names_the_secret(text: str, secret: str, kind: str) -> None:
    """A key held down or one letter slipped: "pinn", "passwork", "passcod"."""
    redacted, findings = redact(text)
    assert secret not in redacted and [f.kind for f in findings] == [kind]


@pytest.mark.parametrize("text", ["I need to renew my passport, number B1234567", "sạc pin 2 tiếng"])
def test_words_a_slip_away_from_a_secret_word_are_left_alone(text: str) -> None:
    assert redact(text) == (text, [])


def test_a_code_read_to_someone_after_mã_để_is_a_code() -> None:
    """ "mã để hủy đơn" is "a code to cancel the order", not "mã đề" (an exam code)."""
    redacted, findings = redact("họ bảo đọc mã để hủy đơn, tôi đọc 7731 rồi")
    assert "7731" not in redacted and [f.kind for f in findings] == ["otp"]
    assert redact("mã đề 132 môn toán") == ("mã đề 132 môn toán", [])


@pytest.mark.parametrize(
    "text",
    [
        "Con đọc số thẻ cho người gọi đến: 4111 1111 1111 1111",
        "I read my card number to the caller: 4111 1111 1111 1111",
    ],
)
def test_a_card_number_read_to_a_caller_is_a_card(text: str) -> None:
    redacted, findings = redact(text)
    assert "1111 1111" not in redacted and [f.kind for f in findings] == ["card_number"]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("ở cây ATM có người nhìn tôi bấm 4821", "4821"),
        ("at the cash machine someone watched me type 7719", "7719"),
        ("ที่ตู้ ATM มีคนมองตอนยายกด 3392", "3392"),
    ],
)
def test_digits_pressed_at_a_cash_machine_are_a_pin(text: str, secret: str) -> None:
    redacted, findings = redact(text)
    assert secret not in redacted and [f.kind for f in findings] == ["pin"]


@pytest.mark.parametrize(
    "text",
    ["ตู้ ATM กดเงิน 2000 ไม่ออก", "rút tiền ở cây ATM 3000000 đồng", "ATM bấm 3 lần không ra tiền"],
)
def test_amounts_and_counts_at_a_cash_machine_are_not_pins(text: str) -> None:
    assert redact(text) == (text, [])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("mat khau zalo cua me hoamai", "hoamai"),
        ("password wanida ลืมแล้ว", "wanida"),
        ('ตั้งไว้ว่า "mali2519" ค่ะ', "mali2519"),
        ('con đặt "hoa.1960" cho bà', "hoa.1960"),
        ('ยายตั้ง "ส้มตำ55" ไว้', "ส้มตำ55"),
    ],
)
def test_passwords_named_by_their_owner_their_place_or_their_quotes(text: str, secret: str) -> None:
    """After "của mẹ", between "password" and Thai, or quoted with letters and digits."""
    redacted, findings = redact(text)
    assert secret not in redacted and [f.kind for f in findings] == ["password"]


@pytest.mark.parametrize(
    "text",
    [
        "mật khẩu của tôi Facebook bị hack",
        "mật khẩu của tôi bị khóa rồi",
        "password Facebook ลืม",
        "password gmail ลืมแล้ว",
        'Tải ứng dụng "VNeID" về máy',
        'phiên bản "v2.3.1"',
        'email "lan1960@gmail.com"',
        'chọn "iPhone15" hay Samsung',
    ],
)
def test_apps_versions_and_addresses_near_password_words_are_not_passwords(text: str) -> None:
    assert redact(text) == (text, [])


@pytest.mark.parametrize(
    "text",
    [
        "Tờ vé số 731520 đài Tây Ninh trúng không",
        "xsmn hom nay ve 731520 khong",
        "หวยงวดนี้ซื้อเลข 553012",
        "My lotto numbers were 482911, did I win?",
    ],
)
def test_a_lottery_ticket_is_not_a_code(text: str) -> None:
    assert redact(text) == (text, [])


def test_a_code_word_beside_a_lottery_ticket_still_names_a_code() -> None:
    redacted, findings = redact("trúng vé số, họ bảo đọc mã 553012 để nhận thưởng")
    assert "553012" not in redacted and [f.kind for f in findings] == ["otp"]


@pytest.mark.parametrize(
    "text",
    ["Mã hồ sơ HS-2024-8812", "class code AB-553012", "vé tàu SE-482013", "hop thuoc ma ngoai ban 120000"],
)
def test_references_and_round_prices_are_not_codes(text: str) -> None:
    """Digits hyphenated to a word belong to a reference; "ma" without marks may be "mà"."""
    assert redact(text) == (text, [])


@pytest.mark.parametrize(
    ("text", "secret"), [("G-553012 is your Google code", "553012"), ("OTP-553012", "553012")]
)
def test_a_code_hyphenated_to_a_letter_or_its_keyword_is_still_a_code(text: str, secret: str) -> None:
    redacted, findings = redact(text)
    assert secret not in redacted and [f.kind for f in findings] == ["otp"]


def test_a_class_code_named_as_one_is_never_taken_for_a_secret() -> None:
    """Codes are random: some start with "MK" or "PW", some look like a word and digits."""
    phrases = (
        "mã lớp {code}",
        "ma lop {lower}",
        "Mã lớp: {shown} ạ",
        "รหัสห้อง {shown}",
        "class code {spaced}",
    )
    for _ in range(1000):
        code = new_code()
        shown = display(code)
        for phrase in phrases:
            text = phrase.format(code=code, lower=code.lower(), shown=shown, spaced=shown.replace("-", " "))
            assert redact(text) == (text, []), text
    assert redact("mã lớp K7MQ-2XPA, mật khẩu là Lan@1960")[0] == "mã lớp K7MQ-2XPA, mật khẩu là [PASSWORD]"


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Mã OTP: 481,902 nhé", "481,902"),
        ("the OTP is 48, 19, 02", "48, 19, 02"),
        ("รหัส OTP 481,902 ค่ะ", "481,902"),
        ("mã otp là 4 — 8 — 1 — 9 — 0 — 2", "4 — 8 — 1 — 9 — 0 — 2"),
    ],
)
def test_a_code_grouped_by_commas_or_dashes_is_a_code(text: str, secret: str) -> None:
    redacted, findings = redact(text)
    assert secret not in redacted and [f.kind for f in findings] == ["otp"]


@pytest.mark.parametrize(
    "text", ["giá 630,584 đồng", "Số dư 1,250,000 VND", "ยอดเงิน 12,500 บาท", "On March 12, 1949 I was born"]
)
def test_amounts_grouped_by_commas_are_not_codes(text: str) -> None:
    assert redact(text) == (text, [])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("nó bảo đọc mã: năm năm hai một ba tám", "năm năm hai một ba tám"),
        ("the code they asked for: four eight one nine oh two", "four eight one nine oh two"),
        ("I read the code out: seven, three, one, nine", "seven, three, one, nine"),
        ("รหัส OTP คือสี่แปดหนึ่งเก้าศูนย์สอง", "สี่แปดหนึ่งเก้าศูนย์สอง"),
    ],
)
def test_a_code_read_out_in_words_is_a_code(text: str, secret: str) -> None:
    redacted, findings = redact(text)
    assert secret not in redacted and [f.kind for f in findings] == ["otp"]


@pytest.mark.parametrize(
    "text",
    [
        "ba bốn năm nữa tôi mới về hưu",
        "one two three four, bà tập đếm tiếng Anh",
        "Bà năm nay bảy mươi tám tuổi",
    ],
)
def test_number_words_no_code_word_names_are_left_alone(text: str) -> None:
    assert redact(text) == (text, [])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("tin nhắn gửi 8 chữ số 40917263 bà có nên đưa không", "40917263"),
        ("they sent me a 4 digit number 7719", "7719"),
        ("ได้เลข 4 หลัก 7719 มา", "7719"),
        ("nó gửi 5502, có 4 số thôi", "5502"),
    ],
)
def test_a_number_whose_length_the_message_gives_is_a_code(text: str, secret: str) -> None:
    redacted, findings = redact(text)
    assert secret not in redacted and [f.kind for f in findings] == ["otp"]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("please verify with 88213", "88213"),
        ("Dùng 66120 để xác thực giao dịch", "66120"),
        ("ใช้ 6612 เพื่อยืนยัน", "6612"),
        ("TT-482913 is your TikTok code", "482913"),
    ],
)
def test_a_number_named_by_what_it_verifies_is_a_code(text: str, secret: str) -> None:
    """A code named by its purpose ("to verify"), also behind a sender's initials ("TT-")."""
    redacted, findings = redact(text)
    assert secret not in redacted and [f.kind for f in findings] == ["otp"]


@pytest.mark.parametrize(
    "text",
    [
        "mã lớp 6 số 430761 để vào nhóm",
        "Biển số xe 4 số 5678 của tôi có đẹp không",
        "xác nhận năm sinh 1956 ở đâu",
        "ngân hàng yêu cầu xác nhận giao dịch 2.500.000đ",
        "I need to verify my identity at branch 4021",
        "Tổng đài 1900 6054 có mất phí không",
        "I called 1800 588 822 and waited",
        "ngày 05-06-1952 là sinh nhật tôi",
        "Hạn thẻ 12-2027",
        "เกิด 5 พฤษภาคม 2490",
        "Customer ID 482913 for the water bill",
        "Electricity customer no 020014578321",
        "Kahoot game PIN 4492117",
        "Google Meet code 482913",
        "482913 is my class code",
    ],
)
def test_counts_hotlines_dates_and_customer_or_meeting_numbers_are_not_codes(text: str) -> None:
    assert redact(text) == (text, [])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Mật khẩu là một câu: hoa mai nở sớm 1960, có an toàn không?", "hoa mai nở sớm 1960"),
        ("My passphrase: blue river stone", "blue river stone"),
        ("รหัสผ่านเป็นประโยค: ฉันรักแมว 99", "ฉันรักแมว 99"),
    ],
)
def test_a_passphrase_announced_before_a_colon_is_a_password(text: str, secret: str) -> None:
    redacted, findings = redact(text)
    assert secret not in redacted and [f.kind for f in findings] == ["password"]


@pytest.mark.parametrize(
    "text",
    [
        "password phrase: how long should it be?",
        "Mật khẩu nên là một câu dài, đúng không?",
        "I don't know my password, it's on a note somewhere",
        "my email is lan.nguyen@example.com, password forgotten",
        "app Agribank E-Mobile Banking đăng nhập không được",
    ],
)
def test_questions_addresses_and_app_names_near_password_words_are_not_passwords(text: str) -> None:
    assert redact(text) == (text, [])


@pytest.mark.parametrize(
    ("text", "secret", "user"),
    [
        ("username: lan.nguyen password: Lan@1960", "Lan@1960", "lan.nguyen"),
        ("ชื่อผู้ใช้ lek.2500 รหัสผ่าน Lek@2500", "Lek@2500", "lek.2500"),
        ("Tên đăng nhập hoangvanba, mật khẩu Ba2468", "Ba2468", "hoangvanba"),
    ],
)
def test_a_user_name_beside_a_password_is_not_a_password(text: str, secret: str, user: str) -> None:
    redacted, findings = redact(text)
    assert secret not in redacted and user in redacted and [f.kind for f in findings] == ["password"]


def test_an_amount_after_a_card_number_is_not_its_cvv() -> None:
    redacted, findings = redact("số thẻ 4111 1111 1111 1111 bị trừ 1.250.000đ, mã OTP 550231")
    assert "1.250.000đ" in redacted and [f.kind for f in findings] == ["card_number", "otp"]


def test_the_digits_on_the_back_of_the_card_in_vietnamese_are_its_cvv() -> None:
    redacted, findings = redact("ba số mặt sau thẻ là 552")
    assert "552" not in redacted and [f.kind for f in findings] == ["cvv"]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Vietcombank vừa nhắn 3847 bảo nhập vào app trong 3 phút", "3847"),
        ("ngan hang gui 31870462 de kich hoat may moi", "31870462"),
        ("Có tin nhắn 6472 bảo đừng cho ai biết", "6472"),
        ("Telegram sent me 40713 to log in on my new phone", "40713"),
        ("my son said type the 4 numbers that came, they are 5521", "5521"),
        ("ธนาคารส่ง 6624 มา ให้กรอกภายในห้านาที", "6624"),
    ],
)
def test_a_code_told_by_its_story_is_a_code(text: str, secret: str) -> None:
    """No code word: the number was sent, is to be entered, runs out or is asked for."""
    redacted, findings = redact(text)
    assert secret not in redacted and [f.kind for f in findings] == ["otp"]


@pytest.mark.parametrize(
    "text",
    [
        "Con gửi cho mẹ 1500 nghìn rồi nhé",
        "Ngân hàng gửi thư báo thẻ đuôi 6093 sắp hết hạn, nhập thẻ mới ở đâu",
        "soạn tin MI gửi 9084 để gia hạn gói cước, nhập sai thì sao",
        "Nhắn tin V90 đến 9123 để gia hạn, nhập sai thì sao",
        "Tôi nhận tin nhắn từ số 8077 bảo nhập mã để nhận quà",
        "Tin nhắn báo bà có 1250 điểm thưởng sắp hết hạn, nhập ở đâu",
        "Con gửi tiền vào tài khoản 19035482, nhập nội dung gì",
        "I sent the money to account 84512376 and the bank texted me to confirm",
        "Order 58213 was sent, where do I enter the review?",
        "The courier texted me to enter the address for parcel 58213",
        "My flat is 1205 and the driver texted me to enter the address",
        "They texted me at 10:45 to log in again",
        "ห้อง 1204 โรงแรมส่งข้อความมา ให้ใส่ชื่อ",
    ],
)
def test_one_part_of_a_story_or_a_named_number_is_not_a_code(text: str) -> None:
    assert redact(text) == (text, [])


@pytest.mark.parametrize("text", ["đổi mã PIN từ 1234 thành 5678", "changed my PIN from 4821 to 7745"])
def test_a_code_changed_from_one_to_another_is_not_a_sender(text: str) -> None:
    """ "từ"/"from" names where a message came from, unless the code changed to another."""
    redacted, findings = redact(text)
    assert not any(char.isdigit() for char in redacted) and [f.kind for f in findings] == ["pin", "pin"]


def test_an_account_word_after_a_code_word_names_the_code() -> None:
    redacted, findings = redact("mã kích hoạt tài khoản 527104 nhập rồi mà không được")
    assert "527104" not in redacted and [f.kind for f in findings] == ["otp"]


def test_a_label_names_the_number_after_it_not_the_next_one() -> None:
    redacted, findings = redact("Mã lớp 417302 cô gửi rồi, còn Zalo gửi về 6629 để đăng nhập")
    assert "417302" in redacted and "6629" not in redacted and [f.kind for f in findings] == ["otp"]


def test_a_number_beside_a_code_is_a_code_too() -> None:
    redacted, findings = redact("Zalo sent 7731 and Shopee sent 402918 at once, which is which?")
    assert (
        "7731" not in redacted and "402918" not in redacted and [f.kind for f in findings] == ["otp", "otp"]
    )


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        ("mã otp\n41\n927\nnhập sao", "41\n927", "otp"),
        ("the code is\n3 8 1\n2 0 5", "3 8 1\n2 0 5", "otp"),
        ("รหัส otp\n5120\n7493", "5120\n7493", "otp"),
        ("Số thẻ ghi hai dòng:\n4111 1111\n1111 1111", "4111 1111\n1111 1111", "card_number"),
    ],
)
def test_a_number_copied_onto_several_lines_is_one_number(text: str, secret: str, kind: str) -> None:
    redacted, findings = redact(text)
    assert not any(part in redacted for part in secret.split()) and [f.kind for f in findings] == [kind]


def test_a_phone_number_on_the_next_line_stays_apart() -> None:
    text = "Hotline\n1900 545413\n0912345678"
    assert redact(text) == (text, [])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("tin nhắn ghi bảy một không hai, nhập vào đâu", "bảy một không hai"),
        ("he asked me to say three one four four", "three one four four"),
    ],
)
def test_digits_read_out_in_a_code_story_are_a_code(text: str, secret: str) -> None:
    redacted, findings = redact(text)
    assert secret not in redacted and [f.kind for f in findings] == ["otp"]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("bà gõ hoalan@5 vào ô thứ hai", "hoalan@5"),
        ("ông đặt chimse#7 để vào app", "chimse#7"),
        ("I put rose_garden7 where the lock icon is", "rose_garden7"),
        ("ชื่อผู้ใช้ใส่อีเมล ส่วนอีกช่องใส่ somchai_bkk", "somchai_bkk"),
        ("username is my phone number and then I typed Lily!47", "Lily!47"),
        ("dòng dưới bà điền Hoa_Mai_61 đúng không", "Hoa_Mai_61"),
    ],
)
def test_a_password_typed_into_a_box_is_a_password(text: str, secret: str) -> None:
    """No password word: what was typed or set mixes letters with digits or signs."""
    redacted, findings = redact(text)
    assert secret not in redacted and [f.kind for f in findings] == ["password"]


@pytest.mark.parametrize(
    "text",
    [
        "gõ Zalo vào ô tìm kiếm thì ra 2 cái",
        "Mẹ nhập 500k vào ví MoMo được chưa",
        "wifi tên là Cafe_2207, kết nối sao",
        "Hotel room 512, wifi name Guest512, can't connect",
    ],
)
def test_words_typed_that_are_not_passwords_are_left_alone(text: str) -> None:
    assert redact(text) == (text, [])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("mật khẩu ông là cả câu trời xanh mây trắng có được không", "trời xanh mây trắng"),
        ("mật khẩu của tôi là câu thơ đêm nay trăng sáng, giờ đăng nhập không được", "đêm nay trăng sáng"),
        ("Bà đặt mật khẩu là nha ba o hue mà nó bảo yếu", "nha ba o hue"),
        ("pass Zalo: con yeu me nhieu", "con yeu me nhieu"),
        ("Con bảo dùng câu dài cho khó đoán, bà đặt là cây bàng đầu ngõ 1962", "cây bàng đầu ngõ 1962"),
        ("ตั้ง password เป็น rak mae mak 2509 ได้ไหม", "rak mae mak 2509"),
        ("รหัสผ่านตั้งเป็นประโยค หมาน้อยวิ่งเล่น ได้ไหม", "หมาน้อยวิ่งเล่น"),
        ("new passphrase river stone lamp 42 — ok?", "river stone lamp 42"),
        ("is purple elephant dancing slowly a good password?", "purple elephant dancing slowly"),
        ("my password is simply marigold", "marigold"),
    ],
)
def test_a_passphrase_is_a_password(text: str, secret: str) -> None:
    """A sentence announced ("cả câu", "câu thơ", "ประโยค"), typed without marks, in Latin letters
    inside Thai, after "passphrase", or asked about ("is … a good password?")."""
    redacted, findings = redact(text)
    assert secret not in redacted and [f.kind for f in findings] == ["password"]


@pytest.mark.parametrize(
    "text",
    [
        "mật khẩu của bà là ngày sinh của bà, có sao không",
        "mat khau la ten chau noi viet lien co duoc khong",
        "Mật khẩu là câu hỏi bí mật à?",
        "Mật khẩu nên là một câu dài và khó đoán, đúng không?",
        "Is using my birthday a good password?",
        "my password is the same as my email one, is that bad?",
    ],
)
def test_talk_about_passwords_is_not_a_passphrase(text: str) -> None:
    assert redact(text) == (text, [])


@pytest.mark.parametrize(
    "text",
    [
        "Đơn #771204 của Lazada bị hủy, tiền có về không?",
        "ve so vietlott 03 14 22 28 35 40 co trung khong",
        "Biên lai ghi 20250103-771204, tiền chưa tới thì sao",
        "Thẻ xxxx xxxx xxxx 7315 sắp hết hạn, ngân hàng có gửi thẻ mới không",
        "Đồng hồ điện số 482915, chỉ số mới 2317 kWh",
        "Lớp tin học có mã khóa học 4620, đăng ký ở đâu?",
    ],
)
def test_references_picks_masked_cards_and_meters_are_not_secrets(text: str) -> None:
    assert redact(text) == (text, [])


def test_a_cvv_after_a_card_and_its_expiry_date_is_a_cvv() -> None:
    redacted, findings = redact("Thẻ 4111 1111 1111 1111 hết hạn 09/28, mã sau lưng 842")
    assert "842" not in redacted and [f.kind for f in findings] == ["card_number", "cvv"]


@pytest.mark.parametrize(
    "text",
    [
        "thẻ mới về, ông đổi số bí mật thành 5820 rồi",
        "the moi, ba doi thanh 7391 cho de nho",
        "new card came, I set it to 5930 so I remember",
        "I changed it to 4821 at the ATM yesterday",
        "บัตรใหม่ยายเปลี่ยนเป็น 7391 แล้ว",
    ],
)
def test_a_card_secret_changed_or_set_to_a_new_value_is_a_pin(text: str) -> None:
    redacted, findings = redact(text)
    assert not any(char.isdigit() for char in redacted) and [f.kind for f in findings] == ["pin"]


@pytest.mark.parametrize(
    "text",
    [
        "bà đổi năm sinh thành 1956 trên VNeID",
        "thẻ ATM bà đổi hạn mức thành 5000000",
        "đổi giờ hẹn thành 1530 được không",
    ],
)
def test_a_year_a_limit_or_a_time_changed_to_is_not_a_pin(text: str) -> None:
    assert redact(text) == (text, [])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("พ่อตั้งรหัสผ่านเป็นมานะ2515 จำง่ายดี", "มานะ2515"),
        ("ยายตั้งรหัสผ่านว่าบุญมี2507ได้ไหม", "บุญมี2507"),
        ("รหัสผ่านไลน์ของแม่คือสมศรี2498 ใช่ไหม", "สมศรี2498"),
    ],
)
def test_a_thai_password_glued_to_its_copula_is_a_password(text: str, secret: str) -> None:
    """The Thai letters are part of it: hiding only the digits would leave "มานะ" on screen."""
    redacted, findings = redact(text)
    assert redacted == text.replace(secret, "[PASSWORD]") and [f.kind for f in findings] == ["password"]


def test_the_length_of_a_thai_password_is_not_one() -> None:
    text = "รหัสผ่านเป็นตัวเลข12หลัก ใช่ไหม"
    assert redact(text) == (text, [])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("BlueSky2020 is what I use for my password", "BlueSky2020"),
        ("GreenTea88 - that is my password, is it ok?", "GreenTea88"),
        ("tài khoản Zalo, ông dùng LanAnh1962", "LanAnh1962"),
    ],
)
def test_capitalised_words_run_together_before_digits_are_a_password(text: str, secret: str) -> None:
    redacted, findings = redact(text)
    assert secret not in redacted and [f.kind for f in findings] == ["password"]


@pytest.mark.parametrize(
    "text",
    [
        "my password is wrong, can someone help me",
        "the password is not working since monday, maybe someone changed it",
        "password: forgot it again, can anyone help",
    ],
)
def test_english_words_after_a_password_word_are_not_syllables_typed_together(text: str) -> None:
    assert redact(text) == (text, [])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Mật khẩu: Thu@1958, TK: thu.nguyen58", "Thu@1958"),
        ("username is jane.doe61, password Rose#Garden1", "Rose#Garden1"),
        ("Mã khách hàng nước KH0012345678, mật khẩu app Nuoc@2023", "Nuoc@2023"),
    ],
)
def test_a_login_name_a_user_word_or_a_labelled_reference_is_not_a_password(text: str, secret: str) -> None:
    redacted, findings = redact(text)
    assert redacted == text.replace(secret, "[PASSWORD]") and len(findings) == 1


@pytest.mark.parametrize(
    "text",
    [
        "cô gửi code lớp 58213 để vào nhóm Zalo",
        "Shipper gọi đơn 551203 giao lúc 3h",
        "Mã yêu cầu rút tiền 482017 của tôi bị treo",
        "số báo danh của cháu là 482913, xem điểm ở đâu",
        "nam sinh cua ong la 1949 ma ngan hang ghi 1994",
        "con chuyen cho ba vao so 19036655 nhe, nhap xong bam gui",
        "เลขออเดอร์ Lazada 628104 ยังไม่ส่ง",
        "วันนี้ใช้โค้ดส่วนลด 4821 ได้ไหม",
        "กรอกเลขสมาชิก 55821 แล้วกดส่ง",
        "My course registration code 4491 doesn't work",
        "receipt number 482913 from the pharmacy",
        "my patient number is 582134, the clinic app asks for it",
        "I need to transfer to 48213391, the app sent me a code to type in",
    ],
)
def test_orders_requests_records_and_transfers_are_not_codes(text: str) -> None:
    assert redact(text) == (text, [])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Mã OTP chuyển khoản: 48213391", "48213391"),
        ("chuyen tien xong ngan hang gui 4821 de xac nhan", "4821"),
        ("the bank sent a six digit number 482913", "482913"),
        ("day so 1987 la ma zalo gui", "1987"),
        ("Mã OTP 572908 để nộp hồ sơ số 2025-304417", "572908"),
    ],
)
def test_a_code_beside_transfer_words_record_numbers_or_a_year_is_still_the_only_secret(
    text: str, secret: str
) -> None:
    redacted, findings = redact(text)
    assert redacted == text.replace(secret, "[OTP]") and [f.kind for f in findings] == ["otp"]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Cháu ơi, bốn tám hai một là cái họ đọc cho bà", "bốn tám hai một"),
        ("nine one four seven is what I read out to him", "nine one four seven"),
    ],
)
def test_digits_read_out_in_a_message_that_names_a_code_are_a_code(text: str, secret: str) -> None:
    redacted, findings = redact(text)
    assert secret not in redacted and [f.kind for f in findings] == ["otp"]


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        ("tin nhan ghi 305118, o duoi co dong khong cung cap ma OTP cho ai", "305118", "otp"),
        ("ma bao mat the visa 418 nguoi ta hoi qua dien thoai", "418", "cvv"),
        ("Đặt phòng homestay, nhập thẻ 4111 1111 1111 1111 hạn 09/28", "4111 1111 1111 1111", "card_number"),
    ],
)
def test_a_secret_past_words_that_name_something_else_is_still_found(
    text: str, secret: str, kind: str
) -> None:
    """ "ở dưới" (below) is no card's "đuôi", "người ta" (they) no count of people, and a card
    typed after "thẻ" is not the room booked before it."""
    redacted, findings = redact(text)
    assert secret not in redacted and [f.kind for f in findings] == [kind]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Mật khẩu wifi mới: hoa sen nở trong đầm", "hoa sen nở trong đầm"),
        ("mk zalo: trời xanh mây trắng, có dễ đoán không", "trời xanh mây trắng"),
        ("I made my password a sentence: my dog loves long walks - is that ok?", "my dog loves long walks"),
    ],
)
def test_a_passphrase_after_a_colon_or_an_announced_sentence_is_read_to_its_end(
    text: str, secret: str
) -> None:
    redacted, findings = redact(text)
    assert redacted == text.replace(secret, "[PASSWORD]") and [f.kind for f in findings] == ["password"]


@pytest.mark.parametrize(
    "text",
    [
        "Mật khẩu: tôi quên rồi",
        "Mật khẩu: có cần chữ hoa không?",
        "how do I move my password from phone to laptop?",
    ],
)
def test_talk_after_a_password_word_is_not_a_passphrase(text: str) -> None:
    assert redact(text) == (text, [])


def test_the_old_password_of_a_change_is_a_password_too() -> None:
    redacted, findings = redact("I changed my bank password from blossom to Bl0ssom#88")
    assert redacted == "I changed my bank password from [PASSWORD] to [PASSWORD]" and len(findings) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Password Kx#81!pq was generated by the app, should I keep it",
        "my password is “Mai#1957”, I forget if the M is capital",
    ],
)
def test_words_that_describe_a_password_are_not_one(text: str) -> None:
    _redacted, findings = redact(text)
    assert len(findings) == 1 and text[findings[0].start : findings[0].end] in {"Kx#81!pq", "Mai#1957"}


@pytest.mark.parametrize(
    "text",
    [
        "Zalo đang bản 23.11.02, có cần cập nhật không",
        "I'm on version 24.01.15 of the app",
        "My son's account is 1903 6655 8801 2 at Techcombank",
        "send it to account ACB 771-204835-9 please",
        "โอนเข้าบัญชี 123-4-56789-0 ได้ไหม",
        "Lớp dưỡng sinh của phường có mã 482913, vào nhóm thế nào",
        "The knitting class has a code 482913, where do I put it",
        "รหัสคลาส Google Classroom ของหลาน k7p2xq",
        "Student ID 482913 for my grandson's school app",
        "Order ID 482913 hasn't arrived yet",
        "I entered 482913 as the amount",
    ],
)
def test_versions_accounts_class_codes_and_records_are_not_secrets(text: str) -> None:
    assert redact(text) == (text, [])


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        ("ma otp 61.84.29", "61.84.29", "otp"),
        ("the code for my account is 90418", "90418", "otp"),
        ("Tài khoản VNeID 079203004512", "079203004512", "id_number"),
        (f"My Thai ID {VALID_THAI_ID} for the form", VALID_THAI_ID, "id_number"),
        ("the text had 58317 and said do not share it", "58317", "otp"),
        ("the bank lady asked me to read four eight two nine", "four eight two nine", "otp"),
    ],
)
def test_codes_and_ids_beside_those_look_alikes_are_still_secrets(text: str, secret: str, kind: str) -> None:
    redacted, findings = redact(text)
    assert secret not in redacted and [f.kind for f in findings] == [kind]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Ngân hàng nhắn mã giao dịch một lần 481736, bà có nên đọc cho ai không?", "481736"),
        ("mat khau dung mot lan la 73914602 phai khong con", "73914602"),
        ("OTP 528_317 nhập ở ô nào vậy con", "528_317"),
        ("verification code 73_52_91 came twice", "73_52_91"),
    ],
)
def test_a_code_for_one_use_or_joined_by_underscores_is_a_code(text: str, secret: str) -> None:
    """ "Một lần" makes a transaction code a one-time code; "_" joins a code's groups as a space does."""
    redacted, findings = redact(text)
    assert redacted == text.replace(secret, "[OTP]") and [f.kind for f in findings] == ["otp"]


@pytest.mark.parametrize(
    "text",
    [
        "Mã giao dịch 48291305 in trên biên lai chuyển khoản",
        "Màn hình hiện mã lỗi 5021 là sao hả con",
        "The banking app says error code 4017 every time I open it",
        "แอปขึ้นรหัสข้อผิดพลาด 1004 ทำยังไงดี",
        "Ảnh IMG_20240512_173904.jpg bị mờ quá",
        "mã lớp tiếng Anh của trung tâm văn hoá phường mình là 582014 nhé",
        "Mã phòng Zoom buổi sinh hoạt của hội cựu chiến binh: 583 021",
        "the zoom meeting for our church choir tonight is 592013",
    ],
)
def test_error_codes_file_names_and_labels_named_through_a_copula_are_not_secrets(text: str) -> None:
    """A harmless label that its clause is about names the number its copula or colon gives, however
    many words say which one it is."""
    assert redact(text) == (text, [])


@pytest.mark.parametrize(
    "text",
    [
        "Lớp vi tính hôm nay cô bảo tin nhắn ngân hàng gửi về là 482913",
        "Nhập 482913 mà lỗi hoài con ơi",
    ],
)
def test_a_code_after_a_harmless_word_and_a_code_story_is_still_a_code(text: str) -> None:
    redacted, findings = redact(text)
    assert "482913" not in redacted and [f.kind for f in findings] == ["otp"]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("I chose the password riverbankbluefinch for email, is it strong enough?", "riverbankbluefinch"),
        ("set the password tigerlilyorchard on grandma's tablet", "tigerlilyorchard"),
    ],
)
def test_long_words_run_together_after_a_password_word_are_a_password(text: str, secret: str) -> None:
    redacted, findings = redact(text)
    assert redacted == text.replace(secret, "[PASSWORD]") and [f.kind for f in findings] == ["password"]


@pytest.mark.parametrize(
    "text",
    [
        "I typed my password incorrectly three times",
        "my password requirements are confusing",
        "the password box is greyed out, the button is disabled",
        "I forgot my password again!",
        "Somebody tried to sign in from Hanoi, I never log in there!",
    ],
)
def test_english_words_after_a_password_word_or_a_copula_are_not_passwords(text: str) -> None:
    """Long English words end as words do; "is" after a thing named by "password" tells of the thing;
    a word and an exclamation mark is not a word built with a sign."""
    assert redact(text) == (text, [])


def test_a_copula_past_the_password_s_clause_tells_of_something_else() -> None:
    text = "My grandson wrote the password on the calendar: Rooster#58, the calendar is fading though"
    redacted, findings = redact(text)
    assert redacted == text.replace("Rooster#58", "[PASSWORD]") and len(findings) == 1


def test_an_account_field_with_its_service_names_a_login_not_a_password() -> None:
    text = "tai khoan Zalo: hoangmai1961, mat khau: Mai#1961xx"
    redacted, findings = redact(text)
    assert redacted == text.replace("Mai#1961xx", "[PASSWORD]") and len(findings) == 1


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("mã OTP bà nhận được là 418  662 mà nhập không vào", "418  662"),
        ("OTP ngân hàng: 29/84/61, bà nhập chưa được", "29/84/61"),
        ("my verification code is 58/93/07", "58/93/07"),
        ("the OTP is 3.917.642 is that normal", "3.917.642"),
        ("Got two texts, 5531 and 7720 - which one is for the payment?", "5531"),
        ("bà nhận 2 tin nhắn 4821 và 7730, cái nào đúng hả con", "7730"),
        ("ยายบอกเขาไปว่า 5813 แล้วเขาก็วางสาย", "5813"),
        ("I don't have the code 4821 yet, the bank is slow", "4821"),
    ],
)
def test_codes_grouped_oddly_told_to_someone_or_chosen_among_are_codes(text: str, secret: str) -> None:
    """Two spaces between a code's groups, slashes no date reads in, thousands dots a code word gives
    right before them; several numbers that arrived and a question which one; Thai "told him" with
    the pronoun inside; "don't" is not "đơn" (an order)."""
    redacted, findings = redact(text)
    assert secret not in redacted and "otp" in {f.kind for f in findings}


def test_the_pin_of_an_atm_card_spelled_in_thai_is_a_pin() -> None:
    text = "ลืมรหัสบัตรเอทีเอ็ม4412แล้วกดผิด"
    redacted, findings = redact(text)
    assert redacted == text.replace("4412", "[PIN]") and [f.kind for f in findings] == ["pin"]


@pytest.mark.parametrize(
    "text",
    [
        "hẹn ngày 12/05/24 nhé, tỉ số 50/50 mà",
        "số dư 8.204.197 đồng sau khi trả tiền điện",
        "mã OTP gửi về, chuyển 1.250.500 được không",
        "Mã thanh toán tiền điện 71042395 bà trả qua app được không",
        "reservation 55321 at 7pm, table by the window",
        "ฉันบอกเขาว่าบ้านเลขที่ 1234",
        "bus 1234 and 5678, which one goes downtown?",
        "giá 120  150 nghìn tùy loại",
    ],
)
def test_dates_sums_payment_codes_bookings_and_house_numbers_are_not_codes(text: str) -> None:
    """A date or fraction with slashes, an amount with thousands dots and no code word just before it,
    a bill's payment code, a booking, a Thai house number, a choice with no code's story."""
    assert redact(text) == (text, [])


def test_a_booking_beside_a_code_is_left_alone() -> None:
    text = "My booking 72819 got cancelled, the bank sent 5521 to confirm the refund"
    redacted, findings = redact(text)
    assert redacted == text.replace("5521", "[OTP]") and len(findings) == 1


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("mật khẩu Gmail Acc@51&kt nhờ cháu kiểm tra", "Acc@51&kt"),
        ("bà lấy hoa no ngoai san làm mật khẩu zalo nha", "hoa no ngoai san"),
        ("tôi chọn mat troi moc dang dong là mật khẩu", "mat troi moc dang dong"),
        ("My passphrase is short cats dancing on roofs", "short cats dancing on roofs"),
    ],
)
def test_a_password_starting_like_a_label_or_a_phrase_set_before_the_password_word(
    text: str, secret: str
) -> None:
    """ "Acc@…" after "mật khẩu" is no label ("acc" alone is one); a phrase typed without marks between a
    setting verb and "làm"/"là mật khẩu"; after "passphrase", a talk word before a word of its own."""
    redacted, findings = redact(text)
    assert redacted == text.replace(secret, "[PASSWORD]") and [f.kind for f in findings] == ["password"]


@pytest.mark.parametrize(
    "text",
    [
        "tk@gmail.com là email của bà",
        "bà dùng ngày sinh làm mật khẩu được không",
        "toi dung hoa no ngoai san lam mat khau",
        "ông đặt họ tên đầy đủ làm mật khẩu",
        "My passphrase is correct but the app says no",
        "My passphrase is wrong every time I type it",
        "the passphrase is different from my password",
    ],
)
def test_talk_of_setting_or_judging_a_passphrase_is_not_one(text: str) -> None:
    """What is set as a password, said with marks, or with no mark anywhere; a judgement of a
    passphrase followed by the words of its sentence."""
    assert redact(text) == (text, [])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("con ơi tin nhắn có mã 5️⃣0️⃣7️⃣2️⃣4️⃣1️⃣ là gì", "5️⃣0️⃣7️⃣2️⃣4️⃣1️⃣"),
        ("OTP: 3⃣8⃣0⃣4⃣ (no variation selector)", "3⃣8⃣0⃣4⃣"),
        ("the OTP is 6️⃣ 1️⃣ 9️⃣ 2️⃣ 0️⃣ 7️⃣ please check", "6️⃣ 1️⃣ 9️⃣ 2️⃣ 0️⃣ 7️⃣"),
        ("รหัส OTP ๗๑๔๒๐๙ ใส่ตรงไหนคะ", "๗๑๔๒๐๙"),
        ("mã xác thực ➍➑➊➐➒➋ bà nhập chưa được", "➍➑➊➐➒➋"),
        ("my code is ９０４２１７", "９０４２１７"),
    ],
)
def test_digits_written_as_emoji_or_other_scripts_are_read_as_digits(text: str, secret: str) -> None:
    """Keycaps (digit, variation selector, keycap mark), circled, full-width and Thai digits: the
    guard reads their digits, and the redaction covers every character of the code as typed."""
    redacted, findings = redact(text)
    assert redacted == text.replace(secret, "[OTP]") and [f.kind for f in findings] == ["otp"]


@pytest.mark.parametrize(
    "text",
    [
        "bấm phím 1️⃣ để gặp tổng đài, phím 2️⃣ để nghe lại",
        "diện tích 120m² giá bao nhiêu",
        "❤️ con chúc mẹ ngủ ngon ❤️",
    ],
)
def test_emoji_digits_and_superscripts_in_everyday_talk_are_left_alone(text: str) -> None:
    assert redact(text) == (text, [])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("ngân hàng vừa nhắn mã giao dịch 730215, bà có chuyển gì đâu", "730215"),
        ("ma giao dich 4418 2907 go vao dau vay con", "4418 2907"),
    ],
)
def test_a_code_called_the_transaction_code_in_a_codes_story_is_a_code(text: str, secret: str) -> None:
    """ "Mã giao dịch" with a code's length and a part of a code's story (it arrived, it is typed in)."""
    redacted, findings = redact(text)
    assert secret not in redacted and [f.kind for f in findings] == ["otp"]


@pytest.mark.parametrize(
    "text",
    [
        "Biên lai ghi mã giao dịch 551920, con gửi cho người bán nhé",
        "Mã giao dịch 482913, chuyển rồi mà người nhận chưa thấy tiền",
        "ma giao dich 503218 tren sao ke thang 5 la khoan gi",
        "mã giao dịch 730215 là gì vậy con",
    ],
)
def test_a_transaction_reference_on_a_receipt_or_with_no_codes_story_is_left_alone(text: str) -> None:
    assert redact(text) == (text, [])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("my passcode for online banking is Kite&Moon8", "Kite&Moon8"),
        ("mật mã wifi nhà bà là hoa@lan7 nha", "hoa@lan7"),
        ("the pass code of my Yahoo mail: Tiger#Lily3", "Tiger#Lily3"),
    ],
)
def test_a_password_built_of_letters_and_signs_after_passcode_is_a_password(text: str, secret: str) -> None:
    redacted, findings = redact(text)
    assert redacted == text.replace(secret, "[PASSWORD]") and [f.kind for f in findings] == ["password"]


@pytest.mark.parametrize(
    "text",
    [
        "passcode is wrong again, what now",
        "pin dự phòng 10000mAh giá bao nhiêu",
        "passcode iPhone 15 của bà quên rồi",
    ],
)
def test_talk_after_passcode_or_a_battery_is_not_a_password(text: str) -> None:
    assert redact(text) == (text, [])


def test_a_card_an_order_was_paid_with_is_still_a_card() -> None:
    text = "I paid my order with 4111 1111 1111 1111 yesterday"
    redacted, findings = redact(text)
    assert redacted == text.replace("4111 1111 1111 1111", "[CARD]") and len(findings) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Số tài khoản Vietcombank của con để mẹ chuyển học phí: 4222222222222",
        "don shopee 378282246310005 giao chua",
        "order tiki 378282246310005 still not here",
        "ma sp 482913 het hang chua shop",
        "mã ĐH 482913 giao tới đâu rồi",
        "may tinh bao ma loi 4023 hoai",
        "ma loi: 5024, vao lai sau",
        "ลอตเตอรี่งวดนี้ออก 274158 ตาซื้อไม่ถูกเลข",
    ],
)
def test_accounts_orders_products_errors_draws_and_sums_are_not_secrets(text: str) -> None:
    """An account number its clause's label gives past the bank and the owner; an order named with its
    shop, capitalised or not; shortened labels ("mã sp", "mã ĐH"); "ma loi" typed without marks
    right before a number; a draw's result before "เลข"; a sum after a currency's code."""
    assert redact(text) == (text, [])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("nhap otp 482913 ma loi hoai", "482913"),  # "mà lỗi hoài": but it keeps failing
        ("Your code is 482913 to approve a payment of AUD 135.50", "482913"),
    ],
)
def test_beside_a_code_but_it_fails_and_a_sum_after_a_currency_code_stay(text: str, secret: str) -> None:
    redacted, findings = redact(text)
    assert redacted == text.replace(secret, "[OTP]") and len(findings) == 1


@pytest.mark.parametrize(
    "text",
    [
        "mã xác thực của ông là sáu trăm mười hai nghìn tám trăm linh ba",
        "ma otp la bay tram hai muoi ngan bon tram nam muoi mot",
        "รหัส OTP คือ เจ็ดแสนหนึ่งหมื่นสามพันสองร้อยห้าสิบเอ็ด",
        "the verification code is three hundred eighteen thousand seven hundred and forty two",
    ],
)
def test_a_code_said_whole_with_hundreds_and_thousands_is_a_code(text: str) -> None:
    """A voice keyboard types "bốn trăm…" for a code said as one number: read like digit words."""
    redacted, findings = redact(text)
    assert redacted.endswith("[OTP]") and [f.kind for f in findings] == ["otp"]


@pytest.mark.parametrize(
    "text",
    [
        "mã OTP chưa về, bà vừa nạp ba trăm nghìn",
        "tro cap 450 nghin mot thang, ngan hang gui ma otp ve roi",
        "the OTP came but I only paid one hundred and twenty five dollars",
    ],
)
def test_sums_said_in_words_beside_a_code_word_are_not_codes(text: str) -> None:
    """A round sum, a word for thousands after digits ("450 nghìn một tháng"), fewer than four digits."""
    assert redact(text) == (text, [])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("mã kích hoạt: bốn linh chín hai sáu một", "bốn linh chín hai sáu một"),
        ("it reads four-two-seven, oh-eight-one", "four-two-seven, oh-eight-one"),
    ],
)
def test_digit_words_with_linh_for_zero_or_in_hyphened_groups_are_a_code(text: str, secret: str) -> None:
    redacted, findings = redact(text)
    assert redacted == text.replace(secret, "[OTP]") and len(findings) == 1


def test_digit_words_in_hyphened_groups_shorter_than_a_code_are_left_alone() -> None:
    text = "score was two-one, then three-two"
    assert redact(text) == (text, [])


def test_a_card_read_out_in_sixteen_digit_words_is_a_card() -> None:
    words = "five five zero zero zero zero zero zero zero zero zero zero zero zero zero four"
    redacted, findings = redact(f"my card number is {words}")
    assert redacted == "my card number is [CARD]" and [f.kind for f in findings] == ["card_number"]


@pytest.mark.parametrize(
    "text",
    [
        "ma de dang nhap vi dien tu la 582014",
        "ma de kich hoat lai tai khoan 482751",
        "The code to confirm the transfer to my daughter is 620981",
    ],
)
def test_a_code_named_by_what_it_is_for_is_a_code(text: str) -> None:
    """ "ma de …" typed without marks before a verb is "mã để" (a code to …); an account or a
    transfer inside what the code is for names no number."""
    redacted, findings = redact(text)
    assert redacted.endswith("[OTP]") and [f.kind for f in findings] == ["otp"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("mã OTP để chuyển tiền vào 19036655 là 402917", "19036655"),
        ("ma de thi 132 kho qua", "132"),
    ],
)
def test_where_money_goes_and_an_exam_code_stay_beside_a_purpose(text: str, kept: str) -> None:
    assert kept in redact(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "mã lượt khám TN-00719342 có đúng không",
        "ma cho ngoi HX-8814 nha",
        "mã vạch 8934563138165 trên hộp sữa",
        "barcode 4006381333931 on the box",
        "BSB 733-215 and account 1234 5678, send the rent there",
    ],
)
def test_references_barcodes_and_bank_branch_codes_are_not_secrets(text: str) -> None:
    """Digits after a record's letters and a hyphen that only "mã" names; a product's barcode; a
    bank branch's code (BSB)."""
    assert redact(text) == (text, [])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("my password is silver otter river lamp, do not tell anyone", "silver otter river lamp"),
        ("password: Maple 1987 Harbour", "Maple 1987 Harbour"),
        ("my wifi password: Green 42 Window, capital letters", "Green 42 Window"),
        ("รหัสผ่านคือ นกกระจิบร้องเพลง ตั้งไว้นานแล้ว", "นกกระจิบร้องเพลง"),
    ],
)
def test_passphrases_of_plain_or_capitalised_words_or_thai_are_passwords(text: str, secret: str) -> None:
    redacted, findings = redact(text)
    assert redacted == text.replace(secret, "[PASSWORD]") and [f.kind for f in findings] == ["password"]


@pytest.mark.parametrize(
    "text",
    [
        "my password is saved in my phone",
        "my password is written down somewhere",
        "the password is hard to remember, sadly",
        "รหัสผ่านคือ วันเกิดของหลาน ใช่ไหม",
    ],
)
def test_talk_about_where_or_what_a_password_is_is_left_alone(text: str) -> None:
    assert redact(text) == (text, [])


def test_one_word_between_login_and_a_password_word_is_who_logs_in() -> None:
    text = "login tranmai58 pass Mai#1958x"
    redacted, findings = redact(text)
    assert redacted == "login tranmai58 pass [PASSWORD]" and len(findings) == 1


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("otp của bà là 4 chín 0 hai 7 sáu", "4 chín 0 hai 7 sáu"),
        ("mã xác nhận: hai 6 một 9 không 3", "hai 6 một 9 không 3"),
        ("my verification code is 5 two 8 one 7 four", "5 two 8 one 7 four"),
        ("รหัส OTP คือ 3 หก 1 เก้า 0 สอง", "3 หก 1 เก้า 0 สอง"),
    ],
)
def test_a_code_read_out_half_in_digits_half_in_words_is_a_code(text: str, secret: str) -> None:
    redacted, findings = redact(text)
    assert redacted == text.replace(secret, "[OTP]") and [f.kind for f in findings] == ["otp"]


@pytest.mark.parametrize(
    "text",
    [
        "đếm từ 1 2 3 4 5 cho bà nghe",
        "Ong leo duoc 1 2 3 4 5 6 7 bac la phai nghi",
        "bấm lần lượt 6 5 4 3 2 1 rồi chờ",
        "toi co 3 nam 2 nu, nam 1 bay tuoi",
        "buy 2 get 1 free, 5 items",
    ],
)
def test_counting_and_digits_beside_ordinary_words_are_left_alone(text: str) -> None:
    assert redact(text) == (text, [])


def test_counted_digits_a_code_word_names_are_still_a_code() -> None:
    assert redact("mã OTP: 1 2 3 4 5 6")[0] == "mã OTP: [OTP]"


@pytest.mark.parametrize(
    "text",
    [
        "số thẻ con đọc lại nè: năm hai hai một, ba bốn không chín, tám tám một hai, sáu sáu bảy ba",
        "my card number: three seven one two, zero four four six, nine nine one eight, two two five three",
    ],
)
def test_a_card_read_out_in_groups_of_digit_words_is_a_card_whatever_its_check_digit(text: str) -> None:
    redacted, findings = redact(text)
    assert redacted.endswith(": [CARD]") and [f.kind for f in findings] == ["card_number"]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("pass zalo:\nHoaSen\n1962@", "HoaSen\n1962@"),
        ("password\nSunny\n2024!\nthat is all", "Sunny\n2024!"),
        ("mật khẩu\nHoa Mai 61", "Hoa Mai 61"),
        ("mật khẩu: lan_anh.59#", "lan_anh.59#"),
        ("password is R0se.Garden_44", "R0se.Garden_44"),
        ("mk wifi là mèo đen 88 viết liền nha", "mèo đen 88"),
        ("my password is blue sky 72, no spaces", "blue sky 72"),
        ("รหัสผ่านตั้งเป็นคำไทย มะม่วงหวานฉ่ำ ได้ไหม", "มะม่วงหวานฉ่ำ"),
    ],
)
def test_passwords_over_lines_with_dots_said_apart_or_in_thai_are_passwords(text: str, secret: str) -> None:
    redacted, findings = redact(text)
    assert redacted == text.replace(secret, "[PASSWORD]") and [f.kind for f in findings] == ["password"]


@pytest.mark.parametrize(
    "text",
    [
        "my password\nis not working",
        "forgot my password\nhelp",
        "รหัสผ่าน\nลืมแล้วค่ะ",
        "mật khẩu là gì, viết liền hay cách ra?",
        "mật khẩu phải viết liền không dấu à",
        "password should be typed with no spaces",
        "mật khẩu là tên con với năm sinh viết liền",
        "email me at lan.nguyen61@gmail.com about the password",
    ],
)
def test_talk_after_a_password_word_on_its_line_or_about_spaces_is_left_alone(text: str) -> None:
    assert redact(text) == (text, [])


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("đổi mã pin từ 0000 qua 5821 xong rồi", ["0000", "5821"]),
        ("changed my pin from 1111 to 6042", ["1111", "6042"]),
    ],
)
def test_both_pins_of_a_change_are_pins_even_one_that_is_a_hotline(text: str, secrets: list[str]) -> None:
    redacted, findings = redact(text)
    assert all(s not in redacted for s in secrets) and [f.kind for f in findings] == ["pin", "pin"]


def test_a_hotline_with_no_pin_word_is_left_alone() -> None:
    assert redact("gọi 1111 hỏi giúp bà") == ("gọi 1111 hỏi giúp bà", [])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("CMND của ông 031245678 còn dùng được không", "031245678"),
        ("my SSN is 624 81 3307", "624 81 3307"),
        ("social security number: 402-19-7731", "402-19-7731"),
        ("SIN number 046 454 286", "046 454 286"),
        ("passport number C4829173 expires next year", "C4829173"),
        ("her National Insurance number is QT 12 65 90 A", "QT 12 65 90 A"),
        ("เลขหลังบัตร JT1-0847562-13 ใช้ทำอะไร", "JT1-0847562-13"),
        ("laser code on the back: AB2-1029384-56", "AB2-1029384-56"),
    ],
)
def test_id_numbers_of_any_country_named_and_a_laser_code_are_ids(text: str, secret: str) -> None:
    redacted, findings = redact(text)
    assert redacted == text.replace(secret, "[ID]") and [f.kind for f in findings] == ["id_number"]


@pytest.mark.parametrize(
    "text",
    [
        "the ID card is at home, call me at 0912 384 657",
        "นำบัตรประชาชนมาด้วยนะคะ ติดต่อโทร 053-214-776",
        "Họ tên Lê Văn An, CCCD 079052001234, SĐT 0903 112 456",
        "passport expires 03/2029",
        "số CCCD có 12 số, CMND cũ có 9 số",
        "my NI number starts with two letters",
    ],
)
def test_phones_dates_and_talk_beside_an_id_word_are_not_ids(text: str) -> None:
    _redacted, findings = redact(text)
    assert [f.kind for f in findings] in ([], ["id_number"])
    assert all(f.kind != "id_number" or text[f.start : f.end] == "079052001234" for f in findings)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("รหัสรับของ 5821 ให้ไรเดอร์ได้เลยไหม", "5821"),
        ("mã nhận hàng của bà là 6603", "6603"),
        ("the locker pickup code is 7719", "7719"),
        ("รหัสเปิดตู้ 4417 ส่งให้ใครได้บ้าง", "4417"),
    ],
)
def test_a_code_named_by_what_it_unlocks_is_a_code(text: str, secret: str) -> None:
    redacted, findings = redact(text)
    assert redacted == text.replace(secret, "[OTP]") and [f.kind for f in findings] == ["otp"]


def test_money_sent_from_abroad_keeps_its_tracking_number() -> None:
    text = "Ma nhan tien Western Union MTCN 530 118 2046 con gui roi"
    assert redact(text) == (text, [])


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        ("mã pinlà4827 đó con", "4827", "pin"),
        ("yourcodeis803152 thanks", "803152", "otp"),
        ("the cvv is two eight six", "two eight six", "cvv"),
        ("mã bảo mật đằng sau thẻ là chín không năm", "chín không năm", "cvv"),
        ("รหัสหลังบัตร สามแปดหนึ่ง นะ", "สามแปดหนึ่ง", "cvv"),
    ],
)
def test_codes_glued_to_their_words_and_cvvs_read_out(text: str, secret: str, kind: str) -> None:
    redacted, findings = redact(text)
    assert secret not in redacted and [f.kind for f in findings] == [kind]


@pytest.mark.parametrize(
    ("text", "pieces", "kind"),
    [
        ("the code, first part 470 and the rest 915", ["470", "915"], "otp"),
        ("mã OTP ba số đầu 562 còn lại 318", ["562", "318"], "otp"),
        ("my card number first half 45322011 then 18807745", ["45322011", "18807745"], "card_number"),
        ("the card, first half 4532 2011 second half 1880 7745", ["4532 2011", "1880 7745"], "card_number"),
    ],
)
def test_a_secret_in_pieces_is_hidden_piece_by_piece(text: str, pieces: list[str], kind: str) -> None:
    redacted, findings = redact(text)
    assert not any(piece in redacted for piece in pieces)
    assert {f.kind for f in findings} == {kind}


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Mật khẩu Zalo của bà là nha co hai cay cau nhé", "nha co hai cay cau"),
        ("mat khau zalo cua ba la yeu ba noi nhat nha co duoc khong", "yeu ba noi nhat nha"),
        (
            "my gmail password is sunny morning by the lake, is that strong enough",
            "sunny morning by the lake",
        ),
        ("I picked the phrase red kite over the hill as my email password", "red kite over the hill"),
        ("password ของหลานคือ ต้นมะพร้าว77 นะ", "ต้นมะพร้าว77"),
        ("mật khẩu bà đặt: ดอกไม้2511", "ดอกไม้2511"),
        ("pass la Saigon#nang.ha nhe", "Saigon#nang.ha"),
    ],
)
def test_passphrases_thai_words_and_signed_passwords_after_a_password_word(text: str, secret: str) -> None:
    redacted, findings = redact(text)
    assert secret not in redacted and [f.kind for f in findings] == ["password"]


@pytest.mark.parametrize(
    "text",
    [
        "my password is in the notebook by the phone, is that ok?",
        "my password is too short and all lowercase",
        'Cháu ơi bấm nút "Đổi mật khẩu" ở đâu vậy',
        'I clicked "Forgot password" and nothing came',
        "wifi nha hang ten Pho_Ngon_24 mat khau thi hoi chu quan",
        "the wifi at the library is called Reader_Net2, the password is on the wall",
        "mail của ông là ong.tu@bưuđiện.vn, mật khẩu thì ông nhớ",
        "OTP mất 2 phút mới tới, rồi 10 phút sau lại tới cái nữa",
        "ông đã đọc cho họ 1 2 rồi 34 thì dừng",
        "khuyến mãi 30 rồi 40 phần trăm cho thẻ mới",
        "CVV is on the back, three digits",
        "ยายอายุ75 รหัสผ่านยังไม่ได้ตั้ง",
        "mat khau la yeu qua phai khong chau",
    ],
)
def test_talk_names_and_buttons_near_a_secret_word_stay(text: str) -> None:
    assert redact(text)[1] == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("our wifi is Home_Net5 and the password is Kettle#42", "Kettle#42"),
        ("Wifi tiệm là Lan_Spa_2G, mật khẩu lanspa@88", "lanspa@88"),
        ("mật khẩu wifi là Nha_Lan_88 nhé", "Nha_Lan_88"),
    ],
)
def test_a_network_named_by_a_copula_keeps_its_name_not_its_password(text: str, secret: str) -> None:
    redacted, findings = redact(text)
    assert redacted == text.replace(secret, "[PASSWORD]") and [f.kind for f in findings] == ["password"]


# Each secret kind, complete by class: every word people use for it (Vietnamese with and without
# marks, Thai, English), each place the word stands (before, after, with a copula), each separator
# between digit groups and each way of typing digits (ASCII, Thai, full-width, keycap). The words
# and wordings are new, not taken from the development sets.
_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_WIDE_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
DIGIT_SCRIPTS = {
    "ascii": lambda s: s,
    "thai": lambda s: s.translate(_THAI_DIGITS),
    "wide": lambda s: s.translate(_WIDE_DIGITS),
    "keycap": lambda s: "".join(c + "\ufe0f\u20e3" if c.isdigit() else c for c in s),
}
SECRET_WORDS = {
    "cvv": {
        "vi": [
            "mã CVV",
            "mã CVC",
            "CVV2",
            "CVC2",
            "mã bảo mật",
            "số bảo mật",
            "3 số sau thẻ",
            "mã số CVV",
            "số CVC",
        ],
        "vi-unmarked": ["ma cvv", "ma cvc", "so bao mat", "3 so sau the", "ma bao mat"],
        "th": ["เลขหลังบัตร", "รหัสหลังบัตร", "เลข CVV", "รหัส CVC", "เลข CVC"],
        "en": [
            "CVV",
            "CVC",
            "CID",
            "CSC",
            "CVV2",
            "CVC2",
            "security code",
            "card code",
            "card security code",
        ],
    },
    "otp": {
        "vi": ["mã OTP", "mã xác thực", "mã xác nhận", "OTP", "mã kích hoạt"],
        "vi-unmarked": ["ma otp", "ma xac thuc", "ma xac nhan", "otp"],
        "th": ["รหัส OTP", "รหัสยืนยัน", "โค้ด", "รหัสOTP"],
        "en": ["OTP", "verification code", "one-time code", "login code", "security code"],
    },
    "pin": {
        "vi": ["mã PIN", "PIN", "mật mã thẻ"],
        "vi-unmarked": ["ma pin", "pin the"],
        "th": ["รหัส ATM", "รหัสพิน", "รหัส PIN"],
        "en": ["PIN", "PIN code", "card PIN"],
    },
    "id_number": {
        "vi": ["CCCD", "căn cước", "CMND", "số định danh", "số CCCD", "căn cước công dân"],
        "vi-unmarked": ["cccd", "can cuoc", "cmnd", "so dinh danh"],
        "th": ["บัตรประชาชน", "เลขประจำตัวประชาชน", "เลขบัตรประชาชน"],
        "en": ["ID card", "citizen ID", "national ID", "ID number"],
    },
    "card_number": {
        "vi": ["số thẻ", "thẻ ATM", "thẻ tín dụng"],
        "vi-unmarked": ["so the", "the atm"],
        "th": ["เลขบัตร", "บัตรเครดิต", "เลขบัตรเดบิต"],
        "en": ["card number", "credit card", "debit card"],
    },
}
WORDINGS = {
    "vi": ["{w} {n}", "{w}: {n}", "{w} là {n}", "{n} là {w}"],
    "vi-unmarked": ["{w} {n}", "{w} la {n}", "{n} la {w}"],
    "th": ["{w} {n}", "{w}คือ {n}", "{w} {n} ค่ะ"],
    "en": ["{w} {n}", "{w}: {n}", "my {w} is {n}", "{n} is my {w}"],
}
SECRET_DIGITS = {
    "cvv": "731",
    "otp": "482913",
    "pin": "4827",
    "id_number": "079058011642",
    "card_number": "4532015112830366",
}
THAI_ID = "1491773296251"
# (separator, digits a group): none, space, dot, hyphen, underscore, slash, comma, line break; and
# any run of whitespace: three spaces, a tab, a no-break space, spaces around a no-break one.
WHITESPACE_RUNS = ["   ", "\t", "\u00a0", " \u00a0 "]
GROUPINGS = {
    "cvv": [("", 3)],
    "otp": [("", 6), (" ", 3), (".", 3), ("-", 3), ("_", 3), ("\n", 3), ("/", 2)]
    + [(run, 2) for run in WHITESPACE_RUNS],
    "pin": [("", 4), (" ", 2), ("-", 2), ("\n", 2)] + [(run, 2) for run in WHITESPACE_RUNS],
    "id_number": [("", 12), (" ", 3), (" ", 4), (".", 3), ("-", 3), ("/", 3), ("_", 3), ("\n", 6)]
    + [(run, 3) for run in WHITESPACE_RUNS],
    "card_number": [("", 16), (" ", 4), ("-", 4), (".", 4), ("/", 4), ("_", 4), (",", 4), ("\n", 8)]
    + [(run, 4) for run in WHITESPACE_RUNS],
}


def _grouped(digits: str, separator: str, size: int) -> str:
    return separator.join(digits[i : i + size] for i in range(0, len(digits), size))


@pytest.mark.parametrize(
    ("kind", "lang"), [(kind, lang) for kind, langs in SECRET_WORDS.items() for lang in langs]
)
def test_every_word_separator_and_digit_script_of_a_secret_is_hidden(kind: str, lang: str) -> None:
    digits = THAI_ID if (kind, lang) == ("id_number", "th") else SECRET_DIGITS[kind]
    missed = []
    for word in SECRET_WORDS[kind][lang]:
        for wording in WORDINGS[lang]:
            for separator, size in GROUPINGS[kind]:
                for script, written in DIGIT_SCRIPTS.items():
                    if script != "ascii" and separator not in ("", " "):
                        continue
                    number = written(_grouped(digits, separator, size))
                    text = wording.format(w=word, n=number)
                    if not _hidden(text, number):
                        missed.append(text)
    assert missed == []


PASSWORD_WORDS = {
    "vi": (["mật khẩu", "mk", "pass"], ["{w} là {v}", "{w}: {v}", "{w} {v}", "{w}:\n{v}", '{w} là "{v}"']),
    "vi-unmarked": (["mat khau", "matkhau"], ["{w} la {v}", "{w}: {v}", "{w}\n{v}"]),
    "th": (["รหัสผ่าน", "พาสเวิร์ด"], ["{w}คือ {v}", "{w} {v}", "ตั้ง{w}เป็น {v}", '{w}คือ "{v}"']),
    "en": (["password", "pass", "passcode"], ["my {w} is {v}", "{w}: {v}", "{w}\n{v}", 'the {w} is "{v}"']),
}
# Letters with digits, signs, Thai or full-width digits; Thai letters with digits.
PASSWORDS = ["Cuc@1957", "mai_vang62", "Breeze2031!", "Nok๒๕๑๒", "Dao１９５９", "xyz456abc", "K@y.Tran_70"]
THAI_PASSWORDS = ["ทุ่งนา1961", "ชบา๒๕๒๐"]


@pytest.mark.parametrize("lang", list(PASSWORD_WORDS))
def test_every_password_word_and_wording_hides_the_password(lang: str) -> None:
    words, wordings = PASSWORD_WORDS[lang]
    values = PASSWORDS + (THAI_PASSWORDS if lang == "th" else [])
    missed = [
        text
        for word in words
        for wording in wordings
        for value in values
        if not _hidden(text := wording.format(w=word, v=value), value)
    ]
    assert missed == []


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # a CVV word after the digits, under any of the card code's names
        ("519 là mã cvc của thẻ bà", ["519"]),
        ("264 la so csc o mat sau", ["264"]),
        ("837 is the CID on the Amex", ["837"]),
        ("CVC 903 nằm ở mặt sau thẻ", ["903"]),
        ("CVV2 418 thì nhập ở đâu", ["418"]),
        # an ID or card grouped by slashes or commas, or its last part on a line after
        ("CMND số 271/548/306", ["271/548/306"]),
        ("Căn cước 038/162/004/917 nha con", ["038/162/004/917"]),
        ("บัตรประชาชน 1/4917/73296/25/1 ค่ะ", ["1/4917/73296/25/1"]),
        ("card 4532,0151,1283,0366 expires soon", ["4532,0151,1283,0366"]),
        ("เลขบัตรประชาชน\n1-4917-73296\n-25-1", ["1-4917-73296", "-25-1"]),
        # a code glued to "maotp", with or without its copula
        ("maotp la527104 ha con", ["527104"]),
        ("maotp527104bamhoaikhongduoc", ["527104"]),
        ("otp 614 209 nhe, cvv2:512", ["614 209", "512"]),
        # a password over lines, spelled letter by letter, quoted, said to have spaces
        ("mat khau:\nHuong\n#1962", ["Huong", "#1962"]),
        ("mật khẩu là chữ thường m, a, i rồi số 5 8", ["m, a, i"]),
        ('ตั้งรหัสผ่านเป็น "ทุ่งนาเขียว" ดีไหม', ["ทุ่งนาเขียว"]),
        ("my password is purple tiger 42, with spaces", ["purple tiger 42"]),
        ("My password is correct pony glue 9, with spaces", ["correct pony glue 9"]),
        ("รหัสผ่าน แมว กิน ปลา 3 ครับ มีเว้นวรรค", ["แมว กิน ปลา 3"]),
        ("mật khẩu là con mèo đen 5 có dấu cách", ["con mèo đen 5"]),
        ("His Facebook password is ต้นมะม่วง77, is it safe", ["ต้นมะม่วง77"]),
    ],
)
def test_the_classes_the_seventeenth_held_out_set_brought_are_hidden(text: str, secrets: list[str]) -> None:
    assert all(_hidden(text, secret) for secret in secrets)


@pytest.mark.parametrize(
    "text",
    [
        "Ứng dụng báo lỗi mã 7013 khi mở",
        "app bao loi ma 7013 khi mo",
        "error 4031 when I open the app",
        "แอปขึ้นข้อผิดพลาด 4031",
        "giá 731 nghìn một hộp",
        "hẹn ngày 03/04 nhé",
        "sinh ngày 12/05/1958",
        "đơn hàng 48/29/13 giao chưa",
        "lớp 10/2 trường Lê Lợi",
        "tổng đài 1800 1234",
        "hotline 1900 545413",
        "mã lớp 482913",
        "class code 482913",
        "1,250,000,000 đồng tiền nhà",
        "thẻ hết hạn 09/28",
        "căn cước hết hạn năm 2031",
        "CCCD cấp ngày 12/05/2021",
        "pin 5000mAh sạc nhanh",
        "CVV là gì vậy",
        "what is a CVC code?",
        "เลขหลังบัตรคืออะไร",
        "mật khẩu phải có 8 ký tự",
        "password with spaces is allowed?",
        "my password is wrong, with spaces or not?",
    ],
)
def test_look_alikes_of_every_class_stay(text: str) -> None:
    assert redact(text)[1] == []


# Glued: each secret word with no space at all around it, neither to its digits nor to the words
# around, copula included or not ("socccd048154648482", "thecodeis914799", "รหัสotpคือ…"). Words
# with digits of their own ("CVV2", "3 số sau thẻ") are left out: glued, their digits run into the
# secret's.
GLUED_WORDINGS = {
    "vi": ["cháuơi{w}{n}nhậpvàođâu", "{w}là{n}nhé", "{w}:{n}", "bà{w}{n}", "{n}là{w}củabà"],
    "vi-unmarked": ["chauoi{w}{n}nhapvaodau", "{w}la{n}nhe", "ba{w}{n}", "{n}la{w}cuaba"],
    "th": ["{w}{n}ค่ะ", "{w}คือ{n}นะคะ", "ยาย{w}{n}"],
    "en": ["the{w}is{n}thanks", "my{w}:{n}", "{w}{n}pleasehelp", "{n}ismy{w}"],
}


@pytest.mark.parametrize(
    ("kind", "lang"), [(kind, lang) for kind, langs in SECRET_WORDS.items() for lang in langs]
)
def test_every_secret_word_glued_to_its_digits_and_words_hides_them(kind: str, lang: str) -> None:
    digits = THAI_ID if (kind, lang) == ("id_number", "th") else SECRET_DIGITS[kind]
    missed = [
        text
        for word in SECRET_WORDS[kind][lang]
        if not any(c.isdigit() for c in word)
        for wording in GLUED_WORDINGS[lang]
        if not _hidden(text := wording.format(w=word.replace(" ", ""), n=digits), digits)
    ]
    assert missed == []


# Spelled: a password typed letter by letter, apart by spaces or commas, after any password word.
SPELLED_PASSWORDS = ["K a t e 5 9", "m a i h o a 6 9", "h, o, a, 1, 9, 5, 8", "T,u,a,n,7,2", "B i n h @ 6 1"]
SPELLED_WORDINGS = {
    "vi": (["mật khẩu", "mk", "pass"], ["{w} là {v}", "{w} gồm chữ {v} con gõ từng chữ", "{w}: {v} nhé"]),
    "vi-unmarked": (["mat khau", "matkhau"], ["{w} la {v}", "{w} gom chu {v} go tung chu"]),
    "th": (["รหัสผ่าน", "พาสเวิร์ด"], ["{w}คือ {v} ค่ะ", "ตั้ง{w}เป็น {v} ได้ไหม"]),
    "en": (
        ["password", "pass", "passphrase"],
        ["my {w} is {v} letter by letter", "{w}: {v}", "the {w} was {v}."],
    ),
}


@pytest.mark.parametrize("lang", list(SPELLED_WORDINGS))
def test_a_password_spelled_letter_by_letter_after_any_password_word_is_hidden(lang: str) -> None:
    words, wordings = SPELLED_WORDINGS[lang]
    missed = [
        text
        for word in words
        for wording in wordings
        for value in SPELLED_PASSWORDS
        if not _hidden(text := wording.format(w=word, v=value), value)
    ]
    assert missed == []


# A phone's or an app's lock: each word for the code that unlocks a screen or a device, naming a
# PIN (digits) or a password (letters and digits).
LOCK_WORDS = {
    "vi": [
        "mã khóa màn hình",
        "mật khẩu màn hình",
        "mật khẩu mở máy",
        "mã mở khóa điện thoại",
        "mã mở máy",
        "mật khẩu điện thoại",
        "mã khóa điện thoại",
        "mật khẩu khóa màn hình",
        "mã mở khóa màn hình",
        "mật mã điện thoại",
    ],
    "vi-unmarked": ["ma khoa man hinh", "mat khau mo may", "ma mo khoa dien thoai", "mat khau dien thoai"],
    "th": ["รหัสปลดล็อกหน้าจอ", "รหัสเข้าเครื่อง", "รหัสล็อกหน้าจอ", "รหัสเปิดเครื่อง", "รหัสผ่านมือถือ", "รหัสมือถือ"],
    "en": [
        "screen lock",
        "screen lock code",
        "lock screen code",
        "lock screen PIN",
        "lock screen password",
        "phone passcode",
        "passcode of the phone",
        "phone PIN",
        "phone password",
        "phone unlock code",
    ],
}
LOCK_WORDINGS = {
    "vi": ["{w} {v} do cháu đặt", "{w} là {v}", "{w}: {v}"],
    "vi-unmarked": ["{w} {v} do chau dat", "{w} la {v}"],
    "th": ["{w} {v} ค่ะ", "{w}คือ {v}", "{w}คือ{v}นะ"],
    "en": ["my {w} is {v}", "{w}: {v}", "the {w} {v} my grandson set"],
}
LOCK_VALUES = ["1932", "482913", "Kate59"]


@pytest.mark.parametrize("lang", list(LOCK_WORDS))
def test_every_device_lock_word_names_a_pin_or_password(lang: str) -> None:
    missed = [
        text
        for word in LOCK_WORDS[lang]
        for wording in LOCK_WORDINGS[lang]
        for value in LOCK_VALUES
        if not _hidden(text := wording.format(w=word, v=value), value)
    ]
    assert missed == []


# Thai-script passwords after each Thai phrase that sets or uses one, with a space or none, with a
# question or a particle after, or nothing.
THAI_SETTING = [
    "ตั้งรหัสผ่านเป็น",
    "รหัสผ่านตั้งเป็น",
    "ใช้รหัสผ่าน",
    "รหัสผ่านใช้",
    "เปลี่ยนรหัสผ่านเป็น",
    "ตั้งพาสเวิร์ดเป็น",
    "เปลี่ยนพาสเวิร์ดเป็น",
    "ตั้งรหัสเป็น",
]
THAI_SCRIPT_PASSWORDS = ["บ้านสวนลุง", "ดอกมะลิขาว", "แมวส้มอ้วน"]
THAI_AFTER = ["", " ได้ไหมครับ", "ได้ไหมคะ", " ดีไหม", "นะคะ", " ค่ะ"]


@pytest.mark.parametrize("setting", THAI_SETTING)
def test_a_thai_script_password_after_every_thai_setting_phrase_is_hidden(setting: str) -> None:
    missed = [
        text
        for value in THAI_SCRIPT_PASSWORDS
        for space in ("", " ")
        for after in THAI_AFTER
        if not _hidden(text := f"{setting}{space}{value}{after}", value)
    ]
    assert missed == []


@pytest.mark.parametrize(
    "text",
    [
        # glued, but no secret's word, or a harmless word that ends in one, or a unit after
        "pin5000mah sạc nhanh",
        "pin 5000 mAh sạc nhanh",
        "malop482913",
        "mãlớp482913",
        "barcode8850999321045",
        "zipcode70000",
        "error4031",
        "phong1204 tang 12",
        "hotline19001234",
        "giá150000đ",
        "nam2024",
        # spelled single letters and digits that are no password
        "quay số 1 2 3 4 5 6",
        "bấm 1 2 3 trên điện thoại",
        "mật khẩu phải có chữ A, B và số",
        # sixteen digits failing the card check are no ID either
        "4532 0151 1283 0365",
        # a lock's settings, not its code
        "khóa màn hình sau 30 giây",
        "screen lock after 5 minutes",
        "màn hình 6.5 inch",
        "ล็อกหน้าจอหลัง 30 วินาที",
        "mã khóa màn hình là gì",
        "what is a screen lock code?",
        "my screen lock is broken",
        "the lock screen shows 2 missed calls",
        "mật khẩu màn hình có 6 số",
        # how a Thai password is set, not the password
        "ตั้งรหัสผ่านเป็นภาษาไทยได้ไหม",
        "ตั้งรหัสผ่านเป็นตัวเลขได้ไหม",
        "ใช้รหัสผ่านเดิมได้ไหม",
        "เปลี่ยนรหัสผ่านเป็นประจำดีไหม",
        "ใช้รหัสผ่านเดียวกันทุกแอปได้ไหม",
        "ตั้งรหัสผ่านเป็นวันเกิดดีไหม",
        "ใช้รหัสผ่าน ยากๆ ดีกว่า",
        "เปลี่ยนรหัสผ่านเป็นอะไรดี",
    ],
)
def test_look_alikes_of_the_nineteenth_rounds_classes_stay(text: str) -> None:
    assert redact(text)[1] == []


# The word after the value: each secret kind with its word after the digits or the password, with
# each copula and owner people put between ("X is my … password", "X là mật khẩu …", "X คือรหัสผ่าน…",
# "X là mã … của ông"), a qualifier before the word included ("card PIN", "email password").
NAMED_AFTER_WORDS = {
    "otp": {
        "vi": ["mã OTP", "mã xác thực", "mã xác nhận", "mã giao dịch", "mã OTP ngân hàng"],
        "vi-unmarked": ["ma otp", "ma xac thuc", "ma giao dich", "ma xac nhan"],
        "th": ["รหัส OTP", "รหัสยืนยัน", "โค้ด OTP"],
        "en": ["OTP", "verification code", "one-time code", "login code"],
    },
    "pin": {
        "vi": ["mã PIN", "mã PIN thẻ", "mật mã thẻ", "mã PIN ATM"],
        "vi-unmarked": ["ma pin", "ma pin the", "mat ma the"],
        "th": ["รหัส ATM", "รหัสพิน", "รหัส PIN บัตร"],
        "en": ["PIN", "card PIN", "ATM PIN", "bank PIN", "debit card PIN", "PIN code"],
    },
    "cvv": {
        "vi": ["mã CVV", "số bảo mật thẻ", "mã CVC"],
        "vi-unmarked": ["ma cvv", "so bao mat"],
        "th": ["เลขหลังบัตร", "รหัส CVV"],
        "en": ["CVV", "card CVC", "security code"],
    },
    "id_number": {
        "vi": ["số CCCD", "căn cước", "số CMND"],
        "vi-unmarked": ["so cccd", "so can cuoc"],
        "th": ["เลขบัตรประชาชน", "เลขประจำตัวประชาชน"],
        "en": ["ID number", "national ID", "citizen ID number"],
    },
    "card_number": {
        "vi": ["số thẻ", "số thẻ ATM", "số thẻ tín dụng"],
        "vi-unmarked": ["so the", "so the atm"],
        "th": ["เลขบัตร", "เลขบัตรเครดิต"],
        "en": ["card number", "credit card number", "debit card number"],
    },
    "password": {
        "vi": ["mật khẩu", "mật khẩu email", "mật khẩu ngân hàng", "mật khẩu Zalo", "mk Facebook", "pass"],
        "vi-unmarked": ["mat khau", "mat khau email", "mat khau ngan hang"],
        "th": ["รหัสผ่าน", "รหัสผ่านอีเมล", "รหัสผ่านเฟซบุ๊ก", "พาสเวิร์ด"],
        "en": ["password", "email password", "bank password", "Facebook password", "passcode"],
    },
}
NAMED_AFTER_WORDINGS = {
    "vi": [
        "{n} là {w}",
        "{n} là {w} của tôi",
        "{n} là {w} của ông",
        "{n} {w} của bà",
        "{n} chính là {w} của tôi",
        "{n} là {w} của tôi, ghi ra đây kẻo quên",
        "{n} đó là {w}",
    ],
    "vi-unmarked": ["{n} la {w}", "{n} la {w} cua toi", "{n} {w} cua ong", "{n} la {w} cua ba nhe"],
    "th": ["{n} คือ{w}", "{n} คือ{w}ของยาย", "{n} เป็น{w}ของฉันค่ะ", "{n} {w}ของฉัน"],
    "en": [
        "{n} is my {w}",
        "{n} is the {w}",
        "{n} is our {w}",
        "{n} was my {w}",
        "{n} is my {w}, writing it here so I don't forget",
        "{n} - that's my {w}",
        "{n} is his {w}",
    ],
}
# A PIN that reads as a year, in either calendar ("2556", "1962"), is still the PIN its word names.
NAMED_AFTER_VALUES = {
    "otp": ["482913", "60400335"],
    "pin": ["4827", "2556", "1962"],
    "cvv": ["731"],
    "id_number": ["079058011642"],
    "card_number": ["4532015112830366"],
    "password": ["Rosie@Garden9", "Kettle&Scones5", "mai_vang62", "LanAnh1962"],
}


@pytest.mark.parametrize(
    ("kind", "lang"), [(kind, lang) for kind, langs in NAMED_AFTER_WORDS.items() for lang in langs]
)
def test_every_secret_word_after_its_value_with_any_copula_or_owner_hides_it(kind: str, lang: str) -> None:
    values = [THAI_ID] if (kind, lang) == ("id_number", "th") else NAMED_AFTER_VALUES[kind]
    missed = [
        text
        for word in NAMED_AFTER_WORDS[kind][lang]
        for wording in NAMED_AFTER_WORDINGS[lang]
        for value in values
        if not _hidden(text := wording.format(n=value, w=word), value)
    ]
    assert missed == []


# Far from its word: letters, a sign and digits ("Phuong@Thao77"), anywhere in a message that speaks
# of a password, of logging in or of getting into the bank, however many words away.
FAR_PASSWORDS = [
    "Phuong@Thao77",
    "Kettle&Scones5",
    "Hoa#Sen1960",
    "Minh@Anh62",
    "Rose_Garden7",
    "MinhAnh1962",
]
FAR_WORDINGS = {
    "vi": [
        "Bà ghi trong sổ dòng chữ {v} đó cháu, bà nghĩ nó là mật khẩu đăng nhập ngân hàng",
        "Trong sổ có ghi {v}, hình như là mật khẩu vào app ngân hàng",
        "Cháu ơi {v} ông viết sau lịch, ông dùng nó để đăng nhập ngân hàng",
        "{v} là cái bà hay gõ để vào ngân hàng",
    ],
    "vi-unmarked": [
        "ba ghi trong so dong chu {v} do chau, ba nghi no la mat khau dang nhap ngan hang",
        "{v} ong viet sau lich, ong dung de dang nhap ngan hang",
    ],
    "th": [
        "ยายจดไว้ในสมุดว่า {v} คิดว่าเป็นรหัสผ่านเข้าแอปธนาคาร",
        "{v} ที่เขียนไว้หลังปฏิทิน ใช้ล็อกอินธนาคาร",
    ],
    "en": [
        "The line I wrote on the back of the calendar, {v}, is what I use to get into the bank",
        "I keep {v} on a sticky note, I think it's my online banking password",
        "{v} written in my notebook is what I use to log in to the bank",
        "There's {v} in my diary, I use it to sign in to my email",
    ],
}


@pytest.mark.parametrize("lang", list(FAR_WORDINGS))
def test_a_password_built_with_a_sign_anywhere_in_a_message_about_logging_in_is_hidden(lang: str) -> None:
    missed = [
        text
        for wording in FAR_WORDINGS[lang]
        for value in FAR_PASSWORDS
        if not _hidden(text := wording.format(v=value), value)
    ]
    assert missed == []


# Pieces joined by "rồi", "với", "then", "and", "แล้วก็": each piece of an ID or a card is hidden.
ID_PIECES = ["038", "158", "007", "214"]
CARD_PIECES = ["4532", "0151", "1283", "0366"]
PIECE_WORDINGS = {
    "vi": [
        "CCCD của tôi đầu {0} rồi {1} rồi {2} với {3}",
        "số CCCD {0} rồi {1} rồi {2} rồi {3}",
        "CCCD {0} với {1} với {2} với {3}",
        "căn cước {0} và {1} và {2} và {3}",
    ],
    "vi-unmarked": ["cccd cua toi dau {0} roi {1} roi {2} voi {3}", "so can cuoc {0} va {1} va {2} va {3}"],
    "th": ["เลขบัตรประชาชน {0} แล้วก็ {1} แล้วก็ {2} แล้วก็ {3}", "เลขบัตรประชาชน {0} กับ {1} กับ {2} กับ {3}"],
    "en": [
        "my ID number starts {0} then {1} then {2} and {3}",
        "national ID {0} and {1} and {2} and {3}",
        "ID number {0}, then {1}, then {2} and then {3}",
    ],
}
CARD_PIECE_WORDS = {"vi": "số thẻ", "vi-unmarked": "so the", "th": "เลขบัตร", "en": "card number"}


@pytest.mark.parametrize("lang", list(PIECE_WORDINGS))
def test_an_id_or_a_card_in_pieces_joined_by_then_and_or_with_is_hidden_piece_by_piece(lang: str) -> None:
    missed = []
    for wording in PIECE_WORDINGS[lang]:
        texts = [(wording.format(*ID_PIECES), ID_PIECES)]
        if wording.split("{0}")[0].strip():  # the same joining after the card's word
            head = wording.split("{0}")[0]
            card = CARD_PIECE_WORDS[lang] + " " + wording[len(head) :]
            texts.append((card.format(*CARD_PIECES), CARD_PIECES))
        missed += [text for text, pieces in texts for piece in pieces if not _hidden(text, piece)]
    assert missed == []


# A code glued to the words after it, its word standing apart before it with a colon or a copula.
COLON_WORDS = ["mã xác thực", "mã OTP", "ma xac thuc", "OTP", "verification code", "รหัส OTP", "mã xác nhận"]
COLON_WORDINGS = ["{w}:{n}bà gõ rồi", "{w}:{n}nhé", "{w}: {n}bà gõ rồi", "{w} là {n}nhé", "{w}:{n}thanks"]


def test_a_code_glued_to_the_words_after_it_is_hidden() -> None:
    missed = [
        text
        for word in COLON_WORDS
        for wording in COLON_WORDINGS
        if not _hidden(text := wording.format(w=word, n="798976"), "798976")
    ]
    assert missed == []


@pytest.mark.parametrize(
    "text",
    [
        # a code a class's, a meeting's or an order's word names, beside a password not sent
        "Mã lớp học online của ông là VNeID-07, mật khẩu lớp thì cô giáo chưa gửi",
        "Phòng họp Google Meet mã abc-defg-hij mật khẩu lớp không cần",
        "ma lop VNeID-07, mat khau lop co chua gui",
        "Meeting code abc-defg-hij, no password needed",
        "Mã lớp Toan@Lop7 thì có rồi, mật khẩu lớp cô chưa gửi",
        "mật khẩu lớp thì chưa gửi, mã lớp Toan@Lop7",
        "Meeting code Book&Tea12, the password isn't needed",
        "Order code Shop@Home24, I never got a password",
        "Zoom ID Lop@Toan5, mật khẩu chưa có",
        "รหัสห้อง Room@Art5 ยังไม่ได้รหัสผ่านค่ะ",
        # an address, a sum and a reference beside the words of a code after digits
        "email rosie@garden9.com, I forgot the password",
        "Chuyển 500000 mã giao dịch FT24157839201456",
        "FT24157839 mã giao dịch của bà",
        "ma giao dich 503218746 tren bien lai momo",
        # digits before a count's word, a date before a code's word, a code's letters glued on
        "mã có 6 số bảo mật lắm",
        "the tin dung ngay het han 08/2026 ma bao mat",
        "Đơn hàng mã 241207KXT93M giao chưa tới",
        "the 4215xxxxxxxx7702 bi tru 99.000d",
        "giá:150000đ",
        "mã lớp: 482913nhé",
        # numbers in a list, not pieces of one
        "lớp có 38 rồi 15 với 7 bạn",
        "I bought 3 and 4 and 12 apples",
    ],
)
def test_look_alikes_of_the_twentieth_rounds_classes_stay(text: str) -> None:
    assert redact(text)[1] == []


# A password generator's word (capitals, small letters, a digit and a sign inside), typed first with
# no password word, in a message that names what it unlocks: a wifi, an app, a bank, an account.
MIXED_PASSWORDS = ["x8Kp!q2W", "kH9!mPz2", "Qz7#tRw4", "m3N$bV8x", "Tb5&wE9q"]
MIXED_WORDINGS = {
    "vi": [
        "{v} cái này là của wifi hay của ngân hàng nhỉ",
        "Bà thấy ghi {v}, không biết của app nào",
        "{v} là mật khẩu wifi hay tài khoản ngân hàng vậy cháu",
    ],
    "vi-unmarked": ["{v} cai nay cua wifi hay ngan hang nhi", "ba thay ghi {v} khong biet cua ung dung nao"],
    "th": ["{v} อันนี้รหัสไวไฟหรือรหัสแอปนะ จำไม่ได้แล้ว", "{v} ของธนาคารหรือของไวไฟคะ", "ยายจดไว้ {v} ไม่รู้ของแอปไหน"],
    "en": [
        "{v} is that the wifi one or the bank one, I forget",
        "found {v} on a note, was it for the app or my email?",
        "{v} - wifi or banking?",
        'Is "{v}" my account one?',
    ],
}


@pytest.mark.parametrize("lang", list(MIXED_WORDINGS))
def test_a_generated_password_in_a_message_naming_what_it_unlocks_is_hidden(lang: str) -> None:
    missed = [
        text
        for wording in MIXED_WORDINGS[lang]
        for value in MIXED_PASSWORDS
        if not _hidden(text := wording.format(v=value), value)
    ]
    assert missed == []


# Four to eight digit words read out with a comma between each, typed or said aloud, no code word.
APART_READINGS = {
    "en": [
        "nine, one, seven, four",
        "five, eight, two, zero, one, six",
        "five one nine comma eight two zero",
    ],
    "vi": ["chín, một, bảy, bốn", "chin, mot, bay, bon, sau, hai"],
    "th": ["เก้า, หนึ่ง, เจ็ด, สี่"],
}
APART_WORDINGS = {
    "en": [
        "Grandpa reading it out: {v}",
        "he said {v}",
        "{v}, that's what the man wanted",
        "I wrote down {v}",
    ],
    "vi": ["ông đọc to: {v}", "nó bảo {v}", "{v} đó cháu"],
    "th": ["ตาอ่านออกมาว่า {v}", "{v} ค่ะ"],
}


@pytest.mark.parametrize("lang", list(APART_READINGS))
def test_digit_words_read_out_apart_by_commas_are_a_code(lang: str) -> None:
    missed = [
        text
        for wording in APART_WORDINGS[lang]
        for value in APART_READINGS[lang]
        if not _hidden(text := wording.format(v=value), value)
    ]
    assert missed == []


# A passphrase's words typed together after "the phrase", "câu", "ประโยค"; a common password as the old
# or the new one of a change, or after a copula.
@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("my password is the phrase ilovemycatfelix all together", "ilovemycatfelix"),
        ("password: the phrase bluehousebytheriver", "bluehousebytheriver"),
        ("mật khẩu là câu toiyeuconmeomun", "toiyeuconmeomun"),
        ("mat khau la cau toiyeuconmeomun viet lien", "toiyeuconmeomun"),
        ("รหัสผ่านเป็นประโยค ilovemycatfelix ติดกัน", "ilovemycatfelix"),
        ("changed my password from password123 to Marlow#1957 yesterday", "password123"),
        ("changed my password from password123 to Marlow#1957 yesterday", "Marlow#1957"),
        ("I changed the password from pass1234 to Kettle55", "pass1234"),
        ("my password is password123", "password123"),
        ("my wifi password is pass1234", "pass1234"),
        ("đổi mật khẩu từ matkhau123 sang Hoa@Mai55", "matkhau123"),
        ("เปลี่ยนรหัสผ่านจาก password123 เป็น Nok@2512", "password123"),
        ("my password is Password", "Password"),
    ],
)
def test_a_glued_phrase_or_a_common_password_in_a_change_is_hidden(text: str, secret: str) -> None:
    assert _hidden(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        # a lesson's topic and chapters, not a password set
        "บทที่ 5 สอนเปลี่ยนรหัสผ่าน ยายเรียนถึงบทที่ 3 ค่ะ",
        "เปลี่ยนรหัสผ่าน ยายเรียนถึงบทที่ 3 ค่ะ",
        "วิธีตั้งรหัสผ่าน ข้อที่ 2 ทำยังไงคะ",
        "การเปลี่ยนรหัสผ่านครั้งที่ 2 ยากไหมคะ",
        # counting, a choice of numbers, digits words without commas and no code word
        "one, two, three, four, let's go",
        "five, six, seven, eight, everybody dance",
        "I go two, three or four times a week",
        "một, hai, ba, bốn, bà tập thể dục",
        "nine one seven four",
        # app names, versions and words with signs but not all four kinds, near wifi or bank words
        "the Wi-Fi at the bank is slow",
        "my bank app is version 5.2.1-beta",
        "COVID-19 app on my phone",
        "email me at Lan.Tran9@gmail.com about the app",
        "is the #BankSafe2024 campaign real?",
        # ordinary words after "the phrase"
        "my password is the phrase you told me",
        "my password is the phrase together with numbers",
        "mật khẩu là câu hỏi bảo mật à",
        "password phrase: how long should it be?",
        # a password word glued to digits that no copula or change puts as a value
        "pin5000mah",
    ],
)
def test_look_alikes_of_the_twenty_first_rounds_classes_stay(text: str) -> None:
    assert redact(text)[1] == []


# Thai letters with digits as a password, named by a word for a code or a password before or after
# it (Thai or English, a space or none, Thai or Arabic digits), or as the old one of a change.
THAI_LETTER_PASSWORDS = ["ดอกแก้ว57", "หลานรัก23", "ส้มตำ2494", "มะลิ๒๕๑๙"]
THAI_CODE_WORDS = ["รหัส", "รหัสผ่าน", "พาสเวิร์ด", "password", "code", "passcode"]
THAI_LETTER_WORDINGS = [
    "เบอร์ 0808245756 {w} {v} ช่วยเข้าแอปให้แม่หน่อย",
    "{w} {v} นะ",
    "{w}คือ{v}ค่ะ",
    "{w} คือ {v} ค่ะ",
    "{v} อันนี้{w}แอปนะลูก",
    "{v} คือ{w}เข้าอีเมลของพ่อครับ",
    "{v}คือ{w}ค่ะ",
    "จะเปลี่ยน{w}จาก {v} เป็น malee@70 ทำยังไงคะ",
    "เปลี่ยน{w}จาก{v}เป็นmalee@70",
]
# A password word may be glued to its value; the letters glued to a code word name what it is for.
THAI_PASSWORD_WORDS = ["รหัสผ่าน", "พาสเวิร์ด", "password"]
THAI_LETTER_ENGLISH = ["my {w} is {v}", "{v} is my {w}", "{w}: {v}", "change the {w} from {v} to malee@70"]


@pytest.mark.parametrize("word", THAI_CODE_WORDS)
def test_thai_letters_with_digits_named_as_a_code_or_a_password_are_hidden(word: str) -> None:
    wordings = THAI_LETTER_WORDINGS + (THAI_LETTER_ENGLISH if word.isascii() else [])
    wordings += ["{w}{v} ค่ะ"] if word in THAI_PASSWORD_WORDS else []
    missed = [
        text
        for wording in wordings
        for value in THAI_LETTER_PASSWORDS
        if not _hidden(text := wording.format(w=word, v=value), value)
    ]
    assert missed == []


@pytest.mark.parametrize(
    "text",
    [
        # a street, a house, an age, a price, a chapter, a room, a year: numbers, not passwords
        "ซอย 23 ลืมรหัสผ่านไวไฟค่ะ",
        "ซอย23 ลืมรหัสผ่านไวไฟค่ะ",
        "บ้านเลขที่ 45 ลืมรหัสผ่านแอปค่ะ",
        "บ้านเลขที่45 ลืมรหัสผ่านแอปค่ะ",
        "ยายอายุ75 ลืมรหัสผ่านค่ะ",
        "ลืมรหัสผ่าน ยายอายุ75 แล้วค่ะ",
        "ยายอายุ75แล้ว ตั้งรหัสยังไงคะ",
        "ราคา 250 ต้องใส่รหัสไหมคะ",
        "ราคา250 ต้องใส่รหัสไหมคะ",
        "บทที่ 3 รหัสผ่านคืออะไรคะ",
        "บทที่3 รหัสผ่านคืออะไรคะ",
        "ห้อง302 ลืมรหัสผ่านไวไฟ",
        "ปี2567 ยายเปลี่ยนรหัสผ่านไปแล้ว",
        "ชั้น5 ใส่รหัสเข้าประตูยังไงคะ",
        # Thai words with numbers, no password word
        "ส้มตำ2494 อร่อยมาก",
        "ยายเกิดปี 2494 ค่ะ",
        "ส้มตำจานละ 50 บาท",
        "อายุ75 แล้วเล่นไลน์เป็นค่ะ",
    ],
)
def test_look_alikes_of_the_twenty_second_rounds_class_stay(text: str) -> None:
    assert redact(text)[1] == []


@pytest.mark.parametrize(
    ("text", "shown", "secret"),
    [("passcodeทางรัฐ087352", "ทางรัฐ", "087352"), ("รหัสธนาคาร4821 ค่ะ", "ธนาคาร", "4821")],
)
def test_thai_letters_glued_to_a_code_word_name_its_use(text: str, shown: str, secret: str) -> None:
    assert _hidden(text, secret)
    assert shown in redact(text)[0]


# Unmarked Vietnamese words run together as a password after "là", the word after "mật khẩu" saying
# what it opens ("app", "page", "setting"), as Vietnamese puts it.
RUN_TOGETHER_VI = ["emyeuanh", "anhyeuem", "concuabo", "hoahongdo"]
RUN_TOGETHER_VI_WORDINGS = [
    "mat khau app ngan hang la {v}",
    "mat khau app la {v}",
    "mật khẩu app ngân hàng là {v}",
    "mật khẩu app Zalo của mẹ là {v}",
    "mat khau page ban hang la {v}",
    "mk app ngan hang la {v} nha con",
]
# A PIN named by what it does, far from any PIN word: the number to take cash out.
CASH_PIN_WORDINGS = [
    "cai so 4 so de rut tien o cay atm cua ba la {v} con ghi vao so giup ba",
    "số để rút tiền ở cây ATM của bà là {v}",
    "so dung de rut tien cua ba la {v}",
    "the number to take cash out at the ATM is {v}",
    "the digits to withdraw cash are {v}",
    "รหัสกดเงินของยายคือ {v}",
    "เลขกดเงิน {v} ยายจดไว้หลังบัตร",
]
# Digits typed at a machine that swallowed the card.
SWALLOWED_CARD_WORDINGS = [
    "The machine ate my card after I typed {v} twice",
    "the ATM swallowed my card after I entered {v}",
    "it kept my card after I put in {v}",
    "máy nuốt thẻ sau khi bà nhập {v} hai lần",
    "ตู้กลืนบัตรหลังจากยายกด {v} สองครั้ง",
]
PIN_VALUES = ["6709", "5903", "4817", "905317"]
# Words joined by hyphens, set as a password in a message that asks how strong it is.
HYPHEN_PASSPHRASES = ["bluesky-over-hanoi", "mango-tree-garden", "hoa-mai-vang"]
HYPHEN_WORDINGS = [
    "I set it to {v}, is that strong enough?",
    "I changed it to {v}, is that safe?",
    "ông đặt là {v} có mạnh không",
    "ตั้งเป็น {v} ปลอดภัยไหม",
]


@pytest.mark.parametrize(
    ("wordings", "values"),
    [
        (RUN_TOGETHER_VI_WORDINGS, RUN_TOGETHER_VI),
        (CASH_PIN_WORDINGS, PIN_VALUES),
        (SWALLOWED_CARD_WORDINGS, PIN_VALUES),
        (HYPHEN_WORDINGS, HYPHEN_PASSPHRASES),
    ],
    ids=[
        "run-together-after-la",
        "pin-named-by-use",
        "typed-at-a-machine-that-kept-the-card",
        "hyphen-passphrase",
    ],
)
def test_the_twenty_second_held_out_sets_classes_are_hidden(wordings: list[str], values: list[str]) -> None:
    missed = [
        text
        for wording in wordings
        for value in values
        if not _hidden(text := wording.format(v=value), value)
    ]
    assert missed == []


# The well-known weak values named in advice are examples; any other value, or a weak one given as
# one's own, is a secret.
WEAK_EXAMPLES = ["1234", "0000", "1111", "123456", "111111", "000000"]
ADVICE_WORDINGS = [
    "Con dặn mẹ đừng lấy {v} làm mã PIN à",
    "co nen dung {v} lam mat khau khong con",
    "dung lay {v} lam ma PIN nha me",
    "đừng dùng {v} làm mật khẩu",
    "không nên đặt {v} làm mã PIN",
    "หลานบอกว่าอย่าใช้ {v} เป็นรหัส ใช่ไหมคะ",
    "ไม่ควรใช้ {v} เป็นรหัสผ่าน",
    "My grandson said never use {v} as a PIN",
    "don't use {v} as your PIN",
    "should I use {v} as my password?",
]


@pytest.mark.parametrize("wording", ADVICE_WORDINGS)
def test_weak_values_named_in_advice_stay(wording: str) -> None:
    assert [text for v in WEAK_EXAMPLES if redact(text := wording.format(v=v))[1]] == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("bà dùng 1234 làm mã PIN", "1234"),
        ("mã PIN của bà là 1234", "1234"),
        ("my PIN is 0000", "0000"),
        ("never use 0000 as a PIN, mine is 0000 though", "0000"),
        ("never use 5903 as a PIN", "5903"),
        ("Con dặn mẹ đừng lấy 5831 làm mã PIN à", "5831"),
        ("co nen dung 583021 lam mat khau khong con", "583021"),
        ("อย่าใช้ 748215 เป็นรหัส", "748215"),
        ("ยายใช้ 123456 เป็นรหัส", "123456"),
    ],
)
def test_own_or_unusual_values_near_advice_are_hidden(text: str, secret: str) -> None:
    start = text.rindex(secret)  # the last one: "mine is 0000" after the advice
    assert all(any(f.start <= i < f.end for f in redact(text)[1]) for i in range(start, start + len(secret)))


@pytest.mark.parametrize(
    "text",
    [
        "mat khau app ngan hang la gi vay con",
        "mat khau app ngan hang la sai roi",
        "the password app is bitwarden",
        "bà rút tiền 500000 ở cây ATM",
        "phí để rút tiền là 1100 đồng",
        "số tiền để rút là 2000000",
        "the number to take cash out is on the back of the card",
        "I typed 5903 twice",
        "the machine ate my card in 2019",
        "the washing machine ate my sock after I pressed 1200 twice",
        "máy ATM nuốt thẻ lúc 10 giờ",
        "I set it to read-only, is that safe?",
        "I set it to end-to-end encryption, is that safe?",
    ],
)
def test_look_alikes_of_the_twenty_third_rounds_classes_stay(text: str) -> None:
    assert redact(text)[1] == []


# Any run of whitespace stands for one space: inside a secret's word and between the word and its
# value, as well as between digit groups (see `GROUPINGS`).
@pytest.mark.parametrize(
    ("kind", "lang"), [(kind, lang) for kind, langs in SECRET_WORDS.items() for lang in langs]
)
def test_runs_of_whitespace_in_a_secrets_word_or_before_its_value_are_one_space(kind: str, lang: str) -> None:
    digits = THAI_ID if (kind, lang) == ("id_number", "th") else SECRET_DIGITS[kind]
    missed = [
        text
        for word in SECRET_WORDS[kind][lang]
        for wording in WORDINGS[lang]
        for run in WHITESPACE_RUNS
        if not _hidden(text := wording.format(w=word.replace(" ", run), n=digits).replace(" ", run), digits)
    ]
    assert missed == []


# A code read out half in digits, half in words: groups of one to three digits among digit words.
HALF_READ_CODES = {
    "vi": ["58 hai bốn chín", "4 tám 29 một bảy", "một 82 chín 04"],
    "vi-unmarked": ["58 hai bon chin", "4 tam 29 mot bay", "mot 82 chin 04"],
    "th": ["58 สองสี่เก้า", "4 แปด 29 หนึ่งเจ็ด", "หนึ่ง 82 เก้า 04"],
    "en": ["58 two four nine", "4 eight 29 one seven", "one 82 nine 04"],
}
HALF_READ_WORDINGS = {
    "vi": ["mã OTP là {v}", "OTP: {v} nhé", "mã xác thực {v}", "{v} là mã OTP"],
    "vi-unmarked": ["otp la {v}", "ma otp {v}", "ma xac thuc la {v} nha"],
    "th": ["รหัส OTP {v}", "รหัส OTP คือ {v} ค่ะ", "รหัสยืนยัน {v}"],
    "en": ["the code is {v}", "OTP: {v}", "my verification code is {v} ok"],
}


@pytest.mark.parametrize("lang", list(HALF_READ_CODES))
def test_a_code_read_out_half_in_digits_half_in_words_is_hidden(lang: str) -> None:
    missed = [
        text
        for wording in HALF_READ_WORDINGS[lang]
        for value in HALF_READ_CODES[lang]
        if not _hidden(text := wording.format(v=value), value)
    ]
    assert missed == []


# A phone's lock named by what unlocks it: the digits it is unlocked with, or pressed to unlock it.
UNLOCK_VALUES = ["2580", "4817", "905317"]
UNLOCK_WORDINGS = [
    "mo khoa dien thoai bang so {v} do con",
    "mở khóa điện thoại bằng số {v}",
    "mở khóa màn hình của bà bằng mã {v}",
    "mình mở khóa bằng {v}",
    "mở máy bằng {v}",
    "điện thoại của bà mở bằng {v}",
    "để mở khóa điện thoại bà bấm {v}",
    "unlock my phone with {v}",
    "I unlock the screen with the code {v}",
    "unlock it using {v}",
    "my phone opens with {v}",
    "to unlock my phone I press {v}",
    "ยายปลดล็อกมือถือด้วย {v}",
    "ปลดล็อกหน้าจอด้วยรหัส {v} ค่ะ",
    "ปลดล็อกมือถือต้องกด {v}",
]
# A PIN named by the cash it takes out, after its digits or before them, or as the machine's number.
CASH_PIN_AFTER_WORDINGS = [
    "cai so {v} de rut tien o cay atm ay, ba quen mat roi",
    "cài số {v} để rút tiền",
    "số {v} dùng để rút tiền",
    "bà rút tiền bằng số {v}",
    "số ATM của bà là {v}",
    "I use {v} to take cash out",
    "I take cash out with {v}",
    "my ATM number is {v}",
    "{v} ไว้กดเงินค่ะ",
    "เลข {v} ใช้กดเงินที่ตู้",
    "ยายกดเงินด้วยเลข {v}",
]
# A password said to have spaces, given after a colon, a dash or a copula, a question after it.
SPACED_PASSWORDS = {
    "vi": ["con mèo đen 5", "trời xanh 1961", "hoa mai vàng"],
    "en": ["Blue Sky 1961", "green tea 42", "purple kettle morning"],
    "th": ["ยาย รัก หลาน 9", "บ้าน สวน 2510"],
}
SPACED_WORDINGS = {
    "vi": [
        "mật khẩu có dấu cách: {v} có được không",
        "mat khau co dau cach la {v}",
        "mật khẩu (có dấu cách): {v}",
        "mk có khoảng trắng nha: {v}",
    ],
    "en": [
        "my password has spaces: {v} is that allowed",
        "password (with spaces): {v}",
        "my wifi password has spaces - {v}",
        "the password has spaces in it, it's {v}",
        "my passphrase contains spaces: {v}, can I keep it?",
    ],
    "th": ["รหัสผ่านมีเว้นวรรค: {v} ได้ไหมคะ", "รหัสผ่านมีเว้นวรรคนะ คือ {v}", "พาสเวิร์ดมีช่องว่าง คือ {v} ค่ะ"],
}
# Thai letters with a sign and digits (or digits and a sign) after any password word and a colon.
THAI_SIGNED_PASSWORDS = ["มะลิ@2510", "ดอกแก้ว#57", "ส้มตำ_2494", "หลานรัก23!", "บุญมี2507@"]
THAI_SIGNED_WORDINGS = [
    "รหัสผ่านใหม่: {v} ค่ะ",
    "รหัสผ่าน: {v}",
    "รหัสผ่านคือ{v}",
    "รหัส: {v} นะ",
    "พาสเวิร์ดของยายคือ {v}",
    "{v} คือรหัสผ่านค่ะ",
    "mật khẩu: {v}",
    "my password is {v}",
    "password: {v}",
]


@pytest.mark.parametrize(
    ("wordings", "values"),
    [
        (UNLOCK_WORDINGS, UNLOCK_VALUES),
        (CASH_PIN_AFTER_WORDINGS, PIN_VALUES),
        *[(SPACED_WORDINGS[lang], SPACED_PASSWORDS[lang]) for lang in SPACED_WORDINGS],
        (THAI_SIGNED_WORDINGS, THAI_SIGNED_PASSWORDS),
    ],
    ids=["unlocked-with", "pin-named-by-cash", "spaced-vi", "spaced-en", "spaced-th", "thai-signed"],
)
def test_the_twenty_third_held_out_sets_classes_are_hidden(wordings: list[str], values: list[str]) -> None:
    missed = [
        text
        for wording in wordings
        for value in values
        if not _hidden(text := wording.format(v=value), value)
    ]
    assert missed == []


@pytest.mark.parametrize(
    "text",
    [
        # whitespace runs in prices, hotlines and phone numbers
        "giá 120   000 đồng",
        "giá\t120 000đ",
        "the price is 1 200   000 dong",
        "gọi 1900   545413",
        "ติดต่อ 02   123   4567",
        "số điện thoại 0912\u00a0345\u00a0678",
        # digits beside digit words that no code word names
        "hồi năm 75 ba đi lính, nhận được thư",
        "OTP hết hạn sau 120 giây, bà nhập lại",
        "bà 80 tuổi hai con",
        "the OTP expires in five 10 minute blocks",
        # unlocked with no digits, or a count
        "mở khóa điện thoại bằng vân tay",
        "mở khóa màn hình bằng hình vẽ chữ L",
        "unlock the phone with face ID",
        "I unlock the phone with my fingerprint 2 times a day",
        "unlock with face id since 2019",
        "mở bằng 2 tay",
        "ปลดล็อกหน้าจอด้วยการสแกนหน้า",
        # cash taken out, a sum, a time, a machine's place
        "rút tiền ở cây ATM số 3 đường Lê Lợi",
        "nộp 1500 để rút tiền",
        "phí 1100 để rút tiền",
        "cần 15 phút để rút tiền",
        "bà rút tiền bằng điện thoại 0912345678",
        "the ATM number 3 on Main street",
        # talk about spaces in a password
        "my password has spaces: is that allowed?",
        "does a password with spaces work: yes or no",
        "password with spaces is really secure though",
        "a password with spaces is better",
        "mật khẩu có dấu cách được không",
        "mật khẩu có dấu cách: là sao vậy",
        "รหัสผ่านมีเว้นวรรคได้ไหมคะ",
        # Thai letters, a sign and a number that are no password
        "ยายอายุ75! ลืมรหัสผ่านค่ะ",
        "ราคา 250 บาท ต้องใส่รหัสไหมคะ",
    ],
)
def test_look_alikes_of_the_twenty_fourth_rounds_classes_stay(text: str) -> None:
    assert redact(text)[1] == []


# The well-known weak values named in advice, after the secret's word, beside other examples ("1234
# hay 0000", "a birthday or 123456"), as an example ("ví dụ", "such as", "เช่น") or as a default
# ("PIN mặc định", "the default SIM PIN", "รหัสตั้งต้น"), before or after it.
WEAK_PAIRS = [("1234", "0000"), ("0000", "1111"), ("1111", "1234"), ("123456", "000000")]
NAMED_WEAK_WORDINGS = {
    "vi": [
        "đừng đặt PIN {v} hay {w} nhé bà, dễ bị đoán lắm",
        "đừng đặt mã PIN là {v}",
        "con dặn đừng đặt mật khẩu là {v} hay {w}",
        "không nên dùng {v} hoặc {w} làm mật khẩu",
        "đừng lấy ngày sinh hay {v} làm mã PIN",
        "đừng bao giờ chọn {v}, {w} làm mã ATM",
        "đừng đặt mã dễ đoán như {v} nha",
        "PIN đơn giản ví dụ {v} là không nên",
        "PIN mặc định {v} có phải đổi không",
        "sim mới thường có PIN mặc định là {v} hoặc {w}, nên đổi đi nhé",
        "mã PIN mặc định của sim là {v} phải không",
        "{v} là mã PIN mặc định à",
    ],
    "vi-unmarked": [
        "dung dat pin {v} hay {w} nha ba, de doan lam",
        "dung dat mat khau la {v} hay {w} nha",
        "khong nen dat ma pin {v} hoac {w}",
        "dung lay ngay sinh hoac {v} lam mk",
        "pin mac dinh la {v} hoac {w}, nen doi di nhe",
        "sim moi pin mac dinh {v} ha con",
        "{v} co phai pin mac dinh khong",
    ],
    "th": [
        "อย่าตั้งรหัส ATM เป็น {v} หรือ {w} นะยาย",
        "อย่าใช้วันเกิดหรือ {v} เป็นรหัสผ่านนะตา",
        "ไม่ควรตั้งรหัส PIN เป็น {v} หรือ {w}",
        "อย่าตั้งรหัสง่ายๆ เช่น {v}",
        "ซิมใหม่รหัส PIN ตั้งต้นคือ {v} ใช่ไหม",
        "รหัสเริ่มต้นคือ {v} หรือ {w}",
        "ค่าเริ่มต้นของรหัส PIN คือ {v}",
        "{v} เป็นรหัสเริ่มต้นใช่ไหม",
    ],
    "en": [
        "never use {v} or {w} as your PIN, grandpa",
        "don't set your PIN to {v} or {w}",
        "avoid using a birthday or {v} as a password",
        "should I pick {v} or {w} as my PIN?",
        "don't use {v}, {w} or your birthday as the PIN",
        "never pick a simple PIN like {v}",
        "weak PINs such as {v} are easy to guess",
        "the default SIM PIN is usually {v} or {w}, right?",
        "is {v} the default PIN?",
        "the factory default password is {v}",
    ],
}


@pytest.mark.parametrize("lang", list(NAMED_WEAK_WORDINGS))
def test_weak_values_named_in_advice_as_examples_or_as_defaults_stay(lang: str) -> None:
    redacted = [
        text
        for wording in NAMED_WEAK_WORDINGS[lang]
        for v, w in WEAK_PAIRS
        if redact(text := wording.format(v=v, w=w))[1]
    ]
    assert redacted == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("PIN của tôi là 1234", "1234"),
        ("my default PIN is still 0000", "0000"),
        ("tôi đổi PIN mặc định thành 1234", "1234"),
        ("toi doi pin mac dinh thanh 1111", "1111"),
        ("PIN mặc định của tôi là 0000", "0000"),
        ("I changed the default PIN to 1234", "1234"),
        ("ยายเปลี่ยนรหัสเริ่มต้นเป็น 1234", "1234"),
        ("đừng đặt PIN 5831 hay 1234", "5831"),
        ("never use 5903 or 0000 as your PIN", "5903"),
        ("đừng đặt lại, PIN là 1234", "1234"),
        ("don't tell anyone, my PIN is 1234", "1234"),
        ("the default code they sent is 583920", "583920"),
        ("sim mới PIN mặc định là 4821", "4821"),
        ("for example my PIN is 1234", "1234"),
    ],
)
def test_own_or_unusual_values_beside_advice_or_a_default_are_hidden(text: str, secret: str) -> None:
    assert _hidden(text, secret)


# Digits typed with the letter o for a zero, a code read out in tens or with "double"/"triple", in
# groups of one length set apart by commas, its words repeated in brackets, a card begun or ended in
# words.
READ_OTHERWISE = {
    "vi": [
        ("mã OTP {v} nhé", "4O8 215"),
        ("ma otp {v} ba go vay dung ko", "4o8 215"),
        ("số cccd của ông {v}", "o79152006813"),
        ("so cccd cua ong {v}", "O79152006813"),
        ("mã là {v}, ông đọc theo kiểu đó được không", "bảy mươi hai, ba mươi tám, năm mươi mốt"),
        ("ma la {v} nha", "bay muoi hai, ba muoi tam, nam muoi mot"),
        ("mã OTP là {v}", "mười lăm hai mươi tư chín mươi chín"),
        ("mã là {v}", "bốn bảy, hai chín, ba một"),
        ("mã là {v}", "2 9 4 (hai chín bốn) 6 1 0"),
        ("mã là {v}", "hai chín bốn (294) sáu một không (610)"),
        ("so the la {v}", "bon bon tam khong 7106 9349 7062"),
        ("số thẻ là {v}", "4480 7106 9349 bảy không sáu hai"),
    ],
    "th": [
        ("รหัส OTP {v} ค่ะ", "4O8215"),
        ("รหัส OTP {v}", "เจ็ดสิบสอง สามสิบแปด ห้าสิบเอ็ด"),
        ("รหัส OTP {v}", "294 (สองเก้าสี่) 610"),
        ("รหัส OTP {v}", "สองเก้าสี่ (294) หกหนึ่งศูนย์ (610)"),
    ],
    "en": [
        ("the code is {v}", "4O8 215"),
        ("it says {v}", "oh four seven, two nine three"),
        ("the code is {v}", "double five, three, triple eight"),
        ("the code is {v}", "five double three, eight one"),
        ("the code is {v}", "seventy-two, thirty-eight, fifty-one"),
        ("the code is {v}", "oh five, twenty one, ninety nine"),
        ("the code is {v}", "294 (two nine four) 610"),
        ("the code is {v}", "two nine four (294) six one oh (610)"),
        ("card number {v}", "four four eight zero 7106 9349 7062"),
    ],
}


@pytest.mark.parametrize("lang", list(READ_OTHERWISE))
def test_digits_typed_with_o_read_in_tens_doubled_bracketed_or_half_in_words_are_hidden(lang: str) -> None:
    missed = [
        text for wording, value in READ_OTHERWISE[lang] if not _hidden(text := wording.format(v=value), value)
    ]
    assert missed == []


# Passwords: a word glued to digits after a password's word ("88668866tg", "123456abc", "Hoa!Ma1958"),
# a network's key by its code word ("รหัส WiFi:", "mã wifi", "wifi key"), signs doubled at the end, a
# short name with a year of birth, a passphrase with a number after a colon, a year or date of birth
# given as a PIN or a password, a list of notes by service.
PASSWORD_SHAPES = [
    ("wifi nha ong: ten TRAN_GIA, mat khau {v}", "88668866tg"),
    ("mk là {v} nhá con", "123456abc"),
    ("Đăng nhập Gmail: tên bahoa1958@thumau.vn, mật khẩu {v}", "Hoa!Ma1958"),
    ("my password is {v}", "Lan!Ma1960"),
    ("สติกเกอร์หลังเราเตอร์เขียน รหัส WiFi: {v}", "7HKX92MQ"),
    ("รหัสไวไฟ: {v}", "7HKX92MQ"),
    ("mã wifi {v}", "88668866tg"),
    ("wifi key {v}", "7HKX92MQ"),
    ("changed it from george1950 to {v} yesterday", "George@1950!!"),
    ("mật khẩu là {v}", "Minh@6868!!!"),
    ("could be {v} or sam1960! not sure", "Sam1960"),
    ("maybe {v}", "lan1948"),
    ("Mật khẩu: {v}", "Hà Nội mùa thu 1954"),
    ("the password is: {v}", "my dog rex 2015"),
    ("mat khau moi: {v}", "con meo den 2019"),
    ("ong dat pin la nam sinh cua ong: {v}", "1951"),
    ("my PIN is my birth year, {v}", "1949"),
    ("mã PIN là năm sinh {v}", "1951"),
    ("my PIN is the year I was born - {v}", "1947"),
    ("รหัส ATM เป็นปีเกิดยาย {v}", "2494"),
    ("mật khẩu là ngày sinh {v}", "12/03/1950"),
    ("จดไว้ให้ยาย:\n- ATM: {v}\n- LINE: ยายแดง2501", "8316"),
    ("จดไว้ให้ยาย:\n- ATM: 8316\n- LINE: {v}", "ยายแดง2501"),
    ("notes:\n- Zalo: {v}\n- Facebook - Lan@1960", "lan1960"),
    ("ghi chú:\n1. Facebook: {v}\n2. thẻ ATM: 4821", "hoa1958"),
]


@pytest.mark.parametrize(("wording", "value"), PASSWORD_SHAPES, ids=[v for _w, v in PASSWORD_SHAPES])
def test_the_twenty_fourth_held_out_sets_password_and_pin_classes_are_hidden(
    wording: str, value: str
) -> None:
    assert _hidden(wording.format(v=value), value)


@pytest.mark.parametrize(
    "text",
    [
        # prize draws, tickets and results
        "phieu quay so du thuong so 018274 cua sieu thi",
        "phiếu dự thưởng 018274 của siêu thị",
        "giải đặc biệt hôm nay là 852037",
        "รางวัลที่ 1 งวด 16 ก.ย. ออก 852 037 ใช่ไหม",
        "ผลสลากฯ งวดนี้ 852037",
        "the winning numbers were 852 037",
        "raffle ticket 018274 won a basket",
        "phiếu mua hàng số 018274",
        "คูปอง 018274 ใช้ได้ถึงสิ้นเดือน",
        # an o among letters, a year among words, a bracket of other words
        "I bought 2oz of tea and a Lo2 charger",
        "hẹn tháng 3 năm 2026 nhé",
        "gọi số một một ba (113) khi cháy",
        "gọi 113 (miễn phí) nhé",
        "bà bảy mươi hai tuổi, ông bảy mươi lăm",
        "in the seventies and eighties",
        "I saw a double rainbow, three of them",
        "born Jan1950 in Hue",
        # a class code that starts with a password's short word
        "mã lớp MK6448XQ",
        "ma lop pw632uxh",
        # birth years and notes that are no secret
        "pin la nam sinh, ong 72 tuoi",
        "năm sinh của ông là 1951",
        "ghi chu:\n- Zalo: 0912345678\n- Gmail: lan@mail.vn",
        "danh sách:\n- Giá: 250000\n- Phí: 1100",
        # a password's word and a colon, then talk
        "mật khẩu: nhập sai 3 lần rồi",
        "password: at least 8 characters",
        "password: I changed it in 2020",
    ],
)
def test_look_alikes_of_the_twenty_fifth_rounds_classes_stay(text: str) -> None:
    assert redact(text)[1] == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Bạn trúng thưởng, mã OTP 583920", "583920"),
        ("you won the lucky draw, your code is 583920", "583920"),
        ("Người ta gọi báo trúng thưởng xe máy, bà đã đọc cho họ số 075039 rồi", "075039"),
        ("Bạn nhận được phiếu quà tặng, đọc mã OTP 583920 cho nhân viên", "583920"),
        ("คูปองของคุณพร้อมแล้ว รหัส OTP 583920", "583920"),
    ],
)
def test_a_code_in_a_prize_scam_is_still_hidden(text: str, secret: str) -> None:
    assert _hidden(text, secret)


# The letter o typed for a zero, in every secret's digits, after or before every word of it.
ZEROED_DIGITS = {
    "cvv": "703",
    "otp": "408215",
    "pin": "4027",
    "id_number": "079058011642",
    "card_number": "4532015112830366",
}


@pytest.mark.parametrize(
    ("kind", "lang"), [(kind, lang) for kind, langs in SECRET_WORDS.items() for lang in langs]
)
def test_the_letter_o_for_a_zero_in_any_secrets_digits_is_read_as_one(kind: str, lang: str) -> None:
    digits = ZEROED_DIGITS[kind] if (kind, lang) != ("id_number", "th") else THAI_ID
    missed = [
        text
        for word in SECRET_WORDS[kind][lang]
        for wording in WORDINGS[lang]
        for letter in "oO"
        for separator, size in GROUPINGS[kind][:2]
        if "0" in digits
        and not _hidden(
            text := wording.format(
                w=word, n=(typed := _grouped(digits, separator, size).replace("0", letter))
            ),
            typed,
        )
    ]
    assert missed == []


# Advice and defaults with every word of a PIN or a password.
WEAK_SECRET_WORDS = {
    "vi": SECRET_WORDS["pin"]["vi"] + ["mật khẩu", "mã ATM"],
    "vi-unmarked": SECRET_WORDS["pin"]["vi-unmarked"] + ["mat khau", "mk"],
    "th": SECRET_WORDS["pin"]["th"] + ["รหัสผ่าน"],
    "en": SECRET_WORDS["pin"]["en"] + ["password", "passcode"],
}
WEAK_WORD_WORDINGS = {
    "vi": ["đừng đặt {w} là {v} hay {u}", "không nên chọn {w} {v}", "{w} mặc định là {v} hoặc {u}"],
    "vi-unmarked": ["dung dat {w} la {v} hay {u}", "khong nen chon {w} {v}", "{w} mac dinh la {v} hoac {u}"],
    "th": ["อย่าตั้ง{w}เป็น {v} หรือ {u}", "ไม่ควรใช้ {v} เป็น{w}", "{w}ตั้งต้นคือ {v} หรือ {u}"],
    "en": ["never set your {w} to {v} or {u}", "don't use {v} as a {w}", "the default {w} is {v} or {u}"],
}


@pytest.mark.parametrize("lang", list(WEAK_SECRET_WORDS))
def test_weak_values_in_advice_or_as_defaults_with_any_pin_or_password_word_stay(lang: str) -> None:
    redacted = [
        text
        for word in WEAK_SECRET_WORDS[lang]
        for wording in WEAK_WORD_WORDINGS[lang]
        for v, u in WEAK_PAIRS
        if redact(text := wording.format(w=word, v=v, u=u))[1]
    ]
    assert redacted == []


@pytest.mark.parametrize("lang", list(WEAK_SECRET_WORDS))
def test_a_weak_value_given_as_ones_own_with_any_pin_or_password_word_is_hidden(lang: str) -> None:
    owned = {
        "vi": "{w} của tôi là {v}",
        "vi-unmarked": "{w} cua toi la {v}",
        "th": "{w}ของยายคือ {v}",
        "en": "my {w} is {v}",
    }[lang]
    missed = [
        text
        for word in WEAK_SECRET_WORDS[lang]
        for v, _u in WEAK_PAIRS
        if not _hidden(text := owned.format(w=word, v=v), v)
    ]
    assert missed == []


# A year or a date of birth given as a PIN or a password, with any of their words, a copula or none,
# an owner or none, a colon, a comma, a dash or a space before the value.
BIRTH_WORDINGS = {
    "vi": ["{w} là năm sinh của ông{s}{v}", "{w} là ngày sinh{s}{v}", "ông đặt {w} là năm sinh{s}{v}"],
    "vi-unmarked": ["{w} la nam sinh cua ong{s}{v}", "dat {w} la nam sinh{s}{v}"],
    "th": ["{w}เป็นปีเกิดยาย{s}{v}", "{w}คือปีเกิด{s}{v}"],
    "en": [
        "my {w} is my birth year{s}{v}",
        "my {w} is my wife's birth year{s}{v}",
        "{w} = year of birth{s}{v}",
    ],
}
BIRTH_VALUES = {"vi": "1951", "vi-unmarked": "1951", "th": "2494", "en": "1949"}


@pytest.mark.parametrize("lang", list(BIRTH_WORDINGS))
def test_a_year_of_birth_given_as_a_pin_or_a_password_is_hidden(lang: str) -> None:
    value = BIRTH_VALUES[lang]
    missed = [
        text
        for word in WEAK_SECRET_WORDS[lang]
        for wording in BIRTH_WORDINGS[lang]
        for separator in (": ", ", ", " - ", " ")
        if not _hidden(text := wording.format(w=word, s=separator, v=value), value)
    ]
    assert missed == []
