"""The command that starts Rasa hands it the auth token whole, whatever the token looks like."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from nlu.server import RasaServerConfig


def rasa_run_parser() -> argparse.ArgumentParser:
    """The options of `rasa run` the command uses, declared as Rasa's own parser declares them."""
    parser = argparse.ArgumentParser(prog="rasa run")
    parser.add_argument("--enable-api", action="store_true")
    parser.add_argument("-m", "--model")
    parser.add_argument("-i", "--interface")
    parser.add_argument("-p", "--port", type=int)
    parser.add_argument("-t", "--auth-token")
    parser.add_argument("--log-file")
    return parser


@pytest.mark.parametrize("token", ["plainToken123", "-starts-with-a-dash", "--two-dashes"])
def test_the_token_reaches_rasa_whole(token: str, tmp_path: Path) -> None:
    config = RasaServerConfig(
        venv=tmp_path, model=tmp_path / "nlu.tar.gz", port=5005, token=token, log_file=tmp_path / "rasa.log"
    )
    parsed = rasa_run_parser().parse_args(config.command()[2:])
    assert parsed.auth_token == token
    assert parsed.port == 5005
