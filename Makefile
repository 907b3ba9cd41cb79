# The two commands a new machine needs: `make demo` and `make test`.
.PHONY: demo demo-server run test lint translations templates screenshot benchmark faults bundle

export QT_QPA_PLATFORM ?=

.venv/.installed: pyproject.toml scripts/bootstrap
	scripts/bootstrap

# Without a screen: under xvfb-run when it is installed, else one sentence on what to install.
demo: .venv/.installed  ## start RiskDesk on a demo vault (created at first use)
	scripts/with-screen .venv/bin/riskdesk gui --demo

demo-server: .venv/.installed  ## a throwaway team server (PostgreSQL) holding the demo, until Ctrl+C
	.venv/bin/python scripts/demo_team_server.py

run: .venv/.installed  ## start RiskDesk on your own vault
	scripts/with-screen .venv/bin/riskdesk gui

test: .venv/.installed  ## the whole test suite, Qt offscreen
	QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest

lint: .venv/.installed  ## ruff, mypy (strict on the core), the layering contracts
	.venv/bin/ruff check src tests benchmarks scripts
	.venv/bin/ruff format --check src tests benchmarks scripts
	.venv/bin/mypy src/riskdesk/domain src/riskdesk/services src/riskdesk/store src/riskdesk/documents
	.venv/bin/mypy src/riskdesk/gui src/riskdesk/cli src/riskdesk/demo
	.venv/bin/lint-imports

translations: .venv/.installed  ## refresh the Danish .ts from the sources and compile the .qm
	.venv/bin/pyside6-lupdate $$(find src/riskdesk/gui -name '*.py') -ts src/riskdesk/resources/translations/riskdesk_da.ts
	.venv/bin/pyside6-lrelease src/riskdesk/resources/translations/riskdesk_da.ts -qm src/riskdesk/resources/translations/riskdesk_da.qm

screenshot: .venv/.installed  ## refresh docs/main-window.png from the real app
	QT_QPA_PLATFORM=offscreen .venv/bin/python -m riskdesk.gui.screenshot docs/main-window.png

templates: .venv/.installed  ## rebuild the Word templates in src/riskdesk/templates/ from their script
	.venv/bin/python scripts/build_templates.py

benchmark: .venv/.installed  ## speed figures; see BENCHMARKS.md
	QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks

faults: .venv/.installed  ## the long fault runs (tests/faults in CI is the short one); must print 0s
	QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.faults

bundle: .venv/.installed  ## the desktop bundle: dist/RiskDesk-<version>-linux-x86_64.tar.gz (installer/)
	installer/linux/build-bundle
