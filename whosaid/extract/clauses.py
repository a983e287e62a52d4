"""Reported clauses: what a cue verb's complement says ("a déclaré que P", "said P", "affirme avoir …",
"called it "…""), where that clause starts and ends, and the parser's misreadings of it (a
complementizer hung on a noun, a relative clause on the cue's object, an inverted subject read as a
clause, a question a negated cue left open)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from whosaid.extract.cues import is_cue_verb
from whosaid.extract.nouns import can_speak, mute_subject
from whosaid.extract.syntax import (
    absolute_subject,
    after_medium,
    after_quotation,
    in_quotation,
    is_complementizer,
    is_participle,
    is_time_word,
    main_verb_after_participle,
    sent_of,
    subject_read_as_clause,
    verb_form,
)
from whosaid.lang import LanguageTable

MIN_REPORTED_INFINITIVE = 4  # tokens of an infinitive that reports speech ("affirme avoir été agressée")


def _addressee_read_as_subject(verb: Token, clause: Token, table: LanguageTable) -> bool:
    """A verb of telling (`addressee_verbs`: "tell", "assure") whose first word after it is the subject of
    a clause with no complementizer and no object before it: that word is whom it was told, the clause what
    they did ("told thousands of people gathered in St. Peter's Square"), not what was said ("told
    reporters she would resign" has its addressee apart)."""
    if table.verb_lemma(verb.lemma_.lower(), verb.lower_) not in table.addressee_verbs:
        return False
    if any(c.dep_ in table.syntax.mark for c in clause.children):
        return False
    subject = next((c for c in clause.children if c.dep_ in table.syntax.subject and c.i < clause.i), None)
    return subject is not None and subject.left_edge.i == verb.i + 1


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
            if _opened_by_relative(verb, child, table):
                continue  # « confie un habitant, qui a demandé … »: a relative clause the parser hung on the cue
            if _verbless_fragment(child, table):
                continue  # "praised his defense, which held Buffalo scoreless …": "scoreless" is no clause
            if _left_open(verb, child, table):
                return None  # "did not say when the bridge would reopen", « n'a pas dit si … »: nothing said
            if main_verb_after_participle(verb, child, table):
                continue  # "X, arguing for the coalition, told the justices P": the sentence's verb, not its words
            if _nearer_cue(verb, child, table):
                return None  # "defended the count after X claimed, without evidence, that P": X's words
            if _addressee_read_as_subject(verb, child, table):
                # "told thousands of people gathered in the square": whom, and what they did; a that-clause
                # under it is what was said ("assured the crowd gathered outside that P")
                said = next(
                    (
                        c
                        for c in child.children
                        if c.dep_ in labels.clause_complement
                        and any(m.dep_ in labels.mark and is_complementizer(m, table) for m in c.children)
                    ),
                    None,
                )
                if said is not None:
                    return said, False
                continue
            return child, False
    for child in right:
        # "a indiqué, dans une réponse écrite, qu'il financerait …": the parser took the que-clause after
        # the parenthesis for an adverbial one; opened by the complementizer alone, it is what was said
        marks = [c for c in child.lefts if c.dep_ in labels.mark]
        if child.pos_ in ("VERB", "AUX") and len(marks) == 1 and is_complementizer(marks[0], table):
            return child, False
    for child in right:
        if child.dep_ in labels.open_complement and child.pos_ in ("VERB", "AUX", "ADJ"):
            if any(c.i < child.i and c.lower_ in table.adverbial_prepositions for c in child.children):
                continue  # « a déclaré …, sans prononcer son nom »: how it was said, not what
            inner = complement_of(child, table)
            if inner is not None and not inner[1]:
                return inner  # "a dit espérer que …": the clause hangs off the infinitive
            # "affirme avoir été agressée": an infinitive of a speech verb is reported speech
            lemma = table.verb_lemma(verb.lemma_.lower(), verb.lower_)
            speech = lemma in (table.speech_verbs if table.infinitive_reports is None else table.infinitive_reports)
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
            return child, not (_clause_read_as_object(verb, child, table) or _opened_as_clause(child, table))
    return None


def _nearer_cue(verb: Token, clause: Token, table: LanguageTable) -> bool:
    """True when a verb of saying of the cue's own subordinate clause stands between the cue and a
    reported clause the parser hung on the cue, with no reported clause of its own ("defended the
    process after a supervisor claimed, without evidence, that P", « a défendu le décompte après
    qu'un élu a affirmé, sans preuve, que P »): the clause is the nearer verb's."""
    return any(
        verb.i < t.i < clause.left_edge.i
        and t.pos_ == "VERB"
        and t.head.i == verb.i
        and t.dep_ in table.syntax.adverbial_clause
        and is_cue_verb(t, table)
        and not any(c.dep_ in table.syntax.clause_complement for c in t.children)
        for t in verb.doc[verb.i + 1 : clause.left_edge.i]
    )


def _clause_read_as_object(verb: Token, obj: Token, table: LanguageTable) -> bool:
    """True when a speech verb's "object" opens with a subject of its own: a clause reported without
    "that" that the parser read as a noun phrase ("Prosecutors said Pruitt steered city contracts to …",
    "steered" an adjective of "contracts"). What was said needs no marks then."""
    if table.verb_lemma(verb.lemma_.lower(), verb.lower_) not in table.speech_verbs or after_quotation(verb, table):
        return False
    first = obj.left_edge
    return (
        first.i == verb.i + 1
        and first.dep_ in table.syntax.subject
        and first.head.i != first.i
        and first.head.pos_ in ("VERB", "AUX", "ADJ")
        and obj.left_edge.i <= first.head.i <= obj.right_edge.i
    )


def _opened_by_relative(verb: Token, clause: Token, table: LanguageTable) -> bool:
    """True for a clause after the cue opened by a relative pronoun, its subject or a complement of it
    ("…, qui a demandé à ne pas être nommé", "…, who asked not to be named", « explique Hélène G., dont la
    fille est morte dans l'incendie »): it says something of a noun, it reports nothing ("a report which it
    said had not been updated" has its pronoun before the cue)."""
    first = clause.left_edge
    return (
        first.i > verb.i
        and first.lower_ in table.relative_pronouns
        and first.lower_ not in table.complementizers  # "lamented that wages …", "that" read as a subject
        and (first.head.i != clause.i or first.dep_ in table.syntax.subject)  # its subject, or inside one
        and not any(c.dep_ in table.syntax.mark for c in clause.children)
    )


def _verbless_fragment(clause: Token, table: LanguageTable) -> bool:
    """A "clause" the parser made of a word with no subject, no complementizer, no other verb and no
    quotation under it (the object complement of another verb: "which held Buffalo scoreless in the fourth
    quarter", "scoreless" tagged a verb): it reports nothing. ("said there was no evidence": an expletive
    subject, the scheme's `expletive`, is a subject.)"""
    return (
        "Inf" not in clause.morph.get("VerbForm")
        and not any(
            c.dep_ in table.syntax.subject or c.dep_ in table.syntax.mark or c.dep_ in table.syntax.expletive
            for c in clause.children
        )
        and not any((t.pos_ in ("VERB", "AUX") and t.i != clause.i) or in_quotation(t) for t in clause.subtree)
    )


def _opened_as_clause(obj: Token, table: LanguageTable) -> bool:
    """True when the parser hung the complementizer on a speech verb's "object" (« a assuré que « toutes
    les garanties » seraient apportées », "garanties" read as the object and "apportées" as the root):
    a noun takes no "que"/"that"; it opens the clause that was said, which runs on past the noun."""
    return any(c.dep_ in table.syntax.mark and is_complementizer(c, table) for c in obj.lefts)


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
            if doc[tok.i - 1].dep_ in table.syntax.mark and doc[tok.i - 2].text == ",":
                # « …, après que P », "…, so that P" set off by a comma: a subordinator of time or purpose, when
                # or why (« a plaidé pour que P » is what was pleaded)
                return None
            rest = doc[tok.i + 1 : sent.end]
            # (« … dans un communiqué que « les refus … ont augmenté » »: a quotation may open it)
            opens = len(rest) and (not rest[0].is_punct or rest[0].text in table.openers)
            if opens and any(t.pos_ in ("VERB", "AUX") for t in rest):
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
                passive = any(c.dep_ in labels.passive_aux for c in clause.children)
                # (a passive participle the tagger made an adjective is still the clause's verb)
                if clause.pos_ not in ("VERB", "AUX") and not passive or clause.dep_ in labels.clause_complement:
                    continue
                marked = any(is_complementizer(c, table) for c in clause.lefts) or (
                    # « a dit aux jurés qu'elle avait été dépassée »: "que" read as a relative pronoun, object
                    # of a passive verb, which takes none: it opens what was said
                    passive
                    and clause.left_edge.lower_ in table.complementizers
                    and clause.left_edge.dep_ in labels.object
                    and clause.left_edge.i > noun.i
                )
                subject = next((c for c in clause.lefts if c.dep_ in labels.subject), None)
                # "said in a filing that profits fell": "that" read as a relative pronoun, the object of a
                # clause with a subject of its own, on a noun for the channel the words went through (after a
                # preposition: « a publié un communiqué qu'il a diffusé lundi » is a relative clause)
                marked = marked or (
                    (noun.lower_ in table.channel_nouns or noun.lemma_.lower() in table.channel_nouns)
                    and (noun.head.pos_ == "ADP" or any(c.dep_ in labels.case for c in noun.children))
                    and clause.left_edge.lower_ in table.complementizers
                    and clause.left_edge.dep_ in labels.object
                    and subject is not None
                    and subject.i > clause.left_edge.i
                    and subject.lower_ not in table.relative_pronouns
                )
                # "wrote in a 30-page order that the department had given no explanation": "that" read as the
                # object of a clause with an object of its own besides (no relative clause has two)
                marked = marked or (
                    clause.left_edge.lower_ in table.complementizers
                    and clause.left_edge.dep_ in labels.object
                    and subject is not None
                    and subject.i > clause.left_edge.i
                    and subject.lower_ not in table.relative_pronouns
                    and any(c.dep_ in labels.object and c.i > clause.i for c in clause.children)
                )
                complete = (  # it opens with its own subject ("which the referee awarded" does not)
                    subject is not None
                    and subject.left_edge.i == clause.left_edge.i
                    and subject.lower_ not in table.relative_pronouns
                    and subject.pos_ in ("PRON", "NOUN", "PROPN")
                    # an object of its own, or a passive, which leaves no gap ("told jurors she had been
                    # overwhelmed by staff shortages" is what was said; "the man she loved" lacks its object)
                    and (any(c.dep_ in labels.object for c in clause.rights) or passive)
                )
                # right after the noun, or after its closing mark ('explained to "The Globe" that P')
                doc = noun.doc
                next_to = all(t.is_punct and t.text != "," for t in doc[noun.i + 1 : clause.left_edge.i])
                # a noun set after a comma sums up what came before (« …, un engagement que ses adversaires
                # jugent irréaliste », "…, a pledge that rivals call unrealistic"): its clause is relative
                apposed = noun.left_edge.i > 0 and doc[noun.left_edge.i - 1].text == ","
                if (marked or complete) and clause.left_edge.i > noun.i and next_to and not apposed:
                    return clause
    return None


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
