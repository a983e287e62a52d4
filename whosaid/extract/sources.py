"""Speaker phrases: what kind of reference the words naming who speaks are.

`describe_speaker` classifies a phrase (a name, a pronoun, a title, a role in an organisation, a
document, a common noun, someone new, a thing that cannot speak). Which words form the phrase of a cue
is `whosaid.extract.speaker_phrase`; what a sentence says of people for later references is
`whosaid.extract.facts`. Resolution to entities comes later, over the whole article
(`whosaid.speakers`).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from whosaid.extract.groups import counted_group, member_of_them, named_after, partitive_group
from whosaid.extract.nouns import (
    GENDERS,
    article_gender,
    can_speak,
    grammatical_number,
    is_acronym,
    is_organisation_noun,
    is_person_noun,
    name_words,
)
from whosaid.extract.phrase_evidence import (
    APPOSITION_OPENERS,
    age_epithet,
    apposition_head,
    author_of,
    complements,
    described_by_clause,
    ents_in,
    in_complement,
    is_channel,
    named_with_a_place,
    names_joint,
    owned_by,
    post_nominal,
    someone_new,
    with_participle,
    without_age,
    without_owner,
    without_relative,
)
from whosaid.extract.syntax import (
    content_words,
    context_of,
    doc_ents,
    doc_text,
    is_time_word,
    lower_form,
    np_tokens,
    phrase_root,
    run_around,
    strip_determiners,
    text_of,
)
from whosaid.findings import MEMBER, SpeakerMention
from whosaid.lang import LanguageTable

MAX_OWNER_WORDS = 4  # words of a possessor's name ("PC World's analysis")
MAX_COMMON_WORDS = 8  # a longer common-noun phrase keeps only its head and the words right before it
KEPT_COMMON_WORDS = 4


def describe_speaker(tokens: list[Token], table: LanguageTable, *, head: Token | None = None) -> SpeakerMention | None:
    """Classify the words naming a speaker: a name, a pronoun, a title, a role in an organisation...
    (once per phrase and Doc: a sentence's subject is often a cue's too)."""
    if not tokens:
        return None
    cache = context_of(tokens[0].doc).setdefault("described", {})
    key = (tuple(t.i for t in tokens), None if head is None else head.i)
    if key not in cache:
        found = _describe_speaker(tokens, table, head=head)
        if found is not None and found.kind in ("common", "description") and _possessed(tokens, table):
            found = replace(found, possessed=True)
        elif found is not None and found.kind == "role" and tokens[0].lower_ in table.person_possessives:
            found = replace(found, possessed=True)  # "His office said": a person's, no organisation of the context
        cache[key] = found
    return cache[key]


def _possessed(tokens: list[Token], table: LanguageTable) -> bool:
    """Whether the phrase opens with a possessive ("Son compagnon", "Her lawyer"; the morphology's `Poss`)
    or its noun has a possessor ("The victim's family", "the defendant's mother"): someone of the
    possessor's, whom no one else the text met stands for."""
    first = next((t for t in tokens if not (t.is_punct or t.is_space)), None)
    if first is not None and "Yes" in first.morph.get("Poss"):
        return True
    inside = {t.i for t in tokens}
    return any(t.dep_ in table.syntax.possessive and t.head.i in inside and t.head.i > t.i for t in tokens)


def _describe_speaker(tokens: list[Token], table: LanguageTable, *, head: Token | None = None) -> SpeakerMention | None:
    tokens = [t for t in tokens if not t.is_space]
    # "Jeudi, la Fédération des artisans a estimé", "a indiqué mardi l'Université …": a word of time
    # that opens the phrase is when, not who
    while len(tokens) > 1 and (is_time_word(tokens[0], table) or tokens[0].is_punct):
        tokens.pop(0)
    # "listening to dairy farmers explain …", "par la Commission": a preposition is not part of who speaks;
    # nor is the relative pronoun of « Le projet, dont le maire a dit que P »
    while len(tokens) > 1 and (tokens[0].pos_ in ("ADP", "PART") or tokens[0].lower_ in table.relative_pronouns):
        tokens.pop(0)
    if head is not None and head not in tokens:
        head = None
    if not tokens:
        return None
    doc = tokens[0].doc
    k = tokens[-1].i + 1
    while k < len(doc) and doc[k].ent_iob_ == "I" and tokens[-1].ent_iob_ != "O":
        # « a indiqué le commissaire Pierre Le Gall », « Le Gall » parsed as a subject of its own: the phrase
        # runs to the end of the name its last word opens
        tokens = [*tokens, doc[k]]
        k += 1
    described = apposition_head(tokens, head)
    if described is not None:
        # "Le Collectif des ressortissants du Soum, une association basée à …, a dénoncé": the parser
        # made the apposition the subject; it only says what the name before the comma is
        return describe_speaker(described, table, head=phrase_root(described))
    syntactic_head = head is not None  # the parser's head of the phrase, not a guess
    doc = tokens[0].doc
    # (a word the lexicon gives a person is the head whatever its tag: « la quinquagénaire » tagged an adjective)
    head = (
        head
        if head is not None
        else max(tokens, key=lambda t: (t.pos_ in ("NOUN", "PROPN", "PRON") or is_person_noun(t, table), -t.i))
    )
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = doc_text(doc)[start:end]
    low = lower_form(head)
    labels = table.syntax
    phrase = " ".join(lower_form(t) for t in tokens) if len(tokens) > 1 else ""
    aged = age_epithet(tokens, table)
    if aged is not None:
        # "the 54-year-old said": the press's epithet for someone named before, as "the Belgian" is
        return SpeakerMention(start, end, text, "common", aged, head=aged.split("-", 1)[1], keywords=(aged,))
    described = described_by_clause(tokens, head, table)
    if described is not None:
        # « martèle celle qui dirige l'hôpital depuis 2015 », "said those who were there": someone the
        # relative clause after the pronoun describes, as written with the clause
        last = described[-1]
        end = last.idx + len(last.text)
        words = doc_text(doc)[start:end]
        return SpeakerMention(start, end, words, "common", words, number=grammatical_number(head, table), head=low)
    if member_of_them(head, table):
        apposed = next(
            (
                e
                for e in doc_ents(doc)
                if head.i < e.start
                and e.end <= tokens[-1].i + 1
                and (table.entity_labels.get(e.label_) == "PERSON" or table.first_name_gender(e.text) is not None)
                and doc[_after_title(doc, e.start, head.i) - 1].text == ","
            ),
            None,
        )
        if apposed is not None:
            # "said one of them, Mamadou Traore, a grower", « l'un d'eux, Mamadou Traoré, a lancé », "One of
            # them, retired teacher Alan Briggs, said": the member the text names (with the title before it)
            titled = list(doc[_after_title(doc, apposed.start, head.i) : apposed.end])
            return describe_speaker(titled, table, head=apposed.root)
        # "One of them said", « a confié l'un d'eux »: one member of a group named before; the phrase ends
        # on the group's pronoun (« a lâché l'un d'eux à la suspension d'audience »)
        them = next(
            (
                t
                for t in tokens
                if t.i > head.i and t.pos_ == "PRON" and table.person_pronouns.get(lower_form(t)) == "plur"
            ),
            None,
        )
        if them is not None:
            end = min(end, them.idx + len(them.text))
            text = doc_text(doc)[start:end]
        # « l'un d'eux », « l'une d'elles »: a member the text does not name, of the gender the word shows,
        # whom a pronoun right after may mean (as "un négociant")
        genders = {GENDERS[g] for g in head.morph.get("Gender") if g in GENDERS}
        gender = genders.pop() if len(genders) == 1 else ""
        return SpeakerMention(
            start, end, text, "group", text.lower(), number="sing", keywords=(MEMBER,), gender=gender, new=True
        )
    if phrase in table.person_pronouns:  # "ce dernier", "the latter"
        return SpeakerMention(start, end, text, "pronoun", phrase, number=table.person_pronouns[phrase])
    if head.pos_ == "PRON" or len(tokens) == 1 and low in table.person_pronouns:
        if low in table.person_pronouns:
            return SpeakerMention(start, end, text, "pronoun", low, number=table.person_pronouns[low])
        if low in table.group_pronouns:
            return SpeakerMention(start, end, text, "group", low)
    counted = counted_group(head, table)
    if counted is not None:
        # "Dozens of lawmakers", « Une vingtaine de députés du groupe EPR », "A handful of residents": a
        # number of a group that can speak are that group, people the text does not name
        words = strip_determiners(tokens, table)
        return SpeakerMention(
            start,
            end,
            text,
            "common",
            text_of(doc, words),
            keywords=content_words(tokens, table),
            head=counted.lemma_.lower(),
            number="plur",
            new=True,
        )
    persons = ents_in(doc, start, end, table, ("PERSON",))
    names = ents_in(doc, start, end, table, ("PERSON", "ORG", "PLACE"))
    if syntactic_head and head.pos_ == "PROPN" and not head.ent_type_ and head.text[:1].isupper():
        # "Butte County Sheriff Kory Honea" with "Butte County" tagged a person and the name untagged: a
        # name before the title only says whose title it is; the untagged name after it speaks
        persons = [e for e in persons if not any(lower_form(t) in table.title_words for t in doc[e.end : head.i])]
    if len(names) > 1 and names_joint(doc, names, table):
        joint = doc_text(doc)[names[0].start_char : names[-1].end_char]
        return SpeakerMention(
            start, end, text, "name", joint, tuple((e.start_char, e.end_char) for e in names), number="plur"
        )
    if names and named_after(head, [e for e in names if table.entity_labels.get(e.label_) != "PLACE"], table):
        # "the Harlow campaign", "le camp Marchetti", "Park's office": an organisation named after a
        # person (or another name) speaks as itself, not as the person
        words = strip_determiners(tokens, table)
        # its name stops where an apposition opens after the head (« Le parti Yelema, de l'ancien Premier
        # ministre Moussa Mara, »: whose party, not its name)
        cut = next((t.i for t in words if t.i > head.i and t.text in APPOSITION_OPENERS), None)
        if cut is not None and cut + 1 < len(doc) and doc[cut + 1].pos_ == "ADP":
            words = [t for t in words if t.i < cut]
        return SpeakerMention(start, end, text, "common", text_of(doc, words), head=lower_form(head))
    channel_orgs = (
        [e for e in names if table.entity_labels.get(e.label_) == "ORG" and complements(e, head)]
        if is_channel(head, table)
        else []
    )
    if channel_orgs and not persons:
        # "a statement from Harcourt Bank", « un communiqué de Renault »: the words a channel carries
        # are the organisation's it names
        org = channel_orgs[0]
        return SpeakerMention(start, end, text, "name", org.text, ((org.start_char, org.end_char),))
    if someone_new(tokens, head, names, table):
        # "An FAA official", "one EU diplomat", « un conseiller de la mairie de Dinan »: an anonymous
        # person the name only qualifies keeps their own noun (a spokesperson speaks for the organisation)
        words = without_relative(strip_determiners(run_around(tokens, head), table), head, table)
        words = with_participle(words, head, table)
        return SpeakerMention(
            start,
            end,
            text,
            "common",
            text_of(doc, words),
            keywords=content_words(words, table),
            head=head.lemma_.lower(),
            gender=article_gender(head, table) or "",
            new=True,
        )
    person_head = syntactic_head and head.pos_ == "NOUN" and is_person_noun(head, table)
    # the names that stand before the head and hang on it ("Trump supporters", "the Labour MP")
    qualifying = bool(persons) and all(e.end <= head.i and e.root.head.i == head.i for e in persons)
    if (
        persons
        and person_head
        and lower_form(head) not in table.voice_nouns
        and all(owned_by(e, head, table) for e in persons)
    ):
        # "l'avocat de Paul Martin", "the daughter of Paul Martin", "Paul Martin's lawyer": someone of the
        # named person speaks, not the person (who speaks *for* someone is the voice rule's); the names
        # that only qualify the noun are no speaker either (« une retraitée de Trois-Rivières, au Québec »)
        persons = []
        names = [e for e in names if not owned_by(e, head, table)]
    if (
        persons
        and syntactic_head
        and head.pos_ == "NOUN"
        and is_organisation_noun(head, table)
        and all(in_complement(e.root, head, table) for e in persons)
    ):
        # « Le principal parti d'opposition, le PPA-CI de l'ancien président X, a annoncé »: a body whose
        # complement names a person speaks as itself, not as the person it is of
        persons = []
        names = [e for e in names if not in_complement(e.root, head, table)]
    if persons and person_head and grammatical_number(head, table) == "plur" and qualifying:
        # "Several Labour backbenchers", "Trump supporters": a name that qualifies people is not who speaks;
        # the people are (several of them, as written)
        words = strip_determiners(tokens, table)
        words = [t for t in words if t.pos_ not in ("ADJ", "NUM", "DET") or t.i > head.i]  # not "Several"
        return SpeakerMention(
            start, end, text, "description", text_of(doc, words), number="plur", keywords=content_words(words, table)
        )
    if persons and person_head and lower_form(head) not in table.voice_nouns and qualifying:
        # "the former Manchester United player" (the club typed a person), "a Trump adviser": a name that
        # qualifies a person noun before it is not who speaks; the person is, met as a title is
        words = strip_determiners(tokens, table)
        return SpeakerMention(
            start,
            end,
            text,
            "description",
            text_of(doc, words),
            keywords=content_words(words, table),
            head=lower_form(head),
            gender=article_gender(head, table) or "",
        )
    if persons:
        # the name the phrase is about: the one holding its syntactic head, whatever type the model gave
        # it ("Whitacre campaign spokesperson Kelsey Dunmore"), else an apposed last person, else the first
        holding = [e for e in names if e.start <= head.i < e.end] if syntactic_head else []
        if holding and post_nominal(holding[0], persons):
            holding = []  # "Simon Darrow KC", "Jane Roe MP": letters after a person's name are not who speaks
        if holding and table.entity_labels.get(holding[0].label_) != "PERSON" and lower_form(head) in table.title_words:
            # « La Première ministre travailliste, Jacinda Ardern, » with the title typed an organisation: a
            # name held by a title word is a title, and the person beside it speaks ("Marchetti's Office of
            # the Budget" is no title)
            holding = []
        # (a name apposed to the phrase's own head first: « le député Abdou Mbow, du parti de l'ancien
        # président Macky Sall » speaks as the deputy, the name apposed to « président » only says whose party)
        to_head = [
            e for e in persons if syntactic_head and e.root.dep_ in labels.apposition and e.root.head.i == head.i
        ]
        if holding and to_head and table.entity_labels.get(holding[0].label_) != "PERSON":
            # "The local TD, Michael McNamara, told …" with "TD" typed an organisation: a person's name apposed
            # to the head says who the head is; a body has no person's name for an apposition
            holding = []
        apposed_last = len(persons) > 1 and persons[-1].root.dep_ in labels.apposition
        person = holding[0] if holding else to_head[-1] if to_head else persons[-1] if apposed_last else persons[0]
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
    # (a lower-case word is no name, whatever its tag: "The finance ministry" with "ministry" a proper noun)
    untagged = head.text[:1].isupper() and (
        head.pos_ == "PROPN"
        or head.pos_ == "NOUN"
        and (head.text in name_words(doc, table) or named_with_a_place(head, table))
    )
    determined = any(c.pos_ == "DET" and c.i < head.i for c in head.children)
    person_noun = determined and (
        lower_form(head) in table.demonyms
        or table.lexicon("person_nouns")
        and lower_form(head) in table.lexicon("person_nouns")
    )
    # "the MP", "the CEO": titles; "the Dane", "the American", « le Danois »: a person noun of the lexicon
    # or a demonym of the table, capitalised
    if untagged and not head.ent_type_ and lower_form(head) not in table.title_words and not person_noun:
        # a name the model did not tag ("… Alia Salem said"): the run of proper nouns ending at the head
        run = [head]
        while (
            run[0].i > tokens[0].i
            and doc[run[0].i - 1].pos_ == "PROPN"
            and not doc[run[0].i - 1].ent_type_
            and lower_form(doc[run[0].i - 1]) not in table.title_words  # not "Sheriff Kory Honea"
        ):
            run.insert(0, doc[run[0].i - 1])
        # "Santé Québec", "Environment Canada": capitalised proper nouns hung on the head run the name on
        while (
            run[-1].i < tokens[-1].i
            and doc[run[-1].i + 1].pos_ == "PROPN"
            and doc[run[-1].i + 1].text[:1].isupper()
            and doc[run[-1].i + 1].head.i == head.i
        ):
            run.append(doc[run[-1].i + 1])
        k = run[-1].i + 1
        if (
            k + 1 <= tokens[-1].i
            and doc[k].lower_ in table.of_words
            and doc[k].head.i == head.i
            and doc[k + 1].pos_ == "PROPN"
            and doc[k + 1].text[:1].isupper()
            and doc[k + 1].head.i == k
        ):
            run += [doc[k], doc[k + 1]]  # "The Diocese of Carlisle", "the Port of Tyne": the of-name is its name
        return SpeakerMention(start, end, text, "name", text_of(doc, run))
    head_low = head.lower_.replace("’", "'")
    group = partitive_group(head, table)
    if group is not None:
        # "one of the plaintiffs", « l'une des plaignantes »: one member of a group that can speak, someone
        # the text does not name (as "a plaintiff" would be)
        # the phrase runs on to the group noun where the cut stopped before it (« un | des manifestants »)
        last = max(tokens[-1].idx + len(tokens[-1].text), group.idx + len(group.text))
        words = doc_text(doc)[start:last]
        return SpeakerMention(
            start,
            last,
            words,
            "common",
            words,
            keywords=content_words(tokens, table),
            head=group.lemma_.lower(),
            gender=article_gender(head, table) or "",
            new=True,
        )
    is_document = head_low in table.document_nouns or head.lemma_.lower() in table.document_nouns
    # "un porte-parole de la police", "un rapport de la Ligue arabe": they speak for the organisation
    is_role = head_low in table.role_words or head.lemma_.lower() in table.role_words
    author = author_of(head, table) if is_document else None
    if author is not None:
        # "an assessment by army intelligence", « un rapport publié par l'ONG X »: it speaks for its author
        return describe_speaker(np_tokens(author, table), table, head=author)
    possessor = [c for c in head.children if c.dep_ in labels.possessive and c.pos_ == "PROPN"]
    if (is_role or is_document) and possessor and not names:
        # "Cornyn's statement added", "PC World's analysis concluded": it speaks for its author
        owner = possessor[0]
        run = [t for t in tokens if t.pos_ == "PROPN" and t.i <= owner.i and owner.i - t.i < MAX_OWNER_WORDS]
        return SpeakerMention(start, end, text, "name", text_of(doc, run or [owner]))
    orgs = [e for e in names if table.entity_labels.get(e.label_) == "ORG"]
    if (is_role or is_document) and orgs:
        org = orgs[0]
        # (its spokeswoman's gender kept: "A spokeswoman for X said P. Q, she added" is X again)
        gender = (article_gender(head, table) or "") if is_role else ""
        return SpeakerMention(start, end, text, "name", org.text, ((org.start_char, org.end_char),), gender=gender)
    around = strip_determiners(run_around(tokens, head), table)
    # a title's words stop where an apposition or a parenthesis opens after its head ("la secrétaire
    # générale de l'Union … (Uere)")
    cut = next((t.i for t in around if t.i > head.i and t.text in APPOSITION_OPENERS), None)
    bare = text_of(doc, [t for t in around if cut is None or t.i < cut] or around)
    # "un diplomate européen", "a department spokeswoman": an indefinite phrase brings in someone new,
    # never a person named before (a spokesperson still speaks for the organisation)
    indefinite = any(
        "Ind" in t.morph.get("Definite") and t.pos_ == "DET" for t in tokens if t.i < head.i and t.head.i == head.i
    )
    titled = head_low in table.title_words or head.lemma_.lower() in table.title_words
    if titled and indefinite and not is_role:
        return SpeakerMention(
            start,
            end,
            text,
            "common",
            bare,
            keywords=content_words(tokens, table),
            head=head.lemma_.lower(),
            gender=article_gender(head, table) or "",
            new=True,
        )
    if titled and not indefinite:
        return SpeakerMention(
            start,
            end,
            text,
            "description",
            bare,
            number=grammatical_number(head, table),
            keywords=content_words(without_owner(tokens, head, table), table),
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
        # ("a spokeswoman", « la porte-parole »: the person speaking for the body shows a gender a pronoun
        # after may take up)
        number = "plur" if head.morph.get("Number") == ["Plur"] else "sing"
        gender = article_gender(head, table) or ""
        return SpeakerMention(start, end, text, "role", bare, number=number, gender=gender)
    for ent in names:
        attached = ent.root.head.i == head.i and (
            ent.root.dep_ in labels.attached_name
            or ent.root.dep_ in labels.nominal_modifier
            and not any(c.dep_ in labels.case for c in ent.root.children)
        )
        if (
            attached
            and not (ent.start <= head.i < ent.end)
            # ("the South Dakota Republican": a capitalised epithet the tagger made a proper noun, too)
            and (head.pos_ == "NOUN" or head.pos_ == "PROPN" and not any(e.start <= head.i < e.end for e in names))
            and is_person_noun(head, table)
            and table.entity_labels.get(ent.label_) != "PERSON"
        ):
            # "le parlementaire LR", "the Labour lawmaker": a person the party or body only qualifies,
            # resolved as a title (the body's name one of its words), not the body
            return SpeakerMention(
                start,
                end,
                text,
                "description",
                bare,
                number=grammatical_number(head, table),
                keywords=content_words(tokens, table),
                gender=article_gender(head, table) or "",
            )
        body = is_organisation_noun(head, table)
        part_of_name = ent.end <= tokens[-1].i and not doc[ent.end].is_punct  # « Rennes » of « Rennes à vélo »
        if (
            attached
            and body
            and table.entity_labels.get(ent.label_) == "PLACE"
            and (
                ent.end <= head.i
                and not any(t.is_punct for t in doc[ent.end : head.i])
                or ent.start > head.i
                and part_of_name
            )
        ):
            # "The Chicago police department", « le collectif Rennes à vélo »: a place that qualifies a body,
            # or that is a word of its name, is not who speaks; the body is, as written ("the packaging maker
            # Halden Group" with "Halden" typed a place: the capitalised words to the head are its name)
            if head.text[:1].isupper() and ent.end <= head.i:
                return SpeakerMention(start, end, text, "name", text_of(doc, doc[ent.start : head.i + 1]))
            return SpeakerMention(start, end, text, "common", bare, head=head_low)
        if ent.start <= head.i < ent.end or head.dep_ in labels.name_part or attached:
            return SpeakerMention(start, end, text, "name", ent.text, ((ent.start_char, ent.end_char),))
    if names and all(t.pos_ in ("PROPN", "DET", "PUNCT") or t.ent_type_ for t in tokens):
        ent = names[0]
        return SpeakerMention(start, end, text, "name", ent.text, ((ent.start_char, ent.end_char),))
    core = strip_determiners(run_around(tokens, head), table)
    core = without_age(without_relative(core, head, table), head, table)
    # the name stops where an apposition or a parenthesis opens after the head ("Le Collectif des
    # ressortissants du Soum, une association", "La Coalition pour une neutralité active (CNA)")
    cut = next((t.i for t in core if t.i > head.i and t.text in APPOSITION_OPENERS), None)
    if cut is not None:
        # after a comma a name may follow; in parentheses, an acronym of the phrase itself
        apposed = [t for t in core if t.i > cut and t.pos_ == "PROPN"] if doc[cut].text != "(" else []
        if apposed and in_complement(apposed[-1], head, table):
            # "une retraitée de Trois-Rivières, au Québec": where she lives, not a name for her; « L'écrivaine,
            # lauréate du prix Goncourt »: what the apposition's noun is of, not a name for her either
            apposed = []
        named = next((e for e in doc_ents(doc) if e.start <= apposed[-1].i < e.end), None) if apposed else None
        if named is not None and named.start > cut and table.entity_labels.get(named.label_) in ("PERSON", "ORG"):
            # "The union, Warehouse and Distribution Workers Union Local 419": the name the entity spells
            return SpeakerMention(start, end, text, "name", named.text, ((named.start_char, named.end_char),))
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
        acronym = doc[cut + 1 : cut + 3] if doc[cut].text == "(" else []
        core = [t for t in core if t.i < cut]
        if len(acronym) == 2 and acronym[1].text == ")" and is_acronym(acronym[0].text) and can_speak(head, table):
            # « l'agence régionale de santé Centre-Val de Loire (ARS) », "the regional health board (RHB)":
            # a body the phrase names in full, its acronym after it
            return SpeakerMention(start, end, text, "name", text_of(doc, core), number=grammatical_number(head, table))
    while core and core[-1].is_punct:
        core.pop()
    core = with_participle(core, head, table)
    if len(core) > MAX_COMMON_WORDS:  # a long phrase: keep the head and the words right before it
        core = [t for t in core if t.i <= head.i][-KEPT_COMMON_WORDS:]
    number = grammatical_number(head, table)
    person = is_person_noun(head, table)
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
        gender=(article_gender(head, table) or "") if person else "",
        # "un économiste" is someone new; "l'économiste", "ce professeur" may be someone named before; so is
        # a noun with no determiner at all (« de source syndicale », "analysts said"): no one known
        new=person and (indefinite or _bare(head, table)),
    )


def _bare(head: Token, table: LanguageTable) -> bool:
    """Whether a common noun stands with nothing before it to make it known: no determiner, possessor or
    number of its own (« de source policière », "officials said")."""
    return head.pos_ == "NOUN" and not any(
        c.i < head.i and (c.pos_ in ("DET", "PRON", "NUM", "PROPN") or c.dep_ in table.syntax.possessive)
        for c in head.children
    )


def _after_title(doc, start: int, floor: int) -> int:
    """Where the words before a name at `start` that only say what the person is (an article, adjectives,
    nouns: "retired teacher", « l'enseignant retraité ») open, back to `floor`."""
    k = start
    while k - 1 > floor and doc[k - 1].pos_ in ("DET", "ADJ", "NOUN") and not doc[k - 1].ent_type_:
        k -= 1
    return k
