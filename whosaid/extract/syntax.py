"""Token and span helpers shared by the extraction steps (the per-Doc caches they rely on live in
`whosaid.extract.doc_cache` and are re-exported here).

Everything here reads a parsed spaCy `Doc`; the parser's labels come from the language table
(`table.syntax`), never from literals, because each language's model has its own label scheme.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from whosaid.extract.doc_cache import (  # noqa: F401  re-exported: the steps import them from here
    context_of,
    doc_ents,
    doc_sents,
    doc_text,
    ents_between,
    extraction_context,
    in_quotation,
    indices_of_words,
    sent_of,
    set_quoted,
)
from whosaid.extract.marks import PAD
from whosaid.findings import QUALIFIER
from whosaid.lang import LanguageTable

SUBJECT_HOPS = 3  # how far up a chain of participles and coordinated verbs a subject is inherited
INCISE_OPENERS = ",–—;"  # punctuation right before an incise verb ("…, a indiqué X"), besides closing marks


def is_participle(tok: Token, table: LanguageTable) -> bool:
    """A present participle or gerund ("saying", « ajoutant »)."""
    return (
        tok.morph.get("VerbForm") == ["Part"]
        and tok.morph.get("Tense") == ["Pres"]
        or tok.tag_ in table.syntax.gerund_tags
    )


def lower_form(token: Token) -> str:
    """The lowercased form without a leading hyphen ("-il" -> "il")."""
    return token.text.lower().lstrip("-")


DASHES = ("—", "–", "-", "--")


def subject_of(token: Token, table: LanguageTable, *, hops: int = SUBJECT_HOPS) -> Token | None:
    """The subject of a verb, inherited from the governing verb for participles and coordinations."""
    labels = table.syntax
    for _ in range(hops):
        subjects = [
            c
            for c in token.children
            if c.dep_ in labels.subject
            and c.lower_ not in table.euphonic_clitics
            # « L'opposition a quant à elle dénoncé P »: a pronoun after a preposition is a topic, no subject
            and not (c.pos_ == "PRON" and c.i > 0 and c.doc[c.i - 1].pos_ == "ADP")
        ]
        if len(subjects) > 1 and subjects[0].i + 1 == subjects[1].i:
            subjects = subjects[1:]  # « où l'on estime »: the euphonic « l' » the parser made a subject too
        if len(subjects) > 1:
            # two subjects are a misparse: one cut off from the verb by a dash is not its own
            # ("JEFFERSON CITY, Mo. — A panel … struck down": the dateline's place)
            doc = token.doc
            # (when every subject is cut off, by a dash set off by spaces only: the hyphens of "the parents
            # of a 15-year-old boy" cut nothing off)
            kept = [c for c in subjects if not _dash_between(c, token, spaced=False)] or [
                c for c in subjects if not _dash_between(c, token, spaced=True)
            ]
            subjects = kept or subjects
            # « Une prise de position que ses collègues jugent « malvenue » » parsed as one clause: a subject
            # before "que"/"that" is the antecedent, the one after it the verb's
            opened = [
                c
                for c in subjects
                if c.i > token.i or not any(t.lower_ in table.complementizers for t in doc[c.i + 1 : token.i])
            ]
            subjects = opened or subjects
        if subjects:
            return _after_fronted(_after_dash(subjects[0], token), token, table)
        light = _light_verb(token, table)
        if light is not None and light.i < token.i:
            # « le ministère a fait savoir que P » headed by « savoir »: the subject is the light verb's
            return subject_of(light, table, hops=1)
        fronted = _object_of_fronted_participle(token, table) or _name_coordinated_with_fronted(token, table)
        if fronted is not None:
            return fronted
        if token.dep_ in labels.inherit_subject and token.head is not token:
            token = token.head
            continue
        return None
    return None


def _light_verb(token: Token, table: LanguageTable) -> Token | None:
    """The light verb the parser hung under the second verb of a pair the table lists (« fait » of « a fait
    savoir »)."""
    own = token.lemma_.lower()
    return next((c for c in token.children if own in table.verb_particles.get(c.lemma_.lower(), ())), None)


def _name_coordinated_with_fronted(verb: Token, table: LanguageTable) -> Token | None:
    """« Dans l'opposition, Marine Le Pen, …, a dénoncé P » parsed with the name a conjunct of the fronted
    complement and the verb with no subject: a name after the comma that closes a phrase before the verb,
    with no coordinator of its own, is the verb's subject."""
    if verb.pos_ not in ("VERB", "AUX") or verb.left_edge.i == verb.i:
        return None
    doc = verb.doc
    # (the words before the verb are the fronted phrases' own: one pass over them, cheap checks first)
    for conj in doc[verb.left_edge.i : verb.i]:
        if conj.pos_ != "PROPN" or not conj.ent_type_ or conj.dep_ not in table.syntax.conjunct:
            continue
        start = conj.left_edge.i
        if (doc[start].text == "," or start > 0 and doc[start - 1].text == ",") and not any(
            c.dep_ in table.syntax.coordinator for c in conj.children
        ):
            return conj
    return None


