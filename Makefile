# The two commands a new machine needs: `make run` and `make test`.
# Each one creates the local virtual environment on first use (and again whenever
# pyproject.toml changes), so a fresh clone needs nothing but Python 3.11+.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SAMPLE := examples/strategic-partnership-school-2019-eligible.json

.PHONY: run test setup bench screenshots bundle clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --upgrade pip
	@$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	@$(BIN)/python -m erasmus_planner.launch $(SAMPLE)

test: $(STAMP)
	@QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# Each benchmark runs itself from a regular install in out/bench-venv (bench/fresh_venv.py).
bench: $(STAMP)
	@$(BIN)/python bench/fresh_venv.py
	@for b in $(filter-out bench/fresh_venv.py,$(wildcard bench/*.py)); do \
		QT_QPA_PLATFORM=offscreen $(BIN)/python $$b || exit 1; done

# The README's pictures, made with the real window off screen and the real briefing.
screenshots: $(STAMP)
	@QT_QPA_PLATFORM=offscreen $(BIN)/erasmus-planner screenshot $(SAMPLE) -o docs/screenshots/main-window.png --size 1400x900
	@QT_QPA_PLATFORM=offscreen $(BIN)/erasmus-planner screenshot examples/cooperation-partnership-vet-2022-ineligible.json -o docs/screenshots/ineligible.png --size 1400x900
	@QT_QPA_PLATFORM=offscreen $(BIN)/erasmus-planner screenshot $(SAMPLE) -o docs/screenshots/main-window-de.png --size 1400x900 --lang de
	@QT_QPA_PLATFORM=offscreen $(BIN)/erasmus-planner screenshot $(SAMPLE) -o docs/screenshots/presentation-1024x768.png --size 1024x768 --presentation

# One folder with the planner, Python and Qt, for a computer without Python: dist/erasmus-planner
# (packaging/erasmus-planner.spec; the same spec on Windows and macOS, see docs/desktop.md).
$(VENV)/.bundle-tools: $(STAMP)
	@$(BIN)/python -m pip install --quiet -e '.[test,bundle]'
	@touch $@

bundle: $(VENV)/.bundle-tools
	@$(BIN)/pyinstaller --noconfirm --clean --log-level ERROR --distpath dist --workpath build/pyinstaller packaging/erasmus-planner.spec
	@echo "Built dist/erasmus-planner: start dist/erasmus-planner/erasmus-planner; python3 tools/check_bundle.py runs it as a user would"

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache out/bench-venv
