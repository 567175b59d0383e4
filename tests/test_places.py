"""Places, the report's unit and official codes (issue 16): pipeline/gazetteer.py, pipeline/components/places.py.

The sentences are invented; the codes are checked against the packaged lists themselves
(vietnamadminunits' SQLite table, vietnam-provinces' JSON), read here independently of
pipeline.gazetteer.
"""

from __future__ import annotations

import importlib.util
import json
import sqlite3
import threading
from pathlib import Path

import pytest

from pipeline import extract, gazetteer
from pipeline.scoring import load_units, run_evaluate, score_document, unit_matches

ROOT = Path(__file__).resolve().parents[1]


def _data(package: str) -> Path:
    return Path(list(importlib.util.find_spec(package).submodule_search_locations)[0]) / "data"


def _legacy(sql: str, *args) -> list[tuple]:
    """Rows of vietnamadminunits' pre-2025 table, read directly."""
    con = sqlite3.connect("file:%s?mode=ro" % (_data("vietnamadminunits") / "dataset.db"), uri=True)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def _gso_2025() -> list[dict]:
    """vietnam-provinces' 2025 list, read directly."""
    return json.loads((_data("vietnam_provinces") / "nested-divisions.json").read_text(encoding="utf-8"))


def places(text: str) -> list[tuple]:
    return [(p.text, p.name, p.level, p.organization, p.implicit) for p in extract(text).places]


def unit(text: str):
    u = extract(text).unit
    return None if u is None else (u.name, u.level)


# ------------------------------------------------------------------ gazetteer


@pytest.mark.parametrize(
    "name, level, as_of, codes",
    [
        pytest.param("Bắc Kạn", "tỉnh", "2024-12", ["06"], id="province-before"),
        pytest.param("BẮC CẠN", "tỉnh", "2024-12", ["06"], id="variant-spelling-and-case"),
        pytest.param("Thái Nguyên", "tỉnh", "2025-08", ["19"], id="province-after"),
        pytest.param("Bắc Kạn", "tỉnh", "2025-08", [], id="merged-province-not-in-2025-list"),
        pytest.param("Ngân Sơn", "huyện", "2024", ["062"], id="district"),
        pytest.param("Ngân Sơn", "huyện", "2025-07-01", [], id="no-district-after-2025-07-01"),
        pytest.param("1", "quận", "2020", ["760"], id="numbered-district"),
        pytest.param("Tam Xuân 2", "xã", "2020", ["20971"], id="roman-numeral-in-the-list"),
        pytest.param("Thừa Thiên Huế", "tỉnh", "2020", ["46"], id="renamed-province"),
        pytest.param("Hồ Chí Minh", "thành phố", "2025-12", ["79"], id="central-city"),
    ],
)
def test_lookup(name, level, as_of, codes):
    assert [d.code for d in gazetteer.lookup(name, level, as_of=as_of)] == codes


def test_lookup_by_parent_and_ambiguity():
    many = gazetteer.lookup("Minh Tiến", "xã", as_of="2023")
    assert len(many) > 1 and len({d.code for d in many}) == len(many)
    assert [d.district_name for d in gazetteer.lookup("Thượng Quan", "xã", parent="Ngân Sơn", as_of="2023")] == [
        "Huyện Ngân Sơn"]
    assert gazetteer.lookup("Thượng Quan", "xã", parent="Hà Nội", as_of="2023") == []


@pytest.mark.parametrize(
    "as_of, lst",
    [("2025-06-30", "pre-2025"), ("2025-07-01", "2025"), ("2025-07", "2025"), ("2025", "pre-2025"), ("2019-03", "pre-2025")],
)
def test_division_list_for(as_of, lst):
    assert gazetteer.division_list_for(as_of) == lst


