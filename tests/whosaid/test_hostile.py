"""Hostile and clumsy inputs: every file is built here; each is refused with a message naming it, or
read with a warning, never a traceback, within a memory ceiling (no spaCy needed)."""

from __future__ import annotations

import contextlib
import csv
import io
import subprocess
import sys

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import files
from tests.conftest import ROOT
from whosaid.errors import UnreadableInputError, WhosaidError
from whosaid.export import entities_csv, graph_bytes, quotes_csv, safe_cell
from whosaid.ingest import MAX_BYTES, decode_with_warnings, normalise_controls, read_bytes, read_path, read_stream

MEMORY_CEILING = 1536 * 1024 * 1024  # bytes of address space a hostile case may use, reader included

HOSTILE = {
    "malformed.docx": (files.docx_malformed_xml, "malformed"),
    "laughs.docx": (files.docx_entity_expansion, "malformed"),
    "damaged.docx": (files.docx_corrupt_member, "damaged"),
    "bomb.docx": (files.docx_bomb, "compression bomb"),
    "long.docx": (files.docx_long_text, "over 2,000,000 characters"),
    "pages.pdf": (lambda: files.pdf_many_pages(5000), "page limit"),
    "long.pdf": (lambda: files.pdf_many_pages(1900, "x" * 1200), "over 2,000,000 characters"),
    "truncated.pdf": (files.pdf_truncated, "not a readable PDF"),
    "garbage.pdf": (lambda: b"%PDF-1.7\n" + bytes(range(256)) * 40, "not a readable PDF"),
    "huge.html": (files.html_huge, "over 5,000,000 characters"),
    "zip.docx": (lambda: b"PK\x03\x04" + b"\x00" * 200, "not a readable .docx"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_files_are_refused_by_name(name):
    build, message = HOSTILE[name]
    with pytest.raises(UnreadableInputError, match=message) as caught:
        read_bytes(build(), name)
    assert str(caught.value).startswith(f"{name}: ")


@pytest.mark.parametrize("name", ["bomb.docx", "long.docx", "pages.pdf", "huge.html"])
def test_hostile_files_are_refused_within_a_memory_ceiling(tmp_path, name):
    """In a child process whose address space is capped: the refusal costs little memory."""
    path = tmp_path / name
    path.write_bytes(HOSTILE[name][0]())
    code = (
        "import resource, sys\n"
        f"resource.setrlimit(resource.RLIMIT_AS, ({MEMORY_CEILING}, {MEMORY_CEILING}))\n"
        "from whosaid.errors import UnreadableInputError\n"
        "from whosaid.ingest import read_path\n"
        "try:\n"
        f"    read_path({str(path)!r})\n"
        "except UnreadableInputError as err:\n"
        "    print('refused:', err)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.startswith(f"refused: {path}") or out.stdout.startswith(f"refused: {name}")


@pytest.mark.parametrize(
    "data, text, warned",
    [
        (b"\xef\xbb\xbfLe caf\xc3\xa9 \xff\xfe est ferm\xc3\xa9.", "Le café \ufffd\ufffd est fermé.", True),
        (b"\xff\xfeL\x00e\x00 \x00c\x00a\x00f\x00\xe9\x00\x00\xd8", None, True),  # UTF-16 BOM, a lone surrogate
        ("Le café est fermé, a dit le maire.".encode("utf-16-le"), "Le café est fermé, a dit le maire.", False),
        ("The café is closed, the mayor said.".encode("utf-16-be"), "The café is closed, the mayor said.", False),
        # a UTF-8 article with one bad byte stays UTF-8, not cp1252 mojibake ("cafÃ©")
        ("Le café est fermé, a déclaré le maire. ".encode() * 20 + b"\x92", None, True),
        ("Le café est fermé.".encode("cp1252"), "Le café est fermé.", False),
    ],
)
def test_encodings_as_people_have_them(data, text, warned):
    decoded, warnings = decode_with_warnings(data, name="a.txt")
    if text is not None:
        assert decoded == text
    assert "Ã" not in decoded and "\x00" not in decoded
    assert bool(warnings) is warned
    if warned:
        assert warnings[0].startswith("a.txt: ") and "replaced" in warnings[0]


def test_a_utf8_file_with_bad_bytes_is_read_with_a_warning():
    article = read_bytes("Le café est fermé, a déclaré le maire. ".encode() * 20 + b"\x92", "cafe.txt")
    assert "café" in article.text and article.text.endswith("\ufffd")
    assert article.warnings and "cafe.txt" in article.warnings[0]


@pytest.mark.parametrize("control", ["\x0b", "\x0c", "\x01", "\x1f", "\x7f", "\ufffe", "\u2028"])
def test_control_characters_are_normalised_at_ingest_and_nothing_moves(control):
    raw = f"Le ministre Jean{control}Dupont a parlé."
    clean = normalise_controls(raw)
    assert len(clean) == len(raw) and control not in clean
    assert clean.replace("\n", " ") == "Le ministre Jean Dupont a parlé."
    built = [(raw.encode(), "a.txt")]
    if ord(control) < 0x100:  # the test PDF writes Latin-1 strings
        built.append((files.pdf_bytes([raw.replace("é", "e")]), "a.pdf"))
    for data, name in built:
        article = read_bytes(data, name)
        assert control not in article.text and "Jean" in article.text


def test_pdf_metadata_title_about_blank_gives_the_file_name():
    data = files.pdf_bytes(["Le ministre a parle."]).replace(
        b"/Root 1 0 R", b"/Root 1 0 R /Info << /Title (about:blank) >>"
    )
    assert read_bytes(data, "rapport_annuel.pdf").title == "rapport annuel"


def test_the_last_guard_turns_anything_into_cannot_read(monkeypatch):
    import whosaid.ingest as ingest

    def boom(data, *, name):
        raise RuntimeError("unexpected")

    monkeypatch.setattr(ingest, "read_docx", boom)
    with pytest.raises(UnreadableInputError, match=r"^x\.docx: cannot read this file \(it may be damaged") as caught:
        read_bytes(b"PK whatever", "x.docx")
    assert "RuntimeError" not in str(caught.value) and caught.value.code == "unreadable"


def test_non_regular_files_and_oversized_streams_are_refused(tmp_path):
    with pytest.raises(UnreadableInputError, match="not a regular file"):
        read_path("/dev/zero")
    with pytest.raises(UnreadableInputError, match="folder"):
        read_path(tmp_path)
    with pytest.raises(UnreadableInputError, match="limit"):
        read_stream(io.BytesIO(b"a" * (MAX_BYTES + 10)), "stdin")


# ------------------------------------------------------------------ fuzzing the readers


def _valid_docx() -> bytes:
    return files.docx_bytes([files.ARTICLE_FR])


DOCX, PDF = _valid_docx(), files.pdf_bytes([files.ARTICLE_EN])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=4096), suffix=st.sampled_from([".txt", ".html", ".docx", ".pdf", ""]))
def test_random_bytes_raise_only_our_error(data, suffix):
    with contextlib.suppress(WhosaidError):  # anything else fails the test
        read_bytes(data, "random" + suffix)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    which=st.sampled_from(["docx", "pdf"]),
    edits=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), min_size=1, max_size=12),
    cut=st.one_of(st.none(), st.floats(0.05, 1)),
)
def test_mutated_documents_raise_only_our_error(which, edits, cut):
    data = bytearray(DOCX if which == "docx" else PDF)
    for where, value in edits:
        data[int(where * (len(data) - 1))] = value
    if cut is not None:
        data = data[: max(1, int(cut * len(data)))]
    with contextlib.suppress(WhosaidError):  # anything else fails the test
        read_bytes(bytes(data), f"mutated.{which}")


