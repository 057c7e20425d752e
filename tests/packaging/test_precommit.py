"""The pre-commit hook in a repository as newsrooms have them: Markdown articles beside YAML
and JSON configuration, Python and text files. It checks the Markdown only, unless widened as
docs/ci.md shows, and never takes a configuration file for a broken article."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.conftest import run

pytest.importorskip("pre_commit", reason="the hook test needs pre-commit: pip install pre-commit")
if shutil.which("git") is None:
    pytest.skip("the hook test needs git", allow_module_level=True)

# "three times" is an info finding: each checked article is named in the hook's output, and
# the run still passes. The same sentence with a citation to nothing is an error wherever a
# file that is no article would be checked as one.
ARTICLE = ("# {title}\n\nExports were three times higher than in 2023, the customs office said "
           "[1].\n\n## References\n\n[1] Customs office tables.\n\n")
NOT_AN_ARTICLE = "Exports rose 5% last year [4]."
FILES = {
    "README.md": ARTICLE.format(title="Desk notes"),
    "articles/harbour.md": ARTICLE.format(title="Harbour trade"),
    "articles/story.yaml": ("title: Story\nclaims:\n  - Imports were three times higher than in "
                            "2023 [1].\nreferences:\n  - id: 1\n    label: Customs office\n"),
    "articles/data.json": json.dumps({"rows": [1, 2, 3], "note": NOT_AN_ARTICLE}),
    "articles/notes.txt": NOT_AN_ARTICLE + "\n",
    ".pre-commit-config.yaml": "repos: []\n",
    "package.json": json.dumps({"name": "desk", "version": "1.0.0", "description": NOT_AN_ARTICLE}),
    "mkdocs.yml": "site_name: Desk\ntheme:\n  name: material\n",
    "requirements.txt": "mkdocs>=1.5\n",
    "src/tool.py": f'SUMMARY = "{NOT_AN_ARTICLE}"\n',
}

# docs/ci.md: the hook widened to every text file under articles/.
WIDENED = {"types": ["text"], "files": "^articles/"}


def git(folder: Path, *args: str) -> str:
    return run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
                "-c", "commit.gpgsign=false", *args], cwd=folder).stdout.strip()


def commit_all(folder: Path) -> None:
    # A throwaway repository of this test's own: everything in it is to be committed.
    git(folder, "add", "--all")
    git(folder, "commit", "-q", "-m", "files")


@pytest.fixture(scope="module")
def hook_repo(source_tree: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This project as pre-commit clones it: a git repository with the hook at HEAD."""
    repo = tmp_path_factory.mktemp("hook") / "factcheck"
    shutil.copytree(source_tree, repo, symlinks=True)
    git(repo, "init", "-q")
    commit_all(repo)
    return repo


def as_local_hook(hook_repo: Path, **overrides: object) -> str:
    """A configuration running the shipped hook, with a user's ``overrides``, on this
    interpreter: the file selection is pre-commit's own, and no environment is installed (the
    try-repo run installs one, as users get it)."""
    from ruamel.yaml import YAML

    (hook,) = YAML(typ="safe").load((hook_repo / ".pre-commit-hooks.yaml").read_text())
    assert hook["entry"].startswith("factcheck ")
    hook = {**hook, **overrides, "language": "system",
            "entry": hook["entry"].replace("factcheck", f"{sys.executable} -m factcheck", 1)}
    return json.dumps({"repos": [{"repo": "local", "hooks": [hook]}]})


def pre_commit(folder: Path, home: Path, *args: str | Path, source: Path) -> tuple[int, str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1",
           "PYTHONPATH": str(source)}  # a local hook runs the copy's factcheck
    done = subprocess.run([sys.executable, "-m", "pre_commit", *map(str, args)], cwd=folder,
                          env=env, capture_output=True, text=True, timeout=900, check=False)
    return done.returncode, done.stdout + done.stderr


def test_the_hook_checks_markdown_and_passes_over_everything_else(
    hook_repo: Path, tmp_path: Path
) -> None:
    work, home = tmp_path / "desk", tmp_path / "pre-commit-home"
    for name, text in FILES.items():
        (work / name).parent.mkdir(parents=True, exist_ok=True)
        (work / name).write_text(text)
    git(work, "init", "-q")
    commit_all(work)

    code, output = pre_commit(work, home, "try-repo", hook_repo, "factcheck", "--all-files",
                              "--verbose", source=hook_repo)
    assert code == 0, output
    assert "README.md" in output and "articles/harbour.md" in output
    for name in FILES:
        if not name.endswith(".md"):
            assert name not in output, output

    (work / ".pre-commit-config.yaml").write_text(as_local_hook(hook_repo, **WIDENED))
    commit_all(work)
    code, output = pre_commit(work, home, "run", "factcheck", "--all-files", "--verbose",
                              source=hook_repo)
    # Widened: the structured article and the .txt are checked; data.json is named but is no
    # article, so it is skipped with a warning, not failed.
    assert code == 1, output
    assert "articles/story.yaml" in output
    assert "articles/notes.txt" in output and "citation.unresolved" in output
    assert "articles/data.json" in output and "not a factcheck article" in output
    assert "claims: Field required" not in output
    for name in ("README.md", "package.json", "mkdocs.yml", "src/tool.py", "requirements.txt"):
        assert name not in output, output

    # As shipped again, a Markdown article with a problem fails the hook.
    (work / ".pre-commit-config.yaml").write_text(as_local_hook(hook_repo))
    (work / "articles" / "wire.md").write_text(ARTICLE.format(title="Wire") + NOT_AN_ARTICLE)
    commit_all(work)
    code, output = pre_commit(work, home, "run", "factcheck", "--all-files", "--verbose",
                              source=hook_repo)
    assert code == 1, output
    assert "articles/wire.md:" in output and "citation.unresolved" in output
    assert "notes.txt" not in output
