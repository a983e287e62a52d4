"""What the words of a title or role phrase say by themselves, for the resolvers of `whosaid.speakers`:
whether its head is a lower-case noun, whether it names its remit or the body it serves, the noun its
complement ends on (a kind of body, a person, something else) and the words of a name. Pure Python over
records.
"""

from __future__ import annotations

from whosaid.findings import SpeakerMention
from whosaid.speaker_context import ArticleContext, Seen


def lower_case_head(mention: SpeakerMention) -> bool:
    """Whether the phrase's head is a lower-case word with no capitalised word before it (« locataire de la
    place Beauvau »; not "Sydney Morning Herald", nor « Beaucoup d'élus »)."""
    words = mention.name.split()
    at = next((k for k, w in enumerate(words) if w.lower() == mention.head), None)
    return at is not None and not any(w[:1].isupper() for w in words[: at + 1])


def names_a_remit(name: str, of_words) -> bool:
    """Whether a title names its own remit or body after an of-word (« ministre du Commerce », « ministre
    de l'Intérieur », "Secretary of State", « président de la cour », "head of state", capitalised or
    not), not a party or place that qualifies a person (« le parlementaire LR »)."""
    words = name.split()
    for k, word in enumerate(words[1:], 1):
        before = words[k - 1].lower()
        elided = next((o for o in of_words if o.endswith(("'", "’")) and word.lower().startswith(o)), None)
        rest = word[len(elided) :] if elided else word
        for article in ("l'", "l’"):
            rest = rest[len(article) :] if rest.lower().startswith(article) else rest
        two = f"{words[k - 2].lower()} {before}" if k >= 2 else ""  # « de la Santé »
        if rest[:1].isalpha() and (elided or before in of_words or two in of_words):
            return True
    return False


def serves_a_named_body(mention: SpeakerMention, context: ArticleContext) -> bool:
    """Whether a title's phrase names, after an of-word, the organisation it serves ("l'avocat du
    Parlement européen", "the lawyer for the European Parliament"; not « le parlementaire LR »)."""
    for ent in context.index.inside(mention.start, mention.end):
        if ent.label != "ORG":
            continue
        for m in ent.mentions:
            if mention.start <= m.start < mention.end:
                before = context.text[mention.start : m.start].lower().replace("’", "'").split()
                if any(w in context.of_words for w in before[-2:]):
                    return True
    return False


def complement_noun(mention: SpeakerMention, context: ArticleContext) -> str | None:
    """The last word of a role phrase's complement, after its first of-word ("spokesman for the spa" ->
    "spa", « porte-parole du ministre » -> "ministre"); None when the phrase has no complement."""
    words = mention.name.lower().replace("’", "'").split()
    of = next((k for k, w in enumerate(words) if k > 0 and w in context.of_words), None)
    return words[-1].strip(".,") if of is not None and of + 1 < len(words) else None


def name_words(name: str) -> set[str]:
    """The lower-case words of a name, each also without a plural "s"."""
    words = name.lower().replace("’", "'").split()
    return {*words, *(w.rstrip("s") for w in words)}


def body_word(mention: SpeakerMention, context: ArticleContext) -> str | None:
    """The noun for a kind of body a role phrase speaks for ("council" in "a council spokesperson", "the
    spokesman for the ministry"), or None."""
    last = complement_noun(mention, context)
    words = [last] if last is not None else mention.name.lower().replace("’", "'").split()[:-1]
    return next((w for w in reversed(words) if w in context.body_words), None)


def speaks_for_something_else(mention: SpeakerMention, seen: Seen, context: ArticleContext) -> bool:
    """Whether a role phrase's complement ends on a noun that is neither a word for a body (company,
    ministry, « groupe ») nor a word of the chosen organisation's name."""
    last = complement_noun(mention, context)
    if last is None or not last.isalpha():
        return False
    named = seen.name.lower().replace("’", "'").split()
    return last not in context.body_words and last not in named and last.rstrip("s") not in named


def speaks_for_a_person(mention: SpeakerMention, context: ArticleContext) -> bool:
    """Whether a role phrase's complement ends on a noun for a person."""
    return complement_noun(mention, context) in context.person_words
