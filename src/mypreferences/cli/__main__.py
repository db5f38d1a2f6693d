"""``python -m mypreferences.cli``: the same as the ``mypreferences`` command."""

from __future__ import annotations

from mypreferences.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
