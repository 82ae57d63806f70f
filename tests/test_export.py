"""Each export format loaded as its users load it: CSV and JSON Lines with pandas, Parquet
with pyarrow, GDELT's TSV with GDELT's column names, PLOVER records checked against
the PLOVER specification's fields; and the FIPS table the GDELT export uses."""

from __future__ import annotations

import io
import json
import re
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from webutil import example_db

from accord import export
from accord.export import CSV_DTYPES, EXPORT_COLUMNS, GDELT_COLUMNS, export_rows, fips_codes, write_export
from accord.knowledge import cameo_codes, plover_types, read_csv, states
from accord.query import EventFilter
from accord.store import open_store


def written(fmt: str, flt: EventFilter | None = None) -> str:
    out = io.StringIO()
    with open_store(example_db(), create=False) as store:
        write_export(export_rows(store, flt), fmt, out)
    return out.getvalue()


def all_rows() -> list[dict]:
    with open_store(example_db(), create=False) as store:
        return list(export_rows(store))


def test_csv_loads_in_pandas_with_codes_as_strings_dates_as_dates_and_labels() -> None:
    frame = pd.read_csv(io.StringIO(written("csv")), dtype=CSV_DTYPES, parse_dates=["date", "date_end"])
    assert list(frame.columns) == list(EXPORT_COLUMNS) and len(frame) == len(all_rows()) > 0
    assert frame["cameo"].str.fullmatch(r"\d{3,4}").all() and frame["cameo_root"].str.fullmatch(r"\d{2}").all()
    assert (frame["cameo"].str[:2] == frame["cameo_root"]).all()
    assert pd.api.types.is_datetime64_any_dtype(frame["date"]) and pd.api.types.is_datetime64_any_dtype(frame["date_end"])
    dated = frame[frame["date"].notna()]
    assert (dated["date"] <= dated["date_end"]).all()
    assert set(dated["date_precision"]) <= {"day", "month", "year"}
    year_only = dated[dated["date_precision"] == "year"]
    assert len(year_only) and (year_only["date_end"].dt.month == 12).all()  # "2020" is a year, not January 1st
    assert frame["asserted"].dtype == bool
    names = cameo_codes()
    assert all(frame["cameo_name"][i] == names[c].name for i, c in enumerate(frame["cameo"]))
    assert frame["quad_class_name"].notna().all() and frame["source_name"].notna().all()


def test_jsonl_loads_in_pandas_with_the_same_columns() -> None:
    frame = pd.read_json(io.StringIO(written("jsonl")), lines=True, dtype=CSV_DTYPES)
    assert list(frame.columns) == list(EXPORT_COLUMNS) and len(frame) == len(all_rows())
    assert frame["asserted"].dtype == bool and frame["cameo"].str.fullmatch(r"\d{3,4}").all()


