"""Speaker phrases: the words that name who speaks, and what kind of reference they are.

`speaker_of` finds the phrase of a cue verb (its subject, the inverted subject of an incise, the
antecedent of "qui"/"who"); `describe_speaker` classifies it (a name, a pronoun, a title, a role in an
organisation, a document, a common noun). `collect_sentence_facts` keeps what later references need:
each sentence's subject and every "title, Name" pairing. Resolution to entities comes later, over the
whole article (`whosaid.speakers`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from whosaid.extract.cues import is_cue_verb
from whosaid.extract.syntax import (
    content_words,
    cue_first,
    doc_ents,
    doc_text,
    in_quotation,
    is_incise,
    is_participle,
    is_time_word,
    lower_form,
    run_around,
    sent_of,
    strip_determiners,
    subject_of,
    tail_np,
    text_of,
    with_apposed_name,
)
from whosaid.findings import DocFindings, GenderCue, SentenceSubject, SpeakerMention, TitleLink
from whosaid.lang import LanguageTable

SUBJECT_REACH = 3  # a subject ending more than this many tokens before its cue opens the sentence instead
NAME_BEFORE_REACH = 6  # a name this close before a subjectless cue is its speaker
MAX_OWNER_WORDS = 4  # words of a possessor's name ("PC World's analysis")
MAX_COMMON_WORDS = 8  # a longer common-noun phrase keeps only its head and the words right before it
KEPT_COMMON_WORDS = 4
APPOSITION_OPENERS = (",", "(", "–", "—")


def np_tokens(subject: Token, table: LanguageTable) -> list[Token]:
    """The subject's noun phrase, without relative clauses and other side clauses."""
    keep, stack = [], [subject]
    while stack:
        tok = stack.pop()
        keep.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in table.syntax.np_exclude or c.i == subject.i)
    # The phrase may have holes where a side clause was left out ("L'un des porte-parole ayant
    # participé …, Joe Incandela"): names after the hole still belong to it.
    toks = sorted(keep, key=lambda t: t.i)
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    return toks or [subject]


def _pp_noun(prep: Token) -> Token | None:
    """The noun a preposition introduces: its head ("au" <- "Parisien") or its object ("to" -> "reporters")."""
    for tok in (prep.head, *prep.children):
        if tok.i > prep.i and tok.pos_ in ("NOUN", "PROPN", "PRON"):
            return tok
    return None


