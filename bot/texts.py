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
        "vi": "Xin lỗi, tôi chưa biết trả lời câu này. Tôi đã ghi lại để cán bộ hướng dẫn bổ sung bài học. "
        "Bạn có thể chọn một chủ đề bên dưới, hoặc nhờ gặp người thật.",
        "th": "ขอโทษค่ะ ตอนนี้ฉันยังตอบคำถามนี้ไม่ได้ ฉันจดไว้ให้ทีมผู้สอนเพิ่มบทเรียนแล้วค่ะ "
        "เลือกหัวข้อด้านล่าง หรือขอคุยกับเจ้าหน้าที่ก็ได้นะคะ",
        "en": "Sorry, I can't answer that yet. I have noted it so our trainers can add a lesson. "
        "You can pick a topic below, or ask to talk to a person.",
    },
    "near_miss": {
        "vi": "Có phải bạn hỏi: {title}?",
        "th": "หมายถึงเรื่องนี้ไหมคะ: {title}",
        "en": "Did you mean: {title}?",
    },
    "which_one": {
        "vi": "Tôi thấy có hai bài gần giống nhau. Bạn muốn hỏi bài nào?",
        "th": "มีบทเรียนใกล้เคียงกันสองเรื่อง อยากถามเรื่องไหนคะ",
        "en": "Two lessons are close to your question. Which one do you mean?",
    },
    "resume": {
        "vi": "Làm tiếp Bước {n}/{total}",
        "th": "ทำต่อขั้นที่ {n}/{total}",
        "en": "Continue with Step {n}/{total}",
    },
    "resume_hint": {
        "vi": 'Lần trước bạn đang làm dở bài "{title}". Bấm nút bên dưới để làm tiếp.',
        "th": 'ครั้งก่อนคุณทำบทเรียน "{title}" ค้างไว้ กดปุ่มด้านล่างเพื่อทำต่อได้ค่ะ',
        "en": 'Last time you were in the middle of "{title}". Press the button below to carry on.',
    },
    "walkthrough_stopped": {
        "vi": 'Vâng, mình dừng ở đây. Khi nào muốn làm tiếp, bạn nhắn "tiếp tục" nhé.',
        "th": 'ได้ค่ะ หยุดตรงนี้ก่อน ถ้าอยากทำต่อ พิมพ์ว่า "ต่อไป" ได้เลยนะคะ',
        "en": 'All right, we\'ll stop here. When you want to carry on, just write "continue".',
    },
    "no_walkthrough": {
        "vi": "Hiện chưa có bài nào đang làm dở. Bạn muốn hỏi gì?",
        "th": "ตอนนี้ยังไม่มีบทเรียนที่ทำค้างไว้ค่ะ อยากถามเรื่องอะไรคะ",
        "en": "There is no lesson in progress. What would you like to ask?",
    },
    "decline": {
        "vi": "Vâng ạ. Bạn cần hỏi gì cứ nhắn nhé.",
        "th": "ได้ค่ะ มีอะไรถามได้เลยนะคะ",
        "en": "All right. Ask me anything when you're ready.",
    },
    "bot_challenge": {
        "vi": "Tôi là trợ lý tự động, một chương trình máy tính, không phải người. "
        "Nếu cần, bạn có thể nhờ gặp người thật.",
        "th": "ฉันเป็นผู้ช่วยอัตโนมัติ เป็นโปรแกรมคอมพิวเตอร์ ไม่ใช่คนค่ะ ถ้าต้องการ ขอคุยกับเจ้าหน้าที่ได้นะคะ",
        "en": "I am an automated assistant, a computer program, not a person. "
        "You can ask to talk to a person.",
    },
    "quiz_intro": {
        "vi": "Mình cùng ôn bài nhé. Mỗi lần một câu, bạn bấm nút hoặc gõ A, B, C.",
        "th": "มาทบทวนกันนะคะ ทีละข้อ กดปุ่มหรือพิมพ์ A B C ก็ได้ค่ะ",
        "en": "Let's practise. One question at a time: press a button or type A, B or C.",
    },
    "quiz_label": {"vi": "Câu {n}/{total}", "th": "ข้อ {n}/{total}", "en": "Question {n}/{total}"},
    "quiz_review": {"vi": "(ôn lại)", "th": "(ทบทวน)", "en": "(review)"},
    "quiz_right": {"vi": "Đúng rồi! 👍", "th": "ถูกต้องค่ะ! 👍", "en": "Right! 👍"},
    "quiz_wrong": {
        "vi": "Chưa đúng. Đáp án đúng là {letter}.",
        "th": "ยังไม่ถูกค่ะ คำตอบที่ถูกคือ {letter}",
        "en": "Not quite. The right answer is {letter}.",
    },
    "quiz_already": {
        "vi": "Câu này bạn đã trả lời rồi, tôi không tính lại.",
        "th": "ข้อนี้ตอบไปแล้วค่ะ ไม่นับซ้ำนะคะ",
        "en": "You already answered this one; it is not counted twice.",
    },
    "quiz_unclear": {
        "vi": "Bạn chọn A, B hay C? Bấm nút hoặc gõ một chữ cái nhé.",
        "th": "เลือกข้อไหนคะ กดปุ่มหรือพิมพ์ตัวอักษรได้เลย",
        "en": "Which one do you choose? Press a button or type a letter.",
    },
    "quiz_done": {
        "vi": "Xong bài ôn! Bạn đúng {right}/{asked} câu.",
        "th": "ทบทวนเสร็จแล้วค่ะ ตอบถูก {right}/{asked} ข้อ",
        "en": "Quiz done! You got {right} of {asked} right.",
    },
    "quiz_lesson": {"vi": "Xem lại bài học", "th": "ดูบทเรียน", "en": "See the lesson"},
    "quiz_lesson_previous": {
        "vi": "Xem lại bài học của câu vừa rồi",
        "th": "ดูบทเรียนของข้อที่แล้ว",
        "en": "See the lesson for the last question",
    },
    "class_joined": {
        "vi": "Bạn đã vào lớp “{name}”. Người hướng dẫn ({mentor}) sẽ thấy bạn học đến đâu để giúp bạn.",
        "th": "คุณเข้าห้อง “{name}” แล้วค่ะ ผู้สอน ({mentor}) จะเห็นความคืบหน้าของคุณเพื่อช่วยคุณได้",
        "en": "You have joined the class “{name}”. Your mentor ({mentor}) will see your progress.",
    },
    "class_joined_no_name": {
        "vi": "Bạn đã vào lớp “{name}”. Người hướng dẫn của lớp sẽ thấy bạn học đến đâu để giúp bạn.",
        "th": "คุณเข้าห้อง “{name}” แล้วค่ะ ผู้สอนของห้องจะเห็นความคืบหน้าของคุณเพื่อช่วยคุณได้",
        "en": "You have joined the class “{name}”. Your mentor will see your progress.",
    },
    "class_code_wait": {
        "vi": "Mã lớp bạn gửi chưa khớp lớp nào mấy lần rồi. Bạn đợi khoảng {minutes} phút rồi gửi lại, "
        "hoặc hỏi lại người hướng dẫn mã lớp cho chắc nhé.",
        "th": "รหัสห้องที่ส่งมายังไม่ตรงกับห้องไหนหลายครั้งแล้วค่ะ รอประมาณ {minutes} นาทีแล้วส่งใหม่ "
        "หรือถามรหัสห้องจากผู้สอนอีกครั้งนะคะ",
        "en": "The class codes you sent did not match a class a few times. Please wait about {minutes} "
        "minutes and send it again, or check the code with your mentor.",
    },
    "class_unknown": {
        "vi": "Tôi không tìm thấy lớp có mã này. Bạn hỏi lại người hướng dẫn mã lớp nhé.",
        "th": "ไม่พบห้องที่มีรหัสนี้ค่ะ รบกวนถามรหัสห้องจากผู้สอนอีกครั้งนะคะ",
        "en": "I could not find a class with that code. Please check the code with your mentor.",
    },
    "text_only": {
        "vi": "Hiện tôi mới đọc được tin nhắn chữ. Bạn gõ câu hỏi bằng chữ giúp tôi nhé.",
        "th": "ตอนนี้ฉันอ่านได้เฉพาะข้อความตัวอักษรค่ะ รบกวนพิมพ์คำถามเป็นข้อความนะคะ",
        "en": "For now I can only read text messages. Please type your question.",
    },
    "welcome_quiz": {"vi": "Làm bài ôn tập ngắn", "th": "ทำแบบทดสอบสั้น ๆ", "en": "Take a short quiz"},
    "quiz_again": {"vi": "Ôn tiếp", "th": "ทบทวนต่อ", "en": "Practise more"},
    "quiz_start_topic": {"vi": "Ôn: {topic}", "th": "ทบทวน: {topic}", "en": "Practise: {topic}"},
    "quiz_back": {"vi": "Quay lại câu hỏi", "th": "กลับไปที่คำถาม", "en": "Back to the question"},
    "quiz_empty": {
        "vi": "Chưa có câu hỏi ôn tập cho chủ đề này.",
        "th": "ยังไม่มีคำถามทบทวนสำหรับหัวข้อนี้ค่ะ",
        "en": "There are no practice questions for this topic yet.",
    },
    "progress_title": {"vi": "Tiến bộ của bạn:", "th": "ความก้าวหน้าของคุณ", "en": "Your progress:"},
    "progress_mastered": {"vi": "đã vững ✓", "th": "เข้าใจดีแล้ว ✓", "en": "mastered ✓"},
    "progress_learning": {"vi": "đang học", "th": "กำลังเรียน", "en": "learning"},
    "progress_new": {"vi": "chưa ôn", "th": "ยังไม่ได้ทบทวน", "en": "not started"},
    "progress_answers": {"vi": "{n} câu", "th": "{n} ข้อ", "en": "{n} answers"},
    "progress_due": {
        "vi": "Có {n} câu đến hạn ôn lại.",
        "th": "มี {n} ข้อถึงเวลาทบทวนแล้วค่ะ",
        "en": "{n} questions are due for review.",
    },
    "progress_next": {
        "vi": "Lần ôn tới: {date}.",
        "th": "ทบทวนครั้งต่อไป: {date}",
        "en": "Next review: {date}.",
    },
    "practice_scam_quiz": {
        "vi": "Luyện nhận biết lừa đảo",
        "th": "ฝึกรู้ทันมิจฉาชีพ",
        "en": "Practise spotting scams",
    },
    "which_country": {
        "vi": "Bạn đang ở Việt Nam hay Thái Lan? Số điện thoại và các bước ở hai nước khác nhau.",
        "th": "ตอนนี้อยู่ประเทศเวียดนามหรือไทยคะ เบอร์โทรและขั้นตอนของสองประเทศไม่เหมือนกัน",
        "en": "Are you in Vietnam or Thailand? The hotlines and steps are different in each country.",
    },
    "read_more": {"vi": "Đọc bài: {title}", "th": "อ่านบทเรียน: {title}", "en": "Read the lesson: {title}"},
    "steer_outside": {
        "vi": "Hiện bạn không ở trong bài hướng dẫn nào. Bạn muốn làm lại bài vừa rồi, hay chọn một chủ đề?",
        "th": "ตอนนี้ยังไม่ได้อยู่ในบทเรียนแบบทีละขั้นค่ะ จะทำบทเดิมอีกครั้ง หรือเลือกหัวข้อใหม่คะ",
        "en": "You are not in a step-by-step guide right now. "
        "Go through the last one again, or pick a topic?",
    },
    "offer_emergency": {
        "vi": "Tôi đã chuyển tiền / đọc mã rồi",
        "th": "ฉันโอนเงิน / บอกรหัสไปแล้ว",
        "en": "I already sent money / shared a code",
    },
    "offer_check": {"vi": "Kiểm tra một tin nhắn", "th": "ตรวจข้อความ", "en": "Check a message"},
    "paste_message": {
        "vi": "Bạn dán (hoặc chép lại) tin nhắn đáng ngờ vào đây, tôi sẽ chỉ ra các dấu hiệu lừa đảo.",
        "th": "วางหรือพิมพ์ข้อความที่น่าสงสัยมาที่นี่ได้เลยค่ะ ฉันจะชี้จุดที่เป็นสัญญาณมิจฉาชีพให้ดู",
        "en": "Paste (or type out) the suspicious message here and I will point out any signs of a scam.",
    },
    "talk_to_person": {"vi": "Gặp người thật", "th": "คุยกับเจ้าหน้าที่", "en": "Talk to a person"},
    "handoff_done": {
        "vi": "Tôi đã chuyển cuộc trò chuyện này cho tình nguyện viên của Tổ công nghệ số cộng đồng. "
        "Một người thật sẽ đọc các tin nhắn vừa rồi và trả lời bạn ngay tại đây. {wait} "
        "Trong lúc chờ, bạn vẫn hỏi tôi được. Không ai trong nhóm hỏi mã OTP hay mật khẩu của bạn.",
        "th": "ฉันส่งบทสนทนานี้ให้อาสาสมัครดิจิทัลแล้วค่ะ คนจริงจะอ่านข้อความที่ผ่านมาและตอบคุณที่นี่ {wait} "
        "ระหว่างรอ ถามฉันต่อได้นะคะ อย่าบอกรหัส OTP หรือรหัสผ่านกับใคร แม้แต่กับทีมงาน",
        "en": "I have passed this conversation to a volunteer from the community digital-skills team. A real "
        "person will read the messages so far and reply to you right here. {wait} Meanwhile you can keep "
        "asking me. Nobody from the team will ask for your OTP or password.",
    },
    "handoff_wait": {
        "vi": "Gần đây mọi người thường chờ khoảng {minutes} phút.",
        "th": "ช่วงนี้ปกติรอประมาณ {minutes} นาทีค่ะ",
        "en": "Lately people have waited about {minutes} minutes.",
    },
    "handoff_wait_unknown": {
        "vi": "Nếu chưa ai rảnh, tôi sẽ báo bạn.",
        "th": "ถ้ายังไม่มีใครว่าง ฉันจะบอกคุณค่ะ",
        "en": "If nobody is free soon, I will tell you.",
    },
    "handoff_nobody_yet": {
        "vi": "Xin lỗi, chưa có tình nguyện viên nào rảnh. Yêu cầu của bạn vẫn được giữ, ai rảnh sẽ trả lời "
        "tại đây. Nếu việc gấp, bạn xem cách liên hệ dưới đây.",
        "th": "ขออภัยค่ะ ตอนนี้ยังไม่มีอาสาสมัครว่าง คำขอของคุณยังอยู่ ใครว่างจะตอบที่นี่ ถ้าเรื่องด่วน ดูช่องทางติดต่อด้านล่างนะคะ",
        "en": "Sorry, no volunteer is free yet. Your request stays open and whoever is free will reply here. "
        "If it is urgent, see how to get help below.",
    },
    "handoff_closed": {
        "vi": "{name} đã kết thúc cuộc trò chuyện. Bạn lại nói chuyện với trợ lý, cứ hỏi tiếp nhé.",
        "th": "{name} จบการสนทนาแล้วค่ะ ตอนนี้คุณคุยกับผู้ช่วยอีกครั้ง ถามต่อได้เลย",
        "en": "{name} has closed the conversation. You are back with the assistant: ask away.",
    },
    "handoff_urgent": {
        "vi": "Nếu bạn vừa mất tiền hoặc lộ mã OTP, đừng chờ: gọi ngay số tổng đài in trên thẻ ngân hàng.",
        "th": "ถ้าเพิ่งเสียเงินหรือบอกรหัส OTP ไป อย่ารอนะคะ โทรหาธนาคารทันทีด้วยเบอร์หลังบัตร",
        "en": "If you have just lost money or shared a code, don't wait: "
        "call the number on the back of your bank card now.",
    },
    "choose_language": {
        "vi": "Bạn muốn tôi nói tiếng nào?",
        "th": "อยากให้ฉันใช้ภาษาอะไรคะ",
        "en": "Which language would you like?",
    },
    "language_set": {
        "vi": "Vâng, từ giờ tôi nói tiếng Việt. Bạn muốn hỏi gì?",
        "th": "ได้ค่ะ ต่อจากนี้ฉันจะใช้ภาษาไทย อยากถามเรื่องอะไรคะ",
        "en": "All right, I'll speak English from now on. What would you like to ask?",
    },
    "emergency_intro": {
        "vi": "Làm ngay những việc này, theo thứ tự:",
        "th": "ทำสิ่งเหล่านี้ทันที ตามลำดับค่ะ",
        "en": "Do these things now, in this order:",
    },
    "emergency_not_yet": {
        "vi": "Nếu bạn chưa chuyển tiền, chưa đọc mã, chưa cài ứng dụng nào: đừng làm theo lời họ nữa. "
        "Cúp máy, rồi tự gọi số tổng đài chính thức để hỏi.",
        "th": "ถ้ายังไม่ได้โอนเงิน ยังไม่ได้บอกรหัส หรือยังไม่ได้ติดตั้งแอป อย่าทำตามที่เขาบอกนะคะ "
        "วางสาย แล้วโทรถามเองด้วยเบอร์ทางการค่ะ",
        "en": "If you have not sent money, shared a code or installed an app yet: don't. "
        "Hang up, then call the official number yourself to check.",
    },
    "scam_likely": {
        "vi": "Tin này có nhiều dấu hiệu lừa đảo. Tôi thấy:",
        "th": "ข้อความนี้มีสัญญาณของมิจฉาชีพหลายอย่างค่ะ ฉันพบว่า",
        "en": "This has several signs of a scam. I found:",
    },
    "scam_suspicious": {
        "vi": "Tin này có dấu hiệu đáng ngờ. Tôi thấy:",
        "th": "ข้อความนี้มีจุดน่าสงสัยค่ะ ฉันพบว่า",
        "en": "This has a suspicious sign. I found:",
    },
    "scam_no_signs": {
        "vi": "Tôi không thấy dấu hiệu lừa đảo quen thuộc. Nhưng tôi không chắc chắn được. "
        "Nếu ai đòi tiền, mã OTP hay bảo bấm link, hãy dừng lại và hỏi người thân.",
        "th": "ฉันไม่พบสัญญาณมิจฉาชีพที่พบบ่อย แต่ก็ไม่แน่ใจร้อยเปอร์เซ็นต์ค่ะ "
        "ถ้ามีใครขอเงิน ขอรหัส OTP หรือให้กดลิงก์ ให้หยุดก่อนแล้วถามคนในครอบครัว",
        "en": "I found none of the usual signs of a scam, but I cannot be sure. "
        "If anyone asks for money or a code, or to tap a link, stop and ask someone you trust.",
    },
    "scam_do_now": {
        "vi": "Bây giờ: đừng bấm link, đừng cài ứng dụng, đừng gọi lại số trong tin, không chuyển tiền, "
        "không đọc mã OTP. Muốn hỏi cho chắc, tự gọi số tổng đài chính thức (in trên thẻ hoặc hóa đơn).",
        "th": "ตอนนี้: อย่ากดลิงก์ อย่าติดตั้งแอป อย่าโทรกลับเบอร์ในข้อความ อย่าโอนเงิน อย่าบอกรหัส OTP "
        "ถ้าอยากตรวจสอบ ให้โทรเบอร์ทางการเอง (เบอร์หลังบัตรหรือในใบแจ้งหนี้)",
        "en": "For now: don't tap the link, don't install anything, "
        "don't call back the number in the message, "
        "don't send money, don't share any code. To check, call the official number yourself "
        "(printed on your card or bill).",
    },
    "scam_report": {
        "vi": "Báo cáo ở đâu:",
        "th": "แจ้งได้ที่ไหน",
        "en": "Where to report it:",
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
    "unclear": {
        "vi": 'Tôi chưa hiểu ý bạn. Bạn gõ câu hỏi bằng chữ giúp tôi nhé, ví dụ: "cách cài VNeID".',
        "th": 'ฉันยังไม่เข้าใจค่ะ ช่วยพิมพ์คำถามเป็นตัวหนังสือหน่อยนะคะ เช่น "วิธีติดตั้ง ThaID"',
        "en": "I did not understand that. Please type your question in words, for example "
        '"how do I install VNeID".',
    },
    "cannot_check": {
        "vi": "Xin lỗi, tôi chưa kiểm tra được tin nhắn này nên không xử lý nó. "
        "Bạn gửi lại ngắn hơn giúp tôi nhé.",
        "th": "ขอโทษค่ะ ฉันตรวจข้อความนี้ไม่ทัน จึงไม่ได้ใช้ข้อความนี้ ช่วยส่งใหม่ให้สั้นลงหน่อยนะคะ",
        "en": "Sorry, I could not check this message, so I did not use it. Please send it again, shorter.",
    },
    "rate_limited": {
        "vi": "Bạn gửi nhanh quá. Bạn chờ một chút rồi gửi lại nhé.",
        "th": "ส่งข้อความเร็วเกินไปค่ะ รอสักครู่แล้วส่งใหม่นะคะ",
        "en": "You are sending messages very fast. Please wait a moment and send again.",
    },
    "too_long": {
        "vi": "Tin nhắn dài quá. Bạn gửi ngắn hơn giúp tôi nhé.",
        "th": "ข้อความยาวเกินไป ช่วยส่งให้สั้นลงหน่อยนะคะ",
        "en": "That message is too long. Please send a shorter one.",
    },
}

