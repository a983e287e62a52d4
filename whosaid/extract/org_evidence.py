"""Evidence about organisations' names the model cut or ran together: where a body's name ends (its
lower-case complements and adjectives, its remits listed), run-together title-case names that hold a
body noun, a bare body noun's possessor, a title before a body typed a person. Read by
`names.join_cut_names`."""

from __future__ import annotations

from spacy.attrs import POS
from spacy.symbols import CCONJ
from spacy.tokens import Doc, Span

from whosaid.extract.nouns import is_company_noun, is_organisation_noun, is_person_noun
from whosaid.lang import LanguageTable


def remit_listed(doc: Doc, last: Span, ent: Span, table: LanguageTable) -> bool:
    """True when two organisation names are one listing its remits: a comma and an of-word with its
    article between them, and a coordinator in the second (« Ministère de l'Agriculture, de
    l'Alimentation et de la Forêt »)."""
    between = doc[last.end : ent.start]
    if len(between) < 2 or between[0].text != "," or table.entity_labels.get(last.label_) != "ORG":
        return False
    if table.entity_labels.get(ent.label_) != "ORG" or not any(t.pos_ == "CCONJ" for t in ent):
        return False
    return all(t.lower_.replace("’", "'") in table.of_words or t.lower_ in table.determiners for t in between[1:])


def complements_after(doc: Doc, ent: Span, table: LanguageTable) -> int:
    """Where an organisation's name ends when it opens with an organisation noun (« Service », « Office »,
    "Agency") and lower-case complements or adjectives of its words follow (« et de secours », « de
    l'immigration », « immobilière »):
    the end of the run of words whose heads lie in the name, before any punctuation, verb or name."""
    if not is_organisation_noun(ent[0], table) or ent.end >= len(doc):
        return ent.end
    if doc[ent.end].pos_ not in ("ADP", "CCONJ", "ADJ") or doc[ent.end].pos_ == "ADJ" and doc[ent.end].is_title:
        return ent.end  # "Department of Health spokesperson": a noun the name qualifies is no part of it
    end = ent.end
    while end < len(doc):
        tok = doc[end]
        if (
            not (tok.is_alpha or tok.pos_ in ("DET", "ADP"))
            or tok.pos_ in ("VERB", "AUX", "PRON", "PROPN")
            or tok.ent_type_
        ):
            break
        head = tok
        while head.head.i != head.i and head.i >= end:
            head = head.head
        if not ent.start <= head.i < end:
            break
        end += 1
    while end > ent.end and (doc[end - 1].pos_ in ("ADP", "DET", "CCONJ") or doc[end - 1].dep_ in table.syntax.case):
        end -= 1  # never end on « de », « et »
    return end


def titled_bodies(doc: Doc, table: LanguageTable) -> list[tuple[int, int]]:
    """Token ranges of title-case organisation names that hold a coordinator ("Avon Fire and Rescue
    Service", "Office of Fair Trading and Consumer Protection", "Warehouse and Distribution Workers Union
    Local 419"): capitalised words (and a number after one), "and"/"of" between them, one of them an
    organisation noun ("Brigham and Women's Hospital": a possessive inside). The model cuts such names at
    the coordinator. A body on each side of "and" makes two ("Council and Parliament"); a person the model
    typed, opening on a first name, is no part of one ("Mayor Keith Wilson and Police Chief Bob Day"). Read
    from the coordinators out, so a Doc without one costs nothing."""

    def titled(k: int) -> bool:
        return 0 <= k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper()

    suffixes = {x.replace("’", "'") for x in table.possessive_suffixes}

    def linked(k: int) -> bool:  # "and" or "of" between two capitalised words
        return titled(k - 1) and titled(k + 1) and (doc[k].pos_ == "CCONJ" or doc[k].lower_ in table.of_words)

    def possessive(k: int) -> bool:  # "Women | 's | Hospital": a possessive inside a name
        return 0 < k < len(doc) - 1 and doc[k].lower_.replace("’", "'") in suffixes and titled(k - 1) and titled(k + 1)

    person = table.model_label("PERSON")
    people: list[tuple[int, int]] | None = None  # the model's people that open on a first name, read once

    def people_inside(i: int, j: int) -> bool:  # "Mayor Keith Wilson and Police Chief Bob Day": two people
        nonlocal people
        if people is None:
            people = [
                (e.start, e.end)
                for e in doc.ents
                if e.label_ == person and table.lone_first_name(e[0].text) is not None
            ]
        return any(i <= a and b <= j for a, b in people)

    out: list[tuple[int, int]] = []
    coordinators = [k for k, pos in enumerate(doc.to_array([POS])) if pos == CCONJ]
    for k in coordinators:
        if out and k < out[-1][1] or not linked(k):
            continue
        i = k - 1
        while titled(i - 1) and doc[i - 1].pos_ not in ("DET", "PRON", "ADP", "CCONJ") or linked(i - 1):
            step = 2 if linked(i - 1) else 1
            if doc[i - step].pos_ == "NOUN" and "Plur" in doc[i - step].morph.get("Number"):
                break  # "Nurses at Brigham and Women's Hospital": the people of the body, not its name
            i -= step
        j = k + 2
        while j < len(doc) and (titled(j) or doc[j].is_digit and doc[j - 1].is_alpha or linked(j) or possessive(j)):
            j += 2 if linked(j) or possessive(j) else 1
        words = doc[i:j]
        two = any(t.pos_ == "CCONJ" and is_organisation_noun(doc[t.i - 1], table) for t in words)
        if not two and any(is_organisation_noun(t, table) for t in words) and not people_inside(i, j):
            out.append((i, j))
    return out


