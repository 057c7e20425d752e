"""The command line: the only module that knows every stage."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup

from factcheck import __version__
from factcheck.errors import FactcheckError


def _plain_metavars(command: Any) -> None:
    """Plain metavars (PATH, TEXT, N, a|b) in the --help of ``command`` and its subcommands,
    and none after a flag. Typer shows each parameter's Python type instead: ``<bool>`` after
    ``--no-builtin`` reads as if the flag took a value, ``<list[Path]>`` as if it took a list.

    Applied as the parameters are listed, so that the --help and completion options, added
    after the commands are built, are shown plainly too. (Typer's own click, typer._click, is
    not the click package: the parameters are typed Any.)
    """
    listed = command.get_params

    def get_params(ctx: Any) -> list[Any]:
        params: list[Any] = listed(ctx)
        for param in params:
            _plain_metavar(param)
        return params

    vars(command)["get_params"] = get_params  # on this command object only
    for subcommand in getattr(command, "commands", {}).values():
        _plain_metavars(subcommand)


def _plain_metavar(param: Any) -> None:
    if param.metavar is not None:
        return
    if getattr(param, "is_flag", False) or getattr(param, "count", False):
        param.metavar = ""
        return
    descriptor = getattr(param, "type_descriptor", None)
    param.metavar = _metavar_of(descriptor.annotation) if descriptor is not None else "TEXT"
    if param.param_type_name == "argument":
        # An argument's metavar is its name in --help; the type column would repeat it.
        vars(param)["display_type_rich"] = lambda ctx: None


def _metavar_of(annotation: Any) -> str:
    from typing import get_args, get_origin

    if get_origin(annotation) is list or type(None) in get_args(annotation):
        # list[Path] (a repeatable option) or Path | None: what one value is
        return _metavar_of(next(arg for arg in get_args(annotation) if arg is not type(None)))
    if isinstance(annotation, type):
        if issubclass(annotation, StrEnum):
            return "|".join(member.value for member in annotation)
        if issubclass(annotation, Path):
            return "PATH"
        if issubclass(annotation, int):
            return "N"
        if issubclass(annotation, float):
            return "NUMBER"
    return "TEXT"


class _PlainHelpGroup(TyperGroup):
    """The command tree, with plain metavars in every --help (see ``_plain_metavars``)."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        _plain_metavars(self)


app = typer.Typer(
    name="factcheck", no_args_is_help=True, cls=_PlainHelpGroup,
    help="Check articles and machine-written summaries for inconsistent, contradictory or "
    "unsupported claims.",
    pretty_exceptions_enable=False,
)
rules_app = typer.Typer(help="List, explain and test rules.", no_args_is_help=True)
schema_app = typer.Typer(help="Print JSON Schemas.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")
app.add_typer(schema_app, name="schema")

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


class FailOn(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    NEVER = "never"


class Color(StrEnum):
    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


class LogFormat(StrEnum):
    AUTO = "auto"
    CONSOLE = "console"
    JSON = "json"


class Engine(StrEnum):
    DURABLE = "durable"
    PYTHON = "python"


class Nlp(StrEnum):
    HEURISTICS = "heuristics"
    SPACY = "spacy"


NlpOption = Annotated[Nlp | None, typer.Option(
    help="How names are read: heuristics, or spacy to add spaCy's names in cased text (the "
    "nlp extra).")]


def _nlp(given: Nlp | None, config: Any) -> str:
    """The names reader in force; with spacy, checked to be installed before any reading."""
    chosen = (given.value if given else None) or config.nlp or DEFAULT_NLP
    if chosen == Nlp.SPACY:
        from factcheck.extract.nlp import require

        try:
            require()
        except FactcheckError as error:
            _fail(error)
    return str(chosen)


def _fail(error: FactcheckError | str) -> NoReturn:
    from factcheck.visible import visible

    line = error.one_line() if isinstance(error, FactcheckError) else error
    typer.echo(f"factcheck: {visible(line)}", err=True)
    raise typer.Exit(EXIT_INPUT)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
    log_format: Annotated[LogFormat, typer.Option(help="Log style on stderr.")] = LogFormat.AUTO,
    log_level: Annotated[str, typer.Option(help="debug, info, warning or error.")] = "warning",
) -> None:
    from factcheck.log import configure

    configure(log_format.value, log_level)


