"""Decide which flow answers a message, weighing what the NLU understood, what the message's own
words show, and where the conversation is.

The order encodes priorities: someone who has just lost money gets the emergency steps before
anything else; inside a walkthrough, "tiếp" means the next step; a pasted message is checked even
if the learner did not ask. The two alarming flows (emergency steps, a scam verdict) need more
than one weak label. The emergency steps need a classifier that is sure the learner was harmed
(it learnt from the development routing sets, where "a question *about* money" and "I *lost*
money" sit side by side), or harm said in words ("tôi lỡ chuyển", "I read the code to him") that
the classifier does not contradict, or that retrieval answers with the lesson on what to do after
that very harm; a denial ("chưa chuyển"), a call hung up on ("mẹ tôi cúp máy luôn"), the learner's
own code typed here, money that came in "by mistake" or a sender's "mẹ chuyển giúp con…" holds it
back, and so does a question about a friend's message, about how scams fool people or about what
banks ever do. A phone run or watched by a stranger, told as done, needs nothing more. A verdict
needs a message to judge: pasted or forwarded, not retold ("someone called me and said…" gets
the lesson, the check one button away). When the evidence is mixed the learner gets the best
lesson and one button to the other path. Short keyword lists back up the NLU for the few words
that steer a conversation ("tiếp", "dừng", "ต่อไป"), so steering still works when the NLU server
is down.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Literal

from bot import class_codes
from bot.links.domains import check_link
from bot.links.phones import asks_about_number, find_numbers
from bot.links.urls import find_links
from bot.routing.evidence import ASKS_HOW, PHONE, Cues, learners_words, read_cues
from bot.routing.thresholds import Thresholds, load_thresholds
from bot.state import ConversationState
from knowledge.retriever import Hit
from knowledge.text import fold_latin
from nlu.client import NluResult
from quizzes.answers import choice_letter

Flow = Literal[
    "command",
    "emergency",
    "walkthrough",
    "stop_walkthrough",
    "scam_check",
    "handoff",
    "held",
    "change_language",
    "small_talk",
    "bot_challenge",
    "start_walkthrough",
    "decline",
    "choose",
    "quiz",
    "join_class",
    "unclear",
    "glossary",
    "steer",
    "answer",
]
Move = Literal["next", "previous", "repeat", "simpler"]

MIN_CONFIDENCE = 0.5
MAX_NUMBER_QUESTION = 300
SMALL_TALK_MIN_CONFIDENCE = 0.7
OFFER_EMERGENCY, OFFER_CHECK = "offer_emergency", "offer_check"

MOVE_INTENTS: dict[str, Move] = {
    "next_step": "next",
    "previous_step": "previous",
    "repeat": "repeat",
    "simpler": "simpler",
}
MOVE_WORDS: dict[str, frozenset[str]] = {
    "next": frozenset(
        "tiep|tiep theo|tiep tuc|lam tiep|buoc tiep|buoc tiep theo|roi sao nua|xong roi|next|continue|go on"
        "|ต่อไป|ต่อ|ถัดไป|ทำต่อ|ขั้นต่อไป".split("|")
    ),
    "previous": frozenset(
        "quay lai|lui lai|buoc truoc|tro lai|back|go back|previous|ย้อนกลับ|ก่อนหน้า|กลับ".split("|")
    ),
    "repeat": frozenset(
        "nhac lai|lap lai|noi lai|doc lai|chua nghe ro|repeat|again|say again|พูดอีกครั้ง|อีกครั้ง|ทวน|ทวนอีกที".split(
            "|"
        )
    ),
    "simpler": frozenset(
        "de hieu hon|noi de hieu hon|kho hieu qua|khong hieu|chua hieu|simpler|more simply|i don't understand"
        "|ไม่เข้าใจ|ง่ายกว่านี้|อธิบายง่ายๆ|อธิบายง่ายกว่านี้".split("|")
    ),
}
# "quay lại câu hỏi", "กลับไปที่คำถาม", "back to the quiz": while a quiz is open, its question again.
BACK_TO_QUIZ = re.compile(
    r"(?:quay|tro|lui)? ?(?:lai|ve)? ?(?:ve )?(?:cau hoi|bai on|bai on tap|bai kiem tra|bai trac nghiem)"
    r"|(?:lam|tiep) (?:tiep|tuc) (?:cau hoi|bai on|bai on tap|bai kiem tra)"
    r"|กลับ ?ไป ?(?:ที่ ?)?(?:คำถาม|ข้อ ?สอบ|แบบ ?ทดสอบ|ทำแบบทดสอบ)|ทำแบบทดสอบต่อ"
    r"|(?:(?:go )?back to|return to|continue) (?:the |my )?(?:question|quiz)"
)
STOP_WORDS = frozenset("dung|dung lai|thoi|ngung|thoi khong hoc nua|stop|quit|หยุด|พอแล้ว|พอก่อน".split("|"))
PARTICLES = re.compile(
    r"\b(a|nhe|nha|di|oi|voi|giup toi|giup|please|ạ)\b|ครับ|ค่ะ|คะ|นะ|จ้า|จ้ะ|หน่อย|[.!?,…]+", re.IGNORECASE
)

HANDOFF = re.compile(
    # ("gọi video vài giây rồi tắt thì có chắc là người thật không" asks about a caller, not for a person.)
    r"(?<!la )(?<!phai )(?<!chac )nguoi that|gap (can bo|nguoi|nhan vien)|noi chuyen voi nguoi"
    r"|talk to (a )?(person|human|someone)"
    r"|real person|คุยกับคน|ขอคุยกับเจ้าหน้าที่|ติดต่อเจ้าหน้าที่"
    # A call back asked for: "I'd like someone to call me back, this chat is too hard", "nhờ ai gọi
    # lại cho bác", "ขอให้เจ้าหน้าที่โทรกลับหน่อย".
    r"|\b(like|want|need|ask for|can|could|please|pls)\b.{0,30}\b(call|ring|phone) me( back)?\b"
    r"|\b(call|ring|phone) me back\b"
    r"|\b(nho|muon|can|xin|cho|de nghi)\b.{0,25}\bgoi (dien )?(lai )?(cho|ve cho) (toi|tui|bac|ba|ong|minh"
    r"|em|co|chu)\b|ขอ(ให้)?(เจ้าหน้าที่|คน|พนักงาน)?.{0,10}โทรกลับ"
    # Someone real asked after, or a call asked for as a question: "có ai thật ở đây không, gọi điện cho
    # tôi được không", "is there an actual person here?", "มีคนจริงๆ ไหม", "โทรหายายได้ไหม".
    r"|\bco ai (that|that su|la nguoi that)\b|\bgoi (dien )?(lai )?cho (toi|tui|bac|ba|ong|minh|em|co|chu)"
    r" (duoc|dc|dk) (khong|ko|k|hong)\b"
    r"|\b(is there|are there|is anyone|anyone|anybody|someone) (an? )?(real|actual|live)"
    r" (person|human|people|one)?"
    r"|มีคน(จริง|จริงๆ|ตัวจริง).{0,10}(ไหม|มั้ย|หรือเปล่า)|โทร(หา|มาหา)(ยาย|ตา|ผม|ฉัน|ป้า|ลุง|หนู).{0,10}(ได้ไหม|ได้มั้ย)",
    re.IGNORECASE,
)
SWITCH_LANGUAGE = re.compile(
    r"\b(switch|change) (to|into) (english|vietnamese|thai)\b|\b(doi|chuyen) (sang|qua) tieng (viet"
    r"|anh|thai)\b"
    r"|เปลี่ยนเป็นภาษา(ไทย|อังกฤษ|เวียดนาม)"
    # The language to answer in: "từ giờ trả lời bằng tiếng Anh", "reply in Thai from now on",
    # "ตอบเป็นภาษาอังกฤษ".
    r"|\b(tra loi|rep|nhan tin|chat|giai thich|huong dan|noi chuyen)( lai)?( (cho|voi) (toi|tui|minh|em"
    r"|bac|ba|ong|co|chu))? (bang|qua) tieng (viet|anh|thai)\b"
    r"|\b(reply|answer|respond|write|explain|talk|chat|text)( to me| back)? in (english|vietnamese|thai)\b"
    r"|(ตอบ|คุย|พิมพ์|อธิบาย)(เป็น)?ภาษา(ไทย|อังกฤษ|เวียดนาม)",
    re.IGNORECASE,
)
# A short message naming a language as a language ("tiếng Anh", "ภาษาไทย", "in English", "Thai
# please") asks for it; one that names a country, a people or a dish ("Việt Nam đá với Thái Lan",
# "my Thai visa", "pad thai") does not, nor one asking where, when, how much or what it means.
LANGUAGE_REQUEST = re.compile(
    r"\btieng (viet|anh|thai)\b|ภาษา(ไทย|อังกฤษ|เวียดนาม)"
    r"|\b(in|into|to|speak|speaks|use|using) (english|vietnamese|thai)\b"
    r"|^\W*(english|vietnamese|thai)( language| only| pls)?\W*$|\b(english|vietnamese|thai) language\b",
    re.IGNORECASE,
)
ASKS_SOMETHING_ELSE = re.compile(
    r"\b(o dau|bao nhieu|may gio|the nao|nghia la|how (do|to|can|much|many)|where|when|what)\b"
    r"|ที่ไหน|เท่าไหร่|อย่างไร|แปลว่า",
    re.IGNORECASE,
)
# A language as the thing asked about, not the one to talk in: a phrase to translate ("dịch câu
# 'cảm ơn bác sĩ' sang tiếng Nhật", "แปลประโยคนี้เป็นภาษาญี่ปุ่น") or a language to learn ("cách học
# tiếng Anh", "learn Thai fast", "เรียนภาษาอังกฤษ"). Neither is small talk for the thanks quoted in it,
# nor a request to switch; "học bằng tiếng Anh" (to learn *in* English) still is one.
ABOUT_A_LANGUAGE = re.compile(
    r"(?<!giao )(?<!chuyen )(?<!phien )\bdich (giup|gium|dum|ho|cho|cau|tu|doan|cum tu|cai cau|sang|qua)\b"
    r"|(?<!giao )\bdich .{0,60}\b(sang|qua) tieng (nhat|han|trung|phap|duc|nga|lao|khmer|anh|viet|thai)\b"
    r"|\btranslat(e|ed|ing|ion)\b|\bhow (do you|do i|to) say\b"
    r"|\b(hoc|day|luyen|on) (noi |giao tiep )?tieng (anh|viet|thai)\b"
    r"|\b(learn|learning|study|studying|practi[cs]e|practi[cs]ing|improve|teach|teaching) (my |some |basic )?"
    r"(english|vietnamese|thai)\b"
    r"|ช่วยแปล|แปล(ประโยค|คำ|ข้อความ|เป็น|ให้|หน่อย)|(เรียน|ฝึก|สอน)(พูด)?ภาษา(ไทย|อังกฤษ|เวียดนาม)"
    # How a word is said in a language: "tiếng Thái nói xin chào thế nào", "'cảm ơn' tiếng Anh là gì",
    # "what's the Thai word for…", "ภาษาอังกฤษพูดว่าอะไร".
    r"|\btieng (anh|viet|thai|nhat|han|trung|phap) (noi|goi|viet|doc|chao|cam on)\b.{0,40}\b(the nao|sao"
    r"|ra sao|la gi|gi)\b|\btieng (anh|viet|thai|nhat|han|trung|phap) (goi |nghia |noi |viet )?la gi\b"
    r"|\b(noi|viet|doc|goi)\b.{0,40}\b(bang|trong) tieng (anh|viet|thai|nhat|han|trung|phap) (nhu )?(the nao"
    r"|ra sao|la gi|sao)\b"
    r"|\bhow (do you|do i|to|would you) (write|spell|pronounce)\b"
    r"|\bthe (english|thai|vietnamese) (word|for)\b"
    r"|ภาษา(ไทย|อังกฤษ|เวียดนาม|ญี่ปุ่น|จีน|เกาหลี)(พูด|เรียก|เขียน)?ว่า(อะไร|ยังไง|อย่างไร)",
    re.IGNORECASE,
)

# A wish that closes (or opens) a chat, asking nothing: "Chúc buổi tối vui vẻ", "chúc bác ngủ ngon",
# "have a good evening", "ราตรีสวัสดิ์", "ขอให้มีความสุขนะ". Small talk whatever the classifier hears
# in it; one wishing a good morning greets.
WISH = re.compile(
    r"^(\w+ ){0,2}chuc\b.{0,40}\b(vui ve|ngu ngon|tot lanh|an lanh|suc khoe|may man|binh an|thanh cong"
    r"|vui)$"
    r"|^(\w+ ){0,2}(have (a )?(nice|good|great|lovely|wonderful) (day|evening|night|weekend|one)|good ?night"
    r"|sweet dreams)\b(?!.{0,40}\?)"
    r"|^(\w+ ){0,2}(ราตรีสวัสดิ์|ฝันดี|ขอให้.{0,30}(มีความสุข|โชคดี|สุขภาพแข็งแรง))"
    # A season's wish, anywhere after "chúc": "Chúc cháu năm mới mạnh khỏe, làm ăn phát đạt", "happy
    # new year to you and your family", "สวัสดีปีใหม่".
    r"|^(\w+ ){0,2}chuc\b(?!.{0,60}\b(khong|ko|sao|gi|nao|hoi)\b).{0,40}\b(nam moi|manh khoe|phat dat"
    r"|an khang|thinh vuong|hanh phuc|van su nhu y|nhu y|giang sinh|trung thu)\b"
    r"|^(\w+ ){0,2}(happy new year|merry christmas|season's greetings|happy (lunar new year|tet|songkran))\b"
    r"(?!.{0,40}\?)"
    r"|^(\w+ ){0,2}(สวัสดีปีใหม่|สุขสันต์วัน(ปีใหม่|สงกรานต์|คริสต์มาส))",
    re.IGNORECASE,
)
MORNING = re.compile(r"\b(buoi sang|good morning)\b|อรุณสวัสดิ์")
MAX_WISH = 60
# A greeting with a word about the learner, asking nothing: "chào cháu, bác mới tập dùng điện
# thoại", "hi, I'm new to smartphones", "สวัสดีค่ะ เพิ่งหัดใช้มือถือ". Small talk whatever the
# classifier hears in it; one that asks for anything ("chào cháu, bác muốn hỏi…") is not.
GREETING = re.compile(
    r"^(xin chao|chao|alo|hello|hi|hey|good (morning|afternoon|evening)|สวัสดี)\b", re.IGNORECASE
)
WANTS_SOMETHING = re.compile(
    r"\b(hoi|giup|nho|muon|can|cach|lam sao|huong dan|chi (cho|giup)|bi|mat|lua|help|how|need|ask"
    r"|want(?!(ed)? to (chat|talk))|question|can you|could you|scam\w*|lost)\b|ช่วย|ถาม|อยาก|ยังไง|อย่างไร|หลอก",
    re.IGNORECASE,
)
MAX_GREETING = 70
# Asking after the assistant, as one asks a grandchild: "Em khỏe không?", "hi cháu, khỏe không",
# "how are you today?", "สบายดีไหม". A greeting, though it closes on a question.
HOW_ARE_YOU = re.compile(
    r"^(\w+ ){0,3}(co )?khoe (khong|ko|k|hong|chu|khong vay)$|^(\w+ ){0,2}how are you( doing| today)?$"
    r"|^(\w+ ){0,2}สบายดี(ไหม|มั้ย|หรือเปล่า)"
)
# Asking only for company: "nói chuyện chút cho vui", "tâm sự với bác tí", "just want to chat",
# "คุยเล่นหน่อย".
CHAT_REQUEST = re.compile(
    r"\b(noi chuyen|tro chuyen|tam su|tan gau|chat)\b.{0,20}\b(cho vui|chut|ti|xiu|mot lat|cho do buon)\b"
    r"|\bjust (want(ed)? to |wanna )?(chat|talk)\b|\b(chat|talk) (with me )?for a (bit|while)\b"
    r"|คุยเล่น|คุยเป็นเพื่อน",
    re.IGNORECASE,
)

# A mood told, nothing asked: "hôm nay bác vui lắm", "dạo này bà buồn quá", "I'm so happy today",
# "วันนี้ยายมีความสุขมาก"; a greeting whatever the classifier hears in it.
MOOD = re.compile(
    r"^(hom nay |dao nay |nay |sang nay |chieu nay |toi nay )?(toi|tui|minh|bac|ba|ong|chu|co|me|bo|em|con)"
    r"( thay| cam thay)? (vui|buon|met|khoe|hanh phuc|co don|chan|yeu doi)( qua| lam| ghe| that| the| ghe gom"
    r"| vo cung)*( chau| con| em| a| nha| nhe)?$"
    r"|^(i'm|i am|i feel|feeling)( so| very| really| quite)? (happy|sad|lonely|tired|good|great|bored"
    r"|cheerful)( today| this morning| tonight| now)?$"
    r"|^(วันนี้)?(ยาย|ตา|ป้า|ลุง|ผม|ฉัน|หนู)?(มีความสุข|ดีใจ|เหงา|เศร้า|เหนื่อย|สบายใจ)(มาก|จัง|จริงๆ)*$"
)
# The assistant's name asked, as one asks a grandchild: "Cháu tên gì vậy", "what's your name?",
# "หนูชื่ออะไรจ๊ะ".
ASKS_NAME = re.compile(
    r"^(\w+ ){0,3}(chau|em|con|ban|bot|may) ten (la )?gi\b|^(\w+ ){0,3}(what'?s|what is) your name\b"
    r"|^(\w+ ){0,2}(หนู|น้อง|คุณ|เธอ|บอท)ชื่ออะไร"
)
# A reply that takes the advice to try it alone: "ok con, để bà làm thử", "vâng, bác tự làm xem", "ok,
# let me try", "โอเค เดี๋ยวยายลองทำดู". Thanks in all but words, whatever the classifier hears.
WILL_TRY = re.compile(
    r"^(ok|oke|okay|uh|u|vang|da|duoc|duoc roi|hieu roi|roi)( (con|chau|em|ban))?( de| cho)? (toi|tui|minh"
    r"|bac|ba|ong|chu|co|me|bo|em) (tu )?(lam|thu)( thu| xem| lai)*$"
    r"|^(ok|okay|alright|right|sure)( then)? (let me|i'll|i will) (try|have a go|give it a (go|try))"
    r"( (it|now|myself|later))*$"
    r"|^((โอเค|ได้|ค่ะ|ครับ) ?)*(เดี๋ยว)?(ยาย|ตา|ป้า|ลุง|ผม|ฉัน|หนู)?(จะ)?ลอง(ทำ)?ดู(ก่อน)?$"
)
# A bare acknowledgement with no lesson on offer: "ok cháu", "vâng ạ", "dạ được rồi", "alright then",
# "โอเคจ้ะ". Thanks in all but words; with a lesson on offer, "ok" still starts its walkthrough.
# ...and so is one that says what was understood: "ok cháu, bác biết rồi", "vâng, bà hiểu rồi", "ok, I
# understand now", "โอเค ยายเข้าใจแล้ว".
ACKNOWLEDGED = re.compile(
    r"^(da |vang )?(ok|oke|okie|okay|ok ok|vang|da|u|uh|uhm|duoc|duoc roi|hieu roi|biet roi|alright|all right"
    r"|got it|i see|โอเค|ได้เลย|เข้าใจแล้ว|รับทราบ)( (con|chau|em|ban|then|dear|จ้ะ|จ้า|จ๊ะ))*"
    r"( ?(toi|tui|minh|bac|ba|ong|chu|co|me|bo|em|i|ยาย|ตา|ป้า|ลุง|ผม|ฉัน)( da| cung)? ?(biet|hieu|nho|ro"
    r"|understand|get it|see|know|เข้าใจ|รู้)( roi| het roi| now| it now)?(แล้ว)?( (nhe|nha|con|chau|em))*)?$"
)
# Leaving for a chore, the lesson put off: "ok cháu, bác đi nấu cơm đây, mai học tiếp", "I'm off to
# cook dinner, talk tomorrow", "ยายไปทำกับข้าวก่อนนะ พรุ่งนี้มาเรียนต่อ". A goodbye whatever the
# classifier hears. ("đi" is read as a particle and dropped before this is matched.)
LEAVING = re.compile(
    r"^(\w+ ){0,3}(toi|tui|minh|bac|ba|ong|chu|co|me|bo|em) (phai |xin phep |can )?(di )?(nau com|an com"
    r"|ngu|tam|cho|nghi|don nha|don chau|dua chau|tuoi cay|cung|le|tap the duc)( (day|nhe|nha|roi|a|cai|ti"
    r"|chut))*( (mai|toi|lat nua|chieu|hom khac|hom sau) (hoc|hoi|noi chuyen|lam|nhan tin|tro chuyen)( tiep"
    r"| sau| lai)?)?$"
    r"|^(\w+ ){0,3}(i'm|i am|i've got to|i have to|i must|got to|gotta|i need to) (go|be off|leave|run|off)"
    r"( (now|to \w+( \w+){0,2}))*(,? (talk|speak|chat|see you|learn more|continue|more)( to you)?"
    r"( tomorrow| later| soon)?)?$"
    r"|^(โอเค|ค่ะ|ครับ|จ้ะ)? ?(ยาย|ตา|ป้า|ลุง|ผม|ฉัน)?(ขอตัว)?ไป(ทำกับข้าว|กินข้าว|นอน|อาบน้ำ|ตลาด|วัด|พักผ่อน)(ก่อน)?"
    r"(นะ|จ้ะ|จ้า|ค่ะ|ครับ)* ?((พรุ่งนี้|ไว้)(ค่อย)?(มา)?(เรียน|คุย|ถาม)ต่อ(นะ)?)?$"
)
# A sum or a percentage to work out: "Tính giúp bác 15% của 2 triệu 4 là bao nhiêu", "what's 7% of
# 3,500 baht", "ช่วยคำนวณ 20 เปอร์เซ็นต์ของ 1,500 บาท". The learner's own question, out of the lessons'
# scope, never a message to judge.
CALCULATION = re.compile(
    r"\btinh (giup|gium|dum|ho|thu|xem|nhanh|coi)\b|\b\d+ ?(%|phan tram) (cua|tren)\b"
    r"|\bbao nhieu phan tram\b|\b(calculate|work out)\b|\b\d+ ?(%|percent) of\b"
    r"|\b(what is|what's|how much is) \d+ ?(%|percent|times|plus|minus|divided)"
    r"|ช่วยคำนวณ|คำนวณ(ให้|หน่อย)|(?<!\d)\d+ ?(%|เปอร์เซ็นต์) ?ของ",
    re.IGNORECASE,
)
# Thanks or praise for the help, asking nothing: "Cháu giỏi quá, giải thích dễ hiểu ghê", "cám ơn nhé,
# hôm nay thế là đủ rồi, bác đi nấu cơm đây", "Bà cảm ơn, nhờ cháu mà bà biết…", "thank you, that was
# so clear", "ขอบคุณมากค่ะ เข้าใจง่ายดี". Small talk whatever the classifier hears in it; thanks that
# go on to ask for something ("cảm ơn, giờ chỉ bác cách…") are not.
THANKS = re.compile(
    r"^(\w+ ){0,3}(cam on|cam ta|thank|thanks|thank you|thx|ขอบคุณ|ขอบใจ)"
    # ...or closing the message: "Hôm nay bà vui lắm vì tự quét mã trả tiền được rồi, cảm ơn cháu".
    r"|\b(cam on|cam ta|thank you|thanks)( (chau|con|em|ban|nhe|nha|nhieu|lam|so much|a lot))*$"
    r"|(ขอบคุณ|ขอบใจ)(มาก)?(นะ)?(คะ|ค่ะ|ครับ|จ้ะ|จ้า)?$"
    r"|^(\w+ ){0,3}(gioi|ngoan|hay|tuyet) (qua|ghe|that|lam|the|voi)\b|\b(de hieu (qua|ghe|lam|that|the)"
    r"|(very|so|really) (helpful|clear|useful)|great (job|explanation)|well explained"
    r"|you('re| are) (so )?(smart|clever|great|kind))\b|เก่ง(มาก|จัง)|เข้าใจง่าย",
    re.IGNORECASE,
)
ASKS_FOR_MORE = re.compile(
    r"\b(hoi|chi (cho|giup|bac|toi|tui|minh|em|ba|ong)|huong dan|lam sao|(?<!biet )cach"
    r"|muon (hoi|biet|hoc|lam)|giup (toi|tui|bac|minh|em|ba|ong|voi)|tiep|how|can you|could you|please"
    r"|show me|tell me|what|help|next)\b"
    # ("ช่วยได้เยอะ", it helped a lot; "ไว้มาถามใหม่", I'll ask again some day: nothing asked now)
    r"|ช่วย(?!ได้)|ถาม(?!ใหม่)|อยาก|ยังไง|อย่างไร|ต่อ",
    re.IGNORECASE,
)
MAX_THANKS = 150
# A request for a quiz in words the classifier may not know: "cho bác làm bài kiểm tra về lừa đảo…",
# "thử tài tôi xem tôi có nhận ra tin nhắn lừa đảo không", "đố bà vài câu", "test my scam sense",
# "ขอข้อสอบหน่อย". A check of a message ("kiểm tra tin nhắn này") is no quiz: only a test of the
# learner's knowledge is.
QUIZ_REQUEST = re.compile(
    r"(\b(lam|thi thu|thu) (thu )?(mot |1 |vai |may )?(bai )?(kiem tra|trac nghiem|quiz|test|cau do)"
    r"|\bbai (kiem tra|trac nghiem|quiz|test))\b(?! (khuon mat|sinh trac|guong mat|mat|van tay))"
    r"|\bcau (hoi trac nghiem|trac nghiem|do)\b|\bdo vui\b|\bkiem tra kien thuc\b"
    r"|\b(do|hoi|thu tai|thu) (toi|tui|bac|ba|ong|minh|em|chau|co|chu|con) (vai|may|mot vai|it|mot|1)"
    r" (cau|cau hoi)\b|\bthu tai (toi|tui|bac|ba|ong|minh|em|co|chu)\b|\bra (vai |may |mot vai )?cau hoi\b"
    r"|\b(quiz|test) (me|my|him|her)\b|\b(a|some) (quick |short |little )?(quiz|test) (on|about)\b"
    r"|แบบทดสอบ|ข้อสอบ|คำถามทดสอบ|ควิซ",
    re.IGNORECASE,
)
# A page or an account bearing a hotline's name ("เพจเฟสบุ๊ค 1441 … เป็นของจริงไหม", "a Facebook page
# called 1441"), or how to text or report to a short code ("nhắn tin 5656 … soạn thế nào"): a question
# for the lessons, not who is behind a number.
ABOUT_A_PAGE = re.compile(r"\b(page|fanpage|trang|facebook|fb|face|line|website|web)\b|เพจ|เฟซ|เฟส|ไลน์|เว็บ")
# A hotline named as one ("the 1441 anti-scam hotline", "đường dây nóng 113", "สายด่วน 1441"): the
# service asked about, for the lessons, not who is behind a number.
HOTLINE_NAMED = re.compile(r"\b(hotline|duong day nong)\b|สายด่วน")
HOW_TO_REPORT = re.compile(
    r"\b(soan|cu phap|bao (mot |1 |cac |nhung |may )?(so|sdt|cao|lai)|to cao|phan anh|report\w*|text"
    r"|format)\b"
    # ...or the short number it goes to: "nhắn lên 5656", "gửi tới 156".
    r"|\b(nhan|gui|soan|bao|send|text) (tin )?(len|toi|den|qua|ve|to) \d{3,5}\b|แจ้ง|ร้องเรียน|ส่งข้อความ"
)

# The lessons on what to do right after a harm: money sent, a code given away, an app installed. Harm
# said in words that retrieval answers with one of them has two labels agreeing on it, and needs no
# more from the classifier (which, trained on questions about those lessons, can rule out a victim
# telling the harm through the scheme's details).
AFTER_HARM_LESSONS = frozenset(
    {
        "vi.payments.sent-money-to-scammer",
        "vi.scams.shared-otp-or-clicked-link",
        "vi.scams.malware-already-installed",
        "th.scams.after-sending-money",
        "th.scams.shared-otp-what-now",
        "th.scams.app-installed-what-to-do",
        "en.scams.vietnam-after-sending-money",
        "en.scams.vietnam-shared-otp-what-now",
        "en.scams.thailand-shared-otp-what-now",
    }
)

HARM_APP = re.compile(
    r"\b(cai|tai) .{0,15}(ung dung|app)|\bapk\b|anydesk|ultraviewer|teamviewer|install|ติดตั้ง|โหลดแอป"
)
# The learner's own: "của tôi", "máy mới của bác", "my", "ของผม".
OWNER = re.compile(
    r"\bcua (toi|tui|minh|bac|ba|ong|chu|co|em|con|chau)\b|\b(my|mine)\b|ของ(ผม|ฉัน|หนู|ยาย|ตา|เรา)"
)
HARM_SECRET = re.compile(r"\botp\b|\bma\b|mat khau|\blink\b|\bcode\b|password|\bpin\b|รหัส|ลิงก์")
BOT_CHALLENGE = re.compile(
    r"(la|phai) (nguoi|nguoi that) (hay|hay la) (may|robot|bot)|\b(la|phai) (may|robot|bot) (a|ha|khong|hay)"
    # "Đang nói chuyện với robot đúng không?", "người thật gõ hay là máy tự trả lời vậy?"
    r"|\b(voi|la) (may|robot|bot)( that)? (a|ha|ak|khong|ko|dung khong|phai khong|hay sao)\b"
    r"|\bnguoi that\b.{0,20}\bhay (la )?(may|robot|bot)\b"
    r"|\bare you (a )?(bot|robot|machine|human|real)|คน.{0,8}หรือ.{0,8}(บอท|คอม|เครื่อง|หุ่นยนต์)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Decision:
    flow: Flow
    detail: str = ""  # the move, the small-talk intent, the chosen option, the path offered…


CHOICE = re.compile(r"(?:so |số |bai |option |ข้อ )?([1-9])")


@dataclass(frozen=True)
class Evidence:
    """Everything the router weighs besides the conversation's state."""

    nlu: NluResult | None
    secrets: Collection[str]  # kinds of secret the guard hid in this message
    cues: Cues

    def confidence(self, intent: str) -> float:
        """The classifier's confidence in `intent` if it is its first choice, else 0."""
        if self.nlu is None or self.nlu.intent.name != intent:
            return 0.0
        return self.nlu.intent.confidence

    def ranked(self, intent: str) -> float:
        """The classifier's confidence in `intent` wherever it ranks it; 1 without a classifier,
        so words alone still decide when the NLU server is down."""
        if self.nlu is None:
            return 1.0
        ranking = {i.name: i.confidence for i in (self.nlu.intent, *self.nlu.ranking)}
        return ranking.get(intent, 0.0)

    def confident(self, intent: str, threshold: float) -> bool:
        return self.nlu is not None and self.confidence(intent) >= threshold


