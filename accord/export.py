"""Stored events written out for other tools: CSV, JSON Lines, Parquet, GDELT 2.0 TSV and
PLOVER JSON Lines. Every format is rendered from the same rows (`export_rows`), so a
filter gives the same events in each, and the CLI and the API give the same columns.

- `csv`, `jsonl`, `parquet`: one column set, `EXPORT_COLUMNS`: Accord's event columns,
  labels for the codes (`cameo_name`, `cameo_root_name`, `quad_class_name`,
  `source_name`, `target_name`, `source_actor_name`, `target_actor_name`), the office
  and sector of each side's official, and the article's title, outlet, url and
  publication date. `date` is always a whole day (YYYY-MM-DD), the first of the period
  an event is known to; `date_precision` says whether that is a day, a month or a
  year and `date_end` is the period's last day, so an event of "2022" is never taken
  for one of January 1st. `asserted` is a boolean. CAMEO codes keep their leading
  zero: read the CSV with `dtype=str` for the code columns (pandas:
  `pd.read_csv(path, dtype=export.CSV_DTYPES)`); Parquet types them itself.
- `gdelt`: the 61 columns of a GDELT 2.0 event file, tab-separated, no header, in
  GDELT's order. Actor codes are the country (ISO alpha-3, as CAMEO) followed by the
  type of the official from their sector and office (`USAGOV`, `RUSMIL`; a former
  official is `ELI`); an organisation (EU, NATO, UNSC) has its code in
  KnownGroupCode and its kind as type (IGO, NGO, IMG). ActionGeo_CountryCode is FIPS
  10-4, as GDELT's geography is (knowledge/fips.csv), and ActionGeo_FullName is
  "place, country". Ethnic, religion and ADM codes are left empty. SQLDATE of an
  event known only to a month or a year is the first day of that period.
- `plover`: one JSON object a line, with the field names of the PLOVER specification
  (data fields chapter of the PLOVER manual): `id`, `date`, `enddate` (for a month or a
  year), `actor` and `recipient` as lists of entities (`code`, `sector`,
  `entitytext`, `identifierid`, `identifiertext`, `office`), `event`, `mode` and
  `context` as lists, `quadcode`, `eventtext`, `text`, `eventloc`, `citeinfo`,
  `coder` and `codeddate`; a field with no value is left out. An event whose CAMEO
  code has no PLOVER category (public statements, CAMEO 01) is not a PLOVER event
  and is left out.
"""

from __future__ import annotations

import calendar
import csv
import hashlib
import json
from collections.abc import Iterator
from functools import lru_cache
from typing import IO, Any

from .errors import AccordError
from .identity import display_name
from .knowledge import cameo_codes, organisations, read_csv, states
from .query import DAY, EVENT_COLUMNS, EventFilter
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
ACTOR_COLUMNS = ("source_actor_office", "source_actor_sector", "target_actor_office", "target_actor_sector")
LABEL_COLUMNS = ("date_end", "cameo_name", "cameo_root_name", "quad_class_name", "source_name", "target_name",
                 "source_actor_name", "target_actor_name")
EXPORT_COLUMNS = (*EVENT_COLUMNS, *LABEL_COLUMNS, *ACTOR_COLUMNS, *ARTICLE_COLUMNS)
CODE_COLUMNS = ("cameo", "cameo_root", "source", "target", "plover", "plover_mode", "location_country", "source_actor_id",
                "target_actor_id", "article_id", "id")
CSV_DTYPES = dict.fromkeys(CODE_COLUMNS, "str")  # pandas: read_csv(path, dtype=CSV_DTYPES)
QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
# The type of an official in CAMEO's (and GDELT's) actor codes, by sector; then by office.
SECTOR_TYPES = {"government": "GOV", "military": "MIL", "legislature": "LEG", "judiciary": "JUD", "police": "COP"}
OFFICE_TYPES = {"military_chief": "MIL", "defence_minister": "GOV"}
ORGANISATION_TYPES = {"ngo": "NGO", "armed_group": "IMG"}  # every other kind of organisation is an IGO


class ExportError(AccordError):
    """An export cannot be written as asked."""


def _actor_lookup(side: str, column: str) -> str:
    """The office or sector the article gives the official on one side of an event."""
    return (f"(SELECT MAX(x.{column}) FROM actors x WHERE x.article_id = e.article_id AND x.name = e.{side}_actor) "
            f"AS {side}_actor_{column}")


