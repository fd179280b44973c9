"""Rerun the malformed-input table (tests/malformed.py) and print it as Markdown.

    python benchmarks/reliability.py            # the summary table (docs/reliability.md)
    python benchmarks/reliability.py --cases    # and one row per case
    python benchmarks/reliability.py --only plan-json   # the cases whose id starts so

Each case is a real ``planflow`` subprocess (the same runner as tests/test_malformed.py):
clean means exit code 2, one line on stderr naming the file or field, no traceback, no
hang (60 s) within 2 GB of address space. Seconds are wall-clock on this machine, for
spotting slow rejections; nothing depends on them.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.malformed import all_cases, check, run_all  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", action="store_true", help="also list every case")
    ap.add_argument("--only", default="", help="only the cases whose id starts with this")
    ap.add_argument("--workers", type=int, default=3)
    args = ap.parse_args()
    cases = [c for c in all_cases() if c.id.startswith(args.only)]
    with tempfile.TemporaryDirectory() as tmp:
        results = run_all(cases, Path(tmp), args.workers)
        rows = []
        for c in cases:
            out, folder = results[c.id]
            rows.append((c, out, check(c, out, folder)))
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    slowest: dict[str, float] = defaultdict(float)
    for c, out, bad in rows:
        g = groups[c.group]
        g[0] += 1
        g[1] += not bad
        g[2] += bool(out["hung"])
        g[3] += "Traceback" in str(out["stderr"])
        g[4] += bool(bad) and not out["hung"] and "Traceback" not in str(out["stderr"])
        slowest[c.group] = max(slowest[c.group], float(out["seconds"]))
    print("| inputs | tried | clean | hung | traceback | other fault | slowest (s) |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    total = [0, 0, 0, 0, 0]
    for name, g in groups.items():
        print(f"| {name} | {' | '.join(map(str, g))} | {slowest[name]:.1f} |")
        total = [a + b for a, b in zip(total, g, strict=True)]
    print(f"| **all** | {' | '.join(map(str, total))} | {max(slowest.values(), default=0):.1f} |")
    if args.cases:
        print("\n| case | exit | seconds | first line of stderr | fault |")
        print("|---|---:|---:|---|---|")
        for c, out, bad in rows:
            first = (str(out["stderr"]).strip().splitlines() or [""])[-1 if bad else 0][:120]
            first = first.replace("|", "\\|")
            print(f"| {c.id} | {out['rc']} | {float(out['seconds']):.1f} | {first} | "
                  f"{'; '.join(bad)} |")
    known = [c for c, _, bad in rows if bad and c.known]
    if known:
        print("\nKnown, not handled yet: " + "; ".join(f"{c.id} ({c.known})" for c in known))
    return 0 if total[0] - total[1] == len(known) else 1


if __name__ == "__main__":
    sys.exit(main())