def decide(
    text: str,
    nlu: NluResult | None,
    state: ConversationState,
    hits: Sequence[Hit] = (),
    secrets: Collection[str] = (),
    term: str | None = None,
) -> Decision:
    """`hits`: retrieval's best lessons; `secrets`: kinds the guard hid; `term`: the glossary
    term a "what is…?" question names."""
    if text.startswith("/"):
        return Decision("command")
    if not has_words(text):
        return Decision("unclear")
    if (code := class_codes.MENTION.search(fold_latin(text))) and class_codes.looks_like_code(code.group(1)):
        return Decision("join_class", class_codes.canonical(code.group(1)))
    short = normalise_short(text)
    intent = _intent(nlu)
    evidence = Evidence(nlu, secrets, read_cues(text))
    if _harm_done(text, evidence, load_thresholds(), hits):
        return Decision("emergency")
    if state.quiz_item and (choice_letter(text) or intent == "quiz_answer"):
        return Decision("quiz", "answer")
    if state.quiz_item and BACK_TO_QUIZ.fullmatch(short):
        return Decision("quiz", "current")
    if term and (state.walkthrough or not hits):  # mid-walkthrough, a word; else a lesson if any
        return Decision("glossary", term)
    if state.walkthrough and (step := _walkthrough_move(short, intent, state)):
        return step
    if state.choices and (choice := _choice(short, len(state.choices))):
        return Decision("choose", choice)
    if _asks_about_a_number(text, state, evidence.cues):
        return Decision("scam_check", "number")  # "số 0912… gọi xưng công an có thật không"
    if state.checking or _message_to_judge(evidence, load_thresholds()):
        return Decision("scam_check")
    return _by_intent(text, short, intent, state, evidence.cues)