FLAG_TEXTS: dict[str, dict[str, str]] = {
    "urgency": {
        "vi": "Hối thúc, dọa khóa, dọa phạt",
        "th": "เร่งรีบ ขู่ว่าจะระงับหรือปรับ",
        "en": "Pressure or threats",
    },
    "authority": {
        "vi": "Xưng là cơ quan, ngân hàng hay công ty",
        "th": "อ้างว่าเป็นหน่วยงาน ธนาคาร หรือบริษัท",
        "en": "Claims to be an agency, bank or company",
    },
    "link": {"vi": "Có đường link để bấm", "th": "มีลิงก์ให้กด", "en": "A link to tap"},
    "apk": {
        "vi": "Bảo cài ứng dụng ngoài kho chính thức",
        "th": "ให้ติดตั้งแอปนอกสโตร์ทางการ",
        "en": "Asks you to install an app from outside the official store",
    },
    "otp_request": {"vi": "Đòi mã OTP", "th": "ขอรหัส OTP", "en": "Asks for a one-time code"},
    "credentials_request": {
        "vi": "Đòi mật khẩu, số thẻ, ảnh căn cước hay khuôn mặt",
        "th": "ขอรหัสผ่าน เลขบัตร รูปบัตร หรือสแกนหน้า",
        "en": "Asks for a password, card number, ID photos or your face",
    },
    "money_request": {
        "vi": "Đòi chuyển tiền hoặc đóng phí",
        "th": "ให้โอนเงินหรือจ่ายค่าธรรมเนียม",
        "en": "Asks for money or a fee",
    },
    "too_good": {
        "vi": "Hứa quà, tiền, lãi cao",
        "th": "สัญญาว่าจะได้รางวัล เงิน หรือกำไรสูง",
        "en": "Too good to be true",
    },
    "secrecy": {"vi": "Bảo giữ bí mật", "th": "ให้เก็บเป็นความลับ", "en": "Asks you to keep it secret"},
    "odd_sender": {
        "vi": "Người gửi lạ: số cá nhân, Zalo riêng, tên miền giả",
        "th": "ผู้ส่งแปลก: เบอร์ส่วนตัว ไลน์ส่วนตัว หรือเว็บปลอม",
        "en": "Odd sender: a personal number or chat, or a look-alike web address",
    },
    "lookalike_link": {
        "vi": "Link giả địa chỉ chính thức",
        "th": "ลิงก์ปลอมเลียนแบบเว็บทางการ",
        "en": "A link dressed up as an official address",
    },
    "impersonated_contact": {
        "vi": "Giả người quen để mượn tiền hay xin mã",
        "th": "แอบอ้างเป็นคนรู้จักเพื่อยืมเงินหรือขอรหัส",
        "en": "Pretends to be someone you know, asking for money or codes",
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


def flag_text(flag: str, lang: str) -> str:
    variants = FLAG_TEXTS[flag]
    return variants.get(lang) or variants["en"]


def topic_title(topic: str, lang: str) -> str:
    variants = TOPIC_TITLES.get(topic, {})
    return variants.get(lang) or variants.get("en") or topic
