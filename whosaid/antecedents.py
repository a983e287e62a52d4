"""Who an earlier sentence or a phrase's own words point a reference to, for the resolvers of
`whosaid.speakers`: the named subject of the sentence before, the person a sentence was about (its
subject, or who spoke in it), the person an epithet stands for (« le technicien portugais » right after
a sentence about Paulo Fonseca), the named subject of a pronoun's own sentence, the one person a
title phrase names beside the title; and who a reference cannot mean: a person the text gave another
title or another role of the same scene, or a person "it" never is. Pure Python over records.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from whosaid.findings import QUALIFIER, SentenceSubject, SpeakerMention
from whosaid.phrase_words import lower_case_head, name_words, names_a_remit
from whosaid.records import Entity
from whosaid.speaker_context import CANDIDATE_MENTIONS, ArticleContext, Seen, title_nouns, untagged_name
from whosaid.speaker_evidence import Choice, other_nationality

CHAIN_REACH = 20  # mentions back in which a person named since breaks a chain of pronouns


def previous_subject(at: int, context: ArticleContext) -> Seen | None:
    """The named subject of the sentence just before the one at `at`, or None."""
    k = bisect.bisect_right(context.subject_ends, at) - 1
    e = bisect.bisect_right(context.sentence_ends, at) - 1
    if k < 0 or e < 0 or context.named_subjects[k][0].end != context.sentence_ends[e]:
        return None
    return context.named_subjects[k][1]


def sentence_before(at: int, context: ArticleContext) -> tuple[int, int] | None:
    """The span of the sentence with words just before the one at `at`, or None; for a sentence that opens
    inside a quotation of several sentences (« P. Q », lance l'étudiante), the one before the quotation."""
    k = bisect.bisect_right(context.sentence_spans, (at, float("inf"))) - 1
    while k >= 1 and _opens_in_quotation(k, context) and _opens_in_quotation(k - 1, context):
        k -= 1
    while k >= 1 and not any(c.isalnum() for c in context.text[slice(*context.sentence_spans[k - 1])]):
        k -= 1  # « … politique ». with its full stop parsed as a sentence of its own: no sentence
    return context.sentence_spans[k - 1] if k >= 1 else None


def subject_before(at: int, context: ArticleContext) -> SentenceSubject | None:
    """The subject of the sentence just before the one at `at` (see `sentence_before`), or None."""
    span = sentence_before(at, context)
    return next((s for s in context.outer_subjects if span is not None and (s.start, s.end) == span), None)


def body_subject_before(at: int, context: ArticleContext) -> SentenceSubject | None:
    """The subject of the sentence just before the one at `at`, in the same paragraph, when it is one
    noun for a body ("The prefecture asked …", « La préfecture a demandé … »), else None."""
    subj = subject_before(at, context)
    if (
        subj is None
        or subj.mention.kind != "common"
        or subj.mention.number != "sing"
        or subj.mention.head not in context.body_words
        or context.distances.paragraphs(subj.position, at) > 0
    ):
        return None
    return subj


def _opens_in_quotation(k: int, context: ArticleContext) -> bool:
    """Whether the first word of sentence `k` lies inside a quotation."""
    a, b = context.sentence_spans[k]
    first = next((i for i in range(a, b) if context.text[i].isalnum()), None)
    return first is not None and context.in_quotation(first)


def _last_spoke(span: tuple[int, int], context: ArticleContext) -> Seen | None:
    """Who spoke last in the sentence `span`, or None."""
    return next((s for s in reversed(context.history) if span[0] <= s.position < span[1]), None)


def _about(span: tuple[int, int], label: str, context: ArticleContext) -> Seen | None:
    """Whom a sentence was about, of type `label`: its named subject, else the last who spoke in it."""
    a, b = span
    before = next((seen for subj, seen in context.named_subjects if subj.start == a and subj.end == b), None)
    if before is None or before.entity is None or before.entity.label != label:
        before = _last_spoke(span, context)
    return before if before is not None and before.entity is not None and before.entity.label == label else None


def previous_person(at: int, context: ArticleContext) -> Seen | None:
    """The person the sentence just before the one at `at` was about: its named subject, else the
    last person who spoke in it (« Selon lui, P. »), or None."""
    span = sentence_before(at, context)
    return _about(span, "PERSON", context) if span is not None else None


def epithet_of(mention: SpeakerMention, context: ArticleContext) -> Seen | None:
    """The named person a definite noun for a person stands for when it follows a sentence of the same
    paragraph about them (its subject, or who spoke in it): « En face, Paulo Fonseca ne cachait pas sa
    déception. « … », a regretté le technicien portugais ». The press's epithet for them, as "the
    Belgian" is; not when the text or their first name shows the other gender, nor when someone else was
    named since."""
    if mention.possessed:
        return None  # « Son compagnon, lui, relativise » after a sentence about Nadia is not Nadia
    before = previous_person(mention.start, context)
    if before is None or (mention.gender and context.gender_of(before) not in (None, mention.gender)):
        return None
    if other_role(before, mention, context):
        return None  # "The family's lawyer, X, … The defendant admitted P" is not X
    paragraphs = context.distances.paragraphs(before.position, mention.start)
    # across a paragraph break: after a one-sentence lede, or after the words the person spoke last in the
    # paragraph before when the epithet's article shows their gender (« … », a estimé l'entraîneur Roberto
    # X. ¶ Le technicien italien a regretté …)
    # (an office with a remit of its own, « l'échevine des Finances », may be someone new)
    shown = bool(mention.gender) and context.gender_of(before) == mention.gender
    shown = shown and not names_a_remit(mention.name, context.of_words)
    if (
        paragraphs > 1
        or paragraphs == 1
        and not (_after_a_lede(mention.start, context) or shown and _spoke_last(before, mention.start, context))
    ):
        return None
    # the person named last (outside quotations) is them: « Mais pour Obama, « … », dénonce le
    # Président-candidat » is not the subject of the sentence before, nor « … est défendu par Me X. L'avocat »
    latest = context.index.last_before(mention.start, ("PERSON",), skip=context.in_quotation)
    return replace(before, position=mention.start) if latest is before.entity else None


def holds_another_title(seen: Seen | None, title: SpeakerMention, context: ArticleContext) -> bool:
    """True when the text gave this person title words, none of them the title's ("Son avocat, X"
    against « le ministre de l'Intérieur »); never for a title of the past ("the former aide"), nor for a
    courtesy title alone (« Mme Fall » may be « la secrétaire générale »)."""
    if seen is None or seen.entity is None or not title.keywords or context.former_words & set(title.keywords):
        return False  # (« l'ancienne directrice de cabinet » may be today's « députée »)
    words = context.person_keywords.get(seen.entity.id, set()) - context.courtesy_words
    return bool(words) and (
        not words & title_nouns(set(title.keywords)) or holds_more_than_a_synonym(seen.entity.id, title, context)
    )


def parallel_office(seen: Seen | None, title: SpeakerMention, context: ArticleContext) -> bool:
    """True when the text gave this person a title that shares only its adjectives with this one: the
    same rank of another office ("the chief negotiator, X" is not "the chief prosecutor", « le
    secrétaire général » not « l'avocate générale »)."""
    if seen is None or seen.entity is None or not title.keywords:
        return False
    words, keywords = context.person_keywords.get(seen.entity.id, set()), set(title.keywords)
    plain = {k for k in keywords if not k.startswith(QUALIFIER)}
    return bool(words & plain) and not words & title_nouns(keywords)


def surely_a_person(seen: Seen, context: ArticleContext) -> bool:
    """A person "it" cannot mean: an entity the model only ever typed a person (not "Corvane", typed an
    organisation once and a person once), or a person's name the model did not tag, with a first name
    ("Alia Salem")."""
    words = seen.name.split()
    if seen.entity is not None:
        # the model typed it a person only, or a person whose name opens with a first name ("Mary Turner",
        # with "Turner" typed an organisation once)
        return seen.entity.label == "PERSON" and (
            len(seen.entity.model_labels) == 1 or context.lone_first_name(seen.entity.name.split()[0]) is not None
        )
    # an untagged name is a person's when a word before its last is a first name ("Prof Anand Kulkarni");
    # "Allina Health" (the model tagged it nowhere) may be the organisation "it" means
    named = untagged_name(seen.name) and any(context.lone_first_name(w) is not None for w in words[:-1])
    return named or context.lone_first_name(seen.name) is not None


def other_role(seen: Seen | None, mention: SpeakerMention, context: ArticleContext) -> bool:
    """Whether the text gave this person a role of a scene (`role_sets`) and the phrase names another of
    the same scene: a trial's lawyer is not its defendant, a match's coach not a player."""
    if seen is None or seen.entity is None:
        return False
    held = context.person_keywords.get(seen.entity.id, set())
    named = {mention.head, *mention.keywords} - {""}
    for roles in context.role_sets:
        mine = [role for role in roles if role & named]
        if mine and not any(role & held for role in mine) and any(role & held for role in roles):
            return True
    return False


def _spoke_last(before: Seen, at: int, context: ArticleContext) -> bool:
    """Whether `before` is who spoke last in the sentence before the one at `at`."""
    span = sentence_before(at, context)
    spoke = _last_spoke(span, context) if span else None
    return spoke is not None and spoke.entity is before.entity


def _after_a_lede(at: int, context: ArticleContext) -> bool:
    """Whether the sentence before the one at `at` is a paragraph of one sentence of its own, right before
    (« Le maire de Marseille, Benoît Payan, a officialisé sa candidature. ¶ « … », a lancé l'édile »): what
    the next paragraph's epithet refers back to, as within one paragraph."""
    span = sentence_before(at, context)
    if span is None or context.distances.paragraphs(span[0], at) != 1:
        return False
    k = bisect.bisect_left(context.sentence_spans, span)
    return k == 0 or context.distances.paragraphs(context.sentence_spans[k - 1][0], span[0]) > 0


def organisation_epithet_of(mention: SpeakerMention, context: ArticleContext) -> tuple[Seen, str] | None:
    """The organisation a definite noun for a body stands for when it follows a sentence of the same
    paragraph about it (its named subject, or who spoke in it): « Le FMI a indiqué P. Q, a précisé
    l'institution », « Selon l'Unédic, P. L'organisme gestionnaire a rappelé Q » (a place that spoke
    there too: the model may type a body a place); a noun for any kind of body (`generic_body_nouns`,
    « l'institution ») may also mean the last organisation that spoke or was a sentence's subject earlier
    in the paragraph, else the last one named there. Not when
    another organisation was named since, nor, for a noun of one kind, a name that says its own kind of
    body ("The Royal Society … The institute said" is another body; the name holding the noun is
    `organisation_of_kind`'s). Returns the organisation and the reason code."""
    span = sentence_before(mention.start, context)
    if span is None:
        return None
    before = _about(span, "ORG", context)
    if before is None:
        # « Selon Météo-France, P. L'organisme prévient Q » with the name typed a place: a place that
        # spoke in the sentence before acts as a body, unless an organisation was named since
        spoke = _last_spoke(span, context)
        named_since = any(e.label == "ORG" for e in context.index.inside(span[0], mention.start))
        place = spoke is not None and spoke.entity is not None and spoke.entity.label == "PLACE"
        before = spoke if place and not named_since else None
        if before is None and mention.head in context.company_words and not named_since:
            # « Lactalis n'a pas souhaité réagir. Le groupe avait indiqué P » with the name typed a place, or
            # a person, one word and no first name: a noun for a business takes up the sentence before's
            # named subject (no country or person is a company)
            subject = next((seen for subj, seen in context.named_subjects if (subj.start, subj.end) == span), None)
            if (
                subject is not None
                and subject.entity is not None
                and subject.entity.label in ("PLACE", "PERSON")
                and len(subject.name.split()) == 1
                and context.lone_first_name(subject.name) is None
            ):
                before = subject
    generic, reason = mention.head in context.generic_body_words, "previous_subject"
    if before is None and generic:
        reason = "last_speaker"
        # « Le Haut Conseil a jugé P. Son président, X, a averti Q. Selon l'institution, R »: a noun for any
        # kind of body is the last organisation that spoke or was a sentence's subject, in the same
        # paragraph, none named since
        earlier = [s for s in context.history if s.position < mention.start]
        earlier += [seen for subj, seen in context.named_subjects if subj.end <= mention.start]
        organisations = [s for s in earlier if s.entity is not None and s.entity.label == "ORG"]
        before = max(organisations, key=lambda s: s.position, default=None)
        if before is None:
            # « Le coordinateur humanitaire de l'ONU a appelé P. L'organisation estime Q »: else the last
            # organisation named (outside quotations)
            for start, ent in context.index.mentions_before(mention.start, CANDIDATE_MENTIONS):
                if ent.label == "ORG" and not context.in_quotation(start):
                    before = Seen(start, ent.name, ent, "sing")
                    break
    paragraphs = context.distances.paragraphs(before.position, mention.start) if before is not None else 0
    if before is None or paragraphs > 1 or paragraphs == 1 and not _after_a_lede(mention.start, context):
        # (the paragraph after a one-sentence lede too: "X is recalling cars, the agency said. ¶ The agency
        # said P")
        return None
    own = name_words(before.name) & context.body_words
    same_kind = any(mention.head in kind and own & kind for kind in context.body_kinds)
    if own and not generic and not same_kind:
        # "The Royal Society … The institute said": a name that says its own, other, kind of body (the
        # "Administration" may be "the agency", the "Association" "the union": `body_kinds`)
        return None
    if before.entity.label == "ORG":
        latest = context.index.last_before(mention.start, ("ORG",), skip=context.in_quotation)
        # ("The Federal Aviation Administration capped Boeing's output. The agency said": a body named since
        # whose name says no body of the noun's kind does not stand between)
        kind = set().union(*(k for k in context.body_kinds if mention.head in k))
        if latest is not before.entity and not (
            same_kind and latest is not None and not name_words(latest.name) & kind
        ):
            return None
    return replace(before, position=mention.start), reason


def own_subject(mention: SpeakerMention, gender: str | None, context: ArticleContext) -> Seen | None:
    """The named person subject of the pronoun's own sentence, before it: « Son homologue, Sophie Binet,
    s'est montrée plus sévère : « C'est un enfumage », a-t-elle tranché » is Sophie Binet, not the speaker
    before her (not when the text or the first name shows the other gender)."""
    for subj in reversed(context.outer_subjects):
        if subj.start <= mention.start < subj.end and subj.mention.end <= mention.start:
            seen = next((seen for named, seen in context.named_subjects if named is subj), None)
            if seen is None and subj.mention.kind in ("description", "common"):
                # "Her counterpart at the CGT, Sophie Binet, was harsher": the name beside the title
                ent = apposed_person(subj.mention, context)
                seen = Seen(subj.mention.start, ent.name, ent, "sing") if ent is not None else None
            person = seen is not None and seen.entity is not None and seen.entity.label == "PERSON"
            if person and (not gender or context.gender_of(seen) in (None, gender)):
                return replace(seen, position=mention.start)
            return None
    return None


def apposed_person(mention: SpeakerMention, context: ArticleContext) -> Entity | None:
    """The one person a title phrase names beside the title ("Son secrétaire général, Marc Lefort",
    "the judge, Ann Roe"). A name after "de"/"of" is someone else ("l'avocat de Yassine B."); a name
    the model typed otherwise counts when a comma sets it beside the title, never the title itself: the
    title says a person speaks (a place only with two words or more and no of-word before it: "The
    company's general counsel, Dustee Jenkins" typed a place is her, "the mayor of the capital, Nairobi"
    no one)."""
    found = []
    for ent in context.index.inside(mention.start, mention.end):
        for m in ent.mentions:
            if mention.start <= m.start and m.end <= mention.end:
                before = context.text[mention.start : m.start].rstrip().lower()
                if ent.label == "PLACE" and (
                    len(ent.name.split()) < 2 or any(w in context.of_words for w in before.replace("'", "' ").split())
                ):
                    break  # "the mayor of the capital, Nairobi": a place apposed to the complement, no person
                owned = any(
                    before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalnum())
                    for w in context.of_words
                )
                # a name before the title's head qualifies it ("the former Manchester United player")
                after = context.text[m.end : mention.end].lower().split()
                qualifies = bool(mention.head) and any(w.startswith(mention.head) for w in after)
                if not owned and not qualifies and (bool(before) if ent.label == "PERSON" else before.endswith(",")):
                    found.append(ent)
                break
    return found[0] if len(found) == 1 else None


