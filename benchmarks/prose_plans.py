"""Vietnamese action plans whose tasks are written in prose, nobody tuned to: N random
plans from tests/prose_gen.py (lead as the sentence's subject, lead and time in brackets,
label lines, duties under agency headings, event timelines; at several depths of
numbering, some issued by a Quyết định), read in the corpus scrape's form and as a Word
document, scored against their truth.

    python benchmarks/prose_plans.py                       # 60 plans per form, seeds 0-59
    python benchmarks/prose_plans.py -n 100 --seed 5000    # the held-out seeds
    python benchmarks/prose_plans.py --misses --forms scraped --families agency
    python benchmarks/prose_plans.py --forms pdf-text      # the Word form as PDF, its text (soffice, pdftotext)

Seeds 0-999 are the ones to look at while fixing; seeds from 5000 on are held out (read
only to measure, before and after). Per form, per family and overall it prints: tasks
found (the task's own words in a task's title or first line of content), lead right,
time right (as ``benchmarks/score_reading.py`` counts them), fully right, plans read
wholly right, headings, objectives or targets read as tasks, other tasks that are no
task of the truth, tasks read wrong with no warning naming them, silently wrong dates
(a date unlike the truth with no warning on the timeframe) and reporting sentences read
with their due days. ``--features`` adds one line per feature (a wording or a depth):
the share of tasks fully right where it occurs.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.prose_gen import FAMILIES, FORMS, PDF_FORMS, Generated, generate, write  # noqa: E402

import planflow  # noqa: E402

if "score_reading" in sys.modules:
    score_reading = sys.modules["score_reading"]
else:
    _spec = importlib.util.spec_from_file_location("score_reading", ROOT / "benchmarks" / "score_reading.py")
    assert _spec is not None and _spec.loader is not None
    score_reading = importlib.util.module_from_spec(_spec)
    sys.modules["score_reading"] = score_reading
    _spec.loader.exec_module(score_reading)
norm = score_reading.norm

_ABBR = (("ubnd ", "ủy ban nhân dân "), ("mttq ", "mặt trận tổ quốc "), ("hđnd ", "hội đồng nhân dân "))


def agency_norm(text: str) -> str:
    """An agency's name compared: normalised, abbreviations written out."""
    t = norm(text) + " "
    for short, full in _ABBR:
        t = t.replace(short, full)
    return t.strip()


@dataclass
class Tally:
    tasks: int = 0
    found: int = 0
    lead: int = 0
    time: int = 0
    full: int = 0
    plans: int = 0
    plans_right: int = 0
    nontasks: int = 0
    extra: int = 0
    unflagged: int = 0
    silent: int = 0
    reports: int = 0
    reports_right: int = 0
    failed: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, o: Tally) -> None:
        for k in ("tasks", "found", "lead", "time", "full", "plans", "plans_right", "nontasks", "extra",
                  "unflagged", "silent", "reports", "reports_right", "failed"):
            setattr(self, k, getattr(self, k) + getattr(o, k))


def lead_right(plan: planflow.Plan, task: planflow.Task, want: list[str]) -> bool:
    """Each wanted lead is the name of one of the task's leads, and there are no more."""
    names = {a.id: a for a in plan.agencies}
    got = [agency_norm(f"{names[i].name} {names[i].short_name or ''}") if i in names else agency_norm(i)
           for i in task.lead]
    return len(got) == len(want) and all(any(agency_norm(w) in g for g in got) for w in want)


def _report_right(plan: planflow.Plan, want: Any) -> bool:
    for r in score_reading._regimes(plan):
        if norm(want.needle) in norm(r.text) and r.cadence == want.cadence and \
                all(r.params.get(k) == v for k, v in want.params.items()):
            return True
    return False


