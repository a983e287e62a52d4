"""Streamlit views of whosaid's records: one `render_*` function per view, widget keys namespaced.

The only `st.cache_*` wrappers of the project live in `components.cache`.
"""
