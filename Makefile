# The two commands a newcomer needs:
#   make book   build the course (HTML) and print the page to open
#   make test   run every test: package, notebooks, the built book, the browser checks
# Both start from nothing but python3: the first run makes the virtual environment.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed-from-lock
AXE := node_modules/axe-core/axe.min.js
PYODIDE := node_modules/pyodide/pyodide.mjs
# -W: a warning fails the build; -n: broken cross-references are warnings; --keep-going: list them all.
BUILD := $(BIN)/jupyter-book build . -W -n --keep-going

.PHONY: book test bench clean lock venv learner-edition learner-versions lms handouts bundle workshop

book: $(INSTALLED) $(PYODIDE)
	$(BUILD)
	@echo ""
	@echo "The course is built. Open this page in a web browser:"
	@echo "    file://$(CURDIR)/_build/html/index.html"

test: $(INSTALLED) $(AXE) $(PYODIDE)
	$(BIN)/python -m pytest

# The book without exercise solutions, for learners to try first (_build/learner-edition).
learner-edition: $(INSTALLED)
	$(BIN)/python -m sse_course.devtools.editions

# Regenerate exercises/learner/ from the solution notebooks after editing an exercise.
learner-versions: $(INSTALLED)
	$(BIN)/python -m sse_course.devtools.learner

# Printable handouts and answer keys for every chapter and case study, and the whole book as
# one PDF with a bookmark per page (_build/handouts). Needs Chromium, like the browser tests.
handouts: book
	$(BIN)/python -m sse_course.delivery.handouts --html-dir _build/html _build/handouts

# One zip for a workshop with no internet: the built book, notebooks, exercises, the package,
# pinned requirements, the handouts and START-HERE.md (_build/sse-course-offline.zip).
bundle: handouts
	$(BIN)/python -m sse_course.delivery.bundle --html-dir _build/html --handouts _build/handouts _build/sse-course-offline.zip

# Serve the book and the in-browser notebooks to the room's phones and laptops from this one:
# prints the address and its QR code; Ctrl+C stops it (sse_course/delivery/workshop.py).
workshop: book
	$(BIN)/python -m sse_course.delivery.workshop _build/html

# Every quiz bank as Moodle XML and GIFT, with feedback (_build/lms; see README "Moodle").
lms: $(INSTALLED)
	$(BIN)/python -m sse_course.quiz.export _build/lms

bench: $(INSTALLED)
	$(BIN)/python -m sse_course.devtools.bench

venv: $(INSTALLED)

$(INSTALLED): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	# The in-browser notebooks' Python packages (pure-Python wheels for Pyodide, by hash).
	$(BIN)/python -m pip download --quiet --no-deps --require-hashes --only-binary=:all: --python-version 3.14 \
	  --platform any --implementation py --abi none -r sse_course/lite/kernel-requirements.txt -d $(VENV)/lite-wheels
	touch $@

# Node packages, pinned by package-lock.json: pyodide (Python for the in-browser notebooks,
# sse_course/lite); test tools: axe-core checks accessibility in the browser tests; gift-pegjs
# reads the GIFT export back in tests/test_lms_export.py.
$(AXE) $(PYODIDE): package.json package-lock.json
	@command -v npm >/dev/null || { echo "make book and make test need npm: sudo apt-get install -y npm"; exit 1; }
	npm ci --no-audit --no-fund
	touch $(AXE) $(PYODIDE)

# Re-pin every dependency after editing requirements.in.
lock:
	rm -rf /tmp/sse-lock-venv && $(PYTHON) -m venv /tmp/sse-lock-venv
	/tmp/sse-lock-venv/bin/python -m pip install --quiet -r requirements.in
	{ echo "# Exact versions installed by 'make venv' (pip install -r requirements.lock)."; \
	  echo "# Generated from requirements.in by 'make lock'; do not edit by hand."; \
	  /tmp/sse-lock-venv/bin/python -m pip freeze; } > requirements.lock

clean:
	rm -rf _build reports
