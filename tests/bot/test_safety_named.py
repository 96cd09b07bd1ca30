"""The guard's classes of the fortieth round, each written out in every language and form.

Hidden: a code named by the checking it does or kept as a backup ("mã xác minh: 2046", "ma du phong
246813", "backup code"); "PIN" glued to "mã" ("maPIN 5068"); a door's keypad code; the old CMND by
"số chứng minh"; a PIN or a password said to be a harmless thing ("my pin is my old house number,
2281", "the door code for the flat is 47193"); "mật mã" with what it opens after it ("mat ma may
tinh … la 310589"); digits joined by stars; two values tried in turn, the second told right; a value
set off by commas after what it is made of, used for everything; the other of two passwords joined by
"or"; one's own weak PIN in Thai; a Thai phrase run together before digits; digits typed into a box.
Left alone: lessons' lists of values not to set, a book's or a lesson sheet's sample, counting in
words, the numbers of the things named above when nothing says they are a secret.
"""

from __future__ import annotations

import pytest

from tests.bot.redaction_checks import hidden, missed, redacted

CODE_WORDS = {
    "vi": ["Shopee gửi mã xác minh: {v} ông có nên đưa không", "máy bắt nhập mã dự phòng {v} thay vân tay"],
    "vi-unmarked": [
        "shopee gui ma xac minh: {v} ong co nen dua khong",
        "may bat nhap ma du phong {v} thay van tay",
    ],
    "en": ["the backup code is {v}", "it gave me a recovery code, {v}"],
    "th": ["รหัสสำรองคือ {v}", "แอปให้รหัสกู้คืน {v} มา"],
}
CODES = ["2046", "246813", "4821 9037"]


@pytest.mark.parametrize("lang", list(CODE_WORDS))
def test_a_code_named_by_its_checking_or_as_a_backup_is_hidden(lang: str) -> None:
    assert missed(CODE_WORDS[lang], CODES) == []


PIN_WORDS = {
    "vi": ["mãPIN {v}", "maPIN của bà là {v}", "mã cửa {v}", "mã mở cửa chung cư là {v}"],
    "vi-unmarked": ["maPIN {v}", "mapin cua ba la {v}", "ma mo cua chung cu la {v}"],
    "en": [
        "the door code is {v}",
        "the door code for the flat is {v}, leave the parcel inside",
        "PINcode {v}",
    ],
    "th": ["รหัสประตู {v}", "รหัสเปิดประตูคือ {v}", "รหัสpin {v}"],
}
PINS = ["5068", "47193", "2281"]


@pytest.mark.parametrize("lang", list(PIN_WORDS))
def test_a_pin_glued_to_its_word_and_a_doors_code_are_hidden(lang: str) -> None:
    assert missed(PIN_WORDS[lang], PINS) == []


DESCRIBED = {
    "vi": ["mã PIN là số nhà cũ, {v}", "mật khẩu của bà là số nhà, {v}"],
    "vi-unmarked": ["ma pin la so nha cu, {v}", "mat khau cua ba la so nha {v}"],
    "en": ["my pin is my old house number, {v}", "my PIN is our old house number twice, {v}"],
    "th": ["PIN คือบ้านเลขที่เก่า {v}", "รหัส ATM ของยายคือบ้านเลขที่ {v}"],
}


@pytest.mark.parametrize("lang", list(DESCRIBED))
def test_a_secret_said_to_be_a_harmless_thing_is_hidden(lang: str) -> None:
    assert missed(DESCRIBED[lang], ["2281", "4141", "90517"]) == []


def test_the_harmless_things_own_numbers_stay() -> None:
    texts = [
        "số nhà 2281 đường Lê Lợi",
        "so nha 2281",
        "our house number is 2281",
        "the flat is 47193 Main Street",
        "บ้านเลขที่ 2281",
        "the PIN for order 58213 is fine",
        "the code for the class is 4821",
    ]
    assert redacted(texts) == []


MAT_MA = {
    "vi": ["mật mã máy tính của ông là {v}", "mật mã máy tính là {v}"],
    "vi-unmarked": ["mat ma may tinh cua ong la {v}", "mat ma may cua ba la {v}"],
}


