"""Red flags in pasted messages: named with the words that raised them, and measured on labelled sets."""

from __future__ import annotations

import itertools

import pytest

from bot.redflags import check_message
from bot.scam_evaluation import (
    DEVSET,
    DEVSET_2,
    DEVSET_3,
    DEVSET_4,
    DEVSET_5,
    DEVSET_6,
    DEVSET_7,
    DEVSET_8,
    HOLDOUT,
    evaluate_scam_checker,
    load_labelled,
)


def test_a_fake_vneid_sms_shows_each_flag_with_its_words() -> None:
    sms = (
        "[BoCongAn] Tài khoản VNeID của ông/bà sẽ bị khóa trong 24h. Cập nhật tại: https://vneid-capnhat.top"
    )
    result = check_message(sms)
    evidence = {flag.kind: flag.evidence for flag in result.flags}
    assert result.verdict == "likely_scam"
    assert evidence["link"] == "https://vneid-capnhat.top"
    assert {"urgency", "authority", "odd_sender"} <= result.kinds
    assert all(words in sms for words in evidence.values())


def test_text_typed_without_diacritics_is_read_the_same() -> None:
    marked = check_message("Có người xưng công an bảo tôi chuyển tiền vào tài khoản tạm giữ ngay hôm nay")
    plain = check_message("Co nguoi xung cong an bao toi chuyen tien vao tai khoan tam giu ngay hom nay")
    assert marked.kinds == plain.kinds and marked.verdict == plain.verdict == "likely_scam"


def test_a_bank_warning_not_to_share_the_otp_is_not_an_otp_request() -> None:
    result = check_message(
        "Agribank: Ma OTP cua Quy khach la [OTP]. TUYET DOI KHONG cung cap ma nay cho bat ky ai."
    )
    assert "otp_request" not in result.kinds
    assert result.verdict != "likely_scam"


def test_a_thai_call_centre_scam_is_caught() -> None:
    result = check_message(
        "มีคนโทรมาอ้างว่าเป็นตำรวจ บอกว่าบัญชีของยายเกี่ยวกับคดีฟอกเงิน ให้โอนเงินเข้าบัญชีปลอดภัยภายในวันนี้ ห้ามบอกลูกหลาน"
    )
    assert result.verdict == "likely_scam"
    assert {"authority", "money_request", "urgency", "secrecy"} <= result.kinds


def test_an_ordinary_family_message_has_no_signs() -> None:
    assert check_message("Bà ơi tối nay con về ăn cơm nhé, con mua bánh cho bà rồi.").verdict == "no_signs"


def test_words_in_a_news_pages_path_put_no_pressure_on_the_reader() -> None:
    shared = check_message(
        "Look, the police finally caught the gang posing as bank staff "
        "https://www.chiangmai-daily.com/local/2026/11/police-warrant-urgent-arrest-of-callers"
    )
    assert "urgency" not in shared.kinds
    assert shared.verdict == "suspicious"  # a link is still a link: "suspicious", never "likely scam"


def test_police_impersonation_with_a_link_and_a_deadline_is_still_a_scam() -> None:
    result = check_message(
        "Police notice: your account is linked to a money laundering gang. "
        "Verify within 2 hours or a warrant is issued: https://police-verify-th.online/case"
    )
    assert result.verdict == "likely_scam"


def test_a_threat_in_a_scam_domain_still_counts() -> None:
    result = check_message("Thong bao khoa tai khoan: https://khoa-taikhoan-ngay.top/xacminh")
    assert "link" in result.kinds and result.verdict != "no_signs"


