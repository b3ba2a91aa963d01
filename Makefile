# medialit: two commands do all the set-up.
#   make lab    opens the kit in JupyterLab (creates .venv on first run)
#   make test   runs every test
#   make lab-teacher       opens the lesson plans and answer keys (lessons/) for the teacher
#   make check-notebooks   runs every notebook, student and answer-key editions, and nothing else
#   make handouts          writes the printable pages in lessons/handouts/ (learner and teacher)
# Other targets: make eval, make bench, make notebooks (derive student editions), make keys (re-run
# the answer-key editions), make lint, make clean.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.medialit-installed
ARTIFACTS ?= test-artifacts
# JupyterLab refuses to run as root unless told it may (CI and containers run as root).
ROOT_FLAG := $(shell [ "$$(id -u)" = "0" ] && echo --allow-root)
# Extra JupyterLab options, e.g. make lab LAB_ARGS="--no-browser --port 8899"
LAB_ARGS ?=

.PHONY: lab test lint unit notebooks-test keys-test browser bench notebooks keys clean eval bench-class
.PHONY: report test-hub
.PHONY: lab-teacher check-notebooks handouts
.PHONY: identity

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else "medialit needs Python 3.10 or newer; found " + sys.version.split()[0])'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[test]"
	@touch $(STAMP)

# Learners work in copies (workspace/), so the kit's own notebooks stay as they are; the
# server shows only workspace/, so the answer keys are not in the learners' file browser.
lab: $(STAMP)
	$(BIN)/python -m medialit.workspace
	$(BIN)/jupyter lab $(ROOT_FLAG) --ServerApp.root_dir="$(CURDIR)/workspace" $(LAB_ARGS) \
		workspace/00_start_here.ipynb

test: lint unit notebooks-test keys-test browser

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python -m medialit.editions check

unit: $(STAMP)
	$(BIN)/python -m pytest -m "not browser" tests medialit

notebooks-test: $(STAMP)
	MEDIALIT_ANSWERS_DIR=$$(mktemp -d) $(BIN)/python -m pytest -p tests.nbval_strict_stderr \
		--nbval-lax --nbval-current-env notebooks

keys-test: $(STAMP)
	MEDIALIT_ANSWERS_DIR=$$(mktemp -d) $(BIN)/python -m pytest -p tests.nbval_strict_stderr \
		--nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg lessons/keys

browser: $(STAMP)
	MEDIALIT_SCREENSHOTS=$(ARTIFACTS)/screenshots $(BIN)/python -m pytest -m browser tests/browser

bench: $(STAMP)
	@for script in benchmarks/bench_*.py; do \
		[ "$$script" = benchmarks/bench_class.py ] && continue; \
		echo "== $$script"; $(BIN)/python $$script || exit 1; done

# Rewrites tests/data/identity_results.json after an analyzer changed on purpose (review its diff).
identity: $(STAMP)
	$(BIN)/python tests/test_identity.py --write

# A class of 30 learners' kernels on this machine (takes about two minutes).
bench-class: $(STAMP)
	$(BIN)/python benchmarks/bench_class.py

notebooks: $(STAMP)
	$(BIN)/python -m medialit.editions derive

keys: $(STAMP)
	$(BIN)/python -m medialit.editions execute
	$(BIN)/python -m medialit.editions derive

# Removes the environment and test output; learners' work in workspace/ is kept.
clean:
	rm -rf $(VENV) $(ARTIFACTS) .pytest_cache .mypy_cache .ruff_cache

# Scores the analyzers on the development data in ../shared/devdata (not part of make test).
# make eval MODE=polnear limits it to one mode; DATA=path reads another copy of the data.
MODE ?= all
eval: $(STAMP)
	$(BIN)/python -m medialit.evaluate $(MODE) $(if $(DATA),--data $(DATA))

# Property tests with many more generated examples than make test runs: 100,000 texts through
# analyze and 10,000 answers files per property (about ten minutes on one core).
.PHONY: fuzz
fuzz: $(STAMP)
	MEDIALIT_FUZZ=1 $(BIN)/python -m pytest -q tests/test_properties.py

# The class report from handed-in answers: make report FOLDER=/srv/class/handin [OUT=class-report]
OUT ?= class-report
report: $(STAMP)
	@test -n "$(FOLDER)" || { echo "usage: make report FOLDER=<hand-in or class folder> [OUT=class-report]"; exit 2; }
	$(BIN)/python -m medialit report "$(FOLDER)" --out "$(OUT)"

# A real JupyterHub with three learners in Chromium (tests/hub). The proxy the hub needs,
# configurable-http-proxy, comes from npm (Node.js and npm are Debian's nodejs and npm).
HUB_PROXY := $(VENV)/hub-proxy/node_modules/.bin/configurable-http-proxy
$(HUB_PROXY): | $(STAMP)
	npm install --silent --no-fund --no-audit --prefix $(VENV)/hub-proxy configurable-http-proxy@5

test-hub: $(STAMP) $(HUB_PROXY)
	MEDIALIT_SCREENSHOTS=$(ARTIFACTS)/screenshots $(BIN)/python -m pytest -m hub tests/hub
# The teacher's JupyterLab: lesson plans, answer keys (lessons/keys/) and printable pages.
lab-teacher: $(STAMP)
	$(BIN)/jupyter lab $(ROOT_FLAG) --ServerApp.root_dir="$(CURDIR)/lessons" $(LAB_ARGS) \
		lessons/README.md

# Does every notebook run on this machine? (No style checks, no browser.)
check-notebooks: notebooks-test keys-test

# Printable pages, learner's and teacher's, for lessons 00 to 04 (lessons/handouts/).
handouts: $(STAMP)
	@for n in 00 01 02 03 04; do \
		$(BIN)/python -m medialit handout $$n --out lessons/handouts/$$n.html || exit 1; \
		$(BIN)/python -m medialit handout $$n --teacher --out lessons/handouts/$$n-teacher.html \
			|| exit 1; done
