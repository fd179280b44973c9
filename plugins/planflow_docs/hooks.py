"""The hook implementations planflow calls (re-exported by the package)."""

from __future__ import annotations

from collections.abc import Callable

import planflow

from .render import WHAT, render_docx, render_html, render_markdown, render_text

__all__ = ["register_formats"]


@planflow.hookimpl
def register_formats(register: Callable[..., None]) -> None:
    """DOCX (Nghị định 30/2020, Phụ lục I), plain text, Markdown and HTML."""
    register(planflow.Renderer(name="docx", extension=".docx", renders=WHAT, render=render_docx,
                               description="Word document laid out by Nghị định 30/2020, Phụ lục I"))
    register(planflow.Renderer(name="txt", extension=".txt", renders=WHAT, render=render_text,
                               description="plain text in the shape of the printed document"))
    register(planflow.Renderer(name="md", extension=".md", renders=WHAT, render=render_markdown,
                               description="Markdown (CommonMark)"))
    register(planflow.Renderer(name="html", extension=".html", renders=WHAT, render=render_html,
                               description="one self-contained HTML page"))
