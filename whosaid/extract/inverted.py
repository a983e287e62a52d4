"""The inverted subject of an incise: the noun phrase after a cue verb ("…, a indiqué le procureur de la
République, Koffi N'Guessan", '"…," said the minister') and the person's name apposed at a phrase's end.
Split from `whosaid.extract.syntax`, whose token helpers it reads."""

from __future__ import annotations

from spacy.tokens import Token

from whosaid.extract.syntax import (
    is_present_participle,
    is_time_word,
    qualifying_participle,
    sent_of,
)
from whosaid.lang import LanguageTable

MAX_APPOSED_TITLE_WORDS = 4  # words of a title apposed before a name (", le chef d'escadron Yann Le Goff")
MAX_PHRASES_BEFORE_SUBJECT = 3  # prepositional phrases between an incise's verb and its inverted subject


def tail_np(verb: Token, table: LanguageTable) -> list[Token]:
    """The words right after a verb up to punctuation: the inverted subject of an incise."""
    doc, tail, sent_end = verb.doc, [], sent_of(verb).end
    for tok in doc[verb.i + 1 : sent_end]:
        if tok.is_punct and tok.text not in "-'’":
            break
        if tail and is_present_participle(tok) and any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in tail):
            # "a déclaré la présidente en levant l'audience", "said the judge speaking from the bench":
            # what the speaker was doing, not who they are
            tail = [t for t in tail if t.i < tok.left_edge.i] or tail
            break
        tail.append(tok)
    if tail:
        # "…, a déclaré l'envoyée spéciale de l'ONU, Ingrid Haldorsen, qui …": the apposed name belongs
        tail = with_apposed_name(tail, table)
    # skip adverbs, clitics and words of time between verb and subject ("indique aujourd'hui les services
    # de …", "a indiqué lundi l'Université …")
    while tail and (
        tail[0].pos_ in ("ADV",)
        or tail[0].lower_ in table.euphonic_clitics
        or is_time_word(tail[0], table)
        # (the day of a date: « a expliqué mercredi 19 novembre à franceinfo X »)
        or tail[0].like_num
        and len(tail) > 1
        and is_time_word(tail[1], table)
    ):
        tail.pop(0)
    timed = bool(tail) and tail[0].i > verb.i + 1  # words of time skipped before the subject
    skipped = tail
    for _ in range(MAX_PHRASES_BEFORE_SUBJECT):
        if len(skipped) < 2 or skipped[0].pos_ != "ADP":
            break
        # the addressee or circumstances before the subject ("ont indiqué à l'AFP des sources
        # sécuritaires", « a affirmé en entrevue avec La Presse la directrice … »): skip the phrases
        # prepositions open when a noun phrase follows them
        noun = skipped[0].head if skipped[0].head.i > skipped[0].i else next(iter(skipped[0].children), None)
        last = noun.i if noun is not None else len(doc)
        while (
            noun is not None
            and noun.ent_type_
            and last + 1 < sent_end
            and doc[last + 1].ent_iob_ == "I"
            # (not a name the parser apposed to it, which the model ran on: « à l'AFP Mohamed Ramadane »)
            and not (doc[last + 1].dep_ in table.syntax.apposition and doc[last + 1].head.i <= last)
        ):
            last += 1  # « sur Europe 1 », « sur Radio Classique »: the whole name the preposition opens
        skipped = [t for t in skipped if t.i > last]
        if skipped and skipped[0].pos_ in ("DET", "PROPN", "NOUN"):
            tail = skipped
            break
    if tail and tail[0].pos_ == "PRON":
        return tail[:1]  # "a-t-il ajouté dans une tribune": the speaker is "il"
    tail = _one_phrase(verb, tail, table)
    if tail and (tail[0].pos_ in ("DET", "PROPN", "NOUN") or tail[0].ent_type_ or timed and _article(tail[0])):
        return tail
    return []


def _article(tok: Token) -> bool:
    """An article the tagger made a preposition (« ont indiqué jeudi des responsables »: « des » is the
    plural indefinite article, its morphology says so; only after a word of time, since « se sont
    félicités du résultat » has a preposition and an article in one word)."""
    return "Art" in tok.morph.get("PronType")


