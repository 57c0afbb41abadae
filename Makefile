# Two commands from a fresh clone: `make run` (demo site on SQLite) and `make test` (everything,
# on SQLite and on a throwaway PostgreSQL server). Both install what they need first.

SHELL := /bin/bash
.DEFAULT_GOAL := help

# The first Python >= 3.12 on PATH (.python-version makes pyenv's python3 a 3.13).
PYTHON ?= $(shell for p in python3.13 python3.12 python3; do \
	if command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; \
	then echo $$p; break; fi; done)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=
# Test processes (pytest-xdist); `auto` is one per core.
PYTEST_WORKERS ?= auto
# Where `make stack` serves (nginx).
STACK_PORT ?= 8080

# $(call apt_ensure,COMMAND,PACKAGE,WHY): install the Debian PACKAGE when COMMAND is missing
# (as root; otherwise say what to run). WHY must not contain a comma.
apt_ensure = if ! command -v $(1) >/dev/null 2>&1; then \
	if [ "$$(id -u)" = 0 ]; then \
		echo "==> Installing $(2) $(3)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(2) >/dev/null; \
	else \
		echo "$(1) is missing: run 'sudo apt-get install -y $(2)'." >&2; exit 1; \
	fi; \
fi

.PHONY: help install lock browser gettext messages run superuser test test-sqlite test-postgres lint \
	format migrations-check bench backup restore clean stack stack-packages stack-test test-packages audit \
	audit-tools

help:
	@echo "make run    serve the demo site on http://$(HOST):$(PORT) (SQLite, demo data)"
	@echo "make test   lint, migration check, all tests on SQLite and on PostgreSQL"
	@echo "make bench  requests per second at 1,000 and 100,000 assignments -> docs/performance.md"
	@echo "make stack  the production topology on this machine (nginx, app servers, PostgreSQL,"
	@echo "            Redis, S3, task worker, scheduler) on http://127.0.0.1:$(STACK_PORT)"
	@echo "make stack-test  that stack broken on purpose (part of make test)"
	@echo "make audit  Lighthouse, pa11y, vnu and html-validate over every public page -> docs/audit.md"
	@echo "make lock   pin the dependencies of pyproject.toml again in requirements.lock"
	@echo "make backup / make restore BACKUP=...   database and uploads (docs/operations.md)"

# Exactly the versions in requirements.lock (see `make lock`), then the project itself.
$(STAMP): pyproject.toml requirements.lock
	@test -n "$(PYTHON)" || { echo "Need Python 3.12 or newer (python3.13, python3.12 or python3)." >&2; exit 1; }
	@echo "==> Creating $(VENV) with $$($(PYTHON) --version)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	@touch $@

# After changing the dependencies in pyproject.toml: pin every package again.
lock:
	@test -x $(BIN)/uv || { $(MAKE) --no-print-directory $(STAMP); }
	$(BIN)/uv pip compile pyproject.toml --extra dev --universal --python-version 3.12 \
		--quiet --output-file requirements.lock

install: $(STAMP) messages

# Compiled translations (.mo) are build output, made from the .po files on every install.
messages: $(STAMP) gettext
	@$(BIN)/python manage.py compilemessages --ignore '$(VENV)' -v 0

gettext:
	@$(call apt_ensure,msgfmt,gettext,to compile the translations)

browser:
	@$(call apt_ensure,chromium,chromium,for the browser tests)

# The audit's judges (tests/audit/audit.py): npm packages pinned in .audit/package-lock.json,
# installed into the git-ignored .audit/node_modules without their install scripts (none
# downloads a browser: Debian's Chromium does the work); vnu needs Java.
AUDIT_STAMP := .audit/node_modules/.installed
$(AUDIT_STAMP): .audit/package.json .audit/package-lock.json
	@$(call apt_ensure,npm,nodejs npm,for the audit tools)
	@$(call apt_ensure,java,default-jre-headless,for the Nu HTML Checker)
	cd .audit && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

