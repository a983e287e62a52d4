"""The model's named entities mended on the Doc before anything reads them (`join_cut_names`): names it
cut in two joined, names it ran together split, types it got wrong set right from the words around the
name. The mentions read from them are `whosaid.extract.name_mentions`.
"""

from __future__ import annotations

import re

from spacy.attrs import IDX, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span

from whosaid.extract.cues import is_cue_verb
from whosaid.extract.nouns import is_organisation_noun, is_person_noun
from whosaid.extract.org_evidence import (
    body_after_title,
    complements_after,
    named_after_outlet_noun,
    named_by_body_noun,
    possessor_of_bare_body,
    remit_listed,
    titled_bodies,
)
from whosaid.extract.person_evidence import (
    apposed_age,
    apposed_person_noun,
    apposed_to_person_noun,
    apposed_untyped_name,
    before_thing_relative,
    first_name_after_titles,
    name_after_inner_title,
    name_before_person_relative,
    titled_before,
)
from whosaid.extract.syntax import DASHES, doc_text
from whosaid.lang import LanguageTable

MAX_ACRONYM_NAME = 12  # words of a name its acronym in parentheses may span
ACRONYM = re.compile(r"[A-ZÀ-Ý](?:[A-ZÀ-Ý&]{1,7}|[a-zà-ÿ]{2,7})")  # "CSSDM", "OCTB", "AT&T", "Usdaw"
SPELLED = "whosaid:spelled"  # kb_id of a name its acronym spells: its commas are its own
LINK_WORDS = ("ADP", "DET", "CCONJ")  # "pour la", "of the", "and": words an acronym may skip


def _apposed_person_inside(ent: Span, table: LanguageTable) -> int | None:
    """Where a person's name starts inside a name the model ran on from another: a first name of the
    lexicons the parser apposed to an earlier word of the name, with a word after it (« l'AFP Mohamed
    Ramadane »). None when there is none."""
    for tok in ent[1:-1]:
        if (
            tok.dep_ in table.syntax.apposition
            and ent.start <= tok.head.i < tok.i
            and table.lone_first_name(tok.text) is not None
            and table.entity_labels.get(ent.label_) in ("ORG", "OTHER", "PLACE")  # (not a date: "May 18")
        ):
            return tok.i
    return None