@pytest.mark.parametrize(
    ("path", "languages"),
    [
        (DEVSET, {"vi", "th"}),
        (DEVSET_2, {"vi", "th"}),
        (DEVSET_3, {"en"}),
        (DEVSET_4, {"vi", "th"}),
        (DEVSET_5, {"en"}),
        (DEVSET_6, {"vi", "th", "en"}),
        (DEVSET_7, {"vi", "th", "en"}),
        (DEVSET_8, {"vi", "th", "en"}),
        pytest.param(
            HOLDOUT,
            {"vi", "th", "en"},
            marks=pytest.mark.skipif(not HOLDOUT.exists(), reason="the held-out set is still being written"),
        ),
    ],
    ids=lambda value: value.stem if hasattr(value, "stem") else "",
)
def test_labelled_sets_are_big_enough_and_valid(path, languages) -> None:
    items = load_labelled(path)
    scams = [i for i in items if i.label == "scam"]
    harmless = [i for i in items if i.label == "harmless"]
    assert len(scams) >= 40 and len(harmless) >= 20
    assert {i.lang for i in items} == languages
    assert all(i.flags for i in scams)  # a harmless message may carry a sign too: a real notice's link


@pytest.mark.parametrize(
    "path",
    [DEVSET, DEVSET_2, DEVSET_3, DEVSET_4, DEVSET_5, DEVSET_6, DEVSET_7, DEVSET_8],
    ids=lambda path: path.stem,
)
def test_the_verdict_meets_its_targets_on_the_development_sets(path) -> None:
    """The phrase lists were written while reading these sets: this checks nothing regressed."""
    report = evaluate_scam_checker(path)["all"]
    assert report["recall"] >= 0.9
    assert report["false_alarm_rate"] <= 0.1


def _holdout_not_yet_scored() -> bool:
    """A held-out set is scored once, by hand, before any test reads its verdicts: until its header
    gives that score, a test run would be a first scoring nobody meant to make. Only the header is read."""
    if not HOLDOUT.exists():
        return True
    with HOLDOUT.open(encoding="utf-8") as lines:
        return any("Not yet scored" in line for line in itertools.islice(lines, 5))


@pytest.mark.skipif(_holdout_not_yet_scored(), reason="the held-out set has not been scored yet")
def test_the_verdict_holds_up_on_messages_its_authors_never_read() -> None:
    """Written by someone else after the phrase lists and scored once (its header, the README): that
    score is a floor, so a change that loses ground on unseen messages shows here."""
    report = evaluate_scam_checker(HOLDOUT)["all"]
    assert report["recall"] >= 0.85
    assert report["false_alarm_rate"] <= 0.03


def test_a_thai_otp_notice_saying_tell_no_one_is_protective_not_secrecy() -> None:
    result = check_message("รหัส OTP ของคุณคือ 551903 ใช้ได้ภายใน 3 นาที ห้ามบอกรหัสนี้แก่ผู้ใด")
    assert "secrecy" not in result.kinds and result.verdict != "likely_scam"


def test_being_told_not_to_hang_up_or_talk_to_anyone_is_pressure_not_a_warning() -> None:
    result = check_message("เจ้าหน้าที่บอกให้เปิดกล้องไว้ ห้ามวางสาย ห้ามคุยกับใคร แล้วโอนเงินเข้าบัญชีที่ให้ไว้")
    assert "secrecy" in result.kinds and not result.protective
    assert result.verdict == "likely_scam"


@pytest.mark.parametrize(
    ("text", "apk"),
    [
        ("ฉันโหลดแอป ThaID จาก Play Store แล้ว ต้องทำอะไรต่อ", False),
        ("Con cài ứng dụng VNeID từ CH Play cho mẹ rồi nhé", False),
        ("เจ้าหน้าที่ให้โหลดแอปจากลิงก์ที่ส่งมาทางไลน์", True),
        ("Họ bảo tôi cài ứng dụng theo đường link họ gửi", True),
    ],
)
def test_an_app_from_the_official_store_is_not_an_app_red_flag(text: str, apk: bool) -> None:
    assert ("apk" in check_message(text).kinds) is apk


