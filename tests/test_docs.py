"""The documentation site: the strict MkDocs build, its contents, and what a browser shows of it.

The build runs once per module into a temporary directory (``mkdocs build --strict``: broken links,
missing references and docstring warnings fail it). Headless Chromium then takes screenshots of the home
page and of a reference page, and the PNGs are decoded (stdlib ``zlib``/``struct``) to check that a real
page was drawn: the theme's header colour at the top, text in the content area, many colours. The
screenshot test is skipped when Chromium is not installed (Debian: ``apt-get install chromium``).
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import struct
import subprocess
import sys
import zlib
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = next((p for p in (shutil.which("chromium"), "/usr/bin/chromium") if p and Path(p).exists()), None)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    missing = [m for m in ("mkdocs", "material", "mkdocstrings", "mkdocstrings_handlers.python", "pymdownx")
               if importlib.util.find_spec(m.split(".")[0]) is None]  # fmt: skip
    assert not missing, f"the docs tools are not installed ({missing}): pip install -e '.[dev]'"
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"), "-d", str(out)],
        capture_output=True, text=True, timeout=600, env=env, cwd=ROOT, check=False,
    )  # fmt: skip
    log = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"mkdocs build --strict failed:\n{log[-6000:]}"
    assert "WARNING" not in log, log
    return out


def page(site: Path, name: str) -> str:
    return (site / name).read_text(encoding="utf-8")


def test_every_page_is_built(site: Path) -> None:
    guides = ["auth", "errors", "exports", "fan-out", "json-patch", "v2-migration", "testing", "scale-out",
              "http-clients", "cli"]  # fmt: skip
    reference = ["operations", "client", "resources", "errors", "patch", "exports", "fanout", "testing", "auth",
                 "ratelimit", "compat"]  # fmt: skip
    for name in [
        "index",
        "changelog",
        *(f"guides/{g}" for g in guides),
        *(f"reference/{r}" for r in reference),
    ]:
        assert (site / f"{name}.html").is_file(), name


def test_operation_table_comes_from_the_readme(site: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = re.search(r"<!-- operations:start.*?-->(.*?)<!-- operations:end -->", readme, re.S)
    assert section is not None
    methods = re.findall(r"^\| `(mp\.[a-z_.]+)` \|", section.group(1), re.M)
    assert len(methods) > 50
    html = page(site, "reference/operations.html")
    assert "mypreferences:operations" not in html  # the placeholder was replaced
    shown = re.findall(r"<td><code>(mp\.[a-z_.]+)</code></td>", html)
    assert shown == methods


def test_reference_is_generated_from_docstrings(site: Path) -> None:
    client = page(site, "reference/client.html")
    for name in ("from_env", "with_options", "fan_out", "MYPREFERENCES_CLIENT_ID"):
        assert name in client, name
    errors = page(site, "reference/errors.html")
    for name in ("OutcomeUnknownError", "TooManyMatchesError", "status_error_from_response"):
        assert name in errors, name
    resources = page(site, "reference/resources.html")
    assert (
        "retrieve_by_alternate_id" in resources
        and "by_email" in resources
        and "wait_until_complete" in resources
    )
    assert "WithRawResponse" not in resources
    assert "MockServer" in page(site, "reference/testing.html")
    assert "iter_profiles" in page(site, "reference/exports.html")
    assert "JsonPatch" in page(site, "reference/patch.html")
    assert "fan_out" in page(site, "reference/fanout.html")
    for html in (client, errors, resources):  # Sphinx roles were turned into Markdown
        assert ":class:`" not in html and ":meth:`" not in html


def test_site_is_self_contained(site: Path) -> None:
    home = page(site, "index.html")
    assert "fonts.googleapis.com" not in home and "fonts.gstatic.com" not in home
    assert "0.2.0" in page(site, "changelog.html")  # CHANGELOG.md is included, not copied


# -- screenshots ---------------------------------------------------------------------------------------------


def decode_png(data: bytes) -> tuple[int, int, int, list[bytes]]:
    """Decode an 8-bit, non-interlaced RGB or RGBA PNG: (width, height, bytes per pixel, rows)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + length
    assert header is not None, "no IHDR"
    width, height, depth, colour_type, _, _, interlace = header
    assert depth == 8 and colour_type in (2, 6) and interlace == 0, header
    bpp = 3 if colour_type == 2 else 4
    raw, stride = zlib.decompress(b"".join(idat)), width * bpp
    prev, rows = bytearray(stride), []
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, prev, strict=True))
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b, c = prev[i], (prev[i - bpp] if i >= bpp else 0)
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def screenshot(url: str, png: Path, profile: Path) -> None:
    assert CHROMIUM is not None
    proc = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", f"--screenshot={png}", "--window-size=1280,900", "--hide-scrollbars",
         "--virtual-time-budget=10000", url],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert proc.returncode == 0 and png.is_file(), proc.stderr[-3000:]


def check_drawn(png: Path) -> None:
    data = png.read_bytes()
    assert len(data) > 20_000, f"{png} is only {len(data)} bytes"
    width, height, bpp, rows = decode_png(data)
    assert (width, height) == (1280, 900)
    pixels = Counter(row[i : i + 3] for row in rows[::3] for i in range(0, len(row), bpp * 3))
    background, count = pixels.most_common(1)[0]
    assert len(pixels) > 50, f"only {len(pixels)} colours"
    assert count / sum(pixels.values()) < 0.97, "almost all one colour"
    assert min(background) > 230, f"the page background is not white: {background}"
    r, g, b = rows[20][640 * bpp : 640 * bpp + 3]  # the theme's header bar (indigo)
    assert b > r + 60 and b > g + 60, f"no header bar at the top: {(r, g, b)}"
    content = [row[300 * bpp : 970 * bpp] for row in rows[100:880:4]]
    inked = sum(1 for row in content for i in range(0, len(row), bpp) if max(row[i : i + 3]) < 160)
    assert inked > 2_000, f"hardly any text drawn in the content area ({inked} dark pixels)"


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (Debian: apt-get install chromium)")
def test_screenshots_of_the_home_page_and_a_reference_page(site: Path, tmp_path: Path) -> None:
    shots = os.environ.get("MYPREFERENCES_DOCS_SCREENSHOTS")  # keep the PNGs there to look at them
    out = Path(shots) if shots else tmp_path
    out.mkdir(parents=True, exist_ok=True)
    for name, html in (("home", "index.html"), ("reference-client", "reference/client.html")):
        png = out / f"docs-{name}.png"
        screenshot((site / html).as_uri(), png, tmp_path / f"chromium-{name}")
        check_drawn(png)
