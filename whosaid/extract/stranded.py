"""The speaker of a cue verb the parser left without a subject: a subject it cut off into a fragment of
its own, the subject of a participle phrase before the cue, the phrase between a closing mark and the
cue, a name right before it, or the subject of the clause a participle follows. Split from
`whosaid.extract.speaker_phrase`, whose last resort these are."""

from __future__ import annotations

from spacy.tokens import Token

from whosaid.extract.cues import is_cue_verb
from whosaid.extract.nouns import can_speak
from whosaid.extract.phrase_evidence import owned_by
from whosaid.extract.sources import describe_speaker
from whosaid.extract.syntax import (
    cue_first,
    doc_ents,
    in_quotation,
    is_agent,
    is_participle,
    np_tokens,
    phrase_opening,
    sent_of,
    subject_of,
)
from whosaid.findings import SpeakerMention
from whosaid.lang import LanguageTable

NAME_BEFORE_REACH = 6  # a name this close before a subjectless cue is its speaker
MAX_PHRASE_AFTER_QUOTATION = 8  # tokens of a subject between a closing mark and a subjectless cue
HYPHENS = ("-", "–", "‑")
MAX_AGENT_CHAIN = 3  # appositions and conjuncts climbed from a stranded subject to a participle's agent


def stranded_speaker(verb: Token, table: LanguageTable) -> SpeakerMention | None:
    """The first of the last resorts that finds a speaker for a subjectless cue, in order."""
    return (
        stranded_subject(verb, table)
        or _participle_subject(verb, table)
        or _subject_of_governing_participle(verb, table)
        # (the whole phrase between a closing mark and the cue first: '"…," the union's president, X, said';
        # neither before a past participle standing alone: « l'expulsion de son défenseur X, jugée « sévère » »
        # judged the sending-off, not X; « « … » de deux chaînes, accusées de « propagande » » accused them)
        or (
            None
            if _passive_participle(verb, table)
            else _phrase_after_quotation(verb, table) or _name_before(verb, table)
        )
        or _clause_of_participle(verb, table)
    )


def _passive_participle(verb: Token, table: LanguageTable) -> bool:
    """A past participle with no auxiliary and no subject after a comma (« …, jugée « sévère » », "…,
    deemed "harsh""): it says what the noun before is, not who speaks."""
    opens = verb.left_edge.i
    return (
        verb.morph.get("VerbForm") == ["Part"]
        and verb.morph.get("Tense") == ["Past"]
        and opens > 0
        and verb.doc[opens - 1].text == ","
        and not any(c.pos_ == "AUX" or c.dep_ in table.syntax.subject for c in verb.children)
    )


def _clause_of_participle(verb: Token, table: LanguageTable) -> SpeakerMention | None:
    """« Le ministre a défendu le plan, assurant que Q » with the participle hung on the plan: a participle
    after a comma, with no cue above it, is the act of the subject of the clause it follows (past relative
    clauses), not of the thing the parser hung it on."""
    opens = verb.left_edge.i
    if (
        not (is_participle(verb, table) or _passive_participle(verb, table))
        or opens == 0
        or verb.doc[opens - 1].text != ","
    ):
        return None
    if verb.head.pos_ == "NOUN" and can_speak(verb.head, table):
        return None
    clause = next(
        (a for a in verb.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ not in table.syntax.relative_clause), None
    )
    subject = subject_of(clause, table, hops=1) if clause is not None else None
    if subject is None or in_quotation(subject):
        return None
    found = describe_speaker(np_tokens(subject, table), table, head=subject)
    return found if found is not None and found.kind != "thing" else None


