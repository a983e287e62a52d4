"""Where a reported clause starts and ends (`clause_range`, `extend_clause`): a subject the parser hung
elsewhere, words of time and a medium before it, a second report or a source marker after it, a
connective or an absolute clause that reports on. Split from `whosaid.extract.clauses`, which finds the
clause."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from whosaid.extract.clauses import complement_of
from whosaid.extract.cues import is_cue_verb
from whosaid.extract.nouns import mute_subject
from whosaid.extract.syntax import (
    absolute_subject,
    after_medium,
    is_complementizer,
    is_participle,
    is_time_word,
    sent_of,
    verb_form,
)
from whosaid.lang import LanguageTable


def _before_another_report(clause: Token, first: int, last: int, table: LanguageTable) -> int:
    """Where a reported clause ends before another report it holds: a cue with a named subject of its own,
    hung on the clause as an adverbial that a contrast opens ("said one month of data did not make a
    trend, while the Nuffield Trust pointed out that P", « a estimé que P, tandis que le patronat a
    affirmé Q ») is someone else's statement (a report the clause reports, "said the minister claimed
    that P", is its complement and stays; "said she would act if the council agreed" is the speaker's)."""
    doc = clause.doc
    labels = table.syntax
    for tok in doc[clause.i + 1 : last + 1]:
        if (
            tok.dep_ not in labels.adverbial_clause
            or not any(c.dep_ in labels.mark and c.lower_ in table.contrast_markers for c in tok.children)
            or not any(c.dep_ in labels.subject and c.i < tok.i and c.pos_ in ("NOUN", "PROPN") for c in tok.children)
            or not is_cue_verb(tok, table)
            or not any(a.i == clause.i for a in tok.ancestors)
        ):
            continue
        end = tok.left_edge.i - 1
        while end > first and (doc[end].is_punct or doc[end].dep_ in labels.coordinator):
            end -= 1
        return min(last, end) if end > first else last
    return last


def extend_clause(doc: Doc, sent: Span, last: int, table: LanguageTable, first: int | None = None) -> int:
    """Run a reported clause on to the sentence end over trailing phrases ("…, exprimant sa confiance"),
    unless what follows is another attribution."""
    end = sent.end - 1
    while end > last and (doc[end].is_punct or doc[end].is_space) and doc[end].text not in table.closers:
        end -= 1
    rest = doc[last + 1 : end + 1]
    if not len(rest):
        return last
    if next(_source_markers_in(rest, table), None) is not None:
        return last
    for tok in rest:
        participle = is_participle(tok, table)
        new_attribution = (
            not participle
            or table.participle_ends_clause
            and _reports(tok, table)
            or _connective_report(tok, last, table) is not None
            or _absolute_report(tok, last, table) is not None
        )
        if tok.text in (";", ":") or is_cue_verb(tok, table) and new_attribution:
            return last  # another attribution, also ", saying …" / ", ajoutant que …"
        if (
            tok.pos_ == "VERB"
            and tok.morph.get("VerbForm") == ["Fin"]
            and doc[tok.i - 1].dep_ in table.syntax.coordinator
            and not any(c.dep_ in table.syntax.subject for c in tok.children)
            and (
                not (first if first is not None else sent.start) <= tok.head.i <= last
                or tok.head.morph.get("VerbForm") == ["Inf"]
            )
        ):
            # « dit « comprendre la colère » mais maintient sa décision », "struck down the map, ruling that P,
            # and ordered …": a finite verb with no subject of its own, coordinated with an infinitive or with
            # a verb outside the clause, is the speaker's next act ("said prices rose and fell" goes on)
            return last
    return end


MAX_TIME_WORDS = 3  # words of time between a cue and its clause's subject ("said late on Wednesday it …")