def test_every_unit_has_a_successor_and_codes_match_the_lists():
    old = list(gazetteer.divisions("pre-2025"))
    new = {d.code: d for d in gazetteer.divisions("2025")}
    assert (sum(d.tier == 1 for d in old), sum(d.tier == 2 for d in old)) == (63, 696)
    assert len([d for d in new.values() if d.tier == 1]) == 34
    assert all(gazetteer.successors(d.code)[0] for d in old)
    # every 2025 code is the GSO code of vietnam-provinces, under the same name
    gso = {"%05d" % w["code"]: w["name"] for p in _gso_2025() for w in p["wards"]}
    assert {c: " ".join(d.name.split()) for c, d in new.items() if d.tier == 3} == {
        c: " ".join(n.split()) for c, n in gso.items()}
    # every pre-2025 district code is vietnamadminunits'
    rows = dict(_legacy("SELECT DISTINCT districtCode, district FROM admin_units_legacy"))
    assert {d.code: d.name for d in old if d.tier == 2} == rows


def test_gazetteer_loads_once_under_threads(monkeypatch):
    monkeypatch.setenv("VNREPORT_CACHE", "0")  # (built here, not read from the copy an earlier run kept)
    monkeypatch.setattr(gazetteer, "_INDEX", None)
    built = []
    real = gazetteer._Index

    def counting():
        built.append(1)
        return real()

    monkeypatch.setattr(gazetteer, "_Index", counting)
    out = []
    threads = [threading.Thread(target=lambda: out.append(gazetteer.lookup("Ngân Sơn", "huyện", as_of="2024")))
               for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(built) == 1 and len(out) == 8 and all([d.code for d in o] == ["062"] for o in out)


# ------------------------------------------------------------------ mentions


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Năm 2024, huyện Ngân Sơn hoàn thành kế hoạch.",
                     [("huyện Ngân Sơn", "Ngân Sơn", "huyện", None, False)], id="level-and-name"),
        pytest.param("UBND huyện Ngân Sơn Nông Văn Lâm phát biểu.",
                     [("UBND huyện Ngân Sơn", "Ngân Sơn", "huyện", "UBND", False)],
                     id="organization-then-a-person: the name the list knows"),
        pytest.param("Đồng chí Trần Văn Hải, Phó Chủ tịch UBND tỉnh Phạm Văn Bình dự họp.",
                     [("UBND tỉnh", None, "tỉnh", "UBND", True)], id="a-person-after-the-level-is-no-place"),
        pytest.param("Huyện ủy Ngân Sơn tổ chức hội nghị.",
                     [("Huyện ủy Ngân Sơn", "Ngân Sơn", "huyện", "Huyện ủy", False)], id="committee-carries-the-level"),
        pytest.param("Ông Lý Văn Tư, Tỉnh ủy viên, dự họp.", [], id="tinh-uy-vien-is-a-title"),
        pytest.param("Đảng ủy xã Tây Đô và HĐND phường 5 họp.",
                     [("Đảng ủy xã Tây Đô", "Tây Đô", "xã", "Đảng ủy", False),
                      ("HĐND phường 5", "5", "phường", "HĐND", False)], id="commune-and-numbered-ward"),
        pytest.param("HĐND huyện 6 tháng đầu năm đã họp hai lần.",
                     [("HĐND huyện", None, "huyện", "HĐND", True)], id="a-period-is-no-numbered-name"),
        pytest.param("Kinh tế - xã hội của các xã, thị trấn phát triển.", [], id="xa-hoi-and-plural-are-no-places"),
        pytest.param("TP.Pleiku và TX. Tân Uyên ký kết hợp tác.",
                     [("TP.Pleiku", "Pleiku", "thành phố", None, False),
                      ("TX. Tân Uyên", "Tân Uyên", "thị xã", None, False)], id="abbreviated-levels"),
        pytest.param("Sáng nay, Tỉnh Đoàn Gia Lai tổ chức hội nghị.",
                     [("Gia Lai", "Gia Lai", None, None, False)], id="tinh-doan-is-no-level-word"),
        pytest.param("Phát huy tư tưởng Hồ Chí Minh trong công tác.", [], id="ho-chi-minh-alone-is-the-president"),
        pytest.param("Thôn Nà Lầu có 120 hộ.", [("Thôn Nà Lầu", "Nà Lầu", "thôn", None, False)], id="village"),
    ],
)
def test_mentions(text, expected):
    assert places(text) == expected


