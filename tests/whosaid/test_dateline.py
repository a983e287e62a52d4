"""The dateline of wire copy: its place is a place, its agency an organisation, neither the subject."""

import pytest

from whosaid.dateline import apply_dateline, find_dateline
from whosaid.findings import ParsedArticle, RawMention, RawQuote, SentenceSubject, SpeakerMention


@pytest.mark.parametrize(
    ("text", "place", "agency", "story"),
    [
        ("LYON (AFP) — Le tribunal a tranché.", "LYON", "AFP", "Le tribunal"),
        ("TOULOUSE, 3 mars (Reuters) - La grève continue.", "TOULOUSE", "Reuters", "La grève"),
        ("Dakar, 2 juin (APS) - Les pêcheurs ont manifesté.", "Dakar", "APS", "Les pêcheurs"),
        ("SAINT-MALO. — Les pêcheurs ont manifesté.", "SAINT-MALO", None, "Les pêcheurs"),
        ("CHICAGO (AP) — The city council voted.", "CHICAGO", "AP", "The city"),
        ("LEEDS, England, May 4 (Reuters) - A judge ruled.", "LEEDS", "Reuters", "A judge"),
        ("EAST MEADOW — The school board voted.", "EAST MEADOW", None, "The school"),
    ],
)
def test_a_dateline_is_found_in_both_languages(text, place, agency, story):
    line = find_dateline(text)
    assert text[slice(*line.place)] == place
    assert (text[slice(*line.agency)] if line.agency else None) == agency
    assert text[line.end :].startswith(story)


@pytest.mark.parametrize(
    "text",
    [
        "Le maire - Paul Durand - a parlé.",  # ordinary capitals and no agency: not a dateline
        "NASA a annoncé lundi un retard.",
        "US President Joe Biden said on Monday that talks would resume.",
        "Dakar - Les pêcheurs ont manifesté.",
        "The mayor — a former judge — said no.",
    ],
)
def test_ordinary_openings_are_not_datelines(text):
    assert find_dateline(text) is None


def _parsed(text, mentions, subjects):
    return ParsedArticle(text, "en", "m", tuple(mentions), (), (), tuple(subjects))


@pytest.mark.parametrize(
    ("text", "court"),
    [
        ("DENVER (AP) — The Supreme Court ruled on Thursday.", "The Supreme Court"),
        ("NANTES (AFP) — La Cour de cassation a tranché jeudi.", "La Cour de cassation"),
    ],
)
def test_the_datelines_place_and_agency_are_typed_and_the_subject_starts_after_it(text, court):
    place_end = text.index(" (")
    agency = (text.index("(") + 1, text.index(")"))
    court_at = (text.index(court), text.index(court) + len(court))
    mentions = [
        RawMention(0, place_end, "PERSON", "PER"),  # what the model made of the place
        RawMention(*agency, "PLACE", "LOC"),
        RawMention(*court_at, "ORG", "ORG"),
    ]
    whole = SpeakerMention(0, court_at[1], text[: court_at[1]], "name", text[: court_at[1]], (court_at,))
    parsed = apply_dateline(_parsed(text, mentions, [SentenceSubject(0, len(text), 0, whole)]))
    assert [m.label for m in parsed.mentions] == ["PLACE", "ORG", "ORG"]
    (subject,) = parsed.subjects
    assert subject.mention.text == court and subject.mention.entity_spans == (court_at,)
    assert subject.position >= court_at[0]


