"""Every code block of README.md and docs/*.md runs, so the documentation cannot drift.

A block is run according to its language:

- ``python``: a rules module (it uses ``@rule``) must pass ``factcheck rules test``; a test file
  (its first line is a ``# tests/test_….py`` comment) must pass under pytest; anything else is
  a script that must exit 0.
- ``sh``: each command runs in a scratch folder holding the bundled fixtures and stand-ins for
  the names the docs use (``article.md``, ``articles/``, ``my-pack.yaml`` …); it must exit 0,
  or 1 for ``factcheck check`` (findings), never 2 (a usage or input error: a renamed flag, a
  missing file).
- ``yaml``: a whole rule file (top-level ``rules:``) must pass ``factcheck rules test``; a whole
  structured article (top-level ``claims:``) must be checked without an input error.
- ``toml``: a configuration, which must load.
- ``text`` or no language: a diagram or an example article's text, not code.

A block that cannot run here (it installs, needs a cluster, is a fragment) is marked on the line
before it with ``<!-- not-run: why -->``; a block of any other language must be marked too, so a
new block is either run or knowingly left out.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from ruamel.yaml import YAML
from typer.testing import CliRunner

from factcheck.cli import app
from tests.conftest import FIXTURES, ROOT

runner = CliRunner()

_FENCE = re.compile(r"^(?P<indent> *)(?P<fence>`{3,})(?P<lang>[\w-]*)\s*$")
_NOT_RUN = re.compile(r"^\s*<!--\s*not-run:\s*(?P<reason>\S.*?)\s*-->\s*$")
PROSE = ("", "text")


@dataclass(frozen=True)
class Block:
    path: Path
    line: int  # the line of the opening fence
    lang: str
    code: str
    not_run: str | None  # the reason given in a not-run marker

    @property
    def name(self) -> str:
        shown = self.path.relative_to(ROOT) if self.path.is_relative_to(ROOT) else self.path
        return f"{shown}:{self.line}"


def blocks_of(path: Path) -> list[Block]:
    found: list[Block] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    index = 0
    while index < len(lines):
        opening = _FENCE.match(lines[index])
        if opening is None:
            index += 1
            continue
        fence, indent = opening.group("fence"), len(opening.group("indent"))
        end = index + 1
        while end < len(lines) and lines[end].strip() != fence:
            end += 1
        code = "\n".join(line[indent:] for line in lines[index + 1:end]) + "\n"
        before = next((line for line in reversed(lines[:index]) if line.strip()), "")
        marker = _NOT_RUN.match(before)
        found.append(Block(path, index + 1, opening.group("lang").lower(), code,
                           marker.group("reason") if marker else None))
        index = end + 1
    return found


def documented_blocks() -> list[Block]:
    paths = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    return [block for path in paths for block in blocks_of(path) if block.lang not in PROSE]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder where the docs' commands find what they name: the bundled fixtures and docs
    examples at their repository paths, and stand-ins for the placeholder names."""
    root = tmp_path_factory.mktemp("docs-run")
    shutil.copytree(FIXTURES, root / "fixtures")
    shutil.copytree(ROOT / "docs" / "examples", root / "docs" / "examples")
    consistent = FIXTURES / "consistent"
    shutil.copy(consistent / "airline-earnings.md", root / "article.md")
    shutil.copy(consistent / "bank-results.md", root / "summary.md")
    shutil.copytree(consistent / "bank-results.sources", root / "sources")
    shutil.copy(FIXTURES / "articles" / "seed-with-references.txt", root / "story.md")
    for folder in ("articles", "archive"):
        (root / folder).mkdir()
        for name in ("copper-mine", "ev-sales"):
            shutil.copy(consistent / f"{name}.md", root / folder / f"{name}.md")
            shutil.copytree(consistent / f"{name}.sources", root / folder / f"{name}.sources")
    shutil.copy(ROOT / "docs" / "examples" / "newsroom-pack.yaml", root / "my-pack.yaml")
    # The README's pytest example runs under this: few hypothesis examples keep it quick.
    (root / "conftest.py").write_text(
        "from hypothesis import settings\n"
        "settings.register_profile('docs', max_examples=10, deadline=None)\n"
        "settings.load_profile('docs')\n")
    return root


def commands(script: str) -> list[str]:
    """The commands of a shell block: continuation lines joined, comments and blanks dropped."""
    joined = re.sub(r"\\\n", " ", script)
    return [line for line in joined.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def run_sh(block: Block, workspace: Path) -> None:
    bin_dir = Path(sys.executable).parent  # the venv's `factcheck` comes first
    env = {"PATH": f"{bin_dir}:/usr/local/bin:/usr/bin:/bin", "HOME": str(workspace),
           "LANG": "C.UTF-8", "NO_COLOR": "1"}
    for command in commands(block.code):
        done = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=workspace, env=env,
                              capture_output=True, text=True, timeout=180, check=False)
        # 1 means "findings" only from `factcheck check`; from anything else it is a failure.
        allowed = (0, 1) if re.search(r"\bfactcheck check\b", command) else (0,)
        assert done.returncode in allowed, (
            f"{block.name}: `{command}` exited {done.returncode}\n{done.stderr[-2000:]}")


