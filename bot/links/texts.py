"""What the link and number checks say, in the learner's language (vi, th, en)."""

from __future__ import annotations

from bot.links.domains import LinkCheck

LINK_TEXTS: dict[str, dict[str, str]] = {
    "name_inside": {
        "vi": "Đây không phải {real}: địa chỉ {registered} chỉ chứa chữ “{name}”.",
        "th": "นี่ไม่ใช่ {real} ค่ะ ที่อยู่ {registered} แค่มีคำว่า “{name}” อยู่ในชื่อ",
        "en": "This is not {real}: {registered} only contains the word “{name}”.",
    },
    "misspelt": {
        "vi": "Đây không phải {real}: {registered} viết sai lệch vài chữ cho giống “{name}”.",
        "th": "นี่ไม่ใช่ {real} ค่ะ {registered} สะกดเพี้ยนไปนิดเดียวให้ดูเหมือน “{name}”",
        "en": "This is not {real}: {registered} changes a letter or two to look like “{name}”.",
    },
    "other_alphabet": {
        "vi": "Đây không phải {real}: {registered} dùng chữ của bảng chữ cái khác, nhìn giống hệt “{name}”.",
        "th": "นี่ไม่ใช่ {real} ค่ะ {registered} ใช้ตัวอักษรภาษาอื่นที่หน้าตาเหมือน “{name}”",
        "en": "This is not {real}: {registered} uses letters from another alphabet that look like “{name}”.",
    },
    "mixed_alphabet": {
        "vi": "{registered} trộn chữ của hai bảng chữ cái trông giống hệt nhau: một mẹo để nhại tên thật.",
        "th": "{registered} ผสมตัวอักษรสองภาษาที่หน้าตาเหมือนกัน เป็นกลลวงเลียนชื่อจริงค่ะ",
        "en": "{registered} mixes letters from two alphabets that look the same: "
        "a trick to copy a real name.",
    },
    "free_host": {
        "vi": "{registered} là trang miễn phí ai cũng tạo được, đội lốt ngân hàng. Ngân hàng thật không dùng "
        "trang như vậy.",
        "th": "{registered} เป็นเว็บฟรีที่ใครก็สร้างได้ แต่งตัวเป็นธนาคาร ธนาคารจริงไม่ใช้เว็บแบบนี้ค่ะ",
        "en": "{registered} is a free page anyone can make, dressed up as a bank. "
        "Real banks don't use such pages.",
    },
    "money_name": {
        "vi": "{registered} đội lốt ngân hàng hoặc ví điện tử: chữ về tiền ghép với chữ kẻ lừa hay thêm vào, "
        "trên một đuôi tên miền rẻ mà kẻ lừa hay mua.",
        "th": "{registered} แต่งตัวเป็นธนาคารหรือกระเป๋าเงินออนไลน์ เอาคำเกี่ยวกับเงินมาต่อกับคำที่มิจฉาชีพชอบเติม "
        "บนนามสกุลเว็บราคาถูกที่มิจฉาชีพนิยมซื้อค่ะ",
        "en": "{registered} is dressed up as a bank or a wallet: a money word with a word scammers add, "
        "on a cheap ending scammers often buy.",
    },
    "subdomain": {
        "vi": "Đây không phải {real}: “{name}” chỉ được đặt phía trước một trang khác là {registered}.",
        "th": "นี่ไม่ใช่ {real} ค่ะ “{name}” ถูกวางไว้ข้างหน้าเว็บอื่น ซึ่งจริง ๆ คือ {registered}",
        "en": "This is not {real}: “{name}” is only put in front of another site, {registered}.",
    },
    "government": {
        "vi": "Giả địa chỉ cơ quan nhà nước: trang thật kết thúc bằng .gov.vn (Thái Lan: .go.th), "
        "còn địa chỉ này thật ra là {registered}.",
        "th": "ปลอมเป็นเว็บหน่วยงานรัฐ: เว็บจริงจะลงท้ายด้วย .go.th (เวียดนาม: .gov.vn) แต่ที่อยู่นี้จริง ๆ คือ {registered}",
        "en": "It dresses up as a government site: real ones end in .gov.vn (Thailand: .go.th), "
        "but this address is really {registered}.",
    },
    "after_slash": {
        "vi": "“{name}” chỉ nằm sau dấu /, địa chỉ thật của link là {registered}.",
        "th": "“{name}” อยู่หลังเครื่องหมาย / เท่านั้น ที่อยู่จริงของลิงก์คือ {registered}",
        "en": "“{name}” only comes after the slash: the link really goes to {registered}.",
    },
    "apk": {
        "vi": "Link này tải về tệp cài ứng dụng (.apk) ngoài kho chính thức. Đừng mở, đừng cài.",
        "th": "ลิงก์นี้ดาวน์โหลดไฟล์ติดตั้งแอป (.apk) นอกสโตร์ทางการ อย่าเปิด อย่าติดตั้งนะคะ",
        "en": "This link downloads an app file (.apk) from outside the official stores. "
        "Don't open or install it.",
    },
    "shortener": {
        "vi": "{registered} là link rút gọn: không nhìn được nó dẫn tới đâu. Đừng bấm.",
        "th": "{registered} เป็นลิงก์ย่อ มองไม่เห็นว่าพาไปที่ไหน อย่ากดนะคะ",
        "en": "{registered} is a shortened link: you cannot see where it leads. Don't tap it.",
    },
    "official": {
        "vi": "{registered} là địa chỉ thật của {org}. Nhưng tin lừa đảo cũng có thể chép địa chỉ thật, "
        "nên các dấu hiệu khác vẫn đáng xem.",
        "th": "{registered} เป็นที่อยู่จริงของ {org} แต่ข้อความหลอกลวงก็ใส่ที่อยู่จริงได้ จึงยังต้องดูสัญญาณอื่นด้วยค่ะ",
        "en": "{registered} is the real address of {org}. But a scam can copy a real address too, "
        "so the other signs still matter.",
    },
    "app_store": {
        "vi": "{registered} là {org}, một kho ứng dụng thật. Nhưng ai cũng có thể đưa ứng dụng lên đó, "
        "kể cả ứng dụng giả: trước khi cài, hãy xem nhà phát triển có đúng là chính cơ quan hay ngân hàng "
        "đó không.",
        "th": "{registered} คือ {org} ซึ่งเป็นสโตร์แอปจริง แต่ใครก็เอาแอปขึ้นไปได้ รวมถึงแอปปลอม "
        "ก่อนติดตั้งให้ดูว่าผู้พัฒนาแอปเป็นหน่วยงานหรือธนาคารนั้นจริง ๆ ค่ะ",
        "en": "{registered} is {org}, a real app store. But anyone can put an app there, fakes included: "
        "before installing, check that the app's developer is the organisation or bank itself.",
    },
}
PHONE_TEXTS: dict[str, dict[str, str]] = {
    "hotline": {
        "vi": "{number} là số tổng đài của {org}. Nhưng kẻ gian có thể giả số hiển thị, "
        "kể cả số thật này, nên chỉ nhìn số thì không biết được cuộc gọi có thật hay không.",
        "th": "{number} เป็นเบอร์ของ {org} แต่มิจฉาชีพปลอมเบอร์ที่โชว์ได้ แม้แต่เบอร์จริงนี้ "
        "จึงดูจากเบอร์อย่างเดียวไม่ได้ว่าปลอดภัยค่ะ",
        "en": "{number} is {org}'s number. But scammers can fake the number you see, "
        "even this real one, so the number alone cannot show a call is genuine.",
    },
    "sms_only": {
        "vi": "{number} là số để bạn nhắn tin báo cáo ({org}), không phải số gọi đến cho bạn.",
        "th": "{number} เป็นเบอร์สำหรับส่งข้อความแจ้ง ({org}) ไม่ใช่เบอร์ที่โทรหาคุณค่ะ",
        "en": "{number} is a number you text to report spam ({org}); it does not call people.",
    },
    "unknown": {
        "vi": "Số {number} không có trong danh sách tổng đài chính thức tôi có. "
        "Tôi không biết số này của ai.",
        "th": "เบอร์ {number} ไม่อยู่ในรายชื่อเบอร์ทางการที่ฉันมี ฉันไม่รู้ว่าเป็นเบอร์ของใครค่ะ",
        "en": "{number} is not in my list of official numbers. I cannot tell whose number it is.",
    },
    "advice": {
        "vi": "Công an không gọi điện bắt chuyển tiền, không đòi mã OTP hay mật khẩu. Tên và số hiện trên "
        "màn hình có thể bị giả. Hãy cúp máy, rồi tự bấm số chính thức (in trên thẻ, hóa đơn hoặc "
        "trang web chính thức) để hỏi lại; đừng bấm gọi lại số vừa gọi.",
        "th": "ตำรวจไม่โทรมาให้โอนเงิน ไม่ขอรหัส OTP หรือรหัสผ่าน ชื่อและเบอร์ที่โชว์บนจอปลอมได้ "
        "ให้วางสาย แล้วกดเบอร์ทางการเอง (เบอร์หลังบัตร ในใบแจ้งหนี้ หรือเว็บทางการ) อย่ากดโทรกลับเบอร์เดิมค่ะ",
        "en": "The police do not phone people to demand money or transfers, and never ask for codes or "
        "passwords. The name and number on your screen can be faked. Hang up, then dial the official "
        "number yourself (on your card, your bill or the official website); don't just call back.",
    },
}


NAMELESS = frozenset({"mixed_alphabet", "free_host", "money_name"})  # reasons that need no official name


def link_reason(check: LinkCheck, lang: str) -> str:
    """One plain sentence on why a link is or is not what it seems."""
    key = check.verdict if check.verdict in ("official", "app_store") else _reason_key(check)
    variants = LINK_TEXTS[key]
    org = check.organisation
    return (variants.get(lang) or variants["en"]).format(
        real=check.imitated_domain or (org.name if org else check.name),
        registered=check.registered,
        name=check.name,
        org=org.name if org else "",
    )


def _reason_key(check: LinkCheck) -> str:
    if check.verdict in ("apk", "shortener"):
        return check.verdict
    how = [h for h in check.how if h in LINK_TEXTS]
    if "government" in how:
        return "government"
    if how and how[0] in NAMELESS:
        return how[0]
    return how[0] if how and check.name else "government"


def phone_text(key: str, lang: str, **values: str) -> str:
    variants = PHONE_TEXTS[key]
    return (variants.get(lang) or variants["en"]).format(**values)
