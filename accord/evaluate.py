"""Score extractions against gold annotations, as ../shared/gold/FORMAT.md defines:

- event triples: per article, distinct (source, target, CAMEO root) between two
  different states; a prediction matching a non-optional gold triple is a true
  positive; one matching only optional gold triples counts in neither precision nor
  recall (optional means neither rewarded nor penalised); one matching nothing is a
  false positive; a non-optional gold triple nothing matches is a false negative;
  micro-averaged;
- date accuracy: over matched triples whose gold event has a date, the share where a
  predicted event of that triple carries that date at the gold's precision;
- actor F1 over (name, country) pairs, names folded for case and accents;
- publication-date accuracy over articles (null counts as a value);
- relations: share of gold `established` years and `partnership` labels reproduced.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import GoldError
from .knowledge import fold, states

ISO3 = re.compile(r"^[A-Z]{3}$")


@dataclass
class ArticleScore:
    article: str
    tp: set[tuple[str, str, str]] = field(default_factory=set)
    fp: set[tuple[str, str, str]] = field(default_factory=set)
    fn: set[tuple[str, str, str]] = field(default_factory=set)
    optional: set[tuple[str, str, str]] = field(default_factory=set)  # matched only optional gold
    dates_right: int = 0
    dates_total: int = 0
    date_misses: list[str] = field(default_factory=list)
    actors_tp: int = 0
    actors_pred: int = 0
    actors_gold: int = 0
    actor_misses: list[str] = field(default_factory=list)
    actor_extras: list[str] = field(default_factory=list)
    published_right: bool = True
    relations_right: int = 0
    relations_total: int = 0


@dataclass
class Report:
    articles: list[ArticleScore]

    def _sum(self, name: str) -> int:
        return sum(len(getattr(a, name)) if isinstance(getattr(a, name), set) else getattr(a, name) for a in self.articles)

    @property
    def metrics(self) -> dict[str, float]:
        tp, fp, fn = self._sum("tp"), self._sum("fp"), self._sum("fn")
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        a_tp, a_pred, a_gold = self._sum("actors_tp"), self._sum("actors_pred"), self._sum("actors_gold")
        a_p = a_tp / a_pred if a_pred else 0.0
        a_r = a_tp / a_gold if a_gold else 0.0
        dates_total = self._sum("dates_total")
        rel_total = self._sum("relations_total")
        return {
            "articles": len(self.articles),
            "event_precision": round(precision, 4),
            "event_recall": round(recall, 4),
            "event_f1": round(f1, 4),
            "true_positives": tp,
            "false_positives": fp,
            "false_negatives": fn,
            "optional_matches": self._sum("optional"),
            "date_accuracy": round(self._sum("dates_right") / dates_total, 4) if dates_total else 1.0,
            "actor_precision": round(a_p, 4),
            "actor_recall": round(a_r, 4),
            "actor_f1": round(2 * a_p * a_r / (a_p + a_r), 4) if a_p + a_r else 0.0,
            "published_accuracy": round(sum(a.published_right for a in self.articles) / len(self.articles), 4) if self.articles else 0.0,
            "relations_accuracy": round(self._sum("relations_right") / rel_total, 4) if rel_total else 1.0,
        }


def load_gold(gold_dir: Path) -> dict[str, dict[str, Any]]:
    """Gold annotations by article file name."""
    if not gold_dir.is_dir():
        raise GoldError(f"{gold_dir}: gold directory not found")
    gold = {}
    for path in sorted(gold_dir.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from None
        if "article" not in data or "events" not in data:
            raise GoldError(f"{path}: expected fields 'article' and 'events'")
        gold[data["article"]] = data
    if not gold:
        raise GoldError(f"{gold_dir}: no gold .json files")
    return gold


def _is_state(code: str) -> bool:
    return bool(ISO3.match(code or "")) and code in states()


def _triple(event: dict[str, Any]) -> tuple[str, str, str] | None:
    source, target = event.get("source", ""), event.get("target", "")
    if not (_is_state(source) and _is_state(target)) or source == target:
        return None
    return (source, target, str(event.get("cameo", ""))[:2])


def score_article(gold: dict[str, Any], predicted: dict[str, Any]) -> ArticleScore:
    score = ArticleScore(article=gold["article"])
    gold_all: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    required: set[tuple[str, str, str]] = set()
    for event in gold["events"]:
        triple = _triple(event)
        if triple is None:
            continue
        gold_all.setdefault(triple, []).append(event)
        if not event.get("optional"):
            required.add(triple)
    predicted_by_triple: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for event in predicted.get("events", []):
        triple = _triple(event)
        if triple is not None:
            predicted_by_triple.setdefault(triple, []).append(event)
    for triple, events in predicted_by_triple.items():
        if triple in gold_all and triple not in required:
            score.optional.add(triple)  # a defensible extra: neither rewarded nor penalised
        elif triple in gold_all:
            score.tp.add(triple)
            for gold_event in gold_all[triple]:
                if gold_event.get("date") and not gold_event.get("optional"):
                    score.dates_total += 1
                    want = gold_event["date"]
                    if any((e.get("date") or "")[: len(want)] == want and len(e.get("date") or "") >= len(want) for e in events):
                        score.dates_right += 1
                    else:
                        got = sorted({str(e.get("date")) for e in events})
                        score.date_misses.append(f"{'>'.join(triple[:2])} {triple[2]}: gold {want}, got {', '.join(got)}")
        else:
            score.fp.add(triple)
    score.fn = required - score.tp
    gold_actors = {(fold(a["name"]), a.get("country")) for a in gold.get("actors", [])}
    pred_actors = {(fold(a["name"]), a.get("country")) for a in predicted.get("actors", []) if a.get("name")}
    score.actors_gold, score.actors_pred = len(gold_actors), len(pred_actors)
    score.actors_tp = len(gold_actors & pred_actors)
    score.actor_misses = sorted(f"{n} ({c})" for n, c in gold_actors - pred_actors)
    score.actor_extras = sorted(f"{n} ({c})" for n, c in pred_actors - gold_actors)
    score.published_right = gold.get("published") == predicted.get("published")
    for relation in gold.get("relations", []):
        countries = set(relation.get("countries", []))
        mine = [r for r in predicted.get("relations", []) if set(r.get("countries", [])) == countries]
        if relation.get("established") is not None:
            score.relations_total += 1
            score.relations_right += any(r.get("established") == relation["established"] for r in mine)
        if relation.get("partnership"):
            score.relations_total += 1
            score.relations_right += any(fold(r.get("partnership") or "") == fold(relation["partnership"]) for r in mine)
    return score


def evaluate(gold_dir: Path, predictions: Iterable[dict[str, Any]]) -> Report:
    """Score predictions (dicts in the output format) against a gold directory; an
    article with gold but no prediction counts as predicting nothing."""
    gold = load_gold(gold_dir)
    by_article = {p["article"]: p for p in predictions}
    scores = [score_article(g, by_article.get(name, {"article": name, "events": [], "actors": [], "published": None})) for name, g in gold.items()]
    return Report(scores)


def split_members(article_dirs: list[Path], split: str) -> set[str]:
    """The article files that the `MANIFEST.tsv` of the article directories assigns to a
    split (its `split` column: `tune`, `check`)."""
    members: set[str] = set()
    values: set[str] = set()
    found = False
    for directory in article_dirs:
        manifest = directory / "MANIFEST.tsv"
        if not manifest.is_file():
            continue
        with manifest.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
        if rows and "split" in rows[0] and "file" in rows[0]:
            found = True
            for row in rows:
                values.add(row["split"])
                if row["split"] == split:
                    members.add(row["file"])
    if not found:
        raise GoldError(f"--split {split}: no MANIFEST.tsv with `file` and `split` columns in {', '.join(map(str, article_dirs))}")
    if not members:
        raise GoldError(f"--split {split}: no article has that split; expected one of {', '.join(sorted(values))}")
    return members


def find_article_files(gold_dir: Path, article_dirs: list[Path], split: str | None = None) -> tuple[list[Path], list[str]]:
    """The article file of each gold annotation, looked up in the article directories,
    and the names of gold articles found in none of them; with `split`, only the
    articles of that split of the directories' MANIFEST.tsv."""
    gold = load_gold(gold_dir)
    if split is not None:
        members = split_members(article_dirs, split)
        gold = {name: g for name, g in gold.items() if name in members}
    for directory in article_dirs:
        if not directory.is_dir():
            raise GoldError(f"{directory}: article directory not found")
    files, missing = [], []
    for name in gold:
        for directory in article_dirs:
            candidate = directory / name
            if candidate.exists():
                files.append(candidate)
                break
        else:
            missing.append(name)
    if not files:
        raise GoldError(f"{gold_dir}: none of its {len(gold)} articles is in {', '.join(map(str, article_dirs))}")
    return files, missing