def organisation_subject(
    mention: SpeakerMention, gender: str | None, context: ArticleContext
) -> tuple[SentenceSubject, Seen | None] | None:
    """The organisation a gendered pronoun stands for, in a language whose pronouns follow a noun's
    grammatical gender: the singular subject of the sentence just before (« Le ministère de la Défense a
    affirmé P. Tous les objectifs ont été atteints, a-t-il ajouté »), in the same paragraph, whose
    article shows the pronoun's gender: an organisation's name (or a place's, the model's type for « le
    ministère russe de la Défense ») or a noun for a body (`body_words`), never a person nor a role
    (« la représentante du ministère public »); with no person named since, and no person who spoke
    before unless the organisation spoke in that sentence. With it, the organisation entity it names
    (None for a noun such as « le gouvernement », which its resolver reads)."""
    if not gender:
        return None
    subj = subject_before(mention.start, context)
    if (
        subj is None
        or subj.gender != gender
        or subj.mention.number != "sing"
        or subj.mention.kind not in ("name", "common")
        or (subj.mention.kind == "common" and subj.mention.head not in context.body_words)
        or context.distances.paragraphs(subj.position, mention.start) > 0
    ):
        return None
    # a person who spoke before is whom « il a ajouté » goes on from, unless the organisation spoke in
    # the sentence before itself (« Le conseil municipal se réunira lundi. Il a ajouté que P » after the
    # mayor's words is the mayor)
    spoke_there = any(
        subj.start <= s.position < subj.end and (s.entity is None or s.entity.label != "PERSON")
        for s in context.history
    )
    # (of the pronoun's gender or of none shown: « le commandant » who spoke before is no « elle »)
    person_spoke = any(
        s.entity is not None and s.entity.label == "PERSON" and context.gender_of(s) in (None, gender)
        for s in context.history
    )
    if person_spoke and not spoke_there:
        return None
    latest = next(
        (
            start
            for start, ent in context.index.mentions_before(mention.start, CANDIDATE_MENTIONS)
            if ent.label == "PERSON" and not context.in_quotation(start)
        ),
        None,
    )
    if latest is not None and latest >= subj.position:
        return None
    named = next((seen for s, seen in context.named_subjects if s is subj), None)
    if subj.mention.kind == "name":
        if named is None or named.entity is None or named.entity.label not in ("ORG", "PLACE"):
            return None
        return subj, named
    return subj, None


