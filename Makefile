# TrustDesk developer commands. `make run` and `make test` create .venv when needed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck bench dist forms clean demo system-run system-test ts qm

# The system libraries and tools come from one list, packaging/system-packages.txt: installed
# when this is root or has sudo without a password, otherwise one message names the command.
system-run:
	@PYTHON=$(PYTHON) sh packaging/system-packages.sh run

system-test:
	@PYTHON=$(PYTHON) sh packaging/system-packages.sh test

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dist]'
	touch $(STAMP)

run: system-run $(STAMP) qm
	$(PY) -m trustdesk $(ARGS)

demo: system-run $(STAMP) qm
	$(PY) -m trustdesk --demo

test: system-test $(STAMP) qm
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(PY) -m ruff check trustdesk tests
	$(PY) -m ruff format --check trustdesk tests
	$(PY) -m mypy trustdesk

# mypy on the package (also part of lint; tests/unit/test_types.py runs it in the suite).
typecheck: $(STAMP)
	@$(PY) -m mypy trustdesk > $(VENV)/mypy.txt; status=$$?; \
	tail -n 1 $(VENV)/mypy.txt; exit $$status

bench: system-test $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.bench.run

forms: $(STAMP)
	for f in ui/*.ui; do \
		$(VENV)/bin/pyside6-uic "$$f" -o trustdesk/gui/forms/ui_$$(basename "$$f" .ui).py; \
	done

# Translations: `make ts` refreshes the catalogs in resources/translations/ from the code, the
# forms and the data files (new words arrive unfinished); `make qm` builds the .qm files the app
# loads (not committed: built here, shipped in the wheel, bundle and .deb).
ts: $(STAMP)
	$(PY) packaging/translations.py ts

qm: $(STAMP)
	$(PY) packaging/translations.py qm

dist: $(STAMP) qm
	$(PY) packaging/build.py

clean:
	rm -rf build dist artifacts bench-results.json
