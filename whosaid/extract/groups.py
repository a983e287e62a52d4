"""Who a noun phrase stands for when it is not itself the speaker's name: one member of a group ("one of
them", « l'un des manifestants »), the group a quantity counts ("dozens of lawmakers"), an organisation
named after a person ("the Harlow campaign", « le camp Marchetti »). Read by `whosaid.extract.sources`
and `whosaid.extract.speaker_phrase`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from whosaid.extract.nouns import can_speak, is_organisation_noun
from whosaid.extract.syntax import lower_form
from whosaid.lang import LanguageTable


def member_of_them(head: Token, table: LanguageTable) -> bool:
    """ "one of them", « l'un d'eux », « l'une d'elles »: a partitive head with a plural pronoun after
    of/de."""
    if lower_form(head).replace("’", "'") not in table.partitive_heads:
        return False
    return any(
        lower_form(t) in table.person_pronouns and table.person_pronouns[lower_form(t)] == "plur"
        for child in head.rights
        for t in child.subtree
        if t.pos_ == "PRON"
    )


def partitive_group(head: Token, table: LanguageTable) -> Token | None:
    """The group noun of a partitive head ("one of the plaintiffs", « l'un des manifestants »): the
    first noun after the head, in its phrase, when it can speak; else None."""
    if lower_form(head).replace("’", "'") not in table.partitive_heads:
        return None
    group = next((t for t in head.subtree if t.i > head.i and t.pos_ == "NOUN"), None)
    return group if group is not None and can_speak(group, table) else None


def counted_group(head: Token, table: LanguageTable) -> Token | None:
    """The group noun a quantity counts ("dozens of lawmakers", « une vingtaine de députés »): the first
    noun in the quantity's phrase, when it can speak; else None."""
    if lower_form(head) not in table.quantity_nouns and head.lemma_.lower() not in table.quantity_nouns:
        return None
    group = next((t for t in head.subtree if t.i > head.i and t.pos_ == "NOUN"), None)
    return group if group is not None and can_speak(group, table) else None


def named_after(head: Token, names: list[Span], table: LanguageTable) -> bool:
    """True when the phrase's head is an organisation noun and a name modifies it: before it ("the
    Harlow campaign", "Park's office") or, for a person, as its nominal modifier ("le camp Marchetti"),
    with no comma between ("the chief executive, Mads Kjaergaard" is the person; "le quotidien Le
    Figaro" is named Le Figaro)."""
    if any(p.start <= head.i < p.end for p in names):
        return False
    if not is_organisation_noun(head, table) or head.lower_ in table.title_words:
        return False  # "South Moor Water's chief executive": a title, a person of the organisation
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
