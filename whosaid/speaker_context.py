"""What the speaker resolvers know at a point of an article (`ArticleContext`): earlier speakers, named
sentence subjects, titles given to people, the gender the text shows of each, and the candidates a
reference may point back to, ranked by `whosaid.ranking`. The records resolvers pass around (`Seen`,
`Choice`) and the evidence about people are in `whosaid.speaker_evidence`. Pure Python over records (no
spaCy); the resolvers are in `whosaid.speakers`."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from dataclasses import replace

from whosaid.entities import EntityIndex
from whosaid.findings import QUALIFIER, GenderCue, RawQuote, SentenceSubject, SpeakerMention, TitleLink
from whosaid.issued import IssuedDocuments
from whosaid.ranking import Candidate, Distances, Weights, default_weights, features, margin, rivals, scored
from whosaid.records import Entity
from whosaid.speaker_evidence import (  # noqa: F401  Seen and Choice re-exported: the resolvers' records
    Choice,
    Seen,
    after_of_word,
    first_name_genders,
    named_entity,
    other_nationality,
    person_genders,
    title_nouns,
    untagged_name,
)

CANDIDATE_MENTIONS = 30  # entity mentions looked back over for a pronoun (a few paragraphs of press copy)
CANDIDATE_SPEAKERS = 12  # earlier speakers and named subjects looked back over
DIALOGUE_DASHES = (" — ", " – ")  # a reply opening inside one quotation: two voices
DESCRIBED_SENTENCES = 2  # a title subject with no name is a candidate this many sentences on (a quotation may be one)


class ArticleContext:
    """What the resolvers know at a point of the article: earlier speakers, named subjects, titles given
    to people, their gender, and nouns that stood for an organisation ("le quotidien Le Figaro")."""

    def __init__(
        self,
        *,
        titles: list[TitleLink],
        subjects: list[SentenceSubject],
        index: EntityIndex,
        pronoun_genders: dict[str, str] | None = None,
        latest_pronouns: frozenset | tuple[str, ...] = (),
        former_pronouns: frozenset | tuple[str, ...] = (),
        genders: list[GenderCue] | tuple[GenderCue, ...] = (),
        sentences: list[tuple[int, int]] | tuple[tuple[int, int], ...] = (),
        paragraphs: list[int] | tuple[int, ...] = (),
        quoted: list[tuple[int, int]] | tuple[tuple[int, int], ...] = (),
        weights: dict[str, Weights] | None = None,
        of_words: tuple[str, ...] | list[str] = (),
        rank_words: frozenset | tuple[str, ...] = (),
        text: str = "",
        name_genders: dict[str, str] | None = None,
        lone_first_name: Callable[[str], str | None] | None = None,
        first_name_gender: Callable[[str], str | None] | None = None,
        person_words: frozenset = frozenset(),
        names_a_person: Callable[[str], bool] | None = None,
        generic_person_words: frozenset = frozenset(),
        organisation_pronouns: frozenset = frozenset(),
        gendered_organisation_pronouns: frozenset = frozenset(),
        document_words: frozenset = frozenset(),
        company_words: frozenset = frozenset(),
        channels: list[tuple[int, int]] | tuple[tuple[int, int], ...] = (),
        issuable_words: frozenset = frozenset(),
        demonyms: frozenset = frozenset(),
        body_words: frozenset = frozenset(),
        generic_body_words: frozenset = frozenset(),
        voice_words: frozenset = frozenset(),
        former_words: frozenset = frozenset(),
        tenure_words: frozenset = frozenset(),
        courtesy_words: frozenset = frozenset(),
        role_sets: tuple = (),
        body_kinds: tuple = (),
        person_model_labels: frozenset = frozenset(),
        nationalities: frozenset = frozenset(),
    ):
        self.nationalities = nationalities  # words for a country's people or things ("French", « chinois »)
        self.body_words = body_words  # nouns for a body ("company", « ministère »): what a role may speak for
        self.generic_body_words = generic_body_words  # of those, the nouns for any kind of body (« l'institution »)
        self.voice_words = voice_words  # who speaks for an organisation ("spokesperson", « porte-parole »)
        self.former_words = former_words  # "former", « ancienne »: a past title, held beside a present one
        self.tenure_words = tenure_words  # "outgoing", « sortant »: when a title is held, not what it covers
        self.courtesy_words = courtesy_words  # "Mrs", « Mme »: how someone is addressed, no office
        self.role_sets = role_sets  # roles one person never holds together ("defendant", "lawyer")
        self.body_kinds = body_kinds  # nouns for bodies of one kind ("agency", "administration")
        self.person_model_labels = person_model_labels  # the model's labels for a person ("PERSON", "PER")
        self.demonyms = demonyms  # « le Danois »: a person of a country, described (resolved as a title is)
        self.index = index
        self.sentence_spans = sorted(sentences)
        # names a cue addressed ("told Reuters", « à l'AFP »): not who a later reference means there
        self.channels = frozenset(k for a, b in channels for k in range(a, b))
        self.person_words = person_words  # nouns for a person ("économiste", "professor")
        self.names_a_person = names_a_person or person_words.__contains__  # « socialiste » by its ending too
        self.generic_person_words = generic_person_words  # "politician", « élu »: fits any office of public life
        self.document_words = document_words  # nouns for a document ("le rapport", "the memo")
        self.company_words = company_words  # nouns for a business ("the company", « le groupe »)
        self.organisation_pronouns = organisation_pronouns  # "it"
        self.gendered_organisation_pronouns = gendered_organisation_pronouns  # « il », « elle »
        # an unnamed speaker or subject that is one first name ("Laëtitia"): "fem"/"masc"/"" for a first
        # name of the lexicons, None for any other word
        self.lone_first_name = lone_first_name or (lambda name: None)
        self.first_name_gender = first_name_gender or (lambda name: None)
        self.text = text
        self.of_words = tuple(of_words)
        self.rank_words = frozenset(rank_words)  # "deputy", "adjoint": a title with one is another office
        self.weights = weights
        starts = [a for a, _ in sentences] or [subj.start for subj in subjects]
        self.distances = Distances(starts, list(paragraphs))
        # "in a statement", « dans un communiqué »: a later "the statement said" speaks for its issuer
        self.documents = IssuedDocuments(issuable_words, text, self.sentence_spans, self.distances)
        self.quoted = sorted(quoted)  # spans inside quotation marks: names there are the quoted speaker's
        self.quoted_starts = [a for a, _ in self.quoted]
        self.pronoun_genders = pronoun_genders or {}
        self.latest_pronouns = frozenset(latest_pronouns)
        self.former_pronouns = frozenset(former_pronouns)
        self.back_pronouns = self.latest_pronouns | self.former_pronouns  # both point back to someone named
        self.genders = person_genders(index, genders)
        self.name_genders = name_genders or {}  # entity id -> what the first name suggests (soft)
        for ent_id, gender in list(self.genders.items()):
            if gender == "masc" and self.name_genders.get(ent_id) == "fem":
                # « le Dr Hélène Marchetti », « le juge Anne Roy »: the masculine is a title's default form,
                # no evidence against a woman's first name (a feminine article is chosen, and stays)
                del self.genders[ent_id]
        self.history: list[Seen] = []  # resolved speakers so far, in text order
        self.phrases: list[tuple[SpeakerMention, Seen]] = []  # speaker phrases so far and whom they meant
        # the pronoun of the last speaker when a pronoun named them ("il", where they were met, whom it meant):
        # the same pronoun in the next sentence goes on meaning them (`speakers.resolve_pronoun`)
        self.pronoun_chain: tuple[str, int, Seen] | None = None
        self.named_in_quote: frozenset = frozenset()  # entities the direct quote being resolved names: not its speaker
        self.quote_span = (0, 0)  # the quote being resolved
        self.named_subjects: list[tuple[SentenceSubject, Seen]] = []
        for n, subj in enumerate(subjects):
            if self.in_quotation(subj.mention.start):
                continue  # « L'État doit agir », a-t-elle dit: words inside a quotation never speak for it
            epithet = (
                subj.mention.kind in ("common", "description")
                and subj.mention.head in demonyms
                and subj.mention.number == "sing"
                and not subj.mention.new
                and not subj.passive
            )
            if epithet and n > 0 and self.named_subjects and self.named_subjects[-1][0] is subjects[n - 1]:
                # "Tadej Pogačar a frappé. Le Slovène a remporté …": the epithet of the sentence before's subject
                before = self.named_subjects[-1][1]
                if before.entity is not None and before.entity.label == "PERSON":
                    self.named_subjects.append((subj, replace(before, position=subj.position)))
                continue
            if subj.mention.kind == "name" and len(subj.mention.entity_spans) <= 1:  # not "Obama et Romney"
                name, ent = named_entity(subj.mention, index)
                self.named_subjects.append((subj, Seen(subj.position, name, ent, subj.mention.number)))
            elif subj.mention.name in self.back_pronouns and subj.mention.number == "sing":
                # « Celui-ci a adopté une autre ligne. Il a admis P »: a pronoun for the person named last
                # (or, « le premier », the one before) names the sentence's subject as surely as the name would
                seen = self.latest_named(
                    subj.mention.start,
                    self.pronoun_genders.get(subj.mention.name),
                    rank=int(subj.mention.name in self.former_pronouns),
                )
                if seen is not None:
                    self.named_subjects.append((subj, replace(seen, position=subj.position)))
        # "Le ministre a annoncé P. « Q », a-t-il prévenu": a title with no name as a sentence's subject, which
        # a person pronoun after it may mean (see `resolve_pronoun`)
        self.described_subjects = [
            subj
            for subj in subjects
            if (
                subj.mention.kind == "description"
                # "The supervisor, who testified, denied that. He told the jury …": a person noun met as
                # someone known (not "a supervisor") is a subject a pronoun after it may mean, as a title is
                or subj.mention.kind == "common"
                and subj.mention.head in self.person_words
                and not subj.mention.new
                and not subj.passive
            )
            and subj.mention.number == "sing"
            and not self.in_quotation(subj.mention.start)
            # "Son homologue, X": X's (not a name after an of-word, « le député de Chauveau », nor the possessor
            # a possessed phrase opens with, "Whitlock's barrister")
            and not any(
                e.label == "PERSON" and not after_of_word(self.text, m.start, self.of_words)
                for e in index.inside(subj.mention.start, subj.mention.end)
                for m in e.mentions
                if subj.mention.start <= m.start < subj.mention.end
                and not (subj.mention.possessed and m.start == subj.mention.start)
            )
        ]
        self.described_positions = [subj.position for subj in self.described_subjects]
        # unnamed people a sentence introduces as its subject ("Un proche du chef de l'État se montre plus
        # direct", "One aide was blunter"), by the end of their sentence: whom "ce conseiller", "the aide"
        # right after means
        self.unnamed_subjects = sorted(
            (
                subj
                for subj in subjects
                if subj.mention.new
                and subj.mention.number == "sing"
                and subj.mention.kind in ("common", "description")
                and subj.mention.head in person_words
                and not self.in_quotation(subj.mention.start)
            ),
            key=lambda subj: subj.end,
        )
        self.unnamed_subject_ends = [subj.end for subj in self.unnamed_subjects]
        # entities the article names as a speaker or as a sentence's subject: who acts in the story ("AI" in
        # "its AI accelerators", typed an organisation, never does); the resolver adds the named speakers
        self.actors: set[str] = {seen.entity.id for _, seen in self.named_subjects if seen.entity is not None}
        self.untitled_acting_at = {  # where a name no title words come with is a subject or a speaker
            subj.mention.start
            for subj, seen in self.named_subjects
            if seen.entity is not None and not subj.mention.keywords
        }
        self.person_keywords: dict[str, set[str]] = {}
        self.noun_links: list[tuple[int, str, Entity]] = []  # (position, noun, entity)
        for link in titles:
            ent = index.at(*link.person)
            if ent is None:
                continue
            if link.titled and ent.label == "PERSON":
                self.person_keywords.setdefault(ent.id, set()).update(link.keywords)
            if not link.titled:
                self.noun_links.extend(
                    (link.person[0], noun, ent) for noun in link.keywords if not noun.startswith(QUALIFIER)
                )
        # pronoun subjects outside quotations, by sentence start: "Elle ne cache pas son impatience :
        # « … »" gives a floating quote the person the pronoun means
        self.pronoun_subjects = sorted(
            (subj for subj in subjects if subj.mention.kind == "pronoun" and not self.in_quotation(subj.mention.start)),
            key=lambda subj: subj.start,
        )
        self.pronoun_subject_starts = [subj.start for subj in self.pronoun_subjects]
        # every subject outside quotations, by sentence start: the one of the sentence a colon ends
        self.outer_subjects = sorted(
            (subj for subj in subjects if not self.in_quotation(subj.mention.start)), key=lambda subj: subj.start
        )
        self.outer_subject_starts = [subj.start for subj in self.outer_subjects]
        self.subject_positions = [seen.position for _, seen in self.named_subjects]
        self.subject_ends = [subj.end for subj, _ in self.named_subjects]
        self.sentence_ends = sorted(subj.end for subj in subjects)

    def unnamed_just_before(self, position: int, words: str = "") -> bool:
        """Whether the sentence just before the one at `position` has an unnamed person as its subject
        (with `words`, one named with all of them: "A senior official said P. "Q," the official said")."""
        e = bisect.bisect_right(self.sentence_ends, position) - 1
        wanted = set(words.lower().split())
        if e >= 0 and self.sentence_ends[e] not in self.unnamed_subject_ends:
            # "According to a senior official, P. "Q," the official said": an unnamed person who spoke there
            after = self.sentence_ends[e - 1] if e > 0 else -1
            return any(
                s.entity is None
                and after < s.position < self.sentence_ends[e]
                and wanted <= set(s.name.lower().split())
                for s in self.history
            )
        return e >= 0 and any(
            wanted <= set(subj.mention.name.lower().split())
            for subj in self.unnamed_subjects
            if subj.end == self.sentence_ends[e]
        )

    def earlier(self, position: int) -> Iterator[Seen]:
        """Earlier speakers and named subjects, latest first (history and subjects are in text order)."""
        history, subjects = self.history, self.named_subjects
        h = len(history) - 1
        k = bisect.bisect_left(self.subject_positions, position) - 1
        while h >= 0 and history[h].position >= position:
            h -= 1
        while h >= 0 or k >= 0:
            if k < 0 or h >= 0 and history[h].position >= subjects[k][1].position:
                yield history[h]
                h -= 1
            else:
                yield subjects[k][1]
                k -= 1

    def recent(
        self, position: int, *, want: str | None = None, number: str | None = None, gender: str | None = None
    ) -> Seen | None:
        """The latest earlier speaker or subject fitting `want` (a type) and `number`, else the latest. No
        one the text shows as the other `gender` ("elle" is never "le lieutenant Paul Roux")."""
        labels = {"PERSON": ("PERSON",), "ORG": ("ORG", "PLACE")}.get(want or "", ())
        first = None
        for seen in self.earlier(position):
            if gender and self.gender_of(seen) not in (None, gender):
                continue
            if want == "PERSON" and gender and seen.entity is None and seen.gender is None and not self._personal(seen):
                continue  # "She said P" is no unnamed group or thing that spoke ("The union warned …")
            first = first or seen
            typed = not labels or seen.entity is not None and seen.entity.label in labels
            plural = number != "plur" or seen.number == "plur" or seen.entity is None or seen.entity.label == "ORG"
            if typed and plural:
                return seen
        return None if want == "ORG" else first

    def _personal(self, seen: Seen) -> bool:
        """Whether an unnamed speaker's phrase ends on a noun for a person ("the chief negotiator")."""
        words = seen.name.lower().replace("’", "'").split()
        return bool(words) and (words[-1] in self.person_words or words[-1].rstrip("s") in self.person_words)

    def gender_of(self, seen: Seen) -> str | None:
        """The gender the text shows for a speaker or subject met earlier: its entity's (else what its
        first name suggests), or an unnamed person's ("un négociant"); None when nothing shows one."""
        if seen.entity is not None:
            return self.genders.get(seen.entity.id) or self.name_genders.get(seen.entity.id)
        return seen.gender or None

    def introducing_subject(self, quote_start: int) -> SentenceSubject | None:
        """The subject of the sentence a quotation at `quote_start` opens after a colon ("Le ministre est
        clair : « Q »", "A local fisherman shook his head: "Q""), whatever kind of phrase it is."""
        k = bisect.bisect_right(self.outer_subject_starts, quote_start) - 1
        if k < 0:
            return None
        subj = self.outer_subjects[k]
        if not subj.mention.end <= quote_start < subj.end:
            return None
        # the last sign before the quotation, past spaces and its opening mark, is a colon
        between = self.text[subj.mention.end : quote_start]
        return (
            subj if between.rstrip("".join(c for c in between if not c.isalnum() and c != ":")).endswith(":") else None
        )

    def note_actors(self, quotes: list[RawQuote]) -> None:
        """Who the article names as a speaker ("…, Nexora said"), and where a name with no title words acts
        (`untitled_acting_at`); sentence subjects are added at creation."""
        for quote in quotes:
            if quote.speaker is not None and quote.speaker.kind == "name":
                for a, b in quote.speaker.entity_spans[:1]:
                    ent = self.index.at(a, b)
                    if ent is not None:
                        self.actors.add(ent.id)
                        if not quote.speaker.keywords:
                            self.untitled_acting_at.add(a)

    def enter_quote(self, quote: RawQuote, mention: SpeakerMention | None) -> None:
        """Enter a quote: the names it rules out. "He said, "Andy Warhol was the center of …"": whom a
        quotation names is not who says it (in the third person, or addressed), unless it holds a dialogue,
        two voices (« Eh oui, mon petit Jean-Mimi ! — Tout à fait Thierry ! »); "Asked about Trump's
        remarks, he said": nor is a name the reference's own clause opens with."""
        dialogue = any(dash in self.text[quote.start : quote.end] for dash in DIALOGUE_DASHES)
        self.quote_span = (quote.start, quote.end)
        self.named_in_quote = (
            frozenset(ent.id for ent in self.index.inside(quote.start, quote.end))
            if quote.kind == "direct" and not dialogue
            else frozenset()
        )
        if mention is not None and mention.disjoint:
            fronted = (self.index.at(a, b) for a, b in mention.disjoint)
            self.named_in_quote |= {ent.id for ent in fronted if ent is not None}

    def in_quotation(self, position: int) -> bool:
        k = bisect.bisect_right(self.quoted_starts, position) - 1
        return k >= 0 and position < self.quoted[k][1]

    def candidates(self, position: int) -> list[Candidate]:
        """Who a reference at `position` may mean: earlier speakers, named subjects, and the people and
        organisations named shortly before, outside quotations."""

        def candidate(seen: Seen, role: str, where: int) -> Candidate:
            ent = seen.entity
            # a place that spoke under a first name (« …, ajoute Hassan, un manifestant ») is a person the model
            # mislabelled; so is a body that spoke under a first name and a surname ("Nasrin Akter … said")
            spoke = ent is not None and role == "speaker"
            lone = None
            if ent is None or spoke and ent.label == "PLACE":
                lone = self.lone_first_name(seen.name)
            elif spoke and ent.label == "ORG":
                lone = self.first_name_gender(seen.name)
                # "Cherelle Parker" typed a body, "Parker" a person: the model hesitated (not "Nordhaven Lines")
                hesitated = set(ent.model_labels) & self.person_model_labels and untagged_name(ent.name)
                surname = hesitated and any(m.text == ent.name.split()[-1] for m in ent.mentions)
                lone = "" if lone is None and surname else lone
            mislabelled = spoke and ent.label in ("PLACE", "ORG") and lone is not None
            person = lone is not None and (ent is None or mislabelled) or ent is None and untagged_name(seen.name)
            return Candidate(
                seen=seen,
                position=where,
                role=role,
                label="PERSON" if person else ent.label if ent is not None else None,
                gender=self.genders.get(ent.id) if ent is not None else None,
                introduced=ent is not None and ent.id in self.person_keywords,
                name_gender=self.name_genders.get(ent.id) if ent is not None and not person else lone or None,
            )

        out = []
        between = 0  # people and organisations named since (a place is no one: "Bruxelles doit réagir")
        for n, seen in enumerate(self.earlier(position)):
            if n >= CANDIDATE_SPEAKERS:
                break
            is_subject = any(seen is s for _, s in self.named_subjects)
            spokesperson = seen.entity is not None and seen.entity.label == "ORG" and bool(seen.gender)
            if between == 0 and (seen.entity is None or spokesperson) and seen.gender is not None and not is_subject:
                # "Un négociant a indiqué que P. « Q », a-t-il ajouté": the unnamed person who spoke last,
                # with no one named between (a place is no one), in the same paragraph, is who the
                # pronoun may mean; so is a body's gendered spokesperson ("A spokeswoman for X said P. Q, she
                # added": X)
                if self.distances.paragraphs(seen.position, position) == 0:
                    out.append(
                        replace(candidate(seen, "speaker", seen.position), label="PERSON", gender=seen.gender or None)
                    )
                    continue
            out.append(candidate(seen, "subject" if is_subject else "speaker", seen.position))
            between += seen.entity is None or seen.entity.label != "PLACE"
        for start, ent in self.index.mentions_before(position, CANDIDATE_MENTIONS):
            if ent.label in ("PERSON", "ORG") and not self.in_quotation(start) and start not in self.channels:
                out.append(candidate(Seen(start, ent.name, ent, "sing"), "mention", start))
        unnamed = self.unnamed_subject_before(position)
        if unnamed is not None:
            mention = unnamed.mention
            seen = Seen(unnamed.position, mention.name, None, "sing", mention.gender or "")
            out.append(
                Candidate(
                    seen=seen, position=unnamed.position, role="subject", label="PERSON", gender=mention.gender or None
                )
            )
        return out

    def unnamed_subject_before(self, position: int) -> SentenceSubject | None:
        """The unnamed person a sentence before `position` introduced as its subject ("Une passagère a
        survécu. Elle a raconté P"), in the same paragraph, with no one named or speaking since."""
        k = bisect.bisect_right(self.unnamed_subject_ends, position) - 1
        if k < 0:
            return None
        subj = self.unnamed_subjects[k]
        if self.distances.paragraphs(subj.position, position) > 0:
            return None
        if any(s.position > subj.position for s in self.history):
            return None
        for start, ent in self.index.mentions_before(position, CANDIDATE_MENTIONS):
            if start < subj.mention.end:
                break
            if ent.label in ("PERSON", "ORG") and not self.in_quotation(start):
                return None
        return subj

    def described_subject(self, position: int) -> SentenceSubject | None:
        """The latest title subject with no name ("Le ministre de l'Intérieur a annoncé …") before
        `position`, within `DESCRIBED_SENTENCES` sentences."""
        k = bisect.bisect_left(self.described_positions, position) - 1
        if k < 0:
            return None
        subj = self.described_subjects[k]
        return subj if self.distances.sentences(subj.position, position) <= DESCRIBED_SENTENCES else None

    def named_as_other_gender(self, seen: Seen | None, gender: str | None) -> bool:
        """True when the person's first name suggests the other gender than a pronoun's and the text shows
        none ("Sophie Binet" for « il »): weak evidence, enough to prefer a title subject that agrees."""
        if seen is None or seen.entity is None or not gender or seen.entity.id in self.genders:
            return False
        return self.name_genders.get(seen.entity.id) not in (None, gender)

    def described_candidate(self, subj: SentenceSubject) -> Candidate:
        mention = subj.mention
        seen = Seen(subj.position, mention.name, None, "sing", mention.gender or "")
        return Candidate(
            seen=seen, position=subj.position, role="subject", label="PERSON", gender=mention.gender or None
        )

    def title_holders(self, keywords: set[str]) -> dict[str, float]:
        """Entity id -> share of the title's `keywords` the text gave that person earlier. A person whose
        title has a word of rank the reference lacks holds another office ("Deputy Governor X" is not
        "the governor", « le directeur adjoint » not « le directeur »)."""
        plain = {k for k in keywords if not k.startswith(QUALIFIER)}
        if not plain:
            return {}
        qualifiers = keywords - plain
        nouns = title_nouns(keywords)
        out = {}
        for ent_id, words in self.person_keywords.items():
            own = {w for w in words if not w.startswith(QUALIFIER)}
            if not own & nouns or (own - plain) & self.rank_words:
                continue
            if qualifiers - words and (words - own) - qualifiers:
                continue  # « l'entraîneur marseillais » against « l'entraîneur lensois X »: another office
            if other_nationality(plain, own, self.nationalities):
                continue  # « le ministre français » is not « le chef de la diplomatie chinoise »
            out[ent_id] = len(own & plain) / len(plain)
        return out

    def rank(
        self,
        position: int,
        *,
        use: str,
        gender: str | None,
        person: bool,
        labels: tuple[str, ...] = (),
        phrase: Seen | None = None,
        titles: dict[str, float] | None = None,
        people_only: bool = False,
        exclude: frozenset = frozenset(),
    ) -> Choice:
        """The best-ranked candidate for a reference at `position` (whosaid.ranking) under the weights of
        `use`: a person is wanted (`person`) or anyone who can speak; `labels` keeps only entities of
        those types; `phrase` (the phrase as written) is a candidate too; `titles` gives the people the
        text gave this title's words (entity id -> share), who are candidates wherever they were named;
        `people_only` keeps no organisation or place (a body's gendered spokesperson stays a person);
        `exclude` holds entity ids no constraint allows."""
        candidates = [c for c in self.candidates(position) if _entity_id(c) not in exclude]
        if titles:
            candidates = [replace(c, title_shared=titles.get(_entity_id(c), 0.0)) for c in candidates]
            known = {_entity_id(c) for c in candidates}
            for ent_id, share in titles.items():
                ent = self.index.entities.get(ent_id)
                if ent_id in known or ent is None or not ent.mentions:
                    continue
                # met where last named before; a title given in the same breath ("Son secrétaire
                # général, Marc Lefort, a déclaré") names the person just after the title
                before = [m.start for m in ent.mentions if m.start < position]
                after = [m.start for m in ent.mentions if m.start >= position]
                if not before and self.distances.sentences(position, after[0]) > 0:
                    continue  # named only in a later sentence: not who this title means here
                where = before[-1] if before else position - 1
                seen = Seen(where, ent.name, ent, "sing")
                candidates.append(
                    Candidate(
                        seen=seen,
                        position=where,
                        role="mention",
                        label=ent.label,
                        gender=self.genders.get(ent_id),
                        introduced=True,
                        title_shared=share,
                        name_gender=self.name_genders.get(ent_id),
                    )
                )
        if self.named_in_quote:
            candidates = [c for c in candidates if c.seen.entity is None or c.seen.entity.id not in self.named_in_quote]
        if labels:
            candidates = [c for c in candidates if c.label in labels]
        if people_only:  # "she" in English: a person, never an organisation (nor a place)
            candidates = [c for c in candidates if c.label not in ("ORG", "PLACE")]
        if labels == ("ORG",):
            # "The company said", "officials said": an organisation the story has act, not one only named
            # as a modifier or a complement, when the story has one
            acting = [c for c in candidates if _entity_id(c) in self.actors]
            candidates = acting or candidates
        if phrase is not None:
            candidates.append(Candidate(seen=phrase, position=position, role="as_written", label=None, gender=None))
        weights = self.weights.get(use) if self.weights else None
        ranking = scored(
            candidates, position, self.distances, gender=gender, person=person, weights=weights or default_weights(use)
        )
        if not ranking:
            return Choice(ranked=True)
        found = ranking[0][1]
        alone = rivals(ranking) == 1
        return Choice(
            seen=found.seen,
            reason="as_written" if found.role == "as_written" else f"ranked_{found.role}",
            ranked=True,
            rivals=rivals(ranking),
            margin=margin(ranking),
            gender_agrees=bool(gender) and found.gender == gender,
            features=tuple(
                features(found, position, self.distances, gender=gender, person=person, alone=alone).items()
            ),
        )

    def latest_named(self, position: int, gender: str | None, rank: int = 0) -> Seen | None:
        """The person named last before `position` (`rank` 1: the different person named before that one,
        "the former"), outside quotations, whom the text does not show as the other gender than `gender`."""
        found: list[str] = []
        for start, ent in self.index.mentions_before(position, CANDIDATE_MENTIONS):
            if ent.label != "PERSON" or self.in_quotation(start) or ent.id in found:
                continue
            shown = self.genders.get(ent.id) or self.name_genders.get(ent.id)
            if gender and shown and shown != gender:
                continue
            if len(found) == rank:
                return Seen(start, ent.name, ent, "sing")
            found.append(ent.id)
        return None


def _entity_id(candidate: Candidate) -> str | None:
    ent = getattr(candidate.seen, "entity", None)
    return ent.id if ent is not None else None
