"""Who mentions whom: speaker -> each person, organisation or place named inside the speaker's quotes."""

from __future__ import annotations

import re
from functools import cache

from whosaid.entities import EntityIndex, name_key
from whosaid.lang import LanguageTable
from whosaid.records import Edge, Quote

EDGE_TYPES = ("PERSON", "ORG", "PLACE")


def quote_mentions(start: int, end: int, speaker_span: tuple[int, int] | None, index: EntityIndex) -> list[str]:
    """Ids of entities named inside a quote (not in its speaker's own words)."""
    found = []
    for ent in index.inside(start, end):
        if speaker_span and all(
            speaker_span[0] <= m.start < speaker_span[1] for m in ent.mentions if start <= m.start < end
        ):
            continue
        found.append(ent.id)
    return found


@cache
def _joiner_pattern(joiners: frozenset) -> re.Pattern | None:
    """One regex per language for the words that join a joint speaker's parts ("et", "and", ",")."""
    words = sorted(joiners, key=len, reverse=True)
    pattern = "|".join(rf"\s+{re.escape(w)}\s+" if w.isalpha() else rf"\s*{re.escape(w)}\s*" for w in words)
    return re.compile(pattern) if pattern else None


def speaker_parts(name: str, table: LanguageTable) -> set[str]:
    """Name keys of a speaker and of each part of a joint speaker ("TASS et Ria Novosti")."""
    pattern = _joiner_pattern(table.joiners)
    parts = pattern.split(name) if pattern else [name]
    return {name_key(name), *(name_key(part) for part in parts if part.strip())}


def build_edges(quotes: list[Quote], index: EntityIndex, table: LanguageTable) -> list[Edge]:
    """Edges in order of first quote; a speaker never mentions itself (nor a part of a joint speaker)."""
    edges: dict[tuple[str, str], list] = {}
    for q in quotes:
        if q.speaker is None:
            continue
        speaker_keys = speaker_parts(q.speaker.name, table)
        for ent_id in q.mentions:
            ent = index.entities[ent_id]
            if ent.label not in EDGE_TYPES or ent_id == q.speaker.entity:
                continue
            if name_key(ent.name) in speaker_keys or any(name_key(a) in speaker_keys for a in ent.aliases):
                continue
            key = (q.speaker.name, ent.name)
            edges.setdefault(key, [q.speaker.entity, ent_id, []])[2].append(q.id)
    return [
        Edge(source=s, target=t, count=len(ids), quotes=tuple(ids), source_entity=se, target_entity=te)
        for (s, t), (se, te, ids) in edges.items()
    ]
