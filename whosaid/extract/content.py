"""Content spans: what a cue reports, and of which kind.

The rest of a sentence after "As X said," or before an incise ("P, a ajouté X"), a span's kind from the
quotation marks it overlaps (direct, indirect, mixed), quoted titles and floating statements, and the
clean-up of overlapping and split findings. The reported clause of a cue verb is `clauses.py`'s, the
proposition of a source marker `source_markers.py`'s.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from whosaid.extract.cues import is_cue_verb
from whosaid.extract.marks import PAD, SENT_END, QuoteMark
from whosaid.extract.nouns import is_person_noun
from whosaid.extract.speaker_phrase import SUBJECT_REACH
from whosaid.extract.syntax import (
    clitic_subject,
    cue_first,
    doc_text,
    ents_between,
    first_word_index,
    in_quotation,
    inverted_clitic,
    is_complementizer,
    is_time_word,
    np_tokens,
    predicate_read_as_subject,
    subject_of,
)
from whosaid.findings import RawQuote, SpeakerMention
from whosaid.lang import LanguageTable

MIN_FLOATING_WORDS = 5  # a quotation with no cue is a statement only from this many words on
MIN_INDIRECT_CHARS = 12  # shorter reported clauses are fragments, not statements
MAX_INVERTED_SUBJECT = 8  # words between an incise's verb and the comma that closes it (« , a estimé le maire, »)
MIN_REVERSED_TOKENS = 3  # tokens before an incise for the sentence to be its content
DEDUPE_WINDOW = 12  # quotes kept so far that may still overlap the next one (they are sorted by start)
MAX_NICKNAME_WORDS = 2  # words of a name in quotation marks someone goes by (« dit « Hemedti » »)
SAME_SPAN = 0.5  # overlap share for two findings to be the same quote (the annotation rule)
MAX_JOINING_WORDS = 3  # words between two quotations of one cue that make them one mixed quote


def classify(text: str, start: int, end: int, marks: list[QuoteMark]) -> tuple[str, int, int, list[QuoteMark]]:
    """Kind of a reported stretch given the quotation marks it overlaps; grow it to whole quotations."""
    inside = [m for m in marks if m.open < end and m.outer_end > start]
    if not inside:
        return "indirect", start, end, []
    new_start = min(start, min(m.open for m in inside))
    new_end = max(end, max(m.outer_end for m in inside))
    if len(inside) == 1:
        mark = inside[0]
        before = text[new_start : mark.open].strip(PAD + "\n,;:–—-")
        after = text[mark.outer_end : new_end].strip(PAD + "\n,;:.–—-")
        if not before and not after:
            return "direct", mark.start, mark.end, inside
    return "mixed", new_start, new_end, inside


def as_clause(
    doc: Doc, sent: Span, verb: Token, speaker: SpeakerMention | None, table: LanguageTable
) -> tuple[int, int] | None:
    """Content of "As Heald told the Huffington Post, P" / "Comme l'a dit X, P": the rest of the
    sentence after the attribution clause."""
    if speaker is None or not any(
        c.lower_ in table.clause_source_markers and c.dep_ in table.syntax.mark for c in verb.children
    ):
        return None
    clause_end = max(t.i for t in verb.subtree if t.i != verb.head.i or verb.head.i > verb.i)
    first = first_word_index(doc, sent, table)
    if min(t.i for t in verb.subtree) > first + 1:
        return None  # only an opening "As X said," introduces the whole sentence
    k = clause_end + 1
    while k < sent.end and doc[k].text != ",":
        k += 1
    if k + 1 >= sent.end:
        return None
    return doc[k + 1].idx, sent.end_char


def _circumstance(clause: Token, table: LanguageTable) -> bool:
    """Whether a clause hung on a cue is adverbial and opened by a subordinator that is no complementizer
    alone ("after", "because", « après que », « parce que »): when or why, not what was said."""
    marks = [c for c in clause.children if c.dep_ in table.syntax.mark and c.i < clause.i]
    return clause.dep_ in table.syntax.adverbial_clause and any(not is_complementizer(c, table) for c in marks)


def reversed_content(
    doc: Doc, sent: Span, verb: Token, speaker: SpeakerMention | None, table: LanguageTable
) -> tuple[int, int] | None:
    """Content of "P, a ajouté X." / "P, X said." / "P, dit-il.": the sentence (or the part after a
    semicolon) before the incise."""
    if speaker is not None and speaker.kind == "thing" and speaker.start > verb.idx:
        return None  # "…, signals patience on cuts": a thing after the verb is its object, no inverted subject
    if speaker is None or verb.dep_ in table.syntax.relative_clause:
        # '"…," one resident, who asked not to be named, told X': a cue in a relative clause says
        # something of its antecedent; it introduces no statement before it
        return None
    first_cue = cue_first(verb, table)
    finite = "Fin" in verb.morph.get("VerbForm") or first_cue < verb.i or verb.morph.get("VerbForm") == []
    # "P, the automaker announced on Friday" with the verb tagged a past participle: one with a subject of
    # its own before it is the finite verb of an incise
    finite = (
        finite
        or verb.morph.get("Tense") == ["Past"]
        and any(c.dep_ in table.syntax.subject and c.i < verb.i for c in verb.children)
    )
    if not finite:
        return None  # "P, ajoutée à …", "P, insistant sur …": a participle alone is no incise
    subj = subject_of(verb, table, hops=1)
    subj = clitic_subject(subj, verb, table) or subj
    if subj is not None and predicate_read_as_subject(subj, verb, table):
        subj = None  # « Ce n'est pas la première fois, regrettent les parents »: all before is the content
    if subj is not None and subj.i < verb.i and subj.lower_ in table.relative_pronouns:
        return None  # « …, confie un habitant, qui a demandé à ne pas être nommé », whatever the parse
    close = next((t.idx for t in doc[verb.i + 1 : sent.end] if t.is_punct), sent.end_char)
    inverted = verb.idx < speaker.start and speaker.end <= close  # the speaker phrase right after the verb
    if subj is not None and subj.i < verb.i and inverted and speaker.kind != "pronoun":
        # "The plan, said the minister, would cost …", « Le plan, a estimé la ministre, coûterait … »: with
        # the speaker inverted after the verb, a noun before it is the statement's subject, not the cue's
        subj = None
    if subj is not None and subj.i < verb.i:
        np = np_tokens(subj, table)
        if np[-1].i < first_cue - SUBJECT_REACH:
            return None  # the subject opens the sentence: "X, témoin, a déclaré" is not an incise
        first_cue = min(first_cue, np[0].i)
    if first_cue - 1 < sent.start or doc[first_cue - 1].text not in (",", "–", "—"):
        return None
    within = _statement_around_incise(doc, sent, verb, first_cue, table)
    if within is not None:
        return within
    # after the incise: only the subject, adverbs, objects and the final punctuation (and a clause of
    # circumstance: "P, the minister confirmed, after premiers warned Q" says when, it reports nothing of hers)
    aside = {t.i for c in verb.children if c.i > verb.i and _circumstance(c, table) for t in c.subtree}
    for tok in doc[verb.i + 1 : sent.end]:
        if tok.i in aside:
            continue
        if (
            tok.dep_ in table.syntax.clause_complement
            or tok.pos_ == "VERB"
            and tok.head is verb
            and tok.dep_ not in table.syntax.open_complement
        ):
            return None
        if tok.text == ":" or tok.text in table.openers:
            return None  # "…, X avait alors lâché : « … »": the cue introduces what follows
    if (
        subj is not None
        and subj.i < verb.i
        and any(
            c.dep_ in table.syntax.direct_object
            and c.i > verb.i
            and not is_time_word(c, table)
            and not _addressee(c, table)
            for c in verb.children
        )
    ):
        return None  # "…, De Gaulle proclamait l'indépendance": a clause with its own object, not an incise
    first = first_word_index(doc, sent, table)
    for tok in doc[first : first_cue - 1]:
        if tok.text in (";", ":") and tok.i + 1 < first_cue - 1:
            first = tok.i + 1
    if first_cue - 1 - first < MIN_REVERSED_TOKENS:
        return None
    if not any(t.pos_ in ("VERB", "AUX") or t.text in table.quote_pairs for t in doc[first : first_cue - 1]):
        return None  # "Dans une interview à Radio Sawa, X a critiqué": an opening phrase, not a statement
    opener = doc[first]
    if (
        opener.pos_ == "SCONJ"
        and opener.lower_ not in table.complementizers
        and opener.head.dep_ in table.syntax.adverbial_clause
        and opener.head.head.i == verb.i
    ):
        return None  # "When the company offered to buy, X said no": when it was said, not what was
    if _framing_participle(doc[first : first_cue - 1], verb, table):
        return None  # "Asked whether she would resign, X said no": what X was asked, not what X said
    return doc[first].idx, doc[first_cue - 1].idx


def _framing_participle(region: Span, verb: Token, table: LanguageTable) -> bool:
    """True where all a cue's own words before it are one participle clause without a subject ("Asked
    whether …, X said no", « Interrogée sur sa démission, la ministre a dit non »): the circumstances of
    the saying, which a statement before its incise never is (a statement has its own finite verb, « Un
    accord, conclu en 2020, avait permis P, a rappelé X » whatever the parser made of its subject)."""
    heads = [t for t in region if t.head.i == verb.i and not t.is_punct]
    return (
        len(heads) == 1
        and heads[0].dep_ in table.syntax.adverbial_clause
        and heads[0].morph.get("VerbForm") in (["Part"], ["Ger"])
        and not any(c.dep_ in table.syntax.subject or c.pos_ == "AUX" for c in heads[0].children)
    )


def _addressee(noun: Token, table: LanguageTable) -> bool:
    """An object of a cue that is whom the words went to ("P, X told reporters at …", "told Reuters", "told
    the minister"): an audience noun, a person noun or a name, not what was said."""
    return (
        noun.lower_ in table.audience_nouns
        or noun.lemma_.lower() in table.audience_nouns
        or noun.pos_ == "PROPN"
        or is_person_noun(noun, table)
    )


def _statement_around_incise(
    doc: Doc, sent: Span, verb: Token, first_cue: int, table: LanguageTable
) -> tuple[int, int] | None:
    """Content of "The plan, he argued, would cost too much." / « Le plan, a-t-il estimé, coûterait trop
    cher. »: an incise between commas that the parser hung on a word after it interrupts one statement,
    which runs from the sentence's start to its end, the incise included (the annotation convention)."""
    close = next((t.i for t in doc[verb.i + 1 : sent.end] if t.text == ","), sent.end)
    between = doc[verb.i + 1 : close]
    if close >= sent.end or len(between) > MAX_INVERTED_SUBJECT or any(t.pos_ in ("VERB", "AUX") for t in between):
        return None
    goes_on = close + 1 < sent.end and doc[close + 1].pos_ == "CCONJ"
    if not (verb.head.i > close or inverted_clitic(verb, table) is not None or goes_on):
        # a hyphenated subject makes an incise whatever the parse (« Les habitants, a-t-il ajouté,
        # attendent … » made the incise the root); otherwise the parser hung it on a word after it, or
        # the statement goes on after it with a conjunction ("P, she insisted, but Q")
        return None
    first = first_word_index(doc, sent, table)
    before = doc[first : first_cue - 1]
    if not len(before) or any(
        t.text in table.quote_pairs or t.text in table.closers or in_quotation(t) for t in before
    ):
        return None  # quoted words before an incise are the quotation's (« A », a-t-il dit, « B »)
    last = sent.end - 1
    while last > close and (doc[last].is_punct or doc[last].is_space) and doc[last].text not in table.closers:
        last -= 1
    if last <= close or not any(t.pos_ in ("VERB", "AUX") for t in doc[close + 1 : last + 1]):
        return None
    following = next((t for t in doc[close + 2 : last + 1] if t.pos_ == "VERB"), None)
    if goes_on and following is not None and is_cue_verb(following, table):
        # "The plan is dead, he said, and added that talks would resume": a second speech act after the
        # conjunction is a report of its own, not more of the statement the incise interrupts
        return None
    return doc[first].idx, doc[last].idx + len(doc[last].text)


MAX_TITLE_WORDS = 8  # words of a quoted name ("Empty Shelves, Full Waiting Rooms")
MIN_CAPITALISED = 4  # letters from which a word of a name in title case is capitalised ("of", "the" are not)


def is_title(quoted: str, table: LanguageTable) -> bool:
    """Whether quoted words are a name in title case (a report's, a campaign's, a work's: 'titled "Holding
    Pattern"', 'its "Kitchen Table Tour"'), not speech, in a language whose names capitalise every word
    (`title_case_names`): two to a few words, each of `MIN_CAPITALISED` letters or more capitalised, and
    at least two of them."""
    if not table.title_case_names:
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", quoted)
    if not 2 <= len(words) <= MAX_TITLE_WORDS or not words[0][0].isupper():
        return False
    # title case shows past the first word: "Somebody has to" is a sentence
    capitalised = sum(w[0].isupper() for w in words)
    return capitalised >= 2 and all(w[0].isupper() for w in words if len(w) >= MIN_CAPITALISED)


def is_named_work(doc: Doc, start: int, end: int, table: LanguageTable) -> bool:
    """Whether quoted words are a work's or an event's name apposed to a noun (« son nouveau film, « Les
    Heures creuses », », "his film "The Long Hours""), in any language: the model typed them as one name
    that is no person, organisation or place, they hold no verb, and a noun stands before the opening mark
    (a comma between or not)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    ents = [e for e in ents_between(doc, span.start, span.end) if span.start <= e.start and e.end <= span.end]
    if len(ents) != 1:
        return False
    ent = ents[0]
    if ent.start > span.start + 1 or ent.end < span.end - 1 or table.entity_labels.get(ent.label_) != "OTHER":
        return False  # (a determiner the model left out of the name may stand at either end)
    if any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    k = span.start - 1
    while k >= 0 and (doc[k].text in table.openers or doc[k].text == ","):
        k -= 1
    return k >= 0 and doc[k].pos_ == "NOUN"


def is_nickname(doc: Doc, start: int, end: int, table: LanguageTable) -> bool:
    """Whether quoted words are only a proper name (« le général X, dit « Hemedti » », « surnommé
    « Tigre » »): one to `MAX_NICKNAME_WORDS` capitalised proper nouns, no verb, not announced by a colon;
    a name someone goes by, not speech."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not t.is_punct and t.text not in table.quote_pairs]
    before = doc[span.start - 1] if span.start > 0 else None
    while before is not None and before.i > 0 and before.text in table.openers:
        before = doc[before.i - 1]
    return (
        0 < len(words) <= MAX_NICKNAME_WORDS
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)
        and not (before is not None and before.text == ":")
    )


