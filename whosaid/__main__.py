"""Command line: `python -m whosaid analyze FILE... [-]` and `python -m whosaid bench`."""

from __future__ import annotations

import argparse
import logging
import sys
from dataclasses import fields
from pathlib import Path

from whosaid.corpus_input import Columns
from whosaid.errors import WhosaidError
from whosaid.lang import supported_languages
from whosaid.messages import message

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
GRAPH_FORMATS = ("gexf", "graphml")


def _parse_alias(value: str) -> tuple[str, str]:
    if "=" not in value:
        raise argparse.ArgumentTypeError(f"expected NAME=CANONICAL, got {value!r}")
    alias, target = value.split("=", 1)
    return alias.strip(), target.strip()


MAX_STEM_BYTES = 200  # an output file's stem, in UTF-8 bytes (names over 255 bytes are refused)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m whosaid", description="Who said what, about whom.")
    parser.add_argument(
        "--debug", action="store_true", help="print the details (tracebacks) of unexpected errors to stderr"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    analyze = sub.add_parser("analyze", help="analyse articles (.txt .html .docx .pdf, or - for stdin)")
    analyze.add_argument("files", nargs="+", metavar="FILE", help="article files; - reads standard input")
    analyze.add_argument(
        "--format",
        choices=("json", "csv", *GRAPH_FORMATS),
        default="json",
        help="output format (json); gexf and graphml write the mention graph for Gephi, all inputs in one"
        " graph (with --out, one file per input and corpus.<format> for several)",
    )
    analyze.add_argument("--lang", choices=supported_languages(), default=None, help="skip language detection")
    analyze.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar="DIR",
        help="write <stem>.json or <stem>.csv per input into DIR (created if missing)",
    )
    analyze.add_argument(
        "--alias",
        type=_parse_alias,
        action="append",
        default=None,
        metavar="NAME=CANONICAL",
        help="merge an entity into another, e.g. --alias 'RPDC=Corée du Nord' (repeatable)",
    )
    batch = sub.add_parser(
        "batch",
        help="analyse a corpus into Parquet tables (folders of files, .jsonl, .csv, .parquet), resumable",
    )
    batch.add_argument("inputs", nargs="+", metavar="INPUT", help="folders of articles, .jsonl, .csv or .parquet files")
    batch.add_argument("--out", type=Path, required=True, metavar="CORPUS", help="the corpus folder (created; resumed)")
    batch.add_argument("--lang", choices=supported_languages(), default=None, help="skip language detection")
    batch.add_argument("--batch-size", type=int, default=16, help="articles per nlp.pipe batch (16)")
    batch.add_argument("--n-process", type=int, default=1, help="local engine: N processes analysing articles (1)")
    batch.add_argument("--shard-size", type=int, default=200, help="articles per Parquet shard (200)")
    batch.add_argument("--engine", choices=("local", "dask"), default="local", help="local (default) or dask")
    batch.add_argument("--scheduler", default=None, metavar="URL", help="an existing Dask scheduler, tcp://HOST:8786")
    batch.add_argument("--workers", type=int, default=2, help="LocalCluster workers when no --scheduler (2)")
    for column in (f.name for f in fields(Columns)):
        batch.add_argument(f"--{column}-column", default=column, metavar="NAME", help=f"the {column} column ({column})")
    corpus = sub.add_parser("corpus", help="a corpus folder: its size and top speakers, or corrections applied on read")
    corpus.add_argument("action", choices=("show", "merge", "rename", "split"))
    corpus.add_argument("folder", type=Path, metavar="CORPUS")
    corpus.add_argument("names", nargs="*", metavar="NAME", help="merge A B (A into B), rename A NEW, split FORM")
    store = sub.add_parser("store", help="the share store: purge deleted and expired rows, or print counts")
    store.add_argument("action", choices=("purge", "stats"))
    store.add_argument(
        "--url", default=None, help="SQLAlchemy URL of the store (default: WHOSAID_DATABASE_URL, else data/whosaid.db)"
    )
    bench = sub.add_parser("bench", help="print speed and memory figures")
    bench.add_argument(
        "corpus",
        nargs="+",
        type=Path,
        metavar="DIR",
        help="folders of .txt articles to build the corpus from (searched recursively)",
    )
    bench.add_argument("--articles", type=int, default=300, help="number of articles in the corpus (300)")
    bench.add_argument("--batch-size", type=int, default=16)
    return parser


def _render(analysis, fmt: str, *, source: str | None = None) -> str:
    from whosaid.export import graph_bytes, quotes_csv, to_json

    if fmt in GRAPH_FORMATS:
        return graph_bytes(analysis, fmt=fmt).decode("utf-8")
    return to_json(analysis) + "\n" if fmt == "json" else quotes_csv(analysis, source=source)


