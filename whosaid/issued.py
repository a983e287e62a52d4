"""Documents a speaker issued and who issued the one a phrase refers back to: "X said in a statement that P.
"Q," the statement said" (`IssuedDocuments`, kept by `whosaid.speaker_context.ArticleContext` for the
resolvers of `whosaid.speakers`, reason `document_issued_by`). Pure Python over records."""

from __future__ import annotations

import bisect
import re

from whosaid.findings import SpeakerMention
from whosaid.ranking import Distances
from whosaid.speaker_evidence import Seen

MAX_DOCUMENT_WORDS = 3  # words of a phrase that refers back to an issued document ("the two-page memo")
MAX_SENTENCES_TO_DOCUMENT = 4  # sentences from the cue that named the document to the phrase that refers to it


class IssuedDocuments:
    """The nouns for a document (`words`: "statement", « communiqué ») each resolved cue's sentence names,
    with the cue's speaker, in the order of the article."""

    def __init__(self, words: frozenset, text: str, sentence_spans: list[tuple[int, int]], distances: Distances):
        self.words = words
        self.text = text
        self.sentence_spans = sentence_spans
        self.distances = distances
        self.issued: list[tuple[int, frozenset, Seen]] = []  # (quote start, nouns of its cue's sentence, speaker)

    def note(self, quote_start: int, quote_end: int, cue_start: int, seen: Seen) -> None:
        """Remember what the sentence of a resolved cue says its speaker issued ("said in a statement",
        « a indiqué dans un communiqué »): the nouns of `words` outside the quote."""
        if not self.words or not self.sentence_spans:
            return
        k = bisect.bisect_right(self.sentence_spans, (cue_start, float("inf"))) - 1
        if k < 0:
            return
        a, b = self.sentence_spans[k]
        around = self.text[a : max(a, quote_start)] + " " + self.text[min(b, quote_end) : b]
        nouns = frozenset(re.findall(r"\w+", around.lower())) & self.words
        if nouns:
            self.issued.append((quote_start, nouns, seen))

    def issuer_of(self, mention: SpeakerMention) -> Seen | None:
        """Who issued the document a short definite phrase refers back to ("The statement said", « précise
        le communiqué »): the speaker of the latest cue whose sentence named such a document, a few
        sentences back at most; None when none did."""
        words = mention.name.lower().split()
        if not words or len(words) > MAX_DOCUMENT_WORDS or words[-1] not in self.words:
            return None
        for start, nouns, seen in reversed(self.issued):
            if start < mention.start and words[-1] in nouns:
                if self.distances.sentences(start, mention.start) >= MAX_SENTENCES_TO_DOCUMENT:
                    return None
                return seen
        return None
