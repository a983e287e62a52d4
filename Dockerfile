# whosaid in a container: `docker build -t whosaid .` then `docker run -p 8501:8501 whosaid`
# (SQLite in /app/data; mount a volume there, or set WHOSAID_DATABASE_URL, see compose.yaml).
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN useradd --create-home --uid 10001 whosaid
WORKDIR /app

# dependencies first (a layer that changes only with the requirements)
COPY requirements.txt pyproject.toml README.md ./
COPY whosaid ./whosaid
RUN pip install -r requirements.txt

COPY app.py ./
COPY components ./components
COPY assets ./assets
COPY .streamlit ./.streamlit
RUN mkdir -p /app/data && chown -R whosaid:whosaid /app/data

USER whosaid
EXPOSE 8501
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD python -c "import urllib.request, sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4).status != 200)"
CMD ["streamlit", "run", "app.py", "--server.port=8501", "--server.address=0.0.0.0"]