def run_python(block: Block, workspace: Path, tmp_path: Path) -> None:
    first = block.code.lstrip().splitlines()[0]
    if "@rule(" in block.code:
        module = tmp_path / "rules_module.py"
        module.write_text(block.code)
        result = runner.invoke(app, ["rules", "test", str(module), "--no-builtin"])
        assert result.exit_code == 0, f"{block.name}: its examples fail\n{result.output}"
        return
    test_file = re.match(r"#\s*(?:tests/)?(test_\w+\.py)\s*$", first)
    if test_file:
        folder = workspace / "tests"
        folder.mkdir(exist_ok=True)
        (folder / test_file.group(1)).write_text(block.code)
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                   f"tests/{test_file.group(1)}"]
    else:
        script = tmp_path / "example.py"
        script.write_text(block.code)
        command = [sys.executable, str(script)]
    done = subprocess.run(command, cwd=workspace, capture_output=True, text=True, timeout=300,
                          check=False)
    assert done.returncode == 0, f"{block.name}\n{done.stdout[-3000:]}{done.stderr[-3000:]}"


def run_yaml(block: Block, tmp_path: Path) -> None:
    data = YAML(typ="safe").load(block.code)
    if isinstance(data, dict) and "rules" in data:
        pack = tmp_path / "pack.yaml"
        pack.write_text(block.code)
        result = runner.invoke(app, ["rules", "test", str(pack), "--no-builtin"])
        assert result.exit_code == 0, f"{block.name}: the rule file fails\n{result.output}"
    elif isinstance(data, dict) and "claims" in data:
        article = tmp_path / "article.yaml"
        article.write_text(block.code)
        result = runner.invoke(app, ["check", str(article), "--no-config"])
        assert result.exit_code in (0, 1), f"{block.name}: not an article\n{result.output}"
    else:
        pytest.fail(f"{block.name}: a YAML block that is neither a whole rule file nor a "
                    "structured article; mark it <!-- not-run: why --> if it is a fragment")


def run_toml(block: Block, tmp_path: Path) -> None:
    from factcheck.config import load_config
    from factcheck.errors import FactcheckError

    config = tmp_path / "factcheck.toml"
    config.write_text(block.code)
    try:
        load_config(config)
    except FactcheckError as error:
        pytest.fail(f"{block.name}: {error.one_line()}")


@pytest.mark.parametrize("block", documented_blocks(), ids=lambda block: block.name)
def test_documented_block_runs(block: Block, workspace: Path, tmp_path: Path) -> None:
    if block.not_run is not None:
        pytest.skip(f"marked not-run: {block.not_run}")
    if block.lang == "sh":
        run_sh(block, workspace)
    elif block.lang == "python":
        run_python(block, workspace, tmp_path)
    elif block.lang == "yaml":
        run_yaml(block, tmp_path)
    elif block.lang == "toml":
        run_toml(block, tmp_path)
    else:
        pytest.fail(f"{block.name}: no way to run a ```{block.lang} block; use python, sh, yaml "
                    "or toml, or mark it <!-- not-run: why -->")


def test_blocks_of_every_runnable_kind_are_run() -> None:
    # Not vacuous: blocks of each runnable kind in the README are run, not marked.
    names = {(block.path.name, block.lang) for block in documented_blocks()
             if block.not_run is None}
    assert {("README.md", "python"), ("README.md", "sh"), ("README.md", "yaml"),
            ("README.md", "toml")} <= names


def test_a_broken_block_fails(tmp_path: Path, workspace: Path) -> None:
    # The checks themselves can fail: a renamed flag, a rule whose example no longer flags.
    doc = tmp_path / "doc.md"
    doc.write_text("```sh\nfactcheck check article.md --no-such-flag\n```\n\n"
                   "<!-- not-run: shown only -->\n```sh\nexit 3\n```\n")
    broken, skipped = blocks_of(doc)
    assert skipped.not_run == "shown only"
    with pytest.raises(AssertionError, match="exited 2"):
        run_sh(broken, workspace)
    rule = Block(doc, 1, "python", '''\
from factcheck.dsl import Flag, rule

@rule(id="house.never", severity="info", description="Never fires.",
      examples={"flag": ["Exports rose 5% [1]."], "pass": []})
def never(doc):
    return iter(())
''', None)
    with pytest.raises(AssertionError, match="examples fail"):
        run_python(rule, workspace, tmp_path)
