"""SIGKILL at >= 100 random moments of real ticks, against aiosmtpd and an HTTP receiver.

    python benchmarks/kill_campaign.py              # 100 kills (about 10 minutes)
    python benchmarks/kill_campaign.py --kills 300 --seed 7

Each kill is followed by ``PRAGMA integrity_check`` on the store; each trial (one to
three kills in a row on one store, then a clean rerun) checks that nothing owed was lost,
that the outbox channel delivered exactly once, and that email and webhook keys arrived
more than once only inside the documented window (tests/kill_campaign.py). Prints the
figures as a Markdown table (docs/reliability.md); exit code 1 when an invariant broke.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.kill_campaign import run  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kills", type=int, default=100)
    ap.add_argument("--tasks", type=int, default=14, help="notifications per tick")
    ap.add_argument("--seed", type=int, default=14)
    args = ap.parse_args()
    t0 = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        t = run(args.kills, Path(tmp), tasks=args.tasks, seed=args.seed)
    rows = [("SIGKILLs during ticks", t.kills), ("kills drawn after the tick ended (not counted)",
                                                 t.missed),
            ("integrity_check ok after a kill", t.integrity_ok), ("trials (stores)", t.trials),
            ("notifications owed", t.expected), ("lost", t.lost),
            ("sent twice inside the window (email/webhook, same key)", t.duplicated),
            ("outbox sent twice", t.outbox_duplicated), ("unexpected keys", t.unexpected),
            ("more often than 1 + kills", t.beyond_window)]
    print(f"| seed {args.seed}, {args.tasks} notifications per tick | count |")
    print("|---|---|")
    for name, n in rows:
        print(f"| {name} | {n} |")
    print(f"\n{time.monotonic() - t0:.0f} s; {'clean' if t.clean else 'BROKEN'}")
    for p in t.problems:
        print("problem:", p)
    return 0 if t.clean else 1


if __name__ == "__main__":
    sys.exit(main())
