"""Everything the bot says on its own (not from a lesson), in each language.

Short sentences, one idea each, polite: many learners are elderly.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "greet": {
        "vi": "Xin chào! Tôi giúp bạn học dùng VNeID, chuyển tiền an toàn và tránh lừa đảo. Bạn muốn hỏi gì?",
        "th": "สวัสดีค่ะ ฉันช่วยสอนเรื่องแอป ThaID การโอนเงินอย่างปลอดภัย และการป้องกันมิจฉาชีพ อยากถามเรื่องอะไรคะ",
        "en": "Hello! I can teach you e-ID apps, safe payments and how to avoid scams. What do you need?",
    },
    "goodbye": {
        "vi": "Chào bạn. Khi cần, cứ nhắn cho tôi nhé!",
        "th": "ลาก่อนค่ะ มีอะไรให้ช่วย ทักมาได้เสมอนะคะ",
        "en": "Goodbye. Message me any time you need help!",
    },
    "thanks": {
        "vi": "Không có gì ạ. Bạn cần hỏi thêm gì cứ nhắn nhé.",
        "th": "ยินดีค่ะ ถ้ามีคำถามอีก ถามได้เลยนะคะ",
        "en": "You're welcome. Ask me anything else you need.",
    },
    "dont_know": {
        "vi": "Xin lỗi, tôi chưa có bài hướng dẫn cho câu hỏi này. Bạn có thể chọn một chủ đề bên dưới.",
        "th": "ขอโทษค่ะ ตอนนี้ยังไม่มีบทเรียนสำหรับคำถามนี้ ลองเลือกหัวข้อด้านล่างได้นะคะ",
        "en": "Sorry, I don't have a lesson for that question yet. You can pick a topic below.",
    },
    "pick_entry": {
        "vi": "Bạn muốn tìm hiểu bài nào?",
        "th": "อยากเรียนเรื่องไหนคะ",
        "en": "Which lesson would you like?",
    },
    "walk_me_through": {"vi": "Hướng dẫn từng bước", "th": "สอนทีละขั้น", "en": "Walk me through it"},
    "step_label": {"vi": "Bước {n}/{total}", "th": "ขั้นที่ {n}/{total}", "en": "Step {n}/{total}"},
    "next": {"vi": "Tiếp", "th": "ต่อไป", "en": "Next"},
    "back": {"vi": "Quay lại", "th": "ย้อนกลับ", "en": "Back"},
    "repeat": {"vi": "Nhắc lại", "th": "พูดอีกครั้ง", "en": "Repeat"},
    "simpler": {"vi": "Nói dễ hiểu hơn", "th": "อธิบายง่ายกว่านี้", "en": "Say it more simply"},
    "steps_done": {
        "vi": "Xong rồi! Bạn đã làm hết các bước. Cần hỏi thêm gì cứ nhắn nhé.",
        "th": "เรียบร้อยค่ะ ทำครบทุกขั้นแล้ว มีคำถามอีกถามได้เลยนะคะ",
        "en": "Done! You have finished all the steps. Ask me anything else.",
    },
    "secret_warning": {
        "vi": "⚠️ Tin nhắn của bạn có mã OTP, mật khẩu hoặc số thẻ. Đừng gửi những số này cho ai, kể cả tôi. "
        "Tôi đã xoá và không lưu lại.",
        "th": "⚠️ ข้อความของคุณมีรหัส OTP รหัสผ่าน หรือเลขบัตร อย่าส่งให้ใครเลยนะคะ แม้แต่ฉัน ฉันลบออกแล้วและไม่ได้เก็บไว้ค่ะ",
        "en": "⚠️ Your message had a code, password or card number in it. Never send these to anyone, "
        "not even me. I removed it and did not keep it.",
    },
    "too_long": {
        "vi": "Tin nhắn dài quá. Bạn gửi ngắn hơn giúp tôi nhé.",
        "th": "ข้อความยาวเกินไป ช่วยส่งให้สั้นลงหน่อยนะคะ",
        "en": "That message is too long. Please send a shorter one.",
    },
}

TOPIC_TITLES: dict[str, dict[str, str]] = {
    "vneid": {"vi": "Ứng dụng VNeID", "th": "แอป VNeID", "en": "The VNeID app"},
    "thaid": {"vi": "Ứng dụng ThaID", "th": "แอป ThaID", "en": "The ThaID app"},
    "payments": {"vi": "Chuyển tiền an toàn", "th": "การโอนเงินอย่างปลอดภัย", "en": "Safe payments"},
    "scams": {"vi": "Nhận biết lừa đảo", "th": "รู้ทันมิจฉาชีพ", "en": "Spotting scams"},
}


def say(key: str, lang: str) -> str:
    variants = TEXTS[key]
    return variants.get(lang) or variants["en"]


def topic_title(topic: str, lang: str) -> str:
    variants = TOPIC_TITLES.get(topic, {})
    return variants.get(lang) or variants.get("en") or topic
