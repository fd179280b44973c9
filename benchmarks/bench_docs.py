"""Document speed: the Lý Sơn plan and a synthetic 1,000-task plan written as DOCX.

    python benchmarks/bench_docs.py [--tasks 1000] [--repeat 5]

Measured in the same run (best of ``--repeat``):

* ``lyson docx``: ``planflow_docs.render_docx`` of examples/lyson_2023.py (target <= 0.3 s);
* ``synthetic docx``: the same for a synthetic plan of ``--tasks`` tasks, each with three
  content items, two agencies and a timeframe (target <= 3 s for 1,000 tasks);
* ``bare python-docx``: a document with the same number of paragraphs, each added with
  ``add_paragraph(text)`` and nothing else: the floor any python-docx writer sits on.
  The ratio to it says what the layout costs on top of python-docx itself;
* ``txt``, ``md``, ``html`` of the synthetic plan, for comparison.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from pathlib import Path

import docx

sys.path.insert(0, str(Path(__file__).parent))
from generate import synthetic_plan  # noqa: E402

import planflow  # noqa: E402
import planflow_docs  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def best(fn, repeat: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return min(times), out


def synthetic(n: int) -> planflow.Plan:
    data = synthetic_plan(n)
    for i, t in enumerate(data["tasks"]):
        t["content"] = [f"Nội dung {k} của nhiệm vụ {i}: triển khai, kiểm tra, đôn đốc và báo cáo "
                        "kết quả thực hiện theo đúng quy định của pháp luật." for k in range(3)]
    data["recipients"] = ["Sở LĐTB&XH tỉnh", "Lưu: VT"]
    data["signature"] = {"name": "Nguyễn Văn A", "title": "PHÓ CHỦ TỊCH", "authority": "KT.",
                         "on_behalf_of": "CHỦ TỊCH"}
    return planflow.plan_from_dict(data)


def bare(texts: list[str]) -> bytes:
    d = docx.Document()
    for t in texts:
        d.add_paragraph(t)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tasks", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args()
    ctx = planflow.RenderContext()
    lyson = planflow.load(ROOT / "examples" / "lyson_2023.py")
    big = synthetic(a.tasks)
    planflow_docs.render_docx(lyson, ctx)  # warm the imports and the template
    t_lyson, data = best(lambda: planflow_docs.render_docx(lyson, ctx), a.repeat)
    t_big, big_data = best(lambda: planflow_docs.render_docx(big, ctx), max(1, a.repeat // 2))
    texts = [b.plain() for b in planflow_docs.plan_document(big).body
             if isinstance(b, planflow_docs.Block)]
    t_bare, _ = best(lambda: bare(texts), max(1, a.repeat // 2))
    rows = [
        ("lyson docx", t_lyson, f"{len(data):,} bytes", 0.3),  # type: ignore[arg-type]
        (f"synthetic docx ({a.tasks} tasks)", t_big, f"{len(big_data):,} bytes, "  # type: ignore[arg-type]
         f"{len(texts):,} paragraphs", 3.0 * a.tasks / 1000),
        ("bare python-docx (same paragraphs)", t_bare, "", None),
    ]
    for name, fn in (("txt", planflow_docs.render_text), ("md", planflow_docs.render_markdown),
                     ("html", planflow_docs.render_html)):
        t, _ = best(lambda fn=fn: fn(big, ctx), a.repeat)
        rows.append((f"synthetic {name}", t, "", None))
    ok = True
    for name, t, note, target in rows:
        verdict = ""
        if target is not None:
            verdict = f"target <= {target:g} s: {'ok' if t <= target else 'MISSED'}"
            ok &= t <= target
        print(f"{name:40s} {t:8.3f} s  {note:32s} {verdict}")
    print(f"synthetic docx / bare python-docx: {t_big / t_bare:.2f}x")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
