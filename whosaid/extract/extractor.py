"""The orchestrator: one pass over a parsed Doc's sentences, each rule a step from the sibling modules.

Order matters and is the whole design: source markers first ("selon X, P"), then each cue verb's
reported clause, "As X said, P", and incises ("P, a ajouté X"); then quotations in marks tied to a
nearby cue; what is left in marks and reads as a statement is a floating quote.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Token

from whosaid.extract.clause_extent import clause_range, extend_clause
from whosaid.extract.clauses import complement_of
from whosaid.extract.content import (
    MIN_FLOATING_WORDS,
    MIN_INDIRECT_CHARS,
    as_clause,
    classify,
    dedupe,
    is_named_work,
    is_nickname,
    is_statement,
    is_title,
    merge_same_cue,
    reversed_content,
)
from whosaid.extract.cues import (
    CuePosition,
    attach_marks,
    cue_candidates,
    cue_span,
    incise_after_quote,
    is_cue_verb,
    is_quote_only,
    writers_voice,
)
from whosaid.extract.facts import collect_sentence_facts
from whosaid.extract.marks import QuoteMark, find_quote_marks
from whosaid.extract.name_mentions import collect_mentions
from whosaid.extract.names import join_cut_names
from whosaid.extract.relayed import relayed_source
from whosaid.extract.source_markers import source_marker_quotes
from whosaid.extract.speaker_phrase import agent_after_participle, speaker_of
from whosaid.extract.syntax import (
    doc_sents,
    doc_text,
    extraction_context,
    in_quotation,
    inverted_clitic,
    is_incise,
    set_quoted,
    span_chars,
    subject_of,
    trim_content,
)
from whosaid.findings import DocFindings, RawQuote, SpeakerMention
from whosaid.lang import LanguageTable

MIN_QUOTE_CHARS = 3  # shorter spans are punctuation left over, not quotes
MAX_CONTINUATION_GAP = 60  # characters between an attributed quotation and the one that goes on from it
MIN_CONTINUATION_WORDS = 2  # words (one a verb) of a quotation that goes on from an attributed one


def extract_quotes(doc: Doc, table: LanguageTable, *, marks: list[QuoteMark] | None = None) -> DocFindings:
    """Quotes, title links and sentence subjects of a parsed Doc, with offsets into `doc.text`.

    `marks` are the quotation marks of the Doc's text when the caller found them on a longer text
    (a chunk of a long article), else they are found here.
    """
    with extraction_context(doc):
        return _extract_quotes(doc, table, marks)


def _holds_a_report(doc: Doc, start: int, end: int, table: LanguageTable) -> bool:
    """Whether the words between `start` and `end` report someone's words with a cue of their own: a verb
    of saying (not only of thinking or hoping: "According to ABC News, Basya also believes P" is ABC's
    report) outside quotation marks and relative clauses, with a reported clause and a speaker phrase
    inside them."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    for verb in span:
        if verb.pos_ not in ("VERB", "AUX") or in_quotation(verb) or verb.dep_ in table.syntax.relative_clause:
            continue
        if not is_cue_verb(verb, table) or table.verb_lemma(verb.lemma_.lower(), verb.lower_) in table.quote_only_verbs:
            continue
        if any(c.dep_ in table.syntax.passive_aux for c in verb.children):
            continue  # "the military has been told to prepare": passive, nobody speaks
        found = complement_of(verb, table)
        if found is None or found[1] or found[0].pos_ not in ("VERB", "AUX"):
            continue  # an object or an infinitive in marks ("She has called him twice") is no reported clause
        speaker = speaker_of(verb, table)
        if speaker is not None and speaker.kind not in ("document", "thing") and start <= speaker.start < end:
            return True
    return False