def pronoun_chain_holds(met: int, at: int, context: ArticleContext) -> bool:
    """Whether a pronoun at `at` continues the one met at `met`: the same or the next sentence of one
    paragraph, and no person named outside quotations in between."""
    if context.distances.sentences(met, at) > 1 or context.distances.paragraphs(met, at) > 0:
        return False
    return not any(
        ent.label == "PERSON" and not context.in_quotation(start)
        for start, ent in context.index.mentions_before(at, CHAIN_REACH)
        if start > met
    )


def last_met(seen: Seen, position: int, context: ArticleContext) -> int:
    """Where a speaker or subject was last met before `position`: named or speaking."""
    named = [m.start for m in seen.entity.mentions if m.start < position] if seen.entity is not None else []
    spoke = [s.position for s in context.history if s.entity is seen.entity and s.position < position]
    return max([seen.position, *named, *spoke])


def ranked_elsewhere(
    seen: Seen | None, subj: SentenceSubject, position: int, gender: str | None, context: ArticleContext
) -> bool:
    """True when the person ranked first for a pronoun shows the other gender by first name, or was last met
    before the person noun that is the subject of the sentence just before, in an earlier paragraph (« la fille
    de la victime a fondu en larmes. « … », a-t-elle glissé » three paragraphs after the lawyer): that
    subject is whom the pronoun means."""
    if seen is None or subj.mention.kind not in ("common", "description"):
        return False
    if context.distances.sentences(subj.position, position) > 1:
        return False
    if context.distances.paragraphs(subj.position, position) > 0:
        return False
    if context.named_as_other_gender(seen, gender):
        return True
    met = last_met(seen, position, context)
    return met < subj.mention.start and context.distances.paragraphs(met, position) > 0


