"""Resolve each quote's speaker phrase to a person or organisation, in text order.

Pure Python over records (no spaCy): names link to their entity; pronouns ("Il a ajouté", "she said")
and nominal descriptions ("le chef de la diplomatie russe") go back to the right earlier speaker or
subject; a spokesperson or "la direction" speaks for the organisation; floating quotes take the
speaker of the context. One resolver per kind of speaker phrase (`SpeakerMention.kind`), all reading
one `ArticleContext` of what came before.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from whosaid.entities import EntityIndex
from whosaid.findings import MEMBER, GenderCue, RawQuote, SentenceSubject, SpeakerMention, TitleLink
from whosaid.lang import LanguageTable
from whosaid.ranking import Candidate, Distances, Weights, default_weights, features, margin, rivals, scored
from whosaid.records import Entity, Speaker

MAX_LINKED_NOUN_WORDS = 2  # "le quotidien" refers back to "le quotidien Le Figaro"; longer phrases do not
CANDIDATE_MENTIONS = 30  # entity mentions looked back over for a pronoun (a few paragraphs of press copy)
CANDIDATE_SPEAKERS = 12  # earlier speakers and named subjects looked back over


@dataclass(frozen=True)
class Seen:
    """A speaker or subject met earlier in the article."""

    position: int
    name: str
    entity: Entity | None
    number: str
    gender: str | None = None  # an unnamed person's ("un négociant": masc; "a trader": "")


def untagged_name(name: str) -> bool:
    """A speaker's name the model did not tag ("Prof Anand Kulkarni"): two or more words, each
    capitalised. It stands for a person to the pronouns, as a tagged name would."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


@dataclass(frozen=True)
class Choice:
    """What a resolver returns for one quote: the speaker it chose (`seen`, None for nobody), its reason
    code (`REASONS`), and the evidence the confidence model reads (`whosaid.trust`): whether candidates
    were ranked, how many different ones were allowed, the lead of the best over the next, how far back
    the chosen one was met, and the chosen candidate's ranking features."""

    seen: Seen | None = None
    reason: str = ""
    ranked: bool = False
    rivals: int = 0
    margin: float = 0.0
    sentences_back: int = 0
    paragraphs_back: int = 0
    gender_agrees: bool = False
    features: tuple = ()  # (name, value) of the chosen candidate's ranking features (whosaid.ranking)


def _named(mention: SpeakerMention, index: EntityIndex) -> tuple[str, Entity | None]:
    """Canonical name and entity of a mention that names its speaker."""
    if len(mention.entity_spans) > 1:
        return mention.name, None  # a joint speaker ("TASS et Ria Novosti") is no single entity
    for a, b in mention.entity_spans:
        ent = index.at(a, b)
        if ent is not None:
            return ent.name, ent
    ent = index.named(mention.name)
    return (ent.name, ent) if ent else (mention.name, None)


def person_genders(index: EntityIndex, cues: list[GenderCue] | tuple[GenderCue, ...]) -> dict[str, str]:
    """Entity id -> "masc"/"fem" for the people whose gender the text shows (the article of their title,
    a gendered title); a tie is no evidence. (First names are weaker evidence: `first_name_genders`.)"""
    votes: dict[str, Counter] = {}
    for cue in cues:
        ent = index.at(*cue.person)
        if ent is not None and ent.label == "PERSON":
            votes.setdefault(ent.id, Counter())[cue.gender] += 1
    genders = {}
    for ent_id, counts in votes.items():
        (top, count), *rest = counts.most_common()
        if not rest or rest[0][1] < count:
            genders[ent_id] = top
    return genders


def first_name_genders(index: EntityIndex, table: LanguageTable) -> dict[str, str]:
    """Entity id -> "masc"/"fem" for the people whose first name is of one gender only in the language's
    first-name lexicons: soft evidence the ranking weighs where the text shows nothing."""
    out = {}
    for ent in index.entities.values():
        if ent.label == "PERSON":
            gender = table.first_name_gender(ent.name)
            if gender:
                out[ent.id] = gender
    return out


