"""`hocvuso images build` draws the screenshot set; `hocvuso eval images` scores reading it:
character error rate per language after repair, the scam verdict on images against the same
messages typed, and the time each image takes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from api.settings import Settings

console = Console()
images_app = typer.Typer(help="The screenshot set: draw it, then score reading it.", no_args_is_help=True)
CER_TARGET = {"vi": 0.03, "en": 0.03, "th": 0.06}
VERDICT_GAP = 0.05  # images may lose at most this much precision or recall against typed text
P95_TARGET_S = 2.0

SetOption = Annotated[Path | None, typer.Option("--set", help="The labelled messages (YAML).")]
DirOption = Annotated[Path | None, typer.Option("--dir", help="Where the pictures are (default var/images).")]
OnlyOption = Annotated[list[str] | None, typer.Option("--only", help="Only these message ids (repeatable).")]
LimitOption = Annotated[int | None, typer.Option("--limit", min=1, help="Only the first N messages.")]


@images_app.command("build")
def build_images(
    messages: SetOption = None,
    folder: DirOption = None,
    only: OnlyOption = None,
    limit: LimitOption = None,
    chromium: Annotated[Path, typer.Option(help="Chromium to draw with.", envvar="HOCVUSO_CHROMIUM")] = Path(
        "/usr/bin/chromium"
    ),
) -> None:
    """Draw each labelled message as a phone screenshot (Chromium, Debian's), into var/images/."""
    from bot.images.mockups import render

    if not chromium.is_file():
        raise typer.BadParameter(
            f"no Chromium at {chromium}; install Debian's chromium", param_hint="--chromium"
        )
    chosen = _chosen(messages, only, limit)
    written = render(chosen, _folder(folder), chromium)
    console.print(f"{len(written)} screenshots drawn in {_folder(folder)}")


def eval_images(
    messages: SetOption = None,
    folder: DirOption = None,
    only: OnlyOption = None,
    limit: LimitOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Character error rate per language, scam precision/recall on images vs typed text, time per image."""
    from bot.images import ImageLimits, ImageReader
    from bot.images.evaluation import evaluate

    settings = Settings()
    reader = ImageReader(
        ImageLimits(settings.max_image_bytes, settings.max_image_pixels, settings.max_image_side)
    )
    if reader.missing:
        raise typer.BadParameter(f"not installed: {', '.join(reader.missing)}; run `make ocr`")
    try:
        report = evaluate(_chosen(messages, only, limit), _folder(folder), reader)
    except FileNotFoundError as exc:
        raise typer.BadParameter(str(exc), param_hint="--dir") from exc
    finally:
        reader.close()
    if as_json:
        typer.echo(json.dumps(report.model_dump(), ensure_ascii=False, indent=2))
        return
    table = Table(title=f"Reading {report.images} screenshots")
    for column in ("figure", "value", "target"):
        table.add_column(column, justify="right")
    for lang, cer in report.cer.items():
        table.add_row(f"character error rate, {lang}", f"{cer:.2%}", f"≤ {CER_TARGET[lang]:.0%}")
    for kind in ("precision", "recall"):
        typed, read = getattr(report.text, kind), getattr(report.image, kind)
        table.add_row(f"scam {kind}: typed → image", f"{typed:.3f} → {read:.3f}", f"within {VERDICT_GAP}")
    wall = f"{report.seconds_p50:.2f} / {report.seconds_p95:.2f}"
    table.add_row("seconds per image p50 / p95", wall, f"p95 ≤ {P95_TARGET_S:.0f}")
    processor = f"{report.cpu_seconds_p50:.2f} / {report.cpu_seconds_p95:.2f}"
    table.add_row("processor seconds p50 / p95", processor, "")
    console.print(table)
    for item in report.items:
        if item.cer > CER_TARGET[item.lang] or item.scam_on_text != item.scam_on_image:
            verdicts = f"scam typed {item.scam_on_text}, on image {item.scam_on_image}"
            console.print(f"{item.id}: error rate {item.cer:.1%}, {verdicts}", highlight=False)


def _chosen(messages: Path | None, only: list[str] | None, limit: int | None):
    from bot.images.mockups import MESSAGES, load_messages

    chosen = load_messages(messages or MESSAGES)
    if only:
        unknown = set(only) - {m.id for m in chosen}
        if unknown:
            raise typer.BadParameter(f"no message {', '.join(sorted(unknown))}", param_hint="--only")
        chosen = [m for m in chosen if m.id in only]
    return chosen[:limit] if limit else chosen


def _folder(folder: Path | None) -> Path:
    return folder or Settings().var_dir / "images"