# ------------------------------------------------------------------ exports


@pytest.mark.parametrize("cell", ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])
def test_csv_cells_that_look_like_formulas_are_neutralised(cell):
    assert safe_cell(cell) == "'" + cell
    assert safe_cell("Jean Dupont") == "Jean Dupont" and safe_cell(3) == 3


@pytest.mark.parametrize(
    "cell",
    ["Dupont\r=cmd|' /C calc'!A0", "Dupont\n+SUM(A1)", "Dupont\r\n@x", "a\u2028-2+3", "safe\rtext"],
)
def test_a_line_break_inside_a_cell_never_starts_a_row_or_a_formula(cell):
    import pandas as pd

    from whosaid.export import _csv

    export = _csv([{"speaker": cell, "text": "x"}], ("speaker", "text"))
    for reader in (
        lambda: list(csv.reader(io.StringIO(export, newline=""))),
        lambda: pd.read_csv(io.StringIO(export)).values.tolist(),
    ):
        rows = reader()
        assert len(rows) == (2 if isinstance(rows[0], list) and rows[0] == ["speaker", "text"] else 1)
    (row,) = list(csv.DictReader(io.StringIO(export, newline="")))
    for line in row["speaker"].splitlines():
        assert not line.startswith(("=", "+", "-", "@", "\t"))
    assert row["speaker"].replace("'", "") == cell.replace("'", "")


