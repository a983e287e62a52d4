"""Why a resolver chose its speaker: the reason codes of `whosaid.speakers` and their words (the
interface translates the codes, `assets/i18n.json` `reason_*`)."""

# reasons for which the speaker is the phrase as written (no entity behind it)
AS_WRITTEN_REASONS = ("as_written", "unnamed_before")

# why a resolver chose its speaker, in words (the interface translates the codes)
REASONS = {
    "": "",
    "ranked_speaker": "best-ranked candidate: an earlier speaker",
    "ranked_subject": "best-ranked candidate: the subject of an earlier sentence",
    "described_subject": "the title the previous sentence has as its subject",
    "ranked_mention": "best-ranked candidate: named shortly before",
    "previous_subject": "the subject of the previous sentence",
    "sentence_subject": "the subject of the sentence that introduces the quotation",
    "last_speaker": "the last speaker",
    "earlier_subject": "the subject of an earlier sentence",
    "latest_person": "the latest person named",
    "latest_named": "the person named last",
    "former_named": "the first of the last two people named",
    "only_person": "the only person the title can mean",
    "latest_group": "the latest group or organisation",
    "name_beside_title": "the name beside the title",
    "title_shared": "the person given this title earlier",
    "organisation_of_context": "the organisation named last",
    "noun_stood_for": "what this noun stood for earlier",
    "organisation_of_kind": "the latest organisation of this kind",
    "unnamed_before": "the unnamed person the sentence before introduced",
    "document_issued_by": "who issued this document earlier",
    "as_written": "as written (no one earlier fits)",
    "named_after_lede": "the person the next paragraph names with this title",
    "reported_body": "the body its reported words are about",
    "phrase_repeated": "whom the same words named just before",
    "named_next": "the person the next sentence names",
}
