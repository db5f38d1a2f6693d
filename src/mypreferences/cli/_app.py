"""The ``mypreferences`` commands (Click): each one is a thin layer over one SDK call."""

from __future__ import annotations

import asyncio
import json
import logging
import shlex
import sys
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from mypreferences._version import __version__
from mypreferences.cli import _export
from mypreferences.cli._output import OutputMode, emit, to_json
from mypreferences.errors import InvalidRequestError, MyPreferencesError

if TYPE_CHECKING:
    from mypreferences import MyPreferences

T = TypeVar("T")

__all__ = ["EXIT_API_ERROR", "EXIT_OK", "EXIT_USAGE", "APIFailure", "Config", "UsageFailure", "cli"]

EXIT_OK = 0
#: The API (or the network, or the export) failed; the message is on standard error.
EXIT_API_ERROR = 1
#: The command line or the ``MYPREFERENCES_*`` configuration is wrong; nothing was sent.
EXIT_USAGE = 2


class APIFailure(click.ClickException):
    """An SDK error: exit status 1, its (scrubbed) message on standard error."""

    exit_code = EXIT_API_ERROR


class UsageFailure(click.ClickException):
    """Bad arguments or configuration, refused before anything was sent: exit status 2."""

    exit_code = EXIT_USAGE


def _describe(exc: BaseException, sent: Sequence[str] = ()) -> str:
    """``Type: message`` of an SDK error, with the command's own input values scrubbed out as well.

    SDK messages carry no credentials and no personal data of the request's parameters (route templates,
    scrubbed server text); the command also removes what it sent in bodies (e.g. patch values), in case
    the server echoed them.
    """
    from mypreferences.errors import scrub

    return scrub(f"{type(exc).__name__}: {exc}", sent)


@dataclass
class Config:
    """What the commands share: connection settings and the output mode.

    Attributes:
        base_url: ``--base-url`` (else ``MYPREFERENCES_BASE_URL``, else the environment's URL).
        sandbox: ``--sandbox``: use the sandbox environment (instead of ``MYPREFERENCES_BASE_URL`` too).
        output: ``auto`` (JSON when standard output is not a terminal), ``json`` or ``table``.
        env: the settings to read instead of ``os.environ`` (tests).
        client_overrides: extra keyword arguments of :class:`~mypreferences.MyPreferences` (e.g. an
            ``http_client`` in tests); they win over everything else.

    """

    base_url: str | None = None
    sandbox: bool = False
    output: OutputMode = "auto"
    env: Mapping[str, str] | None = None
    client_overrides: dict[str, Any] = field(default_factory=dict)

    def client(self) -> MyPreferences:
        """Build the client with :meth:`MyPreferences.from_env` and the command-line overrides."""
        from mypreferences import MyPreferences

        overrides: dict[str, Any] = {}
        if self.sandbox:  # --sandbox wins over MYPREFERENCES_BASE_URL; --base-url wins over both
            overrides["environment"] = "sandbox"
            overrides["base_url"] = None
        if self.base_url:
            overrides["base_url"] = self.base_url
        overrides.update(self.client_overrides)
        try:
            return MyPreferences.from_env(self.env, **overrides)
        except InvalidRequestError as exc:
            raise UsageFailure(f"configuration: {exc}") from None

    def run(self, call: Callable[[MyPreferences], Awaitable[T]], *, sent: Sequence[str] = ()) -> T:
        """Open a client, run ``call(mp)`` on a new event loop, and turn SDK errors into exit statuses.

        ``sent`` are the values the command sends (scrubbed from error messages too).
        """

        async def go() -> T:
            async with self.client() as mp:
                return await call(mp)

        try:
            return asyncio.run(go())
        except InvalidRequestError as exc:
            raise UsageFailure(_describe(exc, sent)) from None
        except MyPreferencesError as exc:
            raise APIFailure(_describe(exc, sent)) from None


pass_config = click.make_pass_decorator(Config, ensure=True)

F = TypeVar("F", bound=Callable[..., Any])


