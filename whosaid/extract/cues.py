"""Cues: verbs of saying as the language lists them, the words of a cue as written, incises after a
closing mark, the writer's own voice, and quotations tied to a nearby cue.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import LOWER, POS
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Span, Token

from whosaid.extract.inverted import tail_np
from whosaid.extract.marks import PAD, SENT_END, QuoteMark
from whosaid.extract.syntax import (
    context_of,
    doc_text,
    first_word_index,
    inverted_clitic,
    is_participle,
    is_subject_clitic,
    lower_form,
    sent_of,
    subject_of,
)
from whosaid.findings import SpeakerMention
from whosaid.lang import MAX_CACHED_LEMMAS, LanguageTable

CUE_GROUP_REACH = 4  # auxiliaries and adverbs at most this many tokens before the verb belong to the cue
MAX_GAP_AFTER = 60  # characters between a closing mark and a cue after it ('"…," said X')
MAX_GAP_SUBJECT = 250  # the same when all between is the cue's subject ('"…," X, who …, told')
MAX_LEAD = 80  # characters between a cue and the quotation after it, in one sentence
MAX_LEAD_COLON = 250  # the same when a colon introduces the quotation ("X a déclaré vendredi à Paris : « … »")

# Where a cue stands and who it names: (cue's first character, cue span, speaker phrase or None).
CuePosition = tuple[int, tuple[int, int], SpeakerMention | None]


def is_cue_verb(token: Token, table: LanguageTable) -> bool:
    """A verb of saying or writing (or a light-verb pair, "fait savoir"), as the language table lists them."""
    if not _may_be_cue(token, table):
        return False  # most words: no lemma or form of the tables (checked first, it is the cheap test)
    if in_name(token, table):
        return False
    if any(c.dep_ in table.syntax.copula and not _across_closer(c, token, table) for c in token.children):
        return False  # « la situation est critique »: a predicate, not « critique » the verb
    if token.pos_ not in ("VERB", "AUX"):
        # the tagger sometimes takes a verb for an adjective ("…, raconte : « … »"): trust the form
        # only where the word heads its sentence or has a subject
        if not token.is_alpha or not (
            token.dep_ == "ROOT"
            or any(c.dep_ in table.syntax.subject for c in token.children)
            or after_inverted_clitic(token, table)
            or _verb_slot(token, table)
        ):
            return False
        guess = table.verb_lemma("", token.lower_)
        return table.is_cue_lemma(guess)  # a verb of quoting only still needs its marks
    lemma = table.verb_lemma(token.lemma_.lower(), token.lower_)
    if lemma in table.hearsay_verbs or token.lemma_.lower() in table.hearsay_verbs:
        # « …, a-t-on appris de source policière »: learnt from a source, only as an impersonal incise
        clitic = inverted_clitic(token, table)
        return clitic is not None and lower_form(clitic) in table.impersonal_subjects
    if lemma in table.verb_particles:
        return any(
            c.lemma_.lower() in table.verb_particles[lemma] or c.lower_ in table.verb_particles[lemma]
            for c in token.children
        )
    for light, particles in table.verb_particles.items():
        # "a fait savoir que": the parser may head the pair with the second verb ("savoir" + aux "fait")
        if lemma in particles and any(c.lemma_.lower() == light for c in token.children):
            return True
    return table.is_cue_lemma(lemma) or token.lower_ in table.speech_verbs


def _across_closer(dependent: Token, token: Token, table: LanguageTable) -> bool:
    """True where a closing quotation mark stands between a word and its dependent: the parser has tied
    the quotation's last verb to the incise after it (« … et ils l'ont été », s'est félicité X), which
    no grammar does."""
    first, last = sorted((dependent.i, token.i))
    return any(t.text in table.closers for t in token.doc[first + 1 : last])


_FORM_MAY_BE_CUE: dict[tuple[str, str], bool] = {}  # (language, lower-case form) -> `_may_be_cue` of a non-verb


def cue_candidates(doc: Doc, table: LanguageTable) -> list[int]:
    """Indices of the tokens the cue tests of the extractor's loop may accept (`is_cue_verb`,
    `incise_after_quote`): verbs and auxiliaries, words whose form may be a cue whatever their tag, and
    words right after an object clitic. Read from the Doc's arrays (a token object for every word of
    every Doc is the loop's main cost); a necessary condition only."""
    strings = doc.vocab.strings
    clitics = {strings[c] for c in table.object_clitics} | {strings[c.replace("'", "’")] for c in table.object_clitics}
    out, after_clitic = [], False
    for k, (pos, lower) in enumerate(doc.to_array([POS, LOWER]).tolist()):
        if pos in (VERB, AUX) or after_clitic or _form_may_be_cue(strings[lower], table):
            out.append(k)
        after_clitic = lower in clitics
    return out


