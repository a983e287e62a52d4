"""The public entry points: `analyze`, `analyze_many`, and the parse/build split behind them.

`parse_article` runs spaCy once and keeps plain records (`ParsedArticle`, picklable, cacheable);
`build_analysis` turns them into an `Analysis` under a given alias map, so merging, renaming or
dropping an entity never re-runs spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.tokens import Doc

from whosaid.back_matter import drop_back_matter
from whosaid.dateline import apply_dateline
from whosaid.entities import EntityIndex, group_entities
from whosaid.errors import WhosaidError
from whosaid.extract import extract_article, find_quote_marks
from whosaid.findings import ParsedArticle
from whosaid.lang import load_language_table
from whosaid.mentions import build_edges, quote_mentions
from whosaid.messages import note
from whosaid.pipeline import (
    check_language,
    check_text,
    describe_model,
    detect_language,
    load_pipeline,
    normalize_for_parser,
    split_into_chunks,
)
from whosaid.ranking import Weights
from whosaid.records import Analysis, Quote, Speaker, TextSpan, normalise_edits, quote_key
from whosaid.speakers import AS_WRITTEN_REASONS, REASONS, Choice, resolve_speakers
from whosaid.trust import quote_features, speaker_probability

UNCLOSED_CONTEXT_CHARS = 40  # words shown from an unclosed quotation mark
CHUNKS_IN_FLIGHT = 2  # a long article never holds more than this many parsed chunks (~100,000 characters)
# A pronoun nobody earlier fits ("il", "she" shown as written) names nobody: never right as a speaker's
# name, so it is always "to review" whatever else the trust model reads
NAMES_NOBODY_CONFIDENCE = 0.2

__all__ = [
    "ParsedArticle",
    "analyze",
    "analyze_many",
    "build_analysis",
    "parse_article",
    "parse_many",
    "parsed_from_docs",
]


def input_warnings(text: str, chunks: int, *, language: str) -> tuple[str, ...]:
    """What the analyst should know about the input: unclosed quotation marks, a text cut in parts."""
    table = load_language_table(language)
    unclosed = [m.open for m in find_quote_marks(text, table) if not m.closed]
    notes = []
    if unclosed:  # one note however many marks: the first one's words say where to look
        near = " ".join(text[unclosed[0] : unclosed[0] + UNCLOSED_CONTEXT_CHARS].split())
        if len(unclosed) == 1:
            notes.append(note("unclosed_one", near=near))
        else:
            notes.append(note("unclosed_many", count=len(unclosed), near=near))
    if chunks > 1:
        notes.append(note("long_text", n=chunks))
    return tuple(notes)


def _language_of(text: str, language: str | None) -> str:
    return check_language(language) if language else check_language(detect_language(text))


def parsed_from_docs(
    text: str, chunks: list[tuple[int, str]], docs: Iterable[Doc], *, language: str, model: str, title: str = ""
) -> ParsedArticle:
    """The ParsedArticle of an article parsed as (offset, chunk) Docs: the one place one is built."""
    findings = extract_article(text, chunks, docs, load_language_table(language))
    return ParsedArticle.from_findings(
        findings,
        text=text,
        language=language,
        model=model,
        title=title,
        warnings=input_warnings(text, len(chunks), language=language),
    )


def parse_article(text: str, *, language: str | None = None, title: str = "") -> ParsedArticle:
    """Run the spaCy pipeline on an article (in bounded chunks) and keep plain records."""
    check_text(text)
    code = _language_of(text, language)
    nlp = load_pipeline(code)
    chunks = split_into_chunks(normalize_for_parser(text))
    docs = nlp.pipe((chunk for _, chunk in chunks), batch_size=CHUNKS_IN_FLIGHT)
    return parsed_from_docs(text, chunks, docs, language=code, model=describe_model(nlp), title=title)


def paragraph_starts(text: str) -> list[int]:
    """Where each paragraph (line) after the first starts."""
    return [m.end() for m in re.finditer(r"\n+", text)]


def build_analysis(
    parsed: ParsedArticle,
    *,
    aliases: dict | None = None,
    drop: Iterable[str] | None = None,
    quote_edits: dict | None = None,
    types: dict | None = None,
    split: Iterable[str] | None = None,
    weights: dict[str, Weights] | None = None,
) -> Analysis:
    """Entities, resolved quotes and who-mentions-whom edges from parsed records (no spaCy).

    `aliases`, `drop`, `types` (name -> type) and `split` (names out of their group) correct
    entities; `quote_edits` corrects quotes by `quote_key(start, end)`: {"speaker": name ("" for
    unknown), "kind": "direct"|"indirect"|"mixed", "removed": True (not a quote)}. Edges and
    everything downstream follow. `weights` replaces the speaker ranking's default
    weights per use (for fitting them)."""
    parsed = apply_dateline(parsed)  # "CHICAGO (AP) —": a place and an agency, not the first subject
    text = parsed.text
    table = load_language_table(parsed.language)
    parsed = drop_back_matter(parsed, table)  # "Sources" and the titles of other articles after it
    entities = group_entities(
        text,
        list(parsed.mentions),
        table,
        aliases=aliases,
        drop=frozenset(drop or ()),
        types=types,
        split=frozenset(split or ()),
    )
    index = EntityIndex(entities)
    choices: list[Choice] = []
    speakers = resolve_speakers(
        list(parsed.quotes),
        titles=list(parsed.titles),
        subjects=list(parsed.subjects),
        index=index,
        table=table,
        genders=parsed.genders,
        sentences=parsed.sentences,
        paragraphs=paragraph_starts(text),
        weights=weights,
        text=text,
        choices=choices,
        channels=[(m.start, m.end) for m in parsed.mentions if m.channel],
    )
    named = _named_counts(parsed, speakers, index)
    people = sum(ent.label == "PERSON" for ent in entities)
    edits = normalise_edits(
        {
            "aliases": aliases,
            "drop": list(drop or ()),
            "quotes": quote_edits,
            "types": types,
            "split": list(split or ()),
        }
    )
    quotes = []
    previous: Speaker | None = None  # the speaker of the quote before, as resolved
    for number, (raw, speaker, choice) in enumerate(zip(parsed.quotes, speakers, choices, strict=True), start=1):
        fix = edits["quotes"].get(quote_key(raw.start, raw.end), {})
        if fix.get("removed"):
            continue  # "not a quote": the analyst's call (the id of every other quote stays)
        reason = choice.reason
        how, method = explain(raw, speaker, reason), method_of(raw, speaker)
        evidence = _evidence(
            raw,
            speaker,
            choice,
            method,
            index=index,
            named=named,
            people=people,
            language=parsed.language,
            previous=previous,
            text=text,
        )
        previous = speaker or previous
        confidence = speaker_probability(evidence) if speaker else None
        if confidence is not None and speaker.entity is None and _names_nobody(speaker.name, table):
            confidence = min(confidence, NAMES_NOBODY_CONFIDENCE)
        if "speaker" in fix:
            speaker = _corrected_speaker(fix["speaker"], raw, index)
            how, method, reason, confidence = "corrected by the analyst", "analyst", "", 1.0
        speaker_span = (speaker.start, speaker.end) if speaker and speaker.end > speaker.start else None
        quotes.append(
            Quote(
                id=f"q{number}",
                start=raw.start,
                end=raw.end,
                text=text[raw.start : raw.end],
                kind=fix.get("kind", raw.kind),
                cue=TextSpan(raw.cue[0], raw.cue[1], text[raw.cue[0] : raw.cue[1]]) if raw.cue else None,
                speaker=speaker,
                attribution=raw.attribution,
                mentions=tuple(quote_mentions(raw.start, raw.end, speaker_span, index)),
                how=how if "kind" not in fix else f"{how}; kind corrected by the analyst",
                corrected=bool(fix),
                method=method,
                reason=reason,
                confidence=confidence if speaker else None,
                evidence=tuple(evidence.items()),
            )
        )
    edges = build_edges(quotes, index, table)
    return Analysis(
        text=text,
        language=parsed.language,
        model=parsed.model,
        entities=tuple(entities),
        quotes=tuple(quotes),
        mentions=tuple(edges),
        title=parsed.title,
        warnings=parsed.warnings,
        edits=edits,
    )


KINDS_OF_PHRASE = {
    "name": "named",
    "pronoun": "pronoun",
    "group": "group pronoun",
    "description": "title",
    "role": "spokesperson or role: the organisation",
    "document": "document",
    "common": "noun phrase",
}


def method_of(raw, speaker: Speaker | None) -> str:
    """Which rule found the speaker, as a code of `METHODS` (the key of its measured confidence)."""
    mention = raw.speaker
    if speaker is None:
        return "none"
    if mention is None or mention.kind == "thing" or not mention.name.strip(" -'’"):
        return "context"
    return mention.kind if mention.kind in KINDS_OF_PHRASE else "common"


METHODS = (*KINDS_OF_PHRASE, "context", "none", "analyst")


def _named_counts(parsed: ParsedArticle, speakers: list, index: EntityIndex) -> dict[str, int]:
    """Entity id -> how often the article names it as a speaker or as a sentence's subject: who acts in
    the story (an event or a law the parser typed ORG never does)."""
    counts: dict[str, int] = {}
    for raw, speaker in zip(parsed.quotes, speakers, strict=True):
        if speaker is not None and speaker.entity and raw.speaker is not None and raw.speaker.kind == "name":
            counts[speaker.entity] = counts.get(speaker.entity, 0) + 1
    for subject in parsed.subjects:
        if subject.mention.kind == "name":
            for a, b in subject.mention.entity_spans[:1]:
                ent = index.at(a, b)
                if ent is not None:
                    counts[ent.id] = counts.get(ent.id, 0) + 1
    return counts


@lru_cache(maxsize=8)
def _runs_on_patterns(language: str) -> tuple[re.Pattern, re.Pattern]:
    """A name the model may have cut short: a capitalised word goes on from it across a comma or a link
    word of the language's names (`name_links`: "Department for Environment, Food and Rural Affairs",
    "U.N. Verification Mission in Colombia"), or comes before it across one ("Warehouse and Distribution
    Workers Union")."""
    links = "|".join(sorted(map(re.escape, load_language_table(language).name_links))) or "(?!)"
    after = re.compile(rf"(?:,\s*|\s+(?:{links})\s+)[A-ZÀ-Ý]")
    before = re.compile(rf"[A-ZÀ-Ý][\w.’'-]*\s+(?:{links})\s+$")
    return after, before


def _runs_on(ent, text: str, language: str) -> bool:
    """True when a mention of the entity looks cut out of a longer name (`_runs_on_patterns`)."""
    after, before = _runs_on_patterns(language)
    return any(
        after.match(text, m.end) is not None or before.search(text[max(0, m.start - 40) : m.start])
        for m in ent.mentions
    )


def _evidence(
    raw, speaker: Speaker | None, choice: Choice, method: str, *, index, named, people, language, previous, text=""
) -> dict:
    """The trust model's features of one quote (`whosaid.trust.FEATURES`); `previous` is the speaker of
    the quote before."""
    mention = raw.speaker
    ent = None
    if speaker is not None and speaker.entity:
        ent = index.entities.get(speaker.entity)
    phrase = mention.text if mention is not None and method != "context" else ""
    name_in_phrase = bool(mention is not None and (mention.entity_spans or index.inside(mention.start, mention.end)))
    phrase_span = (mention.start, mention.end) if phrase else None
    return quote_features(
        method=method,
        rule=raw.rule,
        language=language,
        choice=choice,
        speaker_label=ent.label if ent is not None else None,
        phrase=phrase,
        phrase_is_name=mention is not None and mention.kind == "name",
        name_in_phrase=name_in_phrase,
        named_elsewhere=named.get(ent.id, 0) if ent is not None else 0,
        entity_mentions=len(ent.mentions) if ent is not None else 0,
        people=people,
        kind=raw.kind,
        implicit=raw.attribution == "implicit",
        phrase_span=phrase_span,
        quote_span=(raw.start, raw.end),
        after_unnamed=(
            speaker is not None
            and (method in ("pronoun", "context") or choice.ranked)
            and previous is not None
            and previous.entity is None
            and previous.name != speaker.name
        ),
        name_runs_on=ent is not None and ent.label != "PLACE" and _runs_on(ent, text, language),
        thing_spoke=mention is not None and mention.kind == "thing" and raw.cue is not None,
    )


def _names_nobody(name: str, table) -> bool:
    """True for a speaker shown as a bare pronoun ("elle", "they", "it"): no antecedent was found."""
    low = name.lower().lstrip("-")
    return low in table.person_pronouns or low in table.group_pronouns or low in table.organisation_pronouns


def explain(raw, speaker: Speaker | None, reason: str = "") -> str:
    """How the speaker of a quote was found, in a few words ("pronoun “il” → Sergueï Lavrov (the
    subject of the previous sentence)"); `reason` is the resolver's code (`speakers.REASONS`)."""
    mention = raw.speaker
    why = REASONS.get(reason, "")
    if speaker is None:
        return "no speaker found"
    if mention is None or mention.kind == "thing" or not mention.name.strip(" -'’"):
        return f"no speaker phrase: {why or 'from the context'}"
    kind = KINDS_OF_PHRASE.get(mention.kind, mention.kind)
    if mention.kind == "name":
        return f"named: “{mention.text}”"
    if reason in AS_WRITTEN_REASONS:
        return f"{kind} “{mention.text}”: {why}"
    return f"{kind} “{mention.text}” → {speaker.name}" + (f" ({why})" if why else "")


def _corrected_speaker(name: str, raw, index: EntityIndex) -> Speaker | None:
    """The speaker the analyst chose: an entity when one has that name, else the name as typed."""
    name = " ".join(name.split())
    if not name:
        return None
    ent = index.named(name)
    return Speaker(ent.name if ent else name, ent.id if ent else None, "", raw.start, raw.start)


def analyze(text: str, *, language: str | None = None, aliases: dict | None = None) -> Analysis:
    """Analyse one article: entities, quotes with resolved speakers, who-mentions-whom.

    `language` ("fr", "en") skips detection; `aliases` merges names ({"RPDC": "Corée du Nord"}).
    Raises a `WhosaidError` subclass with a readable message on bad input.
    """
    return build_analysis(parse_article(text, language=language), aliases=aliases)


def parse_many(
    texts: Iterable[str], *, language: str | None = None, batch_size: int = 16, n_process: int = 1
) -> Iterator[ParsedArticle]:
    """Parse many articles through `nlp.pipe`, in input order; languages may differ between texts."""
    texts = list(texts)
    for number, text in enumerate(texts):
        try:
            check_text(text)
        except WhosaidError as err:
            raise type(err)(f"Text {number + 1}: {err}") from err
    codes = [_language_of(text, language) for text in texts]
    results: dict[int, ParsedArticle] = {}
    for code in dict.fromkeys(codes):
        nlp = load_pipeline(code)
        model = describe_model(nlp)
        members = [i for i, c in enumerate(codes) if c == code]
        pieces = [(i, split_into_chunks(normalize_for_parser(texts[i]))) for i in members]
        stream = (chunk for _, chunks in pieces for _, chunk in chunks)
        docs = iter(nlp.pipe(stream, batch_size=batch_size, n_process=n_process))
        for i, chunks in pieces:
            article_docs = [next(docs) for _ in chunks]
            results[i] = parsed_from_docs(texts[i], chunks, article_docs, language=code, model=model)
    for i in range(len(texts)):
        yield results.pop(i)


def analyze_many(
    texts: Iterable[str],
    *,
    language: str | None = None,
    aliases: dict | None = None,
    batch_size: int = 16,
    n_process: int = 1,
) -> list[Analysis]:
    """Analyse many articles with `nlp.pipe` (one pass per language); results in input order."""
    return [
        build_analysis(p, aliases=aliases)
        for p in parse_many(texts, language=language, batch_size=batch_size, n_process=n_process)
    ]
