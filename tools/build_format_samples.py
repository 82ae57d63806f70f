#!/usr/bin/env python3
"""Build the input-format samples under tests/data/formats/.

Every good sample is made from White House readouts in ../shared/articles/dev (works of
the US government: public domain), so they may be committed. Nothing comes from
../shared/corpus (copyrighted news). The bad samples are made here from the good ones.
Re-running rewrites the same bytes: WARC record ids and dates are fixed.

    .venv/bin/python tools/build_format_samples.py
"""

from __future__ import annotations

import csv
import html
import io
import re
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "articles" / "dev"
OUT = ROOT / "tests" / "data" / "formats"
SITE = "The White House"
READOUTS = [
    "001_wh-president-bidens-call-with-president-xi-jinping.txt",
    "003_wh-president-bidens-call-with-president-zelenskyy.txt",
    "005_wh-president-bidens-call-with-prime-minister-modi.txt",
]


@dataclass(frozen=True)
class Readout:
    name: str
    date: str
    title: str
    paragraphs: list[str]
    url: str


def load_readouts() -> list[Readout]:
    urls = {}
    for line in (DEV / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        name, source = line.split("\t")[:2]
        urls[name] = re.search(r"\((https://[^)]+)\)", source).group(1)  # type: ignore[union-attr]
    readouts = []
    for name in READOUTS:
        first, _, body = (DEV / name).read_text(encoding="utf-8").partition("\n")
        date, title = re.fullmatch(r" date (\d{4}-\d{2}-\d{2}) (.+)", first).groups()  # type: ignore[union-attr]
        body = re.sub(r"</?sup>", "", body)
        paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
        readouts.append(Readout(name, date, title, paragraphs, urls[name]))
    return readouts


def page(r: Readout) -> str:
    """A web page as a site serves it: metadata in the head, menus and footer around the text."""
    paragraphs = "\n".join(f"      <p>{html.escape(p)}</p>" for p in r.paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
  <meta charset="utf-8">
  <title>{html.escape(r.title)} | {SITE}</title>
  <meta property="og:title" content="{html.escape(r.title)}">
  <meta property="og:site_name" content="{SITE}">
  <meta property="og:url" content="{r.url}">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="{r.date}T17:30:00-04:00">
  <link rel="canonical" href="{r.url}">
</head>
<body>
  <header><nav><ul><li><a href="/administration/">Administration</a></li><li><a href="/briefing-room/">Briefing Room</a></li><li><a href="/contact/">Contact</a></li></ul></nav></header>
  <main>
    <article>
      <h1>{html.escape(r.title)}</h1>
      <p class="posted-on">Briefing Room · Statements and Releases</p>
{paragraphs}
    </article>
  </main>
  <footer><p>The White House, 1600 Pennsylvania Ave NW, Washington, DC 20500</p><ul><li><a href="/privacy/">Privacy Policy</a></li><li><a href="/copyright/">Copyright Policy</a></li></ul></footer>
</body>
</html>
"""


def warc(readouts: list[Readout]) -> bytes:
    """A crawl: warcinfo, then for each page its request and its response."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)

    def fixed(kind: str, n: int, when: str) -> dict[str, str]:
        return {"WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{kind}{n:011d}>", "WARC-Date": f"{when}T22:00:00Z"}

    info = writer.create_warcinfo_record("readouts.warc.gz", {"software": "tools/build_format_samples.py", "format": "WARC File Format 1.1"})
    info.rec_headers.replace_header("WARC-Record-ID", "<urn:uuid:00000000-0000-4000-8000-000000000000>")
    info.rec_headers.replace_header("WARC-Date", "2024-01-01T00:00:00Z")
    writer.write_record(info)
    for n, r in enumerate(readouts, start=1):
        request = StatusAndHeaders(f"GET {r.url[len('https://bidenwhitehouse.archives.gov'):]} HTTP/1.1", [("Host", "bidenwhitehouse.archives.gov")], is_http_request=True)
        writer.write_record(writer.create_warc_record(r.url, "request", http_headers=request, warc_headers_dict=fixed("1", n, r.date)))
        body = page(r).encode("utf-8")
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=UTF-8"), ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(r.url, "response", payload=io.BytesIO(body), length=len(body), http_headers=headers, warc_headers_dict=fixed("2", n, r.date)))
    return out.getvalue()


def rfc822(date: str) -> str:
    from datetime import date as day

    d = day.fromisoformat(date)
    return d.strftime("%a, %d %b %Y 17:30:00 -0400")


def rss(readouts: list[Readout]) -> str:
    items = "".join(
        f"""    <item>
      <title>{html.escape(r.title)}</title>
      <link>{r.url}</link>
      <guid isPermaLink="true">{r.url}</guid>
      <pubDate>{rfc822(r.date)}</pubDate>
      <description>{html.escape("".join(f"<p>{html.escape(p)}</p>" for p in r.paragraphs))}</description>
    </item>
"""
        for r in readouts
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>{SITE}</title>
    <link>https://bidenwhitehouse.archives.gov/briefing-room/</link>
    <description>Statements and releases</description>
{items}  </channel>
</rss>
"""


def atom(readouts: list[Readout]) -> str:
    entries = "".join(
        f"""  <entry>
    <title>{html.escape(r.title)}</title>
    <link href="{r.url}"/>
    <id>{r.url}</id>
    <published>{r.date}T17:30:00-04:00</published>
    <updated>{r.date}T18:00:00-04:00</updated>
    <content type="html">{html.escape("".join(f"<p>{html.escape(p)}</p>" for p in r.paragraphs))}</content>
  </entry>
"""
        for r in readouts
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>{SITE}</title>
  <id>https://bidenwhitehouse.archives.gov/briefing-room/</id>
  <updated>2022-07-28T18:00:00-04:00</updated>
{entries}</feed>
"""


CSV_HEADER = ["story_id", "headline", "pub_date", "outlet", "link", "body"]


def csv_text(rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(rows)
    return out.getvalue()


def csv_row(r: Readout) -> list[str]:
    return [r.name.split("_")[0], r.title, r.date, SITE, r.url, "\n\n".join(r.paragraphs)]


FRENCH = """Le président Joseph R. Biden Jr. s'est entretenu aujourd'hui avec le président Volodymyr Zelensky de l'Ukraine. Le président Biden a fait part des vives préoccupations des États-Unis et de leurs alliés européens face aux actions agressives de la Russie envers l'Ukraine. Il a réaffirmé l'engagement indéfectible des États-Unis en faveur de la souveraineté et de l'intégrité territoriale de l'Ukraine. Les dirigeants ont appelé la Russie à apaiser les tensions et sont convenus que la diplomatie est la meilleure voie pour progresser.
"""


def main() -> None:
    readouts = load_readouts()
    bad = OUT / "bad"
    bad.mkdir(parents=True, exist_ok=True)
    xi, zelenskyy, modi = readouts
    (OUT / "readout.html").write_text(page(xi), encoding="utf-8")
    crawl = warc(readouts)
    (OUT / "readouts.warc.gz").write_bytes(crawl)
    (OUT / "readouts.rss").write_text(rss(readouts), encoding="utf-8")
    (OUT / "readouts.atom").write_text(atom([zelenskyy, modi]), encoding="utf-8")
    (OUT / "readouts.csv").write_text(csv_text([csv_row(r) for r in readouts]), encoding="utf-8")

    # Bad input, each a single problem.
    (bad / "truncated.warc.gz").write_bytes(crawl[: len(crawl) - 600])
    rows = [csv_row(xi), [*csv_row(zelenskyy)[:5], ""], [*csv_row(modi)[:2], "11 April", *csv_row(modi)[3:]], ["004", "Too few fields"], csv_row(modi)]
    rows[-1][0] = "005b"
    (bad / "malformed.csv").write_text(csv_text(rows), encoding="utf-8")
    (bad / "malformed.rss").write_text(rss([xi])[:-200], encoding="utf-8")  # cut inside the item: not well-formed XML
    (bad / "binary.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (bad / "empty.csv").write_bytes(b"")
    (bad / "non-english.txt").write_text(" date 2021-12-09 Compte rendu de l'appel du président Biden avec le président Zelensky\n\n" + FRENCH, encoding="utf-8")


if __name__ == "__main__":
    main()
