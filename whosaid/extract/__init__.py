"""From a parsed spaCy Doc to plain findings (`whosaid.findings`), one room per step:

- `marks`: quotation marks on the raw text;
- `syntax`: token and span helpers, per-Doc caches;
- `names`: entity mentions;
- `cues`: verbs of saying, incises, the writer's own voice, quotations tied to cues;
- `sources`: speaker phrases and the sentence facts later references need;
- `content`: what a cue reports, and its kind;
- `extractor`: the orchestrator.
"""

from whosaid.extract.extractor import extract_article, extract_doc, extract_quotes
from whosaid.extract.marks import QuoteMark, find_quote_marks

__all__ = ["QuoteMark", "extract_article", "extract_doc", "extract_quotes", "find_quote_marks"]
