"""What a sentence says of the people in it, for the resolvers to read later: its main subject, the
titles given with a name ("le président russe Vladimir Poutine", "Timor Goksel, ancien porte-parole"),
the nouns an organisation was named with ("le quotidien Le Figaro") and the gender the text shows of a
person ("Mme Durand", "la ministre de la Culture Hélène Marchal").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from whosaid.extract.nouns import article_gender, is_person_noun
from whosaid.extract.sources import describe_speaker
from whosaid.extract.speaker_phrase import dislocated_subject
from whosaid.extract.syntax import (
    carried_name,
    content_words,
    ents_between,
    in_quotation,
    is_agent,
    np_tokens,
    phrase_opening,
    sent_of,
    subject_of,
)
from whosaid.findings import DocFindings, GenderCue, SentenceSubject, TitleLink
from whosaid.lang import LanguageTable

MAX_DISLOCATED = 8  # tokens into a sentence where a pronoun repeating its subject stands


def collect_sentence_facts(doc: Doc, sent: Span, table: LanguageTable, findings: DocFindings) -> None:
    """Record the sentence's main subject and every "title, Name" / "Name, title" pairing."""
    findings.sentences.append((sent.start_char, sent.end_char))
    root = sent.root
    subj = subject_of(root, table, hops=1)
    if subj is not None and in_quotation(subj):
        # "The minister was blunt: "We must act."": the parser made the quotation's verb the root; the
        # sentence's subject is the one before the colon that introduces it
        subj = _subject_before_colon(sent, table) or subj
    if subj is None:
        # "Joint par téléphone, Ferrandi, arrivé en juin, ne cachait pas …": the parser hung the subject on
        # a participle clause (or made that clause the root); with no subject of its own the sentence's
        # is the first subject of a verb in it, outside quotations and relative clauses
        subj = next(
            (
                t
                for t in sent
                if t.dep_ in table.syntax.subject
                and t.head.pos_ in ("VERB", "AUX")
                and t.head.dep_ not in table.syntax.relative_clause
                and t.lower_ not in table.relative_pronouns
                and not in_quotation(t)
                # (nor of a clause a subordinator opens: « …, parce qu'elle n'est pas autorisée à parler, … »)
                and not any(c.dep_ in table.syntax.mark for c in t.head.children if c.i < t.i)
            ),
            None,
        )
    if subj is None and sent[0].ent_type_ and sent[0].pos_ == "PROPN" and sent[0].head == root and root.pos_ == "VERB":
        # « Lactalis, premier collecteur du pays, n'a pas souhaité réagir » parsed with no subject and the
        # name hung on the verb as a modifier: the name that opens a sentence with no subject is its subject
        subj = sent[0]
    if subj is None and _verbless_subject(sent, table):
        # « Le gérant de l'entreprise, arrivé sur place, était sous le choc » parsed with the noun as the root
        # and the copula hung below it: the noun phrase that opens the sentence is its subject
        subj = root
    if subj is None:
        # « Greenwood, lui, a été discret »: the parser hung the name and the pronoun that repeats it on
        # the predicate; the name is the subject
        repeated = next(
            (
                dislocated_subject(t, table)
                for t in sent[:MAX_DISLOCATED]
                if t.pos_ == "PRON" and t.lower_ in table.person_pronouns and not in_quotation(t)
            ),
            None,
        )
        if repeated is not None:
            findings.subjects.append(
                SentenceSubject(start=sent.start_char, end=sent.end_char, position=repeated.start, mention=repeated)
            )
    label, colon = _label_before_colon(sent, table) if subj is None or in_quotation(subj) else (None, len(doc))
    if label is not None:
        # « Charles Roux, rapporteur général (Liot) : « … » »: a name with no verb before the colon that
        # opens a quotation labels who says it (the label ends at the colon)
        subj = label
    if subj is not None:
        subj = _named_second_subject(subj, table) or subj
        words = [t for t in np_tokens(subj, table) if t.i < colon]
        mention = describe_speaker(words, table, head=subj)
        if mention is not None:
            findings.subjects.append(
                SentenceSubject(
                    start=sent.start_char,
                    end=sent.end_char,
                    position=subj.idx,
                    mention=mention,
                    gender=article_gender(subj, table) or "",
                    passive=_passive_with_agent(subj.head, table),
                )
            )
    for ent in (e for e in ents_between(doc, sent.start, sent.end) if sent.start <= e.start and e.end <= sent.end):
        label = table.entity_labels.get(ent.label_)
        if label == "PERSON":
            keywords = _title_near(doc, ent, table)
            if keywords:
                findings.titles.append(TitleLink(person=(ent.start_char, ent.end_char), keywords=keywords))
            gender = gender_near(doc, ent, table)
            if gender:
                findings.genders.append(GenderCue(person=(ent.start_char, ent.end_char), gender=gender))
        if label in ("PERSON", "ORG", "PLACE"):
            # "le quotidien français Le Figaro": a later "le quotidien" means Le Figaro
            nouns, i = [], ent.start - 1
            while i >= sent.start and doc[i].pos_ in ("NOUN", "ADJ") and not doc[i].ent_type_:
                nouns.insert(0, doc[i])
                i -= 1
            if label == "PLACE" and not any(t.lemma_.lower() in table.company_nouns for t in nouns):
                continue  # (a name typed a place that the text calls a business, "the biotech firm Neuronix", is one)
            if nouns and i >= sent.start and doc[i].pos_ == "DET" and any(t.pos_ == "NOUN" for t in nouns):
                findings.titles.append(
                    TitleLink(
                        person=(ent.start_char, ent.end_char),
                        titled=False,
                        keywords=tuple(t.lemma_.lower() for t in nouns if t.pos_ == "NOUN"),
                    )
                )


