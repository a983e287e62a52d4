"""The spaCy component: `nlp.add_pipe("whosaid_quotes")` sets `doc._.quotes` (and `doc._.whosaid`).

    import spacy, whosaid.component
    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("whosaid_quotes")
    doc = nlp(text)
    for quote in doc._.quotes:
        print(quote.speaker.name if quote.speaker else "?", quote.text)
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from whosaid.lang import load_language_table

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)
if not Doc.has_extension("whosaid"):
    Doc.set_extension("whosaid", default=None)


class QuoteComponent:
    """Find quotes, speakers and entities in each Doc; the pipeline must tag, parse and find entities."""

    def __init__(self, nlp: Language, name: str, *, language: str | None):
        self.name = name
        self.language = (language or nlp.lang).lower()
        self.model = f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')} {nlp.meta.get('version', '')}"
        load_language_table(self.language)  # fail at add_pipe time, not on the first document

    def __call__(self, doc: Doc) -> Doc:
        from whosaid.analysis import ParsedArticle, build_analysis, findings_from_docs

        mentions, found = findings_from_docs(doc.text, [(0, doc.text)], [doc], self.language)
        parsed = ParsedArticle(doc.text, self.language, self.model, tuple(mentions), tuple(found.quotes),
                               tuple(found.titles), tuple(found.subjects))
        analysis = build_analysis(parsed)
        doc._.whosaid = analysis
        doc._.quotes = list(analysis.quotes)
        return doc


@Language.component("whosaid_paragraphs")
def mark_paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence after every line break, so no sentence runs across paragraphs (datelines,
    headings); put it before the parser, which keeps the boundaries it is given."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text_with_ws or previous.is_space and "\n" in previous.text:
            token.is_sent_start = True
    return doc


@Language.factory("whosaid_quotes", default_config={"language": None})
def make_quote_component(nlp: Language, name: str, language: str | None) -> QuoteComponent:
    return QuoteComponent(nlp, name, language=language)
