"""Write an NLU evaluation as JSON, Markdown and a confusion-matrix image."""

from __future__ import annotations

import json
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
from sklearn.metrics import confusion_matrix

from nlu.evaluation import LANGUAGES, NluEvaluation


def write_report(evaluation: NluEvaluation, out_dir: Path) -> dict[str, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {
        "json": out_dir / "nlu-report.json",
        "markdown": out_dir / "nlu-report.md",
        "image": out_dir / "nlu-confusion.png",
    }
    summary = evaluation.as_json()
    summary["entities"] = {lang: evaluation.entity_table(lang) for lang in LANGUAGES}
    summary["confused_pairs"] = [{"gold": g, "predicted": p, "count": n} for g, p, n in evaluation.confused()]
    paths["json"].write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    paths["markdown"].write_text(render_markdown(evaluation), encoding="utf-8")
    plot_confusion(evaluation, paths["image"])
    return paths


def render_markdown(evaluation: NluEvaluation) -> str:
    summary = evaluation.as_json()
    lines = [
        f"# NLU evaluation ({evaluation.tokenizer} tokenizer)",
        "",
        f"Trained on {summary['train_examples']} examples, tested on {summary['test_examples']} held-out "
        f"examples. Parse latency through the Rasa server: p50 {summary['parse_p50_ms']:.1f} ms, "
        f"p95 {summary['parse_p95_ms']:.1f} ms.",
        "",
        "| language | examples | intent macro-F1 | accuracy | fallback | entity F1 | app F1 | app value |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for lang in LANGUAGES:
        s = summary[lang]
        lines.append(
            f"| {lang} | {s['test_examples']} | {s['intent_macro_f1']:.3f} | {s['intent_accuracy']:.3f} | "
            f"{s['fallback_rate']:.3f} | {s['entity_f1']:.3f} | {s['app_entity_f1']:.3f} | "
            f"{s['app_value_accuracy']:.3f} |"
        )
    lines += [
        "",
        "## Entities (exact span), all languages",
        "",
        "| entity | precision | recall | F1 | support |",
    ]
    lines.append("|---|---:|---:|---:|---:|")
    for name, score in evaluation.entity_table().items():
        lines.append(
            f"| {name} | {score['precision']:.3f} | {score['recall']:.3f} | {score['f1']:.3f} "
            f"| {score['support']} |"
        )
    lines += ["", "## Most confused intents", "", "| gold | predicted | count |", "|---|---|---:|"]
    lines += [f"| {g} | {p} | {n} |" for g, p, n in evaluation.confused()]
    lines += ["", "## Entities missed or misplaced", ""]
    for p in evaluation.predictions:
        gold = {(s.entity, p.example.text[s.start : s.end]) for s in p.example.entities}
        found = {(s.entity, p.example.text[s.start : s.end]) for s in p.entities}
        if gold != found:
            lines.append(
                f"- [{p.example.lang}] `{p.example.text}`: expected {sorted(gold)}, found {sorted(found)}"
            )
    lines += ["", "## Misread messages", ""]
    for p in evaluation.predictions:
        if p.intent != p.example.intent:
            lines.append(f"- [{p.example.lang}] `{p.example.text}`: {p.example.intent} → {p.intent}")
    return "\n".join(lines) + "\n"


def plot_confusion(evaluation: NluEvaluation, path: Path) -> None:
    figure, axes = plt.subplots(1, len(LANGUAGES), figsize=(9 * len(LANGUAGES), 9))
    for axis, lang in zip(axes, LANGUAGES, strict=True):
        subset = [p for p in evaluation.predictions if p.example.lang == lang]
        labels = sorted({p.example.intent for p in subset} | {p.intent for p in subset})
        matrix = confusion_matrix(
            [p.example.intent for p in subset], [p.intent for p in subset], labels=labels, normalize="true"
        )
        axis.imshow(matrix, cmap="Blues", vmin=0, vmax=1)
        axis.set_xticks(range(len(labels)), labels, rotation=90, fontsize=8)
        axis.set_yticks(range(len(labels)), labels, fontsize=8)
        axis.set_xlabel("predicted")
        axis.set_ylabel("gold")
        axis.set_title(f"{lang}: intent confusion (row-normalised)")
    figure.tight_layout()
    figure.savefig(path, dpi=80)
    plt.close(figure)
