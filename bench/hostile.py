"""Hostile inputs of issue #14, each ingested beside good articles: how many crash the
run, hang it, or are lost without a word.

    .venv/bin/python bench/hostile.py [--random N]

Each case is a folder holding one hostile file and a good JSONL file read after it (3
articles); it is ingested into a fresh SQLite database in batches of 2. A *crash* is an
exception out of `ingest`; a *hang* is a case over 120 s; a *silent loss* is a good
article not stored, or a record of the hostile file (a line, a row, an entry, the file)
neither stored nor recorded as a failure. `--random N` adds N files of random bytes, and
N truncated copies of the format samples, per format.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import signal
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from accord.ingest import IngestOptions, ingest
from accord.store import open_store

ROOT = Path(__file__).resolve().parent.parent
GOOD = "".join(json.dumps({"id": f"good-{n}", "text": f"China and Mexico signed a trade agreement in Beijing ({n}).",
                           "date": "2021-05-05"}) + "\n" for n in range(3))
TEXT = "China and Mexico signed an agreement in Beijing last week and will meet again next week."


def warc(uri: str, html: bytes) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(html) + html
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{abs(hash(uri))}>\r\nWARC-Target-URI: {uri}\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n")
    return head.encode() + http + b"\r\n\r\n"


def atom(date: str) -> str:
    return ('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><id>e1</id><title>t</title>'
            f'<updated>{date}</updated><content type="html">{TEXT}</content></entry></feed>')


def csv_rows(bad: str, at: int = 5, rows: int = 9) -> bytes:
    lines = [f'r{n},"{TEXT} ({n})",2021-05-05' for n in range(2, rows + 2)]
    lines[at - 2] = bad
    return ("id,text,date\n" + "\n".join(lines) + "\n").encode("latin-1")


def cases() -> list[tuple[str, str, bytes | Callable[[Path], None], int]]:
    """(name, file name, content or a function making it, records in it)."""
    out: list[tuple[str, str, bytes | Callable[[Path], None], int]] = []
    for date in ("2021-02-30", "2021-13-01", "0000-01-01"):
        out.append((f"date line {date}", "a.txt", f" date {date}\n{TEXT}\n".encode(), 1))
        out.append((f"JSONL date {date}", "a.jsonl", (json.dumps({"id": "x", "text": TEXT, "date": date}) + "\n").encode(), 1))
        out.append((f"CSV date {date}", "a.csv", f'id,text,date\nx,"{TEXT}",{date}\n'.encode(), 1))
        out.append((f"Atom updated {date}", "a.atom", atom(f"{date}T10:00:00Z").encode(), 1))
    for date in ("0001-01-01", "9999-12-31"):
        out.append((f"date line {date} and relative dates", "a.txt", f" date {date}\n{TEXT}\n".encode(), 1))
    out.append(("JSONL lone surrogate", "a.jsonl", b'{"id": "x", "text": "China \\ud800 met Mexico."}\n', 1))
    out.append(("JSONL nested 100,000 deep", "a.jsonl", b"[" * 100_000 + b"\n" + json.dumps({"id": "y", "text": TEXT}).encode() + b"\n", 2))
    out.append(("WARC cut inside its first record", "a.warc", warc("http://x/1", f"<html><body><p>{TEXT}</p></body></html>".encode())[:150], 1))
    out.append(("CSV unbalanced quote (row 5 of 9)", "a.csv", csv_rows('r5,"unbalanced,2021-05-05'), 9))
    out.append(("TSV unbalanced quote", "a.tsv", csv_rows('r5,"unbalanced,2021-05-05').replace(b",", b"\t"), 9))
    out.append(("CSV field over the limit", "a.csv", csv_rows(f'r5,"{"x " * 600_000}",2021-05-05'), 9))
    out.append(("CSV Latin-1 byte on line 9", "a.csv", csv_rows(f'r9,"\xe9t\xe9 {TEXT}",2021-05-05', at=9), 9))
    out.append(("JSONL bad line in the first 4 KB", "a.jsonl",
                b"\xff\xfe bad\n" + "".join(json.dumps({"id": f"j{n}", "text": f"{TEXT} ({n})"}) + "\n" for n in range(5)).encode(), 6))
    out.append(("UTF-16 text", "a.txt", TEXT.encode("utf-16"), 1))
    out.append(("HTML of 50 MB", "a.html", b"<html><body><p>" + b"word " * 10_000_000 + b"</p></body></html>", 1))
    out.append(("HTML nested 100,000 deep", "a.html", b"<div>" * 100_000 + TEXT.encode() + b"</div>" * 100_000, 1))
    out.append(("WARC record with a non-http target", "a.warc", warc("file:///etc/passwd", f"<html><body><p>{TEXT}</p></body></html>".encode()), 1))
    out.append(("RSS date of year 0000", "a.rss", ('<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><guid>a</guid>'
                                                  f"<pubDate>Mon, 01 Jan 0000 10:00:00 GMT</pubDate><description>{TEXT}</description>"
                                                  "</item></channel></rss>").encode(), 1))
    out.append(("javascript: link", "a.jsonl", (json.dumps({"id": "x", "text": TEXT, "url": "javascript:alert(1)"}) + "\n").encode(), 1))
    out.append(("link to /etc/passwd", "passwd.txt", lambda p: p.symlink_to("/etc/passwd"), 1))
    out.append(("FIFO", "a.txt", lambda p: os.mkfifo(p), 1))
    out.append(("file named a.txt:7", "a.txt:7", TEXT.encode(), 1))
    out.append(("900,000 characters without a sentence break", "a.txt", (" date 2021-05-05\n" + (TEXT[:-1] + ", ") * 10_000)[:900_000].encode(), 1))
    out.append(("WARC gzip bomb (one 200 MB record)", "a.warc.gz", gzip.compress(warc("http://x/b", b"<html><body><p>" + b" " * 200_000_000 + b"</p></body></html>")), 1))
    return out


def random_cases(n: int) -> list[tuple[str, str, bytes | Callable[[Path], None], int]]:
    rng = random.Random(14)
    samples = [p for p in sorted((ROOT / "tests" / "data" / "formats").iterdir()) if p.is_file() and p.suffix != ".md"]
    out: list[tuple[str, str, bytes | Callable[[Path], None], int]] = []
    for suffix in (".txt", ".jsonl", ".csv", ".tsv", ".html", ".warc", ".warc.gz", ".xml", ".rss", ".atom"):
        for i in range(n):
            out.append((f"random bytes {suffix} #{i}", f"a{suffix}", rng.randbytes(rng.randrange(1, 4000)), 0))
    for sample in samples:
        for i in range(n):
            data = sample.read_bytes()
            out.append((f"truncated {sample.name} #{i}", f"a_{sample.name}", data[: rng.randrange(len(data))], 0))
    return out


def run_case(name: str, file: str, content: bytes | Callable[[Path], None], records: int) -> str:
    with tempfile.TemporaryDirectory() as folder:
        inputs = Path(folder) / "in"
        inputs.mkdir()
        hostile = inputs / file
        if callable(content):
            content(hostile)
        else:
            hostile.write_bytes(content)
        (inputs / "zz_good.jsonl").write_text(GOOD, encoding="utf-8")
        paths = [str(hostile), str(inputs / "zz_good.jsonl")] if file.startswith("a.txt:") or name == "FIFO" else [str(inputs)]
        signal.alarm(120)
        started = time.perf_counter()
        try:
            with open_store(str(Path(folder) / "a.db")) as store:
                summary = ingest(paths, store, IngestOptions(batch_size=2))
                good = store.scalar("SELECT COUNT(*) FROM articles WHERE article_key LIKE 'good-%'")
                stored = store.scalar("SELECT COUNT(*) FROM articles WHERE origin LIKE ?", (str(hostile) + "%",))
                linked = store.scalar("SELECT COUNT(*) FROM articles WHERE url LIKE 'javascript:%'")
        except TimeoutError:
            return f"HANG after {time.perf_counter() - started:.0f} s"
        except Exception as exc:  # noqa: BLE001 - what this script counts
            return f"CRASH {type(exc).__name__}: {str(exc)[:100]}"
        finally:
            signal.alarm(0)
        failed = sum(1 for f in summary.failures if f.source == str(hostile))
        seconds = time.perf_counter() - started
        lost = good < 3 or stored + failed < max(records, 1) or linked
        verdict = "SILENT LOSS" if lost else "ok"
        return f"{verdict}: stored {stored}, failed {failed}, good {good}/3 ({seconds:.1f} s)" + (
            f"; {summary.failures[0].reason[:90]}" if failed else "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--random", type=int, default=0, help="random and truncated files per format")
    args = parser.parse_args()

    def alarm(*_: object) -> None:
        raise TimeoutError

    signal.signal(signal.SIGALRM, alarm)
    counts = {"ok": 0, "CRASH": 0, "HANG": 0, "SILENT LOSS": 0}
    for name, file, content, records in cases() + random_cases(args.random):
        verdict = run_case(name, file, content, records)
        counts[next(k for k in counts if verdict.startswith(k))] += 1
        if not name.startswith(("random", "truncated")) or not verdict.startswith("ok"):
            print(f"| {name} | {verdict} |", flush=True)
    print(f"\ninputs tried {sum(counts.values())}: crashes {counts['CRASH']}, hangs {counts['HANG']}, "
          f"silent losses {counts['SILENT LOSS']}, ok {counts['ok']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