def _hostile_analysis():
    from whosaid.records import Analysis, Edge, Entity, Quote, Speaker, TextSpan

    name = '=cmd|"/c calc"!A0 <b>\x01\x0b'
    text = f"{name} said it."
    person = Entity("e1", name, "PERSON", ("PER",), (), (TextSpan(0, len(name), name),))
    other = Entity("e2", "<a href='x'>Paris</a>\x1f", "PLACE", ("LOC",), (), (TextSpan(0, 3, text[:3]),))
    quote = Quote(
        id=1,
        start=0,
        end=len(text),
        text="-2+3 " + text,
        kind="direct",
        attribution="explicit",
        speaker=Speaker(name, "e1", name, 0, len(name)),
        cue=None,
        mentions=("e2",),
    )
    return Analysis(
        text=text,
        language="en",
        model="m",
        title="",
        entities=(person, other),
        quotes=(quote,),
        mentions=(Edge(name, other.name, 1, (1,)),),
        warnings=(),
    )


def test_exports_of_hostile_names_are_safe():
    import csv

    analysis = _hostile_analysis()
    for export in (quotes_csv(analysis, source="@evil.txt"), entities_csv(analysis, source="=x")):
        for row in csv.reader(io.StringIO(export)):
            assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)
    for fmt, read in (("gexf", nx.read_gexf), ("graphml", nx.read_graphml)):
        graph = read(io.BytesIO(graph_bytes(analysis, fmt=fmt)))
        labels = {data.get("label") for _, data in graph.nodes(data=True)}
        assert any(label and label.startswith("=cmd") for label in labels)  # the name, not the type
        assert not any("\x01" in str(label) for label in labels)


@pytest.mark.parametrize(
    "lines, expected",
    [
        (
            # (the test PDF's font has no accents)
            ["La ministre de la Culture Helene", "Marchal a annonce une reforme de la communi-", "cation publique."],
            "La ministre de la Culture Helene Marchal a annonce une reforme de la communication publique.",
        ),
        (
            ["The minister Jean-", "Pierre Roche said the plan would go ahead this year,", "officials said."],
            "The minister Jean-Pierre Roche said the plan would go ahead this year, officials said.",
        ),
    ],
)
def test_pdf_lines_are_re_flowed_into_paragraphs(lines, expected):
    article = read_bytes(files.pdf_bytes(lines), "a.pdf")
    assert article.text == expected


def test_pdf_paragraphs_stay_apart():
    from whosaid.ingest import reflow

    page = (
        "Le maire a présenté le budget de la ville pour l'année prochaine devant le conseil.\n"
        "Il est voté.\n"
        "Selon l'opposition, les dépenses de fonctionnement augmentent trop vite cette année.\n"
    )
    assert reflow(page).split("\n\n") == [
        "Le maire a présenté le budget de la ville pour l'année prochaine devant le conseil. Il est voté.",
        "Selon l'opposition, les dépenses de fonctionnement augmentent trop vite cette année.",
    ]
