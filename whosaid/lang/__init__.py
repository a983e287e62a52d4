"""Per-language data: cue verbs, pronouns, title words, quotation marks, parser labels, model names.

A language is a JSON file in this folder; adding one needs no code change. `tests/whosaid/test_lang.py`
checks every table: no duplicates, no contradictions, and every key read by the code.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, fields
from functools import cache, cached_property
from importlib import metadata
from pathlib import Path

from whosaid.errors import UnsupportedLanguageError

LANG_DIR = Path(__file__).parent
DATA_DIR = LANG_DIR.parent / "data"
_FIRST_NAMES: dict[tuple[str, str], str | None] = {}  # (language, word) -> what `_first_name` read
_COMPOUND_PERSONS: dict[tuple[str, str], bool] = {}  # (language, word) -> what `names_a_person` read
MIN_SUFFIX_STEM = 4  # letters before a person suffix (« liste », « piste » are no people)
MIN_COMPOUND_HEAD = 5  # letters of a person word that ends a closed compound ("teacher", not "man": "German")


@dataclass(frozen=True)
class SyntaxLabels:
    """The dependency labels and fine tags of the language's spaCy model that the rules read.

    Models of different languages use different label schemes (Universal Dependencies for French,
    ClearNLP for English), so each set names what plays a role in that scheme.
    """

    subject: frozenset  # a verb's subject ("nsubj", "nsubj:pass")
    clausal_subject: frozenset  # a clause as subject: not a speaker
    np_exclude: frozenset  # dependents that leave a speaker's noun phrase (relative clauses, side clauses)
    cue_group: frozenset  # words before a cue verb that belong to the cue as written (auxiliaries, adverbs)
    particle: frozenset  # verb particles after the verb ("pointed out")
    cue_aux: frozenset  # auxiliaries and clitics that start a verb group ("s'est réjoui")
    incise_skip: frozenset  # what lies between a closing mark and an incise verb
    passive_aux: frozenset  # the auxiliary of a passive
    inherit_subject: frozenset  # verbs that take their subject from the verb they hang on
    clause_complement: frozenset  # a reported clause ("que P", "that P")
    open_complement: frozenset  # an infinitive or predicate complement
    object: frozenset  # objects that can hold quoted words
    direct_object: frozenset
    relative_clause: frozenset
    participle_modifier: frozenset  # a participle qualifying a noun ("a diplomat involved in the talks")
    attached_name: frozenset  # a name attached to a head noun ("le président Obama")
    name_part: frozenset  # a head that is itself part of a name or an apposition
    nominal_modifier: frozenset
    apposition: frozenset
    possessive: frozenset  # "Cornyn's statement"
    marker_object: frozenset  # the noun a source marker governs ("according to X")
    mark: frozenset  # a subordinating conjunction ("as", "comme", "que")
    case: frozenset  # a preposition marking a noun's case
    plural_tags: frozenset  # fine tags of plural nouns, where the model has no Number feature
    gerund_tags: frozenset
    conjunct: frozenset  # a coordinated word (the parser's reading of some appositions: "X, une ingénieure")
    coordinator: frozenset  # "et", "and" joining conjuncts
    copula: frozenset  # the copula of a predicate ("la situation est critique"), where the scheme has one
    adverbial_clause: frozenset = frozenset()  # a clause hung on a verb as an adverbial ("…, while X said P")
    expletive: frozenset = frozenset()  # an expletive subject ("there was", « il y a »)


MAX_CACHED_LEMMAS = 200_000  # (lemma, form) pairs remembered by `LanguageTable.verb_lemma` (a corpus is long)


@dataclass(frozen=True)
class LanguageTable:
    code: str
    name: str
    models: tuple[str, ...]
    model_env: str
    entity_labels: dict
    speech_verbs: frozenset
    quote_only_verbs: frozenset
    verb_particles: dict
    source_markers: tuple[tuple[str, ...], ...]
    initial_source_markers: tuple[tuple[str, ...], ...]
    person_pronouns: dict
    group_pronouns: frozenset
    partitive_heads: frozenset  # "one" of "one of them", « un » of « l'un d'eux »: a member of a group
    quantity_nouns: frozenset  # "dozens", « une vingtaine »: how many of a group, who speak as the group
    demonstrative_pronouns: frozenset  # « celle qui dirige l'hôpital », "those who …": someone a clause describes
    interrogatives: frozenset  # "when", « si »: a clause they open after a negated cue was not said
    negations: frozenset  # "not", « pas »
    refusal_verbs: frozenset  # "declined to say when", « a refusé de dire si »: a negation of the cue
    name_links: frozenset  # words inside a long name ("Department for Environment, Food and …")
    hearsay_verbs: frozenset  # « a-t-on appris »: a cue only with an impersonal inverted subject and a source
    source_prepositions: frozenset  # « de source policière », « auprès du parquet »: a source after such a cue
    organisation_pronouns: frozenset  # "it" as a speaker: the organisation named before ("…, it said")
    # « il », « elle »: pronouns that may also stand for an organisation whose noun has their grammatical
    # gender (« Le ministère de la Défense a affirmé P. Q, a-t-il ajouté »)
    gendered_organisation_pronouns: frozenset
    compound_words: tuple  # words the model's tokenizer cuts at a hyphen and an elision (« main-d'œuvre »)
    determiners: frozenset
    of_words: frozenset
    demonyms: frozenset  # « le Danois », « la Slovène »: a person of a country or region, capitalised after an article
    place_name_prefixes: frozenset  # "Saint-Denis", "San-Pedro": a hyphenated word so opened is a place, no first name
    title_words: frozenset
    role_words: frozenset
    title_synonyms: dict
    # abbreviated titles, case kept ("Sen." -> "senator", « Me » -> « avocat »): the word a later reference
    # to the title uses
    title_abbreviations: dict
    joiners: frozenset
    impersonal_subjects: frozenset
    relative_pronouns: frozenset
    person_relatives: frozenset  # "who": a relative pronoun for people only (no such word in French: « qui »)
    back_matter_headings: frozenset  # "Sources", « Voir aussi »: a line that opens the list after the story
    contrast_markers: frozenset  # "while", « tandis (que) »: a clause they open may be someone else's report
    lemma_suffixes: tuple
    possessive_suffixes: tuple
    clause_source_markers: frozenset
    complementizers: frozenset  # the word opening a reported clause ("que", "that")
    relay_markers: frozenset
    group_locatives: frozenset  # "Au Quai d'Orsay, on souligne": where an impersonal subject's group is
    side_nouns: frozenset  # « Du côté de Bercy, on salue »: the side of a group an impersonal subject speaks for
    imperative_suffixes: tuple
    document_nouns: frozenset
    person_nouns: frozenset  # everyday nouns for people the lexicon lacks ("habitants", "people", "certains")
    plural_suffixes: tuple  # regular plural endings, longest first, to find a plural noun in the word lists
    text_nouns: frozenset  # what a signed text is called ("le communiqué", "the memo"): it speaks for its author
    organisation_nouns: frozenset  # nouns for a body that can speak ("le ministère", "the agency")
    company_nouns: frozenset  # "the company", « le groupe »: a business named before, not an institution
    # "the organisation", « l'institution »: nouns for a body of any kind, which may stand for a body whose
    # name says another kind (« le Haut Conseil … l'institution »)
    generic_body_nouns: frozenset
    former_words: frozenset  # "former", « ancien »: a title of the past, which a person holds beside a present one
    # roles of one scene that one person never holds together (a trial's defendant and lawyer, a match's
    # coach and player): each a tuple of roles, each role the set of its words
    role_sets: tuple
    # nouns for bodies of one kind, any of which a text may call one body by ("the agency" for an
    # "Administration", « le syndicat » for an « Union »): each a set
    body_kinds: tuple
    post_nominals: frozenset  # letters after a person's name, no part of it ("Pete Weatherby KC"), as written
    legal_forms: frozenset  # "Inc", "SA", "GmbH": the last word of a company's name, as written (case kept)
    channel_nouns: frozenset  # what words are said in ("dans un communiqué", "in an interview"): never the speaker
    audience_nouns: frozenset  # who words are said to ("à la presse", "told reporters"): never the speaker
    addressee_prepositions: frozenset  # the preposition of a cue's addressee ("à", "to")
    occasion_prepositions: frozenset  # before whom or when words were said: never part of who said them
    medium_prepositions: frozenset  # the preposition of the medium a cue's words went out on ("sur RFI", "on CNN")
    agent_prepositions: frozenset  # the preposition of a document's author ("un rapport par X", "a study by X")
    access_verbs: frozenset  # who only read a document ("seen by X", « consulté par X »): never its author
    age_epithets: tuple  # after a number, a noun phrase for a person of that age ("the 54-year-old said")
    epithet_nouns: frozenset  # nouns the press calls someone named before by (« la quinquagénaire »)
    age_units: frozenset  # after a number, an age (« la joueuse de 22 ans »): no word of a title to match
    feminine_suffixes: tuple  # endings of a noun for a person that only a woman takes (« agricultrice »)
    feminine_endings: tuple  # added to a man's person noun, a woman's (« élu » -> « élue »)
    nationality_adjectives: frozenset  # national adjectives that are no person noun ("French", "Chinese")
    rank_words: frozenset  # "deputy", "adjoint": a title with one is another office than the bare title
    voice_nouns: frozenset  # who speaks for an organisation ("spokesperson", "porte-parole"): the organisation speaks
    indefinite_numbers: (
        frozenset  # a number or word that brings someone new in, as an indefinite article does ("one", "another")
    )
    title_case_names: bool  # names of works and campaigns capitalise every word ("Holding Pattern"): English
    closed_compounds: bool  # compounds written as one word ("headteacher", "policymaker"): English
    person_prefixes: tuple  # « co », "vice-": a person word after one still names a person (« coprésidente »)
    addressee_verbs: frozenset  # "tell", "assure": verbs whose first object is whom the words were said to
    # "his", "her": possessives that show the possessor is a person (« son », « sa » agree with the noun instead)
    person_possessives: frozenset
    # nouns the person-noun lexicon lists whose sense in the press is a thing ("the case", "the issue")
    thing_senses: frozenset
    # endings only nouns for people take in the press (« constitutionnaliste », "criminologist")
    person_suffixes: tuple
    # speech verbs whose infinitive is what was said ("claimed to have", "vowed to"), where not every one
    # is ("agreed to pay", "continued to rise"); None: every speech verb's (« affirme avoir été agressée »)
    infinitive_reports: frozenset | None
    # nouns for a side of politics (« l'opposition », "the majority"): a group of its own, never an epithet
    # for an organisation named before
    camp_nouns: frozenset
    # nouns for anyone in an area of public life ("politician", « élu »): an epithet for whatever office
    # the person was given ("Local MP X … the Labour politician said")
    generic_person_nouns: frozenset
    # « sans », « pour », "without": prepositions that open an adverbial infinitive, never what is said
    adverbial_prepositions: frozenset
    # "outgoing", « sortant »: adjectives of a title that say when it is held, not what it covers
    tenure_words: frozenset
    courtesy_titles: frozenset  # "Mrs", « Mme »: a title that says how to address someone, no office
    thing_relatives: frozenset  # "which": a relative pronoun for no person (none in French: « qui », « lequel »)
    participle_ends_clause: bool  # ", saying …" starts a new quote (English wire); « , soulignant que … » does not
    documents_speak_for_author: bool  # « Le rapport indique » is its author's (French); "the report said" stays
    quote_pairs: dict  # opening mark -> closing marks; a self-closing mark (") maps to itself
    reversed_openers: dict  # a mark that opens only in texts without the usual opener ("»" unless "«")
    euphonic_clitics: frozenset  # inserted sounds that look like subjects ("a-t-il": "-t")
    object_clitics: frozenset  # object pronouns before a verb ("nous a-t-il confié"): never its subject in an incise
    syntax: SyntaxLabels
    lexicons: dict  # name -> word lists shipped by installed packages ([{"package", "path"}]), read on first use
    pronoun_genders: dict  # singular personal pronoun -> "masc" / "fem"
    latest_pronouns: frozenset  # "ce dernier", "the latter": the person named last, not the last subject
    former_pronouns: frozenset  # "the former", « le premier »: of the last two people named, the first
    gendered_titles: dict  # title word -> "masc" / "fem" ("Mme", "Mrs", "spokeswoman")
    time_words: frozenset  # words of time that may open a speaker phrase ("Jeudi, la Fédération …")
    age_words: frozenset  # the word after a person's age in an apposition ("Martine, 67 ans,"); none in English
    time_entities: frozenset  # the model's entity labels for dates and times, if it has them
    examples: tuple = ()  # {"rule", "text", "quote", "kind", "speaker"}: what the rules must find (tests run them)

    def lexicon(self, name: str) -> frozenset:
        """A large word list the table points to (person nouns), lowercased; empty when the package that
        ships it is not installed, so the rules that use it become more cautious, never an error."""
        return _read_lexicon(self.code, name)

    def first_name_gender(self, name: str) -> str | None:
        """ "masc"/"fem" when the first word of a person's name is a first name of one gender only in the
        first-name lexicons ("Fiona Lyle" -> "fem"); None for a name in both lists ("Camille"), in
        neither, or without the lexicons. Soft evidence only: the ranking weighs it, it never rules a
        candidate out (a name is not one gender, and "Kim Jong-un" starts with a family name)."""
        words = name.split()
        if len(words) < 2:  # a lone word may be a family name ("Lavrov")
            return None
        # the first word that is a first name, past a title the model kept in the name ("Justice Elena
        # Vargas", "Gen. Paul Roux"); the last word is the family name
        named = (self._first_name(w) for w in words[:-1] if w.lower().rstrip(".") not in self.title_words)
        return next((gender for gender in named if gender is not None), None) or None

    def lone_first_name(self, name: str) -> str | None:
        """For a name of one capitalised word: "fem"/"masc" when it is a first name of one gender only in
        the first-name lexicons, "" for one of both ("Camille"), None when it is no first name ("Lavrov")."""
        words = name.split()
        return self._first_name(words[0]) if len(words) == 1 and words[0][:1].isupper() else None

    def _first_name(self, word: str) -> str | None:
        """`_read_first_name`, remembered per language and word (read for every name of every article)."""
        key = (self.code, word)
        if key not in _FIRST_NAMES:
            _FIRST_NAMES[key] = self._read_first_name(word)
        return _FIRST_NAMES[key]

    def _read_first_name(self, word: str) -> str | None:
        """ "fem"/"masc" for a first name of one gender only in the lexicons, "" for one of both, None for
        a word that is no first name; read as written, and without its accents where the lexicons lack
        the written form ("Laëtitia"; but « Danièle » is not the Italian "Daniele")."""
        written, bare = _name_forms(word)
        female_names, male_names = self.lexicon("female_names"), self.lexicon("male_names")
        forms = {written} if written in female_names or written in male_names else {written, bare}
        female, male = bool(forms & female_names), bool(forms & male_names)
        if not (female or male):
            parts = word.split("-")
            if (
                len(parts) == 2
                and all(p[:1].isupper() for p in parts)
                and parts[0].lower() not in self.place_name_prefixes
            ):
                # "Jean-Pierre", "Marie-Hélène": a compound first name is one when both parts are
                genders = {self._first_name(p) for p in parts}
                if None in genders:
                    return None
                known = genders - {""}  # "Jean-Marie": a part of both genders leaves it to the other
                return known.pop() if len(known) == 1 else ""
            return None
        return "fem" if female and not male else "masc" if male and not female else ""

    @cached_property
    def _model_labels(self) -> dict:
        """Our type -> the first model label the table maps to it."""
        out: dict[str, str] = {}
        for label, kind in self.entity_labels.items():
            out.setdefault(kind, label)
        return out

    def model_label(self, kind: str) -> str | None:
        """The model's label for one of our types ("PERSON" -> "PER" in French), None if it has none."""
        return self._model_labels.get(kind)

    @cached_property
    def person_words(self) -> frozenset:
        """Nouns that name a person or a role people hold: title and role words and the person-noun lexicon,
        less what the table calls a document or a text (the lexicon lists "study" and "figure") or, for the
        lexicon's words, an organisation or a thing (`thing_senses`: "the case")."""
        own = self.title_words | self.role_words | self.person_nouns
        # the general lexicon's senses are not the press's: a noun the table lists for a body ("company",
        # "party", « constructeur ») is a body unless the table also lists it for a person
        lexicon = self.lexicon("person_nouns") - self.organisation_nouns - self.thing_senses
        return (own | lexicon) - self.document_nouns - self.text_nouns

    def names_a_person(self, word: str) -> bool:
        """Whether a lower-case noun names a person: a person word (after a prefix of `person_prefixes` too:
        « coprésidente »), or, where the language writes compounds
        as one word (`closed_compounds`), one that ends on a person word of `MIN_COMPOUND_HEAD` letters or
        more ("headteacher", "policymaker", "goalkeeper")."""
        if word in self.person_words:
            return True
        if any(word.endswith(s) and len(word) - len(s) >= MIN_SUFFIX_STEM for s in self.person_suffixes):
            return True  # « constitutionnaliste », which the lexicon lacks, as « juriste » it lists
        if any(
            word.startswith(p) and len(word) - len(p) >= MIN_COMPOUND_HEAD and word[len(p) :] in self.person_words
            for p in self.person_prefixes
        ):
            return True  # « coprésidente », "co-founder", « vice-présidente »
        if not self.closed_compounds or len(word) <= MIN_COMPOUND_HEAD:
            return False
        key = (self.code, word)
        if key not in _COMPOUND_PERSONS:
            if len(_COMPOUND_PERSONS) > MAX_CACHED_LEMMAS:
                _COMPOUND_PERSONS.clear()  # a corpus's vocabulary is long: remember a bounded share of it
            _COMPOUND_PERSONS[key] = any(
                word[k:] in self.person_words for k in range(1, len(word) - MIN_COMPOUND_HEAD + 1)
            )
        return _COMPOUND_PERSONS[key]

    @cached_property
    def speaking_nouns(self) -> frozenset:
        """Nouns for what can speak: a person or role (an age epithet too: « l'adolescente »), an
        organisation or a business, a named or authored document."""
        people = self.person_words | self.epithet_nouns
        return people | self.organisation_nouns | self.company_nouns | self.document_nouns | self.text_nouns

    @cached_property
    def openers(self) -> str:
        """Marks that open a quotation in the usual order ("«", "“", '"')."""
        return "".join(mark for mark in self.quote_pairs if mark not in self.reversed_openers)

    @cached_property
    def closers(self) -> str:
        """Marks that close a quotation opened in the usual order."""
        return "".join(dict.fromkeys("".join(self.quote_pairs[mark] for mark in self.openers)))

    def is_cue_lemma(self, lemma: str) -> bool:
        return lemma in self.speech_verbs or lemma in self.quote_only_verbs

    @cached_property
    def cue_lemmas(self) -> frozenset:
        """Every lemma a cue verb test may accept: verbs of saying, of quoting only, of hearsay, the
        verbs of particle and light-verb pairs and their second words ("fait savoir")."""
        pairs = {word for words in self.verb_particles.values() for word in words}
        return self.speech_verbs | self.quote_only_verbs | self.hearsay_verbs | set(self.verb_particles) | pairs

    @cached_property
    def _verb_lemmas(self) -> dict:
        return {}  # (lemma, form) -> verb_lemma's answer: asked for every word of every article

    def verb_lemma(self, lemma: str, form: str) -> str:
        """The model's lemma if the tables know it, else one guessed from the form's ending
        ("indique" -> "indiquer" when the model left the form as it was)."""
        key = (lemma, form)
        found = self._verb_lemmas.get(key)
        if found is None:
            if len(self._verb_lemmas) > MAX_CACHED_LEMMAS:
                self._verb_lemmas.clear()
            found = self._verb_lemmas[key] = self._guess_verb_lemma(lemma, form)
        return found

    def _guess_verb_lemma(self, lemma: str, form: str) -> str:
        if self.is_cue_lemma(lemma):
            return lemma
        for suffix, replacement in self.lemma_suffixes:
            if form.endswith(suffix) and len(form) > len(suffix) + 2:
                guess = form[: len(form) - len(suffix)] + replacement
                if self.is_cue_lemma(guess):
                    return guess
        return lemma


