"""The records that cross from parse to build: built by keyword, moved whole by `shifted`."""

from dataclasses import fields

import pytest

from whosaid.extract.marks import QuoteMark
from whosaid.findings import (
    DocFindings,
    ParsedArticle,
    RawMention,
    RawQuote,
    SentenceSubject,
    SpeakerMention,
    TitleLink,
)

MENTION = SpeakerMention(
    start=10,
    end=22,
    text="le quotidien",
    kind="common",
    name="quotidien",
    entity_spans=((13, 22),),
    disjoint=((2, 6),),
    number="sing",
    keywords=("quotidien",),
    head="quotidien",
)


def test_shifted_moves_every_offset_and_keeps_every_other_field():
    moved = MENTION.shifted(100)
    assert (moved.start, moved.end, moved.entity_spans, moved.disjoint) == (110, 122, ((113, 122),), ((102, 106),))
    for field in fields(SpeakerMention):  # the head noun survives: "le quotidien" resolves after chunk one
        if field.name not in ("start", "end", "entity_spans", "disjoint"):
            assert getattr(moved, field.name) == getattr(MENTION, field.name)


@pytest.mark.parametrize(
    "record, offsets",
    [
        (RawMention(start=1, end=5, label="PERSON", model_label="PER"), lambda r: (r.start, r.end)),
        (
            RawQuote(
                start=30, end=40, kind="direct", cue=(41, 44), speaker=MENTION, attribution="explicit", rule="marks"
            ),
            lambda r: (r.start, r.end, *r.cue, r.speaker.start),
        ),
        (TitleLink(person=(3, 9), keywords=("ministre",)), lambda r: r.person),
        (
            SentenceSubject(start=0, end=50, position=10, mention=MENTION),
            lambda r: (r.start, r.end, r.position, r.mention.start),
        ),
        (QuoteMark(open=5, close=20, start=7, end=19, closed=True), lambda r: (r.open, r.close, r.start, r.end)),
    ],
)
def test_every_record_shifts_and_shifts_back(record, offsets):
    moved = record.shifted(1000)
    assert [b - a for a, b in zip(offsets(record), offsets(moved), strict=True)] == [1000] * len(offsets(record))
    assert moved.shifted(-1000) == record


def test_a_quote_without_cue_or_speaker_shifts():
    quote = RawQuote(start=3, end=9, kind="direct", cue=None, speaker=None, attribution="implicit")
    assert quote.shifted(7) == RawQuote(start=10, end=16, kind="direct", cue=None, speaker=None, attribution="implicit")


def test_doc_findings_shift_together_and_build_a_parsed_article():
    found = DocFindings(
        mentions=[RawMention(start=1, end=5, label="PERSON", model_label="PER")],
        quotes=[RawQuote(start=30, end=40, kind="direct", cue=None, speaker=MENTION, attribution="explicit")],
        titles=[TitleLink(person=(1, 5), keywords=("maire",))],
        subjects=[SentenceSubject(start=0, end=50, position=10, mention=MENTION)],
    )
    assert found.shifted(0) is found
    moved = found.shifted(50)
    assert [m.start for m in moved.mentions] == [51] and moved.quotes[0].speaker.start == 60
    article = ParsedArticle.from_findings(moved, text="x" * 200, language="fr", model="m 1", title="T")
    assert article.mentions == tuple(moved.mentions) and article.subjects == tuple(moved.subjects)
    assert (article.language, article.model, article.title, article.warnings) == ("fr", "m 1", "T", ())


