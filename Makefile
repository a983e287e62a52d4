# Two commands do everything: `make run` (the dashboard) and `make test` (the whole suite).
# Each first installs what it needs into .venv (again only when a requirements file changes).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PORT ?= 8501
SHARED ?= ../shared

.PHONY: install run test test-fast bench lint format clean

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/streamlit run app.py --server.port $(PORT)

test: $(STAMP)
	$(PY) -m pytest

# The model-free tests (no spaCy pipeline loaded, no browser): the quick loop while editing.
test-fast: $(STAMP)
	$(PY) -m pytest -q -m "not model and not browser and not slow"

bench: $(STAMP)
	$(PY) -m whosaid bench assets/samples $(wildcard $(SHARED)/fixtures)
	$(PY) -m bench.hostile
	$(PY) bench/share.py
	$(PY) -m bench.batch
	$(PY) -m bench.corpus_view
	$(PY) -m bench.browser

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean:
	rm -rf $(VENV) .pytest_cache
