"""Answers to security questions: "câu hỏi bảo mật: tên trường tiểu học, ông trả lời là Kim Liên 2",
"คำถามความปลอดภัย ชื่อสัตว์เลี้ยงตัวแรก ตอบว่า เจ้าด่าง", "security question mother's maiden name, I
put Kowalski".

A bank or a mail service that asks a security question takes its answer as a password: whoever
knows it resets the account. So the answer the learner gives after such a question is hidden; the
question alone ("câu hỏi bảo mật là gì?", "security question: what was your first pet's name?") is
not, nor an answer the learner asks about ("what should I put?").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# The question's name, in each language, with and without marks (the text is folded).
SECURITY_QUESTION = re.compile(
    r"(?<![a-z])(?:cau hoi bao mat|cau hoi bi mat|cau hoi an toan|security question|secret question"
    r"|security questions|memorable word|memorable answer)(?![a-z])"
    r"|คำถามความปลอดภัย|คำถามรักษาความปลอดภัย|คำถามลับ|คำถามกันลืม"
)
# Words that give the answer after the question: "trả lời là", "đáp án", "I put", "ตอบว่า".
ANSWER_GIVEN = re.compile(
    r"(?<![a-z])(?:tra loi la|tra loi|dap an la|dap an|cau tra loi la|dien la|ghi la|dat la|go la"
    r"|the answer is|my answer is|answer is|answer was|answer:|i put|i typed|i wrote|i set|i entered"
    r"|i answered|i said)(?![a-z])[ :]{0,3}"
    r"|(?:ตอบว่า|คำตอบคือ|คำตอบว่า|ตอบ|ใส่ว่า|ตั้งว่า)[ :]{0,3}"
)
QUESTION_CHARS = 90  # from the question's name to the word that gives its answer
ANSWER = re.compile(r"[\"'“‘]?([^\s,.;!?\"'“”‘’()]{1,24}(?: [^\s,.;!?\"'“”‘’()]{1,24}){0,2})")
COLON_ANSWER = re.compile(r"[^:\n]{3,60}?: ?")  # "câu hỏi … tên con chó đầu tiên: vangmuc"
# Words that end an answer or show the learner asks rather than answers.
ASKING = re.compile(
    r"(?<![a-z])(?:gi|sao|nao|the nao|what|how|which|why|who|should|duoc khong|dung khong)(?![a-z])"
    r"|อะไร|ไหม|ยังไง|อย่างไร"
)
TRAILING = frozenset("nha nhe a ha nhi roi con chau ok ครับ ค่ะ คะ นะ จ้ะ".split())
THAI_SPACE_END = re.compile(r"[\u0e00-\u0e7f]+")


def security_answers(folded: str) -> Iterator[tuple[int, int]]:
    """Spans of answers given to a security question the message names."""
    for question in SECURITY_QUESTION.finditer(folded):
        limit = min(len(folded), question.end() + QUESTION_CHARS)
        given = ANSWER_GIVEN.search(folded, question.end(), limit)
        colon = COLON_ANSWER.match(folded, question.end())
        if colon and (given is None or colon.end() <= given.start()):
            given = colon  # "…tên con chó đầu tiên: vangmuc, bà trả lời đúng mà"
        if given and (span := _answer(folded, given.end())):
            yield span


def _answer(folded: str, start: int) -> tuple[int, int] | None:
    """The answer's words from `start`: to the clause's end, at most three words, less particles."""
    match = ANSWER.match(folded, start)
    if match is None or ASKING.search(match.group(1)):
        return None
    begin, end = match.span(1)
    words = folded[begin:end].split(" ")
    while len(words) > 1 and words[-1] in TRAILING:
        words.pop()
    end = begin + len(" ".join(words))
    if THAI_SPACE_END.fullmatch(words[-1]) and len(words) > 1:
        end = begin + len(words[0])  # Thai answers are written without spaces: "ตอบว่า เจ้าด่าง นะ"
    return begin, end
