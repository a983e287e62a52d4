"""The records that cross from parse to build: what spaCy told us, with no spaCy object left in them.

`whosaid.extract` makes them from a parsed `Doc` (or a chunk of a long article); `whosaid.analysis`
keeps them in a `ParsedArticle` (picklable, cacheable) and builds an `Analysis` from them as often as
the analyst corrects something, without parsing again. Every record is built by keyword and can be
moved to another place in the text with `shifted(offset)`: a chunk's records become the article's.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from functools import lru_cache

from whosaid.messages import Note, restore_note


def _moved(spans: tuple[tuple[int, int], ...], offset: int) -> tuple[tuple[int, int], ...]:
    return tuple((start + offset, end + offset) for start, end in spans)


@dataclass(frozen=True)
class RawMention:
    """One named-entity mention as the model found it, trimmed to the name itself."""

    start: int
    end: int
    label: str  # PERSON, ORG, PLACE or OTHER
    model_label: str
    channel: bool = False  # whom a cue addressed or who reached the speaker ("told Reuters"): no candidate

    def shifted(self, offset: int) -> RawMention:
        return replace(self, start=self.start + offset, end=self.end + offset)


# keyword prefix of an adjective of a title ("+lensois" in « l'entraîneur lensois »): two titles whose
# qualifiers differ on both sides are two offices (« l'entraîneur marseillais » is not him)
QUALIFIER = "+"
MEMBER = "member"  # keyword of a speaker phrase that names one member of a group ("one of them")


@dataclass(frozen=True)
class SpeakerMention:
    """The words a quote's speaker is named with, and what kind of reference they are."""

    start: int
    end: int
    text: str
    kind: str  # name, pronoun, group, description, role, document, common, thing (cannot speak)
    name: str  # surface name: an entity's words, or the noun phrase without its determiner
    entity_spans: tuple[tuple[int, int], ...] = ()
    number: str = "sing"
    keywords: tuple[str, ...] = ()
    head: str = ""  # lemma of the phrase's head noun
    gender: str = ""  # "masc"/"fem" when the phrase's article shows it ("la ministre"), else ""
    new: bool = False  # an indefinite person noun brings in someone not named ("un négociant", "an aide")
    # names a pronoun cannot mean: in a phrase its own clause opens with ("Asked about Trump's remarks, he said")
    disjoint: tuple[tuple[int, int], ...] = ()
    # the phrase opens with a possessive ("Son compagnon", "her lawyer"): someone of the possessor's, never them
    possessed: bool = False

    def shifted(self, offset: int) -> SpeakerMention:
        return replace(
            self,
            start=self.start + offset,
            end=self.end + offset,
            entity_spans=_moved(self.entity_spans, offset),
            disjoint=_moved(self.disjoint, offset),
        )


@dataclass(frozen=True)
class RawQuote:
    """A quote as extraction found it: its speaker is still a phrase, resolved later over the article."""

    start: int
    end: int
    kind: str  # direct, indirect, mixed
    cue: tuple[int, int] | None
    speaker: SpeakerMention | None
    attribution: str  # explicit, implicit
    rule: str = ""  # which rule found it, for debugging and tests

    def shifted(self, offset: int) -> RawQuote:
        return replace(
            self,
            start=self.start + offset,
            end=self.end + offset,
            cue=(self.cue[0] + offset, self.cue[1] + offset) if self.cue else None,
            speaker=self.speaker.shifted(offset) if self.speaker else None,
        )


@dataclass(frozen=True)
class TitleLink:
    """A name next to a describing noun phrase: a person's title ("le ministre russe des Affaires
    étrangères, Sergueï Lavrov", `titled`), or an organisation's kind ("le quotidien Le Figaro")."""

    person: tuple[int, int]
    keywords: tuple[str, ...]
    titled: bool = True

    def shifted(self, offset: int) -> TitleLink:
        return replace(self, person=(self.person[0] + offset, self.person[1] + offset))