def without_channel(tokens: list[Token], head: Token | None, table: LanguageTable) -> list[Token]:
    """A speaker phrase ends where the cue's channel or addressee begins: what the words were said in
    ("l'hôpital dans un communiqué", "the agency in a statement") and whom they were said to ("Bolden to
    the gathered crowd", "le ministre à la presse", "Jean Roux au Monde": a person's name is complete)
    tell how and to whom, never who."""
    if head is None:
        head = next((t for t in tokens if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if head is None:
        return tokens
    in_name = head.ent_type_ and table.entity_labels.get(head.ent_type_) == "PERSON"
    doc = head.doc
    for tok in tokens:
        if tok.i <= head.i or tok.pos_ != "ADP":
            continue
        opens = tok
        if tok.lower_ in table.of_words:
            # "de" complements the noun before it ("le ministre de la Santé"), unless an adverb makes it a
            # compound preposition ("lors d'une conférence")
            if doc[tok.i - 1].pos_ != "ADV" or doc[tok.i - 1].i <= head.i:
                continue
            opens = doc[tok.i - 1]
        noun = _pp_noun(tok)
        if noun is None:
            continue
        low, lemma = noun.lower_, noun.lemma_.lower()
        channel = low in table.channel_nouns or lemma in table.channel_nouns
        addressee = tok.lower_ in table.addressee_prepositions and (
            low in table.audience_nouns or lemma in table.audience_nouns or in_name
        )
        if channel or addressee:
            kept = [t for t in tokens if t.i < opens.i]
            while kept and (kept[-1].is_punct or kept[-1].is_space):
                kept.pop()
            return kept or tokens
    return tokens


def _ents_in(doc: Doc, start: int, end: int, table: LanguageTable, types: tuple[str, ...]) -> list[Span]:
    found = []
    for ent in doc_ents(doc):
        if ent.start_char < end and ent.end_char > start and table.entity_labels.get(ent.label_) in types:
            if ent[0].lower_.replace("’", "'") in table.title_words and table.entity_labels.get(ent.label_) != "PERSON":
                continue  # "ministre russe des Affaires étrangères" tagged ORG is a title, not a name
            found.append(ent)
    return found


def _joint(doc: Doc, ents: list[Span], table: LanguageTable) -> bool:
    """True when named entities are coordinated: "TASS et Ria Novosti", "A, B and C" (not "CERN, Michel
    Spiro", an apposition)."""
    if len(ents) < 2:
        return False
    gaps = [doc_text(doc)[left.end_char : right.start_char].strip().lower() for left, right in zip(ents, ents[1:])]
    words = [g.strip(", ") for g in gaps]
    if any(w and w not in table.joiners for w in words):
        return False
    return bool(words[-1]) and words[-1] in table.joiners and words[-1] != ","


def without_relative(words: list[Token], head: Token, table: LanguageTable) -> list[Token]:
    """The words naming a speaker without the relative clause on its head ("a person familiar with the
    talks who was not authorized to speak"): it says something of the speaker, it is not their name."""
    relative = [c.left_edge.i for c in head.children if c.dep_ in table.syntax.relative_clause and c.i > head.i]
    return [t for t in words if t.i < min(relative)] if relative else words


def someone_new(tokens: list[Token], head: Token, names: list, table: LanguageTable) -> bool:
    """Whether the phrase brings in one anonymous person ("a senior administration official"), whom
    the names in it only qualify ("an FAA official"): its head is a singular person noun (not a title,
    which has its own rule, nor one who speaks for an organisation, `voice_nouns`) with an indefinite
    article or "one", no name holds the head, and no name stands beside it after a comma ("an aide,
    John Roe" names the aide)."""
    if head.pos_ != "NOUN" or not is_person_noun(head, table) or lower_form(head) in table.voice_nouns:
        return False
    if not names and (lower_form(head) in table.title_words or head.lemma_.lower() in table.title_words):
        return False  # "a judge said": the title rules decide
    if head.morph.get("Number") == ["Plur"] or head.tag_ in table.syntax.plural_tags:
        return False
    opener = [
        t
        for t in tokens
        if t.i < head.i
        and t.head.i == head.i
        and ("Ind" in t.morph.get("Definite") and t.pos_ == "DET" or t.lower_ in table.indefinite_numbers)
    ]
    if not opener:
        return False
    for ent in names:
        if ent.start <= head.i < ent.end:
            return False
        if ent.start > head.i and any(t.text in APPOSITION_OPENERS for t in head.doc[head.i + 1 : ent.start]):
            return False
    return True


def describe_speaker(tokens: list[Token], table: LanguageTable, *, head: Token | None = None) -> SpeakerMention | None:
    """Classify the words naming a speaker: a name, a pronoun, a title, a role in an organisation..."""
    tokens = [t for t in tokens if not t.is_space]
    # "Jeudi, la Fédération des artisans a estimé", "a indiqué mardi l'Université …": a word of time
    # that opens the phrase is when, not who
    while len(tokens) > 1 and (is_time_word(tokens[0], table) or tokens[0].is_punct):
        tokens.pop(0)
    # "listening to dairy farmers explain …", "par la Commission": a preposition is not part of who speaks
    while len(tokens) > 1 and tokens[0].pos_ in ("ADP", "PART"):
        tokens.pop(0)
    if head is not None and head not in tokens:
        head = None
    if not tokens:
        return None
    syntactic_head = head is not None  # the parser's head of the phrase, not a guess
    doc = tokens[0].doc
    head = head if head is not None else max(tokens, key=lambda t: (t.pos_ in ("NOUN", "PROPN", "PRON"), -t.i))
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = doc_text(doc)[start:end]
    low = lower_form(head)
    labels = table.syntax
    if head.pos_ == "PRON" or len(tokens) == 1 and low in table.person_pronouns:
        if low in table.person_pronouns:
            return SpeakerMention(start, end, text, "pronoun", low, number=table.person_pronouns[low])
        if low in table.group_pronouns:
            return SpeakerMention(start, end, text, "group", low)
    persons = _ents_in(doc, start, end, table, ("PERSON",))
    names = _ents_in(doc, start, end, table, ("PERSON", "ORG", "PLACE"))
    if len(names) > 1 and _joint(doc, names, table):
        joint = doc_text(doc)[names[0].start_char : names[-1].end_char]
        return SpeakerMention(
            start, end, text, "name", joint, tuple((e.start_char, e.end_char) for e in names), number="plur"
        )
    if names and _named_after(head, [e for e in names if table.entity_labels.get(e.label_) != "PLACE"], table):
        # "the Harlow campaign", "le camp Marchetti", "Park's office": an organisation named after a
        # person (or another name) speaks as itself, not as the person
        words = strip_determiners(tokens, table)
        return SpeakerMention(start, end, text, "common", text_of(doc, words), head=lower_form(head))
    if someone_new(tokens, head, names, table):
        # "An FAA official", "one EU diplomat", « un conseiller de la mairie de Dinan »: an anonymous
        # person the name only qualifies keeps their own noun (a spokesperson speaks for the organisation)
        words = without_relative(strip_determiners(run_around(tokens, head), table), head, table)
        return SpeakerMention(
            start,
            end,
            text,
            "common",
            text_of(doc, words),
            keywords=content_words(words, table),
            head=head.lemma_.lower(),
        )
    if persons:
        # the name the phrase is about: the one holding its syntactic head, whatever type the model gave
        # it ("Whitacre campaign spokesperson Kelsey Dunmore"), else an apposed last person, else the first
        holding = [e for e in names if e.start <= head.i < e.end] if syntactic_head else []
        person = (
            holding[0]
            if holding
            else persons[-1]
            if len(persons) > 1 and persons[-1].root.dep_ in labels.apposition
            else persons[0]
        )
        rest = [t for t in tokens if not (person.start <= t.i < person.end)]
        return SpeakerMention(
            start,
            end,
            text,
            "name",
            person.text,
            ((person.start_char, person.end_char),),
            keywords=content_words(rest, table),
        )
    if head.pos_ == "PROPN" and not head.ent_type_:
        # a name the model did not tag ("… Alia Salem said"): the run of proper nouns ending at the head
        run = [head]
        while run[0].i > tokens[0].i and doc[run[0].i - 1].pos_ == "PROPN" and not doc[run[0].i - 1].ent_type_:
            run.insert(0, doc[run[0].i - 1])
        return SpeakerMention(start, end, text, "name", text_of(doc, run))
    head_low = head.lower_.replace("’", "'")
    is_document = head_low in table.document_nouns or head.lemma_.lower() in table.document_nouns
    # "un porte-parole de la police", "un rapport de la Ligue arabe": they speak for the organisation
    is_role = head_low in table.role_words or head.lemma_.lower() in table.role_words
    possessor = [c for c in head.children if c.dep_ in labels.possessive and c.pos_ == "PROPN"]
    if (is_role or is_document) and possessor and not names:
        # "Cornyn's statement added", "PC World's analysis concluded": it speaks for its author
        owner = possessor[0]
        run = [t for t in tokens if t.pos_ == "PROPN" and t.i <= owner.i and owner.i - t.i < MAX_OWNER_WORDS]
        return SpeakerMention(start, end, text, "name", text_of(doc, run or [owner]))
    orgs = [e for e in names if table.entity_labels.get(e.label_) == "ORG"]
    if (is_role or is_document) and orgs:
        org = orgs[0]
        return SpeakerMention(start, end, text, "name", org.text, ((org.start_char, org.end_char),))
    bare = text_of(doc, strip_determiners(run_around(tokens, head), table))
    # "un diplomate européen", "a department spokeswoman": an indefinite phrase brings in someone new,
    # never a person named before (a spokesperson still speaks for the organisation)
    indefinite = any(
        "Ind" in t.morph.get("Definite") and t.pos_ == "DET" for t in tokens if t.i < head.i and t.head.i == head.i
    )
    titled = head_low in table.title_words or head.lemma_.lower() in table.title_words
    if titled and indefinite and not is_role:
        return SpeakerMention(
            start, end, text, "common", bare, keywords=content_words(tokens, table), head=head.lemma_.lower()
        )
    if titled and not indefinite:
        return SpeakerMention(
            start,
            end,
            text,
            "description",
            bare,
            keywords=content_words(tokens, table),
            gender=article_gender(head, table) or "",
        )
    definite_singular = (
        any("Def" in t.morph.get("Definite") for t in tokens if t.i < head.i)
        and head.morph.get("Number") != ["Plur"]
        and head.tag_ not in labels.plural_tags
    )
    if is_document and not names and not definite_singular:
        # "Recent reports have revealed …", "Estimates suggest …": a document nobody signed
        # ("the report states …" refers back to a known one and speaks for its authors)
        return SpeakerMention(start, end, text, "document", bare)
    if is_role:
        return SpeakerMention(
            start, end, text, "role", bare, number="plur" if head.morph.get("Number") == ["Plur"] else "sing"
        )
    for ent in names:
        attached = ent.root.head.i == head.i and (
            ent.root.dep_ in labels.attached_name
            or ent.root.dep_ in labels.nominal_modifier
            and not any(c.dep_ in labels.case for c in ent.root.children)
        )
        if ent.start <= head.i < ent.end or head.dep_ in labels.name_part or attached:
            return SpeakerMention(start, end, text, "name", ent.text, ((ent.start_char, ent.end_char),))
    if names and all(t.pos_ in ("PROPN", "DET", "PUNCT") or t.ent_type_ for t in tokens):
        ent = names[0]
        return SpeakerMention(start, end, text, "name", ent.text, ((ent.start_char, ent.end_char),))
    core = strip_determiners(run_around(tokens, head), table)
    core = without_relative(core, head, table)
    # the name stops where an apposition or a parenthesis opens after the head ("Le Collectif des
    # ressortissants du Soum, une association", "La Coalition pour une neutralité active (CNA)")
    cut = next((t.i for t in core if t.i > head.i and t.text in APPOSITION_OPENERS), None)
    if cut is not None:
        # after a comma a name may follow; in parentheses, an acronym of the phrase itself
        apposed = [t for t in core if t.i > cut and t.pos_ == "PROPN"] if doc[cut].text != "(" else []
        if apposed:  # "Their candidate, the barrister Hugo Ferrand": a name the model did not tag
            run = [apposed[-1]]
            while run[0].i - 1 > cut and doc[run[0].i - 1].pos_ == "PROPN":
                run.insert(0, doc[run[0].i - 1])
            return SpeakerMention(
                start,
                end,
                text,
                "name",
                text_of(doc, run),
                keywords=content_words([t for t in core if t not in run], table),
            )
        core = [t for t in core if t.i < cut]
    while core and core[-1].is_punct:
        core.pop()
    if len(core) > MAX_COMMON_WORDS:  # a long phrase: keep the head and the words right before it
        core = [t for t in core if t.i <= head.i][-KEPT_COMMON_WORDS:]
    number = "plur" if head.morph.get("Number") == ["Plur"] or head.tag_ in labels.plural_tags else "sing"
    return SpeakerMention(
        start,
        end,
        text,
        # "une décision « injuste »", "le projet", "ses travaux": a thing does not speak (the context decides)
        "common" if can_speak(head, table) else "thing",
        text_of(doc, core),
        number=number,
        keywords=content_words(core, table),
        head=head.lemma_.lower(),
    )


def speaker_of(verb: Token, table: LanguageTable) -> SpeakerMention | None:
    """The speaker phrase of a cue verb: its subject; in an incise the inverted noun phrase after it
    ("…, ont rapporté les agences TASS et Ria Novosti"); for participles and coordinated verbs the
    subject of the verb they hang on."""
    own = subject_of(verb, table, hops=1)
    if own is not None and lower_form(own) in table.impersonal_subjects:
        return None  # "dit-on", "it is said": nobody in particular
    if own is not None and in_quotation(own) and not in_quotation(verb):
        # "« Un partenaire fiable », a salué le dirigeant": the quoted words are what was said (the
        # parser made them the subject); the speaker is the inverted subject after the verb
        own = None
    if own is not None and own.dep_ not in table.syntax.clausal_subject:
        np = np_tokens(own, table)
        first = cue_first(verb, table)
        # The subject is the speaker when it stands next to the cue, or when all that separates them is
        # the subject's own side clause or apposition ("The board president, who has served since
        # 2015, said …"): its syntactic role decides, not its distance.
        own_words = {t.i for t in own.subtree}
        between = verb.doc[np[-1].i + 1 : first]
        adjacent = (
            own.i > verb.i or np[-1].i >= first - SUBJECT_REACH or all(t.i in own_words or t.is_punct for t in between)
        )
        if adjacent:
            if (
                own.lower_ in table.relative_pronouns
                and verb.dep_ in table.syntax.relative_clause
                and verb.head.i < verb.i
            ):
                # "Ansar Eddine, qui affirme …": the relative pronoun stands for its antecedent
                return describe_speaker(np_tokens(antecedent := _antecedent(own, verb), table), table, head=antecedent)
            if own.i > verb.i:
                np = with_apposed_name(np, table)
            return describe_speaker(without_channel(np, own, table), table, head=own)
    if is_incise(verb, table):
        tail = tail_np(verb, table)
        if tail and not _reported(verb, tail[0], table):
            return describe_speaker(without_channel(tail, None, table), table)
    if own is None and is_participle(verb, table) and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
        # "X said it would close the plant, saying …", « X a indiqué que P, ajoutant que Q »: the
        # participle is the speaker's next act, whatever clause the parser hung it on
        cue = next((a for a in verb.ancestors if is_cue_verb(a, table)), None)
        if cue is not None:
            return speaker_of(cue, table)
    inherited = subject_of(verb, table)
    if inherited is not None and lower_form(inherited) not in table.impersonal_subjects:
        if inherited.lower_ in table.relative_pronouns:
            return None
        return describe_speaker(np_tokens(inherited, table), table, head=inherited)
    return _name_before(verb, table)


def _named_after(head: Token, names: list[Span], table: LanguageTable) -> bool:
    """True when the phrase's head is an organisation noun and a name modifies it: before it ("the
    Harlow campaign", "Park's office") or, for a person, as its nominal modifier ("le camp Marchetti"),
    with no comma between ("the chief executive, Mads Kjaergaard" is the person; "le quotidien Le
    Figaro" is named Le Figaro)."""
    if any(p.start <= head.i < p.end for p in names):
        return False
    noun = head.lower_.replace("’", "'")
    if noun not in table.organisation_nouns and head.lemma_.lower() not in table.organisation_nouns:
        return False
    doc = head.doc
    for name in names:
        if name.root.head.i != head.i:
            continue
        before = name.end <= head.i
        is_person = table.entity_labels.get(name.label_) == "PERSON"
        if not before and (not is_person or name.root.dep_ not in table.syntax.nominal_modifier):
            continue  # "le quotidien Le Figaro" is named Le Figaro; "le camp Marchetti" is Marchetti's
        between = doc[min(head.i, name.start) : max(head.i + 1, name.end)]
        if not any(t.is_punct for t in between):
            return True
    return False


def _antecedent(pronoun: Token, verb: Token) -> Token:
    """What a relative pronoun stands for: the nominal its clause hangs on, or, when the parser hung the
    clause on a verb ("…, a annoncé l'ONU, qui parle d'…"), the nearest nominal before the pronoun."""
    if verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return verb.head
    for token in reversed(verb.doc[sent_of(verb).start : pronoun.i]):
        if token.pos_ in ("NOUN", "PROPN"):
            return token
    return verb.head


def _reported(verb: Token, token: Token, table: LanguageTable) -> bool:
    """True when `token` lies in the clause the cue reports, which can never name who speaks: "said the
    district would survey …" is not an incise with "the district" as its subject. (An object may: the
    parser often takes the inverted subject of "…, a indiqué le ministre" for an object.)"""
    labels = table.syntax
    for child in verb.children:
        if child.i > verb.i and child.dep_ in labels.clause_complement:
            if child.left_edge.i <= token.i <= child.right_edge.i:
                return True
    return False


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
        and not any(t.pos_ in ("VERB", "AUX") for t in doc[ent.end : first])
    ]
    for label in ("PERSON", "ORG"):  # "Tom Molomby, SC, said": the person, not the title after it
        for ent in reversed(near):
            if table.entity_labels.get(ent.label_) == label:
                return describe_speaker(list(ent), table)
    return None


def governed_noun(doc: Doc, first: int, length: int, table: LanguageTable) -> Token | None:
    """The noun a source marker governs: its object ("to" -> pobj) or its head ("selon" <- case)."""
    marker_tokens = doc[first : first + length]
    for tok in marker_tokens:
        for child in tok.children:
            if child.dep_ in table.syntax.marker_object and child.i >= first + length:
                return child
    head = marker_tokens[0].head
    return head if head.i >= first + length and head.pos_ in ("NOUN", "PROPN", "PRON") else None


def collect_sentence_facts(doc: Doc, sent: Span, table: LanguageTable, findings: DocFindings) -> None:
    """Record the sentence's main subject and every "title, Name" / "Name, title" pairing."""
    findings.sentences.append((sent.start_char, sent.end_char))
    root = sent.root
    subj = subject_of(root, table, hops=1)
    if subj is not None:
        mention = describe_speaker(np_tokens(subj, table), table, head=subj)
        if mention is not None:
            findings.subjects.append(
                SentenceSubject(start=sent.start_char, end=sent.end_char, position=subj.idx, mention=mention)
            )
    for ent in (e for e in doc_ents(doc) if sent.start <= e.start and e.end <= sent.end):
        label = table.entity_labels.get(ent.label_)
        if label == "PERSON":
            keywords = _title_near(doc, ent, table)
            if keywords:
                findings.titles.append(TitleLink(person=(ent.start_char, ent.end_char), keywords=keywords))
            gender = gender_near(doc, ent, table)
            if gender:
                findings.genders.append(GenderCue(person=(ent.start_char, ent.end_char), gender=gender))
        if label in ("PERSON", "ORG"):
            # "le quotidien français Le Figaro": a later "le quotidien" means Le Figaro
            nouns, i = [], ent.start - 1
            while i >= sent.start and doc[i].pos_ in ("NOUN", "ADJ") and not doc[i].ent_type_:
                nouns.insert(0, doc[i])
                i -= 1
            if nouns and i >= sent.start and doc[i].pos_ == "DET" and any(t.pos_ == "NOUN" for t in nouns):
                findings.titles.append(
                    TitleLink(
                        person=(ent.start_char, ent.end_char),
                        titled=False,
                        keywords=tuple(t.lemma_.lower() for t in nouns if t.pos_ == "NOUN"),
                    )
                )


def _title_near(doc: Doc, ent: Span, table: LanguageTable) -> tuple[str, ...]:
    """Title words next to a person's name: before it ("le président russe Vladimir Poutine"), or as an
    apposition after it ("Timor Goksel, ancien porte-parole de la FINUL")."""
    ok = ("NOUN", "ADJ", "DET", "ADP", "PROPN", "CCONJ")
    before, i, first = [], ent.start - 1, sent_of(ent[0]).start
    if i >= first and doc[i].text == ",":
        i -= 1
    while i >= first:
        if doc[i].text == ")" and i - 2 >= first and doc[i - 2].text == "(":
            i -= 3  # "l'ancien directeur du Fonds rural (FPER), Mathieu Kalonji": an acronym aside
            continue
        if doc[i].pos_ not in ok or doc[i].ent_type_ and table.entity_labels.get(doc[i].ent_type_) == "PERSON":
            break
        before.insert(0, doc[i])
        i -= 1
    after, i = [], ent.end
    if i < sent_of(ent[0]).end and doc[i].text == ",":
        i += 1
        while i < sent_of(ent[0]).end and doc[i].pos_ in ok and doc[i].text != ",":
            after.append(doc[i])
            i += 1
    words = []
    for side in (before, after):
        if any(t.lower_.replace("’", "'") in table.title_words or t.lemma_.lower() in table.title_words for t in side):
            words.extend(content_words(side, table))
    return tuple(dict.fromkeys(words))


GENDERS = {"Fem": "fem", "Masc": "masc"}  # Universal Dependencies' Gender feature


def article_gender(noun: Token, table: LanguageTable) -> str | None:
    """The gender a noun's article shows ("la ministre", "le général"); elided ("l'") and possessive
    ("son") determiners show none, and neither does the model's guess for the noun itself."""
    if noun.lower_ in table.gendered_titles:
        return table.gendered_titles[noun.lower_]
    for det in noun.children:
        elided = det.text.endswith(("'", "’"))
        if det.pos_ == "DET" and det.i < noun.i and "Art" in det.morph.get("PronType") and not elided:
            found = {GENDERS[g] for g in det.morph.get("Gender") if g in GENDERS}
            if len(found) == 1:
                return found.pop()
    return None


def gender_near(doc: Doc, ent: Span, table: LanguageTable) -> str | None:
    """Gender the text gives a person where it names them: a gendered title right before or at the start
    of the name ("Mme Durand", "Mrs Doe", "spokeswoman Jane Doe"), else the article of the title noun the
    name is apposed to ("la ministre de la Culture Hélène Marchal", "le général Paul Martin").

    Only articles count: the model's gender for nouns ("avocate": Masc) and elided or possessive
    determiners ("l'", "son") say nothing reliable."""
    for token in (doc[ent.start - 1], ent[0]) if ent.start > 0 else (ent[0],):
        word = token.lower_.rstrip(".")
        if word in table.gendered_titles:
            return table.gendered_titles[word]
    root, labels = ent.root, table.syntax
    titles = []
    if root.dep_ in labels.apposition or root.dep_ in labels.attached_name or root.dep_ in labels.name_part:
        titles.append(root.head)  # "la ministre de la Culture Hélène Marchal"
    if ent.end < len(doc) and doc[ent.end].text in (",", "("):
        # "Salimata, une commerçante de 41 ans" (an apposition, which the parser may read as a conjunct),
        # not "Thomas Sam and his wife"
        titles.extend(
            c
            for c in root.children
            if c.i > ent.end
            and (
                c.dep_ in labels.apposition
                or c.dep_ in labels.conjunct
                and not any(t.dep_ in labels.coordinator for t in doc[ent.end : c.i + 1])
            )
        )
    for title in titles:
        if title.pos_ == "NOUN" and is_person_noun(title, table):  # not "la fondation, Me X"
            gender = article_gender(title, table)
            if gender:
                return gender
    return None


def is_person_noun(token: Token, table: LanguageTable) -> bool:
    """A noun that names a person or a role people hold ("ministre", "commerçante", "witness"): the
    language's title and role words, and its person-noun lexicon."""
    return token.lower_ in table.person_words or token.lemma_.lower() in table.person_words


def can_speak(head: Token, table: LanguageTable) -> bool:
    """Whether a common noun can be a speaker: a person or a role ("témoins", "officials"), an
    organisation ("le ministère", "the agency") or a document ("the report"), by the language's
    lexicons. Without the person-noun lexicon installed nothing is ruled out."""
    acronym = head.text.isupper() and len(head.text) > 1  # "WHO say …"
    capitalised = acronym or head.text[:1].isupper() and not head.is_sent_start  # "According to Rathbun"
    if head.pos_ == "PROPN" or capitalised or not table.lexicon("person_nouns"):
        return True  # a name can speak ("the Herald"); without the lexicon nothing is ruled out
    words = table.speaking_nouns
    forms = {head.lower_.replace("’", "'"), head.lemma_.lower()}
    forms |= {f[: -len(s)] for f in tuple(forms) for s in table.plural_suffixes if f.endswith(s)}
    return not forms.isdisjoint(words)
