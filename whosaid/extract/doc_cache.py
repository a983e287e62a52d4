"""Per-Doc caches of the extraction: spaCy rebuilds doc.text, doc.ents and the sentences from the tokens
on every access, which made them the hot spot of extraction; they are computed once and kept in an
extraction context beside the Doc (`extraction_context`), with the quoted spans and where words of a
table stand. Re-exported by `whosaid.extract.syntax`, where the extraction steps import them from.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

# Per-Doc caches: spaCy rebuilds doc.text and doc.ents from the tokens on every access, which made
# them the hot spot of extraction; computed once and kept in an extraction context beside the Doc,
# never in doc.user_data: a Doc the plugin touched still pickles, serialises with to_bytes and DocBin,
# and crosses processes in nlp.pipe(n_process=…). A context lives only while an extraction of its Doc
# runs (`extraction_context`): its Spans hold the Doc, so a context kept in a weak mapping afterwards
# kept every Doc alive (a server or a corpus run grew by each Doc's memory).
_CONTEXT: dict[int, dict] = {}  # id(doc) -> its caches, while an extraction of that Doc runs


@contextmanager
def extraction_context(doc: Doc) -> Iterator[dict]:
    """Open a Doc's extraction context for the duration of a `with` block (nested blocks share it)."""
    key = id(doc)
    found = _CONTEXT.get(key)
    if found is not None and found["doc"] is doc:
        yield found
        return
    _CONTEXT[key] = found = {"doc": doc}
    try:
        yield found
    finally:
        _CONTEXT.pop(key, None)


def context_of(doc: Doc) -> dict:
    """The extraction context of a Doc; outside `extraction_context` a fresh one (nothing cached)."""
    found = _CONTEXT.get(id(doc))
    return found if found is not None and found["doc"] is doc else {"doc": doc}


def indices_of_words(doc: Doc, words: frozenset | set) -> list[int]:
    """Indices of the tokens whose lower-case form is one of `words`, read from the Doc's array of forms
    (walking the tokens builds an object for each, and this runs on every Doc)."""
    if not words:
        return []
    wanted = {doc.vocab.strings[w] for w in words}
    return [k for k, form in enumerate(doc.to_array(LOWER).tolist()) if form in wanted]


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed once per Doc (spaCy rebuilds it from the tokens on every access)."""
    context = context_of(doc)
    cached = context.get("text")
    if cached is None:
        cached = context["text"] = doc.text
    return cached


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, computed once per Doc (spaCy walks every token on every access)."""
    context = context_of(doc)
    cached = context.get("ents")
    if cached is None:
        cached = context["ents"] = tuple(doc.ents)
    return cached


def ents_between(doc: Doc, start: int, end: int, *, chars: bool = False) -> tuple[Span, ...]:
    """The model's entities that overlap tokens `start`..`end` (or characters, with `chars`), found by
    bisection in `doc_ents` (entities never overlap, so their starts and ends are both in order)."""
    context = context_of(doc)
    key = "ent_char_ends" if chars else "ent_ends"
    ents = doc_ents(doc)
    cached = context.get(key)
    if cached is None or cached[0] is not ents:  # (read anew if the entities were read anew)
        cached = context[key] = (ents, [e.end_char if chars else e.end for e in ents])
    ends = cached[1]
    found = []
    for k in range(bisect.bisect_right(ends, start), len(ents)):
        ent = ents[k]
        if (ent.start_char if chars else ent.start) >= end:
            break
        found.append(ent)
    return tuple(found)


def doc_sents(doc: Doc) -> tuple[Span, ...]:
    """The parser's sentences, with its breaks right after or before a comma or semicolon undone ("Selon
    Marie Curie, | la réforme…"), and after an incise's verb ("« … », analyse | X"); computed once per Doc."""
    context = context_of(doc)
    cached = context.get("sents")
    if cached is None:
        spans, closes = [], context.get("closes", frozenset())
        pending = None  # a sentence of marks only, kept to open the next one
        for sent in doc.sents:
            if pending is not None:
                sent, pending = doc[pending : sent.end], None
            if not any(t.is_alpha or t.is_digit for t in sent):
                # « | Ce gouvernement … », « … compris. | » »: the parser made a quotation mark a sentence of its
                # own; a closing one ends the sentence before it, an opening one opens the next
                # (never across a paragraph's end)
                after = "\n" not in sent.text_with_ws and sent.end < len(doc) and not doc[sent.end].is_space
                before = bool(spans) and "\n" not in doc[sent.start - 1].text_with_ws
                closing = all(t.idx in closes or t.is_punct and not t.is_left_punct for t in sent)
                if before and (closing or not after):
                    spans[-1] = doc[spans[-1].start : sent.end]
                elif after:
                    pending = sent.start
                else:
                    spans.append(sent)
                continue
            last = sent.start - 1
            # "« … », analyse | Hannah Brightwell": one lowercase word after a closing mark and its comma
            # is the incise's verb, whatever the tagger made of it; its subject follows
            incise = (
                last >= 2
                and doc[last].is_alpha
                and doc[last].is_lower
                and doc[last - 1].text == ","
                and doc[last - 2].idx in closes
            )
            # a sentence never starts with a comma either ("L'Élysée, de son côté | , fait valoir que")
            after_comma = doc[last].text in (",", ";") or sent[0].text in (",", ";")
            if spans and (after_comma or incise) and "\n" not in doc[last].text_with_ws:
                spans[-1] = doc[spans[-1].start : sent.end]
            else:
                spans.append(sent)
        cached = context["sents"] = tuple(spans)
        context["sent_starts"] = [span.start for span in spans]
    return cached


def set_quoted(doc: Doc, spans: list[tuple[int, int]], closes: Iterable[int] = ()) -> None:
    """Remember the character spans inside quotation marks of a Doc and where their closing marks stand
    (found once by the extractor with the language's mark pairs, before `doc_sents` reads them)."""
    context = context_of(doc)
    context["quoted"] = sorted(spans)
    context["closes"] = frozenset(closes)


def in_quotation(token: Token) -> bool:
    """True when a token lies inside quotation marks: the quoted words, never who speaks them."""
    spans = context_of(token.doc).get("quoted", ())
    k = bisect.bisect_right(spans, (token.idx, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= token.idx < spans[k][1]


def sent_of(token: Token) -> Span:
    """The sentence (as in `doc_sents`) that holds a token."""
    sents = doc_sents(token.doc)
    return sents[bisect.bisect_right(context_of(token.doc)["sent_starts"], token.i) - 1]