def only_named_beside(seen: Seen | None, subj: SentenceSubject, position: int, context: ArticleContext) -> bool:
    """True when the person ranked first was last met in the title subject's own sentence, after the
    subject or in its complement, neither speaking nor a subject there (« L'ancien ministre, joint par
    Jeune Afrique, rejette … « … », affirme-t-il »; « L'avocat de X ne cache pas sa colère. « … », a-t-il
    lancé »): the sentence is about its subject, and the pronoun after it means that subject."""
    if seen is None or seen.entity is None:
        return False
    met = last_met(seen, position, context)
    spoke = any(s.entity is seen.entity and s.position == met for s in context.history)
    return (
        not spoke
        and met > subj.mention.start  # (or inside it, after an of-word: « L'avocat de X » is X's lawyer)
        and context.distances.sentences(subj.mention.start, met) == 0
        and not any(seen.entity is n.entity and s.position == met for s, n in context.named_subjects)
    )


def noun_met_before(mention: SpeakerMention, context: ArticleContext) -> bool:
    """True when the head noun of an unnamed person's phrase was already written before it, outside
    quotations ("Harlan's supervisor approved … The supervisor denied that"): a definite phrase taking
    up someone the text brought in, not an epithet for someone named."""
    pattern = re.compile(rf"\b{re.escape(mention.head)}", re.IGNORECASE)
    return any(not context.in_quotation(m.start()) for m in pattern.finditer(context.text, 0, mention.start))