def test_spans_are_grounded_in_the_input_as_written():
    text = " date 2024-12 Huyện uỷ Ngân Sơn\u200b họp.\r\nHĐND huye\u0302\u0323n Ngân Sơn khai mạc."
    doc = extract(text)
    assert [p.level for p in doc.places] == ["huyện", "huyện"]
    for p in doc.places:
        assert text[p.span.start:p.span.end] == p.span.text == p.text
    for s in doc.unit.evidence:
        assert text[s.start:s.end] == s.text


# ------------------------------------------------------------------ codes, ambiguity, dates


def test_implicit_committee_resolved_through_the_article():
    doc = extract(" date 2024-12 Hội nghị Ban Chấp hành Đảng bộ huyện Ngân Sơn tổng kết năm 2024. "
                  "Huyện ủy đề ra nhiệm vụ năm 2025.")
    implicit = [p for p in doc.places if p.implicit]
    assert [(p.text, p.name, p.code) for p in implicit] == [("Huyện ủy", "Ngân Sơn", "062")]
    assert implicit[0].rule == "place.committee.article_unit"


def test_ambiguous_name_is_never_guessed():
    doc = extract(" date 2023-12 Đảng ủy xã Minh Tiến tổ chức hội nghị tổng kết năm 2023.")
    assert [(p.name, p.code) for p in doc.places] == [("Minh Tiến", None)]
    (w,) = [w for w in doc.warnings if w.code == "place_ambiguous"]
    assert [s.text for s in w.spans] == ["Đảng ủy xã Minh Tiến"]
    assert (doc.unit.name, doc.unit.level, doc.unit.code) == ("Minh Tiến", "xã", None)


@pytest.mark.parametrize(
    "text, code, district",
    [
        pytest.param(" date 2024-06 HĐND xã Thượng Quan, huyện Ngân Sơn khai mạc kỳ họp.", "01957",
                     "Huyện Ngân Sơn", id="district-named"),
        pytest.param(" date 2020-03 Đại hội Đảng bộ xã Trường Trung (Nông Cống) khai mạc.", None,
                     "Huyện Nông Cống", id="district-in-parentheses"),
    ],
)
def test_ambiguous_name_resolved_by_a_parent_in_the_article(text, code, district):
    p = extract(text).places[0]
    assert p.district_name == district and p.code is not None
    if code:
        assert p.code == code
    assert not [w for w in extract(text).warnings if w.code == "place_ambiguous"]


@pytest.mark.parametrize(
    "text, division_list, code, successors",
    [
        pytest.param(" date 2024-12 UBND tỉnh Bắc Kạn tổng kết năm 2024.", "pre-2025", "06", ["19"], id="before"),
        pytest.param(" date 2025-09 UBND tỉnh Thái Nguyên sơ kết 9 tháng năm 2025.", "2025", "19", [], id="after"),
        pytest.param("Năm 2023, UBND tỉnh Bắc Kạn hoàn thành 25/28 chỉ tiêu.", "pre-2025", "06", ["19"],
                     id="no-date-report-year"),
        pytest.param(" date 2025-09 Ban Thường vụ Huyện ủy Ngân Sơn cũ bàn giao hồ sơ.", "pre-2025", "062",
                     ["01936", "01942", "01954", "01957", "01960"], id="district-after-2025-from-the-old-list"),
    ],
)
def test_the_articles_date_chooses_the_list(text, division_list, code, successors):
    p = extract(text).places[0]
    assert (p.division_list, p.code) == (division_list, code)
    assert sorted(s.code for s in p.successors) == successors
    assert p.successors_since == ("2025-07-01" if successors else None)


def test_same_commune_name_in_each_list():
    before = extract(" date 2025-06 HĐND xã Thượng Quan, huyện Ngân Sơn họp.").places[0]
    after = extract(" date 2025-09 Đảng ủy xã Thượng Quan, tỉnh Thái Nguyên họp.").places[0]
    assert (before.division_list, before.province_name) == ("pre-2025", "Tỉnh Bắc Kạn")
    assert (after.division_list, after.province_name) == ("2025", "Tỉnh Thái Nguyên")