def export_rows(store: Store, flt: EventFilter | None = None, *, paged: bool = False) -> Iterator[dict[str, Any]]:
    """Every event matching the filter (all asserted events by default), oldest first,
    with its article's columns and its officials' office and sector. With `paged`, the
    filter's page (limit, offset) in its order (newest first unless it sorts otherwise)."""
    flt = flt or EventFilter()
    where, params = flt.check().where()
    columns = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)
    actors = ", ".join(_actor_lookup(side, column) for side in ("source", "target") for column in ("office", "sector"))
    order = "ORDER BY e.date, e.article_id, e.seq"
    if paged:
        order = f"{flt.order_by()} LIMIT ? OFFSET ?"
        params = [*params, flt.limit if flt.limit is not None else 2**62, flt.offset]  # None: no bound
    yield from store.iter_rows(
        f"SELECT {columns}, {actors}, a.title AS article_title, a.outlet, a.url, a.published, a.origin, a.stored_at, a.tone, "
        "s.num_articles, s.num_sources "
        f"FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN stories s ON s.story_id = e.story_id{where} {order}",
        params,
    )


def period_of(date: str | None) -> tuple[str | None, str | None]:
    """The first and last day of the period a date (YYYY, YYYY-MM or YYYY-MM-DD) names;
    (None, None) for anything else."""
    if not date or not DAY.match(date) or not 1 <= int((date.split("-") + ["1"])[1]) <= 12:
        return None, None
    parts = date.split("-")
    year = int(parts[0])
    if len(parts) == 1:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    month = int(parts[1])
    if len(parts) == 2:
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    return date, date


def _code_name(code: str | None) -> str | None:
    """A state's or an organisation's name."""
    return display_name(code, code) if code else None


@lru_cache(maxsize=1)
def _organisation_kinds() -> dict[str, str]:
    return {o.code: o.kind for o in organisations()}


@lru_cache(maxsize=1)
def fips_codes() -> dict[str, str]:
    """ISO alpha-3 -> FIPS 10-4 country code (knowledge/fips.csv)."""
    return {row["iso3"]: row["fips"] for row in read_csv("fips.csv")}


