"""The language server (`factcheck lsp`): findings in the editor as the writer types.

pygls is an optional dependency (the ``lsp`` extra) and is imported only
when the server starts, so the CLI's start-up does not pay for it; nor does this module import
the pipeline before it knows pygls is there. docs/editors.md tells how to set up VS Code,
Neovim and Helix.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

__all__ = ["EXIT_INPUT", "INSTALL_HINT", "pygls_available", "run"]

EXIT_INPUT = 2  # as the CLI: an input (here, a missing dependency or configuration) is unusable
# pygls into the environment factcheck runs from: factcheck-engine is not on PyPI, so
# `pip install 'factcheck-engine[lsp]'` would not find it; the extra is the same requirement.
INSTALL_HINT = ("factcheck: the language server needs pygls (factcheck-engine's [lsp] extra): "
                "pip install 'pygls>=2,<3' in the environment factcheck runs from")


def pygls_available() -> bool:
    # Imported, not just looked up: an installation that is there but broken (a pygls 1.x,
    # which has no pygls.lsp.server) is as good as none. The server imports it next anyway.
    try:
        import pygls.lsp.server  # noqa: F401
    except ImportError:
        return False
    return True


def run(config: Path | None = None, no_config: bool = False, sources: Sequence[Path] = (),
        follow_symlinks: bool = False, debounce: float | None = None) -> int:
    """Serve over stdio; the exit code.

    Without pygls, one line on stderr says how to install it (exit 2). A configuration named
    with ``config`` is loaded first, and one that cannot be used fails at once as in the CLI
    (exit 2); one found from a workspace folder is loaded when that folder's first article is
    checked, and a problem in it is shown in the editor.
    """
    if not pygls_available():
        print(INSTALL_HINT, file=sys.stderr)
        return EXIT_INPUT
    if config is not None and no_config:
        print("factcheck: --config and --no-config contradict each other; give one",
              file=sys.stderr)
        return EXIT_INPUT
    from factcheck.errors import FactcheckError
    from factcheck.lsp.checking import Checking, ServerOptions
    from factcheck.lsp.server import serve
    from factcheck.visible import visible

    options = ServerOptions(config=config, no_config=no_config, sources=tuple(sources),
                            follow_symlinks=follow_symlinks)
    if debounce is not None:
        options = replace(options, debounce=debounce)
    if config is not None:
        try:
            Checking(options).setup_for(None)
        except FactcheckError as error:
            print(f"factcheck: {visible(error.one_line())}", file=sys.stderr)
            return EXIT_INPUT
    return serve(options)