@pytest.mark.xfail(strict=True, reason="known gap: the pre-2025 list is the one in force just before 2025-07-01; "
                   "districts and communes merged away earlier (Đông Sơn into Thanh Hóa city, 2025-01) are not in it")
def test_unit_dissolved_before_2025_has_a_code():
    assert extract(" date 2022-12 Huyện ủy Đông Sơn tổ chức hội nghị tổng kết năm 2022.").places[0].code == "394"


# ------------------------------------------------------------------ the unit


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(" date 2024-12 Chiều 20/12, Huyện ủy Ngân Sơn tổ chức hội nghị tổng kết năm 2024. "
                     "Năm 2024, kinh tế của huyện tăng trưởng khá.", ("Ngân Sơn", "huyện"), id="district-committee"),
        pytest.param("Ngày 5/1, UBND tỉnh họp phiên thường kỳ tháng 12. Kinh tế của tỉnh tăng 7%. "
                     "Toàn tỉnh có 40 xã đạt chuẩn nông thôn mới.", (None, "tỉnh"), id="unnamed-province"),
        pytest.param("Dự hội nghị có đồng chí Lê Văn Hòa, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh. "
                     "Đảng bộ xã Tây Đô tổng kết năm 2025: xã Tây Đô đạt 15/16 chỉ tiêu.", ("Tây Đô", "xã"),
                     id="province-guests-do-not-make-the-unit"),
        pytest.param("Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Châu Đức. Năm 2023, "
                     "huyện Châu Đức có 20/22 chỉ tiêu đạt và vượt kế hoạch; trên địa bàn huyện an ninh ổn định.",
                     ("Châu Đức", "huyện"), id="the-unit-visited"),
        pytest.param("Bộ Y tế tổ chức hội nghị tổng kết năm 2024. Bộ trưởng Bộ Y tế phát biểu. Cả nước có 63 "
                     "tỉnh, thành phố tham gia.", None, id="a-ministry-no-unit"),
        pytest.param("Tổng kết cụm thi đua: huyện Ea Kar tăng 10%; huyện Cư Kuin tăng 12%; huyện Krông Bông "
                     "tăng 9%; huyện Lắk tăng 8%.", None, id="several-units-alike"),
        pytest.param("HĐND thành phố Vĩnh Yên khai mạc kỳ họp. Thành ủy chỉ đạo các phường thực hiện tốt "
                     "nhiệm vụ năm 2020.", ("Vĩnh Yên", "thành phố"), id="provincial-city"),
    ],
)
def test_unit(text, expected):
    assert unit(text) == expected


def test_unit_carries_codes_evidence_and_confidence():
    text = " date 2024-06 HĐND huyện Ngân Sơn khai mạc kỳ họp. Năm 2024, huyện Ngân Sơn phấn đấu 30/30 chỉ tiêu."
    u = extract(text).unit
    assert (u.code, u.official_name, u.province_code, u.province_name) == ("062", "Huyện Ngân Sơn", "06",
                                                                         "Tỉnh Bắc Kạn")
    assert (u.province_code_2025, u.province_name_2025) == ("19", "Tỉnh Thái Nguyên")
    assert u.rule == "unit.named" and 0 < u.confidence <= 1
    assert "HĐND huyện Ngân Sơn" in [s.text for s in u.evidence]


# ------------------------------------------------------------------ the seed, independently


