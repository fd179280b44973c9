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
#: the same closing, signed by a deputy chairman for him
SIGNED_DEPUTY = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn B\n"


def commune_plan_head(number: str) -> str:
    """The top of a made-up plan file: xã Tân Lập's plan ``number``/KH-UBND of 02/03/2026
    (Vietnamese calendar), its People's Committee the first agency."""
    return ('calendar = "vn"\n\n[document]\nkind = "KH"\n'
            f'number = "{number}"\nsymbol = "{number}/KH-UBND"\n'
            'issuer = "Ủy ban nhân dân xã Tân Lập"\nplace = "Tân Lập"\ndate = "2026-03-02"\n'
            'title = "Phòng, chống dịch bệnh trên cây trồng năm 2026"\n\n'
            '[[agencies]]\nid = "ubnd-xa"\nname = "Ủy ban nhân dân xã Tân Lập"\n')


def read_plan(tmp_path, text: str, name: str = "plan.txt"):  # type: ignore[no-untyped-def]
    """``text`` written to ``tmp_path/name`` (UTF-8) and imported (planflow_import)."""
    from planflow_import import read_text_file

    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    return read_text_file(f)