def _extract_quotes(doc: Doc, table: LanguageTable, marks: list[QuoteMark] | None) -> DocFindings:
    join_cut_names(doc, table)
    text = doc_text(doc)
    marks = find_quote_marks(text, table) if marks is None else marks
    set_quoted(doc, [(m.start, m.end) for m in marks], [m.close for m in marks if m.closed])
    findings = DocFindings()
    quotes: list[RawQuote] = []
    used_marks: set[QuoteMark] = set()

    def inside_mark(char: int) -> bool:
        return any(m.start <= char < m.end for m in marks)

    def add(start, end, kind, cue, speaker, attribution, rule, covered=()):
        start, end = trim_content(text, start, end) if kind != "direct" else (start, end)
        if end - start < MIN_QUOTE_CHARS:
            return
        if kind == "direct" and (
            is_title(text[start:end], table)
            or is_named_work(doc, start, end, table)
            or is_nickname(doc, start, end, table)
        ):
            used_marks.update(covered)  # 'titled "Holding Pattern"': a name, neither a quote nor a floating one
            return
        quotes.append(
            RawQuote(start=start, end=end, kind=kind, cue=cue, speaker=speaker, attribution=attribution, rule=rule)
        )
        used_marks.update(covered)

    cue_positions: list[CuePosition] = []  # cues that quotations in marks may be tied to afterwards
    inner_incises: list[tuple[QuoteMark, tuple[int, int], SpeakerMention]] = []
    candidates = cue_candidates(doc, table)  # the words the cue tests may accept, in order
    for sent in doc_sents(doc):
        collect_sentence_facts(doc, sent, table, findings)
        # Rule: "Selon X, P" / "According to X, P" / "P, selon X" -> indirect P (or direct/mixed), X speaks.
        for marker in source_marker_quotes(doc, sent, table, marks):
            if _holds_a_report(doc, marker[0], marker[1], table):
                # "X has warned lawmakers that P, according to a memo": the report inside has its own cue and
                # speaker; the source only vouches for it (the cue's own rule below finds P)
                continue
            add(*marker)
            cue_positions.append((marker[3][0], marker[3], marker[4]))
        for k in candidates[bisect.bisect_left(candidates, sent.start) : bisect.bisect_left(candidates, sent.end)]:
            verb = doc[k]
            cue_verb = is_cue_verb(verb, table)
            if (
                not cue_verb
                and incise_after_quote(doc, verb, marks, table)
                # '"…," lead researcher X said': a word the parser made a verb under the cue after it is not one
                and not (verb.head.i > verb.i and is_cue_verb(verb.head, table))
            ):
                # "« … » s'est réjoui le président Obama": any verb right after a closing mark with its
                # subject after it introduces the quotation, whatever the verb
                speaker = speaker_of(verb, table)
                if speaker is not None:
                    cue_positions.append((verb.idx, cue_span(verb, table), speaker))
                continue
            if not cue_verb:
                continue
            if inside_mark(verb.idx):
                # Rule: "« Au début, j'ai cru à un défaut, raconte-t-elle, puis j'ai vérifié »": an incise
                # inside the marks attributes the quotation it interrupts; any other cue inside a
                # quotation reports the quoted speaker's words, not a new quote
                found_incise = inner_incise(verb, marks, table)
                if found_incise is not None:
                    inner_incises.append(found_incise)
                continue
            if verb.lower_ in table.relay_markers:
                continue  # "According to A, quoting B, P": handled with the source marker
            if writers_voice(verb, sent, table):
                continue  # "Rappelons que …", "I told you": the writer's own voice
            if (
                any(c.dep_ in table.syntax.passive_aux for c in verb.children)
                and agent_after_participle(verb, table) is None
            ):
                # "à laquelle s'est ajoutée …", "she was told to …": passive, nobody speaks (but "which was
                # called "a sham" by the union": the agent)
                continue
            speaker = speaker_of(verb, table)
            speaker = relayed_source(verb, speaker, table) or speaker
            if speaker is not None and speaker.kind == "document":
                continue  # an unsigned document is not a speaker (annotation convention)
            cue = cue_span(verb, table)
            cue_positions.append((verb.idx, cue, speaker))
            found = complement_of(verb, table)
            if found is not None:
                # Rule: "Lavrov a déclaré que P" / "She said (that) P" -> indirect, mixed or direct P.
                clause, needs_marks = found
                speaker = _gender_from_clause(speaker, clause, table)
                first, last = clause_range(verb, clause, table)
                if first <= last:
                    if not needs_marks and verb.dep_ not in table.syntax.relative_clause:
                        # objects and infinitives stop where they stop, and so does a relative clause's report
                        # ("The decision, which X said he would appeal, could reshape …")
                        last = extend_clause(doc, sent, last, table, first)
                    for tok in doc[first : last + 1]:
                        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
                        if tok.text == ":" and nxt is not None and nxt.text in table.quote_pairs and tok.i > first:
                            last = tok.i - 1  # "a précisé que P : « Q »": the quotation gets its own quote
                            break
                    if any(
                        agent_after_participle(t, table) is not None for t in doc[first : last + 1] if t is not verb
                    ):
                        # « a présenté un projet de loi jugé « liberticide » par des associations »: the
                        # quotation in the object is the agent's, whose participle governs it
                        continue
                    agent = agent_after_participle(verb, table)
                    if agent is not None and first < agent.i <= last:
                        # « jugé « très insuffisant » par la FNSEA »: who judged is no part of what was said
                        last = max(t.i for t in doc[first : agent.i] if t.lower_ in table.agent_prepositions) - 1
                    start, end = span_chars(doc, first, last)
                    kind, start, end, covered = classify(text, start, end, marks)
                    # "pense que P" is a thought, "a annoncé la découverte" a fact, unless quoted
                    unquoted_thought = kind == "indirect" and (needs_marks or is_quote_only(verb, table))
                    if not unquoted_thought and (kind != "indirect" or end - start >= MIN_INDIRECT_CHARS):
                        add(start, end, kind, cue, speaker, "explicit", "clause", covered)
                        continue
                    if not needs_marks:
                        continue
            as_span = as_clause(doc, sent, verb, speaker, table)
            if as_span is not None:
                # Rule: "As Heald told The Huffington Post, P" -> P
                kind, start, end, covered = classify(text, *as_span, marks)
                add(start, end, kind, cue, speaker, "explicit", "as-clause", covered)
                continue
            reversed_span = reversed_content(doc, sent, verb, speaker, table)
            if reversed_span is not None:
                # Rule: "P, a indiqué la police." / "P, he said." -> the sentence before the incise.
                start, end = reversed_span
                if speaker is not None and speaker.start <= start < speaker.end:
                    # « Plusieurs commerçants, interrogés par Midi Libre, se disent favorables »: the words
                    # before the verb open with who speaks; they are not what was said
                    continue
                if speaker is not None and start < speaker.start < end and not text[speaker.end : end].strip(" ,"):
                    # '"Those jobs should be union jobs," the union's president, X, said' with the title read as
                    # the quotation's predicate: the words that name who speaks are never what they say (an
                    # incise inside the span, "Fatigue, he said, had become P", stays in it)
                    end = speaker.start
                kind, start, end, covered = classify(text, start, end, marks)
                if kind == "indirect" and is_quote_only(verb, table):
                    continue
                add(start, end, kind, cue, speaker, "explicit", "reversed", covered)

    for mark, cue, speaker in inner_incises:
        if mark not in used_marks:
            add(mark.start, mark.end, "direct", cue, speaker, "explicit", "inner-incise", (mark,))
    attach_marks(doc, table, marks, used_marks, cue_positions, add)
    for mark in marks:
        if mark in used_marks or inside_mark(mark.open) or any(q.start <= mark.start < q.end for q in quotes):
            continue
        # Rule: a quoted statement with no cue ("« La coopération … »" as a paragraph) is a floating quote;
        # so is a shorter one that goes on from a quotation its incise just attributed ('"We signed
        # papers before," she said. "Papers don't stop bullets."')
        continues = (
            text[mark.start : mark.start + 1].isupper()
            and any(  # it opens a sentence
                q.kind == "direct"
                and q.cue is not None
                and 0 <= mark.open - q.end <= MAX_CONTINUATION_GAP
                and "\n" not in text[q.end : mark.open]
                and any(c in text[q.end : mark.open] for c in ".!?")  # once the incise's sentence is over
                for q in quotes
            )
        )
        # a sentence a colon introduces is a statement from a couple of words on ("Roux was blunt: "This
        # is a betrayal."", « Paul Roux ne décolère pas : « C'est une trahison. » »)
        introduced = text[mark.start : mark.start + 1].isupper() and text[
            max(0, mark.open - 8) : mark.open
        ].rstrip().endswith(":")
        short = continues or introduced
        if is_statement(doc, mark, min_words=MIN_CONTINUATION_WORDS if short else MIN_FLOATING_WORDS):
            add(mark.start, mark.end, "direct", None, None, "implicit", "floating", (mark,))

    findings.quotes = merge_same_cue(dedupe(quotes), text, table)
    return findings