def test_a_bank_warning_that_describes_the_tricks_is_not_a_scam_unless_it_sends_you_somewhere() -> None:
    warning = (
        "Ngân hàng cảnh báo: kẻ gian giả danh công an yêu cầu chuyển tiền hoặc cài ứng dụng lạ. "
        "Ngân hàng không bao giờ yêu cầu khách hàng cung cấp OTP."
    )
    assert check_message(warning).verdict != "likely_scam"
    with_link = warning + " Cài ứng dụng bảo vệ tại https://nganhang-baove.top"
    assert check_message(with_link).verdict == "likely_scam"


def test_refusing_transfers_is_not_asking_for_one() -> None:
    result = check_message("ค่าเสื้อกีฬาสีจ่ายที่ห้องธุรการนะคะ ครูไม่รับโอนเข้าบัญชีส่วนตัว")
    assert "money_request" not in result.kinds


def test_buying_phone_cards_and_sending_their_codes_is_a_money_request() -> None:
    result = check_message("Cô mua giùm con 3 thẻ cào Viettel, cào ra chụp mã thẻ gửi con gấp nha")
    assert "money_request" in result.kinds and result.verdict == "likely_scam"


@pytest.mark.parametrize(
    "text",
    [
        # a grandchild's "new number" asking for money
        "Hey Grandma, it's me, I smashed my phone so this is my new number. Could you wire 600 dollars to "
        "my landlord's account today? Please keep this between us, I'll explain at Christmas.",
        # a courier fee on an ending outside the short list, written without https
        "Royal Mail: we could not deliver your parcel. Pay the 2.49 GBP redelivery fee within 24 hours at "
        "royalmail-redeliver.icu or it will be returned to the sender.",
        # an address with a spaced dot, so it is not clickable
        "Final notice: your internet service will be disconnected tonight. Avoid the cut-off, settle your "
        "outstanding balance now at netfast-billing . buzz",
        # a task job
        "Hello, I'm Amy, a recruiter at a media agency. Earn 1,500 baht a day liking videos from home, no "
        "experience needed. Message me on Telegram @amy_tasks to start today.",
        # a prize with a handling charge, on a path after an unlisted ending
        "Congratulations! You have been selected as the winner of our year-end lucky draw. Claim your "
        "voucher before Friday at promo-gift.fun/claim, a small processing fee of 5 USD applies.",
        # a code forwarded to a 'friend'
        "hi, it's Ben from football! I've just changed phone and a 6-digit code went to your number by "
        "mistake. Can you forward it to me right away?",
        # a caller from 'immigration'
        "A man said he was an immigration officer and that my visa had been flagged. Unless I paid a 15,000 "
        "baht penalty by bank transfer within the hour I would be deported.",
    ],
)
def test_english_scams_are_caught(text: str) -> None:
    assert check_message(text).verdict == "likely_scam"


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dad, I got my new phone today, same number as before. Can you send me the photos from Sunday?",
        "Can you send me the address before 6pm? I'll pick up the cake on the way.",
        "Your electricity bill for November is 812 THB, due 20 December. Pay at any service counter or in "
        "your bank app. Ignore this if you have already paid.",
        "Your parcel will arrive today between 2 and 5pm. Cash on delivery: pay on delivery 0 THB.",
        "Tax returns for 2026 can be filed online at www.rd.go.th. The Department does not send payment "
        "links by text message.",
        "Thanks for the lovely weekend! I'll pay you back for the hotel on Friday, same account as always.",
        "I got a message saying I'd won a prize and had to pay a fee on some website. I didn't click it, "
        "just delete it if you get one.",
        "What a fine day for the picnic. Bring a jumper, it gets cold by 5 pm.",
        "Can you lend me 200 baht for lunch? Left my wallet at home, I'll pay you back tonight.",
        "Please settle the bill for the dinner whenever you can, no hurry.",
    ],
)
def test_harmless_english_messages_are_not_called_scams(text: str) -> None:
    assert check_message(text).verdict != "likely_scam"


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("Renew now at cheap-renewals.store", True),
        ("Join us: 88winners.pro", True),
        ("Track it on parcel-status.delivery/abc", True),
        ("Your refund waits at refund-centre . support/claim", True),
        ("It was a well-known.Then we left", False),
        ("Forms are on www.rd.go.th", False),  # an official address is no red flag
    ],
)
def test_a_link_is_seen_whatever_its_ending(text: str, link: bool) -> None:
    assert ("link" in check_message(text).kinds) is link


