"""Vietnamese rules a plan is checked against (``validate_plan``).

* The signature's authority must be one of the forms of Nghị định 30/2020/NĐ-CP
  (Điều 13 and Phụ lục I): TM. (thay mặt), KT. (ký thay), TL. (thừa lệnh),
  TUQ. (thừa ủy quyền), Q. (quyền); or, a Party body's, T/M, K/T, T/L, T/UQ.
* A plan that names a "trước ngày" rule in ``settings["vn"]["before_rule"]`` must name
  a known rule, and its deadlines should have been read under it.
* The reporters and recipient a part of a ``mixed`` regime owns (a report of its own, the
  Sở's to the Bộ) must be agencies of the plan.
"""

from __future__ import annotations

from typing import Any

import planflow

from .rules import BEFORE_RULES, rule_from_settings
from .timeframes import parse

__all__ = ["AUTHORITY_FORMS", "PARTY_AUTHORITY_FORMS", "PROBLEMS", "check_before_rule_setting", "check_report_parts",
           "check_signature", "problems"]

#: This plugin's problems in English, by phrase key (``planflow.Problem.worded``); the
#: Vietnamese words are ``problem.<key>`` in :data:`planflow_vn.wording.PHRASES`.
PROBLEMS: dict[str, str] = {
    "vn.signature_authority": "signature authority {authority!r} is not one of {forms} "
                              "(Nghị định 30/2020/NĐ-CP)",
    "vn.signature_authority_hint": "signature authority {authority!r} is not one of {forms} "
                                   "(Nghị định 30/2020/NĐ-CP) (did you mean {fixed!r}?)",
    "vn.unknown_before_rule": "unknown 'trước ngày' rule {rule!r} (choose one of: {rules})",
    "vn.part_unknown_agency": "a report of the regime's parts names unknown agency {agency!r}",
    "vn.before_rule_changed": "task {task!r}: {text!r} is due {due} but the plan's rule "
                              "{rule!r} gives {rule_due}; read the plan again (planflow.load) "
                              "after changing its settings",
}


def _problem(code: str, key: str, fields: dict[str, Any], where: str,
             severity: planflow.Severity, subjects: tuple[str, ...] = ()) -> planflow.Problem:
    return planflow.Problem.worded(code, key, fields, where, severity, subjects,
                                   template=PROBLEMS[key])

#: the forms of signing on behalf, Nghị định 30/2020/NĐ-CP
AUTHORITY_FORMS: dict[str, str] = {
    "TM.": "thay mặt (on behalf of a collective body)",
    "KT.": "ký thay (signed for the head by a deputy)",
    "TL.": "thừa lệnh (by order of the head)",
    "TUQ.": "thừa ủy quyền (by authorisation of the head)",
    "Q.": "quyền (acting head)",
}


#: a Party body's forms (Hướng dẫn 36-HD/VPTW on the Party's documents), written as they are
PARTY_AUTHORITY_FORMS: dict[str, str] = {
    "T/M": "thay mặt (on behalf of a Party committee or its standing board)",
    "K/T": "ký thay (signed for the secretary by a deputy)",
    "T/L": "thừa lệnh (by order of the committee)",
    "T/UQ": "thừa ủy quyền (by authorisation)",
}


def _norm_authority(value: str) -> str:
    s = "".join(value.split()).upper()
    return s if s.endswith(".") else s + "."


def check_signature(plan: Any) -> list[planflow.Problem]:
    """A warning when the signature's authority is not a form of Nghị định 30/2020."""
    sig = getattr(plan, "signature", None)
    if sig is None or not sig.authority:
        return []
    if sig.authority.strip() in AUTHORITY_FORMS or sig.authority.strip() in PARTY_AUTHORITY_FORMS:
        return []
    fixed = _norm_authority(sig.authority)
    said = {"authority": sig.authority, "forms": ", ".join(AUTHORITY_FORMS)}
    key = "vn.signature_authority"
    if fixed in AUTHORITY_FORMS:
        said["fixed"] = fixed
        key = "vn.signature_authority_hint"
    return [_problem("vn-signature-authority", key, said, "signature.authority",
                     planflow.Severity.WARNING)]


def check_before_rule_setting(plan: Any) -> list[planflow.Problem]:
    """Problems with ``settings["vn"]["before_rule"]``: unknown, or not the rule deadlines were read under."""
    try:
        rule = rule_from_settings(getattr(plan, "settings", None))
    except planflow.PlanflowError:
        bad = plan.settings["vn"]["before_rule"]
        return [_problem("vn-before-rule", "vn.unknown_before_rule",
                         {"rule": bad, "rules": ", ".join(BEFORE_RULES)},
                         "settings.vn.before_rule", planflow.Severity.ERROR)]
    if rule is None:
        return []
    out = []
    ctx = planflow.timeframe_context(plan)
    memo: dict[str, object] = {}
    for i, t in enumerate(plan.tasks):
        tf = t.timeframe
        if tf.kind is not planflow.Kind.DEADLINE or "trư" not in tf.text.lower():
            continue
        if tf.text not in memo:
            try:
                again = parse(tf.text, ctx, rule)
            except planflow.TimeframeError:
                again = None
            memo[tf.text] = again.due if again is not None else None
        due = memo[tf.text]
        if due is not None and due != tf.due:
            out.append(_problem("vn-before-rule", "vn.before_rule_changed",
                                {"task": t.id, "text": tf.text, "due": tf.due, "rule": rule,
                                 "rule_due": due}, f"tasks[{i}].timeframe",
                                planflow.Severity.WARNING, (t.id,)))
    return out


def check_report_parts(plan: Any) -> list[planflow.Problem]:
    """An error for each agency a part of a ``mixed`` regime owns that the plan does not
    list (``regime.params.parts[1].reporters[0]``); the parts' shapes are the cadence's
    own check (:meth:`planflow_vn.reporting.MixedCadence.check_params`)."""
    regime = getattr(plan, "regime", None)
    if regime is None or regime.cadence != "mixed":
        return []
    parts = regime.params.get("parts")
    if not isinstance(parts, list):
        return []
    known = {a.id for a in plan.agencies}
    out = []
    for i, part in enumerate(parts):
        if not isinstance(part, dict):
            continue
        named = list(part.get("reporters") or ()) if isinstance(part.get("reporters"), list) else []
        where = [(f"reporters[{j}]", a) for j, a in enumerate(named)]
        if isinstance(part.get("recipient"), str):
            where.append(("recipient", part["recipient"]))
        out += [_problem("unknown-agency", "vn.part_unknown_agency", {"agency": a},
                         f"regime.params.parts[{i}].{field}", planflow.Severity.ERROR, (a,))
                for field, a in where if isinstance(a, str) and a not in known]
    return out


def problems(plan: Any) -> list[planflow.Problem]:
    """Every Vietnamese finding on ``plan``."""
    return check_signature(plan) + check_before_rule_setting(plan) + check_report_parts(plan)