def shares_only_a_complement(ent_id: str, title: SpeakerMention, context: ArticleContext) -> bool:
    """True when a title shares with the words the text gave a person only words written in it, while
    it names a person noun they were never given ("the federal justice minister" against "Justice
    Michael Code", « le porte-parole libéral en matière de transports » against « le ministre des
    Transports »): another office with the same complement (a synonym the title stands for, "chef de
    l'État" for « président », is no word written in it)."""
    own = {w for w in context.person_keywords.get(ent_id, ()) if not w.startswith(QUALIFIER)}
    plain = title_nouns(set(title.keywords))
    written = title.text.lower()
    literal = {w for w in plain if w in written}
    shared = own & plain
    # (its person nouns by their lemmas, « présidente » is « président », and a hyphenated one whole,
    # « porte-parole », unless the person was given each of its parts)
    nouns = {w for w in plain if w in context.person_words} | {
        w for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)+", written) if w in context.person_words
    }
    missing = {w for w in nouns - own if not set(w.split("-")) <= own}
    return bool(shared) and shared <= literal and bool(missing)


def holds_more_than_a_synonym(ent_id: str, title: SpeakerMention, context: ArticleContext) -> bool:
    """True when a title shares with the words the text gave a person only words a synonym stands for
    (« le chef de l'État » for « président ») while the person's title says more than the synonym and
    their nationality (« le président de la FNSEA, X »): the head of another body, not the one the
    synonym names, when all they share is the person noun. « Le président sénégalais X » holds it.
    Only for a title that names the body it serves (« de l'État »): "the CEO" is the chief executive of
    whichever company the text names."""
    own = {w for w in context.person_keywords.get(ent_id, ()) if not w.startswith(QUALIFIER)}
    plain = title_nouns(set(title.keywords))
    written = title.text.lower().replace("’", "'")
    # (the person's words are lemmas, a synonym's as the table writes them: « affaire » is « affaires »)
    shared = {w for w in own if any(p.startswith(w) or w.startswith(p) for p in plain)}
    if not shared or any(w in written for w in shared) or not names_a_remit(written, context.of_words):
        return False
    # (« le ministre de l'Europe et des Affaires étrangères » shares the remit of « chef de la diplomatie »,
    # not only its person noun)
    # (« sortant », "acting": when the person holds the title, not what more it covers)
    return bool(own - shared - context.nationalities - context.tenure_words) and shared <= context.person_words