def inner_incise(
    verb: Token, marks: list[QuoteMark], table: LanguageTable
) -> tuple[QuoteMark, tuple[int, int], SpeakerMention] | None:
    """The quotation an incise interrupts, its cue and speaker: the verb follows a comma inside the
    marks and its subject comes after it ("…, raconte-t-elle, …", "…, a expliqué le biologiste. …")."""
    mark = next((m for m in marks if m.start <= verb.idx < m.end), None)
    if mark is None or not is_incise(verb, table):
        return None
    subject = subject_of(verb, table, hops=1)
    if subject is not None and subject.i < verb.i and inverted_clitic(verb, table) is None:
        # "…, les rapports indiquent que …": a statement inside the quotation; "…, a-t-il lancé" is an
        # incise whatever the parser made the subject
        return None
    speaker = speaker_of(verb, table)
    if speaker is None or not (mark.start <= speaker.start and speaker.end <= mark.end):
        return None  # the incise's subject lies inside the marks ("…, dit-il, …", "…, a expliqué X. …")
    return mark, cue_span(verb, table), speaker


def extract_doc(
    doc: Doc, table: LanguageTable, *, marks: list[QuoteMark] | None = None, text: str | None = None
) -> DocFindings:
    """Everything one parsed Doc tells: entity mentions, quotes, title links, sentence subjects; `text`,
    when the caller has it, is the string the Doc was parsed from (spaCy rebuilds it from the tokens)."""
    with extraction_context(doc) as context:
        if text is not None and len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
            context.setdefault("text", text)
        findings = extract_quotes(doc, table, marks=marks)
        findings.mentions = collect_mentions(doc, table)
    return findings


