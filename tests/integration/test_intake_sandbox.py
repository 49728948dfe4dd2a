"""The sandbox: hostile files end Ready or Error within limits; hangs and crashes are contained."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from invoicedesk.documents.intake.result import ParseResult
from invoicedesk.documents.intake.sandbox import MAX_FILE_BYTES, ParserPool, parse_file

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
HOSTILE = DATA / "pdf" / "hostile"
needs_data = pytest.mark.skipif(not HOSTILE.is_dir(), reason=f"shared test data missing: {HOSTILE}")

EXPECTED_ERRORS = {
    "generated-zero-bytes.pdf": "The file is empty.",
    "generated-random-bytes.pdf": "The file is not a PDF.",
    "generated-html-named-pdf.pdf": "The file is not a PDF: it is a web page (HTML).",
    "libreoffice-writer-password.pdf": "The PDF is encrypted with a password.",
    "pypdf-encrypted-file.pdf": "The PDF is encrypted with a password.",
    "pypdf-r4-aes-user-password.pdf": "The PDF is encrypted with a password.",
    "pypdf-crazyones-encrypted-256.pdf": "The PDF is encrypted with a password.",
    "pdfplumber-password-example.pdf": "The PDF is encrypted with a password.",
}


# Test-only parse functions; module level so that the spawned child can import them.
def hang(data: bytes, filename: str) -> ParseResult:
    """Never return (unless asked for the quick file)."""
    if filename == "quick":
        return ParseResult(ok=True, kind="xml")
    time.sleep(3600)
    raise AssertionError("unreachable")


def crash(data: bytes, filename: str) -> ParseResult:
    """Die hard, like a segfault in a C extension, except for the quick file."""
    if filename == "quick":
        return ParseResult(ok=True, kind="xml")
    os.abort()


def hog(data: bytes, filename: str) -> ParseResult:
    """Allocate far beyond the memory limit."""
    blocks = [bytearray(64 * 1024 * 1024) for _ in range(64)]
    return ParseResult(ok=bool(blocks))


def boom(data: bytes, filename: str) -> ParseResult:
    """Raise an ordinary exception."""
    raise ValueError("boom")


@needs_data
@pytest.mark.slow
def test_every_hostile_file_ends_ready_or_error() -> None:
    """All hostile PDFs through a 2-worker pool: a result for each, well under 2 minutes."""
    files = sorted(HOSTILE.glob("*.pdf"))
    started = time.monotonic()
    with ParserPool(2, timeout_s=60) as pool:  # the default: a scan is OCR'd (issue 23)
        futures = {path.name: pool.submit(path.read_bytes(), path.name) for path in files}
        results = {name: future.result(timeout=180) for name, future in futures.items()}
    # the text-less ones are OCR'd now (issue 23): up to 3 rendered pages each
    assert time.monotonic() - started < 120
    for name, result in results.items():
        assert isinstance(result, ParseResult)
        if result.ok:
            assert result.error is None and result.pages >= 1, name
        else:
            assert result.error and result.error.endswith("."), name
    for name, error in EXPECTED_ERRORS.items():
        assert results[name].error == error, name
    assert results["generated-truncated.pdf"].ok is False
    image = results["imagemagick-CCITTFaxDecode.pdf"]
    assert image.ok and not image.has_text and image.notes
    empty_password = results["pypdf-encrypted_doc_no_id.pdf"]
    assert empty_password.ok and empty_password.encrypted
    assert results["pdfplumber-issue-316-example.pdf"].pages == 17
    assert any("first 10 of 17" in n for n in results["pdfplumber-issue-316-example.pdf"].notes)
    deep = results["generated-deep-nesting.pdf"]
    assert deep.ok and deep.value("gross") == "100.00"
    odd = results["generated-name with spaces & ümlauts (copy).pdf"]
    assert odd.ok and odd.value("invoice_number") == "VF1005193039"
    assert results["with-attachment.pdf"].ok and results["with-attachment.pdf"].einvoice is None


@pytest.mark.slow
def test_hanging_child_is_killed_and_pool_goes_on() -> None:
    """A child that hangs is killed at the time limit and replaced; the next file works."""
    with ParserPool(1, timeout_s=1.5, parse_fn=hang) as pool:
        started = time.monotonic()
        result = pool.submit(b"%PDF-1.4", "slow.pdf").result(timeout=30)
        assert time.monotonic() - started < 10
        assert not result.ok and result.error == "Reading the file took longer than 1.5 s."
        assert pool.submit(b"<x/>", "quick").result(timeout=30).ok


@pytest.mark.slow
def test_crashing_child_gives_error_and_pool_goes_on() -> None:
    """A child killed by a signal (like a segfault) yields ok=False; the pool keeps working."""
    with ParserPool(1, parse_fn=crash) as pool:
        result = pool.submit(b"%PDF-1.4", "crash.pdf").result(timeout=30)
        assert not result.ok and result.error and "crash" in result.error
        assert pool.submit(b"<x/>", "quick").result(timeout=30).ok


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_AS exists on POSIX only")
def test_memory_limit_and_exceptions_become_errors() -> None:
    """Allocating beyond the limit and raising both end as clear errors."""
    with ParserPool(1, memory_mb=512, parse_fn=hog) as pool:
        result = pool.submit(b"x", "big.pdf").result(timeout=60)
    assert not result.ok and result.error == "Reading the file needed more than 512 MB of memory."
    with ParserPool(1, parse_fn=boom) as pool:
        result = pool.submit(b"x", "boom.pdf").result(timeout=60)
    assert not result.ok and result.error == "The file could not be read (ValueError)."


def test_oversize_file_is_refused_before_the_child(tmp_path: Path) -> None:
    """Files over the size limit never reach a worker."""
    big = tmp_path / "big.pdf"
    with big.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    result = parse_file(big)
    assert not result.ok and result.error == "The file is larger than 50 MB."
    missing = parse_file(tmp_path / "missing.pdf")
    assert (
        not missing.ok and missing.error and missing.error.startswith("The file cannot be opened")
    )


@needs_data
@pytest.mark.slow
def test_parse_file_reads_an_einvoice_in_a_child() -> None:
    """parse_file returns a picklable result with the e-invoice from a PDF path."""
    path = DATA / "einvoice" / "zugferd" / "MustangGnuaccountingBeispielRE-20201121_508_withBOM.pdf"
    result = parse_file(path)
    assert result.ok and result.einvoice is not None
    assert result.value("invoice_number") == "RE-20201121/508"
    assert result.value("gross") == "571.04"
    assert result.words and result.has_text


def which_pid(data: bytes, filename: str) -> ParseResult:
    """Report the child's process id (as a note) and whether its validators are compiled."""
    from invoicedesk.documents.einvoice import validate

    return ParseResult(ok=True, kind="xml", notes=[str(os.getpid()), str(len(validate._XSLTS))])


