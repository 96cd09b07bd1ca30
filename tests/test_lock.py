"""The lock file `make` installs from covers what pyproject.toml asks for: every dependency and
test tool is pinned, at a version its specifier allows, with its hashes. A dependency added
without `make lock` fails here rather than on the next fresh machine."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^([A-Za-z0-9._-]+)==(\S+)")


def locked() -> dict[str, tuple[Version, int]]:
    """Package name → (pinned version, number of hashes)."""
    pins: dict[str, tuple[Version, int]] = {}
    name = None
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        if match := PIN.match(line):
            name = canonicalize_name(match[1])
            pins[name] = (Version(match[2]), 0)
        elif name and line.strip().startswith("--hash=sha256:"):
            version, hashes = pins[name]
            pins[name] = (version, hashes + 1)
    return pins


def test_every_dependency_in_pyproject_is_pinned_with_hashes() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [Requirement(r) for r in [*project["dependencies"], *project["optional-dependencies"]["test"]]]
    pins = locked()
    problems = []
    for requirement in wanted:
        pin = pins.get(canonicalize_name(requirement.name))
        if pin is None:
            problems.append(f"{requirement.name} is not in requirements.lock")
        elif not requirement.specifier.contains(pin[0], prereleases=True):
            problems.append(f"{requirement.name} is pinned at {pin[0]}, outside {requirement.specifier}")
    assert not problems, "run `make lock`: " + "; ".join(problems)
    assert len(pins) > len(wanted) and all(hashes for _, hashes in pins.values())
    assert pins["torch"][0].local == "cpu", "the CPU build of PyTorch, not the multi-GB CUDA one"
