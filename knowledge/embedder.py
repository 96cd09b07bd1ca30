"""Turn questions and lesson text into vectors."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path
from typing import Protocol

import numpy as np


class EmbedderError(RuntimeError):
    """The embedding model cannot be loaded; the message says how to build or choose one."""


class Embedder(Protocol):
    """Maps texts to L2-normalised float32 vectors of width `dim`.

    Queries and documents are encoded separately because asymmetric models (e5) prefix them
    differently. `warm_up` does the expensive loading; constructors stay cheap.
    """

    name: str

    def warm_up(self) -> None: ...

    @property
    def dim(self) -> int: ...

    def encode_queries(self, texts: list[str]) -> np.ndarray: ...

    def encode_documents(self, texts: list[str]) -> np.ndarray: ...


class SentenceTransformerEmbedder:
    """Any sentence-transformers model; e5's `query: ` / `passage: ` prompts come from its config."""

    def __init__(
        self, model: str, threads: int | None = 1, batch_size: int = 32, show_progress: bool = False
    ) -> None:
        self.model_ref = model
        self.name = hashlib.sha256(str(model).encode()).hexdigest()[:12]
        self._threads = threads
        self._batch_size = batch_size
        self._show_progress = show_progress
        self._model = None
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        if self._model is not None:
            return
        if "/" in self.model_ref and not Path(self.model_ref).exists():
            raise EmbedderError(
                f"Embedding model folder {self.model_ref} is missing. Run `hocvuso setup` to build it, "
                "or set HOCVUSO_EMBEDDING_MODEL to another sentence-transformers model."
            )
        from knowledge.e5_convert import quiet_offline_hub

        quiet_offline_hub()
        import torch
        from sentence_transformers import SentenceTransformer

        if self._threads:
            torch.set_num_threads(self._threads)
        self._model = SentenceTransformer(self.model_ref, device="cpu")
        self.name = _model_fingerprint(self.model_ref)

    @property
    def dim(self) -> int:
        self.warm_up()
        return int(self._model.get_sentence_embedding_dimension())

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, "query")

    def encode_documents(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, "document")

    def _encode(self, texts: list[str], prompt: str) -> np.ndarray:
        self.warm_up()
        prompt_name = prompt if prompt in (self._model.prompts or {}) else None
        with self._lock:  # torch inference is not re-entrant across threads for one model
            vectors = self._model.encode(
                texts,
                prompt_name=prompt_name,
                batch_size=self._batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=self._show_progress and len(texts) > 64,
            )
        return np.asarray(vectors, dtype=np.float32)


def _model_fingerprint(model_ref: str) -> str:
    """Identifies the model's weights, so cached vectors are dropped when the model changes."""
    path = Path(model_ref)
    marker = path / "hocvuso-model.json"
    basis = marker.read_text(encoding="utf-8") if marker.exists() else model_ref
    return hashlib.sha256(basis.encode()).hexdigest()[:12]


def load_embedder(model: str, kind: str = "onnx", **options) -> Embedder:
    """`kind` "onnx" / "onnx-int8": the ONNX copy setup builds next to a local model folder (a
    model given by name has none and runs on PyTorch); "torch": sentence-transformers."""
    from knowledge.onnx_export import FP32_FILE, INT8_FILE, onnx_dir_for

    if kind.startswith("onnx") and Path(model).is_dir():
        from knowledge.onnx_embedder import OnnxEmbedder

        return OnnxEmbedder(onnx_dir_for(Path(model)) / (INT8_FILE if kind == "onnx-int8" else FP32_FILE))
    return SentenceTransformerEmbedder(model, **options)
