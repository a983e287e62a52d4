"""The records the speaker resolvers pass around (`Seen`, a speaker or subject met earlier; `Choice`,
what a resolver chose and why) and the evidence they read about people: the gender the text shows of
each, what their first name suggests, whether an untagged speaker's name looks like a person's, and
whether a title's nationality rules a person out, and how far back a chosen speaker was met. Pure
Python over records; `ArticleContext` (`whosaid.speaker_context`) holds them for one article.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from whosaid.entities import EntityIndex
from whosaid.findings import QUALIFIER, GenderCue, RawQuote, SpeakerMention
from whosaid.lang import LanguageTable
from whosaid.ranking import Distances
from whosaid.records import Entity


@dataclass(frozen=True)
class Seen:
    """A speaker or subject met earlier in the article."""

    position: int
    name: str
    entity: Entity | None
    number: str
    gender: str | None = None  # an unnamed person's ("un négociant": masc; "a trader": "")


def untagged_name(name: str) -> bool:
    """A speaker's name the model did not tag ("Prof Anand Kulkarni"): two or more words, each
    capitalised. It stands for a person to the pronouns, as a tagged name would."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


@dataclass(frozen=True)
class Choice:
    """What a resolver returns for one quote: the speaker it chose (`seen`, None for nobody), its reason
    code (`REASONS`), and the evidence the confidence model reads (`whosaid.trust`): whether candidates
    were ranked, how many different ones were allowed, the lead of the best over the next, how far back
    the chosen one was met, and the chosen candidate's ranking features."""

    seen: Seen | None = None
    reason: str = ""
    ranked: bool = False
    rivals: int = 0
    margin: float = 0.0
    sentences_back: int = 0
    paragraphs_back: int = 0
    gender_agrees: bool = False
    features: tuple = ()  # (name, value) of the chosen candidate's ranking features (whosaid.ranking)


def named_entity(mention: SpeakerMention, index: EntityIndex) -> tuple[str, Entity | None]:
    """Canonical name and entity of a mention that names its speaker."""
    if len(mention.entity_spans) > 1:
        return mention.name, None  # a joint speaker ("TASS et Ria Novosti") is no single entity
    for a, b in mention.entity_spans:
        ent = index.at(a, b)
        if ent is not None:
            return ent.name, ent
    ent = index.named(mention.name)
    return (ent.name, ent) if ent else (mention.name, None)


def person_genders(index: EntityIndex, cues: list[GenderCue] | tuple[GenderCue, ...]) -> dict[str, str]:
    """Entity id -> "masc"/"fem" for the people whose gender the text shows (the article of their title,
    a gendered title); a tie is no evidence. (First names are weaker evidence: `first_name_genders`.)"""
    votes: dict[str, Counter] = {}
    for cue in cues:
        ent = index.at(*cue.person)
        if ent is not None and ent.label == "PERSON":
            votes.setdefault(ent.id, Counter())[cue.gender] += 1
    genders = {}
    for ent_id, counts in votes.items():
        (top, count), *rest = counts.most_common()
        if not rest or rest[0][1] < count:
            genders[ent_id] = top
    return genders


def first_name_genders(index: EntityIndex, table: LanguageTable) -> dict[str, str]:
    """Entity id -> "masc"/"fem" for the people whose first name is of one gender only in the language's
    first-name lexicons: soft evidence the ranking weighs where the text shows nothing."""
    out = {}
    for ent in index.entities.values():
        if ent.label == "PERSON":
            # a person named by one first name only ("Martine, 67 ans") shows it too
            gender = table.first_name_gender(ent.name) or table.lone_first_name(ent.name)
            if gender:
                out[ent.id] = gender
    return out


def other_nationality(title: set[str], given: set[str], demonyms: frozenset) -> bool:
    """True when the title names a nationality and the words given to a person name only others
    ("français" against "chinois"; "française" is "français")."""
    wanted = {w for w in title if w in demonyms}
    held = {w for w in given if w in demonyms}

    def same(a: str, b: str) -> bool:
        k = min(len(a), len(b)) - 1
        return k >= 3 and a[:k] == b[:k]

    return bool(wanted and held) and not any(same(a, b) for a in wanted for b in held)


def with_distance(choice: Choice, quote: RawQuote, mention: SpeakerMention | None, distances: Distances) -> Choice:
    """The choice with how far back its speaker was met (a name in the phrase is met where it stands)."""
    seen = choice.seen
    if seen is None:
        return Choice()
    if mention is not None and mention.kind == "name":
        return choice
    at = mention.start if mention is not None else quote.start
    back = seen.position if seen.position < at else at
    return replace(
        choice,
        sentences_back=distances.sentences(back, at),
        paragraphs_back=distances.paragraphs(back, at),
    )


def after_of_word(text: str, position: int, of_words) -> bool:
    """Whether the text right before `position` ends on an of-word (« de », "of", « d' »): a name there
    is a complement (« le député de Chauveau »), not an apposition."""
    before = text[max(0, position - 8) : position].lower().replace("’", "'")
    return any(before.endswith(o if o.endswith("'") else f" {o} ") for o in of_words)


def title_nouns(keywords: set[str]) -> set[str]:
    """A title's words without the adjectives of its person noun (see `QUALIFIER`): « avocat » of « l'avocate
    générale », whose « général » alone is no office."""
    return {k for k in keywords if not k.startswith(QUALIFIER) and QUALIFIER + k not in keywords}
