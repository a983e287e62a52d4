"""Quote extraction: quotation marks, cue verbs, source markers, and the speaker phrase of each quote.

`find_quote_marks` works on raw text. `extract_quotes` works on one parsed spaCy `Doc` (or a chunk of a
long article, `base` being its offset) and returns `RawQuote` records whose speaker is still a phrase
(`SpeakerMention`); `whosaid.speakers` resolves those phrases to entities afterwards, over the whole
article, so that pronouns and titles can point back across chunk boundaries.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from whosaid.lang import LanguageTable
from whosaid.pipeline import doc_ents, doc_sents, doc_text, sent_of

# Opening mark -> closing marks. A straight double quote opens and closes itself.
QUOTE_PAIRS = {"«": "»", "“": "”", "‹": "›", "„": "“”", '"': '"', "»": "«"}
# "»" opening is the German/Danish order (»…«); only used where the text has no «.
PAD = " \u00a0\u202f\u2009\t"
SENT_END = ".!?…"
SUBJ_DEPS = ("nsubj", "nsubj:pass", "nsubjpass", "expl:subj", "csubj")
# Dependents that leave a speaker's noun phrase: relative clauses, participles, side clauses.
NP_EXCLUDE_DEPS = ("acl:relcl", "relcl", "acl", "advcl", "parataxis", "ccomp", "dep")
MIN_FLOATING_WORDS = 5


@dataclass(frozen=True)
class QuoteMark:
    """A quotation in marks: `open`/`close` index the marks; `start`/`end` the content inside."""

    open: int
    close: int  # index of the closing mark, or the content end when the quotation is never closed
    start: int
    end: int
    closed: bool

    @property
    def outer_end(self) -> int:
        return self.close + 1 if self.closed else self.end


@dataclass(frozen=True)
class SpeakerMention:
    """The words a quote's speaker is named with, and what kind of reference they are."""

    start: int
    end: int
    text: str
    kind: str  # name, pronoun, group, description, role, common
    name: str  # surface name: an entity's words, or the noun phrase without its determiner
    entity_spans: tuple[tuple[int, int], ...] = ()
    number: str = "sing"
    keywords: tuple[str, ...] = ()
    head: str = ""  # lemma of the phrase's head noun


@dataclass(frozen=True)
class RawQuote:
    start: int
    end: int
    kind: str  # direct, indirect, mixed
    cue: tuple[int, int] | None
    speaker: SpeakerMention | None
    attribution: str  # explicit, implicit
    rule: str = ""  # which rule found it, for debugging and tests


@dataclass(frozen=True)
class TitleLink:
    """A name next to a describing noun phrase: a person's title ("le ministre russe des Affaires
    étrangères, Sergueï Lavrov", `titled`), or an organisation's kind ("le quotidien Le Figaro")."""

    person: tuple[int, int]
    keywords: tuple[str, ...]
    titled: bool = True


@dataclass(frozen=True)
class SentenceSubject:
    """The main subject of a sentence, used to resolve later pronouns and floating quotes."""

    start: int  # sentence start
    end: int  # sentence end
    position: int  # where the subject is
    mention: SpeakerMention


@dataclass
class DocFindings:
    """What one parsed chunk yields: quotes, title links and sentence subjects, in text order."""

    quotes: list[RawQuote] = field(default_factory=list)
    titles: list[TitleLink] = field(default_factory=list)
    subjects: list[SentenceSubject] = field(default_factory=list)


# --------------------------------------------------------------------------- quotation marks