def evaluate_dirs(
    gold_dir: Path, article_dirs: list[Path], extract_file: Callable[[list[str]], Iterable[dict[str, Any]]], split: str | None = None
) -> tuple[Report, list[str]]:
    """Code the gold set's articles found in the directories (only those of `split`, when
    given) and score them; returns the report and the gold articles that were not found
    (and so not scored)."""
    files, missing = find_article_files(gold_dir, article_dirs, split)
    predictions = list(extract_file([str(f) for f in files]))
    gold = load_gold(gold_dir)
    found = {f.name for f in files}
    by_article = {p["article"]: p for p in predictions}
    scores = [score_article(g, by_article.get(name, {"article": name, "events": [], "actors": [], "published": None})) for name, g in gold.items() if name in found]
    return Report(scores), missing


def render_report(report: Report, verbose: bool, write: Callable[[str], None] = print) -> None:
    if verbose:
        for a in report.articles:
            lines = [f"  missed {'>'.join(t[:2])} {t[2]}" for t in sorted(a.fn)]
            lines += [f"  extra  {'>'.join(t[:2])} {t[2]}" for t in sorted(a.fp)]
            lines += [f"  date   {m}" for m in a.date_misses]
            lines += [f"  actor missed {m}" for m in a.actor_misses] + [f"  actor extra  {m}" for m in a.actor_extras]
            if not a.published_right:
                lines.append("  published date wrong")
            if lines:
                write(a.article)
                for line in lines:
                    write(line)
    for key, value in report.metrics.items():
        write(f"{key:20} {value}")