@pytest.mark.parametrize(
    "text",
    [
        "Cháu chào bác, cháu lỡ chuyển nhầm 5 triệu vào tài khoản của bác, "
        "bác chuyển lại vào tài khoản khác này giúp cháu",
        "Sorry, I sent 2,000,000 VND to you by mistake, please send it back to my mum's account 0071 22 445",
        "ขอโทษค่ะ โอนเงินผิดมาบัญชีคุณ 2,500 บาท รบกวนโอนคืนเข้าบัญชีนี้แทนนะคะ",
    ],
)
def test_money_sent_by_mistake_to_be_returned_elsewhere_is_a_scam(text: str) -> None:
    assert check_message(text).verdict == "likely_scam"


@pytest.mark.parametrize(
    "text",
    [
        "Cuoc goi tu dong: Toa an thong bao ba co ho so no xau, phien xu ngay mai, bam phim 1 de gap can bo",
        "ได้รับสายอัตโนมัติจากศาล บอกว่ามีหมายเรียก ต้องติดต่อภายในวันนี้ กด 0 เพื่อคุยกับเจ้าหน้าที่",
        "An automated voice from the court said I have a debt case today, press nine to talk to a clerk",
    ],
)
def test_a_recorded_call_from_a_court_asking_for_a_key_press_is_a_scam(text: str) -> None:
    assert check_message(text).verdict == "likely_scam"


def test_a_code_asked_for_by_anyone_is_a_scam_even_without_pressure() -> None:
    assert check_message(
        "Can you pass me the code that just came to your phone? Typed the wrong number"
    ).verdict == ("likely_scam")


@pytest.mark.parametrize(
    "text",
    [
        "Bà ơi con vừa nạp 100 nghìn tiền điện thoại cho bà, nhà mạng nhắn tin báo nạp tiền là đúng nha",
        "TB: Quy khach da nap thanh cong 50.000d vao thue bao 09xxxxx771. Cam on Quy khach.",
        "Công ty Cấp nước: hóa đơn tháng 6 là 154.000đ, Quý khách thanh toán tại quầy hoặc qua app ngân hàng",
        "EVN thong bao tien dien thang 7: 312.500d. Han thanh toan 20/08. Tran trong.",
        "ยาย หนูโอนค่ายาเดือนนี้ให้แล้วนะ 3,000 บาท ดูในแอปได้เลย",
        "Chị đọc bài này nè, ông hàng xóm bị gọi giả công an lừa 200 triệu: tintuc-hangngay.vn/gia-cong-an",
        "Worth a read about the fake police calls going round Hanoi: expat-hanoi-news.com/fake-police-calls",
        "ใบแจ้งหนี้ค่าโทรศัพท์ของท่าน 499 บาท ครบกำหนด 15 ม.ค. บริษัทจะไม่ส่งลิงก์ขอข้อมูลบัตรทาง SMS",
    ],
)
def test_receipts_bills_and_shared_news_are_no_likely_scams(text: str) -> None:
    assert check_message(text).verdict != "likely_scam"