def test_a_warning_keeps_its_code_through_the_stored_records_and_a_tampered_one_is_plain_text():
    import copy
    import json
    import pickle

    from whosaid.findings import ParsedArticle, parsed_from_dict, parsed_to_dict
    from whosaid.messages import Note, note

    warning = note("long_text", n=3)
    assert pickle.loads(pickle.dumps(warning)).params == {"n": 3} and copy.deepcopy(warning).code == "long_text"
    parsed = ParsedArticle(
        text="Un texte.", language="fr", model="m", mentions=(), quotes=(), titles=(), subjects=(), warnings=(warning,)
    )
    data = json.loads(json.dumps(parsed_to_dict(parsed)))
    (back,) = parsed_from_dict(data).warnings
    assert isinstance(back, Note) and (back.code, back.params, str(back)) == ("long_text", {"n": 3}, str(warning))
    data["warning_codes"] = [{"code": "long_text", "params": {"n": 9}}]  # does not give the stored sentence
    (plain,) = parsed_from_dict(data).warnings
    assert not isinstance(plain, Note) and plain == str(warning)
    data["warning_codes"] = [{"code": "no_such_code", "params": {}}]
    assert not isinstance(parsed_from_dict(data).warnings[0], Note)


@pytest.mark.parametrize("new", [True, False])
def test_a_newcomer_mark_survives_the_stored_records(new):
    from dataclasses import replace

    from whosaid.findings import parsed_from_dict, parsed_to_dict

    text = "Selon un négociant, le quotidien « Le Soir » a tort."
    mention = replace(MENTION, start=6, end=18, text="un négociant", name="négociant", entity_spans=(), new=new)
    quote = RawQuote(start=20, end=45, kind="indirect", cue=None, speaker=mention, attribution="explicit")
    parsed = ParsedArticle(text=text, language="fr", model="m", mentions=(), quotes=(quote,), titles=(), subjects=())
    assert parsed_from_dict(parsed_to_dict(parsed)).quotes[0].speaker.new is new


@pytest.mark.parametrize("value", ["yes", 1, None])
def test_a_stored_newcomer_mark_that_is_not_true_or_false_is_refused(value):
    from whosaid.findings import BadRecordError, parsed_from_dict, parsed_to_dict

    text = "Selon un négociant, le quotidien « Le Soir » a tort."
    quote = RawQuote(start=20, end=45, kind="indirect", cue=None, speaker=None, attribution="explicit")
    parsed = ParsedArticle(text=text, language="fr", model="m", mentions=(), quotes=(quote,), titles=(), subjects=())
    data = parsed_to_dict(parsed)
    data["quotes"][0]["speaker"] = {"start": 6, "end": 18, "text": "un négociant", "kind": "common", "name": "x"}
    data["quotes"][0]["speaker"]["new"] = value
    with pytest.raises(BadRecordError, match="new"):
        parsed_from_dict(data)


@pytest.mark.parametrize("channel", [True, False])
def test_a_channel_mark_survives_the_stored_records_and_an_old_record_reads_without_one(channel):
    from whosaid.findings import parsed_from_dict, parsed_to_dict

    text = "Le maire a déclaré à l'AFP que le pont rouvrirait."
    mention = RawMention(start=23, end=26, label="ORG", model_label="ORG", channel=channel)
    parsed = ParsedArticle(text=text, language="fr", model="m", mentions=(mention,), quotes=(), titles=(), subjects=())
    data = parsed_to_dict(parsed)
    assert parsed_from_dict(data).mentions[0].channel is channel
    del data["mentions"][0]["channel"]  # a share stored before the mark existed
    assert parsed_from_dict(data).mentions[0].channel is False


@pytest.mark.parametrize("value", ["yes", 1, None])
def test_a_stored_channel_mark_that_is_not_true_or_false_is_refused(value):
    from whosaid.findings import BadRecordError, parsed_from_dict, parsed_to_dict

    text = "Le maire a déclaré à l'AFP que le pont rouvrirait."
    mention = RawMention(start=23, end=26, label="ORG", model_label="ORG")
    parsed = ParsedArticle(text=text, language="fr", model="m", mentions=(mention,), quotes=(), titles=(), subjects=())
    data = parsed_to_dict(parsed)
    data["mentions"][0]["channel"] = value
    with pytest.raises(BadRecordError, match="channel"):
        parsed_from_dict(data)
