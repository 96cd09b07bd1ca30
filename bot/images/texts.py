"""What the bot says about a screenshot, in each language: what it read, and why it could not."""

from __future__ import annotations

from bot.images.checks import Reason
from bot.replies import IntentInfo, Message, Reply

QUOTE_CHARS = 280  # a long screenshot is quoted shortened; the check still reads all of it

TEXTS: dict[str, dict[str, str]] = {
    "read": {
        "vi": "Tôi đọc được: “{text}”",
        "th": "ฉันอ่านได้ว่า: “{text}”",
        "en": "I read: “{text}”",
    },
    "nothing_read": {
        "vi": "Tôi không đọc được chữ nào trong ảnh này. "
        "Bạn chụp lại rõ hơn, hoặc gõ lại nội dung tin nhắn giúp tôi nhé.",
        "th": "ฉันอ่านตัวอักษรในรูปนี้ไม่ได้ค่ะ ลองถ่ายใหม่ให้ชัดขึ้น หรือพิมพ์ข้อความนั้นมาแทนก็ได้นะคะ",
        "en": "I could not read any words in this picture. "
        "Please take a clearer screenshot, or type the message out.",
    },
    "unavailable": {
        "vi": "Hiện tôi chưa đọc được ảnh. Bạn gõ hoặc dán nội dung tin nhắn giúp tôi nhé.",
        "th": "ตอนนี้ฉันยังอ่านรูปภาพไม่ได้ค่ะ รบกวนพิมพ์หรือวางข้อความนั้นมาแทนนะคะ",
        "en": "I cannot read pictures yet. Please type or paste the message instead.",
    },
    "not_downloaded": {
        "vi": "Tôi chưa tải được ảnh này. Bạn gửi lại ảnh, hoặc dán nội dung tin nhắn giúp tôi nhé.",
        "th": "ฉันโหลดรูปนี้ไม่ได้ค่ะ ส่งรูปมาใหม่ หรือวางข้อความมาแทนนะคะ",
        "en": "I could not download this picture. Please send it again, or paste the message.",
    },
    "cannot_read": {
        "vi": "Ảnh này khó đọc quá, tôi chưa đọc xong. "
        "Bạn thử chụp màn hình gọn hơn, hoặc dán nội dung tin nhắn nhé.",
        "th": "รูปนี้อ่านยากเกินไป ฉันอ่านไม่ทันค่ะ ลองแคปหน้าจอให้เล็กลง หรือวางข้อความมาแทนนะคะ",
        "en": "This picture is too hard to read in time. Try a tighter screenshot, or paste the message.",
    },
}

REJECTED: dict[Reason, dict[str, str]] = {
    "empty": {
        "vi": "Tệp gửi lên trống. Bạn gửi lại ảnh chụp màn hình nhé.",
        "th": "ไฟล์ว่างเปล่าค่ะ ส่งภาพหน้าจอมาใหม่นะคะ",
        "en": "The file is empty. Please send the screenshot again.",
    },
    "too_large": {
        "vi": "Ảnh quá lớn (tối đa {mb} MB). Bạn gửi ảnh chụp màn hình thay vì ảnh gốc từ máy ảnh nhé.",
        "th": "รูปใหญ่เกินไป (ไม่เกิน {mb} MB) ส่งภาพหน้าจอแทนรูปถ่ายต้นฉบับนะคะ",
        "en": "The picture is too large (at most {mb} MB). Send a screenshot rather than a camera photo.",
    },
    "not_image": {
        "vi": "Tệp này không phải là ảnh. Bạn gửi ảnh chụp màn hình (PNG hoặc JPEG) nhé.",
        "th": "ไฟล์นี้ไม่ใช่รูปภาพค่ะ ส่งภาพหน้าจอ (PNG หรือ JPEG) มานะคะ",
        "en": "This file is not a picture. Please send a screenshot (PNG or JPEG).",
    },
    "format": {
        "vi": "Tôi chỉ đọc được ảnh PNG, JPEG hoặc WebP. Bạn chụp màn hình rồi gửi lại nhé.",
        "th": "ฉันอ่านได้เฉพาะรูป PNG, JPEG หรือ WebP ค่ะ แคปหน้าจอแล้วส่งมาใหม่นะคะ",
        "en": "I can only read PNG, JPEG or WebP pictures. Take a screenshot and send that.",
    },
    "animated": {
        "vi": "Đây là ảnh động. Tôi chỉ đọc được ảnh tĩnh: bạn chụp màn hình tin nhắn rồi gửi nhé.",
        "th": "นี่เป็นภาพเคลื่อนไหวค่ะ ฉันอ่านได้เฉพาะภาพนิ่ง แคปหน้าจอข้อความแล้วส่งมานะคะ",
        "en": "This is an animated picture. I can only read still ones: send a screenshot of the message.",
    },
    "too_many_pixels": {
        "vi": "Ảnh quá nhiều điểm ảnh để đọc. Bạn cắt gọn phần tin nhắn rồi gửi lại nhé.",
        "th": "รูปมีขนาดพิกเซลใหญ่เกินจะอ่านได้ค่ะ ครอปเฉพาะส่วนข้อความแล้วส่งมาใหม่นะคะ",
        "en": "The picture has too many pixels to read. Crop it to the message and send it again.",
    },
    "too_wide": {
        "vi": "Ảnh quá dài hoặc quá rộng (tối đa {side} điểm ảnh mỗi chiều). Bạn cắt gọn phần tin nhắn nhé.",
        "th": "รูปยาวหรือกว้างเกินไป (ไม่เกิน {side} พิกเซลต่อด้าน) ครอปเฉพาะส่วนข้อความนะคะ",
        "en": "The picture is too long or too wide (at most {side} pixels a side). Crop it to the message.",
    },
    "broken": {
        "vi": "Ảnh bị lỗi hoặc gửi chưa hết. Bạn gửi lại nhé.",
        "th": "รูปเสียหรือส่งมาไม่ครบค่ะ ส่งมาใหม่นะคะ",
        "en": "The picture is damaged or was cut short. Please send it again.",
    },
}


def image_text(key: str, lang: str, **values: object) -> str:
    variants = TEXTS[key]
    return (variants.get(lang) or variants["en"]).format(**values)


def rejection_text(reason: Reason, lang: str, max_bytes: int, max_side: int) -> str:
    variants = REJECTED[reason]
    text = variants.get(lang) or variants["en"]
    return text.format(mb=max(1, max_bytes // (1024 * 1024)), side=max_side)


def quoted(text: str, lang: str) -> str:
    """ "Tôi đọc được: “…”", shortened at a word to `QUOTE_CHARS`."""
    flat = " ".join(text.split())
    if len(flat) > QUOTE_CHARS:
        cut = flat[:QUOTE_CHARS].rsplit(" ", 1)[0] if " " in flat[:QUOTE_CHARS] else flat[:QUOTE_CHARS]
        flat = cut.rstrip(" ,.;:") + " …"
    return image_text("read", lang, text=flat)


def image_reply(text: str, lang: str | None) -> Reply:
    """A screenshot that could not be read, or was refused: said plainly, with no turn taken."""
    lang = lang if lang in ("vi", "th", "en") else "vi"
    return Reply(
        messages=[Message(text=text)], intent=IntentInfo(name="image_unread", confidence=1.0), lang=lang
    )