def is_statement(doc: Doc, mark: QuoteMark, *, min_words: int = MIN_FLOATING_WORDS) -> bool:
    """A quotation is a floating quote when it reads as a statement, not a name or a scare quote."""
    words = doc_text(doc)[mark.start : mark.end].split()
    if len(words) < min_words:
        return False
    span = doc.char_span(mark.start, mark.end, alignment_mode="expand")
    if span is None:
        return False
    return any(t.pos_ in ("VERB", "AUX") for t in span)


# who can be the original speaker of a statement another reports: a name, or a phrase naming someone
# ("The shipping ministry said P, the state-run BSS news agency reported")
SPEAKING_KINDS = ("name", "common", "description", "role")


def dedupe(quotes: list[RawQuote]) -> list[RawQuote]:
    """One quote per stretch of text: a quote inside another one is dropped, unless its own named
    speaker differs (a statement by X reported by Y)."""
    quotes = sorted(quotes, key=lambda q: (q.start, -(q.end - q.start)))
    kept: list[RawQuote] = []
    for q in quotes:
        clash = None
        for k in kept[-DEDUPE_WINDOW:]:  # sorted by start: only the last few kept quotes can overlap this one
            overlap = min(k.end, q.end) - max(k.start, q.start)
            if overlap > 0 and (overlap >= SAME_SPAN * (q.end - q.start) or overlap >= SAME_SPAN * (k.end - k.start)):
                clash = k
                break
        if clash is None:
            kept.append(q)
            continue
        # a name; or, when the outer quote is the words before a reporting incise ("The shipping ministry
        # said P, the state-run BSS news agency reported"), any phrase naming someone
        kinds = SPEAKING_KINDS if clash.rule == "reversed" else ("name",)
        inner_named = q.speaker is not None and q.speaker.kind in kinds
        outer_named = clash.speaker is not None and clash.speaker.kind in kinds
        if inner_named and outer_named and q.speaker.name != clash.speaker.name and clash.attribution == q.attribution:
            # statement by one named speaker reported by another: keep the original speaker only
            # when the two spans mostly coincide (annotation rule), else keep both
            shared = min(clash.end, q.end) - max(clash.start, q.start)
            same_extent = shared >= SAME_SPAN * max(q.end - q.start, clash.end - clash.start)
            if same_extent:
                kept[kept.index(clash)] = q if q.start > clash.start else clash
            else:
                kept.append(q)
        elif clash.attribution == "implicit" and q.attribution == "explicit":
            kept[kept.index(clash)] = q
    return sorted(kept, key=lambda q: q.start)


def merge_same_cue(quotes: list[RawQuote], text: str, table: LanguageTable) -> list[RawQuote]:
    """Quotations of one cue joined by a few words ("« vouloir … », et à « embaucher … »",
    `"dangerous" and "ideological"`) are one mixed quote; a cue between them keeps them apart."""
    out: list[RawQuote] = []
    for q in quotes:
        prev = out[-1] if out else None
        if prev is not None and prev.cue is not None and prev.cue == q.cue and prev.rule == q.rule == "marks":
            gap = text[prev.end : q.start]
            words = re.findall(r"\w+", gap)
            if (
                len(words) <= MAX_JOINING_WORDS
                and not any(c in gap for c in SENT_END + "\n")
                and not prev.end <= q.cue[0] < q.start
            ):
                start = prev.start - 1 if prev.start and text[prev.start - 1] in table.quote_pairs else prev.start
                end = q.end + 1 if q.end < len(text) and text[q.end] in table.closers else q.end
                out[-1] = replace(prev, start=start, end=end, kind="mixed")
                continue
        out.append(q)
    return out