def supported_languages() -> list[str]:
    """Codes of the languages that have a data table, sorted."""
    return sorted(path.stem for path in LANG_DIR.glob("*.json"))


@cache
def _read_lexicon(code: str, name: str) -> frozenset:
    words: set[str] = set()
    for source in load_language_table(code).lexicons.get(name, ()):
        if "data" in source:  # a list of our own in the package's data (first names the lexicons lack)
            data = json.loads((DATA_DIR / source["data"]).read_text(encoding="utf-8"))
            words.update(w.strip().lower() for w in data[source["key"]] if w.strip())
            continue
        try:
            text = Path(metadata.distribution(source["package"]).locate_file(source["path"])).read_text(
                encoding="utf-8"
            )
        except (metadata.PackageNotFoundError, OSError):
            continue
        words.update(line.strip().lower() for line in text.splitlines() if line.strip())
    return frozenset(words)


@cache
def load_language_table(code: str) -> LanguageTable:
    """Load the data table of a language code such as "fr" or "en"."""
    path = LANG_DIR / f"{code}.json"
    if not path.is_file():
        raise UnsupportedLanguageError(
            f"No language table for {code!r}; supported languages: {', '.join(supported_languages())}."
        )
    raw = json.loads(path.read_text(encoding="utf-8"))
    low = lambda words: frozenset(w.lower() for w in words)
    return LanguageTable(
        code=raw["code"],
        name=raw["name"],
        models=tuple(raw["models"]),
        model_env=raw["model_env"],
        entity_labels=dict(raw["entity_labels"]),
        speech_verbs=low(raw["speech_verbs"]),
        quote_only_verbs=low(raw["quote_only_verbs"]) - low(raw["speech_verbs"]),
        verb_particles={k: frozenset(v) for k, v in raw["verb_particles"].items()},
        source_markers=tuple(tuple(m) for m in raw["source_markers"]),
        initial_source_markers=tuple(tuple(m) for m in raw["initial_source_markers"]),
        person_pronouns={k.lower(): v for k, v in raw["person_pronouns"].items()},
        group_pronouns=low(raw["group_pronouns"]),
        partitive_heads=low(raw.get("partitive_heads", [])),
        quantity_nouns=low(raw.get("quantity_nouns", [])),
        demonstrative_pronouns=low(raw.get("demonstrative_pronouns", [])),
        interrogatives=low(raw.get("interrogatives", [])),
        negations=low(raw.get("negations", [])),
        refusal_verbs=low(raw.get("refusal_verbs", [])),
        name_links=low(raw.get("name_links", [])),
        hearsay_verbs=low(raw.get("hearsay_verbs", [])),
        source_prepositions=low(raw.get("source_prepositions", [])),
        organisation_pronouns=low(raw.get("organisation_pronouns", [])),
        gendered_organisation_pronouns=low(raw.get("gendered_organisation_pronouns", [])),
        compound_words=tuple(raw.get("compound_words", [])),
        determiners=low(raw["determiners"]),
        of_words=low(raw["of_words"]),
        place_name_prefixes=low(raw.get("place_name_prefixes", [])),
        demonyms=low(raw.get("demonyms", [])),
        title_words=low(raw["title_words"]),
        role_words=low(raw["role_words"]),
        title_synonyms={k.lower(): tuple(v) for k, v in raw["title_synonyms"].items()},
        title_abbreviations=dict(raw.get("title_abbreviations", {})),
        joiners=low(raw["joiners"]),
        impersonal_subjects=low(raw.get("impersonal_subjects", [])),
        relative_pronouns=low(raw.get("relative_pronouns", [])),
        person_relatives=low(raw.get("person_relatives", [])),
        back_matter_headings=low(raw.get("back_matter_headings", [])),
        contrast_markers=low(raw.get("contrast_markers", [])),
        lemma_suffixes=tuple(tuple(rule) for rule in raw.get("lemma_suffixes", [])),
        possessive_suffixes=tuple(raw.get("possessive_suffixes", [])),
        clause_source_markers=low(raw.get("clause_source_markers", [])),
        complementizers=low(raw.get("complementizers", [])),
        relay_markers=low(raw.get("relay_markers", [])),
        group_locatives=low(raw.get("group_locatives", [])),
        imperative_suffixes=tuple(raw.get("imperative_suffixes", [])),
        document_nouns=low(raw.get("document_nouns", [])),
        organisation_nouns=low(raw.get("organisation_nouns", [])),
        text_nouns=low(raw.get("text_nouns", [])),
        channel_nouns=low(raw.get("channel_nouns", [])),
        audience_nouns=low(raw.get("audience_nouns", [])),
        addressee_prepositions=low(raw.get("addressee_prepositions", [])),
        occasion_prepositions=low(raw.get("occasion_prepositions", [])),
        medium_prepositions=low(raw.get("medium_prepositions", [])),
        agent_prepositions=low(raw.get("agent_prepositions", [])),
        access_verbs=low(raw.get("access_verbs", [])),
        age_epithets=tuple(w.lower() for w in raw.get("age_epithets", [])),
        epithet_nouns=low(raw.get("epithet_nouns", [])),
        age_units=low(raw.get("age_units", [])),
        feminine_suffixes=tuple(raw.get("feminine_suffixes", [])),
        feminine_endings=tuple(raw.get("feminine_endings", [])),
        nationality_adjectives=low(raw.get("nationality_adjectives", [])),
        voice_nouns=low(raw.get("voice_nouns", [])),
        rank_words=low(raw.get("rank_words", [])),
        indefinite_numbers=low(raw.get("indefinite_numbers", [])),
        participle_ends_clause=bool(raw.get("participle_ends_clause", False)),
        documents_speak_for_author=bool(raw.get("documents_speak_for_author", False)),
        title_case_names=bool(raw.get("title_case_names", False)),
        closed_compounds=bool(raw.get("closed_compounds", False)),
        person_prefixes=tuple(raw.get("person_prefixes", [])),
        addressee_verbs=low(raw.get("addressee_verbs", [])),
        person_possessives=low(raw.get("person_possessives", [])),
        thing_senses=low(raw.get("thing_senses", [])),
        person_suffixes=tuple(w.lower() for w in raw.get("person_suffixes", [])),
        infinitive_reports=low(raw["infinitive_reports"]) if "infinitive_reports" in raw else None,
        camp_nouns=low(raw.get("camp_nouns", [])),
        generic_person_nouns=low(raw.get("generic_person_nouns", [])),
        adverbial_prepositions=low(raw.get("adverbial_prepositions", [])),
        tenure_words=low(raw.get("tenure_words", [])),
        courtesy_titles=low(raw.get("courtesy_titles", [])),
        thing_relatives=low(raw.get("thing_relatives", [])),
        person_nouns=low(raw.get("person_nouns", [])),
        plural_suffixes=tuple(raw.get("plural_suffixes", [])),
        quote_pairs=dict(raw["quote_pairs"]),
        reversed_openers=dict(raw.get("reversed_openers", {})),
        euphonic_clitics=low(raw.get("euphonic_clitics", [])),
        object_clitics=low(raw.get("object_clitics", [])),
        time_words=low(raw.get("time_words", [])),
        side_nouns=low(raw.get("side_nouns", [])),
        company_nouns=low(raw.get("company_nouns", [])),
        generic_body_nouns=low(raw.get("generic_body_nouns", [])),
        post_nominals=frozenset(raw.get("post_nominals", [])),
        former_words=low(raw.get("former_words", [])),
        role_sets=tuple(tuple(low(role) for role in roles) for roles in raw.get("role_sets", [])),
        body_kinds=tuple(low(kind) for kind in raw.get("body_kinds", [])),
        legal_forms=frozenset(raw.get("legal_forms", [])),
        age_words=low(raw.get("age_words", [])),
        time_entities=frozenset(raw.get("time_entities", [])),
        examples=tuple(raw.get("examples", [])),
        lexicons=dict(raw.get("lexicons", {})),
        pronoun_genders=dict(raw.get("pronoun_genders", {})),
        latest_pronouns=low(raw.get("latest_pronouns", [])),
        former_pronouns=low(raw.get("former_pronouns", [])),
        gendered_titles={k.lower(): v for k, v in raw.get("gendered_titles", {}).items()},
        syntax=SyntaxLabels(**{f.name: frozenset(raw["syntax"].get(f.name, ())) for f in fields(SyntaxLabels)}),
    )


def _name_forms(word: str) -> tuple[str, str]:
    """A first name as the lexicons may spell it: lowercased, with and without its accents ("Laëtitia")."""
    low = word.lower()
    bare = "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))
    return low, bare
