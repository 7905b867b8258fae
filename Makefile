# TrustDesk developer commands. `make run` and `make test` create .venv when needed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench dist forms clean demo

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dist]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m trustdesk $(ARGS)

demo: $(STAMP)
	$(PY) -m trustdesk --demo

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(PY) -m ruff check trustdesk tests
	$(PY) -m ruff format --check trustdesk tests

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.bench.run

forms: $(STAMP)
	for f in ui/*.ui; do \
		$(VENV)/bin/pyside6-uic "$$f" -o trustdesk/gui/forms/ui_$$(basename "$$f" .ui).py; \
	done

dist: $(STAMP)
	$(PY) packaging/build.py

clean:
	rm -rf build dist artifacts bench-results.json