def other_nationals(keywords: set[str], context: ArticleContext) -> frozenset:
    """The people the text gave only nationalities other than the one these title words name (« le
    Français » against « l'Américain Tommy Paul »): no constraint lets the title mean them."""
    return frozenset(
        i for i, words in context.person_keywords.items() if other_nationality(keywords, words, context.nationalities)
    )


def demonym_epithet(mention: SpeakerMention, context: ArticleContext) -> Choice:
    """ "the Norwegian wrote", « a admis le Danois »: the press's epithet for someone it named before, the
    subject of the sentence before, else met as a pronoun of the phrase's gender is (a person the text
    gave this word, "the Slovenian Tadej Pogačar", is met as a title is); never someone the text gave
    another nationality (« l'Américain Tommy Paul » is not « le Français »). No one: `Choice()`."""
    foreign = other_nationals({mention.head}, context)
    before = previous_subject(mention.start, context)
    if before is not None and before.entity is not None and before.entity.label == "PERSON":
        if before.entity.id not in foreign:
            return Choice(before, "previous_subject")  # "Kevin De Bruyne was defiant. "…," the Belgian said"
    return context.rank(
        mention.start, use="pronoun", gender=mention.gender or None, person=True, labels=("PERSON",), exclude=foreign
    )


def title_named_elsewhere(mention: SpeakerMention, titles: dict[str, float], context: ArticleContext) -> Choice | None:
    """For a title no one ranked clearly: the person the sentence before was about when the title is
    their epithet (`epithet_of`), else the person the paragraph after the lede names with it
    (`named_after_lede`; `titles` before the first names' genders weigh in), else None."""
    before = epithet_of(mention, context)
    # ("Local MP X said P. "Q," the Labour politician said": a noun for anyone in public life is an epithet
    # whatever office the person holds)
    generic = bool(set(mention.keywords) & context.generic_person_words)
    if before is not None and (generic or not holds_another_title(before, mention, context)):
        return Choice(before, "previous_subject")
    # (the text's genders only: a lede's « she » against a first name the lexicon calls a man's, "Kris")
    shown = {
        i: v
        for i, v in titles.items()
        if not mention.gender or context.genders.get(i, mention.gender) == mention.gender
    }
    named = named_after_lede(mention, shown, context)
    # "Arizona's attorney general said Monday P. ¶ Attorney General Kris Mayes made the announcement"
    return Choice(named, "named_after_lede") if named is not None else None


