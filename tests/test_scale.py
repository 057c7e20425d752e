"""Parallel and distributed batches give the same report as one worker, in input order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.corpus import generate
from factcheck.batch import BatchOptions, check_paths
from factcheck.builtin import builtin_lexicons_dir
from factcheck.dsl.ruleset import load_ruleset
from factcheck.extract import load_lexicon
from factcheck.models import DocumentResult


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
