"""What the words of a speaker phrase show, for `whosaid.extract.sources.describe_speaker` to classify
the phrase: the names in it and whether they are joint, owned or only complements of the head; someone
new the phrase brings in; an apposition or a relative clause that only describes; an age epithet; a
document's author (and who only read it).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from whosaid.extract.nouns import can_speak, grammatical_number, is_person_noun
from whosaid.extract.syntax import doc_text, ents_between, is_age, lower_form, sent_of
from whosaid.lang import LanguageTable

APPOSITION_OPENERS = (",", "(", "–", "—")


def ents_in(doc: Doc, start: int, end: int, table: LanguageTable, types: tuple[str, ...]) -> list[Span]:
    found = []
    for ent in ents_between(doc, start, end, chars=True):
        if table.entity_labels.get(ent.label_) in types:
            if ent[0].lower_.replace("’", "'") in table.title_words and table.entity_labels.get(ent.label_) != "PERSON":
                continue  # "ministre russe des Affaires étrangères" tagged ORG is a title, not a name
            found.append(ent)
    return found


def names_joint(doc: Doc, ents: list[Span], table: LanguageTable) -> bool:
    """True when named entities are coordinated: "TASS et Ria Novosti", "A, B and C" (not "CERN, Michel
    Spiro", an apposition)."""
    if len(ents) < 2:
        return False
    gaps = [doc_text(doc)[left.end_char : right.start_char].strip().lower() for left, right in zip(ents, ents[1:])]
    words = [g.strip(", ") for g in gaps]
    if any(w and w not in table.joiners for w in words):
        return False
    return bool(words[-1]) and words[-1] in table.joiners and words[-1] != ","


def without_relative(words: list[Token], head: Token, table: LanguageTable) -> list[Token]:
    """The words naming a speaker without the relative clause on its head ("a person familiar with the
    talks who was not authorized to speak"): it says something of the speaker, it is not their name."""
    relative = [t.left_edge.i for t in words if t.dep_ in table.syntax.relative_clause and t.i > head.i]
    return [t for t in words if t.i < min(relative)] if relative else words


MAX_PARTICIPLE_WORDS = 6  # words of a participle phrase kept in an unnamed speaker's noun


def with_participle(words: list[Token], head: Token, table: LanguageTable) -> list[Token]:
    """An unnamed person's words with the past participle that qualifies their noun right after them ("a
    Western diplomat involved in the talks", « un négociant basé à San Pedro », "the voters surveyed"):
    part of who they are, unlike a relative clause. Only a short phrase, up to its first punctuation."""
    thing = lower_form(head) in table.channel_nouns or head.lemma_.lower() in table.channel_nouns
    if not words or thing or not is_person_noun(head, table):
        return words  # "a leaked letter seen by Sky News": who saw a letter says nothing of its author
    for c in head.children:
        if c.dep_ not in table.syntax.participle_modifier or c.i <= head.i:
            continue
        if "Part" not in c.morph.get("VerbForm") or "Past" not in c.morph.get("Tense"):
            continue
        span = list(c.subtree)
        # what follows a comma in it is a side clause or an apposition ("…, who was not authorized")
        stop = next((t.i for t in span if t.is_punct), None)
        span = [t for t in span if stop is None or t.i < stop]
        if not span or span[0].i != words[-1].i + 1 or len(span) > MAX_PARTICIPLE_WORDS:
            continue
        return [*words, *span]
    return words


def owned_by(ent, head: Token, table: LanguageTable) -> bool:
    """Whether a name only qualifies a person noun as its possessor or its complement after a preposition
    ("Paul Martin's lawyer", « l'avocat de Paul Martin », "the daughter of Paul Martin")."""
    root, labels = ent.root, table.syntax
    if root.head.i == head.i and root.i > head.i:
        return any(c.dep_ in labels.case for c in root.children)
    if root.head.i == head.i:
        return root.dep_ in labels.possessive
    link = root.head
    return link.pos_ == "ADP" and link.head.i == head.i and link.i > head.i


def without_owner(tokens: list[Token], head: Token, table: LanguageTable) -> list[Token]:
    """A title's words less the person it is of: « la directrice de cabinet de la maire », "the chief of
    staff to the mayor" are no mayor's title (their keywords would match the mayor's)."""
    owners = [
        t
        for t in tokens
        if t.i > head.i
        and t.pos_ == "NOUN"
        and is_person_noun(t, table)
        and (t.head.pos_ == "ADP" or any(c.dep_ in table.syntax.case for c in t.children))
    ]
    if not owners:
        return tokens
    dropped = {d.i for t in owners for d in t.subtree} | {t.head.i for t in owners if t.head.pos_ == "ADP"}
    return [t for t in tokens if t.i not in dropped]


def someone_new(tokens: list[Token], head: Token, names: list, table: LanguageTable) -> bool:
    """Whether the phrase brings in one anonymous person ("a senior administration official"), whom
    the names in it only qualify ("an FAA official"): its head is a singular person noun (not a title,
    which has its own rule, nor one who speaks for an organisation, `voice_nouns`) with an indefinite
    article or "one", no name holds the head, and no name stands beside it after a comma ("an aide,
    John Roe" names the aide)."""
    if head.pos_ != "NOUN" or not is_person_noun(head, table) or lower_form(head) in table.voice_nouns:
        return False
    if (
        not names
        and (lower_form(head) in table.title_words or head.lemma_.lower() in table.title_words)
        and lower_form(head) not in table.role_words
    ):
        return False  # "a judge said": the title rules decide; « un responsable » is someone, as "an official"
    if grammatical_number(head, table) == "plur":
        return False
    opener = [
        t
        for t in tokens
        if t.i < head.i
        and t.head.i == head.i
        and ("Ind" in t.morph.get("Definite") and t.pos_ == "DET" or t.lower_ in table.indefinite_numbers)
    ]
    if not opener:
        return False
    for ent in names:
        if ent.start <= head.i < ent.end:
            return False
        if ent.start > head.i and any(t.text in APPOSITION_OPENERS for t in head.doc[head.i + 1 : ent.start]):
            return False
    return True


def apposition_head(tokens: list[Token], head: Token | None) -> list[Token] | None:
    """The words before the comma when a phrase's head is an indefinite noun phrase apposed to them
    ("X, une association", "X, a charity"), else None."""
    if head is None or head.pos_ != "NOUN":
        return None
    comma = next((t for t in tokens if t.text == "," and t.i < head.i), None)
    if comma is None:
        return None
    indefinite = any("Ind" in c.morph.get("Definite") for c in head.children if c.dep_ == "det" and c.i > comma.i)
    before = [t for t in tokens if t.i < comma.i]
    if indefinite and any(t.pos_ in ("NOUN", "PROPN") for t in before):
        return before
    return None


def described_by_clause(tokens: list[Token], head: Token, table: LanguageTable) -> list[Token] | None:
    """The words of a demonstrative pronoun and the relative clause right after the phrase (« celle qui
    dirige l'hôpital depuis 2015 »), up to punctuation; None for any other phrase."""
    if lower_form(head) not in table.demonstrative_pronouns or head.pos_ not in ("PRON", "DET", "NUM", "NOUN"):
        return None
    doc = head.doc
    k = tokens[-1].i + 1
    if k >= len(doc) or doc[k].lower_ not in table.relative_pronouns:
        return None
    # the relative clause is the pronoun's verb and what hangs on it, never past it to the cue
    clause = doc[k].head if doc[k].head.i > k else doc[k]
    last = max(t.i for t in clause.subtree) if clause.i > k else k
    words = list(tokens)
    for tok in doc[k : min(last + 1, sent_of(head).end)]:
        if tok.is_punct:
            break
        words.append(tok)
    return words


def named_with_a_place(head: Token, table: LanguageTable) -> bool:
    """True for a capitalised noun with a proper noun hung on it right after, with no preposition ("Emploi
    Québec", "Santé Canada", "Environment Canada"): a common noun takes no bare place name, so both are a
    body's name, even where the noun opens the sentence."""
    doc = head.doc
    if head.i + 1 >= len(doc):
        return False
    after = doc[head.i + 1]
    return (
        after.pos_ == "PROPN"
        and after.text[:1].isupper()
        and after.head.i == head.i
        and not any(c.dep_ in table.syntax.case for c in after.children)
    )


def age_epithet(tokens: list[Token], table: LanguageTable) -> str | None:
    """ "54-year-old" for "the 54-year-old": a number and one of the language's age epithets
    (`age_epithets`) make the whole phrase after its determiner; None otherwise."""
    words = [t for t in tokens if t.pos_ != "DET"]
    joined = "".join(t.text for t in words).lower()
    for suffix in table.age_epithets:
        if joined.endswith(suffix) and joined[: -len(suffix)].isdigit():
            return joined
    return None


def without_age(core: list[Token], head: Token, table: LanguageTable) -> list[Token]:
    """The phrase without an age hung on its head (« la joueuse de 22 ans » is « la joueuse », met as
    the press's epithet for someone named before is): a unit of `age_units` after a number, and what
    hangs on it."""
    age = next((c for c in head.children if is_age(c, table)), None)
    if age is None:
        return core
    dropped = {t.i for t in age.subtree}
    return [t for t in core if t.i not in dropped]


def complements(ent: Span, head: Token) -> bool:
    """True when a name hangs on the noun through prepositions and nouns only ("a statement from X",
    « un communiqué de X »), not through a verb ("a memo obtained by X")."""
    tok = ent.root
    while tok.i != head.i and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.i != head.i:
            return False
    return tok.i == head.i


def in_complement(tok: Token, head: Token, table: LanguageTable) -> bool:
    """True when a word hangs on the phrase's head through a preposition somewhere on its way up
    ("une retraitée de Trois-Rivières, au Québec", « l'écrivaine, lauréate du prix Goncourt »): it says
    where, or what a noun is of, and is no name for who the head is."""
    while tok.i != head.i:
        if tok.head.pos_ == "ADP" or any(c.dep_ in table.syntax.case for c in tok.children):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def is_channel(head: Token, table: LanguageTable) -> bool:
    return head.lower_ in table.channel_nouns or head.lemma_.lower() in table.channel_nouns


def post_nominal(ent: Span, persons: list[Span]) -> bool:
    """An entity that is only letters after a person's name ("KC", "QC", "MP", "Jr"): one short
    capitalised word right after a person, which the model may have typed as an organisation."""
    word = ent.text.rstrip(".")
    return len(ent) == 1 and word[:1].isupper() and len(word) <= 3 and any(p.end == ent.start for p in persons)


def author_of(document: Token, table: LanguageTable) -> Token | None:
    """The noun of a document's agent phrase ("by X", « par X »), or the subject of the verb it is the
    object of ("the group released a report that found …", « l'ONG a publié un rapport qui … »), when
    it can speak."""
    if document.dep_ in table.syntax.object:
        subject = next((c for c in document.head.lefts if c.dep_ in table.syntax.subject), None)
        if subject is not None and subject.pos_ in ("NOUN", "PROPN") and can_speak(subject, table):
            return subject
    for prep in document.subtree:
        if prep.lower_ not in table.agent_prepositions or prep.i <= document.i:
            continue
        verb = prep.head if prep.head.pos_ in ("VERB", "AUX") else prep.head.head
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in table.access_verbs:
            continue  # "a report seen by the Guardian", « un rapport consulté par Le Monde »: who read it
        for noun in (prep.head, *prep.children):
            if noun.i > prep.i and noun.pos_ in ("NOUN", "PROPN") and noun.i != document.i and can_speak(noun, table):
                return noun
    return None