RulesOption = Annotated[list[Path] | None, typer.Option(
    "--rules", help="A YAML rule file or folder (repeatable).")]
PythonRulesOption = Annotated[list[Path] | None, typer.Option(
    "--python-rules", help="A Python rules file or folder; only these paths are imported.")]
SelectOption = Annotated[list[str] | None, typer.Option(
    "--select", help="Only rules with this id or prefix (repeatable).")]
IgnoreOption = Annotated[list[str] | None, typer.Option(
    "--ignore", help="Skip rules with this id or prefix (repeatable).")]
NoBuiltinOption = Annotated[bool, typer.Option(
    "--no-builtin", help="Do not load the built-in rule packs.")]
ConfigOption = Annotated[Path | None, typer.Option(
    "--config", metavar="FILE",
    help="The configuration to use (factcheck.toml, or pyproject.toml with \\[tool.factcheck]) "
    "instead of the one found from the working directory upwards.")]
NoConfigOption = Annotated[bool, typer.Option(
    "--no-config", help="Use no configuration file at all.")]
FollowSymlinksOption = Annotated[bool, typer.Option(
    "--follow-symlinks",
    help="Read symlinks that lead outside the checked folders (by default skipped with a "
    "warning).")]


def _config(explicit: Path | None, no_config: bool) -> Any:
    """The trusted configuration: --config, else found from the working directory upwards.

    Never searched from the checked paths: articles and their folders are untrusted.
    """
    from factcheck.config import Config, find_config, load_config

    if no_config:
        if explicit is not None:
            _fail("--config and --no-config contradict each other; give one")
        return Config()
    try:
        return load_config(explicit or find_config())
    except FactcheckError as error:
        _fail(error)


def _confinement(paths: list[Path], sources: list[Path], config: Any, follow_symlinks: bool
                 ) -> Any:
    from factcheck.load.confine import Confinement

    return Confinement.of(paths, sources, follow_symlinks=follow_symlinks, config=config.origin)


def _ruleset(config: Any, rules: list[Path] | None, python_rules: list[Path] | None,
             select: list[str] | None, ignore: list[str] | None, no_builtin: bool) -> Any:
    from factcheck.dsl.ruleset import RuleSelection, load_ruleset

    # Flags override the configuration; a rule selected by name on the command line is not
    # then dropped by the configuration's ignore list.
    selection = RuleSelection(
        select=tuple(select or config.select),
        ignore=tuple(ignore if ignore is not None else () if select else config.ignore),
        severity=dict(config.severity),
    )
    builtin = config.builtin_rules and not no_builtin
    try:
        ruleset = load_ruleset(
            [*config.rules, *(rules or [])], [*config.python_rules, *(python_rules or [])],
            selection, builtin=builtin,
        )
    except FactcheckError as error:
        _fail(error)
    _check_rule_names(config, select or [], ignore or [], ruleset)
    return ruleset


def _check_rule_names(config: Any, select: list[str], ignore: list[str], ruleset: Any) -> None:
    """A rule id or pack in --select, --ignore or the configuration that names no rule is a
    typo: it would silently select nothing or ignore nothing, so it exits 2 with the nearest
    names.

    On the command line a name must match a rule of this run. In the configuration, which one
    file serves for every run, a built-in rule's name stays valid when --no-builtin leaves it
    out.
    """
    from factcheck.dsl.ruleset import known_names, misnamed_in_config, names_something, nearest_hint

    loaded = known_names(ruleset, with_builtin=False)
    for flag, patterns in (("--select", select), ("--ignore", ignore)):
        for pattern in patterns:
            if not names_something(pattern, loaded):
                _fail(f"{flag} {pattern}: no rule or pack of that name"
                      f"{nearest_hint(pattern, loaded)}")
    problem = misnamed_in_config(config, ruleset)
    if problem is not None:
        _fail(problem)


