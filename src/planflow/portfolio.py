"""An office's portfolio: the plans a store runs, linked into cascades, checked across.

A plan implements another when one of its references (căn cứ: ``references`` with role
``"implements"`` or ``"basis"``) names the other's symbol and issue date. A store keeps
the links of the plans it runs, computed from each plan's symbol, date and references
when it is added, revised or removed (:meth:`planflow.Store.plan_links`), so a parent
registered after its children is linked at once, a revision that drops a reference drops
the link, and a :class:`Portfolio` read from a store (``planflow plans tree``) matches
nothing again; :meth:`Portfolio.around` loads only one plan's parents and children
(``validate --db``, roll-ups, ``plans add``). :func:`find_links` finds the same links
among plans in memory.

Plans written by different offices give the same body different ids and names:
:func:`match_agencies` pairs a child's agencies with its parent's by what they are (the
``agency_keys`` hook; the Vietnamese plugin normalises names), by the child's
``settings.cascade.agencies`` where names cannot decide, and warns about every pair it
guessed. :func:`match_tasks` pairs a child's tasks with the parent tasks they carry out
(``settings.cascade.tasks``, else the same title, else a close one: a guess, warned).

:func:`check_link` then reports, each problem naming both plans, both items and both
dates: a child's reports due too late for the parent's chain (``cascade-lead-time``), a
child's task due after the parent task it carries out (``cascade-task-deadline``), a
parent task led by the child's issuer that no child task carries out
(``cascade-uncovered``). :func:`plan_status` is a plan's status summary (what ``plans
tree`` prints and a parent's progress report rolls up through
``RenderContext.rollup``).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

import attrs

from .agency import Agency
from .cadence import obligations, report_periods
from .cascade import lead_time_problems
from .errors import PlanflowError
from .evaluation import evaluate
from .lifespan import plan_start
from .problem import FieldValue, Problem, Severity
from .records import (
    PlanLink,
    Snapshot,
    link_plans,
    plan_identity,
    plan_key,
)
from .registry import registry_of
from .status import Status
from .text import nfc

if TYPE_CHECKING:
    from .plan import Plan
    from .task import Task

__all__ = [
    "AgencyMatch",
    "AgencyPair",
    "OverdueItem",
    "PlanLink",
    "PlanStatus",
    "Portfolio",
    "TaskPair",
    "TreeNode",
    "check_link",
    "find_links",
    "match_agencies",
    "match_tasks",
    "plan_status",
]

#: how close two task titles must be (difflib's ratio) to be paired by a guess
TITLE_RATIO = 0.8


def find_links(plans: Mapping[str, Plan]) -> list[PlanLink]:
    """Every link among ``plans`` (by key): a reference of a plan with role
    ``implements`` or ``basis`` naming another plan's symbol and issue date (a reference
    without a date names the one plan of that symbol, when only one has it). A store
    keeps these for its registered plans (:meth:`planflow.Store.plan_links`)."""
    return link_plans({key: plan_identity(p) for key, p in plans.items()})


# -- agencies and tasks of a child and its parent ----------------------------------------

@attrs.frozen
class AgencyPair:
    """The child plan's agency ``child`` is the parent plan's agency ``parent``; ``how``:
    ``"settings"`` (the child's ``settings.cascade.agencies``), ``"same-name"`` or
    ``"guess"`` (keys from the ``agency_keys`` hook agree, the names differ)."""

    child: str
    parent: str
    how: str


@attrs.frozen
class AgencyMatch:
    """The pairs :func:`match_agencies` found, and its problems (guesses, bad mappings)."""

    pairs: tuple[AgencyPair, ...]
    problems: tuple[Problem, ...] = ()

    @property
    def to_parent(self) -> dict[str, str]:
        """The child's agency ids to the parent's."""
        return {p.child: p.parent for p in self.pairs}


@attrs.frozen
class TaskPair:
    """The child plan's task ``child`` carries out the parent plan's task ``parent``;
    ``how``: ``"settings"``, ``"same-title"`` or ``"guess"`` (close titles)."""

    child: str
    parent: str
    how: str


def _name(plan: Plan) -> str:
    try:
        return plan_key(plan)
    except PlanflowError:
        return plan.document.title or "the plan"


def _cascade_settings(plan: Plan, what: str) -> dict[str, str]:
    c = plan.settings.get("cascade") if isinstance(plan.settings, Mapping) else None
    table = c.get(what) if isinstance(c, Mapping) else None
    if not isinstance(table, Mapping):
        return {}
    return {str(k): str(v) for k, v in table.items() if isinstance(v, str)}


def _mapped(child: Plan, parent: Plan, what: str) -> tuple[list[tuple[str, str]], list[Problem]]:
    """The (child id, parent id) pairs of the child's ``settings.cascade.<what>``
    (``agencies`` or ``tasks``) that name things both plans have; an error
    (``cascade-mapping``) for each naming a parent's thing the parent does not have."""
    c_name, p_name = _name(child), _name(parent)
    mine, theirs = ((child.agency_by_id, parent.agency_by_id) if what == "agencies"
                    else (child.task_by_id, parent.task_by_id))
    pairs: list[tuple[str, str]] = []
    problems: list[Problem] = []
    for cid, pid in _cascade_settings(child, what).items():
        if cid in mine and pid in theirs:
            pairs.append((cid, pid))
        elif cid in mine:
            key = "cascade_mapping_agency" if what == "agencies" else "cascade_mapping_task"
            problems.append(Problem.worded(
                "cascade-mapping", key, {"plan": c_name, "id": cid, "parent_id": pid,
                                         "parent": p_name},
                f"settings.cascade.{what}.{cid}", Severity.ERROR, (cid, pid)))
    return pairs, problems


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", nfc(text).casefold()).split())


def _keys(agency: Agency, plan: Plan) -> list[str]:
    keys = registry_of(plan).hook.agency_keys(agency=agency, plan=plan)
    return [str(k) for k in keys] if keys else [_norm(agency.name)]


def match_agencies(child: Plan, parent: Plan) -> AgencyMatch:
    """The child's agencies paired with the parent's: the child's
    ``settings.cascade.agencies`` first, then agencies whose ``agency_keys`` agree and
    are unique in each plan, most specific key first (a less specific key pairs two
    agencies only when one of them has no more specific key: "Công an xã" of one commune
    is not another's). Every pair whose names differ is a
    guess (warning ``cascade-agency-guess``); a mapping naming an agency either plan does
    not have is an error (``cascade-mapping``)."""
    c_name, p_name = _name(child), _name(parent)
    mapped, problems = _mapped(child, parent, "agencies")
    pairs = [AgencyPair(cid, pid, "settings") for cid, pid in mapped]
    done_c = {p.child for p in pairs}
    done_p = {p.parent for p in pairs}
    ckeys = {a.id: _keys(a, child) for a in child.agencies if a.id not in done_c}
    pkeys = {a.id: _keys(a, parent) for a in parent.agencies if a.id not in done_p}
    levels = max([len(k) for k in (*ckeys.values(), *pkeys.values())] or [0])
    for level in range(levels):
        cby: dict[str, list[str]] = {}
        pby: dict[str, list[str]] = {}
        for aid, ks in ckeys.items():
            if aid not in done_c:
                cby.setdefault(ks[min(level, len(ks) - 1)], []).append(aid)
        for aid, ks in pkeys.items():
            if aid not in done_p:
                pby.setdefault(ks[min(level, len(ks) - 1)], []).append(aid)
        for key, cids in cby.items():
            pids = pby.get(key, [])
            if len(cids) != 1 or len(pids) != 1:
                continue
            if level and len(ckeys[cids[0]]) > level and len(pkeys[pids[0]]) > level:
                continue  # both said more specific things, and those differ
            ca, pa = child.agency_by_id[cids[0]], parent.agency_by_id[pids[0]]
            same = _norm(ca.name) == _norm(pa.name)
            pairs.append(AgencyPair(ca.id, pa.id, "same-name" if same else "guess"))
            done_c.add(ca.id)
            done_p.add(pa.id)
            if not same:
                problems.append(Problem.worded(
                    "cascade-agency-guess", "cascade_agency_guess",
                    {"plan": c_name, "id": ca.id, "name": ca.name, "parent": p_name,
                     "parent_id": pa.id, "parent_name": pa.name},
                    "settings.cascade.agencies", Severity.WARNING, (ca.id, pa.id)))
    return AgencyMatch(tuple(pairs), tuple(problems))


def _due(task: Task) -> date | None:
    tf = task.timeframe
    return tf.due or tf.end


def match_tasks(child: Plan, parent: Plan) -> tuple[list[TaskPair], list[Problem]]:
    """The child's tasks paired with the parent tasks they carry out: the child's
    ``settings.cascade.tasks`` first, then the same title (case and punctuation aside),
    then the closest title at least :data:`TITLE_RATIO` alike (a guess: warning
    ``cascade-task-guess``). A mapping naming a task the parent does not have is an error
    (``cascade-mapping``)."""
    c_name, p_name = _name(child), _name(parent)
    mapped_pairs, problems = _mapped(child, parent, "tasks")
    pairs = [TaskPair(cid, pid, "settings") for cid, pid in mapped_pairs]
    mapped = {p.child for p in pairs}
    titles = {t.id: _norm(t.title) for t in parent.tasks}
    for t in child.tasks:
        if t.id in mapped:
            continue
        mine = _norm(t.title)
        same = [pid for pid, title in titles.items() if title == mine]
        if same:
            pairs.append(TaskPair(t.id, same[0], "same-title"))
            continue
        best, ratio = None, TITLE_RATIO
        for pid, title in titles.items():
            r = difflib.SequenceMatcher(None, mine, title).ratio()
            if r >= ratio:
                best, ratio = pid, r
        if best is not None:
            pt = parent.task_by_id[best]
            pairs.append(TaskPair(t.id, best, "guess"))
            problems.append(Problem.worded(
                "cascade-task-guess", "cascade_task_guess",
                {"plan": c_name, "id": t.id, "title": t.title, "parent": p_name,
                 "parent_id": best, "parent_title": pt.title},
                f"settings.cascade.tasks.{t.id}", Severity.WARNING, (t.id, best)))
    return pairs, problems


# -- the checks across a link -------------------------------------------------------------

def _issuer_agency(plan: Plan) -> str | None:
    """The agency of ``plan`` that issued it: the one named like its issuer, else the top
    of its reporting chain, else its regime's recipient."""
    if plan.document.issuer:
        want = _keys(Agency("issuer", plan.document.issuer), plan)[0]
        for a in plan.agencies:
            if _keys(a, plan)[0] == want:
                return a.id
    r = plan.regime
    if r is not None:
        return r.chain[-1].agency if r.chain else r.recipient
    return None


def _agency_label(plan: Plan, aid: str | None) -> str:
    a = plan.agency_by_id.get(aid or "")
    return a.name if a is not None else str(aid or "")


def _reporting_problems(child: Plan, parent: Plan, to_parent: Mapping[str, str]) -> list[Problem]:
    regime = child.regime
    if regime is None:
        return []
    c_name, p_name = _name(child), _name(parent)
    top = regime.chain[-1].agency if regime.chain else regime.recipient
    ptop = to_parent.get(top or "")
    parent_obs = obligations(parent)
    due_up: dict[str, tuple[date, str, str]] = {}  # period key -> (due, parent period, agency)
    for o in parent_obs:
        if ptop is not None and o.agency == ptop and o.period_key:
            due_up.setdefault(o.period_key, (o.due, o.period, o.agency))
    if not due_up:
        # the child's issuer reports to a body of the parent's own chain, which must have
        # the reports by the day the parent's reporters' reports are due
        to = regime.chain[-1].to if regime.chain else None
        pto = to_parent.get(to or "")
        pr = parent.regime
        chain = {pr.recipient, pr.via, *(h.agency for h in pr.chain)} if pr else set()
        if pto is None or pto not in chain:
            return []
        for o in parent_obs:
            if o.period_key and (o.period_key not in due_up or o.due < due_up[o.period_key][0]):
                due_up[o.period_key] = (o.due, o.period, pto)
    out: list[Problem] = []
    starts = max(plan_start(child), plan_start(parent))
    for period in report_periods(child):
        key = period.match_key
        if key not in due_up:
            continue
        p_due, p_period, p_agency = due_up[key]
        if p_due < starts:
            continue  # owed before either plan's life began: nobody owes it
        out += lead_time_problems(child, period, p_due,
                                  keys=("link_late", "link_hop", "link_hop_none"),
                                  fields={"plan": c_name, "parent": p_name,
                                          "parent_period": p_period,
                                          "parent_agency": _agency_label(parent, p_agency)},
                                  label=lambda aid: _agency_label(child, aid))
    return out


def check_link(child: Plan, parent: Plan) -> list[Problem]:
    """Every problem across the link from ``child`` to the ``parent`` it implements:
    agency and task pairs guessed (warnings) or mapped wrongly, reports due too late for
    the parent's chain, tasks due after the parent task they carry out, parent tasks led
    by the child's issuer that no child task carries out. Each names both plans, both
    items and both dates."""
    c_name, p_name = _name(child), _name(parent)
    amatch = match_agencies(child, parent)
    tpairs, tproblems = match_tasks(child, parent)
    out = [*amatch.problems, *tproblems]
    out += _reporting_problems(child, parent, amatch.to_parent)
    for pair in tpairs:
        ct, pt = child.task_by_id[pair.child], parent.task_by_id[pair.parent]
        cd, pd = _due(ct), _due(pt)
        if cd is not None and pd is not None and cd > pd:
            out.append(Problem.worded(
                "cascade-task-deadline", "cascade_task_deadline",
                {"plan": c_name, "id": ct.id, "title": ct.title, "due": cd, "parent": p_name,
                 "parent_id": pt.id, "parent_title": pt.title, "parent_due": pd},
                f"tasks.{ct.id}", Severity.ERROR, (ct.id, pt.id)))
    issuer = _issuer_agency(child)
    p_issuer = amatch.to_parent.get(issuer or "")
    if p_issuer is not None:
        covered = {p.parent for p in tpairs}
        issued: FieldValue = child.document.date or "undated"
        for pt in parent.tasks:
            if p_issuer in pt.lead and pt.id not in covered:
                pd = _due(pt)
                said: dict[str, FieldValue] = {
                    "parent": p_name, "parent_id": pt.id, "parent_title": pt.title,
                    "agency": _agency_label(parent, p_issuer), "plan": c_name, "issued": issued}
                if pd is not None:
                    said["parent_due"] = pd
                out.append(Problem.worded(
                    "cascade-uncovered",
                    "cascade_uncovered" if pd is not None else "cascade_uncovered_undated", said,
                    f"tasks.{pt.id}", Severity.WARNING, (pt.id, p_issuer)))
        owed = [o for o in obligations(parent) if o.agency == p_issuer]
        if owed and child.regime is None:
            out.append(Problem.worded(
                "cascade-uncovered", "cascade_no_regime",
                {"parent": p_name, "agency": _agency_label(parent, p_issuer),
                 "period": owed[0].period, "due": owed[0].due, "plan": c_name, "issued": issued},
                "regime", Severity.WARNING, (p_issuer,)))
    return out


# -- status summaries ----------------------------------------------------------------------

@attrs.frozen
class OverdueItem:
    """A task (``kind`` ``"task"``: its id, title and first lead agency) or report
    (``"report"``: its key, period and the agency that owes it) open after its deadline
    ``due``; ``agency_name`` is that agency's name."""

    kind: str
    id: str
    title: str
    agency: str | None
    due: date | None
    agency_name: str | None = None


@attrs.frozen
class PlanStatus:
    """Where a plan stands on ``at``: its key, symbol, issuer, title and issue date,
    counts of its tasks and of its report obligations by status code, and what is
    overdue. What ``planflow plans tree`` prints per plan and a parent's progress report
    rolls up (``RenderContext.rollup``)."""

    key: str
    symbol: str | None
    issuer: str
    title: str
    issued: date | None
    at: date
    tasks: dict[str, int] = attrs.field(hash=False)
    reports: dict[str, int] = attrs.field(hash=False)
    overdue: tuple[OverdueItem, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields (dates as ISO text)."""
        return {"key": self.key, "symbol": self.symbol, "issuer": self.issuer,
                "title": self.title, "issued": self.issued.isoformat() if self.issued else None,
                "at": self.at.isoformat(), "tasks": dict(self.tasks), "reports": dict(self.reports),
                "overdue": [{"kind": o.kind, "id": o.id, "title": o.title, "agency": o.agency,
                             "agency_name": o.agency_name,
                             "due": o.due.isoformat() if o.due else None} for o in self.overdue]}


def plan_status(plan: Plan, snapshot: Snapshot, at: date) -> PlanStatus:
    """``plan``'s status summary on ``at`` from what ``snapshot`` recorded."""
    ev = evaluate(plan, snapshot, at)
    order = [s.value for s in Status]
    tasks: dict[str, int] = {}
    reports: dict[str, int] = {}
    overdue: list[OverdueItem] = []
    for t in ev.tasks:
        tasks[t.status.value] = tasks.get(t.status.value, 0) + 1
        if t.status is Status.OVERDUE:
            lead = t.lead[0] if t.lead else None
            overdue.append(OverdueItem("task", t.id, t.title, lead, t.due, _agency_label(plan, lead)))
    for o in ev.obligations:
        reports[o.status.value] = reports.get(o.status.value, 0) + 1
        if o.status is Status.OVERDUE:
            overdue.append(OverdueItem("report", o.key, o.period, o.agency, o.due,
                                       _agency_label(plan, o.agency)))
    doc = plan.document
    return PlanStatus(
        _name(plan), doc.symbol, doc.issuer, doc.title, doc.date, at,
        dict(sorted(tasks.items(), key=lambda kv: order.index(kv[0]))),
        dict(sorted(reports.items(), key=lambda kv: order.index(kv[0]))), tuple(overdue))


# -- the portfolio ------------------------------------------------------------------------

@attrs.frozen
class TreeNode:
    """A plan in the cascade tree: its key, and the plans implementing it."""

    key: str
    children: tuple[TreeNode, ...] = ()


class Portfolio:
    """The plans an office runs (by key), and the links among them (``links``: as a
    store keeps them, else found among ``plans``)."""

    def __init__(self, plans: Mapping[str, Plan], problems: Iterable[str] = (),
                 links: Iterable[PlanLink] | None = None):
        self.plans: dict[str, Plan] = dict(plans)
        #: plans of the store that could not be read (one line each)
        self.problems: list[str] = list(problems)
        self.links: list[PlanLink] = (find_links(self.plans) if links is None else
                                      [x for x in links
                                       if x.child in self.plans and x.parent in self.plans])
        #: the key whose links ``links`` holds exactly (:meth:`around`)
        self._around: str | None = None

    @classmethod
    def from_plans(cls, plans: Iterable[Plan]) -> Portfolio:
        """A portfolio of ``plans``, each under its key (:func:`planflow.plan_key`)."""
        return cls({plan_key(p): p for p in plans})

    @classmethod
    def from_store(cls, store: Any, registry: Any = None) -> Portfolio:
        """The plans ``store`` (a :class:`~planflow.Store`) runs, at their current
        revisions, linked as the store keeps them (:meth:`planflow.Store.plan_links`:
        nothing matched again); a revision that cannot be read is left out and named in
        :attr:`problems`."""
        plans, problems = _load_revisions(store.plans(), registry)
        return cls(plans, problems, store.plan_links())

    @classmethod
    def around(cls, store: Any, key: str, plan: Plan | None = None,
               registry: Any = None) -> Portfolio:
        """The plan ``key`` (``plan``: its text as it would be registered, instead of the
        store's) and only the registered plans linked with it (its parents and
        children), linked as they would be with ``plan`` in its place
        (:meth:`planflow.Store.links_of`): for checks and roll-ups of one plan without
        loading the others. Raises :class:`~planflow.PlanflowError` when ``plan`` is
        None and the store does not run ``key``."""
        if plan is None:
            revs = store.plans([key])
            if not revs:
                raise PlanflowError(f"no plan {key!r} in the store {store.url}")
            from .loader import load

            plan = load(revs[0], registry)
        links = store.links_of(key, plan_identity(plan))
        others = sorted({k for x in links for k in (x.child, x.parent)} - {key})
        plans, problems = _load_revisions(store.plans(others) if others else [], registry)
        pf = cls({**plans, key: plan}, problems, links)
        pf._around = key
        return pf

    def parents(self, key: str) -> list[str]:
        """The keys of the plans ``key`` implements."""
        return [x.parent for x in self.links if x.child == key]

    def children(self, key: str) -> list[str]:
        """The keys of the plans implementing ``key``."""
        return [x.child for x in self.links if x.parent == key]

    def tree(self) -> list[TreeNode]:
        """The cascades: every plan that implements no plan of the portfolio, with the
        plans implementing it below (a plan with two parents appears under both)."""
        def node(key: str, path: tuple[str, ...]) -> TreeNode:
            kids = tuple(node(c, (*path, c)) for c in sorted(self.children(key)) if c not in path)
            return TreeNode(key, kids)

        roots = [k for k in sorted(self.plans) if not self.parents(k)]
        return [node(k, (k,)) for k in roots]

    def check(self, key: str, plan: Plan | None = None) -> list[Problem]:
        """Every problem across the links of the plan ``key`` (``plan``: its text as it
        would be registered, instead of the portfolio's), to its parents and from its
        children (see :func:`check_link`)."""
        me = plan if plan is not None else self.plans[key]
        plans = {**self.plans, key: me}
        # built around this plan: its links are already those of ``me``
        links = self.links if self._around == key and me is self.plans[key] else find_links(plans)
        out: list[Problem] = []
        for x in links:
            if x.child == key:
                out += check_link(me, plans[x.parent])
            elif x.parent == key:
                out += check_link(plans[x.child], me)
        return out

    def rollup(self, key: str, snapshots: Mapping[str, Snapshot] | Any, at: date) -> list[PlanStatus]:
        """The status of every plan implementing ``key`` on ``at``; ``snapshots``: each
        plan's :class:`~planflow.Snapshot` by key, or a :class:`~planflow.Store`."""
        return [plan_status(self.plans[c], _snapshot(snapshots, c), at) for c in self.children(key)]

    def statuses(self, snapshots: Mapping[str, Snapshot] | Any, at: date,
                 keys: Sequence[str] | None = None) -> dict[str, PlanStatus]:
        """The status of every plan (or of ``keys``) on ``at``."""
        wanted = list(keys) if keys is not None else sorted(self.plans)
        if not isinstance(snapshots, Mapping) and hasattr(snapshots, "snapshots"):
            snapshots = snapshots.snapshots(wanted)  # a store: two queries for them all
        return {k: plan_status(self.plans[k], _snapshot(snapshots, k), at) for k in wanted}


def _load_revisions(revs: Iterable[Any], registry: Any) -> tuple[dict[str, Plan], list[str]]:
    """The plans of store revisions by key, and a line for each that cannot be read."""
    from .loader import load

    plans: dict[str, Plan] = {}
    problems: list[str] = []
    for rev in revs:
        try:
            plans[rev.key] = load(rev, registry)
        except PlanflowError as e:
            problems.extend(f"{rev.key}: {line}" for line in e.lines())
    return plans, problems


def _snapshot(snapshots: Mapping[str, Snapshot] | Any, key: str) -> Snapshot:
    if isinstance(snapshots, Mapping):
        snap = snapshots.get(key)
        return snap if snap is not None else Snapshot((), ())
    result: Snapshot = snapshots.snapshot(key)
    return result
