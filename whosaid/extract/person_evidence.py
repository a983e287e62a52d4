"""Evidence that proper nouns name a person whatever type the model gave them: a noun for a person
apposed to them, a first name after titles, an age apposed, a relative pronoun for people only.
Read by `names.join_cut_names`."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from whosaid.extract.nouns import is_company_noun, is_organisation_noun, is_person_noun
from whosaid.lang import LanguageTable


def apposed_person_noun(doc: Doc, ent: Span, table: LanguageTable) -> bool:
    """True when a noun for a person stands right after the name and its comma ("Laëtitia, infirmière",
    "Laetitia, a nurse")."""
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return False
    for tok in doc[ent.end + 1 : ent.end + 4]:
        if tok.pos_ == "NOUN":
            return is_person_noun(tok, table)
    return False


def apposed_to_person_noun(ent: Span, table: LanguageTable) -> bool:
    """True when the name is an apposition to a noun for a person ("the deputy ambassador, Dmitry
    Polyanskiy", « l'ambassadeur adjoint, Dmitri Polianski », "The Bishop of Leeds, …") or one stands
    apposed after it."""
    root = ent.root
    if root.dep_ in table.syntax.apposition and root.head.i < ent.start and root.head.pos_ in ("NOUN", "PROPN"):
        return is_person_noun(root.head, table)
    return apposed_person_noun(ent.doc, ent, table)


def apposed_untyped_name(doc: Doc, head: Token, table: LanguageTable) -> tuple[int, int] | None:
    """The token span of a name the model left untyped (or typed a place in part) whose head is apposed
    to a noun for a person: proper nouns and hyphens chained to `head`, one of them a first name of the
    lexicons; None otherwise."""
    if head.dep_ not in table.syntax.apposition or head.head.i >= head.i or not is_person_noun(head.head, table):
        return None

    def chained(k: int) -> bool:
        return 0 <= k < len(doc) and doc[k].head.i == head.i and (doc[k].pos_ == "PROPN" or doc[k].text == "-")

    start, end = head.i, head.i + 1  # "France-Élaine Duranceau" (the surname its head) or « Élaine Duranceau »
    while chained(start - 1):
        start -= 1
    while chained(end):
        end += 1
    words = [t for t in doc[start:end] if t.pos_ == "PROPN"]
    if len(words) < 2 or not any(table.lone_first_name(t.text) for t in words[:-1]):
        return None
    return start, end


def name_before_person_relative(doc: Doc, head: Token, table: LanguageTable) -> tuple[int, int] | None:
    """The token span of proper nouns (two or more, no organisation noun) that a relative pronoun for
    people only takes up with a verb in the singular ("Erling Haaland, who missed a penalty," typed a
    place or an organisation: "who" says a person); None otherwise."""
    if head.i + 2 >= len(doc) or doc[head.i + 1].text != "," or doc[head.i + 2].lower_ not in table.person_relatives:
        return None
    verb = doc[head.i + 2].head
    if verb.head.i != head.i or any(_plural_verb(v) for v in (verb, *(c for c in verb.children if c.pos_ == "AUX"))):
        return None  # "Manchester United, who have won" (a team, plural)
    start = head.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == head.i:
        start -= 1
    words = doc[start : head.i + 1]
    if len(words) < 2 or any(is_organisation_noun(t, table) for t in words):
        return None
    if start > 0 and doc[start - 1].pos_ == "ADP" and doc[start - 1].head.ent_type_ == table.model_label("PERSON"):
        return None  # "Evan Seigerman of BMO Capital Markets, who cut his rating": who is the analyst
    return start, head.i + 1


def _plural_verb(verb: Token) -> bool:
    """A finite verb whose form is no third person singular ("have", "are", "were")."""
    morph = verb.morph
    if morph.get("VerbForm") != ["Fin"] or morph.get("Number") == ["Sing"]:
        return False
    return morph.get("Number") == ["Plur"] or morph.get("Tense") == ["Pres"] or verb.lemma_ == "be"


def first_name_after_titles(ent: Span, table: LanguageTable) -> int | None:
    """Where a name of two proper nouns or more opens on a first name of the lexicons, past a determiner
    and title words ("the Rt Rev | Nick Baines", "Dmitry Polyanskiy"); None otherwise."""
    k = ent.start
    while k < ent.end and (ent.doc[k].pos_ == "DET" or ent.doc[k].lower_.rstrip(".") in table.title_words):
        k += 1
    rest = ent.doc[k : ent.end]
    if len(rest) < 2 or not all(t.pos_ == "PROPN" for t in rest) or table.lone_first_name(rest[0].text) is None:
        return None
    return k


def apposed_age(doc: Doc, ent: Span, table: LanguageTable) -> bool:
    """True when an age stands right after the name between commas ("Martine, 67 ans,", "Martha, 67,"):
    a number of years, with the language's word for them where it has one (`age_words`)."""
    k = ent.end
    if k + 2 >= len(doc) or doc[k].text != "," or not doc[k + 1].text.isdigit() or not 0 < int(doc[k + 1].text) < 120:
        return False
    k += 2
    if doc[k].lower_ in table.age_words:
        k += 1
    return k < len(doc) and doc[k].text in (",", ")")


def name_after_inner_title(ent: Span, table: LanguageTable) -> int | None:
    """Where a person's name starts inside an entity that holds a title word followed by proper nouns only,
    the first a first name of the lexicons and none a noun for a body ("District Judge | Rhys Morgan" typed
    an organisation); None otherwise."""
    doc = ent.doc
    for k in range(ent.start, ent.end - 2):
        if doc[k].lower_.rstrip(".") not in table.title_words:
            continue
        rest = doc[k + 1 : ent.end]
        if (
            # (a capitalised particle between proper nouns is the name's: "Bart De Wever")
            all(t.pos_ == "PROPN" or t.text[:1].isupper() and 0 < j < len(rest) - 1 for j, t in enumerate(rest))
            and table.lone_first_name(rest[0].text) is not None
            and not any(is_organisation_noun(t, table) for t in rest)
        ):
            return k + 1
    return None


def titled_before(doc: Doc, ent: Span, table: LanguageTable) -> bool:
    """True for two or three capitalised proper nouns (no noun for a body among them) that a noun for a
    person compounds with right before them ("shadow treasurer Angus Price", "Bernstein analyst Tomoko
    Ishida" typed an organisation): a title before a name says a person."""
    k = ent.start - 1
    if not 2 <= len(ent) <= 3 or k < 0 or doc[k].pos_ != "NOUN" or not (ent.start <= doc[k].head.i < ent.end):
        return False
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() and not is_organisation_noun(t, table) for t in ent):
        return False
    # (a noun for a business is none, whatever its last letters: "the drugmaker Pellucid Therapeutics")
    return is_person_noun(doc[k], table) and not is_company_noun(doc[k], table)


def before_thing_relative(doc: Doc, ent: Span, table: LanguageTable) -> bool:
    """True for a name a relative pronoun for no person takes up after its comma, the clause hung on the
    name ("Crestline Health, which runs 38 hospitals," typed a person: "which" says no one), and whose
    first word is no first name of the lexicons."""
    k = ent.end + 1
    if k >= len(doc) or doc[ent.end].text != "," or doc[k].lower_ not in table.thing_relatives:
        return False
    clause = doc[k].head
    return ent.start <= clause.head.i < ent.end and table.lone_first_name(ent[0].text) is None