def extract_article(text: str, chunks: list[tuple[int, str]], docs: Iterable[Doc], table: LanguageTable) -> DocFindings:
    """The findings of an article parsed as (offset, chunk) Docs, with offsets into the whole `text`.

    Quotation marks are found once on the whole text, so a quotation is seen the same way whichever
    chunk holds it; each chunk gets the marks that lie wholly inside it.
    """
    marks = find_quote_marks(text, table)
    found = DocFindings()
    for (offset, chunk), doc in zip(chunks, docs):
        local = [
            m.shifted(-offset)
            for m in marks
            if offset <= m.open < offset + len(chunk) and m.outer_end <= offset + len(chunk)
        ]
        found.extend(extract_doc(doc, table, marks=local, text=chunk).shifted(offset))
    return found


def _gender_from_clause(speaker: SpeakerMention | None, clause: Token, table: LanguageTable) -> SpeakerMention | None:
    """A title or a noun with no gender of its own takes the one of the personal pronoun that opens the
    clause it reports ("The judge said she had reduced the fine": the judge is a woman), as the person
    reporting about themselves is the pronoun's most likely referent."""
    if speaker is None or speaker.gender or speaker.kind not in ("description", "common") or speaker.number != "sing":
        return speaker
    subject = next((c for c in clause.children if c.dep_ in table.syntax.subject), None)
    gender = table.pronoun_genders.get(subject.lower_) if subject is not None else None
    return replace(speaker, gender=gender) if gender else speaker