def _form_may_be_cue(low: str, table: LanguageTable) -> bool:
    """`_may_be_cue` for a word tagged no verb, by its lower-case form (remembered, bounded)."""
    key = (table.code, low)
    found = _FORM_MAY_BE_CUE.get(key)
    if found is None:
        if len(_FORM_MAY_BE_CUE) > MAX_CACHED_LEMMAS:
            _FORM_MAY_BE_CUE.clear()
        found = _FORM_MAY_BE_CUE[key] = low in table.speech_verbs or (
            low.isalpha() and table.is_cue_lemma(table.verb_lemma("", low))
        )
    return found


def _may_be_cue(token: Token, table: LanguageTable) -> bool:
    """False for a word whose lemma and form (and the lemma guessed from its ending) are no verb the
    cue tests below could accept; a necessary condition only."""
    low = token.lower_
    if low in table.speech_verbs:
        return True
    if token.pos_ not in ("VERB", "AUX"):
        return token.is_alpha and table.is_cue_lemma(table.verb_lemma("", low))
    lemma = token.lemma_.lower()
    return lemma in table.cue_lemmas or table.verb_lemma(lemma, low) in table.cue_lemmas


def _verb_slot(token: Token, table: LanguageTable) -> bool:
    """True where only a verb can stand, whatever the tagger says: right after a closing quotation mark
    and its comma ("« … », analyse Hannah Brightwell"), or after a comma and before the word opening a
    reported clause ("La ministre, elle, juge que …")."""
    doc, i = token.doc, token.i
    k = i - 1
    while k > 0 and doc[k].lower_.replace("’", "'") in table.object_clitics:
        k -= 1  # « », s'alarme X »: the verb's own clitics stand between (whatever the parser hung them on)
    if k >= 1 and doc[k].text == "," and doc[k - 1].text in table.closers:
        return True
    if not 0 < i < len(doc) - 1 or doc[i + 1].lower_ not in table.complementizers:
        return False
    if doc[i - 1].text == ",":
        return True
    # « L'association des entreprises juge que … »: no determiner of its own and a noun phrase before it,
    # the word before a complementizer is the verb (a noun there has its article: « le juge que … »)
    return doc[i - 1].pos_ in ("NOUN", "PROPN", "ADJ") and not any(c.pos_ == "DET" for c in token.lefts)


def after_inverted_clitic(token: Token, table: LanguageTable) -> bool:
    """True for a word right after a subject pronoun hyphenated to an auxiliary ("a-t-elle martelé"):
    whatever the tagger says, only a verb stands there."""
    return token.i > 0 and is_subject_clitic(token.doc[token.i - 1], table)


def in_name(token: Token, table: LanguageTable) -> bool:
    """True for a word of a person's or organisation's name: a word the tagger took for a verb there
    ("“…,” Whitacre campaign spokesperson Kelsey Dunmore said") is never a cue."""
    return table.entity_labels.get(token.ent_type_) in ("PERSON", "ORG")


def is_quote_only(token: Token, table: LanguageTable) -> bool:
    """A verb that reports speech only with quoted words ("demander", "accuse", "penser")."""
    lemma = table.verb_lemma(token.lemma_.lower(), token.lower_)
    return lemma in table.quote_only_verbs and token.lower_ not in table.speech_verbs