@dataclass(frozen=True)
class SentenceSubject:
    """The main subject of a sentence, used to resolve later pronouns and floating quotes."""

    start: int  # sentence start
    end: int  # sentence end
    position: int  # where the subject is
    mention: SpeakerMention
    gender: str = ""  # the grammatical gender its article shows (« le ministère »: "masc"), else ""
    passive: bool = False  # the subject of a passive verb ("The case was sent … by the judge"): not its agent

    def shifted(self, offset: int) -> SentenceSubject:
        return replace(
            self,
            start=self.start + offset,
            end=self.end + offset,
            position=self.position + offset,
            mention=self.mention.shifted(offset),
        )


@dataclass(frozen=True)
class GenderCue:
    """Grammatical gender the text gives a person's name: the article of the title before it ("la
    ministre X", "le général X") or a gendered title ("Mme X", "Mrs X", "spokeswoman X")."""

    person: tuple[int, int]
    gender: str  # "masc" or "fem"

    def shifted(self, offset: int) -> GenderCue:
        return replace(self, person=(self.person[0] + offset, self.person[1] + offset))


@dataclass
class DocFindings:
    """What one parsed Doc (or chunk) yields, in text order; `shifted` moves it all at once."""

    mentions: list[RawMention] = field(default_factory=list)
    quotes: list[RawQuote] = field(default_factory=list)
    titles: list[TitleLink] = field(default_factory=list)
    subjects: list[SentenceSubject] = field(default_factory=list)
    genders: list[GenderCue] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of every sentence

    def shifted(self, offset: int) -> DocFindings:
        if offset == 0:
            return self
        return DocFindings(
            mentions=[m.shifted(offset) for m in self.mentions],
            quotes=[q.shifted(offset) for q in self.quotes],
            titles=[t.shifted(offset) for t in self.titles],
            subjects=[s.shifted(offset) for s in self.subjects],
            genders=[g.shifted(offset) for g in self.genders],
            sentences=[(a + offset, b + offset) for a, b in self.sentences],
        )

    def extend(self, other: DocFindings) -> None:
        self.mentions.extend(other.mentions)
        self.quotes.extend(other.quotes)
        self.titles.extend(other.titles)
        self.subjects.extend(other.subjects)
        self.genders.extend(other.genders)
        self.sentences.extend(other.sentences)


@dataclass(frozen=True)
class ParsedArticle:
    """What spaCy told us about one article, as plain records with offsets into `text`."""

    text: str
    language: str
    model: str
    mentions: tuple[RawMention, ...]
    quotes: tuple[RawQuote, ...]
    titles: tuple[TitleLink, ...]
    subjects: tuple[SentenceSubject, ...]
    title: str = ""
    warnings: tuple[str, ...] = ()
    genders: tuple[GenderCue, ...] = ()
    sentences: tuple[tuple[int, int], ...] = ()  # (start, end) of every sentence, for distances in sentences

    @classmethod
    def from_findings(
        cls,
        findings: DocFindings,
        *,
        text: str,
        language: str,
        model: str,
        title: str = "",
        warnings: tuple[str, ...] = (),
    ) -> ParsedArticle:
        """The one way a ParsedArticle is built: from an article's findings, by keyword."""
        return cls(
            text=text,
            language=language,
            model=model,
            mentions=tuple(findings.mentions),
            quotes=tuple(findings.quotes),
            titles=tuple(findings.titles),
            subjects=tuple(findings.subjects),
            title=title,
            warnings=warnings,
            genders=tuple(findings.genders),
            sentences=tuple(findings.sentences),
        )


# --------------------------------------------------------------------------- plain data (JSON) and back

PARSED_SCHEMA = "whosaid.parsed/1"


def _pairs(values) -> tuple[tuple[int, int], ...]:
    return tuple((int(a), int(b)) for a, b in values)


