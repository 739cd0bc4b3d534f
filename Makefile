# The two commands a newcomer needs:
#   make book   build the course (HTML) and print the page to open
#   make test   run every check and test: linters, package, notebooks, the built book, the browser
# Both start from nothing but python3: the first run makes the virtual environment, and on a fresh
# Debian/Ubuntu machine .ci/install-system-deps installs what is missing (or prints the command).
# While you work, `make check` runs the fast tier (linters, unit and property tests) in under a minute.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed-from-lock
NODE_TOOLS := node_modules/.installed-from-lock
# The fast tier leaves out every test that builds the book, opens Chromium or runs a notebook
# (markers applied in tests/conftest.py, and checked there: a slow test without its marker fails).
FAST := -m "not build and not browser and not notebooks and not editions"
# jupyter-book build with warnings as errors; the options are defined once, in sse_course/build/command.py.
BUILD := $(BIN)/python -m sse_course.build.command

.PHONY: book test check check-editions lint system-deps bench clean lock venv learner-edition learner-versions lms handouts bundle scorm workshop translations

book: $(INSTALLED) $(NODE_TOOLS)
	$(BUILD)
	@echo ""
	@echo "The course is built. Open this page in a web browser:"
	@echo "    file://$(CURDIR)/_build/html/index.html"

# The whole suite, the linters first (they take seconds). --durations: the slowest steps are printed
# at the end, where CI's excerpt of the output shows them (the suite must stay under 30 minutes).
test: system-deps lint
	$(BIN)/python -m pytest --durations=30

# The fast tier, to run every few minutes: linters, unit and property tests (no book, no browser).
check: lint
	$(BIN)/python -m pytest $(FAST)

# The translators' fast tier: every catalogue of every language checked against the English, and
# what the editions deliver that needs no book build or browser (make test runs these too).
check-editions: $(INSTALLED)
	$(BIN)/python -m pytest -m "editions and not build and not browser"

# ruff (lint and format), mypy, and ESLint for the book's JavaScript; configured in pyproject.toml
# and eslint.config.mjs. `$(BIN)/ruff format sse_course tests` formats the code for you.
lint: $(INSTALLED) $(NODE_TOOLS)
	$(BIN)/ruff check sse_course tests
	$(BIN)/ruff format --check sse_course tests
	$(BIN)/mypy
	node_modules/.bin/eslint sse_course/static sse_course/lite/static tests

# Chromium, npm and Java for the browser and validity tests (installs them as root with apt,
# otherwise prints the command and stops).
system-deps:
	.ci/install-system-deps

# The book without exercise solutions, for learners to try first (_build/learner-edition), in
# every language `make book` builds (each other language in _build/learner-edition/_build/html/<tag>/).
# These targets all do every built language in one step: the released ones, and the drafts named
# in SSE_COURSE_DRAFT_LANGUAGES (e.g. SSE_COURSE_DRAFT_LANGUAGES=pt_BR,es,fr make bundle).
learner-edition: $(INSTALLED)
	$(BIN)/python -m sse_course.devtools.editions

# Regenerate exercises/learner/ from the solution notebooks after editing an exercise.
learner-versions: $(INSTALLED)
	$(BIN)/python -m sse_course.devtools.learner

# Printable handouts and answer keys for every chapter and case study, and the whole book as
# one PDF with a bookmark per page (_build/handouts; each other language in _build/handouts/<tag>/).
# Needs Chromium, like the browser tests.
handouts: book
	$(BIN)/python -m sse_course.delivery.handouts --html-dir _build/html _build/handouts

# One zip for a workshop with no internet: the built book, notebooks, exercises, the package,
# pinned requirements, the handouts and START-HERE.md (_build/sse-course-offline.zip), and
# for-learners/ (the learner edition and the learners' handouts), the folder to share; every
# built language in the one zip (book/<tag>/, for-learners/book/<tag>/, handouts/<tag>/).
bundle: handouts learner-edition
	$(BIN)/python -m sse_course.delivery.bundle --html-dir _build/html --learner-html _build/learner-edition/_build/html \
	  --handouts _build/handouts _build/sse-course-offline.zip

# Serve the book and the in-browser notebooks to the room's phones and laptops from this one:
# prints the address and its QR code; Ctrl+C stops it (sse_course/delivery/workshop.py).
workshop: book
	$(BIN)/python -m sse_course.delivery.workshop _build/html