def _object_of_fronted_participle(verb: Token, table: LanguageTable) -> Token | None:
    """« Interrogé par Ouest-France, un éleveur de Mayenne, qui …, confie P » parsed with the person as the
    object of the fronted participle and the verb with no subject: a participle clause set off by a
    comma before the verb takes no object after that comma; the phrase there is the verb's subject. So is
    the phrase it apposed to the participle's agent (« Interrogé par le président, l'accusé a maintenu P »)."""
    bare = verb.morph.get("VerbForm") == ["Part"] and not any(c.pos_ == "AUX" for c in verb.children if c.i < verb.i)
    if verb.pos_ != "VERB" or bare:
        return None
    doc = verb.doc
    for clause in (c for c in verb.children if c.i < verb.i and c.dep_ in table.syntax.adverbial_clause):
        if clause.morph.get("VerbForm") != ["Part"] or clause.morph.get("Tense") != ["Past"]:
            continue  # (a past participle: « Saluant, lors du vote, le travail des équipes » has an object)
        for obj in clause.children:
            if (
                obj.dep_ in table.syntax.object
                and obj.i > clause.i
                and obj.left_edge.i > 0
                and doc[obj.left_edge.i - 1].text == ","
                and obj.pos_ in ("NOUN", "PROPN")
            ):
                return obj
        near = [g for c in clause.children for g in (c, *(c.children if c.pos_ == "ADP" else ()))]
        for agent in (c for c in near if is_agent(c, table)):  # (« par » under its noun; "by" above it)
            for apposed in agent.children:
                if (
                    apposed.dep_ in table.syntax.apposition
                    and apposed.pos_ in ("NOUN", "PROPN")
                    and apposed.i < verb.i
                    and doc[apposed.left_edge.i - 1].text == ","
                ):
                    return apposed
    return None


def _dash_between(a: Token, b: Token, *, spaced: bool) -> bool:
    """Whether a dash stands between two tokens (with `spaced`, only one set off by spaces)."""
    doc = a.doc
    return any(
        t.text in DASHES and (not spaced or t.whitespace_ and doc[t.i - 1].whitespace_)
        for t in doc[min(a.i, b.i) : max(a.i, b.i)]
    )


def _after_dash(subject: Token, verb: Token) -> Token:
    """The subject's phrase after a dash set off by spaces between it and its verb, when the parser hung
    it on the words before ("LONDON, March 4 (Reuters) - British retailer Marlowe & Finch said": the
    dateline's place made the subject, the company its conjunct): what the dash cuts off is not the
    verb's subject."""
    doc = verb.doc
    dashes = [
        t.i
        for t in doc[subject.i + 1 : verb.i]
        if t.text in DASHES and t.i > 0 and doc[t.i - 1].whitespace_ and t.whitespace_
    ]
    if not dashes:
        return subject
    after = [t for t in subject.subtree if dashes[-1] < t.i < verb.i and t.head.i < dashes[-1]]
    return after[0] if after else subject