def _span(value) -> tuple[int, int] | None:
    return None if value is None else (int(value[0]), int(value[1]))


def _speaker(data: dict | None) -> SpeakerMention | None:
    if data is None:
        return None
    return SpeakerMention(
        **{
            **data,
            "entity_spans": _pairs(data.get("entity_spans", ())),
            "disjoint": _pairs(data.get("disjoint", ())),
            "keywords": tuple(data.get("keywords", ())),
        }
    )


def _warnings(data: dict) -> tuple[str, ...]:
    """The stored warnings, as `Note`s again where their codes are stored and fit."""
    texts = tuple(data.get("warnings", ()))
    codes = data.get("warning_codes")
    if not isinstance(codes, list) or len(codes) != len(texts):
        return texts
    return tuple(restore_note(text, code) if isinstance(text, str) else text for text, code in zip(texts, codes))


def parsed_to_dict(parsed: ParsedArticle) -> dict:
    """A ParsedArticle as JSON-ready data (schema `whosaid.parsed/1`), for a stored share."""
    # each warning's code and parameters beside its sentence (None for one that has none), so that an
    # interface translates a reopened share from the code
    codes = [w.record() if isinstance(w, Note) else None for w in parsed.warnings]
    return {"schema": PARSED_SCHEMA, **plain_data(parsed), "warning_codes": codes}


