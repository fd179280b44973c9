"""The render functions planflow calls: a plan and a RenderContext in, bytes out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time

import planflow

from .document import Document
from .hooks import WHAT
from .html_format import to_html
from .markdown_format import to_markdown
from .plan import plan_document
from .reminder import reminder_document
from .report import report_document
from .text_format import to_text
from .timeline import timeline_svg

__all__ = ["WHAT", "document_for", "render_docx", "render_html", "render_markdown", "render_text"]



def document_for(plan: planflow.Plan, context: planflow.RenderContext) -> Document:
    """The document ``context.what`` asks for, built from the plan (and the engine's state)."""
    plan = planflow.bind(plan)  # a plan built in Python: its words read, as the state's were
    if context.what == "plan":
        return plan_document(plan, context.options)
    if context.what == "report":
        return report_document(plan, context, context.options)
    if context.what == "reminder":
        return reminder_document(plan, context, context.options)
    raise planflow.PluginError(f"planflow_docs cannot write a {context.what!r}")


def _text(fn: Callable[[Document], str]) -> Callable[[planflow.Plan, planflow.RenderContext], bytes]:
    def render(plan: planflow.Plan, context: planflow.RenderContext) -> bytes:
        return fn(document_for(plan, context)).encode("utf-8")
    render.__name__ = f"render_{fn.__name__.removeprefix('to_')}"
    render.__doc__ = f"The document as {fn.__name__.removeprefix('to_')} (UTF-8 bytes)."
    return render


render_text = _text(to_text)
render_markdown = _text(to_markdown)


def render_html(plan: planflow.Plan, context: planflow.RenderContext) -> bytes:
    """The document as one self-contained HTML page (UTF-8 bytes).

    The plan's page ends with its timeline (:mod:`planflow_docs.timeline`): tasks as bars
    coloured by their status on ``context.at``, report deadlines, a line for the day.
    Option ``timeline = false`` leaves it out.
    """
    plan = planflow.bind(plan)
    doc = document_for(plan, context)
    if context.what != "plan" or context.options.get("timeline") is False:
        return to_html(doc).encode("utf-8")
    wording = planflow.wording_for(plan)
    svg = timeline_svg(plan, context.at, context.state,
                       lambda code: wording.status_label(planflow.Status(code)))
    title = "TIẾN ĐỘ THỰC HIỆN" + (f" (đến ngày {context.at:%d/%m/%Y})" if context.at else "")
    return to_html(doc, svg, title).encode("utf-8")


def render_docx(plan: planflow.Plan, context: planflow.RenderContext) -> bytes:
    """The document as DOCX bytes (Nghị định 30/2020, Phụ lục I)."""
    day = context.at if context.what != "plan" else plan.document.date
    created = datetime.combine(day, time(8, 0)) if day else None
    from .docx_format import to_docx  # python-docx loads when a DOCX is written

    return to_docx(document_for(plan, context), context.options, created)
