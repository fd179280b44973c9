"""How well planflow_import reads real plans, against labels a careful reader wrote.

    python benchmarks/score_reading.py                 # files 01-14 (the part built on)
    python benchmarks/score_reading.py --part measure  # files 15-19 (kept aside)
    python benchmarks/score_reading.py --all
    python benchmarks/score_reading.py --part extra    # real plans found later (not in the repo)
    python benchmarks/score_reading.py --part pages    # the tops of public pages (headers only)

The labels are small TOML files in tests/data/reading/ (one per corpus file: document
fields, the task count, a sample of tasks with a short title substring, lead, timeframe
kind and dates, the task-time phrases and the reporting sentences with their readings);
the plans are read from ../shared/corpus/plans/. ``--part extra`` scores the labels in
tests/data/reading_extra/ against texts kept outside the repository (public scrapes found
after the corpus was labelled, read only through these labels): the folder
$PLANFLOW_EXTRA_CORPUS, by default ../extra_corpus next to the checkout; a label whose text
is absent is skipped and says so; labels with ``set = "held-out"`` (plans labelled and
measured before any rule was written from them) get their own overall line. ``--part pages`` scores the labels in
tests/data/reading_pages/ (the first ~2,500 characters of public pages of issued plans and
decisions issuing plans: site furniture, letterhead, title, opening) against the texts in
the ``pages`` folder of that extra corpus; it prints the header table (see
:func:`header_table`). Per file and overall the other parts print:

* doc: document fields right (number, symbol, date, issuer, title);
* count: the task count within ±20 % of the label;
* found / lead / time / full: sample tasks found (title substring), with the right
  lead, with the right timeframe, with both;
* phrases: task-time phrases read right (kind and dates, in the plan's context);
* reports: reporting sentences read with the right due days;
* silent: dates produced that differ from the label with no warning naming the words.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tomllib
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import planflow

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "data" / "reading"
CORPUS = ROOT.parent / "shared" / "corpus" / "plans"
LABELS_EXTRA = ROOT / "tests" / "data" / "reading_extra"
LABELS_PAGES = ROOT / "tests" / "data" / "reading_pages"


def extra_corpus() -> Path:
    """Where the extra part's texts are: $PLANFLOW_EXTRA_CORPUS, else ../extra_corpus."""
    env = os.environ.get("PLANFLOW_EXTRA_CORPUS")
    return Path(env) if env else ROOT.parent / "extra_corpus"


def norm(text: str) -> str:
    """NFC, casefolded, markup and spacing removed."""
    t = unicodedata.normalize("NFC", text).replace("*", "").casefold()
    t = t.replace("hoá", "hóa").replace("uỷ", "ủy").replace("oà", "òa").replace("oạ", "ọa")
    return " ".join(t.split())


@dataclass
class Score:
    """Counts for one file (or all)."""

    doc: list[int] = field(default_factory=lambda: [0, 0])
    count: list[int] = field(default_factory=lambda: [0, 0])
    found: list[int] = field(default_factory=lambda: [0, 0])
    lead: list[int] = field(default_factory=lambda: [0, 0])
    time: list[int] = field(default_factory=lambda: [0, 0])
    full: list[int] = field(default_factory=lambda: [0, 0])
    phrases: list[int] = field(default_factory=lambda: [0, 0])
    reports: list[int] = field(default_factory=lambda: [0, 0])
    silent: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: int = 0  # document fields read with a value that is not the label's
    missing: int = 0  # document fields left empty
    failed: int = 0  # the import refused the text (one line)
    unloadable: int = 0  # the plan written did not load, or did not validate
    crashed: int = 0  # anything else raised: a defect

    def add(self, other: Score) -> None:
        for name in ("doc", "count", "found", "lead", "time", "full", "phrases", "reports"):
            a, b = getattr(self, name), getattr(other, name)
            a[0] += b[0]
            a[1] += b[1]
        self.silent += other.silent
        self.wrong += other.wrong
        self.missing += other.missing
        self.failed += other.failed
        self.unloadable += other.unloadable
        self.crashed += other.crashed

    def rate(self, name: str) -> float:
        right, total = getattr(self, name)
        return right / total if total else 1.0