def test_wait_ready_reaches_every_worker() -> None:
    """wait_ready pins one job to each worker, so every child has started when it returns
    (the bench's clock starts after it)."""
    with ParserPool(2, parse_fn=which_pid) as pool:
        pool.wait_ready()
        assert all(worker.ready for worker in pool._workers)
        pids = {pool.submit(b"x", "x").result().notes[0] for _ in range(4)}
        assert pids <= {str(worker.process.pid) for worker in pool._workers}


def test_warm_workers_compile_every_validator_before_ready() -> None:
    """A warm pool's child has compiled the schematron of every e-invoice level before it
    takes its first file (compiled once per worker, not in the timed part of the bench)."""
    from invoicedesk.documents.intake import sandbox

    with ParserPool(1, warm_up=True, parse_fn=sandbox.read_in_child) as pool:
        pool.wait_ready()
        conn = pool._workers[0]
        assert conn.ready
    # the compile itself: the validators' cache holds every level after warm_up("all")
    from invoicedesk.documents.einvoice import validate

    validate.warm_up("all")
    assert len(validate._XSLTS) == len(validate._CII_LEVELS) + 1


def test_a_file_handed_in_while_the_pool_closes_is_answered() -> None:
    """An intake task hands in a file at the moment the application quits and closes the pool.
    Its future must be answered (``SHUT_DOWN``): unanswered, the task waits forever and the
    application process never ends (Qt's thread pool waits for its threads at exit). The put
    of the job is slowed down here until the pool's thread has ended (at most 2 s), which is
    where a job used to slip in behind the stop message."""
    import threading

    from invoicedesk.documents.intake import sandbox

    pool = ParserPool(1, parse_fn=hang)
    jobs = pool._jobs
    slow_put_started = threading.Event()

    class SlowQueue:
        def put(self, item: object) -> None:
            if item is not None:  # a job: let close() overtake it if it can
                slow_put_started.set()
                pool._thread.join(2)
            jobs.put(item)

        def __getattr__(self, name: str) -> object:
            return getattr(jobs, name)

    pool._jobs = SlowQueue()  # type: ignore[assignment]
    handed_in: list[object] = []
    submitter = threading.Thread(target=lambda: handed_in.append(pool.submit(b"<x/>", "quick")))
    submitter.start()
    assert slow_put_started.wait(10)
    pool.close()
    submitter.join(10)
    future = handed_in[0]
    result = future.result(timeout=15)  # type: ignore[attr-defined]
    assert result is sandbox.SHUT_DOWN or result.ok  # read before the stop, or told it was not
