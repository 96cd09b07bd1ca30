# The two commands a newcomer needs:
#   make run    set everything up (first time: ~6 min), then start the assistant on http://127.0.0.1:8000
#   make test   set everything up, then run the linter and the whole test suite
# Every step is incremental: a second run with nothing changed skips straight to the work.

PYTHON ?= python3.11
# The CPU build of PyTorch; a plain `torch` from PyPI would pull a multi-GB CUDA build.
TORCH_SPEC ?= torch==2.13.0
VENV := var/venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# The browser tests drive Debian's Chromium; Playwright never downloads a browser of its own.
CHROMIUM ?= /usr/bin/chromium

.PHONY: run test setup lint browser

run: setup
	$(BIN)/hocvuso serve

test: setup lint browser
	HOCVUSO_CHROMIUM=$(CHROMIUM) $(BIN)/pytest

browser:
	@[ -x $(CHROMIUM) ] || { \
	  echo "==> Installing Debian's chromium for the browser tests"; \
	  if [ "$$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi; \
	  $$sudo apt-get update -q >/dev/null && $$sudo apt-get install -y -q chromium chromium-driver >/dev/null \
	  || { echo "error: could not install chromium; install Debian's chromium, or run 'make test CHROMIUM=/path/to/chromium'"; exit 1; }; }

setup: $(STAMP)
	$(BIN)/hocvuso setup

lint: $(STAMP)
	$(BIN)/ruff check .

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found; install Python 3.11 or run 'make PYTHON=/path/to/python3.11'"; exit 1; }
	@start=$$(date +%s); \
	echo "==> Application environment ($(VENV)): installing $(TORCH_SPEC) and the hocvuso package"; \
	[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV) || exit 1; \
	$(BIN)/python -m pip install -q --progress-bar off --disable-pip-version-check "$(TORCH_SPEC)" 2>&1 | grep -v "is ignored" ; \
	$(BIN)/python -m pip install -q --progress-bar off --disable-pip-version-check -e '.[test]' 2>&1 | grep -v "is ignored" ; \
	$(BIN)/python -c "import torch, sentence_transformers, faiss, fastapi" || exit 1; \
	touch $(STAMP); \
	echo "==> Application environment ready ($$(( $$(date +%s) - start )) s)"