def _passive_with_agent(verb: Token, table: LanguageTable) -> bool:
    """Whether a verb is passive with its agent said ("The case was sent to the court by Judge X"): its
    subject is not who acted (« Sa voisine est moins convaincue » has no agent: she is the one meant)."""
    if not any(c.dep_ in table.syntax.passive_aux for c in verb.children):
        return False
    return any(is_agent(t, table) for c in verb.children for t in (c, *c.children))


def _named_second_subject(subj: Token, table: LanguageTable) -> Token | None:
    """A name the parser made a second subject of the same verb, after a comma: the subject, the first
    phrase being said of it (« Autre avocat d'Yvan Colonna, Gilles Simeoni a appris … », "A former
    minister, Ann Roe has …")."""
    for c in subj.head.children:
        if c.dep_ not in table.syntax.subject or c.i <= subj.i:
            continue
        # (or a title the name hangs on: « Son directeur de thèse, le Pr Hicham Lamrani, a souligné »)
        name = carried_name(c, table)
        opens = phrase_opening(c)
        if (
            name is not None
            and table.entity_labels.get(name.ent_type_) in ("PERSON", "ORG")
            and opens > subj.right_edge.i
            and subj.doc[opens - 1].text == ","
        ):
            return c
    return None


def _verbless_subject(sent: Span, table: LanguageTable) -> bool:
    """Whether the sentence's root is the noun its first words name from an article and a copula or an
    auxiliary stands further in, which the parser hung below it: a clause parsed as a noun phrase (not a
    sentence that holds a quotation, whose label and colon say who speaks)."""
    root = sent.root
    opening = [t for t in sent if t.i < root.i]
    return (
        root.pos_ == "NOUN"
        and bool(opening)
        and opening[0].pos_ == "DET"
        and all(t.pos_ in ("DET", "ADJ", "NOUN", "NUM") for t in opening)  # "A school nurse"
        and any(t.i > root.i and (t.dep_ in table.syntax.copula or t.pos_ == "AUX") for t in sent)
        and not any(in_quotation(t) for t in sent)
    )


def _subject_before_colon(sent: Span, table: LanguageTable) -> Token | None:
    """The subject of a verb before the colon that opens a quotation in the sentence, or None."""
    colon = next((t.i for t in sent if t.text == ":" and not in_quotation(t)), None)
    if colon is None or not any(in_quotation(t) for t in sent.doc[colon + 1 : min(colon + 3, sent.end)]):
        return None
    return next(
        (
            t
            for t in sent.doc[sent.start : colon]
            if t.dep_ in table.syntax.subject and t.head.i < colon and t.lower_ not in table.relative_pronouns
        ),
        None,
    )


def _opens_person(doc: Doc, i: int, table: LanguageTable) -> bool:
    return doc[i].ent_iob_ == "B" and table.entity_labels.get(doc[i].ent_type_) == "PERSON"


def _label_before_colon(sent: Span, table: LanguageTable) -> tuple[Token | None, int]:
    """The first person or organisation named before the colon that opens a quotation in the sentence,
    when no verb stands there (the label of a roundup of reactions), and the colon's index; (None, end
    of the Doc) otherwise."""
    doc = sent.doc
    colon = next((t.i for t in sent if t.text == ":" and not in_quotation(t)), None)
    # (the parser may end the sentence on the opening mark)
    opened = colon is not None and colon + 1 < len(doc) and doc[colon + 1].text in table.openers
    if colon is None or not (opened or any(in_quotation(t) for t in doc[colon + 1 : min(colon + 3, sent.end)])):
        return None, len(doc)
    if any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start : colon]):
        return None, len(doc)
    named = (
        e.root
        for e in ents_between(doc, sent.start, colon)
        if table.entity_labels.get(e.label_) in ("PERSON", "ORG") and not in_quotation(e.root)
    )
    root = next(named, None)
    return (root, colon) if root is not None else (None, len(doc))


