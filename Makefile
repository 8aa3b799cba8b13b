# Gatehouse: `make run` to try it, `make test` before you push. `make help` lists the rest.
SHELL := /bin/bash
.DEFAULT_GOAL := help

CARGO ?= cargo
PG_ADMIN_URL ?= postgres://postgres@127.0.0.1:5432/test
GATEHOUSE_BIN ?= $(CURDIR)/target/debug/gatehouse
DEMO_CONFIG := server/config/demo.toml

.PHONY: help
help: ## List the targets
	@grep -hE '^[a-z][a-z-]*:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

experience-ui/node_modules/.stamp: experience-ui/package-lock.json
	cd experience-ui && npm ci --no-audit --no-fund
	touch $@

e2e/node_modules/.stamp: e2e/package-lock.json
	cd e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
	touch $@

clients/typescript/node_modules/.stamp: clients/typescript/package-lock.json
	cd clients/typescript && npm ci --no-audit --no-fund
	touch $@

# openapi-python-client, which test-clients generates a Python client with.
clients/python/.venv/.stamp: clients/python/requirements.txt
	rm -rf clients/python/.venv
	python3 -m venv clients/python/.venv
	clients/python/.venv/bin/pip install --quiet --disable-pip-version-check -r clients/python/requirements.txt
	touch $@

# aiosmtpd, the SMTP sink of the e2e test that sends mail through SMTP.
e2e/.venv/.stamp: e2e/requirements.txt
	rm -rf e2e/.venv
	python3 -m venv e2e/.venv
	e2e/.venv/bin/pip install --quiet --disable-pip-version-check -r e2e/requirements.txt
	touch $@

UI_SOURCES := $(shell find experience-ui/src experience-ui/public -type f 2>/dev/null) \
	experience-ui/index.html experience-ui/vite.config.ts experience-ui/package-lock.json

# A file target: rebuilding the UI only when it changed spares the release binary (which embeds
# it) a recompilation.
experience-ui/dist/index.html: experience-ui/node_modules/.stamp $(UI_SOURCES)
	cd experience-ui && npm run build

.PHONY: ui
ui: experience-ui/dist/index.html ## Build the experience app into experience-ui/dist

.PHONY: build
build: ui ## Build the UI, then the release binary target/release/gatehouse (UI embedded)
	$(CARGO) build --release -p gatehouse

.PHONY: run
run: build ## Build everything and start Gatehouse on SQLite with a demo client and user
	./target/release/gatehouse --config $(DEMO_CONFIG) migrate
	@# A demo user left by an earlier run is fine; any other failure is not.
	@out=$$(./target/release/gatehouse --config $(DEMO_CONFIG) user create --username demo --email demo@example.com \
		--name "Demo User" --password 'gatehouse-sign-in-1' 2>&1) \
		|| echo "$$out" | grep -q user.username_taken || { echo "$$out"; exit 1; }
	@echo "Open http://127.0.0.1:3000/demo and sign in as demo / gatehouse-sign-in-1"
	./target/release/gatehouse --config $(DEMO_CONFIG) serve

.PHONY: openapi
openapi: experience-ui/node_modules/.stamp clients/typescript/node_modules/.stamp ## Regenerate openapi/, the UI's typed client and clients/typescript
	$(CARGO) run -q -p gatehouse -- export-openapi --out openapi
	cd experience-ui && npm run gen:api
	cd clients/typescript && npm run gen

.PHONY: clients
clients: clients/typescript/node_modules/.stamp ## Regenerate clients/typescript from openapi/
	cd clients/typescript && npm run gen

.PHONY: lint
lint: experience-ui/node_modules/.stamp ## rustfmt, clippy -D warnings, the UI's typecheck and lint
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	cd experience-ui && npm run typecheck && npm run lint

