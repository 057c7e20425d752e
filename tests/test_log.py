"""Logging: structlog loads only when a message passes the level, and never writes to stdout."""

from __future__ import annotations

from tests.conftest import SEED, run_python


def test_a_check_that_logs_nothing_does_not_load_structlog() -> None:
    # structlog brings rich and asyncio, a fifth of the cold start; a quiet run must not pay.
    done = run_python(f"""
        import sys
        from factcheck.cli import main
        sys.argv = ["factcheck", "check", {str(SEED)!r}, "--output", "/dev/null"]
        try:
            main()
        except SystemExit:
            pass
        print(sorted(m for m in ("structlog", "rich", "asyncio") if m in sys.modules))
    """)
    assert done.stdout.strip() == "[]", done.stderr


def test_library_use_logs_to_stderr_by_default() -> None:
    done = run_python("""
        from factcheck.log import get_logger
        get_logger("t").info("dropped below the default level")
        get_logger("t").warning("kept", n=1)
    """)
    assert done.stdout == ""
    assert "kept" in done.stderr and "dropped" not in done.stderr


def test_a_host_programs_structlog_setup_is_kept() -> None:
    done = run_python("""
        import structlog
        structlog.configure(processors=[lambda logger, name, event: "host:" + event["event"]])
        from factcheck.log import get_logger
        get_logger("t").warning("from factcheck")
    """)
    assert done.stdout.strip() == "host:from factcheck"
