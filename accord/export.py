"""Stored events written out for other tools: CSV, JSON Lines, Parquet, GDELT 2.0 TSV and
PLOVER JSON. Every format is rendered from the same rows (`export_rows`), so a filter
gives the same events in each.

- `csv`, `jsonl`, `parquet`: Accord's own columns (the `events` table and the article's
  title, outlet, url and publication date).
- `gdelt`: the 61 columns of a GDELT 2.0 event file, tab-separated, no header, in
  GDELT's order. Columns Accord does not code (ethnic, religion and known-group codes,
  actor geography, ADM codes) are left empty. Country codes are ISO 3166 alpha-3 (GDELT
  uses CAMEO country codes, which are ISO alpha-3 for states); an organisation acting
  (EU, NATO, UNSC) has its code in ActorCode and KnownGroupCode and no country code. An
  event dated to a month
  or a year only has SQLDATE on the first day of that period; `date_precision` in the
  other formats says which it was.
- `plover`: a JSON array of PLOVER records with the field names of the PLOVER
  specification and its gold-standard records (`id`, `date`, `source`, `target`,
  `event`, `mode`, `context`, `eventText`, `text`, `language`, `publication`, `coder`,
  `version`, `dateCoded`, `eventLoc`).
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterator
from typing import IO, Any

from .errors import AccordError
from .knowledge import states
from .query import EVENT_COLUMNS, EventFilter
from .store import Store

FORMATS = ("csv", "jsonl", "parquet", "gdelt", "plover")

GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *[f"Actor{n}{c}" for n in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *[f"{who}Geo_{c}" for who in ("Actor1", "Actor2", "Action") for c in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")],
    "DATEADDED", "SOURCEURL",
]
ARTICLE_COLUMNS = ("article_title", "outlet", "url", "published", "origin", "stored_at", "tone", "num_articles", "num_sources")


class ExportError(AccordError):
    """An export cannot be written as asked."""


def export_rows(store: Store, flt: EventFilter | None = None) -> Iterator[dict[str, Any]]:
    """Every event matching the filter (all asserted events by default), oldest first,
    with its article's columns."""
    flt = flt or EventFilter()
    where, params = flt.check().where()
    columns = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)
    yield from store.iter_rows(
        f"SELECT {columns}, a.title AS article_title, a.outlet, a.url, a.published, a.origin, a.stored_at, a.tone, "
        "s.num_articles, s.num_sources "
        f"FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN stories s ON s.story_id = e.story_id{where} "
        "ORDER BY e.date, e.article_id, e.seq",
        params,
    )


TABLES = ("events", "quotes", "stories", "relations")


def table_rows(store: Store, table: str) -> Iterator[dict[str, Any]]:
    """Every row of one of the other tables (quotes with their article's title and date)."""
    if table == "quotes":
        yield from store.iter_rows("SELECT q.*, a.title AS article_title, a.published, a.url FROM quotes q "
                                   "JOIN articles a ON a.id = q.article_id ORDER BY q.article_id, q.seq")
    elif table == "stories":
        yield from store.iter_rows("SELECT * FROM stories ORDER BY date, source, target, story_id")
    elif table == "relations":
        yield from store.iter_rows("SELECT r.*, a.published FROM relations r JOIN articles a ON a.id = r.article_id "
                                   "ORDER BY r.article_id, r.seq")
    else:
        raise ExportError(f"table {table!r} is not known; expected one of {', '.join(TABLES)}")


def write_export(rows: Iterator[dict[str, Any]], fmt: str, out: IO[str] | None = None, path: str | None = None,
                 schema: bool = True) -> int:
    """Write the rows in a format to a text stream (or, for parquet, a file path); returns
    the number of rows written. Parquet files of events get Accord's typed event schema;
    with `schema=False` the types are inferred from the rows (other tables)."""
    if fmt not in FORMATS:
        raise ExportError(f"format {fmt!r} is not known; expected one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if not path:
            raise ExportError("parquet is binary: give a file with --output")
        return write_parquet(rows, path, schema)
    assert out is not None
    count = 0
    if fmt == "csv":
        writer: Any = None
        for row in rows:
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(row))
                writer.writeheader()
            writer.writerow(spreadsheet_safe(row))
            count += 1
    elif fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    elif fmt == "gdelt":
        for row in rows:
            out.write("\t".join(_tsv(v) for v in gdelt_record(row)) + "\n")
            count += 1
    else:  # plover: one JSON array, written record by record
        out.write("[")
        for row in rows:
            out.write(("," if count else "") + "\n" + json.dumps(plover_record(row), ensure_ascii=False))
            count += 1
        out.write("\n]\n")
    return count


def write_parquet(rows: Iterator[dict[str, Any]], path: str, schema: bool = True) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    batch: list[dict[str, Any]] = []
    writer = None
    count = 0
    try:
        for row in rows:
            batch.append(row)
            if len(batch) >= 10_000:
                writer = _write_batch(pa, pq, writer, batch, path, schema)
                count += len(batch)
                batch = []
        if batch or writer is None:
            writer = _write_batch(pa, pq, writer, batch, path, schema)
            count += len(batch)
    finally:
        if writer is not None:
            writer.close()
    return count


