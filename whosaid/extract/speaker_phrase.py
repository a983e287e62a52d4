"""Which words name a cue's speaker: its subject (however long its own side clause), the inverted
subject of an incise, the antecedent of "qui"/"who", the cue a participle of saying follows, a name
just before a subjectless cue; the phrase ends where the cue's channel or addressee begins.
`describe_speaker` (`whosaid.extract.sources`) then says what kind of reference it is.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from whosaid.extract.cues import is_cue_verb, is_quote_only
from whosaid.extract.groups import member_of_them, partitive_group
from whosaid.extract.inverted import tail_np, with_apposed_name
from whosaid.extract.nouns import is_person_noun, mute_subject
from whosaid.extract.relayed import NOT_A_GROUP, fronted_group
from whosaid.extract.sources import describe_speaker
from whosaid.extract.speaker_channel import without_channel
from whosaid.extract.stranded import incise_before_participle, parenthetical, stranded_speaker, stranded_subject
from whosaid.extract.syntax import (
    absolute_subject,
    after_quotation,
    carried_name,
    clitic_subject,
    cue_first,
    fronted_names,
    in_quotation,
    inverted_clitic,
    is_incise,
    is_participle,
    lower_form,
    np_tokens,
    past_relative_clause,
    phrase_opening,
    predicate_read_as_subject,
    sent_of,
    subject_of,
    subject_read_as_clause,
    verb_form,
)
from whosaid.findings import SpeakerMention
from whosaid.lang import LanguageTable

SUBJECT_REACH = 3  # a subject ending more than this many tokens before its cue opens the sentence instead
# phrases that refer back to someone (not a name): a pronoun, a title, a noun for a person or a role
REFERRING_KINDS = ("pronoun", "description", "common", "role")

MAX_AGENT_WORDS = 4  # words from an agent's preposition to its noun (« par la toute jeune FNSEA »)


def speaker_of(verb: Token, table: LanguageTable) -> SpeakerMention | None:
    """The speaker phrase of a cue verb: its subject; in an incise the inverted noun phrase after it
    ("…, ont rapporté les agences TASS et Ria Novosti"); for participles and coordinated verbs the
    subject of the verb they hang on. A phrase that refers back carries the names it cannot mean
    (`fronted_names`: "Speaking to Laura Kuenssberg, the chancellor said")."""
    found = _speaker_phrase(verb, table)
    if found is not None and found.kind in REFERRING_KINDS and found.start < verb.idx:
        disjoint = fronted_names(verb, found.start, table)
        if disjoint:
            return replace(found, disjoint=disjoint)
    return found


def _speaker_phrase(verb: Token, table: LanguageTable) -> SpeakerMention | None:
    agent = agent_after_participle(verb, table)
    if agent is not None:
        return describe_speaker(np_tokens(agent, table), table, head=agent)
    own = subject_of(verb, table, hops=1)
    if own is None:
        # "Annie Genevard has, for her part, called …": the parser hung the subject on the auxiliary
        own = next(
            (
                c
                for a in verb.children
                # (not the quotation's own verb: '"It is a rapid decline," warned the minister')
                # (« Le maire a quant à lui dénoncé »: an auxiliary the tagger made a verb, by its label)
                if (a.pos_ == "AUX" or a.dep_ in table.syntax.cue_aux) and a.i < verb.i and not in_quotation(a)
                for c in a.children
                if c.dep_ in table.syntax.subject and c.i < a.i
            ),
            None,
        )
    if own is not None and predicate_read_as_subject(own, verb, table):
        own = None  # « Ce n'est pas la première fois, regrettent les parents »: the parents speak
    clitic = inverted_clitic(verb, table)
    if clitic is not None and own is not None and own.i == clitic.i:
        own = clitic  # (one token, one object: a clitic is one word whatever the parser hung on it)
    if clitic is not None and (clitic_subject(own, verb, table) is not None or in_quotation(own)):
        # "…, a-t-il expliqué", "…, a-t-elle précisé": the pronoun hyphenated to the verb is its
        # subject, whatever label the parser gave it (it often hangs it as an expletive or a name part);
        # a noun before a comma is the statement's subject (« Le plan, a-t-il estimé, coûterait … »)
        own = clitic
    elif own is not None and own.i < verb.i and lower_form(own) in table.object_clitics and is_incise(verb, table):
        # "…, nous a-t-il confié", "…, nous a confié l'entraîneur": in an incise the subject is inverted;
        # a pronoun before the verb is whom the words were said to
        own = clitic
    if own is not None and own is not clitic and own.i < verb.i and _interrupting_incise(verb, table):
        # "The plan, said the minister, would cost …", « Le plan, a estimé la ministre, coûterait … »: the
        # noun before the incise is the statement's subject; the speaker is the phrase inverted after the verb
        own = None
    if own is not None and lower_form(own) in table.person_pronouns:
        repeated = dislocated_subject(own, table)
        if repeated is not None:
            return repeated
    # "One of them said" is a member of a group and "said the one who has run the hospital" someone a
    # relative clause describes: no impersonal "one"; but "Rep. X (D-Hawaii), one of them, said" is X
    doc = verb.doc
    named = (
        next(
            (
                c
                for c in verb.children
                if c.dep_ in table.syntax.subject
                and own.i < c.i < verb.i
                # (or a title whose apposed name is one: « Sa fille, la comédienne Anne X, a salué »)
                and carried_name(c, table) is not None
            ),
            None,
        )
        if own is not None and own.i < verb.i
        else None
    )
    opens = phrase_opening(named) if named is not None else 0
    if named is not None and doc[opens - 1].text == "," and opens > own.i:
        # « L'une d'elles, Awa Koné, a affirmé », « Son homologue de la CSC, Ann Vermorgen, a évoqué » parsed
        # with two subjects: the name is apposed to the first; the member or the title the text names
        if member_of_them(own, table):
            own = named
        else:
            # (the name itself as the head where a title carries it: « le Pr | Hicham Lamrani »)
            head = carried_name(named, table)
            return describe_speaker(list(doc[own.left_edge.i : named.right_edge.i + 1]), table, head=head)
    someone = own is not None and (
        member_of_them(own, table) or own.i + 1 < len(doc) and doc[own.i + 1].lower_ in table.relative_pronouns
    )
    if someone and own.left_edge.i > 0 and doc[own.left_edge.i - 1].text == ",":
        someone = False
    if own is not None and lower_form(own) in table.organisation_pronouns and not in_quotation(own):
        # "…, it said", "It added that P": with a cue in the active voice "it" stands for the company or
        # body named before, not for nobody ("it is said" is passive and never gets here)
        return SpeakerMention(own.idx, own.idx + len(own.text), own.text, "pronoun", lower_form(own))
    if (
        own is not None
        and lower_form(own) in table.impersonal_subjects
        and not someone
        and partitive_group(own, table) is None  # "One of the plaintiffs (, Ruth Begay,)" is someone
    ):
        # "dit-on", "it is said": nobody in particular, unless a phrase before it says where the group
        # speaks from ("Au Quai d'Orsay, on souligne que", « Dans l'entourage de Mme Abadie, on assure »)
        return fronted_group(verb, own, table)
    if own is not None and in_quotation(own) and not in_quotation(verb):
        # "« Un partenaire fiable », a salué le dirigeant": the quoted words are what was said (the
        # parser made them the subject); the speaker is the inverted subject after the verb
        own = None
    elif (
        own is not None
        and own is not clitic
        and own.i < verb.i
        and is_incise(verb, table)
        and any(in_quotation(t) for t in np_tokens(own, table))
    ):
        # "Une mesure « incompréhensible », a réagi la présidente": a phrase that holds the quotation
        # before an incise is what was said, too
        own = None
    if own is not None and own.dep_ not in table.syntax.clausal_subject:
        np = [own] if own is clitic else np_tokens(own, table)  # a clitic the parser made a head is one word
        first = cue_first(verb, table)
        # The subject is the speaker when it stands next to the cue, or when all that separates them is
        # the subject's own side clause or apposition ("The board president, who has served since
        # 2015, said …"): its syntactic role decides, not its distance.
        own_words = {t.i for t in own.subtree}
        # the verb's own auxiliaries do not separate it from its subject (« Annie Genevard a, elle, jugé »)
        auxiliaries = {c.i for c in verb.children if c.pos_ == "AUX" and c.i < verb.i}
        between = [t for t in verb.doc[np[-1].i + 1 : verb.i] if t.i not in auxiliaries]
        adjacent = (
            own.i > verb.i
            or np[-1].i >= first - SUBJECT_REACH
            or all(t.i in own_words or t.is_punct for t in between)
            or parenthetical(between)
        )
        if adjacent:
            if (
                own.lower_ in table.relative_pronouns
                and verb.dep_ in table.syntax.relative_clause
                and verb.head.i < verb.i
            ):
                # "Ansar Eddine, qui affirme …": the relative pronoun stands for its antecedent
                return describe_speaker(
                    np_tokens(antecedent := _antecedent(own, verb, table), table), table, head=antecedent
                )
            if own.i > verb.i:
                np = with_apposed_name(np, table)
            else:
                named = name_before_apposition(np, own, table)
                if named is not None:
                    return describe_speaker(named, table)
            return describe_speaker(without_channel(np, own, table), table, head=own)
    # « Leur chef, le général X, avait affirmé la semaine dernière être prêt à P »: a verb with its reported
    # clause after it introduces that clause; no incise, and its subject is inherited, not the words after it
    # (an infinitive or a clause "que" opens: not a participle said of the speaker, « installée à Gamaches »)
    reports_after = any(
        c.i > verb.i
        and c.dep_ in table.syntax.open_complement | table.syntax.clause_complement
        and not in_quotation(c)
        and (c.left_edge.morph.get("VerbForm") == ["Inf"] or c.left_edge.lower_ in table.complementizers)
        for c in verb.children
    )
    if is_incise(verb, table) and not is_participle(verb, table) and not reports_after:
        # (a present participle takes no inverted subject: "…, telling the court P" told the court)
        tail = tail_np(verb, table)
        if tail and tail[-1].pos_ in ("ADP", "DET", "SCONJ") and not after_quotation(verb, table):
            # "X, Victoria Atkins, accused ministers of "passing the buck"" (the verb read as an adjective):
            # words that end on a preposition run on into what follows, and with no quotation before the
            # verb nothing was said before it: no inverted subject
            tail = []
        if tail and any(in_quotation(t) for t in tail[-1].subtree if t.i > tail[-1].i):
            # « …, décrit des équipes « à bout » »: a phrase that holds the words in marks is what the verb
            # reports, its object, never its inverted subject
            tail = []
        if tail and not _reported(verb, tail[0], table) and not _asked(verb, tail, table):
            found = describe_speaker(without_channel(tail, None, table), table)
            # "X, qui a requis l'anonymat, dénonce un système « opaque »": after a relative clause, a
            # thing after the verb is its object, not an inverted subject; the antecedent speaks
            inherited = subject_of(verb, table)
            relative = inherited is not None and inherited.lower_ in table.relative_pronouns
            if found is not None and found.kind == "thing" and not relative:
                # « Reçue par une délégation, l'adjointe, Hélène Briand, a promis d'étudier la demande »: the
                # thing after the verb is its object; a subject the parser stranded before it speaks
                stranded = stranded_subject(verb, table)
                if stranded is not None and stranded.kind != "thing":
                    return stranded
            if found is None or found.kind != "thing" or not relative:
                return found
    absolute = absolute_subject(verb, sent_of(verb).start) if own is None and is_participle(verb, table) else None
    if absolute is not None and is_cue_verb(verb, table):
        # « …, le syndicat affirmant que Q »: a participle with a noun phrase of its own before it reports
        # that noun's words (the parser hung the noun elsewhere)
        return describe_speaker(absolute, table)
    opens = verb.left_edge.i  # « …, tout en rappelant que Q »: the words the participle opens with
    if own is None and is_participle(verb, table) and opens > 0 and verb.doc[opens - 1].text == ",":
        # "X said it would close the plant, saying …", « X a indiqué que P, ajoutant que Q »: the
        # participle is the speaker's next act, whatever clause the parser hung it on
        # (a verb that reports only with quoted words is no such act: "said his government would not call
        # an election …, insisting P" goes on from "said", not from "call")
        cues = [a for a in verb.ancestors if is_cue_verb(a, table)]
        cue = next((a for a in cues if not is_quote_only(a, table)), cues[0] if cues else None)
        if cue is not None:
            return speaker_of(cue, table)
    labels = table.syntax
    head = verb.head
    if (
        own is None
        and verb.dep_ in labels.conjunct
        and not is_cue_verb(head, table)
        and head.dep_ in labels.clause_complement
        and is_cue_verb(head.head, table)
        and head.head.i < head.i
        and (
            verb_form(verb, table) == verb_form(head.head, table) != verb_form(head, table)
            # "said the strike was unnecessary and urged the union to …": a strike urges no one
            or mute_subject(head, table)
        )
    ):
        # "X a rappelé que le BTP reste P et a dénoncé Q": a speech act the parser coordinated with a verb
        # of the reported clause is the reporting speaker's next act, not the clause subject's
        return speaker_of(head.head, table)
    inherited = subject_of(past_relative_clause(verb, table), table)
    if inherited is not None and in_quotation(inherited) and not in_quotation(verb):
        inherited = None  # words inside the quotation never speak for it
    if inherited is not None and lower_form(inherited) not in table.impersonal_subjects:
        if inherited.lower_ in table.relative_pronouns:
            return _after_relative(verb, inherited, table)
        return describe_speaker(np_tokens(inherited, table), table, head=inherited)
    incise = incise_before_participle(verb, table)
    if incise is not None:
        return speaker_of(incise, table)
    return stranded_speaker(verb, table)


def _interrupting_incise(verb: Token, table: LanguageTable) -> bool:
    """Whether a cue verb stands between commas with a noun phrase after it, inside a sentence that goes
    on with a finite verb of its own ("The plan, said the minister, would cost …")."""
    doc, first = verb.doc, cue_first(verb, table)
    if first == 0 or doc[first - 1].text != "," or is_participle(verb, table):
        return False
    tail = tail_np(verb, table)
    end = tail[-1].i + 1 if tail else len(doc)
    return (
        end < len(doc)
        and doc[end].text == ","
        and next((t for t in doc[end + 1 : sent_of(verb).end] if t.pos_ in ("VERB", "AUX")), verb).morph.get("VerbForm")
        == ["Fin"]  # not "Me X, a plaidé la relaxe, soulignant que P": a participle goes on from the cue
    )


def name_before_apposition(np: list[Token], head: Token, table: LanguageTable) -> list[Token] | None:
    """The name an indefinite subject is apposed to, when the parser made the apposition the subject and
    left the name outside it ("Dans un rapport, l'Observatoire … (OCTB), une organisation de la société
    civile, affirmait", "Halden Group, a family-owned firm, said"): the noun phrase before its comma,
    when it holds a name and opens its clause (not "Interrogé par Belga, un porte-parole …")."""
    doc = head.doc
    indefinite = any("Ind" in c.morph.get("Definite") for c in head.children if c.i < head.i and c.pos_ == "DET")
    comma = np[0].i - 1
    if head.pos_ != "NOUN" or not indefinite or comma < 1 or doc[comma].text != ",":
        return None
    last = comma - 1
    if doc[last].text == ")":  # an acronym in parentheses after the name
        opening = next((k for k in range(last - 1, max(last - 5, -1), -1) if doc[k].text == "("), None)
        if opening is None:
            return None
        last = opening - 1
    sent_start = sent_of(head).start
    if last < sent_start:
        return None
    region = next((k for k in range(last - 1, sent_start - 1, -1) if doc[k].text == ","), sent_start - 1)
    found = _phrase_ending_at(doc, last, region + 1)
    if found is None:
        return None
    phrase = found[1]
    if any(t.lower_ in table.agent_prepositions for t in phrase):
        return None  # "Joint par Jeune Afrique, un diplomate …": the agent of a participle the parser took for a name
    before = phrase[0].i - 1
    opens = before < sent_start or doc[before].text == "," or doc[before].pos_ == "CCONJ"
    named = any(t.ent_type_ and table.entity_labels.get(t.ent_type_) in ("PERSON", "ORG", "PLACE") for t in phrase)
    return phrase if opens and named else None


def _phrase_ending_at(doc: Doc, last: int, start: int) -> tuple[Token, list[Token]] | None:
    """The noun phrase that ends at token `last` and starts no earlier than `start`: its head (climbing
    through nouns and the prepositions that head them, "Council for Clean Water") and its words."""
    top = doc[last]
    while top.head.i != top.i and start <= top.head.i <= last and top.head.pos_ in ("NOUN", "PROPN", "ADP"):
        top = top.head
    if top.pos_ not in ("NOUN", "PROPN"):
        return None
    phrase = [t for t in top.subtree if start <= t.i <= last]
    return (top, phrase) if phrase else None


def dislocated_subject(pronoun: Token, table: LanguageTable) -> SpeakerMention | None:
    """The noun phrase a subject pronoun set between commas repeats: « L'opposition, elle, parle d'un
    naufrage », "The mayor, she said, …" is not that (the pronoun must follow the phrase directly)."""
    doc = pronoun.doc
    i = pronoun.i
    if i < 2 or i + 1 >= len(doc) or doc[i - 1].text != "," or doc[i + 1].text != ",":
        return None
    start = sent_of(pronoun).start
    found = _phrase_ending_at(doc, i - 2, start)
    if found is None:
        return None
    top, phrase = found
    if phrase[0].i != start and doc[phrase[0].i - 1].text not in (",", ":"):
        return None  # the phrase must open its clause
    mention = describe_speaker(phrase, table, head=top)
    return mention if mention is not None and mention.kind not in NOT_A_GROUP else None


def _after_relative(verb: Token, pronoun: Token, table: LanguageTable) -> SpeakerMention | None:
    """The speaker of a cue the parser hung on a relative clause between commas before it ("Un cadre du
    FPER, qui a requis l'anonymat, a confié que P", "The official, who asked not to be named, said P"):
    the clause's antecedent, the whole noun phrase it completes, not the relative pronoun. None for
    any other shape."""
    doc = verb.doc
    first = cue_first(verb, table)
    if not 0 < pronoun.i < first or doc[pronoun.i - 1].text != "," or doc[first - 1].text != ",":
        return None
    antecedent = _antecedent(pronoun, pronoun.head, table)
    labels = table.syntax
    # "Un technicien de la station, qui …": the clause hangs on the nearest noun; the speaker is the
    # phrase that noun completes
    while (
        antecedent.dep_ in labels.nominal_modifier
        and antecedent.head.pos_ in ("NOUN", "PROPN")
        and antecedent.head.i < antecedent.i
    ):
        antecedent = antecedent.head
    if antecedent.i >= pronoun.i or in_quotation(antecedent):
        return None
    return describe_speaker(np_tokens(antecedent, table), table, head=antecedent)


def _antecedent(pronoun: Token, verb: Token, table: LanguageTable) -> Token:
    """What a relative pronoun stands for: the nominal its clause hangs on, or, when the parser hung the
    clause on a verb ("…, a annoncé l'ONU, qui parle d'…"), the nearest nominal before the pronoun. A
    place never speaks: a clause hung on the place that completes a noun ("une retraitée de
    Trois-Rivières, au Québec, qui affirme …") stands for that noun."""
    antecedent = verb.head
    if verb.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        before = (t for t in reversed(verb.doc[sent_of(verb).start : pronoun.i]) if t.pos_ in ("NOUN", "PROPN"))
        antecedent = next(before, verb.head)
    while (
        (noun := _completed_noun(antecedent, table)) is not None
        and noun.pos_ in ("NOUN", "PROPN")
        and noun.i < antecedent.i
        and (
            table.entity_labels.get(antecedent.ent_type_) == "PLACE"
            # « le sélectionneur du XV du Trèfle, qui a déploré », "member of the group Bike Space, who": the
            # person whose body the complement names, not the body
            or noun.pos_ == "NOUN"
            and is_person_noun(noun, table)
        )
    ):
        antecedent = noun
    doc, k = antecedent.doc, antecedent.left_edge.i
    if (
        antecedent.pos_ == "NOUN"
        and is_person_noun(antecedent, table)
        and not any(c.pos_ == "DET" for c in antecedent.children)
        and k >= 2
        and doc[k - 1].text == ","
        and doc[k - 2].pos_ == "PROPN"
        and table.entity_labels.get(doc[k - 2].ent_type_) in ("PERSON", "PLACE", None)
    ):
        # « Laure, membre de l'association Place au vélo, qui dénonce … »: a bare title apposed to a name
        # says who that person is; the clause is the person's
        antecedent = doc[k - 2]
    return antecedent


def _completed_noun(token: Token, table: LanguageTable) -> Token | None:
    """The noun a nominal completes: its head as a nominal modifier (« du XV »), or the noun its
    preposition hangs on ("member | of | the group"); None otherwise."""
    if token.dep_ in table.syntax.nominal_modifier:
        return token.head
    if token.dep_ in table.syntax.marker_object and token.head.pos_ == "ADP" and token.head.head.i != token.head.i:
        return token.head.head
    return None


def _reported(verb: Token, token: Token, table: LanguageTable) -> bool:
    """True when `token` lies in the clause the cue reports, which can never name who speaks: "said the
    district would survey …" is not an incise with "the district" as its subject. (An object may: the
    parser often takes the inverted subject of "…, a indiqué le ministre" for an object.)"""
    labels = table.syntax
    for child in verb.children:
        if (
            child.i > verb.i
            and child.dep_ in labels.clause_complement
            and not subject_read_as_clause(verb, child, table)
        ):
            if child.left_edge.i <= token.i <= child.right_edge.i:
                return True
    return False


def _asked(verb: Token, tail: list[Token], table: LanguageTable) -> bool:
    """True when the words after the cue are whom it asks to do something ("…, a invité les fidèles à « ne
    pas écouter … »", "…, urged residents to stay indoors"): the object of a verb with an open complement
    after it is its addressee, never who speaks."""
    labels = table.syntax
    ids = {t.i for t in tail}
    objects = [c for c in verb.children if c.dep_ in labels.direct_object and c.i in ids]
    # what they are asked to do is an infinitive (« une locataire, encore choquée » describes who speaks)
    return bool(objects) and any(
        c.dep_ in labels.open_complement and c.i > objects[0].i and "Inf" in c.morph.get("VerbForm")
        for c in verb.children
    )


def agent_after_participle(verb: Token, table: LanguageTable) -> Token | None:
    """The agent of a past participle that qualifies the words a quotation gives (« une annonce jugée
    « très insuffisante » par la FNSEA », "a plan deemed "inadequate" by the union"): whoever judged
    speaks, not the noun the participle qualifies. Only the quotation (and a preposition before it) may
    stand between the participle and the agent's preposition, whatever the parser hung it on."""
    if verb.morph.get("VerbForm") != ["Part"] or verb.morph.get("Tense") != ["Past"] or in_quotation(verb):
        return None
    if not is_cue_verb(verb, table):
        return None  # "had been "let down" by the club": no one's words
    doc, k = verb.doc, verb.i + 1
    if k < len(doc) and doc[k].pos_ in ("ADP", "SCONJ") and not in_quotation(doc[k]):
        k += 1  # « qualifié de « scandale » », "described as "a sham""
    quoted = k
    while k < len(doc) and (in_quotation(doc[k]) or doc[k].text in table.quote_pairs or doc[k].is_quote):
        k += 1
    if k == quoted or k + 1 >= len(doc) or doc[k].lower_ not in table.agent_prepositions:
        return None
    noun = next((t for t in doc[k + 1 : k + 1 + MAX_AGENT_WORDS] if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if noun is None:
        return None
    while noun.head.i > k and noun.head.i < noun.i + MAX_AGENT_WORDS and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # (the phrase's head: « la fédération des chasseurs »)
    return noun