def join_cut_names(doc: Doc, table: LanguageTable) -> None:
    """Join a name the model cut in two. An organisation's name never ends with "of" or « du »: where
    the model stopped one there and tagged the name right after it on its own ("Autorité des routes du
    | Portugal"), the two are one organisation. Two proper nouns it tagged side by side with the same
    type ("Marta | Kowalewska") are one name, a person's when it opens with a first name; a lone first
    name of one gender the model left untyped is a person. Set on the Doc before anything reads its
    entities (token types included)."""
    joined, changed = [], False
    person, org = table.model_label("PERSON"), table.model_label("ORG")
    # a name the text once introduces with a noun for a business is that business wherever it stands
    businesses = {e.text for e in doc.ents if e.label_ == person and named_by_body_noun(doc, e, table)}
    for ent in doc.ents:
        if (
            len(ent) == 1
            and ent.start > 0
            and doc[ent.start - 1].pos_ == "DET"
            and "Plur" not in doc[ent.start - 1].morph.get("Number")  # « les Français » stays as typed
            and table.entity_labels.get(ent.label_) in ("PLACE", "OTHER", "ORG")
            and ent[0].lower_ in table.demonyms
        ):
            # « a admis le Danois » typed a place, "The Spaniard said" an organisation: a demonym after an
            # article is a person of that country, described, not named (a person's type stays: « Le Breton »
            # may be a family name)
            changed = True
            continue
        if (
            len(ent) == 1
            and ent[0].pos_ == "NOUN"
            and table.entity_labels.get(ent.label_) == "PERSON"
            and ("Plur" in ent[0].morph.get("Number") or ent[0].tag_ in table.syntax.plural_tags)
            and is_person_noun(ent[0], table)
        ):
            # "Shoppers in Leeds were cautiously welcoming" typed a person at a sentence's start: a plural
            # noun for people is people, described, no one's name
            changed = True
            continue
        if (
            person is not None
            and ent.label_ == person
            and ent.end < len(doc)
            and doc[ent.end].ent_iob_ == "B"
            and doc[ent.end].ent_type_ == person
            and all(t.lower_.rstrip(".") in table.title_words for t in ent)
        ):
            # « Me | Claire Josserand », "Dr | Ann Lee" typed two persons: a title alone names no one; the name
            # is the one after it
            changed = True
            continue
        dash = next((t.i for t in ent[1:-1] if t.text in DASHES and doc[t.i - 1].whitespace_ and t.whitespace_), None)
        if dash is not None and ent[0].is_sent_start:
            # "TENNIS - Arthur Fils s'est qualifié" typed one name: a dash between spaces after the words that
            # open a sentence ends a rubric or a dateline; the name is after it (a person's when it opens on
            # a first name). Inside a sentence a name may hold one ("the Council on American - Islamic
            # Relations")
            rest = doc[dash + 1 : ent.end]
            named = len(rest) >= 2 and table.lone_first_name(rest[0].text) is not None and all(t.is_title for t in rest)
            label = person if person is not None and named else None
            ent = Span(doc, dash + 1, ent.end, label=label or ent.label_)
            changed = True
        if (
            person is not None
            and len(ent) >= 3
            and ent.start > 0
            and doc[ent.start - 1].pos_ == "DET"
            and ent[0].lower_ in table.demonyms
            and table.entity_labels.get(ent.label_) != "PERSON"
            and all(t.is_title for t in ent[1:])
        ):
            # « le Serbe Novak Djokovic » typed a work: a nationality after an article is a person of that
            # country, the capitalised words after it their name
            ent = Span(doc, ent.start + 1, ent.end, label=person)
            changed = True
        if org and ent.label_ == person and before_thing_relative(doc, ent, table):
            ent = Span(doc, ent.start, ent.end, label=org)  # "Crestline Health, which runs 38 hospitals,"
            changed = True
        cut = _article_inside(ent, table)
        if cut is not None:
            # "According to Rathbun the Scientology property" typed one organisation "Rathbun the Scientology":
            # a name holds no article but after a preposition ("Bank of the West", « Union pour le
            # changement »); the words on either side are two names
            joined.append(Span(doc, ent.start, cut, label=ent.label_))
            ent = Span(doc, cut + 1, ent.end, label=ent.label_)
            changed = True
        apposed = _apposed_person_inside(ent, table) if person is not None else None
        if apposed is not None:
            # « a déclaré à l'AFP Mohamed Ramadane » typed one name: the parser apposed a first name and what
            # follows to the outlet; two names, the outlet's and a person's
            acronym = all(t.text.isupper() for t in ent[: apposed - ent.start])
            joined.append(Span(doc, ent.start, apposed, label=org if acronym and org else ent.label_))
            ent = Span(doc, apposed, ent.end, label=person)
            changed = True
        cut = _trailing_phrase_of_the_verb(ent, table)
        if cut is not None:
            # « a réagi le Premier ministre dans un communiqué » typed one thing: a lower-case phrase the parse
            # hangs outside the name (on the verb) is none of it
            ent = Span(doc, ent.start, cut, label=ent.label_)
            changed = True
        if _holds_a_clause(ent, table):
            # "Fontes told The Associated Press" typed a work of art: a name holds no finite verb with its
            # subject; the words are left untyped (a proper noun among them still reads as a name)
            changed = True
            continue
        if (
            person is not None
            and table.entity_labels.get(ent.label_) in ("OTHER", "PLACE")
            and len(ent) >= 2
            and all(t.pos_ == "PROPN" for t in ent)
            and ent.root.dep_ in table.syntax.subject
            and is_cue_verb(ent.root.head, table)
            and (table.first_name_gender(ent.text) or ent[0].lower_.rstrip(".") in table.gendered_titles)
        ):
            # "“…,” Chair Jerome Powell said", "“…,” Mrs Penrose said" typed a work of art, "ERCOT CEO Pablo
            # Vegas said" a place: proper nouns with a first name or a courtesy title that speak are a person (a
            # work or an event never speaks, nor a place named so), from the first name on (the title kept)
            first = next((t.i for t in ent[:-1] if table.lone_first_name(t.text) is not None), ent.start)
            ent = Span(doc, first, ent.end, label=person)
            changed = True
        named = (
            first_name_after_titles(ent, table)
            if person is not None
            and len(ent) >= 2
            and table.entity_labels.get(ent.label_) in ("OTHER", "PLACE", "ORG")
            and apposed_to_person_noun(ent, table)
            else None
        )
        if (
            named is None
            and person is not None
            and len(ent) >= 3
            and table.entity_labels.get(ent.label_) in ("OTHER", "PLACE", "ORG")
        ):
            # "by District Judge Rhys Morgan" typed an organisation: a title, then a first name and a surname
            named = name_after_inner_title(ent, table)
        if (
            named is None
            and person is not None
            and table.entity_labels.get(ent.label_) in ("OTHER", "PLACE", "ORG")
            and titled_before(doc, ent, table)
        ):
            # "shadow treasurer Angus Price" typed an organisation: a person noun compounded right before it
            named = ent.start
        if named is not None:
            # "Russia's deputy ambassador, Dmitry Polyanskiy, defended", "The Bishop of Leeds, the Rt Rev
            # Nick Baines, said" typed an organisation: proper nouns with a first name (past a determiner and
            # titles), apposed to a noun for a person, name that person, from the first name on
            ent = Span(doc, named, ent.end, label=person)
            changed = True
        if (
            person is not None
            and table.entity_labels.get(ent.label_) in ("OTHER", "PLACE")
            and (
                len(ent) == 1
                and table.lone_first_name(ent.text)
                and apposed_person_noun(doc, ent, table)
                or len(ent) <= 3
                and all(t.text[:1].isupper() for t in ent)
                and apposed_age(doc, ent, table)
            )
        ):
            # "Laëtitia, infirmière aux urgences" typed MISC: a first name of one gender only with a person
            # noun apposed names a person; "Martine, 67 ans,", « Essia B., 44 ans, » typed a place: an age
            # says a person
            ent = Span(doc, ent.start, ent.end, label=person)
            changed = True
        opening = ent[0]
        addressed = None
        if opening.is_lower and opening.pos_ == "NOUN":
            addressed = next(
                (
                    t.i + 1
                    for t in ent[1:-1]
                    if t.lower_ in table.addressee_prepositions and doc[t.i + 1].text[:1].isupper()
                ),
                None,
            )
        if addressed is not None:
            # « la gendarmerie au Progrès » typed one organisation: a common noun is no name's start; the
            # name is the one after « au » (whom the body spoke to)
            ent = Span(doc, addressed, ent.end, label=ent.label_)
            changed = True
        before = doc[ent.start - 1] if ent.start > 0 else None
        if (
            org is not None
            and before is not None
            and table.entity_labels.get(ent.label_) == "PLACE"
            and before.pos_ == "PROPN"
            and not before.ent_type_
            and before.text[:1].isupper()
            and before.head.i in range(ent.start, ent.end)
            and before.dep_ in table.syntax.attached_name - table.syntax.apposition
            and table.lone_first_name(before.text) is None
            and before.lower_.rstrip(".") not in table.title_words
        ):
            # "Age UK, the charity," tagged "UK": a proper noun the parser compounded with a place is the
            # name of something other than the place, an organisation's
            ent = Span(doc, before.i, ent.end, label=org)
            changed = True
        if (
            org is not None
            and table.entity_labels.get(ent.label_) == "PLACE"
            and len(ent) >= 2
            and ent.root.text[:1].isupper()
            and is_organisation_noun(ent.root, table)
        ):
            # « la Chambre genevoise (immobilière) », "the Regional Agency" typed a place: a name whose head
            # is a noun for a body names that body
            ent = Span(doc, ent.start, ent.end, label=org)
            changed = True
        if org is not None and ent.label_ == person and ent.text in businesses:
            # « le groupe Aérostar », "the firm Brightwave" typed a person: one word named by a noun for a
            # business (no noun for a person) is that business's name, there and elsewhere in the text
            ent = Span(doc, ent.start, ent.end, label=org)
            changed = True
        if (
            org is not None
            and table.entity_labels.get(ent.label_) == "OTHER"
            and named_after_outlet_noun(doc, ent, table)
        ):
            # "the journal Nature Medicine" typed a work: a name a noun for a news outlet introduces is the outlet's
            ent = Span(doc, ent.start, ent.end, label=org)
            changed = True
        if table.entity_labels.get(ent.label_) == "ORG":
            owner = possessor_of_bare_body(doc, ent, table)
            if owner < ent.start:
                # "The Alzheimer's Association" tagged "Association": a body noun alone names no one; the
                # untyped name it is possessed by is part of the name
                ent = Span(doc, owner, ent.end, label=ent.label_)
                changed = True
            tail = complements_after(doc, ent, table)
            if tail > ent.end:
                # « Service départemental d'incendie | et de secours », « Office français | de l'immigration et
                # de l'intégration »: a body's name in lower case runs over the complements of its head noun
                ent = Span(doc, ent.start, tail, label=ent.label_)
                changed = True
        if ent.label_ == person and person is not None and len(ent) > 1 and any(c.isdigit() for c in ent[-1].text):
            # "beat American Jessie Moore 4-6, 6-3" typed "Jessie Moore 4-6": no person's name ends on a number
            end = ent.end
            while end > ent.start + 1 and (any(c.isdigit() for c in doc[end - 1].text) or doc[end - 1].is_punct):
                end -= 1
            ent = Span(doc, ent.start, end, label=ent.label_)
            changed = True
        if ent.label_ == person and person is not None:
            rest = _name_runs_on(doc, ent, table)
            if rest > ent.end:
                # "Dr. Borja del Pozo Cruz" tagged "Borja": the proper nouns the parser chained into the
                # name, up to its head, are the rest of it
                ent = Span(doc, ent.start, rest, label=ent.label_)
                changed = True
        body = body_after_title(doc, ent, table) if person is not None and ent.label_ == person else None
        if body is not None:
            # « président de la N-VA » typed a person: a title and the body it is of, no one's name
            ent = Span(doc, body, ent.end, label=org or ent.label_)
            changed = True
        split = _name_after_title(doc, ent, table)
        if split is None:
            split = _name_after_outside_word(doc, ent, table)
        if split is not None and person is not None:
            # "Secretary of State Adrian Fontes" typed one organisation "State Adrian Fontes": the title's
            # complement, then a person
            joined.append(Span(doc, ent.start, split, label=ent.label_))
            ent = Span(doc, split, ent.end, label=person)
            changed = True
        last = joined[-1] if joined else None
        label = _joined_label(last, ent, table) if last is not None and last.end == ent.start else None
        if label is None and last is not None and remit_listed(doc, last, ent, table):
            # « Ministère de l'Agriculture | , de l' | Alimentation et de la Forêt »: one body, its remits listed
            label = last.label_
        if label is not None:
            joined[-1] = Span(doc, last.start, ent.end, label=label)
            changed = True
        else:
            joined.append(ent)
    if person is not None:
        # "Salimata, 28 ans, venue avec ses jumeaux": a capitalised word the model left untyped with an
        # age apposed is a person
        proper = [doc[k] for k, pos in enumerate(doc.to_array([POS])) if pos == PROPN]  # read once, cheaply
        for tok in proper:
            if tok.text[:1].isupper() and not tok.ent_type_ and tok.is_alpha:
                word = Span(doc, tok.i, tok.i + 1)
                if apposed_age(doc, word, table) and not any(e.start <= tok.i < e.end for e in joined):
                    joined.append(Span(doc, tok.i, tok.i + 1, label=person))
                    changed = True
                run = apposed_untyped_name(doc, tok, table)
                if run is not None and not any(
                    e.start < run[1] and run[0] < e.end and table.entity_labels.get(e.label_) in ("PERSON", "ORG")
                    for e in joined
                ):
                    # "Quebec's housing minister, France-Élaine Duranceau, said" ("France" a place, the rest
                    # untyped): proper nouns with a first name apposed to a noun for a person name that person
                    joined = [e for e in joined if e.end <= run[0] or e.start >= run[1]]
                    joined.append(Span(doc, *run, label=person))
                    changed = True
        for tok in proper if table.person_relatives else ():
            run = name_before_person_relative(doc, tok, table)
            if run is not None and not any(
                e.start < run[1] and run[0] < e.end and table.entity_labels.get(e.label_) == "PERSON" for e in joined
            ):
                # "Erling Haaland, who missed a penalty," typed an organisation or a place: a relative pronoun
                # for people only says a person
                joined = [e for e in joined if e.end <= run[0] or e.start >= run[1]]
                joined.append(Span(doc, *run, label=person))
                changed = True
        joined.sort(key=lambda e: e.start)
        for ent in [e for e in joined if e.label_ == person]:
            first = _hyphenated_first_name(doc, ent, table)
            if first < ent.start:
                # "France-Élaine Duranceau" typed "France-" a body and "Élaine Duranceau" a person: a first name
                # the tokenizer cut at its hyphen opens on the word before it
                joined = [e for e in joined if e.end <= first or e.start >= ent.end]
                joined.append(Span(doc, first, ent.end, label=person))
                joined.sort(key=lambda e: e.start)
                changed = True
    for start, end in titled_bodies(doc, table) if org is not None else ():
        # "Avon Fire and Rescue Service" typed "Avon Fire and", a person; "Warehouse and Distribution Workers
        # Union" cut at "and": a run of capitalised words joined by "and"/"of" that holds an organisation noun
        # is one organisation's name
        if any((e.start, e.end, e.label_) == (start, end, org) for e in joined):
            continue
        joined = [e for e in joined if e.end <= start or e.start >= end]
        joined.append(Span(doc, start, end, label=org))
        joined.sort(key=lambda e: e.start)
        changed = True
    if changed:
        doc.ents = joined
    ents = tuple(doc.ents)  # spaCy walks every token on each access: read once for all the parentheses
    text = doc_text(doc)
    if "(" not in text:
        return
    # the tokens that are an opening parenthesis, found from the text (walking every token is slow)
    opens = {m.start() for m in re.finditer(r"\(", text)}
    parens = [k for k, idx in enumerate(doc.to_array(IDX).tolist()) if idx in opens and doc[k].text == "("]
    spelled = (_acronym_defined(doc, ents, i, table) for i in parens)
    defined = [span for span in spelled if span is not None]
    if defined:
        kept = [e for e in ents if not any(e.start < d.end and d.start < e.end for d in defined)]
        doc.ents = sorted([*kept, *defined], key=lambda e: e.start)