# the importer's word that the text is a Quyết định issuing (or approving) the plan
_DECISION_READ = re.compile(r"Quyết định that issues|read from the decision|decision's", re.I)


def _tick(pair: list[int], ok: bool) -> bool:
    pair[0] += int(ok)
    pair[1] += 1
    return ok


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _tf_right(tf: planflow.Timeframe, label: dict[str, Any]) -> tuple[bool, bool]:
    """(right, silently wrong) for a timeframe against a label's kind/start/end/due."""
    kind = label.get("kind")
    right = kind is None or tf.kind.value == kind
    wrong_date = False
    for name in ("start", "end", "due"):
        if name in label:
            want, got = _date(label[name]), getattr(tf, name)
            if want != got:
                right = False
                wrong_date = wrong_date or got is not None
    if kind in ("event", "unresolved", "continuous", "recurring") and "due" not in label \
            and tf.due is not None:
        right, wrong_date = False, True  # a deadline where the words set none
    return right, wrong_date and not tf.warnings


def _find_task(tasks: Iterable[planflow.Task], needle: str) -> planflow.Task | None:
    n = norm(needle)
    tasks = list(tasks)
    for t in tasks:
        if n in norm(t.title):
            return t
    for t in tasks:
        if t.content and n in norm(t.content[0]):
            return t
    return None


def _lead_right(plan: planflow.Plan, task: planflow.Task, want: list[str]) -> bool:
    names = {a.id: a for a in plan.agencies}
    got = " | ".join(norm(f"{names[i].name} {names[i].short_name or ''}") if i in names else norm(i)
                     for i in task.lead)
    if not want:
        return True  # the label names no lead: not checked
    return bool(task.lead) and all(norm(w) in got for w in want)


def _regimes(plan: planflow.Plan) -> list[planflow.Regime]:
    """The plan's regime, each part of a ``mixed`` one as a regime of its own (a part with
    its own sentence, a report the importer tracks with the plan's, keeps its words), and
    every other reporting sentence read (``settings.import.reports``)."""
    out = [plan.regime] if plan.regime is not None else []
    if plan.regime is not None and plan.regime.cadence == "mixed":
        for part in plan.regime.params.get("parts", []):
            params = {k: v for k, v in part.items() if k not in ("cadence", "text")}
            out.append(planflow.Regime(cadence=part["cadence"], params=params,
                                       text=part.get("text", plan.regime.text)))
    extra = plan.settings.get("import", {}).get("reports", []) if plan.settings else []
    for r in extra:
        out.append(planflow.Regime(cadence=r.get("cadence", "unresolved"), text=r.get("text", ""),
                                   params=r.get("params", {})))
    return out


def _report_right(regime: planflow.Regime, label: dict[str, Any]) -> bool:
    params = regime.params
    if "cadence" in label and regime.cadence != label["cadence"]:
        return False
    if "days" in label and list(params.get("days", [])) != list(label["days"]):
        return False
    if "dates" in label and [str(d) for d in params.get("dates", [])] != [str(d) for d in label["dates"]]:
        return False
    return True


