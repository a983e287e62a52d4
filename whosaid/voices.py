"""Whom a voice speaks for, from the words around it, for `whosaid.speakers.resolve_role`: the body the
words it reports open with ("The university has filed a patent, a spokesman confirmed"), the body the
sentence before has as its subject ("The fire service said P. A spokeswoman said Q"), the latest
organisation of the kind of body a role or a noun names ("a council spokesperson"), and no organisation
the story never has act. Pure Python over records."""

from __future__ import annotations

import re
from dataclasses import replace

from whosaid.antecedents import body_subject_before
from whosaid.findings import SpeakerMention
from whosaid.phrase_words import name_words
from whosaid.speaker_context import ArticleContext, Choice, Seen

OPENING_CHARS = 5  # characters an article takes before the body a reported clause opens with ("The ", « L'»)
BODY_REACH = 50  # mentions back in which a noun for a body ("a council spokesperson") finds the organisation it names
MAX_OPENING_NAME = 60  # characters of a body's name a reported clause opens with


def latest_of_kind(noun: str, position: int, context: ArticleContext) -> Seen | None:
    """The latest organisation named before `position` whose name holds a noun for its kind of body ("A
    council spokesperson said" → « Bristol City Council », « le ministère » → « le ministère de la Santé »),
    `BODY_REACH` mentions back at most; None when none."""
    kind = next(
        (
            e
            for _, e in context.index.mentions_before(position, BODY_REACH)
            if e.label == "ORG" and noun in name_words(e.name)
        ),
        None,
    )
    return Seen(position, kind.name, kind, "sing") if kind is not None else None


def voice_of_body_before(mention: SpeakerMention, context: ArticleContext, resolve) -> Seen | None:
    """ "The fire service said P. A spokeswoman said Q", « La préfecture a indiqué P. Une porte-parole a assuré
    Q »: a bare voice (a voice noun and nothing else) speaks for the body the sentence just before has as its
    subject, resolved as that noun is by `resolve` (as written when the text names none); else None."""
    body = body_subject_before(mention.start, context)
    if body is None or mention.number != "sing" or not set(mention.name.lower().split()) <= context.voice_words:
        return None
    spoken = resolve(body.mention, context).seen
    return replace(spoken, position=mention.start) if spoken is not None else None


def reported_body(mention: SpeakerMention, context: ArticleContext) -> Seen | None:
    """ "The university has filed a patent, a spokesman confirmed", « Sanofi lancera le test, a indiqué une
    porte-parole de l'entreprise »: a voice of no body of its own, in an incise after what it reports,
    speaks for the body those words open with (named, or a noun for a body that names the one organisation
    of that kind met before); else None. Not a phrase that names another kind of body ("a union spokesman
    said the company would cut jobs") or says more of itself ("an Egyptian representative")."""
    start, end = context.quote_span
    if mention.start < end or end <= start or mention.possessed or context.index.inside(mention.start, mention.end):
        return None
    if context.in_quotation(start):
        return None  # '"The Commission's decision ignores …," a spokesperson said': the speaker's own words name
        # other bodies; their own is "we"
    noun = next((w for w in mention.name.lower().split() if w in context.voice_words), None)
    if mention.number != "sing" or noun is None:
        return None  # (not "three people briefed on the plans": sources; nor "the company": named before)
    rest = set(_bare_words(mention.name)) - {noun}
    if any(w not in context.body_words and w not in context.of_words for w in rest):
        return None  # "an Egyptian representative": someone of another body than the words are about
    # the kind of body the phrase names ("a company spokeswoman"): the body the words open with must be of it
    own = rest & context.body_words
    opening = context.index.inside(start, min(end, start + OPENING_CHARS + MAX_OPENING_NAME))
    for ent in opening:
        first = min((m.start for m in ent.mentions if m.start >= start), default=end)
        if ent.label == "ORG" and first - start <= OPENING_CHARS and _of_kind(ent.name, own, context):
            return Seen(mention.start, ent.name, ent, "sing")
    if own:
        return None
    # « L'université », "The university": past an elided or a separate article, a noun for a body
    body = next((w for w in _bare_words(context.text[start:end])[:2] if w in context.body_words), None)
    if body is None:
        return None
    named = {e.id: e for _, e in context.index.mentions_before(start, BODY_REACH) if e.label == "ORG"}
    kinds = [e for e in named.values() if body in name_words(e.name)]
    return Seen(mention.start, kinds[0].name, kinds[0], "sing") if len(kinds) == 1 else None


def _bare_words(text: str) -> list[str]:
    """The lower-case words of a text, each past an elided article or preposition (« l'université »)."""
    return [w.split("'")[-1] for w in text.lower().replace("’", "'").split()]


def _of_kind(name: str, kinds: set[str], context: ArticleContext) -> bool:
    """Whether an organisation's name fits the nouns for kinds of body a phrase gave it (none: any): a noun
    its name holds, or a noun for a business for a name that holds no noun for another kind of body."""
    words = name_words(name)
    if not kinds or kinds & words:
        return True
    return kinds <= context.company_words and not words & (context.body_words - context.company_words)


def idle_organisation(seen: Seen | None, mention: SpeakerMention, context: ArticleContext) -> bool:
    """True for an organisation ranked for a role that the story never has act, that the role's phrase does
    not name and that the words being reported do not name either ("A No 10 spokesman said" ranked
    "Liberal" of "the Liberal Democrat leader"; "Toyota will recall …, the automaker announced" is Toyota),
    or whose name lacks the nationality the phrase gives."""
    if seen is None or seen.entity is None or seen.entity.id in context.actors:
        return False
    own = name_words(mention.text)
    if own & context.nationalities and not own & context.nationalities & name_words(seen.name):
        return True  # "an Egyptian representative said" is of Egypt, not of Hamas, named in what is reported
    if name_words(seen.name) & own:
        return False  # "Scientology officials said"
    return seen.entity not in context.index.inside(*context.quote_span)


def phrase_repeated(mention: SpeakerMention, context: ArticleContext) -> Choice | None:
    """ "A State Department spokesperson said P. "Q," the spokesperson said", « Un porte-parole du ministère a
    indiqué P. « Q », a ajouté le porte-parole »: a definite title or voice whose words all stand in the latest
    speaker phrase that holds its noun, in this sentence or the one before, and not in a complement there
    ("a spokesman for the minister" is no minister), is whom that phrase meant when it was resolved to a name
    (an unnamed one is `unnamed_before`'s); else None."""
    if mention.new or mention.possessed or mention.kind not in ("description", "role") or not mention.keywords:
        return None
    noun = mention.keywords[0]
    earlier = next((p for p in reversed(context.phrases) if set(mention.keywords) <= set(_words(p[0].text))), None)
    if earlier is None:
        return None
    phrase, seen = earlier
    if seen.entity is None or phrase.number != mention.number:
        return None
    shown = {phrase.gender, context.genders.get(seen.entity.id)} - {"", None}
    if mention.gender and shown - {mention.gender}:
        return None  # « La ministre » is not « le ministre de l'Intérieur, X »
    words = _words(phrase.text)
    complement = {w for w in context.of_words if " " not in w}
    if (
        context.distances.sentences(phrase.start, mention.start) > 1
        or not set(_words(mention.name)) <= set(words)
        or complement & set(words[: words.index(noun)])
    ):
        return None
    return Choice(replace(seen, position=mention.start), "phrase_repeated")


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())
