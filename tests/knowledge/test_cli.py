from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from api.cli import app


def test_kb_validate_passes_on_the_shipped_curriculum() -> None:
    result = CliRunner().invoke(app, ["kb", "validate"])
    assert result.exit_code == 0, result.output
    assert "0 problems" in result.output


def test_kb_validate_names_the_bad_file_and_field_and_exits_1(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("id: vi.vneid.x\nlanguage: vi\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["kb", "validate", "--root", str(tmp_path)])
    assert result.exit_code == 1
    assert "bad.yaml: topic" in result.output
