"""``python -m mypreferences.testing``: serve a mock MyPreferences v4 account on loopback."""

from __future__ import annotations

import argparse
import os
import sys

from mypreferences.testing import MockServer


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and serve until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m mypreferences.testing", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--client-id", default="Demo")
    parser.add_argument("--user", help="API user for PNAUTHINFO3 (omit to disable authentication)")
    parser.add_argument("--secret", help="the user's secret (default: $MYPREFERENCES_MOCK_SECRET)")
    parser.add_argument("--no-seed", action="store_true", help="start with an empty configuration")
    parser.add_argument("--pending-reads", type=int, help="answer writes with 202 Pending Update for N reads")
    args = parser.parse_args(argv)
    users = None
    if args.user:
        secret = args.secret or os.environ.get("MYPREFERENCES_MOCK_SECRET")
        if not secret:
            parser.error("--user needs --secret or MYPREFERENCES_MOCK_SECRET")
        users = {args.user: secret}
    server = MockServer(args.client_id, users=users, seed=not args.no_seed, pending_reads=args.pending_reads)
    print(
        f"MyPreferences mock server: base_url=http://{args.host}:{args.port}{server.base_path} "
        f"client_id={args.client_id}" + (f" user={args.user}" if args.user else " (authentication disabled)"),
        file=sys.stderr,
        flush=True,
    )
    server.run(args.host, args.port)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
