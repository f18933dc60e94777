# NetCompanion — every target creates .venv when it is missing.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test test-fast bench fuzz lint migration package install-desktop clean forms screenshots

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

## run: set everything up and start the app
run: $(STAMP)
	$(VENV)/bin/netcompanion gui

## test: set everything up and run the whole test suite
test: $(STAMP)
	$(PY) -m pytest

test-fast: $(STAMP)
	$(PY) -m pytest -m "not slow and not e2e" -q

lint: $(STAMP)
	$(VENV)/bin/ruff check .

## bench: speed against same-run baselines (not part of `make test`)
bench: $(STAMP)
	$(PY) -m tests.bench

## fuzz: run the fuzz targets for FUZZ_MINUTES minutes in all (default 10); the normal test run does a short pass
FUZZ_MINUTES ?= 10
fuzz: $(STAMP)
	NETCOMPANION_FUZZ_MINUTES=$(FUZZ_MINUTES) $(PY) -m pytest tests/fuzz -q -s -p no:warnings

## migration: autogenerate the next Alembic revision from the models (review it before committing)
migration: $(STAMP)
	$(PY) -m tests.tools.regenerate_migration "$(MSG)"

## forms: rebuild netcompanion/gui/forms/ from the Designer forms in ui/ (pyside6-uic)
forms: $(STAMP)
	$(PY) -m netcompanion.gui.build_forms

## screenshots: every main view, light and dark, into artifacts/screenshots/
screenshots: $(STAMP)
	$(PY) -m pytest tests/gui/test_screenshots.py -q

## package: a one-folder app bundle with PyInstaller in dist/netcompanion, then a headless smoke start of it
package: $(STAMP)
	$(PY) -m pip install --quiet "pyinstaller>=6.3,<7"
	$(VENV)/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/netcompanion.spec
	@if command -v xvfb-run >/dev/null && command -v dbus-run-session >/dev/null && command -v dunst >/dev/null; then \
	  xvfb-run -a dbus-run-session -- sh -c 'dunst >/dev/null 2>&1 & sleep 1; $(PY) packaging/smoke.py dist/netcompanion/netcompanion'; \
	else $(PY) packaging/smoke.py dist/netcompanion/netcompanion; fi

## install-desktop: the menu entry and icons for the current user (~/.local/share)
install-desktop: $(STAMP)
	$(PY) packaging/install_desktop.py

clean:
	rm -rf $(VENV) build dist *.egg-info artifacts
