"""Build the int8 ONNX copy of the embedding model that queries are served with.

The sentence-transformers folder setup builds is exported once to ONNX (the transformer only:
mean pooling and normalisation are a few numpy lines), then its weights are quantised to int8
with ONNX Runtime's dynamic quantisation. A marker records the source model's fingerprint, so a
rebuilt source model rebuilds the copy.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

ONNX_FILE = "model-int8.onnx"
MARKER = "hocvuso-onnx.json"
EXPORT_VERSION = "1"


def onnx_dir_for(model_dir: Path) -> Path:
    return model_dir.with_name(model_dir.name + "-onnx-int8")


def ensure_onnx_model(model_dir: Path) -> tuple[Path, bool]:
    """The folder of the int8 copy, and whether it was (re)built now."""
    out = onnx_dir_for(model_dir)
    wanted = _wanted_marker(model_dir)
    marker = out / MARKER
    if marker.exists() and json.loads(marker.read_text(encoding="utf-8")) == wanted:
        return out, False
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    _export(model_dir, out)
    for name in ("tokenizer.json", "tokenizer_config.json", "config_sentence_transformers.json"):
        if (model_dir / name).exists():
            shutil.copy2(model_dir / name, out / name)
    marker.write_text(json.dumps(wanted), encoding="utf-8")
    return out, True


def _wanted_marker(model_dir: Path) -> dict:
    source = model_dir / "hocvuso-model.json"
    basis = source.read_text(encoding="utf-8") if source.exists() else str(model_dir)
    return {"source": basis, "export": EXPORT_VERSION}


def _export(model_dir: Path, out: Path) -> None:
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModel

    model = AutoModel.from_pretrained(str(model_dir)).eval()
    ids = torch.tensor([[0, 35378, 12, 2]], dtype=torch.long)
    mask = torch.ones_like(ids)
    full = out / "model-fp32.onnx"
    with torch.no_grad():
        torch.onnx.export(
            model,
            (ids, mask),
            str(full),
            input_names=["input_ids", "attention_mask"],
            output_names=["last_hidden_state"],
            dynamic_axes={
                name: {0: "batch", 1: "tokens"}
                for name in ("input_ids", "attention_mask", "last_hidden_state")
            },
            opset_version=17,
            dynamo=False,
        )
    quantize_dynamic(str(full), str(out / ONNX_FILE), weight_type=QuantType.QInt8)
    full.unlink()
