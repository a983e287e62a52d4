"""Every message the core gives a person, by code, as spaCy keeps its errors in `errors.py`.

An error carries its code and parameters (`WhosaidError.code`, `.params`) next to its English sentence,
so an interface translates it from the code (`assets/i18n.json`: `core_<code>`) instead of parsing the
sentence back; the English template lives here only. A warning is a `Note`: its English sentence (a
`str`, as the records and the CLI have always given it) that carries its code and parameters too; the
stored records keep both (`warning_codes` beside `warnings`), so a share or an export reopened later is
translated from the code as well. No message names an exception class: what went wrong is said in
words, and the class goes to the log.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # the text itself
    "empty": "The text is empty: paste or upload an article with some words in it.",
    "no_words": "The text has no words in it: paste or upload an article.",
    "not_text": "Expected article text (str), got {kind}.",
    "binary_text": "The text looks like binary data, not an article: upload a .txt, .html, .docx or .pdf file.",
    "no_model": (
        "No spaCy pipeline for {language} is installed (tried {tried}); install one with pip (see"
        " requirements.txt) or set {env}."
    ),
    "too_long": "{name}: the text is over {limit} characters; split it into articles and try again.",
    "too_large": "{name}: {size} MB is over the {mb} MB limit for one article.",
    # reading a file
    "empty_file": "{name}: the file is empty.",
    "unreadable": "{name}: cannot read this file (it may be damaged, or not the format its name says).",
    "no_file": "{name}: cannot read the file ({why}).",
    "binary": "{name}: this is binary data, not text; upload a {supported} file.",
    "encoding": "{name}: could not tell the text's encoding; save it as UTF-8 and try again.",
    "html_reader": "{name}: the HTML reader is not installed; reinstall whosaid.",
    "html_too_long": "{name}: the page is over {limit} characters; save the article's text alone and try again.",
    "no_html_text": "{name}: found no article text in this HTML page.",
    "docx": "{name}: not a readable .docx file (it is damaged, or not a Word document).",
    "docx_part": "{name}: a part of the document is damaged; save it again in Word.",
    "docx_xml": "{name}: the document's XML is malformed; save it again in Word.",
    "docx_bomb": "{name}: the document would expand to {size} MB; that is not an article (a compression bomb?).",
    "docx_empty": "{name}: the document has no text.",
    "pdf": "{name}: not a readable PDF (it is damaged, or not a PDF).",
    "pdf_encrypted": "{name}: the PDF is encrypted; save an unprotected copy and try again.",
    "pdf_pages": "{name}: {count} pages is over the {limit}-page limit.",
    "pdf_scan": "{name}: the PDF has no text layer (a scan?); run OCR on it first.",
    # a whosaid JSON export
    "json_deep": "{name}: the JSON is nested too deeply to be a whosaid export.",
    "json_not_text": "{name}: the export holds characters that are not text.",
    "not_export": "{name}: not a whosaid analysis export (download it again with the JSON button).",
    "json_documents": "{name}: the export holds {count} articles; at most {limit} can be opened at once.",
    "bad_records": "{name}: the records do not fit the text ({why}).",
    "export_empty": "{name}: the export holds no article.",
    # a share link
    "share_not_found": "This link opens no analysis: it is not one whosaid made, or it was mistyped.",
    "share_deleted": "This analysis was deleted by the person who shared it.",
    "share_expired": "This link has expired; ask for a new one.",
    "share_read_only": "This draft belongs to another session: changes are saved as a copy of your own.",
    "share_too_large": "This analysis is {size} MB, over the {mb} MB a link can hold; share fewer articles.",
    "share_store_down": "The share store cannot be reached just now; try the link again in a moment.",
    # a corpus folder
    "not_corpus": "{name}: not a whosaid corpus (no articles table); run `python -m whosaid batch`.",
    "corpus_tables": "{name}: the tables cannot be read (a file is damaged, or not a whosaid table).",
    "corpus_corrections": "{name}: the corrections file is damaged.",
    "no_article": "No article {id}… in this corpus.",
    "article_damaged": "The article {id} cannot be opened: its records are damaged.",
    "no_entity": "No corpus entity is named {name!r}.",
    # the command line
    "unexpected_input": "{name}: cannot analyse this input: an unexpected error (run with --debug to see it).",
    "store_unusable": (
        "The store cannot be used: it cannot be reached, or its tables are damaged (run with --debug to see why)."
    ),
    # warnings: what reading or parsing had to guess, replace or cut
    "bad_bytes": "{name}: {bad} bytes are not valid {encoding} and were replaced with \ufffd.",
    "unclosed_one": 'A quotation mark is never closed, at "{near}…"; its quote stops at the paragraph\'s end.',
    "unclosed_many": (
        '{count} quotation marks are never closed (the first at "{near}…"); their quotes stop at the paragraph\'s end.'
    ),
    "long_text": "Long text: parsed in {n} parts cut at paragraph breaks.",
}


def _english(value) -> str:
    """A parameter as the English sentence writes it: thousands with commas, MB to one decimal."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.1f}"
    return str(value)


def message(code: str, **params) -> str:
    """The English sentence of message `code` with its parameters filled."""
    return MESSAGES[code].format(**{k: _english(v) for k, v in params.items()})


def error(cls: type[Exception], code: str, **params) -> Exception:
    """An error of class `cls` (a `WhosaidError`) for message `code`: its English sentence, its code
    and its parameters, ready to raise."""
    return cls(message(code, **params), code=code, params=params)


class Note(str):
    """A warning: its English sentence, with the `code` and `params` an interface translates it from."""

    code: str
    params: dict

    def __new__(cls, code: str, params: dict | None = None) -> Note:
        params = dict(params or {})
        note = super().__new__(cls, message(code, **params))
        note.code, note.params = code, params
        return note

    def __reduce__(self):  # pickled (a pool of processes, a deep copy) as its code and parameters
        return (Note, (self.code, self.params))

    def record(self) -> dict:
        """The JSON-ready code and parameters."""
        return {"code": self.code, "params": dict(self.params)}


def note(code: str, **params) -> Note:
    """The warning of message `code` with its parameters."""
    return Note(code, params)


def restore_note(text: str, record: object) -> str:
    """A stored warning as a `Note` again when its record is a known code whose parameters give back the
    same sentence; else the sentence as it was (records from outside are never trusted further)."""
    if not isinstance(record, dict) or record.get("code") not in MESSAGES or not isinstance(record.get("params"), dict):
        return text
    params = record["params"]
    if not all(isinstance(k, str) and isinstance(v, (str, int, float)) for k, v in params.items()):
        return text
    try:
        restored = Note(record["code"], params)
    except (KeyError, IndexError, ValueError):
        return text
    return restored if str(restored) == text else text
