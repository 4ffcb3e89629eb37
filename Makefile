# HashPledge — the two commands a user needs: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
TS     := resources/i18n/hashpledge_ru.ts
QM     := resources/i18n/hashpledge_ru.qm
export LANG ?= C.UTF-8

.PHONY: run test lint bench dist dist-check i18n demo screenshots clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import venv, ensurepip' 2>/dev/null || { \
	  echo "Python's venv module is missing. Install it with:"; \
	  echo "  sudo apt-get install -y python3-venv"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	@$(BIN)/python -m desktop.syscheck --gui
	$(BIN)/hashpledge

# The tests run on SQLite and, when PostgreSQL is installed (Debian: postgresql), also on a throwaway server
# started for the run on 127.0.0.1 (build/postgres/test_server.sh); without it those cases skip.
test: $(STAMP)
	@$(BIN)/python -m desktop.syscheck
	build/postgres/test_server.sh run env QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider

lint: $(STAMP)
	$(BIN)/ruff check desktop tests build

demo: $(STAMP)
	$(BIN)/hashpledge demo

# Translations: collect strings from the sources into the .ts file, then compile the .qm the app loads.
i18n: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find desktop -name '*.py' | sort) -ts $(TS) -no-obsolete -locations none
	$(BIN)/pyside6-lrelease $(TS) -qm $(QM)

# Benchmarks, one table: the scale cases on a generated farm of 1,000,000 payouts (build/bench_scale.py; the
# farm is cached in build/work/bigfarm/) and the risk cases of build/bench_risk.py, each timed beside a
# baseline in the same run. BENCH_ARGS passes options, e.g. BENCH_ARGS="--xvfb --repeat 5".
bench: $(STAMP)
	$(BIN)/python build/bench_scale.py $(BENCH_ARGS)
	$(BIN)/python build/fuzz_csv.py --files 2000

# Packaged build (Linux): dist/hashpledge/ (one folder) and dist/hashpledge-VERSION-linux-ARCH.tar.gz.
# Windows: build/windows/build.ps1. HASHPLEDGE_ONEFILE=1 makes dist/hashpledge, a single executable, instead.
DIST_STAMP := $(VENV)/.dist-stamp
$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install -q -e '.[test,dist]'
	@touch $(DIST_STAMP)

dist: $(DIST_STAMP)
	rm -rf dist/hashpledge
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/work build/hashpledge.spec
	@if [ "$${HASHPLEDGE_ONEFILE:-}" != 1 ]; then $(BIN)/python build/linux/make_archive.py; fi

# The frozen build checks itself: unpacked from the archive into a temporary folder, run with an empty
# environment (no Python, no virtual environment on PATH), offscreen.
dist-check: dist
	build/linux/check_archive.sh

clean:
	rm -rf $(VENV) dist build/work .pytest_cache .ruff_cache