@pytest.mark.parametrize("lang", list(MAT_MA))
def test_mat_ma_with_what_it_opens_is_a_secrets_word(lang: str) -> None:
    assert missed(MAT_MA[lang], ["310589", "Hoa@1960"]) == []


def test_a_devices_own_code_stays() -> None:
    assert redacted(["mã máy 510284 ghi trên phiếu bảo hành", "bà bị mất mã rồi"]) == []


STARRED = {
    "vi": ["mã {v} ông gõ đâu", "OTP là {v}"],
    "vi-unmarked": ["ma {v} ong go dau sao luon", "otp la {v}"],
    "en": ["the code is {v}", "OTP {v}"],
    "th": ["รหัส {v}", "OTP คือ {v}"],
}


@pytest.mark.parametrize("lang", list(STARRED))
def test_digits_joined_by_stars_are_hidden(lang: str) -> None:
    assert missed(STARRED[lang], ["6*0*4*8*1*3", "4 * 8 * 2 * 9"]) == []


def test_stars_in_sums_stay() -> None:
    assert redacted(["tinh 2*3*4*5 bang bao nhieu", "2*3*4*5 = 120", "5 * 6 * 7 * 8 là bao nhiêu"]) == []


TRIED_THEN_RIGHT = {
    "vi": ["bà nhập {a} rồi {b} thì được", "ông thử {a} rồi {b} mới đúng"],
    "vi-unmarked": ["ba nhap {a} roi {b} thi duoc", "ong thu {a} roi {b} moi dung"],
    "en": ["tried {a} then {b} and the second one worked", "I typed {a}, then {b} and it went through"],
    "th": ["ยายลอง {a} แล้ว {b} ถึงผ่าน", "กด {a} แล้ว {b} ถึงเข้าได้"],
}


@pytest.mark.parametrize("lang", list(TRIED_THEN_RIGHT))
def test_two_values_tried_in_turn_the_second_told_right_are_hidden(lang: str) -> None:
    for wording in TRIED_THEN_RIGHT[lang]:
        for a, b in [("5093", "5039"), ("481927", "481972")]:
            text = wording.format(a=a, b=b)
            assert hidden(text, a) and hidden(text, b), text


def test_years_and_round_numbers_tried_in_turn_stay() -> None:
    texts = [
        "tried 2019 then 2020 and the second one worked",
        "I tried 5000 then 6000 steps a day and it worked",
        "I tried 5200 then 6100 steps a day and it worked",
        "ba thu 2019 roi 2020 thi duoc",
    ]
    assert redacted(texts) == []


EVERYTHING = {
    "vi": ["bà dùng tên cháu và năm sinh, {v}, cho tất cả"],
    "vi-unmarked": ["ba dung ten chau va nam sinh, {v}, cho tat ca"],
    "en": ["I use my granddaughter's name and her birth year, {v}, for everything"],
    "th": ["ยายใช้ชื่อหลานกับปีเกิด, {v}, ทุกแอป"],
}


@pytest.mark.parametrize("lang", list(EVERYTHING))
def test_a_value_set_off_by_commas_used_for_everything_is_hidden(lang: str) -> None:
    assert missed(EVERYTHING[lang], ["Lily2016", "Lan2016", "Mali2511"]) == []


def test_a_thing_used_for_everything_stays() -> None:
    assert (
        redacted(["I use my phone, a Galaxy, for everything", "bà dùng điện thoại, cái Samsung, cho tất cả"])
        == []
    )


CANDIDATES = {
    "vi": ["mật khẩu là {a} hay {b} bà quên rồi"],
    "vi-unmarked": ["mat khau la {a} hay {b} ba quen roi"],
    "en": ["it's either {a} or {b} I can never remember", "my password is {b} or {a}, I forget"],
    "th": ["รหัสผ่านคือ {a} หรือ {b} จำไม่ได้"],
}


@pytest.mark.parametrize("lang", list(CANDIDATES))
def test_both_of_two_passwords_joined_by_or_are_hidden(lang: str) -> None:
    for wording in CANDIDATES[lang]:
        for a, b in [("Fishing4Life", "Fish4Life!"), ("Hoa1960", "Hoa@1960")]:
            text = wording.format(a=a, b=b)
            assert hidden(text, a) and hidden(text, b), text