def _set_output(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value in ("json", "table"):
        ctx.ensure_object(Config).output = "json" if value == "json" else "table"


def output_options(command: F) -> F:
    """Accept ``--json`` / ``--table`` after the command too (``mypreferences lookup email X --table``)."""
    for flag in ("table", "json"):
        command = click.option(
            f"--{flag}", "output_mode", flag_value=flag, expose_value=False, callback=_set_output,
            help=f"Print {'a table' if flag == 'table' else 'JSON'}.",
        )(command)  # fmt: skip
    return command


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option(
    "--base-url", metavar="URL", help="API base URL (default: $MYPREFERENCES_BASE_URL or production)."
)
@click.option("--sandbox", is_flag=True, help="Use the sandbox environment (pmstg.mypreferences.com).")
@click.option(
    "--json", "output", flag_value="json", help="Print JSON (the default when stdout is not a terminal)."
)
@click.option("--table", "output", flag_value="table", help="Print a table (the default on a terminal).")
@click.option(
    "-v", "--verbose", count=True, help="Log requests to stderr (-vv: debug). No secrets are logged."
)
@click.version_option(__version__, prog_name="mypreferences")
@click.pass_context
def cli(ctx: click.Context, base_url: str | None, sandbox: bool, output: str | None, verbose: int) -> None:
    """Operate a MyPreferences 3.0 account (PossibleNOW) from the shell.

    Connection settings come from the same variables as MyPreferences.from_env():
    MYPREFERENCES_CLIENT_ID, MYPREFERENCES_USER_ID + MYPREFERENCES_SECRET (PNAUTHINFO3) or
    MYPREFERENCES_OAUTH_CLIENT_ID + _OAUTH_CLIENT_SECRET + _OAUTH_TOKEN_URL, and optionally
    MYPREFERENCES_ENVIRONMENT, _BASE_URL, _TIMEOUT, _MAX_RETRIES, _DEADLINE.

    Exit status: 0 success, 1 API error (message on stderr), 2 usage or configuration error,
    130 interrupted.
    """
    config = ctx.ensure_object(Config)
    config.base_url = base_url or config.base_url
    config.sandbox = sandbox or config.sandbox
    if output in ("json", "table"):
        config.output = "json" if output == "json" else "table"
    if verbose:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger = logging.getLogger("mypreferences")
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG if verbose > 1 else logging.INFO)


# -- profiles ------------------------------------------------------------------------------------------


@cli.group()
def profiles() -> None:
    """Read profiles."""


@profiles.command("get")
@click.argument("profile_id", type=int, required=False)
@click.option(
    "--alternate-id",
    nargs=2,
    metavar="TYPE ID",
    default=None,
    help="Find the profile by an alternate id instead.",
)
@click.option("--inactive", is_flag=True, help="With --alternate-id: also match inactive alternate ids.")
@output_options
@pass_config
def profiles_get(
    config: Config, profile_id: int | None, alternate_id: tuple[str, str] | None, inactive: bool
) -> None:
    """Print one profile: by PROFILE_ID, or by --alternate-id TYPE ID."""
    if (profile_id is None) == (alternate_id is None):
        raise click.UsageError("give PROFILE_ID or --alternate-id TYPE ID (exactly one)")
    if alternate_id is not None:
        id_type, value = alternate_id
        profile = config.run(
            lambda mp: mp.profiles.retrieve_by_alternate_id(id_type, value, match_inactive=inactive),
            sent=[value],
        )
    else:
        assert profile_id is not None
        profile = config.run(lambda mp: mp.profiles.retrieve(profile_id))
    emit(profile.to_dict(), config.output, title="Profile")


# -- lookup --------------------------------------------------------------------------------------------


@cli.group()
def lookup() -> None:
    """Find profiles by email address, phone number or name (at most 50 matches)."""


def _emit_profiles(config: Config, found: Sequence[Any]) -> None:
    emit([p.to_dict() for p in found], config.output, title="Profiles")


@lookup.command("email")
@click.argument("email_address")
@click.option("--type", "email_type", metavar="TYPE", help="Only addresses of this email type.")
@output_options
@pass_config
def lookup_email(config: Config, email_address: str, email_type: str | None) -> None:
    """Profiles holding EMAIL_ADDRESS."""
    found = config.run(
        lambda mp: mp.lookups.by_email(email_address, email_type=email_type), sent=[email_address]
    )
    _emit_profiles(config, found)