def _harm_done(text: str, evidence: Evidence, thresholds: Thresholds, hits: Sequence[Hit] = ()) -> bool:
    """A classifier that is sure the learner was harmed, or harm said in words the classifier does
    not contradict or that retrieval answers with the lesson on what to do after that very harm
    (unless the message ends asking). A code typed here is the learner's own unless they say they
    gave it away."""
    cues = evidence.cues
    words_unopposed = evidence.ranked("report_scam_victim") >= thresholds.victim_with_words
    # Words of harm inside a pasted message are the sender's, not the learner's; so is what the
    # classifier hears in them ("Cô vui lòng đọc mã OTP…" in quote marks): the learner's own words
    # around the message decide.
    if cues.pasted and (cues.quoted or evidence.confident("ask_is_it_scam", thresholds.scam_confidence)):
        own = read_cues(learners_words(text))
        return (own.happened or own.gave_away) and words_unopposed
    if cues.evident:
        return True
    if cues.asks_recovery and not cues.outright:
        return False  # "…văn phòng luật nhận lấy lại giúp, phí 10%, tin được không": the service asked about
    if cues.happened or cues.gave_away:
        return words_unopposed or cues.outright or (_after_harm_lesson(hits) and not cues.closes_asking)
    if CALCULATION.search(fold_latin(text).lower()):
        return False  # "Tính giúp bác 15% của 2 triệu 4": a sum to work out, with no harm told
    victim = evidence.confidence("report_scam_victim")
    # A denial, money that came in by mistake or went out by the learner's slip, a sender's request
    # to pay, a question whether the caller was who they seemed or about the bank's own face check:
    # not the learner's harm;
    # asked as a question ("shipper có bao giờ bắt chuyển khoản trước không?", "…bảo tôi chuyển tiền
    # vào tài khoản tạm giữ, giờ tôi làm sao"), not even a sure classifier overrules it.
    held_back = (
        cues.denied
        or cues.received
        or cues.pay_request
        or cues.misdirected
        or cues.asks_genuine
        or cues.asks_face_check
    )
    asking = cues.closes_asking or cues.asks_what_now
    if evidence.secrets or (held_back and (asking or victim < thresholds.victim_despite_denial)):
        return False
    # A friend's or a neighbour's event, a question how scams fool people or how their tools take
    # money, what banks and the power company ever do or what a hotline is or costs, a request for a
    # quiz: not the learner's harm, when anything in it asks.
    others = (
        cues.others_event
        or cues.asks_why_fooled
        or cues.asks_about_practice
        or cues.asks_about_hotline
        or cues.asks_how_it_works
    )
    if (others or QUIZ_REQUEST.search(normalise_short(text))) and (
        asking or cues.asks or victim < thresholds.victim_despite_denial
    ):
        return False
    # "Nhà có ông chồng đã mất…": a life lost, not money; "nhập sai passcode 5 lần giờ nó khóa rồi": the
    # learner's own slip; thanks for a payment made: the classifier alone does not make these harm.
    quiet = cues.bereaved or cues.own_slip or _thanks(normalise_short(text), cues)
    return victim >= thresholds.victim_sure and cues.stakes and not quiet