def clause_range(verb: Token, clause: Token, table: LanguageTable) -> tuple[int, int]:
    """Token range of a complement clause, from its complementiser (excluded) to its end."""
    doc = verb.doc
    first = clause.left_edge.i
    last = clause.right_edge.i
    mark = next((c for c in clause.lefts if c.dep_ in table.syntax.mark and c.i > first), None)
    if mark is not None and is_complementizer(mark, table):
        first = mark.i  # "indiqué, dans une réponse écrite, qu'il …": what stands before "que" is not said
    else:
        first = after_medium(verb, _stray_subject_start(verb, first, table), table)
    if clause.i > verb.i and first < verb.i:
        # "The decision, which the attorney general said he would appeal, …": the relative pronoun the
        # reported verb governs stands before the cue; what was said starts after it
        first = verb.i + 1
    sent_end = sent_of(verb).end - 1
    last = min(max(last, clause.i), sent_end)
    opener = verb.left_edge
    if verb.dep_ in table.syntax.relative_clause and opener.i > 0 and doc[opener.i - 1].text == ",":
        # a relative clause set off by commas ends at the comma that closes it (« Le projet, dont le maire
        # a dit qu'il serait achevé en mai, coûtera … », parsed with « coûtera » in the reported clause)
        closing = next((t.i for t in doc[clause.i + 1 : last + 1] if t.text == ","), None)
        if closing is not None:
            last = closing - 1
    if not is_cue_verb(clause, table):
        # "a rappelé que le BTP reste P et a dénoncé Q": a speech act the parser coordinated with the
        # reported verb, in the reporting verb's tense and not the reported one's, is the speaker's next
        # act; the reported clause ends before it and its coordinator
        # (or whose subject, shared with the reported verb, cannot speak: "told reporters the measure was
        # fair and urged Democrats to back it": a measure urges no one)
        mute = mute_subject(clause, table)
        infinitive = clause.morph.get("VerbForm") == ["Inf"]
        for conj in clause.children:
            if conj.dep_ not in table.syntax.conjunct or conj.i <= clause.i:
                continue
            # « La direction dit « comprendre la colère » mais maintient sa décision »: a finite verb cannot go
            # on an infinitive's complement; whatever it says, it is the speaker's next act
            finite_after_infinitive = (
                infinitive
                and conj.morph.get("VerbForm") == ["Fin"]
                and verb_form(conj, table) == verb_form(verb, table)
            )
            if finite_after_infinitive or (
                is_cue_verb(conj, table)
                and (
                    mute
                    and not any(c.dep_ in table.syntax.subject for c in conj.children)
                    or verb_form(conj, table) == verb_form(verb, table) != verb_form(clause, table)
                )
            ):
                end = conj.left_edge.i - 1
                while end > first and (doc[end].is_punct or doc[end].dep_ in table.syntax.coordinator):
                    end -= 1
                last = min(last, end)
    last = _before_another_report(clause, first, last, table)
    # skip the complementiser and any punctuation before the content
    # skip the clause's own complementiser ("que", "that"), not the "as" of a clause inside it, whatever
    # the tagger made of it (a pronoun, a conjunction, an object)
    # (a "that" the parser made the clause's only subject is a pronoun said: "say that is not enough")
    # (any subject before the clause's verb counts: "that wages had been frozen" with "wages" hung on "been")
    own_subjects = [t.i for t in doc[first : clause.i] if t.dep_ in table.syntax.subject]
    while first <= last and (
        (doc[first].dep_ in table.syntax.mark or doc[first].lower_ in table.complementizers)
        and doc[first].head.i == clause.i
        and own_subjects != [first]
        or doc[first].is_punct
        and doc[first].text not in table.openers
    ):
        first += 1
    if (
        mark is None
        and clause.i > verb.i
        and first > verb.i + 1
        and not any(c.dep_ in table.syntax.subject for c in clause.children)
        and all(t.head.i == verb.i or t.head.i > verb.i for t in doc[verb.i + 1 : first] if not t.is_punct)
        and not any(
            t.is_punct
            or t.dep_ in table.syntax.direct_object
            and t.head.i == verb.i
            or t.lower_ in table.complementizers
            or is_time_word(t, table)
            for t in doc[verb.i + 1 : first]
        )
        and any(t.pos_ == "NUM" or t.pos_ == "NOUN" and t.head.pos_ == "ADP" for t in doc[verb.i + 1 : first])
    ):
        # "said up to two million pensioners who needed it would lose it" parsed with the subject as a phrase
        # of the cue: a clause with no subject and no complementiser starts right after the cue
        first = verb.i + 1
    if clause.morph.get("VerbForm") == ["Inf"]:
        # « a dit ne pas se considérer comme … »: the negation right before an infinitive is its own, whatever
        # the parser hung it on (the cue's is « ne dit pas »); leaving it out would say the opposite
        while first - 1 > verb.i and doc[first - 1].lower_.replace("’", "'") in table.negations:
            first -= 1
    subject = next((c for c in clause.children if c.dep_ in table.syntax.subject and c.i > first), None)
    if subject is not None and first < subject.left_edge.i <= first + MAX_TIME_WORDS:
        # "said on Wednesday it would close": with no complementiser, when the cue spoke (a word of time, or a
        # preposition and one) stands between the cue and the clause's subject; it is no part of what was said
        before = doc[first : subject.left_edge.i]
        if all(
            is_time_word(t, table) or t.pos_ == "ADP" and t.i + 1 < len(doc) and is_time_word(doc[t.i + 1], table)
            for t in before
        ):
            first = subject.left_edge.i
    # "it had rejected the offer, saying the proposal undervalued it": where the language's press does
    # so (`participle_ends_clause`), a participle of saying after a comma starts a new attribution,
    # whatever the parser hung it on
    for tok in doc[first + 1 : last + 1]:
        if (
            table.participle_ends_clause
            and doc[tok.i - 1].text == ","
            and is_participle(tok, table)
            and _reports(tok, table)
        ):
            return first, tok.i - 2
        comma = _connective_report(tok, first, table)
        if comma is None:
            comma = _absolute_report(tok, first, table)
        if comma is not None and tok.i + 1 <= last:
            return first, comma - 1
    # "said his country would not accept it, according to a statement from the ministry": a source marker
    # after a comma that ends the clause says where the report comes from; it is no part of what was said
    # (« le polonium est, selon lui, une substance … » goes on after its source: it stays)
    words = doc[first : last + 1]
    for k, size in _source_markers_in(words, table):
        final = not any(t.text == "," for t in words[k + size :])
        if k > 0 and words[k - 1].text == "," and final:
            last = min(last, first + k - 2)
    return first, last