def _lexicon(config: Any) -> Any:
    from factcheck.builtin import builtin_lexicons_dir
    from factcheck.extract import load_lexicon

    try:
        return load_lexicon([builtin_lexicons_dir(), *config.lexicons])
    except FactcheckError as error:
        _fail(error)


# What `check` uses when neither the command line nor the configuration says (--show-config
# prints them as defaults).
DEFAULT_ENGINE = "durable"
DEFAULT_FAIL_ON = "error"
DEFAULT_TIMEOUT = 60.0
DEFAULT_NLP = "heuristics"


@app.command()
def check(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="Articles or folders to check; '-' reads one article from stdin.",
        show_default=False)] = None,
    files_from: Annotated[str | None, typer.Option(
        "--files-from", metavar="FILE",
        help="Also check the paths listed in FILE, one per line ('-' reads stdin); for "
        "batches too long for the command line.")] = None,
    rules: RulesOption = None,
    python_rules: PythonRulesOption = None,
    sources: Annotated[list[Path] | None, typer.Option(
        "--sources", help="Folder of source files named by citation id (1.txt, 2.md…).")] = None,
    facts: Annotated[list[Path] | None, typer.Option(
        "--facts", help="A ledger of verified figures (YAML or CSV).")] = None,
    output_format: Annotated[str, typer.Option(
        "--format", "-f", help="Report format: text, json, jsonl, sarif, github, codeclimate, "
        "claimreview, html, or another registered one (docs/extending.md)."
    )] = "text",
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write the report here (atomically) instead of stdout.")] = None,
    fail_on: Annotated[FailOn | None, typer.Option(
        help="Exit 1 if a finding at or above this severity remains.")] = None,
    engine: Annotated[Engine | None, typer.Option(help="Matching core.")] = None,
    nlp: NlpOption = None,
    jobs: Annotated[int | None, typer.Option(
        "--jobs", "-j", min=1, help="Worker processes (default: one per core for big batches).")
    ] = None,
    timeout: Annotated[float | None, typer.Option(
        help="Seconds one document may take before its worker is replaced.")] = None,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    no_builtin: NoBuiltinOption = False,
    config_file: ConfigOption = None,
    no_config: NoConfigOption = False,
    follow_symlinks: FollowSymlinksOption = False,
    baseline: Annotated[Path | None, typer.Option(
        help="Hide findings dismissed or baselined in this review file.")] = None,
    dask: Annotated[str | None, typer.Option(
        help="Run the batch on this Dask scheduler, e.g. tcp://10.0.0.5:8786.")] = None,
    no_suppressions: Annotated[bool, typer.Option(
        "--no-suppressions",
        help="Ignore factcheck-ignore comments in articles: report every finding (for CI).")
    ] = False,
    stdin_filename: Annotated[str | None, typer.Option(
        "--stdin-filename", metavar="NAME",
        help="With '-' (the article on stdin): the name messages show, whose suffix (.md, .txt, "
        ".yaml, .json) gives the format; its NAME.sources folder is read if there is one.")
    ] = None,
    color: Annotated[Color, typer.Option(
        help="Colour the text report: auto (on a terminal, unless NO_COLOR is set), always, "
        "never.")] = Color.AUTO,
    statistics: Annotated[bool, typer.Option(
        "--statistics", help="After the report, print the number of findings of each rule on "
        "stderr.")] = False,
    show_config: Annotated[bool, typer.Option(
        "--show-config", help="Print the resolved configuration, and where each value comes "
        "from (default, configuration file or command line), then exit.")] = False,
) -> None:
    """Check articles and report flagged claims."""
    from factcheck.load.inputs import STDIN, Inputs
    from factcheck.report import FORMATS

    if show_config:
        config = _config(config_file, no_config)
        _show_config(config, no_config, {
            "rules": rules, "python-rules": python_rules, "select": select, "ignore": ignore,
            "builtin-rules": False if no_builtin else None, "sources": sources, "facts": facts,
            "fail-on": fail_on.value if fail_on else None,
            "engine": engine.value if engine else None, "jobs": jobs, "timeout": timeout,
            "suppressions": False if no_suppressions else None,
            "nlp": nlp.value if nlp else None})
        raise typer.Exit(EXIT_OK)
    if output_format not in FORMATS:
        _fail(f"unknown format {output_format!r}; choose one of {', '.join(FORMATS)}")
    if not paths and files_from is None:
        _fail("nothing to check: give articles or folders, or --files-from FILE")
    if files_from not in (None, STDIN) and not Path(files_from).is_file():
        _fail(f"{files_from}: error: --files-from: no such file")
    named = [path for path in paths or [] if str(path) != STDIN]
    piped = len(named) < len(paths or [])
    if stdin_filename is not None and not piped:
        _fail("--stdin-filename names the article read from stdin: give '-' as the path")
    if piped and files_from == STDIN:
        _fail("stdin holds either the article ('-') or the list of paths (--files-from -), "
              "not both")
    config = _config(config_file, no_config)
    inputs = Inputs(named, files_from)
    ruleset = _ruleset(config, rules, python_rules, select, ignore, no_builtin)
    lexicon = _lexicon(config)
    ledger = _ledger([*config.facts, *(facts or [])])
    from factcheck.pipeline import BatchOptions, run_batch

    all_sources = [*config.sources, *(sources or [])]
    confinement = _confinement(inputs.paths, all_sources, config, follow_symlinks)
    if piped:
        inputs = replace(inputs, piped=_read_stdin(stdin_filename, all_sources, confinement))
    options = BatchOptions(
        sources=all_sources,
        engine=(engine.value if engine else None) or config.engine or DEFAULT_ENGINE,
        jobs=jobs or config.jobs,
        timeout=timeout or config.timeout or DEFAULT_TIMEOUT,
        ledger=ledger,
        baseline=_baseline(baseline),
        dask=dask,
        confinement=confinement,
        suppressions=config.suppressions and not no_suppressions,
        color=color.value,
        statistics=statistics,
        nlp=_nlp(nlp, config),
    )
    threshold = (fail_on.value if fail_on else None) or config.fail_on or DEFAULT_FAIL_ON
    from factcheck.gc_policy import tune_for_checking

    tune_for_checking()
    try:
        code = run_batch(inputs, ruleset, lexicon, options, output_format, output, threshold)
    except FactcheckError as error:  # e.g. --output into a missing folder
        _fail(error)
    raise typer.Exit(code)