def _title_near(doc: Doc, ent: Span, table: LanguageTable) -> tuple[str, ...]:
    """Title words next to a person's name: before it ("le président russe Vladimir Poutine"), or as an
    apposition after it ("Timor Goksel, ancien porte-parole de la FINUL")."""
    ok = ("NOUN", "ADJ", "DET", "ADP", "PROPN", "CCONJ")
    before, i, first = [], ent.start - 1, sent_of(ent[0]).start
    if i >= first and doc[i].text == ",":
        i -= 1
    if i >= first and doc[i].lower_ in table.addressee_prepositions:
        i = first - 1  # "a affirmé la ministre à Jean Dupont": whom it was said to, not the title's holder
    if i >= first and doc[i].lower_.replace("’", "'") in table.of_words:
        i = first - 1  # "l'avocate de Yassine B.", "the lawyer of John Roe": someone else's title
    while i >= first:
        if doc[i].text == ")" and i - 2 >= first and doc[i - 2].text == "(":
            i -= 3  # "l'ancien directeur du Fonds rural (FPER), Mathieu Kalonji": an acronym aside
            continue
        if doc[i].pos_ not in ok:
            break
        if doc[i].ent_type_ and table.entity_labels.get(doc[i].ent_type_) == "PERSON":
            # « Le PDG d'Aérostar, Guillaume Mercier »: a one-word name the model typed a person, after an
            # of-word, is the title's complement (a company); the title is the apposed name's. Not for a
            # person's full name (« L'avocate de Yassine B., Me X »: measured, `dev3` French lost a quote)
            one_word = doc[i].ent_iob_ == "B"
            if not (before == [] and one_word and i > first and doc[i - 1].lower_.replace("’", "'") in table.of_words):
                break
            before = list(doc[i - 1 : i + 1])
            i -= 2
            continue
        before.insert(0, doc[i])
        i -= 1
    # "But Councilor Rene Gonzalez argued": the model typed the title with the name; its words are a title too
    k = ent.start
    while k < ent.end - 1 and _is_title_word(doc[k], table):
        before.append(doc[k])
        k += 1
    after, i = [], ent.end
    if i < sent_of(ent[0]).end and doc[i].text == ",":
        i += 1
        while (
            i < sent_of(ent[0]).end
            and (doc[i].pos_ in ok or doc[i].lower_ in table.possessive_suffixes)
            and doc[i].text != ","
            # (« Yassine B., Me Catherine X »: another person's name, and the title word that opens it, are theirs)
            and not _opens_person(doc, i, table)
            and not (not after and i + 1 < len(doc) and _opens_person(doc, i + 1, table))
        ):
            # "Hendra Saputra, the country's investment minister": the title is what follows the possessor
            after = [] if doc[i].lower_ in table.possessive_suffixes else [*after, doc[i]]
            i += 1
        if after and opens_next_name(doc, after[-1].i, table):
            after = []  # "Louis, la présidente de l'UCD, Me Clarisse Nzé Mintsa": the title of the name after
    words = []
    for side in (before, after):
        if any(
            t.lower_.replace("’", "'") in table.title_words
            or t.lemma_.lower() in table.title_words
            # « le Slovène Tadej Pogačar », "the Norwegian Erling Haaland": a nationality is a title too
            or t.text[:1].isupper()
            and t.lower_ in table.demonyms
            for t in side
        ):
            words.extend(content_words(side, table))
    return tuple(dict.fromkeys(words))


def _is_title_word(token: Token, table: LanguageTable) -> bool:
    return token.lower_.rstrip(".").replace("’", "'") in table.title_words or token.lemma_.lower() in table.title_words


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
    titles = [t for t in titles if not opens_next_name(doc, t.right_edge.i, table)]
    for title in titles:
        if title.pos_ == "NOUN" and is_person_noun(title, table):  # not "la fondation, Me X"
            gender = article_gender(title, table, adjectives=False)  # (the title's article only, for a name)
            if gender:
                return gender
    return None


def opens_next_name(doc: Doc, last: int, table: LanguageTable) -> bool:
    """True when a title phrase ending at token `last` is followed by a comma and a person's name: set
    between two names, it is the title of the one after ("le quartier de Louis, la présidente de l'UCD,
    Me Clarisse Nzé Mintsa"; "near Paul Dubois, the mayor, Anne Roy said"), not of the one before."""
    i = last + 1
    if i + 1 >= len(doc) or doc[i].text != ",":
        return False
    following = doc[i + 1]
    return following.ent_iob_ == "B" and table.entity_labels.get(following.ent_type_) == "PERSON"