def test_seed_unit_golden():
    text = (ROOT / "corpora" / "ngan-son-2024.txt").read_text(encoding="utf-8")
    u = extract(text, doc_id="ngan-son-2024").unit
    assert (u.name, u.level, u.division_list) == ("Ngân Sơn", "huyện", "pre-2025")
    # the code, checked against vietnamadminunits' own table
    ((dcode, district, pcode, province),) = _legacy(
        "SELECT DISTINCT districtCode, district, provinceCode, province FROM admin_units_legacy "
        "WHERE districtShort = 'Ngân Sơn' AND provinceShort = 'Bắc Kạn'")
    assert (u.code, u.official_name, u.province_code, u.province_name) == (dcode, district, pcode, province)
    assert (u.code, u.province_name) == ("062", "Tỉnh Bắc Kạn")
    # the successors: the new communes vietnamadminunits' conversion table forms from Ngân Sơn's communes,
    # with their codes in vietnam-provinces' GSO list, in tỉnh Thái Nguyên, since 2025-07-01
    conv = json.loads((_data("vietnamadminunits") / "converter_2025.json").read_text(encoding="utf-8"))
    new_keys = {(p, w) for p, wards in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items() for w, olds in wards.items()
                if any(o.startswith("tinhbackan_huyennganson_") for o in olds)}
    assert {p for p, _ in new_keys} == {"tinhthainguyen"}
    names = {n for (n,) in _legacy("SELECT ward FROM admin_units WHERE provinceKey = 'tinhthainguyen' AND wardKey IN (%s)"
                                   % ",".join("?" * len(new_keys)), *[w for _, w in new_keys])}
    gso = {w["name"]: "%05d" % w["code"] for p in _gso_2025() if p["code"] == 19 for w in p["wards"]}
    assert sorted((s.name, s.code) for s in u.successors) == sorted((n, gso[n]) for n in names)
    assert {s.name for s in u.successors} == {"Xã Bằng Vân", "Xã Hiệp Lực", "Xã Nà Phặc", "Xã Ngân Sơn",
                                              "Xã Thượng Quan"}
    assert {(s.province_code, s.province_name, s.division_list) for s in u.successors} == {
        ("19", "Tỉnh Thái Nguyên", "2025")}
    assert u.successors_since == "2025-07-01"
    assert (u.province_code_2025, u.province_name_2025) == ("19", "Tỉnh Thái Nguyên")


# ------------------------------------------------------------------ scoring


@pytest.mark.parametrize(
    "gold, pred, ok",
    [
        pytest.param({"name": "Ngân Sơn", "level": "huyện"}, {"name": "ngân sơn", "level": "huyện"}, True, id="folded"),
        pytest.param({"name": "Hướng Hoá", "level": "huyện"}, {"name": "Hướng Hóa", "level": "huyện"}, True,
                     id="tone-placement"),
        pytest.param({"name": "Ngân Sơn", "level": "huyện"}, {"name": "Ngân Sơn", "level": "xã"}, False, id="level"),
        pytest.param({"name": None, "level": "tỉnh"}, {"name": None, "level": "tỉnh"}, True, id="unnamed"),
        pytest.param({"name": None, "level": "tỉnh"}, {"name": "Bắc Kạn", "level": "tỉnh"}, False, id="named-vs-not"),
        pytest.param(None, None, True, id="both-null"),
        pytest.param(None, {"name": "Bắc Kạn", "level": "tỉnh"}, False, id="spurious"),
    ],
)
def test_unit_matches(gold, pred, ok):
    assert unit_matches(gold, pred) is ok


def test_unit_accuracy_only_where_gold_has_a_unit(tmp_path):
    text = " date 2024-12 HĐND huyện Ngân Sơn khai mạc kỳ họp cuối năm 2024."
    for i in ("a", "b", "c"):
        (tmp_path / (i + ".txt")).write_text(text, encoding="utf-8")
        (tmp_path / (i + ".gold.json")).write_text(json.dumps({"id": i}), encoding="utf-8")
    units = tmp_path / "units.jsonl"
    units.write_text('{"id": "a", "unit": {"name": "Ngân Sơn", "level": "huyện"}}\n'
                     '{"id": "b", "unit": {"name": "Ngân Sơn", "level": "xã"}, "note": "wrong on purpose"}\n',
                     encoding="utf-8")
    rep, scores = run_evaluate(tmp_path, extract_fn=extract, units=load_units(units))
    assert (rep.units_total, rep.units_correct, rep.unit_accuracy) == (2, 1, 0.5)
    assert rep.to_dict()["unit_accuracy"] == 0.5
    assert [i.field for s in scores for i in s.attribute_errors if i.field == "unit"] == ["unit"]
    assert not score_document(text, {}, {}).unit_scored


# ------------------------------------------------------------------ cost
# Place-dense patterns are in pipeline.bench.COST_PATTERNS: `vnreport bench --cost` measures them,
# tests/test_cost.py checks that their cost per character stays flat as the text grows.