def _phrase_after_quotation(verb: Token, table: LanguageTable) -> SpeakerMention | None:
    """The words between a closing mark and a cue the parser left without a subject ('"…," the
    45-year-old told reporters', "told" read as an adjective of "reporters"): a short phrase with no
    verb and no punctuation but hyphens is the cue's subject."""
    doc, first = verb.doc, cue_first(verb, table)
    k = first - 1
    while k >= 0 and first - k <= MAX_PHRASE_AFTER_QUOTATION and doc[k].text not in table.closers:
        # « … », X; '"…," the union's president, X, said': commas around a name apposed to the phrase
        comma = doc[k].text == ","
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].is_punct and doc[k].text not in HYPHENS and not comma:
            return None
        k -= 1
    if k < 1 or doc[k].text not in table.closers:
        return None
    words = list(doc[k + 1 : first])
    while words and words[0].text == ",":
        words.pop(0)
    while words and words[-1].text == ",":
        words.pop()
    inside = doc[k - 2] if doc[k - 1].is_punct and k >= 2 else doc[k - 1]
    if not words or not in_quotation(inside) or in_quotation(words[0]):
        return None  # the mark closes a quotation, and the words after it are outside
    return describe_speaker(words, table)


def parenthetical(words) -> bool:
    """A phrase set off by commas with no finite verb and no quotation ("The governor, in a statement
    released Thursday, called …"): what stands between a subject and its verb without cutting them apart."""
    if len(words) < 3 or words[0].text != "," or words[-1].text != ",":
        return False
    inner = words[1:-1]
    finite = any(
        t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm", []) not in (["Part"], ["Inf"], ["Ger"]) for t in inner
    )
    return not finite and not any(in_quotation(t) or t.text in (",", ";", ":") for t in inner)


def stranded_subject(verb: Token, table: LanguageTable) -> SpeakerMention | None:
    """The subject the parser cut off into a fragment of its own before a subjectless cue: "Bpifrance, qui
    investit 15 millions d'euros …, a indiqué que P", the noun made a root and the cue another. Its
    syntactic role decides, as for any subject: all that separates it from the cue is its own side
    clause and commas."""
    doc, first = verb.doc, cue_first(verb, table)
    sent = sent_of(verb)
    for tok in doc[sent.start : first]:
        # "Contacted by Reuters, a spokesman for the ministry said": the parser hung the subject on the
        # participle's agent as its apposition; an agent is never a speaker's name
        # (or coordinated with it: « Reçue par une délégation, l'adjointe, Hélène Briand, a promis »)
        apposed = _hung_on_agent(tok, table)
        # « Mais un haut responsable, sous couvert d'anonymat, a reconnu que P »: a noun phrase with its
        # article and no preposition, hung on the cue before it as an adverbial, is its subject
        bare = (
            tok.head.i == verb.i
            and any(c.pos_ == "DET" and c.i < tok.i for c in tok.children)
            and not any(c.dep_ in table.syntax.case for c in tok.children)
        )
        if tok.head.i != tok.i and not apposed and not bare or tok.pos_ not in ("NOUN", "PROPN") or in_quotation(tok):
            continue
        own = {t.i for t in tok.subtree}
        np = [t for t in np_tokens(tok, table) if t.i < first]  # the parser may hang the cue on it: never its words
        while np and np[0].dep_ in table.syntax.coordinator:
            np.pop(0)  # « Mais un haut responsable »: the conjunction opens the sentence, not the phrase
        if not np:
            continue
        between = list(doc[np[-1].i + 1 : first])
        if np[0].i > tok.i or (any(t.i not in own and not t.is_punct for t in between) and not parenthetical(between)):
            continue  # (« Bercy, de son côté, assure que P »: a parenthesis between commas separates nothing)
        if bare:
            comma = next((t.i for t in np if t.i > tok.i and t.text == ","), None)
            np = [t for t in np if comma is None or t.i < comma]  # « , sous couvert d'anonymat, »: said of it
        return describe_speaker(np, table, head=tok)
    return None


def _hung_on_agent(tok: Token, table: LanguageTable) -> bool:
    """True for a word the parser apposed or coordinated, directly or through other such words, to the
    agent of a participle ("Contacted by Reuters, a spokesman …")."""
    seen = 0
    while tok.dep_ in table.syntax.apposition or tok.dep_ in table.syntax.conjunct:
        tok, seen = tok.head, seen + 1
        if is_agent(tok, table):
            return True
        if seen > MAX_AGENT_CHAIN:
            break
    return False


