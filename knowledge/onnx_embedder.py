"""The e5 model served by ONNX Runtime: the same tokenizer, prompts, mean pooling and
normalisation as the PyTorch path, faster on a CPU, and safe to call from several threads at once
(no lock: ONNX Runtime sessions are re-entrant). The fp32 copy matches PyTorch exactly; the int8
copy is faster still but moves some close rankings (figures in the README)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np

from knowledge.embedder import EmbedderError


class OnnxEmbedder:
    def __init__(
        self, model_file: str | Path, threads: int = 1, batch_size: int = 32, max_tokens: int = 512
    ) -> None:
        self.model_file = Path(model_file)
        self.model_dir = self.model_file.parent
        self.name = "onnx"
        self._threads, self._batch_size, self._max_tokens = threads, batch_size, max_tokens
        self._session = None
        self._tokenizer = None
        self._prompts: dict[str, str] = {}

    def warm_up(self) -> None:
        if self._session is not None:
            return
        if not self.model_file.exists():
            raise EmbedderError(
                f"The ONNX model {self.model_file} is missing. Run `hocvuso setup` to build it, "
                "or set HOCVUSO_EMBEDDER=torch."
            )
        import onnxruntime as ort
        from tokenizers import Tokenizer

        options = ort.SessionOptions()
        options.intra_op_num_threads = self._threads
        options.inter_op_num_threads = 1
        self._session = ort.InferenceSession(
            str(self.model_file), options, providers=["CPUExecutionProvider"]
        )
        tokenizer = Tokenizer.from_file(str(self.model_dir / "tokenizer.json"))
        tokenizer.enable_truncation(self._max_tokens)
        tokenizer.enable_padding(pad_id=tokenizer.token_to_id("<pad>") or 1, pad_token="<pad>")
        self._tokenizer = tokenizer
        config = self.model_dir / "config_sentence_transformers.json"
        if config.exists():
            self._prompts = json.loads(config.read_text(encoding="utf-8")).get("prompts") or {}
        marker = self.model_file.with_name(self.model_file.name + ".json")
        basis = self.model_file.name + (marker.read_text(encoding="utf-8") if marker.exists() else "")
        self.name = "onnx-" + hashlib.sha256(basis.encode()).hexdigest()[:12]

    @property
    def dim(self) -> int:
        return int(self.encode_queries(["x"]).shape[1])

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, self._prompt("query"))

    def encode_documents(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, self._prompt("document"))

    def _prompt(self, kind: str) -> str:
        self.warm_up()
        return self._prompts.get(kind, "")

    def _encode(self, texts: list[str], prompt: str) -> np.ndarray:
        self.warm_up()
        parts = [
            self._batch([prompt + t for t in texts[i : i + self._batch_size]])
            for i in range(0, len(texts), self._batch_size)
        ]
        return np.concatenate(parts) if parts else np.zeros((0, 384), dtype=np.float32)

    def _batch(self, texts: list[str]) -> np.ndarray:
        encoded = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encoded], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
        hidden = self._session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