def _opens_straight(text: str, i: int) -> bool:
    """A straight " opens when preceded by a space/start/bracket and followed by a non-space."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-:;,/") and not after.isspace()


def _paragraph_end(text: str, i: int) -> int:
    """Index of the next blank-line (or single newline) paragraph break at or after i."""
    match = re.compile(r"\n").search(text, i)
    return match.start() if match else len(text)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in PAD + "\n":
        start += 1
    while end > start and text[end - 1] in PAD + "\n":
        end -= 1
    return start, end


def find_quote_marks(text: str) -> list[QuoteMark]:
    """Every quotation in marks, in text order.

    Handles « », “ ”, „ “, ‹ ›, straight quotes (paired by position), quotations running over
    several paragraphs (closed in a later paragraph), English continuation paragraphs (a new
    paragraph that reopens the quotation: each paragraph is its own quotation), and unbalanced
    marks (the quotation stops at its paragraph's end, not the text's).
    """
    has_guillemets = "«" in text
    marks, i, n = [], 0, len(text)
    while i < n:
        ch = text[i]
        if ch not in QUOTE_PAIRS or (ch == "»" and has_guillemets) or (ch == '"' and not _opens_straight(text, i)):
            i += 1
            continue
        closers = QUOTE_PAIRS[ch]
        j, close, closed = i + 1, None, False
        while j < n:
            if text[j] in closers and not (closers == '"' and _opens_straight(text, j) and j + 1 < n
                                           and text[j - 1].isspace()):
                close, closed = j, True
                break
            if text[j] == "\n":
                # Paragraph break inside a quotation: continue only if the mark closes in the next
                # paragraph and that paragraph does not reopen it (English continuation style).
                k = j
                while k < n and text[k] in "\n" + PAD:
                    k += 1
                next_end = _paragraph_end(text, k)
                nxt = text[k:next_end]
                if k < n and text[k] == ch:
                    break  # continuation paragraph: it opens its own quotation
                if not any(c in nxt for c in closers) or (ch != '"' and ch in nxt and nxt.index(ch) < min(
                        nxt.index(c) for c in closers if c in nxt)):
                    break  # unbalanced: stop at this paragraph's end
                if ch == '"' and _opens_straight(text, k + nxt.index('"')):
                    break  # the next paragraph's first mark opens a new quotation: this one is unclosed
                j = k
                continue
            j += 1
        end = close if closed else j
        start, stop = _trim(text, i + 1, end)
        if closed and stop > start and text[stop - 1] == ",":
            stop = _trim(text, start, stop - 1)[1]  # '"…," he said': the comma belongs to the sentence
        if stop > start:
            marks.append(QuoteMark(open=i, close=end if closed else stop, start=start, end=stop, closed=closed))
        i = end + 1 if closed else max(j, i + 1)
    return marks


# --------------------------------------------------------------------------- token helpers


def _lower(token) -> str:
    return token.text.lower().lstrip("-")


def _is_cue_verb(token, table: LanguageTable) -> bool:
    if token.pos_ not in ("VERB", "AUX"):
        # the tagger sometimes takes a verb for an adjective ("…, raconte : « … »"): trust the form
        # only where the word heads its sentence or has a subject
        if not token.is_alpha or not (token.dep_ == "ROOT" or any(c.dep_ in SUBJ_DEPS for c in token.children)):
            return False
        guess = table.verb_lemma("", token.lower_)
        return guess in table.speech_verbs
    lemma = table.verb_lemma(token.lemma_.lower(), token.lower_)
    if lemma in table.verb_particles:
        return any(c.lemma_.lower() in table.verb_particles[lemma] or c.lower_ in table.verb_particles[lemma]
                   for c in token.children)
    for light, particles in table.verb_particles.items():
        # "a fait savoir que": the parser may head the pair with the second verb ("savoir" + aux "fait")
        if lemma in particles and any(c.lemma_.lower() == light for c in token.children):
            return True
    return table.is_cue_lemma(lemma) or token.lower_ in table.speech_verbs


def _is_quote_only(token, table: LanguageTable) -> bool:
    lemma = table.verb_lemma(token.lemma_.lower(), token.lower_)
    return lemma in table.quote_only_verbs and token.lower_ not in table.speech_verbs


def _subject(token, *, hops: int = 3):
    """The subject of a verb, inherited from the governing verb for participles and coordinations."""
    for _ in range(hops):
        for child in token.children:
            if child.dep_ in SUBJ_DEPS and child.lower_ not in ("-t", "t"):
                return child
        if token.dep_ in ("conj", "xcomp", "advcl", "acl") and token.head is not token:
            token = token.head
            continue
        return None
    return None


def _cue_span(verb) -> tuple[int, int]:
    """Cue words as written: auxiliaries, clitics and adverbs between them, and the verb."""
    first = verb
    for child in verb.children:
        if child.i < verb.i and child.dep_ in ("aux", "aux:tense", "aux:pass", "auxpass", "expl:comp", "expl:pv",
                                               "advmod", "neg") and verb.i - child.i <= 4:
            first = min(first, child, key=lambda t: t.i)
    last = verb
    for child in verb.children:
        if child.i == last.i + 1 and (child.dep_ in ("prt", "compound:prt") or child.text.startswith("-")):
            last = child
    return first.idx, last.idx + len(last.text)


def _span_chars(doc, first: int, last: int) -> tuple[int, int]:
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def _content_words(tokens, table: LanguageTable) -> tuple[str, ...]:
    words, joined = [], " ".join(t.lower_ for t in tokens)
    for key, expansion in table.title_synonyms.items():
        if key in joined.replace("’", "'"):
            words.extend(expansion)
    for t in tokens:
        low = t.lower_.replace("’", "'")
        if "-" in low:  # "Président-candidat": each part is a title word
            words.extend(part for part in low.split("-") if part.isalpha())
        if t.is_alpha and not t.is_stop and low not in table.determiners:
            words.append(t.lemma_.lower() if t.pos_ != "PROPN" else low)
    return tuple(dict.fromkeys(words))


# --------------------------------------------------------------------------- speaker phrases


def _np_tokens(subject) -> list:
    """The subject's noun phrase, without relative clauses and other side clauses."""
    keep, stack = [], [subject]
    while stack:
        tok = stack.pop()
        keep.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in NP_EXCLUDE_DEPS or c.i == subject.i)
    # The phrase may have holes where a side clause was left out ("L'un des porte-parole ayant
    # participé …, Joe Incandela"): names after the hole still belong to it.
    toks = sorted(keep, key=lambda t: t.i)
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    return toks or [subject]


def _ents_in(doc, start: int, end: int, table: LanguageTable, types: tuple[str, ...]):
    found = []
    for ent in doc_ents(doc):
        if ent.start_char < end and ent.end_char > start and table.entity_labels.get(ent.label_) in types:
            if ent[0].lower_.replace("’", "'") in table.title_words and table.entity_labels.get(ent.label_) != "PERSON":
                continue  # "ministre russe des Affaires étrangères" tagged ORG is a title, not a name
            found.append(ent)
    return found


def _around(tokens, head) -> list:
    """The unbroken run of `tokens` that holds `head`."""
    ids = {t.i for t in tokens}
    if head.i not in ids:
        return list(tokens)
    first = last = head.i
    while first - 1 in ids:
        first -= 1
    while last + 1 in ids:
        last += 1
    return [t for t in tokens if first <= t.i <= last]


def _strip_determiners(tokens, table: LanguageTable) -> list:
    toks = list(tokens)
    while toks and (toks[0].lower_.replace("’", "'") in table.determiners or toks[0].pos_ == "DET"):
        toks.pop(0)
    return toks


def _text_of(doc, tokens) -> str:
    if not tokens:
        return ""
    return doc_text(doc)[tokens[0].idx: tokens[-1].idx + len(tokens[-1].text)]


def _joint(doc, ents, table: LanguageTable) -> bool:
    """True when named entities are coordinated: "TASS et Ria Novosti", "A, B and C" (not "CERN, Michel
    Spiro", an apposition)."""
    if len(ents) < 2:
        return False
    gaps = [doc_text(doc)[left.end_char:right.start_char].strip().lower() for left, right in zip(ents, ents[1:])]
    words = [g.strip(", ") for g in gaps]
    if any(w and w not in table.joiners for w in words):
        return False
    return bool(words[-1]) and words[-1] in table.joiners and words[-1] != ","