# Settings a command line adds to the configuration's list instead of replacing it.
_APPENDED = ("rules", "python-rules", "sources", "facts")
# What an unset setting means, as `check` applies it.
_DEFAULTS: dict[str, object] = {"fail-on": DEFAULT_FAIL_ON, "engine": DEFAULT_ENGINE,
                                "jobs": "auto", "timeout": DEFAULT_TIMEOUT, "nlp": DEFAULT_NLP}


def _show_config(config: Any, no_config: bool, given: dict[str, Any]) -> None:
    """One `name = value  # origin` line per setting, as `check` resolves them."""
    if config.origin is not None:
        typer.echo(f"# configuration file: {config.origin}")
    else:
        typer.echo(f"# configuration file: none{' (--no-config)' if no_config else ' found'}")
    fields = {name: info.alias or name for name, info in type(config).model_fields.items()
              if name not in ("origin",)}
    file_name = str(config.origin)
    for name, key in fields.items():
        from_file = name in config.in_file
        value = getattr(config, name)
        origin = file_name if from_file else "default"
        if key in _APPENDED and given.get(key):
            value = [*value, *given[key]]
            origin = f"{file_name} + command line" if from_file else "command line"
        elif given.get(key) is not None:
            value, origin = given[key], "command line"
        elif key == "ignore" and given.get("select"):
            value, origin = [], "command line (--select drops the configuration's ignore)"
        if value is None:
            value = _DEFAULTS.get(key)
        typer.echo(f"{key} = {_toml_value(value)}  # {origin}")


