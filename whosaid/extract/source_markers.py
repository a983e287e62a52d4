"""Source markers: "selon X, P", "P, selon X", "According to X, P", « Pour X, P »: the source, what an
apposition or relative clause between commas says of it, a relayed source ("according to A, quoting B"),
and the proposition reported."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from whosaid.extract.content import MIN_INDIRECT_CHARS, classify
from whosaid.extract.cues import is_cue_verb
from whosaid.extract.marks import QuoteMark
from whosaid.extract.nouns import is_organisation_noun, is_person_noun
from whosaid.extract.sources import content_words, describe_speaker
from whosaid.extract.syntax import (
    context_of,
    doc_text,
    first_word_index,
    indices_of_words,
    phrase_root,
    subject_of,
    trim_content,
)
from whosaid.lang import LanguageTable

SOURCE_STOPS = (",", ";", ":", ".", "!", "?", "(", ")")  # where the source after "selon" ends
MAX_APPOSED_NAME = 5  # tokens of a name apposed to a source ("Selon le président du CERN, Michel Spiro, P")
MAX_SOURCE_APPOSITION = 12  # tokens of what is said of a source between commas ("Pour X, pédiatre au CHU, P")
MAX_SOURCE_WITHOUT_COMMA = 6  # longer sources with no comma after them are cut where the parse says
MAX_SOURCE_WORDS = 16  # words of a source, punctuation not counted
MAX_RELAYED_SOURCE = 12  # tokens of the original source in "according to A, quoting B, P"
MAX_PARENTHESIS = 8  # tokens of a parenthesis after a source ("(LR)", "(D-Maine)", "(Parti socialiste)")


def governed_noun(doc: Doc, first: int, length: int, table: LanguageTable) -> Token | None:
    """The noun a source marker governs: its object ("to" -> pobj) or its head ("selon" <- case)."""
    marker_tokens = doc[first : first + length]
    for tok in marker_tokens:
        for child in tok.children:
            if child.dep_ in table.syntax.marker_object and child.i >= first + length:
                return child
    head = marker_tokens[0].head
    return head if head.i >= first + length and head.pos_ in ("NOUN", "PROPN", "PRON") else None


def _source_apposition_end(
    doc: Doc, comma: int, sent: Span, table: LanguageTable, *, bodies: bool = True
) -> int | None:
    """The comma closing what a source's apposition says of it, after the comma at `comma`: a relative
    clause ("qui a rencontré les grévistes", "who met the strikers") or a noun phrase with no finite verb
    whose first noun names a person ("pédiatre infectiologue au CHU", "a pediatrician employed at the
    hospital").
    None when the words after the comma are something else (the statement itself)."""
    k = comma + 1
    while k < sent.end and k - comma <= MAX_SOURCE_APPOSITION:
        if doc[k].text == "(":
            # "président du Conseil interprofessionnel du vin de Bordeaux (CIVB), P": an acronym or a
            # party in brackets belongs to what is said of the source
            close = next((j for j in range(k + 1, min(sent.end, k + MAX_PARENTHESIS)) if doc[j].text == ")"), None)
            if close is None:
                break
            k = close + 1
            continue
        if doc[k].text in SOURCE_STOPS:
            break
        k += 1
    if k + 1 >= sent.end or doc[k].text != "," or k == comma + 1:
        return None
    words = doc[comma + 1 : k]
    if words[0].lower_ in table.relative_pronouns:
        return k
    # a participle qualifies the noun ("a nurse employed at the hospital"), a finite verb makes a clause;
    # a person noun the tagger took for a participle is still one (« préposée depuis quinze ans »)
    if any(t.pos_ in ("VERB", "AUX") and "Part" not in t.morph.get("VerbForm") for t in words):
        return None
    if words[0].lower_.replace("’", "'") in table.of_words and any(
        t.ent_type_ and table.entity_labels.get(t.ent_type_) == "ORG" or is_organisation_noun(t, table) for t in words
    ):
        return k  # « Carlos Mendes, de la Fondation Getulio Vargas, », "X, of the Brookings Institution,": whose
    if (
        words[0].pos_ == "VERB"
        and "Part" in words[0].morph.get("VerbForm")
        and words[0].lower_ not in table.relay_markers
    ):
        # « interrogé par La Provence », "speaking to reporters": how the source spoke, said of it ("quoting Y"
        # relays another source)
        return k
    # (or for an adjective, as the apposition's first word: « économiste à l'OFCE » tagged ADJ)
    noun = next(
        (
            t
            for t in words
            if t.pos_ in ("NOUN", "PROPN")
            or t.pos_ == "VERB"
            and is_person_noun(t, table)
            or t.pos_ == "ADJ"
            and t.i == comma + 1
            and is_person_noun(t, table)
        ),
        None,
    )
    if noun is not None and noun.pos_ != "PROPN" and is_person_noun(noun, table):
        return k  # a person: "pédiatre au CHU"
    # a body: "a research group", « un institut indépendant » (not after a name set beside the source,
    # where the next phrase between commas is more likely said of the subject of P); described, not
    # named: no definite article, no name ("le Conseil national syrien, …, a appelé" is P's subject)
    described = not (words[0].pos_ == "DET" and "Def" in words[0].morph.get("Definite")) and not any(
        t.ent_type_ or t.pos_ == "PROPN" for t in words
    )
    body = any(t.pos_ == "NOUN" and is_organisation_noun(t, table) for t in words)
    return k if bodies and described and body else None


def reports_its_own_speaker(sent: Span, start: int, table: LanguageTable) -> bool:
    """Whether the clause from token `start` (what an opinion marker would introduce: « Pour la défense,
    Me X a plaidé la relaxe ») has a cue for its main verb, with its own subject there, someone (a name,
    a pronoun, a noun for a person or a body; « le projet a dit son dernier mot » is still X's view): it
    reports its own speaker's words, and the marker says whom they serve, not whose they are. (The parser
    may make the marker's phrase a root of its own: the clause's top words are those whose head lies
    outside it.)"""
    doc = sent.doc
    tops = [t for t in doc[start : sent.end] if t.head.i == t.i or not start <= t.head.i < sent.end]
    return any(
        is_cue_verb(t, table)
        and (subject := subject_of(t, table)) is not None
        and subject.i >= start
        and (
            subject.pos_ in ("PROPN", "PRON") or is_person_noun(subject, table) or is_organisation_noun(subject, table)
        )
        for t in tops
    )


def source_marker_quotes(doc: Doc, sent: Span, table: LanguageTable, marks: list[QuoteMark]) -> Iterator[tuple]:
    """Yield add() arguments for "selon X, P", "P, selon X" and "According to X, P"."""
    context = context_of(doc)
    firsts = context.get("marker_firsts")
    if firsts is None:
        # where the markers' first words stand in the Doc, read once from its array of forms
        heads = {m[0].replace("’", "'") for m in (*table.source_markers, *table.initial_source_markers) if m}
        firsts = context["marker_firsts"] = indices_of_words(doc, heads | {w.replace("'", "’") for w in heads})
    k = bisect.bisect_left(firsts, sent.start)
    if k == len(firsts) or firsts[k] >= sent.end:
        return  # no marker's first word in this sentence
    text = doc_text(doc)
    words = [t.lower_.replace("’", "'") for t in sent]
    markers = [(m, False) for m in table.source_markers] + [(m, True) for m in table.initial_source_markers]
    first_word = first_word_index(doc, sent, table)
    at: dict[str, list[int]] = {}  # word -> where it stands: a marker is looked for where its first word is
    for k, word in enumerate(words):
        at.setdefault(word, []).append(k)
    for marker, initial_only in markers:
        marker = tuple(w.replace("’", "'") for w in marker)
        for k in at.get(marker[0], ()):
            if tuple(words[k : k + len(marker)]) != marker:
                continue
            m_first = sent.start + k
            if initial_only and not all(t.pos_ in ("CCONJ", "ADV") for t in doc[first_word:m_first]):
                continue  # "Pour X, P" and "Mais pour X, P", not "… pour X"
            if any(m.start <= doc[m_first].idx < m.end for m in marks):
                continue  # "selon" inside a quotation belongs to the quoted speaker
            # The source: the words after the marker, up to a comma or the sentence end.
            j = m_first + len(marker)
            src = []
            while j < sent.end and doc[j].text not in SOURCE_STOPS and doc[j].text not in table.openers:
                src.append(doc[j])
                j += 1
            if src and j < sent.end and doc[j].text == "(":
                # "Pour le député Julien Marchal (LR), P", "According to Sen. Ann Roe (D-Maine), P": a
                # short parenthesis after the source says of it (party, state, age), it does not open P
                close = next((k for k in range(j + 1, min(sent.end, j + MAX_PARENTHESIS)) if doc[k].text == ")"), None)
                if close is not None:
                    j = close + 1
            named = False
            if j + 1 < sent.end and doc[j].text == "," and not all(t.pos_ == "PRON" for t in src):
                # "Selon le président du CERN, Michel Spiro, P": the apposed name is part of the source
                # (a pronoun takes none: in "Selon elle, Franck Oriol, …" the name begins P)
                k = j + 1
                while k < sent.end and doc[k].text != "," and k - j <= MAX_APPOSED_NAME + MAX_PARENTHESIS:
                    k += 1
                # "Selon le ministre, Jean Dupont (PS), P": a short parenthesis after the name says of it
                name_end = next((n for n in range(j + 1, k) if doc[n].text == "("), k)
                if name_end < k and doc[k - 1].text != ")":
                    name_end = -1
                if (
                    k < sent.end
                    and doc[k].text == ","
                    and j + 1 < name_end
                    and name_end - j <= MAX_APPOSED_NAME + 1
                    and all(t.pos_ == "PROPN" or t.ent_type_ for t in doc[j + 1 : name_end])
                ):
                    src = list(doc[m_first + len(marker) : k])
                    j = k
                    named = True
            relatives = []  # what a relative clause says of the source: part of it, but no one in it speaks
            while j + 1 < sent.end and doc[j].text == "," and src and not all(t.pos_ == "PRON" for t in src):
                # "Pour le Dr Olivier Nadeau, pédiatre au CHU Sainte-Justine, P", "Pour l'élue, qui a
                # rencontré les grévistes, P": what is said of the source between commas is part of it
                k = _source_apposition_end(doc, j, sent, table, bodies=not named)
                if k is None:
                    break
                if doc[j + 1].lower_ in table.relative_pronouns:
                    relatives.append(range(j, k))
                src = list(doc[m_first + len(marker) : k])
                j = k
            if len(src) > MAX_SOURCE_WITHOUT_COMMA and j >= sent.end - 1:
                # "According to Rathbun the property was returned": no comma, so the parse says where
                # the source ends (the noun governed by the marker)
                capitals = []
                for tok in src:
                    if not tok.text[:1].isupper():
                        break
                    capitals.append(tok)
                noun = governed_noun(doc, m_first, len(marker), table)
                if capitals and len(capitals) < len(src):
                    end_i = capitals[-1].i  # "According to Rathbun the property …": the capitalised name
                elif noun is not None:
                    end_i = max(t.i for t in noun.subtree)
                else:
                    continue
                src, j = list(doc[m_first + len(marker) : end_i + 1]), end_i + 1
            if not src or sum(not t.is_punct for t in src) > MAX_SOURCE_WORDS:
                continue
            if j + 1 < sent.end and doc[j].text == "," and doc[j + 1].lower_ in table.relay_markers:
                # "According to Yonhap, quoting KCNA, P": the words are KCNA's
                k = j + 2
                while k < sent.end and doc[k].text not in (",", ";", ":"):
                    k += 1
                if k < sent.end and k - (j + 2) <= MAX_RELAYED_SOURCE:
                    src, j = list(doc[j + 2 : k]), k
            # "Selon ce professeur, qui a conseillé le prédécesseur de M. Fraser, P": the professor speaks
            said_by = [t for t in src if not any(t.i in r for r in relatives)]
            speaker = describe_speaker(said_by, table, head=phrase_root(said_by))
            if speaker is not None and relatives and speaker.kind == "description":
                # what the clause says of a title still tells whose it is ("Pour la responsable, dont la
                # cave regroupe 210 adhérents" after "la présidente de la cave coopérative, X")
                speaker = replace(speaker, keywords=content_words(src, table))
            if speaker is None or speaker.kind in ("pronoun", "group") and initial_only:
                continue
            # "Pour X, P" counts when X is someone: a name, a title or a noun for a person ("Pour Obama", « Pour
            # le maire », « Pour l'élue ») or a body, not "pour la plupart"
            # (a noun for a body on its own too, which refers back to one named before: « Pour l'ONG », « Pour
            # le syndicat »; not « Pour la principale association de …, l'April : « … » »)
            alone = len(speaker.name.split()) == 1
            someone = speaker.kind in ("name", "description") or (
                speaker.kind == "common"
                and (speaker.head in table.person_words or alone and speaker.head in table.organisation_nouns)
            )
            if initial_only and not someone:
                continue
            if initial_only and reports_its_own_speaker(sent, j, table):
                continue  # « Pour la défense, Me X a plaidé la relaxe »: X is whom the speaker of P serves
            inside = {t.i for t in src}
            pronoun = any(t.pos_ == "PRON" and t.head.i not in inside for t in src)  # "selon eux", not "their"
            if speaker.kind in ("thing", "document") and not pronoun:
                # « selon nos informations », "according to the latest figures", "according to the severity
                # of their condition": nobody speaks (an unsigned document is no speaker, as after a cue
                # verb; a possessive is no pronoun source)
                continue
            cue = (doc[m_first].idx, doc[m_first + len(marker) - 1].idx + len(doc[m_first + len(marker) - 1].text))
            # a colon or semicolon opens a clause of its own: "X appelle à la prudence : selon lui, P"
            opened = max([first_word, *(t.i + 1 for t in doc[first_word:m_first] if t.text in (":", ";"))])
            before = doc[opened:m_first]
            if all(t.is_punct or t.pos_ in ("CCONJ", "ADV") for t in before):
                start = doc[j].idx if j < sent.end else sent.end_char
                end = sent.end_char
            elif not any(t.pos_ in ("VERB", "AUX") for t in before) and any(not t.is_punct for t in doc[j : sent.end]):
                # « Le gouvernement, selon lui, « protège … » », "In 2020, according to the agency, jobs
                # fell": words with no verb before the marker open P, which goes on after it
                start, end = doc[opened].idx, sent.end_char
            elif doc[m_first - 1].text not in (",", "(", "–", "—") and any(not t.is_punct for t in doc[j : sent.end]):
                # « a défendu la mesure, nécessaire selon lui pour financer « … » »: a marker inside a phrase
                # that goes on after its source says whose that phrase is (from the comma that opens it to the
                # sentence's end), not that all before it is said
                opens = max([opened, *(t.i + 1 for t in doc[opened:m_first] if t.text == ",")])
                start, end = doc[opens].idx, sent.end_char
                if doc[j].text == "," and j + 1 < sent.end:
                    # "Wikinews has learned that according to a posting, P": P follows the source
                    start = doc[j + 1].idx
            else:
                start, end = doc[first_word].idx, doc[m_first].idx
            start, end = trim_content(text, start, end)
            if end - start < MIN_INDIRECT_CHARS:
                continue
            # a colon after P introduces a direct quotation of its own ("Selon X, P : « Q »")
            colon = text.find(":", start, end)
            if colon > start and any(colon < m.open < end for m in marks):
                end = colon
            kind, start, end, covered = classify(text, start, end, marks)
            yield start, end, kind, cue, speaker, "explicit", "source-marker", covered
