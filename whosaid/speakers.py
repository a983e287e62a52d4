"""Resolve each quote's speaker phrase to a person or organisation, in text order. Pure Python over
records (no spaCy): names link to their entity; pronouns ("Il a ajouté", "she said") and nominal
descriptions ("le chef de la diplomatie russe") go back to the right earlier speaker or subject; a
spokesperson or "la direction" speaks for the organisation; floating quotes take the speaker of the
context. One resolver per kind of speaker phrase (`SpeakerMention.kind`), all reading one
`ArticleContext` of what came before (`whosaid.speaker_context`)."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import replace

from whosaid.antecedents import (
    apposed_person,
    body_subject_before,
    demonym_epithet,
    epithet_of,
    holds_another_title,
    holds_more_than_a_synonym,
    last_met,
    named_next,
    noun_met_before,
    only_named_beside,
    organisation_epithet_of,
    organisation_subject,
    other_nationals,
    other_role,
    own_subject,
    parallel_office,
    previous_subject,
    pronoun_chain_holds,
    ranked_elsewhere,
    shares_only_a_complement,
    surely_a_person,
    title_named_elsewhere,
    untitled_elsewhere,
)
from whosaid.entities import EntityIndex
from whosaid.findings import MEMBER, GenderCue, RawQuote, SentenceSubject, SpeakerMention, TitleLink
from whosaid.lang import LanguageTable
from whosaid.phrase_words import (
    body_word,
    complement_noun,
    lower_case_head,
    name_words,
    names_a_remit,
    serves_a_named_body,
    speaks_for_a_person,
    speaks_for_something_else,
)
from whosaid.ranking import Weights, allowed
from whosaid.reasons import AS_WRITTEN_REASONS, REASONS  # (REASONS re-exported)
from whosaid.records import Speaker
from whosaid.speaker_context import (
    ArticleContext,
    Choice,
    Seen,
    named_entity,
    person_genders,
)
from whosaid.speaker_evidence import with_distance
from whosaid.speaker_setup import article_context
from whosaid.voices import idle_organisation, latest_of_kind, phrase_repeated, reported_body, voice_of_body_before

__all__ = ["REASONS", "RESOLVERS", "ArticleContext", "Choice", "person_genders", "resolve_speakers"]

MAX_LINKED_NOUN_WORDS = 2  # "le quotidien" refers back to "le quotidien Le Figaro"; longer phrases do not


# --------------------------------------------------------------------------- one resolver per kind


def resolve_floating(quote: RawQuote, context: ArticleContext) -> Choice:
    """No speaker phrase (a floating quote, or a cue whose phrase came out empty): the named subject of
    the sentence just before, else the best-ranked candidate, else the last speaker."""
    k = bisect.bisect_right(context.subject_ends, quote.start) - 1
    last_subject = context.named_subjects[k][1] if k >= 0 else None
    last_speaker = context.history[-1] if context.history else None
    e = bisect.bisect_right(context.sentence_ends, quote.start) - 1
    previous_sentence_end = context.sentence_ends[e] if e >= 0 else -1
    own = context.introducing_subject(quote.start)
    if own is not None:
        # "Le ministre Paul Roux est clair : « Q »": the sentence that introduces the quotation has its subject
        # as the speaker; someone new the text does not name ("A deckhand shook his head: "Q"") as written
        # (a title or a pronoun there is resolved as the sentence before's subject, below)
        named = next((seen for subj, seen in context.named_subjects if subj is own), None)
        if named is not None:
            return Choice(named, "sentence_subject")
        if own.mention.new and own.mention.kind in ("common", "description"):
            return Choice(_as_written(own.mention), "sentence_subject")
        if own.mention.possessed and own.mention.kind in ("common", "description"):
            # "Her partner was calmer: "Q"": someone of the possessor's, met as a title is
            choice = resolve_description(own.mention, context)
            return replace(choice, reason="sentence_subject") if choice.reason == "as_written" else choice
    before = previous_subject(quote.start, context)
    if before is not None:
        return Choice(before, "previous_subject")
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
    name, ent = named_entity(mention, context.index)
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
            (s for s in context.earlier(mention.start) if s.number != "plur" and not surely_a_person(s, context)),
            None,
        )
        if seen is not None:
            return Choice(seen, "latest_group")
        body = body_subject_before(mention.start, context)
        if body is not None:
            # "The prefecture asked residents to stay in. Readings showed no anomaly, it said": no organisation
            # named, the noun for a body the sentence before has as its subject, resolved as that noun is
            spoken = RESOLVERS[body.mention.kind](body.mention, context).seen
            if spoken is not None:
                return Choice(replace(spoken, position=mention.start), "previous_subject")
        # nobody: shown as written, unresolved, with a low confidence
        return Choice()
    gender = context.pronoun_genders.get(mention.name)
    if mention.name in context.back_pronouns:
        # « Cette dernière a affirmé »: the person named last (of the pronoun's gender where it shows one),
        # not the last subject; « le premier », "the former": the one named before that person
        former = mention.name in context.former_pronouns
        seen = context.latest_named(mention.start, gender, rank=int(former))
        if seen is not None:
            return Choice(seen, "former_named" if former else "latest_named")
    # a gendered pronoun of a language whose pronouns do not follow a noun's gender ("she") means a person:
    # no organisation, even where no person is left
    people_only = bool(gender) and mention.name not in context.gendered_organisation_pronouns
    if mention.number == "sing":
        own = own_subject(mention, gender, context)
        if own is not None:
            return Choice(own, "sentence_subject")
        chain = context.pronoun_chain
        if chain is not None and chain[0] == mention.name and pronoun_chain_holds(chain[1], mention.start, context):
            # "« … », a-t-il lancé. Il a appelé …": the pronoun that named the last speaker, in the sentence
            # just before with no one named since, goes on meaning them (a title shown as written too)
            return Choice(replace(chain[2], position=mention.start), "last_speaker")
        if mention.name in context.gendered_organisation_pronouns:
            found = organisation_subject(mention, gender, context)
            if found is not None:
                subj, org = found
                spoken = RESOLVERS[subj.mention.kind](subj.mention, context) if org is None else Choice(org)
                if spoken.seen is not None and (spoken.seen.entity is None or spoken.seen.entity.label != "PERSON"):
                    # « Le ministère de la Défense a affirmé P. Q, a-t-il ajouté »: the organisation the
                    # sentence before had as its subject, whose noun has the pronoun's gender
                    return Choice(replace(spoken.seen, position=mention.start), "previous_subject")
        # candidates ranked: agreement rules out the other gender, a place; role, distance and known
        # agreement decide among the rest; an organisation only where no person fits
        choice = context.rank(mention.start, use="pronoun", gender=gender, person=True, people_only=people_only)
        described = context.described_subject(mention.start)
        if described is not None and (
            choice.seen is None  # « La ministre a défendu P. « Q », a-t-elle martelé » with no one named
            # « Le Conseil a censuré P. Le ministre a pris acte. Il a regretté Q »: an organisation ranked
            # first, the title of the sentence just before is a person
            or described.mention.kind == "description"
            and choice.seen.entity is not None
            and choice.seen.entity.label != "PERSON"
            and context.distances.sentences(described.mention.start, mention.start) <= 1
            or (
                holds_another_title(choice.seen, described.mention, context)
                or context.named_as_other_gender(choice.seen, gender)
            )
            and last_met(choice.seen, mention.start, context) < described.mention.start
            or only_named_beside(choice.seen, described, mention.start, context)
            or ranked_elsewhere(choice.seen, described, mention.start, gender, context)
        ):
            # "Son avocat, X, a affirmé P. Le ministre a annoncé Q. « R », a-t-il prévenu": the person
            # ranked first, last met before the title subject, holds another office (or a first name of
            # the other gender: « Sophie Binet … Le ministre a assuré P. « Q », a-t-il insisté »); the
            # pronoun means the title, resolved as the title would be (its holder when the text links one)
            candidate = context.described_candidate(described)
            titled = described.mention.kind == "description"
            # (a person noun that is no title, "the supervisor", is someone as written; where nouns show a
            # gender, it must show the pronoun's: « L'accusé » is no « elle »)
            agrees = titled or not context.gendered_organisation_pronouns or described.mention.gender == gender
            if agrees and allowed(candidate, gender=gender, person=True):
                if not titled:
                    # (an epithet, « Le syndicaliste », for the person who spoke just before stays theirs; a noun
                    # the text has not met before, « la magistrate », may be an epithet for the person ranked)
                    noun = resolve_common(described.mention, context).seen
                    if noun is not None and noun.entity is not None and noun.entity.label == "PERSON":
                        return Choice(replace(noun, position=mention.start), "described_subject")
                    # (nor is « son ami », "her friend", the person whose friend they are; with no one ranked,
                    # « Le prévenu a nié. « … », a-t-il affirmé » is the noun's person)
                    if (
                        choice.seen is None
                        or described.mention.possessed
                        or noun_met_before(described.mention, context)
                        or ranked_elsewhere(choice.seen, described, mention.start, gender, context)
                    ):
                        return Choice(candidate.seen, "described_subject")
                    return choice
                title = resolve_description(described.mention, context)
                linked = title.reason in ("title_shared", "name_beside_title") and title.seen is not None
                return Choice(title.seen if linked else candidate.seen, "described_subject")
        if choice.seen is not None and not context.named_as_other_gender(choice.seen, gender):
            # (a first name weighs in the ranking; for a pronoun it also rules out: « Marta Keller … », « a-t-il
            # insisté » is not Marta, and the fallback below takes no one the name shows as the other gender)
            return choice
    seen = context.recent(
        mention.start, want="PERSON" if mention.number == "sing" else None, number=mention.number, gender=gender
    )
    if people_only and seen is not None and seen.entity is not None and seen.entity.label in ("ORG", "PLACE"):
        if not seen.gender:  # (a body's gendered spokesperson stays)
            seen = None  # "Acme Corp announced cuts. …, she wrote": no person left, shown as written
    if seen is None and not gender:
        ent = context.index.last_before(mention.start, ("PERSON", "ORG"), skip=context.in_quotation)
        seen = Seen(mention.start, ent.name, ent, "sing") if ent else None  # named last, speaker or not
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


def _as_written(mention: SpeakerMention) -> Seen:
    return Seen(mention.start, mention.name, None, mention.number)


def resolve_description(mention: SpeakerMention, context: ArticleContext) -> Choice:
    """A title ("le chef de la diplomatie russe"). The name beside it, when the phrase gives one;
    otherwise the ranking chooses among the people of the title's gender (the text giving one of them
    these title words counts most, being the only one allowed counts) and the title as written, which
    wins when no one is clearly supported ("a lancé le chef de l'État" with no "le chef de l'État, X"
    anywhere): never the nearest person merely because it is near."""
    if mention.number == "plur":
        # "Prosecutors said", "Several Labour backbenchers": several people, never one (nor the name that
        # qualifies them)
        return Choice(_as_written(mention), "as_written")
    apposed = apposed_person(mention, context)
    if apposed is not None:  # the phrase itself names the person
        return Choice(Seen(mention.start, apposed.name, apposed, "sing"), "name_beside_title")
    if mention.possessed and mention.name in context.voice_words:
        # « Le Palika a choisi de participer. Son porte-parole juge P », "Its spokesman said": an unnamed
        # voice of the organisation the sentence before had as its subject speaks for it
        before = previous_subject(mention.start, context)
        if (
            before is not None
            and before.entity is not None
            and before.entity.label == "ORG"
            and context.distances.paragraphs(before.position, mention.start) == 0
        ):
            return Choice(replace(before, position=mention.start), "previous_subject")
    titles = context.title_holders(set(mention.keywords))
    titles = {
        i: v
        for i, v in titles.items()
        if not shares_only_a_complement(i, mention, context) and not holds_more_than_a_synonym(i, mention, context)
    }
    if not titles and mention.possessed:
        # « Son compagnon, lui, relativise », "Her lawyer said": someone of the possessor's whom no one the
        # text gave this noun stands for: as written (never the possessor, nor the only person met)
        return Choice(_as_written(mention), "as_written")
    if not titles and (later := named_next(mention, context)) is not None:
        return Choice(later, "named_next")  # (before the only person met: no one holds this title)
    if not titles and not mention.new and context.unnamed_just_before(mention.start):
        # "One aide was blunter. "…," the aide said": the unnamed person the sentence before introduced,
        # whom no name stands for (a person given this title earlier would be)
        return Choice(_as_written(mention), "unnamed_before")
    given = titles  # (before the first names weigh in: `named_after_lede`)
    if mention.gender:  # "la ministre" is never a man the text has shown as one, nor "le ministre" a woman
        # (nor, where the text shows no gender, someone whose first name is the other's: « Son avocat,
        # Me Sébastien X » is not « l'avocate générale »)
        titles = {
            i: v
            for i, v in titles.items()
            if context.genders.get(i, context.name_genders.get(i) or mention.gender) == mention.gender
        }
    choice = context.rank(
        mention.start,
        use="title",
        gender=mention.gender or None,
        person=True,
        labels=("PERSON",),
        phrase=_as_written(mention),
        titles=titles,
        exclude=other_nationals(set(mention.keywords), context),  # « le Français » is not « l'Américain X »
    )
    chosen = dict(choice.features)
    ranked = choice.seen is not None and choice.reason.startswith("ranked_") and choice.seen.entity is not None
    if ranked and serves_a_named_body(mention, context):
        held = context.person_keywords.get(choice.seen.entity.id, set())
        if not chosen.get("title_shared") or complement_noun(mention, context) not in held:
            # "l'avocat du Parlement européen": the title names the body it serves; someone the text never
            # tied to that body (« Me X, conseil de l'ancienne présidente », an « avocat » too) holds another
            return Choice(_as_written(mention), "as_written")
    if choice.seen is not None and choice.reason.startswith("ranked_") and not chosen.get("title_shared"):
        if context.named_as_other_gender(choice.seen, mention.gender or None):
            # « Son avocat, Me Sébastien Roux, … L'avocate a indiqué P »: a title of one gender is not someone
            # whose first name is the other's, unless the text gave them this title
            return Choice(_as_written(mention), "as_written")
    if choice.seen is not None and choice.reason.startswith("ranked_"):
        if chosen.get("title_shared"):
            choice = replace(choice, reason="title_shared")
        elif chosen.get("alone"):
            office = names_a_remit(mention.name, context.of_words)
            if (
                office
                and holds_another_title(choice.seen, mention, context)
                or parallel_office(choice.seen, mention, context)
                or other_role(choice.seen, mention, context)
                or untitled_elsewhere(choice.seen, mention, context)
            ):
                # « son directeur général, X, … Le ministre du Commerce a salué P »: the only person met is
                # one the text gave another office, and this title names its own (a capitalised remit or
                # body, not an epithet as « l'élu zurichois »), or the same rank of another office ("the
                # chief negotiator, X … the chief prosecutor said"): someone the text has not named
                return Choice(_as_written(mention), "as_written")
            choice = replace(choice, reason="only_person")
    if choice.reason == "as_written":
        return title_named_elsewhere(mention, given, context) or choice
    return choice


def resolve_role(mention: SpeakerMention, context: ArticleContext) -> Choice:
    """ "la direction", "officials", "a spokesman": the organisation of the context, ranked among the
    organisations named or speaking before, or the phrase as written when none is supported."""
    issuer = context.documents.issuer_of(mention)
    if issuer is not None:
        # "X said in a statement that P. "Q," the statement said": the document speaks for who issued it
        return Choice(replace(issuer, position=mention.start), "document_issued_by")
    if (reported := reported_body(mention, context)) is not None:
        return Choice(reported, "reported_body")  # "P, a spokesman confirmed": the body P opens with
    voiced = voice_of_body_before(mention, context, lambda m, c: RESOLVERS[m.kind](m, c))
    if voiced is not None:
        return Choice(voiced, "previous_subject")  # "The fire service said P. A spokeswoman said Q"
    if not mention.new and mention.number == "sing" and context.unnamed_just_before(mention.start, mention.name):
        # "A senior official acknowledged P. "Q," the official said": the same unnamed person, whom no
        # organisation stands for
        return Choice(_as_written(mention), "unnamed_before")
    if mention.possessed:
        # "Mayor X was not there. His office said P": the office of a person, whom no organisation named
        # before stands for: as written
        return Choice(_as_written(mention), "as_written")
    choice = context.rank(
        mention.start, use="role", gender=None, person=False, labels=("ORG",), phrase=_as_written(mention)
    )
    if choice.reason.startswith("ranked_"):
        named = context.index.inside(mention.start, mention.end)
        if named and (choice.seen is None or choice.seen.entity not in named):
            # "le représentant de l'État", "les services de la préfecture de l'Hérault": the phrase names
            # the body it belongs to; another organisation of the context is not it
            return Choice(_as_written(mention), "as_written")
        if not named and idle_organisation(choice.seen, mention, context):
            # "A No 10 spokesman said" ranked "Liberal" of "the Liberal Democrat leader": an organisation the
            # story never has act (the rank's last resort) is not whom a role speaks for (`idle_organisation`)
            return Choice(_as_written(mention), "as_written")
        if not named and speaks_for_a_person(mention, context):
            # "a spokesman for the Prime Minister", « le porte-parole du ministre »: whom the role speaks
            # for is a person, no organisation of the context
            return Choice(_as_written(mention), "as_written")
        body = body_word(mention, context) if not named and choice.seen is not None else None
        # ("A company spokesman said" ranked "Pellucid Therapeutics": a noun for any business fits an
        # organisation whose name holds no noun for another kind of body, « Commission », "Administration")
        business = (
            body in context.company_words
            and choice.seen is not None
            and not name_words(choice.seen.name) & (context.body_words - context.company_words)
        )
        if body is not None and body not in name_words(choice.seen.name) and not business:
            # "A council spokesperson said" ranked "Friends of Redland Library": the role names the kind of body
            # it speaks for; the latest organisation of that kind (« Bristol City Council »), else as written
            kind = latest_of_kind(body, mention.start, context)
            if kind is None:
                return Choice(_as_written(mention), "as_written")
            return Choice(kind, "organisation_of_context")
        if not named and choice.seen is not None and speaks_for_something_else(mention, choice.seen, context):
            # "A spokeswoman for the spa said": the role names what it speaks for with a noun that is no word
            # for a body and no word of the organisation ranked first (the weather office): as written
            return Choice(_as_written(mention), "as_written")
        choice = replace(choice, reason="organisation_of_context")
    return choice


def resolve_common(mention: SpeakerMention, context: ArticleContext) -> Choice:
    """A common noun: the organisation it stood for earlier ("le quotidien" -> "Le Figaro"); a definite
    singular person noun ranked as a bare title is; else the noun phrase itself ("témoins", "habitants")."""
    words = mention.text.split()
    if len(words) == 1 and words[0][:1].isupper():
        # "Maresca replied:" typed a work of art: a capitalised word that names one person of the story (their
        # surname) is that person
        ent = context.index.named(mention.text)
        if ent is not None and ent.label == "PERSON":
            return Choice(Seen(mention.start, ent.name, ent, mention.number))
    # a short bare noun only: "the Harlow campaign" carries a name of its own and is that organisation
    # ("the Democrat": a capitalised head is still a common noun)
    short = len(mention.name.split()) <= MAX_LINKED_NOUN_WORDS and not any(
        w[:1].isupper() and w.lower() != mention.head for w in mention.name.split()
    )
    linked = [
        (pos, ent)
        for pos, noun, ent in context.noun_links
        if short
        # (one business noun stands for another: "the biotech firm Neuronix … The company said")
        and (noun == mention.head or noun in context.company_words and mention.head in context.company_words)
        and pos < mention.start
        # « l'architecte », who said « qu'elle … », is not « le célèbre architecte Paul Roe »
        and (not mention.gender or context.genders.get(ent.id, mention.gender) == mention.gender)
    ]
    if linked:
        ent = max(linked, key=lambda pe: pe[0])[1]
        return Choice(Seen(mention.start, ent.name, ent, mention.number), "noun_stood_for")
    lower = not any(w[:1].isupper() for w in mention.name.split())  # "the consumer goods giant": no name in it
    if (short or lower) and mention.head in context.company_words and not mention.new and mention.number == "sing":
        # "Orion Semiconductor cut its forecast. … The company said P", « Le groupe a confirmé »: the
        # business named before, ranked as a role is (the organisation of the context, else as written)
        choice = resolve_role(mention, context)
        found = organisation_epithet_of(mention, context) if choice.reason == "as_written" else None
        # « Les FSR ont démenti P. Dans un communiqué, le groupe paramilitaire accuse Q »: where no business
        # ranks, the organisation the sentence before was about
        return Choice(*found) if found is not None else choice
    if short and mention.head in context.body_words and not mention.new and mention.number == "sing":
        # "In a press release, the institute said" after "the Australian Institute of Marine Science", « le
        # ministère a indiqué » after « le ministère de la Santé »: a noun for a kind of body referred back
        # to is the latest organisation of that kind, whose name holds the noun (else as written)
        kind = latest_of_kind(mention.head, mention.start, context)
        if kind is not None:
            return Choice(kind, "organisation_of_kind")
        found = organisation_epithet_of(mention, context) if not mention.possessed else None
        if found is not None:
            # « Le FMI a indiqué P. Q, a précisé l'institution », « Selon l'Unédic, P. L'organisme
            # gestionnaire a rappelé Q »: the organisation the sentence before was about ("their union": a body
            # of someone's, never the one the sentence before was about)
            return Choice(*found)
    issuer = context.documents.issuer_of(mention) if not mention.new else None
    if issuer is not None:
        # « X a indiqué dans un communiqué que P. « Q », précise le document »: who issued it speaks
        return Choice(replace(issuer, position=mention.start), "document_issued_by")
    if short and mention.head in context.document_words and not mention.new and mention.number == "sing":
        # « L'Insee a publié son rapport. Le rapport indique que P »: a document referred back to speaks
        # for its author, the organisation of the context (as a role does), where the language's press
        # reads it so (`documents_speak_for_author`); as written when none is supported
        return resolve_role(mention, context)
    demonym = mention.head in context.demonyms
    if short and demonym and not context.title_holders({mention.head}) and not mention.new and mention.number == "sing":
        # "the Norwegian wrote", « a admis le Danois »: the press's epithet for someone it named before
        choice = demonym_epithet(mention, context)
        return choice if choice.seen is not None else Choice(_as_written(mention), "as_written")
    if (
        (short or lower_case_head(mention))
        and context.names_a_person(mention.head)
        and not mention.new
        and mention.number == "sing"
        and not context.title_holders({mention.head})  # (one the text gave this noun is met below)
        and not any(e.label == "PERSON" for e in context.index.inside(mention.start, mention.end))
    ):
        # (a longer phrase too, whose head is a lower-case noun no capital comes before: « le locataire de
        # la place Beauvau », not "the Sydney Morning Herald"; a person named in it is someone else's:
        # « l'avocat de Paul Roux »)
        before = epithet_of(mention, context)
        if before is not None:
            return Choice(before, "previous_subject")
    if short and (context.names_a_person(mention.head) or demonym) and not mention.new and mention.number == "sing":
        # "l'économiste", "ce professeur", "the pensioner": the person the text gave this noun before
        # ("L'économiste Mike Moffatt") or the one who can be meant, ranked as a bare title is; the
        # phrase as written when no one is clearly supported
        return resolve_description(replace(mention, keywords=(mention.head,)), context)
    return Choice(_as_written(mention), "as_written")


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
    channels: list[tuple[int, int]] | tuple[tuple[int, int], ...] = (),
) -> list[Speaker | None]:
    """One resolved speaker (or None) per quote, in the order given (text order); `table` gives the
    pronouns' genders, `genders` the genders the text gives people, `sentences` and `paragraphs`
    (their start offsets) the distances the ranking weighs, `weights` its feature weights per use (for fitting them);
    `choices`, when given, receives one `Choice` per quote (why, and how clear the choice was);
    `channels` are the names a cue addressed or that reached a speaker ("told Reuters"), no candidates."""
    context = article_context(
        quotes,
        titles=titles,
        subjects=subjects,
        index=index,
        table=table,
        genders=genders,
        sentences=sentences,
        paragraphs=paragraphs,
        weights=weights,
        text=text,
        channels=channels,
    )
    context.note_actors(quotes)
    out: list[Speaker | None] = []
    for quote in quotes:
        mention = quote.speaker
        if mention is not None and (not mention.name.strip(" -'’") or mention.kind == "thing"):
            # a phrase with no words left after its determiner, or a thing that cannot speak ("le projet",
            # "the ruling"): the speaker comes from the context
            mention = None
        context.enter_quote(quote, mention)
        if mention is None:
            choice = resolve_floating(quote, context)
        else:  # ("A State Department spokesperson said P. Q, the spokesperson said": `phrase_repeated` first)
            choice = phrase_repeated(mention, context) or RESOLVERS[mention.kind](mention, context)
            if choice.reason in AS_WRITTEN_REASONS and (later := named_next(mention, context)) is not None:
                choice = Choice(later, "named_next")  # « Le maire a dit P. « Q », a lancé Gilles Bourdouleix »
        seen = choice.seen
        if choices is not None:
            choices.append(with_distance(choice, quote, mention, context.distances))
        if seen is None:
            out.append(
                None if mention is None else Speaker(mention.name, None, mention.text, mention.start, mention.end)
            )
            continue
        # "un négociant", "an aide": someone new the text does not name, whom a pronoun next may mean
        gender = mention.gender if seen.entity is None and mention is not None and mention.new else None
        if mention is not None and mention.kind in ("role", "name") and mention.number == "sing" and mention.gender:
            gender = mention.gender  # "A spokeswoman for X said P. Q, she added": X, through its spokeswoman
        # the speaker is met where the phrase stands when it follows the quote ("P, selon un diplomate")
        met = max(quote.start, mention.start) if mention is not None else quote.start
        context.history.append(Seen(met, seen.name, seen.entity, seen.number, gender))
        if mention is not None:
            context.phrases.append((mention, seen))
        chained = mention is not None and mention.kind == "pronoun" and mention.number == "sing"
        context.pronoun_chain = (mention.name, met, seen) if chained else None
        pronoun_gender = context.pronoun_genders.get(mention.name) if chained else None
        if pronoun_gender and seen.entity is not None and seen.entity.id not in context.genders:
            # "Cherelle Parker … She said P" (a first name the lexicons lack): the pronoun that meant her
            # shows her gender, as weak evidence as a first name is (`named_as_other_gender`)
            context.name_genders.setdefault(seen.entity.id, pronoun_gender)
        if quote.cue is not None and (seen.entity is not None or mention is not None and mention.kind == "name"):
            context.documents.note(quote.start, quote.end, quote.cue[0], seen)
        entity_id = seen.entity.id if seen.entity else None
        if mention is None:
            out.append(Speaker(seen.name, entity_id, "", quote.start, quote.start))
        else:
            out.append(Speaker(seen.name, entity_id, mention.text, mention.start, mention.end))
    return out