class ArticleContext:
    """What the resolvers know at a point of the article: earlier speakers, named sentence subjects,
    titles given to people, the gender the text gives them, and nouns that stood for an organisation
    ("le quotidien Le Figaro")."""

    def __init__(
        self,
        *,
        titles: list[TitleLink],
        subjects: list[SentenceSubject],
        index: EntityIndex,
        pronoun_genders: dict[str, str] | None = None,
        latest_pronouns: frozenset | tuple[str, ...] = (),
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
        person_words: frozenset = frozenset(),
        organisation_pronouns: frozenset = frozenset(),
    ):
        self.index = index
        self.person_words = person_words  # nouns for a person ("économiste", "professor")
        self.organisation_pronouns = organisation_pronouns  # "it"
        # an unnamed speaker or subject that is one first name ("Laëtitia"): "fem"/"masc"/"" for a first
        # name of the lexicons, None for any other word
        self.lone_first_name = lone_first_name or (lambda name: None)
        self.text = text
        self.of_words = tuple(of_words)
        self.rank_words = frozenset(rank_words)  # "deputy", "adjoint": a title with one is another office
        self.weights = weights
        starts = [a for a, _ in sentences] or [subj.start for subj in subjects]
        self.distances = Distances(starts, list(paragraphs))
        self.quoted = sorted(quoted)  # spans inside quotation marks: names there are the quoted speaker's
        self.quoted_starts = [a for a, _ in self.quoted]
        self.pronoun_genders = pronoun_genders or {}
        self.latest_pronouns = frozenset(latest_pronouns)
        self.genders = person_genders(index, genders)
        self.name_genders = name_genders or {}  # entity id -> what the first name suggests (soft)
        self.history: list[Seen] = []  # resolved speakers so far, in text order
        self.named_subjects: list[tuple[SentenceSubject, Seen]] = []
        for subj in subjects:
            if self.in_quotation(subj.mention.start):
                continue  # « L'État doit agir », a-t-elle dit: words inside a quotation never speak for it
            if subj.mention.kind == "name" and len(subj.mention.entity_spans) <= 1:  # not "Obama et Romney"
                name, ent = _named(subj.mention, index)
                self.named_subjects.append((subj, Seen(subj.position, name, ent, subj.mention.number)))
        self.person_keywords: dict[str, set[str]] = {}
        self.noun_links: list[tuple[int, str, Entity]] = []  # (position, noun, entity)
        for link in titles:
            ent = index.at(*link.person)
            if ent is None:
                continue
            if link.titled and ent.label == "PERSON":
                self.person_keywords.setdefault(ent.id, set()).update(link.keywords)
            if not link.titled:
                self.noun_links.extend((link.person[0], noun, ent) for noun in link.keywords)
        # pronoun subjects outside quotations, by sentence start: "Elle ne cache pas son impatience :
        # « … »" gives a floating quote the person the pronoun means
        self.pronoun_subjects = sorted(
            (subj for subj in subjects if subj.mention.kind == "pronoun" and not self.in_quotation(subj.mention.start)),
            key=lambda subj: subj.start,
        )
        self.pronoun_subject_starts = [subj.start for subj in self.pronoun_subjects]
        self.subject_positions = [seen.position for _, seen in self.named_subjects]
        self.subject_ends = [subj.end for subj, _ in self.named_subjects]
        self.sentence_ends = sorted(subj.end for subj in subjects)

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

    def recent(self, position: int, *, want: str | None = None, number: str | None = None) -> Seen | None:
        """The latest earlier speaker or subject fitting `want` (a type) and `number`, else the latest."""
        labels = {"PERSON": ("PERSON",), "ORG": ("ORG", "PLACE")}.get(want or "", ())
        first = None
        for seen in self.earlier(position):
            first = first or seen
            typed = not labels or seen.entity is not None and seen.entity.label in labels
            plural = number != "plur" or seen.number == "plur" or seen.entity is None or seen.entity.label == "ORG"
            if typed and plural:
                return seen
        return None if want == "ORG" else first

    def in_quotation(self, position: int) -> bool:
        k = bisect.bisect_right(self.quoted_starts, position) - 1
        return k >= 0 and position < self.quoted[k][1]

    def candidates(self, position: int) -> list[Candidate]:
        """Who a reference at `position` may mean: earlier speakers, named sentence subjects, and the
        people and organisations named shortly before, outside quotations."""

        def candidate(seen: Seen, role: str, where: int) -> Candidate:
            ent = seen.entity
            # a place that spoke under a first name ("…, ajoute Hassan, un autre manifestant") is a person
            # the model mislabelled
            spoke_as_place = ent is not None and ent.label == "PLACE" and role == "speaker"
            lone = self.lone_first_name(seen.name) if ent is None or spoke_as_place else None
            person = lone is not None and (ent is None or spoke_as_place) or ent is None and untagged_name(seen.name)
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
            if between == 0 and seen.entity is None and seen.gender is not None and not is_subject:
                # "Un négociant a indiqué que P. « Q », a-t-il ajouté": the unnamed person who spoke last,
                # with no one named between (a place is no one), in the same paragraph, is who the
                # pronoun may mean
                if self.distances.paragraphs(seen.position, position) == 0:
                    out.append(
                        replace(candidate(seen, "speaker", seen.position), label="PERSON", gender=seen.gender or None)
                    )
                    continue
            out.append(candidate(seen, "subject" if is_subject else "speaker", seen.position))
            between += seen.entity is None or seen.entity.label != "PLACE"
        for start, ent in self.index.mentions_before(position, CANDIDATE_MENTIONS):
            if ent.label in ("PERSON", "ORG") and not self.in_quotation(start):
                out.append(candidate(Seen(start, ent.name, ent, "sing"), "mention", start))
        return out

    def title_holders(self, keywords: set[str]) -> dict[str, float]:
        """Entity id -> share of the title's `keywords` the text gave that person earlier. A person whose
        title has a word of rank the reference lacks holds another office ("Deputy Governor X" is not
        "the governor", « le directeur adjoint » not « le directeur »)."""
        if not keywords:
            return {}
        return {
            ent_id: len(words & keywords) / len(keywords)
            for ent_id, words in self.person_keywords.items()
            if words & keywords and not (words - keywords) & self.rank_words
        }

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
    ) -> Choice:
        """The best-ranked candidate for a reference at `position` (whosaid.ranking) under the weights of
        `use`: a person is wanted (`person`) or anyone who can speak; `labels` keeps only entities of
        those types; `phrase` (the phrase as written) is a candidate too; `titles` gives the people the
        text gave this title's words (entity id -> share), who are candidates wherever they were named."""
        candidates = self.candidates(position)
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
        if labels:
            candidates = [c for c in candidates if c.label in labels]
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

    def latest_named(self, position: int, gender: str | None) -> Seen | None:
        """The person named last before `position`, outside quotations, whom the text does not show as
        the other gender than `gender`."""
        for start, ent in self.index.mentions_before(position, CANDIDATE_MENTIONS):
            if ent.label != "PERSON" or self.in_quotation(start):
                continue
            shown = self.genders.get(ent.id) or self.name_genders.get(ent.id)
            if gender and shown and shown != gender:
                continue
            return Seen(start, ent.name, ent, "sing")
        return None

    def last_entity(self, position: int, labels: tuple[str, ...]) -> Seen | None:
        """The entity of `labels` named last before a position, speaker or not, outside quotations."""
        ent = self.index.last_before(position, labels, skip=self.in_quotation)
        return Seen(position, ent.name, ent, "sing") if ent else None