def _read(name: str):
    from whosaid.ingest import read_path, read_stream

    if name == "-":
        return read_stream(sys.stdin.buffer, "stdin")
    return read_path(name)


def _strip_name(message: str, name: str) -> str:
    for prefix in (f"{name}: ", f"{Path(name).name}: "):
        message = message.removeprefix(prefix)
    return message


def _target(out: Path, name: str, fmt: str, used: set[Path]) -> Path:
    """`<stem>.<fmt>` under `out`; a second input with the same stem gets `<stem>-2`, and so on."""
    # most file systems refuse names over 255 bytes: the stem is cut (on a character boundary)
    stem = "stdin" if name == "-" else Path(name).stem.encode("utf-8")[:MAX_STEM_BYTES].decode("utf-8", "ignore")
    target, n = out / f"{stem}.{fmt}", 1
    while target in used:
        n += 1
        target = out / f"{stem}-{n}.{fmt}"
    used.add(target)
    return target


def run_analyze(args: argparse.Namespace) -> int:
    from whosaid.analysis import build_analysis, parse_article

    aliases = dict(args.alias or [])
    failed = 0
    if args.out is not None:
        if _not_a_folder(args.out):
            return EXIT_USAGE
        try:
            args.out.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            print(f"whosaid: --out {args.out}: cannot create the folder ({err.strerror or err}).", file=sys.stderr)
            return EXIT_USAGE
    many = len(args.files) > 1
    combined = args.out / f"corpus.{args.format}" if args.out is not None and args.format in GRAPH_FORMATS else None
    # the combined graph's name is taken first: an input named corpus.txt becomes corpus-2.gexf
    used: set[Path] = {combined} if combined is not None and many else set()
    graphed = []  # analyses for one mention graph of all inputs (gexf, graphml)
    header_written = False  # CSV on stdout: the header is written once, by the first input analysed
    for name in args.files:
        try:
            article = _read(name)
            for warning in article.warnings:
                print(f"whosaid: {name}: {_strip_name(warning, name)}", file=sys.stderr)
            analysis = build_analysis(
                parse_article(article.text, language=args.lang, title=article.title), aliases=aliases
            )
        except WhosaidError as err:
            failed += 1
            print(f"whosaid: {name}: {_strip_name(str(err), name)}", file=sys.stderr)
            continue
        except Exception:  # one input never stops the others; no traceback for the user
            failed += 1
            logging.getLogger("whosaid").debug("analysis of %s failed", name, exc_info=True)
            print(f"whosaid: {message('unexpected_input', name=name)}", file=sys.stderr)
            continue
        graphed.append(analysis)
        if args.out is not None:
            target = _target(args.out, name, args.format, used)
            try:
                target.write_text(_render(analysis, args.format), encoding="utf-8")
            except OSError as err:  # a full disk, a name the file system refuses: the others go on
                failed += 1
                print(f"whosaid: {name}: cannot write {target} ({err.strerror or err}).", file=sys.stderr)
                continue
            print(f"whosaid: {name} -> {target} ({len(analysis.quotes)} quotes)", file=sys.stderr)
        elif args.format in GRAPH_FORMATS:
            continue  # one graph of all inputs, written below
        elif args.format == "csv":
            text = _render(analysis, "csv", source=name if many else None)
            # one header for all inputs: the first input that gives a table writes it
            sys.stdout.write(text if not header_written else text.split("\n", 1)[1])
            header_written = True
        else:
            from whosaid.export import to_json

            # one input: an indented document; several: one JSON document per line
            sys.stdout.write(to_json(analysis, indent=None if many else 2) + "\n")
    if args.format in GRAPH_FORMATS and graphed and (args.out is None or len(graphed) > 1):
        from whosaid.export import graph_bytes

        data = graph_bytes(graphed, fmt=args.format)
        if args.out is None:
            sys.stdout.buffer.write(data)
        else:
            try:
                combined.write_bytes(data)
            except OSError as err:
                print(f"whosaid: cannot write {combined} ({err.strerror or err}).", file=sys.stderr)
                return EXIT_FAILED
            print(f"whosaid: all inputs -> {combined}", file=sys.stderr)
    return EXIT_FAILED if failed else EXIT_OK


def _not_a_folder(out: Path) -> bool:
    """True (and said) when `--out` names something that exists and is not a folder."""
    if out.exists() and not out.is_dir():
        print(f"whosaid: --out {out}: exists and is not a folder; give a folder.", file=sys.stderr)
        return True
    return False


