"""Resolve each quote's speaker phrase to a person or organisation, in text order.

Pure Python over records (no spaCy): names link to their entity; pronouns ("Il a ajouté", "she said")
and nominal descriptions ("le chef de la diplomatie russe") go back to the right earlier speaker or
subject; a spokesperson or "la direction" speaks for the organisation; floating quotes take the
speaker of the context.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from whosaid.entities import EntityIndex
from whosaid.quotes import RawQuote, SentenceSubject, SpeakerMention, TitleLink
from whosaid.records import Entity, Speaker


@dataclass(frozen=True)
class _Seen:
    position: int
    name: str
    entity: Entity | None
    number: str


def _named(mention: SpeakerMention, index: EntityIndex) -> tuple[str, Entity | None]:
    """Canonical name and entity of a mention that names its speaker."""
    if len(mention.entity_spans) > 1:
        return mention.name, None  # a joint speaker ("TASS et Ria Novosti") is no single entity
    for a, b in mention.entity_spans:
        ent = index.at(a, b)
        if ent is not None:
            return ent.name, ent
    ent = index.named(mention.name)
    return (ent.name, ent) if ent else (mention.name, None)


def _last_org(index: EntityIndex, position: int, *, labels: tuple[str, ...] = ("ORG",)) -> _Seen | None:
    """The organisation (or entity of `labels`) named last before a position, speaker or not."""
    ent = index.last_before(position, labels)
    return _Seen(position, ent.name, ent, "sing") if ent else None


def _last_named(index: EntityIndex, position: int) -> _Seen | None:
    return _last_org(index, position, labels=("PERSON", "ORG"))


def resolve_speakers(quotes: list[RawQuote], *, titles: list[TitleLink], subjects: list[SentenceSubject],
                     index: EntityIndex) -> list[Speaker | None]:
    """One resolved speaker (or None) per quote, in the order given (text order)."""
    history: list[_Seen] = []  # resolved speakers so far
    named_subjects = []
    for subj in subjects:
        if subj.mention.kind == "name" and len(subj.mention.entity_spans) <= 1:  # not "Obama et Romney"
            name, ent = _named(subj.mention, index)
            named_subjects.append((subj, _Seen(subj.position, name, ent, subj.mention.number)))

    person_keywords: dict[str, set] = {}
    noun_links: list[tuple[int, str, Entity]] = []  # (position, noun, entity) from "le quotidien Le Figaro"
    for link in titles:
        ent = index.at(*link.person)
        if ent is None:
            continue
        if link.titled and ent.label == "PERSON":
            person_keywords.setdefault(ent.id, set()).update(link.keywords)
        if not link.titled:
            noun_links.extend((link.person[0], noun, ent) for noun in link.keywords)

    subject_positions = [seen.position for _, seen in named_subjects]
    subject_ends = [subj.end for subj, _ in named_subjects]
    all_ends = sorted(subj.end for subj in subjects)

    def earlier(position: int):
        """Earlier speakers and named subjects, latest first (history and subjects are in text order)."""
        h = len(history) - 1
        k = bisect.bisect_left(subject_positions, position) - 1
        while h >= 0 and history[h].position >= position:
            h -= 1
        while h >= 0 or k >= 0:
            if k < 0 or h >= 0 and history[h].position >= named_subjects[k][1].position:
                yield history[h]
                h -= 1
            else:
                yield named_subjects[k][1]
                k -= 1

    def recent(position: int, *, want: str | None = None, number: str | None = None) -> _Seen | None:
        """The latest earlier speaker or subject fitting `want` (a type) and `number`, else the latest."""
        labels = {"PERSON": ("PERSON",), "ORG": ("ORG", "PLACE")}.get(want or "", ())
        first = None
        for seen in earlier(position):
            first = first or seen
            typed = not labels or seen.entity is not None and seen.entity.label in labels
            plural = number != "plur" or seen.number == "plur" or seen.entity is None or seen.entity.label == "ORG"
            if typed and plural:
                return seen
        return None if want == "ORG" else first

    out: list[Speaker | None] = []
    for q in quotes:
        m = q.speaker
        seen: _Seen | None = None
        if m is not None and not m.name.strip(" -'’"):
            m = None  # a phrase with no words left after its determiner: use the context
        if m is None:
            # Floating quote, or a cue whose speaker phrase came out empty: the named subject of the
            # sentence just before, else the last speaker.
            k = bisect.bisect_right(subject_ends, q.start) - 1
            last_subject = named_subjects[k][1] if k >= 0 else None
            last_speaker = history[-1] if history else None
            e = bisect.bisect_right(all_ends, q.start) - 1
            prev_sentence_end = all_ends[e] if e >= 0 else -1
            if last_subject and named_subjects[k][0].end == prev_sentence_end:
                seen = last_subject
            else:
                seen = last_speaker or last_subject
        elif m.kind == "name":
            name, ent = _named(m, index)
            seen = _Seen(m.start, name, ent, m.number)
        elif m.kind == "pronoun":
            seen = (recent(m.start, want="PERSON" if m.number == "sing" else None, number=m.number)
                    or _last_named(index, m.start))
        elif m.kind == "group":
            seen = history[-1] if history else recent(m.start)
        elif m.kind == "description":
            scored = []
            for ent_id, words in person_keywords.items():
                score = len(words & set(m.keywords))
                if score:
                    scored.append((score, ent_id))
            if scored:
                top = max(s for s, _ in scored)
                best_ids = {i for s, i in scored if s == top}
                candidates = [s for s in history if s.entity is not None and s.entity.id in best_ids]
                if candidates:
                    seen = candidates[-1]
                else:
                    ent = index.entities[sorted(best_ids)[0]]
                    seen = _Seen(m.start, ent.name, ent, "sing")
            else:
                # no title matches: the person who spoke last ("dénonce le Président-candidat")
                people = [s for s in history if s.entity is not None and s.entity.label == "PERSON"]
                seen = people[-1] if people else recent(m.start, want="PERSON")
            if seen is None:
                seen = _Seen(m.start, m.name, None, m.number)
        elif m.kind == "role":
            # "la direction", "officials", "a spokesman": the organisation of the context
            seen = recent(m.start, want="ORG") or _last_org(index, m.start) or _Seen(m.start, m.name, None, m.number)
        else:
            short = len(m.name.split()) <= 2  # "le quotidien", not "les agences de presse russes"
            linked = [(pos, ent) for pos, noun, ent in noun_links if short and noun == m.head and pos < m.start]
            if linked:
                ent = max(linked, key=lambda pe: pe[0])[1]
                seen = _Seen(m.start, ent.name, ent, m.number)
            else:
                seen = _Seen(m.start, m.name, None, m.number)
        if seen is None:
            out.append(None if m is None else Speaker(m.name, None, m.text, m.start, m.end))
            continue
        seen = _Seen(q.start, seen.name, seen.entity, seen.number)
        history.append(seen)
        if m is None:
            out.append(Speaker(seen.name, seen.entity.id if seen.entity else None, "", q.start, q.start))
        else:
            out.append(Speaker(seen.name, seen.entity.id if seen.entity else None, m.text, m.start, m.end))
    return out
