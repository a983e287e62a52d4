"""A corpus folder (what `python -m whosaid batch` writes), read with DuckDB: tables, corpus-wide
entities, corrections applied on read, and a few helpers.

    from whosaid import corpus
    c = corpus.open_corpus("corpus/")
    c.top_speakers(10)             # pandas: speaker, type, quotes, articles
    c.edges(50)                    # who mentions whom across the corpus, weight = quotes
    c.quotes_of("Sergueï Lavrov")  # every quote the entity speaks
    c.over_time("month")           # quotes per speaker per month (articles with a date)
    c.sql("select count(*) from quotes").fetchone()

**Corpus entities.** The same person or organisation named in many articles ("Sergueï Lavrov",
"Sergei Lavrov", "Lavrov", "S. Lavrov") is one corpus entity: names are compared by a key that
ignores accents, case, punctuation and script (anyascii); a person's full names join when they
share a surname and their first names are spellings of one another ("Serguei", "Sergei", "Sergey";
not "Paul" and "Pierre"); "S. Lavrov" and "Lavrov" join only the one person that fits (else they
stay apart); aliases an article learned ("RPDC" in the entity "Corée du Nord") carry over.
`corpus_entities` (id, name, type, forms, articles, quotes) and `entity_map` (content_hash,
entity_id -> corpus_id) are views; `corpus_quotes` adds `speaker_corpus_id` and the corpus name to
`quotes`, `corpus_mentions` adds `source_corpus_id` / `target_corpus_id` to `mentions`.

**Corrections** (`corrections.json` in the folder, written by `python -m whosaid corpus merge|rename|
split`) are applied whenever the tables are read; nothing is analysed again.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from whosaid.errors import WhosaidError
from whosaid.messages import error

CORRECTIONS = "corrections.json"
SPELLING_RATIO = 0.75  # first names this alike are spellings of one name ("serguei", "sergei", "sergey")
TABLES = ("articles", "quotes", "entities", "mentions", "errors")
_PUNCT = re.compile(r"[^\w\s]")


class CorpusError(WhosaidError):
    """A corpus folder that cannot be read: missing, damaged, or of another schema."""


def name_key(name: str) -> str:
    """A name as a key: no accents, no case, no punctuation, Latin letters ("Sergueï" = "serguei",
    "Сергей" = "sergey")."""
    from anyascii import anyascii

    return " ".join(_PUNCT.sub(" ", anyascii(name).lower()).split())


@dataclass
class Corrections:
    """Corpus-level corrections: merges (corpus id -> corpus id), names (corpus id -> name), and
    forms split out of their entity (keys standing alone)."""

    merge: dict[str, str] = field(default_factory=dict)
    rename: dict[str, str] = field(default_factory=dict)
    split: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, folder: Path) -> Corrections:
        path = folder / CORRECTIONS
        if not path.is_file():
            return cls()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            return cls(
                merge={str(k): str(v) for k, v in dict(raw.get("merge", {})).items()},
                rename={str(k): str(v) for k, v in dict(raw.get("rename", {})).items()},
                split=[str(s) for s in list(raw.get("split", []))],
            )
        except (ValueError, TypeError, AttributeError) as err:
            raise error(CorpusError, "corpus_corrections", name=str(path)) from err

    def save(self, folder: Path) -> None:
        path = folder / CORRECTIONS
        temporary = path.with_suffix(".tmp")
        temporary.write_text(
            json.dumps({"merge": self.merge, "rename": self.rename, "split": self.split}, ensure_ascii=False, indent=1),
            encoding="utf-8",
        )
        temporary.replace(path)


def _corpus_id(kind: str, key: str) -> str:
    return "c" + hashlib.sha1(f"{kind}:{key}".encode()).hexdigest()[:10]


def corpus_entities(entities, corrections: Corrections | None = None):
    """(corpus entities, name map) from the distinct names of the `entities` table (pandas: name,
    type, n = how many article entities bear it, aliases = every alias they were given), corrections
    applied. The name map ties each (name, type) to its corpus id; the work grows with the distinct
    names, not with the articles."""
    import pandas as pd

    corrections = corrections or Corrections()
    split = {name_key(s) for s in corrections.split}
    parent: dict[str, str] = {}

    def find(k: str) -> str:
        parent.setdefault(k, k)
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    rows = entities[["name", "type", "n", "aliases"]].itertuples(index=False)
    node_of = {}  # (name, type) -> node key
    forms: dict[str, Counter] = {}
    types: dict[str, Counter] = {}
    for name, kind, count, aliases in rows:
        key = name_key(name)
        node = f"{kind}:{key}"
        node_of[(name, kind)] = node
        find(node)
        forms.setdefault(node, Counter())[name] += int(count)
        types.setdefault(node, Counter())[kind] += int(count)
        for alias in list(aliases if aliases is not None else []):
            alias_key = name_key(alias)
            if alias_key and alias_key not in split and key not in split and alias_key != key:
                union(node, f"{kind}:{alias_key}")  # an alias one article learned holds for the corpus
                forms.setdefault(f"{kind}:{alias_key}", Counter())
    # persons: "serguei lavrov" and "sergei lavrov" share a surname and first names that are
    # spellings of one another: one person ("paul martin" and "pierre martin" are two); "s lavrov"
    # joins the one person of that surname and initial, "lavrov" alone the one person of that surname
    from difflib import SequenceMatcher

    people: dict[str, list[tuple[str, str]]] = {}  # surname -> (first name, anchor node)
    short = []
    for node in sorted(forms):
        kind, key = node.split(":", 1)
        words = key.split()
        if kind != "PERSON" or not words or key in split:
            continue
        if len(words) >= 2 and len(words[0]) > 1:
            first, known = words[0], people.setdefault(words[-1], [])
            same = next(
                (anchor for other, anchor in known if SequenceMatcher(None, first, other).ratio() >= SPELLING_RATIO),
                None,
            )
            if same is None:
                known.append((first, node))
            else:
                union(node, same)
        else:
            short.append((node, words))
    for node, words in short:
        known = people.get(words[-1], [])
        if len(words) >= 2:
            known = [(first, anchor) for first, anchor in known if first.startswith(words[0])]
        if len(known) == 1:
            union(node, known[0][1])

    groups: dict[str, list[str]] = {}
    for node in forms:
        groups.setdefault(find(node), []).append(node)
    ids = {}
    out = []
    for nodes in groups.values():
        names = Counter()
        kinds = Counter()
        for node in nodes:
            names.update(forms.get(node, Counter()))
            kinds.update(types.get(node, Counter()))
        if not names:
            continue
        kind = kinds.most_common(1)[0][0]
        corpus_id = _corpus_id(kind, min(n.split(":", 1)[1] for n in nodes))
        for node in nodes:
            ids[node] = corpus_id
        name = max(names, key=lambda n: (names[n], len(n)))
        out.append({"corpus_id": corpus_id, "name": name, "type": kind, "forms": sorted(names)})

    # corrections: merges (followed to their end), then names
    def final(cid: str) -> str:
        seen = set()
        while cid in corrections.merge and cid not in seen:
            seen.add(cid)
            cid = corrections.merge[cid]
        return cid

    merged: dict[str, dict] = {}
    for row in out:
        target = final(row["corpus_id"])
        if target in merged:
            merged[target]["forms"] = sorted(set(merged[target]["forms"]) | set(row["forms"]))
        else:
            base = next((r for r in out if r["corpus_id"] == target), row)
            merged[target] = {**base, "corpus_id": target, "forms": sorted(set(base["forms"]) | set(row["forms"]))}
    for cid, name in corrections.rename.items():
        if final(cid) in merged:
            merged[final(cid)]["name"] = name
    name_map = pd.DataFrame(
        [{"name": n, "type": k, "corpus_id": final(ids[node])} for (n, k), node in node_of.items() if node in ids],
        columns=["name", "type", "corpus_id"],
    )
    table = pd.DataFrame(list(merged.values()), columns=["corpus_id", "name", "type", "forms"])
    return table, name_map


class Corpus:
    """A corpus folder opened with DuckDB (in memory; the Parquet files are read where they lie)."""

    def __init__(self, folder: str | Path):
        import duckdb

        self.folder = Path(folder)
        if not (self.folder / "articles").is_dir():
            raise error(CorpusError, "not_corpus", name=str(self.folder))
        self.db = duckdb.connect()
        try:
            for table in TABLES:
                parts = self.folder / table / "*.parquet"
                if any((self.folder / table).glob("*.parquet")):
                    self.db.execute(f"create view {table} as select * from read_parquet('{_sql_path(parts)}')")
                else:
                    self.db.execute(f"create view {table} as select * from ({_empty(table)})")
            self.db.execute("select id, content_hash from articles limit 1").fetchall()
            self.db.execute("select content_hash, start, speaker from quotes limit 1").fetchall()
        except duckdb.Error as err:
            raise error(CorpusError, "corpus_tables", name=str(self.folder)) from err
        self.corrections = Corrections.load(self.folder)
        self.refresh()

    def refresh(self) -> None:
        """(Re)build the corpus entities with the current corrections."""
        entities = self.db.execute(
            """select name, type, count(*) as n, list_distinct(flatten(list(aliases))) as aliases
               from entities group by 1, 2"""
        ).df()
        table, name_map = corpus_entities(entities, self.corrections)
        self.db.register("corpus_entities_df", table)
        self.db.register("name_map_df", name_map)
        self.db.execute(
            """create or replace table entity_map as
               select e.content_hash, e.entity_id, m.corpus_id from entities e
               join name_map_df m on e.name = m.name and e.type = m.type"""
        )
        self.db.execute(
            """create or replace view corpus_entities as
            select e.corpus_id, e.name, e.type, e.forms, coalesce(a.articles, 0) as articles,
                   coalesce(q.quotes, 0) as quotes
            from corpus_entities_df e
            left join (select corpus_id, count(distinct content_hash) as articles from entity_map group by 1) a
              on a.corpus_id = e.corpus_id
            left join (select m.corpus_id, count(*) as quotes from quotes q join entity_map m
                         on q.content_hash = m.content_hash and q.speaker_entity = m.entity_id group by 1) q
              on q.corpus_id = e.corpus_id"""
        )
        self.db.execute(
            """create or replace view corpus_quotes as
            select q.*, m.corpus_id as speaker_corpus_id, coalesce(ce.name, q.speaker) as corpus_speaker,
                   coalesce(ce.type, '') as speaker_type, a.date, a.source, a.title, a.language
            from quotes q
            left join entity_map m on q.content_hash = m.content_hash and q.speaker_entity = m.entity_id
            left join corpus_entities_df ce on ce.corpus_id = m.corpus_id
            left join (select content_hash, date, source, title, language from articles) a
              on a.content_hash = q.content_hash"""
        )
        self.db.execute(
            """create or replace view corpus_mentions as
            select mm.*, s.corpus_id as source_corpus_id, t.corpus_id as target_corpus_id,
                   coalesce(cs.name, mm.source) as corpus_source, coalesce(ct.name, mm.target) as corpus_target
            from mentions mm
            left join entity_map s on mm.content_hash = s.content_hash and mm.source_entity = s.entity_id
            left join entity_map t on mm.content_hash = t.content_hash and mm.target_entity = t.entity_id
            left join corpus_entities_df cs on cs.corpus_id = s.corpus_id
            left join corpus_entities_df ct on ct.corpus_id = t.corpus_id"""
        )

    def article(self, content_hash: str):
        """(title, id, ParsedArticle) of one article, rebuilt from its stored records (no spaCy)."""
        from whosaid.findings import parsed_from_dict

        found = self.sql(
            "select title, id, text, parsed from articles where content_hash = ?", [content_hash]
        ).fetchone()
        if found is None:
            raise error(CorpusError, "no_article", id=content_hash[:12])
        title, ident, text, parsed = found
        try:
            return title, ident, parsed_from_dict({**json.loads(parsed), "text": text})
        except (ValueError, TypeError) as err:
            raise error(CorpusError, "article_damaged", id=ident) from err

    def sql(self, query: str, params: list | None = None):
        return self.db.execute(query, params or [])

    def size(self) -> dict:
        articles, quotes = self.sql("select (select count(*) from articles), (select count(*) from quotes)").fetchone()
        speakers = self.sql(
            "select count(distinct corpus_speaker) from corpus_quotes where corpus_speaker <> ''"
        ).fetchone()[0]
        return {"articles": articles, "quotes": quotes, "speakers": speakers}

    def top_speakers(self, n: int = 20):
        return self.sql(
            """select corpus_speaker as speaker, speaker_type as type, count(*) as quotes,
                      count(distinct content_hash) as articles
               from corpus_quotes where corpus_speaker <> ''
               group by 1, 2 order by quotes desc, speaker limit ?""",
            [n],
        ).df()

    def edges(self, n: int | None = 100):
        """Who mentions whom over the corpus, weight = quotes: the `n` heaviest links (None: all)."""
        return self.sql(
            """select corpus_source as source, corpus_target as target, sum(count) as weight
               from corpus_mentions group by 1, 2 order by weight desc, source, target limit ?""",
            [n if n is not None else 2**62],
        ).df()

    def quotes_of(self, name: str):
        return self.sql(
            """select * from corpus_quotes where corpus_speaker = ? order by date, content_hash, start""", [name]
        ).df()

    def over_time(self, bucket: str = "month"):
        if bucket not in ("week", "month"):
            raise ValueError("bucket is week or month")
        return self.sql(
            f"""select date_trunc('{bucket}', try_cast(date as date)) as period, corpus_speaker as speaker,
                       count(*) as quotes
                from corpus_quotes where try_cast(date as date) is not null and corpus_speaker <> ''
                group by 1, 2 order by 1, quotes desc"""
        ).df()

    # corrections, recorded in the folder and applied on read
    def merge(self, source: str, target: str) -> None:
        self.corrections.merge[self.id_of(source)] = self.id_of(target)
        self._save()

    def rename(self, entity: str, name: str) -> None:
        self.corrections.rename[self.id_of(entity)] = name
        self._save()

    def split(self, form: str) -> None:
        if form not in self.corrections.split:
            self.corrections.split.append(form)
        self._save()

    def id_of(self, name_or_id: str) -> str:
        found = self.sql(
            "select corpus_id from corpus_entities_df"
            " where corpus_id = ? or name = ? or list_contains(forms, ?) limit 1",
            [name_or_id, name_or_id, name_or_id],
        ).fetchone()
        if found is None:
            raise error(CorpusError, "no_entity", name=name_or_id)
        return found[0]

    def _save(self) -> None:
        self.corrections.save(self.folder)
        self.refresh()


def open_corpus(folder: str | Path) -> Corpus:
    """Open a corpus folder (CorpusError when it is missing, damaged or of another schema)."""
    return Corpus(folder)


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def _empty(table: str) -> str:
    from whosaid.corpus_tables import SCHEMAS

    kinds = {
        "string": "varchar",
        "large_string": "varchar",
        "int64": "bigint",
        "float64": "double",
        "list<string>": "varchar[]",
    }
    columns = ", ".join(f'cast(null as {kinds[kind]}) as "{name}"' for name, kind in SCHEMAS[table])
    return f"select {columns} where false"