def cue_span(verb: Token, table: LanguageTable) -> tuple[int, int]:
    """Cue words as written: auxiliaries, clitics and adverbs between them, and the verb."""
    first = verb
    for child in verb.children:
        if (
            child.i < verb.i
            and child.dep_ in table.syntax.cue_group
            and verb.i - child.i <= CUE_GROUP_REACH
            and not any(t.is_punct and t.text not in "-'’" for t in verb.doc[child.i + 1 : verb.i])
        ):
            # never across punctuation: « … tout », raconte » hung the quotation's last word on the verb
            first = min(first, child, key=lambda t: t.i)
    last = verb
    for child in verb.children:
        if child.i == last.i + 1 and (child.dep_ in table.syntax.particle or child.text.startswith("-")):
            last = child
    return first.idx, last.idx + len(last.text)


def writers_voice(verb: Token, sent: Span, table: LanguageTable) -> bool:
    """First person or imperative: "Rappelons que …" (the tagger may miss the mood, so a subjectless
    sentence-initial verb with an imperative ending counts too)."""
    if "1" in verb.morph.get("Person") or "Imp" in verb.morph.get("Mood"):
        # a noun subject is the third person whatever the tagger read in an ambiguous form (« L'association
        # salue », "salue" read as « je salue »)
        return not any(c.dep_ in table.syntax.subject and c.pos_ in ("NOUN", "PROPN") for c in verb.children)
    first = first_word_index(verb.doc, sent, table)
    return (
        verb.i == first
        and subject_of(verb, table, hops=1) is None
        and any(verb.lower_.endswith(suffix) for suffix in table.imperative_suffixes)
    )


def incise_after_quote(doc: Doc, verb: Token, marks: list[QuoteMark], table: LanguageTable) -> bool:
    """True for a verb placed right after a closing quotation mark, with an inverted subject."""
    if verb.pos_ != "VERB":
        # « », s'alarme X » with « alarme » tagged a noun: after a clitic only a verb stands
        clitic = verb.i > 0 and verb.doc[verb.i - 1].lower_.replace("’", "'") in table.object_clitics
        if not (clitic and verb.is_alpha and _verb_slot(verb, table)):
            return False
    if in_name(verb, table):
        return False
    k = verb.i - 1
    # back over the verb's auxiliaries and clitics ("s'est réjoui") and punctuation
    while k >= 0 and (
        doc[k].head.i == verb.i and doc[k].dep_ in table.syntax.incise_skip or doc[k].text in (",", "-", "–", "—")
    ):
        k -= 1
    if k < 0:
        return False
    closes = context_of(doc).get("closes")  # the closing marks' offsets, when the extractor set them
    if not (doc[k].idx in closes if closes is not None else any(m.closed and m.close == doc[k].idx for m in marks)):
        return False
    if verb.morph.get("VerbForm") == ["Part"] and not any(c.dep_ in table.syntax.cue_aux for c in verb.children):
        # "l'initiative « Pour des loyers abordables », soumise au peuple le 9 juin": a participle with no
        # auxiliary describes what the quotation names; an incise's verb is conjugated ("s'est réjoui")
        return False
    subject = subject_of(verb, table, hops=1)
    if subject is None:
        return bool(tail_np(verb, table))  # "« … » s'est réjoui le président Obama", the subject parsed as object
    # (« », a-t-il justifié »: the clitic inverted after the auxiliary stands before the participle)
    return subject.i > verb.i or inverted_clitic(verb, table) is not None


