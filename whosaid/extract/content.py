"""Content spans: what a cue reports, and of which kind.

The reported clause of a cue verb ("a déclaré que P", "said P"), the rest of a sentence after
"As X said," or before an incise ("P, a ajouté X"), the proposition of a source marker ("selon X, P",
"according to X, P"), its kind from the quotation marks it overlaps (direct, indirect, mixed), and the
clean-up of overlapping and split findings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from whosaid.extract.cues import is_cue_verb
from whosaid.extract.marks import PAD, SENT_END, QuoteMark
from whosaid.extract.sources import can_speak, describe_speaker, is_person_noun
from whosaid.extract.speaker_phrase import SUBJECT_REACH, governed_noun
from whosaid.extract.syntax import (
    after_quotation,
    cue_first,
    doc_text,
    first_word_index,
    is_complementizer,
    is_participle,
    np_tokens,
    phrase_root,
    sent_of,
    subject_of,
    subject_read_as_clause,
    trim_content,
    verb_form,
)
from whosaid.findings import RawQuote, SpeakerMention
from whosaid.lang import LanguageTable

MIN_FLOATING_WORDS = 5  # a quotation with no cue is a statement only from this many words on
MIN_INDIRECT_CHARS = 12  # shorter reported clauses are fragments, not statements
MIN_REPORTED_INFINITIVE = 4  # tokens of an infinitive that reports speech ("affirme avoir été agressée")
MIN_REVERSED_TOKENS = 3  # tokens before an incise for the sentence to be its content
SOURCE_STOPS = (",", ";", ":", ".", "!", "?", "(", ")")  # where the source after "selon" ends
MAX_APPOSED_NAME = 5  # tokens of a name apposed to a source ("Selon le président du CERN, Michel Spiro, P")
MAX_SOURCE_APPOSITION = 12  # tokens of what is said of a source between commas ("Pour X, pédiatre au CHU, P")
MAX_SOURCE_WITHOUT_COMMA = 6  # longer sources with no comma after them are cut where the parse says
MAX_SOURCE_WORDS = 16
MAX_RELAYED_SOURCE = 12  # tokens of the original source in "according to A, quoting B, P"
DEDUPE_WINDOW = 12  # quotes kept so far that may still overlap the next one (they are sorted by start)
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


def complement_of(verb: Token, table: LanguageTable) -> tuple[Token, bool] | None:
    """The reported clause of a cue verb, to its right: (token, needs_marks).

    A que/that clause counts as it is; an infinitive or an object counts only when it holds the
    speaker's words in quotation marks ("a indiqué « vouloir … »", "called the sentence "dangerous"").
    """
    labels = table.syntax
    right = [c for c in verb.children if c.i > verb.i]
    for child in right:
        if child.dep_ in labels.clause_complement or child.dep_ in labels.clausal_subject:
            if _relative_on_noun(verb, child, table) or subject_read_as_clause(verb, child, table):
                continue
            if _left_open(verb, child, table):
                return None  # "did not say when the bridge would reopen", « n'a pas dit si … »: nothing said
            return child, False
    for child in right:
        # "a indiqué, dans une réponse écrite, qu'il financerait …": the parser took the que-clause after
        # the parenthesis for an adverbial one; opened by the complementizer alone, it is what was said
        marks = [c for c in child.lefts if c.dep_ in labels.mark]
        if child.pos_ in ("VERB", "AUX") and len(marks) == 1 and is_complementizer(marks[0], table):
            return child, False
    for child in right:
        if child.dep_ in labels.open_complement and child.pos_ in ("VERB", "AUX", "ADJ"):
            inner = complement_of(child, table)
            if inner is not None and not inner[1]:
                return inner  # "a dit espérer que …": the clause hangs off the infinitive
            # "affirme avoir été agressée": an infinitive of a speech verb is reported speech
            speech = table.verb_lemma(verb.lemma_.lower(), verb.lower_) in table.speech_verbs
            # a perfect infinitive too: "a reconnu avoir écrit …", « dit n'avoir reçu … » (the parser
            # heads it with the participle, its auxiliary in the infinitive)
            infinitive = child.pos_ in ("VERB", "AUX") and (
                "Inf" in child.morph.get("VerbForm")
                or any(c.pos_ == "AUX" and "Inf" in c.morph.get("VerbForm") for c in child.lefts)
            )
            return child, not (speech and infinitive and len(list(child.subtree)) >= MIN_REPORTED_INFINITIVE)
    stranded = _stranded_clause(verb, right, table)
    if stranded is not None:
        return stranded, False
    stray = _stray_complementizer(verb, table)
    if stray is not None:
        return stray, False
    # right after a quotation, an object that could speak is the inverted subject misread (« « … », a
    # expliqué à L'Équipe le président X, qui … « pas menacé » »), never what was said: the quotation was
    incise = after_quotation(verb, table)
    for child in right:
        if child.dep_ in labels.object and not _addressed(child, table) and not (incise and _addressee(child, table)):
            return child, True
    return None


def _addressed(noun: Token, table: LanguageTable) -> bool:
    """Whom the words were said to ("a expliqué au «Temps»", "told the «Globe»"): an object after an
    addressee preposition, never what was said."""
    return any(c.dep_ in table.syntax.case and c.lower_ in table.addressee_prepositions for c in noun.lefts)


def _left_open(verb: Token, clause: Token, table: LanguageTable) -> bool:
    """A question the cue did not answer: a negated or refused cue ("did not say", « n'a pas précisé »,
    "declined to say") whose clause opens with an interrogative word ("when", "whether", « si »)."""
    if clause.left_edge.lower_ not in table.interrogatives:
        return False

    def negated(tok: Token) -> bool:
        return any(c.lower_ in table.negations for c in tok.children if c.i < tok.i)

    if negated(verb):
        return True
    # "declined to say whether", « a refusé de dire si », « n'a pas voulu préciser combien »: the verb the
    # cue's infinitive hangs on refuses or is negated
    head = verb.head
    infinitive = verb.dep_ in table.syntax.open_complement and head.i < verb.i
    return infinitive and (negated(head) or head.lemma_.lower() in table.refusal_verbs)


def _relative_on_noun(verb: Token, clause: Token, table: LanguageTable) -> bool:
    """A clause the parser made the cue's complement though it is the relative clause of the cue's
    object just before it (« a rappelé les chiffres que le ministère a publiés », "cited the figures that
    the ministry published"): opened by "que"/"that" that is no marker, right after a direct object of
    the cue that cannot be told anything (a recipient can: "told reporters that P", « a prévenu le comité
    que P »; a document cannot).
    The taggers' pronoun or conjunction for "que"/"that" says nothing either way."""
    first = clause.left_edge
    doc = clause.doc
    if first.i == 0 or first.head.i != clause.i or first.dep_ in table.syntax.mark:
        return False
    noun = doc[first.i - 1]
    return (
        (first.lower_ in table.complementizers or first.lower_ in table.relative_pronouns)
        and noun.pos_ == "NOUN"
        and noun.head.i == verb.i
        and noun.dep_ in table.syntax.direct_object
        and not _addressee(noun, table)
    )


def _addressee(noun: Token, table: LanguageTable) -> bool:
    """A noun that can be told something: one that can speak, less documents and texts."""
    forms = {noun.lower_, noun.lemma_.lower()}
    return forms.isdisjoint(table.document_nouns | table.text_nouns) and can_speak(noun, table)


STRAY_REACH = 8  # words of the cue's own phrases that may stand between it and a stray complementiser


def _stray_complementizer(verb: Token, table: LanguageTable) -> Token | None:
    """The first word of a reported clause whose complementiser the parser hung elsewhere and whose
    verb it left off the cue (« estime pour sa part que Québec fait fausse route », "said on Monday that
    Ottawa would pay" parsed with "que"/"that" on a noun): the cue's complement is missing, and after
    a few words of its own phrases, with no verb and no stop between, stands "que"/"that" as a marker
    (a relative pronoun is none) and a clause with a verb of its own. The word after the complementiser
    opens what was said."""
    doc = verb.doc
    sent = sent_of(verb)
    for tok in doc[verb.i + 1 : min(sent.end, verb.i + 2 + STRAY_REACH)]:
        if tok.pos_ in ("VERB", "AUX") or tok.is_punct and tok.text != ",":
            return None
        if is_complementizer(tok, table):
            rest = doc[tok.i + 1 : sent.end]
            if len(rest) and not rest[0].is_punct and any(t.pos_ in ("VERB", "AUX") for t in rest):
                return rest[0]
            return None
    return None


def _stranded_clause(verb: Token, right: list[Token], table: LanguageTable) -> Token | None:
    """A reported clause the parser hung on a noun of the cue's own phrases ("told Reuters in an
    interview that P", "told reporters after the hearing he had not seen …"): a clause on such a noun
    that opens with "that" / « que », or has a subject of its own that is no relative pronoun and an
    object, when nothing stands between the cue's phrases and it."""
    labels = table.syntax
    for child in right:
        for noun in child.subtree:
            if noun.pos_ not in ("NOUN", "PROPN"):
                continue
            for clause in noun.rights:
                if clause.pos_ not in ("VERB", "AUX") or clause.dep_ in labels.clause_complement:
                    continue
                marked = any(is_complementizer(c, table) for c in clause.lefts)
                subject = next((c for c in clause.lefts if c.dep_ in labels.subject), None)
                complete = (  # it opens with its own subject ("which the referee awarded" does not)
                    subject is not None
                    and subject.left_edge.i == clause.left_edge.i
                    and subject.lower_ not in table.relative_pronouns
                    and subject.pos_ in ("PRON", "NOUN", "PROPN")
                    and any(c.dep_ in labels.object for c in clause.rights)
                )
                # right after the noun, or after its closing mark ('explained to "The Globe" that P')
                doc = noun.doc
                next_to = all(t.is_punct and t.text != "," for t in doc[noun.i + 1 : clause.left_edge.i])
                if (marked or complete) and clause.left_edge.i > noun.i and next_to:
                    return clause
    return None


def extend_clause(doc: Doc, sent: Span, last: int, table: LanguageTable) -> int:
    """Run a reported clause on to the sentence end over trailing phrases ("…, exprimant sa confiance"),
    unless what follows is another attribution."""
    end = sent.end - 1
    while end > last and (doc[end].is_punct or doc[end].is_space) and doc[end].text not in table.closers:
        end -= 1
    rest = doc[last + 1 : end + 1]
    if not len(rest):
        return last
    words = [t.lower_.replace("’", "'") for t in rest]
    for marker in table.source_markers:
        for k in range(len(words) - len(marker) + 1):
            if tuple(words[k : k + len(marker)]) == tuple(w.replace("’", "'") for w in marker):
                return last
    for tok in rest:
        participle = is_participle(tok, table)
        new_attribution = not participle or table.participle_ends_clause and _reports(tok, table)
        if tok.text in (";", ":") or is_cue_verb(tok, table) and new_attribution:
            return last  # another attribution, also ", saying …" / ", ajoutant que …"
    return end


def clause_range(verb: Token, clause: Token, table: LanguageTable) -> tuple[int, int]:
    """Token range of a complement clause, from its complementiser (excluded) to its end."""
    doc = verb.doc
    first = clause.left_edge.i
    last = clause.right_edge.i
    mark = next((c for c in clause.lefts if c.dep_ in table.syntax.mark and c.i > first), None)
    if mark is not None and is_complementizer(mark, table):
        first = mark.i  # "indiqué, dans une réponse écrite, qu'il …": what stands before "que" is not said
    else:
        first = _stray_subject_start(verb, first, table)
    sent_end = sent_of(verb).end - 1
    last = min(max(last, clause.i), sent_end)
    if not is_cue_verb(clause, table):
        # "a rappelé que le BTP reste P et a dénoncé Q": a speech act the parser coordinated with the
        # reported verb, in the reporting verb's tense and not the reported one's, is the speaker's next
        # act; the reported clause ends before it and its coordinator
        for conj in clause.children:
            if (
                conj.dep_ in table.syntax.conjunct
                and conj.i > clause.i
                and is_cue_verb(conj, table)
                and verb_form(conj, table) == verb_form(verb, table) != verb_form(clause, table)
            ):
                end = conj.left_edge.i - 1
                while end > first and (doc[end].is_punct or doc[end].dep_ in table.syntax.coordinator):
                    end -= 1
                last = min(last, end)
    # skip the complementiser and any punctuation before the content
    # skip the clause's own complementiser ("que", "that"), not the "as" of a clause inside it, whatever
    # the tagger made of it (a pronoun, a conjunction, an object)
    while first <= last and (
        (doc[first].dep_ in table.syntax.mark or doc[first].lower_ in table.complementizers)
        and doc[first].head.i == clause.i
        or doc[first].is_punct
        and doc[first].text not in table.openers
    ):
        first += 1
    # "it had rejected the offer, saying the proposal undervalued it": where the language's press does
    # so (`participle_ends_clause`), a participle of saying after a comma starts a new attribution,
    # whatever the parser hung it on
    for tok in doc[first + 1 : last + 1] if table.participle_ends_clause else ():
        if doc[tok.i - 1].text == "," and is_participle(tok, table) and _reports(tok, table):
            return first, tok.i - 2
    return first, last


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


def _participle(tok: Token, table: LanguageTable) -> bool:
    """A present participle or gerund ("saying", « ajoutant »)."""
    return (
        tok.morph.get("VerbForm") == ["Part"]
        and tok.morph.get("Tense") == ["Pres"]
        or tok.tag_ in table.syntax.gerund_tags
    )


def _reports(tok: Token, table: LanguageTable) -> bool:
    """A cue verb with a reported clause of its own ("…, saying the offer was too low", « …, ajoutant
    que … »): a new attribution, not more of the clause before it."""
    if not is_cue_verb(tok, table):
        return False
    found = complement_of(tok, table)
    return found is not None and not found[1]  # a clause of its own, not an object


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


def reversed_content(
    doc: Doc, sent: Span, verb: Token, speaker: SpeakerMention | None, table: LanguageTable
) -> tuple[int, int] | None:
    """Content of "P, a ajouté X." / "P, X said." / "P, dit-il.": the sentence (or the part after a
    semicolon) before the incise."""
    if speaker is None:
        return None
    first_cue = cue_first(verb, table)
    finite = "Fin" in verb.morph.get("VerbForm") or first_cue < verb.i or verb.morph.get("VerbForm") == []
    if not finite:
        return None  # "P, ajoutée à …", "P, insistant sur …": a participle alone is no incise
    subj = subject_of(verb, table, hops=1)
    if subj is not None and subj.i < verb.i:
        np = np_tokens(subj, table)
        if np[-1].i < first_cue - SUBJECT_REACH:
            return None  # the subject opens the sentence: "X, témoin, a déclaré" is not an incise
        first_cue = min(first_cue, np[0].i)
    if first_cue - 1 < sent.start or doc[first_cue - 1].text not in (",", "–", "—"):
        return None
    # after the incise: only the subject, adverbs, objects and the final punctuation
    for tok in doc[verb.i + 1 : sent.end]:
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
        and any(c.dep_ in table.syntax.direct_object and c.i > verb.i for c in verb.children)
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
    return doc[first].idx, doc[first_cue - 1].idx


def _source_apposition_end(doc: Doc, comma: int, sent: Span, table: LanguageTable) -> int | None:
    """The comma closing what a source's apposition says of it, after the comma at `comma`: a relative
    clause ("qui a rencontré les grévistes", "who met the strikers") or a noun phrase with no finite verb
    whose first noun names a person ("pédiatre infectiologue au CHU", "a pediatrician employed at the
    hospital").
    None when the words after the comma are something else (the statement itself)."""
    k = comma + 1
    while k < sent.end and doc[k].text not in SOURCE_STOPS and k - comma <= MAX_SOURCE_APPOSITION:
        k += 1
    if k + 1 >= sent.end or doc[k].text != "," or k == comma + 1:
        return None
    words = doc[comma + 1 : k]
    if words[0].lower_ in table.relative_pronouns:
        return k
    # a participle qualifies the noun ("a nurse employed at the hospital"), a finite verb makes a clause;
    # a person noun the tagger took for a participle is still one (« préposée depuis quinze ans »)
    if any(t.pos_ in ("VERB", "AUX") and "Part" not in t.morph.get("VerbForm") for t in words):
        return None
    noun = next(
        (t for t in words if t.pos_ in ("NOUN", "PROPN") or t.pos_ == "VERB" and is_person_noun(t, table)), None
    )
    return k if noun is not None and noun.pos_ != "PROPN" and is_person_noun(noun, table) else None


def source_marker_quotes(doc: Doc, sent: Span, table: LanguageTable, marks: list[QuoteMark]) -> Iterator[tuple]:
    """Yield add() arguments for "selon X, P", "P, selon X" and "According to X, P"."""
    text = doc_text(doc)
    words = [t.lower_.replace("’", "'") for t in sent]
    markers = [(m, False) for m in table.source_markers] + [(m, True) for m in table.initial_source_markers]
    first_word = first_word_index(doc, sent, table)
    for marker, initial_only in markers:
        marker = tuple(w.replace("’", "'") for w in marker)
        for k in range(len(words) - len(marker) + 1):
            if tuple(words[k : k + len(marker)]) != marker:
                continue
            m_first = sent.start + k
            if initial_only and not all(t.pos_ in ("CCONJ", "ADV") for t in doc[first_word:m_first]):
                continue  # "Pour X, P" and "Mais pour X, P", not "… pour X"
            if any(m.start <= doc[m_first].idx < m.end for m in marks):
                continue  # "selon" inside a quotation belongs to the quoted speaker
            # The source: the words after the marker, up to a comma or the sentence end.
            j = m_first + len(marker)
            src = []
            while j < sent.end and doc[j].text not in SOURCE_STOPS and doc[j].text not in table.openers:
                src.append(doc[j])
                j += 1
            if j + 1 < sent.end and doc[j].text == "," and not all(t.pos_ == "PRON" for t in src):
                # "Selon le président du CERN, Michel Spiro, P": the apposed name is part of the source
                # (a pronoun takes none: in "Selon elle, Franck Oriol, …" the name begins P)
                k = j + 1
                while k < sent.end and doc[k].text != "," and k - j <= MAX_APPOSED_NAME:
                    k += 1
                if (
                    k < sent.end
                    and doc[k].text == ","
                    and all(t.pos_ == "PROPN" or t.ent_type_ for t in doc[j + 1 : k])
                ):
                    src = list(doc[m_first + len(marker) : k])
                    j = k
            while j + 1 < sent.end and doc[j].text == "," and src and not all(t.pos_ == "PRON" for t in src):
                # "Pour le Dr Olivier Nadeau, pédiatre au CHU Sainte-Justine, P", "Pour l'élue, qui a
                # rencontré les grévistes, P": what is said of the source between commas is part of it
                k = _source_apposition_end(doc, j, sent, table)
                if k is None:
                    break
                src = list(doc[m_first + len(marker) : k])
                j = k
            if len(src) > MAX_SOURCE_WITHOUT_COMMA and j >= sent.end - 1:
                # "According to Rathbun the property was returned": no comma, so the parse says where
                # the source ends (the noun governed by the marker)
                capitals = []
                for tok in src:
                    if not tok.text[:1].isupper():
                        break
                    capitals.append(tok)
                noun = governed_noun(doc, m_first, len(marker), table)
                if capitals and len(capitals) < len(src):
                    end_i = capitals[-1].i  # "According to Rathbun the property …": the capitalised name
                elif noun is not None:
                    end_i = max(t.i for t in noun.subtree)
                else:
                    continue
                src, j = list(doc[m_first + len(marker) : end_i + 1]), end_i + 1
            if not src or len(src) > MAX_SOURCE_WORDS:
                continue
            if j + 1 < sent.end and doc[j].text == "," and doc[j + 1].lower_ in table.relay_markers:
                # "According to Yonhap, quoting KCNA, P": the words are KCNA's
                k = j + 2
                while k < sent.end and doc[k].text not in (",", ";", ":"):
                    k += 1
                if k < sent.end and k - (j + 2) <= MAX_RELAYED_SOURCE:
                    src, j = list(doc[j + 2 : k]), k
            speaker = describe_speaker(src, table, head=phrase_root(src))
            if speaker is None or speaker.kind in ("pronoun", "group") and initial_only:
                continue
            # "Pour X, P" counts when X is someone: a name, a title or a noun for a person ("Pour Obama", « Pour
            # le maire », « Pour l'élue »), not "pour la plupart"
            someone = speaker.kind in ("name", "description") or (
                speaker.kind == "common" and speaker.head in table.person_words
            )
            if initial_only and not someone:
                continue
            inside = {t.i for t in src}
            pronoun = any(t.pos_ == "PRON" and t.head.i not in inside for t in src)  # "selon eux", not "their"
            if speaker.kind in ("thing", "document") and not pronoun:
                # « selon nos informations », "according to the latest figures", "according to the severity
                # of their condition": nobody speaks (an unsigned document is no speaker, as after a cue
                # verb; a possessive is no pronoun source)
                continue
            cue = (doc[m_first].idx, doc[m_first + len(marker) - 1].idx + len(doc[m_first + len(marker) - 1].text))
            # a colon or semicolon opens a clause of its own: "X appelle à la prudence : selon lui, P"
            opened = max([first_word, *(t.i + 1 for t in doc[first_word:m_first] if t.text in (":", ";"))])
            if all(t.is_punct or t.pos_ in ("CCONJ", "ADV") for t in doc[opened:m_first]):
                start = doc[j].idx if j < sent.end else sent.end_char
                end = sent.end_char
            else:
                start, end = doc[first_word].idx, doc[m_first].idx
            start, end = trim_content(text, start, end)
            if end - start < MIN_INDIRECT_CHARS:
                continue
            # a colon after P introduces a direct quotation of its own ("Selon X, P : « Q »")
            colon = text.find(":", start, end)
            if colon > start and any(colon < m.open < end for m in marks):
                end = colon
            kind, start, end, covered = classify(text, start, end, marks)
            yield start, end, kind, cue, speaker, "explicit", "source-marker", covered


MAX_TITLE_WORDS = 8  # words of a quoted name ("Empty Shelves, Full Waiting Rooms")
MIN_CAPITALISED = 4  # letters from which a word of a name in title case is capitalised ("of", "the" are not)


def is_title(quoted: str, table: LanguageTable) -> bool:
    """Whether quoted words are a name in title case (a report's, a campaign's, a work's: 'titled "Holding
    Pattern"', 'its "Kitchen Table Tour"'), not speech, in a language whose names capitalise every word
    (`title_case_names`): two to a few words, each of `MIN_CAPITALISED` letters or more capitalised."""
    if not table.title_case_names:
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", quoted)
    if not 2 <= len(words) <= MAX_TITLE_WORDS or not words[0][0].isupper():
        return False
    return all(w[0].isupper() for w in words if len(w) >= MIN_CAPITALISED)


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