def _participle_subject(verb: Token, table: LanguageTable) -> SpeakerMention | None:
    """The subject the parser gave to a participle phrase between commas before a subjectless cue: "A
    senior aide, granted anonymity to describe private talks, said P", « Un responsable, interrogé par
    l'AFP, a indiqué que P »: the phrase only says something of the speaker, who is its subject."""
    doc, first = verb.doc, cue_first(verb, table)
    if first == 0 or doc[first - 1].text != ",":
        return None
    for clause in (c for c in verb.children if c.i < first and c.pos_ == "VERB"):
        subject = next((c for c in clause.children if c.dep_ in table.syntax.subject and c.i < clause.i), None)
        if subject is None or in_quotation(subject):
            continue
        # the subject's phrase ends at a comma before the participle ("A senior aide, granted …"): a
        # reported clause has no comma between its subject and its verb
        np = np_tokens(subject, table)
        if np[-1].i + 1 < clause.i and doc[np[-1].i + 1].text == "," and np[0].i == sent_of(verb).start:
            return describe_speaker(np, table, head=subject)
    return None


def _subject_of_governing_participle(verb: Token, table: LanguageTable) -> SpeakerMention | None:
    """ "Derek Shaw, arguing for the coalition, told the justices P" parsed with the participle as the
    sentence's verb and the cue as its complement: a participle phrase set off by commas after a subject
    only says something of it; the subject is the cue's (never the name the phrase's preposition takes)."""
    doc, first = verb.doc, cue_first(verb, table)
    head = verb.head
    if first == 0 or doc[first - 1].text != "," or head is verb or head.i > verb.i or not is_participle(head, table):
        return None
    subject = next((c for c in head.children if c.dep_ in table.syntax.subject and c.i < head.i), None)
    if subject is None or in_quotation(subject):
        return None
    np = np_tokens(subject, table)
    if np[-1].i + 1 < head.i and doc[np[-1].i + 1].text == "," and np[0].i == sent_of(verb).start:
        return describe_speaker(np, table, head=subject)
    return None


def _name_before(verb: Token, table: LanguageTable) -> SpeakerMention | None:
    """A person or organisation named right before a cue verb that the parser left without a subject
    ("Speaking in the parents' defense, Tom Molomby, SC, said that …")."""
    doc, first = verb.doc, cue_first(verb, table)
    sent_start = sent_of(verb).start
    near = [
        ent
        for ent in doc_ents(doc)
        if first - NAME_BEFORE_REACH <= ent.end <= first
        and ent.start >= sent_start
        and not is_agent(ent.root, table)  # "Contacted by Reuters, …": whom a participle says did it
        and not any(t.pos_ in ("VERB", "AUX") for t in doc[ent.end : first])
    ]
    for label in ("PERSON", "ORG"):  # "Tom Molomby, SC, said": the person, not the title after it
        for ent in reversed(near):
            if table.entity_labels.get(ent.label_) == label:
                holder = ent.root.head
                holder = holder.head if holder.pos_ == "ADP" else holder  # "the lawyer of | Mary Kent"
                if (
                    holder.pos_ == "NOUN"
                    and holder.i < ent.start
                    and holder.i >= sent_start
                    and owned_by(ent, holder, table)
                    and not in_quotation(holder)
                ):
                    # « L'ancienne directrice de cabinet de Martine Aubry juge que … »: a name that completes a
                    # noun is whose that noun is; the noun's phrase speaks
                    return describe_speaker(np_tokens(holder, table), table, head=holder)
                return describe_speaker(list(ent), table)
    return None


def incise_before_participle(verb: Token, table: LanguageTable) -> Token | None:
    """The cue verb of the incise a participle follows when the parser hung the participle on a word of the
    quotation (« « … », a-t-elle martelé, réclamant une peine « … » », "…," she said, adding that P): the
    quoted words never act, the incise's speaker does."""
    doc, opens = verb.doc, phrase_opening(verb)
    if (
        not is_participle(verb, table)
        or opens == 0
        or doc[opens - 1].text != ","
        or in_quotation(verb)
        or not in_quotation(verb.head)
    ):
        return None
    for k in range(opens - 2, sent_of(verb).start - 1, -1):
        if in_quotation(doc[k]):
            return None
        if is_cue_verb(doc[k], table):
            return doc[k]
    return None