def test_parquet_loads_in_pyarrow_with_types(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "events.parquet"
    with open_store(example_db(), create=False) as store:
        count = write_export(export_rows(store), "parquet", path=str(path))
    table = pq.read_table(path)
    assert table.num_rows == count > 0 and table.column_names == list(EXPORT_COLUMNS)
    schema = table.schema
    assert schema.field("asserted").type == pa.bool_() and schema.field("goldstein").type == pa.float64()
    assert schema.field("quad_class").type == pa.int64() and schema.field("cameo").type == pa.string()
    frame = table.to_pandas()
    assert frame["cameo"].str.fullmatch(r"\d{3,4}").all()


def test_csv_from_the_cli_and_the_api_have_one_column_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from fastapi.testclient import TestClient

    from accord.cli import main
    from accord.web import create_app

    assert main(["events", "--db", example_db(), "--format", "csv", "--limit", "5"]) == 0
    cli = capsys.readouterr().out.splitlines()[0]
    api = TestClient(create_app(example_db())).get("/api/events.csv", params={"limit": 5}).text.splitlines()[0]
    assert cli == api == ",".join(EXPORT_COLUMNS)


def test_gdelt_rows_have_actor_types_fips_geography_and_full_place_names() -> None:
    frame = pd.read_csv(io.StringIO(written("gdelt")), sep="\t", header=None, names=GDELT_COLUMNS, dtype=str, keep_default_na=False)
    assert len(frame) == len(all_rows()) > 0
    assert frame["SQLDATE"].str.fullmatch(r"\d{8}").all()
    typed = frame[frame["Actor1Type1Code"] != ""]
    assert len(typed) and set(frame["Actor1Type1Code"]) | set(frame["Actor2Type1Code"]) <= {"", "GOV", "MIL", "LEG", "JUD", "COP", "ELI",
                                                                                              "IGO", "NGO", "IMG"}
    assert all(code.startswith(country) and code.endswith(kind)
               for code, country, kind in zip(typed["Actor1Code"], typed["Actor1CountryCode"], typed["Actor1Type1Code"], strict=True))
    placed = frame[frame["ActionGeo_Type"] != ""]
    assert len(placed)
    fips = set(fips_codes().values())
    assert set(placed["ActionGeo_CountryCode"]) <= fips
    assert not set(placed["ActionGeo_CountryCode"]) & (set(states()) - fips)  # never ISO alpha-3
    cities = placed[placed["ActionGeo_Type"] == "4"]
    assert all(", " in name for name in cities["ActionGeo_FullName"])
    rows = {export._event_number(r["id"]): r for r in all_rows()}
    for _, g in placed.iterrows():
        row = rows[int(g["GLOBALEVENTID"])]
        assert g["ActionGeo_CountryCode"] == fips_codes()[row["location_country"]]


def test_an_official_gets_the_type_of_their_sector_and_office() -> None:
    assert export.actor_type("USA", "head_of_state", "government") == "GOV"
    assert export.actor_type("RUS", "military_chief", "military") == "MIL"
    assert export.actor_type("FRA", "former head_of_state", "government") == "ELI"
    assert export.actor_type("NATO", None, None) == "IGO" and export.actor_type("CHN", None, None) == ""


def test_plover_is_json_lines_with_the_specifications_fields() -> None:
    lines = written("plover").splitlines()
    records = [json.loads(line) for line in lines]
    assert records and len(records) == sum(1 for r in all_rows() if r["plover"])
    known = {"id", "date", "enddate", "actor", "recipient", "event", "mode", "context", "quadcode", "eventtext", "text",
             "eventloc", "citeinfo", "coder", "codeddate", "cameo"}
    types = plover_types()
    for record in records:
        assert set(record) <= known and {"id", "date", "actor", "event"} <= set(record)
        assert None not in record.values() and "" not in record.values()
        date.fromisoformat(record["date"]) and date.fromisoformat(record["codeddate"])
        if "enddate" in record:
            assert date.fromisoformat(record["enddate"]) > date.fromisoformat(record["date"])
        assert isinstance(record["event"], list) and all(e in types for e in record["event"])
        for key in ("mode", "context", "eventtext"):
            assert key not in record or (isinstance(record[key], list) and all(record[key]))
        for entity in record["actor"] + record.get("recipient", []):
            assert re.fullmatch(r"[A-Z]{2,8}", entity["code"]) and " " not in "".join(entity)
        if "eventloc" in record:
            assert " " not in "".join(record["eventloc"]) and "countrycode" in record["eventloc"]
    assert pd.read_json(io.StringIO(written("plover")), lines=True)["id"].is_unique


def test_fips_table_covers_every_state_with_its_own_code() -> None:
    rows = read_csv("fips.csv")
    assert [r["iso3"] for r in rows] == sorted(r["iso3"] for r in rows)
    assert {r["iso3"] for r in rows} == set(states())
    assert all(re.fullmatch(r"[A-Z]{2}", r["fips"]) and r["source"] and r["licence"] for r in rows)
    codes = [r["fips"] for r in rows]
    assert len(codes) == len(set(codes))
    spot = fips_codes()  # where FIPS and ISO differ most often
    assert (spot["DEU"], spot["GBR"], spot["CHN"], spot["RUS"], spot["AUT"], spot["AUS"], spot["ESP"], spot["CHE"]) == (
        "GM", "UK", "CH", "RS", "AU", "AS", "SP", "SZ")
