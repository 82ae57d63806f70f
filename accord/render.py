"""Render extractions for people (a table) and for programs (JSON Lines)."""

from __future__ import annotations

import json
from collections.abc import Iterable

from .records import Extraction


def to_jsonl(extraction: Extraction) -> str:
    return json.dumps(extraction.to_dict(), ensure_ascii=False)


def to_table(extractions: Iterable[Extraction]) -> str:
    """A readable table: one block per article, one line per event."""
    lines: list[str] = []
    for x in extractions:
        title = f" - {x.article.title}" if x.article.title else ""
        lines.append(f"{x.article.id} (published {x.article.published or 'unknown'}){title}")
        if not x.events:
            lines.append("  no events found")
        for e in x.events:
            when = e.date or "-"
            plover = f"{e.plover or '-'}{'/' + e.plover_mode if e.plover_mode else ''}"
            lines.append(
                f"  {when:10}  {e.source}->{e.target}  {e.cameo:4}  {plover:22} {e.goldstein:+5.1f}  "
                f"{e.source_actor} -> {e.target_actor}: \"{e.evidence}\""
            )
        if x.actors:
            people = ", ".join(f"{a.name} ({a.country}, {a.role})" for a in x.actors)
            lines.append(f"  actors: {people}")
        lines.append("")
    return "\n".join(lines)
