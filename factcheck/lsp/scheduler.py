"""When to check: one document at a time, in the thread that runs ``run`` (the main thread: a
Python rule's time limit is a SIGALRM, which only the main thread receives, as in a batch's
worker process).

A document is checked at once when it is opened or saved. A change is debounced on both edges:
the first change after the text has been quiet for the debounce delay is checked at once (a
writer who types a word and stops gets findings in the time of one check, not one check plus
the delay), and changes that follow it closer than the delay wait until the text has been quiet
that long (a burst of keystrokes, a paste, an undo run costs one more check, not one each).

A change that comes while its document is being checked sets a new due time; the check under
way finishes and its result is dropped (its text is no longer the editor's), so the editor is
never shown findings for a text it no longer has.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class Scheduler:
    def __init__(self, check: Callable[[str], None]) -> None:
        self._check = check
        self._due: dict[str, float] = {}  # uri -> monotonic time it is due
        self._changed: dict[str, float] = {}  # uri -> when its last change was asked for
        self._condition = threading.Condition()
        self._stopped = False

    def request(self, uri: str, delay: float = 0.0) -> None:
        """Check ``uri`` now (``delay`` 0: opened, saved), or, for a change debounced by
        ``delay`` seconds, now if the text was quiet that long, else once it has been."""
        with self._condition:
            now = time.monotonic()
            pending = self._due.get(uri)
            if delay <= 0:
                due = now if pending is None else min(now, pending)
            else:
                last = self._changed.get(uri)
                self._changed[uri] = now
                quiet = pending is None and (last is None or now - last >= delay)
                due = now if quiet else now + delay
            self._due[uri] = due
            self._condition.notify()

    def cancel(self, uri: str) -> None:
        with self._condition:
            self._due.pop(uri, None)
            self._changed.pop(uri, None)

    def stop(self) -> None:
        with self._condition:
            self._stopped = True
            self._condition.notify()

    @property
    def stopped(self) -> bool:
        return self._stopped

    def _next(self) -> str | None:
        """The next due document, waiting for it; None once stopped."""
        with self._condition:
            while not self._stopped:
                if not self._due:
                    self._condition.wait()
                    continue
                uri, due = min(self._due.items(), key=lambda item: item[1])
                wait = due - time.monotonic()
                if wait <= 0:
                    del self._due[uri]
                    return uri
                self._condition.wait(wait)
            return None

    def run(self) -> None:
        """Check documents as they fall due until ``stop``."""
        while (uri := self._next()) is not None:
            self._check(uri)