def _acronym_defined(doc: Doc, ents: tuple[Span, ...], paren: int, table: LanguageTable) -> Span | None:
    """The name an acronym in parentheses spells, when the model cut it or typed it as a place: the
    words right before "(" whose initials give the acronym's letters in order, link words ("de",
    "pour la", "of the") and commas spelled or skipped, the first one capitalised; an acronym written
    as a word counts too ("Union of Shop, Distributive and Allied Workers (Usdaw)") ("le Centre de services
    scolaire de Montréal (CSSDM)", "l'Observatoire congolais pour la transparence budgétaire (OCTB)").
    None when the name is already spelled out so, when no entity of the model lies in it
    (the acronym of a common phrase is no name), or when an entity runs across its start."""
    if paren + 2 >= len(doc) or doc[paren + 2].text != ")" or not ACRONYM.fullmatch(doc[paren + 1].text):
        return None
    letters = [ch.lower() for ch in doc[paren + 1].text if ch.isalpha()]
    j, start = paren - 1, None
    while j >= 0 and paren - j <= MAX_ACRONYM_NAME and letters:
        tok = doc[j]
        if tok.text[:1].lower() == letters[-1] and tok.text[:1].isalpha():
            letters.pop()
            if not letters:
                start = j
        elif not (tok.text.islower() and tok.pos_ in LINK_WORDS or tok.text == ","):
            return None
        j -= 1
    if start is None or not doc[start].text[:1].isupper():
        return None
    inside = [e for e in ents if e.start < paren and start < e.end]
    org = table.model_label("ORG")
    # an entity may start on the name's article ("The Union of Shop"); an organisation's may start on a
    # prefix the acronym leaves out ("the UN Office for the Coordination of Humanitarian Affairs (OCHA)",
    # the model stopped at "Office"): the name starts where it does. Any other entity across the start is
    # another name.
    across = [e for e in inside if e.start < start and any(t.pos_ != "DET" for t in doc[e.start : start])]
    if not inside or any(e.label_ != org or e.end > paren for e in across):
        return None
    if across:
        start = min(e.start for e in across)
        while doc[start].pos_ == "DET":
            start += 1
    label = inside[0].label_
    if doc[start].lower_ in table.organisation_nouns and org is not None:
        label = org  # "Centre …" typed a place: a body's noun opens the name
    spelled = (start, paren, label, SPELLED)
    if len(inside) == 1 and (inside[0].start, inside[0].end, inside[0].label_, inside[0].kb_id_) == spelled:
        return None
    # (the model's own entity, or one joined above, is marked spelled too: its commas are the name's)
    return Span(doc, start, paren, label=label, kb_id=SPELLED)