def _source_markers_in(words: Span, table: LanguageTable) -> Iterator[tuple[int, int]]:
    """Where the table's source markers ("according to", « selon ») stand in `words`: (index, length)."""
    lowered = [t.lower_.replace("’", "'") for t in words]
    for marker in table.source_markers:
        marker = tuple(w.replace("’", "'") for w in marker)
        for k in range(len(lowered) - len(marker) + 1):
            if tuple(lowered[k : k + len(marker)]) == marker:
                yield k, len(marker)


def _stray_subject_start(verb: Token, first: int, table: LanguageTable) -> int:
    """Where a reported clause starts when the parser hung its subject, with "que"/"that", on a noun of
    the cue's phrases (« estime pour sa part que Gatineau fait fausse route », "Gatineau" on "part"):
    after the complementiser just before the clause, over nominal words only."""
    doc = verb.doc
    k = first - 1
    while k > verb.i and first - k <= STRAY_SUBJECT and doc[k].pos_ in ("PROPN", "NOUN", "DET", "ADJ", "NUM"):
        k -= 1
    if k > verb.i and k < first - 1 and is_complementizer(doc[k], table):
        return k + 1
    return first


STRAY_SUBJECT = 4  # words of a subject the parser may hang elsewhere


def _connective_report(tok: Token, first: int, table: LanguageTable) -> int | None:
    """The comma before a participle of saying that a connective opens and a complementiser follows
    (« …, tout en rappelant que Q », "…, while noting that Q"): in every language a new report (parsed with
    « tout en rappelant » as a fixed marker of the next clause too); None otherwise."""
    doc = tok.doc
    comma = tok.i - 1
    while comma > first and doc[comma].pos_ in ("ADV", "ADP", "SCONJ") and not doc[comma].is_punct:
        comma -= 1
    if (
        comma < tok.i - 1
        and doc[comma].text == ","
        and is_participle(tok, table)
        and is_cue_verb(tok, table)
        and tok.i + 1 < len(doc)
        and is_complementizer(doc[tok.i + 1], table)
    ):
        return comma
    return None


def _absolute_report(tok: Token, first: int, table: LanguageTable) -> int | None:
    """The comma before a participle of saying with a subject of its own ("…, with the i reporting P",
    « …, le ministère affirmant que Q »): someone else's report, in every language; None otherwise."""
    if not (is_participle(tok, table) and is_cue_verb(tok, table)):
        return None
    doc = tok.doc
    if any(c.dep_ in table.syntax.subject and c.i < tok.i for c in tok.children):
        comma = tok.left_edge.i - 1
    else:
        # « …, le syndicat affirmant que Q » with the noun hung elsewhere: a noun phrase right before it
        words = absolute_subject(tok, first)
        if words is None:
            return None
        comma = words[0].i - 1
    while comma > first and doc[comma].pos_ in ("ADP", "SCONJ", "ADV") and not doc[comma].is_punct:
        comma -= 1  # "with"
    return comma if comma > first and doc[comma].text == "," else None


def _reports(tok: Token, table: LanguageTable) -> bool:
    """A cue verb with a reported clause of its own ("…, saying the offer was too low", « …, ajoutant
    que … »): a new attribution, not more of the clause before it."""
    if not is_cue_verb(tok, table):
        return False
    found = complement_of(tok, table)
    return found is not None and not found[1]  # a clause of its own, not an object
