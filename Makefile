# The two commands a newcomer needs:
#   make run    set everything up (first time: ~12 min), then start the assistant on http://127.0.0.1:8000
#   make test   set everything up, then run the linter and the whole test suite
# Every step is incremental: a second run with nothing changed skips straight to the work.

PYTHON ?= python3.11
# The CPU build of PyTorch; a plain `torch` from PyPI would pull a multi-GB CUDA build.
TORCH_SPEC ?= torch==2.13.0
VENV := var/venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Every package of the application environment (test tools included), pinned with its hashes.
# Refresh it with `make lock` after changing pyproject.toml or TORCH_SPEC: pins already there are
# kept; `make lock UPGRADE=1` moves every package to its newest allowed version.
LOCK := requirements.lock

# The browser tests drive Debian's Chromium; Playwright never downloads a browser of its own.
CHROMIUM ?= /usr/bin/chromium

# Long steps show what they do (a live line on a terminal, a line every 10 s in a CI log) and keep
# their tools' own output in var/log/setup-pip.log; libraries' progress bars stay off throughout.
STEP := $(PYTHON) -m api.heartbeat --log var/log/setup-pip.log
PIP_INSTALL := $(BIN)/python -m pip install --progress-bar off --disable-pip-version-check
export TQDM_DISABLE := 1
export HF_HUB_DISABLE_PROGRESS_BARS := 1
export TRANSFORMERS_VERBOSITY := error

.PHONY: run test setup lint browser postgres ocr lock

run: $(STAMP) ocr
	$(BIN)/hocvuso setup --guide
	$(BIN)/hocvuso serve

# Two worker processes (pytest-xdist), each test file on one of them: most tests wait on a browser,
# a server or a subprocess, so two share two cores well. The slowest tests are listed at the end.
TEST_WORKERS ?= 2

test: setup lint browser postgres ocr
	HOCVUSO_CHROMIUM=$(CHROMIUM) $(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile --durations=25

browser:
	@[ -x $(CHROMIUM) ] || { \
	  echo "==> Installing Debian's chromium for the browser tests"; \
	  if [ "$$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi; \
	  $(STEP) "Installing chromium with apt" --estimate "about a minute" -- \
	    sh -c "$$sudo apt-get update -q && $$sudo apt-get install -y -q chromium chromium-driver" \
	  || { echo "error: could not install chromium; install Debian's chromium, or run 'make test CHROMIUM=/path/to/chromium'"; exit 1; }; }

# The store contract tests also run on a real PostgreSQL server, started by the test fixtures.
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
	  echo "==> Installing Debian's postgresql for the database tests"; \
	  if [ "$$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi; \
	  $(STEP) "Installing postgresql with apt" --estimate "about a minute" -- \
	    sh -c "$$sudo apt-get update -q && $$sudo apt-get install -y -q postgresql" \
	  || { echo "error: could not install postgresql; install Debian's postgresql package and run 'make test' again"; exit 1; }; }

# Screenshots learners send are read by Debian's Tesseract, with its Vietnamese and Thai data; the
# screenshot set (`hocvuso images build`) is drawn by Chromium with Noto and Loma fonts (Thai included).
OCR_PACKAGES := tesseract-ocr tesseract-ocr-vie tesseract-ocr-tha fonts-noto-core fonts-tlwg-loma-otf

ocr:
	@{ command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx vie \
	  && tesseract --list-langs 2>/dev/null | grep -qx tha && fc-list :lang=th family | grep -q Noto; } || { \
	  echo "==> Installing Debian's tesseract-ocr (Vietnamese, Thai, English) and fonts, to read screenshots"; \
	  if [ "$$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi; \
	  $(STEP) "Installing tesseract-ocr and fonts with apt" --estimate "about a minute" -- \
	    sh -c "$$sudo apt-get update -q && $$sudo apt-get install -y -q $(OCR_PACKAGES)" \
	  || { echo "error: could not install $(OCR_PACKAGES); install them with apt and run make again"; exit 1; }; }

setup: $(STAMP) ocr
	$(BIN)/hocvuso setup

lint: $(STAMP)
	$(BIN)/ruff check .

$(STAMP): pyproject.toml $(LOCK)
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found; install Python 3.11 or run 'make PYTHON=/path/to/python3.11'"; exit 1; }
	@start=$$(date +%s); \
	echo "==> Application environment ($(VENV)): PyTorch (CPU) and the hocvuso package, about 6 minutes the first time"; \
	[ -x $(BIN)/python ] || $(STEP) "Creating the virtual environment" --estimate "a few seconds" -- $(PYTHON) -m venv $(VENV) || exit 1; \
	$(STEP) "Installing the locked packages ($(LOCK), hashes checked)" --estimate "about 5 minutes" -- \
	  $(PIP_INSTALL) --require-hashes -r $(LOCK) || exit 1; \
	$(STEP) "Installing hocvuso" --estimate "a few seconds" -- $(PIP_INSTALL) --no-deps -e . || exit 1; \
	$(STEP) "Checking that PyTorch, sentence-transformers and FAISS load" --estimate "about 20 seconds" -- \
	  $(BIN)/python -c "import torch, sentence_transformers, faiss, fastapi" || exit 1; \
	touch $(STAMP); \
	echo "==> Application environment ready ($$(( $$(date +%s) - start )) s)"

# pip-tools runs in an environment of its own, so the application's is never changed by it.
lock:
	@[ -x var/lock-venv/bin/pip-compile ] || { $(PYTHON) -m venv var/lock-venv && \
	  var/lock-venv/bin/python -m pip install -q --disable-pip-version-check pip-tools; }
	@echo "$(TORCH_SPEC)" > var/torch-spec.txt
	CUSTOM_COMPILE_COMMAND="make lock" var/lock-venv/bin/pip-compile --quiet --extra test --generate-hashes \
	  --allow-unsafe --strip-extras --no-emit-find-links --no-emit-index-url --constraint var/torch-spec.txt \
	  $(if $(UPGRADE),--upgrade) --output-file $(LOCK) pyproject.toml
