"""Reported clauses: what a cue verb's complement is ("a déclaré que P", "said P", "affirme avoir …",
"called it "…""), and the parser's misreadings of it (a complementizer hung on a noun, a relative clause
on the cue's object, an inverted subject read as a clause, a question a negated cue left open). Where
the clause starts and ends is `whosaid.extract.clause_extent`'s."""

from __future__ import annotations

from spacy.tokens import Token

from whosaid.extract.cues import is_cue_verb
from whosaid.extract.nouns import can_speak
from whosaid.extract.syntax import (
    after_quotation,
    in_quotation,
    is_complementizer,
    main_verb_after_participle,
    sent_of,
    subject_read_as_clause,
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
