"""`factcheck lsp` driven through the protocol over stdio, as an editor drives it.

Every wait has a timeout (factcheck/lsp/client.py), and a server that does not exit after
shutdown and exit is killed, so a hang fails a test instead of stalling the run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factcheck.lsp.client import LspClient, apply_edits

UNRESOLVED = "# Budget\n\nThe council said spending rose 4% last year [1].\n"
REFERENCES = "\n## References\n\n[1] City budget office, \"Annual accounts\", 2025.\n"


def server(root: Path, *args: str, log: Path | None = None) -> LspClient:
    stderr = open(log, "wb") if log else None  # noqa: SIM115 (the child keeps it)
    try:
        return LspClient([sys.executable, "-m", "factcheck", "--log-level", "debug", "lsp",
                          *args], cwd=root, stderr=stderr)
    finally:
        if stderr is not None:
            stderr.close()


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    root = tmp_path / "workspace"
    (root / "articles").mkdir(parents=True)
    (root / "factcheck.toml").write_text("# the workspace's configuration\n")
    return root


@pytest.fixture
def session(workspace: Path, tmp_path: Path) -> Iterator[LspClient]:
    with server(workspace, log=tmp_path / "server.log") as client:
        client.initialize(workspace)
        yield client


def by_rule(diagnostics: list[dict[str, Any]], rule: str) -> list[dict[str, Any]]:
    return [d for d in diagnostics if d.get("code") == rule]


def position_of(text: str, needle: str) -> dict[str, int]:
    before = text[:text.index(needle)]
    return {"line": before.count("\n"), "character": len(before) - before.rfind("\n") - 1}


def test_unresolved_marker_then_a_reference_list_clears_it(session: LspClient,
                                                           workspace: Path) -> None:
    uri = (workspace / "articles" / "budget.md").as_uri()
    session.open(uri, UNRESOLVED)
    diagnostics = session.diagnostics(uri, 1)
    (unresolved,) = by_rule(diagnostics, "citation.unresolved")
    start = position_of(UNRESOLVED, "[1]")
    assert unresolved["range"] == {"start": start,
                                   "end": {**start, "character": start["character"] + 3}}
    assert unresolved["severity"] == 1  # error → Error
    assert unresolved["source"] == "factcheck"
    assert unresolved["codeDescription"]["href"].endswith("docs/rules.md#citationunresolved")
    session.change(uri, UNRESOLVED + REFERENCES, 2)
    assert by_rule(session.diagnostics(uri, 2), "citation.unresolved") == []


def test_hover_says_what_rules_explain_says(session: LspClient, workspace: Path) -> None:
    uri = (workspace / "articles" / "budget.md").as_uri()
    session.open(uri, UNRESOLVED)
    session.diagnostics(uri, 1)
    hover = session.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                   "position": position_of(UNRESOLVED, "1]")})
    text = hover["contents"]["value"]
    assert hover["contents"]["kind"] == "markdown"
    assert "**citation.unresolved** (error)" in text
    assert "`factcheck rules explain citation.unresolved`" in text
    assert "Why it matters:" in text
    nothing = session.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                     "position": {"line": 0, "character": 2}})
    assert nothing is None


def test_a_code_actions_edit_suppresses_the_finding(session: LspClient, workspace: Path) -> None:
    uri = (workspace / "articles" / "budget.md").as_uri()
    session.open(uri, UNRESOLVED)
    (unresolved,) = by_rule(session.diagnostics(uri, 1), "citation.unresolved")
    actions = session.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": unresolved["range"],
        "context": {"diagnostics": [unresolved]}})
    titles = [action["title"] for action in actions]
    assert titles == ["Ignore citation.unresolved on this line (factcheck-ignore comment)",
                      "Add a reference stub for [1]"]
    ignore = actions[0]
    assert ignore["kind"] == "quickfix" and ignore["diagnostics"] == [unresolved]
    fixed = apply_edits(UNRESOLVED, ignore["edit"]["changes"][uri])
    assert "<!-- factcheck-ignore: citation.unresolved -->" in fixed
    session.change(uri, fixed, 2)
    assert by_rule(session.diagnostics(uri, 2), "citation.unresolved") == []
    # The stub: a References section with "[1] ", for the writer to fill in.
    stubbed = apply_edits(UNRESOLVED, actions[1]["edit"]["changes"][uri])
    assert stubbed.endswith("\n## References\n\n[1] \n")
    session.change(uri, stubbed.replace("[1] \n", "[1] City budget office, 2025.\n"), 3)
    assert by_rule(session.diagnostics(uri, 3), "citation.unresolved") == []


def test_code_actions_without_diagnostics_in_the_request(session: LspClient,
                                                         workspace: Path) -> None:
    """Some clients send only the range: the findings under it are acted on."""
    uri = (workspace / "articles" / "budget.md").as_uri()
    session.open(uri, UNRESOLVED)
    (unresolved,) = by_rule(session.diagnostics(uri, 1), "citation.unresolved")
    actions = session.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": unresolved["range"],
        "context": {"diagnostics": []}})
    assert "Add a reference stub for [1]" in [action["title"] for action in actions]


def test_a_pair_points_at_the_other_claim(session: LspClient, workspace: Path) -> None:
    text = ("China supports the new tariffs [1]. China rejects the new tariffs [2].\n\n"
            "## References\n\n[1] Reuters.\n[2] AP.\n")
    uri = (workspace / "articles" / "trade.md").as_uri()
    session.open(uri, text)
    (contradiction,) = by_rule(session.diagnostics(uri, 1), "stance.contradiction")
    (related,) = contradiction["relatedInformation"]
    assert related["location"]["uri"] == uri
    other = related["location"]["range"]["start"]
    first = contradiction["range"]["start"]
    assert other["line"] == first["line"] == 0 and other["character"] > first["character"]
    assert "China rejects the new tariffs" in related["message"] + text[other["character"]:]
    hover = session.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                   "position": first})
    assert "The other claim" in hover["contents"]["value"]


def test_the_editor_text_is_checked_with_the_files_sources(session: LspClient,
                                                           workspace: Path) -> None:
    article = workspace / "articles" / "budget.md"
    sources = workspace / "articles" / "budget.sources"
    sources.mkdir()
    (sources / "1.txt").write_text("Spending rose 9% last year, the council said.\n")
    uri = article.as_uri()  # never saved: only the sources folder is on disk
    session.open(uri, UNRESOLVED)
    diagnostics = session.diagnostics(uri, 1)
    assert by_rule(diagnostics, "citation.unresolved") == []
    (mismatch,) = by_rule(diagnostics, "citation.number-not-in-source")
    hover = session.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                   "position": mismatch["range"]["start"]})
    assert "The source passage" in hover["contents"]["value"]
    assert "Spending rose 9% last year" in hover["contents"]["value"]


def test_structured_articles_and_other_yaml(session: LspClient, workspace: Path) -> None:
    uri = (workspace / "articles" / "brief.yaml").as_uri()
    text = "title: Budget\nclaims:\n  - The council said spending rose 4% [1].\n"
    session.open(uri, text, language="yaml")
    (unresolved,) = by_rule(session.diagnostics(uri, 1), "citation.unresolved")
    assert unresolved["range"]["start"] == position_of(text, "[1]")
    # No comment silences a finding in a YAML article: no action offers to.
    assert session.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": unresolved["range"],
        "context": {"diagnostics": [unresolved]}}) == []
    other = (workspace / "mkdocs.yml").as_uri()
    session.open(other, "site_name: Docs\n", language="yaml")
    assert session.diagnostics(other, 1) == []
    broken = (workspace / "articles" / "broken.json").as_uri()
    session.open(broken, '{"claims": [', language="json")
    (problem,) = session.diagnostics(broken, 1)
    assert problem["severity"] == 1 and problem["message"].startswith("not checked:")


def test_save_checks_again_and_close_clears(session: LspClient, workspace: Path) -> None:
    article = workspace / "articles" / "budget.md"
    uri = article.as_uri()
    session.open(uri, UNRESOLVED)
    assert by_rule(session.diagnostics(uri, 1), "citation.unresolved")
    sources = workspace / "articles" / "budget.sources"
    sources.mkdir()
    (sources / "1.txt").write_text("Spending rose 4% last year.\n")
    session.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    assert session.diagnostics(uri, 1) == []  # the new source file is read on save
    session.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    assert session.diagnostics(uri) == []


def test_a_burst_of_changes_ends_with_the_last_texts_findings(session: LspClient,
                                                              workspace: Path) -> None:
    uri = (workspace / "articles" / "budget.md").as_uri()
    session.open(uri, UNRESOLVED)
    session.diagnostics(uri, 1)
    texts = [UNRESOLVED + REFERENCES[:cut] for cut in range(0, len(REFERENCES) + 1, 6)]
    texts[-1] = UNRESOLVED + REFERENCES
    for version, text in enumerate(texts, start=2):
        session.change(uri, text, version)
    assert by_rule(session.diagnostics(uri, len(texts) + 1), "citation.unresolved") == []


SLOW_RULE = (
    "import time\n"
    "from factcheck.dsl import rule\n"
    "@rule(id='team.slow', severity='info', description='Takes its time, flags nothing.',\n"
    "      examples={'flag': ['Never.'], 'pass': ['Always.']})\n"
    "def slow(context):\n"
    "    time.sleep(0.8)\n"
    "    return []\n")


def test_findings_for_a_text_the_editor_no_longer_has_are_not_published(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    (root / "slow.py").write_text(SLOW_RULE)
    (root / "factcheck.toml").write_text('python-rules = ["slow.py"]\n')
    with server(root) as client:
        client.initialize(root)
        uri = (root / "a.md").as_uri()
        client.open(uri, UNRESOLVED)
        client.change(uri, UNRESOLVED + REFERENCES, 2)  # while version 1 is being checked
        assert by_rule(client.diagnostics(uri, 2), "citation.unresolved") == []
        published = [message["params"]["version"] for _, message in client.notifications
                     if message["method"] == "textDocument/publishDiagnostics"]
        assert published == [2]


def test_configuration_in_the_workspace_and_among_the_articles(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    articles = root / "articles"
    articles.mkdir(parents=True)
    (root / "factcheck.toml").write_text('[severity]\n"citation.unresolved" = "warning"\n')
    marker = tmp_path / "executed"
    (articles / "evil.py").write_text(f"open({str(marker)!r}, 'w').write('pwned')\n")
    (articles / "factcheck.toml").write_text('python-rules = ["evil.py"]\nignore = ["citation"]\n')
    log = tmp_path / "server.log"
    with server(root, log=log) as client:
        client.initialize(root)
        uri = (articles / "a.md").as_uri()
        client.open(uri, UNRESOLVED)
        (unresolved,) = by_rule(client.diagnostics(uri, 1), "citation.unresolved")
        assert unresolved["severity"] == 2  # warning → Warning, from the workspace's file
        assert client.close() == 0
    assert not marker.exists()
    assert "not trusted" in log.read_text()


def test_a_broken_workspace_configuration_is_shown(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    (root / "factcheck.toml").write_text('fail-on = "sometimes"\n')
    with server(root) as client:
        client.initialize(root)
        uri = (root / "a.md").as_uri()
        client.open(uri, UNRESOLVED)
        (problem,) = client.diagnostics(uri, 1)
        assert "fail-on" in problem["message"]
        shown = client.wait_for("window/showMessage")
        assert shown["type"] == 1 and "fail-on" in shown["message"]


def test_stdout_carries_only_the_protocol(tmp_path: Path) -> None:
    """A Python rule that prints must not break the client's framing."""
    root = tmp_path / "repo"
    root.mkdir()
    (root / "noisy.py").write_text(
        "from factcheck.dsl import rule\n"
        "@rule(id='team.noisy', severity='info', description='Prints, then flags nothing.',\n"
        "      examples={'flag': ['Never.'], 'pass': ['Always.']})\n"
        "def noisy(context):\n"
        "    print('Content-Length: 5\\r\\n\\r\\nhello', flush=True)\n"
        "    return []\n")
    (root / "factcheck.toml").write_text('python-rules = ["noisy.py"]\n')
    with server(root) as client:
        client.initialize(root)
        uri = (root / "a.md").as_uri()
        client.open(uri, UNRESOLVED)
        assert by_rule(client.diagnostics(uri, 1), "citation.unresolved")
        assert client.close() == 0


