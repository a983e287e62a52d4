"""Bytes in, article text out: .txt (any encoding), .html, .docx and .pdf.

Every failure is an `UnreadableInputError` naming the file and saying what to do.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from whosaid.errors import UnreadableInputError

MAX_BYTES = 10 * 1024 * 1024  # a 2 MB article is fine; a 10 MB one is not an article
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SUPPORTED = ".txt, .html, .docx, .pdf"
LATIN_COUSINS = {
    "cp1250",
    "cp1252",
    "cp1254",
    "cp1257",
    "latin_1",
    "iso8859_2",
    "iso8859_9",
    "iso8859_10",
    "iso8859_13",
    "iso8859_14",
    "iso8859_15",
    "iso8859_16",
    "mac_roman",
    "mac_latin2",
    "cp850",
}


@dataclass(frozen=True)
class Article:
    """An article ready for analysis: `text` is exactly what offsets will point into."""

    title: str
    text: str
    source: str  # file name, or "pasted text"


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample and not (sample.startswith((b"\xff\xfe", b"\xfe\xff")) or sample[1:2] == b"\x00"):
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) * 0.05


def decode_text(data: bytes, *, name: str = "text") -> str:
    """Decode bytes of any common encoding (UTF-8 first, then detected); reject binary data."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if _looks_binary(data):
        raise UnreadableInputError(f"{name}: this is binary data, not text; upload a {SUPPORTED} file.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding in LATIN_COUSINS:
        # Single-byte Western text: detectors often pick a cousin (cp1250 turns "à" into "ŕ");
        # Windows-1252 is what French and English legacy files are written in.
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            if best is None:
                return data.decode("latin-1")
    if best is None:
        raise UnreadableInputError(f"{name}: could not tell the text's encoding; save it as UTF-8 and try again.")
    return str(best)


def _title_from_name(name: str) -> str:
    return Path(name).stem.replace("_", " ").replace("-", " ").strip() or name


def read_html(data: bytes, *, name: str = "page.html") -> Article:
    """Main text of a web page (trafilatura), without menus, footers or scripts."""
    import trafilatura

    html = decode_text(data, name=name)
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or len(text.split()) < 5:
        raise UnreadableInputError(f"{name}: found no article text in this HTML page.")
    metadata = trafilatura.extract_metadata(html)
    title = (metadata.title if metadata and metadata.title else "") or _title_from_name(name)
    return Article(title, text.replace("\n", "\n\n") if "\n\n" not in text else text, name)


def read_docx(data: bytes, *, name: str = "document.docx") -> Article:
    """Paragraph text of a Word document, one blank line between paragraphs."""
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as err:
        raise UnreadableInputError(f"{name}: not a readable .docx file ({err.__class__.__name__}).") from err
    paragraphs = [p.text.strip() for p in document.paragraphs if p.text.strip()]
    if not paragraphs:
        raise UnreadableInputError(f"{name}: the document has no text.")
    title = (document.core_properties.title or "").strip() or _title_from_name(name)
    return Article(title, "\n\n".join(paragraphs), name)


def read_pdf(data: bytes, *, name: str = "document.pdf") -> Article:
    """Text layer of a PDF, page after page."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise UnreadableInputError(f"{name}: the PDF is encrypted; save an unprotected copy and try again.")
        pages = [(page.extract_text() or "").strip() for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, OSError) as err:
        raise UnreadableInputError(f"{name}: not a readable PDF ({err.__class__.__name__}).") from err
    text = "\n\n".join(p for p in pages if p)
    if not text.strip():
        raise UnreadableInputError(f"{name}: the PDF has no text layer (a scan?); run OCR on it first.")
    title = ""
    if reader.metadata is not None and reader.metadata.title:
        title = str(reader.metadata.title).strip()
    return Article(title or _title_from_name(name), text, name)


def read_bytes(data: bytes, name: str) -> Article:
    """Turn an uploaded or read file into an Article, choosing the reader by the file's extension."""
    if len(data) > MAX_BYTES:
        raise UnreadableInputError(
            f"{name}: {len(data) / 1e6:.1f} MB is over the {MAX_BYTES // (1024 * 1024)} MB limit for one article."
        )
    if not data.strip():
        raise UnreadableInputError(f"{name}: the file is empty.")
    suffix = Path(name).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return read_html(data, name=name)
    if suffix == ".docx":
        return read_docx(data, name=name)
    if suffix == ".pdf":
        return read_pdf(data, name=name)
    # .txt and anything else that decodes as text (.md, .csv, no extension); binary data is refused
    text = decode_text(data, name=name)
    if text.lstrip().lower().startswith(("<!doctype html", "<html")):
        return read_html(data, name=name)
    return Article(_title_from_name(name), text, name)


def read_path(path: str | Path) -> Article:
    """Read a file from disk into an Article."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise UnreadableInputError(f"{path}: cannot read the file ({err.strerror or err}).") from err
    return read_bytes(data, path.name)