def _toml_value(value: Any) -> str:
    import json

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dict):
        pairs = (f"{json.dumps(k)} = {json.dumps(str(v))}" for k, v in value.items())
        return "{" + ", ".join(pairs) + "}"
    if isinstance(value, list | tuple):
        return json.dumps([str(item) for item in value])
    return json.dumps(str(value))


def _read_stdin(name: str | None, sources: list[Path], confinement: Any) -> Any:
    """The article piped to `check -`, read whole before the batch starts (stdin can be read
    only once, and workers cannot share it)."""
    from factcheck.load import load_stdin
    from factcheck.load.read import MAX_BYTES

    data = sys.stdin.buffer.read(MAX_BYTES + 1)  # one byte over tells an article that is too long
    try:
        return load_stdin(data, name, sources, confinement)
    except FactcheckError as error:
        _fail(error)


def _baseline(path: Path | None) -> Any:
    if path is None:
        return None
    from factcheck.review.store import read_review

    if not path.exists():
        _fail(f"{path}: error: no such review file")
    try:
        return read_review(path)
    except FactcheckError as error:
        _fail(error)


def _ledger(paths: list[Path]) -> Any:
    if not paths:
        return None
    from factcheck.load.ledger import load_ledger

    try:
        return load_ledger(paths)
    except FactcheckError as error:
        _fail(error)


@app.command()
def extract(
    path: Annotated[Path, typer.Argument(help="One article; '-' reads it from stdin.")],
    output_format: Annotated[str, typer.Option("--format", "-f", help="json or text.")] = "json",
    sources: Annotated[list[Path] | None, typer.Option("--sources")] = None,
    config_file: ConfigOption = None,
    no_config: NoConfigOption = False,
    follow_symlinks: FollowSymlinksOption = False,
    stdin_filename: Annotated[str | None, typer.Option(
        "--stdin-filename", metavar="NAME",
        help="With '-': the name shown, whose suffix (.md, .txt, .yaml, .json) gives the "
             "format.")] = None,
    nlp: NlpOption = None,
) -> None:
    """Show a document and its claims as loaded and extracted."""
    from factcheck.extract import extract as extract_claims
    from factcheck.load import load_document

    config = _config(config_file, no_config)
    lexicon = _lexicon(config)
    names_by = _nlp(nlp, config)
    all_sources = [*config.sources, *(sources or [])]
    piped = str(path) == "-"
    if stdin_filename is not None and not piped:
        _fail("--stdin-filename names the article read from stdin: give '-' as the path")
    confinement = _confinement([] if piped else [path], all_sources, config, follow_symlinks)
    if piped:
        document = _read_stdin(stdin_filename, all_sources, confinement)
    else:
        confinement.report_config_beside(path)
        try:
            document = load_document(path, all_sources, confinement)
        except FactcheckError as error:
            _fail(error)
    from factcheck.extract import article_parts

    claims = extract_claims(document, lexicon, parts=article_parts(names_by))
    if output_format == "json":
        import json

        payload = {"document": document.model_dump(mode="json"),
                   "claims": [claim.model_dump(mode="json") for claim in claims]}
        typer.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    from factcheck.visible import visible_line

    # Each line whole through visible_line: the claim and its parts are article text, and the
    # path comes first.
    def say(line: str) -> None:
        typer.echo(visible_line(line))

    name = document.path
    for claim in claims:
        say(f"{name}:{claim.span.line}:{claim.span.column}: {claim.id} {claim.text}")
        for quantity in claim.quantities:
            say(f"    quantity {quantity.text!r} = {quantity.value:g} {quantity.kind.value}"
                f" [{quantity.interval.low}, {quantity.interval.high}]")
        for actor in claim.actors:
            say(f"    actor {actor.id} ({actor.name}) groups={','.join(actor.groups)}")
        for stance in claim.stances:
            say(f"    stance {stance.actor} {stance.polarity.value} {stance.topic}")
        for citation in claim.citations:
            say(f"    citation {citation.text} -> {','.join(citation.ids) or citation.source}")


class ListFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    MARKDOWN = "markdown"


def _checked(paths: list[Path], rules: list[Path] | None, engine: Engine, keep_text: bool,
             trust: tuple[Path | None, bool, bool]) -> list[Any]:
    from factcheck.pipeline import BatchOptions, check_paths

    config_file, no_config, follow_symlinks = trust
    config = _config(config_file, no_config)
    ruleset = _ruleset(config, rules, None, None, None, False)
    options = BatchOptions(
        sources=list(config.sources), engine=engine.value, keep_text=keep_text,
        timeout=config.timeout or DEFAULT_TIMEOUT, suppressions=config.suppressions,
        confinement=_confinement(paths, list(config.sources), config, follow_symlinks),
        nlp=_nlp(None, config))
    from factcheck.gc_policy import tune_for_checking

    tune_for_checking()
    return list(check_paths(paths, ruleset, _lexicon(config), options))


@app.command()
def review(
    paths: Annotated[list[Path], typer.Argument(help="Articles or folders to review.")],
    review_file: Annotated[Path, typer.Option(help="Where decisions are kept.")] = Path(
        ".factcheck-review.json"),
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1 (0: a free one).")] = 0,
    rules: RulesOption = None,
    engine: Annotated[Engine, typer.Option(help="Matching core.")] = Engine.DURABLE,
    config_file: ConfigOption = None,
    no_config: NoConfigOption = False,
    follow_symlinks: FollowSymlinksOption = False,
) -> None:
    """Review findings in the browser: accept or dismiss each, with a note."""
    from factcheck.review.server import ReviewSession, make_server, new_token
    from factcheck.review.store import ReviewStore

    try:
        store = ReviewStore(review_file)
    except FactcheckError as error:
        _fail(error)
    documents = _checked(paths, rules, engine, keep_text=True,
                         trust=(config_file, no_config, follow_symlinks))
    server = make_server(ReviewSession(documents, store, new_token()), port)
    host, bound = server.server_address[:2]
    typer.echo(f"Reviewing {len(documents)} documents at http://{host!s}:{bound}/ "
               f"(decisions go to {review_file}); Ctrl-C to stop.")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


baseline_app = typer.Typer(help="Record current findings so later checks hide them.",
                           no_args_is_help=True)
app.add_typer(baseline_app, name="baseline")


@baseline_app.command("create")
def baseline_create(
    paths: Annotated[list[Path], typer.Argument(help="Articles or folders.")],
    output: Annotated[Path, typer.Option("--output", "-o")] = Path(".factcheck-review.json"),
    rules: RulesOption = None,
    engine: Annotated[Engine, typer.Option(help="Matching core.")] = Engine.DURABLE,
    config_file: ConfigOption = None,
    no_config: NoConfigOption = False,
    follow_symlinks: FollowSymlinksOption = False,
) -> None:
    """Record every current finding in a review file; `check --baseline FILE` then hides them."""
    from factcheck.review.store import baseline_from, read_review, write_review

    try:
        existing = read_review(output)
    except FactcheckError as error:
        _fail(error)
    documents = _checked(paths, rules, engine, keep_text=False,
                         trust=(config_file, no_config, follow_symlinks))
    findings = [finding for document in documents for finding in document.findings]
    review_file = baseline_from(findings, existing)
    write_review(output, review_file)
    typer.echo(f"Recorded {len(findings)} findings in {output}.")


@rules_app.command("list")
def rules_list(
    rules: RulesOption = None, python_rules: PythonRulesOption = None,
    no_builtin: NoBuiltinOption = False,
    output_format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.TEXT,
    config_file: ConfigOption = None,
    no_config: NoConfigOption = False,
) -> None:
    """List every rule (the markdown form is docs/rules.md)."""
    ruleset = _ruleset(_config(config_file, no_config), rules, python_rules, None, None,
                       no_builtin)
    from factcheck.rulesdoc import all_infos

    infos = all_infos(ruleset)
    if output_format is ListFormat.JSON:
        import json

        typer.echo(json.dumps([info.model_dump(mode="json") for info in infos], indent=2))
    elif output_format is ListFormat.MARKDOWN:
        from factcheck.rulesdoc import rules_markdown

        typer.echo(rules_markdown(ruleset), nl=False)
    else:
        width = max((len(info.id) for info in infos), default=0)
        for info in infos:
            severity = "derives" if info.derives else info.severity.value
            typer.echo(f"{info.id:<{width}}  {severity:<7}  "
                       f"{info.language.value:<6}  {info.description}")


