"""Benchmark Accord's extraction on one core.

    .venv/bin/python bench/bench.py [--articles N] [--smoke]

Builds a corpus of N articles from the bundled examples and ../shared/articles/dev
(repeated as needed), then measures, in the same run:

- the baseline: tokenising and sentence splitting alone (spaCy's blank pipeline);
- the full extraction (reading excluded, no database): articles per second, words per
  second, and the ratio to the baseline;
- a per-stage profile (sentences, actors, relations, coding);
- peak resident memory of the process.

Results are printed as a Markdown table; copy them into bench/README.md with the
machine and the date. `--smoke` runs a tiny corpus, for CI (no timing is asserted).
"""

from __future__ import annotations

import argparse
import platform
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from accord import read_articles  # noqa: E402
from accord.actors import find_mentions, participants  # noqa: E402
from accord.coding import code_events  # noqa: E402
from accord.records import Article  # noqa: E402
from accord.relations import find_relations  # noqa: E402
from accord.text import split_sentences  # noqa: E402


def corpus(n: int) -> list[Article]:
    sources = [ROOT / "examples"]
    dev = ROOT.parent / "shared" / "articles" / "dev"
    if dev.is_dir():
        sources.append(dev)
    base = list(read_articles(sources))
    return [base[i % len(base)] for i in range(n)]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(articles: list[Article]) -> dict[str, float]:
    words = sum(len(a.text.split()) for a in articles)
    # warm up: load the knowledge base and compile the patterns outside the timings
    warm = articles[0]
    sentences = split_sentences(warm.text)
    mentions, _ = find_mentions(warm.text, sentences, warm.published)
    code_events(warm.text, sentences, mentions, warm.published)

    start = time.perf_counter()
    for article in articles:
        split_sentences(article.text)
    baseline = time.perf_counter() - start

    stages: dict[str, float] = defaultdict(float)
    start = time.perf_counter()
    for article in articles:
        t0 = time.perf_counter()
        sentences = split_sentences(article.text)
        t1 = time.perf_counter()
        mentions, _ = find_mentions(article.text, sentences, article.published)
        t2 = time.perf_counter()
        find_relations(article.text, sentences, mentions, article.published, participants(mentions))
        t3 = time.perf_counter()
        code_events(article.text, sentences, mentions, article.published)
        t4 = time.perf_counter()
        stages["sentences"] += t1 - t0
        stages["actors"] += t2 - t1
        stages["relations"] += t3 - t2
        stages["coding (incl. dates)"] += t4 - t3
    full = time.perf_counter() - start
    return {"articles": len(articles), "words": words, "baseline_s": baseline, "full_s": full, **{f"stage:{k}": v for k, v in stages.items()}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="size of the corpus (default 1000)")
    parser.add_argument("--smoke", action="store_true", help="a tiny run for CI: 20 articles")
    args = parser.parse_args()
    n = 20 if args.smoke else args.articles
    result = run(corpus(n))
    arts, words = result["articles"], result["words"]
    print(f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}, one core")
    print(f"corpus: {arts} articles, {words} words ({words / arts:.0f} words per article)\n")
    print("| run | articles/s | words/s | ratio to baseline |")
    print("|---|---|---|---|")
    base, full = result["baseline_s"], result["full_s"]
    print(f"| baseline: sentences only | {arts / base:,.0f} | {words / base:,.0f} | 1.00 |")
    print(f"| full extraction | {arts / full:,.1f} | {words / full:,.0f} | {full / base:.1f}x slower |")
    print(f"\npeak resident memory: {peak_rss_mb():.0f} MB\n")
    print("| stage | share of the time | ms per article |")
    print("|---|---|---|")
    for key, value in result.items():
        if key.startswith("stage:"):
            print(f"| {key[6:]} | {value / full:.0%} | {1000 * value / arts:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
