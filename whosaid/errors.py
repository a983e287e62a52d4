"""Errors the core raises; each message says what went wrong and what to do about it."""


class WhosaidError(Exception):
    """Base class: every error the core raises on bad input is one of these."""


class EmptyTextError(WhosaidError):
    """The text is empty or holds only whitespace."""


class UnsupportedLanguageError(WhosaidError):
    """The text's language has no pipeline."""


class ModelNotInstalledError(WhosaidError):
    """No spaCy package for the language is installed."""


class UnreadableInputError(WhosaidError):
    """A file or byte string that cannot be turned into article text."""
