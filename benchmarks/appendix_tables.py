"""Appendix task tables nobody tuned to: N random plans from tests/appendix_gen.py, each
read in the corpus scrape's form, as GitHub Markdown and as a Word document, scored
against the tables' truth. With LibreOffice (and poppler's pdftotext) three more forms:
the Word document saved as PDF (``pdf``), that PDF's text as ``pdftotext -layout`` keeps
it (``pdf-layout``) and the Word document saved as a web page (``html``), about a second
a plan each.

    python benchmarks/appendix_tables.py                  # 60 plans, seed 0, the three forms
    python benchmarks/appendix_tables.py -n 200 --seed 7 --forms scraped --misses
    python benchmarks/appendix_tables.py --forms pdf,html,pdf-layout

Per form and overall it prints: tasks found (the row's title read as a task's title),
lead right and time right (as ``benchmarks/score_reading.py`` counts them), fully right,
plans read wholly right, group rows read as tasks, other tasks that are no row of the
tables, rows flagged (a row whose cells could not be placed under their headers, kept as
words with a warning, or placed by their words with a warning), tasks read with a wrong
lead or time and no warning naming them (a column shifted silently) and silently wrong
dates (a date unlike the truth with no warning on the timeframe).
``--features`` adds one line per table feature (two-row header, group style, merged
cells, page break …): the share of tasks fully right in tables that have it.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.appendix_gen import FORMS, Generated, generate, write  # noqa: E402

import planflow  # noqa: E402

_spec = importlib.util.spec_from_file_location("score_reading", ROOT / "benchmarks" / "score_reading.py")
assert _spec is not None and _spec.loader is not None
score_reading = importlib.util.module_from_spec(_spec)
sys.modules["score_reading"] = score_reading
_spec.loader.exec_module(score_reading)
norm = score_reading.norm


@dataclass
class Tally:
    tasks: int = 0
    found: int = 0
    lead: int = 0
    time: int = 0
    full: int = 0
    plans: int = 0
    plans_right: int = 0
    groups_as_tasks: int = 0
    extra: int = 0
    flagged: int = 0
    silent: int = 0
    unflagged: int = 0
    failed: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, o: Tally) -> None:
        for k in ("tasks", "found", "lead", "time", "full", "plans", "plans_right", "groups_as_tasks",
                  "extra", "flagged", "silent", "unflagged", "failed"):
            setattr(self, k, getattr(self, k) + getattr(o, k))


def score(gen: Generated, path: Path) -> tuple[Tally, dict[str, list[int]]]:
    """The reading of one written plan against its truth; per feature [right, total]."""
    t = Tally(plans=1)
    feats: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    try:
        result = planflow.default_registry().importer_for(path).read(path)
    except Exception as e:  # noqa: BLE001 - the benchmark counts any failure
        t.failed = 1
        t.tasks = len(gen.tasks)
        t.misses.append(f"seed {gen.seed} {path.suffix}: import failed: {type(e).__name__}: {e}")
        return t, feats
    plan = result.plan
    by_title = {norm(x.title): x for x in plan.tasks}
    matched: set[str] = set()
    all_right = True
    for truth in gen.tasks:
        t.tasks += 1
        key = norm(truth.title)
        task = by_title.get(key)
        tab = gen.tables[truth.table]
        if task is None:
            all_right = False
            for f in tab.features:
                feats[f][1] += 1
            t.misses.append(f"seed {gen.seed} {path.suffix}: not found: {truth.title!r} "
                            f"[{', '.join(tab.features)}]")
            continue
        matched.add(key)
        t.found += 1
        lead_ok = score_reading._lead_right(plan, task, truth.lead)
        time_ok, silent = score_reading._tf_right(task.timeframe, truth.label())
        t.lead += lead_ok
        t.time += time_ok
        t.full += lead_ok and time_ok
        t.silent += silent
        for f in tab.features:
            feats[f][0] += lead_ok and time_ok
            feats[f][1] += 1
        if not (lead_ok and time_ok):
            all_right = False
            if not any(task.title[:30] in w for w in result.warnings):
                t.unflagged += 1
            names = {a.id: a.name for a in plan.agencies}
            t.misses.append(f"seed {gen.seed} {path.suffix}: {truth.title[:40]!r}: lead "
                            f"{[names.get(i, i) for i in task.lead]} (want {truth.lead}), time "
                            f"{task.timeframe.kind.value} {task.timeframe.start}..{task.timeframe.end} "
                            f"{task.timeframe.text!r} (want {truth.kind} {truth.start}..{truth.end})"
                            f" [{', '.join(tab.features)}]")
    groups = {norm(g) for g in gen.groups}
    for x in plan.tasks:
        k = norm(x.title)
        if k in matched:
            continue
        if k in groups:
            t.groups_as_tasks += 1
            all_right = False
            t.misses.append(f"seed {gen.seed} {path.suffix}: group row read as a task: {x.title!r}")
        else:
            t.extra += 1
            all_right = False
            t.misses.append(f"seed {gen.seed} {path.suffix}: a task that is no row: {x.title[:70]!r}")
    t.flagged = sum(1 for w in result.warnings if "fewer cells" in w)
    t.plans_right = int(all_right)
    return t, feats


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.0f} %)" if b else "-"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=60, help="plans per form")
    ap.add_argument("--seed", type=int, default=0, help="the first plan's seed")
    ap.add_argument("--forms", default=",".join(FORMS),
                    help=f"of {', '.join(FORMS)}, and 'pdf' (the Word form saved as PDF by LibreOffice), "
                         "'pdf-layout' (that PDF's text by pdftotext -layout), 'html' (the Word form "
                         "saved as a web page by LibreOffice)")
    ap.add_argument("--misses", action="store_true", help="list what was read wrong")
    ap.add_argument("--features", action="store_true", help="fully right per table feature")
    args = ap.parse_args()
    forms = args.forms.split(",")
    totals: dict[str, Tally] = {}
    feats: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    with tempfile.TemporaryDirectory() as tmp:
        for form in forms:
            total = Tally()
            for seed in range(args.seed, args.seed + args.n):
                gen = generate(seed)
                folder = Path(tmp) / form
                folder.mkdir(exist_ok=True)
                one, f = score(gen, write(gen, form, folder))
                total.add(one)
                total.misses += one.misses
                for k, v in f.items():
                    feats[k][0] += v[0]
                    feats[k][1] += v[1]
            totals[form] = total
    print(f"{args.n} generated plans per form (seeds {args.seed}-{args.seed + args.n - 1})\n")
    print("| form | found | lead | time | fully right | plans right | groups as tasks | other tasks "
          "| flagged rows | wrong, no warning | silent dates | failed |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    every = Tally()
    for form, t in totals.items():
        every.add(t)
        print(f"| {form} | {_pct(t.found, t.tasks)} | {_pct(t.lead, t.tasks)} | {_pct(t.time, t.tasks)} | "
              f"{_pct(t.full, t.tasks)} | {_pct(t.plans_right, t.plans)} | {t.groups_as_tasks} | {t.extra} "
              f"| {t.flagged} | {t.unflagged} | {t.silent} | {t.failed} |")
    t = every
    print(f"| **all** | {_pct(t.found, t.tasks)} | {_pct(t.lead, t.tasks)} | {_pct(t.time, t.tasks)} | "
          f"{_pct(t.full, t.tasks)} | {_pct(t.plans_right, t.plans)} | {t.groups_as_tasks} | {t.extra} "
          f"| {t.flagged} | {t.unflagged} | {t.silent} | {t.failed} |")
    if args.features:
        print("\n| table feature | tasks fully right |\n|---|---|")
        for k in sorted(feats):
            print(f"| {k} | {_pct(*feats[k])} |")
    if args.misses:
        print()
        for form, t in totals.items():
            for m in t.misses:
                print(f"{form}: {m}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
