"""Entity mentions of a parsed Doc, once `whosaid.extract.names.join_cut_names` has mended the model's
names: each named entity trimmed to the name itself (no title, article or word of time at its edges, a
hyphenated tail taken whole) and mapped to one type vocabulary (PERSON, ORG, PLACE, OTHER); titles,
pronouns and common words left out.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from whosaid.extract.cues import is_channel
from whosaid.extract.names import SPELLED
from whosaid.extract.nouns import can_speak
from whosaid.extract.syntax import doc_ents, doc_text
from whosaid.findings import RawMention
from whosaid.lang import LanguageTable

MAX_HYPHEN_TAIL = 40  # characters of a name's part after a hyphen the model stopped at ("Abd al-Rahman")


def trim_name(text: str, start: int, end: int, table: LanguageTable) -> tuple[int, int]:
    """Shrink a mention to the name: no leading article ("l’OTAN" -> "OTAN", "the DPRK" -> "DPRK") or
    word of time the model took in ("mardi l'Université" -> "Université"), no trailing possessive
    ("Kim's" -> "Kim"), word of time ("Paul Martin lundi") or punctuation."""
    while start < end:
        match = re.match(r"([^\W\d_]+)(['’]|\s+)", text[start:end])
        if not match:
            break
        word, sep = match.group(1), match.group(2)
        elided = sep in "'’" and (word.lower() + "'") in table.determiners
        lower_article = sep.isspace() and word.islower() and word in table.determiners
        time_word = sep.isspace() and word.islower() and word in table.time_words  # "mardi l'Université …"
        if not (elided or lower_article or time_word):
            break
        start += match.end()
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?\"'’»«“”()[]"):
        end -= 1  # "UGTT.\n": the model may take the full stop and the line break in
    while True:
        # "Paul Martin lundi": a lowercase word of time the model ran the name on to; "Madhavi Arora of": a
        # name never ends on a lowercase of-word or article (what it was cut before)
        match = re.search(r"\s+([^\W\d_]+)$", text[start:end])
        if not match or not match.group(1).islower():
            break
        word = match.group(1)
        if word not in table.time_words and word not in table.of_words and word not in table.determiners:
            break
        end = start + match.start()
    for suffix in table.possessive_suffixes:
        if text[start:end].endswith(suffix):
            end -= len(suffix)
    while start < end and (text[start].isspace() or text[start] in "\"'’«»“”()[]"):
        start += 1
    return start, end


def collect_mentions(doc: Doc, table: LanguageTable) -> list[RawMention]:
    """Named-entity mentions of a Doc mapped to PERSON/ORG/PLACE/OTHER; titles and common words dropped."""
    out = []
    text = doc_text(doc)
    for ent in doc_ents(doc):
        label = table.entity_labels.get(ent.label_)
        if label is None:
            continue  # dates, numbers, money: not named entities for this tool
        end = ent.end_char
        # "Rami Abd al" + "-Rahman": the model may stop a name at a hyphen; take the whole word
        hyphenated = re.match(
            r"[^\W\d_]+" if text[end - 1] == "-" else r"-[^\W\d_]+", text[end : end + MAX_HYPHEN_TAIL]
        )
        if hyphenated:
            end += hyphenated.end()
        if "," in text[ent.start_char : end] and ent.kb_id_ != SPELLED and not _listed_name(ent, table):
            end = ent.start_char + text[ent.start_char : end].index(",")  # "Hernan Dario Gomez, Panama"
        first = ent.start
        if label == "PERSON":
            # "… Council Enver Solomon" tagged "Solomon": untagged capitalised proper nouns before it
            while (
                first > 0
                and doc[first - 1].pos_ == "PROPN"
                and not doc[first - 1].ent_type_
                and doc[first - 1].text[:1].isupper()
                and doc[first - 1].lower_.rstrip(".") not in table.title_words
                and doc[first - 1].lower_ not in table.demonyms  # « le Slovène Tadej Pogačar »: a title
            ):
                first -= 1
        start, end = trim_name(text, doc[first].idx, end, table)
        if label == "PERSON":
            # "président Obama", "Administrator Bolden": the title is not part of the name
            while True:
                match = re.match(r"([^\W\d_]+)\.?\s+(?=\S)", text[start:end])
                if not match or not (
                    match.group(1).lower() in table.title_words or _title_before_first_name(doc, start, match, table)
                ):
                    break
                rest = text[start + match.end() : end].split()
                if table.lone_first_name(match.group(1)) is not None and len(rest) == 1:
                    # « Cheikh Diba »: a title word that is a first name, before one surname, is the first name
                    break
                start += match.end()
        if label == "PERSON":
            # "Pete Weatherby KC", "Jane Roe MP": letters after a person's name are no part of it
            letters = re.search(r"\s+(\S+)$", text[start:end])
            if letters and letters.group(1).rstrip(".") in table.post_nominals:
                end = start + letters.start()
        if not table.possessive_suffixes and re.match(r"['’]s\b", text[end : end + 3]):
            end += 2  # "Moody's" in French: no possessive "'s" in the language, so it is part of the name
        name = text[start:end]
        if len(name) < 2 or not any(ch.isupper() for ch in name):
            continue  # "d'aider", "n'": lowercase tokens are not names
        first = name.split()[0].lower().replace("’", "'") if name.split() else ""
        if label != "PERSON" and first in table.title_words and _title_not_name(name, table):
            continue  # "ministre russe des Affaires étrangères" is a title, resolved as a speaker description
        if name.lower() in table.person_pronouns or name.lower() in table.group_pronouns:
            continue
        # « Lysiane Métayer (Renaissance) » with the party typed a person: the person's party, no second person
        if (
            label == "PERSON"
            and out
            and out[-1].label == "PERSON"
            and _in_brackets_after(text, out[-1].end, start, end)
        ):
            label = "ORG"
        if label == "ORG" and _titled_person(doc, ent, name, table):
            label = "PERSON"  # "Premier Jacinta Allan said" typed a body: a title of rank before a name is a person's
        if label == "PERSON" and _names_a_thing(ent, table):
            label = "OTHER"  # « la cohorte Elfe », "the Elfe cohort": a name beside a noun for a thing names it
        if label in ("PERSON", "ORG") and _quoted_alone(text, start, end, table):
            label = "OTHER"  # « l'opération baptisée « Tagbo » », the ship "Freewinds": a thing's name, no speaker
        channel = label in ("PERSON", "ORG") and is_channel(ent.root, table)
        out.append(RawMention(start=start, end=end, label=label, model_label=ent.label_, channel=channel))
    return out


def _title_not_name(name: str, table: LanguageTable) -> bool:
    """For a name that opens on a title word: True when it is a title (« ministre russe des Affaires
    étrangères », a lower-case word second; "Deputy Minister", title words only), False for a body's name
    whose next word is a capitalised word of no title ("General Motors", "General Assembly")."""
    words = name.split()
    if len(words) < 2 or words[1][:1].islower():
        return True
    return all(w.lower().replace("’", "'") in table.title_words or not w[:1].isupper() for w in words[1:])


def _titled_person(doc: Doc, ent: Span, name: str, table: LanguageTable) -> bool:
    """True for a name the model typed a body that a title for a person stands right before ("Premier
    Jacinta Allan", « la ministre Aurore Bergé »): two or more capitalised words with no noun for a body
    or a company among them nor a legal form, and no preposition or article (« ministre de l'Intérieur »
    runs into a body's name; "Secretary of State" is a title)."""
    words = name.split()
    if ent.start == 0 or len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    before = doc[ent.start - 1]
    if before.lower_.rstrip(".") not in table.title_words:
        return False
    low = {w.lower().replace("’", "'") for w in words}
    bodies = (table.organisation_nouns, table.company_nouns, table.title_words)
    return not any(low & lexicon for lexicon in bodies) and words[-1].rstrip(".") not in table.legal_forms


def _listed_name(ent: Span, table: LanguageTable) -> bool:
    """True when what follows the name's comma is the rest of a list in title case that a coordinator
    ends ("Department for Environment, Food and Rural Affairs"), not a place or a title after it."""
    comma = next(t.i for t in ent if t.text == ",")
    tail = [t for t in ent[comma - ent.start + 1 :] if t.is_alpha]
    joined = any(t.pos_ == "CCONJ" or t.dep_ in table.syntax.coordinator for t in tail)
    return joined and all(t.text[:1].isupper() or t.pos_ in ("CCONJ", "ADP", "DET") for t in tail)


def _in_brackets_after(text: str, previous_end: int, start: int, end: int) -> bool:
    """True for a name that parentheses hold alone right after the previous name ("X (Y)")."""
    return text[previous_end:start].strip() == "(" and text[end : end + 2].strip()[:1] == ")"


def _names_a_thing(ent: Span, table: LanguageTable) -> bool:
    """True for a one-word name the parse hangs on a lower-case common noun right beside it, in one phrase a
    determiner opens, when no one could be that noun (« les enfants de la cohorte Elfe », "the Elfe
    cohort", « l'affaire Bettencourt »): the name is that thing's. Not beside a noun for a person, a body or
    a document (« le juge Roux », "the Biden administration", « le rapport Pisani »), which `can_speak`
    keeps; nor a first name of the lexicons (« l'entraineur Jesse », a misspelt title), nor a possessor."""
    head = ent.root.head
    if len(ent) != 1 or head.i == ent.root.i or head.i not in (ent.start - 1, ent.end):
        return False
    opening = min(head.i, ent.start) - 1
    if opening < 0 or ent.doc[opening].pos_ != "DET":
        return False  # one phrase, the determiner, the noun and the name: « la cohorte Elfe », "the Elfe cohort"
    after = ent.doc[ent.end].lower_.replace("’", "'") if ent.end < len(ent.doc) else ""
    if table.lone_first_name(ent[0].text) is not None or after in {
        x.replace("’", "'") for x in table.possessive_suffixes
    }:
        return False  # a first name is a person's whatever the noun; "the Hazard's", a possessor
    return head.pos_ == "NOUN" and head.text[:1].islower() and not can_speak(head, table)


def _quoted_alone(text: str, start: int, end: int, table: LanguageTable) -> bool:
    """True for a name that quotation marks hold alone (« baptisée « Tagbo » », 'named "Orion"'): what is
    named so is a thing, an operation or a work, never someone who speaks."""
    before = text[max(0, start - 3) : start].rstrip(" \u00a0\u202f")
    after = text[end : end + 3].lstrip(" \u00a0\u202f,.")  # 'code-named "Tagbo,"': the comma inside
    return bool(before) and before[-1] in table.openers and bool(after) and after[0] in table.closers


def _title_before_first_name(doc: Doc, start: int, match: re.Match, table: LanguageTable) -> bool:
    """True for a common noun naming a person that the model kept at the head of a person's name, before a
    first name ("Treasurer Jim Chalmers", « Avocate Claire Roux »): a title, not part of the name."""
    token = doc.char_span(start, start + len(match.group(1)))
    rest = doc_text(doc)[start + match.end() : start + match.end() + 40].split(maxsplit=1)
    return (
        token is not None
        and len(token) == 1
        # (a capitalised title opening a sentence is tagged a proper noun: "Owner Jerry Jones said")
        and (token[0].pos_ == "NOUN" or token[0].pos_ == "PROPN" and table.lone_first_name(match.group(1)) is None)
        and table.names_a_person(match.group(1).lower())
        and bool(rest)
        and table.lone_first_name(rest[0]) is not None
    )
