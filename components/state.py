"""Every session-state key the page keeps between reruns, in one place (widget keys are namespaced
by each view's `key` argument and are not listed here)."""

EDITS = "ws_edits"  # document hash -> {"aliases": {...}, "drop": [...]}
DOC_LANGUAGE = "ws_doc_language"  # document hash -> the language the analyst chose for it
ARTICLE_LANGUAGE = "ws_article_lang"  # the sidebar's language for every article (None: detect)
DOCUMENT = "ws_document"  # the document picked when several are analysed (-1: the corpus view)
UI_LANGUAGE = "ws_ui_language"  # "en" or "fr": the interface language
MODE = "ws_mode"  # "paste", "upload" or None: which input the page analyses
PASTED = "ws_pasted"  # the text last sent with the Analyse button
SELECTED_QUOTE = "ws_selected_quote"  # (document index, quote id) chosen in the table
REVIEW_AT = "ws_review_at"  # (document index, quote id) the "Next to review" walk shows with its fixer
SHARED = "ws_shared"  # token -> (documents, interface state, kind) of the link the page opened
SHARE_TIMES = "ws_share_times"  # when this session made its shares (the hourly limit)
LAST_SHARE = "ws_last_share"  # {"token", "link", "delete", "expires"} of the share just made, to show it
DRAFT = "ws_draft"  # {"token", "fingerprint", "write", "texts"} of the draft the page saves into ("write": its
# private write token, held only by the session that made the draft; None for a draft opened from a link)
OWN_DRAFTS = "ws_own_drafts"  # token -> {"write", "texts"} of every draft this session made (Back and Forward
# between analyses reopen them as the session's own)
DELETE_OUTCOME = "ws_delete_outcome"  # True/False once a confirmed delete link was used, to say so
SAVE_FAILED = "ws_save_failed"  # why the last draft save failed (shown until a save succeeds)
CHART_EPOCH = "ws_chart_epoch"  # bumped by each chart click: the charts are drawn afresh, nothing stays selected
PENDING_UI_LANGUAGE = "ws_pending_ui_language"  # a restored draft's interface language, applied on the next run
VIEW = "ws_view"  # "articles" or "corpus": which view the page shows
CORPUS_READERS = "ws_corpus_readers"  # corpus folder -> (modified, this session's DuckDB reader)
CORPUS_FILTERS = "ws_corpus_filters"  # corpus name -> its filters (search, speaker, period, page…)
CORPUS_OPEN = "ws_corpus_open"  # the content hash of the corpus article opened in the reading view
CORPUS_LINK = "ws_corpus_link"  # the corpus-view link (?c=) this session opened already
CORPUS_SHARED = "ws_corpus_shared"  # the link of the corpus view this session shared
CORPUS_PENDING = "ws_corpus_pending"  # a corpus to pick on the next run (a finished upload job)
INPUT_FAILED = "ws_input_failed"  # the last input gave no analysis: the input stays open to fix it
CORPUS_EXPORTS = "ws_corpus_exports"  # ((corpus, filters), downloads) prepared for the corpus view