def run_batch_command(args: argparse.Namespace) -> int:
    """`batch`: exit 0 when every article was analysed, 1 when some went to the errors table, 2 for a
    usage error (an input that is not a folder or a known file, a corpus path that is a file)."""
    from whosaid.batch import EXIT_ERRORS, EXIT_OK, EXIT_USAGE, run_batch

    for raw in args.inputs:
        if not Path(raw).exists():
            print(f"whosaid: {raw}: no such file or folder.", file=sys.stderr)
            return EXIT_USAGE
    if _not_a_folder(args.out):
        return EXIT_USAGE
    if min(args.batch_size, args.n_process, args.shard_size, args.workers) < 1:
        print("whosaid: --batch-size, --n-process, --shard-size and --workers must be at least 1.", file=sys.stderr)
        return EXIT_USAGE
    columns = Columns(**{f.name: getattr(args, f"{f.name}_column") for f in fields(Columns)})
    try:
        summary = run_batch(
            args.inputs,
            args.out,
            columns=columns,
            language=args.lang,
            shard_size=args.shard_size,
            batch_size=args.batch_size,
            n_process=args.n_process,
            engine=args.engine,
            scheduler=args.scheduler,
            workers=args.workers,
        )
    except WhosaidError as err:
        print(f"whosaid: {err}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as err:
        print(f"whosaid: cannot write the corpus ({err.strerror or err}).", file=sys.stderr)
        return EXIT_ERRORS
    print(f"whosaid: {summary.line()} -> {args.out}", file=sys.stderr)
    return EXIT_ERRORS if summary.errors else EXIT_OK


def run_corpus(args: argparse.Namespace) -> int:
    """`corpus show|merge|rename|split CORPUS ...`: corrections are recorded in the folder and applied
    whenever the tables are read, never by analysing again."""
    from whosaid.corpus import open_corpus

    wanted = {"show": 0, "merge": 2, "rename": 2, "split": 1}[args.action]
    if len(args.names) != wanted:
        print(f"whosaid: corpus {args.action} takes {wanted} name(s).", file=sys.stderr)
        return EXIT_USAGE
    try:
        corpus = open_corpus(args.folder)
        if args.action == "merge":
            corpus.merge(*args.names)
        elif args.action == "rename":
            corpus.rename(*args.names)
        elif args.action == "split":
            corpus.split(args.names[0])
        size = corpus.size()
        top = corpus.top_speakers(10)
    except WhosaidError as err:
        print(f"whosaid: {err}", file=sys.stderr)
        return EXIT_FAILED
    print(f"{args.folder}: {size['articles']:,} articles, {size['quotes']:,} quotes, {size['speakers']:,} speakers")
    for row in top.itertuples(index=False):
        print(f"  {row.quotes:6,} quotes in {row.articles:5,} articles  {row.speaker} ({row.type or '?'})")
    return EXIT_OK


def run_store(args: argparse.Namespace) -> int:
    """`store purge`: remove deleted and expired rows now; `store stats`: counts, no content."""
    from whosaid.store import ShareStore

    try:
        store = ShareStore(args.url, purge=False)  # `stats` counts what a purge would remove
        if args.action == "purge":
            print(f"whosaid: purged {store.purge()} deleted or expired rows from the store.")
        stats = store.stats()
    except Exception:  # an unreachable or damaged store: a message, no traceback (--debug shows it)
        logging.getLogger("whosaid").debug("the store cannot be used", exc_info=True)
        print(f"whosaid: {message('store_unusable')}", file=sys.stderr)
        return EXIT_FAILED
    print(
        f"whosaid: {stats['snapshots']} snapshots ({stats['shares']} shares, {stats['drafts']} drafts), "
        f"{stats['documents']} articles, {stats['stored_bytes'] / 1e6:.1f} MB stored, {stats['to_purge']} to purge."
    )
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.debug:  # the details of unexpected errors, tracebacks included, to stderr
        log = logging.getLogger("whosaid")
        handler = next((h for h in log.handlers if getattr(h, "whosaid_debug", False)), None)
        if handler is None:
            handler = logging.StreamHandler()
            handler.whosaid_debug = True
            handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
            log.addHandler(handler)
        handler.setStream(sys.stderr)
        log.setLevel(logging.DEBUG)
    if args.command == "analyze":
        return run_analyze(args)
    if args.command == "store":
        return run_store(args)
    if args.command == "batch":
        return run_batch_command(args)
    if args.command == "corpus":
        return run_corpus(args)
    from whosaid.bench import run_bench

    return run_bench(args.corpus, articles=args.articles, batch_size=args.batch_size)


if __name__ == "__main__":
    sys.exit(main())
