"""Benchmark Accord's extraction on one core.

    .venv/bin/python bench/bench.py [--articles N] [--smoke]

Builds, for each set, a corpus of N articles (repeated as needed):

- *readouts*: the bundled examples and ../shared/articles/dev (short official readouts);
- *news*: ../shared/corpus (news-length articles).

For each set it measures, in the same run:

- the baseline: tokenising and sentence splitting alone (`text.split_sentences`);
- the full extraction (`pipeline.extract`, no database): articles per second on one
  core, words per second, and the ratio to the baseline;
- a per-stage profile: reading the files, then every stage `pipeline.extract` calls
  (tokenising, actors, relations, coding, topics, and any stage added to the pipeline
  later), with dates (`dates.find_dates`, called by coding and relations) apart;
- peak resident memory of the process.

Results are printed as Markdown tables; copy them into bench/README.md with the machine
and the date. `--smoke` runs a tiny corpus, for CI (no timing is asserted).
"""

from __future__ import annotations

import argparse
import platform
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from accord import pipeline, read_articles  # noqa: E402
from accord.records import Article  # noqa: E402
from accord.text import split_sentences  # noqa: E402

SETS = {
    "readouts": [ROOT / "examples", SHARED / "articles" / "dev"],
    "news": [SHARED / "corpus"],
}
STAGE_NAMES = {"text": "tokenising", "read": "reading"}  # module -> stage, where they differ


def read_set(paths: list[Path]) -> tuple[list[Article], float]:
    """The articles of a set, and the seconds reading them took."""
    start = time.perf_counter()
    articles = list(read_articles([f for p in paths if p.is_dir() for f in sorted(p.glob("*.txt"))]))
    return articles, time.perf_counter() - start


def repeated(base: list[Article], n: int) -> list[Article]:
    return [base[i % len(base)] for i in range(n)]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class StageClock:
    """Exclusive time per stage: a call's time, less that of the timed calls inside it."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._inner: list[float] = []

    def wrap(self, stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            self._inner.append(0.0)
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                elapsed = time.perf_counter() - start
                inner = self._inner.pop()
                self.seconds[stage] += elapsed - inner
                if self._inner:
                    self._inner[-1] += elapsed

        return timed


def _stage_functions() -> Iterator[tuple[ModuleType, str, str]]:
    """(module, name, stage) for each stage function the pipeline calls, and for
    `find_dates` wherever a stage imported it."""
    for name, value in vars(pipeline).items():
        module = getattr(value, "__module__", "") or ""
        if callable(value) and module.startswith("accord.") and module not in {"accord.pipeline", "accord.records", "accord.errors", "accord.read"}:
            short = module.rsplit(".", 1)[1]
            yield pipeline, name, STAGE_NAMES.get(short, short)
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("accord.") and callable(getattr(module, "find_dates", None)):
            yield module, "find_dates", "dates"


@contextmanager
def profiled(clock: StageClock) -> Iterator[None]:
    """Time the pipeline's stages while inside the block."""
    saved = [(module, name, getattr(module, name)) for module, name, _ in _stage_functions()]
    for module, name, stage in _stage_functions():
        setattr(module, name, clock.wrap(stage, getattr(module, name)))
    try:
        yield
    finally:
        for module, name, original in saved:
            setattr(module, name, original)


def run(articles: list[Article], read_s_per_article: float) -> dict[str, Any]:
    words = sum(len(a.text.split()) for a in articles)
    pipeline.extract(articles[0])  # warm up: load the knowledge base, compile the patterns

    start = time.perf_counter()
    for article in articles:
        split_sentences(article.text)
    baseline = time.perf_counter() - start

    start = time.perf_counter()
    for article in articles:
        pipeline.extract(article)
    full = time.perf_counter() - start

    clock = StageClock()
    with profiled(clock):
        start = time.perf_counter()
        for article in articles:
            pipeline.extract(article)
        profiled_s = time.perf_counter() - start
    stages = {"reading": read_s_per_article * len(articles), **clock.seconds}
    stages["sequencing (pipeline.extract itself)"] = profiled_s - sum(clock.seconds.values())
    return {"articles": len(articles), "words": words, "baseline_s": baseline, "full_s": full, "stages": stages}


def report(name: str, result: dict[str, Any]) -> None:
    arts, words = result["articles"], result["words"]
    base, full = result["baseline_s"], result["full_s"]
    print(f"### {name}: {arts} articles, {words:,} words ({words / arts:.0f} words per article)\n")
    print("| run | articles/s | words/s | ratio to baseline |")
    print("|---|---|---|---|")
    print(f"| baseline: tokenising alone | {arts / base:,.0f} | {words / base:,.0f} | 1.00 |")
    print(f"| full extraction | {arts / full:,.1f} | {words / full:,.0f} | {full / base:.1f}x slower |\n")
    stages = result["stages"]
    total = sum(stages.values())
    print("| stage | share of the time | ms per article |")
    print("|---|---|---|")
    for stage, seconds in stages.items():
        print(f"| {stage} | {seconds / total:.0%} | {1000 * seconds / arts:.2f} |")
    print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300, help="articles per set (default 300)")
    parser.add_argument("--smoke", action="store_true", help="a tiny run for CI: 10 articles per set")
    args = parser.parse_args()
    n = 10 if args.smoke else args.articles
    print(f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}, one core")
    print(f"date: {time.strftime('%Y-%m-%d')}\n")
    for name, paths in SETS.items():
        base, read_s = read_set(paths)
        if not base:
            print(f"### {name}: no articles found under {', '.join(map(str, paths))}\n")
            continue
        report(name, run(repeated(base, n), read_s / len(base)))
    print(f"peak resident memory: {peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