def _joined_quotations(doc: Doc, marks: list[QuoteMark], mark: QuoteMark, used: set[QuoteMark]) -> list[QuoteMark]:
    """The quotation and those right after it that only a coordinating conjunction separates from it
    (« « A » mais « B » », '"A" and "B"')."""
    text = doc_text(doc)
    chain = [mark]
    for other in sorted((m for m in marks if m.open >= mark.outer_end and m not in used), key=lambda m: m.open):
        if not chain[-1].closed:
            break
        between = doc.char_span(chain[-1].outer_end, other.open, alignment_mode="expand")
        words = [t for t in between if not t.is_space] if between is not None else None
        if not words or not all(t.pos_ == "CCONJ" for t in words) or "\n" in text[chain[-1].outer_end : other.open]:
            break
        chain.append(other)
    return chain


def attach_marks(
    doc: Doc,
    table: LanguageTable,
    marks: list[QuoteMark],
    used_marks: set[QuoteMark],
    cue_positions: list[CuePosition],
    add: Callable,
) -> None:
    """Tie each unused quotation to a cue right before it ("a déclaré : « … »", "said, “…”") or right
    after it ("« … », a-t-il ajouté", "“…,” said Bolden")."""
    text = doc_text(doc)
    for mark in marks:
        if mark in used_marks:
            continue
        best = None
        for pos, cue, speaker in cue_positions:
            if cue[0] >= mark.outer_end:
                # cue after the quotation: only punctuation and at most a few words in between
                pos = cue[0]
                if pos - mark.outer_end > max(MAX_GAP_SUBJECT, MAX_GAP_AFTER):
                    continue  # too far, whatever stands between (checked first: cheap)
                between = text[mark.outer_end : pos]
                # '"…," said X' / '», a dit X': the comma closes the quotation (a comma further on ends
                # a phrase that holds the quotation: 'a commander known as "Tigre" whose name is X, said')
                comma = between.lstrip(PAD).startswith(",") or "," in text[mark.end : mark.outer_end]
                # '"What am I supposed to do?" she asked': a question or an exclamation ends the quoted
                # sentence where a statement would take the comma
                comma = comma or text[mark.start : mark.outer_end].rstrip(PAD + "\"”»'’").endswith(("?", "!"))
                # "« … » indique X", "« … ? » s'interroge X": the cue's own clitics may stand between
                words = between.split()
                while words and words[-1].lower() in table.object_clitics:
                    words.pop()
                adjacent = " ".join(words) in ("", "-", "–", "—")
                # '"…," Ms. Halvorsen, a former state superintendent who is running for governor, told the
                # group': all between is the cue's own subject, however long its side clauses
                subject_between = (
                    speaker is not None
                    and mark.outer_end <= speaker.start < pos
                    and text[mark.outer_end : speaker.start].strip(PAD + ",") == ""
                )
                # a full stop inside the subject's name is an abbreviation ("Ms.", "Gen."), no sentence end
                outside = text[mark.outer_end : speaker.start] + text[speaker.end : pos] if subject_between else between
                # « … sortante. » Pour la secrétaire fédérale, « … »: a quotation that ends on a full stop, with a
                # capital after it, ends its sentence; the cue after it opens the next one
                stopped = (
                    not subject_between
                    and text[mark.start : mark.end].rstrip(PAD).endswith(".")
                    and text[mark.outer_end : mark.outer_end + 3].lstrip(PAD)[:1].isupper()
                )
                if (
                    stopped
                    or len(between) > (MAX_GAP_SUBJECT if subject_between else MAX_GAP_AFTER)
                    or any(c in outside for c in SENT_END + table.openers)
                    or "\n" in between
                    or not (comma or adjacent)
                    or _bare_participle(doc, cue, table)
                ):
                    continue
                if best is None or pos - mark.outer_end < best[0]:
                    best = (pos - mark.outer_end, cue, speaker)
            elif pos < mark.open:
                # cue before the quotation: same sentence, or its paragraph ends in ":" right before it
                between = text[pos : mark.open]
                lead = between.rstrip(PAD + "\n")
                colon = lead.endswith(":")
                last_word = lead.rsplit(maxsplit=1)[-1:]
                called = text[cue[1] : mark.open].strip().lower() in table.addressee_prepositions
                if (
                    last_word
                    and last_word[0].lower() in table.addressee_prepositions
                    and not (called and _infinitive(doc, mark))
                ):
                    # "a expliqué au «Temps»", "a répondu aux « frondeurs »": whom, not what (but « appelle à
                    # « ne pas céder » », the preposition right after the cue: what they were called to do)
                    continue
                if "\n" in lead or any(c in lead for c in ".!?") or len(lead) > (MAX_LEAD_COLON if colon else MAX_LEAD):
                    continue
                if any(m.open > pos and m.open < mark.open for m in marks):
                    if not between.rstrip(PAD + "\n").endswith((":", ",")):
                        continue
                distance = mark.open - pos
                if best is None or distance < best[0]:
                    best = (distance, cue, speaker)
        if best is not None and best[2] is not None:
            joined = _joined_quotations(doc, marks, mark, used_marks) if best[1][0] < mark.open else [mark]
            if len(joined) > 1:
                # « on se dit « ouvert à la discussion » mais « pas à n'importe quelles conditions » »: two
                # quotations a coordinator joins after one cue are one quote
                add(mark.open, joined[-1].outer_end, "mixed", best[1], best[2], "explicit", "marks", tuple(joined))
                continue
            add(mark.start, mark.end, "direct", best[1], best[2], "explicit", "marks", (mark,))