.PHONY: postgres
postgres: ## Start the local PostgreSQL if it is down
	@pg_isready -q -h 127.0.0.1 -p 5432 || pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql) main start
	@for i in $$(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && exit 0; sleep 1; done; echo "PostgreSQL did not start"; exit 1

.PHONY: drop-test-databases
drop-test-databases:
	@psql "$(PG_ADMIN_URL)" -Atc "select datname from pg_database where datname like 'gatehouse_test_%'" \
		| while read -r db; do psql "$(PG_ADMIN_URL)" -qc "drop database if exists \"$$db\"" >/dev/null; done

# What the deployment tests run the examples in deploy/ with: nginx (a sign-in through it,
# with TLS), openssl (its certificate) and systemd-analyze (the unit).
.PHONY: deploy-tools
deploy-tools:
	@command -v nginx >/dev/null || test -x /usr/sbin/nginx || (apt-get update -qq && apt-get install -y -qq nginx-light >/dev/null)
	@command -v openssl >/dev/null || (apt-get update -qq && apt-get install -y -qq openssl >/dev/null)
	@command -v systemd-analyze >/dev/null || (apt-get update -qq && apt-get install -y -qq systemd >/dev/null)

.PHONY: test-server
test-server: deploy-tools ## Server tests on SQLite, then on PostgreSQL (a fresh database per test)
	$(CARGO) test --workspace
	$(MAKE) postgres drop-test-databases
	GATEHOUSE_TEST_DATABASE_URL=$(PG_ADMIN_URL) $(CARGO) test --workspace --test api --test conformance
	$(MAKE) drop-test-databases

.PHONY: test-ui
test-ui: experience-ui/node_modules/.stamp ## The UI's unit tests and the generated-client staleness check
	cd experience-ui && npm run check:api && npm test

.PHONY: test-clients
test-clients: clients/typescript/node_modules/.stamp clients/python/.venv/.stamp ## Build clients/typescript (and check it is current); sign in through a generated Python client; fuzz the API from its spec
	cd clients/typescript && npm run check && npm run build && npm test
	$(CARGO) build --workspace --all-targets
	clients/python/.venv/bin/python clients/python/test_generated_client.py --bin $(GATEHOUSE_BIN)
	clients/python/.venv/bin/python clients/python/test_two_factor.py --bin $(GATEHOUSE_BIN)
	clients/python/.venv/bin/python clients/python/test_external_provider.py --bin $(GATEHOUSE_BIN)
	clients/python/.venv/bin/python clients/python/test_admin_client.py --bin $(GATEHOUSE_BIN)
	@# A fixed seed: the same cases every run, so that CI fails on a change, never on luck.
	clients/python/fuzz-api.sh $(GATEHOUSE_BIN) clients/python/.venv/bin/schemathesis --seed 20261202

.PHONY: fuzz-api
fuzz-api: clients/python/.venv/.stamp ## Schemathesis with a random seed (FUZZ_FLAGS: e.g. --max-examples 500)
	$(CARGO) build --workspace --all-targets
	clients/python/fuzz-api.sh $(GATEHOUSE_BIN) clients/python/.venv/bin/schemathesis $(FUZZ_FLAGS)

.PHONY: chromium
chromium:
	@command -v /usr/bin/chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)

.PHONY: e2e
e2e: ui chromium e2e/node_modules/.stamp e2e/.venv/.stamp ## Playwright in Debian's Chromium against a real server
	# --workspace --all-targets: the targets and the feature set of `cargo test --workspace`
	# (features are unified across the workspace), so nothing is compiled twice.
	$(CARGO) build --workspace --all-targets
	cd e2e && npm run --silent typecheck && GATEHOUSE_BIN=$(GATEHOUSE_BIN) npx playwright test

# The peer, node-oidc-provider (bench/peer/); better-sqlite3 compiles here, about a minute.
bench/peer/node_modules/.package-lock.json: bench/peer/package.json bench/peer/package-lock.json
	cd bench/peer && npm ci --no-audit --no-fund

.PHONY: bench
bench: build postgres bench/peer/node_modules/.package-lock.json ## Gatehouse against floors and node-oidc-provider, on SQLite and PostgreSQL
	$(CARGO) build --release -p gatehouse-bench
	./target/release/gatehouse-bench --server target/release/gatehouse --pg-url $(PG_ADMIN_URL)
	@psql "$(PG_ADMIN_URL)" -Atc "select datname from pg_database where datname like 'gatehouse_bench_%'" \
		| while read -r db; do psql "$(PG_ADMIN_URL)" -qc "drop database if exists \"$$db\"" >/dev/null; done

.PHONY: test
test: lint test-server test-ui test-clients e2e ## Everything CI runs

.PHONY: clean
clean: ## Remove build output
	$(CARGO) clean
	rm -rf experience-ui/dist experience-ui/node_modules e2e/node_modules e2e/.venv bench/peer/node_modules \
		clients/typescript/node_modules clients/typescript/dist clients/python/.venv
