"""Every hook planflow offers to plugins. Each docstring is the reference for its hook.

A plugin is a module (or object) with functions marked ``@planflow.hookimpl`` whose names
are hooks below. Ship it as a distribution with an entry point in the ``planflow``
group; the built-in plugins are registered exactly that way. Most hooks receive a
``register`` callback: call it once for each thing the plugin adds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pluggy

hookspec = pluggy.HookspecMarker("planflow")
hookimpl = pluggy.HookimplMarker("planflow")

__all__ = ["hookspec", "hookimpl"]


@hookspec
def register_timeframe_parsers(register: Callable[..., None]) -> None:
    """Add parsers that read timeframe words ("Quý I năm 2023", "Cả năm").

    Called once each time a plan resolves its timeframe words. Call
    ``register(parser)`` for each parser; a parser is a callable
    ``parser(text, context) -> Timeframe | None`` given the words (NFC, whitespace
    folded) and a :class:`~planflow.TimeframeContext` (the plan's period, issue date and
    work calendar). Return ``None`` when the words are not yours; raise
    :class:`~planflow.TimeframeError` when they are yours but name an impossible time
    ("Quý V năm 2023"). Parsers are tried in hook order (the last plugin registered
    first; use ``@hookimpl(tryfirst=True)`` to go before the built-ins); the first that
    resolves wins. ISO 8601 dates and windows are read by the core before any parser.

    Example::

        @planflow.hookimpl
        def register_timeframe_parsers(register):
            def mid_year(text, context):
                if text.lower() == "mid-year":
                    return planflow.Timeframe.deadline(context.period_start.replace(month=6, day=30), text)
                return None
            register(mid_year)
    """


@hookspec
def register_calendars(register: Callable[..., None]) -> None:
    """Add named work calendars deadlines are counted on.

    Call ``register(calendar)`` with an object that has a ``name`` and
    ``is_working_day(day) -> bool`` (see :class:`~planflow.WorkCalendar`). A plan picks
    its calendar by name (``calendar = "vn"`` in a plan file). Two plugins registering
    the same name is an error.

    Example::

        @planflow.hookimpl
        def register_calendars(register):
            register(planflow.WeekdayCalendar(name="office", holidays={date(2023, 9, 1)}))
    """


@hookspec
def register_cadences(register: Callable[..., None]) -> None:
    """Add reporting cadences: named rules that turn a regime into report periods.

    Call ``register(cadence)`` with an object that has a ``name`` (what
    ``Regime.cadence`` names) and ``periods(regime, plan) -> list[ReportPeriod]``, the
    periods of that regime over the plan's period on its work calendar. The core
    registers ``"explicit"`` (the periods listed in the regime) and ``"ad_hoc"`` (no
    schedule).

    Example::

        @planflow.hookimpl
        def register_cadences(register):
            register(HalfYearly())   # HalfYearly.name == "half_yearly"

    ``register(planflow.Deferred("half_yearly", "my_plugin.cadences:HALF_YEARLY"))``
    registers a cadence by where it is, imported when a plan first names it.
    """


@hookspec(firstresult=True)
def read_regime(text: str, context: Any) -> Any | None:
    """Read a reporting sentence ("định kỳ 06 tháng, báo cáo trước ngày 10/6") into a regime.

    Called by :func:`planflow.read_regime` (importers call it for a plan's reporting
    clause). ``text`` is the sentence in NFC with whitespace folded; ``context`` is the
    plan's :class:`~planflow.TimeframeContext` (its period, issue date and work
    calendar), or ``None`` when there is no plan yet. Return the
    :class:`~planflow.Regime` the sentence sets, or ``None`` when the sentence is not
    yours: readers are tried in hook order (the last plugin registered first; use
    ``@hookimpl(tryfirst=True)`` to go before the built-ins) and the first that returns
    a regime wins. Put what you could not read in ``Regime.warnings`` rather than raising.
    Agencies the sentence names go in ``Regime.params`` as names, for the caller to match
    to the plan's agencies: ``recipient_name`` (who receives the reports), ``via_name``
    (through whom: "báo cáo UBND huyện (qua Phòng Nội vụ)") and ``upward_name`` (whom the
    recipient reports to in turn).

    Example::

        @planflow.hookimpl
        def read_regime(text, context):
            if "on request" in text:
                return planflow.Regime(cadence="ad_hoc", text=text)
            return None
    """


@hookspec
def register_channels(register: Callable[..., None]) -> None:
    """Add notification channels (outbox, email, webhook, SMS gateways...).

    Call ``register(channel)`` with an object that has a ``name`` and
    ``deliver(notification) -> None``, raising on failure so the engine records the
    error and retries later. An agency chooses channels through ``Agency.contacts``
    (channel name -> address); the plan sets a default. A channel must use the
    notification's idempotency key so a retried delivery is recognisable (a
    Message-ID, a request header).

    Example::

        @planflow.hookimpl
        def register_channels(register):
            register(ChatChannel(name="chat", url=os.environ["CHAT_URL"]))
    """


@hookspec
def register_wordings(register: Callable[..., None]) -> None:
    """Add wordings: the words status categories, notifications and documents are written in.

    Call ``register(wording)`` with a :class:`~planflow.Wording`: an object that has a
    ``language`` code, ``applies(plan) -> bool`` (True when it suits a plan nobody chose
    a language for), ``status_label(status) -> str`` (the words for a
    :class:`~planflow.Status`), ``compose(plan, event, evaluation) -> (subject, body)``
    (the text of the notification an :class:`~planflow.Event` gives rise to), and what
    document formats print: ``format_date(day, place=None)`` ("ngày 23 tháng 3 năm
    2023"), ``format_date_short(day)`` ("23/3/2023"), ``section_number(n)`` ("IV") and
    ``occurrence_label(start, end, recurrence=None)`` ("quý II/2026"). A plan picks a
    wording with ``settings.engine.language``; otherwise the first registered wording
    that applies is used, else the core's English one. Formats get it with
    :func:`planflow.wording_for`, so no format plugin depends on a language plugin.

    Example::

        @planflow.hookimpl
        def register_wordings(register):
            register(FrenchWording())   # language "fr", applies to plans with calendar "fr"
    """


@hookspec
def register_formats(register: Callable[..., None]) -> None:
    """Add document formats: renderers that write plans, reports and letters, and importers.

    Call ``register(renderer)`` with a :class:`~planflow.Renderer` (a name, a file
    extension, what it renders: ``"plan"``, ``"report"``, ``"reminder"``, and a render
    function) or ``register(importer)`` with an :class:`~planflow.Importer` (a name,
    the file suffixes it reads and a read function returning a plan). An office can
    add its own letterhead template this way without touching planflow.

    Example::

        @planflow.hookimpl
        def register_formats(register):
            register(planflow.Renderer(name="csv", extension=".csv", renders=("plan",),
                                       render=write_csv))
    """


@hookspec
def validate_plan(plan: Any) -> list[Any] | None:
    """Extra checks on a plan; return a list of :class:`~planflow.Problem` (or None).

    Called by :meth:`Plan.validate` after the core checks, once per plugin; all
    answers are collected. Use it for rules of your country or office (allowed
    signature forms, a required recipient...). Never raise for a finding: return it.
    Made with :meth:`planflow.Problem.worded` (a phrase key, fields, the English
    template), a problem is printed in the plan's language by wordings that carry
    ``problem.<key>`` in their ``phrases``.

    Example::

        @planflow.hookimpl
        def validate_plan(plan):
            if not plan.recipients:
                return [planflow.Problem("no-recipients", "the plan has no recipients",
                                         "recipients", planflow.Severity.WARNING)]
            return []
    """


@hookspec(firstresult=True)
def agency_keys(agency: Any, plan: Any) -> list[str] | None:
    """Keys that say what an agency *is*, for matching agencies across plans (cascades).

    Called by :func:`planflow.match_agencies` for each :class:`~planflow.Agency` of two
    linked plans (a plan and the plan it implements), with the plan it belongs to (its
    issuer and parent body say where it is). Return the agency's keys, most specific
    first (a normalised name with its place, then without), or ``None`` to leave it to the
    next plugin; the first answer wins, and the core's own key (the name in NFC, case
    folded, whitespace collapsed) is used when no plugin answers. Agencies of the two
    plans whose key is the same, and unique in each plan, are taken for the same body,
    trying each key level in turn (a less specific key pairs two agencies only when one
    of them has no more specific key); a pair whose names differ is reported as a
    guess (warning ``cascade-agency-guess``) unless the child plan's
    ``settings.cascade.agencies`` maps it. The built-in Vietnamese plugin folds
    diacritics and tone placement, spells out "UBND", "Phòng LĐ-TB&XH" and the like, and
    completes "UBND huyện" with the plan's district.

    Example::

        @planflow.hookimpl
        def agency_keys(agency, plan):
            name = agency.name.lower().replace("dept.", "department")
            return [" ".join(name.split())]
    """


@hookspec
def register_commands(cli: Any) -> None:
    """Add subcommands to the ``planflow`` command line.

    Called once when the CLI starts, with the root :class:`click.Group`. Add commands
    with ``@cli.command()``. Raise :class:`~planflow.PlanflowError` for a user's
    mistake: the CLI prints it as one line and exits with code 2.

    Example::

        @planflow.hookimpl
        def register_commands(cli):
            @cli.command()
            @click.argument("plan")
            def count(plan):
                click.echo(len(planflow.load(plan).tasks))
    """


@hookspec(firstresult=True)
def access_link(agency: str, plan: Any, on: Any) -> str | None:
    """The web address a notification to ``agency`` about ``plan`` carries, or None.

    Called while the day's notifications are written (the tick), once per recipient
    agency: ``agency`` its id, ``plan`` the plan, ``on`` the day the notification is for
    (a ``datetime.date``: a link that expires counts from it, so a rerun of the day
    writes the same link). The first plugin that returns an address wins; with none,
    notifications carry no link. A returned link is added to the notification's payload
    as ``link`` and, on a line of its own, at the end of its body. The built-in
    ``planflow_web`` returns the unit's signed access link when
    ``$PLANFLOW_WEB_BASE_URL`` is set (docs/offices.md).

    Example::

        @planflow.hookimpl
        def access_link(agency, plan, on):
            return f"https://intranet.example/units/{agency}"
    """
