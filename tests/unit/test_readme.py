"""The README a newcomer starts from (issue 15, item 11): it links nothing outside the
repository, its anchors and the test skip reason point at sections that exist, and it describes
every benchmark in `bench/`."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import NO_POSTGRES

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
LINK = re.compile(r"\]\(([^)\s]+)\)")


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


HEADINGS = [line.lstrip("#").strip() for line in README.splitlines() if line.startswith("#")]


def test_every_relative_link_stays_inside_the_repository_and_exists():
    targets = [t for t in LINK.findall(README) if not re.match(r"(https?|mailto):", t)]
    assert targets, "the README should link its own files"
    for target in targets:
        path = target.split("#", 1)[0]
        if not path:
            continue
        resolved = (ROOT / path).resolve()
        assert resolved.is_relative_to(ROOT), f"{target} leaves the repository"
        assert resolved.exists(), f"{target} does not exist in the repository"


def test_nothing_links_to_the_web():
    """The README stands alone: whatever a newcomer needs is in it or in the repository."""
    autolinks = re.findall(r"<(https?://[^>]+)>", README)
    web = [t for t in LINK.findall(README) if re.match(r"https?:", t)]
    assert not web and not autolinks, web + autolinks


def test_every_anchor_names_a_heading():
    anchors = [t[1:] for t in LINK.findall(README) if t.startswith("#")]
    assert anchors
    slugs = {slug(heading) for heading in HEADINGS}
    for anchor in anchors:
        assert anchor in slugs, f"#{anchor} is no heading of the README"


def test_the_postgres_skip_reason_points_at_a_section_that_exists():
    section = re.search(r"see README: ([^)]+)\)", NO_POSTGRES).group(1)
    assert section in HEADINGS


def test_every_benchmark_is_described():
    scripts = sorted(p.name for p in (ROOT / "bench").glob("*.py") if p.stem not in {"__init__"})
    assert scripts
    for name in scripts:
        if re.fullmatch(r"personas_fresh\d*\.py", name):  # described as one pattern
            assert "bench/personas_freshN.py" in README
            continue
        assert f"bench/{name}" in README, f"bench/{name} is not described in the README"
