"""How fast planflow_import reads plans: the seed (target <= 50 ms) and a synthesized
50-page plan (target <= 1 s), measured in one run.

    python benchmarks/bench_import.py
"""

from __future__ import annotations

import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from planflow_import import read_text_file

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "65-KH-UBND-2023.txt"


def big_plan(pages: int = 50) -> str:
    """The seed with its task section repeated: about 45 lines (one page) per block."""
    text = SEED.read_text(encoding="utf-8")
    head, rest = text.split("II. NỘI DUNG CÔNG TÁC TRỌNG TÂM", 1)
    tasks, tail = rest.split("III. TỔ CHỨC THỰC HIỆN", 1)
    blocks = re.split(r"\n(?=\d+\. )", tasks.strip())
    out, n = [], 0
    while len("\n".join(out).splitlines()) < pages * 45:
        for b in blocks:
            n += 1
            out.append(re.sub(r"^\d+\.", f"{n}.", b))
    return head + "II. NỘI DUNG CÔNG TÁC TRỌNG TÂM\n\n" + "\n\n".join(out) + \
        "\n\nIII. TỔ CHỨC THỰC HIỆN" + tail


def timed(path: Path, runs: int) -> tuple[float, int]:
    read_text_file(path)  # warm: plugins loaded, regexes compiled
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        result = read_text_file(path)
        times.append(time.perf_counter() - t0)
    return statistics.median(times), len(result.plan.tasks)


def main() -> int:
    ok = True
    seed_s, seed_n = timed(SEED, 20)
    print(f"seed ({SEED.name}): {seed_s * 1000:.1f} ms median of 20, {seed_n} tasks "
          f"[target <= 50 ms: {'ok' if seed_s <= 0.05 else 'MISSED'}]")
    ok &= seed_s <= 0.05
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "big.txt"
        path.write_text(big_plan(50), encoding="utf-8")
        lines = len(path.read_text(encoding="utf-8").splitlines())
        big_s, big_n = timed(path, 3)
    print(f"50-page plan ({lines} lines): {big_s * 1000:.0f} ms median of 3, {big_n} tasks "
          f"[target <= 1 s: {'ok' if big_s <= 1.0 else 'MISSED'}]")
    ok &= big_s <= 1.0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