@lookup.command("phone")
@click.argument("phone_number")
@click.option("--type", "phone_type", metavar="TYPE", help="Only numbers of this phone type.")
@output_options
@pass_config
def lookup_phone(config: Config, phone_number: str, phone_type: str | None) -> None:
    """Profiles holding PHONE_NUMBER (digits)."""
    found = config.run(
        lambda mp: mp.lookups.by_phone(phone_number, phone_type=phone_type), sent=[phone_number]
    )
    _emit_profiles(config, found)


@lookup.command("name")
@click.argument("last_name")
@click.option("--first", "first_name", metavar="NAME", help="First name (exact).")
@click.option("--middle", "middle_name", metavar="NAME", help="Middle name (exact).")
@output_options
@pass_config
def lookup_name(config: Config, last_name: str, first_name: str | None, middle_name: str | None) -> None:
    """Profiles named LAST_NAME (and --first / --middle when given), exact match."""
    found = config.run(
        lambda mp: mp.lookups.by_name(last_name, first_name=first_name, middle_name=middle_name),
        sent=[n for n in (last_name, first_name, middle_name) if n],
    )
    _emit_profiles(config, found)


# -- export --------------------------------------------------------------------------------------------


@cli.group()
def export() -> None:
    """Export profiles to a file."""


def _parse_since(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        since = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter("expected an ISO 8601 date-time, e.g. 2024-05-01T00:00:00Z") from None
    if since.tzinfo is None:
        raise click.BadParameter("give a time zone, e.g. 2024-05-01T00:00:00Z or +02:00")
    return since


@export.command("segment")
@click.argument("name")
@click.option(
    "--out", "-o", "out", required=True, metavar="FILE",
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    help="Output file: .jsonl/.ndjson (JSON Lines) or .csv; '-' for stdout (JSON Lines).",
)  # fmt: skip
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "csv"]), help="Override the format chosen by extension."
)
@click.option(
    "--start-offset", type=click.IntRange(min=1), default=1, show_default=True, metavar="N",
    help="1-based position of the first profile to fetch; > 1 appends to FILE (resume).",
)  # fmt: skip
@click.option(
    "--token",
    type=click.IntRange(min=0),
    metavar="TOKEN",
    help="Resume this export (its access token) instead of starting one.",
)
@click.option("--since", metavar="DATETIME", help="Only profiles changed since (ISO 8601 with a time zone).")
@click.option("--page-size", type=click.IntRange(1, 10_000), default=1000, show_default=True, metavar="N",
              help="Profiles per Retrieve request.")  # fmt: skip
@click.option("--poll-interval", type=click.FloatRange(min=0.001), default=2.0, show_default=True, metavar="S",
              help="Seconds between status polls (growing to 30 s).")  # fmt: skip
