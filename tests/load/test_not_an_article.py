"""A YAML or JSON file with no ``claims`` key (``package.json``, ``mkdocs.yml``, a pre-commit
configuration, a Kubernetes manifest) is not a broken article: named, it is skipped with one
warning line; met walking a folder, it is skipped silently; neither makes the run fail."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.errors import FactcheckError
from factcheck.load import load_document
from factcheck.load.structured import NotAnArticle
from tests.conftest import run_python

NOT_ARTICLES = {
    "package.json": '{"name": "desk", "version": "1.0.0", "scripts": {"build": "mkdocs"}}\n',
    "list.json": "[1, 2, 3]\n",
    "mkdocs.yml": ("site_name: Desk\nmarkdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: "
                   "!!python/name:material.extensions.emoji.twemoji\n"),
    ".pre-commit-config.yaml": "repos:\n  - repo: local\n    hooks: []\n",
    "manifest.yaml": "kind: A\n---\nkind: B\n",  # two documents: does not even parse as one
    "template.yaml": "name: {{ .Values.name }\n",
    "broken.json": '{"name": \n',
}


@pytest.mark.parametrize("name", sorted(NOT_ARTICLES))
def test_yaml_or_json_without_claims_is_not_an_article(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(NOT_ARTICLES[name])
    with pytest.raises(NotAnArticle, match="not a factcheck article"):
        load_document(path)


@pytest.mark.parametrize(
    ("name", "text", "problem"),
    [
        ("a.yaml", "title: T\nclaims: [\n", r"a\.yaml:3:1: error: expected the node content"),
        ("a.json", '{"claims": [}', r"a\.json:1:13: error: Expecting value"),
        ("a.yaml", "title: T\nclaims:\n  - txt: typo\n", r"a\.yaml:3.*claims\.0"),
        ("a.json", '{"title": "T", "claims": []}', r"claims: List should have at least 1 item"),
    ],
)
def test_a_file_with_claims_is_an_article_and_its_errors_stay_errors(
    tmp_path: Path, name: str, text: str, problem: str
) -> None:
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(FactcheckError, match=problem) as error:
        load_document(path)
    assert not isinstance(error.value, NotAnArticle)


def test_named_files_are_skipped_with_a_warning_and_walked_ones_silently(tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    desk.mkdir()
    for name, text in NOT_ARTICLES.items():
        (desk / name).write_text(text)
    (desk / "story.md").write_text("Exports rose 5% last year [1].\n")
    named = [str(desk / name) for name in ("package.json", "mkdocs.yml")]

    code, report, log = _check(named)
    assert code == 0
    assert report["documents"] == [] and report["summary"]["failed"] == 0
    assert [(entry["level"], entry["path"]) for entry in log] == [
        ("warning", named[0]), ("warning", named[1])]
    assert log[0]["event"].startswith("skipped: not a factcheck article")

    code, report, log = _check([str(desk)])
    assert code == 1  # story.md's unresolved citation, nothing else
    assert [d["path"] for d in report["documents"]] == [str(desk / "story.md")]
    assert log == []


def _check(paths: list[str]) -> tuple[int, dict[str, object], list[dict[str, str]]]:
    done = run_python(f"""
        import sys
        sys.argv = ["factcheck", "--log-format", "json", "check", "--format", "json", *{paths!r}]
        from factcheck.cli import main
        main()
    """)
    return (done.returncode, json.loads(done.stdout),
            [json.loads(line) for line in done.stderr.splitlines() if line.strip()])
