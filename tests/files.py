"""Small files of each upload type, made in the tests (nothing binary is committed)."""

from __future__ import annotations

import io

ARTICLE_FR = (
    "Le ministre Jean Dupont a déclaré : « Nous ne céderons pas. »\n\n"
    "Selon Marie Curie, la réforme sera votée avant l'été à Paris."
)
ARTICLE_EN = (
    'Senator John Smith said that the bill would pass in Washington.\n\n"It is a good day for everyone," Smith added.'
)


def docx_bytes(paragraphs: list[str], *, title: str = "") -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.title = title
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _pdf(objects: list[str]) -> bytes:
    """A PDF file of these objects (numbered from 1, the first the catalogue), with its xref table."""
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def pdf_bytes(lines: list[str]) -> bytes:
    """A one-page PDF with a text layer (Helvetica, ASCII text)."""
    escaped = [line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for line in lines]
    content = "BT /F1 11 Tf 50 750 Td " + " ".join(f"({line}) Tj 0 -16 Td" for line in escaped) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return _pdf(objects)


def html_bytes(title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title><script>var tracking = 1;</script></head>"
        f"<body><nav><a href='/'>Accueil</a> | <a href='/sport'>Sport</a></nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>© Journal 2026</footer></body></html>"
    ).encode()


# ------------------------------------------------------------------ hostile files (built, never committed)

DOCUMENT_XML = "word/document.xml"


def _replace_member(data: bytes, member: str, content: bytes, *, compress: int | None = None) -> bytes:
    """A copy of a zip archive with one member's content replaced."""
    import zipfile

    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = content if info.filename == member else source.read(info.filename)
            target.writestr(info.filename, body, compress_type=compress or zipfile.ZIP_DEFLATED)
    return out.getvalue()


def docx_malformed_xml() -> bytes:
    """A .docx whose document.xml is not well-formed XML."""
    return _replace_member(docx_bytes([ARTICLE_FR]), DOCUMENT_XML, b"<w:document><w:body><w:p>unclosed")


def docx_entity_expansion() -> bytes:
    """A .docx whose document.xml declares nested entities (the "billion laughs" attack)."""
    entities = '<!ENTITY a "ha">' + "".join(
        f'<!ENTITY {c} "&{p};&{p};&{p};&{p};&{p};&{p};&{p};&{p};">' for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    )
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&i;</w:t></w:r></w:p></w:body></w:document>"
    )
    return _replace_member(docx_bytes([ARTICLE_FR]), DOCUMENT_XML, xml.encode())


def docx_corrupt_member() -> bytes:
    """A .docx whose document.xml compressed data is damaged (inflating it fails)."""
    data = bytearray(docx_bytes([ARTICLE_FR] * 20))
    name = DOCUMENT_XML.encode()
    at = data.index(b"PK\x03\x04" + data[4:8], 0)
    while True:  # find the local header of document.xml
        at = data.index(b"PK\x03\x04", at)
        name_length = int.from_bytes(data[at + 26 : at + 28], "little")
        extra_length = int.from_bytes(data[at + 28 : at + 30], "little")
        if data[at + 30 : at + 30 + name_length] == name:
            start = at + 30 + name_length + extra_length
            for i in range(start + 10, start + 60):
                data[i] ^= 0x5A
            return bytes(data)
        at += 4


def _docx_streaming(write_document, *, level: int) -> bytes:
    """A .docx whose document.xml `write_document(member)` writes as a stream (for large ones)."""
    import zipfile

    source, out = zipfile.ZipFile(io.BytesIO(docx_bytes([ARTICLE_FR]))), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as target:
        for info in source.infolist():
            if info.filename != DOCUMENT_XML:
                target.writestr(info.filename, source.read(info.filename))
                continue
            with target.open(DOCUMENT_XML, "w", force_zip64=True) as member:
                write_document(member)
    return out.getvalue()


W_DOCUMENT = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'


def docx_long_text(megabytes: int = 36) -> bytes:
    """A .docx of ordinary paragraphs whose document.xml inflates to `megabytes` MB of text: within
    both zip limits (size and ratio), far over the character limit."""
    import random

    rng = random.Random(7)  # varied words, so the file compresses like real text (about 10 times)
    words = "le la ministre a déclaré que réforme serait votée en mars selon porte-parole budget ville".split()  # noqa: SIM905
    texts = (" ".join(rng.choice(words) + str(rng.randrange(100)) for _ in range(60)) for _ in range(4096))
    paragraphs = [f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>".encode() for text in texts]

    def write(member):
        member.write(W_DOCUMENT + b"<w:body>")
        written, i = 0, 0
        while written < megabytes * 1024 * 1024:
            written += member.write(paragraphs[i % len(paragraphs)])
            i += 1
        member.write(b"</w:body></w:document>")

    return _docx_streaming(write, level=6)


def docx_bomb(megabytes: int = 200) -> bytes:
    """A small .docx whose document.xml inflates to `megabytes` MB."""

    def write(member):
        member.write(W_DOCUMENT)
        chunk = b"<w:p/>" * (1024 * 1024 // 6)
        for _ in range(megabytes):
            member.write(chunk)
        member.write(b"</w:document>")

    return _docx_streaming(write, level=9)


def pdf_many_pages(pages: int, line: str = "Le ministre a parlé.") -> bytes:
    """A PDF of `pages` pages that all share one content stream."""
    content = f"BT /F1 11 Tf 50 750 Td ({line}) Tj ET"
    kids = " ".join(f"{4 + i} 0 R" for i in range(pages))
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
    ]
    page = (
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R"
        " /Resources << /Font << /F1 {font} 0 R >> >> >>"
    )
    objects += [page.format(font=4 + pages) for _ in range(pages)]
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    return _pdf(objects)


def pdf_truncated() -> bytes:
    data = pdf_bytes([ARTICLE_EN])
    return data[: len(data) // 2]


def html_huge(megabytes: float = 9.5) -> bytes:
    """A web page of about `megabytes` MB of paragraphs (under the byte limit, over the text limit)."""
    paragraph = "<p>" + ARTICLE_EN.replace("\n\n", " ") + "</p>"
    return html_bytes("Huge", [paragraph[3:-4]] * int(megabytes * 1e6 / len(paragraph)))