def _after_fronted(subject: Token, verb: Token, table: LanguageTable) -> Token:
    """The subject's phrase after the comma that closes a prepositional phrase the parser made the
    subject ("Dans un communiqué signé de son porte-parole, le gouvernement provincial invite …": a noun
    with a preposition of its own is no subject; the phrase after the comma, hung on it, is)."""
    if subject.i > verb.i or not any(c.dep_ in table.syntax.case and c.i < subject.i for c in subject.children):
        return subject
    commas = [t.i for t in verb.doc[subject.i + 1 : verb.i] if t.text == ","]
    if not commas:
        return subject
    after = [
        t
        for t in subject.subtree
        if commas[-1] < t.i < verb.i and t.head.i < commas[-1] and t.pos_ in ("NOUN", "PROPN", "PRON")
    ]
    return after[0] if after else subject


def span_chars(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Character span from token `first` to token `last`, both included."""
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def is_age(token: Token, table: LanguageTable) -> bool:
    """A unit of `age_units` with a number on it (« 22 ans », "40 years"): someone's age, no title word."""
    return token.lower_ in table.age_units and any(c.like_num for c in token.children)


def content_words(tokens: list[Token], table: LanguageTable) -> tuple[str, ...]:
    """Lemmas of the content words of a phrase, with title synonyms: what a title reference is matched on."""
    # the words as written, with their own spacing (« chef de l'État » is three tokens but no space after
    # the elided article)
    words, joined = [], "".join(t.text_with_ws for t in tokens).lower().replace("’", "'")
    for key, expansion in table.title_synonyms.items():
        if key in joined:
            words.extend(expansion)
    for t in tokens:
        low = t.lower_.replace("’", "'")
        if "-" in low:  # "Président-candidat": each part is a title word
            words.extend(part for part in low.split("-") if part.isalpha())
        if is_age(t, table):
            continue  # « la joueuse de 22 ans », "the man, 40 years old": an age, no word of a title
        if t.text in table.title_abbreviations:
            words.append(table.title_abbreviations[t.text])  # "Sen. X" is "the senator", « Me X » « l'avocat »
        if t.is_alpha and not t.is_stop and low not in table.determiners:
            words.append(t.lemma_.lower() if t.pos_ != "PROPN" else low)
            if (
                t.pos_ == "ADJ"
                and t.head in tokens
                and t.head.lemma_.lower() in table.person_words
                and not {low, t.lemma_.lower()} & table.rank_words
            ):
                # an adjective of the title's person noun sets this title apart (see `QUALIFIER`)
                words.append(QUALIFIER + t.lemma_.lower())
    return tuple(dict.fromkeys(words))


def run_around(tokens: list[Token], head: Token) -> list[Token]:
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


def strip_determiners(tokens: list[Token], table: LanguageTable) -> list[Token]:
    """The phrase without its leading determiners ("le quotidien" -> "quotidien")."""
    toks = list(tokens)
    while toks and (toks[0].lower_.replace("’", "'") in table.determiners or toks[0].pos_ == "DET"):
        toks.pop(0)
    return toks


def text_of(doc: Doc, tokens: list[Token]) -> str:
    """The text from the first to the last of `tokens`, as written."""
    if not tokens:
        return ""
    return doc_text(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]


def cue_first(verb: Token, table: LanguageTable) -> int:
    """Index of the first word of a cue verb's group: its auxiliaries and clitics ("s'est réjoui"), an
    auxiliary right before it whatever label the parser gave it, and the light verb of a pair with its
    auxiliaries (« a fait savoir » with "fait" a `dep` of "savoir")."""
    doc = verb.doc
    first = min([verb.i] + [c.i for c in verb.children if c.i < verb.i and c.dep_ in table.syntax.cue_aux])
    # never across punctuation: an auxiliary the parser took from inside the quotation before the incise
    # (« « Nous n'avons rien vu venir », a confié … » with "avons" on "confié") is not the cue's
    for k in range(verb.i - 1, first - 1, -1):
        if doc[k].is_punct and doc[k].text not in "-'’":
            first = min([verb.i] + [c.i for c in verb.children if k < c.i < verb.i and c.dep_ in table.syntax.cue_aux])
            break
    while first > 0 and doc[first - 1].pos_ == "AUX" and doc[first - 1].head.i == verb.i:
        first -= 1
    # « a fait savoir »: the light verb of the pair, with its own auxiliaries, opens the group
    light = doc[first - 1] if first > 0 else None
    if (
        light is not None
        and light.head.i == verb.i
        and verb.lemma_.lower() in table.verb_particles.get(light.lemma_.lower(), ())
    ):
        first = min([light.i] + [c.i for c in light.children if c.i < light.i and c.dep_ in table.syntax.cue_aux])
    return first


def first_word_index(doc: Doc, sent: Span, table: LanguageTable) -> int:
    """First content token of a sentence, skipping a dateline ("5 juillet 2012. - ") and dashes."""
    i = sent.start
    while i < sent.end and (doc[i].is_punct or doc[i].is_space) and doc[i].text not in table.openers:
        i += 1
    return i


def trim_content(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces and edge punctuation (not closing quotation marks or final !?.. inside marks)."""
    while start < end and (text[start] in PAD + "\n,;:–—-" or text[start] == "."):
        start += 1
    while end > start and text[end - 1] in PAD + "\n,;:–—-.":
        end -= 1
    return start, end


def is_time_word(token: Token, table: LanguageTable) -> bool:
    """A day, month or other word of time (the table's `time_words`), or a token the model tags as a date."""
    return token.lower_ in table.time_words or token.ent_type_ in table.time_entities


def is_incise(verb: Token, table: LanguageTable) -> bool:
    """True when the cue follows its content: "…, a indiqué X", "« … » indique X", "…, nous a-t-il
    confié" (an object clitic may stand before the cue's group)."""
    doc, first = verb.doc, cue_first(verb, table)
    while first > 0 and doc[first - 1].lower_ in table.object_clitics:
        first -= 1
    return first > 0 and doc[first - 1].text in {*INCISE_OPENERS, *table.closers}


def predicate_read_as_subject(subject: Token, verb: Token, table: LanguageTable) -> bool:
    """True when the subject the parser gave an incise is the predicate of the clause before it: a noun
    with a subject or a copula of its own (« Ce n'est pas la première fois, regrettent les parents »,
    "fois" the subject of "regrettent"). That clause is what was said; the noun phrase after the verb,
    parsed as its object, is who said it."""
    return (
        subject.i < verb.i
        and is_incise(verb, table)
        and any(c.dep_ in table.syntax.copula or c.dep_ in table.syntax.subject for c in subject.children)
    )


def subject_read_as_clause(verb: Token, clause: Token, table: LanguageTable) -> bool:
    """True when a "clause" after the cue is its inverted subject misread: the cue's group stands right
    after a closing quotation mark (a comma between or not: '"…," said Lena Ortiz, director of Care
    Can't Wait', « « … », a déclaré X ») and the clause starts on the next word with no complementizer.
    Words after such an incise name who spoke; what was said is the quotation before it."""
    if not after_quotation(verb, table):
        return False
    return clause.left_edge.i == verb.i + 1 and not any(is_complementizer(c, table) for c in clause.lefts)


def after_quotation(verb: Token, table: LanguageTable) -> bool:
    """True when the cue's group stands right after a closing quotation mark, a comma between or not
    ('"…," said X', « « … », a expliqué X »): an incise whose words are the quotation before it."""
    doc, first = verb.doc, cue_first(verb, table)
    k = first - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    return k >= 0 and doc[k].text in table.closers


def is_complementizer(token: Token, table: LanguageTable) -> bool:
    """The word that opens a reported clause ("que", "qu’", "that") as its marker."""
    return token.dep_ in table.syntax.mark and token.lower_ in table.complementizers


def inverted_clitic(verb: Token, table: LanguageTable) -> Token | None:
    """The subject pronoun hyphenated to a cue's verb or auxiliary ("dit-il", "a-t-elle ajouté")."""
    doc = verb.doc
    # from the cue's first word, or from the word right before the verb when the parser did not hang the
    # auxiliary on it ("a-t-elle martelé" with "martelé" tagged as an adjective)
    first = min(cue_first(verb, table), max(verb.i - 1, 0))
    return next((tok for tok in doc[first : min(verb.i + 3, len(doc))] if is_subject_clitic(tok, table)), None)


def clitic_subject(subject: Token | None, verb: Token, table: LanguageTable) -> Token | None:
    """The hyphenated pronoun of "…, a-t-il estimé, …" in place of a noun before a comma that the parser
    also made the verb's subject (« Le plan, a-t-il estimé, coûterait … »: the noun is the statement's
    subject); None when there is no clitic or the noun stands right before the verb (« Le plan a-t-il
    coûté cher ? »)."""
    clitic = inverted_clitic(verb, table)
    if clitic is None or subject is None or subject.i > verb.i:
        return clitic
    return clitic if any(t.text == "," for t in verb.doc[subject.i : verb.i]) else None


def is_subject_clitic(token: Token, table: LanguageTable) -> bool:
    """A subject pronoun hyphenated to the verb before it ("-il", "-elle", "-on"; not the euphonic "-t")."""
    if not token.text.startswith("-") or token.lower_ in table.euphonic_clitics:
        return False
    low = lower_form(token)
    return low in table.person_pronouns or low in table.group_pronouns or low in table.impersonal_subjects


def absolute_subject(verb: Token, first: int) -> list[Token] | None:
    """The noun phrase that stands, after a comma, right before a participle the parser gave no subject
    (« …, le syndicat affirmant que Q »: an absolute construction, its subject hung elsewhere); None when
    words other than nominal ones, or no comma past `first`, come first."""
    doc, k = verb.doc, verb.i - 1
    while k > first and doc[k].pos_ in ("DET", "NOUN", "PROPN", "ADJ"):
        k -= 1
    words = list(doc[k + 1 : verb.i])
    if k <= first or doc[k].text != "," or not any(t.pos_ in ("NOUN", "PROPN") for t in words):
        return None
    return words


def carried_name(token: Token, table: LanguageTable, depth: int = 3) -> Token | None:
    """The word of a name the model typed that a phrase's head is or carries through appositions and name
    parts (« le Pr | Hicham Lamrani », « l'enseignant retraité | Alain Briggs »), or None."""
    if token.ent_type_:
        return token
    for child in token.children if depth else ():
        if child.dep_ in table.syntax.attached_name:
            found = carried_name(child, table, depth - 1)
            if found is not None:
                return found
    return None


def phrase_opening(token: Token) -> int:
    """Where the phrase a word heads opens: its first word that is no punctuation (the parser may hang the
    comma before an apposed name on it)."""
    return next((t.i for t in token.subtree if not t.is_punct), token.i)


def phrase_root(words: list[Token]) -> Token | None:
    """The one noun or pronoun of a phrase whose parent lies outside it (the phrase's syntactic head:
    "Authority" in "Saudi Arabia's Civil Defense Authority"), or None when the parse gives no such one."""
    inside = {t.i for t in words}
    roots = [t for t in words if t.head.i not in inside or t.head.i == t.i]
    if len(roots) == 1 and roots[0].pos_ in ("NOUN", "PROPN", "PRON"):
        return roots[0]
    return None


def np_tokens(subject: Token, table: LanguageTable) -> list[Token]:
    """The subject's noun phrase, without relative clauses and other side clauses."""
    keep, stack = [], [subject]
    while stack:
        tok = stack.pop()
        keep.append(tok)
        stack.extend(
            c
            for c in tok.children
            if (c.dep_ not in table.syntax.np_exclude or c.i == subject.i or _title_participle(c, tok, table))
            and not _fronted_adjunct(c, subject)
        )
    # The phrase may have holes where a side clause was left out ("L'un des porte-parole ayant
    # participé …, Joe Incandela"): names after the hole still belong to it.
    toks = sorted(keep, key=lambda t: t.i)
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    if toks and toks[-1].i + 1 < len(toks[-1].doc):
        after = toks[-1].doc[toks[-1].i + 1]
        if after.text == ")" and sum(t.text == "(" for t in toks) > sum(t.text == ")" for t in toks):
            toks.append(after)  # "Le député Jean Roux (PS)": the parenthesis the phrase opened closes in it
    return toks or [subject]


def _title_participle(child: Token, head: Token, table: LanguageTable) -> bool:
    """A participle right after a person noun (and its adjectives), with no comma between, that says what
    the office is in charge of (« le ministre délégué chargé des Relations avec le Parlement », "the
    official charged with security"): part of the title, not a side clause; not a passive with its agent
    ("a letter seen by Sky News"). A comma inside it may only set off the holder's name at its end
    (« chargé de l'Industrie, Arnaud Combal, »): « basé à San Pedro, premier port … » says more."""
    doc = head.doc
    if not (
        child.i > head.i
        and all(t.head.i == head.i and t.pos_ == "ADJ" for t in doc[head.i + 1 : child.i])
        and qualifying_participle(child, table)
        and not is_present_participle(child)  # "an operative working on Senate races": what they do
        and head.lemma_.lower() in table.person_words
        and not any(c.dep_ in table.syntax.subject for c in child.children)
        and not any(t.lower_ in table.agent_prepositions for t in child.subtree)
    ):
        return False
    words = list(child.subtree)
    comma = next((k for k, t in enumerate(words) if t.is_punct), None)
    if comma is None:
        return True
    rest = words[comma + 1 :]
    return (
        words[comma].text == "," and bool(rest) and all(table.entity_labels.get(t.ent_type_) == "PERSON" for t in rest)
    )


def _fronted_adjunct(child: Token, subject: Token) -> bool:
    """A prepositional phrase the parser hung on the subject from before a comma ("De son côté, l'agence
    dit …"): it frames the sentence and is no part of the speaker's name."""
    if child.head.i != subject.i or child.i > subject.i or child.left_edge.pos_ != "ADP":
        return False
    return any(t.text == "," for t in subject.doc[child.right_edge.i + 1 : subject.i])


def is_present_participle(token: Token) -> bool:
    """A gerund or present participle ("en levant", "speaking"): an act, never part of a name."""
    forms = token.morph.get("VerbForm")
    return token.pos_ == "VERB" and ("Ger" in forms or "Part" in forms and "Pres" in token.morph.get("Tense"))


def qualifying_participle(token: Token, table: LanguageTable) -> bool:
    """A participle that qualifies a title noun ("l'adjoint au maire chargé de la sécurité", "the
    official charged with security"): part of the title, not a verb of the sentence."""
    return token.dep_ in table.syntax.participle_modifier and "Part" in token.morph.get("VerbForm")


def verb_form(verb: Token, table: LanguageTable) -> tuple:
    """A verb group's form: its auxiliaries and its tense and form ("a dénoncé" and "a rappelé" alike,
    "reste" another)."""
    aux = tuple(sorted(c.lemma_.lower() for c in verb.children if c.dep_ in table.syntax.cue_aux or c.pos_ == "AUX"))
    return aux, tuple(verb.morph.get("VerbForm")), tuple(verb.morph.get("Tense"))


def is_agent(noun: Token, table: LanguageTable) -> bool:
    """Whether a noun is the agent of a passive participle ("by Reuters", « par Le Monde »), whether the
    parser hung the preposition under it (« par » case) or above it ("by" -> pobj)."""
    return (
        noun.head.lower_ in table.agent_prepositions
        and noun.head.i < noun.i
        or any(c.lower_ in table.agent_prepositions and c.i < noun.i for c in noun.children)
    )


def past_relative_clause(verb: Token, table: LanguageTable) -> Token:
    """The verb whose subject a participle after a comma inherits: the parser hangs "…, ruling that P" on
    the relative clause before the comma ("A judge blocked a law that would have required X, ruling that
    P"), but a relative clause ends at its comma and the participle is the main clause's act."""
    head, opens = verb.head, verb.left_edge.i  # « …, tout en estimant que P »: the words it opens with
    if not (is_participle(verb, table) and opens > 0 and verb.doc[opens - 1].text == ","):
        return verb
    relative = head.dep_ in table.syntax.relative_clause or any(
        (c.lower_ in table.relative_pronouns or "Rel" in c.morph.get("PronType")) and c.i < head.i
        for c in head.children
    )  # « le recours que la commune avait déposé »: a relative clause the parser labelled a plain clause
    if not relative or head.i > verb.i or head.head.i >= head.i:
        return verb
    main = head.head  # the antecedent; its clause's verb is the first verb above it
    while main.pos_ not in ("VERB", "AUX") and main.head is not main:
        main = main.head
    return main if main.pos_ in ("VERB", "AUX") else verb


def fronted_names(verb: Token, reference_start: int, table: LanguageTable) -> tuple[tuple[int, int], ...]:
    """The names in what the cue's own clause says before its subject (a pronoun, a title, a noun for a
    person), none of them a subject: whom that reference cannot mean ("Asked about Donald Trump's
    remarks, he said", "Speaking to Laura Kuenssberg, the chancellor said", « Après avoir rencontré le
    gouverneur X, il a assuré »: the one asked, the interviewer, the one met). A subject there may be
    the referent ("When Paul arrived, he said"), and a name hung on the verb itself may be the topic a
    pronoun takes up (« Quant à X, il … », "As for X, he …")."""
    out = []
    for tok in verb.subtree:
        if tok.idx >= reference_start:
            break
        if table.entity_labels.get(tok.ent_type_) not in ("PERSON", "ORG") or in_quotation(tok):
            continue
        head = tok
        while head.head.i != head.i and head.head.ent_type_ == tok.ent_type_ and abs(head.head.i - head.i) <= 3:
            head = head.head  # the name's own head word ("Kylian" of "Kylian Mbappé")
        if head.dep_ in table.syntax.subject or head.head.i == verb.i:  # its subject; « Quant à X, il a dit »
            continue
        out.append((tok.idx, tok.idx + len(tok.text)))
    return tuple(out)


def main_verb_after_participle(verb: Token, clause: Token, table: LanguageTable) -> bool:
    """True for a finite verb after a comma that the parser hung on a participle phrase set off after the
    subject ("Derek Shaw, arguing for the coalition, told the justices P"): the sentence's own verb, of
    which the participle only says something, not what the participle reports."""
    doc = verb.doc
    if not is_participle(verb, table) or verb.i == 0 or doc[verb.i - 1].text != ",":
        return False
    if not any(c.dep_ in table.syntax.subject and c.i < verb.i for c in verb.children):
        return False
    finite = "Fin" in clause.morph.get("VerbForm") or any(
        c.pos_ == "AUX" and "Fin" in c.morph.get("VerbForm") for c in clause.children if c.i < clause.i
    )
    opened = any(c.dep_ in table.syntax.mark for c in clause.children if c.i < clause.i)
    first = next(t.i for t in clause.subtree if not t.is_punct)
    return finite and not opened and first > verb.i + 1 and doc[first - 1].text == ","


def after_medium(verb: Token, first: int, table: LanguageTable) -> int:
    """Where a reported clause with no complementiser starts when it opens, right after its cue, on a
    phrase naming where the words were said ("said in a note they now expected P", parsed with "in a note"
    under the reported verb): after that phrase, which is how they were said, not what."""
    doc = verb.doc
    if first != verb.i + 1 or first >= len(doc) or doc[first].pos_ != "ADP":
        return first
    nouns = table.channel_nouns | table.text_nouns | table.document_nouns
    phrase = list(doc[first].subtree)
    if not any(t.pos_ == "NOUN" and t.lower_ in nouns for t in phrase) or phrase[0].i != first:
        return first
    return phrase[-1].i + 1