def test_a_subject_that_was_only_the_dateline_is_dropped():
    text = "LEEDS, England, May 4 (Reuters) - A judge ruled."
    place = SpeakerMention(0, 5, "LEEDS", "name", "LEEDS", ((0, 5),))
    parsed = apply_dateline(_parsed(text, [RawMention(0, 5, "ORG", "ORG")], [SentenceSubject(0, len(text), 0, place)]))
    assert parsed.subjects == () and parsed.mentions[0].label == "PLACE"
    plain = _parsed("The judge ruled.", [], [])
    assert apply_dateline(plain) is plain


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("LONDON, March 3 (Reuters) - Packaging maker Halden Group said it would cut jobs.", "Halden Group"),
        (
            "LYON, 3 mars (AFP) - Le fabricant Ardelle Industries a annoncé qu'il fermerait son site.",
            "Ardelle Industries",
        ),
    ],
)
def test_a_speaker_phrase_that_began_in_the_dateline_starts_after_it(text, company):
    line_end = find_dateline(text).end
    company_at = (text.index(company), text.index(company) + len(company))
    whole = SpeakerMention(0, company_at[1], text[: company_at[1]], "name", "LONDON", ((0, 6), company_at))
    quote = RawQuote(
        text.index(" it ") + 1 if " it " in text else text.index("qu'"),
        len(text) - 1,
        "indirect",
        None,
        whole,
        "explicit",
    )
    parsed = ParsedArticle(text, "en", "m", (), (quote,), (), ())
    (got,) = apply_dateline(parsed).quotes
    assert got.speaker.start >= line_end and got.speaker.text.endswith(company)
    assert got.speaker.entity_spans == (company_at,)


@pytest.mark.parametrize(
    "text",
    [
        "MILLBROOK, Ohio (AP) — For 73 years the plant was the reason Millbrook existed.",
        "MILLBROOK (AFP) — Depuis 73 ans, l'usine faisait vivre Millbrook.",
    ],
)
def test_the_datelines_place_is_a_place_wherever_the_story_names_it_again(text):
    """The model typed the second "Millbrook" a person (and a pronoun then meant it): the name the
    dateline gives as the place is that place all through the story."""
    place_end = text.index(",") if "," in text[:12] else text.index(" (")
    again = text.rindex("Millbrook")
    mentions = [RawMention(0, place_end, "PLACE", "GPE"), RawMention(again, again + 9, "PERSON", "PERSON")]
    parsed = apply_dateline(_parsed(text, mentions, []))
    assert [m.label for m in parsed.mentions] == ["PLACE", "PLACE"]


@pytest.mark.parametrize(
    ("text", "place", "story"),
    [
        ("Ontario caps clinic fees\n\nTORONTO — Ontario will cap fees, the minister said.", "TORONTO", "Ontario will"),
        ("Grève à la SNCF\nLes trains restent à quai\n\nRENNES (AFP) - La grève continue.", "RENNES", "La grève"),
    ],
)
def test_a_dateline_after_a_headline_opens_the_story(text, place, story):
    line = find_dateline(text)
    assert text[slice(*line.place)] == place and text[line.end :].startswith(story)
    # what the headline says stays: a quote or subject there starts before the dateline, untouched
    headline = SpeakerMention(0, 7, text[:7], "name", text[:7], ((0, 7),))
    parsed = apply_dateline(_parsed(text, [], [SentenceSubject(0, 10, 0, headline)]))
    assert parsed.subjects[0].mention == headline
    said = RawQuote(line.start, len(text) - 1, "indirect", None, None, "explicit")
    (got,) = apply_dateline(ParsedArticle(text, "en", "m", (), (said,), (), ())).quotes
    assert got.start == line.end


@pytest.mark.parametrize(
    "text",
    [
        "Un titre\nUn chapeau\nUne autre ligne\n\nRENNES (AFP) - La grève continue.",  # too far down: not the opening
        "Storm hits the coast\n\nThe mayor — a former judge — said no.",
    ],
)
def test_a_dateline_is_looked_for_only_in_the_first_lines(text):
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "DAKAR, 2 juin (APS) - Les éleveurs vendent leur bétail à perte, ont indiqué jeudi des responsables."),
        ("en", "NAIROBI, June 2 (Reuters) - Herders are selling cattle at a loss, officials said on Thursday."),
    ],
)
def test_the_agency_that_filed_the_story_is_not_who_officials_speak_for(lang, text):
    from whosaid import analyze

    (quote,) = analyze(text, language=lang).quotes
    assert quote.speaker is not None
    assert quote.speaker.name not in ("APS", "Reuters")