def describe_speaker(tokens, table: LanguageTable, *, head=None) -> SpeakerMention | None:
    """Classify the words naming a speaker: a name, a pronoun, a title, a role in an organisation..."""
    tokens = [t for t in tokens if not t.is_space]
    if not tokens:
        return None
    doc = tokens[0].doc
    head = head if head is not None else max(tokens, key=lambda t: (t.pos_ in ("NOUN", "PROPN", "PRON"), -t.i))
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = doc_text(doc)[start:end]
    low = _lower(head)
    if head.pos_ == "PRON" or len(tokens) == 1 and low in table.person_pronouns:
        if low in table.person_pronouns:
            return SpeakerMention(start, end, text, "pronoun", low, number=table.person_pronouns[low])
        if low in table.group_pronouns:
            return SpeakerMention(start, end, text, "group", low)
    persons = _ents_in(doc, start, end, table, ("PERSON",))
    names = _ents_in(doc, start, end, table, ("PERSON", "ORG", "PLACE"))
    if len(names) > 1 and _joint(doc, names, table):
        joint = doc_text(doc)[names[0].start_char:names[-1].end_char]
        return SpeakerMention(start, end, text, "name", joint, tuple((e.start_char, e.end_char) for e in names),
                              number="plur")
    if persons:
        person = persons[-1] if len(persons) > 1 and persons[-1].root.dep_ == "appos" else persons[0]
        rest = [t for t in tokens if not (person.start <= t.i < person.end)]
        return SpeakerMention(start, end, text, "name", person.text, ((person.start_char, person.end_char),),
                              keywords=_content_words(rest, table))
    if head.pos_ == "PROPN" and not head.ent_type_:
        # a name the model did not tag ("… Alia Salem said"): the run of proper nouns ending at the head
        run = [head]
        while run[0].i > tokens[0].i and doc[run[0].i - 1].pos_ == "PROPN" and not doc[run[0].i - 1].ent_type_:
            run.insert(0, doc[run[0].i - 1])
        return SpeakerMention(start, end, text, "name", _text_of(doc, run))
    head_low = head.lower_.replace("’", "'")
    is_document = head_low in table.document_nouns or head.lemma_.lower() in table.document_nouns
    # "un porte-parole de la police", "un rapport de la Ligue arabe": they speak for the organisation
    is_role = head_low in table.role_words or head.lemma_.lower() in table.role_words
    possessor = [c for c in head.children if c.dep_ in ("poss", "nmod:poss") and c.pos_ == "PROPN"]
    if (is_role or is_document) and possessor and not names:
        # "Cornyn's statement added", "PC World's analysis concluded": it speaks for its author
        owner = possessor[0]
        run = [t for t in tokens if t.pos_ == "PROPN" and t.i <= owner.i and owner.i - t.i < 4]
        return SpeakerMention(start, end, text, "name", _text_of(doc, run or [owner]))
    orgs = [e for e in names if table.entity_labels.get(e.label_) == "ORG"]
    if (is_role or is_document) and orgs:
        org = orgs[0]
        return SpeakerMention(start, end, text, "name", org.text, ((org.start_char, org.end_char),))
    if head_low in table.title_words or head.lemma_.lower() in table.title_words:
        return SpeakerMention(start, end, text, "description", _text_of(doc, _strip_determiners(_around(tokens, head), table)),
                              keywords=_content_words(tokens, table))
    definite_singular = any("Def" in t.morph.get("Definite") for t in tokens if t.i < head.i) and \
        head.morph.get("Number") != ["Plur"] and head.tag_ not in ("NNS", "NNPS")
    if is_document and not names and not definite_singular:
        # "Recent reports have revealed …", "Estimates suggest …": a document nobody signed
        # ("the report states …" refers back to a known one and speaks for its authors)
        return SpeakerMention(start, end, text, "document", _text_of(doc, _strip_determiners(_around(tokens, head), table)))
    if is_role:
        return SpeakerMention(start, end, text, "role", _text_of(doc, _strip_determiners(_around(tokens, head), table)),
                              number="plur" if head.morph.get("Number") == ["Plur"] else "sing")
    for ent in names:
        attached = ent.root.head.i == head.i and (ent.root.dep_ in ("appos", "flat", "flat:name", "compound", "nn")
                                                  or ent.root.dep_ == "nmod" and not any(c.dep_ == "case" for c in ent.root.children))
        if ent.start <= head.i < ent.end or head.dep_ in ("flat", "flat:name", "appos") or attached:
            return SpeakerMention(start, end, text, "name", ent.text, ((ent.start_char, ent.end_char),))
    if names and all(t.pos_ in ("PROPN", "DET", "PUNCT") or t.ent_type_ for t in tokens):
        ent = names[0]
        return SpeakerMention(start, end, text, "name", ent.text, ((ent.start_char, ent.end_char),))
    core = _strip_determiners(_around(tokens, head), table)
    while core and core[-1].is_punct:
        core.pop()
    if len(core) > 8:  # a long phrase: keep the head and the words right before it
        core = [t for t in core if t.i <= head.i][-4:]
    number = "plur" if head.morph.get("Number") == ["Plur"] or head.tag_ in ("NNS", "NNPS") else "sing"
    return SpeakerMention(start, end, text, "common", _text_of(doc, core), number=number,
                          keywords=_content_words(core, table), head=head.lemma_.lower())


def _tail_np(verb) -> list:
    """The words right after a verb up to punctuation: the inverted subject of an incise."""
    doc, tail = verb.doc, []
    for tok in doc[verb.i + 1: sent_of(verb).end]:
        if tok.is_punct and tok.text not in "-'’":
            break
        tail.append(tok)
    # skip adverbs and clitics between verb and subject ("indique aujourd'hui les services de …")
    while tail and (tail[0].pos_ in ("ADV",) or tail[0].text.startswith("-") and tail[0].lower_ in ("-t",)):
        tail.pop(0)
    if tail and tail[0].pos_ == "PRON":
        return tail[:1]  # "a-t-il ajouté dans une tribune": the speaker is "il"
    if tail and (tail[0].pos_ in ("DET", "PROPN", "NOUN") or tail[0].ent_type_):
        return tail
    return []


