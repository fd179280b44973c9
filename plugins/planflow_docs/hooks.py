"""The hook implementations planflow calls (re-exported by the package)."""

from __future__ import annotations

from collections.abc import Callable

import planflow

__all__ = ["WHAT", "register_formats"]

#: what these formats render
WHAT = ("plan", "report", "reminder")


def _on_first_use(name: str) -> Callable[[planflow.Plan, planflow.RenderContext], bytes]:
    """:mod:`planflow_docs.render`'s function ``name``, imported when a document is written
    (registering the plugin, which every command does, stays cheap)."""
    def render(plan: planflow.Plan, context: planflow.RenderContext) -> bytes:
        from . import render as module

        fn: Callable[[planflow.Plan, planflow.RenderContext], bytes] = getattr(module, name)
        return fn(plan, context)
    render.__name__ = render.__qualname__ = name
    return render


render_docx = _on_first_use("render_docx")
render_text = _on_first_use("render_text")
render_markdown = _on_first_use("render_markdown")
render_html = _on_first_use("render_html")


def render_xlsx(plan: planflow.Plan, context: planflow.RenderContext) -> bytes:
    """:func:`planflow_docs.xlsx_format.render_xlsx`, imported when a workbook is written."""
    from .xlsx_format import render_xlsx as render

    return render(plan, context)


@planflow.hookimpl
def register_formats(register: Callable[..., None]) -> None:
    """DOCX (Nghị định 30/2020, Phụ lục I), plain text, Markdown, HTML and Excel (.xlsx)."""
    register(planflow.Renderer(name="docx", extension=".docx", renders=WHAT, render=render_docx,
                               description="Word document laid out by Nghị định 30/2020, Phụ lục I"))
    register(planflow.Renderer(name="txt", extension=".txt", renders=WHAT, render=render_text,
                               description="plain text in the shape of the printed document"))
    register(planflow.Renderer(name="md", extension=".md", renders=WHAT, render=render_markdown,
                               description="Markdown (CommonMark)"))
    register(planflow.Renderer(name="html", extension=".html", renders=WHAT, render=render_html,
                               description="one self-contained HTML page"))
    register(planflow.Renderer(name="xlsx", extension=".xlsx", renders=("plan", "report"),
                               render=render_xlsx,
                               description="Excel workbook: the plan's tasks, a progress "
                                           "report's tables (date cells, frozen headers)"))