def _entity_id(candidate: Candidate) -> str | None:
    ent = getattr(candidate.seen, "entity", None)
    return ent.id if ent is not None else None


# --------------------------------------------------------------------------- one resolver per kind


def resolve_floating(quote: RawQuote, context: ArticleContext) -> Choice:
    """No speaker phrase (a floating quote, or a cue whose phrase came out empty): the named subject of
    the sentence just before, else the best-ranked candidate, else the last speaker."""
    k = bisect.bisect_right(context.subject_ends, quote.start) - 1
    last_subject = context.named_subjects[k][1] if k >= 0 else None
    last_speaker = context.history[-1] if context.history else None
    e = bisect.bisect_right(context.sentence_ends, quote.start) - 1
    previous_sentence_end = context.sentence_ends[e] if e >= 0 else -1
    if last_subject and context.named_subjects[k][0].end == previous_sentence_end:
        return Choice(last_subject, "previous_subject")
    pronoun = _pronoun_subject_before(quote, context, previous_sentence_end)
    if (
        pronoun is not None
        and pronoun.number == "sing"
        and (k < 0 or context.named_subjects[k][0].end <= pronoun.start)
    ):
        choice = resolve_pronoun(pronoun, context)
        if choice.seen is not None:
            return replace(choice, reason="previous_subject")
    # otherwise the best-ranked candidate: the last speaker, or a person the text introduced since
    choice = context.rank(quote.start, use="floating", gender=None, person=False)
    if choice.seen is not None:
        return choice
    if last_speaker is not None:
        return replace(choice, seen=last_speaker, reason="last_speaker")
    return replace(choice, seen=last_subject, reason="earlier_subject" if last_subject else "")