@pytest.mark.parametrize(
    "text",
    [
        # a temple hall (ศาลา) or a shrine (ศาลเจ้า) is no court
        "ชวนไปทำบุญที่ศาลเจ้าพ่อเสือวันอาทิตย์นี้ เจอกันที่ศาลาการเปรียญ 8 โมงเช้า "
        "ใครยังไม่ได้จ่ายค่ารถ 150 บาท จ่ายกับลุงชัยบนรถได้เลย",
        "กลุ่มแม่บ้านนัดประชุมที่ศาลาประชาคมหมู่ 5 วันพุธนี้ สมัครล่วงหน้าที่ maeban-moo5.org/join",
        # a bill paid in your own bank's app or at a branch, saying it carries no link
        "แจ้งค่าบริการอินเทอร์เน็ตรอบบิลมกราคม ยอดที่ต้องชำระ 690 บาท ชำระผ่านแอปธนาคารหรือเคาน์เตอร์เซอร์วิส ข้อความนี้ไม่มีลิงก์",
        "Your water bill for January is 455 THB. You can check and pay it in your bank's app or at any "
        "branch. This message has no link to tap.",
        "Sao kê thẻ tín dụng tháng 1: số tiền cần thanh toán 2.150.000đ, hạn 25/02. Quý khách thanh toán "
        "tại quầy giao dịch hoặc trong ứng dụng ngân hàng.",
        "Sao ke the tin dung thang 1: so tien can thanh toan 2.150.000d, han 25/02. Quy khach thanh toan "
        "tai quay giao dich hoac trong ung dung ngan hang.",
        # a shop's date to order by is a calendar, not a deadline
        "Sunrise Florist: 15% off spring bouquets ordered before 28 Feb. Order in the shop or at "
        "sunriseflorist.co.uk/spring",
        "Tiệm bánh Hoa Mai giảm 10% bánh kem đặt trước ngày 20/1, đặt tại tiệm hoặc hoamaibakery.vn/dat-banh",
        "ร้านขนมบ้านฝ้ายลด 10% สำหรับออเดอร์ก่อนวันที่ 14 ก.พ. สั่งที่หน้าร้านหรือ banfaibakery.com/order",
        # a warning shared with its article: the tricks it tells are the scammers', the site's name
        # threatens nobody
        "From the residents' newsletter: beware of callers claiming to be from the water company and asking "
        "for a deposit. More at villagenews-week.org/water-callers",
        "Bài báo này hay nè bà: kẻ gian mạo danh điện lực, lừa người dân cài ứng dụng giả. "
        "Đọc ở baomoi-nhanh.vn/canh-bao-dien-luc",
        "Bai bao nay hay ne ba: ke gian mao danh dien luc, lua nguoi dan cai ung dung gia. "
        "Doc o baomoi-nhanh.vn/canh-bao-dien-luc",
        "ลุงดูคลิปนี้นะ แก๊งคอลเซ็นเตอร์โทรอ้างเป็นกรมที่ดิน หลอกให้สแกนหน้าแล้วโอนเงิน "
        "ดูที่ thainews-daily.net/landdept-scam อย่าหลงเชื่อนะ",
        "A good read: scammers are tricking older people into installing fake parcel apps. "
        "urgent-news-today.com/parcel-apps",
    ],
)
def test_halls_own_bank_apps_order_dates_and_shared_warnings_are_no_likely_scams(text: str) -> None:
    assert check_message(text).verdict != "likely_scam"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an officer's private mobile number to call about "your case"
        (
            "[VIỆN KIỂM SÁT] Bà có tên trong hồ sơ điều tra ma túy số 118/VKS. Liên hệ kiểm sát viên "
            "Lê Quang Hải 0386 224 719 trong hôm nay nếu không sẽ bị khởi tố.",
            "odd_sender",
        ),
        (
            "[VIEN KIEM SAT] Ba co ten trong ho so dieu tra ma tuy so 118/VKS. Lien he kiem sat vien "
            "Le Quang Hai 0386 224 719 trong hom nay neu khong se bi khoi to.",
            "odd_sender",
        ),
        (
            "ตำรวจไซเบอร์แจ้ง: บัญชีของท่านพัวพันคดีพนันออนไลน์ ติดต่อ ร.ต.อ.สมศักดิ์ ผู้รับผิดชอบคดี 089-441-2270 ภายในวันนี้",
            "odd_sender",
        ),
        # the digits that just came by text, however they are named
        (
            "Nhân viên tự xưng bên ngân hàng gọi, bảo thẻ sắp bị khóa, nhờ tôi đọc lại 6 số mới nhận "
            "để hủy giao dịch lạ.",
            "otp_request",
        ),
        (
            "Nhan vien tu xung ben ngan hang goi, bao the sap bi khoa, nho toi doc lai 6 so moi nhan "
            "de huy giao dich la.",
            "otp_request",
        ),
        (
            "คนที่โทรมาบอกว่าเป็นค่ายมือถือ เบอร์ยายจะถูกระงับ ขอให้อ่านเลข 6 หลักที่เพิ่งได้รับทาง SMS ให้ฟัง",
            "otp_request",
        ),
        # details asked for by reply, a banking login asked for by a caller
        (
            "ประกันสังคมแจ้ง ท่านมีสิทธิ์รับเงินชดเชย 4,800 บาท กรุณาพิมพ์ชื่อ เลขประจำตัวประชาชน และเลขบัญชีตอบกลับมาที่หมายเลขนี้",
            "credentials_request",
        ),
        (
            "BHXH thông báo: ông/bà được hoàn 3.200.000đ tiền đóng thừa. Vui lòng trả lời tin nhắn này "
            "kèm họ tên, số tài khoản và ngày sinh để nhận tiền.",
            "credentials_request",
        ),
        (
            "BHXH thong bao: ong/ba duoc hoan 3.200.000d tien dong thua. Vui long tra loi tin nhan nay "
            "kem ho ten, so tai khoan va ngay sinh de nhan tien.",
            "credentials_request",
        ),
        (
            "The man on the phone said he was from my bank's fraud team and needed my internet banking "
            "password to stop a payment.",
            "credentials_request",
        ),
        # a sum the sender needs, a sum named between "โอน" and the account
        (
            "Darling, the shipping company is holding the box of jewellery I sent you. I need 45,000 baht "
            "to release it by tonight and I'll pay you back.",
            "money_request",
        ),
        ("Ông ơi cháu đang bị giữ ở đồn công an, cần 15 triệu để được về ngay hôm nay", "money_request"),
        ("Ong oi chau dang bi giu o don cong an, can 15 trieu de duoc ve ngay hom nay", "money_request"),
        ("ที่รักคะ กล่องพัสดุที่ส่งมาติดศุลกากร ต้องใช้เงินค่าภาษี 28,000 บาท", "money_request"),
        (
            "กลุ่ม VIP เทรดทองของเรา อาจารย์การันตีผลตอบแทน 15% ต่อเดือน เริ่มต้นโอน 3,000 บาทไปที่บัญชีแอดมินได้เลย",
            "money_request",
        ),
        # a share of a fortune, pay per small task, a stranger's chat app
        (
            "Greetings, I am a diplomat holding a consignment of 4 million USD. I will give you 25% if you "
            "cover the release charge.",
            "too_good",
        ),
        (
            "Hello, our agency pays 80,000 VND per review of online shops. Slots fill up fast, message my "
            "WhatsApp +84 912 448 301 and begin right away.",
            "too_good",
        ),
        (
            "Someone from the tax office said I'm owed 6,400 baht back and told me to add their LINE to get "
            "the claim form.",
            "odd_sender",
        ),
    ],
)
def test_schemes_whose_signs_were_missing_are_caught(text: str, kind: str) -> None:
    result = check_message(text)
    assert kind in result.kinds and result.verdict == "likely_scam"