@rules_app.command("explain")
def rules_explain(
    rule_id: Annotated[str, typer.Argument(help="A rule id, e.g. numeric.ratio-mismatch")],
    rules: RulesOption = None, python_rules: PythonRulesOption = None,
    config_file: ConfigOption = None,
    no_config: NoConfigOption = False,
) -> None:
    """What a rule checks, why it matters, and its examples."""
    from factcheck.rulesdoc import explain

    ruleset = _ruleset(_config(config_file, no_config), rules, python_rules, None, None, False)
    text = explain(ruleset, rule_id)
    if text is None:
        _fail(f"no rule {rule_id!r}; see `factcheck rules list`")
    typer.echo(text, nl=False)


@rules_app.command("test")
def rules_test(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="Rule files/folders (their rules are tested) and annotated articles.")] = None,
    python_rules: PythonRulesOption = None,
    no_builtin: NoBuiltinOption = False,
    engine: Annotated[Engine, typer.Option(help="Matching core.")] = Engine.DURABLE,
    facts: Annotated[list[Path] | None, typer.Option(
        "--facts", help="A ledger for the annotated articles (YAML or CSV).")] = None,
    config_file: ConfigOption = None,
    no_config: NoConfigOption = False,
) -> None:
    """Run every rule's examples and every annotated fixture article; exit 1 on any failure."""
    from collections import Counter

    from factcheck.pipeline import Checker
    from factcheck.ruletest import TestRun, run_examples, run_fixtures

    given = paths or []
    rule_paths = [p for p in given if p.is_dir() or p.suffix in (".yaml", ".yml")]
    py_paths = [*(python_rules or []), *(p for p in given if p.suffix == ".py")]
    config = _config(config_file, no_config)
    ruleset = _ruleset(config, rule_paths, py_paths, None, None, no_builtin)
    from factcheck.pipeline import CheckOptions

    options = CheckOptions(ledger=_ledger([*config.facts, *(facts or [])]))
    checker = Checker(ruleset, _lexicon(config), engine.value, options)
    run = TestRun()
    run_examples(checker, run)
    articles = [p for p in given if p.is_dir() or p.suffix in (".md", ".txt", ".markdown")]
    run_fixtures(checker, articles, run)
    todo = Counter(outcome.rule_id for outcome in run.todo)
    for rule_id, (passed, failed) in sorted(run.by_rule().items()):
        mark = "PASS" if not failed else "FAIL"
        known = f", {todo[rule_id]} todo" if todo[rule_id] else ""
        typer.echo(f"{mark}  {rule_id}  ({passed - todo[rule_id]} passed, {failed} failed{known})")
    from factcheck.visible import visible

    for outcome in run.failed:
        typer.echo(f"  {outcome.rule_id} {visible(outcome.where)}: {visible(outcome.detail)}")
    for outcome in run.todo:  # known misses stay in sight until they are caught
        typer.echo(f"  todo {outcome.rule_id} {visible(outcome.where)}: known miss")
    passed = len(run.outcomes) - len(run.failed) - len(run.todo)
    known = f", {len(run.todo)} todo" if run.todo else ""
    typer.echo(f"{passed} passed, {len(run.failed)} failed{known}")
    raise typer.Exit(EXIT_FINDINGS if run.failed or not run.outcomes else EXIT_OK)