audit-tools: browser $(AUDIT_STAMP)

# The site with production settings and the demo data, judged page by page -> docs/audit.md;
# fails when a page misses a threshold. `make test` runs its fast part (vnu, html-validate, pa11y).
audit: install audit-tools
	CHROME_PATH=/usr/bin/chromium $(BIN)/python tests/audit/audit.py

run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py setup_roles
	$(BIN)/python manage.py seed_demo
	@echo "==> Serving on http://$(HOST):$(PORT)/ (admin: create a user with 'make superuser')"
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

superuser: install
	$(BIN)/python manage.py createsuperuser
	@echo "==> At the first sign-in at /admin/ you set up an authenticator app (required in production)."

# A backup folder of the database and the uploaded files (docs/operations.md). BACKUP_DIR=...
backup: install
	$(BIN)/python manage.py backup $(if $(BACKUP_DIR),--output "$(BACKUP_DIR)")

# Restore one into the configured (new, empty) database: make restore BACKUP=backups/opdrachtwijzer-...
restore: install
	@test -n "$(BACKUP)" || { echo "Say which backup: make restore BACKUP=backups/opdrachtwijzer-..." >&2; exit 1; }
	$(BIN)/python manage.py restore "$(BACKUP)" $(RESTORE_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

migrations-check: install
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/python manage.py makemigrations --check --dry-run

test: lint migrations-check browser audit-tools
	@$(MAKE) --no-print-directory test-sqlite
	@$(MAKE) --no-print-directory test-postgres
	@$(MAKE) --no-print-directory stack-test

# tests/stack/ runs a stack of its own (make stack-test), not the suite's database; tests/audit/
# serves the demo site on its own SQLite file, and the outage test starts a PostgreSQL of its
# own: the PostgreSQL run leaves those two to the first.
# `ss` (iproute2) reads the production server's socket buffers (tests/core/test_production_server.py).
test-packages:
	@$(call apt_ensure,ss,iproute2,to read the app server's socket buffers in the tests)

test-sqlite: install test-packages
	@echo "==> Test suite on SQLite"
	env -u DATABASE_URL $(BIN)/pytest -n $(PYTEST_WORKERS) --ignore=tests/stack $(PYTEST_ARGS)

test-postgres: install test-packages
	@echo "==> Test suite on PostgreSQL (throwaway server)"
	tests/with_postgres.sh $(BIN)/pytest -n $(PYTEST_WORKERS) --ignore=tests/stack --ignore=tests/audit \
		--ignore=tests/core/test_outage_postgres.py $(PYTEST_ARGS)

# nginx, Redis and wrk from Debian, when missing (and PostgreSQL's server, as for make test).
stack-packages:
	@$(call apt_ensure,pg_ctlcluster,postgresql,for the stack's database)
	@$(call apt_ensure,nginx,nginx,for the stack)
	@$(call apt_ensure,redis-server,redis-server,for the stack)
	@$(call apt_ensure,wrk,wrk,for the stack's load tests)

# The production topology on this machine; Ctrl-C stops it (deploy/stack.py, docs/deployment.md).
stack: install stack-packages
	$(BIN)/python deploy/stack.py --port $(STACK_PORT)

# The stack's scenarios, one stack for all of them, one after the other (they break it on
# purpose, so not in parallel).
stack-test: install stack-packages
	@echo "==> Stack scenarios (nginx, app servers, PostgreSQL, Redis, S3, workers)"
	env -u DATABASE_URL $(BIN)/pytest -p no:xdist tests/stack $(PYTEST_ARGS)

# Throwaway PostgreSQL, gunicorn with production settings, wrk on loopback (tests/bench/bench.py).
bench: install
	@$(call apt_ensure,wrk,wrk,for the benchmark)
	tests/with_postgres.sh $(BIN)/python tests/bench/bench.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache test-artifacts .audit/node_modules
