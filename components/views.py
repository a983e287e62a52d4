"""The page's views, one module each (as spacy-streamlit keeps one `visualize_*` per view); this
module gathers their render functions for `app.py`.

    article_view      the article with marks            quote_table       table, filters, search, fixer
    charts_view       network, heatmap, bar charts      corrections_view  entity fixes, corrections list
    exports_view      CSV, JSON, GEXF, GraphML          shown             ShownArticle, shared keys
"""

from components.article_view import render_article, render_styles
from components.charts_view import focus_from_selection, render_charts
from components.corrections_view import correction_items, entity_frame, render_corrections, render_entity_editor
from components.exports_view import EXPORT_WORDS, export_name, render_exports
from components.quote_table import (
    REVIEW_BELOW,
    chip_label,
    filter_quotes,
    how_shown,
    quote_frame,
    render_filters,
    render_fix_picker,
    render_quote_fixer,
    render_quote_table,
)
from components.shown import SELECTED_KEY, ShownArticle, scope_of

__all__ = [
    "EXPORT_WORDS",
    "REVIEW_BELOW",
    "SELECTED_KEY",
    "ShownArticle",
    "chip_label",
    "correction_items",
    "entity_frame",
    "export_name",
    "filter_quotes",
    "focus_from_selection",
    "how_shown",
    "quote_frame",
    "render_article",
    "render_charts",
    "render_corrections",
    "render_entity_editor",
    "render_exports",
    "render_filters",
    "render_fix_picker",
    "render_quote_fixer",
    "render_quote_table",
    "render_styles",
    "scope_of",
]
