"""Griffe extension: render the SDK's reStructuredText habits as Markdown in the API reference.

The docstrings are Google style, with two Sphinx habits that Markdown would show verbatim:

* roles such as ``:class:`~mypreferences.errors.InvalidRequestError``` become inline code
  (`` `InvalidRequestError` ``; with ``~`` only the last component is shown, as Sphinx does);
* a paragraph ending in ``::`` (which introduces an indented literal block) ends in ``:`` instead;
* an argument entry naming two parameters (``pending_reads / pending_seconds: ...``) becomes two entries
  (the second one holding the description), so the Google parser sees real parameter names.

Double-backquoted literals are already valid Markdown. Configured in ``mkdocs.yml`` under the
mkdocstrings python handler's ``extensions``.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:py:)?(?:class|func|meth|attr|data|mod|exc|obj|const|term|ref|doc):`(?P<body>[^`]+)`")
_LITERAL = re.compile(r"(?m)(?<=\S)::[ \t]*$")
_BARE_LITERAL = re.compile(r"(?m)^[ \t]*::[ \t]*$")
_PAIR = re.compile(r"(?m)^(?P<indent>[ \t]+)(?P<a>[A-Za-z_]\w*) / (?P<b>[A-Za-z_]\w*):(?P<rest>.*)$")


def _role(match: re.Match[str]) -> str:
    body = match.group("body").strip()
    explicit = re.fullmatch(r"(?P<text>.+?)\s*<(?P<target>[^>]+)>", body)
    if explicit:
        text = explicit.group("text")
    elif body.startswith("~"):
        text = body[1:].rsplit(".", 1)[-1]
    else:
        text = body
    return f"`{text}`"


def markdown_docstring(text: str) -> str:
    """Rewrite Sphinx roles and ``::`` literal markers of a docstring as Markdown."""
    text = _ROLE.sub(_role, text)
    text = _PAIR.sub(r"\g<indent>\g<a>: see `\g<b>`.\n\g<indent>\g<b>:\g<rest>", text)
    text = _BARE_LITERAL.sub("", text)
    return _LITERAL.sub(":", text)


class SphinxRoles(griffe.Extension):
    """Rewrite every docstring once it has been loaded."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Rewrite the docstring of ``obj``."""
        if obj.docstring is not None:
            obj.docstring.value = markdown_docstring(obj.docstring.value)
