"""A time budget for one article's extraction: an extractor caught in a loop on one odd text (a bug) costs that
article, as an extractor's exception does (`transforms.extract.extract_chunk`), not the run.

Ten seconds is slow for an article (the benchmarks run some 17 a second); the budget is generous, so that
only an extraction that will never end runs out of it.  A timer thread raises `ArticleTimeout` in the thread
that extracts (CPython's asynchronous exception: it works in a Prefect task's thread as in a worker process),
between two steps of Python code: a loop of pure Python ends, a call into a C library is waited for.
"""

from __future__ import annotations

import ctypes
import sys
import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager

ARTICLE_SECONDS = 120.0


class ArticleTimeout(Exception):
    """An article's extraction ran out of its time budget.  Raised by class, without arguments (what an
    asynchronous exception allows), so each budget makes its own subclass holding `seconds` and `stack`, where
    the extraction was then, for the reject (`transforms.rejects.failed_extraction`)."""

    seconds: float = 0.0
    stack: traceback.StackSummary | None = None

    def __init__(self) -> None:
        super().__init__(f"extraction took more than {self.seconds:g} s")


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> None:
    # None clears an exception set but not yet raised
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc else None)


@contextmanager
def article_deadline(seconds: float = ARTICLE_SECONDS) -> Iterator[None]:
    """Raise `ArticleTimeout` in the body if it runs longer than `seconds`; never after the body has ended."""
    target = threading.get_ident()
    lock = threading.Lock()
    state = {"ended": False, "fired": False}

    def expire() -> None:
        with lock:
            if state["ended"]:
                return
            frame = sys._current_frames().get(target)
            timeout = type("ArticleTimeout", (ArticleTimeout,), {
                "seconds": seconds, "stack": traceback.extract_stack(frame) if frame is not None else None})
            state["fired"] = True
            _raise_in(target, timeout)

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with lock:
            state["ended"] = True
            if state["fired"]:
                _raise_in(target, None)
