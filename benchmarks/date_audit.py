"""Every task time the importer reads, checked against the numbers written in its words.

    python benchmarks/date_audit.py                   # corpus files 01-14 (built on)
    python benchmarks/date_audit.py --part measure    # 15-19 (kept aside): counts only
    python benchmarks/date_audit.py --part extra      # the extra corpus (labelled or not)
    python benchmarks/date_audit.py FILE ...          # any plans

The reading scores (benchmarks/score_reading.py) look at a labelled sample of tasks; a
silently wrong date can hide in the tasks nobody labelled. This audit needs no labels: for
every task whose time the importer resolved, the dates written in its words are taken out
by a second, deliberately plain reader (a full date "d/m/yyyy", a day "d/m", a month
"tháng m/yyyy", a quarter "quý I/yyyy" or "quý I năm yyyy", a year) and each must agree
with the reading: a full date or a day is its start, end or due day; a month or a quarter
holds one of them; a year is the year of one of them. A reading that disagrees and carries
no warning (on the timeframe, or an import warning quoting its words) is a **silent
disagreement**: the defect this audit exists to find; one that disagrees with a warning is
counted apart (the reader said it was not sure). The plain reader knows nothing of holidays,
"trước ngày" moved to a working day, or periods: those are what the warnings say.

It prints one line per silent disagreement (for the kept-aside part only the counts) and a
summary; the exit status is 1 when any silent disagreement is found.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import planflow

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_reading import CORPUS, extra_corpus  # noqa: E402

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_FULL = re.compile(r"(?P<before>trước\s+(?:ngày\s+)?)?(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})(?![\d/])",
                   re.I)
# the same written in words: "(trước) ngày 01 tháng 01 năm 2026"
_FULL_WORDS = re.compile(r"(?P<before>trước\s+)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\d)",
                         re.I)
_DAY = re.compile(r"(?P<before>trước\s+(?:ngày\s+)?)?(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})(?![\d/])",
                  re.I)
_MONTH = re.compile(r"tháng\s+(\d{1,2})\s*(?:/|năm)\s*(\d{4})(?!\d)", re.I)
_QUARTER = re.compile(r"quý\s+(i{1,3}|iv|[1-4])\s*(?:/|năm)\s*(\d{4})(?!\d)", re.I)
_YEAR = re.compile(r"(?<![\d/])((?:19|20)\d\d)(?![\d/])")


def written(words: str) -> list[tuple[str, object]]:
    """What the plain reader finds in ``words``: ("date", date) ("before", date) after
    "trước ngày"), ("day", (d, m)) ("before-day" after "trước ngày"),
    ("month", (y, m)), ("quarter", (y, q)), ("year", y); an impossible date is ("bad", text)."""
    found: list[tuple[str, object]] = []
    rest = words
    for full in (_FULL, _FULL_WORDS):  # "30/6/2026", then "ngày 30 tháng 6 năm 2026"
        for m in full.finditer(rest):
            try:
                found.append(("before" if m["before"] else "date",
                              date(int(m[4]), int(m[3]), int(m[2]))))
            except ValueError:
                found.append(("bad", m[0]))
        rest = full.sub(" ", rest)
    for m in _MONTH.finditer(rest):
        found.append(("month", (int(m[2]), int(m[1]))))
    rest = _MONTH.sub(" ", rest)
    for m in _QUARTER.finditer(rest):
        q = m[1].lower()
        found.append(("quarter", (int(m[2]), _ROMAN.get(q) or int(q))))
    rest = _QUARTER.sub(" ", rest)
    for m in _DAY.finditer(rest):
        d, mo = int(m[2]), int(m[3])
        if 1 <= d <= 31 and 1 <= mo <= 12:
            found.append(("before-day" if m["before"] else "day", (d, mo)))
    rest = _DAY.sub(" ", rest)
    found += [("year", int(y)) for y in _YEAR.findall(rest)]
    return found


def _real(year: int, day_month: object) -> bool:
    d, m = day_month  # type: ignore[misc]
    try:
        date(year, m, d)
    except ValueError:
        return False
    return True


def disagreements(tf: planflow.Timeframe) -> list[str]:
    """What in ``tf``'s words its reading does not hold (the days it holds: its start,
    end and due day, and each occurrence's first and last day)."""
    days = [d for d in (tf.start, tf.end, tf.due) if d is not None]
    days += [d for occurrence in tf.occurrences for d in occurrence if d not in days]
    if not days:
        return []
    out = []
    for kind, value in written(tf.text or ""):
        if kind == "bad":
            ok = False
        elif kind == "date":
            ok = value in days
        elif kind == "before":
            # "trước ngày X": X itself or a day shortly before it (the plan's "before"
            # rule: the day before, the working day before; docs/vietnamese-rules.md)
            ok = value in days or any(0 < (value - d).days <= 10 for d in days)  # type: ignore[operator]
        elif kind == "day":
            ok = any((d.day, d.month) == value for d in days)
        elif kind == "before-day":
            ok = any((d.day, d.month) == value
                     or any(0 < (date(y, *value[::-1]) - d).days <= 10  # type: ignore[index]
                            for y in (d.year, d.year + 1) if _real(y, value))
                     for d in days)
        elif kind == "month":
            ok = any((d.year, d.month) == value for d in days)
        elif kind == "quarter":
            y, q = value  # type: ignore[misc]
            ok = any(d.year == y and (d.month - 1) // 3 + 1 == q for d in days)
        else:
            ok = any(d.year == value for d in days)
        if not ok:
            out.append(f"{kind} {value} not in {tf.start}..{tf.end} due {tf.due}")
    return out


def audit(paths: Iterable[Path], quiet: bool = False) -> tuple[int, int, int, int]:
    """(task times read, disagreeing with a warning, silently, files that failed to import)."""
    registry = planflow.default_registry()
    read = warned = silent = failed = 0
    for path in paths:
        try:
            result = registry.importer_for(path).read(path)
        except planflow.PlanflowError as e:
            failed += 1
            if not quiet:
                print(f"{path.name}: import failed: {e}")
            continue
        said = " ".join(result.warnings)
        for task in result.plan.tasks:
            tf = task.timeframe
            if tf.kind is planflow.Kind.UNRESOLVED:
                continue
            read += 1
            wrong = disagreements(tf)
            if not wrong:
                continue
            if tf.warnings or (tf.text and tf.text in said):
                warned += 1
                continue
            silent += 1
            if not quiet:
                print(f"{path.name}: {task.id}: {tf.text!r}: SILENT: {'; '.join(wrong)}")
    return read, warned, silent, failed


def part_files(part: str) -> list[Path]:
    if part in ("build", "measure"):
        if not CORPUS.is_dir():
            return []
        want = range(1, 15) if part == "build" else range(15, 20)
        return sorted(p for p in CORPUS.iterdir()
                      if p.name[:2].isdigit() and int(p.name[:2]) in want)
    extra = extra_corpus()
    if not extra.is_dir():
        return []
    return sorted(p for p in extra.rglob("*") if p.is_file() and p.suffix in (".md", ".txt", ".html")
                  and "pages" not in p.parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--part", choices=("build", "measure", "extra"), default="build")
    args = ap.parse_args(argv)
    paths = args.files or part_files(args.part)
    if not paths:
        print(f"date_audit: skipped: no plans for --part {args.part} (../shared or the extra "
              "corpus is absent)")
        return 0
    read, warned, silent, failed = audit(paths, quiet=args.part == "measure" and not args.files)
    print(f"{len(paths)} plans ({failed} not imported): {read} task times read; "
          f"{warned} disagree with the words and say so; {silent} disagree silently")
    return 1 if silent else 0


if __name__ == "__main__":
    sys.exit(main())