def _one_phrase(verb: Token, tail: list[Token], table: LanguageTable) -> list[Token]:
    """The inverted subject is one noun phrase: it ends where a phrase the parser hung on the verb itself
    begins (« a salué le président français à propos de l'Espagne », "said the mayor about the vote"): a
    preposition after a noun of the subject, hung with its noun on the verb; not an agent (« des habitants
    joints par téléphone »), which belongs to the subject."""
    for k, tok in enumerate(tail):
        if k == 0 or tok.pos_ not in ("ADP", "ADV") or not any(t.pos_ in ("NOUN", "PROPN") for t in tail[:k]):
            continue
        if tok.pos_ == "ADV":
            # « a annoncé la direction lors d'un comité »: an adverbial of the verb's own; not before the
            # holder's name (« le procureur de la République près le tribunal de Lyon, Paul Garnier »)
            if tok.head.i == verb.i and not any(t.pos_ == "PROPN" and t.ent_type_ for t in tail[k + 1 :]):
                return tail[:k]
            continue
        if tok.lower_ in table.agent_prepositions:
            continue  # « des habitants joints par téléphone »: the agent of a participle of the subject
        if tok.text[:1].isupper() and tail[k - 1].pos_ == "PROPN" and _next_is_proper(tok):
            continue  # "Bart De Wever", "Luiz Inácio Da Silva": a capitalised particle between names is the name's
        noun = tok.head  # the preposition hangs on its noun (« propos ») or heads it ("about")
        if tok.head.i == verb.i or noun.i > tok.i and noun.head.i == verb.i:
            return tail[:k]
    return tail


def _next_is_proper(tok: Token) -> bool:
    """True when the word after `tok` is a proper noun."""
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "PROPN"


def with_apposed_name(tokens: list[Token], table: LanguageTable) -> list[Token]:
    """A phrase and the person's name apposed at its end ("a annoncé le procureur de la République près
    le tribunal d'Abidjan, Koffi N'Guessan."): it runs on to the name when only the title's own
    complements (no verb, no punctuation) lie before the comma, and nothing but the name after it."""
    doc, sent_end = tokens[0].doc, sent_of(tokens[-1]).end
    k = tokens[-1].i + 1
    while (
        k < sent_end
        and doc[k].text != ","
        and not doc[k].is_punct
        and (doc[k].pos_ not in ("VERB", "AUX") or qualifying_participle(doc[k], table))
    ):
        k += 1
    if k + 1 >= sent_end or doc[k].text != ",":
        return tokens
    name = k + 1
    # ", le juge Norbert Kabeya", ", the judge Ann Roe", ", epidemiologist Ann Roe": a title may open the
    # apposition, with its determiner or without one (the English press drops it)
    if name < sent_end:
        opening = name + int(doc[name].lower_ in table.determiners)
        title = opening
        # (a noun for a person, whatever the tagger made of it: "epidemiologist" was a verb; a name must follow)
        while title < sent_end and doc[title].lower_ in table.person_words:
            title += 1
        if title == opening and title + 1 < sent_end and doc[title].pos_ == "NOUN":
            # ", l'écologue Mathieu Lefranc,": a noun the lexicons lack, right before a person's name
            after = doc[title + 1]
            title += int(table.entity_labels.get(after.ent_type_) == "PERSON" and after.ent_iob_ == "B")
        if title < sent_end and table.entity_labels.get(doc[title].ent_type_) != "PERSON" and title > opening:
            # ", le chef d'escadron Yann Le Goff": a title with a complement of its own, up to the name
            run = title
            while (
                run < sent_end
                and run - name <= MAX_APPOSED_TITLE_WORDS
                and not doc[run].is_punct
                and doc[run].pos_ not in ("VERB", "AUX", "PROPN")
            ):
                run += 1
            if run < sent_end and table.entity_labels.get(doc[run].ent_type_) == "PERSON" and doc[run].ent_iob_ == "B":
                title = run
        if title > opening:
            name = title
    end = name
    while end < sent_end and table.entity_labels.get(doc[end].ent_type_) == "PERSON":
        end += 1
    titled = any(t.pos_ == "NOUN" and table.names_a_person(t.lower_) for t in tokens)
    if end == name and titled and doc[name].ent_iob_ == "B" and doc[name].pos_ in ("PROPN", "NOUN"):
        # « a déclaré sa coprésidente, Nageate Belahcen » with the name typed a place: two capitalised
        # proper nouns or more, apposed to a noun for a person, are that person's name (the first may be
        # tagged a noun: « le président de la CEI, Ibrahime Kuibiert Coulibaly », typed a body)
        end += int(doc[name].text[:1].isupper())
        while end < sent_end and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and doc[end].ent_type_:
            end += 1
        end = end if end - name >= 2 else name
    if end == name or (end < sent_end and not doc[end].is_punct):
        return tokens  # no name after the comma, or more than a name
    return list(doc[tokens[0].i : end])
