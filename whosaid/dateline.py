"""The dateline of wire and press copy: "CHICAGO (AP) —", "LEEDS, England, May 4 (Reuters) -",
"NANTES, 3 mars (AFP) -", "Dakar, 2 juin (APS) -".

By the convention of news copy in every language the project reads, the words before the dash say
where the story was filed and by which agency: the place is a place (never a speaker, whatever type
the model gave it), the agency in brackets an organisation, and none of it is the subject of the
first sentence. The parser does not know the convention; `apply_dateline` corrects its records
(spaCy-free, so stored analyses benefit too).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import islice

from whosaid.findings import ParsedArticle, SpeakerMention

_UPPER = "A-ZÀ-ÖØ-Þ"
_DASH = r"(?:—|–|-{1,2})"
# an all-capitals place, then what may qualify it (", England, May 4", "(Reuters)"), then the dash
_CAPITALS = re.compile(
    rf"[ \t]*(?P<place>[{_UPPER}][{_UPPER}'’.\- ]*[{_UPPER}])(?=[\s,.(])"
    rf"(?P<rest>(?:,[^\n—–()]{{1,60}}?)?(?:\s*\((?P<agency>[^()\n]{{1,30}})\))?)\s*\.?\s*{_DASH}\s"
)
# a place written in ordinary capitals needs the agency in brackets: "Dakar, 2 juin (APS) -"
_AGENCY = re.compile(
    rf"[ \t]*(?P<place>[{_UPPER}][^\W\d_]+(?:[ '’-][{_UPPER}][^\W\d_]+){{0,3}})"
    rf"(?P<rest>(?:,[^\n—–()]{{1,60}}?)?\s*\((?P<agency>[{_UPPER}][^()\n]{{0,29}})\))\s*{_DASH}\s"
)


DATELINE_LINES = 3  # a dateline opens one of the first lines: a headline (and a standfirst) may come first


@dataclass(frozen=True)
class Dateline:
    place: tuple[int, int]
    agency: tuple[int, int] | None
    end: int  # where the story itself starts

    @property
    def start(self) -> int:
        return self.place[0]

    def holds(self, position: int) -> bool:
        return self.start <= position < self.end


def find_dateline(text: str) -> Dateline | None:
    """The dateline opening the story in `text` (its first line, or one of the first `DATELINE_LINES`
    lines after a headline), or None."""
    lines = islice(re.finditer(r"^[ \t]*\S", text, re.M), DATELINE_LINES)  # not the whole text
    for at in (m.start() for m in lines):
        match = _CAPITALS.match(text, at) or _AGENCY.match(text, at)
        if match is not None and len(match.group("place").replace(" ", "")) >= 3:
            agency = match.span("agency") if match.group("agency") else None
            return Dateline(match.span("place"), agency, match.end())
    return None


def _after(mention: SpeakerMention, end: int, text: str) -> SpeakerMention | None:
    """A subject phrase that began in the dateline, cut to what follows it (None if nothing named)."""
    spans = tuple((a, b) for a, b in mention.entity_spans if a >= end)
    if mention.end <= end or (mention.entity_spans and not spans):
        return None
    start = end + len(text[end : mention.end]) - len(text[end : mention.end].lstrip())
    words = text[start : mention.end]
    name = mention.name[mention.name.find(words) :] if words in mention.name else words
    return replace(mention, start=start, text=words, name=name, entity_spans=spans)


def apply_dateline(parsed: ParsedArticle) -> ParsedArticle:
    """The parsed records with the dateline's convention applied: its place is a PLACE (there and
    wherever the story names it again), its agency an ORG that is no candidate speaker, and no sentence
    subject or speaker phrase starts inside it."""
    line = find_dateline(parsed.text)
    if line is None:
        return parsed

    place = parsed.text[line.place[0] : line.place[1]].casefold()

    def label(m):
        if line.place[0] <= m.start and m.end <= line.place[1]:
            return replace(m, label="PLACE")
        if parsed.text[m.start : m.end].casefold() == place:
            # "MILLBROOK, Ohio (AP) — … the reason Millbrook existed": the name the dateline gives as the
            # place is that place all through the story, whatever the model typed it elsewhere
            return replace(m, label="PLACE")
        if line.agency and line.agency[0] <= m.start and m.end <= line.agency[1]:
            # the agency filed the story: no party to it, so no one a later reference means ("officials
            # said" is not Reuters), as a channel a cue addressed is not ("told Reuters")
            return replace(m, label="ORG", channel=True)
        return m

    quotes = []
    for quote in parsed.quotes:
        # "LONDON, March 3 (Reuters) - British packaging maker Halden Group said": the speaker phrase
        # starts after the dateline
        if quote.speaker is not None and line.holds(quote.speaker.start):
            quote = replace(quote, speaker=_after(quote.speaker, line.end, parsed.text))
        if line.holds(quote.start) and line.end < quote.end:  # nor does a reported clause: the story starts after it
            start = line.end + len(parsed.text[line.end : quote.end]) - len(parsed.text[line.end : quote.end].lstrip())
            quote = replace(quote, start=start)
        quotes.append(quote)
    subjects = []
    for subject in parsed.subjects:
        if line.holds(subject.mention.start):
            mention = _after(subject.mention, line.end, parsed.text)
            if mention is None:
                continue
            subject = replace(subject, position=max(subject.position, mention.start), mention=mention)
        subjects.append(subject)
    return replace(
        parsed,
        mentions=tuple(label(m) for m in parsed.mentions),
        subjects=tuple(subjects),
        quotes=tuple(quotes),
    )
