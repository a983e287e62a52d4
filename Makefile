# Two commands do everything: `make run` (the dashboard) and `make test` (the whole suite).
# Each first installs what it needs into .venv (again only when a requirements file changes).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PORT ?= 8501

.PHONY: install run test bench lint clean

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/streamlit run app.py --server.port $(PORT)

test: $(STAMP)
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) -m whosaid bench

clean:
	rm -rf $(VENV) .pytest_cache
