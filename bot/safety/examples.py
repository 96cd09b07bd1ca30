"""Values that are named, not given: the well-known weak ones, in advice or as a default.

"Đừng đặt PIN 1234 hay 0000", "PIN mặc định 0000 có phải đổi không", "never use 1234 or 0000 as
your PIN", "is 1234 the default PIN?", "อย่าใช้วันเกิดหรือ 123456 เป็นรหัสผ่าน": these are examples,
not anyone's secret, and a warning that redacts them looks broken. Any other value, or a weak one
given as one's own ("PIN của tôi là 1234", "my default PIN is still 0000", "tôi đổi PIN mặc định
thành 1234"), stays a secret. A code said to have expired stays hidden too: the learner may be
wrong about it, and hiding it costs nothing.

So is any value shown as a sample in a lesson: "Cô giáo lấy ví dụ mật khẩu mạnh kiểu
ConMeoDen#2024", "the worksheet's fake message says 'Your code is 000000', only for practice",
"ในบทเรียนมีตัวอย่าง 'รหัส OTP คือ 000000' ไว้ฝึกอ่าน"; and a weak value a sentence calls weak
("mật khẩu kiểu 12345678 rất dễ bị đoán", "passwords like 123456 are cracked in seconds").
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator

from bot.safety.spoken import DIGIT_WORDS

# The well-known weak values: a digit four, six or eight times, digits counting up from 0 or 1 or
# down to 1, and the passwords every list of weak ones starts with.
WEAK_VALUES = frozenset(
    [d * n for d in "0123456789" for n in (4, 6, 8)]
    + ["0123456789"[:n] for n in range(4, 11)]
    + ["1234567890"[:n] for n in range(4, 11)]
    + ["4321", "54321", "654321", "123123", "112233", "121212", "2580", "147258", "159753"]
    + "password password1 password123 abc123 abcd1234 qwerty qwerty123 iloveyou 123abc matkhau admin".split()
    + "letmein welcome monkey dragon sunshine princess football 1q2w3e4r 1qaz2wsx".split()
)
# A birthday, the other weak choice, named beside a weak value as one: "123456 hay ngày sinh".
BIRTH_WORDS = frozenset("ngay sinh nam birthday birth date year วันเกิด ปีเกิด".split())
# Words whose marks tell them apart from a word of ownership once folded: "mật khẩu tồi" is a bad
# password, "mật khẩu tôi" my password; each is read as a word of the same length that says so.
MARKED_MEANING = re.compile(r"(?<!\w)(tồi)(?!\w)", re.IGNORECASE)
MARKED_AS = {"tồi": "bad"}
# Advice: a word that warns or asks, and a verb of choosing.
ADVICE = re.compile(
    r"(?:(?<![a-z'])(?:don'?t|dont|do not|never|shouldn'?t|should not|avoid|should i|should we|should you"
    r"|can i|is it (?:ok|okay|safe|wise|smart) to)(?: ever| just| really)? (?:use|using|pick|picking|choose"
    r"|choosing|set|setting|make|put|have)(?: it to| it as| as)?"
    r"|(?<![a-z])(?P<dung>dung)(?: co| bao gio)? (?:lay|dung|dat|chon)(?: la)?"
    # Not to use or set, as a lesson says it: "không dùng PIN kiểu 1111", "ko xài mật khẩu như 123456",
    # "không đặt mật khẩu kiểu 123456, password, hay ngày sinh".
    r"|(?<![a-z])(?:khong|ko|k|hong|chang|dung bao gio) (?:(?P<use>dung)|xai|dat)(?: lay| den)?"
    r"|(?<![a-z])(?:khong nen|ko nen|k nen|hong nen|co nen|chang nen|dung nen|tranh|khong bao gio"
    r"|khong duoc|cam)(?: co)?"
    r" (?:lay|dung|dat|chon|la|de)(?: la)?"
    # To avoid, with no verb: "tránh các mã PIN như 1111", "avoid PINs like 1234", "หลีกเลี่ยงรหัสแบบ 1234".
    r"|(?<![a-z])(?:tranh|avoid|avoiding|steer clear of)(?![a-z])|หลีกเลี่ยง"
    # Said of the value, not of the learner: "không được là 123456", "must not be 0000".
    r"|(?<![a-z])(?:must not|mustn'?t|can'?t|cannot|can not|shouldn'?t|should not|should never|never)"
    r"(?: ever)? be"
    r"|(?:อย่า|ไม่ควร|ห้าม|ควร)(?:จะ)?(?:ใช้|ตั้ง|เอา|เป็น)(?:รหัส(?:ผ่าน)?(?:เป็น)?)?"
    # An example given as one: "ví dụ 1234", "chẳng hạn 123456", "such as 0000", "เช่น 1234".
    r"|(?<![a-z])(?:vi du|chang han|vd|such as|for example|for instance|e\.g\.|eg)(?![a-z])|เช่น|ยกตัวอย่าง)"
)
# A value's default, factory or starting setting: "PIN mặc định", "the default SIM PIN", "รหัส PIN
# ตั้งต้น", "ค่าเริ่มต้น".
DEFAULT = re.compile(r"(?<![a-z])(?:mac dinh|default|factory|preset|ban dau)(?![a-z])|ตั้งต้น|เริ่มต้น|จากโรงงาน")
# Whose it is, or what it was changed to: then the value is one's own. "mình" (oneself) is no
# "minh" of "minh họa" (to illustrate: "ảnh minh họa mã OTP 000000").
OWN = re.compile(
    r"(?<![a-z])(?:cua toi|cua minh|cua em|cua con|cua ba|cua ong|cua me|cua bo|toi|minh(?! hoa)|my|mine"
    r"|our|i|i'm"
    r"|doi|thanh|sang|changed|change|to|still|van)(?![a-z])|ของ(?:ฉัน|ผม|ยาย|ตา|หนู|เรา|แม่|พ่อ|ป้า|ลุง)|ฉัน|ผม"
    r"|เปลี่ยน|ยัง"
)
# Said anywhere in the sentence, the value is the learner's own: "của tôi", "mã PIN bà đang dùng",
# "mình đặt", "my", "I use", "ของผม", "รหัสยาย", "ที่ใช้อยู่". A kin word alone is no owner: "… không
# con?" asks a grandchild; right after the secret's word it is ("mật khẩu bà", "พินยาย").
_KIN = r"(?:toi|minh|tui|tao|em|con|chau|ba|ong|me|bo|anh|chi|co|chu|bac|di|cau|mo|thim)"
OWNED = re.compile(
    rf"(?<![a-z])(?:cua {_KIN}|cua nha|toi|minh(?! hoa)|tui|tao"
    rf"|(?:mat khau|mk|pass|pin|ma pin|ma|ma otp|otp) {_KIN}"
    rf"|{_KIN} (?:dung|xai|dat|de|lay) (?:ma|mat khau|mk|pin|pass|so)"
    r"|dang dung|dang xai|van dung|van xai|hien dang|hien tai|da dat|vua dat|moi dat|dat la"
    r"|doi thanh|doi sang"
    r"|my|mine|i|i'm|i've|we|our|we're|mines)(?![a-z'])"
    r"|ของ(?:ฉัน|ผม|ยาย|ตา|หนู|เรา|แม่|พ่อ|ป้า|ลุง|ดิฉัน|กู)|ฉัน|ผม|ดิฉัน"
    r"|(?:รหัส|พิน|ผ่าน|pin|otp|atm|pass) ?(?:ยาย|ตา|หนู|แม่|พ่อ|ป้า|ลุง)"
    r"|ใช้อยู่|ตั้งไว้|ที่ใช้|เปลี่ยนเป็น"
)
# Said of weak values in general, not of one the learner has: the worst or most common of them, or
# what people do ("dễ bị đoán nhất", "the most hacked", "ที่สุด", "nhiều người hay đặt").
IN_GENERAL = re.compile(
    r"(?<![a-z])(?:nhat|most|weakest|easiest|worst|commonest|nguoi ta|nhieu nguoi|moi nguoi|ai cung|people"
    r"|everyone|everybody|lots of|so many)(?![a-z])|ที่สุด|คนส่วนใหญ่|หลายคน|คนชอบ|ใครๆ"
)
# What people do, said of a weak value: "sao người ta hay đặt mật khẩu 123456", "why do people use
# 123456", "ทำไมคนชอบตั้งรหัส 123456"; no one's own.
PEOPLE = re.compile(
    r"(?<![a-z])(?:nguoi ta|nhieu nguoi|moi nguoi|ai cung|people|everyone|everybody|most users)(?![a-z])"
    r"|คนส่วนใหญ่|หลายคน|คนชอบ|คนมัก|ใครๆ"
)
# What one heard or read said is no claim to a value: "I heard 123456 is the most common PIN",
# "tôi nghe nói …", "ฉันได้ยินว่า …"; the owner's words in it are read past.
HEARSAY = re.compile(
    r"(?<![a-z])(?:i|we|toi|minh|tui)(?: (?:have|had|just|also|cung|co|da))?"
    r" (?:heard|read|was told|were told|saw|learned|learnt|nghe|doc|thay|duoc nghe|hoc)(?![a-z])"
    r"|(?:ฉัน|ผม|หนู|ยาย|ตา)(?:เคย)?(?:ได้ยิน|อ่าน|ฟัง)"
)
# Whose lesson or teacher it is says nothing of a value's owner: "our lesson said …", "my teacher
# told us …", "cô giáo của bà dạy …", "ครูของยายบอกว่า …".
TEACHER_OF = re.compile(
    r"(?<![a-z])(?:(?:my|our) (?:(?:computer|phone|english|online|new|old|last|first|class) )?"
    r"(?:teacher|teachers|lesson|lessons|class|classes|course|trainer|instructor|tutor|worksheet|handout"
    r"|textbook|workshop|leaflet|booklet|guide)"
    r"|(?:co giao|thay giao|giao vien|bai hoc|bai giang|lop hoc|bai tap) (?:cua )?"
    r"(?:toi|minh|tui|em|con|chau|ba|ong|me|bo|chung toi))(?![a-z])"
    r"|(?:ครู|บทเรียน|คุณครู)(?:ของ)?(?:ฉัน|ผม|ยาย|ตา|หนู|เรา)"
)
# A sentence that advises: a prohibition or a warning, read with an example's word before a value.
ADVISING = re.compile(
    r"(?<![a-z])(?:(?:dung|cho|khong nen|ko nen|k nen|hong nen|kg nen|chang nen|dung nen|khong bao gio|cam)"
    r"(?: bao gio| co| nen)?"
    r" (?:lay|dat|dung|chon|de|xai)|tranh|nen tranh"
    r"|(?:don'?t|dont|do not|never|shouldn'?t|should not)(?: ever)? (?:use|set|pick|choose|make|put|have)"
    r"|avoid)(?![a-z])|(?:อย่า|ไม่ควร|ห้าม)(?:ใช้|ตั้ง|เอา)|หลีกเลี่ยง"
)
# A code received is no example, whatever the advice around it: "the code they sent was like 482913".
RECEIVED = re.compile(r"(?<![a-z])(?:sent|received|got|gui|nhan|vua nhan|bao ve)(?![a-z])|ส่งมา|ได้รับ")
# An example's word right before the value: "vd như 1955", "chẳng hạn", "such as", "e.g.", "เช่น".
EXAMPLE_BEFORE = re.compile(
    r"(?:(?<![a-z])(?:vi du|vd|chang han|nhu la|nhu|kieu|such as|like|e\.g\.|eg|for example|for instance)"
    r"|เช่น|ตัวอย่าง|อย่างเช่น|อย่าง|แบบ)[ ,:'\"]*$"
)
# An example's word later in the sentence: "please don't use 1955 as your PIN, for example", "đừng
# đặt 1955 làm mã PIN chẳng hạn", "อย่าใช้ 2498 เป็นรหัส เป็นต้น".
EXAMPLE_AFTER = re.compile(
    r"[^.!?\n]{0,40}?(?:(?<![a-z])(?:for example|for instance|vi du the|vi du vay|chang han)(?![a-z])|เป็นต้น)"
)
# Words that may stand between the advice and the value: the secret's name, "or", "as", a birthday
# that is the other weak choice, another example value.
FILLER_WORDS = frozenset(
    "pin pins ma mat khau mk matkhau so the atm sim dien thoai app ngan hang la lam hay hoac va ngay sinh nam"
    " code codes password passwords passcode pw pass a an the your as or and for to card phone bank birthday"
    " birth date year dates like such"
    # What the advice says of the value: "mã dễ đoán như 1234", "a simple PIN like 0000", "weak ones".
    " de doan bi lo yeu don gian qua nhu kieu loai easy simple weak obvious guessable common predictable"
    " ones one number numbers digits รหัส รหัสผ่าน"
    # A kind of weak value named before it: "số lặp lại kiểu 111111", "repeated digits like 0000".
    " lap lai trung nhau giong lien tiep repeated repeating same sequential consecutive in a row all of"
    " with voi along"
    # A list of them: "các mã PIN như 1111, 1234", "những mật khẩu", "những số", "all those".
    " cac nhung mot so may those these"
    " list lists listed bad worst terrible danh sach"
    # Said of them as things: "never use things like "letmein" or "monkey"", "những cái như …".
    " things thing stuff words word cai thu".split()
)
CONJUNCTIONS = frozenset(["hay", "hoac", "voi", "or", "va", "and", "with", "หรือ", "กับ"])
# What ends a sentence said to someone, read into a passphrase's tail: "… hay 0000 nha".
PARTICLES = frozenset("nha nhe nhen nghe di nhi a ha ok okay please นะ ค่ะ ครับ คะ".split())
THAI_FILLERS = re.compile(
    r"(?:คำ|รหัส|ผ่าน|พิน|เป็น|คือ|หรือ|กับ|วันเกิด|ปีเกิด|เบอร์โทร|เลข|ตัว|ซ้ำ|เรียง|กัน|ง่าย|ๆ|เดา|ได้|เช่น|อย่าง|แบบ|ติด|เหมือน|หมด|ทั้ง)+"
)
MIN_COUNTING = 4
# Another quoted value, joined by "or" or a comma, after a quoted one (see `_listed_with_weak`).
QUOTED_OTHER = re.compile(
    r"[\"'\u201d\u2019\u00bb],? ?(?:(?:or|hay|hoac|va|and)(?![a-z])|หรือ|กับ)? ?[\"'\u201c\u2018\u00ab]"
    r"([^\"'\u201d\u2019\u00bb\n]{1,24})[\"'\u201d\u2019\u00bb]"
)
WORD_BREAK = re.compile(r"[ ,/]+")
# The words of the gap, Thai apart from Latin where they touch: "รหัส ATMเป็น 1234".
GAP_QUOTES = "\"'“”‘’«»"  # a value in the gap is read without its quotes: '"letmein" or "monkey"'
GAP_WORD = re.compile(r"[^\s,/\u0e00-\u0e7f]+|[\u0e00-\u0e7f]+")
CLAUSE_BREAK = re.compile(r"[.!?;:\n]")
EXAMPLE_CHARS = 60
DEFAULT_AFTER_CHARS = 30
# Teaching: a lesson, a teacher, a worksheet or a guide, where sample values are shown.
TEACHING = re.compile(
    r"(?<![a-z])(?:co giao|thay giao|giao vien|bai giang|bai hoc|bai tap|lop hoc|sach huong dan|huong dan"
    r"|video|clip|slide|teacher|trainer|instructor|tutor|lesson|lessons|worksheet|handout|tutorial|course"
    r"|workshop|leaflet|booklet|poster|textbook|guidebook"
    # Where a class or a teacher said it: "trên lớp thầy bảo …", "trong bài có ví dụ …".
    r"|tren lop|o lop|thay bao|thay noi|thay day|co day|trong bai|in class|in the class"
    # A book or a lesson sheet: "ví dụ trong sách", "the book's example", "ในใบความรู้เขียนว่า …".
    r"|trong sach|cuon sach|quyen sach|sach giao khoa|sach day|book|the book's|handbook)(?![a-z])"
    r"|ใบความรู้|หนังสือเรียน|ตำรา|เอกสารประกอบ|ครู|บทเรียน|วิทยากร|คู่มือ|ใบงาน|ห้องเรียน|คลิป|วิดีโอ|อบรม|สไลด์|โปสเตอร์|แบบฝึก"
)
# A sample: "ví dụ", "example", "ตัวอย่าง"; read with teaching only.
SAMPLE = re.compile(
    r"(?<![a-z])(?:vi du|lay vi du|vd|chang han|examples?|samples?|e\.g\.|for instance|demo|dummy"
    # A sample code or password by its Vietnamese name: "mã mẫu", "mật khẩu mẫu", "số mẫu".
    r"|ma mau|mat khau mau|mk mau|so mau|pin mau|otp mau)(?![a-z.])"
    r"|ตัวอย่าง|สมมติ"
)
# Said to be no real value, or there to practise on: a sample with or without a lesson.
NOT_REAL = re.compile(
    r"(?<![a-z])(?:khong phai (?:ma |so |mat khau )?that|(?:chi|chi la) vi du|de tap|tap doc|luyen tap"
    r"|tap dang nhap"
    r"|not real|not a real|isn'?t real|not the real|only for practi[cs]e|for practi[cs]e|practi[cs]e only"
    r"|just an example|only an example|made[- ]up|pretend"
    # Only a sample: "Hoa@123 là mẫu thôi", "chỉ là mẫu", "just a sample".
    r"|la mau thoi|mau thoi ma|chi la mau|chi la vi du|just a sample|only a sample|sample only"
    # Shown to illustrate: "nhập mã mẫu 123456 để minh họa", "typed 123456 to illustrate", "เพื่อสาธิต".
    r"|de minh hoa|minh hoa thoi|chi minh hoa|vi du minh hoa"
    r"|to illustrate|for illustration|as an illustration|to demonstrate|for the demo"
    # A message made to train on: "the practice message says 'Your code is 000000'", "tin nhắn mẫu
    # để tập", "ข้อความฝึกหัด", "fake for training".
    r"|(?:practi[cs]e|training|sample|dummy|mock) (?:message|sms|text|email)s?"
    r"|for training|for the training|training only|just for training"
    r"|fake for (?:training|practi[cs]e|the class)"
    r"|tin nhan (?:mau|tap|gia lap)|tin mau|de thuc hanh|thuc hanh|tap luyen|de luyen)(?![a-z])"
    r"|ไม่ใช่ของจริง|ไม่ใช่รหัสจริง|ไว้ฝึก|ฝึกอ่าน|ฝึกกรอก|ฝึกพิมพ์|แค่ตัวอย่าง|ข้อความฝึก|ข้อความตัวอย่าง|ข้อความทดลอง"
    r"|ฝึกหัด|ฝึกซ้อม|เพื่อสาธิต|ไว้สาธิต|สาธิตให้ดู"
)
# Whether a value is strong, asked: "Abc@12345 là mạnh hay yếu", "is Abc@12345 a strong password?",
# "Abc@12345 ปลอดภัยไหม".
STRENGTH_QUESTION = re.compile(
    r"(?<![a-z])(?:manh hay yeu|yeu hay manh|manh hay khong|co manh khong|manh khong|du manh khong"
    r"|co an toan khong|an toan khong|strong or weak|weak or strong|strong enough|safe enough"
    r"|(?:is|are|was)(?: this| that| it)? {1,3}(?:an? )?(?:good|strong|secure|safe|weak)"
    r"|an? (?:good|strong|secure|safe|weak) (?:password|pin|passcode))(?![a-z])"
    r"|(?:แข็งแรง|ปลอดภัย|เดายาก|เดาง่าย|ดี)(?:พอ)?(?:ไหม|มั้ย|หรือเปล่า|หรือไม่)"
)
# Where a class asks it: the lesson's words, or the class itself ("cô giáo hỏi cả lớp", "the class
# is discussing it", "ครูถามทั้งห้อง").
CLASSROOM = re.compile(
    r"(?<![a-z])(?:ca lop|the class|our class|whole class|classmates|ban hoc|hoi ca lop)(?![a-z])"
    r"|ทั้งห้อง|เพื่อนในห้อง"
)
# A message a lesson shows, asked whether it is real: "the teacher showed 'Your OTP is 123456' and
# asked if it was real or fake", "ครูเขียน 'รหัส OTP ของคุณคือ 000000' แล้วถามว่าจริงหรือปลอม"; one
# the learner received stays hidden.
REAL_OR_FAKE = re.compile(
    r"(?<![a-z])(?:real or fake|fake or real|real or not|genuine or fake|real or a scam|a scam or real"
    r"|that hay gia|gia hay that|that hay lua|lua hay that|lua dao hay khong|that hay khong)(?![a-z])"
    r"|จริงหรือปลอม|ปลอมหรือจริง|จริงหรือหลอก|จริงหรือไม่|หลอกหรือไม่|ของจริงไหม"
)
# A sample's own word, with a book or a lesson or without: "số thẻ mẫu", "sample card", "บัตรตัวอย่าง";
# read only for a number of one digit over and over ("0000 0000 0000 0000"), which no card or ID has.
SAMPLE_WORD = re.compile(
    r"(?<![a-z])(?:mau|vi du|sample|specimen|example|dummy|fake|gia)(?![a-z])|ตัวอย่าง|หนังสือ|สมมติ"
)
FEWEST_REPEATED = 8  # a card's or an ID's worth of one digit; a PIN of one digit is weak, not a sample
# A quiz's choices: a letter or a number and a bracket or a dot before each value ("a) 1111 b) 8352",
# "A. 1234", "(b) 2580", "ก. 1111"), where a quiz or a question that picks one is asked.
OPTION_BEFORE = re.compile(r"(?:^|[\s(:])(?:[a-d]|[1-4]|[กขคง])[).:] ?\(?$")
OPTION = re.compile(r"(?:^|[\s(:])(?:[a-d]|[1-4]|[กขคง])[).] ?(?=\S)")
FEWEST_OPTIONS = 2
QUIZ = re.compile(
    r"(?<![a-z])(?:quiz|quizzes|test|exam|trac nghiem|cau hoi|cau do|kiem tra|bai thi|de thi|dap an"
    r"|which|which one|choose|pick|chon|cau nao|so nao|ma nao|cai nao)(?![a-z])"
    r"|แบบทดสอบ|ข้อสอบ|คำถาม|ข้อไหน|อันไหน|ตัวเลือก|เลือก|ควิซ"
)
QUIZ_BEFORE_CHARS = 120
OPTION_BEFORE_CHARS = 5
SENTENCES_KEPT = 256  # the sentences around the values last judged, and whether each is owned
VALUES_KEPT = 4096  # the values and words last asked whether they are weak
SAMPLE_BEFORE_CHARS = 80
SAMPLE_AFTER_CHARS = 70
SENTENCE_BREAK = re.compile(r"(?<!\.[a-z])[.!?](?=\s|$)|\n")  # not the stop of "e.g."
# A weak value called weak: "dễ bị đoán", "cracked in seconds", "เดาง่าย"; with a word that gives it
# as a kind ("kiểu", "like", "แบบ") before it, or in a lesson.
JUDGED_WEAK = re.compile(
    r"(?<![a-z])(?:de doan|de bi doan|de bi lo|de bi hack|de bi mo|khong an toan|yeu|weak|weakest"
    r"|easy to guess|easy-to-guess|easily guessed|guessable|guessed|cracked|crack|hacked|unsafe|not safe"
    r"|insecure"
    r"|predictable|obvious|worst|most common|too simple|qua don gian|don gian qua"
    # Called bad, or listed as what not to pick: "bad passwords like qwerty, 111111", "mật khẩu kém".
    r"|bad|terrible|poor|kem|kem an toan|khong tot|nen tranh|to avoid|khong nen dung"
    # Called ugly, as Vietnamese says of a bad password: "mật khẩu xấu: 123456, 111111" ("xấu" alone
    # is not read, as "mã OTP 123456 xấu" is no list).
    r"|(?:mat khau|mk|pass|password|passwords|pin|ma pin|ma so|so pin)(?: rat| qua)? xau|kem coi"
    # The worst, the first guessed: "là dở nhất", "dễ bị dò", "the most hacked", "easiest to guess".
    r"|bi doan|doan ra|do nhat|te nhat|qua te|de bi do|de do|bi do ra|bi hack nhieu nhat|pho bien nhat"
    r"|(?:rat de|qua de)(?= ?(?:[.,!]|$))|too easy"
    r"|most hacked|most guessed|most used|most popular|easiest|first guessed"
    # Called dangerous: "các mật khẩu như 123456, abc123 là rất nguy hiểm", "รหัสที่อันตรายที่สุด".
    r"|nguy hiem|dangerous|risky)(?![a-z])"
    r"|อันตราย|โดนเดา|ถูกเดา|แย่ที่สุด|นิยมที่สุด|เดาง่าย|เดาได้|ไม่ปลอดภัย|อ่อนแอ|ถูกแฮก|โดนแฮก|ง่ายเกินไป|ไม่ดี|ที่แย่|ควรเลี่ยง|ไม่ควรใช้|ห้ามใช้"
)
# What a strong value is called, and what it should be: read before a kind given as a sample.
STRONG = re.compile(
    r"(?<![a-z])(?:manh|strong|stronger|strongest|good|tot|an toan|safe|secure|kho doan"
    r"|hard to guess)(?![a-z])"
    r"|ที่ดี|แข็งแรง|ปลอดภัย|เดายาก"
)
SHOULD = re.compile(r"(?<![a-z])(?:phai|nen|can|should|must|need|needs|ought)(?![a-z])|ควร|ต้อง")
QUOTES_AND_SPACE = " '\"\u2018\u2019\u201c\u201d:"
KIND_OF = re.compile(
    r"(?<![a-z])(?:kieu|nhu|nhu la|loai|nhung so|such as|like|e\.g\.)(?![a-z])|แบบ|อย่าง|เช่น|ประเภท"
)

KIND_BEFORE_CHARS = 20
KIND_LEADS = ("something like ", "one like ", "kieu ", "แบบ")
KIND_RIGHT_BEFORE = re.compile(r"(?:(?<![a-z])(?:kieu|kieu nhu|dang|something like|one like)|แบบ|ประมาณ)$")


def named_example(text: str, folded: str, start: int, end: int) -> bool:
    """A weak value named in advice or as a default, not given as one's own; "dung" in advice is
    "đừng" (don't), not "dùng" (to use), unless its marks say so. Any value shown as a sample."""
    folded = _marked_meaning(text, folded)
    if (
        _shown_as_sample(folded, start, end)
        or _repeated_sample(folded, start, end)
        or _quiz_option(folded, start)
        or _strength_asked_in_general(folded, start, end)
        or _example_in_advice(folded, start, end)
        or _example_in_general(folded, start, end)
    ):
        return True
    if _kind_asked(folded, start) and _called_weak_after(folded, start, end):
        return True  # "thầy nói đặt mật khẩu kiểu "matkhau123" là rất dễ": a kind of value called weak
    before = _clause_before(folded, start, EXAMPLE_CHARS)
    if not _weak(folded[start:end]):
        if _listed_with_weak(text, folded, start, end) and _advised(text, folded, start, end, before):
            return True
        return _weak(_as_digits(folded[start:end])) and _called_weak_after(folded, start, end)
    if (
        _judged_weak(folded, start, end, before)
        or _called_weak_after(folded, start, end)
        or _listed_as_weak(folded, start)
    ):
        return True
    if PEOPLE.search(sentence := _sentence(folded, start, end)) and not _owned(sentence):
        return True
    if _advised(text, folded, start, end, before):
        return True
    if DEFAULT.search(before) and not OWN.search(before):
        return True
    after = _clause_after(folded, end, DEFAULT_AFTER_CHARS)
    return bool(DEFAULT.search(after) and not OWN.search(after) and not OWN.search(before))


def _advised(text: str, folded: str, start: int, end: int, before: str) -> bool:
    """Named in advice, only the secret's name and other values between (see `ADVICE`)."""
    advice = _last(ADVICE.finditer(folded, start - len(before), start))
    if not (advice and _fillers(gap := folded[advice.end() : start])):
        return False
    if advice.group("use"):
        typed = text[advice.start("use") : advice.end("use")].lower()
        return _not_to_use(typed, gap) and not _owned(_sentence(folded, start, end))
    return not advice.group("dung") or text[advice.start("dung") : advice.end("dung")].lower() != "dùng"


def _listed_with_weak(text: str, folded: str, start: int, end: int) -> bool:
    """A value in quotes that "or" joins to a well-known weak one in quotes: 'never use "Rose1960" or
    "monkey"', 'đừng dùng "Hoa1960" hay "123456"', 'อย่าใช้ "Rose1960" หรือ "123456"': a list of
    what not to pick, the other value a well-known one."""
    if start == 0 or text[start - 1] not in GAP_QUOTES:
        return False
    other = QUOTED_OTHER.match(folded, end)
    return other is not None and _weak_one(other.group(1))


def _marked_meaning(text: str, folded: str) -> str:
    """`folded` with a marked word that would fold into a word of ownership read as what it means."""
    if "ồ" not in text and "Ồ" not in text:
        return folded
    chars = list(folded)
    for match in MARKED_MEANING.finditer(text):
        chars[match.start() : match.end()] = MARKED_AS[match.group().lower()]
    return "".join(chars)


def _not_to_use(typed: str, gap: str) -> bool:
    """ "không dùng" is "don't use" with its marks; typed "khong dung" it may be "không đúng" (wrong:
    "ma pin khong dung 1234"), so only with a word that gives the value as a kind ("kiểu", "như")."""
    return typed == "dùng" or bool(KIND_OF.search(gap))


def _shown_as_sample(folded: str, start: int, end: int) -> bool:
    """A value in a sentence that shows it as a sample in a lesson, or says it is not real or there
    to practise on, or shows what a strong one looks like; not one a clause gives as one's own ("ví
    dụ mật khẩu của tôi là …")."""
    sentence = _sentence(folded, start, end)
    shown = NOT_REAL.search(sentence) or (
        (SAMPLE.search(sentence) or (REAL_OR_FAKE.search(sentence) and not RECEIVED.search(sentence)))
        and TEACHING.search(folded)
    )
    if not (shown or _strong_kind(folded, start, sentence)):
        return False
    return not OWN.search(_clause_before(folded, start, EXAMPLE_CHARS))


def _repeated_sample(folded: str, start: int, end: int) -> bool:
    """A card's or an ID's worth of one digit over and over, called a sample or shown in a book:
    "Số thẻ mẫu trong sách: 0000 0000 0000 0000", "บัตรตัวอย่างในหนังสือเขียน 0-0000-00000-00-0";
    not one given as one's own ("số thẻ của tôi là 1111 …")."""
    digits = [c for c in folded[start:end] if c.isdigit()]
    if len(digits) < FEWEST_REPEATED or len(set(digits)) != 1:
        return False
    sentence = _sentence(folded, start, end)
    if not (SAMPLE_WORD.search(sentence) or SAMPLE.search(sentence) or TEACHING.search(sentence)):
        return False
    return not OWNED.search(_clause_before(folded, start, EXAMPLE_CHARS))


def _quiz_option(folded: str, start: int) -> bool:
    """A quiz's choice, one of several values each after its letter: "Quiz: which is the weakest
    PIN? a) 1111 b) 8352 c) 2580", "Câu hỏi trắc nghiệm: mã PIN nào yếu nhất? A. 1111 B. 8352";
    none of them is the learner's, unless a clause before says so."""
    if not OPTION_BEFORE.search(folded, max(0, start - OPTION_BEFORE_CHARS), start):
        return False
    window = folded[max(0, start - QUIZ_BEFORE_CHARS) : start + QUIZ_BEFORE_CHARS]
    if len(OPTION.findall(window)) < FEWEST_OPTIONS or not QUIZ.search(window):
        return False
    return not OWNED.search(_clause_before(folded, start, EXAMPLE_CHARS))


def _strength_asked_in_general(folded: str, start: int, end: int) -> bool:
    """A value a lesson or a class asks whether it is strong, no owner in the sentence: "mat khau
    Abc@12345 la manh hay yeu, co giao hoi ca lop", "Is Abc@12345 a strong password? The class is
    discussing it". Asked by the learner alone ("is 'Rosie12!' a good password?") it may be the one
    they mean to use, and stays hidden; so does one "của tôi"."""
    sentence = _sentence(folded, start, end)
    if not STRENGTH_QUESTION.search(sentence) or _owned(sentence) or RECEIVED.search(sentence):
        return False
    return bool(TEACHING.search(folded) or CLASSROOM.search(folded) or _kind_asked(folded, start))


def _kind_asked(folded: str, start: int) -> bool:
    """A kind of value asked about, a word that gives it as a kind right before it: "mật khẩu kiểu
    Abc@12345 có đủ mạnh không", "รหัสผ่านแบบ Abcd@1234 แข็งแรงพอไหม", "is something like
    Summer2024! a good password?"; a value asked about alone may be the one the learner means to use."""
    if folded.startswith(KIND_LEADS, start):
        return True  # "is something like Abc@12345 …": the kind's words found with the value
    while start > 0 and not folded[start - 1].isspace() and folded[start - 1] not in QUOTES_AND_SPACE:
        start -= 1  # "Abc@12345": its digits may be found alone
    before = folded[max(0, start - KIND_BEFORE_CHARS) : start].rstrip(QUOTES_AND_SPACE)
    return bool(KIND_RIGHT_BEFORE.search(before))


def _example_in_advice(folded: str, start: int, end: int) -> bool:
    """Any value an advising sentence gives as an example, no owner in it: "đừng lấy năm sinh làm mã
    PIN nha bà, vd như 1955 là dễ bị dò lắm", "never use a PIN such as 2468", "อย่าใช้รหัส เช่น 2511"."""
    sentence = _sentence(folded, start, end)
    before = EXAMPLE_BEFORE.search(folded, max(0, start - len("vi du nhu la ")), start)
    example = before or EXAMPLE_AFTER.match(folded, end, end + SAMPLE_AFTER_CHARS)
    return (
        bool(example)
        and bool(ADVISING.search(sentence))
        and not RECEIVED.search(sentence)
        and not _owned(sentence)
    )


def _example_in_general(folded: str, start: int, end: int) -> bool:
    """A value an example's word gives in a sentence of what people do or of what is weak, no owner
    in it: "người ta bảo lấy năm sinh làm PIN là dở lắm, ví dụ sinh 1955 thì đặt 1955 là dễ bị đoán",
    "for example people pick 1955 because it is easy to guess", "เช่น คนเกิดปี 2498 ชอบตั้ง 2498"."""
    sentence = _sentence(folded, start, end)
    return (
        bool(SAMPLE.search(sentence))
        and bool(PEOPLE.search(sentence) or JUDGED_WEAK.search(sentence))
        and not RECEIVED.search(sentence)
        and not _owned(sentence)
    )


def _called_weak_after(folded: str, start: int, end: int) -> bool:
    """A weak value the words after it call weak, and no one's in the sentence: "the password is one
    two three four, that's weak", "mật khẩu là 123456 thì yếu quá", "รหัส 0000 เดาง่ายไป"; not when
    they ask whether it is ("pin 1234 có dễ đoán không"): that asks of one's own."""
    after = folded[end : end + SAMPLE_AFTER_CHARS]
    stop = SENTENCE_BREAK.search(after)
    after = after[: stop.start()] if stop else after
    return (
        bool(JUDGED_WEAK.search(after))
        and not ASKED_AFTER.search(after)
        and not _owned(_sentence(folded, start, end))
    )


def _listed_as_weak(folded: str, start: int) -> bool:
    """A weak value in a list that a heading calls weak, no owner in it: "mấy mã PIN dễ đoán: 1234,
    0000, 2580", "easy to guess PINs: 1234, 0000", "รหัสที่เดาง่าย: 1234, 0000"."""
    line = folded[max(0, folded.rfind("\n", 0, start) + 1, start - SAMPLE_BEFORE_CHARS) : start]
    colon = line.rfind(":")
    if colon == -1 or not _fillers(line[colon + 1 :]):
        return False
    head = line[:colon]
    return bool(JUDGED_WEAK.search(head)) and not _owned(head) and not ASKED_AFTER.search(head)


def _as_digits(value: str) -> str:
    """A value said in digit words as its digits ("one two three four" is "1234"); any other as it is."""
    words = DIGIT_WORD_BREAK.split(value.strip())
    if len(words) < MIN_COUNTING or not all(w in DIGIT_WORDS for w in words):
        return value
    return "".join(DIGIT_WORDS[w] for w in words)


@functools.lru_cache(maxsize=SENTENCES_KEPT)
def _owned(sentence: str) -> bool:
    """The sentence says the value is the learner's, past what they heard said of it and whose
    lesson said it."""
    return bool(OWNED.search(_past_hearsay(sentence)))


def _past_hearsay(words: str) -> str:
    """The words without what one heard or read said, or whose lesson or teacher said it."""
    return TEACHER_OF.sub(" ", HEARSAY.sub(" ", words))


def _strong_kind(folded: str, start: int, sentence: str) -> bool:
    """A value given as what a strong password looks like, in a lesson or as what one should be:
    "cô giáo nói mật khẩu mạnh phải giống kiểu 'Cay@Tre_Xanh9'", "a strong password should look like
    Blue#Fish_72", "รหัสผ่านที่ดีควรเป็นแบบ Mali@2511"."""
    before = _clause_before(folded, start, SAMPLE_BEFORE_CHARS)
    kind = _last(KIND_OF.finditer(before))
    if not kind or before[kind.end() :].strip(QUOTES_AND_SPACE) or not STRONG.search(before[: kind.start()]):
        return False
    return bool(TEACHING.search(folded) or SHOULD.search(before[: kind.start()]))


def _judged_weak(folded: str, start: int, end: int, before: str) -> bool:
    """A weak value a sentence calls weak, given as a kind of password or in a lesson: "bài 4 nói
    mật khẩu kiểu 12345678 rất dễ bị đoán", "passwords like qwerty or 123456 are cracked"."""
    sentence = _sentence(folded, start, end)
    if not JUDGED_WEAK.search(sentence) or OWN.search(_past_hearsay(before)):
        return False
    if IN_GENERAL.search(sentence) and not _owned(sentence):
        return True  # said of the value in general: "có phải PIN 111111 là dễ bị đoán nhất không"
    kind = _last(KIND_OF.finditer(folded, start - len(before), start))
    return bool(kind and _fillers(folded[kind.end() : start])) or bool(TEACHING.search(folded))


@functools.lru_cache(maxsize=SENTENCES_KEPT)
def _sentence(folded: str, start: int, end: int) -> str:
    """The sentence around a value, at most a few words each side; each value's is asked for by
    several rules, so it is kept."""
    window = folded[max(0, start - SAMPLE_BEFORE_CHARS) : start]
    cut = _last(SENTENCE_BREAK.finditer(window))
    after = folded[end : end + SAMPLE_AFTER_CHARS]
    stop = SENTENCE_BREAK.search(after)
    return (window[cut.end() :] if cut else window) + " " + (after[: stop.start()] if stop else after)


DIGIT_WORD_BREAK = re.compile(r"[ ,\-]+")
ASKED_AFTER = re.compile(
    r"\?|(?<![a-z])(?:khong|ko|k|hong|chua|phai khong|is it|is that|isn'?t it|right|or not)(?![a-z])"
    r"|ไหม|มั้ย|หรือเปล่า|หรือไม่|ใช่ไหม"
)


def _weak(value: str) -> bool:
    """A weak value, or weak values joined by "or" as one passphrase would be: "1234 hay 0000"."""
    if _weak_one(value):
        return True
    words = WORD_BREAK.split(value)
    return _weak_one(words[0]) and all(
        _weak_one(w) or w in CONJUNCTIONS or w in PARTICLES or w in BIRTH_WORDS for w in words
    )


@functools.lru_cache(maxsize=VALUES_KEPT)
def _weak_one(value: str) -> bool:
    """A well-known weak value, or four digits or more counting up or down by one from any digit:
    "6789", "3456", "98765" are as weak as "1234" and named in the same lists. Every word between
    advice and a value is asked, and the same words recur, so each answer is kept."""
    if value in WEAK_VALUES:
        return True
    if len(value) < MIN_COUNTING or not value.isascii() or not value.isdigit():
        return False
    if any(len(value) % n == 0 and value == value[:n] * (len(value) // n) for n in (2, 3)):
        return True  # a pair or a triple over and over: "1212", "6969", "123123"
    steps = {int(b) - int(a) for a, b in itertools.pairwise(value)}
    return steps in ({1}, {-1})


def _fillers(gap: str) -> bool:
    """Only the secret's name, "or", "as", a birthday or other values, quoted or not, between advice
    and value."""
    words = [(bare, word) for word in GAP_WORD.findall(gap) if (bare := word.strip(GAP_QUOTES))]
    return all(
        bare.isdigit()
        or bare in FILLER_WORDS
        or THAI_FILLERS.fullmatch(bare)
        or _weak_one(bare)
        or _quoted_value(word)
        for bare, word in words
    )


def _quoted_value(word: str) -> bool:
    """Another value of the list, quoted: '"Rose1960"' in 'never use "Rose1960" or "monkey"'."""
    return len(word) > 2 and word[0] in GAP_QUOTES and word[-1] in GAP_QUOTES and word[1:-1].isalnum()


def _clause_before(folded: str, start: int, chars: int) -> str:
    window = folded[max(0, start - chars) : start]
    cut = _last(CLAUSE_BREAK.finditer(window))
    return window[cut.end() :] if cut else window


def _clause_after(folded: str, end: int, chars: int) -> str:
    window = folded[end : end + chars]
    cut = CLAUSE_BREAK.search(window)
    return window[: cut.start()] if cut else window


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    last = None
    for last in matches:  # noqa: B007 - the last one is wanted
        pass
    return last
