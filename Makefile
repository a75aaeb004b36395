# One entry point for the project's tools. `make demo` and `make test` set everything up on a fresh
# clone with only Python 3.10+ (they create .venv and install localize into it).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test install test-models chromium npm-client bench messages clean eval

$(BIN)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

install: $(BIN)/.installed

demo: $(BIN)/.installed
	$(BIN)/localize demo --force

test: $(BIN)/.installed
	$(BIN)/python -m pytest

# Debian's chromium for the review page's browser test (skipped when it is absent). Needs root.
chromium:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# The npm `libretranslate` client for localize serve's tests (skipped without Node; CI installs it when npm is there).
npm-client:
	@command -v npm >/dev/null 2>&1 && { test -d build/npm/node_modules/libretranslate || \
		npm install --silent --no-audit --no-fund --prefix build/npm libretranslate@1.0.1 >/dev/null; } || true

# Rebuild the bundled test models (SentencePiece: about 20 minutes on 2 cores; BPE: about 23) and check them
# against the golden files.
test-models: $(BIN)/.installed
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev,build]'
	$(BIN)/python tools/build_test_models.py

# Messages: extract (Babel) -> locales/localize.pot, update locales/{bg,ru}/LC_MESSAGES/localize.po,
# compile -> localize/locales/*/LC_MESSAGES/localize.mo. Translate new entries in the .po files, run again.
messages: $(BIN)/.installed
	$(BIN)/python tools/messages.py

# Speed: localize against raw CTranslate2, plain argostranslate (with spaCy, stanza and torch, in a venv of
# its own so that localize's stays light) and argos-translate-lt's own translate (what LibreTranslate
# runs, from .venv), plus the 10k-term glossary match.
ARGOS_VENV ?= build/bench-argos-venv
$(ARGOS_VENV)/bin/.installed:
	$(PYTHON) -m venv $(ARGOS_VENV)
	$(ARGOS_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(ARGOS_VENV)/bin/python -m pip install --quiet -c constraints.txt argostranslate==1.11.0
	touch $@

bench: $(BIN)/.installed $(ARGOS_VENV)/bin/.installed
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev,bench]'
	$(BIN)/python bench/speed.py --argos-python $(ARGOS_VENV)/bin/python --profile build/profile.html
	$(BIN)/python bench/glossary_match.py
	$(BIN)/python bench/html_page.py
	# localize serve under 1, 8, 32 clients; beside LibreTranslate 1.9 in its own virtualenv when it installs
	-test -x build/lt-venv/bin/libretranslate || { $(PYTHON) -m venv build/lt-venv && \
		build/lt-venv/bin/pip install --quiet 'libretranslate==1.9.6'; }
	$(BIN)/python bench/serve_load.py $$(test -x build/lt-venv/bin/libretranslate && \
		echo --libretranslate build/lt-venv/bin/libretranslate)

clean:
	rm -rf $(VENV) build localize-demo .pytest_cache

# Glossary enforcement measured on the dev sets and the held-out sets: accuracy per phenomenon and language.
eval: $(BIN)/.installed
	$(BIN)/python tools/eval_glossary.py $$(ls -d tests/devset* tests/heldout* | sort -V)