def _surely_a_person(seen: Seen, context: ArticleContext) -> bool:
    """A person "it" cannot mean: an entity the model only ever typed a person (not "Corvane", typed an
    organisation once and a person once), or a person's name the model did not tag ("Alia Salem")."""
    if seen.entity is not None:
        return seen.entity.label == "PERSON" and len(seen.entity.model_labels) == 1
    return untagged_name(seen.name) or context.lone_first_name(seen.name) is not None


def _pronoun_subject_before(quote: RawQuote, context: ArticleContext, previous_end: int) -> SpeakerMention | None:
    """The pronoun subject of the sentence that introduces a floating quote: its own sentence, the
    pronoun before the quotation ("Elle ne cache pas son impatience : « J'ai compté les jours. »"), or
    the sentence just before it."""
    k = bisect.bisect_right(context.pronoun_subject_starts, quote.start) - 1
    if k < 0:
        return None
    subj = context.pronoun_subjects[k]
    own_sentence = subj.start <= quote.start < subj.end and subj.mention.end <= quote.start
    return subj.mention if own_sentence or subj.end == previous_end else None


def resolve_name(mention: SpeakerMention, context: ArticleContext) -> Choice:
    """A name: its entity ("Lavrov" -> "Sergueï Lavrov"). The title words the phrase gives the person
    ("a annoncé le procureur de la République, Koffi N'Guessan") are learned for later references
    ("Le procureur a ajouté …")."""
    name, ent = _named(mention, context.index)
    if ent is not None and ent.label == "PERSON" and mention.keywords:
        context.person_keywords.setdefault(ent.id, set()).update(mention.keywords)
    return Choice(Seen(mention.start, name, ent, mention.number))


def resolve_pronoun(mention: SpeakerMention, context: ArticleContext) -> Choice:
    """ "il", "she", "ils": the best-ranked earlier person (a singular), else the latest person or group
    speaker or subject."""
    if mention.name in context.organisation_pronouns:
        # "…, it said": the latest speaker or subject that is no person (an organisation, a place standing
        # for a government, a document); nobody when there is none
        seen = next(
            (s for s in context.earlier(mention.start) if s.number != "plur" and not _surely_a_person(s, context)),
            None,
        )
        # nobody: shown as written, unresolved, with a low confidence
        return Choice(seen, "latest_group") if seen is not None else Choice()
    gender = context.pronoun_genders.get(mention.name)
    if mention.name in context.latest_pronouns:
        # "Paul Martin a rencontré Anne Roy. Cette dernière a affirmé …": the person named last (of the
        # pronoun's gender where it shows one), not the last subject
        seen = context.latest_named(mention.start, gender)
        if seen is not None:
            return Choice(seen, "latest_named")
    if mention.number == "sing":
        # candidates ranked: agreement rules out the other gender, a place; role, distance and known
        # agreement decide among the rest; an organisation only where no person fits
        choice = context.rank(mention.start, use="pronoun", gender=gender, person=True)
        if choice.seen is not None:
            return choice
    seen = context.recent(
        mention.start, want="PERSON" if mention.number == "sing" else None, number=mention.number
    ) or context.last_entity(mention.start, ("PERSON", "ORG"))
    return Choice(seen, "latest_person" if mention.number == "sing" else "latest_group")


def resolve_group(mention: SpeakerMention, context: ArticleContext) -> Choice:
    """ "nous", "on": the speaker of the context. "One of them", « l'un d'eux »: the group that spoke
    last, when the last speaker is one; otherwise the phrase as written."""
    if MEMBER in mention.keywords:
        last = context.history[-1] if context.history else None
        if last is not None and last.number == "plur":
            return Choice(last, "latest_group")
        return Choice(_as_written(mention), "as_written")
    return Choice(context.history[-1] if context.history else context.recent(mention.start), "last_speaker")