def _name_after_title(doc: Doc, ent: Span, table: LanguageTable) -> int | None:
    """Where a person's name starts inside an entity of another type that completes a title ("Secretary
    of | State Adrian Fontes", "Secretary of | Defense Lloyd Austin"): the entity follows a title word
    and "of", and ends on a first name of the lexicons and one more capitalised word; None otherwise."""
    if len(ent) < 3 or ent.start < 2 or table.entity_labels.get(ent.label_) == "PERSON":
        return None
    of, title = doc[ent.start - 1], doc[ent.start - 2]
    if of.lower_ not in table.of_words or title.lower_ not in table.title_words:
        return None
    first, last = ent[-2], ent[-1]
    if not (last.text[:1].isupper() and last.pos_ == "PROPN") or table.lone_first_name(first.text) is None:
        return None
    return first.i


def _name_after_outside_word(doc: Doc, ent: Span, table: LanguageTable) -> int | None:
    """Where a person's name starts inside an entity that runs two phrases together ("a expliqué à
    franceinfo | Fabien Villedieu" typed one organisation): the word before a first name of the lexicons
    hangs on a word outside the entity, so the name that follows is a phrase of its own; None otherwise."""
    if table.entity_labels.get(ent.label_) == "PERSON":
        return None
    for tok in ent[1:-1]:
        before, after = doc[tok.i - 1], doc[tok.i + 1]
        if (
            after.pos_ == "PROPN"
            and not ent.start <= before.head.i < ent.end
            and not ent.start <= tok.head.i < tok.i
            and table.lone_first_name(tok.text) is not None
        ):
            return tok.i
    return None