def score(gen: Generated, path: Path) -> tuple[Tally, dict[str, list[int]]]:
    """The reading of one written plan against its truth; per feature [right, total]."""
    t = Tally(plans=1)
    feats: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    try:
        result = planflow.default_registry().importer_for(path).read(path)
    except planflow.PlanFileError as e:
        t.failed = 1
        t.tasks = len(gen.tasks)
        t.misses.append(f"seed {gen.seed} {path.suffix}: refused: {e}")
        return t, feats
    plan = result.plan
    warned = " ".join(result.warnings)
    titles = [norm(x.title) for x in plan.tasks]
    firsts = [norm(x.content[0]) if x.content else "" for x in plan.tasks]
    claimed: set[int] = set()
    all_right = True
    for truth in gen.tasks:
        t.tasks += 1
        needle = norm(truth.needle)
        at = next((i for i, x in enumerate(titles) if i not in claimed and needle in x), None)
        if at is None:
            at = next((i for i, x in enumerate(firsts) if i not in claimed and needle in x), None)
        tags = truth.feature.split()
        for f in tags:
            feats[f][1] += 1
        if at is None:
            all_right = False
            t.misses.append(f"seed {gen.seed} {path.suffix}: not found: {truth.needle!r} [{truth.feature}]")
            continue
        claimed.add(at)
        task = plan.tasks[at]
        t.found += 1
        lead_ok = lead_right(plan, task, truth.lead)
        time_ok, silent = score_reading._tf_right(task.timeframe, truth.label())
        if silent and task.timeframe.text and task.timeframe.text in warned:
            silent = False
        t.lead += lead_ok
        t.time += time_ok
        t.full += lead_ok and time_ok
        t.silent += silent
        for f in tags:
            feats[f][0] += lead_ok and time_ok
        if not (lead_ok and time_ok):
            all_right = False
            named = any(task.title[:30] in w for w in result.warnings) or \
                (not time_ok and bool(task.timeframe.warnings))
            t.unflagged += not named
            names = {a.id: a.name for a in plan.agencies}
            tf = task.timeframe
            t.misses.append(f"seed {gen.seed} {path.suffix}: {truth.needle[:40]!r}: lead "
                            f"{[names.get(i, i) for i in task.lead]} (want {truth.lead}), time "
                            f"{tf.kind.value} {tf.start}..{tf.end} {tf.text!r} (want {truth.kind} "
                            f"{truth.start}..{truth.end} {truth.time!r}){'' if named else ' NO WARNING'}"
                            f" [{truth.feature}]")
    non = [norm(n) for n in gen.nontasks]
    for i, x in enumerate(plan.tasks):
        if i in claimed:
            continue
        all_right = False
        words = titles[i]
        if any(n and (n in words or words in n) for n in non):
            t.nontasks += 1
            t.misses.append(f"seed {gen.seed} {path.suffix}: not a task, read as one: {x.title[:70]!r}")
        else:
            t.extra += 1
            t.misses.append(f"seed {gen.seed} {path.suffix}: a task that is none: {x.title[:70]!r}")
    for rep in gen.reports:
        t.reports += 1
        ok = _report_right(plan, rep)
        t.reports_right += ok
        if not ok:
            all_right = False
            got = [(r.cadence, r.text[:40], dict(r.params)) for r in score_reading._regimes(plan)]
            t.misses.append(f"seed {gen.seed} {path.suffix}: report {rep.needle!r} {rep.params}: got {got}")
    t.plans_right = int(all_right)
    return t, feats


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.0f} %)" if b else "-"


def _row(name: str, t: Tally) -> str:
    return (f"| {name} | {_pct(t.found, t.tasks)} | {_pct(t.lead, t.tasks)} | {_pct(t.time, t.tasks)} | "
            f"{_pct(t.full, t.tasks)} | {_pct(t.plans_right, t.plans)} | {t.nontasks} | {t.extra} | "
            f"{t.unflagged} | {t.silent} | {_pct(t.reports_right, t.reports)} | {t.failed} |")


def run(seeds: range, forms: list[str], families: list[str] | None = None
        ) -> tuple[dict[str, Tally], dict[str, Tally], dict[str, list[int]]]:
    """Per form and per family tallies, and per feature [right, total]."""
    by_form: dict[str, Tally] = {}
    by_family: dict[str, Tally] = defaultdict(Tally)
    feats: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    with tempfile.TemporaryDirectory() as tmp:
        for form in forms:
            total = Tally()
            folder = Path(tmp) / form
            folder.mkdir()
            for seed in seeds:
                gen = generate(seed)
                if families and gen.family not in families:
                    continue
                one, f = score(gen, write(gen, form, folder))
                total.add(one)
                total.misses += one.misses
                fam = by_family[gen.family]
                fam.add(one)
                fam.misses += one.misses
                for k, v in f.items():
                    feats[k][0] += v[0]
                    feats[k][1] += v[1]
                if "decision" in gen.features:
                    d = by_family["(in a Quyết định)"]
                    d.add(one)
            by_form[form] = total
    return by_form, dict(by_family), feats


HEAD = ("| | found | lead | time | fully right | plans right | not-tasks as tasks | other tasks "
        "| wrong, no warning | silent dates | reports | refused |\n|---|---|---|---|---|---|---|---|---|---|---|---|")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=60, help="plans per form")
    ap.add_argument("--seed", type=int, default=0, help="the first plan's seed (5000 on: held out)")
    ap.add_argument("--forms", default=",".join(FORMS),
                    help=f"of {', '.join(FORMS)}, and {', '.join(PDF_FORMS)} (the Word form saved as PDF by "
                         "LibreOffice, that PDF's text by pdftotext, and by pdftotext -layout)")
    ap.add_argument("--families", default="", help=f"only these ({', '.join(FAMILIES)})")
    ap.add_argument("--misses", action="store_true", help="list what was read wrong")
    ap.add_argument("--features", action="store_true", help="fully right per feature")
    args = ap.parse_args()
    families = [f for f in args.families.split(",") if f] or None
    by_form, by_family, feats = run(range(args.seed, args.seed + args.n), args.forms.split(","), families)
    print(f"{args.n} generated plans per form (seeds {args.seed}-{args.seed + args.n - 1})\n")
    print(HEAD)
    every = Tally()
    for form, t in by_form.items():
        every.add(t)
        print(_row(form, t))
    print(_row("**all**", every))
    print("\n" + HEAD.replace("| |", "| family |", 1))
    for fam in [*FAMILIES, "(in a Quyết định)"]:
        if fam in by_family:
            print(_row(fam, by_family[fam]))
    if args.features:
        print("\n| feature | tasks fully right |\n|---|---|")
        for k in sorted(feats):
            print(f"| {k} | {_pct(*feats[k])} |")
    if args.misses:
        print()
        for form, t in by_form.items():
            for m in t.misses:
                print(f"{form}: {m}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