def export_record(row: dict[str, Any]) -> dict[str, Any]:
    """One event row as the CSV, JSON Lines and Parquet record: `EXPORT_COLUMNS`, the date
    as a whole day with its precision and the period's end, codes with their labels."""
    codes = cameo_codes()
    record = {c: row.get(c) for c in EXPORT_COLUMNS}
    start, end = period_of(row.get("date"))
    cameo, root = row.get("cameo") or "", row.get("cameo_root") or ""
    record.update({
        "asserted": bool(row.get("asserted")) if row.get("asserted") is not None else None,
        "date": start, "date_end": end,
        "cameo_name": codes[cameo].name if cameo in codes else None,
        "cameo_root_name": codes[root + "0"].name if root + "0" in codes else None,
        "quad_class_name": QUAD_CLASSES.get(row.get("quad_class") or 0),
        "source_name": _code_name(row.get("source")), "target_name": _code_name(row.get("target")),
        "source_actor_name": display_name(row.get("source_actor_id"), row.get("source_actor")),
        "target_actor_name": display_name(row.get("target_actor_id"), row.get("target_actor")),
    })
    return record


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
    the number of records written. Rows of events (`schema`, the default) are written as
    `export_record`s, with Accord's typed schema in Parquet; with `schema=False` (other
    tables, the API's summaries) they are written as they are and Parquet infers types."""
    if fmt not in FORMATS:
        raise ExportError(f"format {fmt!r} is not known; expected one of {', '.join(FORMATS)}")
    if schema and fmt in ("csv", "jsonl", "parquet"):
        rows = (export_record(row) for row in rows)
    if fmt == "parquet":
        if not path:
            raise ExportError("parquet is binary: give a file with --output")
        return write_parquet(rows, path, schema)
    assert out is not None
    count = 0
    if fmt == "csv":
        writer: Any = csv.DictWriter(out, fieldnames=list(EXPORT_COLUMNS)) if schema else None
        if writer is not None:
            writer.writeheader()
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
    else:  # plover: JSON Lines, the events PLOVER has a category for
        for row in rows:
            record = plover_record(row)
            if record is not None:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
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
    ints = {"seq", "quad_class", "sentence_index", "span_start", "span_end", "source_start", "source_end",
            "target_start", "target_end", "num_articles", "num_sources"}
    floats = {"goldstein", "lat", "lon", "tone"}
    types = {name: pa.int64() for name in ints} | {name: pa.float64() for name in floats} | {"asserted": pa.bool_()}
    return pa.schema([(name, types.get(name, pa.string())) for name in EXPORT_COLUMNS])


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
    year, month, day = ((period_of(date)[0] or "").split("-") + ["", ""])[:3] if date else ("", "", "")
    values: dict[str, Any] = dict.fromkeys(GDELT_COLUMNS, "")
    values.update({
        "GLOBALEVENTID": _event_number(row["id"]),
        "SQLDATE": f"{year}{month}{day}" if year else "",
        "MonthYear": f"{year}{month}" if year else "",
        "Year": year,
        "FractionDate": f"{int(year) + (int(month) - 1) / 12 + (int(day) - 1) / 365:.4f}" if year else "",
        **_gdelt_actor(1, row, "source"), **_gdelt_actor(2, row, "target"),
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


def actor_type(code: str, office: str | None, sector: str | None) -> str:
    """The CAMEO type of an actor (GOV, MIL, ELI, IGO ...): an organisation's kind, or an
    official's sector and office; "" for a state acting as itself or one unknown."""
    if code in _organisation_kinds():
        return ORGANISATION_TYPES.get(_organisation_kinds()[code], "IGO")
    if office and office.startswith("former "):
        return "ELI"
    return OFFICE_TYPES.get(office or "") or SECTOR_TYPES.get(sector or "", "")


def _gdelt_actor(n: int, row: dict[str, Any], side: str) -> dict[str, Any]:
    code = row[side]
    kind = actor_type(code, row.get(f"{side}_actor_office"), row.get(f"{side}_actor_sector"))
    organisation = code not in states()
    name = display_name(row.get(f"{side}_actor_id"), row.get(f"{side}_actor")) or _code_name(code) or code
    return {f"Actor{n}Code": code + (kind if not organisation else ""), f"Actor{n}Name": name.upper(),
            f"Actor{n}CountryCode": "" if organisation else code, f"Actor{n}KnownGroupCode": code if organisation else "",
            f"Actor{n}Type1Code": kind}


def _action_geo(row: dict[str, Any]) -> dict[str, Any]:
    """GDELT's ActionGeo columns from the event's place: type 4 (world city) with
    coordinates, or 1 (country); the country as FIPS 10-4; the full name with the country."""
    if not row.get("location"):
        return {}
    city = row.get("lat") is not None
    country = row.get("location_country") or ""
    fips = fips_codes().get(country, "")
    country_name = states().get(country, "")
    full = row["location"] if not city or not country_name or row["location"] == country_name else f"{row['location']}, {country_name}"
    return {"ActionGeo_Type": 4 if city else 1, "ActionGeo_FullName": full, "ActionGeo_CountryCode": fips,
            "ActionGeo_Lat": row.get("lat") if city else "", "ActionGeo_Long": row.get("lon") if city else "",
            "ActionGeo_FeatureID": "" if city else fips}


@lru_cache(maxsize=1)
def _plover_contexts() -> dict[str, str]:
    """Accord's topic code -> the PLOVER context it stands for (knowledge/topics.yaml)."""
    from .topics import topic_table

    return {t.code: t.plover_context for t in topic_table() if t.plover_context}


def _plover_entity(row: dict[str, Any], side: str) -> dict[str, Any]:
    code = row[side]
    kind = actor_type(code, row.get(f"{side}_actor_office"), row.get(f"{side}_actor_sector"))
    actor_id = row.get(f"{side}_actor_id")
    entity = {"code": code, "sector": kind, "entitytext": row.get(f"{side}_actor"), "identifierid": actor_id,
              "identifiertext": display_name(actor_id), "office": row.get(f"{side}_actor_office")}
    return {k: v for k, v in entity.items() if v}


def plover_record(row: dict[str, Any]) -> dict[str, Any] | None:
    """One event as a PLOVER record (see the module's docstring); None for an event PLOVER
    has no category for."""
    if not row.get("plover"):
        return None
    start, end = period_of(row.get("date") or row.get("published"))
    contexts = sorted({_plover_contexts()[t] for t in (row.get("topics") or "").split(",") if t in _plover_contexts()})
    record: dict[str, Any] = {
        "id": row["id"],
        "date": start,
        "enddate": end if end != start else None,
        "actor": [_plover_entity(row, "source")],
        "recipient": [_plover_entity(row, "target")],
        "event": [row["plover"]],
        "mode": [row["plover_mode"]] if row.get("plover_mode") else None,
        "context": contexts or None,
        "quadcode": row.get("quad_class"),
        "eventtext": [row["evidence"]] if row.get("evidence") else None,
        "text": row.get("sentence"),
        "citeinfo": {k: v for k, v in {"url": row.get("url"), "title": row.get("article_title"), "language": "en",
                                       "publication": row.get("outlet"), "coder": "Accord",
                                       "version": row.get("coder_version")}.items() if v},
        "coder": "Accord",
        "codeddate": (row.get("stored_at") or "")[:10] or None,
        "cameo": row["cameo"],
    }
    if row.get("location"):
        record["eventloc"] = {k: v for k, v in {
            "extractedplace": row["location"], "resolvedplace": row["location"], "lat": row.get("lat"), "lon": row.get("lon"),
            "country": states().get(row.get("location_country") or ""), "countrycode": row.get("location_country"),
            "resolution": 4 if row.get("lat") is not None else 1}.items() if v is not None}
    return {k: v for k, v in record.items() if v is not None}


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
