"""`hocvuso eval routing` runs labelled messages through the real turn engine and scores them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from api.settings import Settings
from tests.conftest import built_vectors

ROUTING_SET = """
messages:
  - text: "toi da chuyen 3 trieu cho nguoi xung cong an roi, gio lam sao"
    lang: vi
    kind: victim
    flow: emergency
  - text: "hôm nay trời có mưa không"
    lang: vi
    kind: out_of_scope
    flow: out_of_scope
"""


def test_the_routing_figures_of_a_small_set_without_nlu(settings: Settings, tmp_path: Path) -> None:
    labelled = tmp_path / "routing.yaml"
    labelled.write_text(ROUTING_SET, "utf-8")
    env = {
        **os.environ,
        "HOCVUSO_VAR_DIR": str(settings.var_dir),
        "HOCVUSO_EMBEDDING_MODEL": settings.embedding_model,
        "HOCVUSO_INDEX_DIR": str(built_vectors(tmp_path / "index")),
    }
    app_database = settings.var_dir / "hocvuso.db"
    before = app_database.read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "api", "eval", "routing", "--no-nlu", "--json", "--set", str(labelled)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report["vi"]["messages"] == 2
    assert report["vi"]["emergency_recall"] == 1.0
    assert report["vi"]["confusion"] == {"emergency→emergency": 1, "out_of_scope→out_of_scope": 1}
    assert app_database.read_bytes() == before  # a throwaway database, not the app's
