"""Made-up plan text shared by the reading tests: a province's letterhead and the plan's
title, then what each test writes (never text from the corpus)."""

from __future__ import annotations


def plan_head(number: str, title: str, aim: str) -> str:
    """The letterhead of UBND tỉnh Quảng Nam's plan ``number``/KH-UBND of 12/02/2026, its
    title and a first section "I. MỤC ĐÍCH, YÊU CẦU" holding ``aim``."""
    return (f"ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: {number}/KH-UBND\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            f"Quảng Nam, ngày 12 tháng 02 năm 2026\nKẾ HOẠCH\n{title}\n"
            f"I. MỤC ĐÍCH, YÊU CẦU\n{aim}\n")


#: the plan's closing: its recipients and the signature of the committee's chairman
SIGNED = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n"
