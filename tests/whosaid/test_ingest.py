"""Reading uploads: encodings, HTML, Word, PDF, and the errors for what cannot be read."""

import json

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


# --------------------------------------------------------------------------- JSON imports: limits, checks


def _export(**changes) -> dict:
    """A hand-made whosaid.analysis/1 document with its parsed records (no model needed)."""
    from whosaid.findings import ParsedArticle, RawMention, RawQuote, SpeakerMention, parsed_to_dict

    text = "« Nous partons », a dit Paul Roux."
    speaker = SpeakerMention(
        start=24, end=33, text="Paul Roux", kind="name", name="Paul Roux", entity_spans=((24, 33),)
    )
    parsed = ParsedArticle(
        text=text,
        language="fr",
        model="fr_core_news_md 3.8.0",
        mentions=(RawMention(start=24, end=33, label="PERSON", model_label="PER"),),
        quotes=(RawQuote(start=2, end=14, kind="direct", cue=(17, 23), speaker=speaker, attribution="explicit"),),
        titles=(),
        subjects=(),
        sentences=((0, len(text)),),
    )
    records = parsed_to_dict(parsed)
    records.update(changes)
    return {"schema": "whosaid.analysis/1", "parsed": records, "edits": {}}


def test_a_valid_export_is_restored_with_its_records():
    from whosaid.ingest import read_analysis_json

    (article,) = read_analysis_json(json.dumps(_export()).encode(), "ok.json")
    assert article.parsed.quotes[0].speaker.name == "Paul Roux" and article.text.startswith("«")


@pytest.mark.parametrize(
    ("label", "change", "expected"),
    [
        ("unknown quote kind", lambda d: d["parsed"]["quotes"][0].update(kind="kind_evil"), "quote 1 kind"),
        ("quote past the text", lambda d: d["parsed"]["quotes"][0].update(end=999), "quote 1 lies outside"),
        ("cue before the text", lambda d: d["parsed"]["quotes"][0].update(cue=[-3, 2]), "quote 1 cue lies outside"),
        ("entity span past the text", lambda d: d["parsed"]["mentions"][0].update(end=999), "mention 1 lies outside"),
        ("unknown entity type", lambda d: d["parsed"]["mentions"][0].update(label="GOD"), "mention 1 label"),
        (
            "speaker's entity past the text",
            lambda d: d["parsed"]["quotes"][0]["speaker"].update(entity_spans=[[0, 999]]),
            "speaker entity",
        ),
        (
            "a name the speaker cannot mean past the text",
            lambda d: d["parsed"]["quotes"][0]["speaker"].update(disjoint=[[0, 999]]),
            "speaker name it cannot mean",
        ),
        ("offsets that are not numbers", lambda d: d["parsed"]["quotes"][0].update(start="2"), "quote 1 lies outside"),
        ("a language path", lambda d: d["parsed"].update(language="../lang/fr"), "the language"),
        ("an unsupported language", lambda d: d["parsed"].update(language="de"), "the language"),
        ("a huge title", lambda d: d["parsed"].update(title="x" * 5000), "the title"),
        ("an unknown speaker kind", lambda d: d["parsed"]["quotes"][0]["speaker"].update(kind="god"), "speaker kind"),
    ],
)
def test_records_that_do_not_fit_their_text_are_refused_by_name(label, change, expected):
    from whosaid.ingest import read_analysis_json

    document = _export()
    change(document)
    with pytest.raises(UnreadableInputError) as caught:
        read_analysis_json(json.dumps(document).encode(), "edited.json")
    assert str(caught.value).startswith("edited.json: the records do not fit the text") and expected in str(
        caught.value
    )


def test_json_imports_have_the_limits_of_any_upload():
    from whosaid.ingest import MAX_CHARS, MAX_DOCUMENTS, read_analysis_json

    too_many = {"schema": "whosaid.corpus/1", "documents": [_export()] * (MAX_DOCUMENTS + 1)}
    with pytest.raises(UnreadableInputError, match=f"holds {MAX_DOCUMENTS + 1} articles; at most {MAX_DOCUMENTS}"):
        read_analysis_json(json.dumps(too_many).encode(), "corpus.json")
    with pytest.raises(UnreadableInputError, match="nested too deeply"):
        read_analysis_json(b"[" * 100_000 + b"]" * 100_000, "deep.json")
    with pytest.raises(UnreadableInputError, match="not text"):
        read_analysis_json(json.dumps(_export(text="\ud800 a dit Paul")).encode(), "surrogate.json")
    long = _export(text="a" * (MAX_CHARS + 1))
    with pytest.raises(UnreadableInputError, match="characters; the limit is"):
        read_analysis_json(json.dumps(long).encode(), "long.json")
    corpus = {"schema": "whosaid.corpus/1", "documents": [_export(), _export()]}
    bad = corpus["documents"][1] = _export()
    bad["parsed"]["quotes"][0]["kind"] = "evil"
    with pytest.raises(UnreadableInputError, match=r"corpus.json, article 2: the records do not fit"):
        read_analysis_json(json.dumps(corpus).encode(), "corpus.json")


def test_pdf_ligatures_become_letters_and_a_heading_stays_apart():
    from whosaid.ingest import reflow

    body = "Le ministre des Finances a présenté mardi un budget très attendu par les marchés et les"
    page = "Budget de la France\n" + body + "\nbanques, qui l’ont jugé ﬁnancièrement prudent et efﬁcace.\n"
    paragraphs = reflow(page).split("\n\n")
    assert paragraphs[0] == "Budget de la France"
    assert "financièrement" in paragraphs[1] and "efficace" in paragraphs[1] and "ﬁ" not in reflow(page)
    # a short last line of a paragraph is not taken for a heading
    assert (
        len(
            reflow(body + "\nbanques.\nLa suite du texte continue ici sans fin de phrase et encore plus loin").split(
                "\n\n"
            )
        )
        == 2
    )
