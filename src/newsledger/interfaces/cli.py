"""The `newsledger` command: the Python API (newsledger.Ledger) with flags.

Exit codes: 0 all fine, 1 some inputs skipped or a runtime error, 2 usage error.
"""

from __future__ import annotations

import json
import re
import sys
from contextlib import nullcontext
from datetime import date
from pathlib import Path, PurePath
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from newsledger.errors import NewsledgerError

app = typer.Typer(
    help="newsledger: read news articles, keep a sourced ledger of actors, events, quotes and forecasts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# What a value read from an article must not send to a terminal: escape sequences (ECMA-48 CSI and OSC,
# 7- and 8-bit forms), the other C0 and C1 controls (Unicode category Cc) bar newline and tab, and the
# bidi embeddings, overrides and isolates (Unicode TR9 explicit formatting) that make a line read
# otherwise than it is stored.
ESCAPE_SEQUENCE = re.compile(r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# json.dumps(ensure_ascii=False) escapes C0 controls itself; these it leaves raw.
RAW_IN_JSON = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` without terminal controls (see ESCAPE_SEQUENCE and CONTROL); newlines and tabs stay."""
    return CONTROL.sub("", ESCAPE_SEQUENCE.sub("", text))


def one_line(text: str) -> str:
    """`text` on one line (a file name may hold line breaks): each one is shown as \\n."""
    return text.replace("\r", "\\r").replace("\n", "\\n")


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """"1 document", "2 documents": `n` and `noun`, in the plural (`plural`, else noun + "s") unless n is 1."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def json_text(value, **dumps_options) -> str:
    """`value` as JSON with every control and bidi character escaped (\\uXXXX), so the data is kept whole."""
    return RAW_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(value, ensure_ascii=False, **dumps_options))


class PlainConsole(Console):
    """A console that prints every string as plain text: no markup, no emoji codes, no terminal controls.

    Rich turns every string it prints (bare, or in a table cell) into Text through render_str, so
    cleaning there covers every value the CLI prints.
    """

    def __init__(self, **options):
        super().__init__(highlight=False, soft_wrap=True, markup=False, emoji=False, **options)

    def render_str(self, text: str, **options):
        return super().render_str(printable(text), **options)


out = PlainConsole()
err = PlainConsole(stderr=True)

DbOption = Annotated[str, typer.Option("--db", help="Ledger: SQLite path or database URL; if not given here, a --db before the command, else $NEWSLEDGER_DB.")]


@app.callback()
def global_options(
    ctx: typer.Context,
    db: Annotated[str, typer.Option("--db", envvar="NEWSLEDGER_DB", help="Ledger for every command: SQLite path or database URL. "
                                    "It may also come after the command (`newsledger docs --db X`), and there it wins.")] = "ledger.db",
):
    pass_db_down(ctx, db)


def pass_db_down(ctx: typer.Context, db: str) -> None:
    """Make `db` the --db default of every command under this one (a --db given after a command still wins)."""

    def defaults(group: typer.core.TyperGroup) -> dict:
        return {name: {"db": db, **(defaults(command) if isinstance(command, typer.core.TyperGroup) else {})}
                for name, command in group.commands.items()}

    ctx.default_map = defaults(ctx.command)


def fail(message: str, code: int = 1) -> None:
    err.print(f"Error: {message}", markup=False)
    raise typer.Exit(code)


def open_ledger(db: str, create: bool = False):
    from newsledger.interfaces.api import Ledger

    try:
        return Ledger(db, create=create)
    except NewsledgerError as e:
        fail(str(e))


def parse_day(value: Optional[str], flag: str) -> Optional[str]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD", param_hint=flag)


ClusterOption = Annotated[Optional[str], typer.Option("--cluster", help="local:N: run on a Dask LocalCluster of N worker processes.")]
SchedulerOption = Annotated[Optional[str], typer.Option("--scheduler", help="Run on the Dask cluster whose scheduler is at this address, e.g. tcp://10.0.0.5:8786.")]


def cluster_spec(cluster: Optional[str], scheduler: Optional[str], jobs: int = 1) -> Optional[str]:
    """What `--cluster local:N` or `--scheduler ADDRESS` asks for (see interfaces.cluster), checked
    before anything starts; usage errors exit with status 2."""
    if sum(bool(x) for x in (jobs > 1, cluster, scheduler)) > 1:
        fail("choose one of --jobs, --cluster and --scheduler" if jobs > 1 else "choose one of --cluster and --scheduler", 2)
    if cluster:
        from newsledger.interfaces.cluster import local_workers

        try:
            if local_workers(cluster) is None:
                fail(f"--cluster {cluster!r}: expected local:N with N worker processes; use --scheduler for a running cluster", 2)
        except NewsledgerError as e:
            fail(str(e), 2)
    return cluster or scheduler


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (searched recursively) or - for stdin.")],
    db: DbOption = "ledger.db",
    include: Annotated[list[str], typer.Option("--include", help="Glob of files to take from folders (repeatable).")] = [],
    exclude: Annotated[list[str], typer.Option("--exclude", help="Glob of files to leave out (repeatable).")] = [],
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes for NLP.")] = 1,
    max_size: Annotated[float, typer.Option("--max-size", min=0.001, help="Largest input file, in MB.")] = 20.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    cluster: ClusterOption = None,
    scheduler: SchedulerOption = None,
    analyse_copies: Annotated[bool, typer.Option("--analyse-copies", help="Analyse near-duplicates (syndicated copies) "
                              "as documents of their own instead of linking them to their original.")] = False,
):
    """Read articles (HTML, text, JSON Lines) and add them to the ledger. A near-duplicate of an article
    already read (a syndicated or lightly edited copy) is stored linked to it and not analysed again.

    Example: newsledger ingest --db ledger.db examples/ --exclude '*.md'
    """
    cluster = cluster_spec(cluster, scheduler, jobs)
    try:
        ledger = open_ledger(db, create=True)
        total = ledger.count_inputs(paths, include, exclude)
        progress = Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                            console=err, disable=quiet or not err.is_terminal, transient=True)
        with progress:
            task = progress.add_task("ingest", total=total)
            try:
                summary = ledger.ingest(paths, include, exclude, jobs, int(max_size * 1e6),
                                        on_progress=lambda n: progress.advance(task, n), cluster=cluster,
                                        analyse_copies=analyse_copies)
            except NewsledgerError as e:
                fail(str(e))
    except KeyboardInterrupt:  # before the run handles signals itself: opening the ledger, loading the pipeline
        from newsledger.interfaces.ingest_run import INTERRUPTED

        err.print(f"stopped: {INTERRUPTED}", markup=False)
        raise typer.Exit(1)
    for source, reason in summary.skipped:
        err.print(f"skipped {one_line(source)}: {one_line(reason)}", markup=False)
    for source, warning in summary.warnings:
        err.print(f"warning {one_line(source)}: {one_line(warning)}", markup=False)
    line = f"read {summary.read}, new {summary.new}, unchanged {summary.unchanged}, skipped {len(summary.skipped)}"
    if summary.copies:
        line += f"; {counted(summary.copies, 'copy', 'copies')} linked (near-duplicates, not analysed again)"
    if summary.reverted:
        line += f"; {counted(summary.reverted, 'earlier version')} current again (an edit reverted)"
    if summary.not_english:
        langs = ", ".join(f"{k} {v}" for k, v in sorted(summary.not_english.items()))
        line += f"; stored but not analysed (not English): {langs}"
    out.print(line + f" -> {db}", markup=False)
    if summary.stopped:
        err.print(f"stopped: {summary.stopped}", markup=False)
    raise typer.Exit(summary.exit_code)


docs_app = typer.Typer(help="Documents: list them, set a date by hand, infer dates from other documents, or remove one.", invoke_without_command=True)
app.add_typer(docs_app, name="docs")


@docs_app.callback()
def docs(
    ctx: typer.Context,
    db: DbOption = "ledger.db",
    since: Annotated[Optional[str], typer.Option(help="Published on or after YYYY-MM-DD.")] = None,
    until: Annotated[Optional[str], typer.Option(help="Published on or before YYYY-MM-DD.")] = None,
    outlet: Annotated[Optional[str], typer.Option(help="Outlet name contains this.")] = None,
    text: Annotated[Optional[str], typer.Option(help="Title or body contains this.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many.")] = 100,
    copies: Annotated[Optional[bool], typer.Option("--copies/--no-copies", help="Only near-duplicate copies, or none of them.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
):
    """List documents, newest first, each with the original it copies and its previous and later versions.
    A copy stays linked to the version of the story whose text it copies; when a later version supersedes
    that one, the copy's row says so ("copy of A (superseded by B)").

    Example: newsledger docs --since 2023-01-01 --text Kremlin
    """
    if ctx.invoked_subcommand:
        pass_db_down(ctx, db)
        return
    since, until = parse_day(since, "--since"), parse_day(until, "--until")
    frame = open_ledger(db).docs(since, until, outlet, text, limit, copies)
    if as_json:
        for record in frame.to_dict(orient="records"):
            out.print(json_text(record), markup=False)
        return
    linked = frame[["copy_of", "previous_id", "superseded_by"]].notna().any(axis=None)
    table = Table("doc_id", "published", "outlet", "title", "authors", *(["copy, versions"] if linked else []))
    table.columns[0].no_wrap = table.columns[0].min_width = 16  # ids are copied from here
    if linked:  # the column only when a listed document is a copy or a version, so that titles keep the room
        table.columns[5].min_width, table.columns[5].overflow = 17, "fold"  # whole ids, and "id)"
    for row in frame.itertuples():
        # An inferred date shows its range, one end a line, and a mark; `show` prints the reason.
        published = "\n".join(d for d in (row.published, row.published_latest and f"to {row.published_latest}") if d)
        inferred = (row.published_reason or "").startswith("inferred")
        links = [f"{label}\n{doc_id}" for label, doc_id in (("copy of", row.copy_of), ("previous", row.previous_id),
                                                            ("superseded by", row.superseded_by)) if doc_id]
        if row.original_superseded_by:  # "copy of A (superseded by B)": the copy stays with the version it copies
            links[0] += f"\n(superseded by\n{row.original_superseded_by})"
        table.add_row(row.doc_id, f"{published}\n(inferred)" if inferred and published else published,
                      row.outlet or "", row.title or _untitled(row.source), ", ".join(row.authors),
                      *(["\n".join(links)] if linked else []))
    out.print(table, markup=False)
    err.print(counted(len(frame), "document"), markup=False)


def _untitled(source: str | None) -> str:
    # What tells an untitled document (a JSON Lines line, a brief) from the others: where it was read,
    # the file's name and line without its folders (`show` prints the whole source).
    return f"(no title; from {PurePath(source).name})" if source else ""


@docs_app.command("set-date")
def docs_set_date(
    doc_id: Annotated[str, typer.Argument(help="Document id or a unique prefix of it.")],
    day: Annotated[str, typer.Argument(metavar="YYYY-MM-DD", help="The document's publication date.")],
    db: DbOption = "ledger.db",
):
    """Set a document's publication date and re-date its records (they are analysed again with it).

    Example: newsledger docs set-date 3f2a9c 2023-03-17
    """
    day = parse_day(day, "YYYY-MM-DD")
    ledger = open_ledger(db)
    try:
        full_id = ledger.document(doc_id)["doc_id"]
        from newsledger.pipeline import set_document_date  # spaCy and the stages: loaded only when analysing

        set_document_date(ledger.store, full_id, date.fromisoformat(day))
    except NewsledgerError as e:
        fail(str(e))
    out.print(f"{full_id} published {day} (set by hand); its records are re-dated", markup=False)


@docs_app.command("remove")
def docs_remove(
    doc_id: Annotated[str, typer.Argument(help="Document id or a unique prefix of it.")],
    db: DbOption = "ledger.db",
):
    """Remove a document and every record read from it; tombstones say so in `export --since-change`.

    Example: newsledger docs remove 3f2a9c
    """
    ledger = open_ledger(db)
    try:
        full_id = ledger.document(doc_id)["doc_id"]
        ledger.store.delete_document(full_id)
    except NewsledgerError as e:
        fail(str(e))
    out.print(f"{full_id} removed with its records", markup=False)


@docs_app.command("infer-dates")
def docs_infer_dates(db: DbOption = "ledger.db"):
    """Narrow undated documents' dates from other documents in the ledger: "Xi comes to Moscow next
    week" in one and the visit dated 2023-03-20 in another date the first to 2023-03-13..2023-03-19
    (newsledger.analysis.docdates). Run it after ingest; the documents it dates are analysed again from
    their stored parse with the new date (as `newsledger recode` does), so their records are re-dated.

    Example: newsledger docs infer-dates
    """
    from newsledger.interfaces.recode import run_recode
    from newsledger.analysis.docdates import apply_dates, dates_from_other_documents

    store = open_ledger(db).store
    found = dates_from_other_documents(store)
    apply_dates(store, found)
    summary = run_recode(store, [doc.doc_id for doc in found])
    for doc in found:
        out.print(f"{doc.doc_id} {doc.earliest}..{doc.latest}: {doc.reason}", markup=False)
    err.print(f"{len(found)} documents dated from the ledger's dated events and terms of office; "
              f"{summary.recoded} re-dated", markup=False)
    if summary.stopped:
        fail(f"re-dating stopped: {summary.stopped}")


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(help="Document id or a unique prefix of it.")],
    db: DbOption = "ledger.db",
    as_json: Annotated[bool, typer.Option("--json", help="The whole document as JSON.")] = False,
    records: Annotated[bool, typer.Option("--records", help="Only the metadata and the records: no body, no mentions.")] = False,
):
    """Show one document: metadata, body, and every record read from it (events, quotes, forecasts and
    times first, mentions last); a missing value is shown as '-'.

    Example: newsledger show 3f2a9c --records
    """
    try:
        doc = open_ledger(db).document(doc_id)
    except NewsledgerError as e:
        fail(str(e))
    if as_json:
        doc.pop("raw")
        out.print(json_text(doc, indent=2), markup=False)
        return
    for key in ("doc_id", "title", "authors", "published", "published_latest", "published_reason", "outlet", "dateline", "language", "source", "url", "previous_id", "superseded_by", "copy_of", "original_superseded_by"):
        value = doc[key]
        if value:
            out.print(f"{key}: {', '.join(value) if isinstance(value, list) else value}", markup=False)
    if doc["copies"]:  # near-duplicates printed by other outlets: these records stand for them too
        out.print("copies: " + ", ".join(f"{c['doc_id']} ({c['outlet'] or 'no outlet'})" for c in doc["copies"]), markup=False)
    if not records:
        out.print("\n" + doc["text"] + "\n", markup=False)
    _print_records(doc, mentions=not records)


def cell(value) -> str:
    """A table cell or field: '-' for a missing value, never 'None'."""
    return "-" if value is None or value == "" else str(value)


def horizon_text(horizon: str | None) -> str:
    """'by 2023-05-14', or 'no horizon' (not 'by open', which reads like the forecast's state)."""
    return f"by {horizon}" if horizon else "no horizon"


def proposition_text(forecast: dict) -> str:
    """The proposition as the forecast states it: "not: we will solve everything" where the forecast says it will not
    happen and the proposition's own words do not say so ("I don't think we will solve everything"), as the web app's
    "not" badge reads it (analysis.forecasts.states_negation)."""
    from newsledger.analysis.forecasts import states_negation

    proposition = forecast["proposition"] or ""
    return f"not: {proposition}" if forecast.get("negated") and not states_negation(proposition) else proposition


def _print_records(doc: dict, mentions: bool = True) -> None:
    text = doc["text"]
    for e in doc["events"]:
        out.print(f"event    {e['cameo']} {cell(e['plover'])} {e['status']} {cell(e['source'])} -> {cell(e['target'])} {cell(e['date'])}: {text[e['start']:e['end']]}", markup=False)
    for q in doc["quotes"]:
        out.print(f"quote    {cell(q['speaker'] or q['speaker_text'])} ({cell(q['quote_type'])}, {cell(q['cue'])}): {q['text']}", markup=False)
    for f in doc["forecasts"]:
        out.print(f"forecast {cell(f['forecaster_name'])} {cell(f['hedge'])} p={cell(f['probability'])} {horizon_text(f['horizon'])}: {proposition_text(f)}", markup=False)
    for t in doc["timexes"]:
        out.print(f"time     {t['text']!r} {cell(t['type'])} {cell(t['value'])}{'..' + t['value_end'] if t['value_end'] else ''}", markup=False)
    for m in doc["mentions"] if mentions else ():
        out.print(f"mention  {m['text']!r} -> {cell(m['actor_id'])} ({cell(m['why'])})", markup=False)
    out.print(", ".join(counted(len(doc[key]), key[:-1]) for key in ("sentences", "mentions", "events", "quotes", "forecasts")),
              markup=False)


@app.command()
def export(
    db: DbOption = "ledger.db",
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv or parquet.")] = "jsonl",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="JSON Lines file (default stdout), or folder for csv/parquet (default ./export).")] = None,
    since_change: Annotated[Optional[str], typer.Option("--since-change", metavar="TIMESTAMP",
                            help="Only what changed at or after this ISO 8601 date or date-time (UTC unless it says), "
                                 "and tombstones of what was deleted since.")] = None,
):
    """Export the ledger: JSON Lines (the export schema), or one CSV/Parquet file per record kind.
    With --since-change, only the changes, to keep a copy in sync; it prints the time to pass next.

    Example: newsledger export --format jsonl -o ledger.jsonl
    """
    if format not in ("jsonl", "csv", "parquet"):
        raise typer.BadParameter(f"{format!r}: use jsonl, csv or parquet", param_hint="--format")
    from newsledger.interfaces.export import current_second, next_since, since_change as parse_since

    try:
        since = None if since_change is None else parse_since(since_change)
    except NewsledgerError as e:
        fail(f"--since-change: {e}", 2)
    started = current_second()
    try:
        written = open_ledger(db).export(format, output, since)
    except NewsledgerError as e:
        fail(str(e))
    for path in written:
        err.print(f"wrote {path}", markup=False)
    if since:
        resume = next_since(since, started)
        if since.removesuffix("+00:00") + "Z" > started:
            err.print(f"warning: --since-change {since_change} is in the future; nothing has changed since", markup=False)
        err.print(f"changes at or after {since}; for the next ones: --since-change {resume}", markup=False)


@app.command()
def stats(db: DbOption = "ledger.db"):
    """Count what the ledger holds.

    Example: newsledger stats --db ledger.db
    """
    from newsledger.interfaces.recode import stale_counts

    ledger = open_ledger(db)
    counts = ledger.stats()
    for name, count in counts.items():
        out.print(f"{name:<10} {count}", markup=False)
    stale = stale_counts(ledger.store)  # one "name count" line each, like the counts above
    for name, count in stale.items():
        out.print(f"stale-{name} {count}", markup=False)
    if stale["documents"]:
        err.print("stale documents: a correction, an interrupted recode or another coder version left their records "
                  "out of date; a run of `newsledger recode --stale` brings them up to date and clears this", markup=False)


@app.command()
def recode(
    db: DbOption = "ledger.db",
    since: Annotated[Optional[str], typer.Option("--since", help="Only documents ingested on or after this date (YYYY-MM-DD).")] = None,
    docs: Annotated[Optional[str], typer.Option("--docs", help="Only these documents: ids or id prefixes, comma-separated.")] = None,
    stage: Annotated[Optional[str], typer.Option("--stage", help="Comma-separated stages (sentences, time, actors, events, quotes, "
                                                 "forecasts): recode runs from the earliest one named on, since each later stage "
                                                 "reads what earlier ones found; earlier stages' records are read from the ledger. "
                                                 "Default: every stage.")] = None,
    stale: Annotated[bool, typer.Option("--stale", help="Only stale documents: touched by a correction, or made by another coder version.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    cluster: ClusterOption = None,
    scheduler: SchedulerOption = None,
):
    """Run the stages after the parse again on each document's stored parse (no re-parsing), one transaction per
    document; corrections and forecast resolutions stay. Documents stored without a parse are parsed again.

    Example: newsledger recode --stale --db ledger.db
    """
    from newsledger.interfaces.recode import first_stage, run_recode, select_documents

    cluster = cluster_spec(cluster, scheduler)
    ledger = open_ledger(db)
    try:
        stages = stage.split(",") if stage else None
        first_stage(stages)
        doc_ids = select_documents(ledger.store, parse_day(since, "--since"), docs.split(",") if docs else (), stale)
    except NewsledgerError as e:
        fail(str(e), 2)
    progress = Progress(TextColumn("recoding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        console=err, disable=quiet or not err.is_terminal, transient=True)
    with progress:
        task = progress.add_task("recode", total=len(doc_ids))
        try:
            with recode_batches(cluster if doc_ids else None) as batch:
                summary = run_recode(ledger.store, doc_ids, stages, on_progress=lambda n: progress.advance(task, n), batch=batch)
        except NewsledgerError as e:
            fail(str(e))
    line = f"recoded {summary.recoded} of {counted(len(doc_ids), 'document')}"
    if summary.reparsed:
        line += f"; {summary.reparsed} had no stored parse by this spaCy model and were parsed again"
    if summary.failed:
        line += f"; {summary.failed} with a stage that failed or ran out of time (their records from it on are missing)"
    out.print(line + f" -> {db}", markup=False)
    if summary.stopped:
        err.print(f"stopped: {summary.stopped}", markup=False)
        raise typer.Exit(1)


def recode_batches(cluster: Optional[str]):
    """recode's batch function on the cluster (see interfaces.cluster.recode_on_cluster), or None to recode here."""
    if not cluster:
        return nullcontext(None)
    from newsledger.interfaces.cluster import recode_on_cluster

    return recode_on_cluster(cluster)


@app.command()
def timex(
    file: Annotated[str, typer.Argument(help="Text file, or - for stdin.")] = "-",
    dct: Annotated[Optional[str], typer.Option("--dct", help="Document date YYYY-MM-DD that relative expressions hang on.")] = None,
):
    """Print every time expression in a text as one JSON object per line.

    Example: echo "Xi will visit Moscow next week." | newsledger timex --dct 2023-03-17
    """
    from newsledger.timex import tag

    anchor = date.fromisoformat(parse_day(dct, "--dct")) if dct else None
    try:
        text = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8", errors="replace")
    except OSError as e:
        fail(f"{file}: cannot read ({e.strerror})")
    for t in tag(text, anchor):
        out.print(json_text({"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value, "value_end": t.value_end}), markup=False)


def _jsonl_command(file: Path, lines_to_results) -> None:
    """Run a line-by-line tool over a JSON Lines file: results to stdout, one-line errors to stderr."""
    try:
        stream = sys.stdin if str(file) == "-" else open(file, encoding="utf-8", errors="replace")
    except OSError as e:
        fail(f"{file}: cannot read ({e.strerror})")
    bad = 0
    with stream:
        for result in lines_to_results(stream):
            if isinstance(result, dict):
                out.print(json_text(result), markup=False)
            else:
                bad += 1
                err.print(f"{file}: {result}; skipped", markup=False)
    if bad:
        raise typer.Exit(1)


def chosen_db(ctx: typer.Context, db: Optional[str]) -> Optional[str]:
    """The ledger a --db (after the command or before it) or $NEWSLEDGER_DB names; None when none was given."""
    # By name: typer carries its own copy of click, whose ParameterSource is not click's.
    inherited = ctx.get_parameter_source("db").name == "DEFAULT_MAP"
    if inherited and ctx.parent is not None and ctx.parent.get_parameter_source("db").name == "DEFAULT":
        return None
    return db


def ledger_corrections(ctx: typer.Context, db: Optional[str]) -> tuple:
    """The actor corrections (`actors add`, `alias`, `merge`, `split`) of the chosen ledger; none without one."""
    db = chosen_db(ctx, db)
    if db is None:
        return ()
    ledger = open_ledger(db)
    try:
        return tuple(ledger.store.corrections())
    finally:
        ledger.close()


CodingDbOption = Annotated[Optional[str], typer.Option("--db", help="Use this ledger's actors and corrections (as "
                                                       "`actors add` made them); without a --db, the shipped registry only.")]


@app.command()
def code(
    ctx: typer.Context,
    sentence: Annotated[Optional[str], typer.Argument(help="A sentence to code (or use --jsonl).")] = None,
    day: Annotated[Optional[str], typer.Option("--date", help="Date of the text, YYYY-MM-DD, for relative dates.")] = None,
    jsonl: Annotated[Optional[Path], typer.Option("--jsonl", help='File of {"id","text","date"} lines (- for stdin).')] = None,
    db: CodingDbOption = None,
):
    """Code events in a sentence and say why: trigger, pattern, actors, status cues.

    Example: newsledger code "Xi Jinping will visit Moscow next week." --date 2023-03-17
    """
    from newsledger.interfaces.coding import code_lines, code_text, coded_events, frame_lines

    corrections = ledger_corrections(ctx, db)
    if jsonl is not None:
        _jsonl_command(jsonl, lambda lines: code_lines(lines, corrections))
        return
    if not sentence:
        raise typer.BadParameter("give a sentence or --jsonl FILE", param_hint="SENTENCE")
    analysis = code_text(sentence, parse_day(day, "--date"), corrections)
    if analysis.stage_error:  # a stage that failed leaves its records out: say so, not an empty answer
        err.print(f"warning: {analysis.stage_error}", markup=False)
    actors = {m.text: m.actor_id for m in analysis.mentions}
    out.print("actors: " + (", ".join(f"{text} -> {actor}" for text, actor in actors.items()) or "none"), markup=False)
    events = coded_events(analysis)
    for e in events:
        when = f" {e['date']}{'..' + e['date_end'] if e['date_end'] else ''}" if e["date"] else ""
        out.print(f"{e['cameo']} {e['plover'] or '-'} {e['status']} {e['source'] or '-'} -> {e['target'] or '-'}{when}"
                  f" (goldstein {e['goldstein']}, quad {e['quad_class']})\n  why: {e['why']}", markup=False)
    out.print(f"{len(events)} event(s)", markup=False)
    for line in frame_lines(analysis):  # each trigger's arguments and the rules that found them
        out.print(line, markup=False)


@app.command()
def factuality(
    ctx: typer.Context,
    jsonl: Annotated[Path, typer.Option("--jsonl", help='File of {"id","text","start","end"} lines (- for stdin).')],
    db: CodingDbOption = None,
):
    """Classify the status of given predicates (occurred, planned, expected, negated, ...).

    A --db is checked and accepted like `code`'s, but a status is read from its sentence's parse alone, which no
    actor changes.

    Example: newsledger factuality --jsonl predicates.jsonl
    """
    ledger_corrections(ctx, db)  # a --db that is no ledger is an error here too
    from newsledger.interfaces.coding import factuality_lines

    _jsonl_command(jsonl, factuality_lines)


actors_app = typer.Typer(help="Actors: list them, and correct how mentions resolve (corrections stick).",
                         invoke_without_command=True)
app.add_typer(actors_app, name="actors")


@actors_app.callback()
def actors(
    ctx: typer.Context,
    db: DbOption = "ledger.db",
    actor_type: Annotated[Optional[str], typer.Option("--type", help="person, state, government, organisation, igo, ...")] = None,
    country: Annotated[Optional[str], typer.Option(help="ISO 3166-1 alpha-3 code, e.g. CHN.")] = None,
    search: Annotated[Optional[str], typer.Option(help="A word of the name or of an alias starts with this ('Xi', 'foreign min').")] = None,
    limit: Annotated[int, typer.Option(help="Show at most this many.")] = 50,
):
    """List actors, most mentioned first.

    Example: newsledger actors --type person --country RUS
    """
    if ctx.invoked_subcommand:
        pass_db_down(ctx, db)
        return
    from newsledger.analysis.actor_index import matching_actor_ids
    from newsledger.interfaces.curation import list_actors

    store = open_ledger(db).store
    frame = list_actors(store, actor_type, country)
    if search is not None:
        frame = frame[frame["actor_id"].isin(matching_actor_ids(store, search))]
    table = Table("actor_id", "name", "type", "country", "code", "mentions")
    for row in frame.head(limit).itertuples(index=False):
        table.add_row(*(cell(v) for v in row))
    out.print(table)
    out.print(f"{len(frame)} actor(s)", markup=False)


@actors_app.command("show")
def actors_show(actor_id: Annotated[str, typer.Argument(help="Actor id, e.g. xi-jinping or CHNGOV.")], db: DbOption = "ledger.db"):
    """Show one actor: its codes, roles, aliases and every mention with the rule that resolved it. A name is
    read as the web's filters read it (an alias, or a word's start: 'Putin'), the most mentioned first.

    Example: newsledger actors show xi-jinping
    """
    from newsledger.analysis.actor_index import resolve_actor
    from newsledger.interfaces.curation import actor_detail

    store = open_ledger(db).store
    try:
        actor = actor_detail(store, resolve_actor(store, actor_id).actor_id or actor_id)
    except NewsledgerError as e:
        fail(str(e))
    for key in ("actor_id", "name", "actor_type", "country", "code", "affiliation"):
        if actor[key]:
            out.print(f"{key}: {actor[key]}", markup=False)
    for role in actor["roles"]:
        out.print(f"role: {cell(role.get('role'))} of {cell(role.get('country'))} {role.get('start') or '…'} to {role.get('end') or 'now'}", markup=False)
    if actor["aliases"]:
        out.print("aliases: " + ", ".join(actor["aliases"]), markup=False)
    for m in actor["mentions"]:
        out.print(f"mention {m['doc_id'][:8]} {m['start']}-{m['end']} {m['text']!r} ({cell(m['why'])}){' as ' + m['role'] if m['role'] else ''}", markup=False)


def _corrected(db: str, correct, create: bool = False) -> None:
    """Run one correction with a progress count and a summary line; `create` makes a new ledger for it."""
    ledger = open_ledger(db, create=create)
    with Progress(TextColumn("re-analysing"), MofNCompleteColumn(), console=err, transient=True) as bar:
        task = bar.add_task("", total=None)
        try:
            count = correct(ledger.store, lambda n: bar.advance(task, n))
        except NewsledgerError as e:
            fail(str(e))
    out.print(f"correction saved; {count} document(s) analysed again", markup=False)


@actors_app.command("alias")
def actors_alias(
    actor_id: Annotated[str, typer.Argument(help="The actor the surface form means.")],
    surface: Annotated[str, typer.Argument(help="The surface form, as written in articles.")],
    db: DbOption = "ledger.db",
):
    """Make a surface form always mean this actor, in stored and future documents.

    Example: newsledger actors alias xi-jinping "Mr Xi"
    """
    from newsledger.interfaces.curation import alias

    _corrected(db, lambda store, progress: alias(store, actor_id, surface, progress))


@actors_app.command("merge")
def actors_merge(
    kept: Annotated[str, typer.Argument(help="The actor to keep.")],
    merged: Annotated[str, typer.Argument(help="The actor that is the same one; its mentions move to KEPT.")],
    db: DbOption = "ledger.db",
):
    """Merge two actors that are one: every mention and record of MERGED goes to KEPT.

    Example: newsledger actors merge xi-jinping xi
    """
    from newsledger.interfaces.curation import merge

    _corrected(db, lambda store, progress: merge(store, kept, merged, progress))


@actors_app.command("split")
def actors_split(
    actor_id: Annotated[str, typer.Argument(help="The actor some mentions were wrongly given to.")],
    surface: Annotated[str, typer.Argument(help="The surface form that means someone else.")],
    new_id: Annotated[str, typer.Option("--as", help="Id of the other actor, e.g. wang-yi-scholar.")],
    name: Annotated[Optional[str], typer.Option(help="Its name (default: the surface form).")] = None,
    actor_type: Annotated[Optional[str], typer.Option("--type", help="Its type (default: the first actor's).")] = None,
    country: Annotated[Optional[str], typer.Option(help="Its country, ISO alpha-3 (default: the first actor's).")] = None,
    db: DbOption = "ledger.db",
):
    """Split off a surface form that resolved to the wrong actor into an actor of its own.

    Example: newsledger actors split wang-wenbin "Wang" --as wang-unknown --name "Wang (unidentified)"
    """
    from newsledger.interfaces.curation import split

    _corrected(db, lambda store, progress: split(store, actor_id, surface, new_id, name, actor_type, country, progress))


@actors_app.command("add")
def actors_add(
    file: Annotated[Path, typer.Argument(help="YAML list of actors: id, name, type, country, code, aliases, roles.")],
    db: DbOption = "ledger.db",
):
    """Add actors from a YAML file, or override shipped ones with the same id.

    Example: newsledger actors add my-actors.yaml
    """
    from newsledger.interfaces.curation import add_from_file

    # A new ledger may start with its own actors, so that the first ingest already uses them.
    _corrected(db, lambda store, progress: add_from_file(store, file, progress), create=True)


@actors_app.command("corrections")
def actors_corrections(db: DbOption = "ledger.db"):
    """List the corrections made so far, in the order they are replayed.

    Example: newsledger actors corrections
    """
    for c in open_ledger(db).store.corrections():
        detail = c.surface or c.other or json.loads(c.entry or "{}").get("name", "")
        out.print(f"{c.op:<6} {c.actor_id} {detail!r}" + (f" -> {c.other}" if c.op == "split" else ""), markup=False)


forecasts_app = typer.Typer(help="The forecast ledger: list, resolve and suggest resolutions, and list resolutions whose forecast is gone.", invoke_without_command=True)
app.add_typer(forecasts_app, name="forecasts")


@forecasts_app.callback()
def forecasts(
    ctx: typer.Context,
    db: DbOption = "ledger.db",
    forecaster: Annotated[Optional[str], typer.Option(help="Forecaster actor id or name contains this.")] = None,
    actor: Annotated[Optional[str], typer.Option(help="Forecasts involving this actor id.")] = None,
    horizon_before: Annotated[Optional[str], typer.Option(help="Horizon on or before YYYY-MM-DD.")] = None,
    state: Annotated[Optional[str], typer.Option(help="open or resolved.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
):
    """List forecasts (who expects what, how sure, by when), with their resolution.

    Example: newsledger forecasts --state open
    """
    if ctx.invoked_subcommand:
        pass_db_down(ctx, db)
        return
    from newsledger.analysis.forecasts import list_forecasts

    if state not in (None, "open", "resolved"):
        raise typer.BadParameter("use open or resolved", param_hint="--state")
    rows = list_forecasts(open_ledger(db).store, forecaster, actor, parse_day(horizon_before, "--horizon-before"), state)
    for row in rows:
        if as_json:
            out.print(json_text(row, default=str), markup=False)
            continue
        outcome = {None: "open", True: "came true", False: "did not"}[None if row["outcome"] is None else bool(row["outcome"])]
        out.print(f"{row['forecast_id']}  {cell(row['forecaster_name'])}  {cell(row['hedge'])} (p={cell(row['probability'])})  "
                  f"{horizon_text(row['horizon'])}  [{outcome}]  {proposition_text(row)}", markup=False)
    err.print(counted(len(rows), "forecast"), markup=False)


@forecasts_app.command("resolve")
def forecasts_resolve(
    forecast_id: Annotated[str, typer.Argument(help="Forecast id (from `newsledger forecasts`).")],
    db: DbOption = "ledger.db",
    came_true: Annotated[bool, typer.Option("--true", help="The forecast came true.")] = False,
    came_false: Annotated[bool, typer.Option("--false", help="The forecast did not come true.")] = False,
    note: Annotated[Optional[str], typer.Option(help="Why you judged so.")] = None,
    evidence: Annotated[Optional[str], typer.Option(help="URL, or document id or a unique prefix of it, that shows it.")] = None,
    replace: Annotated[bool, typer.Option("--replace", help="Replace an earlier resolution of this forecast.")] = False,
):
    """Record whether a forecast came true (an earlier resolution is kept unless --replace).

    Example: newsledger forecasts resolve 3f2a9c1d-f0 --true --evidence https://example.org/report
    """
    from newsledger.analysis.forecasts import resolve

    # Two flags rather than one --true/--false switch, so that giving both is refused, not won by the last.
    if came_true == came_false:
        raise typer.BadParameter("give one of --true and --false" + (", not both" if came_true else ""), param_hint="--true/--false")
    try:
        resolve(open_ledger(db).store, forecast_id, came_true, note, evidence, replace)
    except NewsledgerError as e:
        fail(str(e))
    out.print(f"{forecast_id}: {'came true' if came_true else 'did not come true'}", markup=False)


@forecasts_app.command("orphans")
def forecasts_orphans(
    db: DbOption = "ledger.db",
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
):
    """List resolutions attached to no forecast: kept when a recode (after a correction or a new release)
    no longer found the forecast they judged, or left by a removed document; each with what the forecast
    said, its document, the verdict and when it was given. To carry a judgement over, resolve the forecast
    that now stands for it (`newsledger forecasts --forecaster NAME` gives its id) with `forecasts resolve`.

    Example: newsledger forecasts orphans
    """
    from newsledger.store.resolutions import orphans

    with open_ledger(db).store.transaction() as conn:
        rows = orphans(conn)
    for row in rows:
        if as_json:
            out.print(json_text(row), markup=False)
            continue
        f = row["forecast"] or {}
        said = (f"{cell(f['forecaster_name'])}  {cell(f['hedge'])}  {horizon_text(f['horizon'])}  {proposition_text(f)}"
                if f else "(what the forecast said was not kept)")
        out.print(f"{row['forecast_id']}  [{'came true' if row['outcome'] else 'did not'}]  {said}", markup=False)
        document = f"{row['doc_id']} (removed)" if row["removed"] else f"{row['doc_id']} ({cell(row['published'])}) {row['title'] or ''}"
        out.print(f"    resolved {row['resolved_at']}; document {document}", markup=False)
        for label in ("note", "evidence"):
            if row[label]:
                out.print(f"    {label}: {row[label]}", markup=False)
        if f.get("sentence"):
            out.print(f"    sentence: {f['sentence']}", markup=False)
    err.print(f"{counted(len(rows), 'resolution')} attached to no forecast", markup=False)


@forecasts_app.command("suggest")
def forecasts_suggest(
    db: DbOption = "ledger.db",
    as_of: Annotated[Optional[str], typer.Option(help="Treat horizons before this date (default today) as passed.")] = None,
):
    """Propose resolutions for open forecasts whose horizon has passed, from occurred events in the ledger.

    Example: newsledger forecasts suggest --as-of 2024-01-01
    """
    from newsledger.analysis.forecasts import suggest

    suggestions = suggest(open_ledger(db).store, parse_day(as_of, "--as-of"))
    for s in suggestions:
        f = s.forecast
        verdict = "no suggestion" if s.outcome is None else f"suggest --{'true' if s.outcome else 'false'}"
        out.print(f"{f['forecast_id']}  {verdict}: {s.reason}  | {proposition_text(f)}", markup=False)
        for e in s.evidence[:3]:
            out.print(f"    evidence {e['doc_id']} {e['date']} {e['cameo']}: {e['evidence']}", markup=False)
    err.print(f"{counted(len(suggestions), 'suggestion')}; confirm each with `newsledger forecasts resolve ID --true|--false`", markup=False)


@app.command()
def forecasters(
    db: DbOption = "ledger.db",
    plot: Annotated[Optional[Path], typer.Option(help="Write a calibration chart to FILE.png or FILE.svg.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="Show at most this many, most resolved first.")] = 30,
    named: Annotated[bool, typer.Option("--named", help="Only forecasters resolved to an actor: no pronouns, authors or unresolved groups.")] = False,
):
    """Score forecasters: forecasts made, resolved, Brier score and calibration ('-' until one is resolved).

    Example: newsledger forecasters --named --limit 10 --plot calibration.svg
    """
    from newsledger.analysis.forecasts import plot_calibration, score_forecasters

    if plot and plot.suffix.lower() not in (".png", ".svg"):
        raise typer.BadParameter("use a .png or .svg file name", param_hint="--plot")
    every = score_forecasters(open_ledger(db).store, named_only=named)
    scores = every[:limit]
    table = Table("forecaster", "named", "forecasts", "resolved", "Brier", "calibration (bin: n, mean p -> observed)")
    for s in scores:
        calibration = "; ".join(f"{b['bin']}: {b['count']}, {b['mean_probability']:.2f}->{b['observed']:.2f}" for b in s.calibration)
        table.add_row(s.forecaster, "yes" if s.named else "no", str(s.forecasts), str(s.resolved),
                      cell(None if s.brier is None else f"{s.brier:.3f}"), cell(calibration))
    out.print(table, markup=False)
    err.print(f"{len(scores)} of {len(every)} {'named ' if named else ''}forecasters", markup=False)
    if plot:
        plot_calibration(scores, str(plot))
        err.print(f"wrote {plot}", markup=False)


@app.command()
def serve(
    db: DbOption = "ledger.db",
    host: Annotated[str, typer.Option(help="Address to bind; 127.0.0.1 keeps the ledger on this machine.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    get: Annotated[Optional[str], typer.Option("--get", help="Answer one request for this path, print it and exit (for checks).")] = None,
    allow_host: Annotated[Optional[list[str]], typer.Option("--allow-host", help="Also answer requests for this host name (repeatable); other names are refused, against DNS rebinding.")] = None,
    write_token: Annotated[Optional[str], typer.Option("--write-token", envvar="NEWSLEDGER_WRITE_TOKEN", help="Token that forms changing the ledger must carry; made up and printed when --host is beyond this machine.")] = None,
):
    """Browse the ledger: search, documents with highlights, actors, dyads, timeline, forecasts.

    Example: newsledger serve --db ledger.db --port 8000
    """
    import uvicorn

    from newsledger.interfaces.web import create_app, serving_policy

    hosts, write_token = serving_policy(host, allow_host or (), write_token)
    try:
        web_app = create_app(db, hosts, write_token)
    except NewsledgerError as e:
        fail(str(e))
    if get:
        from fastapi.testclient import TestClient

        response = TestClient(web_app, base_url="http://localhost").get(get)
        out.print(response.text, markup=False)
        raise typer.Exit(0 if response.status_code == 200 else 1)
    err.print(f"serving {db} on http://{host}:{port} for host names {', '.join(dict.fromkeys(hosts))} (Ctrl-C to stop)", markup=False)
    if write_token:
        err.print(f"changes to the ledger need the write token {write_token}", markup=False)
    uvicorn.run(web_app, host=host, port=port, log_level="warning")


@app.command()
def report(
    db: DbOption = "ledger.db",
    actors: Annotated[Optional[str], typer.Option(help="One actor (everything involving it) or a pair A,B (events between them): ids, names or codes, e.g. CHN,RUS.")] = None,
    since: Annotated[Optional[str], typer.Option(help="Events on or after YYYY-MM-DD.")] = None,
    until: Annotated[Optional[str], typer.Option(help="Events on or before YYYY-MM-DD.")] = None,
    as_named: Annotated[bool, typer.Option("--as-named", help="Count actors as named, not rolled up into their states.")] = False,
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")] = Path("briefing.html"),
):
    """Write a self-contained HTML briefing: scope, summary, key events, dyad chart, map, network, quotes, forecasts, disagreements.

    Example: newsledger report --actors CHN,RUS --since 2023-03-01 --until 2023-03-31 -o briefing.html
    """
    from newsledger.interfaces.report import write_briefing

    since, until = parse_day(since, "--since"), parse_day(until, "--until")
    try:
        path = write_briefing(open_ledger(db).store, output, [a.strip() for a in actors.split(",")] if actors else None,
                              since, until, rollup=not as_named)
    except NewsledgerError as e:
        fail(str(e))
    out.print(f"wrote {path}", markup=False)


# Last, as follow_cli imports this module's helpers; it adds the `sources` and `follow` commands to `app`.
import newsledger.interfaces.follow_cli  # noqa: E402,F401


def main() -> None:
    app()
