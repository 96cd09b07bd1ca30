"""The custom Rasa tokenizer, run where it runs: inside the Rasa environment."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from nlu.training import rasa_environment
from tests.conftest import BUILT

pytestmark = pytest.mark.rasa

SCRIPT = """
import json, sys
from rasa.shared.nlu.training_data.message import Message
from nlu.rasa_components.multilingual_tokenizer import MultilingualTokenizer
import yaml
settings = yaml.safe_load(open("config.yml", encoding="utf-8"))["pipeline"][0]
settings.pop("name")
tokenizer = MultilingualTokenizer({**MultilingualTokenizer.get_default_config(), **settings})
out = []
for line in sys.stdin.read().splitlines():
    tokens = tokenizer.tokenize(Message({"text": line}), "text")
    out.append([[t.text, t.start, t.end, t.lemma] for t in tokens])
print(json.dumps(out))
"""


def tokenize(*sentences: str) -> list[list[list]]:
    result = subprocess.run(
        [str(BUILT.rasa_venv / "bin" / "python"), "-c", SCRIPT],
        input="\n".join(sentences),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).parents[2],
        env=rasa_environment(BUILT.var_dir),
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_thai_is_split_into_words_with_true_offsets() -> None:
    sentence = "ลืมรหัสผ่านแอปไทยดีต้องทำยังไงคะ"
    [tokens] = tokenize(sentence)
    words = [t[0] for t in tokens]
    assert {"ลืม", "รหัสผ่าน", "ต้อง", "ทำ", "ยังไง"} <= set(words)
    assert all(sentence[start:end] == text for text, start, end, _ in tokens)
    assert "".join(words) == sentence


def test_mixed_thai_latin_and_numbers() -> None:
    [tokens] = tokenize("โอนเงินผ่าน PromptPay 5,000 บาท ได้ไหม")
    assert [t[0] for t in tokens] == ["โอน", "เงิน", "ผ่าน", "PromptPay", "5,000", "บาท", "ได้", "ไหม"]


def test_vietnamese_and_english_are_tokenised_as_by_whitespace() -> None:
    vi, en = tokenize("quên mật khẩu VNeID thì làm sao?", "How do I reset my PIN?")
    assert [t[0] for t in vi] == ["quên", "mật", "khẩu", "VNeID", "thì", "làm", "sao"]
    assert [t[0] for t in en] == ["How", "do", "I", "reset", "my", "PIN"]


def test_latin_lemmas_are_folded_so_unaccented_text_shares_features() -> None:
    accented, plain = tokenize("Đồng ý, bước tiếp", "dong y buoc tiep")
    assert [t[3] for t in accented] == [t[3] for t in plain] == ["dong", "y", "buoc", "tiep"]
    assert [t[0] for t in accented] == ["Đồng", "ý", "bước", "tiếp"]


def test_thai_lemmas_keep_their_vowels_and_tone_marks() -> None:
    [tokens] = tokenize("ยืนยันรหัสผ่าน")
    assert [t[3] for t in tokens] == [t[0] for t in tokens]
    assert "".join(t[3] for t in tokens) == "ยืนยันรหัสผ่าน"


def test_thai_app_names_stay_whole_words() -> None:
    """ThaID's Thai name would otherwise be "ไทย" + "ดี" and never be extracted as one entity."""
    [tokens] = tokenize("ลืมรหัสผ่านแอปไทยดีต้องทำยังไง")
    assert [t[0] for t in tokens] == ["ลืม", "รหัสผ่าน", "แอป", "ไทยดี", "ต้อง", "ทำ", "ยังไง"]
