"""Bytes in, article text out: .txt (any encoding), .html, .docx and .pdf.

Every failure is an `UnreadableInputError` naming the file and saying what to do, whatever the file
holds: malformed XML, corrupt zip members, broken PDFs, compression bombs and oversized text are
refused with a message (a last guard turns anything unexpected into "cannot read FILE" and logs the
detail). Control characters from Word and PDF text are normalised so no name carries them.
"""

from __future__ import annotations

import io
import json
import logging
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from whosaid.errors import UnreadableInputError, WhosaidError
from whosaid.messages import error, note

log = logging.getLogger(__name__)

MAX_BYTES = 10 * 1024 * 1024  # a 2 MB article is fine; a 10 MB one is not an article
MAX_CHARS = 2_000_000  # extracted text, after any reader: about 300,000 words, a minute of analysis
MAX_DOCUMENTS = 20  # articles analysed at once: files in an upload, documents in one JSON export
MAX_NAME_CHARS = 255  # a file or source name
MAX_DOCX_UNCOMPRESSED = 40 * 1024 * 1024  # all members of a .docx together, once inflated
MAX_DOCX_RATIO = 100  # inflated / compressed size; Word files compress about 5 to 10 times
MAX_PDF_PAGES = 2000
MAX_HTML_CHARS = 5_000_000  # a web page, scripts and markup included; news pages weigh well under this
BAD_BYTES_WARNING = 0.01  # more undecodable UTF-8 bytes than this share: not UTF-8 after all
# C0 controls other than tab, newline and carriage return, and the Unicode non-characters
_LINE_CONTROLS = re.compile("[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_OTHER_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f\ufffe\uffff]")
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
    warnings: tuple[str, ...] = ()  # what reading it changed or guessed (bad bytes replaced)
    parsed: object = None  # a ParsedArticle when the file was a whosaid JSON export (no parse needed)
    edits: dict | None = None  # the corrections that export carried


def read_analysis_json(data: bytes, name: str, *, max_documents: int = MAX_DOCUMENTS) -> list[Article]:
    """The articles of a whosaid JSON export (`whosaid.analysis/1`, or `whosaid.corpus/1` for several)
    that carries its parsed records: restored with their corrections, without parsing again. The same
    limits as any upload hold (size, articles, characters), and the records are checked against their
    own text before anything is built from them: every refusal is an UnreadableInputError saying why."""
    from whosaid.findings import BadRecordError, parsed_from_dict
    from whosaid.records import normalise_edits

    if len(data) > MAX_BYTES:
        raise _too_large(name, len(data))
    try:
        raw = json.loads(data.decode("utf-8-sig"))
        # a lone surrogate ("\ud800") is valid JSON but not text: nothing could store or hash it
        json.dumps(raw, ensure_ascii=False).encode("utf-8")
    except RecursionError as err:
        raise error(UnreadableInputError, "json_deep", name=name) from err
    except UnicodeError as err:
        raise error(UnreadableInputError, "json_not_text", name=name) from err
    except ValueError as err:
        raise error(UnreadableInputError, "not_export", name=name) from err
    try:
        documents = raw["documents"] if raw.get("schema") == "whosaid.corpus/1" else [raw]
        if not isinstance(documents, list):
            raise ValueError("documents is not a list")
    except (ValueError, KeyError, TypeError, AttributeError) as err:
        raise error(UnreadableInputError, "not_export", name=name) from err
    if len(documents) > max_documents:
        raise error(UnreadableInputError, "json_documents", name=name, count=len(documents), limit=max_documents)
    out = []
    for number, document in enumerate(documents, 1):
        try:
            if (
                not isinstance(document, dict)
                or document.get("schema") != "whosaid.analysis/1"
                or "parsed" not in document
            ):
                raise ValueError("not a whosaid analysis with its parsed records")
            parsed = parsed_from_dict(document["parsed"])
            source = str(document.get("source") or name)[:MAX_NAME_CHARS]
            edits = normalise_edits(document.get("edits"))
        except BadRecordError as err:
            where = f"{name}, article {number}" if len(documents) > 1 else name
            raise error(UnreadableInputError, "bad_records", name=where, why=str(err)) from err
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            raise error(UnreadableInputError, "not_export", name=name) from err
        out.append(Article(parsed.title or title_from_name(source), parsed.text, source, (), parsed, edits))
    if not out:
        raise error(UnreadableInputError, "export_empty", name=name)
    return out