def _after_harm_lesson(hits: Sequence[Hit]) -> bool:
    """Retrieval's best lesson is the one on what to do right after a harm."""
    return bool(hits) and hits[0].entry.id in AFTER_HARM_LESSONS


def _asks_about_a_number(text: str, state: ConversationState, cues: Cues) -> bool:
    """A short question about a caller's number; a message with a link in it is judged whole, and
    inside a walkthrough a question is answered from the lessons, with the way back to the step."""
    if state.walkthrough or len(text) > MAX_NUMBER_QUESTION or find_links(text):
        return False
    region = "TH" if state.country == "th" else "VN"
    if not asks_about_number(text, region):
        return False
    folded = fold_latin(text).lower()
    if ASKS_HOW.search(folded) and HOW_TO_REPORT.search(folded):
        return False  # "nhắn 5656 để báo số lừa đảo thì soạn thế nào": how to report, not who called
    hotlines_only = all(n.official for n in find_numbers(text, region))
    about_the_service = ABOUT_A_PAGE.search(folded) or HOTLINE_NAMED.search(folded) or cues.asks_about_hotline
    return not (hotlines_only and about_the_service)


def _message_to_judge(evidence: Evidence, thresholds: Thresholds) -> bool:
    """A message pasted or forwarded, not one told in the learner's own words: a call or message
    they describe is answered from a lesson, with the check one button away (a verdict on a
    retelling would judge the learner's words, not the sender's)."""
    cues = evidence.cues
    own_login = bool(evidence.secrets) and cues.own_login  # "tôi đăng nhập bằng số 09… và mật khẩu …"
    # "…tôi muốn báo số 0889… qua 5656 thì soạn tin thế nào": how to report the number it holds.
    reporting = (
        cues.pasted_by_number and cues.asks_how and HOW_TO_REPORT.search(fold_latin(cues.text).lower())
    )
    # "…của bác là 0912…, đổi sang số 0987… thì làm sao": the learner's own numbers; "is
    # thaipoliceonline.go.th the only real site?": official sites alone, asked about.
    own_or_official = cues.own_number or (
        cues.pasted_by_number and (cues.asks or cues.asks_how) and _official_only(cues.text)
    )
    if cues.pasted and not (own_login or reporting or own_or_official):
        return True
    # "ตำรวจจะโทรมาขอแอดไลน์…ไหมครับ": a question what the police would do, though it names a sender's
    # words ("แอดไลน์").
    if (
        cues.addressed
        and not cues.asks_about_practice
        and (evidence.confident("ask_is_it_scam", thresholds.scam_confidence) or cues.red_flags != "no_signs")
    ):
        return True
    told_harm = cues.happened or cues.gave_away  # the learner telling of harm, not a message
    # "làm sao để không bị mắc", "how do I avoid it": a question, though no particle closes it; a
    # request for a quiz, thanks, a wish, a call back or a phrase to translate are the learner's own
    # words, and so is a message with their own code in it ("máy mới của tôi", "my PIN"): no message
    # forwarded.
    short = normalise_short(cues.text)
    own_words = (
        QUIZ_REQUEST.search(short) is not None
        or _thanks(short, cues)
        or HANDOFF.search(short) is not None
        or (len(short) <= MAX_WISH and WISH.search(short) is not None)
        or ABOUT_A_LANGUAGE.search(short) is not None
        or (bool(evidence.secrets) and OWNER.search(short) is not None)
        or own_login
        or CALCULATION.search(fold_latin(cues.text).lower()) is not None
    )
    return not (cues.asks or cues.asks_how or told_harm or own_words) and evidence.confident(
        "ask_is_it_scam", thresholds.bare_paste_confidence
    )


