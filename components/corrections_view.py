"""Entity corrections (merge, rename, drop, type, split) and the one list of corrections, each undoable."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components.i18n import t
from components.shown import ShownArticle
from whosaid.highlight import TYPES
from whosaid.records import Analysis, normalise_edits


def entity_frame(analysis: Analysis) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"name": e.name, "type": t(e.label), "aliases": list(e.aliases), "count": len(e.mentions)}
            for e in analysis.entities
        ],
        columns=["name", "type", "aliases", "count"],
    )


def render_entity_editor(doc: ShownArticle, edits: dict, *, key: str) -> dict:
    """Merge, rename, drop, retype or split entities; returns the new edits (`normalise_edits` shape),
    or {} when nothing changed."""
    analysis = doc.analysis
    names = [e.name for e in analysis.entities]
    surfaces = {e.name: (e.name, *e.aliases) for e in analysis.entities}
    edits = normalise_edits(edits)
    changed = False
    if len(names) >= 2:
        a, b, c = st.columns([3, 3, 2])
        source = a.selectbox(t("merge"), names, key=f"{key}-merge-source")
        target = b.selectbox(t("merge_into"), [n for n in names if n != source], key=f"{key}-merge-target")
        if c.button(t("merge"), key=f"{key}-merge") and source and target:
            for form in surfaces[source]:
                edits["aliases"][form] = target
            changed = True
    if names:
        a, b, c = st.columns([3, 3, 2])
        chosen = a.selectbox(t("rename"), names, key=f"{key}-rename-source")
        new_name = b.text_input(t("new_name"), key=f"{key}-rename-target")
        if c.button(t("rename"), key=f"{key}-rename") and chosen and new_name.strip():
            for form in surfaces[chosen]:
                edits["aliases"][form] = new_name.strip()
            changed = True
        a, _, c = st.columns([3, 3, 2])
        dropped = a.selectbox(t("drop"), names, key=f"{key}-drop-source")
        if c.button(t("drop"), key=f"{key}-drop") and dropped:
            edits["drop"].extend(surfaces[dropped])
            changed = True
        a, b, c = st.columns([3, 3, 2])
        retyped = a.selectbox(t("change_type"), names, key=f"{key}-type-source")
        labels = {e.name: e.label for e in analysis.entities}
        new_type = b.selectbox(
            t("col_type"),
            list(TYPES),
            index=list(TYPES).index(labels.get(retyped, TYPES[0])),
            format_func=lambda code: t(f"entity_type_{code}"),
            key=f"{key}-type-target",
        )
        if c.button(t("change_type"), key=f"{key}-type") and retyped and new_type != labels.get(retyped):
            edits["types"][retyped] = new_type
            changed = True
    # a name the automatic rules grouped under another entity ("Sénégal" under "Assemblée nationale
    # du Sénégal"): split it out, with its own mentions
    grouped = [(alias, e.name) for e in analysis.entities for alias in e.aliases]
    if grouped:
        a, _, c = st.columns([3, 3, 2])
        picked = a.selectbox(
            t("split"),
            grouped,
            format_func=lambda pair: t("split_option", name=pair[0], group=pair[1]),
            key=f"{key}-split-source",
        )
        if c.button(t("split"), key=f"{key}-split") and picked and picked[0] not in edits["split"]:
            edits["split"].append(picked[0])
            changed = True
    undone = render_corrections(edits, key=f"{key}-corrections", text=analysis.text)
    if undone is not None:
        edits, changed = undone, True
    st.subheader(t("entity_table"))
    st.dataframe(
        entity_frame(analysis),
        hide_index=True,
        width="stretch",
        key=f"{key}-entities",
        column_config={
            "name": t("col_name"),
            "type": t("col_type"),
            "aliases": st.column_config.ListColumn(t("col_aliases")),
            "count": t("col_count"),
        },
    )
    return edits if changed else {}


QUOTE_WORDS = 8  # a corrected quote is named by its first words
QUOTE_MARKS = "«»“”\"' \u00a0\u202f"  # left out of those words


def quote_opening(text: str, span: str) -> str:
    """The first words of the quote a correction key ("start-end") points at, "…" when it goes on;
    the key itself when the text does not hold it."""
    try:
        start, end = (int(x) for x in span.split("-"))
    except ValueError:
        return span
    words = text[start:end].split() if 0 <= start < end <= len(text) else []
    words = [w for w in words if w.strip(QUOTE_MARKS)]  # a guillemet standing alone is no word
    if not words:
        return span
    opening = " ".join(words[:QUOTE_WORDS]).strip(QUOTE_MARKS)
    return opening + ("…" if len(words) > QUOTE_WORDS else "")


def correction_items(edits: dict, text: str = "") -> list[tuple[str, str, str]]:
    """Every correction as (section, key, description), in the order made; one undo each. A quote is
    named by its first words in `text` (the article), not by its offsets."""
    items = [
        ("aliases", alias, t("fix_alias", alias=alias, target=target)) for alias, target in edits["aliases"].items()
    ]
    items += [("drop", name, t("fix_drop", name=name)) for name in edits["drop"]]
    items += [
        ("types", name, t("fix_type", name=name, type=t(f"entity_type_{label}")))
        for name, label in edits["types"].items()
    ]
    items += [("split", name, t("fix_split", name=name)) for name in edits["split"]]
    for span, fix in edits["quotes"].items():
        parts = []
        if fix.get("removed"):
            parts.append(t("fix_removed"))
        if "speaker" in fix:
            parts.append(t("fix_speaker", name=fix["speaker"] or t("unknown_speaker")))
        if "kind" in fix:
            parts.append(t("fix_kind", kind=t(f"kind_{fix['kind']}")))
        items.append(("quotes", span, t("fix_quote", words=quote_opening(text, span), what=", ".join(parts))))
    return items


def render_corrections(edits: dict, *, key: str, text: str = "") -> dict | None:
    """The one list of corrections (entities and quotes), each undoable; the new edits when one was
    undone, else None. `text` is the article's, to name corrected quotes by their words."""
    items = correction_items(edits, text)
    if not items:
        return None
    with st.expander(t("edits") + f" ({len(items)})", expanded=True):
        for n, (section, item, description) in enumerate(items):
            text, button = st.columns([6, 1])
            text.text(description)  # st.text: names show as typed, nothing renders
            if button.button(t("undo"), key=f"{key}-{n}"):
                new = normalise_edits(edits)
                if section in ("drop", "split"):
                    new[section] = [d for d in new[section] if d != item]
                else:
                    new[section].pop(item, None)
                return new
        if st.button(t("undo_edits"), key=f"{key}-all"):
            return normalise_edits({})
    return None
