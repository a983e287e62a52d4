"""Where a speaker phrase stops: the channel the words went through or whom they were said to
("l'hôpital dans un communiqué", "Jean Roux au Monde") are cut off, the name a comma sets after a
complement so cut is kept. Used by `speaker_phrase` on the cue's subject and on an inverted one.
"""

from __future__ import annotations

from spacy.tokens import Token

from whosaid.extract.inverted import with_apposed_name
from whosaid.extract.nouns import is_organisation_noun, is_person_noun
from whosaid.lang import LanguageTable


def _pp_noun(prep: Token) -> Token | None:
    """The noun a preposition introduces: its head ("au" <- "Parisien") or its object ("to" -> "reporters")."""
    for tok in (prep.head, *prep.children):
        if tok.i > prep.i and tok.pos_ in ("NOUN", "PROPN", "PRON"):
            return tok
    return None


def without_channel(tokens: list[Token], head: Token | None, table: LanguageTable) -> list[Token]:
    """A speaker phrase ends where the cue's channel or addressee begins: what the words were said in
    or how ("l'hôpital dans un communiqué", "the agency in a statement", "une source sous couvert
    d'anonymat") and whom they were said to ("Bolden to
    the gathered crowd", "le ministre à la presse", "Jean Roux au Monde": a person's name is complete)
    tell how and to whom, never who."""
    # « ce dernier », "the latter": a pronoun of two words is the head
    pronoun = len(tokens) > 1 and f"{tokens[0].lower_} {tokens[1].lower_}" in table.person_pronouns
    if pronoun:
        head = tokens[1]
    if head is None:
        head = next((t for t in tokens if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if head is None:
        return tokens
    pronoun = pronoun or head.pos_ == "PRON"
    in_name = head.ent_type_ and table.entity_labels.get(head.ent_type_) == "PERSON"
    # a body takes no place after "à"/"to" (« le parquet au Parisien », the outlet typed a place) unless
    # it represents someone there (« l'ambassade de France à Abidjan »); a title may (« l'ambassadeur au
    # Canada »)
    body = (
        head.pos_ == "NOUN"
        and is_organisation_noun(head, table)
        and not is_person_noun(head, table)
        and not any(c.lower_.replace("’", "'") in table.of_words for t in head.children for c in t.children)
    )
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
        # in what, or how: "dans un communiqué", "sous couvert d'anonymat", "on condition of anonymity"
        channel = any(
            t.lower_ in table.channel_nouns or t.lemma_.lower() in table.channel_nouns
            for t in noun.subtree
            if t.pos_ == "NOUN"
        )
        # whom it was said to: an audience noun, anyone after a person's complete name, or a person or
        # organisation named after the phrase ("le directeur du port à Claire Vasseur", "the ministry to
        # Reuters"); a place may be part of a title ("l'ambassadeur de France à Washington") and stays
        named = table.entity_labels.get(noun.ent_type_) in ("PERSON", "ORG") or body and noun.text[:1].isupper()
        # (a pronoun takes no complement: « a raconté ce dernier à La Dépêche du Midi »)
        addressee = tok.lower_ in table.addressee_prepositions and (
            low in table.audience_nouns or lemma in table.audience_nouns or in_name or named or pronoun
        )
        # before whom or when: « le dirigeant devant les investisseurs », « l'élu lors du conseil », "the
        # minister before the committee"
        occasion = tok.lower_ in table.occasion_prepositions or opens.lower_ in table.occasion_prepositions
        if channel or addressee or occasion:
            kept = [t for t in tokens if t.i < opens.i]
            while kept and (kept[-1].is_punct or kept[-1].is_space):
                kept.pop()
            if not kept:
                return tokens
            # « Le ministre délégué aux Transports, Philippe Tabarot, a jugé »: the name a comma sets after
            # the complement cut off is who speaks (within the phrase)
            named = with_apposed_name(kept, table)
            return named if len(named) > len(kept) and named[-1].i <= tokens[-1].i else kept
    return tokens