def apposed_person(mention: SpeakerMention, context: ArticleContext) -> Entity | None:
    """The one person a title phrase names beside the title ("Son secrétaire général, Marc Lefort",
    "the judge, Ann Roe"). A name after "de"/"of" is someone else ("l'avocat de Yassine B."); a name
    the model typed otherwise (not a place) counts when a comma sets it beside the title, never the
    title itself: the title says a person speaks."""
    found = []
    for ent in context.index.inside(mention.start, mention.end):
        if ent.label == "PLACE":
            continue
        for m in ent.mentions:
            if mention.start <= m.start and m.end <= mention.end:
                before = context.text[mention.start : m.start].rstrip().lower()
                owned = any(
                    before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalnum())
                    for w in context.of_words
                )
                if not owned and (bool(before) if ent.label == "PERSON" else before.endswith(",")):
                    found.append(ent)
                break
    return found[0] if len(found) == 1 else None


def _as_written(mention: SpeakerMention) -> Seen:
    return Seen(mention.start, mention.name, None, mention.number)


def resolve_description(mention: SpeakerMention, context: ArticleContext) -> Choice:
    """A title ("le chef de la diplomatie russe"). The name beside it, when the phrase gives one;
    otherwise the ranking chooses among the people of the title's gender (the text giving one of them
    these title words counts most, being the only one allowed counts) and the title as written, which
    wins when no one is clearly supported ("a lancé le chef de l'État" with no "le chef de l'État, X"
    anywhere): never the nearest person merely because it is near."""
    apposed = apposed_person(mention, context)
    if apposed is not None:  # the phrase itself names the person
        return Choice(Seen(mention.start, apposed.name, apposed, "sing"), "name_beside_title")
    if mention.number == "plur":
        return Choice(_as_written(mention), "as_written")  # "Prosecutors said": several people, never one
    titles = context.title_holders(set(mention.keywords))
    if mention.gender:  # "la ministre" is never a man the text has shown as one, nor "le ministre" a woman
        titles = {i: v for i, v in titles.items() if context.genders.get(i, mention.gender) == mention.gender}
    choice = context.rank(
        mention.start,
        use="title",
        gender=mention.gender or None,
        person=True,
        labels=("PERSON",),
        phrase=_as_written(mention),
        titles=titles,
    )
    chosen = dict(choice.features)
    if choice.seen is not None and choice.reason.startswith("ranked_"):
        if chosen.get("title_shared"):
            choice = replace(choice, reason="title_shared")
        elif chosen.get("alone"):
            choice = replace(choice, reason="only_person")
    return choice


def resolve_role(mention: SpeakerMention, context: ArticleContext) -> Choice:
    """ "la direction", "officials", "a spokesman": the organisation of the context, ranked among the
    organisations named or speaking before, or the phrase as written when none is supported."""
    choice = context.rank(
        mention.start, use="role", gender=None, person=False, labels=("ORG",), phrase=_as_written(mention)
    )
    if choice.reason.startswith("ranked_"):
        choice = replace(choice, reason="organisation_of_context")
    return choice


def resolve_common(mention: SpeakerMention, context: ArticleContext) -> Choice:
    """A common noun: the organisation it stood for earlier ("le quotidien" -> "Le Figaro"); a definite
    singular person noun ranked as a bare title is; else the noun phrase itself ("témoins", "habitants")."""
    # a short bare noun only: "the Harlow campaign" carries a name of its own and is that organisation
    short = len(mention.name.split()) <= MAX_LINKED_NOUN_WORDS and not any(
        w[:1].isupper() for w in mention.name.split()
    )
    linked = [
        (pos, ent) for pos, noun, ent in context.noun_links if short and noun == mention.head and pos < mention.start
    ]
    if linked:
        ent = max(linked, key=lambda pe: pe[0])[1]
        return Choice(Seen(mention.start, ent.name, ent, mention.number), "noun_stood_for")
    if short and mention.head in context.person_words and not mention.new and mention.number == "sing":
        # "l'économiste", "ce professeur", "the pensioner": the person the text gave this noun before
        # ("L'économiste Mike Moffatt") or the one who can be meant, ranked as a bare title is; the
        # phrase as written when no one is clearly supported
        return resolve_description(replace(mention, keywords=(mention.head,)), context)
    return Choice(_as_written(mention), "as_written")