def test_a_password_or_a_place_leaves_the_place() -> None:
    text = "my password is Hoa@1960 or maybe the room 204"
    assert hidden(text, "Hoa@1960") and not hidden(text, "room")


def test_lessons_values_not_to_set_stay() -> None:
    texts = [
        "Bài học hôm nay: không đặt mật khẩu kiểu 123456, password, hay ngày sinh",
        "co giao dan khong dat mat khau la 111111 hay abc123 hay ten minh",
        "Cô giáo dặn không đặt mật khẩu là 111111 hay abc123",
        "ครูบอกว่าห้ามตั้งรหัสผ่านเป็น 111111 หรือ abc123",
        "never set your password to 111111 or abc123",
    ]
    assert redacted(texts) == []


def test_ones_own_value_beside_a_lesson_stays_hidden() -> None:
    assert hidden("bà không đặt mật khẩu 123456 nữa, giờ là 583920", "583920")
    assert hidden("mật khẩu của bà là 123456, không đặt lại", "123456")


def test_a_books_or_a_lesson_sheets_sample_stays() -> None:
    texts = [
        'Ví dụ trong sách: mật khẩu mạnh là kiểu "Meo@Den!2024" đúng không con',
        'vi du trong sach: mat khau manh la kieu "Meo@Den!2024" dung khong',
        'The book gives an example of a strong password: "Meo@Den!2024"',
        'ในใบความรู้เขียนว่า "ตัวอย่าง OTP 123456" อันนี้ของจริงไหม',
    ]
    assert redacted(texts) == []


def test_ones_own_value_beside_a_book_stays_hidden() -> None:
    assert hidden('mật khẩu của bà là "Meo@Den!2024" như trong sách', "Meo@Den!2024")


def test_counting_in_words_stays() -> None:
    texts = [
        "one, two, three, four, five — how do you say that in Thai?",
        "một, hai, ba, bốn, năm nói tiếng Thái thế nào",
        "หนึ่ง สอง สาม สี่ ห้า พูดยังไง",
    ]
    assert redacted(texts) == []


def test_a_code_read_out_in_words_after_a_cue_stays_hidden() -> None:
    text = "they sent it, I should say it: seven one four nine"
    assert hidden(text, "seven one four nine")


OWN_WEAK_THAI = ["PIN ยายเป็น {v} จริงๆ รู้ว่าไม่ดี", "PIN ตาคือ {v} รู้ว่าไม่ดี", "รหัส ATM ยายเป็น {v} รู้ว่าไม่ดี"]


def test_ones_own_weak_pin_called_not_good_is_hidden() -> None:
    assert missed(OWN_WEAK_THAI, ["1234", "0000", "1111"]) == []
    assert redacted(["PIN แบบ 1234 ไม่ดี", "ครูบอกว่า PIN 1234 ไม่ดี"]) == []


THAI_PHRASES = ["รหัสผ่านยายยาวมาก {v}", "my password {v}", "รหัสผ่านยาย {v}"]


def test_a_thai_phrase_run_together_before_digits_is_hidden_whole() -> None:
    assert missed(THAI_PHRASES, ["ดอกมะลิบานที่เชียงใหม่2500", "ทะเลสาบเชียงใหม่1960"]) == []


BOX = {
    "vi": ["bà bấm link rồi gõ {v} vào ô nó hiện ra", "nhập {v} vào ô đó"],
    "vi-unmarked": ["ba bam link roi nhap {v} vao o do"],
    "en": ["clicked the parcel link and typed {v} in the box it showed", "I entered {v} into the field"],
    "th": ["ยายกดลิงก์แล้วกรอก {v} ลงในช่อง"],
}


@pytest.mark.parametrize("lang", list(BOX))
def test_digits_typed_into_a_box_are_hidden(lang: str) -> None:
    assert missed(BOX[lang], ["261 740", "261740", "4821"]) == []


def test_a_year_or_a_sum_typed_into_a_box_stays() -> None:
    assert redacted(["I typed 2024 in the box for the year", "put 5000 in the box for the tip"]) == []


