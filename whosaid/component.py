"""The spaCy component: `nlp.add_pipe("whosaid_quotes")` sets `doc._.quotes` (and `doc._.whosaid`).

import spacy
nlp = spacy.load("fr_core_news_md")
nlp.add_pipe("whosaid_quotes")      # found by entry point: no import of whosaid needed
doc = nlp(text)
for quote in doc._.quotes:
    print(quote.speaker.name if quote.speaker else "?", quote.text)
"""

from __future__ import annotations

import weakref

from spacy.language import Language
from spacy.tokens import Doc

from whosaid.analysis import build_analysis, parsed_from_docs
from whosaid.findings import parsed_from_dict, parsed_to_dict
from whosaid.lang import load_language_table
from whosaid.pipeline import describe_model
from whosaid.records import Analysis

RECORDS_KEY = "whosaid_parsed"  # doc.user_data: the parsed records as plain data (the text left out)
_ANALYSES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # Doc -> its Analysis, built once


def analysis_of(doc: Doc) -> Analysis | None:
    """The Analysis of a Doc the component ran on, rebuilt from the plain records the Doc carries
    (so a Doc that was pickled, serialised with to_bytes or DocBin, or made in another process by
    `nlp.pipe(n_process=…)` gives the same quotes); built once per Doc object."""
    found = _ANALYSES.get(doc)
    if found is None:
        records = doc.user_data.get(RECORDS_KEY)
        if records is None:
            return None
        found = _ANALYSES[doc] = build_analysis(parsed_from_dict({**records, "text": doc.text}))
    return found


Doc.set_extension("whosaid", getter=analysis_of, force=True)
Doc.set_extension("quotes", getter=lambda doc: None if (a := analysis_of(doc)) is None else list(a.quotes), force=True)


class QuoteComponent:
    """Find quotes, speakers and entities in each Doc; the pipeline must tag, parse and find entities.
    What the Doc keeps is plain data (`doc.user_data["whosaid_parsed"]`): no spaCy object, no cache."""

    def __init__(self, nlp: Language, name: str, *, language: str | None):
        self.name = name
        self.language = (language or nlp.lang).lower()
        self.model = describe_model(nlp)
        load_language_table(self.language)  # fail at add_pipe time, not on the first document

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        parsed = parsed_from_docs(text, [(0, text)], [doc], language=self.language, model=self.model)
        records = parsed_to_dict(parsed)
        del records["text"]  # the Doc holds it already
        doc.user_data[RECORDS_KEY] = records  # the Analysis is built when first asked for (doc._.quotes)
        return doc


@Language.factory("whosaid_quotes", default_config={"language": None})
def make_quote_component(nlp: Language, name: str, language: str | None) -> QuoteComponent:
    """Factory of the component; `language` defaults to the pipeline's own."""
    return QuoteComponent(nlp, name, language=language)