def _roundtrip(plan: planflow.Plan) -> str | None:
    """None when the plan, written as TOML, loads back and validates with no error."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "plan.toml"
        try:
            path.write_text(planflow.dumps_plan(plan), encoding="utf-8")
            errors = [p for p in planflow.validate(planflow.load(path))
                      if p.severity is planflow.Severity.ERROR]
        except Exception as e:  # noqa: BLE001 - any failure is what is measured
            return f"{type(e).__name__}: {e}"
    return "; ".join(str(e) for e in errors[:2]) or None


def score_file(label_path: Path, corpus: Path = CORPUS, suffix: str | None = None,
               roundtrip: bool = False) -> Score:
    """The score of one labelled file (``suffix``: read the file of that suffix instead,
    e.g. a DOCX made from it; ``roundtrip``: also write the plan, load it back and
    validate it, counting a failure in ``unloadable``)."""
    label = tomllib.loads(label_path.read_text(encoding="utf-8"))
    s = Score()
    path = corpus / label["file"]
    if suffix is not None:
        path = path.with_suffix(suffix)
    try:
        result = planflow.default_registry().importer_for(path).read(path)
    except planflow.PlanflowError as e:
        s.misses.append(f"import failed: {e}")
        s.failed += 1
        result = None
    except Exception as e:  # noqa: BLE001 - a traceback is what is measured here
        s.misses.append(f"CRASH: {type(e).__name__}: {e}")
        s.crashed += 1
        result = None
    doc = label.get("document", {})
    tasks_label = label.get("task", [])
    if result is None:
        s.doc[1] += len(doc) + int("period" in label)
        s.missing += len(doc)
        s.count[1] += int("tasks" in label)
        for name in ("found", "lead", "time", "full"):
            getattr(s, name)[1] += len(tasks_label)
        s.phrases[1] += len(label.get("phrase", []))
        s.reports[1] += len(label.get("report", []))
        return s
    plan, warnings = result.plan, result.warnings
    if roundtrip:
        problem = _roundtrip(plan)
        if problem:
            s.unloadable += 1
            s.misses.append(f"the plan written does not load and validate: {problem}")
    d = plan.document
    warned_all = " ".join(warnings)
    for name, want in doc.items():
        got: Any = getattr(d, name, None)
        if name == "date":
            ok = d.date == _date(want)
            if not ok and d.date is not None and not re.search(r"\bdate\b|ngày", warned_all):
                s.silent += 1  # a wrong date that looks sure
                s.misses.append(f"document date SILENT: {d.date} (want {want})")
        elif name in ("title", "issuer"):
            ok = norm(want) in norm(getattr(d, name) or "")
        elif name == "place":
            ok = norm(want).replace(" - ", "-") == norm(d.place or "").replace(" - ", "-")
        elif name == "title_excludes":
            ok, got = norm(want) not in norm(d.title or ""), d.title
        elif name == "decision":
            got = bool(_DECISION_READ.search(warned_all))
            ok = got == bool(want)
        else:
            ok = (getattr(d, name) or "") == want
        if not _tick(s.doc, ok):
            if got in (None, ""):
                s.missing += 1
            else:
                s.wrong += 1
            s.misses.append(f"document {name}: {got!r} (want {want!r})")
    if "period" in label:
        want_p = (_date(label["period"][0]), _date(label["period"][1]))
        got_p = (plan.period.start, plan.period.end) if plan.period else None
        if not _tick(s.doc, got_p == want_p):
            s.misses.append(f"document period: {got_p} (want {want_p})")
    n, want_n = len(plan.tasks), label.get("tasks")
    if want_n is not None and not _tick(s.count, abs(n - want_n) <= 0.2 * want_n):
        s.misses.append(f"{n} tasks (want {want_n})")
    warned = " ".join(warnings)
    for t in tasks_label:
        task = _find_task(plan.tasks, t["title"])
        _tick(s.found, task is not None)
        if task is None:
            s.lead[1] += 1
            s.time[1] += 1
            s.full[1] += 1
            s.misses.append(f"not found: {t['title']!r}")
            continue
        lead_ok = _tick(s.lead, _lead_right(plan, task, t.get("lead", [])))
        tf = task.timeframe
        tf_ok, silent = _tf_right(tf, t)
        if silent and tf.text and tf.text in warned:
            silent = False
        s.silent += int(silent)
        _tick(s.time, tf_ok)
        _tick(s.full, lead_ok and tf_ok)
        if not lead_ok:
            s.misses.append(f"lead of {t['title']!r}: {list(task.lead)} (want {t.get('lead')})")
        if not tf_ok:
            s.misses.append(f"time of {t['title']!r}: {tf.text!r} {tf.kind.value} {tf.start}..{tf.end} "
                            f"due {tf.due}{' SILENT' if silent else ''} (want {t.get('kind')} "
                            f"{t.get('start')}..{t.get('end')} due {t.get('due')})")
    context = planflow.timeframe_context(plan)
    if "period" in label:
        span = label["period"]
        context = planflow.TimeframeContext(_date(span[0]), _date(span[1]), _date(doc.get("date")),
                                            calendar=context.calendar, settings=context.settings)
    parsers = planflow.registry_of(plan).timeframe_parsers()
    for ph in label.get("phrase", []):
        try:
            tf = planflow.resolve_timeframe(ph["text"], context, parsers)
        except planflow.PlanflowError as e:
            tf = planflow.Timeframe(ph["text"], kind=planflow.Kind.UNRESOLVED, warnings=(str(e),))
        ok, silent = _tf_right(tf, ph)
        s.silent += int(silent)
        if not _tick(s.phrases, ok):
            s.misses.append(f"phrase {ph['text']!r}: {tf.kind.value} {tf.start}..{tf.end} due {tf.due}"
                            f"{' SILENT' if silent else ''} (want {ph.get('kind')} {ph.get('start')}.."
                            f"{ph.get('end')} due {ph.get('due')})")
    regimes = _regimes(plan)
    for rp in label.get("report", []):
        found = [r for r in regimes if norm(rp["text"]) in norm(r.text)]
        ok = any(_report_right(r, rp) for r in found)
        if not _tick(s.reports, ok):
            got = [(r.cadence, r.params.get("days"), r.params.get("dates")) for r in found]
            s.misses.append(f"report {rp['text']!r}: {got or 'not found'}")
    return s


def label_files(part: str) -> list[Path]:
    """The label files of a part: "build" (01-14), "measure" (15-19), "all" (01-19) or
    "extra" (tests/data/reading_extra/)."""
    if part == "extra":
        return sorted(LABELS_EXTRA.glob("*.toml"))
    if part == "pages":
        return sorted(LABELS_PAGES.glob("*.toml"))
    files = sorted(LABELS.glob("*.toml"))
    if part == "build":
        return [f for f in files if f.name[:2] < "15"]
    if part == "measure":
        return [f for f in files if f.name[:2] >= "15"]
    return files


def _pct(pair: list[int]) -> str:
    return f"{pair[0]}/{pair[1]}" if pair[1] else "-"


def table(scores: dict[str, Score]) -> tuple[str, Score]:
    """The table (Markdown) and the overall score."""
    total = Score()
    head = ("| file | doc | count ±20% | found | lead | time | full | phrases | reports | silent |\n"
            "|---|---|---|---|---|---|---|---|---|---|")
    lines = [head]
    for name, s in scores.items():
        total.add(s)
        lines.append(f"| {name} | {_pct(s.doc)} | {_pct(s.count)} | {_pct(s.found)} | {_pct(s.lead)} "
                     f"| {_pct(s.time)} | {_pct(s.full)} | {_pct(s.phrases)} | {_pct(s.reports)} "
                     f"| {s.silent} |")
    pct = {n: f"{100 * total.rate(n):.0f} %" for n in
           ("doc", "count", "found", "lead", "time", "full", "phrases", "reports")}
    lines.append(f"| **all** | {_pct(total.doc)} ({pct['doc']}) | {_pct(total.count)} ({pct['count']}) "
                 f"| {_pct(total.found)} ({pct['found']}) | {_pct(total.lead)} ({pct['lead']}) "
                 f"| {_pct(total.time)} ({pct['time']}) | {_pct(total.full)} ({pct['full']}) "
                 f"| {_pct(total.phrases)} ({pct['phrases']}) | {_pct(total.reports)} ({pct['reports']}) "
                 f"| {total.silent} |")
    return "\n".join(lines), total


def header_table(scores: dict[str, Score]) -> tuple[str, Score]:
    """The header table (Markdown) of a part whose labels name document fields only: per
    file the fields right, read wrong (a value that is not the label's), left empty,
    dates wrong with no warning, the import refused (one line) or crashed."""
    total = Score()
    lines = ["| file | fields right | wrong | empty | silent dates | refused | crashed | no load |",
             "|---|---|---|---|---|---|---|---|"]
    for name, s in scores.items():
        total.add(s)
        lines.append(f"| {name} | {_pct(s.doc)} | {s.wrong} | {s.missing} | {s.silent} | {s.failed} "
                     f"| {s.crashed} | {s.unloadable} |")
    full = sum(1 for s in scores.values() if s.doc[1] and s.doc[0] == s.doc[1])
    lines.append(f"| **all** ({full}/{len(scores)} files fully right) | {_pct(total.doc)} "
                 f"({100 * total.rate('doc'):.0f} %) | {total.wrong} | {total.missing} | {total.silent} "
                 f"| {total.failed} | {total.crashed} | {total.unloadable} |")
    return "\n".join(lines), total


def field_table(scores: dict[str, Score]) -> str:
    """Per document field: right / labelled, over all files (from the misses)."""
    counts: dict[str, list[int]] = {}
    for s in scores.values():
        for m in s.misses:
            mm = re.match(r"document (\w+)", m)
            if mm:
                counts.setdefault(mm.group(1), [0, 0])[0] += 1
    return ", ".join(f"{k} wrong in {v[0]}" for k, v in sorted(counts.items())) or "no field wrong"


def skipped(part: str, corpus: Path) -> dict[str, str]:
    """The label files of ``part`` whose text is absent from ``corpus``, with the reason."""
    out = {}
    for f in label_files(part):
        name = tomllib.loads(f.read_text(encoding="utf-8"))["file"]
        if not (corpus / name).is_file():
            out[f.stem] = f"skipped: the text {name} is absent from {corpus}"
    return out


def run(part: str, corpus: Path = CORPUS) -> tuple[dict[str, Score], Score, str]:
    """Score every label file of ``part`` whose text is present: per file, overall and
    the table (labels whose text is absent are left out: see :func:`skipped`)."""
    absent = skipped(part, corpus)
    scores = {f.stem: score_file(f, corpus, roundtrip=part == "pages") for f in label_files(part)
              if f.stem not in absent}
    text, total = table(scores)
    return scores, total, text


def held_out_lines(part: str, scores: dict[str, Score],
                   tabled: Callable[[dict[str, Score]], str]) -> str:
    """The overall lines of the labels built on and of those marked ``set = "held-out"``
    (each the last line of ``tabled(scores of that half)``); nothing when none is held out."""
    held = {f.stem for f in label_files(part)
            if tomllib.loads(f.read_text(encoding="utf-8")).get("set") == "held-out"}
    if not held & scores.keys():
        return ""
    text = ""
    for name, half in (("built on", {k: v for k, v in scores.items() if k not in held}),
                       ("held out", {k: v for k, v in scores.items() if k in held})):
        if half:
            text += "\n" + tabled(half).splitlines()[-1].replace("**all**", f"**{name}**")
    return text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=("build", "measure", "all", "extra", "pages"), default="build")
    ap.add_argument("--all", dest="part", action="store_const", const="all")
    ap.add_argument("--misses", action="store_true", help="list what was read wrong")
    ap.add_argument("--corpus", type=Path, default=None,
                    help="the folder of the texts (default ../shared/corpus/plans; for --part "
                         "extra $PLANFLOW_EXTRA_CORPUS or ../extra_corpus, for pages its pages/)")
    args = ap.parse_args(argv)
    corpus = args.corpus or (extra_corpus() if args.part == "extra" else extra_corpus() / "pages"
                             if args.part == "pages" else CORPUS)
    if not corpus.is_dir():
        if args.part in ("extra", "pages"):
            print(f"score_reading: skipped: the extra corpus is absent ({corpus}; set "
                  f"$PLANFLOW_EXTRA_CORPUS)")
            return 0
        print(f"score_reading: the corpus is absent ({corpus})", file=sys.stderr)
        return 2
    absent = skipped(args.part, corpus)
    scores, _, text = run(args.part, corpus)
    if args.part == "pages":
        text = header_table(scores)[0] + "\n\n" + field_table(scores)
        tasks = Score()
        for sc in scores.values():
            tasks.add(sc)
        if tasks.found[1]:
            text += (f"\ntasks visible in the excerpts: found {_pct(tasks.found)}, lead {_pct(tasks.lead)},"
                     f" time {_pct(tasks.time)}")
        text += held_out_lines("pages", scores, lambda part: header_table(part)[0])
    if args.part == "extra":
        text += held_out_lines("extra", scores, lambda part: table(part)[0])
    print(text)
    for name, why in absent.items():
        print(f"{name}: {why}")
    if args.misses:
        for name, s in scores.items():
            for m in s.misses:
                print(f"{name}: {m}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