def _cue_first(verb) -> int:
    """Index of the first word of a cue verb's group: its auxiliaries and clitics ("s'est réjoui")."""
    return min([verb.i] + [c.i for c in verb.children if c.i < verb.i and (
        c.dep_.startswith("aux") or c.dep_ in ("expl:comp", "expl:pv", "expl:pass"))])


def _is_incise(verb) -> bool:
    """True when the cue follows its content: "…, a indiqué X", "« … » indique X"."""
    first = _cue_first(verb)
    return first > 0 and verb.doc[first - 1].text in (",", "»", "”", '"', "–", "—", ";")


def speaker_of(verb, table: LanguageTable) -> SpeakerMention | None:
    """The speaker phrase of a cue verb: its subject; in an incise the inverted noun phrase after it
    ("…, ont rapporté les agences TASS et Ria Novosti"); for participles and coordinated verbs the
    subject of the verb they hang on."""
    own = _subject(verb, hops=1)
    if own is not None and _lower(own) in table.impersonal_subjects:
        return None  # "dit-on", "it is said": nobody in particular
    if own is not None and own.dep_ != "csubj":
        np = _np_tokens(own)
        adjacent = own.i > verb.i or np[-1].i >= _cue_first(verb) - 3
        if adjacent:
            if own.lower_ in table.relative_pronouns and verb.dep_ in ("acl:relcl", "relcl") and verb.head.i < verb.i:
                # "Ansar Eddine, qui affirme …": the relative pronoun stands for its antecedent
                return describe_speaker(_np_tokens(verb.head), table, head=verb.head)
            return describe_speaker(np, table, head=own)
    if _is_incise(verb):
        tail = _tail_np(verb)
        if tail:
            return describe_speaker(tail, table)
    inherited = _subject(verb)
    if inherited is not None and _lower(inherited) not in table.impersonal_subjects:
        if inherited.lower_ in table.relative_pronouns:
            return None
        return describe_speaker(_np_tokens(inherited), table, head=inherited)
    return _name_before(verb, table)


def _name_before(verb, table: LanguageTable) -> SpeakerMention | None:
    """A person or organisation named right before a cue verb that the parser left without a subject
    ("Speaking in the parents' defense, Tom Molomby, SC, said that …")."""
    doc, first = verb.doc, _cue_first(verb)
    sent_start = sent_of(verb).start
    near = [ent for ent in doc_ents(doc) if first - 6 <= ent.end <= first and ent.start >= sent_start
            and not any(t.pos_ in ("VERB", "AUX") for t in doc[ent.end:first])]
    for label in ("PERSON", "ORG"):  # "Tom Molomby, SC, said": the person, not the title after it
        for ent in reversed(near):
            if table.entity_labels.get(ent.label_) == label:
                return describe_speaker(list(ent), table)
    return None


# --------------------------------------------------------------------------- content spans


