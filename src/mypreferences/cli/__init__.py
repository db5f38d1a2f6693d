"""``mypreferences``: a command line for operators, built on the SDK.

Install it with the ``cli`` extra (Click and Rich)::

    pip install 'mypreferences[cli]'

Configure it with the same variables as :meth:`mypreferences.MyPreferences.from_env`
(``MYPREFERENCES_CLIENT_ID``, ``MYPREFERENCES_USER_ID`` + ``MYPREFERENCES_SECRET``, or the
``MYPREFERENCES_OAUTH_*`` trio; optionally ``MYPREFERENCES_ENVIRONMENT``, ``_BASE_URL``, ``_TIMEOUT``,
``_MAX_RETRIES``, ``_DEADLINE``), plus ``--base-url URL`` and ``--sandbox``::

    mypreferences profiles get 1001
    mypreferences profiles get --alternate-id CRM A-1001
    mypreferences lookup email ada@example.com
    mypreferences lookup phone 5551234567
    mypreferences lookup name Lovelace --first Ada
    mypreferences export segment Newsletter --out newsletter.jsonl      # or .csv
    mypreferences export segment Newsletter --out newsletter.jsonl --token 7001 --start-offset 2001
    mypreferences patch 1001 --replace /CustomerName/FirstName=Ann --remove /Emails/1 --dry-run
    mypreferences serve-mock --port 8080 --profiles 100     # the embedded server (extra 'testing')

Answers are printed as JSON when standard output is not a terminal (pipe them to ``jq``), and as a
table on a terminal; ``--json`` and ``--table`` choose. Exit status: 0 success, 1 API error (the SDK's
message on standard error, which never holds credentials or personal data), 2 usage or configuration
error (nothing was sent), 130 interrupted (an export then prints how to resume it).
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["main"]

_HINT = "the mypreferences command line needs the 'cli' extra: pip install 'mypreferences[cli]'"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line (the ``mypreferences`` console script) and return its exit status.

    Args:
        argv: the arguments (default: ``sys.argv[1:]``).

    Returns:
        0 on success, 1 for an API error, 2 for a usage or configuration error, 130 when interrupted.

    """
    try:
        from mypreferences.cli._app import cli
    except ModuleNotFoundError as exc:  # click or rich missing
        import sys

        print(f"{_HINT} (missing module {exc.name!r})", file=sys.stderr)
        return 2
    import click

    try:
        result = cli.main(
            args=list(argv) if argv is not None else None, prog_name="mypreferences", standalone_mode=False
        )
    except click.ClickException as exc:  # usage errors (2), API errors (1)
        exc.show()
        return exc.exit_code
    except (click.Abort, KeyboardInterrupt):  # Ctrl-C
        click.echo("Aborted!", err=True)
        return 130
    except BrokenPipeError:  # e.g. `mypreferences lookup ... | head -1`
        import os
        import sys

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return 1
    return result if isinstance(result, int) else 0
