"""Errors the core raises; each message says what went wrong and what to do about it."""


class WhosaidError(Exception):
    """Base class: every error the core raises on bad input is one of these. Besides its English
    message (the CLI's and the JSON's), an error may carry a `code` and its `params`, as spaCy's
    errors do, so that an interface translates it from the code instead of parsing the sentence."""

    def __init__(self, message: str = "", *, code: str = "", params: dict | None = None):
        super().__init__(message)
        self.code = code
        self.params = dict(params or {})


class EmptyTextError(WhosaidError):
    """The text is empty or holds only whitespace."""


class UnsupportedLanguageError(WhosaidError):
    """The text's language has no pipeline."""


class ModelNotInstalledError(WhosaidError):
    """No spaCy package for the language is installed."""


class UnreadableInputError(WhosaidError):
    """A file or byte string that cannot be turned into article text."""