@pytest.mark.parametrize(
    "text",
    [
        # a family message: "bố / ba ơi" is Dad, not a ministry; a flat battery is no PIN
        "Ba ơi tối nay ba ra ga đón con lúc 9 giờ nhé, máy con sắp hết pin nên con tắt máy đây.",
        "Ba oi toi nay ba ra ga don con luc 9 gio nhe, may con sap het pin nen con tat may day.",
        "Bố ơi con cần bố chuyển giúp 2 triệu tiền học, tối con gọi bố nhé.",
        # news of an arrest shared with a warning: the gang's threats and requests are retold
        "Ông xem bài báo này, công an tỉnh vừa triệt phá một nhóm mạo danh ngân hàng gọi điện dọa khóa tài "
        "khoản rồi bắt chuyển tiền. Cả nhà cảnh giác nhé https://baomoi-24h.vn/xa-hoi/triet-pha-nhom-mao-danh",
        "Ong xem bai bao nay, cong an tinh vua triet pha mot nhom mao danh ngan hang goi dien doa khoa tai "
        "khoan roi bat chuyen tien. Ca nha canh giac nhe https://baomoi-24h.vn/xa-hoi/triet-pha-nhom-mao-danh",
        "ดูข่าวนี้นะแม่ ตำรวจรวบแก๊งที่หลอกผู้สูงอายุให้โอนเงินค่าปรับ ระวังด้วยนะ https://matichon-today.com/news/55120",
        "Take a look at this article: police arrested a gang posing as power company staff who threatened to "
        "cut people off unless they paid. https://coastnews-daily.com/crime/power-scam",
        # a bank's notice of new terms or rates, to read on its site or at a branch
        "Ngân hàng Phú Thịnh thông báo điều chỉnh biểu phí dịch vụ thẻ từ 01/10. Xem chi tiết tại "
        "phuthinhbank.vn/bieuphi hoặc tại quầy giao dịch.",
        "ธนาคารเมืองทองแจ้งปรับเงื่อนไขบริการบัตรเดบิต ตั้งแต่ 1 ต.ค. อ่านรายละเอียดที่ "
        "www.muangthongbank.co.th/terms หรือติดต่อที่สาขา",
        "Riverside Bank: our savings rates change on 1 October. Details at riversidebank.com/rates or visit "
        "your nearest branch. No action is required.",
        # a bank's alert: a change reported, and its own number to call, on the back of the card
        "ธนาคารเมืองทอง: มีการเปลี่ยนรหัสผ่านแอปเมื่อ 08:15 หากไม่ได้ทำรายการ กรุณาโทรตามหมายเลขหลังบัตรของท่าน",
        # a shop's free delivery is no payout through a private chat
        "ร้านเราส่งฟรีทั่วประเทศ สั่งซื้อแอดไลน์ @baanbaishop ได้เลยค่ะ",
        "Bà ơi con chuyển nhầm 200 nghìn vào tài khoản của bà, bà cứ giữ mà mua quà nhé.",
    ],
)
def test_family_news_and_bank_notices_are_no_likely_scam(text: str) -> None:
    assert check_message(text).verdict != "likely_scam"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a relative short of money who cannot take a call
        (
            "Bác ơi cháu là Hùng đây, cháu đang kẹt tiền viện phí cho mẹ, bác chuyển giúp cháu 10 triệu vào "
            "STK 0451 2287 nhé, cháu đang trong phòng mổ không nghe máy được.",
            "secrecy",
        ),
        (
            "Bac oi chau la Hung day, chau dang ket tien vien phi cho me, bac chuyen giup chau 10 trieu vao "
            "STK 0451 2287 nhe, chau dang trong phong mo khong nghe may duoc.",
            "impersonated_contact",
        ),
        (
            "Hello, I'm stranded in Jakarta, my bag and passport were stolen. Please wire me 600 USD for a "
            "ticket. Don't call, my phone is gone.",
            "impersonated_contact",
        ),
        # money "sent by mistake", to be sent back to an account the message gives
        ("หนูโอนเงินผิดเข้าบัญชีพี่ 3,000 บาท ช่วยโอนคืนเข้าบัญชี 104-2-55871-3 ให้หน่อยนะคะ", "odd_sender"),
        (
            "Em chuyen nham 2.500.000d vao tai khoan cua anh, anh chuyen lai vao STK 1902 3344 5566 "
            "giup em voi a.",
            "odd_sender",
        ),
        (
            "Hi, I accidentally transferred 1,500 baht to you earlier. Could you send it back into my "
            "account 441-0-22913-7? Thanks.",
            "money_request",
        ),
        # a bargain paid for first, no cash on delivery
        (
            "โปรโมชั่นล้างสต็อก ตู้เย็น 2 ประตู 1,990 บาท เหลือ 2 เครื่องเท่านั้น โอนก่อนส่งของ ไม่รับเก็บเงินปลายทาง",
            "money_request",
        ),
        (
            "Thanh lý máy lọc không khí không dây giá 299k, chỉ còn 3 cái, chị chuyển khoản trước vào "
            "STK 8812 0034 nhé, shop không ship COD.",
            "money_request",
        ),
        (
            "Clearance sale: smart TV for 2,000 baht, only 2 left. Payment upfront by bank transfer only, no "
            "cash on delivery.",
            "money_request",
        ),
        # a prize's tax paid before it comes; a clip to be sent to your contacts
        ("ขอแสดงความยินดี คุณได้รับรางวัลรถจักรยานยนต์ กรุณาชำระภาษีรางวัล 2,500 บาทก่อนรับของ", "money_request"),
        ("เรามีวิดีโอส่วนตัวของคุณ ถ้าไม่อยากให้ส่งถึงทุกคนในรายชื่อ โอน 15,000 บาทภายในพรุ่งนี้", "money_request"),
        (
            "I filmed you through your camera. Pay 0.03 BTC to the wallet below by tomorrow or the video "
            "goes to all your contacts.",
            "money_request",
        ),
        # card details or identity numbers asked for on a call
        ("เขาอ้างเป็นเจ้าหน้าที่ธนาคาร บอกจะขยายวงเงินให้ฟรี ขอเลขหน้าบัตรกับเลขสามตัวหลังบัตร", "credentials_request"),
        (
            "The caller said he was from the pension office, then put me through to a police officer who "
            "asked for my ID card number and my account number.",
            "credentials_request",
        ),
        # an officer reached at a number the message gives
        (
            "BHXH quan: ho so luong huu cua ba bi sai thong tin. Vui long goi ngay 0283 822 4411 gap can bo "
            "Le Van Tam de cap nhat.",
            "odd_sender",
        ),
        (
            "สำนักงานประกันสังคม: สิทธิ์ของท่านจะถูกระงับ กรุณาติดต่อเจ้าหน้าที่ที่เบอร์ 02-445-1190 ภายในวันนี้",
            "odd_sender",
        ),
        (
            "Your SIM card registration is incomplete and the line will be blocked today. Call 086-210-4471 "
            "and press 9.",
            "authority",
        ),
        # income, a refund or a tip to be had through a private chat
        (
            "Tuyển cộng tác viên xem video, mỗi nhiệm vụ 20.000đ, thu nhập 400k/ngày, kết bạn Zalo "
            "0398 221 504 để nhận việc.",
            "odd_sender",
        ),
        ("งานเสริมกดไลก์ รายได้วันละ 500 บาท ไม่ต้องมีประสบการณ์ แอดไลน์ @work-easy99", "too_good"),
        (
            "Your parcel insurance entitles you to a refund of 3,400 baht. Message our claims agent on LINE "
            "@claimdesk-th to receive it.",
            "odd_sender",
        ),
        (
            "Em là trợ lý của chuyên gia chứng khoán, nhóm VIP của thầy cam kết lợi nhuận 25% mỗi tuần, "
            "anh vào nhóm nhận mã miễn phí, chỉ nhận 15 người.",
            "odd_sender",
        ),
        (
            "ดิฉันเป็นผู้ช่วยของอาจารย์ เซียนคริปโต การันตีกำไร 15% ต่อสัปดาห์ เข้ากลุ่มไลน์ VIP ฟรี รับจำนวนจำกัด",
            "odd_sender",
        ),
    ],
)
def test_schemes_of_the_fifth_round_are_caught(text: str, kind: str) -> None:
    result = check_message(text)
    assert kind in result.kinds and result.verdict == "likely_scam"
