"""The reading context of one article's resolvers, built from its findings and from what the language
table gives them (pronouns and their genders, nouns for people, bodies, documents and roles): one place
where the table's words reach `whosaid.speaker_context.ArticleContext`. Pure Python over records."""

from __future__ import annotations

from whosaid.entities import EntityIndex
from whosaid.findings import GenderCue, RawQuote, SentenceSubject, TitleLink
from whosaid.lang import LanguageTable
from whosaid.ranking import Weights
from whosaid.speaker_context import ArticleContext, first_name_genders


def article_context(
    quotes: list[RawQuote],
    *,
    titles: list[TitleLink],
    subjects: list[SentenceSubject],
    index: EntityIndex,
    table: LanguageTable | None,
    genders: list[GenderCue] | tuple[GenderCue, ...],
    sentences: list[tuple[int, int]] | tuple[tuple[int, int], ...],
    paragraphs: list[int] | tuple[int, ...],
    weights: dict[str, Weights] | None,
    text: str,
    channels: list[tuple[int, int]] | tuple[tuple[int, int], ...],
) -> ArticleContext:
    """The context of `whosaid.speakers.resolve_speakers` (see its arguments); without a table, the
    resolvers read no language words."""
    return ArticleContext(
        titles=titles,
        subjects=subjects,
        index=index,
        genders=genders,
        pronoun_genders=table.pronoun_genders if table else None,
        latest_pronouns=table.latest_pronouns if table else (),
        former_pronouns=table.former_pronouns if table else (),
        sentences=sentences,
        paragraphs=paragraphs,
        quoted=[(q.start, q.end) for q in quotes if q.kind == "direct"],
        weights=weights,
        of_words=table.of_words if table else (),
        rank_words=table.rank_words if table else (),
        text=text,
        name_genders=first_name_genders(index, table) if table else None,
        lone_first_name=table.lone_first_name if table else None,
        first_name_gender=table.first_name_gender if table else None,
        person_words=table.person_words if table else frozenset(),
        names_a_person=table.names_a_person if table else None,
        generic_person_words=table.generic_person_nouns if table else frozenset(),
        # where the language's press attributes a document's words to its author (French)
        document_words=table.document_nouns | table.text_nouns
        if table and table.documents_speak_for_author
        else frozenset(),
        organisation_pronouns=table.organisation_pronouns if table else frozenset(),
        gendered_organisation_pronouns=table.gendered_organisation_pronouns if table else frozenset(),
        company_words=table.company_nouns if table else frozenset(),
        channels=channels,
        issuable_words=table.channel_nouns | table.document_nouns | table.text_nouns if table else frozenset(),
        # « le Danois », "the 54-year-old": the press's epithets for someone named before
        voice_words=table.voice_nouns if table else frozenset(),
        former_words=table.former_words if table else frozenset(),
        tenure_words=table.tenure_words if table else frozenset(),
        courtesy_words=table.courtesy_titles if table else frozenset(),
        role_sets=table.role_sets if table else (),
        body_kinds=table.body_kinds if table else (),
        person_model_labels=frozenset(k for k, v in table.entity_labels.items() if v == "PERSON")
        if table
        else frozenset(),
        demonyms=(table.demonyms | table.epithet_nouns | {e.lstrip("-") for e in table.age_epithets})
        if table
        else frozenset(),
        # (a side of politics, « l'opposition », is a group of its own, never another body referred back to)
        body_words=(table.organisation_nouns | table.company_nouns) - table.camp_nouns if table else frozenset(),
        generic_body_words=table.generic_body_nouns if table else frozenset(),
        nationalities=table.demonyms | table.nationality_adjectives if table else frozenset(),
    )
