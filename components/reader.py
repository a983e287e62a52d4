"""What the highlighted article does in the browser: a click on a name reports its entity id, and the
selected quote is scrolled into view inside the article's own scrolling box.

The article itself stays the escaped HTML of `whosaid.highlight` (shown with `st.html`); this
component adds no markup and passes no article text to the browser: its script is constant, its
data only the selected quote's id. The entity id a click reports is looked up among the analysis'
entities before it filters anything.
"""

from __future__ import annotations

import streamlit as st

READER_CLASS = "ws-reader"  # the box that holds the main article (not the quote-in-context copy)

JS = """
export default function (component) {
  const { data, setTriggerValue } = component;
  window.__wsReport = setTriggerValue;  // the latest mount's callback
  if (!window.__wsClicks) {
    window.__wsClicks = true;
    document.addEventListener("click", (event) => {
      const mark = event.target.closest ? event.target.closest(".ws-reader mark.ws-ent") : null;
      if (mark && window.__wsReport) {
        window.__wsReport("entity", mark.getAttribute("data-entity"));
      }
    });
  }
  const wanted = data && data.selected;
  if (!wanted) return;
  let tries = 0;
  const scroll = () => {
    const span = document.querySelector(
      '.ws-reader span.ws-quote[data-quote="' + CSS.escape(wanted) + '"]'
    );
    if (!span) {
      if (tries++ < 40) setTimeout(scroll, 50);  // the article may be drawn after this script runs
      return;
    }
    let box = span.parentElement;
    while (box && !(box.scrollHeight > box.clientHeight + 4 &&
                    /(auto|scroll)/.test(getComputedStyle(box).overflowY))) {
      box = box.parentElement;
    }
    if (box) {
      const offset = span.getBoundingClientRect().top - box.getBoundingClientRect().top;
      box.scrollTop += offset - box.clientHeight / 3;
    } else {
      span.scrollIntoView({ block: "center" });
    }
    span.setAttribute("data-scrolled", "1");
  };
  scroll();
}
"""

_component = None


def _mount():
    global _component
    if _component is None:
        _component = st.components.v2.component("whosaid_reader", js=JS, isolate_styles=False)
    return _component


def reader_events(*, selected: str | None, key: str, on_entity) -> None:
    """Mount the article's behaviour; `on_entity(entity_id)` runs (as a callback) when a name is clicked."""

    def clicked():
        value = getattr(st.session_state.get(key), "entity", None)
        if value:
            on_entity(value)

    _mount()(data={"selected": selected or ""}, key=key, on_entity_change=clicked)