@click.option("--wait-timeout", type=click.FloatRange(min=0), default=3600.0, show_default=True, metavar="S",
              help="Seconds to wait for the export to be ready.")  # fmt: skip
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress bar on stderr (default: when stderr is a terminal).",
)
@output_options
@pass_config
def export_segment(
    config: Config,
    name: str,
    out: Path,
    fmt: _export.Format | None,
    start_offset: int,
    token: int | None,
    since: str | None,
    page_size: int,
    poll_interval: float,
    wait_timeout: float,
    progress: bool | None,
) -> None:
    """Export segment NAME to FILE, streamed page by page (one page in memory).

    The export is committed only after its last page has been written. If the run stops early, nothing
    is committed: run the command printed on stderr (--token T --start-offset N) to continue where it
    stopped, appending to FILE.
    """
    path = None if str(out) == "-" else out
    file_format = _export.format_for(path, fmt)
    if file_format is None:
        raise click.BadParameter(
            "unknown extension: use .jsonl, .ndjson or .csv, or give --format", param_hint="--out"
        )
    since_dt = _parse_since(since)
    if path is not None and start_offset > 1 and path.exists():
        have = _export.count_records(path, file_format)
        if have != start_offset - 1:
            raise click.BadParameter(
                f"{path} holds {have} profile(s), so the next one is --start-offset {have + 1}",
                param_hint="--start-offset",
            )
    show_progress = progress if progress is not None else sys.stderr.isatty()
    shown = "-" if path is None else str(path)

    def resume_hint(tok: int, offset: int) -> str:
        command = f"mypreferences export segment {shlex.quote(name)} --out {shlex.quote(shown)}"
        return f"Resume with:\n  {command} --token {tok} --start-offset {offset}"

    def on_token(tok: int) -> None:
        click.echo(f"export {name!r}: access token {tok}", err=True)

    def on_cancel(tok: int, offset: int) -> None:
        click.echo(f"\ninterrupted; nothing was committed. {resume_hint(tok, offset)}", err=True)

    async def go(mp: MyPreferences) -> _export.ExportResult:
        with _export.open_writer(path, file_format, append=start_offset > 1) as writer:
            return await _export.run_export(
                mp, segment=name, writer=writer, token=token, start_offset=start_offset, page_size=page_size,
                since=since_dt, poll_interval=poll_interval, wait_timeout=wait_timeout or None,
                progress=show_progress, on_token=on_token, on_cancel=on_cancel,
            )  # fmt: skip

    try:
        result = config.run(go)
    except _export.ExportInterrupted as exc:
        error: type[click.ClickException] = (
            UsageFailure if isinstance(exc.cause, InvalidRequestError) else APIFailure
        )
        raise error(
            f"{_describe(exc.cause)}\n{exc.written} profile(s) written to {shown}; the export was not committed. "
            + resume_hint(exc.token, exc.next_offset)
        ) from None
    summary = {
        "segment": name, "token": result.token, "written": result.written, "file": shown,
        "format": file_format, "committed": result.committed, "next_offset": result.next_offset,
    }  # fmt: skip
    click.echo(f"wrote {result.written} profile(s) to {shown}; export {result.token} committed", err=True)
    if path is not None:
        emit(summary, config.output, title="Export")


# -- patch ---------------------------------------------------------------------------------------------