def _write_batch(pa: Any, pq: Any, writer: Any, batch: list[dict[str, Any]], path: str, schema: bool) -> Any:
    table = pa.Table.from_pylist(batch, schema=_parquet_schema(pa) if schema else (writer.schema if writer else None))
    if writer is None:
        writer = pq.ParquetWriter(path, table.schema)
    writer.write_table(table)
    return writer


def _parquet_schema(pa: Any) -> Any:
    ints = {"seq", "asserted", "quad_class", "sentence_index", "span_start", "span_end", "source_start", "source_end",
            "target_start", "target_end", "num_articles", "num_sources"}
    floats = {"goldstein", "lat", "lon", "tone"}
    return pa.schema([
        (name, pa.int64() if name in ints else pa.float64() if name in floats else pa.string())
        for name in (*EVENT_COLUMNS, *ARTICLE_COLUMNS)
    ])


def _tsv(value: Any) -> str:
    if value is None:
        return ""
    return str(value).replace("\t", " ").replace("\n", " ")


def _event_number(event_id: str) -> int:
    """A stable positive 63-bit integer for an event id (GDELT's ids are integers)."""
    return int(hashlib.sha256(event_id.encode()).hexdigest()[:15], 16)


def gdelt_record(row: dict[str, Any]) -> list[Any]:
    """One event as the 61 values of a GDELT 2.0 event row, in GDELT's column order."""
    date = row.get("date") or row.get("published") or ""
    year, month, day = (date.split("-") + ["01", "01"])[:3] if date else ("", "", "")
    values: dict[str, Any] = dict.fromkeys(GDELT_COLUMNS, "")
    values.update({
        "GLOBALEVENTID": _event_number(row["id"]),
        "SQLDATE": f"{year}{month}{day}" if year else "",
        "MonthYear": f"{year}{month}" if year else "",
        "Year": year,
        "FractionDate": f"{int(year) + (int(month) - 1) / 12 + (int(day) - 1) / 365:.4f}" if year else "",
        "Actor1Code": row["source"], "Actor1Name": (row.get("source_actor") or "").upper(), "Actor1CountryCode": _state(row["source"]),
        "Actor1KnownGroupCode": _organisation(row["source"]),
        "Actor2Code": row["target"], "Actor2Name": (row.get("target_actor") or "").upper(), "Actor2CountryCode": _state(row["target"]),
        "Actor2KnownGroupCode": _organisation(row["target"]),
        "IsRootEvent": 1 if row.get("sentence_index") == 0 else 0,
        "EventCode": row["cameo"], "EventBaseCode": row["cameo"][:3], "EventRootCode": row["cameo"][:2],
        "QuadClass": row.get("quad_class"), "GoldsteinScale": row.get("goldstein"),
        "NumMentions": row.get("num_articles") or 1, "NumSources": row.get("num_sources") or 1,
        "NumArticles": row.get("num_articles") or 1, "AvgTone": "" if row.get("tone") is None else f"{row['tone']:.4f}",
        **_action_geo(row),
        "DATEADDED": (row.get("stored_at") or "").replace("-", "").replace(":", "").replace("T", "").rstrip("Z"),
        "SOURCEURL": row.get("url") or row.get("origin") or "",
    })
    return [values[c] for c in GDELT_COLUMNS]


def _state(code: str) -> str:
    return code if code in states() else ""


def _organisation(code: str) -> str:
    """An organisation's code goes in GDELT's KnownGroupCode; a state has none."""
    return "" if code in states() else code


def _action_geo(row: dict[str, Any]) -> dict[str, Any]:
    """GDELT's ActionGeo columns from the event's place: type 4 (world city) with
    coordinates, or 1 (country)."""
    if not row.get("location"):
        return {}
    city = row.get("lat") is not None
    return {"ActionGeo_Type": 4 if city else 1, "ActionGeo_FullName": row["location"],
            "ActionGeo_CountryCode": row.get("location_country") or "",
            "ActionGeo_Lat": row.get("lat") if city else "", "ActionGeo_Long": row.get("lon") if city else ""}


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """One event as a PLOVER JSON record."""
    record: dict[str, Any] = {
        "id": row["id"],
        "date": row.get("date"),
        "source": [{"actorText": row.get("source_actor") or row["source"], "code": row["source"]}],
        "target": [{"actorText": row.get("target_actor") or row["target"], "code": row["target"]}],
        "event": row.get("plover"),
        "mode": row.get("plover_mode") or "",
        "context": row.get("topics") or "",
        "eventText": row.get("evidence"),
        "text": row.get("sentence"),
        "language": "en",
        "publication": row.get("outlet") or "",
        "url": row.get("url") or "",
        "coder": "Accord",
        "version": row.get("coder_version"),
        "dateCoded": (row.get("stored_at") or "")[:10],
        "cameo": row["cameo"],
    }
    if row.get("location"):
        record["eventLoc"] = {"name": row["location"], "country code": row.get("location_country") or "",
                              "lat": row.get("lat"), "lon": row.get("lon")}
    return record


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(row: dict[str, Any]) -> dict[str, Any]:
    """The row with every text cell that a spreadsheet would run as a formula
    ("=HYPERLINK(...)", "@SUM(...)", "+1+1") prefixed with a quote, as OWASP advises
    for CSV; numbers ("-3.5") are left as they are."""
    return {key: "'" + value if isinstance(value, str) and value.startswith(FORMULA_START) and not _number(value) else value
            for key, value in row.items()}


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
