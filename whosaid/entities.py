"""Entity mentions grouped into entities: canonical name, aliases, one type vocabulary across languages.

Pure Python over `RawMention` records (found by `whosaid.extract.name_mentions`); no spaCy here.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Callable

from whosaid.findings import RawMention
from whosaid.lang import LanguageTable
from whosaid.records import TYPES, Entity, TextSpan

# When votes tie, the more specific type wins.
TYPE_PRIORITY = {t: i for i, t in enumerate(TYPES)}


def name_key(name: str) -> str:
    """Case-, accent- and apostrophe-insensitive key of a name ("l'OTAN" and "OTAN" differ: strip first)."""
    name = name.replace("’", "'").replace("\u00a0", " ")
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(name.casefold().split())


def _word_in(word: str, words: list[str]) -> bool:
    """A name word found among others; an initial ("b.") matches a word it begins ("barack")."""
    if word in words:
        return True
    return len(word) == 2 and word.endswith(".") and any(w.startswith(word[0]) and len(w) > 2 for w in words)


def _initials(name: str) -> str:
    words = re.split(r"[\s\-]+", name)
    return "".join(w[0] for w in words if w and w[0].isupper())


def _initials_of_words(name: str, table: LanguageTable) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in table.of_words]
    words = [w for w in words if w.lower() not in table.determiners and w[:1].isalpha()]
    return "".join(w[0] for w in words).upper() if len(words) > 1 else ""


def _acronym(name: str) -> str | None:
    bare = name.replace(".", "").replace(" ", "")
    return bare if 2 <= len(bare) <= 6 and bare.isupper() and bare.isalpha() else None


def _opened_organisation(
    short: str, long_orgs: dict[str, str], surfaces: dict[str, str], skip: frozenset, table, labels
) -> str | None:
    """The one organisation of the story whose name a one-word name opens ("Nordhaven" for "Nordhaven
    Lines", whatever type the model gave it), when the rest of that name holds no noun for a body of its
    own ("Amazon" is not "Amazon Labor Union"), and the word is no place or common noun for a body; of
    two, neither."""
    if " " in short or labels[short] == "PLACE":
        return None
    if short in table.organisation_nouns or short in table.company_nouns or short in table.title_words:
        return None
    opened = []
    for k, first in long_orgs.items():
        if first != short or k in skip:
            continue
        cut = k.split().index(first) + 1
        rest = k.split()[cut:]
        if (
            not any(w in table.organisation_nouns for w in rest)
            # (a name's own capitalised words: not « ONU pour le Yémen », a span the model ran on)
            and all(w[:1].isupper() for w in surfaces[k].split()[cut:])
            # (nor a branch named after a place: "HP France" is not HP)
            and labels.get(" ".join(rest)) != "PLACE"
        ):
            opened.append(k)
    return opened[0] if len(opened) == 1 else None


def _title_gender(text: str, mentions: list[RawMention], table: LanguageTable) -> str | None:
    """The one gender the titles right before these mentions show ("Mme", "Mrs."), else None."""
    found = set()
    for m in mentions:
        before = text[max(0, m.start - 12) : m.start].split()
        if before:
            gender = table.gendered_titles.get(before[-1].lower().rstrip("."))
            if gender:
                found.add(gender)
    return found.pop() if len(found) == 1 else None


def _person_shaped(surface: str, table: LanguageTable) -> bool:
    """A first name then one or two capitalised words, none a word for a body ("Cecil Smith", not
    "Harvest Foods" or "Marta Bank"), or two such words whose first is no word the tables know (a first
    name the lexicons lack: "Cherelle Parker"): a person's name whatever type the model gave it."""
    words = surface.split()
    if not words:
        return False
    first = words[0].lower()
    known = any(first in lexicon for lexicon in (table.organisation_nouns, table.company_nouns, table.title_words))
    first_name = table.lone_first_name(words[0]) is not None
    return (
        (2 <= len(words) <= 3 and first_name or len(words) == 2 and not known and first not in table.demonyms)
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
        and not any(
            w.lower() in table.organisation_nouns
            or w.lower() in table.company_nouns
            or w.rstrip(".") in table.legal_forms
            for w in words[1:]
        )
    )


def group_entities(
    text: str,
    mentions: list[RawMention],
    table: LanguageTable,
    *,
    aliases: dict | None = None,
    drop: frozenset | set | None = None,
    types: dict | None = None,
    split: frozenset | set | None = None,
) -> list[Entity]:
    """Group mentions into entities in order of first mention.

    `aliases` maps a name to the name it should be merged into ({"RPDC": "Corée du Nord"}); when the
    target is not in the article the entity is renamed. `drop` holds names of entities to leave out.
    `types` sets an entity's type by its name ({"Orange": "ORG"}); `split` names that must stand
    alone, out of the group the automatic rules put them in ("Sénégal" out of "Assemblée nationale du
    Sénégal"), each keeping its own mentions.
    """
    groups: dict[str, list[RawMention]] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        groups.setdefault(name_key(text[m.start : m.end]), []).append(m)
    parent = {k: k for k in groups}

    def find(k):
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def vote(k):
        votes = Counter(m.label for m in groups[k])
        return max(votes, key=lambda t: (votes[t], -TYPE_PRIORITY[t]))

    keys = list(groups)
    order = {k: i for i, k in enumerate(keys)}
    labels = {k: vote(k) for k in keys}
    surfaces = {k: text[groups[k][0].start : groups[k][0].end] for k in keys}
    # indexes by word, initials and last word, so grouping stays near-linear in the number of names
    persons_by_word: dict[str, list[str]] = {}
    persons_by_letter: dict[str, list[str]] = {}
    by_initials: dict[str, list[str]] = {}
    orgs_by_last_word: dict[str, list[str]] = {}
    # "Valmont Trading SA" -> "Valmont Trading": an organisation's name less its legal form
    by_stem = {
        " ".join(k.split()[:-1]): k
        for k in keys
        if len(k.split()) > 1 and surfaces[k].split()[-1].rstrip(".") in table.legal_forms
    }
    # "Nexora Semiconductor Inc." -> "Nexora": a company named in full with its legal form, then by its first
    # word (a word for a body excepted: "Bank of Cyprus Holdings plc" is not "Bank"); of two, neither
    named_in_full = {k: next(w for w in k.split() if w not in table.determiners) for k in by_stem.values()}
    named_in_full = {k: first for k, first in named_in_full.items() if len(k.split()) > 2}
    firsts = Counter(named_in_full.values())
    for k, first in named_in_full.items():
        if firsts[first] == 1 and first not in table.organisation_nouns:
            by_stem.setdefault(first, k)
    # multi-word organisation names by their first word past an article ("the federal reserve": "federal")
    long_orgs = {
        k: next((w for w in k.split() if w not in table.determiners), "")
        for k in keys
        if labels[k] == "ORG" and len(k.split()) > 1
    }
    for k in keys:
        if labels[k] in ("ORG", "OTHER") and _person_shaped(surfaces[k], table):
            # a person the model typed an organisation or a thing ("Cecil Smith") is the one their surname names
            persons_by_word.setdefault(k.split()[-1], []).append(k)
        if labels[k] == "PERSON":
            for w in dict.fromkeys(k.split()):
                persons_by_word.setdefault(w, []).append(k)
                if len(w) > 2:
                    persons_by_letter.setdefault(w[0], []).append(k)
        if labels[k] in ("ORG", "PLACE"):
            # "Forces de soutien rapide" is "FSR": the initials of its capitalised words, and of all its
            # words but the of-words and articles (a French name capitalises its first word only)
            for initials in dict.fromkeys((_initials(surfaces[k]), _initials_of_words(surfaces[k], table))):
                by_initials.setdefault(initials, []).append(k)
        if labels[k] == "ORG" and len(k.split()) > 1:
            orgs_by_last_word.setdefault(k.split()[-1], []).append(k)

    def person_candidates(words: list[str]) -> list[str]:
        """Person keys holding every word (an initial "b." matches a word it begins), in key order."""
        pools = [
            persons_by_letter.get(w[0], []) + persons_by_word.get(w, [])
            if len(w) == 2 and w.endswith(".")
            else persons_by_word.get(w, [])
            for w in words
        ]
        if not pools:
            return []
        pool = set(min(pools, key=len))
        return sorted(
            (k for k in pool if len(k.split()) >= len(words) and all(_word_in(w, k.split()) for w in words)),
            key=order.get,
        )

    # "Curtis Lamb … His wife, Angela Lamb, said … Mrs. Lamb described …": where several people of the
    # story share a name, a mention whose title shows a gender ("Mrs.", « Mme ») names the one of them
    # whose first name fits it, whatever the name's other mentions name; those mentions are split off
    # into a part of their own, joined to that person
    preset: dict[str, str] = {}
    for short in list(keys):
        if labels[short] != "PERSON":
            continue
        shared = [k for k in person_candidates(short.split()) if k != short]
        if len(shared) < 2:
            continue
        titled: dict[str, list[RawMention]] = {}
        for m in groups[short]:
            gender = _title_gender(text, [m], table)
            fitting = [k for k in shared if table.first_name_gender(surfaces[k]) == gender] if gender else []
            if len(fitting) == 1:
                titled.setdefault(fitting[0], []).append(m)
        for n, (person, members) in enumerate(titled.items(), 1):
            part = f"{short}\x00{person}"
            keys.append(part)
            order[part] = order[short] + n / (len(titled) + 1)
            labels[part], surfaces[part], parent[part] = labels[short], text[members[0].start : members[0].end], part
            groups[part] = members
            groups[short] = [m for m in groups[short] if m not in members]
            preset[part] = person
        if not groups[short]:  # every mention was titled: the name itself is gone
            keys.remove(short)
            del groups[short], parent[short]
            for index in (persons_by_word, persons_by_letter):
                for pool in index.values():
                    if short in pool:
                        pool.remove(short)

    def unify(skip: frozenset) -> None:
        """The automatic grouping; names in `skip` (split off by the analyst) join nothing."""
        for part, person in preset.items():
            if part not in skip and person not in skip:
                parent[find(part)] = find(person)
        for short in keys:
            if short in skip or short in preset:
                continue
            words = short.split()
            bare = " ".join(words[1:])
            if (
                len(words) > 1
                and words[0] in table.determiners
                and bare in parent
                and bare not in skip
                and "PLACE" not in (labels[short], labels[bare])
            ):
                # "The White House" and "White House": a name with its capitalised article is the name (a
                # place's is its sentence's first word: « La France a voté » stays as the analyst sees it)
                parent[find(short)] = find(bare)
                continue
            if by_stem.get(short, short) not in (short, *skip):
                # "Valmont Trading" (typed a person) is "Valmont Trading SA": the company without its legal form
                parent[find(short)] = find(by_stem[short])
                continue
            # "Nordhaven" -> "Nordhaven Lines": the organisation whose name it opens, named before it, unless a
            # person of that surname was named before it ("Brandt Logistics … Brandt said it would …" before
            # "founder Harold Brandt" is the company)
            opened = _opened_organisation(short, long_orgs, surfaces, skip, table, labels)
            if opened is not None:
                first_seen = min(m.start for m in groups[short])
                named_first = min(m.start for m in groups[opened]) < first_seen
                if named_first and all(
                    min(m.start for m in groups[k]) > first_seen for k in person_candidates(words) if k != short
                ):
                    parent[find(short)] = find(opened)
                    continue
            # "Lavrov" -> "Sergueï Lavrov": a name whose words all belong to one longer person's name
            candidates = [k for k in person_candidates(words) if k != short and k not in skip]
            # (a person the model typed otherwise is joined by a person's surname only, never by a place:
            # "Canada" is not "Environment Canada")
            candidates = [k for k in candidates if labels[k] == "PERSON" or labels[short] == "PERSON"]
            if len(candidates) > 1:
                # "Mme Martin" with "Paul Martin" and "Claire Martin" in the story: the title's gender
                # chooses among people of one last name, by what their first names suggest
                gender = _title_gender(text, groups[short], table)
                fitting = [k for k in candidates if table.first_name_gender(surfaces[k]) in (gender, None)]
                if gender and fitting:
                    candidates = fitting
            if candidates and (labels[short] == "PERSON" or words[-1] == candidates[0].split()[-1]):
                best = max(
                    candidates, key=lambda k: (k.split()[-len(words) :] == words, len(groups[k]), -groups[k][0].start)
                )
                parent[find(short)] = find(best)
                continue
            if len(words) == 1 and labels[short] in ("ORG", "OTHER") and len(short) >= 3:
                # "the Fed" -> "the Federal Reserve", « la Sécu » -> « la Sécurité sociale »: the clipped first
                # word of one longer organisation's name (of two, neither; the whole first word is clipped
                # nothing: a noun for a body that heads one organisation joins it just below)
                clipped = [
                    k for k, first in long_orgs.items() if first != short and first.startswith(short) and k not in skip
                ]
                if len(clipped) == 1:
                    parent[find(short)] = find(clipped[0])
                    continue
                if short in table.organisation_nouns:
                    # "Council leader Tony Dyer" with "Bristol City Council", « la Chambre » with « la Chambre
                    # genevoise immobilière »: a bare noun for a body is the one organisation of the story
                    # whose name it heads (its last word or its first past an article); of two, neither
                    headed = [
                        k
                        for k, first in long_orgs.items()
                        if k not in skip and (first == short or k.split()[-1] == short)
                    ]
                    if len(headed) == 1:
                        parent[find(short)] = find(headed[0])
                        continue
            acro = _acronym(surfaces[short])
            if acro:
                # "HP" -> "Hewlett-Packard", "U.S." -> "United States": initials of a longer name
                longer = [k for k in by_initials.get(acro, []) if k != short and len(k) > len(short) and k not in skip]
                if longer:
                    parent[find(short)] = find(longer[0])
                    continue
            if len(words) == 1 and labels[short] in ("ORG", "OTHER"):
                # "Scientology" -> "Church of Scientology": the named part of "<kind> of <name>"; a place
                # is never swallowed by an organisation named after it ("Sénégal", "Assemblée nationale du
                # Sénégal")
                longer = [
                    k
                    for k in orgs_by_last_word.get(short, [])
                    if k != short and k not in skip and k.endswith(" " + short) and k.split()[-2] in table.of_words
                ]
                if longer:
                    parent[find(short)] = find(longer[0])

    unify(frozenset())

    def natural(members: list[RawMention]) -> tuple[str, str]:
        """A group's own name (its longest surface) and type (the mentions' vote)."""
        members = sorted(members, key=lambda m: m.start)
        surfaces = list(dict.fromkeys(text[m.start : m.end] for m in members))
        votes = Counter(m.label for m in members)
        name = max(surfaces, key=lambda s: (len(s.split()), len(s), -surfaces.index(s)))
        words = name.split()
        if len(words) >= 2 and words[-1].rstrip(".") in table.legal_forms:
            return name, "ORG"  # "Valmont Trading SA": a legal form is a company's name shape
        full = Counter(m.label for m in members if text[m.start : m.end] == name)
        # (a person's vote from the name or its surname: "Brandt", typed a person, opens "Brandt Logistics")
        surnamed = any(m.label == "PERSON" and text[m.start : m.end].split()[-1] == words[-1] for m in members)
        if surnamed and len(words) >= 2 and table.lone_first_name(words[0]) is not None:
            # "Donna Reyes" once PERSON, twice "Reyes" typed ORG: a first name and a surname is a person's
            # name shape, which settles the model's hesitation
            return name, "PERSON"
        # (a tie goes to the type of the name in full: "Nordhaven Lines" typed a body, "Nordhaven" a person)
        return name, max(votes, key=lambda t: (votes[t], full[t], -TYPE_PRIORITY[t]))

    # Ids come from the grouping the model's mentions give, before any correction: in order of first
    # mention, so an analysis without corrections reads e1, e2, …; a merge keeps its target's id and a
    # drop renumbers nothing (ids in exports and corrections keep pointing at the same entity).
    automatic: dict[str, list[RawMention]] = {}
    for k in keys:
        automatic.setdefault(find(k), []).extend(groups[k])
    ids = {
        root: f"e{n}" for n, root in enumerate(sorted(automatic, key=lambda r: min(m.start for m in automatic[r])), 1)
    }
    split_keys = frozenset(name_key(n) for n in (split or ())) & set(keys)
    if split_keys:
        # a wrong grouping undone: each split name keeps its own mentions; the group it left keeps its
        # id, the split-off name gets a new one
        automatic_root = {k: find(k) for k in keys}
        for k in keys:
            parent[k] = k
        unify(split_keys)
        regrouped: dict[str, list[str]] = {}
        for k in keys:
            regrouped.setdefault(find(k), []).append(k)
        parts: dict[str, list[str]] = {}  # automatic root -> the roots of the groups it was split into
        for root, members in regrouped.items():
            parts.setdefault(automatic_root[members[0]], []).append(root)
        fresh, new_ids = len(ids), {}
        for original, roots in sorted(parts.items(), key=lambda kv: ids[kv[0]]):
            # the part that is not only split-off names, first mentioned, keeps the id
            roots.sort(
                key=lambda r: (
                    all(m in split_keys for m in regrouped[r]),
                    min(groups[m][0].start for m in regrouped[r]),
                )
            )
            new_ids[roots[0]] = ids[original]
            for root in roots[1:]:
                fresh += 1
                new_ids[root] = f"e{fresh}"
        ids = new_ids

    kept: dict[str, tuple[str, str]] = {}  # a merge target's root -> the name and type it keeps
    for alias, target in (aliases or {}).items():
        a, t = name_key(alias), name_key(target)
        if a in groups and t in groups and find(a) != find(t):
            # "merge X into Y" keeps Y's name and type, always (not the longer name, not X's type)
            own = kept.get(find(t)) or natural([m for k in keys if find(k) == find(t) for m in groups[k]])
            root_id = ids[find(t)]
            parent[find(a)] = find(t)
            kept[find(t)] = own
            ids[find(t)] = root_id
    merged: dict[str, list[RawMention]] = {}
    for k in keys:
        merged.setdefault(find(k), []).extend(groups[k])

    renames = {name_key(a): t for a, t in (aliases or {}).items()}
    dropped = {name_key(d) for d in (drop or ())}
    retyped = {name_key(n): t for n, t in (types or {}).items() if t in TYPE_PRIORITY}
    entities = []
    for root, ms in sorted(merged.items(), key=lambda kv: min(m.start for m in kv[1])):
        ms = sorted(ms, key=lambda m: m.start)
        surfaces = list(dict.fromkeys(text[m.start : m.end] for m in ms))
        name, label = kept.get(root) or natural(ms)
        if name_key(name) in renames and name_key(renames[name_key(name)]) not in merged:
            name = renames[name_key(name)]
        if name_key(name) in dropped or any(name_key(s) in dropped for s in surfaces):
            continue
        label = retyped.get(name_key(name), label)
        entities.append(
            Entity(
                id=ids[root],
                name=name,
                label=label,
                model_labels=tuple(sorted({m.model_label for m in ms})),
                aliases=tuple(s for s in surfaces if s != name),
                mentions=tuple(TextSpan(m.start, m.end, text[m.start : m.end]) for m in ms),
            )
        )
    return entities


class EntityIndex:
    """Find the entity a stretch of text names (bisect over mentions sorted by start)."""

    def __init__(self, entities: list[Entity]):
        self.entities = {e.id: e for e in entities}
        self._spans = sorted((m.start, m.end, e.id) for e in entities for m in e.mentions)
        self._starts = [s for s, _, _ in self._spans]
        self._longest = max((e - s for s, e, _ in self._spans), default=0)
        self._by_key = {}
        for e in entities:
            for form in (e.name, *e.aliases):
                self._by_key.setdefault(name_key(form), e.id)

    def _from(self, start: int) -> int:
        return bisect.bisect_left(self._starts, start - self._longest)

    def at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping [start, end), the longest overlap first."""
        best, best_overlap = None, 0
        for s, e, ent_id in self._spans[self._from(start) :]:
            if s >= end:
                break
            overlap = min(e, end) - max(s, start)
            if overlap > best_overlap:
                best, best_overlap = ent_id, overlap
        return self.entities.get(best) if best else None

    def named(self, name: str) -> Entity | None:
        """The entity called `name`, or the one person whose full name holds all its words."""
        key = name_key(name)
        ent_id = self._by_key.get(key)
        if ent_id:
            return self.entities[ent_id]
        words = key.split()
        people = [
            e
            for e in self.entities.values()
            if e.label == "PERSON" and words and all(w in name_key(e.name).split() for w in words)
        ]
        return people[0] if len(people) == 1 else None

    def inside(self, start: int, end: int) -> list[Entity]:
        """Entities with a mention wholly inside [start, end), in order of first such mention."""
        seen = []
        for s, e, ent_id in self._spans[bisect.bisect_left(self._starts, start) :]:
            if s >= end:
                break
            if e <= end and ent_id not in seen:
                seen.append(ent_id)
        return [self.entities[i] for i in seen]

    def mentions_before(self, position: int, limit: int) -> list[tuple[int, Entity]]:
        """The last `limit` mentions starting before `position`, as (start, entity), latest first."""
        k = bisect.bisect_left(self._starts, position)
        return [(s, self.entities[ent_id]) for s, _, ent_id in reversed(self._spans[max(0, k - limit) : k])]

    def last_before(
        self, position: int, labels: tuple[str, ...], skip: Callable[[int], bool] = lambda start: False
    ) -> Entity | None:
        """The entity of one of `labels` mentioned last before `position`, not counting mentions whose
        start `skip` rules out (those inside a quotation, for a speaker)."""
        for start, _, ent_id in reversed(self._spans[: bisect.bisect_left(self._starts, position)]):
            if self.entities[ent_id].label in labels and not skip(start):
                return self.entities[ent_id]
        return None
