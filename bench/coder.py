"""The event coder, old and new side by side, in one run, on one core.

    .venv/bin/python bench/coder.py [--baseline REV] [--set news|wire] [--articles N] [--passes K]

The baseline is Accord at a git revision (by default the last commit with the regex
pattern coder), checked out into a temporary worktree and run in a subprocess with the
same interpreter, so both coders read the same articles on the same machine in the same
minute. Each side is one process pinned to one core (where the OS allows), which
reports:

- start-up: importing Accord and coding the first article (model and indexes loaded);
- steady state: articles per second over the following passes, and words per second;
- peak resident memory (ru_maxrss) of the process.

A coder with `pipeline.extract_batch` codes the articles in batches of `pipeline.BATCH`
(as `accord extract` and `accord ingest` do: each batch's sentences parsed in one pass);
one without it, an article at a time.

Sets: `news` is ../shared/articles/news (90 articles of every kind), `wire` the first N
stories of ../shared/corpus/wire/news-2025-05.jsonl. Copy the printed table into
bench/README.md with the machine and the date. `--smoke` runs two articles (CI).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BASELINE = "24b634a"  # the regex pattern coder, before the event dictionary

WORKER = r"""
import json, os, resource, sys, time
root, files, passes, limit = sys.argv[1], json.loads(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
sys.path.insert(0, root)
try:
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
except (AttributeError, OSError):
    pass
t0 = time.perf_counter()
from accord import pipeline, read_articles
articles = list(read_articles(files))[:limit]
pipeline.extract(articles[0])
startup = time.perf_counter() - t0
words = sum(len(a.text.split()) for a in articles)
events = 0
t1 = time.perf_counter()
batch = getattr(pipeline, "extract_batch", None)  # the coders before it extract one article at a time
for _ in range(passes):
    if batch is None:
        for a in articles:
            events += len(pipeline.extract(a).events)
    else:
        for i in range(0, len(articles), pipeline.BATCH):
            events += sum(len(x.events) for x in batch(articles[i : i + pipeline.BATCH]))
elapsed = time.perf_counter() - t1
print(json.dumps({"startup_s": startup, "articles": len(articles) * passes, "seconds": elapsed,
                  "articles_per_s": len(articles) * passes / elapsed, "words_per_s": words * passes / elapsed,
                  "events": events // passes, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def inputs(name: str, n: int) -> list[str]:
    if name == "news":
        return [str(p) for p in sorted((SHARED / "articles" / "news").glob("*.txt"))[:n]]
    wire = SHARED / "corpus" / "wire" / "news-2025-05.jsonl"
    lines = wire.read_text(encoding="utf-8").splitlines()[:n]
    path = Path(tempfile.mkdtemp()) / "wire.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(path)]


def run(root: Path, files: list[str], passes: int, limit: int) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", WORKER, str(root), json.dumps(files), str(passes), str(limit)],
                         capture_output=True, text=True, check=True, cwd=str(root))
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", default=BASELINE, help="git revision of the old coder (default: %(default)s)")
    parser.add_argument("--set", default="news", choices=["news", "wire"])
    parser.add_argument("--articles", type=int, default=90)
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--smoke", action="store_true", help="two articles, one pass, no baseline (for CI)")
    args = parser.parse_args()
    if args.smoke:
        files = [str(p) for p in sorted((ROOT / "examples").glob("*.txt"))[:2]]
        result = run(ROOT, files, 1, 2)
        print(f"smoke: {result['articles']} articles, {result['events']} events")
        return 0
    files = inputs(args.set, args.articles)
    with tempfile.TemporaryDirectory() as tmp:
        worktree = Path(tmp) / "baseline"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(worktree), args.baseline], check=True, capture_output=True)
        try:
            old = run(worktree, files, args.passes, args.articles)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(worktree)], check=False, capture_output=True)
    new = run(ROOT, files, args.passes, args.articles)
    print(f"| coder | start-up (s) | articles/s, one core | words/s | events per pass | peak RSS (MB) |  ({args.set}, {new['articles'] // args.passes} articles, {args.passes} passes, {os.cpu_count()} cores)")
    print("|---|---|---|---|---|---|")
    for name, r in ((f"old ({args.baseline})", old), ("new (dictionary + parse)", new)):
        print(f"| {name} | {r['startup_s']:.2f} | {r['articles_per_s']:.1f} | {r['words_per_s']:,.0f} | {r['events']} | {r['peak_rss_mb']:.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
