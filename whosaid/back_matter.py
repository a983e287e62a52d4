"""The back matter of a pasted web article: a line that is only a heading such as "Sources" or
« Voir aussi » opens the list of sources, related links and categories that follows the story. Its
lines ("Document found on street not secret, say feds" — The Canadian Press, August 15, 2008) are
titles of other articles, not things anyone said here: no quote starts there. The headings are
language data (`back_matter_headings`); spaCy-free, so stored analyses benefit too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from whosaid.findings import ParsedArticle
from whosaid.lang import LanguageTable

BACK_MATTER_SHARE = 0.5  # the heading must come in the second half of the text: a story may open on one


def back_matter_start(text: str, table: LanguageTable) -> int | None:
    """Where the back matter starts (the first heading line in the text's second half), or None."""
    for match in re.finditer(r"^[ \t]*([^\n]{1,40}?)[ \t]*:?[ \t]*$", text, re.M):
        if match.start() >= len(text) * BACK_MATTER_SHARE and match.group(1).lower() in table.back_matter_headings:
            return match.start()
    return None


def drop_back_matter(parsed: ParsedArticle, table: LanguageTable) -> ParsedArticle:
    """The parsed records without the quotes that start in the back matter."""
    start = back_matter_start(parsed.text, table)
    if start is None:
        return parsed
    return replace(parsed, quotes=tuple(q for q in parsed.quotes if q.start < start))