# After the English changed: every translation catalogue refreshed from it (entries whose English
# changed come back fuzzy), a line per language of what is new or changed, the package's
# catalogues compiled, and the translated notebooks regenerated (README, "Translate the course").
translations: $(INSTALLED)
	$(BIN)/python -m sse_course.i18n.catalogues
	$(BIN)/python -m sse_course.devtools.translated_notebooks
	$(BIN)/python -m sse_course.devtools.colab_notebooks

# Every quiz bank as Moodle XML and GIFT, with feedback (_build/lms; each other built language
# in _build/lms/<tag>/; see README "Moodle"). The SCORM package below stays English.
lms: $(INSTALLED)
	$(BIN)/python -m sse_course.quiz.export _build/lms

# The course as a SCORM 1.2 package for an LMS such as Moodle: a SCO per page with a quiz or an
# exercise, scores sent to the LMS (_build/sse-course-scorm12.zip; see README "SCORM").
scorm: book
	$(BIN)/python -m sse_course.delivery.scorm --html-dir _build/html _build/sse-course-scorm12.zip

bench: $(INSTALLED) $(NODE_TOOLS)
	$(BIN)/python -m sse_course.devtools.bench

venv: $(INSTALLED)

# pip itself is pinned; every other package, setuptools included, comes from the lock and must
# match its hash; the course package is built with that setuptools (no other download).
PIP_VERSION := 26.3
$(INSTALLED): requirements.lock pyproject.toml
	@.ci/install-system-deps book
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet pip==$(PIP_VERSION)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	# The in-browser notebooks' Python packages (pure-Python wheels for Pyodide, by hash).
	$(BIN)/python -m pip download --quiet --no-deps --require-hashes --only-binary=:all: --python-version 3.14 \
	  --platform any --implementation py --abi none -r sse_course/lite/kernel-requirements.txt -d $(VENV)/lite-wheels
	touch $@

# Node packages, pinned by package-lock.json: pyodide, Python for the in-browser notebooks
# (sse_course/lite). Test tools: axe-core checks accessibility in the browser
# tests; gift-pegjs reads the GIFT export back in tests/test_lms_export.py; ESLint checks the
# JavaScript; vnu-jar is the W3C HTML validator (tests/test_html_validity.py); lighthouse measures
# the page budgets (tests/test_page_budgets.py, make bench) with Debian's Chromium. --ignore-scripts:
# vnu-jar's install script would download a Java runtime; Debian's (default-jre-headless) is used.
$(NODE_TOOLS): package.json package-lock.json
	@command -v npm >/dev/null || { echo "The checks need npm: sudo apt-get install -y npm"; exit 1; }
	npm ci --no-audit --no-fund --ignore-scripts
	touch $@

# Re-pin every dependency after editing requirements.in, with the hash of every file of each
# version (so that any machine can check what it downloads). Keeps the versions already in the
# lock unless requirements.in asks otherwise; add --upgrade to PIP_COMPILE to move to new ones.
PIP_TOOLS_VERSION := 7.6.2
PIP_COMPILE := /tmp/sse-lock-venv/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
	--no-header --no-emit-index-url --no-emit-find-links
lock:
	rm -rf /tmp/sse-lock-venv && $(PYTHON) -m venv /tmp/sse-lock-venv
	/tmp/sse-lock-venv/bin/python -m pip install --quiet pip-tools==$(PIP_TOOLS_VERSION)
	grep -v '^#' requirements.lock > /tmp/sse-lock-venv/lock.txt || true
	$(PIP_COMPILE) --output-file /tmp/sse-lock-venv/lock.txt requirements.in
	{ echo "# Exact versions and hashes installed by 'make venv' (pip install --require-hashes -r requirements.lock)."; \
	  echo "# Generated from requirements.in by 'make lock' (pip-compile --generate-hashes); do not edit by hand."; \
	  cat /tmp/sse-lock-venv/lock.txt; } > requirements.lock
	grep -v '^#' requirements.lock > /tmp/sse-lock-venv/runtime.txt
	$(PIP_COMPILE) --output-file /tmp/sse-lock-venv/runtime.txt requirements-runtime.in
	{ echo "# What Binder and a self-learner's Jupyter install (pip install --require-hashes -r requirements-runtime.lock):"; \
	  echo "# the runtime part of requirements.lock, same versions and hashes. Generated from requirements-runtime.in"; \
	  echo "# by 'make lock' (pip-compile --generate-hashes); do not edit by hand."; \
	  cat /tmp/sse-lock-venv/runtime.txt; } > requirements-runtime.lock

clean:
	rm -rf _build reports