def test_an_old_id_card_by_its_longer_name_is_hidden() -> None:
    for text in ["Số chứng minh cũ 9 số 162384917", "so chung minh thu 162384917", "số CMT 162384917"]:
        assert hidden(text, "162384917"), text
    assert redacted(["Chúng tôi chứng minh 162384917 là sai"]) == []


SAID_AS_ONE_NUMBER = {
    "vi": ["mã xác minh là {v} à con", "mã OTP là {v}"],
    "vi-unmarked": ["ma xac minh la {v} a con"],
    "en": ["code's {v}", "the code is {v}"],
}
NUMBERS_SAID = {
    "vi": ["4 nghìn 2 trăm 31", "bốn trăm mười hai nghìn, sáu trăm lẻ năm", "5 nghìn 3 trăm 12"],
    "vi-unmarked": ["4 nghin 2 tram 31", "bon tram muoi hai nghin, sau tram le nam"],
    "en": ["four hundred twelve thousand, six hundred and five", "4 thousand 2 hundred 31"],
}


@pytest.mark.parametrize("lang", list(SAID_AS_ONE_NUMBER))
def test_a_code_said_as_one_number_in_words_and_digits_is_hidden(lang: str) -> None:
    assert missed(SAID_AS_ONE_NUMBER[lang], NUMBERS_SAID[lang]) == []


def test_sums_said_in_words_and_digits_stay() -> None:
    texts = [
        "giá 4 nghìn 2 trăm một cái",
        "giá 360 nghìn một tháng",
        "mã OTP, giá 4 nghìn 2 trăm",
        "it costs four hundred, five hundred dollars",
        "the price is two thousand, three hundred baht",
    ]
    assert redacted(texts) == []


SHOWN_OR_HANDED = {
    "vi": [
        "màn hình hiện mã giao dịch {v} bà phải làm gì",
        "Mã giao dịch {v} bà đưa cho chị bán hàng được không",
    ],
    "vi-unmarked": [
        "man hinh hien ma giao dich {v} ba phai lam gi",
        "ma giao dich {v} ba dua cho chi ban hang",
    ],
}


@pytest.mark.parametrize("lang", list(SHOWN_OR_HANDED))
def test_a_transactions_code_shown_on_screen_or_handed_over_is_hidden(lang: str) -> None:
    assert missed(SHOWN_OR_HANDED[lang], ["613904", "3927 1065", "40592736"]) == []


def test_a_receipts_transaction_number_handed_over_stays() -> None:
    texts = [
        "Biên lai ghi Mã giao dịch: 551920, bà đưa cho con xem",
        "Mã giao dịch FT24183729105 bà đưa cho ngân hàng",
        "the screen showed 4821 steps today",
    ]
    assert redacted(texts) == []


BIRTH_YEAR_IN_WORDS = {
    "vi": ["mã PIN là năm sinh {v}"],
    "vi-unmarked": ["ma pin la nam sinh {v}"],
    "en": ["my PIN is my birth year, {v}"],
    "th": ["รหัส ATM คือปีเกิด {v}"],
}
YEARS_IN_WORDS = {
    "vi": ["một chín năm hai", "một chín bốn chín"],
    "vi-unmarked": ["mot chin nam hai"],
    "en": ["one nine five two", "one nine four nine"],
    "th": ["หนึ่ง เก้า ห้า สอง", "สอง สี่ เก้า สี่"],
}


@pytest.mark.parametrize("lang", list(BIRTH_YEAR_IN_WORDS))
def test_a_birth_year_in_words_given_as_a_pin_is_hidden(lang: str) -> None:
    assert missed(BIRTH_YEAR_IN_WORDS[lang], YEARS_IN_WORDS[lang]) == []


def test_a_birth_year_in_words_with_no_pin_stays() -> None:
    assert redacted(["năm sinh của ông là một chín năm hai", "my birth year is one nine five two"]) == []


def test_the_national_id_apps_account_is_the_ids_number() -> None:
    for text in [
        "đăng nhập VNeID: tài khoản 052149004318, mật khẩu Dung@1949",
        "dang nhap vneid: tai khoan 052149004318",
        "VNeID account: 052149004318",
    ]:
        assert hidden(text, "052149004318"), text
    assert redacted(["VNeID: tài khoản 0123456789 của Vietcombank"]) == []