def _bare_participle(doc: Doc, cue: tuple[int, int], table: LanguageTable) -> bool:
    """A cue that is a participle with no subject of its own introduces what follows it, not a quotation
    before it (« « … », tout en demandant que P »; '"…", the government recommending X' has one)."""
    words = doc.char_span(*cue, alignment_mode="expand")
    verb = words[-1] if words is not None else None
    return (
        verb is not None
        and is_participle(verb, table)
        and not any(c.dep_ in table.syntax.subject for c in verb.children)
    )


def is_channel(noun: Token, table: LanguageTable) -> bool:
    """Whether a name is whom a cue's words went to, the medium they went out on, or who reached the
    speaker for them: "told Reuters that P", « a déclaré à l'AFP », « a déclaré sur RFI », "said on
    CNN", "Contacted by Reuters, a spokesman said", « Joint par Jeune Afrique, un diplomate s'est dit … ».
    The channel of the words, never whom a later "a spokesman" or « il » means (their own words make
    them a speaker elsewhere)."""
    head, prep = noun.head, None
    case = [c for c in noun.lefts if c.dep_ in table.syntax.case] if noun.n_lefts else []
    if case:
        prep = case[0]  # « à l'AFP »: the preposition hangs under the noun
    elif head.pos_ == "ADP" and head.i < noun.i:
        prep, head = head, head.head  # "to reporters": the preposition heads the noun
    if prep is None:
        # "told Reuters that P": a named object beside the reported clause is the addressee
        return (
            noun.dep_ in table.syntax.direct_object
            and any(c.dep_ in table.syntax.clause_complement for c in head.children)
            and is_cue_verb(head, table)
        )
    if prep.lower_ in table.addressee_prepositions or prep.lower_ in table.medium_prepositions:
        return head.i != noun.i and is_cue_verb(head, table)  # « à l'AFP », « sur RFI », "on CNN"
    if prep.lower_ not in table.agent_prepositions:
        return False
    # the agent of a participle set off at the start of its sentence or by a comma, in a sentence with a
    # cue: whoever contacted, reached or quoted the speaker
    doc = noun.doc
    participle = head if head.i < prep.i else None
    if participle is None:
        return False
    sent = sent_of(participle)
    set_off = participle.i == sent.start or doc[participle.i - 1].text == ","
    return set_off and any(is_cue_verb(t, table) for t in sent if t.i != participle.i)


def _infinitive(doc: Doc, mark: QuoteMark) -> bool:
    """Whether the words of a quotation are headed by an infinitive (« ne pas céder », "stay indoors")."""
    words = doc.char_span(mark.start, mark.end, alignment_mode="expand")
    return words is not None and len(words) > 0 and "Inf" in words.root.morph.get("VerbForm")