def _value(text: str) -> Any:
    """Parse VALUE as JSON when it parses (``true``, ``42``, ``"42"``, ``{...}``), else keep the text."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def _assignment(text: str, option: str) -> tuple[str, Any]:
    path, sep, value = text.partition("=")
    if not sep or not path:
        raise click.BadParameter(
            f"expected PATH=VALUE, e.g. /CustomerName/FirstName=Ann, got {text!r}", param_hint=option
        )
    return path, _value(value)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def build_patch(replaces: Sequence[str], adds: Sequence[str], removes: Sequence[str]) -> Any:
    """Build the schema-checked :class:`~mypreferences.patch.JsonPatch`: replaces, then adds, then removes."""
    from mypreferences.patch import JsonPatch

    patch = JsonPatch.for_model("UserProfile")
    try:
        for item in replaces:
            patch.replace(*_assignment(item, "--replace"))
        for item in adds:
            patch.add(*_assignment(item, "--add"))
        for path in removes:
            patch.remove(path)
    except InvalidRequestError as exc:
        raise UsageFailure(f"invalid patch: {exc}") from None
    return patch


@cli.command()
@click.argument("profile_id", type=int)
@click.option("--replace", "replaces", multiple=True, metavar="PATH=VALUE", help="Replace the value at PATH.")
@click.option(
    "--add", "adds", multiple=True, metavar="PATH=VALUE", help="Add VALUE at PATH (/Emails/- appends)."
)
@click.option("--remove", "removes", multiple=True, metavar="PATH", help="Remove the value at PATH.")
@click.option("--dry-run", is_flag=True, help="Print the JSON Patch and send nothing.")
@output_options
@pass_config
def patch(
    config: Config,
    profile_id: int,
    replaces: tuple[str, ...],
    adds: tuple[str, ...],
    removes: tuple[str, ...],
    dry_run: bool,
) -> None:
    """Apply a JSON Patch to profile PROFILE_ID.

    PATH is a JSON Pointer into the profile (/CustomerName/FirstName, /Emails/0). VALUE is parsed as
    JSON when it parses (true, 42, null, {"EmailAddress": "..."}), else taken as text; quote numbers
    meant as text: '"12345"'. Paths and values are checked against the UserProfile schema first.
    """
    if not (replaces or adds or removes):
        raise click.UsageError("nothing to do: give --replace, --add and/or --remove")
    built = build_patch(replaces, adds, removes)
    if dry_run:
        click.echo(to_json(built.to_json_list()))
        return
    sent = [v for op in built.to_json_list() for v in _strings(op.get("value"))]
    answer = config.run(lambda mp: mp.profiles.patch(profile_id, body=built), sent=sent)
    emit(answer.to_dict(), config.output, title="Patched")


# -- serve-mock ----------------------------------------------------------------------------------------


@cli.command("serve-mock")
@click.option("--host", default="127.0.0.1", show_default=True, help="Keep it on loopback.")
@click.option("--port", type=click.IntRange(1, 65535), default=8080, show_default=True)
@click.option("--client-id", default="Demo", show_default=True)
@click.option("--user", help="API user for PNAUTHINFO3 (omit to accept unsigned requests).")
@click.option(
    "--secret", envvar="MYPREFERENCES_MOCK_SECRET", help="The user's secret (or $MYPREFERENCES_MOCK_SECRET)."
)
@click.option(
    "--no-seed", is_flag=True, help="Start without the seed configuration (types, custom fields...)."
)
@click.option("--profiles", "demo_profiles", type=click.IntRange(0, 100_000), default=0, show_default=True,
              help="Create this many demo profiles first (Demo Person N, demo-N@example.com, alternate id DEMO-N).")  # fmt: skip
def serve_mock(
    host: str,
    port: int,
    client_id: str,
    user: str | None,
    secret: str | None,
    no_seed: bool,
    demo_profiles: int,
) -> None:
    """Run the embedded MyPreferences server (mypreferences.testing) until interrupted.

    Needs the 'testing' extra. It prints the settings that point this command line at it.
    """
    try:
        from mypreferences.testing import MockServer
    except ImportError as exc:
        raise APIFailure(
            f"serve-mock needs the 'testing' extra: pip install 'mypreferences[testing]' ({exc})"
        ) from None
    if user and not secret:
        raise click.UsageError("--user needs --secret (or MYPREFERENCES_MOCK_SECRET)")
    server = MockServer(client_id, users={user: secret} if user and secret else None, seed=not no_seed)
    if demo_profiles:
        click.echo(f"creating {demo_profiles} demo profile(s)...", err=True)
        asyncio.run(_create_demo_profiles(server, demo_profiles))
    base_url = f"http://{host}:{port}{server.base_path}"
    lines = [
        f"MyPreferences mock server on {base_url} (client id {client_id}"
        + (f", user {user})" if user else ", authentication disabled)"),
        f"  export MYPREFERENCES_BASE_URL={base_url} MYPREFERENCES_CLIENT_ID={client_id}",
        f"  export MYPREFERENCES_USER_ID={user or 'any'} MYPREFERENCES_SECRET=<the secret>"
        if user else "  export MYPREFERENCES_USER_ID=any MYPREFERENCES_SECRET=any",
    ]  # fmt: skip
    click.echo("\n".join(lines), err=True)
    server.run(host, port)


async def _create_demo_profiles(server: Any, n: int) -> None:
    mp = server.client()

    def body(i: int) -> dict[str, Any]:
        return {
            "CustomerName": {"FirstName": "Demo", "LastName": f"Person {i}"},
            "AlternateIds": [{"AlternateIdType": "DEMO", "AlternateId": f"DEMO-{i}"}],
            "Emails": [{"EmailAddress": f"demo-{i}@example.com", "EmailAddressType": "Personal"}],
        }

    outcomes = await mp.fan_out(lambda i: mp.profiles.create(body=body(i)), range(1, n + 1), concurrency=16)
    await server.aclose()
    failed = sum(not o.ok for o in outcomes)
    if failed:
        raise APIFailure(f"{failed} of {n} demo profiles could not be created")
