"""Plain, frozen records: what the analysis core produces and the dashboard renders."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from whosaid.findings import QUOTE_KINDS

SCHEMA = "whosaid.analysis/1"
TYPES = ("PERSON", "ORG", "PLACE", "OTHER")  # one entity type vocabulary for every language


@dataclass(frozen=True)
class TextSpan:
    """A stretch of the original text: `text == original[start:end]`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Entity:
    """One real-world thing named in the article, with every mention of it."""

    id: str
    name: str
    label: str  # PERSON, ORG, PLACE or OTHER
    model_labels: tuple[str, ...]
    aliases: tuple[str, ...]
    mentions: tuple[TextSpan, ...]


@dataclass(frozen=True)
class Speaker:
    """Who a quote is attributed to: resolved `name`, the `entity` id if any, and the words used."""

    name: str
    entity: str | None
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Quote:
    id: str
    start: int
    end: int
    text: str
    kind: str  # direct, indirect or mixed
    cue: TextSpan | None
    speaker: Speaker | None
    attribution: str  # explicit or implicit
    mentions: tuple[str, ...]  # entity ids named inside the quote
    how: str = ""  # how the speaker was found (the rule or evidence), or "corrected by the analyst"
    corrected: bool = False  # the analyst changed this quote's speaker or kind
    method: str = ""  # which rule found the speaker: name, pronoun, description, context, ... (METHODS)
    reason: str = ""  # why that rule chose this speaker: previous_subject, ranked_speaker, ... (speakers.REASONS)
    confidence: float | None = None  # calibrated probability that the speaker is right (whosaid.trust)
    evidence: tuple[tuple[str, float], ...] = field(default=(), compare=False)  # features of whosaid.trust


@dataclass(frozen=True)
class Edge:
    """Who-mentions-whom: `source` (a speaker) names `target` inside `count` of its quotes."""

    source: str
    target: str
    count: int
    quotes: tuple[str, ...]
    source_entity: str | None = None
    target_entity: str | None = None


@dataclass(frozen=True)
class Analysis:
    """Everything the core found in one article."""

    text: str
    language: str
    model: str
    entities: tuple[Entity, ...]
    quotes: tuple[Quote, ...]
    mentions: tuple[Edge, ...]
    title: str = ""
    warnings: tuple[str, ...] = field(default=())
    edits: dict = field(default_factory=dict)  # the analyst's corrections: aliases, drop, quotes

    def entity(self, entity_id: str) -> Entity:
        """Return the entity with this id (KeyError when there is none)."""
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        raise KeyError(entity_id)

    def to_dict(self) -> dict:
        """The JSON-ready dict of schema `whosaid.analysis/1` (see docs/schema.md)."""
        return {
            "schema": SCHEMA,
            "title": self.title,
            "language": self.language,
            "model": self.model,
            "warnings": list(self.warnings),
            "entities": [
                {
                    "id": ent.id,
                    "name": ent.name,
                    "label": ent.label,
                    "model_labels": list(ent.model_labels),
                    "aliases": list(ent.aliases),
                    "mentions": [asdict(m) for m in ent.mentions],
                }
                for ent in self.entities
            ],
            "quotes": [
                {
                    "id": q.id,
                    "start": q.start,
                    "end": q.end,
                    "text": q.text,
                    "kind": q.kind,
                    "cue": asdict(q.cue) if q.cue else None,
                    "speaker": asdict(q.speaker) if q.speaker else None,
                    "attribution": q.attribution,
                    "mentions": list(q.mentions),
                    "how": q.how,
                    "corrected": q.corrected,
                    "method": q.method,
                    "reason": q.reason,
                    "confidence": q.confidence,
                }
                for q in self.quotes
            ],
            "mentions": [
                {
                    "source": e.source,
                    "target": e.target,
                    "count": e.count,
                    "quotes": list(e.quotes),
                    "source_entity": e.source_entity,
                    "target_entity": e.target_entity,
                }
                for e in self.mentions
            ],
            "edits": normalise_edits(self.edits),
        }


def quote_key(start: int, end: int) -> str:
    """The key of a quote's correction: its offsets, stable however entities are corrected."""
    return f"{start}-{end}"


def normalise_edits(edits: dict | None) -> dict:
    """Corrections in their one shape: {"aliases": {name: target}, "drop": [names], "quotes": {key:
    {"speaker"?: name, "kind"?: kind, "removed"?: true}}, "types": {name: type}, "split": [names]};
    empty sections when nothing was corrected. Anything else in the input is ignored (ValueError for a
    wrong type)."""
    edits = edits or {}
    if not isinstance(edits, dict):
        raise ValueError("edits must be an object")
    aliases = {str(k): str(v) for k, v in dict(edits.get("aliases") or {}).items()}
    drop = [str(d) for d in list(edits.get("drop") or [])]
    quotes = {}
    for key, fix in dict(edits.get("quotes") or {}).items():
        if not isinstance(fix, dict) or not re.fullmatch(r"\d+-\d+", str(key)):
            raise ValueError(f"bad quote correction {key!r}")
        clean = {}
        if "speaker" in fix:
            clean["speaker"] = str(fix["speaker"] or "")
        if fix.get("kind") in QUOTE_KINDS:
            clean["kind"] = fix["kind"]
        if fix.get("removed"):
            clean["removed"] = True
        if clean:
            quotes[str(key)] = clean
    types = {str(k): str(v) for k, v in dict(edits.get("types") or {}).items() if v in TYPES}
    split = [str(n) for n in list(edits.get("split") or [])]
    return {"aliases": aliases, "drop": drop, "quotes": quotes, "types": types, "split": split}