def _official_only(text: str) -> bool:
    """Every link in the text is an official site's, and no phone number comes with them."""
    links = find_links(text)
    return (
        bool(links)
        and not PHONE.search(fold_latin(text).lower())
        and all(check_link(link).verdict == "official" for link in links)
    )


def _by_intent(text: str, short: str, intent: str | None, state: ConversationState, cues: Cues) -> Decision:
    wish = len(short) <= MAX_WISH and WISH.search(short) is not None
    if (intent == "bot_challenge" and not wish) or BOT_CHALLENGE.search(fold_latin(text)):
        return Decision("bot_challenge")
    if intent == "talk_to_human" or HANDOFF.search(fold_latin(text)):
        return Decision("handoff")
    about_a_language = ABOUT_A_LANGUAGE.search(fold_latin(text)) is not None
    if SWITCH_LANGUAGE.search(short) or (
        not about_a_language and (intent == "change_language" or _asks_for_a_language(short))
    ):
        return Decision("change_language")
    if intent in {"greet", "goodbye", "thanks"} and not about_a_language:
        return Decision("small_talk", intent)
    if wish and not about_a_language:
        return Decision("small_talk", "greet" if MORNING.search(short) else "goodbye")
    if _thanks(short, cues) and not about_a_language:
        return Decision("small_talk", "thanks")
    if (_greets_or_chats(short) and not (about_a_language or cues.asks)) or _asks_after_you(short):
        return Decision("small_talk", "greet")
    if WILL_TRY.search(short):
        return Decision("small_talk", "thanks")
    if LEAVING.search(short):
        return Decision("small_talk", "goodbye")
    if intent == "my_progress":
        return Decision("quiz", "progress")
    if intent in {"start_quiz", "quiz_answer"} or QUIZ_REQUEST.search(short):
        return Decision("quiz", "start")
    offered = state.last_entry_id and not state.walkthrough
    if offered and (intent == "affirm" or short in {"co", "vang", "u", "ok", "yes", "ใช่", "ได้"}):
        return Decision("start_walkthrough")
    if ACKNOWLEDGED.fullmatch(short) and not offered:
        return Decision("small_talk", "thanks")  # "ok cháu", with nothing on offer to start
    if intent == "deny":
        return Decision("decline")
    if offered and (intent == "next_step" or short in MOVE_WORDS["next"]):
        return Decision("start_walkthrough")
    if any(short in words for words in MOVE_WORDS.values()) or (intent in MOVE_INTENTS and len(short) <= 20):
        return Decision("steer")  # "tiếp", "nhắc lại" with no walkthrough open
    return Decision("answer", _other_path(intent, cues))