def normalise_controls(text: str) -> str:
    """Vertical tabs, form feeds and other line separators become line breaks, other control
    characters spaces: each character stays one character, so nothing else moves."""
    return _OTHER_CONTROLS.sub(" ", _LINE_CONTROLS.sub("\n", text))


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample and not (sample.startswith((b"\xff\xfe", b"\xfe\xff")) or sample[1:2] == b"\x00"):
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) * 0.05


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a byte-order mark: most odd (LE) or even (BE) bytes are zero."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    half = len(sample) // 2
    for zeros, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros > 0.6 * half:
            return data.decode(codec, errors="replace")
    return None


def decode_text(data: bytes, *, name: str = "text") -> str:
    """Decode bytes of any common encoding (UTF-8 first, then detected); reject binary data."""
    return decode_with_warnings(data, name=name)[0]


def decode_with_warnings(data: bytes, *, name: str = "text") -> tuple[str, tuple[str, ...]]:
    """Decode bytes as `decode_text` does, with what the decoding had to guess or replace."""

    def replaced(text: str, encoding: str) -> tuple[str, tuple[str, ...]]:
        bad = text.count("\ufffd")
        if not bad:
            return text, ()
        return text, (note("bad_bytes", name=name, bad=bad, encoding=encoding),)

    if data.startswith(b"\xef\xbb\xbf"):
        return replaced(data[3:].decode("utf-8", errors="replace"), "UTF-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return replaced(data.decode("utf-16", errors="replace"), "UTF-16")
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return replaced(utf16, "UTF-16")
    if _looks_binary(data):
        raise error(UnreadableInputError, "binary", name=name, supported=SUPPORTED)
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    # a UTF-8 file with a few bad bytes stays UTF-8: valid multi-byte sequences and few errors
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    multibyte = sum(1 for ch in lenient if ord(ch) > 0x7F and ch != "\ufffd")
    if multibyte and bad <= max(1, BAD_BYTES_WARNING * len(lenient)):
        return replaced(lenient, "UTF-8")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding in LATIN_COUSINS:
        # Single-byte Western text: detectors often pick a cousin (cp1250 turns "à" into "ŕ");
        # Windows-1252 is what French and English legacy files are written in.
        try:
            return data.decode("cp1252"), ()
        except UnicodeDecodeError:
            if best is None:
                return data.decode("latin-1"), ()
    if best is None:
        raise error(UnreadableInputError, "encoding", name=name)
    return str(best), ()


def title_from_name(name: str) -> str:
    return Path(name).stem.replace("_", " ").replace("-", " ").strip() or name


def read_html(data: bytes, *, name: str = "page.html") -> Article:
    """Main text of a web page (trafilatura), without menus, footers or scripts."""
    try:
        import trafilatura
    except ImportError as err:  # e.g. lxml_html_clean missing on a new lxml
        log.warning("the HTML reader cannot be imported: %s", err)
        raise error(UnreadableInputError, "html_reader", name=name) from err

    html, warnings = decode_with_warnings(data, name=name)
    if len(html) > MAX_HTML_CHARS:
        raise error(UnreadableInputError, "html_too_long", name=name, limit=MAX_HTML_CHARS)
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or len(text.split()) < 5:
        raise error(UnreadableInputError, "no_html_text", name=name)
    metadata = trafilatura.extract_metadata(html)
    title = (metadata.title if metadata and metadata.title else "") or title_from_name(name)
    return Article(title, text.replace("\n", "\n\n") if "\n\n" not in text else text, name, warnings)


def _check_docx_archive(data: bytes, name: str) -> None:
    """Refuse a .docx whose members inflate past the limit or too steeply (a zip bomb), before any XML
    is parsed; members are inflated in a stream and counted, so a lying header does not help."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as err:
        raise _logged(error(UnreadableInputError, "docx", name=name), err) from err
    with archive:
        infos = archive.infolist()
        declared = sum(i.file_size for i in infos)
        compressed = max(1, sum(i.compress_size for i in infos))
        if declared > MAX_DOCX_UNCOMPRESSED or declared > MAX_DOCX_RATIO * max(compressed, 64 * 1024):
            raise error(UnreadableInputError, "docx_bomb", name=name, size=round(declared / 1e6))
        inflated = 0
        for info in infos:
            try:
                with archive.open(info) as member:
                    while chunk := member.read(1024 * 1024):
                        inflated += len(chunk)
                        if inflated > MAX_DOCX_UNCOMPRESSED:
                            raise error(UnreadableInputError, "docx_bomb", name=name, size=round(inflated / 1e6))
            except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError) as err:
                raise _logged(error(UnreadableInputError, "docx_part", name=name), err) from err


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MAIN_PART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"


def _docx_main_part(archive: zipfile.ZipFile) -> str:
    """The member holding the document body, as the package's relationships name it."""
    from lxml import etree

    try:
        rels = etree.fromstring(archive.read("_rels/.rels"), etree.XMLParser(resolve_entities=False, no_network=True))
        for rel in rels:
            if rel.get("Type") == _MAIN_PART and rel.get("Target"):
                return rel.get("Target").lstrip("/")
    except KeyError:
        pass
    return "word/document.xml"


def _docx_paragraphs(archive: zipfile.ZipFile, name: str):
    """The body's paragraphs as text (runs, tabs and breaks, as Word shows them), read as a stream:
    reading stops as soon as the text passes the character limit, whatever the document's size."""
    from lxml import etree

    with archive.open(_docx_main_part(archive)) as xml:
        if b"<!DOCTYPE" in xml.read(4096).upper():
            raise etree.XMLSyntaxError("a DOCTYPE in a Word document", None, 0, 0)  # entity tricks
    total = 0
    with archive.open(_docx_main_part(archive)) as xml:
        events = etree.iterparse(
            xml, events=("end",), tag=f"{_W}p", resolve_entities=False, no_network=True, load_dtd=False
        )
        for _, paragraph in events:
            parent = paragraph.getparent()
            if parent is not None and parent.tag == f"{_W}body":
                parts = []
                for node in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
                    parts.append(node.text or "" if node.tag == f"{_W}t" else "\t" if node.tag == f"{_W}tab" else "\n")
                text = "".join(parts).strip()
                if text:
                    total += len(text) + 2
                    if total > MAX_CHARS:
                        raise _too_long(name)
                    yield text
                paragraph.clear()  # what was read is let go: memory stays flat however long the body
                while paragraph.getprevious() is not None:
                    del parent[0]


def _docx_title(archive: zipfile.ZipFile) -> str:
    from lxml import etree

    try:
        core = etree.fromstring(
            archive.read("docProps/core.xml"), etree.XMLParser(resolve_entities=False, no_network=True)
        )
    except KeyError:
        return ""
    title = core.find("{http://purl.org/dc/elements/1.1/}title")
    return (title.text or "").strip() if title is not None else ""


def read_docx(data: bytes, *, name: str = "document.docx") -> Article:
    """Paragraph text of a Word document, one blank line between paragraphs; reading stops at the
    character limit (a huge document is refused without being read whole)."""
    _check_docx_archive(data, name)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            paragraphs = list(_docx_paragraphs(archive, name))
            title = _docx_title(archive)
    except (zipfile.BadZipFile, zlib.error, KeyError, ValueError, OSError, EOFError) as err:
        raise _logged(error(UnreadableInputError, "docx", name=name), err) from err
    except WhosaidError:
        raise
    except Exception as err:  # lxml's XMLSyntaxError and kin: malformed XML inside the package
        if type(err).__module__.startswith("lxml"):
            raise _logged(error(UnreadableInputError, "docx_xml", name=name), err) from err
        raise
    if not paragraphs:
        raise error(UnreadableInputError, "docx_empty", name=name)
    return Article(title or title_from_name(name), "\n\n".join(paragraphs), name)


def read_pdf(data: bytes, *, name: str = "document.pdf") -> Article:
    """Text layer of a PDF, page after page, re-flowed into paragraphs, stopping at the text limit."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise error(UnreadableInputError, "pdf_encrypted", name=name)
        count = len(reader.pages)
        if count > MAX_PDF_PAGES:
            raise error(UnreadableInputError, "pdf_pages", name=name, count=count, limit=MAX_PDF_PAGES)
        pages, size = [], 0
        for page in reader.pages:
            text = (page.extract_text() or "").strip()
            size += len(text)
            if size > MAX_CHARS:
                raise _too_long(name)
            pages.append(text)
        title = str(reader.metadata.title).strip() if reader.metadata is not None and reader.metadata.title else ""
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError, zlib.error, RecursionError) as err:
        raise _logged(error(UnreadableInputError, "pdf", name=name), err) from err
    # the page shows (and offsets point into) the re-flowed text: a name broken over two lines is one name
    text = "\n\n".join(reflow(p) for p in pages if p)
    if not text.strip():
        raise error(UnreadableInputError, "pdf_scan", name=name)
    if title.lower() in ("about:blank", "untitled"):
        title = ""
    return Article(title or title_from_name(name), text, name)


_SENTENCE_END = tuple('.!?:»”"')
# typeset ligatures as the letters they stand for ("ﬁnancier" -> "financier"): the model and a
# search both read letters
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
HEADING_LINE = 0.6  # a paragraph's first line this much shorter than usual, with no punctuation: a heading


def _is_heading(line: str, usual: int) -> bool:
    return len(line) < HEADING_LINE * usual and not line.endswith((*_SENTENCE_END, ",", ";", "-"))


SHORT_LINE = 0.75  # a line this much shorter than the page's usual ends its paragraph (after a full stop)


def reflow(page: str) -> str:
    """A PDF page's text as paragraphs: the lines of a paragraph joined with spaces, end-of-line
    hyphenation undone ("communi-⏎cation" -> "communication"; "Jean-⏎Pierre" keeps its hyphen), a
    paragraph ending at a blank line, or at a short line that closes a sentence; a short first line
    without punctuation before a capitalised line is a heading, a paragraph of its own; ligatures
    become letters."""
    lines = [" ".join(line.translate(_LIGATURES).split()) for line in page.splitlines()]
    filled = sorted(len(line) for line in lines if line)
    usual = filled[len(filled) // 2] if filled else 0
    paragraphs, current = [], ""
    for number, line in enumerate(lines):
        following = lines[number + 1] if number + 1 < len(lines) else ""
        if not current and line and following[:1].isupper() and _is_heading(line, usual):
            paragraphs.append(line)  # a heading: never glued to the paragraph under it
            continue
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        if not current:
            current = line
        elif current.endswith("-") and current[-2:-1].isalpha() and line[:1].islower():
            current = current[:-1] + line  # a word cut at the end of the line
        elif current.endswith("-") and current[-2:-1].isalpha():
            current += line  # "Jean-⏎Pierre": a compound, the hyphen stays
        else:
            current += " " + line
        if line.endswith(_SENTENCE_END) and len(line) < SHORT_LINE * usual:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)


def _too_large(name: str, size: int) -> WhosaidError:
    return error(UnreadableInputError, "too_large", name=name, size=round(size / 1e6, 1), mb=MAX_BYTES // (1024 * 1024))


def _too_long(name: str) -> WhosaidError:
    return error(UnreadableInputError, "too_long", name=name, limit=MAX_CHARS)


def _logged(err: WhosaidError, cause: BaseException) -> WhosaidError:
    """`err`, with the exception behind it (its class and words) in the log: never on the page."""
    log.info("%s (%s: %s)", err, type(cause).__name__, cause)
    return err


def read_bytes(data: bytes, name: str) -> Article:
    """Turn an uploaded or read file into an Article, choosing the reader by the file's extension.
    Raises only `UnreadableInputError` (anything unexpected becomes "cannot read FILE", logged)."""
    try:
        article = _read_bytes(data, name)
    except WhosaidError:
        raise
    except Exception as err:  # the last guard: one odd file never stops the others
        log.warning("cannot read %s: %s: %s", name, type(err).__name__, err, exc_info=True)
        raise error(UnreadableInputError, "unreadable", name=name) from err
    if len(article.text) > MAX_CHARS:
        raise _too_long(name)
    text = normalise_controls(article.text)
    title = " ".join(normalise_controls(article.title).split())
    return Article(title, text, article.source, article.warnings)


def _read_bytes(data: bytes, name: str) -> Article:
    if len(data) > MAX_BYTES:
        raise _too_large(name, len(data))
    if not data.strip():
        raise error(UnreadableInputError, "empty_file", name=name)
    suffix = Path(name).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return read_html(data, name=name)
    if suffix == ".docx":
        return read_docx(data, name=name)
    if suffix == ".pdf":
        return read_pdf(data, name=name)
    # .txt and anything else that decodes as text (.md, .csv, no extension); binary data is refused
    text, warnings = decode_with_warnings(data, name=name)
    if text.lstrip().lower().startswith(("<!doctype html", "<html")):
        return read_html(data, name=name)
    return Article(title_from_name(name), text, name, warnings)


def read_path(path: str | Path) -> Article:
    """Read a file from disk into an Article: a regular file, at most the byte limit (plus one byte,
    to tell an oversized file)."""
    path = Path(path)
    try:
        if not path.is_file():
            what = "it is a folder" if path.is_dir() else "not a regular file" if path.exists() else "no such file"
            raise error(UnreadableInputError, "no_file", name=str(path), why=what)
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as err:
        raise error(UnreadableInputError, "no_file", name=str(path), why=err.strerror or str(err)) from err
    return read_bytes(data, path.name)


def read_stream(stream, name: str = "stdin") -> Article:
    """Read standard input (or any binary stream) into an Article, at most the byte limit plus one."""
    return read_bytes(stream.read(MAX_BYTES + 1), name)
