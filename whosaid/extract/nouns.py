"""What a word is, for who can speak: person, organisation and speaking nouns of the language tables,
the gender an article shows, grammatical number, acronyms and the words an article names someone with.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from whosaid.extract.syntax import context_of, doc_ents
from whosaid.lang import LanguageTable


def is_acronym(word: str) -> bool:
    """ "ARS", "CNA", "FDA": capitals only, at least two letters."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


GENDERS = {"Fem": "fem", "Masc": "masc"}  # Universal Dependencies' Gender feature


MIN_STEM = 3  # letters of a man's noun a feminine ending is added to (« élu » -> « élue »)


def article_gender(noun: Token, table: LanguageTable, *, adjectives: bool = True) -> str | None:
    """The gender a noun's article shows ("la ministre", "le général"); elided ("l'") and possessive
    ("son") determiners show none, and neither does the model's guess for the noun itself. Without one, a
    person noun in one of the language's `feminine_suffixes` whose lemma differs (« l'agricultrice »,
    lemma « agriculteur ») is a woman's, and so is one that is a man's person noun with a `feminine_endings`
    ending added (« l'élue », « l'échevine »). With `adjectives`, an adjective before the noun where the
    article shows none (« l'ancien militaire »: `_adjective_gender`)."""
    if noun.lower_ in table.gendered_titles:
        return table.gendered_titles[noun.lower_]
    for det in noun.children:
        elided = det.text.endswith(("'", "’"))
        if det.pos_ == "DET" and det.i < noun.i and "Art" in det.morph.get("PronType") and not elided:
            found = {GENDERS[g] for g in det.morph.get("Gender") if g in GENDERS}
            if len(found) == 1:
                return found.pop()
    shown = _adjective_gender(noun, table) if adjectives else None
    if shown is not None:
        return shown
    if (
        noun.lower_.endswith(table.feminine_suffixes)
        and noun.lower_ != noun.lemma_.lower()
        and is_person_noun(noun, table)
    ):
        return "fem"  # « l'agricultrice », « l'infirmière »: an ending only a woman's title takes (its lemma the man's)
    low = noun.lower_
    stems = [low[: -len(ending)] for ending in table.feminine_endings if low.endswith(ending)]
    # (a stem of a few letters at least: « Me » is no « M. » made feminine)
    if any(
        len(stem) >= MIN_STEM and (stem == noun.lemma_.lower() or table.names_a_person(stem)) for stem in stems
    ) and is_person_noun(noun, table):
        return "fem"  # « l'élue », « l'échevine »: the man's noun (« élu », « échevin ») with the feminine ending
    return None


def _adjective_gender(noun: Token, table: LanguageTable) -> str | None:
    """The gender an adjective before the noun shows where its article shows none (« l'ancien militaire »,
    « l'ancienne ministre »): a form with a feminine ending its lemma lacks is a woman's; the lemma's own
    form, with no such ending, a man's. Languages with no `feminine_endings` show none this way."""
    endings = tuple(table.feminine_endings)
    if not endings:
        return None
    for adj in (c for c in noun.children if c.pos_ == "ADJ" and c.i < noun.i):
        low, lemma = adj.lower_, adj.lemma_.lower()
        if low.endswith(endings) and not lemma.endswith(endings):
            return "fem"
        if low == lemma and not low.endswith(endings):
            return "masc"
    return None


def is_company_noun(token: Token, table: LanguageTable) -> bool:
    """A noun for a business ("the drugmaker", « le groupe »: the table's `company_nouns`)."""
    return token.lower_ in table.company_nouns or token.lemma_.lower() in table.company_nouns


def is_organisation_noun(token: Token, table: LanguageTable) -> bool:
    """A noun for a body that can speak ("ministère", "agency", "a research group")."""
    return (
        token.lower_.replace("’", "'") in table.organisation_nouns or token.lemma_.lower() in table.organisation_nouns
    )


def grammatical_number(head: Token, table: LanguageTable) -> str:
    """ "plur" for a plural noun (by its morphology, or its fine tag where the model has no Number), else
    "sing". A determiner that shows a number decides for a noun whose form is the same in both (« le
    Français », « les Français »)."""
    shown = next(
        (
            c.morph.get("Number")[0]
            for c in head.children
            if c.i < head.i and c.pos_ == "DET" and len(c.morph.get("Number")) == 1
        ),
        None,
    )
    if shown is not None:
        return "plur" if shown == "Plur" else "sing"
    return "plur" if head.morph.get("Number") == ["Plur"] or head.tag_ in table.syntax.plural_tags else "sing"


def is_person_noun(token: Token, table: LanguageTable) -> bool:
    """A noun that names a person or a role people hold ("ministre", "commerçante", "witness"): the
    language's title and role words, and its person-noun lexicon."""
    return table.names_a_person(token.lower_) or table.names_a_person(token.lemma_.lower())


def can_speak(head: Token, table: LanguageTable) -> bool:
    """Whether a common noun can be a speaker: a person or a role ("témoins", "officials"), an
    organisation ("le ministère", "the agency") or a document ("the report"), by the language's
    lexicons. Without the person-noun lexicon installed nothing is ruled out."""
    acronym = head.text.isupper() and len(head.text) > 1  # "WHO say …"
    capitalised = acronym or head.text[:1].isupper() and not head.is_sent_start  # "According to Rathbun"
    # "Wilkins observed that …" at a sentence's start, tagged a plural noun: a word the article names a
    # person or an organisation with elsewhere is a name
    named = head.text[:1].isupper() and head.text in name_words(head.doc, table)
    if head.pos_ == "PROPN" or capitalised or named or not table.lexicon("person_nouns"):
        return True  # a name can speak ("the Herald"); without the lexicon nothing is ruled out
    words = table.speaking_nouns
    forms = {head.lower_.replace("’", "'"), head.lemma_.lower()}
    forms |= {f[: -len(s)] for f in tuple(forms) for s in table.plural_suffixes if f.endswith(s)}
    return not forms.isdisjoint(words) or any(table.names_a_person(f) for f in forms)


def name_words(doc: Doc, table: LanguageTable) -> frozenset:
    """The words of the Doc's person and organisation names, found once per extraction."""
    context = context_of(doc)
    found = context.get("name_words")
    if found is None:
        found = context["name_words"] = frozenset(
            t.text
            for ent in doc_ents(doc)
            if table.entity_labels.get(ent.label_) in ("PERSON", "ORG")
            for t in ent
            if t.text[:1].isupper()
        )
    return found


def mute_subject(verb: Token, table: LanguageTable) -> bool:
    """Whether a verb's subject is a common noun that cannot speak ("the strike", "the measure"): a speech
    verb it seems to govern belongs to someone else."""
    return any(c.dep_ in table.syntax.subject and c.pos_ == "NOUN" and not can_speak(c, table) for c in verb.children)
