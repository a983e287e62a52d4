"""Reading uploads: encodings, HTML, Word, PDF, and the errors for what cannot be read."""

import pytest

from tests.files import ARTICLE_EN, ARTICLE_FR, docx_bytes, html_bytes, pdf_bytes
from whosaid.errors import UnreadableInputError
from whosaid.ingest import MAX_BYTES, decode_text, read_bytes, read_path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "latin-1", "cp1252", "utf-16"])
def test_text_in_any_common_encoding(encoding):
    text = "Le ministre a déclaré à la presse : « Nous ne céderons pas », a-t-il ajouté à Besançon."
    assert read_bytes(text.encode(encoding), "article.txt").text == text


def test_html_keeps_the_article_and_drops_navigation_and_scripts():
    paragraphs = [
        "Le ministre Jean Dupont a déclaré mardi que la réforme des retraites serait votée avant l'été.",
        "« Nous ne céderons pas », a-t-il ajouté devant les députés réunis à l'Assemblée nationale.",
    ]
    article = read_bytes(html_bytes("Réforme des retraites", paragraphs), "page.html")
    assert "Jean Dupont a déclaré" in article.text and "Nous ne céderons pas" in article.text
    assert "tracking" not in article.text and "Accueil" not in article.text
    assert article.title == "Réforme des retraites"


def test_docx_paragraphs_and_title():
    article = read_bytes(docx_bytes(ARTICLE_FR.split("\n\n"), title="Dupont"), "note.docx")
    assert article.text == ARTICLE_FR and article.title == "Dupont"


def test_pdf_text_layer():
    lines = ["Senator John Smith said that the bill would pass.", "It was a good day, Smith added."]
    article = read_bytes(pdf_bytes(lines), "report.pdf")
    assert "John Smith said that the bill would pass." in article.text
    assert article.title == "report"


@pytest.mark.parametrize(
    "data, name, message",
    [
        (b"", "empty.txt", "empty"),
        (b"\x00\x01\x02\x03binary\x00\x00" * 50, "image.bin", "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "photo.txt", "binary"),
        (b"not a zip at all", "broken.docx", "not a readable .docx"),
        (b"%PDF-1.4 garbage", "broken.pdf", "PDF"),
        (pdf_bytes([]), "scan.pdf", "no text layer"),
        (b"<html><body><nav>menu</nav></body></html>", "empty.html", "no article text"),
    ],
)
def test_unreadable_files_are_named_in_a_clear_error(data, name, message):
    with pytest.raises(UnreadableInputError, match=message) as caught:
        read_bytes(data, name)
    assert str(caught.value).startswith(name)


def test_size_limit():
    with pytest.raises(UnreadableInputError, match="limit"):
        read_bytes(b"a" * (MAX_BYTES + 1), "huge.txt")


def test_read_path_reports_missing_files(tmp_path):
    with pytest.raises(UnreadableInputError, match="cannot read"):
        read_path(tmp_path / "missing.txt")
    path = tmp_path / "en.txt"
    path.write_text(ARTICLE_EN, encoding="utf-8")
    assert read_path(path).text == ARTICLE_EN


def test_decode_text_rejects_undecodable_binary():
    with pytest.raises(UnreadableInputError):
        decode_text(bytes(range(256)) * 10, name="x")