def test_exit_codes(workspace: Path) -> None:
    with server(workspace) as client:
        client.initialize(workspace)
        client.notify("exit", None)  # no shutdown first: the protocol asks for exit code 1
        assert client.process.wait(20) == 1
    with server(workspace) as client:
        client.initialize(workspace)
        assert client.close() == 0


def run_lsp(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True,
                          timeout=60, stdin=subprocess.DEVNULL, env={**os.environ})


def test_without_pygls_one_line_says_how_to_install_it(tmp_path: Path) -> None:
    result = run_lsp("import sys\nsys.modules['pygls'] = None\n"
                     "sys.argv = ['factcheck', 'lsp']\nfrom factcheck.cli import main\nmain()\n",
                     tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("factcheck: ") and "pip install 'pygls>=2,<3'" in line


def test_the_cli_does_not_import_the_server(tmp_path: Path) -> None:
    result = run_lsp("import sys\nimport factcheck.cli\n"
                     "print(sorted(m for m in sys.modules if m.startswith(('pygls', 'lsprotocol',"
                     " 'factcheck.lsp'))))\n", tmp_path)
    assert result.stdout.strip() == "[]", result.stderr


def test_a_named_configuration_that_cannot_be_used_fails_at_start(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("rules = [\n")
    result = subprocess.run([sys.executable, "-m", "factcheck", "lsp", "--config", str(bad)],
                            cwd=tmp_path, capture_output=True, text=True, timeout=60,
                            stdin=subprocess.DEVNULL)
    assert result.returncode == 2
    assert result.stderr.startswith("factcheck: ") and "bad.toml" in result.stderr


def test_a_runaway_python_rule_is_stopped_by_its_time_limit(tmp_path: Path) -> None:
    """Checks run in the server's main thread so that the rule time limit (SIGALRM) holds."""
    root = tmp_path / "repo"
    root.mkdir()
    (root / "stuck.py").write_text(SLOW_RULE.replace("time.sleep(0.8)", "time.sleep(600)")
                                   .replace("team.slow", "team.stuck"))
    (root / "factcheck.toml").write_text('python-rules = ["stuck.py"]\n')
    with server(root) as client:
        client.initialize(root)
        uri = (root / "a.md").as_uri()
        client.open(uri, UNRESOLVED)
        diagnostics = client.diagnostics(uri, 1, timeout=30)
        (timeout,) = by_rule(diagnostics, "engine.rule-timeout")
        assert "team.stuck" in timeout["message"]
        assert by_rule(diagnostics, "citation.unresolved")  # the other rules ran
        assert client.close() == 0


def test_only_articles_are_checked(session: LspClient, workspace: Path) -> None:
    log = (workspace / "build.log").as_uri()
    session.open(log, "Step 4 failed [1].\n", language="plaintext")
    mdx = (workspace / "articles" / "page.mdx").as_uri()
    session.open(mdx, UNRESOLVED, language="markdown")
    assert by_rule(session.diagnostics(mdx, 1), "citation.unresolved")
    published = [message["params"]["uri"] for _, message in session.notifications
                 if message["method"] == "textDocument/publishDiagnostics"]
    assert log not in published


def test_configuration_follows_the_workspace_folders(session: LspClient, workspace: Path,
                                                     tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "factcheck.toml").write_text('[severity]\n"citation.unresolved" = "info"\n')
    uri = (other / "a.md").as_uri()
    session.open(uri, UNRESOLVED)
    (unresolved,) = by_rule(session.diagnostics(uri, 1), "citation.unresolved")
    assert unresolved["severity"] == 1  # outside the workspace: the workspace's configuration
    session.notify("workspace/didChangeWorkspaceFolders", {"event": {
        "added": [{"uri": other.as_uri(), "name": "other"}], "removed": []}})
    (unresolved,) = by_rule(session.diagnostics(uri, 1), "citation.unresolved")
    assert unresolved["severity"] == 3  # checked again, with the new folder's configuration
