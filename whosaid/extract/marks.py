"""Quotation marks on the raw text: which marks open and close a quotation, before any parsing.

The mark pairs of a language are data (`quote_pairs` in `whosaid/lang/<code>.json`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from whosaid.lang import LanguageTable

PAD = " \u00a0\u202f\u2009\t"  # spaces that pad a quotation inside its marks ("« Nous »")
SENT_END = ".!?…"
STRAIGHT_OPEN_AFTER = "([—–-:;,/"  # a self-closing mark (") opens after a space or one of these


@dataclass(frozen=True)
class QuoteMark:
    """A quotation in marks: `open`/`close` index the marks; `start`/`end` the content inside."""

    open: int
    close: int  # index of the closing mark, or the content end when the quotation is never closed
    start: int
    end: int
    closed: bool

    @property
    def outer_end(self) -> int:
        return self.close + 1 if self.closed else self.end

    def shifted(self, offset: int) -> QuoteMark:
        return replace(
            self, open=self.open + offset, close=self.close + offset, start=self.start + offset, end=self.end + offset
        )


def _opens_straight(text: str, i: int) -> bool:
    """A straight " opens when preceded by a space/start/bracket and followed by a non-space."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in STRAIGHT_OPEN_AFTER) and not after.isspace()


def _paragraph_end(text: str, i: int) -> int:
    """Index of the next line break at or after i (the end of the paragraph)."""
    found = text.find("\n", i)
    return found if found != -1 else len(text)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in PAD + "\n":
        start += 1
    while end > start and text[end - 1] in PAD + "\n":
        end -= 1
    return start, end


@functools.lru_cache(maxsize=64)
def _any_of(chars: str) -> re.Pattern:
    """A pattern matching any one of `chars`."""
    return re.compile("[" + re.escape(chars) + "]")


def find_quote_marks(text: str, table: LanguageTable) -> list[QuoteMark]:
    """Every quotation in marks, in text order.

    Handles the language's mark pairs (« », “ ”, „ “, ‹ ›), self-closing straight quotes (paired by
    position), quotations running over several paragraphs (closed in a later paragraph), English
    continuation paragraphs (a new paragraph that reopens the quotation: each paragraph is its own
    quotation), and unbalanced marks (the quotation stops at its paragraph's end, not the text's).
    """
    pairs = table.quote_pairs
    # "»" opens (German order »…«) only in a text that never uses the usual opener "«"
    barred = {mark for mark, usual in table.reversed_openers.items() if usual in text}
    marks, i, n = [], 0, len(text)
    openers = _any_of("".join(pairs))
    while i < n:
        found = openers.search(text, i)  # (jumps over the text between marks)
        if found is None:
            break
        i = found.start()
        ch = text[i]
        self_closing = pairs.get(ch) == ch
        if ch in barred or (self_closing and not _opens_straight(text, i)):
            i += 1
            continue
        closers = pairs[ch]
        stops = _any_of(closers + "\n")
        j, close, closed = i + 1, None, False
        while j < n:
            found = stops.search(text, j)
            if found is None:
                j = n
                break
            j = found.start()
            if text[j] in closers and not (
                self_closing and _opens_straight(text, j) and j + 1 < n and text[j - 1].isspace()
            ):
                close, closed = j, True
                break
            if text[j] == "\n":
                # Paragraph break inside a quotation: continue only if the mark closes in the next
                # paragraph and that paragraph does not reopen it (English continuation style).
                k = j
                while k < n and text[k] in "\n" + PAD:
                    k += 1
                nxt = text[k : _paragraph_end(text, k)]
                if k < n and text[k] == ch:
                    break  # continuation paragraph: it opens its own quotation
                if not any(c in nxt for c in closers) or (
                    not self_closing and ch in nxt and nxt.index(ch) < min(nxt.index(c) for c in closers if c in nxt)
                ):
                    break  # unbalanced: stop at this paragraph's end
                if self_closing and _opens_straight(text, k + nxt.index(ch)):
                    break  # the next paragraph's first mark opens a new quotation: this one is unclosed
                j = k
                continue
            j += 1
        end = close if closed else j
        start, stop = _trim(text, i + 1, end)
        if closed and stop > start and text[stop - 1] == ",":
            stop = _trim(text, start, stop - 1)[1]  # '"…," he said': the comma belongs to the sentence
        if stop > start:
            marks.append(QuoteMark(open=i, close=end if closed else stop, start=start, end=stop, closed=closed))
        i = end + 1 if closed else max(j, i + 1)
    return marks