def possessor_of_bare_body(doc: Doc, ent: Span, table: LanguageTable) -> int:
    """Where an organisation's name starts when the model tagged only its body nouns after a possessive
    ("Alzheimer's | Association"): the untyped capitalised words before the possessive suffix."""
    words = [t for t in ent if t.pos_ != "DET"]
    k = ent.start - 1
    if not words or not all(is_organisation_noun(t, table) for t in words) or k < 1:
        return ent.start
    if doc[k].lower_.replace("’", "'") not in {s.replace("’", "'") for s in table.possessive_suffixes}:
        return ent.start
    start = k
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
        if doc[start - 1].ent_type_:
            return ent.start  # "Google's Foundation": a name of its own owns the body
        start -= 1
    return start if start < k else ent.start


def body_after_title(doc: Doc, ent: Span, table: LanguageTable) -> int | None:
    """Where a body's name starts in an entity that is title words, an of-word with an article, and a
    name (« président de la N-VA », « secrétaire générale du Medef », "Director of the FBI"), else None.
    « président de Gaulle » is a name: « de » has no article."""
    i = ent.start
    while i < ent.end and doc[i].lower_.rstrip(".") in table.title_words:
        i += 1
    if i == ent.start or i + 1 >= ent.end or doc[i].lower_.replace("’", "'") not in table.of_words:
        return None
    of = doc[i].lower_.replace("’", "'")
    bare = of.endswith("'") or any(o.startswith(of + " ") for o in table.of_words)
    if of in table.determiners and not bare:  # « du », « des »: the article is in the word
        return i + 1
    after = doc[i + 1].lower_.replace("’", "'")
    if after in table.determiners and after not in table.of_words and i + 2 < ent.end:
        return i + 2
    return None


MAX_BODY_ADJECTIVES = 2  # adjectives between a noun for a business and the name after it


def named_by_body_noun(doc: Doc, ent: Span, table: LanguageTable) -> bool:
    """True for a one-word name right after a determiner and a noun for a business that is no noun for a
    person (« le groupe Aérostar », « la société Lumeria », "the firm Brightwave"; `company_nouns`): the
    business's name, whatever type the model gave it (« le ministre Dupont » is a person, « la famille
    Lacombe » a family's name)."""
    k = ent.start - 1
    # (past the adjectives after the noun: « le constructeur automobile Stellantis »)
    while (
        k > ent.start - 1 - MAX_BODY_ADJECTIVES
        and k >= 2
        and doc[k].pos_ == "ADJ"
        and doc[k - 1].pos_ in ("NOUN", "ADJ")
    ):
        k -= 1
    if len(ent) != 1 or k < 1 or doc[k].pos_ != "NOUN":
        return False
    if doc[k - 1].pos_ != "DET" and doc[k - 1].lower_ not in table.determiners:  # (« du groupe »)
        return False
    if table.lone_first_name(ent.text) is not None:
        return False  # « l'association Marie … » cut by the model: a first name says a person
    noun = doc[k]
    return is_company_noun(noun, table) and not is_person_noun(noun, table)


def named_after_outlet_noun(doc: Doc, ent: Span, table: LanguageTable) -> bool:
    """True for a name the model typed a work right after a determiner and a noun for a news outlet (a body
    words are said to: "the journal Nature Medicine", « le quotidien Le Temps », "the magazine Time"): the
    outlet's name. (Not any body noun: « la plateforme Mozaïk » is software.)"""
    k = ent.start - 1
    if k < 1 or doc[k].pos_ != "NOUN" or (doc[k - 1].pos_ != "DET" and doc[k - 1].lower_ not in table.determiners):
        return False
    noun = doc[k]
    outlet = any(
        w in table.organisation_nouns and w in table.audience_nouns for w in (noun.lower_, noun.lemma_.lower())
    )
    return outlet and not is_person_noun(noun, table)
