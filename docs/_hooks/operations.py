"""MkDocs hook: put the README's generated operation table into the docs, without a copy.

``make generate`` writes the table of every operation into README.md between the lines
``<!-- operations:start ... -->`` and ``<!-- operations:end -->``. A page that holds the line
``<!-- mypreferences:operations -->`` gets that table, read from README.md at build time, so the site
always shows what the generator last wrote. The build fails when the markers are missing.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

PLACEHOLDER = "<!-- mypreferences:operations -->"
_SECTION = re.compile(r"<!-- operations:start[^>]*-->\s*\n(?P<table>.*?)\n\s*<!-- operations:end -->", re.S)


def _readme(config: Any) -> Path:
    return Path(config.config_file_path).resolve().parent / "README.md"


def operations_table(readme: Path) -> str:
    """Return the Markdown between the operation markers of ``readme``."""
    match = _SECTION.search(readme.read_text(encoding="utf-8"))
    if match is None:
        raise PluginError(f"{readme}: no '<!-- operations:start' ... '<!-- operations:end -->' section")
    table = match.group("table").strip()
    if not table.startswith("|"):
        raise PluginError(f"{readme}: the operations section does not start with a Markdown table")
    return table


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Replace the placeholder line with the README's operation table."""
    if PLACEHOLDER not in markdown:
        return markdown
    return markdown.replace(PLACEHOLDER, operations_table(_readme(config)))


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    """Rebuild on ``mkdocs serve`` when README.md changes."""
    server.watch(str(_readme(config)))
    return server