def _name_runs_on(doc: Doc, ent: Span, table: LanguageTable) -> int:
    """Where a person's name ends when the model stopped it short: the untyped proper nouns after it that
    the parser chained into one name with it ("compound"/"flat:name"), up to the chain's head."""
    chain = table.syntax.attached_name - table.syntax.apposition

    def name_word(t) -> bool:
        # no title after a name ("Jane Roe MP") and no letters after it ("KC", "QC")
        letters = t.text.isupper() and len(t.text.rstrip(".")) <= 3
        title = t.lower_.rstrip(".") in table.title_words
        return (
            not t.ent_type_ and t.pos_ == "PROPN" and not is_organisation_noun(t, table) and not letters and not title
        )

    end = ent.end
    head = ent.root
    while head.dep_ in chain and head.head.i > head.i:
        head = head.head  # "Borja" <- compound - "Cruz": the name's head comes after it
    if head.i >= end and all(name_word(t) for t in doc[end : head.i + 1]):
        end = head.i + 1
    # "Ana | de la Torre" (« flat:name »): the rest hangs on the name's first word
    while end < len(doc) and name_word(doc[end]) and doc[end].dep_ in chain and ent.start <= doc[end].head.i < end:
        end += 1
    # a name ends on a capitalised word ("del Pozo Cruz"): « Nadia Benali livre une performance » tagged the
    # verb a proper noun chained to the name; it is no part of it
    while end > ent.end and not doc[end - 1].text[:1].isupper():
        end -= 1
    return end


