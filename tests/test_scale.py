"""Parallel and distributed batches give the same report as one worker, in input order; the CLI
tunes the garbage collector for checking and library use does not."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from benchmarks.corpus import generate
from factcheck.builtin import builtin_lexicons_dir
from factcheck.dsl.ruleset import load_ruleset
from factcheck.extract import load_lexicon
from factcheck.gc_policy import YOUNGEST_GENERATION_THRESHOLD
from factcheck.models import DocumentResult
from factcheck.pipeline import BatchOptions, check_paths
from tests.conftest import SEED, run_python


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    generate(folder, articles=50, claims=12, seed=7)
    return folder


def results(folder: Path, **options: object) -> list[dict[str, object]]:
    ruleset = load_ruleset()
    lexicon = load_lexicon([builtin_lexicons_dir()])
    found: list[DocumentResult] = list(
        check_paths([folder], ruleset, lexicon, BatchOptions(**options)))  # type: ignore[arg-type]
    return [json.loads(result.model_dump_json()) for result in found]


def test_jobs_2_matches_jobs_1(corpus: Path) -> None:
    one = results(corpus, jobs=1)
    two = results(corpus, jobs=2)
    assert len(one) == 50
    assert [d["path"] for d in one] == sorted(d["path"] for d in one)
    assert two == one


def test_dask_local_cluster_matches_jobs_1(corpus: Path) -> None:
    distributed = pytest.importorskip("distributed")
    one = results(corpus, jobs=1)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        on_dask = results(corpus, dask=cluster.scheduler_address)
    assert on_dask == one


def _collector_after(code: str) -> tuple[int, int, int]:
    """(interpreter's default youngest-generation threshold, threshold and frozen objects after
    running ``code``) in a fresh process."""
    done = run_python("import gc\ndefault = gc.get_threshold()[0]\n" + textwrap.dedent(code)
                      + "\nprint(default, gc.get_threshold()[0], gc.get_freeze_count())")
    assert done.returncode == 0, done.stderr
    default, threshold, frozen = done.stdout.split()[-3:]
    return int(default), int(threshold), int(frozen)


def test_the_cli_tunes_the_collector_for_checking() -> None:
    _, threshold, frozen = _collector_after(f"""
        import sys
        from factcheck.cli import main
        sys.argv = ["factcheck", "check", {str(SEED)!r}, "--output", "/dev/null"]
        try:
            main()
        except SystemExit:
            pass
    """)
    assert threshold == YOUNGEST_GENERATION_THRESHOLD
    assert frozen > 10_000  # the loaded rules and lexicons are never walked again


def test_library_use_keeps_the_host_programs_collector_settings() -> None:
    default, threshold, frozen = _collector_after(f"""
        from pathlib import Path
        from factcheck.dsl.ruleset import load_ruleset
        from factcheck.extract import default_lexicon
        from factcheck.pipeline import Checker
        Checker(load_ruleset(), default_lexicon()).check_path(Path({str(SEED)!r}))
    """)
    assert (threshold, frozen) == (default, 0)