@rules_app.command("fuzz")
def rules_fuzz(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="Rule files or folders to fuzz (with the built-in packs unless --no-builtin).")] = None,
    python_rules: PythonRulesOption = None,
    no_builtin: NoBuiltinOption = False,
    examples: Annotated[int, typer.Option("--examples", "-n", help="Examples per property.")] = 50,
    seed: Annotated[int | None, typer.Option(help="Fix hypothesis' seed.")] = None,
    engine: Annotated[Engine, typer.Option(help="Matching core.")] = Engine.PYTHON,
    config_file: ConfigOption = None,
    no_config: NoConfigOption = False,
) -> None:
    """Property-test rules on generated articles and on their own examples, transformed;
    print a minimal failing article; exit 1."""
    from factcheck.pipeline import Checker
    from factcheck.testing.properties import pack_properties, run_property

    given = paths or []
    rule_paths = [p for p in given if p.suffix != ".py"]
    py_paths = [*(python_rules or []), *(p for p in given if p.suffix == ".py")]
    config = _config(config_file, no_config)
    ruleset = _ruleset(config, rule_paths, py_paths, None, None, no_builtin)
    checker = Checker(ruleset, _lexicon(config), engine.value)
    # The pack's own rules are those that are not built in: generated articles only plant
    # what built-in rules catch, so the own rules are fuzzed through their examples.
    from factcheck.dsl.ruleset import load_ruleset

    own = {info.id for info in ruleset.infos()} - set(load_ruleset().origins)
    failures = 0
    checks = pack_properties(ruleset, own)
    for prop in checks:
        problem = run_property(prop, checker, examples, seed)
        typer.echo(f"{'PASS' if problem is None else 'FAIL'}  {prop.name}")
        if problem is not None:
            failures += 1
            from factcheck.visible import visible_lines

            # A generated article: it may hold control characters and '::' lines on purpose.
            typer.echo(visible_lines("    " + problem.replace("\n", "\n    ")))
    typer.echo(f"{len(checks) - failures} passed, {failures} failed")
    raise typer.Exit(EXIT_FINDINGS if failures else EXIT_OK)


@app.command()
def lsp(
    sources: Annotated[list[Path] | None, typer.Option(
        "--sources", help="Folder of source files named by citation id (1.txt, 2.md…).")] = None,
    config_file: ConfigOption = None,
    no_config: NoConfigOption = False,
    follow_symlinks: FollowSymlinksOption = False,
    debounce: Annotated[float | None, typer.Option(
        min=0, help="Seconds: changes closer together than this are checked once the text has "
        "been quiet this long (default 0.04).")] = None,
    stdio: Annotated[bool, typer.Option(
        "--stdio", hidden=True, help="Accepted for clients that add it; stdio is the only "
        "transport.")] = False,
) -> None:
    """Run the language server on stdio, for editors (docs/editors.md); needs pygls."""
    from factcheck.lsp import run

    raise typer.Exit(run(config_file, no_config, sources or [], follow_symlinks, debounce))


@schema_app.command("report")
def schema_report() -> None:
    """JSON Schema of the report (--format json)."""
    _print_schema("report")


@schema_app.command("rules")
def schema_rules() -> None:
    """JSON Schema of rule files, for editor validation and completion."""
    _print_schema("rules")


@schema_app.command("article")
def schema_article() -> None:
    """JSON Schema of structured (YAML/JSON) articles."""
    _print_schema("article")


@schema_app.command("facts")
def schema_facts() -> None:
    """JSON Schema of the facts rules match, one definition per kind."""
    import json

    from factcheck.models.fact import facts_json_schema

    typer.echo(json.dumps(facts_json_schema(), indent=2, ensure_ascii=False))


def _print_schema(name: str) -> None:
    import json

    from pydantic import BaseModel

    from factcheck.dsl.schema import RuleFile
    from factcheck.load.structured import StructuredArticle
    from factcheck.models import Report

    models: dict[str, type[BaseModel]] = {
        "report": Report, "rules": RuleFile, "article": StructuredArticle,
    }
    model = models[name]
    schema = model.model_json_schema(mode="serialization" if name == "report" else "validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    typer.echo(json.dumps(schema, indent=2))


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:  # e.g. `factcheck check … | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_OK)


if __name__ == "__main__":
    main()