def _article_inside(ent: Span, table: LanguageTable) -> int | None:
    """The index of a lower-case article inside an entity, after its first word and before its last, that
    follows no preposition; None when there is none."""
    doc = ent.doc
    for k in range(ent.start + 1, ent.end - 1):
        tok, before = doc[k], doc[k - 1]
        if (
            tok.pos_ == "DET"
            and tok.is_lower
            and tok.lower_ in table.determiners
            and tok.lower_.replace("’", "'") not in table.of_words
            and before.pos_ not in ("ADP", "DET", "CCONJ")
            and before.lower_.replace("’", "'") not in table.of_words
            and not before.is_punct
        ):
            return k
    return None


def _trailing_phrase_of_the_verb(ent: Span, table: LanguageTable) -> int | None:
    """Where an entity of no person, organisation or place type ends when its last words are a lower-case
    prepositional phrase the parse hangs outside it (« Premier ministre | dans un communiqué »); None when
    it holds none."""
    if table.entity_labels.get(ent.label_) in ("PERSON", "ORG", "PLACE") or len(ent) < 3:
        return None
    for t in ent[1:]:
        attach = t.head.head if t.dep_ in table.syntax.case else t.head
        if t.pos_ == "ADP" and not ent.start <= attach.i < ent.end and all(w.is_lower for w in ent[t.i - ent.start :]):
            return t.i
    return None


