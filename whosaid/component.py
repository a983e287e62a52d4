"""The spaCy component: `nlp.add_pipe("whosaid_quotes")` sets `doc._.quotes` (and `doc._.whosaid`).

import spacy
nlp = spacy.load("fr_core_news_md")
nlp.add_pipe("whosaid_quotes")      # found by entry point: no import of whosaid needed
doc = nlp(text)
for quote in doc._.quotes:
    print(quote.speaker.name if quote.speaker else "?", quote.text)
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from whosaid.analysis import build_analysis, parsed_from_docs
from whosaid.lang import load_language_table
from whosaid.pipeline import describe_model

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)
if not Doc.has_extension("whosaid"):
    Doc.set_extension("whosaid", default=None)


class QuoteComponent:
    """Find quotes, speakers and entities in each Doc; the pipeline must tag, parse and find entities."""

    def __init__(self, nlp: Language, name: str, *, language: str | None):
        self.name = name
        self.language = (language or nlp.lang).lower()
        self.model = describe_model(nlp)
        load_language_table(self.language)  # fail at add_pipe time, not on the first document

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        parsed = parsed_from_docs(text, [(0, text)], [doc], language=self.language, model=self.model)
        analysis = build_analysis(parsed)
        doc._.whosaid = analysis
        doc._.quotes = list(analysis.quotes)
        return doc


@Language.factory("whosaid_quotes", default_config={"language": None})
def make_quote_component(nlp: Language, name: str, language: str | None) -> QuoteComponent:
    """Factory of the component; `language` defaults to the pipeline's own."""
    return QuoteComponent(nlp, name, language=language)