def plain_data(value):
    """`dataclasses.asdict` for the records' plain values (strings, numbers, None, tuples, lists, dicts),
    without its deep copies: a corpus writes one article's records every few milliseconds."""
    if hasattr(value, "__dataclass_fields__"):
        return {name: plain_data(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, (list, tuple)):
        return type(value)(plain_data(v) for v in value)
    if isinstance(value, dict):
        return {plain_data(k): plain_data(v) for k, v in value.items()}
    return value


@lru_cache(maxsize=64)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def parsed_from_dict(data: dict) -> ParsedArticle:
    """The ParsedArticle that `parsed_to_dict` gave, checked against its own text (ValueError when the
    data is not one; BadRecordError, a ValueError, saying what does not fit)."""
    from whosaid.ingest import MAX_CHARS

    if data.get("schema") != PARSED_SCHEMA:
        raise ValueError(f"not a {PARSED_SCHEMA} record")
    return check_parsed(_parsed_from_dict(data), max_chars=MAX_CHARS)


def _parsed_from_dict(data: dict) -> ParsedArticle:
    return ParsedArticle(
        text=data["text"],
        language=data["language"],
        model=data["model"],
        mentions=tuple(RawMention(**m) for m in data["mentions"]),
        quotes=tuple(
            RawQuote(**{**q, "cue": _span(q.get("cue")), "speaker": _speaker(q.get("speaker"))}) for q in data["quotes"]
        ),
        titles=tuple(
            TitleLink(person=_span(t["person"]), keywords=tuple(t["keywords"]), titled=t.get("titled", True))
            for t in data["titles"]
        ),
        subjects=tuple(SentenceSubject(**{**s, "mention": _speaker(s["mention"])}) for s in data["subjects"]),
        title=data.get("title", ""),
        warnings=_warnings(data),
        genders=tuple(GenderCue(person=_span(g["person"]), gender=g["gender"]) for g in data.get("genders", ())),
        sentences=_pairs(data.get("sentences", ())),
    )


# --------------------------------------------------------------------------- records from outside

QUOTE_KINDS = ("direct", "indirect", "mixed")
ATTRIBUTIONS = ("explicit", "implicit")
PHRASE_KINDS = ("name", "pronoun", "group", "description", "role", "document", "common", "thing")
NUMBERS = ("sing", "plur")
GENDERS = ("", "masc", "fem")
MAX_LABEL_CHARS = 1000  # a title, a model name, a speaker phrase: never a whole article


class BadRecordError(ValueError):
    """Parsed records (from an imported JSON export or a stored share) that do not fit their text."""


def check_parsed(parsed: ParsedArticle, *, max_chars: int) -> ParsedArticle:
    """Refuse records that could not come from parsing their own text: kinds and labels outside their
    sets, offsets outside the text, a language without a table, text over the length limit. Records
    imported from a file are checked before anything is built from them (BadRecordError says what)."""
    from whosaid.lang import supported_languages
    from whosaid.records import TYPES

    text = parsed.text
    if not isinstance(text, str):
        raise BadRecordError("the article text is not text")
    if len(text) > max_chars:
        raise BadRecordError(f"the article has {len(text):,} characters; the limit is {max_chars:,}")
    n = len(text)

    def short(where: str, value) -> None:
        if not isinstance(value, str) or len(value) > MAX_LABEL_CHARS:
            raise BadRecordError(f"{where} is not a short text")

    def one_of(where: str, value, allowed) -> None:
        if value not in allowed:
            raise BadRecordError(f"{where} is {str(value)[:40]!r}, not one of {', '.join(map(repr, allowed))}")

    def span(where: str, start, end) -> None:
        if not (type(start) is int and type(end) is int and 0 <= start <= end <= n):
            raise BadRecordError(f"{where} lies outside the text ({str(start)[:20]}–{str(end)[:20]} of {n})")

    def phrase(where: str, mention: SpeakerMention) -> None:
        span(where, mention.start, mention.end)
        for value, label in ((mention.text, "text"), (mention.name, "name"), (mention.head, "head")):
            short(f"{where} {label}", value)
        one_of(f"{where} kind", mention.kind, PHRASE_KINDS)
        one_of(f"{where} number", mention.number, NUMBERS)
        one_of(f"{where} gender", mention.gender, GENDERS)
        if not isinstance(mention.new, bool):  # 1 == True: one_of would let a number through
            raise BadRecordError(f"{where} new is {str(mention.new)[:20]!r}, not true or false")
        for start, end in mention.entity_spans:
            span(f"{where} entity", start, end)
        for start, end in mention.disjoint:
            span(f"{where} name it cannot mean", start, end)
        for word in mention.keywords:
            short(f"{where} keyword", word)

    one_of("the language", parsed.language, tuple(supported_languages()))
    short("the model", parsed.model)
    short("the title", parsed.title)
    for i, m in enumerate(parsed.mentions, 1):
        span(f"mention {i}", m.start, m.end)
        one_of(f"mention {i} label", m.label, TYPES)
        short(f"mention {i} model label", m.model_label)
        if not isinstance(m.channel, bool):
            raise BadRecordError(f"mention {i} channel is {str(m.channel)[:20]!r}, not true or false")
    for i, q in enumerate(parsed.quotes, 1):
        span(f"quote {i}", q.start, q.end)
        one_of(f"quote {i} kind", q.kind, QUOTE_KINDS)
        one_of(f"quote {i} attribution", q.attribution, ATTRIBUTIONS)
        short(f"quote {i} rule", q.rule)
        if q.cue is not None:
            span(f"quote {i} cue", *q.cue)
        if q.speaker is not None:
            phrase(f"quote {i} speaker", q.speaker)
    for i, title in enumerate(parsed.titles, 1):
        span(f"title link {i}", *title.person)
        for word in title.keywords:
            short(f"title link {i} keyword", word)
    for i, subject in enumerate(parsed.subjects, 1):
        span(f"sentence subject {i}", subject.start, subject.end)
        span(f"sentence subject {i}", subject.position, subject.position)
        phrase(f"sentence subject {i}", subject.mention)
    for i, cue in enumerate(parsed.genders, 1):
        span(f"gender cue {i}", *cue.person)
        one_of(f"gender cue {i}", cue.gender, GENDERS[1:])
    for i, (start, end) in enumerate(parsed.sentences, 1):
        span(f"sentence {i}", start, end)
    for warning in parsed.warnings:
        short("a warning", warning)
    return parsed
