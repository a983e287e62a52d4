"""Hosted for many analysts: one session's import never changes what another session sees, and every
hostile import gives a named message while the other files of the upload are analysed."""

import json

import pytest
from streamlit.testing.v1 import AppTest

from tests.files import ARTICLE_EN, ARTICLE_FR
from tests.ui.test_app import app, shown
from whosaid import analysis as core
from whosaid.export import to_json

pytestmark = pytest.mark.model


def errors_shown(at: AppTest) -> list[str]:
    """Error messages as the reader sees them (the Markdown escapes of untrusted text removed)."""
    return [shown(e) for e in at.error]


def speakers_shown(at: AppTest) -> set[str]:
    tables = [df.value for df in at.dataframe if "quote" in df.value.columns]
    return set(tables[0]["speaker"]) if tables else set()


def edited_export(text: str, language: str, edit) -> bytes:
    """A JSON export of `text` whose parsed records were edited by hand afterwards."""
    parsed = core.parse_article(text, language=language)
    data = json.loads(to_json(core.build_analysis(parsed), parsed=parsed))
    edit(data["parsed"])
    return json.dumps(data).encode("utf-8")


def test_an_edited_import_in_one_session_never_changes_another_sessions_analysis():
    def everyone_is_mallory(records):
        for quote in records["quotes"]:
            if quote["speaker"]:
                quote["speaker"].update(kind="name", name="Mallory", text="Mallory", entity_spans=[])

    data = edited_export(ARTICLE_EN, "en", everyone_is_mallory)
    alice = app()
    alice.file_uploader(key="in-upload").set_value(("edited.json", data, "application/json")).run()
    assert not alice.exception
    assert "Mallory" in speakers_shown(alice)  # the importer sees what the file says

    # another analyst on the same server opens their own, untouched export of the same text
    bob = app()
    bob.file_uploader(key="in-upload").set_value(
        ("mine.json", edited_export(ARTICLE_EN, "en", lambda records: None), "application/json")
    )
    bob.run()
    assert not bob.exception
    assert speakers_shown(bob) and "Mallory" not in speakers_shown(bob)

    carol = app()  # and one who pastes it
    carol.text_area(key="in-paste").set_value(ARTICLE_EN)
    carol.button(key="in-analyse").click().run()
    assert speakers_shown(carol) and "Mallory" not in speakers_shown(carol)


@pytest.mark.parametrize(
    ("label", "edit", "expected"),
    [
        ("bogus kind", lambda r: r["quotes"][0].update(kind="kind_evil"), "quote 1 kind"),
        ("offsets past the text", lambda r: r["quotes"][0].update(end=10**9), "quote 1 lies outside the text"),
        ("language path", lambda r: r.update(language="../lang/fr"), "the language"),
        ("entity span past the text", lambda r: r["mentions"][0].update(start=-5), "mention 1 lies outside"),
    ],
)
def test_a_hostile_import_is_named_and_the_other_files_are_analysed(label, edit, expected):
    data = edited_export(ARTICLE_EN, "en", edit)
    at = app()
    at.file_uploader(key="in-upload").set_value(
        [("hostile.json", data, "application/json"), ("fr.txt", ARTICLE_FR.encode(), "text/plain")]
    ).run()
    assert not at.exception
    errors = errors_shown(at)
    assert len(errors) == 1 and "hostile.json" in errors[0] and expected in errors[0], errors
    assert "Jean Dupont" in speakers_shown(at)

    later = app()  # a later, unrelated session is not affected
    later.text_area(key="in-paste").set_value(ARTICLE_EN)
    later.button(key="in-analyse").click().run()
    assert not later.exception and not later.error


def test_pasted_text_over_the_character_limit_is_refused_with_a_message():
    from whosaid.ingest import MAX_CHARS

    at = app()
    at.text_area(key="in-paste").set_value("Paul a dit. " * (MAX_CHARS // 12 + 10))
    at.button(key="in-analyse").click().run()
    assert not at.exception
    assert any("limit" in e for e in errors_shown(at))
    assert not [df for df in at.dataframe if "quote" in df.value.columns]