def _trim_content(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces and edge punctuation (not closing quotation marks or final !?.. inside marks)."""
    while start < end and (text[start] in PAD + "\n,;:–—-" or text[start] == "."):
        start += 1
    while end > start and text[end - 1] in PAD + "\n,;:–—-.":
        end -= 1
    return start, end


def _classify(text: str, start: int, end: int, marks: list[QuoteMark]) -> tuple[str, int, int, list[QuoteMark]]:
    """Kind of a reported stretch given the quotation marks it overlaps; grow it to whole quotations."""
    inside = [m for m in marks if m.open < end and m.outer_end > start]
    if not inside:
        return "indirect", start, end, []
    new_start = min(start, min(m.open for m in inside))
    new_end = max(end, max(m.outer_end for m in inside))
    if len(inside) == 1:
        mark = inside[0]
        before = text[new_start:mark.open].strip(PAD + "\n,;:–—-")
        after = text[mark.outer_end:new_end].strip(PAD + "\n,;:.–—-")
        if not before and not after:
            return "direct", mark.start, mark.end, inside
    return "mixed", new_start, new_end, inside


def _complement(verb, table: LanguageTable):
    """The reported clause of a cue verb, to its right: (token, needs_marks).

    A que/that clause counts as it is; an infinitive or an object counts only when it holds the
    speaker's words in quotation marks ("a indiqué « vouloir … »", "called the sentence "dangerous"").
    """
    right = [c for c in verb.children if c.i > verb.i]
    for child in right:
        if child.dep_ in ("ccomp", "csubj"):
            return child, False
    for child in right:
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX", "ADJ"):
            inner = _complement(child, table)
            if inner is not None and not inner[1]:
                return inner  # "a dit espérer que …": the clause hangs off the infinitive
            # "affirme avoir été agressée": an infinitive of a speech verb is reported speech
            speech = table.verb_lemma(verb.lemma_.lower(), verb.lower_) in table.speech_verbs
            infinitive = child.pos_ in ("VERB", "AUX") and "Inf" in child.morph.get("VerbForm")
            return child, not (speech and infinitive and len(list(child.subtree)) >= 4)
    for child in right:
        if child.dep_ in ("obj", "dobj", "obl:arg"):
            return child, True
    return None


def _extend_clause(doc, sent, last: int, table: LanguageTable) -> int:
    """Run a reported clause on to the sentence end over trailing phrases ("…, exprimant sa confiance"),
    unless what follows is another attribution."""
    end = sent.end - 1
    while end > last and (doc[end].is_punct or doc[end].is_space) and doc[end].text not in "»”\"":
        end -= 1
    rest = doc[last + 1: end + 1]
    if not len(rest):
        return last
    words = [t.lower_.replace("’", "'") for t in rest]
    for marker in table.source_markers:
        for k in range(len(words) - len(marker) + 1):
            if tuple(words[k:k + len(marker)]) == tuple(w.replace("’", "'") for w in marker):
                return last
    for tok in rest:
        participle = tok.morph.get("VerbForm") == ["Part"] and tok.morph.get("Tense") == ["Pres"] or tok.tag_ == "VBG"
        if tok.text in (";", ":") or _is_cue_verb(tok, table) and not participle:
            return last
    return end


def _clause_range(verb, clause) -> tuple[int, int]:
    """Token range of a complement clause, from its complementiser (excluded) to its end."""
    doc = verb.doc
    first = clause.left_edge.i
    last = clause.right_edge.i
    sent_end = sent_of(verb).end - 1
    last = min(max(last, clause.i), sent_end)
    # skip the complementiser and any punctuation before the content
    # skip the clause's own complementiser ("que", "that"), not the "as" of a clause inside it
    while first <= last and (doc[first].dep_ == "mark" and doc[first].head.i == clause.i or doc[first].is_punct
                             and doc[first].text not in "«“\"‹„"):
        first += 1
    return first, last


def _first_word_index(doc, sent, table: LanguageTable) -> int:
    """First content token of a sentence, skipping a dateline ("5 juillet 2012. - ") and dashes."""
    i = sent.start
    while i < sent.end and (doc[i].is_punct or doc[i].is_space) and doc[i].text not in "«“\"‹„":
        i += 1
    return i


# --------------------------------------------------------------------------- extraction


def extract_quotes(doc, table: LanguageTable, *, base: int = 0, marks: list[QuoteMark] | None = None) -> DocFindings:
    """Find the quotes of a parsed Doc; every offset returned is `base` + an offset into `doc.text`."""
    text = doc_text(doc)
    marks = find_quote_marks(text) if marks is None else marks
    findings = DocFindings()
    quotes: list[RawQuote] = []
    used_marks: set[QuoteMark] = set()

    def inside_mark(char: int) -> bool:
        return any(m.start <= char < m.end for m in marks)

    def add(start, end, kind, cue, speaker, attribution, rule, covered=()):
        start, end = _trim_content(text, start, end) if kind != "direct" else (start, end)
        if end - start < 3:
            return
        quotes.append(RawQuote(start, end, kind, cue, speaker, attribution, rule))
        used_marks.update(covered)

    cue_positions = []  # (cue char start, verb or None, cue span, speaker) for quotations in marks
    for sent in doc_sents(doc):
        _collect_sentence_facts(doc, sent, table, findings)
        # Rule: "Selon X, P" / "According to X, P" / "P, selon X" -> indirect P (or direct/mixed), X speaks.
        for marker in _source_markers(doc, sent, table, marks):
            add(*marker)
            cue_positions.append((marker[3][0], None, marker[3], marker[4]))
        for verb in sent:
            if not _is_cue_verb(verb, table) and _incise_after_quote(doc, verb, marks):
                # "« … » s'est réjoui le président Obama": any verb right after a closing mark with its
                # subject after it introduces the quotation, whatever the verb
                speaker = speaker_of(verb, table)
                if speaker is not None:
                    cue_positions.append((verb.idx, verb, _cue_span(verb), speaker))
                continue
            if not _is_cue_verb(verb, table) or inside_mark(verb.idx):
                continue  # words reported inside a quotation are the quoted speaker's, not a new quote
            if verb.lower_ in table.relay_markers:
                continue  # "According to A, quoting B, P": handled with the source marker
            if _writers_voice(verb, sent, table):
                continue  # "Rappelons que …", "I told you": the writer's own voice
            if any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children):
                continue  # "à laquelle s'est ajoutée …", "she was told to …": passive, nobody speaks
            speaker = speaker_of(verb, table)
            if speaker is not None and speaker.kind == "document":
                continue  # an unsigned document is not a speaker (annotation convention)
            cue = _cue_span(verb)
            cue_positions.append((verb.idx, verb, cue, speaker))
            found = _complement(verb, table)
            if found is not None:
                # Rule: "Lavrov a déclaré que P" / "She said (that) P" -> indirect, mixed or direct P.
                clause, needs_marks = found
                first, last = _clause_range(verb, clause)
                if first <= last:
                    if not needs_marks:  # objects and infinitives stop where they stop
                        last = _extend_clause(doc, sent, last, table)
                    for tok in doc[first:last + 1]:
                        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
                        if tok.text == ":" and nxt is not None and nxt.text in QUOTE_PAIRS and tok.i > first:
                            last = tok.i - 1  # "a précisé que P : « Q »": the quotation gets its own quote
                            break
                    start, end = _span_chars(doc, first, last)
                    kind, start, end, covered = _classify(text, start, end, marks)
                    # "pense que P" is a thought, "a annoncé la découverte" a fact, unless quoted
                    unquoted_thought = kind == "indirect" and (needs_marks or _is_quote_only(verb, table))
                    if not unquoted_thought and (kind != "indirect" or end - start >= 12):
                        add(start, end, kind, cue, speaker, "explicit", "clause", covered)
                        continue
                    if not needs_marks:
                        continue
            as_span = _as_clause(doc, sent, verb, speaker, table)
            if as_span is not None:
                # Rule: "As Heald told The Huffington Post, P" -> P
                kind, start, end, covered = _classify(text, *as_span, marks)
                add(start, end, kind, cue, speaker, "explicit", "as-clause", covered)
                continue
            reversed_span = _reversed_content(doc, sent, verb, speaker, table)
            if reversed_span is not None:
                # Rule: "P, a indiqué la police." / "P, he said." -> the sentence before the incise.
                start, end = reversed_span
                kind, start, end, covered = _classify(text, start, end, marks)
                if kind == "indirect" and _is_quote_only(verb, table):
                    continue
                add(start, end, kind, cue, speaker, "explicit", "reversed", covered)

    _attach_marks(doc, table, marks, used_marks, cue_positions, add)
    for mark in marks:
        if mark in used_marks or inside_mark(mark.open) or any(q.start <= mark.start < q.end for q in quotes):
            continue
        # Rule: a quoted statement with no cue ("« La coopération … »" as a paragraph) is a floating quote.
        if _is_statement(doc, mark):
            add(mark.start, mark.end, "direct", None, None, "implicit", "floating", (mark,))

    findings.quotes = _shift(_merge_same_cue(_dedupe(quotes), text), base)
    findings.titles = [TitleLink((t.person[0] + base, t.person[1] + base), t.keywords, t.titled)
                       for t in findings.titles]
    findings.subjects = [SentenceSubject(s.start + base, s.end + base, s.position + base, _shift_mention(s.mention, base))
                         for s in findings.subjects]
    return findings


def _source_markers(doc, sent, table: LanguageTable, marks: list[QuoteMark]):
    """Yield add() arguments for "selon X, P", "P, selon X" and "According to X, P"."""
    text = doc_text(doc)
    words = [t.lower_.replace("’", "'") for t in sent]
    markers = [(m, False) for m in table.source_markers] + [(m, True) for m in table.initial_source_markers]
    first_word = _first_word_index(doc, sent, table)
    for marker, initial_only in markers:
        marker = tuple(w.replace("’", "'") for w in marker)
        for k in range(len(words) - len(marker) + 1):
            if tuple(words[k:k + len(marker)]) != marker:
                continue
            m_first = sent.start + k
            if initial_only and not all(t.pos_ in ("CCONJ", "ADV") for t in doc[first_word:m_first]):
                continue  # "Pour X, P" and "Mais pour X, P", not "… pour X"
            if any(m.start <= doc[m_first].idx < m.end for m in marks):
                continue  # "selon" inside a quotation belongs to the quoted speaker
            # The source: the words after the marker, up to a comma or the sentence end.
            j = m_first + len(marker)
            src = []
            while j < sent.end and doc[j].text not in (",", ";", ":", ".", "!", "?", "(", ")") and doc[j].text not in "«“\"":
                src.append(doc[j])
                j += 1
            if j + 1 < sent.end and doc[j].text == ",":
                # "Selon le président du CERN, Michel Spiro, P": the apposed name is part of the source
                k = j + 1
                while k < sent.end and doc[k].text != "," and k - j <= 5:
                    k += 1
                if k < sent.end and doc[k].text == "," and all(t.pos_ == "PROPN" or t.ent_type_ for t in doc[j + 1:k]):
                    src = list(doc[m_first + len(marker):k])
                    j = k
            if len(src) > 6 and j >= sent.end - 1:
                # "According to Rathbun the property was returned": no comma, so the parse says where
                # the source ends (the noun governed by the marker)
                capitals = []
                for tok in src:
                    if not tok.text[:1].isupper():
                        break
                    capitals.append(tok)
                noun = _governed_noun(doc, m_first, len(marker))
                if capitals and len(capitals) < len(src):
                    end_i = capitals[-1].i  # "According to Rathbun the property …": the capitalised name
                elif noun is not None:
                    end_i = max(t.i for t in noun.subtree)
                else:
                    continue
                src, j = list(doc[m_first + len(marker): end_i + 1]), end_i + 1
            if not src or len(src) > 16:
                continue
            if j + 1 < sent.end and doc[j].text == "," and doc[j + 1].lower_ in table.relay_markers:
                # "According to Yonhap, quoting KCNA, P": the words are KCNA's
                k = j + 2
                while k < sent.end and doc[k].text not in (",", ";", ":"):
                    k += 1
                if k < sent.end and k - (j + 2) <= 12:
                    src, j = list(doc[j + 2:k]), k
            speaker = describe_speaker(src, table)
            if speaker is None or speaker.kind in ("pronoun", "group") and initial_only:
                continue
            if initial_only and speaker.kind != "name":
                continue  # "Pour X, P" counts only when X is named ("Pour Obama, …"), not "pour la plupart"
            cue = (doc[m_first].idx, doc[m_first + len(marker) - 1].idx + len(doc[m_first + len(marker) - 1].text))
            if all(t.is_punct or t.pos_ in ("CCONJ", "ADV") for t in doc[first_word:m_first]):
                start = doc[j].idx if j < sent.end else sent.end_char
                end = sent.end_char
            else:
                start, end = doc[first_word].idx, doc[m_first].idx
            start, end = _trim_content(text, start, end)
            if end - start < 12:
                continue
            # a colon after P introduces a direct quotation of its own ("Selon X, P : « Q »")
            colon = text.find(":", start, end)
            if colon > start and any(colon < m.open < end for m in marks):
                end = colon
            kind, start, end, covered = _classify(text, start, end, marks)
            yield start, end, kind, cue, speaker, "explicit", "source-marker", covered


def _governed_noun(doc, first: int, length: int):
    """The noun a source marker governs: its object ("to" -> pobj) or its head ("selon" <- case)."""
    marker_tokens = doc[first:first + length]
    for tok in marker_tokens:
        for child in tok.children:
            if child.dep_ in ("pobj", "obj", "nmod") and child.i >= first + length:
                return child
    head = marker_tokens[0].head
    return head if head.i >= first + length and head.pos_ in ("NOUN", "PROPN", "PRON") else None


def _as_clause(doc, sent, verb, speaker, table: LanguageTable) -> tuple[int, int] | None:
    """Content of "As Heald told the Huffington Post, P" / "Comme l'a dit X, P": the rest of the
    sentence after the attribution clause."""
    if speaker is None or not any(c.lower_ in table.clause_source_markers and c.dep_ == "mark"
                                  for c in verb.children):
        return None
    clause_end = max(t.i for t in verb.subtree if t.i != verb.head.i or verb.head.i > verb.i)
    first = _first_word_index(doc, sent, table)
    if min(t.i for t in verb.subtree) > first + 1:
        return None  # only an opening "As X said," introduces the whole sentence
    k = clause_end + 1
    while k < sent.end and doc[k].text != ",":
        k += 1
    if k + 1 >= sent.end:
        return None
    return doc[k + 1].idx, sent.end_char


def _writers_voice(verb, sent, table: LanguageTable) -> bool:
    """First person or imperative: "Rappelons que …" (the tagger may miss the mood, so a subjectless
    sentence-initial verb with an imperative ending counts too)."""
    if "1" in verb.morph.get("Person") or "Imp" in verb.morph.get("Mood"):
        return True
    first = _first_word_index(verb.doc, sent, table)
    return (verb.i == first and _subject(verb, hops=1) is None
            and any(verb.lower_.endswith(suffix) for suffix in table.imperative_suffixes))


def _incise_after_quote(doc, verb, marks: list[QuoteMark]) -> bool:
    """True for a verb placed right after a closing quotation mark, with an inverted subject."""
    if verb.pos_ != "VERB":
        return False
    k = verb.i - 1
    # back over the verb's auxiliaries and clitics ("s'est réjoui") and punctuation
    while k >= 0 and (doc[k].head.i == verb.i and doc[k].dep_.startswith(("aux", "expl", "advmod"))
                      or doc[k].text in (",", "-", "–", "—")):
        k -= 1
    if k < 0 or not any(m.closed and m.close == doc[k].idx for m in marks):
        return False
    subject = _subject(verb, hops=1)
    if subject is None:
        return bool(_tail_np(verb))  # "« … » s'est réjoui le président Obama", the subject parsed as object
    return subject.i > verb.i


def _reversed_content(doc, sent, verb, speaker, table: LanguageTable) -> tuple[int, int] | None:
    """Content of "P, a ajouté X." / "P, X said." / "P, dit-il.": the sentence (or the part after a
    semicolon) before the incise."""
    if speaker is None:
        return None
    cue_first = _cue_first(verb)
    subj = _subject(verb, hops=1)
    if subj is not None and subj.i < verb.i:
        np = _np_tokens(subj)
        if np[-1].i < cue_first - 3:
            return None  # the subject opens the sentence: "X, témoin, a déclaré" is not an incise
        cue_first = min(cue_first, np[0].i)
    if cue_first - 1 < sent.start or doc[cue_first - 1].text not in (",", "–", "—"):
        return None
    # after the incise: only the subject, adverbs, objects and the final punctuation
    for tok in doc[verb.i + 1: sent.end]:
        if tok.dep_ == "ccomp" or tok.pos_ == "VERB" and tok.head is verb and tok.dep_ != "xcomp":
            return None
        if tok.text == ":" or tok.text in "«“":
            return None  # "…, X avait alors lâché : « … »": the cue introduces what follows
    if subj is not None and subj.i < verb.i and any(c.dep_ in ("obj", "dobj") and c.i > verb.i for c in verb.children):
        return None  # "…, De Gaulle proclamait l'indépendance": a clause with its own object, not an incise
    first = _first_word_index(doc, sent, table)
    for tok in doc[first:cue_first - 1]:
        if tok.text in (";", ":") and tok.i + 1 < cue_first - 1:
            first = tok.i + 1
    if cue_first - 1 - first < 3:
        return None
    if not any(t.pos_ in ("VERB", "AUX") or t.text in QUOTE_PAIRS for t in doc[first:cue_first - 1]):
        return None  # "Dans une interview à Radio Sawa, X a critiqué": an opening phrase, not a statement
    return doc[first].idx, doc[cue_first - 1].idx


def _attach_marks(doc, table, marks, used_marks, cue_positions, add) -> None:
    """Tie each unused quotation to a cue right before it ("a déclaré : « … »", "said, “…”") or right
    after it ("« … », a-t-il ajouté", "“…,” said Bolden")."""
    text = doc_text(doc)
    for mark in marks:
        if mark in used_marks:
            continue
        best = None
        for pos, _verb, cue, speaker in cue_positions:
            if cue[0] >= mark.outer_end:
                # cue after the quotation: only punctuation and at most a few words in between
                pos = cue[0]
                between = text[mark.outer_end:pos]
                comma = "," in between or "," in text[mark.end:mark.outer_end]  # '"…," said X' / '», a dit X'
                adjacent = between.strip(PAD) in ("", "-", "–", "—")  # "« … » indique X"
                if len(between) > 60 or any(c in between for c in SENT_END + "«“\"\n") or not (comma or adjacent):
                    continue
                if best is None or pos - mark.outer_end < best[0]:
                    best = (pos - mark.outer_end, cue, speaker)
            elif pos < mark.open:
                # cue before the quotation: same sentence, or its paragraph ends in ":" right before it
                between = text[pos:mark.open]
                lead = between.rstrip(PAD + "\n")
                colon = lead.endswith(":")
                if "\n" in lead or any(c in lead for c in ".!?") or len(lead) > (250 if colon else 80):
                    continue
                if any(m.open > pos and m.open < mark.open for m in marks):
                    if not between.rstrip(PAD + "\n").endswith((":", ",")):
                        continue
                distance = mark.open - pos
                if best is None or distance < best[0]:
                    best = (distance, cue, speaker)
        if best is not None and best[2] is not None:
            add(mark.start, mark.end, "direct", best[1], best[2], "explicit", "marks", (mark,))


def _is_statement(doc, mark: QuoteMark) -> bool:
    """A quotation is a floating quote when it reads as a statement, not a name or a scare quote."""
    words = doc_text(doc)[mark.start:mark.end].split()
    if len(words) < MIN_FLOATING_WORDS:
        return False
    span = doc.char_span(mark.start, mark.end, alignment_mode="expand")
    if span is None:
        return False
    return any(t.pos_ in ("VERB", "AUX") for t in span)


def _collect_sentence_facts(doc, sent, table: LanguageTable, findings: DocFindings) -> None:
    """Record the sentence's main subject and every "title, Name" / "Name, title" pairing."""
    root = sent.root
    subj = _subject(root, hops=1)
    if subj is not None:
        mention = describe_speaker(_np_tokens(subj), table, head=subj)
        if mention is not None:
            findings.subjects.append(SentenceSubject(sent.start_char, sent.end_char, subj.idx, mention))
    for ent in (e for e in doc_ents(doc) if sent.start <= e.start and e.end <= sent.end):
        label = table.entity_labels.get(ent.label_)
        if label == "PERSON":
            keywords = _title_near(doc, ent, table)
            if keywords:
                findings.titles.append(TitleLink((ent.start_char, ent.end_char), keywords))
        if label in ("PERSON", "ORG"):
            # "le quotidien français Le Figaro": a later "le quotidien" means Le Figaro
            nouns, i = [], ent.start - 1
            while i >= sent.start and doc[i].pos_ in ("NOUN", "ADJ") and not doc[i].ent_type_:
                nouns.insert(0, doc[i])
                i -= 1
            if nouns and i >= sent.start and doc[i].pos_ == "DET" and any(t.pos_ == "NOUN" for t in nouns):
                findings.titles.append(TitleLink((ent.start_char, ent.end_char),
                                                 tuple(t.lemma_.lower() for t in nouns if t.pos_ == "NOUN"), False))


def _title_near(doc, ent, table: LanguageTable) -> tuple[str, ...]:
    """Title words next to a person's name: before it ("le président russe Vladimir Poutine"), or as an
    apposition after it ("Timor Goksel, ancien porte-parole de la FINUL")."""
    ok = ("NOUN", "ADJ", "DET", "ADP", "PROPN", "CCONJ")
    before, i = [], ent.start - 1
    if i >= sent_of(ent[0]).start and doc[i].text == ",":
        i -= 1
    while i >= sent_of(ent[0]).start and doc[i].pos_ in ok and not (doc[i].ent_type_ and table.entity_labels.get(doc[i].ent_type_) == "PERSON"):
        before.insert(0, doc[i])
        i -= 1
    after, i = [], ent.end
    if i < sent_of(ent[0]).end and doc[i].text == ",":
        i += 1
        while i < sent_of(ent[0]).end and doc[i].pos_ in ok and doc[i].text != ",":
            after.append(doc[i])
            i += 1
    words = []
    for side in (before, after):
        if any(t.lower_.replace("’", "'") in table.title_words or t.lemma_.lower() in table.title_words for t in side):
            words.extend(_content_words(side, table))
    return tuple(dict.fromkeys(words))


def _dedupe(quotes: list[RawQuote]) -> list[RawQuote]:
    """One quote per stretch of text: a quote inside another one is dropped, unless its own named
    speaker differs (a statement by X reported by Y)."""
    quotes = sorted(quotes, key=lambda q: (q.start, -(q.end - q.start)))
    kept: list[RawQuote] = []
    for q in quotes:
        clash = None
        for k in kept[-12:]:  # sorted by start: only the last few kept quotes can overlap this one
            overlap = min(k.end, q.end) - max(k.start, q.start)
            if overlap > 0 and (overlap >= 0.5 * (q.end - q.start) or overlap >= 0.5 * (k.end - k.start)):
                clash = k
                break
        if clash is None:
            kept.append(q)
            continue
        inner_named = q.speaker is not None and q.speaker.kind == "name"
        outer_named = clash.speaker is not None and clash.speaker.kind == "name"
        if inner_named and outer_named and q.speaker.name != clash.speaker.name and clash.attribution == q.attribution:
            # statement by one named speaker reported by another: keep the original speaker only
            # when the two spans mostly coincide (annotation rule), else keep both
            shared = min(clash.end, q.end) - max(clash.start, q.start)
            same_extent = shared >= 0.5 * max(q.end - q.start, clash.end - clash.start)
            if same_extent:
                kept[kept.index(clash)] = q if q.start > clash.start else clash
            else:
                kept.append(q)
        elif clash.attribution == "implicit" and q.attribution == "explicit":
            kept[kept.index(clash)] = q
    return sorted(kept, key=lambda q: q.start)


def _merge_same_cue(quotes: list[RawQuote], text: str) -> list[RawQuote]:
    """Quotations of one cue joined by a few words ("« vouloir … », et à « embaucher … »",
    `"dangerous" and "ideological"`) are one mixed quote; a cue between them keeps them apart."""
    out: list[RawQuote] = []
    for q in quotes:
        prev = out[-1] if out else None
        if prev is not None and prev.cue is not None and prev.cue == q.cue and prev.rule == q.rule == "marks":
            gap = text[prev.end:q.start]
            words = re.findall(r"\w+", gap)
            if len(words) <= 3 and not any(c in gap for c in SENT_END + "\n") and not prev.end <= q.cue[0] < q.start:
                start = prev.start - 1 if prev.start and text[prev.start - 1] in QUOTE_PAIRS else prev.start
                end = q.end + 1 if q.end < len(text) and text[q.end] in "»”\"›“" else q.end
                out[-1] = RawQuote(start, end, "mixed", prev.cue, prev.speaker, prev.attribution, "marks")
                continue
        out.append(q)
    return out


def _shift_mention(mention: SpeakerMention | None, base: int) -> SpeakerMention | None:
    if mention is None or base == 0:
        return mention
    return SpeakerMention(mention.start + base, mention.end + base, mention.text, mention.kind, mention.name,
                          tuple((a + base, b + base) for a, b in mention.entity_spans), mention.number,
                          mention.keywords)


def _shift(quotes: list[RawQuote], base: int) -> list[RawQuote]:
    if base == 0:
        return quotes
    return [RawQuote(q.start + base, q.end + base, q.kind, (q.cue[0] + base, q.cue[1] + base) if q.cue else None,
                     _shift_mention(q.speaker, base), q.attribution, q.rule) for q in quotes]