# why a resolver chose its speaker, in words (the interface translates the codes)
REASONS = {
    "": "",
    "ranked_speaker": "best-ranked candidate: an earlier speaker",
    "ranked_subject": "best-ranked candidate: the subject of an earlier sentence",
    "ranked_mention": "best-ranked candidate: named shortly before",
    "previous_subject": "the subject of the previous sentence",
    "last_speaker": "the last speaker",
    "earlier_subject": "the subject of an earlier sentence",
    "latest_person": "the latest person named",
    "latest_named": "the person named last",
    "only_person": "the only person the title can mean",
    "latest_group": "the latest group or organisation",
    "name_beside_title": "the name beside the title",
    "title_shared": "the person given this title earlier",
    "organisation_of_context": "the organisation named last",
    "noun_stood_for": "what this noun stood for earlier",
    "as_written": "as written (no one earlier fits)",
}


RESOLVERS: dict[str, Callable[[SpeakerMention, ArticleContext], Choice]] = {
    "name": resolve_name,
    "pronoun": resolve_pronoun,
    "group": resolve_group,
    "description": resolve_description,
    "role": resolve_role,
    "document": resolve_common,
    "common": resolve_common,
}


def resolve_speakers(
    quotes: list[RawQuote],
    *,
    titles: list[TitleLink],
    subjects: list[SentenceSubject],
    index: EntityIndex,
    table: LanguageTable | None = None,
    genders: list[GenderCue] | tuple[GenderCue, ...] = (),
    sentences: list[tuple[int, int]] | tuple[tuple[int, int], ...] = (),
    paragraphs: list[int] | tuple[int, ...] = (),
    weights: dict[str, Weights] | None = None,
    text: str = "",
    choices: list[Choice] | None = None,
) -> list[Speaker | None]:
    """One resolved speaker (or None) per quote, in the order given (text order); `table` gives the
    pronouns' genders, `genders` the genders the text gives people, `sentences` and `paragraphs`
    (their start offsets) the distances the ranking weighs, `weights` its feature weights per use (for fitting them);
    `choices`, when given, receives one `Choice` per quote (why, and how clear the choice was)."""
    context = ArticleContext(
        titles=titles,
        subjects=subjects,
        index=index,
        genders=genders,
        pronoun_genders=table.pronoun_genders if table else None,
        latest_pronouns=table.latest_pronouns if table else (),
        sentences=sentences,
        paragraphs=paragraphs,
        quoted=[(q.start, q.end) for q in quotes if q.kind == "direct"],
        weights=weights,
        of_words=table.of_words if table else (),
        rank_words=table.rank_words if table else (),
        text=text,
        name_genders=first_name_genders(index, table) if table else None,
        lone_first_name=table.lone_first_name if table else None,
        person_words=table.person_words if table else frozenset(),
        organisation_pronouns=table.organisation_pronouns if table else frozenset(),
    )
    out: list[Speaker | None] = []
    for quote in quotes:
        mention = quote.speaker
        if mention is not None and (not mention.name.strip(" -'’") or mention.kind == "thing"):
            # a phrase with no words left after its determiner, or a thing that cannot speak ("le projet",
            # "the ruling"): the speaker comes from the context
            mention = None
        choice = resolve_floating(quote, context) if mention is None else RESOLVERS[mention.kind](mention, context)
        seen = choice.seen
        if choices is not None:
            choices.append(_with_distance(choice, quote, mention, context))
        if seen is None:
            out.append(
                None if mention is None else Speaker(mention.name, None, mention.text, mention.start, mention.end)
            )
            continue
        # "un négociant", "an aide": someone new the text does not name, whom a pronoun next may mean
        gender = mention.gender if seen.entity is None and mention is not None and mention.new else None
        # the speaker is met where the phrase stands when it follows the quote ("P, selon un diplomate")
        met = max(quote.start, mention.start) if mention is not None else quote.start
        context.history.append(Seen(met, seen.name, seen.entity, seen.number, gender))
        entity_id = seen.entity.id if seen.entity else None
        if mention is None:
            out.append(Speaker(seen.name, entity_id, "", quote.start, quote.start))
        else:
            out.append(Speaker(seen.name, entity_id, mention.text, mention.start, mention.end))
    return out


def _with_distance(choice: Choice, quote: RawQuote, mention: SpeakerMention | None, context: ArticleContext) -> Choice:
    """The choice with how far back its speaker was met (a name in the phrase is met where it stands)."""
    seen = choice.seen
    if seen is None:
        return Choice()
    if mention is not None and mention.kind == "name":
        return choice
    at = mention.start if mention is not None else quote.start
    back = seen.position if seen.position < at else at
    return replace(
        choice,
        sentences_back=context.distances.sentences(back, at),
        paragraphs_back=context.distances.paragraphs(back, at),
    )
