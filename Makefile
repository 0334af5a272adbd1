# Smart City Cooperation Map — developer commands. `make help` lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help

SYSTEM_PYTHON := /usr/bin/python3
VENV := .venv
PYTHON := $(VENV)/bin/python
SETUP_STAMP := $(VENV)/.setup-done
SYSTEM_STAMP := build/.system-packages
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
PACKAGE_ZIP := dist/smartcity_plugin-$(VERSION).zip
GPKG := resources/data/cooperation.gpkg
QM_FILES := $(patsubst %.ts,%.qm,$(wildcard i18n/*.ts))
DATA_SOURCES := $(wildcard resources/data/sources/*)
PLUGIN_FILES := $(shell find smartcity_plugin resources i18n -type f -not -path '*/__pycache__/*' -not -name '*.pyc' 2>/dev/null)
PROFILE ?= default

.PHONY: help setup data validate-data translations package deploy run demo test test-matrix test-unit bench scan lint clean

help: ## List the commands
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

setup: $(SYSTEM_STAMP) $(SETUP_STAMP) ## Install QGIS and tools (Debian 12, 13 or testing, as root) and make the test venv; idempotent

# The Debian packages; a changed package list does not need a new venv.
$(SYSTEM_STAMP): scripts/setup_system.sh
	bash scripts/setup_system.sh
	mkdir -p $(@D) && touch $@

$(SETUP_STAMP): requirements/test.txt scripts/check_environment.py | $(SYSTEM_STAMP)
	rm -rf $(VENV)
	$(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	$(PYTHON) -m pip install --quiet --disable-pip-version-check -r requirements/test.txt
	$(PYTHON) scripts/check_environment.py
	touch $@

data: $(GPKG) ## Build resources/data/cooperation.gpkg from the CSV/GeoJSON sources

$(GPKG): scripts/build_data.py $(DATA_SOURCES) | $(SETUP_STAMP)
	$(PYTHON) scripts/build_data.py --out $@

validate-data: data ## Check the bundled data (locations, sources, codes, years, amounts)
	$(PYTHON) scripts/validate_data.py $(GPKG)

translations: setup ## Collect the tr() strings into i18n/*.ts (ko, vi, id, th) and compile them to .qm
	$(PYTHON) scripts/translations.py

package: $(PACKAGE_ZIP) ## Build dist/smartcity_plugin-<version>.zip and check it like the plugin repository

i18n/%.qm: i18n/%.ts | $(SETUP_STAMP)
	lrelease -silent $< -qm $@

$(PACKAGE_ZIP): $(GPKG) $(QM_FILES) $(PLUGIN_FILES) metadata.txt LICENSE LICENSE-data CHANGELOG.md scripts/package.py scripts/check_package.py
	$(PYTHON) scripts/package.py --out $@
	$(PYTHON) scripts/check_package.py $@

deploy: package ## Install the zip into a QGIS profile (PROFILE=default) and enable it
	$(PYTHON) scripts/deploy.py $(PACKAGE_ZIP) --profile $(PROFILE)

run: package ## Start QGIS with the plugin, in a profile of its own under .qgis-profiles/
	$(PYTHON) scripts/deploy.py $(PACKAGE_ZIP) --profiles-path .qgis-profiles --profile dev
	qgis --profiles-path .qgis-profiles --profile dev

demo: package ## The main job: what the plugin makes from the bundled data, into out/
	QT_QPA_PLATFORM=offscreen $(PYTHON) scripts/demo.py --zip $(PACKAGE_ZIP) --out out

test: package ## Every test: unit, data, QGIS, Processing, package check and the real desktop
	QT_QPA_PLATFORM=offscreen $(PYTHON) scripts/run_tests.py --qgis_disable_gui -q tests  # each QGIS test file in a fresh QGIS

MATRIX_SUITES ?= trixie forky
test-matrix: $(SYSTEM_STAMP) ## The suite and the user path on QGIS 3.40 (Debian 13) and 3.44 (testing), in cached debootstrap roots
	bash scripts/test_matrix.sh $(foreach suite,$(MATRIX_SUITES),--suite $(suite))

test-unit: setup ## Only the tests that need no QGIS
	$(PYTHON) -m pytest -p no:qgis tests/unit

bench: package ## Benchmarks, headless: a table and out/bench.json (generated catalogues kept in build/bench/)
	QT_QPA_PLATFORM=offscreen $(PYTHON) -m bench --out out/bench.json

scan: package ## Security scan of the packaged plugin: bandit and detect-secrets, as the plugin repository does
	$(PYTHON) scripts/scan.py $(PACKAGE_ZIP)

lint: setup ## ruff, and flake8 with the QGIS rules
	$(VENV)/bin/ruff check smartcity_plugin scripts tests
	$(VENV)/bin/flake8 --select=QGS1,QGS4 --extend-ignore=QGS105 smartcity_plugin  # QGS105: QGIS hands iface to classFactory

clean: ## Remove what the build made (not the venv)
	rm -rf dist build out $(GPKG)