def _thanks(short: str, cues: Cues) -> bool:
    """Thanks or praise for the help, with nothing asked after it and no harm told."""
    if len(short) > MAX_THANKS or not THANKS.search(short) or ASKS_FOR_MORE.search(short):
        return False
    return not (cues.asks or cues.asks_how or cues.happened or cues.gave_away)


def _greets_or_chats(short: str) -> bool:
    """A greeting with a few words about the learner, or a wish for company, asking for nothing."""
    if len(short) > MAX_GREETING or WANTS_SOMETHING.search(short):
        return False
    return bool(GREETING.match(short) or CHAT_REQUEST.search(short))


def _asks_after_you(short: str) -> bool:
    """ "Em khỏe không?", "Cháu tên gì vậy", "hôm nay bác vui lắm": asked after the assistant or a mood
    told, a greeting whatever the classifier hears."""
    if len(short) > MAX_GREETING:
        return False
    return any(p.search(short) is not None for p in (HOW_ARE_YOU, ASKS_NAME, MOOD))


def _asks_for_a_language(short: str) -> bool:
    """A few words naming one of the three languages as a language, and asking nothing else."""
    return len(short) < 40 and bool(LANGUAGE_REQUEST.search(short)) and not ASKS_SOMETHING_ELSE.search(short)


