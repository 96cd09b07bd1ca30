"""Build the ONNX copies of the embedding model that queries can be served with.

The sentence-transformers folder setup builds is exported once to ONNX (the transformer only:
mean pooling and normalisation are a few numpy lines). On request its weight matrices are also
quantised to int8 with ONNX Runtime's dynamic quantisation (per channel, weights only). A marker
per file records the source model's fingerprint, so a rebuilt source model rebuilds the copies.
"""

from __future__ import annotations

import json
import shutil
import warnings
from pathlib import Path

FP32_FILE, INT8_FILE = "model.onnx", "model-int8.onnx"
EXPORT_VERSION = "1"
SIDE_FILES = ("tokenizer.json", "tokenizer_config.json", "config_sentence_transformers.json")


def onnx_dir_for(model_dir: Path) -> Path:
    return model_dir.with_name(model_dir.name + "-onnx")


def ensure_onnx_model(model_dir: Path, int8: bool = False) -> tuple[Path, bool]:
    """The file to serve queries with, and whether anything was (re)built now."""
    out = onnx_dir_for(model_dir)
    out.mkdir(parents=True, exist_ok=True)
    wanted = _wanted_marker(model_dir)
    built = False
    if not _current(out / FP32_FILE, wanted):
        _export(model_dir, out / FP32_FILE)
        for name in SIDE_FILES:
            if (model_dir / name).exists():
                shutil.copy2(model_dir / name, out / name)
        _mark(out / FP32_FILE, wanted)
        built = True
    if int8 and not _current(out / INT8_FILE, wanted):
        _quantise(out / FP32_FILE, out / INT8_FILE)
        _mark(out / INT8_FILE, wanted)
        built = True
    return out / (INT8_FILE if int8 else FP32_FILE), built


def _wanted_marker(model_dir: Path) -> dict:
    source = model_dir / "hocvuso-model.json"
    basis = source.read_text(encoding="utf-8") if source.exists() else str(model_dir)
    return {"source": basis, "export": EXPORT_VERSION}


def _current(path: Path, wanted: dict) -> bool:
    marker = path.with_name(path.name + ".json")
    return path.exists() and marker.exists() and json.loads(marker.read_text(encoding="utf-8")) == wanted


def _mark(path: Path, wanted: dict) -> None:
    path.with_name(path.name + ".json").write_text(json.dumps(wanted), encoding="utf-8")


def _export(model_dir: Path, target: Path) -> None:
    import torch
    from transformers import AutoModel

    model = _hidden_states(AutoModel.from_pretrained(str(model_dir)).eval())
    ids = torch.tensor([[0, 35378, 12, 2]], dtype=torch.long)
    mask = torch.ones_like(ids)
    axes = {name: {0: "batch", 1: "tokens"} for name in ("input_ids", "attention_mask", "last_hidden_state")}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the exporter's notes on tracing, not problems with this model
        torch.onnx.export(
            model,
            (ids, mask),
            str(target),
            input_names=["input_ids", "attention_mask"],
            output_names=["last_hidden_state"],
            dynamic_axes=axes,
            opset_version=17,
            dynamo=False,
        )


def _quantise(source: Path, target: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(
        str(source),
        str(target),
        weight_type=QuantType.QInt8,
        per_channel=True,
        op_types_to_quantize=["MatMul"],
    )


def _hidden_states(model):
    """The transformer called by keyword, returning only what pooling needs."""
    import torch

    class HiddenStates(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask):
            return self.model(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    return HiddenStates()