def _holds_a_clause(ent: Span, table: LanguageTable) -> bool:
    """True for an entity of no person, organisation or place type that holds a finite verb and its
    subject ("Fontes told The Associated Press"): the model ran a name on across a clause."""
    if table.entity_labels.get(ent.label_) in ("PERSON", "ORG", "PLACE") or len(ent) < 2:
        return False
    return any(
        t.pos_ == "VERB"
        and "Fin" in t.morph.get("VerbForm")
        and any(c.dep_ in table.syntax.subject and ent.start <= c.i < ent.end for c in t.children)
        for t in ent[1:]
    )


def _joined_label(last: Span, ent: Span, table: LanguageTable) -> str | None:
    """The label of `last` and `ent` joined, or None when they are two names."""
    kind, after = table.entity_labels.get(last.label_), table.entity_labels.get(ent.label_)
    if kind == "ORG" and after in ("ORG", "PLACE") and last[-1].lower_.replace("’", "'") in table.of_words:
        return last.label_
    words = (*last, *ent)
    # a lowercase particle the parser tagged a proper noun may stand inside a name ("Abdulaziz | bin Salman")
    names = all(t.pos_ == "PROPN" and (t.text[:1].isupper() or 0 < k < len(words) - 1) for k, t in enumerate(words))
    if names and last.label_ == ent.label_ and kind is not None:
        if kind != "PERSON" and len(last) == 1 and table.first_name_gender(f"{last.text} {ent.text}"):
            return table.model_label("PERSON")
        return last.label_
    return None


def _hyphenated_first_name(doc: Doc, ent: Span, table: LanguageTable) -> int:
    """Where a person's name opens when the word before it is the first half of a hyphenated first name
    (« France | - | Élaine Duranceau »: a capitalised word and a hyphen, no space on either side, before a
    first name of the lexicons); else the name's own start."""
    k = ent.start
    if k < 2 or table.lone_first_name(ent[0].text) is None:
        return k
    hyphen, word = doc[k - 1], doc[k - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or word.whitespace_ or not (word.is_alpha and word.is_title):
        return k
    return k - 2