def _other_path(intent: str | None, cues: Cues) -> str:
    """An alarm the evidence did not bear out (the classifier heard harm, or the words told of it
    and the classifier ruled it out): one button away, not forced."""
    if intent == "report_scam_victim" or cues.happened or cues.gave_away:
        return OFFER_EMERGENCY
    return OFFER_CHECK if intent == "ask_is_it_scam" else ""


def _intent(nlu: NluResult | None) -> str | None:
    if nlu is None:
        return None
    threshold = (
        SMALL_TALK_MIN_CONFIDENCE if nlu.intent.name in {"greet", "goodbye", "thanks"} else MIN_CONFIDENCE
    )
    return nlu.intent.name if nlu.intent.confidence >= threshold else None


def _walkthrough_move(short: str, intent: str | None, state: ConversationState) -> Decision | None:
    if short in STOP_WORDS:
        return Decision("stop_walkthrough")
    for move, words in MOVE_WORDS.items():
        if short in words:
            return Decision("walkthrough", move)
    if intent in MOVE_INTENTS and len(short) <= 40:
        return Decision("walkthrough", MOVE_INTENTS[intent])
    if intent == "affirm" and not state.walkthrough.paused:  # type: ignore[union-attr]
        return Decision("walkthrough", "next")
    return None


def _choice(short: str, count: int) -> str | None:
    match = CHOICE.fullmatch(short)
    if match and int(match.group(1)) <= count:
        return match.group(1)
    return None


def has_words(text: str) -> bool:
    """Emoji, punctuation or control characters alone say nothing a classifier should guess at."""
    return any(c.isalnum() for c in text)


def normalise_short(text: str) -> str:
    """'Tiếp đi ạ!' → 'tiep': folded, without politeness particles and punctuation."""
    return " ".join(PARTICLES.sub(" ", fold_latin(text)).split())


def needs_lessons(text: str) -> bool:
    """Free text the router weighs against the lessons; not a button, a number or a steering word."""
    if text.startswith("/") or not has_words(text):
        return False
    short = normalise_short(text)
    steering = short in STOP_WORDS or any(short in words for words in MOVE_WORDS.values())
    return len(short) > 3 and not steering


def what_happened(text: str) -> str:
    """Which emergency lesson fits: an app installed, a code or link given away, or money sent."""
    folded = fold_latin(text)
    if HARM_APP.search(folded):
        return "app"
    return "secret" if HARM_SECRET.search(folded) else "money"