def named_after_lede(mention: SpeakerMention, titles: dict[str, float], context: ArticleContext) -> Seen | None:
    """The person the paragraph after the lede names with the title a lede's speaker was given unnamed
    (the wire's delayed identification: "Arizona's attorney general said Monday P. ¶ Attorney General Kris
    Mayes made the announcement …"): the one person the text gives these title words, first named in the
    second paragraph, when the title speaks in the first. None otherwise."""
    if context.distances.paragraphs(0, mention.start) != 0:
        return None
    named = []
    for ent_id in titles:
        ent = context.index.entities.get(ent_id)
        if ent is None or not ent.mentions or ent.label != "PERSON":
            continue
        if context.distances.paragraphs(mention.start, ent.mentions[0].start) == 1:
            named.append(ent)
    if len(named) != 1:
        return None
    if mention.gender:
        # (the lede showed the title's gender, « she will not prosecute »: the text's evidence for the person,
        # over what the first-name lexicon says of "Kris")
        context.genders.setdefault(named[0].id, mention.gender)
    return Seen(named[0].mentions[0].start, named[0].name, named[0], "sing")


def named_next(mention: SpeakerMention, context: ArticleContext) -> Seen | None:
    """The person the next sentence of the paragraph names for the first time, as its subject or its
    speaker, when a title no one was given speaks (the delayed identification: « La cheffe de la diplomatie
    européenne a appelé Moscou à P. Kaja Kallas a annoncé Q », "The mayor voiced his anger. "Q," said Gil
    Bourdouleix"): one such person, given no title of their own (nor an apposition), not shown as the other
    gender; else None."""
    if mention.new or mention.possessed or mention.number != "sing":
        return None
    if mention.kind != "description" and not (
        mention.kind == "common" and lower_case_head(mention) and context.names_a_person(mention.head)
    ):
        return None  # a title, or a phrase a noun for a person heads (« la cheffe de la diplomatie européenne »)
    distances = context.distances
    first = [
        ent
        for ent in context.index.entities.values()
        if ent.label == "PERSON"
        and ent.mentions
        and mention.end <= ent.mentions[0].start
        and ent.mentions[0].start in context.untitled_acting_at
        and distances.sentences(mention.start, ent.mentions[0].start) == 1
        and distances.paragraphs(mention.start, ent.mentions[0].start) == 0
        and not context.person_keywords.get(ent.id)
        # (nor an apposition: "said Paul Morin, a shopkeeper", « a lancé Paul Morin, un commerçant »)
        and not context.text[ent.mentions[0].end :].lstrip().startswith(",")
    ]
    if len(first) != 1:
        return None
    ent = first[0]
    if mention.gender and context.genders.get(ent.id, context.name_genders.get(ent.id)) not in (None, mention.gender):
        return None
    return Seen(ent.mentions[0].start, ent.name, ent, "sing")


def untitled_elsewhere(seen: Seen | None, title: SpeakerMention, context: ArticleContext) -> bool:
    """True when the only person a title could mean was given no title at all and last met in an earlier
    paragraph ("Cedric Dussault said P. ¶ The opposition leader denounced Q"): the title brings in someone
    the text has not named, as a pronoun after it does (`ranked_elsewhere`)."""
    if seen is None or seen.entity is None or context.person_keywords.get(seen.entity.id):
        return False
    met = last_met(seen, title.start, context)
    return context.distances.paragraphs(met, title.start) > 0
