"""planflow.wording: the words statuses and notifications are written in."""

from __future__ import annotations

import pytest

import planflow
from planflow import Status

from .test_evaluation import plan_with


def test_vietnamese_wording_for_vn_plans():
    p = plan_with(calendar="vn")
    w = planflow.wording_for(p)
    assert w.language == "vi"
    assert [w.status_label(s) for s in Status] == [
        "Chưa đến hạn", "Đang thực hiện trong hạn", "Sắp đến hạn", "Quá hạn",
        "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đã hủy"]
    assert planflow.wording_for(plan_with()).language == "en"
    with pytest.raises(planflow.PluginError):
        planflow.wording_for(p, "xx")
