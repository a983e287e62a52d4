"""The command line: outputs, several inputs, stdin, and failures that do not stop the others."""

import csv
import io
import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tests.files import ARTICLE_EN, ARTICLE_FR

pytestmark = pytest.mark.model


def run(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "whosaid", *args], cwd=ROOT, capture_output=True, text=True, input=stdin
    )


@pytest.fixture()
def articles(tmp_path):
    fr, en = tmp_path / "fr_article.txt", tmp_path / "en_article.txt"
    fr.write_text(ARTICLE_FR, encoding="utf-8")
    en.write_text(ARTICLE_EN, encoding="utf-8")
    return fr, en


def test_one_input_prints_json(articles):
    result = run("analyze", str(articles[0]))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == "whosaid.analysis/1" and data["language"] == "fr"
    assert {q["speaker"]["name"] for q in data["quotes"]} == {"Jean Dupont", "Marie Curie"}


def test_csv_format(articles):
    result = run("analyze", str(articles[1]), "--format", "csv", "--lang", "en")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert result.returncode == 0 and rows
    assert rows[0]["speaker"] == "John Smith" and rows[0]["kind"] == "indirect"


def test_out_dir_gets_one_file_per_input(articles, tmp_path):
    out = tmp_path / "results" / "deep"
    result = run("analyze", *map(str, articles), "--out", str(out), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["en_article.json", "fr_article.json"]


def test_stdin(articles):
    result = run("analyze", "-", stdin=ARTICLE_EN)
    assert result.returncode == 0 and json.loads(result.stdout)["language"] == "en"


def test_a_bad_file_is_reported_and_the_others_still_run(articles, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    binary = tmp_path / "blob.bin"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    german = tmp_path / "de.txt"
    german.write_text("Der Minister sagte am Freitag, dass die Regierung die Steuern senken werde.", encoding="utf-8")
    out = tmp_path / "out"
    result = run(
        "analyze", str(empty), str(articles[0]), str(binary), str(german), str(tmp_path / "nope.txt"), "--out", str(out)
    )
    assert result.returncode == 1
    assert [p.name for p in out.iterdir()] == ["fr_article.json"]
    assert "Traceback" not in result.stderr
    for needle in ("empty.txt: ", "blob.bin: ", "binary", "'de' is not supported", "nope.txt: cannot read"):
        assert needle in result.stderr


def test_alias_option(articles):
    result = run("analyze", str(articles[0]), "--alias", "Marie Curie=Maria Skłodowska-Curie")
    names = {q["speaker"]["name"] for q in json.loads(result.stdout)["quotes"]}
    assert "Maria Skłodowska-Curie" in names


def test_usage_errors_exit_2():
    assert run("analyze").returncode == 2
    assert run("analyze", "x.txt", "--format", "xml").returncode == 2


def test_a_hostile_file_between_two_good_ones_stops_nothing(tmp_path, articles):
    from tests.files import docx_bomb, docx_malformed_xml

    fr, en = articles
    bad, bomb = tmp_path / "bad.docx", tmp_path / "bomb.docx"
    bad.write_bytes(docx_malformed_xml())
    bomb.write_bytes(docx_bomb())
    out = tmp_path / "out"
    result = run("analyze", str(fr), str(bad), str(bomb), "/dev/zero", str(en), "--out", str(out))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert {p.name for p in out.iterdir()} == {"fr_article.json", "en_article.json"}
    for name in ("bad.docx", "bomb.docx", "/dev/zero"):
        assert any(name in line for line in result.stderr.splitlines())


def test_out_pointing_at_a_file_is_a_usage_error(tmp_path, articles):
    target = tmp_path / "taken.json"
    target.write_text("keep me", encoding="utf-8")
    result = run("analyze", str(articles[0]), "--out", str(target))
    assert result.returncode == 2 and "not a folder" in result.stderr
    assert target.read_text(encoding="utf-8") == "keep me"


def test_inputs_with_the_same_stem_do_not_overwrite_each_other(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "story.txt").write_text(ARTICLE_FR, encoding="utf-8")
    (tmp_path / "b" / "story.txt").write_text(ARTICLE_EN, encoding="utf-8")
    out = tmp_path / "out"
    result = run("analyze", str(tmp_path / "a" / "story.txt"), str(tmp_path / "b" / "story.txt"), "--out", str(out))
    assert result.returncode == 0, result.stderr
    languages = {json.loads(p.read_text(encoding="utf-8"))["language"] for p in out.iterdir()}
    assert sorted(p.name for p in out.iterdir()) == ["story-2.json", "story.json"] and languages == {"fr", "en"}


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_the_mention_graph_goes_to_gephi_from_the_cli(tmp_path, articles, fmt):
    import networkx as nx

    result = subprocess.run(
        [sys.executable, "-m", "whosaid", "analyze", *map(str, articles), "--format", fmt],
        cwd=ROOT,
        capture_output=True,
    )
    assert result.returncode == 0, result.stderr
    graph = (nx.read_gexf if fmt == "gexf" else nx.read_graphml)(io.BytesIO(result.stdout))
    labels = {data["label"] for _, data in graph.nodes(data=True)}
    assert {"Marie Curie", "John Smith"} <= labels  # the names (not the types) label the nodes
    assert {data["type"] for _, data in graph.nodes(data=True)} <= {"PERSON", "ORG", "PLACE", "OTHER", "SPEAKER"}
    out = tmp_path / "graphs"
    again = run("analyze", *map(str, articles), "--format", fmt, "--out", str(out))
    assert again.returncode == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(["fr_article." + fmt, "en_article." + fmt, "corpus." + fmt])


def test_an_input_named_corpus_never_overwrites_the_combined_graph(tmp_path):
    (tmp_path / "corpus.txt").write_text(ARTICLE_FR, encoding="utf-8")
    (tmp_path / "other.txt").write_text(ARTICLE_EN, encoding="utf-8")
    out = tmp_path / "out"
    result = run(
        "analyze", str(tmp_path / "corpus.txt"), str(tmp_path / "other.txt"), "--format", "gexf", "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["corpus-2.gexf", "corpus.gexf", "other.gexf"]
    assert "corpus-2.gexf" in result.stderr and "all inputs -> " in result.stderr


def test_a_write_error_under_out_is_a_message_and_the_other_inputs_go_on(tmp_path, articles):
    long_name = tmp_path / ("é" * 120 + ".txt")  # 240 bytes: its .json output name is cut, not refused
    long_name.write_text(ARTICLE_FR, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "fr_article.json").mkdir()  # a folder where the output file should go: the write fails
    result = run("analyze", str(articles[0]), str(long_name), str(articles[1]), "--out", str(out))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "cannot write" in result.stderr
    names = sorted(p.name for p in out.iterdir() if p.is_file())
    assert "en_article.json" in names and any(n.startswith("é") for n in names)


def test_csv_of_several_inputs_has_one_header_even_when_the_first_input_fails(tmp_path, articles):
    empty = tmp_path / "empty.txt"
    empty.write_text("  ", encoding="utf-8")
    result = run("analyze", str(empty), *map(str, articles), "--format", "csv")
    assert result.returncode == 1 and "empty.txt" in result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("source,") and sum(line.startswith("source,") for line in lines) == 1
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {row["source"] for row in rows} == {str(articles[0]), str(articles[1])}


class _InternalFault(RuntimeError):
    pass


def test_an_unexpected_error_is_said_in_words_and_its_details_only_with_debug(articles, monkeypatch, capsys):
    import whosaid.analysis
    from whosaid.__main__ import main

    def broken(*args, **kwargs):
        raise _InternalFault("boom")

    monkeypatch.setattr(whosaid.analysis, "build_analysis", broken)
    assert main(["analyze", str(articles[0])]) == 1
    err = capsys.readouterr().err
    assert "cannot analyse this input: an unexpected error" in err and "--debug" in err
    assert "_InternalFault" not in err and "Traceback" not in err
    assert main(["--debug", "analyze", str(articles[0])]) == 1
    assert "_InternalFault" in capsys.readouterr().err


def test_an_unusable_store_is_said_in_words_without_an_exception_class(tmp_path):
    damaged = tmp_path / "store.db"
    damaged.write_bytes(b"this is not a database" * 100)
    result = run("store", "stats", "--url", f"sqlite:///{damaged}")
    assert result.returncode == 1
    assert "The store cannot be used" in result.stderr
    assert "Error" not in result.stderr and "Traceback" not in result.stderr
