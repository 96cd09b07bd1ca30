"""The ONNX copies of the embedding model give the PyTorch model's vectors: exactly (fp32) or
nearly (int8), on Vietnamese, Thai and English, queries and passages alike."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from knowledge.embedder import SentenceTransformerEmbedder, load_embedder
from knowledge.onnx_embedder import OnnxEmbedder
from knowledge.onnx_export import ensure_onnx_model

QUERIES = [
    "quên mật khẩu VNeID thì làm sao",
    "quen mat khau vneid",
    "ลืมรหัส ThaID ทำอย่างไร",
    "โอนเงินพร้อมเพย์เสียค่าธรรมเนียมไหม",
    "How do I check a link is safe?",
    "tôi lỡ chuyển tiền cho kẻ lừa đảo rồi",
]
PASSAGES = [
    "Mở ứng dụng VNeID, bấm Quên mật khẩu, nhập số định danh cá nhân và số điện thoại.",
    "ThaID คือแอปบัตรประชาชนดิจิทัลของกรมการปกครอง",
    "Install apps only from the App Store or Google Play.",
]


@pytest.fixture(scope="module")
def onnx_files(embedding_model_path: str) -> dict[str, Path]:
    model = Path(embedding_model_path)
    return {
        "fp32": ensure_onnx_model(model)[0],
        "int8": ensure_onnx_model(model, int8=True)[0],
    }


@pytest.mark.parametrize(("copy", "least"), [("fp32", 0.9999), ("int8", 0.99)])
def test_the_onnx_copies_give_the_same_vectors(
    embedder: SentenceTransformerEmbedder, onnx_files, copy, least
) -> None:
    served = OnnxEmbedder(onnx_files[copy])
    for texts, encode in ((QUERIES, "encode_queries"), (PASSAGES, "encode_documents")):
        expected, got = getattr(embedder, encode)(texts), getattr(served, encode)(texts)
        assert got.shape == expected.shape and got.dtype == np.float32
        cosines = (expected * got).sum(axis=1)
        assert cosines.min() >= least, dict(zip(texts, cosines.round(4), strict=True))


def test_a_local_model_folder_is_served_by_onnx_and_a_model_name_by_pytorch(
    embedding_model_path: str,
) -> None:
    assert isinstance(load_embedder(embedding_model_path, "onnx"), OnnxEmbedder)
    assert isinstance(load_embedder(embedding_model_path, "torch"), SentenceTransformerEmbedder)
    assert isinstance(load_embedder("intfloat/multilingual-e5-small", "onnx"), SentenceTransformerEmbedder)


def test_a_missing_copy_says_how_to_build_it(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="hocvuso setup"):
        OnnxEmbedder(tmp_path / "model.onnx").warm_up()
