"""Ready-made replies a volunteer can insert and edit, in the learner's language."""

from __future__ import annotations

CANNED: dict[str, list[str]] = {
    "vi": [
        "Chào bạn, tôi là tình nguyện viên của Tổ công nghệ số cộng đồng. Tôi đã đọc tin nhắn của bạn.",
        "Bạn đừng đọc mã OTP hay mật khẩu cho ai, kể cả cho tôi.",
        "Bạn làm theo từng bước trong bài này nhé, xong bước nào thì nhắn tôi.",
        "Việc này cần làm trực tiếp: bạn mang căn cước đến công an xã hoặc chi nhánh ngân hàng gần nhà.",
        "Tôi kết thúc cuộc trò chuyện ở đây. Bạn cần gì cứ bấm “Gặp người thật” lần nữa.",
    ],
    "th": [
        "สวัสดีค่ะ ฉันเป็นอาสาสมัครดิจิทัล อ่านข้อความของคุณแล้วค่ะ",
        "อย่าบอกรหัส OTP หรือรหัสผ่านกับใคร แม้แต่กับฉันนะคะ",
        "ลองทำตามทีละขั้นในบทเรียนนี้ เสร็จแต่ละขั้นแล้วบอกฉันได้เลยค่ะ",
        "เรื่องนี้ต้องไปทำด้วยตัวเอง นำบัตรประชาชนไปที่ธนาคารหรือที่ว่าการอำเภอใกล้บ้านค่ะ",
        "ฉันขอจบการสนทนาตรงนี้นะคะ ถ้าต้องการคุยกับเจ้าหน้าที่อีก กดปุ่มได้เลยค่ะ",
    ],
    "en": [
        "Hello, I am a volunteer from the community digital-skills team. I have read your messages.",
        "Never give anyone your OTP or password, not even me.",
        "Follow this lesson one step at a time, and tell me when each step is done.",
        "This has to be done in person: take your ID card to your bank branch or local office.",
        "I will close our conversation here. Press 'Talk to a person' again whenever you need us.",
    ],
}
