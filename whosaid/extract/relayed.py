"""Speakers the grammatical subject only stands in for: the group an impersonal « on » speaks for (« Au
Quai d'Orsay, on souligne que P », « précise-t-on au DFAE ») and the source an outlet relays ("X reported,
citing two people at Aurelia, that P"). Which words name a cue's speaker otherwise is
`whosaid.extract.speaker_phrase`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from whosaid.extract.sources import describe_speaker
from whosaid.extract.syntax import context_of, in_quotation, indices_of_words, is_time_word, np_tokens, sent_of
from whosaid.findings import SpeakerMention
from whosaid.lang import LanguageTable

# what a phrase standing for a speaking group cannot be: a thing, a pronoun again, an unsigned document
NOT_A_GROUP = ("thing", "pronoun", "document")


def fronted_group(verb: Token, subject: Token, table: LanguageTable) -> SpeakerMention | None:
    """The group an impersonal subject stands for, named by a phrase that opens the sentence and ends in
    a comma right before the subject (« Au Quai d'Orsay, on souligne que P », « Chez Les Républicains, on
    assure que P »), or that follows it in an incise (« « … », précise-t-on au DFAE »). None when there
    is none, or when the phrase names something that cannot speak (« Dans un communiqué », « Dans les
    couloirs »)."""
    doc = verb.doc
    if subject.text.startswith("-"):
        # « « … », précise-t-on au DFAE », « indique-t-on chez Renault », « a-t-on appris de source
        # policière »: the group or source follows the inverted « on » and its verb
        k, sent = max(subject.i, verb.i) + 1, sent_of(verb)
        while k < sent.end and is_time_word(doc[k], table):
            k += 1  # « a-t-on appris mercredi de source gouvernementale »: when, then from whom
        opening = table.group_locatives | table.source_prepositions
        if k < sent.end and doc[k].lower_ in opening:
            words = []
            for tok in doc[k + 1 : sent.end]:
                # (a hyphen inside a word is no stop: « auprès des marins-pompiers »)
                inside_word = tok.text == "-" and not tok.whitespace_ and not doc[tok.i - 1].whitespace_
                if tok.is_punct and not inside_word:
                    break
                words.append(tok)
            mention = describe_speaker(words, table) if words else None
            if mention is not None and mention.kind not in NOT_A_GROUP:
                return mention
        return None
    host = verb.head
    if (
        verb.dep_ in table.syntax.relative_clause
        and host.pos_ in ("NOUN", "PROPN")
        and host.i < subject.i
        and any(c.dep_ in table.syntax.case and c.lower_ in table.group_locatives for c in host.children)
    ):
        # « Même son de cloche chez Force ouvrière, où l'on estime que P »: the group the relative clause's
        # « on » stands in is the place it hangs on
        words = [
            t for t in np_tokens(host, table) if t.i < verb.i and not t.is_punct and t.dep_ not in table.syntax.case
        ]
        words = [t for t in words if t.i >= host.i or t.head.i == host.i and t.pos_ != "ADP"]
        mention = describe_speaker(words, table, head=host) if words else None
        if mention is not None and mention.kind not in NOT_A_GROUP:
            return mention
    if subject.i < 2 or doc[subject.i - 1].text != ",":
        return None
    for child in verb.children:
        if child.i >= subject.i or child.pos_ not in ("NOUN", "PROPN"):
            continue
        if child.lower_ in table.channel_nouns or child.lemma_.lower() in table.channel_nouns:
            continue  # « Dans un communiqué, on … »: what the words were said in
        case = [c for c in child.children if c.dep_ in table.syntax.case and c.i < child.i]
        if not case or case[0].i != sent_of(verb).start:
            continue
        if child.lower_ in table.side_nouns:
            # « Du côté de Bercy, on salue P »: the side's owner is the group
            owner = next((c for c in child.children if c.i > child.i and c.pos_ in ("NOUN", "PROPN")), None)
            case = [c for c in owner.children if c.dep_ in table.syntax.case] if owner is not None else []
            if not case or owner.i >= subject.i:
                continue
            child = owner
        elif case[0].lower_ not in table.group_locatives:
            continue
        words = [t for t in np_tokens(child, table) if t.i > case[-1].i and t.i < subject.i - 1]
        mention = describe_speaker(words, table, head=child) if words else None
        if mention is not None and mention.kind not in NOT_A_GROUP:
            return mention
    return None


NOMINAL = ("NOUN", "PROPN", "PRON")
RELAY_REACH = 8  # tokens between a cue (or its speaker phrase) and ", citing Y" / « , citant Y »


def relayed_source(verb: Token, speaker: SpeakerMention | None, table: LanguageTable) -> SpeakerMention | None:
    """The source a cue's speaker relays: "X reported Monday, citing two people at Aurelia, that P",
    « P, a rapporté la télévision publique, citant une source policière », « L'AIP, citant le CCC, a
    rapporté que P »: the words are Y's. Y must be able to speak ("citing falling demand" gives a reason,
    not a source); the relay stands right after the cue or its speaker phrase, or between the speaker
    and the cue, wherever the parser hung it."""
    doc, sent = verb.doc, sent_of(verb)
    relays = [doc[i] for i in _relay_markers(doc, table) if sent.start < i < sent.end]
    if not relays:
        return None
    after = verb.i
    if speaker is not None:
        after = max([after, *(t.i for t in doc[sent.start : sent.end] if t.idx < speaker.end)])
    for tok in relays:
        if doc[tok.i - 1].text != "," or in_quotation(tok):
            continue
        if tok.i > after:
            between = doc[after + 1 : tok.i - 1]  # "reported on Wednesday, citing"
        elif tok.i < verb.i and (speaker is None or tok.idx > speaker.start):
            between = doc[tok.right_edge.i + 1 : verb.i]  # "L'AIP, citant le CCC, a rapporté"
        else:
            continue
        if len(between) > RELAY_REACH or any(_other_verb(t, verb) for t in between):
            continue
        cited = next((c for c in tok.children if c.dep_ in table.syntax.object and c.pos_ in NOMINAL), None)
        source = describe_speaker(np_tokens(cited, table), table, head=cited) if cited is not None else None
        if source is not None and source.kind not in ("thing", "pronoun", "group", "document"):
            return source
    return None


def _relay_markers(doc: Doc, table: LanguageTable) -> list[int]:
    """Indices of the Doc's relay words ("citing", « citant »), found once per extraction."""
    context = context_of(doc)
    found = context.get("relays")
    if found is None:
        found = context["relays"] = indices_of_words(doc, table.relay_markers)
    return found


def _other_verb(token: Token, verb: Token) -> bool:
    """A verb or auxiliary that is not part of the cue itself."""
    return token.pos_ in ("VERB", "AUX") and token.i != verb.i and token.head.i != verb.i
