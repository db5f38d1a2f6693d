"""``mypreferences export``: file writers (JSON Lines, CSV), the progress bar, and the export loop."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any, Literal, Protocol, TypeAlias

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from mypreferences import MyPreferences
from mypreferences.errors import MyPreferencesError

Format: TypeAlias = Literal["jsonl", "csv"]

__all__ = [
    "CSV_COLUMNS",
    "ExportInterrupted",
    "ExportResult",
    "Format",
    "count_records",
    "format_for",
    "open_writer",
    "run_export",
]

#: The CSV columns: the top-level fields of an exported profile (``ExportedProfile``), in this order.
#: Scalars are written as text (booleans as ``true``/``false``, null as an empty cell); objects and arrays
#: as compact JSON. Fields outside this list are kept, as one JSON object, in the last column ``Other``.
CSV_COLUMNS = (
    "ProfileId", "IsActive", "RegistrationConfirmed", "CustomerType", "CustomerName", "DefaultLocale",
    "UpdateStatus", "ReasonCode", "PreserveConsents", "PreservePreferences", "AlternateIds", "Emails",
    "PhoneNumbers", "Addresses", "ProfilePreferences", "Consents", "CustomFields", "Groups", "ProfileTags",
    "Edited", "Other",
)  # fmt: skip

_EXTENSIONS: dict[str, Format] = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}


def format_for(path: Path | None, explicit: Format | None) -> Format | None:
    """Return the file format: ``explicit``, else from the extension (``.csv``; ``.jsonl``/``.ndjson``).

    Standard output (``path`` None) defaults to JSON Lines; an unknown extension gives None.
    """
    if explicit is not None:
        return explicit
    if path is None:
        return "jsonl"
    return _EXTENSIONS.get(path.suffix.lower())


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return _compact(value)
    return str(value)


class Writer(Protocol):
    """Where exported profiles go."""

    def write(self, record: Mapping[str, Any]) -> None:
        """Write one profile (its API JSON)."""

    def checkpoint(self) -> None:
        """Make everything written so far durable (called after each page, before the commit)."""


class _JsonLines:
    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, record: Mapping[str, Any]) -> None:
        self._stream.write(_compact(record) + "\n")

    def checkpoint(self) -> None:
        _sync(self._stream)


class _Csv:
    def __init__(self, stream: IO[str], *, header: bool) -> None:
        self._stream = stream
        self._csv = csv.writer(stream, lineterminator="\n")
        if header:
            self._csv.writerow(CSV_COLUMNS)

    def write(self, record: Mapping[str, Any]) -> None:
        known = CSV_COLUMNS[:-1]
        other = {k: v for k, v in record.items() if k not in known}
        row = [_csv_cell(record.get(k)) for k in known]
        row.append(_compact(other) if other else "")
        self._csv.writerow(row)

    def checkpoint(self) -> None:
        _sync(self._stream)


def _sync(stream: IO[str]) -> None:
    stream.flush()
    with contextlib.suppress(OSError, ValueError):  # pipes, terminals and test buffers cannot fsync
        os.fsync(stream.fileno())


def count_records(path: Path, fmt: Format) -> int:
    """Count the profiles already in an export file (lines of JSON Lines; CSV rows after the header)."""
    if not path.exists():
        return 0
    with path.open(encoding="utf-8", newline="") as f:
        if fmt == "jsonl":
            return sum(1 for line in f if line.strip())
        return max(sum(1 for _ in csv.reader(f)) - 1, 0)


@contextlib.contextmanager
def open_writer(path: Path | None, fmt: Format, *, append: bool) -> Iterator[Writer]:
    """Open ``path`` (None: standard output) for writing ``fmt``; ``append`` continues an existing file."""
    if path is None:
        stream = sys.stdout
        yield _Csv(stream, header=not append) if fmt == "csv" else _JsonLines(stream)
        stream.flush()
        return
    header = not (append and path.exists() and path.stat().st_size > 0)
    with path.open("a" if append else "w", encoding="utf-8", newline="") as f:
        yield _Csv(f, header=header) if fmt == "csv" else _JsonLines(f)


class _RateColumn(ProgressColumn):
    """Profiles per second."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.0f} profiles/s" if speed else "- profiles/s", style="progress.data.speed")


class _Bar:
    """The export progress bar on standard error (count, total, rate, elapsed and remaining time)."""

    def __init__(self, enabled: bool, description: str, completed: int) -> None:
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        if enabled:
            self._progress = Progress(
                SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                _RateColumn(), TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn(),
                console=Console(stderr=True), transient=False,
            )  # fmt: skip
            self._task = self._progress.add_task(description, total=None, completed=completed)

    def __enter__(self) -> _Bar:
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()

    def advance(self) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.advance(self._task)

    def total(self, total: int | None) -> None:
        if self._progress is not None and self._task is not None and total is not None:
            self._progress.update(self._task, total=total)


@dataclass(frozen=True)
class ExportResult:
    """What an export run did."""

    token: int
    written: int
    next_offset: int
    committed: bool


class ExportInterrupted(Exception):
    """The export stopped before its last page; nothing was committed (``next_offset`` is where to resume)."""

    def __init__(self, cause: BaseException, token: int, written: int, next_offset: int) -> None:
        super().__init__(str(cause))
        self.cause = cause
        self.token = token
        self.written = written
        self.next_offset = next_offset


async def run_export(
    mp: MyPreferences,
    *,
    segment: str,
    writer: Writer,
    token: int | None,
    start_offset: int,
    page_size: int,
    since: datetime | None,
    poll_interval: float,
    wait_timeout: float | None,
    progress: bool,
    on_token: Callable[[int], object],
    on_cancel: Callable[[int, int], object],
) -> ExportResult:
    """Start (or resume) a segment export, wait for it, and stream its profiles into ``writer``.

    Thin over :class:`mypreferences.exports.Exports`: ``start`` (unless ``token`` is given), ``wait``, then
    ``iter_profiles(start_offset=...)``, which commits the export only after the last page. ``writer`` is
    checkpointed after every page, so every profile is on disk before the commit is sent. ``on_token(token)``
    is called once the token is known; ``on_cancel(token, next_offset)`` when the run is cancelled (Ctrl-C).

    Raises:
        ExportInterrupted: an SDK error or an interruption after the export started (the resume point).
        MyPreferencesError: the export could not be started.

    """
    if token is None:
        token = await mp.exports.start(segment=segment, last_date_time=since)
    on_token(token)
    written = 0
    try:
        status = await mp.exports.wait(token, poll_interval=poll_interval, timeout=wait_timeout)
        row_count = status.to_dict().get("RowCount")
        with _Bar(progress, f"export {segment}", start_offset - 1) as bar:
            bar.total(row_count if isinstance(row_count, int) and not isinstance(row_count, bool) else None)

            def page_done(_position: int, total: int | None) -> None:
                writer.checkpoint()
                bar.total(total)

            async for profile in mp.exports.iter_profiles(
                token, page_size=page_size, start_offset=start_offset, on_progress=page_done
            ):
                writer.write(profile.to_dict())
                written += 1
                bar.advance()
    except (MyPreferencesError, OSError) as exc:
        raise ExportInterrupted(exc, token, written, start_offset + written) from exc
    except BaseException:  # cancelled (Ctrl-C): say where to resume, then let the cancellation through
        on_cancel(token, start_offset + written)
        raise
    return ExportResult(token=token, written=written, next_offset=start_offset + written, committed=True)
