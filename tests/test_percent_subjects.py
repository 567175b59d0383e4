"""Percentages: the subject (what is measured) and the change, construction by construction.

The subject is the measured quantity, never the actor, a place, a date, an
amount or a filler such as "lũy kế", "bình quân"; the period the figure covers,
written right after the quantity ("Thu ngân sách 6 tháng đầu năm"), stays in it
unless another period stands between it and the figure. Each example is an invented
sentence in the style of district and provincial reports (none is taken from
an article); known gaps are ``xfail(strict=True)`` with the reason.
"""

from __future__ import annotations

import pytest

from pipeline import extract

# A neutral opening sentence: very short texts may not be read as a report.
LEAD = "Chiều 12/12, UBND huyện tổ chức hội nghị tổng kết tình hình kinh tế - xã hội năm 2024. "


def ex(id_, text, expected):
    return pytest.param(text, expected, id=id_)


def gap(id_, text, expected, reason):
    return pytest.param(text, expected, id=id_, marks=pytest.mark.xfail(strict=True, reason=reason))


def percentages(text):
    doc = extract(LEAD + text)
    assert not any(w.code == "not_vietnamese" for w in doc.warnings), doc.warnings
    for p in doc.percentages:
        if p.subject is not None:
            assert (LEAD + text)[p.subject_span.start : p.subject_span.end] == p.subject
    return doc.percentages


# ---------------------------------------------------------------- subject
SUBJECTS = [
    # aiming at or installing a share of what follows ("hướng tới", "lắp đặt": object_verbs.txt): the thing after the
    # figure is measured, never the verb (fresh pp5, blind sf1 of group K)
    ex("aiming-at-a-share-of-what-follows", "Hướng tới 95% chất thải rắn sinh hoạt đô thị được xử lý. Năm 2024, công ty "
       "hoàn thành lắp đặt 100% công tơ đo đếm từ xa.", ["chất thải rắn sinh hoạt đô thị được xử lý",
                                                        "công tơ đo đếm từ xa"]),
    # reaching a plan of a year, then "và" and a change ("…, đạt kế hoạch năm 2024 và tăng 0,57% so với năm 2023"): the
    # plan is what the quantity is held to, the change is the quantity's (fresh sl2)
    ex("plan-of-a-year-then-and-a-change", "Tỷ lệ diện tích được tưới chủ động đạt 85,4%, đạt kế hoạch năm 2024 và tăng "
       "0,6% so với năm 2023.", ["Tỷ lệ diện tích được tưới chủ động"] * 2),
    # places listed by their bare names before the verb ("trên địa bàn xã Tu Vũ, Đồng Trung, Hoàng Xá (cũ) tăng …") are
    # where, not what: the quantity named before the list (fresh tx1); "Đối với cận nghèo, … thấp nhất là Tam Vinh:
    # 0,44% (6 hộ), Tam Thái: 0,53%": the topic, never a place (fresh qx3)
    ex("bare-place-names-listed-are-no-subject", "Nhiệm kỳ qua, tổng thu ngân sách nhà nước của các xã Thanh Lâm, Đồng "
       "Tiến, Hòa Bình (cũ) tăng bình quân 12%/năm.", ["tổng thu ngân sách nhà nước của các xã Thanh Lâm"]),
    # (the list's first place stays with the quantity, as a place after a quantity does: within the scorer's leeway)
    # the bare "về số lượng" after a change is how many of what was named before, no subject of its own ("số doanh nghiệp
    # thành lập mới tăng 65% về số lượng"); a quantity after "về" stays one ("… và tăng 30% về vốn đăng ký") (fresh rj4)
    ex("about-the-number-names-nothing", "Năm 2022, số doanh nghiệp thành lập mới tăng 65% về số lượng và tăng 30% về "
       "vốn đăng ký so với năm 2021.", ["số doanh nghiệp thành lập mới", "vốn đăng ký"]),
    # places' figures after "là" and a colon ("… thấp nhất là Krông Pa: 1,5% (45 hộ); Đak Đoa: 1,7%"), one alone too
    # ("… cao nhất là Krông Pa: 2,9%"): the quantity named before, never the place (fresh qx3)
    ex("places-with-colons-after-la", "Năm 2022, các huyện có tỷ lệ hộ nghèo thấp nhất là Krông Pa: 1,51% (45 hộ); Đak "
       "Đoa: 1,53% (35 hộ).", ["tỷ lệ hộ nghèo"] * 2),
    ex("one-place-with-a-colon", "Năm 2022, huyện có tỷ lệ hộ cận nghèo cao nhất là Krông Pa: 2,89% (48 hộ).",
       ["tỷ lệ hộ cận nghèo"]),
    ex("places-in-brackets-after-la", "Năm 2022, các huyện có tỷ lệ hộ nghèo thấp nhất là Krông Pa (1,51%), Đak Đoa "
       "(1,53%).", ["tỷ lệ hộ nghèo"] * 2),
    # who announces a figure ("Công ty A đã công bố doanh thu …, vượt 3% kế hoạch"): the quantity after "công bố";
    # "công bố" before a count is the activity counted ("công bố 1.200 bản án …, đạt 100%") (fresh po2, long01)
    ex("announcer-is-no-subject", "Năm 2025, Tổng công ty Lương thực đã công bố doanh thu hợp nhất ước đạt 9.800 tỷ đồng, "
       "vượt 4% kế hoạch năm.", ["doanh thu hợp nhất"]),
    ex("publishing-a-count-is-the-activity", "Năm 2024, tòa án huyện đã công bố 1.200 bản án trên cổng thông tin điện tử, "
       "đạt 100%.", ["công bố 1.200 bản án trên cổng thông tin điện tử"]),
    # a verb inside an aside in brackets ("(kết quả thực hiện)") is no predicate of the clause: the subject is named
    # before it, not taken from the clause before, the aside no part of it (fresh pk4)
    ex("verb-in-a-bracketed-aside-is-no-predicate", "GRDP tăng 6,2% so với năm 2022; tổng vốn đầu tư trên địa bàn (kết quả "
       "thực hiện) 9.500 tỷ đồng, tăng 11,3% so cùng kỳ.", ["GRDP", "tổng vốn đầu tư trên địa bàn"]),
    # places' figures in a list ("…: A (x%), B (y%)", "huyện A x%; B y%"): a place is no subject; each figure measures
    # the quantity of the figure before, or the one named before the list (a name of the official lists, or one after a
    # level word)
    ex("places-list-after-the-quantity", "Một số địa phương có tỷ lệ tăng trưởng cao như các huyện: Krông Pa (10,8%), "
       "Đak Đoa (10,2%), TP. Pleiku (9,6%).", ["tỷ lệ tăng trưởng"] * 3),
    ex("places-list-after-a-figure", "Tỷ lệ hộ nghèo giảm còn 3,2%, trong đó huyện Bảo Lâm 8,1%, huyện Bảo Lạc 7,4%.",
       ["Tỷ lệ hộ nghèo"] * 3),
    ex("places-list-with-brackets-between", "Thu ngân sách của các xã đạt khá như: Phước Đông 113,6% (tăng 2 tỷ "
       "đồng); Bàu Đồn 102,2% (1.020 triệu đồng); Lộc Hưng 101,5%.", ["Thu ngân sách"] * 3),
    # a figure opening a list item, then the plan it is of: the plan named is measured, as after "đạt"
    ex("figure-opening-an-item-then-its-plan", "Năm 2021, ngân hàng phấn đấu: đạt 100% kế hoạch tăng trưởng tín dụng; "
       "100% kế hoạch huy động vốn thị trường.", ["kế hoạch tăng trưởng tín dụng", "kế hoạch huy động vốn thị trường"]),
    # poor and near-poor households named together with a comma (resources/comma_pairs.txt)
    ex("poor-and-near-poor-together", "Năm 2016, huyện phấn đấu giảm tỷ lệ hộ nghèo, cận nghèo xuống còn 2%.",
       ["tỷ lệ hộ nghèo, cận nghèo"]),
    # after a change's figure, its levels from one to the other ("giảm 0,97%, từ 7,57% … xuống còn 6,60%"): the
    # quantity that changed ("từ" is no subject)
    ex("levels-after-a-change", "Tỷ lệ hộ nghèo giảm 2,59% so với năm 2016, từ 17,83% xuống còn 15,24%.",
       ["Tỷ lệ hộ nghèo"] * 3),
    # a bracket after a figure giving the plan's value, its owner named ("(mục tiêu đại hội là 90%)"): the same
    # quantity; the grading of Party members, "đánh giá, xếp loại", is one procedure (resources/comma_pairs.txt)
    # "trong sạch, vững mạnh", the grade of Party bodies, is one name (resources/comma_pairs.txt; fresh in02, lf01)
    # a second ratio of the same quantity to another plan, after a comma ("…, đạt 116,6% KH tỉnh giao, 96,9% KH huyện
    # giao"; fresh iu01): no share of things counted
    # where a change starts ("giảm từ đầu kỳ 48,9% xuống còn 20,24%") is a time, not what is measured (fresh iv02)
    ex("change-start-point-is-no-subject", "Số hộ nghèo giảm từ đầu kỳ 31,2% (năm 2015) xuống còn 9,8% (năm 2020).",
       ["Số hộ nghèo", "Số hộ nghèo"]),
    # an amount over its target, each with its scale and a qualifier ("gần 47 tỷ đồng/gần 233 tỷ đồng (đạt 20,2%)"),
    # closes the activity measured; the clause before the semicolon is another's (fresh lo01)
    ex("amount-over-target-with-scale", "Gieo trồng 19.695 ha cây hàng năm (đạt 61,2% kế hoạch); giải ngân vốn đầu tư "
       "công gần 47 tỷ đồng/gần 233 tỷ đồng (đạt 20,2%).", ["Gieo trồng 19.695 ha cây hàng năm", "giải ngân vốn đầu tư công"]),
    # "toàn bộ" (all of it) between the verb and its figure: what is counted still follows (fresh lk03)
    ex("all-of-it-before-the-figure", "Năm 2025, Sở Tư pháp hoàn thành toàn bộ 100% các chỉ tiêu được giao, trong đó "
       "thẩm định 120 văn bản.", ["các chỉ tiêu được giao"]),
    # a result over its plan with one sign ("đạt 87,4/86%", "tăng 17,86/15%"): two figures of one quantity (fresh ml01,
    # lu01, nb01; the guideline's "76,4%/60%" with one sign)
    ex("result-over-plan-one-sign", "Năm 2018, tỷ lệ bao phủ bảo hiểm y tế đạt 87,4/86%; giá trị sản xuất công nghiệp "
       "tăng 14/12%.", ["tỷ lệ bao phủ bảo hiểm y tế"] * 2 + ["giá trị sản xuất công nghiệp"] * 2),
    # a subject never ends on a dangling "và"; a clause joined by "và" before "đạt" names no quantity, the rate after it
    # does (fresh mm02, mm05, qb02)
    ex("clause-and-reach-rate", "Năm 2024, kinh tế tiếp tục phát triển và đạt tốc độ tăng trưởng 6,5%.",
       ["tốc độ tăng trưởng"]),
    ex("mobile-networks-named-together", "Có 98% thôn, bản được phủ sóng di động 3G, 4G.",
       ["thôn, bản được phủ sóng di động 3G, 4G"]),
    ex("second-ratio-to-another-plan", "Thu ngân sách ước đạt 1.234 tỷ đồng, bằng 105% dự toán tỉnh giao, 98% KH huyện "
       "giao; chi ngân sách đạt 900 tỷ đồng.", ["Thu ngân sách", "Thu ngân sách"]),
    ex("clean-and-strong-is-one-grade", "Toàn huyện có 42 tổ chức cơ sở đảng trong sạch, vững mạnh, đạt 80,8%.",
       ["tổ chức cơ sở đảng trong sạch, vững mạnh"]),
    ex("plan-with-owner-in-bracket", "Tỷ lệ đảng viên được đánh giá, xếp loại hoàn thành tốt nhiệm vụ trở lên đạt 96% "
       "(mục tiêu đại hội là 90%).", ["Tỷ lệ đảng viên được đánh giá, xếp loại hoàn thành tốt nhiệm vụ trở lên"] * 2),
    ex("plan-of-resolution-in-bracket", "Tỷ lệ che phủ rừng đạt 45% (mục tiêu nghị quyết là 44%).",
       ["Tỷ lệ che phủ rừng"] * 2),
    # a verb's own "với" ("đến với", "gắn với") cuts no subject, as "so với" does not
    ex("verb-with-does-not-cut", "Khách du lịch đến với Lào Cai đạt 1,2 triệu lượt khách, đạt 61% kế hoạch.",
       ["Khách du lịch đến với Lào Cai"]),
    # a long subject sheds its "bình quân hằng năm", not "trên địa bàn" (the district's GRDP is "tổng giá trị sản
    # phẩm trên địa bàn")
    ex("where-kept-in-long-subject", "Đại hội đề ra mục tiêu tốc độ tăng tổng giá trị sản phẩm trên địa bàn bình quân "
       "hằng năm đạt 11,5%.", ["tốc độ tăng tổng giá trị sản phẩm trên địa bàn"]),
    # a bare growth word after a comma measures the sector opening the clause, its rate a year too (a rate a year
    # after an amount stays a target of its own, "GRDP đạt 240.000 tỷ đồng, tăng trưởng trên 10%/năm")
    ex("sector-before-growth-per-year", "Công nghiệp giữ vai trò động lực, tăng trưởng gần 8%/năm.", ["Công nghiệp"]),
    ex("amount-before-growth-per-year", "GRDP đạt 240.000 tỷ đồng, tăng trưởng trên 10%/năm.", ["tăng trưởng"]),
    # an amount closed by a dash glued to it ("… 9.700 ha- đạt 93%") is the quantity's figure, as before a comma
    ex("amount-closed-by-a-dash", "Tổng diện tích gieo trồng gần 9.500 ha- đạt 95% kế hoạch.", ["Tổng diện tích gieo trồng"]),
    # "Kết quả," is a lead-in only before its comma: "kết quả trung bình …" names what is measured
    ex("result-named-is-measured", "Cụ thể, ở khối huyện, kết quả trung bình năm 2023 là 88,4%.",
       ["kết quả trung bình năm 2023"]),
    ex("result-lead-in-before-comma", "Kết quả, tổng thu ngân sách đạt 105% dự toán.", ["tổng thu ngân sách"]),
    # what "đạt" reaches after a quantity named before it is its figure, the quantity is measured ("Năm nay" a time)
    ex("count-reached-by-a-quantity", "Năm nay tổng lượng khách du lịch đến tỉnh đạt 3,2 triệu lượt khách (tăng 8,5% so "
       "với kế hoạch).", ["tổng lượng khách du lịch đến tỉnh"]),
    # the named place a quantity is of, or was counted in, and a bracket dating it, are no part of it; a bare level
    # word and a body stay ("của huyện", "của Sở")
    ex("named-place-of-the-quantity-cut", "Kim ngạch xuất khẩu của tỉnh Bà Rịa - Vũng Tàu trong năm 2023 đạt 4,1 tỷ "
       "USD, tăng 12,5%.", ["Kim ngạch xuất khẩu"]),
    ex("place-and-dating-bracket-cut", "Tổng thu ngân sách năm 2024 tại Quận 3 (tính đến ngày 10/12/2024) đạt gần 98% "
       "dự toán.", ["Tổng thu ngân sách năm 2024"]),
    ex("bare-level-and-body-kept", "Tỷ lệ bao phủ bảo hiểm y tế của huyện đạt 93%; giải ngân vốn đầu tư công của Sở "
       "đạt 96,4%.", ["Tỷ lệ bao phủ bảo hiểm y tế của huyện", "giải ngân vốn đầu tư công của Sở"]),
    # what goes alongside ("Song song với …,", "Cùng với …,", "Bên cạnh …,") is no list element of the subject
    ex("alongside-stretch-not-merged", "Song song với tăng trưởng tín dụng, nợ quá hạn chỉ chiếm 0,13%.", ["nợ quá hạn"]),
    ex("besides-stretch-not-merged", "Bên cạnh tăng trưởng tín dụng, nợ quá hạn chỉ chiếm 0,13%.", ["nợ quá hạn"]),
    # exceeding the plan's level ("vượt mức chỉ tiêu … 22,2%"): by how much, the quantity named before it
    ex("exceeded-the-plans-level", "Năm 2023, thu ngân sách vượt mức chỉ tiêu Trung ương giao 22,2%.", ["thu ngân sách"]),
    # the labour indicator "có bằng cấp, chứng chỉ" keeps both halves (comma_pairs.txt), before a bracket too
    ex("degrees-and-certificates-together", "Hai chỉ tiêu chưa đạt là tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ "
       "(đạt 34,6%, mục tiêu đề ra 40%) và số doanh nghiệp thành lập mới.",
       ["tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ"] * 2),
    # a pair's first half with its abbreviation in brackets before the comma ("bảo hiểm y tế (BHYT), bảo hiểm thất
    # nghiệp"): the pair still holds (comma_pairs.txt)
    ex("pair-with-abbreviation-before-comma", "Năm 2024, tổng thu BHXH, bảo hiểm y tế (BHYT), bảo hiểm thất nghiệp (BHTN) "
       "đạt 1.646 tỷ đồng, bằng 96,2% kế hoạch.", ["tổng thu BHXH, bảo hiểm y tế (BHYT), bảo hiểm thất nghiệp (BHTN)"]),
    # an amount in kWh or pieces after "được" closes the subject (amount_units.tsv)
    ex("kwh-amount-closes-subject", "Năm 2021, điện thương phẩm được 384,15 triệu kWh, tăng 6,6% so với cùng kỳ.",
       ["điện thương phẩm"]),
    ex("pieces-amount-closes-subject", "Năm 2021, thay công tơ định kỳ được gần 33 nghìn chiếc, đạt gần 86% kế hoạch.",
       ["thay công tơ định kỳ"]),
    # livestock and the policy's families written as one (comma_pairs.txt)
    ex("livestock-pair", "Năm 2024, đàn gia súc, gia cầm của huyện được duy trì, đạt 100% kế hoạch.",
       ["đàn gia súc, gia cầm của huyện"]),
    ex("policy-families-pair", "Năm 2024, 100% các gia đình chính sách, người có công được tặng quà.",
       ["các gia đình chính sách, người có công được tặng quà"]),
    # a plan's figure after a slash in the bracket of the figure before ("(78,3%/kế hoạch 82%)"): the same quantity
    ex("plan-figure-after-slash-in-bracket", "Hai chỉ tiêu chưa đạt là tỷ lệ trường học đạt chuẩn quốc gia (78,3%/kế hoạch "
       "82%) và số doanh nghiệp thành lập mới.", ["tỷ lệ trường học đạt chuẩn quốc gia"] * 2),
    # "đến hết niên độ" (to the end of the fiscal period) leads a clause, a time, no subject
    ex("end-of-fiscal-period-lead-in", "Vốn đầu tư công đã giải ngân 81,4% kế hoạch, dự kiến đến hết niên độ đạt trên 95%.",
       ["Vốn đầu tư công đã giải ngân"] * 2),
    # "tức (là)" restates: the change after it is the quantity's named before
    ex("restated-with-tuc", "Tỷ lệ hộ nghèo giảm còn 2,14%, tức giảm 1,35% so với đầu năm.", ["Tỷ lệ hộ nghèo"] * 2),
    # a committee "Tỉnh ủy" after an organization's abbreviation is no place of it ("UBKT Tỉnh ủy đã …" leaves no "ủy")
    gap("committee-after-abbreviation-object-after-figure", "Năm 2018, UBKT Tỉnh ủy đã thực hiện 100% nội dung chương trình "
        "công tác năm.", ["nội dung chương trình công tác năm"],
        "the object after 'thực hiện X%' is not read; the subject is the committee (no longer its cut 'ủy')"),
    # a cause after the plan word ("… kế hoạch do thị trường … trầm lắng") names no plan: the quantity before the verb
    ex("cause-after-plan-word", "Thu tiền sử dụng đất mới đạt 14,2% kế hoạch do thị trường bất động sản còn trầm lắng.",
       ["Thu tiền sử dụng đất"]),
    # who reports, before the quantity reported ("… đã báo cáo | tổng thu …", as "… cho biết | …"); a kind of insurance
    # is a quantity, not its agency acting ("BHXH tự nguyện đạt …")
    ex("reported-by-before-the-quantity", "Tại kỳ họp, Cục trưởng Cục Thuế đã báo cáo tổng thu ngân sách trên địa bàn "
       "ước đạt 14.585 tỉ đồng, đạt 103,5% dự toán.", ["tổng thu ngân sách trên địa bàn"]),
    ex("voluntary-insurance-is-a-quantity", "Tỷ lệ hoàn thành BHXH bắt buộc đạt 104,3%; BHXH tự nguyện đạt 88,8% so "
       "với kế hoạch.", ["Tỷ lệ hoàn thành BHXH bắt buộc", "BHXH tự nguyện"]),
    # … also when a place's verb is followed by a word of the list's quantity ("huyện B đạt tăng trưởng 10,3%")
    ex("places-list-measure-word-again", "Về tốc độ tăng trưởng kinh tế, huyện Cư Kuin đạt 12,9%; huyện Krông Bông đạt "
       "10,9%; huyện Ea Kar đạt tăng trưởng 10,3%.", ["tốc độ tăng trưởng kinh tế"] * 3),
    # an ellipsis followed by the sentence in lower case ends no clause, and is no word of the subject
    ex("ellipsis-going-on", "Thương mại - dịch vụ vận tải, ngân hàng,... đạt 570,8 tỷ đồng, chiếm 32,8%.",
       ["Thương mại - dịch vụ vận tải, ngân hàng"]),
    ex("ellipsis-closing-a-list", "Thu BHXH, BHYT, BHTN... đạt 11.413 tỉ đồng, đạt 65% kế hoạch năm.",
       ["Thu BHXH, BHYT, BHTN"]),
    # a change's object after its figure, with a qualifier before the figure or "trở lên" after it
    ex("change-object-after-qualified-figure", "Năm 2024, Công an tỉnh phấn đấu kéo giảm trên 5% tội phạm về trật tự xã "
       "hội.", ["tội phạm về trật tự xã hội"]),
    ex("change-object-after-tro-len", "Năm 2024, phấn đấu kéo giảm từ 5% trở lên số vụ tai nạn giao thông so với năm "
       "2023.", ["số vụ tai nạn giao thông"]),
    # a capitalised word that names no place opens no list ("(Tăng 14,5%)")
    ex("capitalised-verb-in-a-bracket-no-place", "Giá trị sản xuất công nghiệp tăng cao (Tăng 14,5%), dịch vụ 8,2%.",
       ["Giá trị sản xuất công nghiệp", "dịch vụ"]),
    # a bare unit counted, its share in brackets, then the predicate: what the share measures (train 509)
    ex("share-bracket-then-predicate", "Toàn huyện có 12/20 xã (đạt 60%) đạt chuẩn nông thôn mới.",
       ["đạt chuẩn nông thôn mới"]),
    # a ratio to a reference between the quantity and the figure is its predicate, no subject
    ex("ratio-gap-lan-before-figure", "Thu nhập bình quân đầu người đạt 58 triệu đồng, gấp 1,5 lần so với năm 2020, "
       "vượt 5% mục tiêu Nghị quyết.", ["Thu nhập bình quân đầu người"]),
    # a stretch opening on a share of what it counts ("có 85% trường …"): the change after it is that share's
    ex("change-after-a-share-first-stretch", "Về giáo dục, có 85% trường đạt chuẩn quốc gia, tăng 5% so với năm "
       "học trước.", ["trường đạt chuẩn quốc gia", "trường đạt chuẩn quốc gia"]),
    ex("bare-count-share-bracket-then-predicate", "Toàn huyện có 45 xã, trong đó 40 xã (88,9%) đạt chuẩn nông thôn mới.",
       ["đạt chuẩn nông thôn mới"]),
    ex("bare-share-bracket-then-predicate", "Đến nay có 15/18 xã (83,3%) được công nhận đạt chuẩn nông thôn mới.",
       ["được công nhận đạt chuẩn nông thôn mới"]),
    # a count after the copula repeating a word of the group named before it ("A là N <noun of A>, chiếm X%"): the
    # group; a count of something else keeps its count (fresh xf2)
    ex("copula-count-repeats-the-group", "Đảng viên hoàn thành xuất sắc nhiệm vụ là 15 đảng viên, chiếm tỷ lệ 21%.",
       ["Đảng viên hoàn thành xuất sắc nhiệm vụ"]),
    ex("copula-count-of-another-thing", "Kết quả nổi bật là 12 sản phẩm OCOP, chiếm 30%.", ["12 sản phẩm OCOP"]),
    # a total raised ("nâng tổng số … lên N …, chiếm/đạt X%"): what the total counts, or the unit after its number
    # when it names nothing (sets AT, AY, BC)
    ex("raised-total-named", "Năm 2024, huyện có thêm 2 xã về đích, nâng tổng số xã đạt chuẩn nông thôn mới lên 10/17 "
       "xã, chiếm 58,8%.", ["tổng số xã đạt chuẩn nông thôn mới"]),
    ex("raised-total-unnamed", "Trong nhiệm kỳ đã kết nạp mới 12 hội viên, nâng tổng số lên 347 hội viên, đạt 89% so "
       "với hộ nông nghiệp.", ["hội viên"]),
    # "85% đoàn viên và 70% thanh niên …": the figure before in the same stretch, the second counts what follows it; a
    # determiner left before a stop goes (set BC)
    ex("two-figures-first-joined-by-va", "Năm 2024, 85% đoàn viên và 70% thanh niên được tiếp thu các nghị quyết.",
       ["đoàn viên", "thanh niên được tiếp thu các nghị quyết"]),
    # figure first: a comma before a clause of its own (a negation, an amount) ends what is counted; a list goes on
    # (sets AN, AR, BA, BC; as train 714)
    ex("figure-first-stops-before-a-clause", "Năm 2024, 100% chi hội hoạt động tốt, không có chi hội trung bình; 100% chi "
       "hội có quỹ, tổng số tiền quỹ Hội hơn 560 triệu đồng.", ["chi hội hoạt động tốt", "chi hội có quỹ"]),
    ex("figure-first-list-goes-on", "Toàn xã có 100% thôn, làng có điện lưới quốc gia.", ["thôn, làng có điện lưới quốc gia"]),
    # (a year or a date in the next stretch is no amount; a fraction counted is: set BA)
    ex("figure-first-list-past-a-date", "Năm 2024, 100% xã, phường ra quân ngày 19/3/2024.",
       ["xã, phường ra quân ngày 19/3/2024"]),
    ex("figure-first-stops-before-a-fraction", "Năm 2024 có 70,4% làng, bản văn hóa, có 8/9 xã đạt chuẩn.",
       ["làng, bản văn hóa"]),
    # "đạt/có" before a quantity named after it opens no subject (sets AU, AY, AZ); "Ở chiều ngược lại" is a lead-in
    ex("reach-verb-before-quantity", "Toàn huyện đạt tổng sản lượng lương thực có hạt hơn 41.326 tấn, đạt 103% kế hoạch.",
       ["tổng sản lượng lương thực có hạt"]),
    ex("where-and-have-before-quantity", "Năm 2024, trên địa bàn xã có tổng giá trị sản xuất đạt 150 tỷ đồng, tăng 12% so "
       "với năm 2023.", ["tổng giá trị sản xuất"]),
    ex("on-the-other-side", "Xuất khẩu tăng 8%. Ở chiều ngược lại, nhập khẩu giảm 5%.", ["Xuất khẩu", "nhập khẩu"]),
    # a unit of measure counted before a share in brackets repeats the quantity named before the verb (set AW)
    ex("unit-of-measure-before-bracket", "Tổng sản lượng lương thực có hạt đạt 140/165 tấn (đạt 84,85% kế hoạch).",
       ["Tổng sản lượng lương thực có hạt"]),
    # the years of a series and "lần lượt" trail the subject (set AS); "tiếp tục", "liên tục" are adverbs; a bracket
    # opening with a time alone names nothing (set AX)
    ex("years-of-a-series", "Tỷ trọng kinh tế số trong GRDP các năm từ 2021 đến 2023 lần lượt là 6,6%, 7,4%.",
       ["Tỷ trọng kinh tế số trong GRDP", "Tỷ trọng kinh tế số trong GRDP"]),
    ex("continuing-adverb", "Kim ngạch xuất khẩu tiếp tục tăng 5% so với cùng kỳ.", ["Kim ngạch xuất khẩu"]),
    ex("bracket-of-quarters", "Chỉ số sản xuất công nghiệp liên tục giảm (quý I giảm 4,81%, quý II giảm 5,25%).",
       ["Chỉ số sản xuất công nghiệp", "Chỉ số sản xuất công nghiệp"]),
    # a concession ("tuy chưa đạt chỉ tiêu … là 12%") opens no subject; "tuyển sinh" is no "tuy" (set AY)
    ex("concession-opens-no-subject", "Tốc độ tăng trưởng kinh tế đạt bình quân 11,27%/năm, tuy chưa đạt chỉ tiêu đề ra "
       "là 12%/năm.", ["Tốc độ tăng trưởng kinh tế", "Tốc độ tăng trưởng kinh tế"]),
    ex("tuyen-sinh-is-no-concession", "Tuyển sinh và đào tạo nghề đạt 102% kế hoạch.", ["Tuyển sinh và đào tạo nghề"]),
    # a change after a stock counted with "còn"/"có" measures what is counted (sets AR, AT, AX, BA)
    ex("change-of-a-stock-counted", "Thu ngân sách đạt 1.262 tỷ đồng, đạt 274% kế hoạch; cuối năm còn 3.414 hộ nghèo, "
       "giảm 7,5% so với năm 2023.", ["Thu ngân sách", "3.414 hộ nghèo"]),
    # "tỷ đ": the money unit abbreviated closes an amount (set AZ)
    ex("abbreviated-money-unit", "Tổng vốn đầu tư phát triển trên địa bàn 759,3 tỷ đ tăng 1,7%.",
       ["Tổng vốn đầu tư phát triển trên địa bàn"]),
    # "giá trị tăng thêm" (value added) is a noun, its "tăng" no predicate (set AZ)
    ex("value-added-is-a-noun", "Huyện phấn đấu tốc độ tăng trưởng giá trị tăng thêm đạt từ 7% trở lên.",
       ["tốc độ tăng trưởng giá trị tăng thêm"]),
    # a qualifier is no subject: a figure after "gần bằng …, bằng …" measures what the clause names (set AX)
    ex("qualifier-is-no-subject", "Thu ngân sách trên địa bàn đạt 1.493 tỷ đồng, gần bằng 61,9% dự toán huyện giao, "
       "bằng 84,6% so với cùng kỳ.", ["Thu ngân sách trên địa bàn", "Thu ngân sách trên địa bàn"]),
    # ", tăng trưởng X%" after a comma is the verb of the quantity named before (sets AQ, AS, AX); a rate a year stays
    # a target of its own (train 417)
    ex("growth-verb-after-comma", "Sản lượng điện thương phẩm đạt 1.199 triệu kWh, tăng trưởng 4,51% so với năm 2023, "
       "đạt 94,68% kế hoạch.", ["Sản lượng điện thương phẩm", "Sản lượng điện thương phẩm"]),
    ex("hedged-growth-verb-after-comma", "Kim ngạch xuất khẩu đạt 120 triệu USD, ước tăng trưởng 12% so với năm trước.",
       ["Kim ngạch xuất khẩu"]),
    # a bare rate of rise ("tốc độ tăng", "tốc độ gia tăng", "… bình quân") opening the stretch after an amount is that
    # quantity's rise, a year's rate too (fresh et03, fu05, ki05); "tốc độ tăng trưởng" stays the subject (fresh ig04)
    ex("bare-rise-rate-after-amount", "Giá trị sản xuất nông nghiệp đạt 3.120 tỷ đồng, tốc độ tăng 5,2%; giá trị sản "
       "xuất công nghiệp đạt 980 tỷ đồng, tốc độ tăng bình quân 11,4%/năm.",
       ["Giá trị sản xuất nông nghiệp", "giá trị sản xuất công nghiệp"]),
    ex("bare-rise-rate-after-a-count", "Số người tham gia bảo hiểm y tế 52.300 người, tốc độ gia tăng đạt 3,1%.",
       ["Số người tham gia bảo hiểm y tế"]),
    ex("rate-of-rise-alone-is-a-noun", "Năm 2024, tốc độ gia tăng dân số đạt 1,1%.", ["tốc độ gia tăng dân số"]),
    ex("growth-rate-after-amount-stays", "Tổng giá trị sản xuất đạt 8.400 tỷ đồng, tốc độ tăng trưởng bình quân 9,1%.",
       ["tốc độ tăng trưởng bình quân"]),
    ex("growth-a-year-is-its-own", "Đến năm 2030, GRDP đạt 240.000 tỷ đồng, tăng trưởng trên 10%/năm.", ["tăng trưởng"]),
    ex("growth-alone-stays", "Năm 2024, tăng trưởng 7,2%, cao nhất vùng.", ["tăng trưởng"]),
    # an abbreviated organization, its sector word and an adverb are who acted; a light verb opens no subject (set AX)
    ex("abbreviated-organization-acts", "Ngành BHXH tỉnh đã thực hiện chi trả các chế độ trên 3.017 tỷ đồng, tăng 9,5% "
       "so với năm trước.", ["chi trả các chế độ"]),
    # "duy trì" + a rate of change: what changes stands before the verb, when it names a measure (set AQ); a place
    # does not (dev 048)
    ex("maintained-rate-of-fall", "Tỷ lệ hộ nghèo đa chiều duy trì mức giảm bình quân 1,5%/năm.",
       ["Tỷ lệ hộ nghèo đa chiều"]),
    ex("place-maintains-a-rate", "Trên lĩnh vực kinh tế, Hà Tiên duy trì tốc độ tăng trưởng bình quân 7,5%/năm.",
       ["tốc độ tăng trưởng bình quân"]),
    # the whole economy (or branch) keeping or reaching a rate: the rate is measured, not the economy; the economy as
    # the subject of "tăng trưởng" is measured without the verb; a part of it named after "kinh tế" keeps its figure
    # (dev 043; own23, long21; fresh qf01, eh01, kw01, mm02, jb03, zh01)
    ex("economy-keeps-a-rate", "Kinh tế của xã tiếp tục duy trì tốc độ tăng trưởng cao, bình quân đạt 12,5%/năm.",
       ["tốc độ tăng trưởng"]),
    ex("economy-recovers-and-reaches-a-rate", "Kinh tế của huyện phục hồi và đạt mức tăng trưởng khá, bình quân giai "
       "đoạn 2021-2025 đạt 7,4%.", ["mức tăng trưởng"]),
    ex("branch-reaches-a-rate", "Năm 2024, toàn ngành đạt tốc độ tăng trưởng 6,3%.", ["tốc độ tăng trưởng"]),
    ex("rate-not-how-it-is-judged", "Nổi bật là kinh tế duy trì tốc độ tăng trưởng cao và ổn định đạt 11,3%/năm.",
       ["tốc độ tăng trưởng"]),
    ex("economy-grows-without-the-verb", "Kinh tế của thị xã tăng trưởng 8,1%; kinh tế tăng trưởng bình quân "
       "7,9%/năm.", ["Kinh tế của thị xã", "kinh tế"]),
    ex("part-of-economy-keeps-its-rate", "Năm 2024, kinh tế tập thể duy trì mức tăng trưởng 5,2%.", ["kinh tế tập thể"]),
    # an organization and its place with nothing after it is no actor cut off a word ("Chi cục Thuế huyện Lạc | Sơn")
    ex("organization-not-cut-in-its-place", "Số thu đạt 98% dự toán; trong đó, Chi cục Thuế huyện Lạc Sơn đạt 113%.",
       ["Số thu", "Số thu"]),
    # a time the place it is of follows ("… năm 2022 trên địa bàn huyện A", "… 6 tháng đầu năm 2021 của huyện"): both go
    # (30 gold subjects of fresh pages end before them, 1 keeps the time); a plain time before the verb stays
    ex("time-then-owner-unit", "Giá trị sản xuất 6 tháng đầu năm 2021 của huyện ước đạt 13.600 tỷ đồng, tăng 6,9% so "
       "với năm 2020.", ["Giá trị sản xuất"]),
    ex("year-then-where-and-name", "Tổng giá trị sản xuất năm 2022 trên địa bàn huyện Tiền Phong ước đạt 2.466 tỷ đồng, "
       "tăng 13,5% so với năm 2021.", ["Tổng giá trị sản xuất"]),
    ex("year-then-named-owner", "Tỷ lệ hộ nghèo năm 2023 của Lào Cai giảm 4,43%.", ["Tỷ lệ hộ nghèo"]),
    ex("plain-time-before-verb-stays", "Thu ngân sách 6 tháng đầu năm đạt 29% kế hoạch.",
       ["Thu ngân sách 6 tháng đầu năm"]),
    # an amount after "(cả) năm" is no year ("… cả năm 72.370 tấn đạt 104,8%": a number with a separator; fresh oq01);
    # "cả năm" with its year trails the quantity (train 712)
    ex("amount-after-the-whole-year", "Tổng sản lượng lương thực cả năm 72.370 tấn đạt 104,8% kế hoạch tỉnh giao.",
       ["Tổng sản lượng lương thực cả năm"]),
    ex("whole-year-named-trails", "Kim ngạch xuất khẩu hàng hóa cả năm 2025 tăng 7% so với năm 2024.",
       ["Kim ngạch xuất khẩu hàng hóa"]),
    # a stretch of a verb and its amount only ("ước đạt trên 7.000 tỷ đồng") names nothing: the quantity is in the
    # stretch before it (fresh fb05)
    ex("verb-and-amount-stretch-names-nothing", "Kinh tế của xã phát triển ổn định, tổng giá trị sản xuất tăng khá, ước "
       "đạt trên 7.000 tỷ đồng, bằng 23,8% kế hoạch năm.", ["tổng giá trị sản xuất"]),
    # "trong 3 năm vừa qua" trailing the subject is a time (set AY)
    ex("trailing-years-past", "Tốc độ tăng trưởng kinh tế trong 3 năm vừa qua đạt bình quân 9,2%/năm.",
       ["Tốc độ tăng trưởng kinh tế"]),
    # verb first in an earlier stretch: the quantity named after the verb is what the figure measures (sets AY, AR)
    ex("verb-first-stretch-quantity", "Thu ngân sách đạt 1.097 tỷ đồng, đạt 58% nghị quyết; thực hiện giải ngân vốn đầu "
       "tư công hơn 580 tỷ đồng, đạt 48,2% kế hoạch.", ["Thu ngân sách", "giải ngân vốn đầu tư công"]),
    # a rate's level, then the change of it with no comma: the rate is the subject of both (set AY)
    ex("rate-level-then-change", "Thu nhập bình quân đạt 52 triệu đồng. Tỷ lệ hộ nghèo 2,15% giảm 0,8%.",
       ["Tỷ lệ hộ nghèo", "Tỷ lệ hộ nghèo"]),
    # a cause ("chủ yếu do giảm X (…)"): the quantity after the change verb is what the bracket's figures measure (set AM)
    ex("cause-then-quantity-bracket", "Kim ngạch xuất khẩu giảm 1,2%, chủ yếu do giảm xuất khẩu cà phê (ước 125 triệu "
       "USD, đạt 80,4% kế hoạch).", ["Kim ngạch xuất khẩu", "xuất khẩu cà phê"]),
    # a bare count of a unit repeats the thing counted just before it (set AM)
    ex("bare-unit-count-links-back", "Năm nay tỉnh công nhận 06 xã đạt chuẩn nông thôn mới, lũy kế 48 xã (đạt 120% kế "
       "hoạch).", ["xã đạt chuẩn nông thôn mới"]),
    # "sụt" is a predicate; "năm nay" trailing the subject is a time (set AR)
    ex("sut-predicate-nam-nay-time", "Tỷ lệ tốt nghiệp của tỉnh năm nay sụt hơn 20%.", ["Tỷ lệ tốt nghiệp của tỉnh"]),
    # a place's name before the copula says who; the quantity named after it is measured, without its rank (set AP, AR)
    ex("name-then-quantity", "Tân Lập là một trong 3 xã có tỷ lệ hộ nghèo thấp nhất của huyện, đến nay chỉ còn 1,8%.",
       ["tỷ lệ hộ nghèo"]),
    # "X là Y chiếm N%": the share of the X who are Y, the copula inside the noun phrase (set AP)
    ex("copula-inside-a-share", "Về cơ cấu đại biểu: đại biểu nữ chiếm 32%; đại biểu là người dân tộc thiểu số chiếm "
       "hơn 21%.", ["đại biểu nữ", "đại biểu là người dân tộc thiểu số"]),
    # a subject never opens with the conjunction that joins it to the clause before (train 718)
    ex("no-leading-va", "Giá trị sản xuất chăn nuôi đạt 18.387 tỷ đồng, tăng 3,9%; và thủy sản đạt 7.893 tỷ đồng, tăng "
       "3,3%.", ["Giá trị sản xuất chăn nuôi", "thủy sản"]),
    # "và" before a head of quantity_heads.txt opens the next quantity measured, past the figure before (set AV)
    ex("and-herd-after-figure", "Tổng đàn trâu bò hơn 16.830 con, đạt 94,5% kế hoạch và đàn gia cầm gần 102.000 con, "
       "đạt 112,3% kế hoạch.", ["Tổng đàn trâu bò", "đàn gia cầm"]),
    # "Nổi bật nhất là" opens the clause like "Nổi bật là" (sets AW, AT)
    ex("noi-bat-nhat-la-lead-in", "Nổi bật nhất là lĩnh vực nông nghiệp với tổng diện tích gieo trồng hiện nay là "
       "12.400 ha, vượt 102,5% kế hoạch.", ["tổng diện tích gieo trồng"]),
    # "label: figure (remark)": the label names what is measured, not the bracket after the figure (set AX)
    ex("label-colon-figure-bracket", "Tỷ lệ che phủ rừng: 42,1% (đạt 99% KH); tỷ lệ hộ dùng nước sạch: 97,5% (tăng "
       "1,2% so với năm 2023).", ["Tỷ lệ che phủ rừng", "Tỷ lệ che phủ rừng", "tỷ lệ hộ dùng nước sạch",
                                   "tỷ lệ hộ dùng nước sạch"]),
    # a sign before the figure is no part of the subject (set AX)
    ex("sign-not-in-subject", "Trong đó ngành khai khoáng (+12,4%); ngành chế biến, chế tạo (+3,1%).",
       ["ngành khai khoáng", "ngành chế biến, chế tạo"]),
    # a count opening a comma list: the list's first element follows the number (sets AR, AP)
    ex("count-opens-comma-list", "Toàn huyện có 1.240 gia đình văn hóa, tăng 1,5%; 312 xóm, tổ dân phố văn hóa, tăng "
       "2,1%.", ["1.240 gia đình văn hóa", "xóm, tổ dân phố văn hóa"]),
    ex("count-opens-comma-list-bracket", "Năm 2024, toàn tỉnh có 412 thôn, bản, khu phố văn hóa (tỷ lệ 95,2%).",
       ["thôn, bản, khu phố văn hóa"]),
    # a record ("cao nhất từ trước tới nay") and the "và" joining it to the change name no quantity (sets AU, AS)
    ex("record-then-change", "Kim ngạch xuất khẩu của tỉnh đạt 2,1 tỷ USD, cao nhất từ trước tới nay và tăng 15% so "
       "với năm trước.", ["Kim ngạch xuất khẩu của tỉnh"]),
    # a frame, then the copula naming a measured quantity: the quantity is the subject (set AU)
    ex("frame-copula-quantity", "Kết quả nổi bật nhất của ngành là kim ngạch xuất khẩu ước đạt 1,2 tỷ USD, tăng 12% so "
       "với cùng kỳ.", ["kim ngạch xuất khẩu"]),
    # "đặc biệt nghiêm trọng" is the degree of a crime, no lead-in "Đặc biệt," (train 701)
    ex("especially-serious-crimes", "Tỷ lệ điều tra khám phá án đạt 85%; án rất nghiêm trọng, đặc biệt nghiêm trọng đạt "
       "95%.", ["Tỷ lệ điều tra khám phá án", "án rất nghiêm trọng, đặc biệt nghiêm trọng"]),
    # a list element after the copula's object: the list began after "là" (train 606)
    ex("list-after-the-copula", "Trong đó, cao nhất là doanh thu dịch vụ lưu trú, ăn uống tăng 36,98%.",
       ["doanh thu dịch vụ lưu trú, ăn uống"]),
    # a bare measure word after a clause with its own predicate measures what that clause is about (train 114)
    ex("bare-measure-after-a-clause", "Sản xuất công nghiệp đạt mức tăng trưởng khá, giá trị ước đạt 32.996 tỷ đồng, đạt "
       "100,7% Nghị quyết.", ["Sản xuất công nghiệp"]),
    # "việc làm tăng thêm" (additional jobs) is a noun phrase, no predicate "tăng" (train 709, set AR)
    ex("additional-jobs-noun", "Năm 2020, tạo việc làm tăng thêm cho trên 21.700 người, vượt 44% kế hoạch.",
       ["tạo việc làm tăng thêm"]),
    # a named place and "có" inside the stretch opens a clause of its own; the next places name no quantity (train 116)
    ex("place-having-the-figure",
       "Đối với tốc độ tăng trưởng kinh tế huyện Tân Phú có mức tăng cao nhất đạt 12,8%; huyện Yên Lạc đạt 10,8%.",
       ["tốc độ tăng trưởng kinh tế", "tốc độ tăng trưởng kinh tế"]),
    # who carried it out and how, after the activity, is no part of it (train 022's shape)
    ex("carried-out-by-after-the-activity",
       "Công tác thu ngân sách được huyện Yên Lạc tập trung thực hiện hiệu quả với tổng thu ước 791 tỷ đồng, đạt 75,4% "
       "dự toán.", ["Công tác thu ngân sách"]),
    # a time inside the subject, then the place it is of: both trail the quantity (set AS; both cut since round 42, as
    # 30 of 31 gold subjects of fresh pages are)
    ex("time-then-place-trail-the-quantity",
       "Kim ngạch xuất khẩu 6 tháng đầu năm 2022 của Đồng Nai ước hơn 13,2 tỷ USD, tăng 13% so với cùng kỳ.",
       ["Kim ngạch xuất khẩu"]),
    # "đóng góp X%" is a predicate: the quantity or sector of the clause contributes (set AS; train 522's reading)
    ex("contribution-is-a-predicate",
       "Khu vực dịch vụ tăng 7,2% so cùng kỳ (đóng góp 15,2%); quy mô GRDP đạt 316 nghìn tỷ đồng, đóng góp 2,5% GDP.",
       ["Khu vực dịch vụ", "Khu vực dịch vụ", "quy mô GRDP"]),
    # a level of government alone names no quantity: the figure before measures it (set AL)
    ex("level-of-government-is-no-subject",
       "Tỷ lệ hồ sơ giải quyết đúng hạn cấp xã đạt trên 99%, cấp huyện đạt trên 98%.",
       ["Tỷ lệ hồ sơ giải quyết đúng hạn cấp xã", "Tỷ lệ hồ sơ giải quyết đúng hạn cấp xã"]),
    # "tương ứng" between a change verb and its figure is no subject; the change stays (set AQ)
    ex("tuong-ung-between-verb-and-figure", "Lợi nhuận của tập đoàn tăng thêm 3.000 tỷ đồng, tăng tương ứng gần 33%.",
       ["Lợi nhuận của tập đoàn"]),
    # ", chiếm X%" after a count: the things counted (set AR; as the train gold reads "35 đảng viên HTNV, chiếm
    # 13,7%"); a count of money names no things
    ex("share-of-the-things-counted", "Lâm Hà hiện còn 1.636 hộ nghèo, chiếm 1,94% số hộ toàn huyện.",
       ["1.636 hộ nghèo"]),
    ex("share-of-an-amount-is-the-quantity", "Giá trị sản xuất nông nghiệp đạt 800 tỷ đồng, chiếm 46%.",
       ["Giá trị sản xuất nông nghiệp"]),
    # a hedged verb alone ("ước thu", "chỉ giải ngân được") restates the quantity named before it in the clause (fresh
    # 25, 27; train 072); a bare verb first names a target of its own
    ex("hedged-verb-restates-the-quantity", "Thu ngân sách đạt 85,6 tỷ đồng, lũy kế 10 tháng ước thu 981,2 tỷ đồng, tăng "
       "13,9% so với cùng kỳ.", ["Thu ngân sách"]),
    ex("hedged-verb-restates-after-a-comma", "Việc giải ngân vốn sự nghiệp còn thấp, trong năm 2023 chỉ giải ngân được "
       "13,29%.", ["giải ngân vốn sự nghiệp"]),
    ex("total-before-the-verb-named", "Về tổng thu ngân sách nhà nước năm 2022, Giám đốc Sở cho biết ước thu 2.144 tỷ "
       "đồng, đạt 143% dự toán.", ["tổng thu ngân sách nhà nước"]),
    ex("bare-verb-names-a-target", "Các dự án giải ngân chậm được điều chuyển vốn, phấn đấu giải ngân 100% kế hoạch "
       "vốn năm 2024.", ["giải ngân"]),
    # a leading "Dự kiến" hedges the stretch as "Ước" does: no predicate (fresh 26)
    ex("leading-du-kien-hedges", "Dự kiến công ty sẽ nộp ngân sách nhà nước 40 tỷ đồng, tăng gần 9% so với năm 2024.",
       ["công ty sẽ nộp ngân sách nhà nước"]),
    # a rank among others before the figure's stretch is a predicate of the quantity (fresh 27)
    ex("rank-among-others-is-a-predicate", "Tốc độ tăng trưởng kinh tế của tỉnh nằm trong nhóm dẫn đầu cả nước, bình quân "
       "giai đoạn 2016-2020 đạt 12,5%.", ["Tốc độ tăng trưởng kinh tế của tỉnh"]),
    # figure first, a determiner, then the indicators counted (fresh 31)
    ex("share-of-the-indicators-after-a-determiner", "Năm 2023, 100% các chỉ tiêu kinh tế - xã hội của huyện đều đạt và "
       "vượt.", ["các chỉ tiêu kinh tế - xã hội của huyện"]),
    # figure first, "đều" (all of them) before the predicate: the things counted end there (fresh 24)
    ex("share-first-stops-at-deu", "Năm 2017, 100% tổ chức cơ sở Đảng đều phát triển được đảng viên mới.",
       ["tổ chức cơ sở Đảng"]),
    # figure first, the counted voters, then their vote (resources/vote_verbs.txt): the voters end before it, an adverb
    # of time included (groups L, M, AK)
    ex("share-of-voters-stops-at-the-vote", "Tại kỳ họp, 100% đại biểu HĐND huyện đã biểu quyết thông qua 9 nghị quyết.",
       ["đại biểu HĐND huyện"]),
    ex("share-of-members-stops-at-agreement", "Tại phiên họp, 100% thành viên Hội đồng thẩm định nhất trí đề nghị công "
       "nhận 12 xã đạt chuẩn.", ["thành viên Hội đồng thẩm định"]),
    ex("votes-in-favour-keep-their-kind", "Đồng chí Nguyễn Văn A được bầu giữ chức Bí thư với 100% số phiếu đồng ý.",
       ["số phiếu đồng ý"]),
    # a light verb opening a stretch after another figure: the activity after it, up to its amount (fresh 27); a bare
    # "thực hiện" with its amount is the predicate of the quantity before
    ex("light-verb-opens-a-later-stretch", "Toàn xã gieo trồng hơn 1.300 ha, đạt 120% kế hoạch, thực hiện chuyển đổi từ "
       "đất lúa sang rau màu hơn 346 ha, đạt 69% kế hoạch.", ["gieo trồng", "chuyển đổi từ đất lúa sang rau màu"]),
    # "riêng" and a bare year in a bracket: a part of the period, the quantity before it (fresh 27)
    ex("part-of-the-period-bare-year", "Tốc độ tăng trưởng kinh tế bình quân giai đoạn 2016-2020 đạt 14,6% (riêng 2019 "
       "đạt 16,2%).", ["Tốc độ tăng trưởng kinh tế bình quân", "Tốc độ tăng trưởng kinh tế bình quân"]),
    # a multiplier before what is counted still counts things ("nghìn hộ"), not money ("nghìn tỷ đồng"; fresh 21)
    ex("share-of-thousands-of-things", "Công ty bán điện trực tiếp cho 120 nghìn hộ dân, chiếm 98,5% số hộ toàn tỉnh.",
       ["120 nghìn hộ dân"]),
    ex("share-of-thousands-of-money", "Thu ngân sách đạt 3 nghìn tỷ đồng, chiếm 40% tổng thu.", ["Thu ngân sách"]),
    # "là" inside a measure's phrase (those who are …), the figure after the phrase (set AR); "là" before the figure
    # is the predicate
    ex("copula-inside-a-measure-phrase", "Trong đó, tỷ lệ nghèo là đồng bào dân tộc thiểu số 4,8%.",
       ["tỷ lệ nghèo là đồng bào dân tộc thiểu số"]),
    ex("copula-before-the-figure", "Tỷ lệ hộ nghèo của huyện là 3,5%.", ["Tỷ lệ hộ nghèo của huyện"]),
    # a figure after a comma that names what it counts after it shares no subject with the figure before (set AN)
    ex("figure-first-after-comma-own-subject",
       "Năm 2025, tỷ lệ lao động qua đào tạo đạt 81%, 100% khu dân cư đạt văn hóa.",
       ["tỷ lệ lao động qua đào tạo", "khu dân cư đạt văn hóa"]),
    # a change verb, "từ", a range: the object after the figure is what changes (set AP)
    ex("change-from-range-object-after", "Mỗi năm giảm từ 1-1,5% tỷ lệ hộ nghèo đa chiều.",
       ["tỷ lệ hộ nghèo đa chiều", "tỷ lệ hộ nghèo đa chiều"]),
    # the level reached after "từ X% … xuống còn" is of the quantity the start level measures (set AM)
    ex(
        "level-reached-after-from-level",
        "Năm 2023, tỉnh giảm tỷ lệ hộ nghèo từ 18,2% năm 2022 xuống còn 14,1%, tỷ lệ hộ cận nghèo từ 7,4% năm 2022 "
        "xuống còn 6,5%.",
        ["tỷ lệ hộ nghèo", "tỷ lệ hộ nghèo", "tỷ lệ hộ cận nghèo", "tỷ lệ hộ cận nghèo"],
    ),
    # a breakdown "trong đó X% …": the figure first, what it counts after it; the share before it ends at the comma
    ex(
        "breakdown-figure-first",
        "Kết quả xếp loại đảng viên: 91,5% hoàn thành tốt nhiệm vụ trở lên, trong đó 17,3% hoàn thành xuất sắc "
        "nhiệm vụ.",
        ["hoàn thành tốt nhiệm vụ trở lên", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    # the adjective compared before "hơn" is no part of the quantity ("cao hơn 3%": higher by 3%)
    ex("comparative-adjective-left-out", "Giá trị xuất khẩu cao hơn 4,5% so với cùng kỳ.", ["Giá trị xuất khẩu"]),
    # a place that acts is no part of what it did: named, whole, or a capitalized unit opening the clause
    ex(
        "named-place-acting",
        "Huyện Yên Lạc thu ngân sách đạt 450 tỷ đồng, vượt 12% dự toán.",
        ["thu ngân sách"],
    ),
    ex(
        "whole-unit-acting",
        "Toàn huyện trồng mới được 950 ha rừng, đạt 120% kế hoạch.",
        ["trồng mới được 950 ha rừng"],
    ),
    ex(
        "named-place-has",
        "Thị xã Quảng Yên có tổng thu ngân sách đạt 1.100 tỷ đồng, đạt 118% dự toán.",
        ["tổng thu ngân sách"],
    ),
    # a lower-case unit with no name is what is counted
    ex("counted-unit-stays", "Toàn tỉnh có 85% xã đạt chuẩn nông thôn mới.", ["xã đạt chuẩn nông thôn mới"]),
    # "đạt chuẩn", "đạt danh hiệu" describe what is counted after the figure: no predicate
    ex(
        "counted-noun-meets-a-standard",
        "Xã có 92% hộ đạt danh hiệu gia đình văn hóa; 100% thôn đạt chuẩn văn hóa.",
        ["hộ đạt danh hiệu gia đình văn hóa", "thôn đạt chuẩn văn hóa"],
    ),
    # a stretch naming the comparison is no subject: the quantity of the sentence before is
    ex(
        "reference-stretch-is-no-subject",
        "Giá trị sản xuất công nghiệp đạt 3.200 tỷ đồng. So với cùng kỳ, tăng 8,2%.",
        ["Giá trị sản xuất công nghiệp"],
    ),
    # an amount closes the subject: "X [ước đạt|được] <số> tỷ đồng (tăng N%)"
    ex(
        "amount-before-bracket",
        "Giá trị sản xuất nông nghiệp ước đạt 760 tỷ đồng (tăng 3,8% so cùng kỳ), "
        "giá trị sản xuất công nghiệp hơn 1.450 tỷ đồng (tăng 9,2% so cùng kỳ).",
        ["Giá trị sản xuất nông nghiệp", "giá trị sản xuất công nghiệp"],
    ),
    # an ordinal inside the name ("tỷ lệ sinh con thứ 3 trở lên") is no figure; pupils and children counted ("337/337
    # cháu") close the stretch as other counts do (fresh qd01, qc03)
    ex("ordinal-inside-the-name", "Công tác dân số còn hạn chế, đó là tỷ lệ sinh con thứ 3 trở lên vẫn còn cao, chỉ giảm "
       "0,4% so với năm 2024.",
       ["tỷ lệ sinh con thứ 3 trở lên"]),
    ex("children-counted-close-the-stretch", "Trẻ 5 tuổi hoàn thành phổ cập giáo dục mầm non 412/412 cháu, đạt 100%.",
       ["Trẻ 5 tuổi hoàn thành phổ cập giáo dục mầm non"]),
    # a lone negation or "có" left before a predicate names nothing measured: no subject rather than "không" (fresh nh04,
    # nc05)
    ex("negation-is-no-subject", "Kết quả, đến cuối năm 2024 không còn hộ nghèo, đạt 100% chỉ tiêu nghị quyết.", [None]),
    # a resolve with nothing counted after its figure ("phấn đấu từ 42% trở lên."): the quantity named before it (fresh
    # nd02; "phấn đấu 100% chi hội đạt …" still counts what follows)
    ex("resolve-with-nothing-counted-after", "Năm 2026, tỷ lệ che phủ rừng phấn đấu từ 43% trở lên; Hội phấn đấu 100% "
       "chi hội đạt vững mạnh.", ["tỷ lệ che phủ rừng", "chi hội đạt vững mạnh"]),
    # by how much a share counted after "có" beat its plan, in brackets after it: the same quantity (fresh mf04)
    ex("share-then-exceeded-by-in-brackets", "Nhiệm kỳ qua, bình quân hằng năm có 86,5% chi bộ hoàn thành tốt nhiệm vụ "
       "trở lên (vượt 1,5% so với Nghị quyết).", ["chi bộ hoàn thành tốt nhiệm vụ trở lên"] * 2),
    ex(
        "amount-after-duoc-and-time",
        "Thu ngân sách trên địa bàn tính đến hết tháng 10 được hơn 95 tỷ đồng, đạt 71% dự toán.",
        ["Thu ngân sách trên địa bàn"],
    ),
    ex(
        "head-count-unit-is-an-amount",
        "Tổng đàn trâu bò 12.430 con, đạt 101,5% kế hoạch.",
        ["Tổng đàn trâu bò"],
    ),
    ex(
        "leading-uoc-hedges-the-stretch",
        "Ước tổng sản lượng thủy sản 12.400 tấn, đạt 103% kế hoạch.",
        ["tổng sản lượng thủy sản"],
    ),
    # a clause naming no quantity measures the one named in the clause before it
    ex(
        "colon-then-amount",
        "Thu ngân sách nhà nước ước đạt: 318 tỷ đồng, đạt 104,2% dự toán tỉnh giao.",
        ["Thu ngân sách nhà nước"],
    ),
    ex(
        "colon-then-figure",
        "Tỷ lệ hộ dân sử dụng nước sạch: 96,5%; tỷ lệ che phủ rừng: 41%.",
        ["Tỷ lệ hộ dân sử dụng nước sạch", "tỷ lệ che phủ rừng"],
    ),
    ex(
        "luy-ke-clause",
        "Doanh thu du lịch tháng 9 đạt 48 tỷ đồng, tăng 6% so tháng trước; "
        "lũy kế 9 tháng ước 410 tỷ đồng, đạt 82% kế hoạch.",
        ["Doanh thu du lịch tháng 9", "Doanh thu du lịch"],
    ),
    ex(
        "places-share-the-quantity",
        "Tốc độ tăng trưởng kinh tế năm 2024: huyện A Lưới đạt 9,1%; huyện Nam Đông đạt 8,4%.",
        ["Tốc độ tăng trưởng kinh tế năm 2024", "Tốc độ tăng trưởng kinh tế năm 2024"],
    ),
    # earlier stretches holding their own figure
    ex(
        "figure-stretches-are-skipped",
        "Thu ngân sách 9 tháng đạt 620 tỷ đồng, đạt 85% dự toán tỉnh giao, 80% dự toán huyện giao, "
        "bằng 112% so với cùng kỳ.",
        ["Thu ngân sách 9 tháng"] * 3,
    ),
    # fillers are no subject
    ex(
        "binh-quan-is-a-filler",
        "Giá trị sản xuất lâm nghiệp tăng bình quân ước đạt 6,3%.",
        ["Giá trị sản xuất lâm nghiệp"],
    ),
    ex(
        "chi-dat-adverb",
        "Tỷ lệ giải ngân vốn sự nghiệp đạt thấp, chỉ đạt 41,5% kế hoạch.",
        ["Tỷ lệ giải ngân vốn sự nghiệp"],
    ),
    ex(
        "ty-le-alone-is-no-subject",
        "Toàn xã có 1.240 hộ đạt danh hiệu gia đình văn hóa, tỷ lệ 91,3%.",
        ["hộ đạt danh hiệu gia đình văn hóa"],
    ),
    # words that look like predicates inside a noun phrase
    ex("mat-bang-is-a-noun", "Công tác giải phóng mặt bằng đạt 87% kế hoạch.", ["Công tác giải phóng mặt bằng"]),
    ex(
        "tro-len-is-no-verb",
        "Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên đạt 92%.",
        ["Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên"],
    ),
    ex(
        "con-lai-is-no-verb",
        "Các chỉ tiêu còn lại đạt từ 85% đến 98% kế hoạch.",
        ["Các chỉ tiêu còn lại", "Các chỉ tiêu còn lại"],
    ),
    ex(
        "measure-noun-with-dat-inside",
        "Năm 2024, tỷ lệ thôn đạt chuẩn văn hóa 93,5%.",
        ["tỷ lệ thôn đạt chuẩn văn hóa"],
    ),
    ex(
        "measure-noun-with-a-comma",
        "Tỷ lệ cán bộ, công chức được bồi dưỡng là 100%.",
        ["Tỷ lệ cán bộ, công chức được bồi dưỡng"],
    ),
    # frames and actors before the quantity
    ex(
        "cho-biet-frame",
        "Giám đốc Sở Tài chính cho biết tổng thu ngân sách ước đạt 5.400 tỷ đồng, bằng 108% dự toán.",
        ["tổng thu ngân sách"],
    ),
    ex(
        "voi-introduces-the-quantity",
        "Cơ cấu kinh tế chuyển dịch tích cực với tỷ trọng dịch vụ chiếm 45,2%.",
        ["tỷ trọng dịch vụ"],
    ),
    # an organization is the actor of the activity measured; left with a bare verb, it stays: it tells one body's
    # collection from the next one's ("Cục Hải quan A thu …, bằng 274%; Cục Hải quan B thu …"; fresh dq03)
    ex("organization-is-the-actor", "Cục Thuế tỉnh thu 2.150 tỷ đồng, bằng 112% dự toán.", ["Cục Thuế tỉnh thu"]),
    ex("organization-is-the-actor-of-a-named-activity", "Cục Thuế tỉnh thu ngân sách 2.150 tỷ đồng, bằng 112% dự toán.",
       ["thu ngân sách"]),
    # … also with its province named alone after it (resources/places.txt); a capitalized word that is no province is
    # no place ("Tập đoàn Dệt may …")
    ex("organization-with-province-is-the-actor", "Năm 2021, Cục Hải quan Hải Phòng thu đạt 6.362 tỷ đồng, đạt 118,5% "
       "chỉ tiêu.", ["Cục Hải quan Hải Phòng thu"]),
    ex("organizations-listed-with-estimate-target", "Cục Hải quan Điện Biên thu 252 tỷ đồng, bằng 274,6% chỉ tiêu dự toán; "
       "Cục Hải quan Cà Mau thu được 174 tỷ đồng (đạt 200,1% chỉ tiêu dự toán).",
       ["Cục Hải quan Điện Biên thu", "Cục Hải quan Cà Mau thu"]),
    # a topic opening the sentence names what the bare verb measures ("Về thu ngân sách nhà nước, … <actor> thu …")
    ex("topic-names-the-bare-verbs-quantity", "Về thu ngân sách nhà nước, kết thúc năm 2021, Cục Hải quan thu đạt 6.362 "
       "tỷ đồng, đạt 118,5% chỉ tiêu.", ["thu ngân sách nhà nước"]),
    # a quantity before a resolve ("phấn đấu") and a growth word or a measure word: the quantity grows; a sector that
    # strives names no quantity (its growth is measured)
    ex("quantity-resolves-to-grow", "Năm 2025, chỉ số sản xuất công nghiệp phấn đấu tăng trưởng khoảng 8% so với năm "
       "2024.", ["chỉ số sản xuất công nghiệp"]),
    ex("quantity-resolves-to-a-level-of-growth", "Năm 2025, kim ngạch xuất khẩu tăng 10%, chỉ số sản xuất công nghiệp "
       "phấn đấu mức tăng trưởng khoảng 8% so với năm 2024.", ["kim ngạch xuất khẩu", "chỉ số sản xuất công nghiệp"]),
    ex("sector-resolves-to-grow", "Năm 2025, ngành nông nghiệp phấn đấu tăng trưởng 3,7%.", ["tăng trưởng"]),
    # a sector's course, then "với" and the quantity it is measured by: that quantity ("thương mại duy trì đà tăng
    # trưởng với tổng mức bán lẻ … đạt …, tăng 14%"); a quantity opening the stretch keeps it ("Công tác thu ngân sách …
    # thực hiện hiệu quả với tổng thu … đạt …")
    ex("course-with-the-quantity-measured", "Thương mại, dịch vụ duy trì đà tăng trưởng với tổng mức bán lẻ hàng hóa "
       "đạt 256.200 tỷ đồng, tăng 14%.", ["tổng mức bán lẻ hàng hóa"]),
    ex("quantity-first-keeps-it", "Công tác thu ngân sách nhà nước của huyện tập trung thực hiện khá hiệu quả với tổng "
       "thu trong 6 tháng qua ước 791 tỷ đồng, đạt 75,44% dự toán.", ["Công tác thu ngân sách nhà nước của huyện tập trung"]),
    # a short exclusion in brackets qualifies the quantity as its name does; a long one is an aside
    ex("short-exclusion-kept", "Giá trị sản xuất công nghiệp (trừ dầu thô và khí đốt) ước tăng 9,47% so với năm 2022.",
       ["Giá trị sản xuất công nghiệp (trừ dầu thô và khí đốt)"]),
    ex("long-exclusion-dropped", "Tổng dư nợ (không bao gồm Ngân hàng Phát triển và các quỹ tín dụng nhân dân) tăng 12%.",
       ["Tổng dư nợ"]),
    # an amount in a transport unit ("97.289 nghìn tấn.km") is the figure, not the subject
    ex("transport-unit-amount", "Vận tải hàng hóa ước đạt 40.255 nghìn tấn, tăng 13,6% so với năm trước và luân chuyển "
       "8.874,8 triệu tấn.km, tăng 12%.", ["Vận tải hàng hóa", "luân chuyển"]),
    # what a change is of, named after its figure ("tăng 61% về vốn đăng ký"); not "về mức …" (a level reached)
    ex("change-regarding-after-the-figure", "Khối lượng luân chuyển hàng hóa giảm 7,9% và giảm 35,1% về luân chuyển hành "
       "khách so với cùng kỳ.", ["Khối lượng luân chuyển hàng hóa", "luân chuyển hành khách"]),
    # a province named alone (resources/places.txt) has the growth, as "tỉnh …" does: the growth is measured
    ex("province-alone-has-the-growth", "Năm 2024, Điện Biên ước tăng trưởng 8,1%.", ["tăng trưởng"]),
    ex("regarding-a-level-is-no-subject", "Tỷ lệ hộ nghèo giảm 2% về mức 3,5%.", ["Tỷ lệ hộ nghèo", "Tỷ lệ hộ nghèo"]),
    # the plan's own figure in brackets after "kế hoạch đề ra" ("(NQ tăng 11,31%)"): the same quantity's target
    ex("plan-figure-in-brackets", "Tổng mức bán lẻ hàng hóa ước tăng 12,94% so với năm 2022, vượt kế hoạch đề ra (NQ "
       "tăng 11,31%).", ["Tổng mức bán lẻ hàng hóa", "Tổng mức bán lẻ hàng hóa"]),
    # ... also when the plan is far below the figure: the bracket is the plan's figure, not by how much it was exceeded
    ex("plan-figure-in-brackets-far-below", "Doanh thu du lịch tăng 70,5% so với năm trước, vượt kế hoạch đề ra (NQ tăng "
       "12,5%).", ["Doanh thu du lịch", "Doanh thu du lịch"]),
    # a bracket holding the figure before against a plan ("… 92,13% dân số (đạt 97,33% chỉ tiêu …)") measures its quantity
    ex("bracket-against-the-plan", "Số người tham gia BHYT là 950.000 người, tỉ lệ bao phủ 92,13% dân số (đạt 97,33% chỉ "
       "tiêu Thủ tướng Chính phủ giao và bằng 102,27% chỉ tiêu Tỉnh ủy giao).",
       ["tỉ lệ bao phủ", "tỉ lệ bao phủ", "tỉ lệ bao phủ"]),
    # figures chained after the first ("…, tăng 7,34% so với cùng kỳ và tăng 7,18% …") measure the quantity the first
    # names, also when another was named before it in the clause ("giá xăng dầu tăng nên tính chung CPI tăng …");
    # "tính chung" opens a clause without eating its subject, "nên" is a connective
    ex("chained-figures-share-the-nearer-subject", "Giá xăng dầu, gas tăng nên tính chung chỉ số giá tiêu dùng (CPI) "
       "tăng 0,11% so với tháng trước, tăng 7,34% so với cùng kỳ và tăng 7,18% so với tháng 12.",
       ["chỉ số giá tiêu dùng (CPI)", "chỉ số giá tiêu dùng (CPI)", "chỉ số giá tiêu dùng (CPI)"]),
    ex("tinh-chung-opens-the-clause", "Tính chung chỉ số giá tiêu dùng tăng 0,11% so với tháng trước.",
       ["chỉ số giá tiêu dùng"]),
    ex("tinh-chung-period-lead", "Tính chung 9 tháng năm 2024, chỉ số IIP tăng 8%.", ["chỉ số IIP"]),
    # an amount in a superscript unit ("63,1 triệu m³") is the figure of the quantity, never its subject
    ex("superscript-unit-amount", "Sản lượng nước sạch thương phẩm đạt 63,1 triệu m³ - vượt 2,27% so với kế hoạch.",
       ["Sản lượng nước sạch thương phẩm"]),
    # a school year leading the clause is its time, no part of the subject ("Năm học 2024-2025 tỷ lệ …")
    ex("school-year-lead-in", "Năm học 2024-2025 tỷ lệ học sinh lên lớp đạt 98%.", ["tỷ lệ học sinh lên lớp"]),
    ex("topic-of-another-verb-names-nothing", "Về chi ngân sách, kết thúc năm 2021, Cục Hải quan thu đạt 6.362 tỷ đồng, "
       "đạt 118,5% chỉ tiêu.", ["Cục Hải quan thu"]),
    # times and periods around the subject
    ex(
        "period-then-binh-quan",
        "Tổng giá trị sản xuất trên địa bàn giai đoạn 2021-2025 bình quân tăng 11,2%/năm.",
        ["Tổng giá trị sản xuất trên địa bàn"],
    ),
    ex(
        "years-recently-not-reached",
        "Tỷ lệ tiêm chủng đầy đủ 2 năm gần đây không đạt 95%.",
        ["Tỷ lệ tiêm chủng đầy đủ"],
    ),
    ex(
        "growth-rate-keeps-binh-quan",
        "Tốc độ tăng giá trị sản xuất bình quân hằng năm đạt 9,8%.",
        ["Tốc độ tăng giá trị sản xuất bình quân hằng năm"],
    ),
    # verb first, the object after the figure
    ex("giam-figure-then-object", "Năm 2025, xã phấn đấu giảm 2% tỷ lệ hộ nghèo.", ["tỷ lệ hộ nghèo"]),
    ex(
        "duy-tri-figure-then-object",
        "Năm 2025, huyện phấn đấu duy trì 92% trường học đạt chuẩn quốc gia.",
        ["trường học đạt chuẩn quốc gia"],
    ),
    # two figures "lần lượt" (respectively): each measures its element of the list
    ex(
        "lan-luot-two-figures",
        "Nông nghiệp và dịch vụ tăng lần lượt 4,1% và 8,6%.",
        ["Nông nghiệp", "dịch vụ"],
    ),
    ex(
        "slash-result-over-target",
        "Năm 2024, tỷ lệ xã đạt chuẩn an toàn thực phẩm 78,5%/70% kế hoạch.",
        ["tỷ lệ xã đạt chuẩn an toàn thực phẩm", "tỷ lệ xã đạt chuẩn an toàn thực phẩm"],
    ),
    ex(
        "four-word-list-element",
        "Cơ cấu kinh tế năm 2024: dịch vụ chiếm 41,5%; công nghiệp, tiểu thủ công nghiệp chiếm 33,2%.",
        ["dịch vụ", "công nghiệp, tiểu thủ công nghiệp"],
    ),
    # who counts is no subject
    ex(
        "actor-then-counted-thing",
        "Toàn xã hiện còn 12 hộ nghèo, chiếm tỷ lệ 0,6%.",
        ["12 hộ nghèo"],  # (the things counted before ", chiếm", with their count: gold keeps it or not)
    ),
    ex(
        "actor-before-activity-and-amount",
        "Năm 2024, huyện giải quyết việc làm cho 2.100 lao động, đạt 105% kế hoạch.",
        ["giải quyết việc làm"],  # (without the preposition of the amount, as train 106's gold writes it)
    ),
    ex("ve-lead-in", "Về thu ngân sách, ước đạt 850 tỷ đồng, bằng 102% dự toán.", ["thu ngân sách"]),
    ex(
        "den-ngay-lead-in",
        "Công tác giải ngân được quan tâm, đến ngày 30/11 đã giải ngân 450 tỷ đồng, đạt 78% kế hoạch.",
        ["giải ngân"],
    ),
    ex(
        "age-is-no-figure",
        "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng giảm còn 12%.",
        ["Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng"],
    ),
    # an amount over its target ("36 ha/ 120 ha", "31 ha/ 02 năm") is the subject's figure, not a name
    ex(
        "amount-over-target",
        "Trồng cỏ đạt 36,2 ha/ 120 ha, bằng 30,16% chỉ tiêu; trồng rừng 31,16 ha/ 02 năm bằng 31,16% chỉ tiêu.",
        ["Trồng cỏ", "trồng rừng"],
    ),
    # settlements and households counted before a ratio
    ex(
        "counted-settlements-and-households",
        "Bê tông hóa đường 06/06 xóm, bằng 100% chỉ tiêu; số hộ cận nghèo 15 hộ, tỷ lệ 3,61%.",
        ["Bê tông hóa đường", "số hộ cận nghèo"],
    ),
    # a figure in brackets after what was done and counted: the activity with its count, not the
    # time lead or the clause before
    ex(
        "bracketed-ratio-after-a-counted-activity",
        "Từ đầu năm đến nay, huyện đã kết nạp được 90 đảng viên mới (đạt 78% kế hoạch năm).",
        ["kết nạp được 90 đảng viên mới"],
    ),
    ex(
        "counted-activity-opening-the-sentence",
        "Giải quyết việc làm cho hơn 4.000 lượt lao động (đạt 52,8% kế hoạch).",
        ["Giải quyết việc làm"],  # (the people it reached, "cho <N> lượt lao động", are its amount: every gold
    ),                            # subject before "cho <number>" stops there, 15 of 15 in dev/train and fresh pages)
    ex(
        "activity-for-people-counted-in-visits",
        "Năm 2023, BHXH tỉnh đã giải quyết chế độ ốm đau cho 42.310 lượt người, tăng 9,2% so với năm 2022.",
        ["giải quyết chế độ ốm đau"],
    ),
    ex(
        "indicators-counted-before-their-level",
        "Nghị quyết đề ra 16 chỉ tiêu, đến nay 7/16 chỉ tiêu đạt trên 90%.",
        ["7/16 chỉ tiêu"],
    ),
    ex(
        "people-counted-then-their-share",
        "Đảng viên hoàn thành xuất sắc nhiệm vụ 27 đồng chí, chiếm 19,5%.",
        ["Đảng viên hoàn thành xuất sắc nhiệm vụ"],
    ),
    ex(
        "season-years-are-a-time",
        "Các xã thu hoạch lúa, với tổng diện tích gieo trồng vụ Đông năm 2024-2025 đạt 1.870 ha, tăng 3,3%.",
        ["tổng diện tích gieo trồng vụ Đông năm 2024-2025"],
    ),
    ex(
        "months-inside-a-subject-are-a-time",
        "Theo số liệu thống kê, tốc độ tăng trưởng kinh tế (GRDP) 9 tháng của tỉnh ước tăng 11,66%.",
        ["tốc độ tăng trưởng kinh tế (GRDP)"],
    ),
    # a reference's value in brackets measures what the figure before measures; a relative change
    # restating an absolute one measures the clause before both
    ex(
        "reference-value-in-brackets",
        "Tốc độ tăng trưởng kinh tế năm 2022 tăng trên 10%, cao hơn so với năm 2021 (5,04%), vượt chỉ tiêu "
        "Nghị quyết giao (7,5-8%).",
        ["Tốc độ tăng trưởng kinh tế năm 2022"] * 4,
    ),
    # pairs officialese joins by a comma (resources/comma_pairs.txt) stay in one subject
    # a target named before its figure: what it counts, after the figure, is measured; not a reference after it
    ex(
        "target-named-before-its-share",
        "Đến nay, toàn huyện hoàn thành mục tiêu 100% xã đạt chuẩn nông thôn mới, được tỉnh công nhận.",
        ["xã đạt chuẩn nông thôn mới"],
    ),
    ex(
        "target-as-reference-after-a-figure",
        "Tỷ lệ khám phá án đạt 84,2%, thấp hơn chỉ tiêu 90% theo Nghị quyết của Quốc hội.",
        ["Tỷ lệ khám phá án", "Tỷ lệ khám phá án"],
    ),
    ex(
        "comma-pair-sightseeing-and-resort",
        "Năm 2024, huyện đón 320.000 lượt khách đến tham quan, nghỉ dưỡng, tăng 38% so với cùng kỳ.",
        ["đón 320.000 lượt khách đến tham quan, nghỉ dưỡng"],
    ),
    ex(
        "comma-pair-reports-and-denunciations",
        "Công an huyện đã tiếp nhận 120 tin, giải quyết trên 90% số tin báo, tố giác tội phạm.",
        ["số tin báo, tố giác tội phạm"],
    ),
    ex(
        "restated-change-said-again-its-quantity",
        "Số hộ nghèo giảm 120 hộ, tương ứng giảm 1,2%.",
        ["Số hộ nghèo"],
    ),
    ex(
        "relative-change-restating-an-absolute-one",
        "Tham gia bảo hiểm y tế trên 1.265.000 người, tăng 79.261 người, tương ứng 6,7% so với năm 2021.",
        ["Tham gia bảo hiểm y tế"],
    ),
    # a bare measure word opening the clause is the subject when nothing else names one; "cao hơn X%" after
    # a figure compares the same quantity
    ex(
        "bare-measure-word-and-a-comparison",
        "Mức tăng trưởng khoảng 7,38%, cao hơn 2,2% so với mức tăng trưởng năm 2023.",
        ["Mức tăng trưởng", "Mức tăng trưởng"],
    ),
    # figure first: indicators are what is measured; after "… và" the next figure opens its own clause
    ex(
        "figure-first-indicators",
        "Ban chấp hành đã tổ chức thực hiện, kết quả, 100% chỉ tiêu đạt và vượt so với kế hoạch.",
        ["chỉ tiêu"],
    ),
    ex(
        "figure-after-va-opens-its-clause",
        "Toàn tỉnh có trên 90% số hộ đạt danh hiệu gia đình văn hóa, 70% xóm, tổ dân phố đạt văn hóa và hơn 90% "
        "cơ quan đạt chuẩn cơ quan văn hóa.",
        ["số hộ đạt danh hiệu gia đình văn hóa", "xóm, tổ dân phố đạt văn hóa", "cơ quan đạt chuẩn cơ quan văn hóa"],
    ),
    # a resolve right before the verb closes the subject; how the work went is no part of it; what grew
    # stands before "đạt tốc độ tăng trưởng"
    ex(
        "resolve-before-the-verb",
        "Tỷ lệ giải ngân vốn đầu tư công phấn đấu đạt 100% kế hoạch.",
        ["Tỷ lệ giải ngân vốn đầu tư công"],
    ),
    ex(
        "how-the-work-went",
        "Công tác giải ngân vốn đầu tư công được triển khai quyết liệt, đạt trên 100% kế hoạch.",
        ["Công tác giải ngân vốn đầu tư công"],
    ),
    ex(
        "what-grew-before-dat-toc-do-tang-truong",
        "Sản xuất nông, lâm nghiệp, thủy sản đạt tốc độ tăng trưởng 3,3%, cao nhất khu vực.",
        ["Sản xuất nông, lâm nghiệp, thủy sản"],
    ),
    ex("list-of-abbreviations", "Tổng thu BHXH, BHYT, BHTN đạt 2.566 tỷ đồng, tăng 0,2% so với năm 2021.",
       ["Tổng thu BHXH, BHYT, BHTN"]),
    # a source opening the stretch is no subject; a bracketed figure measures the clause before the bracket
    ex("source-lead", "Theo báo cáo kinh tế 9 tháng năm 2023 giá trị sản xuất ngành nông nghiệp chiếm 65,9%.",
       ["giá trị sản xuất ngành nông nghiệp"]),
    ex("bracketed-change-after-an-amount",
       "Giá trị sản xuất công nghiệp ước tính đạt 4.142 tỷ đồng (tăng 16,64% so với năm 2021).",
       ["Giá trị sản xuất công nghiệp"]),
    # after "có" a list of counted things; after "phấn đấu" the figure's object is what is measured
    ex("counted-list-after-co", "Năm 2026, có 80% trở lên thôn, khu dân cư đạt văn hóa.", ["thôn, khu dân cư đạt văn hóa"]),
    ex("object-after-phan-dau", "Năm 2026, phấn đấu 90% trở lên chất thải rắn được thu gom và xử lý.",
       ["chất thải rắn được thu gom và xử lý"]),
    # a bullet line: figure first after the bullet; a measure's label before a colon, whole
    ex("bullet-figure-first", "- 96% dân cư nông thôn được sử dụng nước hợp vệ sinh",
       ["dân cư nông thôn được sử dụng nước hợp vệ sinh"]),
    ex("label-with-predicate-before-colon", "- Tỷ lệ trạm y tế đạt chuẩn quốc gia: 85%",
       ["Tỷ lệ trạm y tế đạt chuẩn quốc gia"]),
    # the planned value of the same quantity after a figure ("so với kế hoạch là", "- KH là")
    ex("planned-value-in-brackets", "Tỷ lệ đô thị hóa (38% so với kế hoạch là 40%) chưa đạt.",
       ["Tỷ lệ đô thị hóa", "Tỷ lệ đô thị hóa"]),
    ex("planned-value-after-a-dash", "Giảm số hộ cận nghèo (đạt 25,5% - KH là 20%).",
       ["số hộ cận nghèo", "số hộ cận nghèo"]),
    # the planned value after how the figure stands to it ("nằm trong khoảng chỉ tiêu", "vượt kế hoạch")
    ex("planned-range-the-figure-falls-in", "Cụ thể, GRDP ước đạt 6,9%, nằm trong khoảng chỉ tiêu 6,5-7%, xếp thứ 20 cả nước.",
       ["GRDP", "GRDP", "GRDP"]),
    # a pair of verbs written as one activity (resources/comma_pairs.txt) is the activity whole, its first half and
    # no further
    ex("verb-pair-activity", "Tòa án hai cấp đã thụ lý, giải quyết 690/730 vụ việc, đạt tỷ lệ 94,5%.",
       ["thụ lý, giải quyết 690/730 vụ việc"]),
    ex("verb-pair-activity-first-half-only", "Tỉnh đã hỗ trợ xây mới, sửa chữa 980 nhà Đại đoàn kết, vượt 8,5% chỉ tiêu.",
       ["xây mới, sửa chữa 980 nhà Đại đoàn kết"]),
    # a year's end, start or middle opening the clause ("(đến) cuối (năm) 2025") is no part of what is measured
    ex("year-end-lead-without-nam", "Theo báo cáo, cuối 2024 tổng dư nợ tín dụng đạt 98.000 tỷ đồng, tăng 9,5%.",
       ["tổng dư nợ tín dụng"]),
    ex("to-year-end-lead", "Đến cuối năm 2024 tổng vốn huy động đạt 120.000 tỷ đồng, tăng 12%.", ["tổng vốn huy động"]),
    # a fall brought about ("(được) kéo giảm") ends what it measures, as "giảm" does
    ex("brought-down-ends-the-subject", "Tội phạm về trật tự xã hội trên địa bàn được kéo giảm 9% so với năm 2023.",
       ["Tội phạm về trật tự xã hội trên địa bàn"]),
    # a negative figure said in words ("âm") is no part of what it measures
    ex("negative-in-words-is-no-subject", "Trong đó, nông nghiệp âm 1,1%, dịch vụ tăng 3%.", ["nông nghiệp", "dịch vụ"]),
    # a target exceeded names no subject: the quantity before it does
    ex("exceeded-target-is-no-subject", "Tỷ lệ hộ nghèo giảm 2,1%, vượt mục tiêu 0,3%.", ["Tỷ lệ hộ nghèo", "Tỷ lệ hộ nghèo"]),
    # a change in brackets after a level; the farm sector's commas; "cho thấy" ends a source
    ex("bracketed-change-after-a-level", "Tỷ lệ che phủ rừng 41,2% (tăng trên 0,3%); tỷ lệ xã đạt chuẩn 56% (tăng 4%).",
       ["Tỷ lệ che phủ rừng", "Tỷ lệ che phủ rừng", "tỷ lệ xã đạt chuẩn", "tỷ lệ xã đạt chuẩn"]),
    ex("farm-sector-commas", "Giá trị sản xuất nông, lâm nghiệp và thủy sản đạt 9.800 tỷ đồng, tăng 3,8%.",
       ["Giá trị sản xuất nông, lâm nghiệp và thủy sản"]),
    # two sectors joined by "và" before a figure with no verb: the pair is measured, its "xây dựng" no verb of an
    # object after the figure (group AK yaf5)
    ex("sector-pair-joined-by-va", "Khu vực nông nghiệp tăng 3,4%; khu vực công nghiệp và xây dựng 8,6% và dịch vụ tăng "
       "6,8%.", ["Khu vực nông nghiệp", "khu vực công nghiệp và xây dựng", "dịch vụ"]),
    ex("cho-thay-ends-a-source", "Số liệu của Sở cho thấy tỷ lệ tốt nghiệp THPT của tỉnh đạt 98,1%.",
       ["tỷ lệ tốt nghiệp THPT của tỉnh"]),
    # a bare measure word after a comma measures the thing named before it (crop tables)
    ex("bare-measure-takes-its-thing", "Cây ngô, sản lượng đạt 12.000 tấn, bằng 98% kế hoạch.", ["Cây ngô, sản lượng"]),
    # a share restated in brackets after a count: what was counted, its predicate included
    ex("share-in-brackets-after-a-fraction", "Toàn huyện có 98/102 cơ quan đạt danh hiệu cơ quan văn hóa (tỷ lệ 96,1%).",
       ["cơ quan đạt danh hiệu cơ quan văn hóa"]),
    ex("share-in-brackets-after-co-n", "Có 18 thôn duy trì danh hiệu từ năm thứ 5 trở lên (tỷ lệ 62%).",
       ["thôn duy trì danh hiệu từ năm thứ 5 trở lên"]),
    # "với" inside the phrase of a measure; the time an estimate reaches and "ổn định" are no subject
    ex("voi-inside-a-measure", "Tỷ lệ người dân hài lòng với dịch vụ y tế đạt hơn 90%.",
       ["Tỷ lệ người dân hài lòng với dịch vụ y tế"]),
    ex("voi-before-a-quantity", "Kinh tế phát triển ổn định với tốc độ tăng trưởng bình quân đạt 8,1%.",
       ["tốc độ tăng trưởng bình quân"]),
    ex("estimate-time-is-no-subject", "Tỷ lệ hộ nghèo năm 2024 còn 3,1%, ước hết năm 2025 giảm còn 2,4%.",
       ["Tỷ lệ hộ nghèo năm 2024", "Tỷ lệ hộ nghèo"]),
    ex("on-dinh-is-no-subject", "Tỷ lệ che phủ rừng duy trì ổn định 45%.", ["Tỷ lệ che phủ rừng"]),
    # a manner adverb after a predicate ("đạt cao", "giảm sâu") is no subject; "chỉ còn lại" gives a level
    ex("adverb-between-predicates", "Năm 2025, thu ngân sách đạt cao, vượt 12,5% dự toán.", ["thu ngân sách"]),
    ex("adverb-then-remaining-level", "Đến nay, tỷ lệ hộ nghèo giảm sâu, chỉ còn lại 1,2%.", ["tỷ lệ hộ nghèo"]),
    ex("adverb-no-comma", "Toàn tỉnh có tỷ lệ hộ nghèo giảm sâu chỉ còn lại 0,8%.", ["tỷ lệ hộ nghèo"]),
    # a list of counted things after a count or a share: the commas join items, no stretch ends there
    ex(
        "counted-list-after-fraction",
        "Toàn xã có 45/48 cơ quan, đơn vị, trường học đạt chuẩn văn hóa, bằng 93,7%.",
        ["cơ quan, đơn vị, trường học đạt chuẩn văn hóa"],
    ),
    ex(
        "counted-list-bracketed-share",
        "Huyện có 120/131 thôn, tổ dân phố được công nhận đạt chuẩn văn hóa (tỷ lệ 91,6%).",
        ["thôn, tổ dân phố được công nhận đạt chuẩn văn hóa"],
    ),
    ex(
        "counted-list-after-share",
        "Năm 2025, Huyện đoàn phấn đấu 100% cán bộ đoàn, đoàn viên thanh niên được học tập nghị quyết.",
        ["cán bộ đoàn, đoàn viên thanh niên được học tập nghị quyết"],
    ),
    ex(  # an amount is no item of a list: the comma still ends the stretch
        "amount-then-comma-not-a-list",
        "Thu ngân sách đạt 320 tỷ đồng, doanh nghiệp có lãi đạt 85%.",
        ["doanh nghiệp có lãi"],
    ),
    # a condition before "thì": what is measured comes after it
    ex(
        "condition-before-thi",
        "Nếu không tính thu tiền sử dụng đất thì tổng thu ngân sách tăng 7,4% so với cùng kỳ.",
        ["tổng thu ngân sách"],
    ),
    ex(
        "exclusion-before-thi",
        "Không kể thu từ xổ số kiến thiết thì thu nội địa đạt 104% dự toán.",
        ["thu nội địa"],
    ),
    # "tăng trưởng" right before the figure as the verb: what grew is the quantity or sector before it
    ex(
        "growth-verb-after-sector",
        "Trong đó, khu vực nông, lâm nghiệp và thủy sản tăng trưởng 3,8%.",
        ["khu vực nông, lâm nghiệp và thủy sản"],
    ),
    ex(
        "growth-verb-after-hedge",
        "Năm 2024, tổng sản phẩm trên địa bàn huyện dự ước tăng trưởng 8,3%.",
        ["tổng sản phẩm trên địa bàn huyện"],
    ),
    ex("growth-noun-kept", "Năm 2024, tốc độ tăng trưởng kinh tế đạt 7,1%.", ["tốc độ tăng trưởng kinh tế"]),
    # "số" heads a count measured, after a change verb and its figure too ("giảm 12% số người chết"); a "và"
    # opening the next change closes the object
    ex(
        "so-heads-a-count",
        "So với cùng kỳ, tai nạn giao thông giảm cả 3 tiêu chí: giảm 8% số vụ, giảm 12% số người chết và giảm 9% "
        "số người bị thương.",
        ["số vụ", "số người chết", "số người bị thương"],
    ),
    ex("quan-so-heads-a-count", "Dân quân được huấn luyện theo kế hoạch, quân số tham gia đạt 98% kế hoạch.",
       ["quân số tham gia"]),
    # a bracket still open before the figure lists what is measured; one opening on a measure word, a hedge or a
    # time is a remark on what stands before it
    ex(
        "open-bracket-lists-what-is-measured",
        "Cả 3 khu vực kinh tế đều tăng trưởng khá (nông, lâm, thủy sản tăng 3,9%; dịch vụ tăng 7,2%).",
        ["nông, lâm, thủy sản", "dịch vụ"],
    ),
    ex(
        "bracket-remark-after-an-amount",
        "Tổng thu ngân sách trên địa bàn ước đạt hơn 4.210 tỷ đồng (tăng trưởng bình quân 12,4%/năm).",
        ["Tổng thu ngân sách trên địa bàn"],
    ),
    # a count may be approximate ("có trên 7.000 hộ …") and hold a number describing what is counted ("… 3 sao");
    # an amount after "có" ("chỉ có hơn 8,4 tỷ đồng") counts nothing
    ex("approximate-count", "Toàn huyện có trên 6.500 hộ đạt danh hiệu sản xuất kinh doanh giỏi, đạt 58%.",
       ["hộ đạt danh hiệu sản xuất kinh doanh giỏi"]),
    ex("count-with-a-describing-number", "Huyện có 12 sản phẩm OCOP được xếp hạng 3 sao, đạt 120% kế hoạch.",
       ["sản phẩm OCOP được xếp hạng 3 sao"]),
    ex("amount-after-co-counts-nothing",
       "Trong tổng dư nợ 3.100 tỷ đồng, nợ quá hạn chỉ có hơn 6,2 tỷ đồng, chiếm tỷ lệ 0,2%.", ["nợ quá hạn"]),
    # the bracket of the figure before ("(tỷ lệ 91,6%)") is no part of the next figure's subject
    ex(
        "share-bracket-then-excess",
        "Huyện có 120/131 thôn, tổ dân phố được công nhận đạt chuẩn văn hóa (tỷ lệ 91,6%), vượt 2,6% so với chỉ tiêu.",
        ["thôn, tổ dân phố được công nhận đạt chuẩn văn hóa", "thôn, tổ dân phố được công nhận đạt chuẩn văn hóa"],
    ),
    # a fraction opening a clause counts what follows it (not after a label's colon: the label names it)
    ex(
        "opening-fraction-counts",
        "Có 1.650/1.700 hộ đạt gia đình văn hóa, bằng 97%; 42/42 xóm, tổ dân phố văn hóa đăng ký đạt văn hóa, bằng 100%.",
        ["hộ đạt gia đình văn hóa", "xóm, tổ dân phố văn hóa đăng ký đạt văn hóa"],
    ),
    ex(
        "fraction-after-a-label",
        "Giải quyết việc làm: 3.015/3.000 lao động, đạt 100,5% kế hoạch.",
        ["Giải quyết việc làm"],
    ),
    # a date written with dots after the subject is a time, not part of it ("đến ngày 30.6.2024")
    ex("dotted-date-after-subject", "Nợ xấu đến ngày 30.6.2024 là 65 triệu đồng, chiếm 0,02% tổng dư nợ.", ["Nợ xấu"]),
    ex(
        "counted-activity-keeps-its-whole-verb",
        "Trong nhiệm kỳ, lực lượng chức năng đã điều tra làm rõ 412/450 vụ trộm cắp tài sản, đạt 91,5%.",
        ["điều tra làm rõ 412/450 vụ trộm cắp tài sản"],
    ),
    ex(
        "counted-activity-keeps-its-whole-verb-2",
        "Năm qua, Hội Cựu chiến binh xã giới thiệu việc làm 85/60 lao động, vượt 41%.",
        ["giới thiệu việc làm"],  # (an amount of people closes the activity, as "cho 2.100 lao động")
    ),
    ex(
        "reached-fraction-counts-like-co",
        "Đến nay, toàn huyện đạt 11/13 xã đạt chuẩn nông thôn mới, đạt 84,6%.",
        ["xã đạt chuẩn nông thôn mới"],
    ),
    ex(
        "bare-unit-in-share-bracket-repeats-the-subject",
        "Số hộ đạt danh hiệu gia đình văn hóa đạt 8.210/9.020 hộ (tỷ lệ 91,02%).",
        ["Số hộ đạt danh hiệu gia đình văn hóa"],
    ),
    ex(
        "so-noun-phrase-runs-to-its-last-predicate",
        "Số thôn đạt chuẩn văn hóa đạt 41/45 thôn, chiếm 91,1%.",
        ["Số thôn đạt chuẩn văn hóa"],
    ),
    ex(
        "bare-unit-not-named-before-stays",
        "Năm nay công nhận đạt gia đình văn hóa có 5.120/5.400 hộ (tỷ lệ 94,8%).",
        ["hộ"],
    ),
    ex(
        "bare-count-unit-after-co-is-the-amount-of-the-subject",
        "Tổng đàn trâu, bò hiện có hơn 4.120 con, đạt hơn 102% kế hoạch.",
        ["Tổng đàn trâu, bò"],
    ),
    ex("hecta-is-a-unit", "Năm nay, diện tích gieo trồng 812 hecta, đạt 101% kế hoạch.", ["diện tích gieo trồng"]),
    ex(
        "a-grade-belongs-to-the-subject",
        "Huyện có 20/24 trường đạt chuẩn quốc gia mức độ 2, đạt tỷ lệ 83,3%.",
        ["trường đạt chuẩn quốc gia mức độ 2"],
    ),
    ex(
        "grades-joined-by-a-comma",
        "Tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3, 4 đạt 96%.",
        ["Tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3, 4"],
    ),
    ex("criterion-number", "Toàn huyện có 9 xã đạt tiêu chí số 17, chiếm 60%.", ["xã đạt tiêu chí số 17"]),
    ex(
        "lead-in-copula-is-no-predicate",
        "Nổi bật là tổng thu ngân sách trên địa bàn đạt mức cao nhất, ước đạt 520 tỷ đồng, bằng 131% dự toán.",
        ["tổng thu ngân sách trên địa bàn"],
    ),
    ex(
        "object-after-the-figure-stops-before-a-bracket",
        "Các công trình thủy lợi bảo đảm tưới chủ động cho 76% diện tích lúa (tăng 2%).",
        ["diện tích lúa", None],
    ),
    ex(
        "organization-before-its-activity",
        "Tỉnh đoàn thực hiện được 9 công trình thanh niên, vượt 125% kế hoạch.",
        ["thực hiện được 9 công trình thanh niên"],
    ),
    ex(
        "organization-with-level-before-its-activity",
        "Hội Nông dân huyện đã xây dựng 24/20 mô hình kinh tế tập thể, vượt 20%.",
        ["xây dựng 24/20 mô hình kinh tế tập thể"],
    ),
    # (a known gap until "tiếp tục" was read as an adverb: the subject then stands right before the copula)
    ex(
        "voi-muc-tang-names-the-sector-before",
        "Trong đó, ngành dịch vụ tiếp tục là động lực chính với mức tăng 10,8%.",
        ["ngành dịch vụ"],
    ),
    gap(
        "voi-muc-tang-after-a-longer-predicate",
        "Sản xuất nông nghiệp của huyện đã phát triển ổn định và có bước tăng trưởng khá với mức tăng bình quân gần "
        "11%/năm.",
        ["Sản xuất nông nghiệp của huyện"],
        "the subject stands before two predicates and 'với mức tăng'; no rule reaches back over them (set AX)",
    ),
    # after "đạt/hoàn thành" with no quantity named before it, "chỉ tiêu/kế hoạch <what>" after the figure is
    # the subject; not whose plan it is ("chỉ tiêu tỉnh giao"), nor after "vượt" (exceeded by)
    ex("named-target-after-reach", "Huyện đã hoàn thành 100% chỉ tiêu tuyển quân.", ["chỉ tiêu tuyển quân"]),
    ex("named-plan-after-reach", "Tín dụng tăng 8,5%, hoàn thành 98,8% kế hoạch dư nợ.", ["Tín dụng", "kế hoạch dư nợ"]),
    ex("named-target-after-intent", "Quyết tâm đến hết quý II đạt trên 50% chỉ tiêu kết nạp đảng viên.",
       ["chỉ tiêu kết nạp đảng viên"]),
    ex("owner-after-plan-is-reference", "Tổng thu ngân sách đạt 95% kế hoạch tỉnh giao.", ["Tổng thu ngân sách"]),
    ex("capital-plan-is-reference", "Hạn chế lớn nhất là giải ngân vốn đầu tư công: đến ngày 30/11 mới đạt 68,4% kế "
       "hoạch vốn, hơn 1/3 số dự án chưa khởi công.", ["giải ngân vốn đầu tư công"]),
    ex("conscription-quota-after-reach", "An ninh được giữ vững và hoàn thành 100% chỉ tiêu giao quân.",
       ["chỉ tiêu giao quân"]),
    ex("assigned-quota-is-reference", "Công tác tuyển quân đạt 100% chỉ tiêu giao.", ["Công tác tuyển quân"]),
    ex("and-growth-is-the-same-quantity", "Doanh thu hợp nhất đạt 12 nghìn tỷ đồng, vượt 103% kế hoạch đề ra và "
       "tăng trưởng 10,3% so với năm trước.", ["Doanh thu hợp nhất", "Doanh thu hợp nhất"]),
    ex("joined-predicates-one-chain", "Thu ngân sách hằng năm đạt và vượt ít nhất 10% so với chỉ tiêu cấp trên giao.",
       ["Thu ngân sách hằng năm"]),
    ex("qualifier-after-colon-is-no-subject", "Tỷ lệ đô thị hóa đến năm 2025: 16% trở lên.", ["Tỷ lệ đô thị hóa"]),
    ex("preposition-of-the-amount-is-cut", "Huyện đã giải quyết việc làm cho 2.500 lao động, đạt 104% kế hoạch.",
       ["giải quyết việc làm"]),
    ex("quantity-named-with-an-amount-first", "Tổng số tiền thu BHXH năm 2020 là 2.581.713 triệu đồng, đạt 100,69% kế "
       "hoạch thu trong năm.", ["Tổng số tiền thu BHXH năm 2020"]),
    ex("plan-then-with-is-reference", "Gieo sạ đạt 100% kế hoạch với sản lượng 4.800 tấn.", ["Gieo sạ"]),
    # figure first: what the counted things are for is no part of them; what they did stays
    ex("figure-first-purpose-cut", "Cuối năm, 100% chi hội có quỹ hội để duy trì sinh hoạt thường xuyên.",
       ["chi hội có quỹ hội"]),
    # a school year ending the subject is its time ("đến cuối năm học 2022 - 2023"), no part of it
    ex("school-year-is-a-time", "Kết quả duy trì sĩ số học sinh đến cuối năm học 2024 - 2025 đạt 99,7%.",
       ["duy trì sĩ số học sinh"]),
    # the kind of plan ("chỉ tiêu phấn đấu") names no subject; a figure after the reference of the one before
    # ("… chỉ tiêu phấn đấu và tăng 25%") measures the same quantity
    ex("stretch-target-and-change-keep-the-quantity", "Năm 2025, thu ngân sách ngành hải quan đạt 314.845 tỷ đồng, "
       "tương đương 99,9% dự toán, đạt 95,1% chỉ tiêu phấn đấu và tăng 25,2% so với cùng kỳ.",
       ["thu ngân sách ngành hải quan"] * 3),
    # a time names no quantity: in the sentence of the figure before, the quantity that one measures
    ex("time-only-subject-takes-the-quantity-before", "Tăng trưởng GRDP quý I đạt 12,37% và 6 tháng qua đã tăng 7,23%.",
       ["Tăng trưởng GRDP quý I", "Tăng trưởng GRDP"]),
    ex("time-only-subject-alone-is-none", "Năm 2025, 6 tháng đầu năm tăng 5%.", [None]),
    # a share in brackets after a count whose unit stands alone: the quantity named before "là", or the activity
    # counted; "có N <what>" still counts what follows the number
    ex("share-after-copula-count", "Năm 2025, tổng số xã về đích nông thôn mới là 58 xã (chiếm 44,27%).",
       ["tổng số xã về đích nông thôn mới"]),
    ex("share-of-an-activity-counted", "Công an xã đã tiếp nhận, giải quyết 215/240 tin (tỷ lệ 89%).",
       ["tiếp nhận, giải quyết"]),  # (the adverb goes with the organization: set AM's "thụ lý, giải quyết")
    ex("share-of-what-has-been-counted", "Toàn huyện có 109/111 cơ quan đạt danh hiệu cơ quan văn hóa (tỷ lệ 98,2%).",
       ["cơ quan đạt danh hiệu cơ quan văn hóa"]),
    # "đặt (ra) mục tiêu" opens what is measured; a "từ" left before the range is cut
    ex("set-target-opens-the-subject", "Năm 2024, ngành Nông nghiệp vẫn đặt mục tiêu tốc độ tăng trưởng từ 3 - 3,5%.",
       ["tốc độ tăng trưởng", "tốc độ tăng trưởng"]),
    # "lũy kế" opens no subject; a bracket closing after a verb-first change's object is cut
    ex("luy-ke-is-no-subject", "Lũy kế tỷ lệ tổn thất điện năng 9 tháng là 6,79%.",
       ["tỷ lệ tổn thất điện năng 9 tháng"]),
    ex("closing-bracket-cut", "Tai nạn giao thông giảm cả 3 tiêu chí (giảm 11% số vụ và giảm 17% số người bị thương).",
       ["số vụ", "số người bị thương"]),
    # after "hoàn thành" and the figure, the plan's items named with a determiner are what is measured
    ex("determined-plan-items", "Nhiệm kỳ qua, Hội Nông dân huyện hoàn thành 98% các chỉ tiêu Nghị quyết Đại hội lần "
       "thứ XI.", ["các chỉ tiêu Nghị quyết Đại hội lần thứ XI"]),
    # a quantity named after "và", past the figure before, is what the next figure measures
    ex("and-next-quantity-after-a-figure", "Kim ngạch xuất khẩu đạt 430 triệu USD, giảm 4,8% và kim ngạch nhập khẩu đạt "
       "777 triệu USD, tăng 17,7%.", ["Kim ngạch xuất khẩu", "kim ngạch nhập khẩu"]),
    # an example named after "như" (past the stretch's first predicate) is what the figures after it measure
    ex("example-after-nhu", "Một số mặt hàng xuất khẩu tăng mạnh như rau quả đạt 5,69 tỷ USD, tăng 69,2%; gạo đạt 4,78 "
       "tỷ USD, tăng 38%.", ["rau quả", "gạo"]),
    ex("figure-first-relative-stays", "Trong năm, 99% thủ tục hành chính, hồ sơ đã giải quyết đúng hạn.",
       ["thủ tục hành chính, hồ sơ đã giải quyết đúng hạn"]),
    # a full stop whose space was lost still ends the sentence (not after a capital: "TP.Hồ Chí Minh")
    ex("full-stop-without-space", "Kinh tế chuyển dịch tích cực.Tốc độ tăng trưởng kinh tế đạt 8,7%, thu ngân sách "
       "đạt 40 tỷ đồng (đạt 105% kế hoạch).Diện tích gieo trồng đạt 3.900 ha (đạt 100,2%).",
       ["Tốc độ tăng trưởng kinh tế", "thu ngân sách", "Diện tích gieo trồng"]),
    ex("abbreviated-city-is-no-stop", "Doanh thu du lịch của TP.Hồ Chí Minh tăng 12%.", ["Doanh thu du lịch của TP.Hồ Chí Minh"]),
    # numbers inside what is measured are no figures: a range of ages, a school grade, a dose, a name with a
    # number, a quoted name (seventh round)
    ex("age-range-in-subject", "Tỷ lệ huy động trẻ từ 3-5 tuổi ra lớp đạt 96,2%; học sinh 6 - 10 tuổi đi học đạt 99,9%.",
       ["Tỷ lệ huy động trẻ từ 3-5 tuổi ra lớp", "học sinh 6 - 10 tuổi đi học"]),
    ex("grade-and-dose-in-subject", "Trẻ 6 tuổi vào lớp 1 đạt 100%; tỷ lệ tiêm vắc xin phòng Covid-19 mũi 2 đạt 97,1%.",
       ["Trẻ 6 tuổi vào lớp 1", "tỷ lệ tiêm vắc xin phòng Covid-19 mũi 2"]),
    ex("age-range-with-duoi-and-kinds", "Tỷ lệ tiêm cho trẻ từ 5 đến dưới 12 tuổi đạt 41,5%; số trẻ dưới 1 tuổi được "
       "tiêm đủ 8 loại vắc xin đạt 94,8%.",
       ["Tỷ lệ tiêm cho trẻ từ 5 đến dưới 12 tuổi", "số trẻ dưới 1 tuổi được tiêm đủ 8 loại vắc xin"]),
    ex("crop-season-years-in-subject", "Trong tháng, gieo trồng vụ Đông Xuân 2024-2025 đạt 100% kế hoạch.",
       ["gieo trồng vụ Đông Xuân 2024-2025"]),
    # a second count joined by "với" accompanies the first: the share measures the activity and its first count
    ex("accompanying-count-is-no-subject", "Công an huyện đã điều tra làm rõ 126 vụ, với 140 đối tượng (đạt tỷ lệ "
       "87,6%).", ["điều tra làm rõ 126 vụ"]),
    ex("with-count-naming-the-measured-stays", "Nền tảng số được triển khai đến 100% cán bộ Hội, với 39.122 hội viên "
       "cài đặt, đạt 82%.", ["cán bộ Hội", "39.122 hội viên cài đặt"]),
    ex("quoted-name-in-subject", "Phong trào “Xây dựng gia đình 5 không, 3 sạch” của huyện đạt 92%.",
       ["Phong trào “Xây dựng gia đình 5 không, 3 sạch” của huyện"]),
    # a rank among units names no quantity; an adverb of time after a comma is no part of the subject
    ex("rank-is-no-subject", "Xã Tân Phú có tỷ lệ tham gia bảo hiểm y tế đạt cao nhất 91,2%, thấp nhất là xã Tân An "
       "chỉ đạt 70,5%.", ["tỷ lệ tham gia bảo hiểm y tế", "tỷ lệ tham gia bảo hiểm y tế"]),
    ex("adverb-after-comma-dropped", "Số hộ nghèo theo chuẩn đa chiều, hiện còn 1.240 hộ, chiếm tỷ lệ 2,3%.",
       ["Số hộ nghèo theo chuẩn đa chiều"]),
    # "ở (mức)" before the level belongs to the level, not to what is measured
    # "vốn đầu tư thực hiện": the investment realized, one subject; "toàn xã hội" is society, no commune acting
    ex("investment-realized-in-the-subject", "Tổng vốn đầu tư thực hiện trên địa bàn đạt 3.200 tỷ đồng, tăng 15,6%.",
       ["Tổng vốn đầu tư thực hiện trên địa bàn"]),
    ex("whole-society-is-no-commune", "Năm 2022, tổng vốn đầu tư thực hiện toàn xã hội tăng 3,57% so cùng kỳ.",
       ["tổng vốn đầu tư thực hiện toàn xã hội"]),
    ex("whole-commune-still-acts", "Toàn xã thu ngân sách đạt 12 tỷ đồng, bằng 105% dự toán.", ["thu ngân sách"]),
    # a list element's place ("… ăn uống trên địa bàn thành phố") does not count towards its length
    ex("list-element-with-its-place", "Doanh thu dịch vụ lưu trú, ăn uống trên địa bàn thành phố đạt 1.200 tỷ đồng, "
       "bằng 94,7% so với cùng kỳ.", ["Doanh thu dịch vụ lưu trú, ăn uống trên địa bàn thành phố"]),
    # (a known gap until the military-service law's pair went into resources/comma_pairs.txt: list elements are
    # otherwise joined up to four words, five let clauses with a verb in, train 107)
    ex("list-element-of-five-words", "Công tác tuyển chọn, gọi công dân nhập ngũ đạt 100%.",
       ["Công tác tuyển chọn, gọi công dân nhập ngũ"]),
    # a year named inside the subject is no figure of it (with the place it is of after it, both go: round 42); an
    # outlet's dateline opens no subject (set AH)
    ex("year-inside-the-subject", "Theo báo cáo, tốc độ tăng trưởng GRDP năm 2025 của tỉnh đạt 11,89%, cao nhất "
       "từ trước đến nay.", ["tốc độ tăng trưởng GRDP"]),
    ex("outlet-dateline-first", "TPO - Tốc độ tăng trưởng GRDP của tỉnh đạt 11,89%, cao nhất từ trước đến nay.",
       ["Tốc độ tăng trưởng GRDP của tỉnh"]),
    # two figures sharing what follows the last ("100% và 95% hộ dân …"): the second figure is no subject (set AI)
    ex("two-figures-then-what-they-count", "Năm 2025, 100% và 95% hộ dân được sử dụng điện.",
       ["hộ dân được sử dụng điện", "hộ dân được sử dụng điện"]),
    ex("two-figures-of-a-plan-after-the-verb", "Lợi nhuận sau thuế đạt 35.267 tỷ đồng, tăng gần 1% so với cùng kỳ; "
       "lần lượt hoàn thành 104,6% và 104,1% kế hoạch năm.",
       ["Lợi nhuận sau thuế", "Lợi nhuận sau thuế", "Lợi nhuận sau thuế"]),
    # a time with "trong", "trong khi" and a bullet open no subject
    ex("trong-thang-opens-no-subject", "Trong tháng 10 thu ngân sách trên địa bàn đạt 126,3% dự toán.",
       ["thu ngân sách trên địa bàn"]),
    ex("trong-khi-opens-no-subject", "Xuất khẩu tăng mạnh, trong khi thặng dư thương mại chiếm 72%.",
       ["thặng dư thương mại"]),
    ex("bullet-opens-no-subject", "Kết quả cụ thể:\n* Giá trị sản xuất nông nghiệp tăng 8,6%.",
       ["Giá trị sản xuất nông nghiệp"]),
    # a clause restating the quantity at another price basis takes the quantity before (set AD)
    ex("price-basis-clause", "Tổng giá trị sản xuất ước đạt 3.728 tỷ đồng, tăng 8,24% so với năm 2016; theo giá hiện "
       "hành là 4.420 tỷ đồng, tăng 9,26% so với năm 2016.", ["Tổng giá trị sản xuất", "Tổng giá trị sản xuất"]),
    ex("last-list-item-after-va", "Các địa phương ban hành: 1.074 văn bản cấp huyện (giảm gần 34%) và 3.524 văn bản "
       "cấp xã (giảm 57%).", ["1.074 văn bản cấp huyện", "3.524 văn bản cấp xã"]),
    ex("o-muc-is-the-levels", "Năm 2025, tỷ lệ che phủ rừng của huyện duy trì ở mức 46,5%; tỷ lệ nợ xấu ở dưới mức 1%.",
       ["tỷ lệ che phủ rừng của huyện", "tỷ lệ nợ xấu"]),
    # "lần lượt" (respectively): the figures, in turn, measure the elements of the list before the cue
    ex("respectively-after-the-verb", "Tỷ lệ che phủ rừng và tỷ lệ hộ dùng nước sạch lần lượt đạt 62% và 98,5%.",
       ["Tỷ lệ che phủ rừng", "tỷ lệ hộ dùng nước sạch"]),
    ex("respectively-three-sectors", "Trong đó, thu từ khu vực kinh tế nhà nước, khu vực đầu tư nước ngoài và khu vực "
       "ngoài quốc doanh lần lượt tăng 12%, 9% và 21%.",
       ["thu từ khu vực kinh tế nhà nước", "khu vực đầu tư nước ngoài", "khu vực ngoài quốc doanh"]),
    ex("respectively-before-the-figures-a-time-is-no-element", "Năm 2025, doanh thu du lịch, lượng khách tăng lần "
       "lượt 12% và 8%.", ["doanh thu du lịch", "lượng khách"]),
    # a qualifier cue holding the predicate ("vượt hơn 15% chỉ tiêu"): the figure is no figure-first, what went before
    # is measured, not the reference after it
    ex("predicate-inside-the-qualifier", "Huyện đã kết nạp 113 đảng viên, vượt hơn 15% chỉ tiêu tỉnh giao.",
       ["kết nạp 113 đảng viên"]),
    # two quantities measured as one, the second's amount then its change ("Tổng mức bán lẻ hàng hóa, doanh thu dịch vụ
    # tiêu dùng ước đạt …, tăng …"); a stretch with its own amount is no part of the next ("Thu ngân sách đạt …, chi …")
    ex("two-quantities-measured-as-one", "Tổng mức bán lẻ hàng hóa, doanh thu dịch vụ tiêu dùng ước đạt 130.365 tỷ đồng, "
       "tăng 15,07% so với cùng kỳ. Thu ngân sách đạt 500 tỷ đồng, chi ngân sách đạt 300 tỷ đồng, bằng 95% dự toán.",
       ["Tổng mức bán lẻ hàng hóa, doanh thu dịch vụ tiêu dùng", "chi ngân sách"]),
    # "với" before a figure counts a list as "có" does ("với 100% tỉnh, thành phố duy trì …")
    ex("voi-counts-a-list", "Kết quả năm học cao hơn năm trước với 100% xã, phường duy trì chuẩn phổ cập giáo dục.",
       ["xã, phường duy trì chuẩn phổ cập giáo dục"]),
    # "khi" before a quantity opens it ("… kết quả nổi bật khi tỷ lệ hồ sơ số hóa đạt 100%"); inside a measure it does not
    ex("khi-before-a-quantity", "Chuyển đổi số đạt nhiều kết quả nổi bật khi tỷ lệ hồ sơ số hóa đạt 100%.",
       ["tỷ lệ hồ sơ số hóa"]),
    ex("khi-inside-a-measure", "Tỷ lệ người dân hài lòng khi đến làm thủ tục đạt 96%.",
       ["Tỷ lệ người dân hài lòng khi đến làm thủ tục"]),
    # figure first after "có": the counted things end where a clause joins after a comma (", và …", ", nhưng …")
    ex("figure-first-ends-at-a-joined-clause", "Bình quân mỗi năm có trên 60% hộ đăng ký, và kết quả ba năm qua, toàn xã "
       "có 1.200 hộ đạt danh hiệu.", ["hộ đăng ký"]),
    # the tax office since 2025 ("Thuế tỉnh X") is an actor as "Cục Thuế tỉnh" was; "Thuế thu nhập cá nhân" is a tax
    ex("tax-office-as-actor", "Thuế tỉnh Quảng Ninh thu ngân sách đạt 182,4% dự toán. Thuế thu nhập cá nhân tăng 10%.",
       ["thu ngân sách", "Thuế thu nhập cá nhân"]),
    # a force ("Lực lượng Công an") doing what is measured is no part of it, as an organization is not
    ex("force-as-actor", "Lực lượng Công an đã điều tra, làm rõ 828 vụ, đạt tỷ lệ hơn 86%.",
       ["điều tra, làm rõ 828 vụ"]),
    # how much higher than a reference, the reference between ("cao hơn bình quân toàn quốc 0,2%"): the same quantity
    ex("higher-than-a-reference-by", "Tỷ lệ tốt nghiệp THPT đạt 99,3%, cao hơn bình quân toàn quốc 0,2%.",
       ["Tỷ lệ tốt nghiệp THPT", "Tỷ lệ tốt nghiệp THPT"]),
    # the level word before a figure ("với mức", "ở mức") names nothing: what grew or stands at it does
    ex("level-word-after-growth", "Riêng lĩnh vực công nghiệp - xây dựng tăng trưởng ấn tượng với mức 14,5%.",
       ["lĩnh vực công nghiệp - xây dựng"]),
    ex("speed-or-rate-word-after-with", "Ngành dịch vụ tăng trưởng với tốc độ 10%. Huyện hoàn thành kế hoạch với tỷ lệ 98%.",
       ["Ngành dịch vụ", "hoàn thành kế hoạch"]),
    ex("level-word-after-a-state", "Tỷ lệ che phủ rừng duy trì ở mức 46%; ngành dịch vụ tăng với mức 9%.",
       ["Tỷ lệ che phủ rừng", "ngành dịch vụ"]),
    # after a verb of handling or mobilizing, the figure counts the object that follows it
    ex("mobilized-object-after-figure", "Năm 2025, huyện huy động 100% trẻ 5 tuổi ra lớp; giải quyết 98,5% hồ sơ đúng hạn.",
       ["trẻ 5 tuổi ra lớp", "hồ sơ đúng hạn"]),
    ex("collected-object-after-figure", "Xã vận động 97% hộ dân tham gia bảo hiểm y tế; thu gom 95% rác thải sinh hoạt.",
       ["hộ dân tham gia bảo hiểm y tế", "rác thải sinh hoạt"]),
    # a quantity raised or brought down to a level: the quantity, whatever verb stands inside it
    ex("raised-to-a-level", "Có thêm 12 xã đạt chuẩn, nâng tỷ lệ xã đạt chuẩn lên 78,4%.", ["tỷ lệ xã đạt chuẩn"]),
    ex("brought-up-to-a-level", "Huyện đã đưa tỷ lệ trường đạt chuẩn quốc gia lên trên 85%.",
       ["tỷ lệ trường đạt chuẩn quốc gia"]),
    ex("brought-down-to-a-level", "Năm 2025, huyện đưa tỷ lệ hộ nghèo xuống còn 2,1%.", ["tỷ lệ hộ nghèo"]),
    # a long subject is cut after a number of syllables, never inside a word
    ex("long-subject-not-cut-inside-a-word", "Toàn ngành có 99,2% doanh nghiệp đang hoạt động thực hiện khai thuế điện tử "
       "qua hệ thống của ngành thuế tại các chi cục thuế khu vực.",
       ["doanh nghiệp đang hoạt động thực hiện khai thuế điện tử qua hệ thống của ngành"]),
    ex("respectively-list-longer-than-figures-takes-no-split", "Thu ngân sách tăng 7%; lần lượt hoàn thành 104% và 101%"
       " kế hoạch.", ["Thu ngân sách", "Thu ngân sách", "Thu ngân sách"]),
    # a state kept ("… tiếp tục / vẫn được giữ vững,") is a clause of its own, no list element of the subject after it
    ex("state-kept-then-the-quantity", "Chất lượng tín dụng tiếp tục được giữ vững, nợ quá hạn chiếm 0,2% tổng dư nợ; "
       "an ninh nông thôn vẫn được bảo đảm, giao quân đạt 100% chỉ tiêu.", ["nợ quá hạn", "giao quân"]),
    # a bare "được" inside a list of what is measured stays in it
    ex("participles-listed-in-the-subject", "Tỷ lệ hồ sơ được tiếp nhận, giải quyết đúng hạn đạt 99,5%.",
       ["Tỷ lệ hồ sơ được tiếp nhận, giải quyết đúng hạn"]),
    # an item closed by its bracketed figure, then "và": the next item is what the next figure measures
    ex("bracketed-figure-then-and", "Sản lượng ngô (tăng 5%) và sản lượng lúa (tăng 3%) đều vượt kế hoạch.",
       ["Sản lượng ngô", "sản lượng lúa"]),
    ex("bracketed-shares-then-and", "Tỷ lệ trẻ em được tiêm chủng (98%) và tỷ lệ phụ nữ khám thai (95%) đều đạt.",
       ["Tỷ lệ trẻ em được tiêm chủng", "tỷ lệ phụ nữ khám thai"]),
    # the whole country acts, the activity and what it counts are measured
    ex("the-whole-country-acts", "Tính đến 20/11, cả nước thu hoạch được 1,28 triệu ha lúa mùa, tăng 0,2% so với cùng kỳ.",
       ["thu hoạch được 1,28 triệu ha lúa mùa"]),
    # a bare unit acting on a quantity ("phường thu ngân sách …") is no part of it; one counted ("95% xã đạt chuẩn") is
    ex("bare-unit-acting-on-a-quantity", "Năm 2025, phường thu ngân sách nhà nước đạt 1.180 tỷ đồng, bằng 112,4% dự toán; "
       "95% xã đạt chuẩn nông thôn mới.", ["thu ngân sách nhà nước", "xã đạt chuẩn nông thôn mới"]),
    # a rank after who holds it names nothing: the quantity in the fronted "Với …" is ranked
    ex("rank-after-a-fronted-quantity", "Với tổng thu ngân sách vượt 704.500 tỷ đồng trong năm qua, Thành phố Hà Nội đứng "
       "thứ hai cả nước, đạt 137,1% dự toán.", ["tổng thu ngân sách"]),
    # a date written without "ngày" opening the clause is no part of the subject
    ex("date-without-ngay-is-a-lead-in", "Năm 2025, phấn đấu đến 31/12 giải ngân đạt 100% kế hoạch.", ["giải ngân"]),
    # a rank before the copula names nothing; the quantity after "với" does
    ex("rank-then-copula-then-quantity", "Đứng thứ 3 là Hải Phòng với tổng thu ngân sách đạt 190.379 tỷ đồng, vượt 35% "
       "dự toán.", ["tổng thu ngân sách"]),
    # a predicate left alone once a running total's time and amount drop out measures the clause before's quantity
    ex("predicate-left-alone-after-a-running-total", "Thu từ dầu thô tháng 12 ước đạt 3,8 nghìn tỷ đồng; lũy kế năm 2025 "
       "ước đạt gần 48 nghìn tỷ đồng, bằng 90,1% dự toán năm.", ["Thu từ dầu thô"]),
    # who records a figure is no part of it ("ghi nhận"); what is recorded ("được ghi nhận") keeps it
    ex("who-records-is-no-subject", "Thành phố ghi nhận tổng thu ngân sách vượt 800.000 tỷ đồng, cao hơn 19,1% so với dự "
       "toán; số ca mắc sốt xuất huyết được ghi nhận giảm 20% so với cùng kỳ.",
       ["tổng thu ngân sách", "số ca mắc sốt xuất huyết được ghi nhận"]),
    # a rate over a list of what it counts, the last element described ("đạt danh hiệu" describes, no predicate)
    ex("rate-over-a-list-last-element-described", "Tỷ lệ hộ gia đình, thôn, tổ dân phố đạt danh hiệu văn hóa đạt 100% kế "
       "hoạch.", ["Tỷ lệ hộ gia đình, thôn, tổ dân phố đạt danh hiệu văn hóa"]),
    # "lần lượt" over a list whose elements carry bracketed abbreviations; a preposition left before a reference is cut
    ex("respectively-over-bracketed-abbreviations", "Năm 2025, số người tham gia bảo hiểm xã hội (BHXH), bảo hiểm thất "
       "nghiệp (BHTN) lần lượt đạt khoảng 45%, 35% lực lượng lao động.",
       ["số người tham gia bảo hiểm xã hội (BHXH)", "bảo hiểm thất nghiệp (BHTN)"]),
    ex("preposition-left-before-a-reference", "Năm 2025, trên 95% dân số tham gia bảo hiểm y tế theo các Nghị quyết "
       "của tỉnh.", ["dân số tham gia bảo hiểm y tế"]),
    # "và thấp hơn" compares the same quantity again, also after a bracketed figure
    ex("and-lower-than-compares-the-same", "Tỷ lệ bao phủ BHYT đạt 86%, thấp hơn 5% so với chỉ tiêu (91%) và thấp hơn 6% "
       "so với năm trước.", ["Tỷ lệ bao phủ BHYT"] * 4),
    # a duration or a cost cut by a target, the qualifier between the verb and the figure
    ex("duration-cut-after-a-qualifier", "Năm 2026, phấn đấu giảm ít nhất 30% thời gian giải quyết thủ tục hành chính.",
       ["thời gian giải quyết thủ tục hành chính"]),
    # a rate's long phrase before a list element ("khá, | giỏi") is joined whole
    ex("long-rate-phrase-then-list-element", "Tỷ lệ học sinh trung học cơ sở xếp loại học lực khá, giỏi đạt 68,4%.",
       ["Tỷ lệ học sinh trung học cơ sở xếp loại học lực khá, giỏi"]),
    # "được thực hiện" is a participle inside what is counted, no predicate
    ex("passive-thuc-hien-inside-the-subject", "Năm 2026, phấn đấu 95% thủ tục hành chính được thực hiện trực tuyến.",
       ["thủ tục hành chính được thực hiện trực tuyến"]),
    # a count of months opening the clause is a time, no list of things counted before the subject
    ex("months-counted-are-a-time", "Lũy kế 11 tháng, IIP của tỉnh tăng 12,4%; trong 9 tháng, CPI tăng 3,1%.",
       ["IIP của tỉnh", "CPI"]),
    # "ước" after a place's bare name hedges the count, as after "Toàn tỉnh": the activity and what it counts
    ex("hedged-count-after-a-bare-name", "Hà Nội ước đón 3 triệu lượt khách, tăng 6%; Toàn tỉnh ước đón 2 triệu lượt "
       "khách, tăng 9%.", ["đón 3 triệu lượt khách", "đón 2 triệu lượt khách"]),
    # cases counted: a label's bare "vụ" before a share names nothing, the label does; an activity keeps its count
    ex("cases-counted-under-a-label", "Năm 2025, số án bị sửa là 14 vụ, chiếm tỷ lệ 0,8%; tổng số đơn đã giải quyết "
       "xong 52 đơn, chiếm 94%.", ["số án bị sửa", "tổng số đơn đã giải quyết xong"]),
    ex("cases-counted-by-an-activity", "Trong năm, tòa án thụ lý 2.310 vụ án, đã giải quyết 2.104 vụ, đạt tỷ lệ 91,1%.",
       ["giải quyết 2.104 vụ"]),
    # "đảm bảo / bảo đảm" before a share: what is ensured follows the figure, as after "duy trì"
    ex("ensured-share-names-what-follows", "Năm 2026, xã đảm bảo 100% trẻ em trong độ tuổi được tiêm chủng; bảo đảm "
       "trên 95% hồ sơ được giải quyết đúng hạn.", ["trẻ em trong độ tuổi được tiêm chủng",
                                                   "hồ sơ được giải quyết đúng hạn"]),
    # "tỷ lệ chung" (the rate over all kinds) names nothing: what was done and counted before it
    ex("overall-rate-names-nothing", "Trong năm, đơn vị đã thụ lý 812 vụ việc, giải quyết 760 vụ việc, đạt tỷ lệ chung "
       "93,6%.", ["giải quyết 760 vụ việc"]),
    # a count before a comma opens no list when the next stretch counts its own
    ex("own-count-opens-no-list", "Trong năm, huyện xử lý 36 vụ vi phạm, thu nộp 420 triệu đồng vào ngân sách, tăng 15%.",
       ["thu nộp 420 triệu đồng vào ngân sách"]),
    # "đưa" sending workers abroad is the activity measured, not the causative "đưa tỷ lệ … xuống"
    ex("sending-is-no-causative", "Năm 2025, toàn tỉnh đưa được 2.150 lao động đi làm việc ở nước ngoài, đạt 107% kế "
       "hoạch; có 640 lao động được đưa đi làm việc tại Nhật Bản, chiếm 29,8%.",
       ["đưa được 2.150 lao động đi làm việc ở nước ngoài", "640 lao động được đưa đi làm việc tại Nhật Bản"]),
    # a pair written with a comma as one name or activity (resources/comma_pairs.txt) ends no stretch
    # a stretch opening on its verb, nobody named in it, is the activity counted, however many words it has
    ex("verb-first-stretch-whole", "Năm 2024, Hội phát triển mới 365 hội viên, vượt 46,8% chỉ tiêu; mở lớp đào tạo trồng "
       "hoa và cây cảnh cho 34 hội viên, đạt 113,3% chỉ tiêu giao.",
       ["Hội phát triển mới 365 hội viên", "mở lớp đào tạo trồng hoa và cây cảnh cho 34 hội viên"]),
    ex("comma-pair-of-sectors", "Cơ cấu kinh tế chuyển dịch đúng hướng, giảm tỷ trọng ngành nông nghiệp từ 34,6% năm 2023 "
       "xuống còn 33,3% năm 2024, tăng tỷ trọng ngành công nghiệp, xây dựng từ 32,1% năm 2023 lên 33,2% năm 2024.",
       ["tỷ trọng ngành nông nghiệp"] * 2 + ["tỷ trọng ngành công nghiệp, xây dựng"] * 2),
    ex("comma-pair-in-a-rate", "Tỷ lệ giải quyết khiếu nại, tố cáo thuộc thẩm quyền đạt 92,5%; tỷ lệ điều tra, khám phá "
       "án hình sự đạt trên 80%.", ["Tỷ lệ giải quyết khiếu nại, tố cáo thuộc thẩm quyền",
                                    "tỷ lệ điều tra, khám phá án hình sự"]),
    ex("comma-pair-in-what-is-counted", "Năm 2025, TAND hai cấp đã giải quyết 3.120 vụ, việc, đạt tỷ lệ 91,4%; số hộ đạt danh "
       "hiệu sản xuất, kinh doanh giỏi các cấp tăng 4,2%.",
       ["giải quyết 3.120 vụ, việc", "số hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp"]),
    # what is counted after "có" or a target's "phấn đấu" is described at length (up to 16 words) ...
    ex("counted-after-have-described-at-length", "Năm 2025, có 97,6% hồ sơ quyết toán thuế được nộp qua phương thức "
       "điện tử; năm 2026 phấn đấu tối thiểu 30% sản lượng lúa hàng hóa được tiêu thụ qua hợp đồng liên kết.",
       ["hồ sơ quyết toán thuế được nộp qua phương thức điện tử",
        "sản lượng lúa hàng hóa được tiêu thụ qua hợp đồng liên kết"]),
    # ... up to a body opening the next clause, or "và có" and the next figure
    ex("counted-stops-at-the-next-body-or-figure", "Hằng năm có 90% chi bộ hoàn thành tốt nhiệm vụ trở lên, Đảng bộ "
       "hoàn thành tốt nhiệm vụ; có từ 60% số hộ đăng ký thi đua và có từ 45% số hộ đạt danh hiệu sản xuất giỏi.",
       ["chi bộ hoàn thành tốt nhiệm vụ trở lên", "số hộ đăng ký thi đua", "số hộ đạt danh hiệu sản xuất giỏi"]),
    # a time adverb and a limit before the figure ("Hiện chỉ khoảng"): the figure first, what it counts after it
    ex("now-only-then-figure-first", "Hiện chỉ khoảng 55% trạm y tế xã có bác sĩ làm việc thường xuyên.",
       ["trạm y tế xã có bác sĩ làm việc thường xuyên"]),
    # after a verb of object_verbs.txt the thing measured follows the figure
    ex("object-after-the-figure", "Dự án mới bàn giao 42% diện tích mặt bằng; bệnh án điện tử đã triển khai tại 100% "
       "bệnh viện công lập.", ["diện tích mặt bằng", "bệnh viện công lập"]),
    # a share counted after "có" in the stretch before is what the next figure compares too
    ex("share-after-have-compared-next", "Phong trào thi đua tiếp tục lan tỏa, bình quân hằng năm có 52,4% số hộ hội "
       "viên đạt danh hiệu sản xuất, kinh doanh giỏi, vượt 4,4% so với chỉ tiêu.",
       ["số hộ hội viên đạt danh hiệu sản xuất, kinh doanh giỏi"] * 2),
    # a date is no count, and "mới" right before the predicate is "only" (after a verb of making it is "newly")
    ex("date-and-only-before-the-predicate", "Giải ngân vốn đầu tư công đến ngày 30/11 mới đạt 68,2% kế hoạch; số HTX "
       "thành lập mới đạt 150%.", ["Giải ngân vốn đầu tư công", "số HTX thành lập mới"]),
    # a place or a body alone after a comma ("riêng huyện A …") measures the quantity named before, a part of it
    ex("a-part-after-the-whole", "Tỷ lệ hộ nghèo còn 3,2%, riêng huyện Mường Lát còn 12,5%; tỷ lệ tiêm chủng đạt 96%, "
       "riêng Trung tâm Y tế huyện đạt 99%.", ["Tỷ lệ hộ nghèo"] * 2 + ["tỷ lệ tiêm chủng"] * 2),
    # a rate's phrase keeps the numbers inside it
    ex("rate-phrase-keeps-its-numbers", "Đến nay, tỷ lệ người từ 18 tuổi trở lên được tiêm ít nhất 2 mũi đạt 68,3%.",
       ["tỷ lệ người từ 18 tuổi trở lên được tiêm ít nhất 2 mũi"]),
    # administrative units written as a pair after the figure
    # who judges and a cause are no part of the subject ("… cho rằng nguyên nhân chủ yếu khiến | tổng vốn …")
    ex("judged-cause-cut", "Ông Lợi, Giám đốc Sở cho rằng nguyên nhân chủ yếu khiến tổng vốn đầu tư toàn xã hội chỉ đạt "
       "91,5% kế hoạch là do vướng mặt bằng.", ["tổng vốn đầu tư toàn xã hội"]),
    # "Hiện" alone before the figure is figure first; a modal before the predicate and who directed it are no part
    ex("now-then-figure-first-and-modal", "Hiện 100% dịch vụ điện được cung cấp trực tuyến. Năm 2025, Thủ tướng đã chỉ đạo "
       "tăng trưởng GDP phải đạt trên 8%.", ["dịch vụ điện được cung cấp trực tuyến", "tăng trưởng GDP"]),
    # "lần lượt" over a list written with semicolons, after a topic; a bracket restating the figures for the year before
    ex("respectively-with-semicolons", "Về cơ cấu kinh tế, khu vực nông, lâm nghiệp và thủy sản; khu vực công nghiệp - xây "
       "dựng; khu vực dịch vụ chiếm tỷ trọng lần lượt là 20,4%; 36,1% và 43,5% (cùng kỳ năm trước lần lượt là 21,2%; "
       "35,3% và 43,5%).", ["khu vực nông, lâm nghiệp và thủy sản", "khu vực công nghiệp - xây dựng", "khu vực dịch vụ"] * 2),
    ex("unit-pair-after-the-figure", "Đoàn viên hỗ trợ người dân sử dụng dịch vụ công trực tuyến tại 100% xã, phường.",
       ["xã, phường"]),    # a target's verb first after "phấn đấu", then a share of what it counts: the quantity after the verb
    ex("strive-verb-first-then-share", "Thu ngân sách tăng 9%; phấn đấu giảm tỷ lệ hộ nghèo xuống còn 215 hộ, chiếm "
       "tỷ lệ 0,85% so với tổng số hộ.", ["Thu ngân sách", "tỷ lệ hộ nghèo"]),
    # who strives for a growth is no quantity: the growth is what is measured (without the resolve, what grew)
    ex("strive-growth-not-the-actor", "Ngành công thương tỉnh phấn đấu tăng trưởng 9,5% trong năm 2025.", ["tăng trưởng"]),
    ex("growth-of-a-sector", "Khu vực dịch vụ tăng trưởng 7,1%.", ["Khu vực dịch vụ"]),
    # "đặt chỉ tiêu" opens the subject as "đặt mục tiêu" does
    ex("set-target-then-rate", "Năm 2025, ngành nông nghiệp đặt chỉ tiêu đạt tốc độ tăng trưởng 3,5%, nâng số hợp tác "
       "xã lên 120.", ["tốc độ tăng trưởng"]),
    # a fraction written with a space after the slash is one count, as without it
    ex("spaced-fraction-is-one-count", "Viện kiểm sát hai cấp giải quyết được 1.204/ 1.310 tin báo, đạt tỷ lệ 91,9%.",
       ["giải quyết được 1.204/ 1.310 tin báo"]),
    # a bracket without a figure is an aside: its commas end no stretch, its words are no subject
    ex("aside-bracket-closing-the-stretch", "Năm 2024, ủy ban kiểm tra các cấp thi hành kỷ luật 412 đảng viên (khiển trách "
       "301, cảnh cáo 88, khai trừ 23), bằng 94,5% so với năm trước.", ["thi hành kỷ luật 412 đảng viên"]),
    ex("aside-bracket-with-commas", "Số người tham gia bảo hiểm xã hội là 98.400 người (không kể lực lượng công an, quân "
       "đội), đạt 101,2% kế hoạch.", ["Số người tham gia bảo hiểm xã hội"]),
    ex("social-insurance-pair", "Năm 2024, tổng số người tham gia BHXH, bảo hiểm y tế (BHYT) ước thực hiện là 912.300 "
       "người (chưa tính lực lượng vũ trang), đạt 100,4% kế hoạch.",
       ["tổng số người tham gia BHXH, bảo hiểm y tế (BHYT)"]),
    # a numbered sector or unit keeps its number; a topic before it is no element of a list
    ex("numbered-sectors-after-topic", "Về cơ cấu kinh tế, khu vực 1 chiếm tỷ trọng 21,2%, khu vực 2 chiếm tỷ trọng 18,4%, "
       "khu vực 3 chiếm tỷ trọng 60,4%.", ["khu vực 1", "khu vực 2", "khu vực 3"]),
    ex("numbered-district-in-subject", "Tổng thu ngân sách năm 2024 của tổ 5 là 98 triệu đồng, đạt 101% dự toán.",
       ["Tổng thu ngân sách năm 2024 của tổ 5"]),
    # a caption line before the paragraph is no subject of a figure naming none
    ex("no-subject-from-a-caption-line", "Toàn cảnh hội nghị\n\nLũy kế đến nay đạt 97% kế hoạch.", [None]),
    # an amount written out in parts is an amount, not a number inside the subject
    ex("amount-in-parts", "Tổng thu ngân sách năm 2024 tại Phường 2 là gần 1 nghìn 250 tỷ đồng, đạt gần 97% dự toán.",
       ["Tổng thu ngân sách năm 2024"]),
    # a resolution's targets numbered inline: each item's number is no part of its subject, a figure first after it
    # counts what follows; a level held ("ổn định ở mức") is no part of the subject
    ex("inline-numbered-targets", "Nghị quyết đề ra các chỉ tiêu năm 2025: (1) tốc độ tăng trưởng kinh tế đạt 8%; (2) có "
       "thêm 5 xã đạt chuẩn nông thôn mới; (3) tỷ lệ hộ nghèo giảm còn dưới 2,1%; (4) tỷ lệ che phủ rừng ổn định ở mức "
       "52%; (5) 100% rác thải y tế được thu gom, xử lý.",
       ["tốc độ tăng trưởng kinh tế", "tỷ lệ hộ nghèo", "tỷ lệ che phủ rừng", "rác thải y tế được thu gom, xử lý"]),
    # a rate held down after a growth aimed at: its own subject, no change carried over
    ex("rate-held-after-growth", "Năm 2025, chi nhánh phấn đấu tăng trưởng dư nợ 12%, giữ tỷ lệ nợ xấu dưới 1,5%.",
       ["tăng trưởng dư nợ", "tỷ lệ nợ xấu"]),
    # "nhưng" joins a second predicate of the same quantity: the words of the reference before it are no subject
    ex("but-second-predicate", "Năm 2023, tổng thu ngân sách đạt 104% chỉ tiêu phấn đấu của ngành nhưng giảm 5,2% so với "
       "năm 2022.", ["tổng thu ngân sách", "tổng thu ngân sách"]),
    # funds set aside: the object after the figure, a pair written with a comma kept whole
    ex("funds-set-aside", "Giám đốc chi nhánh cam kết dành ít nhất 65% nguồn vốn cho vay lĩnh vực nông nghiệp, nông thôn.",
       ["nguồn vốn cho vay lĩnh vực nông nghiệp, nông thôn"]),
    # who stresses is no subject (none is better than the speaker; the target named after the figure is a known gap)
    ex("speech-verb-is-no-subject", "Chủ tịch Ủy ban MTTQ tỉnh nhấn mạnh, Mặt trận các cấp phải phấn đấu hoàn thành 100% "
       "chỉ tiêu Chương trình phối hợp.", [None]),
    # "lên lớp" (promoted to the next grade) is no direction before a figure
    ex("promoted-pupils", "Năm học 2024-2025, học sinh lên lớp thẳng đạt tỉ lệ 98,7%.", ["học sinh lên lớp thẳng"]),
    # the prices a value is counted at, in a bracket closing the subject, are no part of it (train 117, 426)
    ex("price-basis-bracket", "Tổng sản phẩm xã hội (GRDP – theo giá so sánh năm 2010) ước đạt 21.000 tỷ đồng, tăng 6,9% so "
       "với cùng kỳ; thu nhập bình quân đầu người (theo giá hiện hành) đạt 52 triệu đồng, bằng 102% kế hoạch.",
       ["Tổng sản phẩm xã hội", "thu nhập bình quân đầu người"]),
    # how a quantity fares, before its figures, is no part of it ("ổn định và có dấu hiệu tăng trưởng tích cực"); a
    # manner of the measure itself stays ("tốc độ tăng trưởng cao và ổn định")
    ex("how-it-fares-tail", "Năm 2023, sản xuất công nghiệp ổn định và có dấu hiệu tăng trưởng tích cực, ước đạt 6.500 tỷ "
       "đồng, tăng 12,4% so với cùng kỳ.", ["sản xuất công nghiệp"]),
    # "nông thôn mới" (the programme) before the predicate: no "only"
    ex("new-rural-before-predicate", "Năm 2024, toàn tỉnh có 62 xã đạt chuẩn nông thôn mới đạt 71,3% tổng số xã.",
       ["có 62 xã đạt chuẩn nông thôn mới"]),
    # "mới" after what is new (forest planted, members admitted) is no "only"; after a quantity it is
    ex("new-forest-and-members", "Năm 2024, diện tích trồng rừng mới đạt 118% kế hoạch; kết nạp 12 đảng viên mới, đạt 100% "
       "kế hoạch; giải ngân vốn đầu tư công mới đạt 45%.",
       ["diện tích trồng rừng mới", "kết nạp 12 đảng viên mới", "giải ngân vốn đầu tư công"]),
    # the period a figure covers, written right after the quantity, is part of what it measures; another period before
    # the figure ("lũy kế 9 tháng") takes it away, a period compared with ("so tháng 12 năm 2023") does not
    ex("period-after-quantity-kept", "Thu ngân sách 6 tháng đầu năm đạt 29% kế hoạch; chỉ số sản xuất công nghiệp "
       "quý III-2024 ước tăng 10% so với cùng kỳ.",
       ["Thu ngân sách 6 tháng đầu năm", "chỉ số sản xuất công nghiệp quý III-2024"]),
    ex("period-compared-with-keeps-it", "Giá trị sản xuất công nghiệp tháng 1/2024 giảm 16,9% so tháng 12 năm 2023, "
       "nhưng tăng 6,1% so với cùng kỳ.",
       ["Giá trị sản xuất công nghiệp tháng 1/2024", "Giá trị sản xuất công nghiệp tháng 1/2024"]),
    # a concession before the quantity ("mặc dù … nhưng | thu ngân sách …") is no part of it; a date with dots opens
    # the clause like one with slashes
    ex("concession-before-the-quantity", "Mặc dù gặp nhiều khó khăn do dịch bệnh nhưng thu ngân sách của tỉnh đạt 104,4% "
       "dự toán; đến ngày 27.12.2024 tổng thu nội địa đạt 121% dự toán.", ["thu ngân sách của tỉnh", "tổng thu nội địa"]),
    ex("price-base-year-is-no-period", "Giá trị sản xuất (GO) theo giá so sánh bình quân năm 2024 tăng 12,6%.",
       ["Giá trị sản xuất (GO)"]),
    ex("target-with-year-is-no-subject", "Tốc độ tăng trưởng của ngành đạt 3,02%, vượt chỉ tiêu đề ra (Chỉ tiêu năm "
       "2023: 2,5-3%).", ["Tốc độ tăng trưởng của ngành"] * 3),
    # a bracket listing targets, each a rate with its own words, is no remark on what stands before it
    ex("bracket-of-rates-with-their-own-words", "Năm 2025, ngành phấn đấu đạt và vượt các chỉ tiêu phát triển BHXH, BHYT "
       "(tỷ lệ lao động trong độ tuổi tham gia BHXH đạt 23,5%; tỷ lệ bao phủ BHYT đạt 94%).",
       ["tỷ lệ lao động trong độ tuổi tham gia BHXH", "tỷ lệ bao phủ BHYT"]),
    ex("strive-verb-first-after-time", "Năm tới, phấn đấu giảm số hộ nghèo xuống còn 120 hộ, chiếm 0,6% số hộ.",
       ["số hộ nghèo"]),
    # "với" opens the measure after a number too ("nhiệm kỳ 2016-2021 với | tỷ lệ …"), as after a word
    ex("voi-after-a-term-opens-the-rate", "Huyện tổ chức thành công cuộc bầu cử đại biểu HĐND nhiệm kỳ 2016-2021 với tỷ "
       "lệ cử tri đi bầu đạt 99,8%.", ["tỷ lệ cử tri đi bầu"]),
    # a figure over 100% after a comma is a second ratio of the same quantity, never a share of what follows it
    ex("over-a-whole-is-no-share-of-what-follows", "Thu ngân sách ước đạt 95 tỷ đồng, đạt 112% dự toán tỉnh giao, 104% "
       "chỉ tiêu Nghị quyết HĐND huyện.", ["Thu ngân sách", "Thu ngân sách"]),
    # who strives for a growth rate is no measure ("Sản xuất … đạt tốc độ tăng trưởng 3,3%" still names what grew)
    ex("who-strives-for-a-growth-rate", "Năm 2020, ngành Công Thương phấn đấu đạt tốc độ tăng trưởng khoảng 9%; sản xuất "
       "lâm nghiệp đạt tốc độ tăng trưởng 4,1%.", ["tốc độ tăng trưởng", "sản xuất lâm nghiệp"]),
    # a target striven for with the figure first: what is counted after it, not who strives nor the verb
    ex("strive-figure-first-counts-what-follows", "Năm 2021, Hội Phụ nữ huyện phấn đấu xây dựng đạt 100% chi hội "
       "vững mạnh; Hội Nông dân phấn đấu 90% hội viên được tập huấn kỹ thuật.",
       ["chi hội vững mạnh", "hội viên được tập huấn kỹ thuật"]),
    # defence work: pairs written with a comma (resources/comma_pairs.txt), "giữ vững" counting what follows as "duy trì"
    ex("defence-pairs-and-kept-units", "Năm 2022, công tác tuyển chọn, gọi công dân nhập ngũ đạt 100% chỉ tiêu; xây dựng "
       "lực lượng dân quân tự vệ, dự bị động viên đạt 100%; giữ vững 100% chi bộ quân sự có chi ủy.",
       ["công tác tuyển chọn, gọi công dân nhập ngũ", "xây dựng lực lượng dân quân tự vệ, dự bị động viên",
        "chi bộ quân sự có chi ủy"]),
    # the activity before "cho X% <people>" is what is measured, not the people it reaches
    ex("activity-for-a-share-of-people", "Năm 2020, toàn tỉnh đã lập hồ sơ sức khỏe điện tử cho khoảng 85% dân số; bồi "
       "dưỡng kiến thức quốc phòng cho 100% đối tượng 4.", ["lập hồ sơ sức khỏe điện tử",
                                                          "bồi dưỡng kiến thức quốc phòng"]),
    # the object after the figure ends before an adjunct opened by "với"
    ex("object-ends-before-voi", "Năm 2019, ngành thực hiện tự chủ tài chính tại 100% bệnh viện công lập với lộ trình "
       "đến năm 2021.", ["bệnh viện công lập"]),
    # what a target striven for counts runs to a comma, its own predicate kept
    ex("strive-figure-first-runs-to-a-comma", "Năm 2022, Hội phấn đấu 90% hội viên được tuyên truyền các chủ trương, "
       "chính sách của Đảng; 50% chi hội đạt vững mạnh.",
       ["hội viên được tuyên truyền các chủ trương, chính sách của Đảng", "chi hội đạt vững mạnh"]),
    # associations gathering or clearing what they count (object_verbs.txt): the counted things after the figure, the
    # verb's "được" between, an open bracket no part of them; a sector in a list is no verb (fresh fk01-03, an03, du02)
    ex("gathering-verbs-count-what-follows", "Năm 2023, Hội vận động kết nạp được 90% cựu quân nhân vào Hội (tương đương "
       "1.200 người, vượt 200 người so với năm trước); thu hút trên 95% người cao tuổi tham gia sinh hoạt; xóa 100% nhà "
       "tạm cho hội viên.",
       ["cựu quân nhân vào Hội", "người cao tuổi tham gia sinh hoạt", "nhà tạm cho hội viên"]),
    ex("sector-in-a-list-is-no-verb", "Cơ cấu kinh tế năm 2022: nông nghiệp 31,5% - công nghiệp, xây dựng 40,2% - dịch vụ "
       "28,3%.", ["nông nghiệp", "công nghiệp, xây dựng", "dịch vụ"]),
    # the cause told first, then "nên" and the quantity: the quantity is measured (fresh fy01)
    ex("cause-then-nen-then-quantity", "Năm 2019, do giá cả thị trường không ổn định, dịch bệnh diễn biến phức tạp nên "
       "tổng giá trị sản xuất nông nghiệp chỉ đạt 2.100 tỷ đồng, giảm 1,5%.", ["tổng giá trị sản xuất nông nghiệp"]),
    ex("figures-sharing-a-change-named-after-ve", "Năm 2023, thành lập mới 950 doanh nghiệp, tăng 3,5% so với cùng kỳ về "
       "số doanh nghiệp và 12,4% về vốn đăng ký.", ["số doanh nghiệp", "vốn đăng ký"]),
    # the months counted in words open the clause as in figures ("sáu tháng đầu năm", "chín tháng"; fresh cq02)
    ex("months-in-words-are-no-subject", "Ông Lê Văn An cho biết sáu tháng đầu năm tổng sản phẩm trên địa bàn ước tăng "
       "6,8%; chín tháng thu ngân sách đạt 75% dự toán.", ["tổng sản phẩm trên địa bàn", "thu ngân sách"]),
    # the next target, dated, after "và" ends what is counted (fresh ei03)
    ex("dated-next-target-after-va", "Tỉnh phấn đấu xây dựng 40% thôn, bản không có ma túy và đến năm 2030, 80% thôn, bản "
       "không có ma túy.", ["thôn, bản không có ma túy", "thôn, bản không có ma túy"]),
    # "nước sạch, nước hợp vệ sinh" is one pair (comma_pairs.txt; fresh kg5)
    ex("clean-and-hygienic-water-pair", "Giảm tỷ lệ hộ nghèo còn 3,9%; tăng tỷ lệ hộ dân dùng nước sạch, nước hợp vệ "
       "sinh trên 90%.", ["tỷ lệ hộ nghèo", "tỷ lệ hộ dân dùng nước sạch, nước hợp vệ sinh"]),
    # a comparison's stretch ("thấp hơn 0,22% so với kế hoạch") names no quantity for the figure after it (fresh vh2)
    ex("comparison-stretch-names-nothing", "Tỷ lệ nước thất thoát bình quân đạt 18,24%, thấp hơn 0,22% so với kế hoạch, "
       "giảm 1,74% so với năm 2021.", ["Tỷ lệ nước thất thoát bình quân"] * 3),
    # "trong" left alone once its time is read names nothing: the quantity of the clause before (fresh th2)
    ex("preposition-alone-after-its-time", "Thu ngân sách đạt 500 tỷ đồng; trong 5 năm tăng bình quân 12%.",
       ["Thu ngân sách"]),
    # a range's start left alone after a comma names nothing: the rate named before (fresh kg4)
    ex("range-start-alone-after-a-comma", "Tỷ lệ hộ nghèo giảm mạnh, từ 34,7% năm 2015 xuống còn 19,91% năm 2017.",
       ["Tỷ lệ hộ nghèo", "Tỷ lệ hộ nghèo"]),
    # "của Đảng, Nhà nước" is one pair (comma_pairs.txt); "luôn" before the verb is an adverb, no part of the subject
    ex("party-and-state-pair-and-always", "Tỷ lệ hội viên học tập các chỉ thị, nghị quyết của Đảng, Nhà nước luôn đạt "
       "trên 90%.", ["Tỷ lệ hội viên học tập các chỉ thị, nghị quyết của Đảng, Nhà nước"]),
    ex("strive-with-a-quantity-keeps-it", "Năm 2021, thu ngân sách phấn đấu đạt 100% dự toán tỉnh giao; ngành phấn đấu "
       "tăng trưởng 3,5% trong năm.", ["thu ngân sách", "tăng trưởng"]),
    # two names of one kind joined by a comma, the second opening on the first's head word, are measured together
    # (not after a figure of their own: the first then belongs to it)
    ex("parallel-heads-joined-by-a-comma", "Cuối năm, toàn huyện có 1.204 hộ nghèo, hộ cận nghèo, chiếm 4,1%; duy trì "
       "tỷ lệ hộ nghèo, hộ cận nghèo dưới 3%.", ["hộ nghèo, hộ cận nghèo", "tỷ lệ hộ nghèo, hộ cận nghèo"]),
    ex("parallel-heads-with-an-and", "Sản lượng điện nhận, sản lượng điện thương phẩm và doanh thu đều tăng 6%.",
       ["Sản lượng điện nhận, sản lượng điện thương phẩm và doanh thu"]),
    # a third name of the kind after two joined so, the second described at length (fresh xf5)
    ex("parallel-heads-three-names", "Trong đó, tỷ lệ đảng viên nữ, đảng viên là đoàn viên thanh niên, đảng viên có "
       "trình độ đại học đạt trên 50%.",
       ["tỷ lệ đảng viên nữ, đảng viên là đoàn viên thanh niên, đảng viên có trình độ đại học"]),
    ex("parallel-heads-after-a-figure-of-its-own", "Xã phấn đấu giảm 2% tỷ lệ hộ nghèo, hộ cận nghèo giảm 3%.",
       ["tỷ lệ hộ nghèo", "hộ cận nghèo"]),
    # "trở xuống" closes the measure's phrase as "trở lên" does: no fall "xuống" there
    ex("tro-xuong-inside-the-measure", "Giảm tỷ lệ người sinh con thứ 3 trở xuống còn 6%.",
       ["tỷ lệ người sinh con thứ 3 trở xuống"]),
    # a rate's phrase keeps its numbers whatever its verb ("đạt", "còn", "giảm còn")
    ex("rate-keeps-its-ordinal-before-con", "Năm 2024, tỷ lệ người sinh con thứ 3 còn 6,1%.",
       ["tỷ lệ người sinh con thứ 3"]),
    # an attribution or a connective opening the clause is no subject ("Theo UBND tỉnh, …", "qua đó")
    ex("attribution-is-no-subject", "Theo báo cáo, 9 tháng đầu năm tăng 6,5% so với cùng kỳ.", [None]),
    ex("attribution-before-a-bracket-is-no-subject", "Theo Cục Thống kê, trong 9 tháng (quý I tăng 5,1%, quý II tăng 6,3%).",
       [None, None]),
    # an amount's unit after a comma glued to the figure ("5.166,tỷ đồng") is no subject: the quantity before it is
    ex("glued-comma-unit-is-no-subject", "Giá trị sản xuất nông nghiệp đạt hơn 2.310,tỷ đồng, đạt 101,5% kế hoạch.",
       ["Giá trị sản xuất nông nghiệp"]),
    # sectors of the economy listed with commas are measured together (resources/economic_sectors.txt); each with a
    # figure of its own keeps its own
    ex("sectors-listed-with-commas", "Năm 2022, công nghiệp, thương mại, dịch vụ tăng trưởng 18,9%.",
       ["công nghiệp, thương mại, dịch vụ tăng trưởng"]),
    ex("sectors-each-with-its-figure", "Nông nghiệp tăng 3%, công nghiệp tăng 12%, dịch vụ tăng 8%.",
       ["Nông nghiệp", "công nghiệp", "dịch vụ"]),
    # what is left out, in a bracket closing the subject, is no part of it; a word of the aside cuts nothing
    ex("exclusion-aside-after-the-subject", "Tổng vốn huy động của các tổ chức tín dụng (không bao gồm Ngân hàng Phát "
       "triển) đạt 132.881 tỷ đồng, tăng 5,26% so với đầu năm.", ["Tổng vốn huy động của các tổ chức tín dụng"]),
    # grades named together, and credit institutions named as the law does (resources/comma_pairs.txt)
    ex("grade-pairs", "Số HTX hoạt động khá, tốt chiếm 33,6%; trung bình 59,7% và yếu, kém là 6,7%.",
       ["Số HTX hoạt động khá, tốt", "Số HTX hoạt động khá, tốt", "yếu, kém"]),
    ex("credit-institutions-pair", "Nguồn vốn huy động của các tổ chức tín dụng, chi nhánh ngân hàng nước ngoài tăng 18%.",
       ["Nguồn vốn huy động của các tổ chức tín dụng, chi nhánh ngân hàng nước ngoài"]),
    # a change told as a count, then restated in per cent in brackets: what changed is named before the verb
    ex("change-count-then-restated-percent", "Số vụ tai nạn giao thông giảm 12 vụ (giảm 15%), số người chết giảm 5 người "
       "(giảm 10%).", ["Số vụ tai nạn giao thông", "số người chết"]),
    # a scope right after the figure ("đối với …") names which part; the measure is named before
    ex("scope-after-the-figure", "Cấp giấy chứng nhận quyền sử dụng đất lần đầu đạt 95,7% đối với đất ở, hơn 89% đối với "
       "đất sản xuất nông nghiệp.", ["Cấp giấy chứng nhận quyền sử dụng đất lần đầu",
                                     "Cấp giấy chứng nhận quyền sử dụng đất lần đầu"]),
    # a scope after the plan ("chỉ tiêu cả 02 cấp") says where, not what is planned (resources/target_owner_words.txt)
    ex("plan-scope-is-no-content", "Tổ chức giao quân đạt 100% chỉ tiêu cả 02 cấp nhanh, gọn, đúng quy định.",
       ["Tổ chức giao quân"]),
    # who has a rate ("<who> có tỷ lệ …") is no measure: the rate is
    ex("who-has-the-rate", "Trong đó, ông Lê Văn Đông, Giám đốc Sở Du lịch tỉnh có tỷ lệ phiếu tín nhiệm cao thấp nhất, "
       "chiếm 52% tổng số phiếu hợp lệ.", ["tỷ lệ phiếu tín nhiệm cao thấp nhất"]),
    ex("who-has-the-rate-after-two-titles", "Trong đó, ông Lê Văn Đông, Ủy viên UBND tỉnh, Giám đốc Sở Du lịch tỉnh Ninh "
       "Bình có tỷ lệ phiếu tín nhiệm cao thấp nhất, chiếm 52% tổng số phiếu hợp lệ.", ["tỷ lệ phiếu tín nhiệm cao thấp nhất"]),
    ex("who-has-the-count", "Có 27/27 người được lấy phiếu tín nhiệm đều có số phiếu tín nhiệm cao đạt trên 50%.",
       ["số phiếu tín nhiệm cao"]),
    ex("places-having-the-rate", "Có 52/54 xã, phường có tỷ lệ nợ quá hạn dưới 0,5%.", ["tỷ lệ nợ quá hạn"]),
    # "dự ước" (estimated) hedges the figure as "ước" does: no "dự" left in the subject
    ex("du-uoc-is-a-hedge", "Tốc độ tăng trưởng kinh tế dự ước 6 tháng đầu năm 2025 đạt 8,2%; tổng thu ngân sách nhà "
       "nước dự ước tăng 16,3%.", ["Tốc độ tăng trưởng kinh tế", "tổng thu ngân sách nhà nước"]),
    # "được" alone before a share reads as "đạt": the activity of the stretch before is measured (fresh 44)
    ex("duoc-before-a-share", "Đến nay, huyện đã giải ngân được hơn 15 tỷ đồng, được 23% kế hoạch vốn.", ["giải ngân"]),
    # after "và", a share naming what it counts with "số", no quantity before: what it counts is measured
    ex("and-then-share-of-counted", "Trong 5 năm, tỷ lệ điều trị khỏi 92%. Năm 2019, Trung tâm Y tế huyện và 100% số xã "
       "đạt chuẩn quốc gia về y tế.", ["tỷ lệ điều trị khỏi", "số xã đạt chuẩn quốc gia về y tế"]),
    # "giữ (vững) mức …" is a predicate: what keeps its pace is measured
    ex("keeps-its-pace", "Năm 2019, kim ngạch xuất khẩu tiếp tục giữ mức tăng trưởng khá, đạt 3,05 tỷ USD, tăng 6,5% so "
       "cùng kỳ.", ["kim ngạch xuất khẩu"]),
    # a clause telling that the structure shifted is no list element before the sectors measured
    ex("shift-told-before-the-sectors", "Cơ cấu kinh tế có sự dịch chuyển, ngành nông, lâm, thủy sản chiếm 23,8%.",
       ["ngành nông, lâm, thủy sản"]),
    # pairs of what is studied and of settlements (resources/comma_pairs.txt)
    ex("studied-pair", "Có 97% đảng viên học tập chỉ thị, nghị quyết của Đảng.", ["đảng viên học tập chỉ thị, nghị quyết của Đảng"]),
    ex("merger-units-pair", "Có 100% xã, phường, đặc khu bố trí vốn ủy thác.", ["xã, phường, đặc khu bố trí vốn ủy thác"]),
    # a plan or resolution word is a reference right after the figure only; further on it is what the counted things
    # studied or completed (fresh 29, 30, 32), unless "so" or "theo" opens it
    ex("resolution-studied", "Năm 2024, 100% đảng viên học tập, quán triệt nghị quyết của Đảng.",
       ["đảng viên học tập, quán triệt nghị quyết của Đảng"]),
    ex("indicator-completed", "Năm 2024, có 100% xã hoàn thành chỉ tiêu giao quân.", ["xã hoàn thành chỉ tiêu giao quân"]),
    ex("estimate-reached", "Năm 2025, xã phấn đấu 100% hộ nghèo được tiếp cận dự toán hỗ trợ.",
       ["hộ nghèo được tiếp cận dự toán hỗ trợ"]),
    # a directive verb after a comma opens the plan's next task, no part of what is counted (fresh 46)
    ex("next-task-after-the-counted", "Năm 2017, Đảng bộ phấn đấu 100% chi bộ hoàn thành nhiệm vụ, 95% đảng viên hoàn "
       "thành tốt nhiệm vụ, tập trung phát triển đảng viên mới.", ["chi bộ hoàn thành nhiệm vụ", "đảng viên hoàn thành tốt nhiệm vụ"]),
    # a breakdown right after a figure, with no comma, is measured as after one (fresh 49)
    ex("breakdown-without-comma", "Thu ngân sách 49 tỷ đồng, đạt 145,8% trong đó thu thuế, lệ phí 22 tỷ đồng, đạt "
       "137,9% dự toán.", ["Thu ngân sách", "thu thuế, lệ phí"]),
    # a rate had ("… có tỷ lệ học sinh đạt …"), its own verb inside; the share of those who reached a grade (fresh 40, 49)
    ex("rate-had-with-its-own-verb", "Bậc tiểu học có tỷ lệ học sinh đạt về phần năng lực chiếm trên 94%.",
       ["tỷ lệ học sinh đạt về phần năng lực"]),
    ex("share-of-those-who-reached", "Năm học 2023 - 2024, học sinh đạt học lực khá và giỏi chiếm trên 40%.",
       ["học sinh đạt học lực khá và giỏi"]),
    ex("enterprises-pair", "Năm 2022, tổng doanh thu các tập đoàn, tổng công ty trong Khối ước đạt 2 triệu tỷ đồng, "
       "vượt 20% kế hoạch năm.", ["tổng doanh thu các tập đoàn, tổng công ty trong Khối"]),
    # a demonstrative or "Kế đến" naming the next item is no subject (resources/subject_fillers.txt; fresh 50)
    ex("demonstrative-is-no-subject", "Tổng thu ngân sách đạt 17.141 tỷ đồng. Với kết quả này, ngành Thuế đã hoàn thành "
       "nhiệm vụ thu ngân sách do HĐND tỉnh giao với 110%.", ["Tổng thu ngân sách"]),
    ex("next-item-is-no-subject", "Kế đến là thu từ các doanh nghiệp có vốn đầu tư nước ngoài 1.739 tỷ đồng, đạt 132% dự "
       "toán.", ["thu từ các doanh nghiệp có vốn đầu tư nước ngoài"]),
    # the congress's target of the quantity just named, in brackets or after "vượt": no quantity of its own
    ex("congress-target-in-brackets", "Cơ cấu kinh tế: nông nghiệp - thủy sản: 20% (chỉ tiêu đại hội 27,5%); dịch vụ: 32% "
       "(chỉ tiêu đại hội 28,5%).", ["nông nghiệp - thủy sản", "nông nghiệp - thủy sản", "dịch vụ", "dịch vụ"]),
    ex("exceeding-the-congress-target", "Tỷ lệ người dân tham gia BHYT đạt 95,6%, vượt chỉ tiêu Đại hội 10%.",
       ["Tỷ lệ người dân tham gia BHYT", "Tỷ lệ người dân tham gia BHYT"]),
    # an object after a verb may run to twelve words ("xử lý chất thải y tế và nước thải công nghiệp"; fresh 53)
    ex("object-of-eleven-words", "Năm 2026, phường duy trì 100% xử lý chất thải y tế và nước thải công nghiệp.",
       ["xử lý chất thải y tế và nước thải công nghiệp"]),
    # a rate opening the next stretch is no item of a list counted before it (fresh 55)
    ex("rate-after-a-counted-fraction", "Huyện hỗ trợ sắp xếp dân cư cho 62/72 hộ, tỷ lệ giải ngân đạt 100% kế hoạch.",
       ["tỷ lệ giải ngân"]),
    # an amount in a unit of measure inside the subject ends it: the quantity named is measured (fresh 25, 50, 55)
    ex("amount-inside-the-subject", "Diện tích gieo trồng cả năm gần 39.694 ha cây trồng các loại (đạt 100,2% kế hoạch).",
       ["Diện tích gieo trồng"]),
    # an amount per unit ("triệu đồng/ha", "/người/năm") closes the stretch as any amount does, with no verb before it:
    # the quantity before it is measured, not the one of the clause before (fresh mb05)
    ex("amount-per-unit-without-a-verb", "Thu ngân sách đạt 120 tỷ đồng (100% dự toán); giá trị sản phẩm thu được "
       "trên 1 ha đất canh tác 96 triệu đồng/ha (107% kế hoạch).",
       ["Thu ngân sách", "giá trị sản phẩm thu được trên 1 ha đất canh tác"]),
    # what a rate is per ("trên 1 ha", "trên 01 ha", "mỗi ha") is part of its name, no amount closing it (train, fresh)
    ex("per-one-hectare-in-the-name", "Giá trị sản phẩm thu được trên 01 ha đất trồng trọt đạt 125 triệu đồng, tăng "
       "4%.", ["Giá trị sản phẩm thu được trên 01 ha đất trồng trọt"]),
    # the count an average is taken over ("bình quân của 01 hợp tác xã", "của hơn 12.000 lao động") says whose average
    # it is, no figure of its own (fresh ld01, am02)
    ex("average-over-a-count", "Doanh thu bình quân của 01 hợp tác xã là 2,4 tỷ đồng, đạt 102% kế hoạch; lãi bình "
       "quân của hơn 300 thành viên đạt 45 triệu đồng, tăng 6%.",
       ["Doanh thu bình quân của 01 hợp tác xã", "lãi bình quân của hơn 300 thành viên"]),
    # the amount of a change ("tăng 850 việc", "tăng 350 người so với năm trước") is no quantity measured: what changed
    # is, named before the verb in its stretch or in the stretch before a comma (fresh au02, ay01); a verb opening an
    # item after ";" is an activity of its own, its count kept (fresh gh02)
    ex("amount-of-a-change", "Năm 2023, số thụ lý mới là 9.500 việc, tăng 850 việc (tăng 9,8% so với cùng kỳ); số "
       "hội viên tăng 350 người so với năm trước (chiếm 15,2% dân số).", ["số thụ lý mới", "số hội viên"]),
    ex("change-verb-opening-an-item", "Hỗ trợ 120 hộ; giảm 219 hộ cận nghèo đạt 148% chỉ tiêu.", ["219 hộ cận nghèo"]),
    # "chỉ" closing a word ("tạm đình chỉ", "chứng chỉ") is no adverb before the verb (fresh au02)
    ex("word-ending-in-chi", "Số việc hoãn và tạm đình chỉ chiếm 0,9%.", ["Số việc hoãn và tạm đình chỉ"]),
    # a figure after the change amount in a bracket measures what the bracket remarks on; the clause after the bracket
    # goes on from it, not from an earlier clause (fresh au04)
    ex("clause-after-a-bracketed-remark", "Năm 2020, thụ lý mới 5.600 việc; đã thi hành xong 5.024 việc (tăng 46 "
       "việc, 0,9% so với cùng kỳ); đạt tỷ lệ 78%.", ["thi hành xong 5.024 việc", "thi hành xong 5.024 việc"]),
    # "đạt tỷ lệ P%" then the group counted doing what is counted ("người dân tham gia bảo hiểm y tế"): the group is
    # measured; a base alone after the figure ("dân số toàn huyện") leaves the subject before it (fresh bm05, br02)
    ex("rate-then-the-group-doing-it", "Đến nay, toàn huyện đạt tỷ lệ 83,8% dân số tham gia bảo hiểm y tế. Huyện có "
       "9.300 người có thẻ BHYT, đạt tỷ lệ 97% dân số toàn huyện.",
       ["dân số tham gia bảo hiểm y tế", "người có thẻ BHYT"]),
    # what is done for a quantity ("các giải pháp thúc đẩy | tăng trưởng kinh tế đạt 10%", "… để | tổng thu ngân sách
    # đạt …") is no part of it; a pointer back ("Con số này đạt …") measures what the sentence before named (fresh bs01,
    # bv04)
    ex("aim-before-the-quantity", "Năm nay, tỉnh cần triển khai đồng bộ các giải pháp thúc đẩy tăng trưởng kinh tế đạt "
       "10%.", ["tăng trưởng kinh tế"]),
    ex("pointer-back-to-the-figure", "Tổng thu ngân sách năm 2021 đạt hơn 7.000 tỷ đồng. Con số này đạt hơn 87% dự "
       "toán.", ["Tổng thu ngân sách năm 2021"]),
    # who reached it, then "đạt", an amount in its unit and the quantity it measures ("toàn công ty đạt 850 triệu kWh
    # điện thương phẩm, tăng 5%"); not the count's unit after a quantity named before ("khách du lịch … đạt hơn 908
    # nghìn lượt khách") (fresh cp03)
    ex("actor-reaches-amount-then-quantity", "Năm 2017, toàn công ty đạt 850,2 triệu kWh điện thương phẩm, tăng 5,3% so "
       "với năm 2016; khách du lịch đến với tỉnh đạt hơn 908 nghìn lượt khách, đạt 53,3% kế hoạch.",
       ["điện thương phẩm", "khách du lịch đến với tỉnh"]),
    ex("amount-per-person-per-year", "Vốn đầu tư đạt 80 tỷ đồng; thu nhập bình quân 58 triệu đồng/người/năm "
       "(tăng 6,5%).", ["thu nhập bình quân"]),
    # the basis a quantity is counted on, in brackets, is no part of it, nor what follows it (12 gold subjects stop there)
    ex("basis-in-brackets", "Tỷ lệ hộ nghèo (theo chuẩn nghèo tiếp cận đa chiều) còn 4,35%.", ["Tỷ lệ hộ nghèo"]),
    ex("price-basis-then-place", "Giá trị sản xuất công nghiệp (theo giá so sánh 2010) trên địa bàn tỉnh đạt 14.306 tỷ "
       "đồng, tăng 8,4%.", ["Giá trị sản xuất công nghiệp"]),
    ex("compared-with-past-ahead-subject", "Tốc độ tăng trưởng đạt 7,2%, cao hơn cùng kỳ năm 2019 là 0,3%.",
       ["Tốc độ tăng trưởng", "Tốc độ tăng trưởng"]),
    # a period of time ("trong 5 năm", "6 tháng qua") counts nothing, nor a count inside an aside: the quantity
    # named before them is measured (fresh nj4, ml4)
    ex("period-is-no-count", "Tổng vốn đầu tư toàn xã hội trong 5 năm, đạt 4.500 tỷ đồng, tăng 20,9%.",
       ["Tổng vốn đầu tư toàn xã hội"]),
    ex("count-in-an-aside", "Tổng vốn đầu tư toàn xã hội (của 3 xã cũ) trong 5 năm, đạt 900 tỷ đồng, tăng 12%.",
       ["Tổng vốn đầu tư toàn xã hội"]),  # (the aside no part of it either)
    # "đến" after a quantity named stresses its level; it reaches nobody named after the figure
    ex("emphatic-den", "Năm nay tốc độ tăng trưởng kinh tế của tỉnh đến 11,2% (cao nhất vùng).",
       ["tốc độ tăng trưởng kinh tế của tỉnh"]),
    # a budget or plan with who set it, after the verb reaching it, is what the figure is compared with; the quantity
    # is named before (fresh mi4)
    ex("budget-reference-is-no-subject", "Thu nội địa đạt 1.200 tỷ đồng, hoàn thành vượt dự toán pháp lệnh (bằng 107% dự "
       "toán pháp lệnh).", ["Thu nội địa"]),
    # a clause opening on what it is compared with ("So với năm 2018, …") names its quantity after it (fresh ol1)
    ex("comparison-opens-the-clause", "So với năm 2023 doanh thu du lịch tăng 8,2%.", ["doanh thu du lịch"]),
    # an amount's unit written on to the number ("76.180ha") is still a unit (fresh ol3)
    ex("unit-written-on", "Toàn huyện thả nuôi được 1.250ha tôm các loại (tăng 5,4% so với năm 2021).",
       ["thả nuôi được 1.250ha tôm các loại"]),
    # a rank told between the quantity and its figure ranks it; the quantity before the rank is measured (fresh ol4)
    ex("rank-between-quantity-and-figure", "Tốc độ tăng trưởng kinh tế đứng đầu vùng và đứng thứ 9 cả nước, đạt 8,1%.",
       ["Tốc độ tăng trưởng kinh tế"]),
    # an ordinal after "lần", "đợt" names which round, no figure of its own (fresh ql4, eval_long 06)
    ex("round-ordinal-kept", "Tỷ lệ tiêm mũi 2 đạt 93%, tiêm nhắc lại lần 1 đạt 81%, tuyển sinh đợt 2 đạt 60%.",
       ["Tỷ lệ tiêm mũi 2", "tiêm nhắc lại lần 1", "tuyển sinh đợt 2"]),
    # two quantities joined by "và", each with its amount: the one after "và" is what the next figure measures (fresh ql4)
    ex("second-of-two-amounts", "Năm 2023, tổng diện tích gieo trồng cây lương thực toàn xã đạt 1.500 ha và tổng sản "
       "lượng lương thực đạt 9.000 tấn, đạt 102% kế hoạch.", ["tổng sản lượng lương thực"]),
    # "và tăng trưởng bình quân X%" after a quantity's amount: its average growth, no quantity of its own (fresh rj1)
    ex("and-average-growth", "Giá trị sản xuất đạt 9.800 tỷ đồng, gấp 1,4 lần năm 2020 và tăng trưởng bình quân 12,5%.",
       ["Giá trị sản xuất"]),
    # a label's colon, then a count of what it counts: the label names what is measured (fresh sl2, hf3)
    ex("label-then-a-count", "Công tác y tế có nhiều tiến bộ; Điều trị ngoại trú: 8.200/7.500 lượt bệnh nhân, đạt "
       "109% kế hoạch, tăng 6% so với cùng kỳ.", ["Điều trị ngoại trú", "Điều trị ngoại trú"]),
    # "ước" of a noun ("thỏa ước", "công ước") is no hedge cutting the subject (fresh ti5)
    ex("thoa-uoc-is-a-noun", "Năm 2020, Liên đoàn Lao động tỉnh phấn đấu 80% CĐCS doanh nghiệp ký kết được thỏa ước lao "
       "động tập thể.", ["CĐCS doanh nghiệp ký kết được thỏa ước lao động tập thể"]),
    # a target with who set it after the verb exceeding it, the figure in brackets: the quantity named before the verb
    # is measured (train 111)
    ex("quantity-before-exceeded-target", "Năm 2022, xã hoàn thành 18/20 chỉ tiêu; thu ngân sách vượt chỉ tiêu kế hoạch "
       "huyện giao (121%); văn hóa phát triển.", ["thu ngân sách"]),
    # a topic before the colon ("Về giáo dục:") names no measure: the count after it stays the subject
    ex("topic-label-is-no-subject", "Về giáo dục: 45/60 trường đạt chuẩn quốc gia, đạt 75%.",
       ["45/60 trường đạt chuẩn quốc gia"]),
    ex("theo-opens-a-reference", "Năm 2025, huyện phấn đấu 100% diện tích lúa được gieo cấy theo kế hoạch.",
       ["diện tích lúa được gieo cấy"]),
    # the share of a group counted with the count of criteria it reached, after a comma or in brackets: the group,
    # count and range and all (rural-development reviews; fresh xj1, xj3)
    ex("share-of-groups-by-criteria-reached", "Đến nay, 2 xã đạt từ 15 - 18 tiêu chí, chiếm 8,3%; 14 xã đạt 10-14 tiêu "
       "chí (58,3%); 1 xã đạt dưới 10 tiêu chí (chiếm 4,2%).",
       ["2 xã đạt từ 15 - 18 tiêu chí", "14 xã đạt 10-14 tiêu chí", "1 xã đạt dưới 10 tiêu chí"]),
    # a verb keeping a rate, the rate word before the figure, what is counted after it: that is measured (fresh zl3,
    # ke2), not the time or the actor before the verb
    ex("rate-kept-counted-after-the-figure", "Năm nay, huyện phấn đấu giữ vững tỉ lệ trên 95% gia đình văn hóa; công "
       "ty duy trì tỷ lệ 100% hộ dân được sử dụng nước sạch.", ["gia đình văn hóa", "hộ dân được sử dụng nước sạch"]),
    # a change after what was done and counted ("đã <verb …> <count> <noun>, tăng X%"): the activity and its count, not
    # who did it (issue 13; fresh zi5)
    ex("change-of-what-was-done-and-counted", "Năm 2024, các trạm y tế đã tiêm vắc xin phòng bệnh cho 12.500 trẻ em, tăng "
       "8,5%; các bệnh viện đã thực hiện 9.800 ca phẫu thuật, giảm 2%.",
       ["tiêm vắc xin phòng bệnh cho 12.500 trẻ em", "thực hiện 9.800 ca phẫu thuật"]),
    # a condition over years compared ("Nếu năm 2015 …, năm 2018 … thì năm nay …") names no measure: the one of the
    # sentence before (fresh zk4)
    ex("condition-over-years-names-no-measure", "Kim ngạch xuất khẩu của các doanh nghiệp FDI tăng mạnh. Nếu năm 2015 "
       "chiếm tỷ trọng 78%, năm 2018 là 79% thì 9 tháng đầu năm nay đã đạt 81%.",
       ["Kim ngạch xuất khẩu của các doanh nghiệp FDI"] * 3),
    # a count opening its clause, then ", đạt (tỷ lệ) X%": what it counts, count and all (fresh zl5); an activity before
    # the count keeps it; a label's colon before the count names the measure
    ex("count-opening-the-clause-then-its-rate", "Năm 2024, 37.100 hộ đạt gia đình văn hóa, đạt tỷ lệ 93,7%; huyện kết "
       "nạp được 120 đảng viên mới, đạt 105% kế hoạch. Khám bệnh: 15.300 lượt người, đạt 115% kế hoạch.",
       ["37.100 hộ đạt gia đình văn hóa", "kết nạp được 120 đảng viên mới", "Khám bệnh"]),
    # who reached it, "đạt", then a quantity (quantity_heads.txt) and its amount: the quantity, never the actor (issue 13;
    # fresh bk2, bd1, nk2); a bare value or rate after "đạt" leaves the sector before it (fresh yk3)
    ex("actor-reaches-a-quantity", "Năm 2024, các doanh nghiệp trong khối đạt doanh thu 3.450 tỷ đồng, tăng 7,8%; ngành "
       "nông nghiệp đạt tổng giá trị hơn 2.600 tỷ đồng, tăng 9%.", ["doanh thu", "ngành nông nghiệp"]),
    # transport output: "vận chuyển", "luân chuyển" head a quantity after "và" (fresh bj5)
    ex("transport-turnover-after-and", "Vận chuyển hành khách đạt 18.700 nghìn lượt khách, giảm 9,7% so với năm trước và "
       "luân chuyển 1.612 triệu lượt khách.km, giảm 19%.", ["Vận chuyển hành khách", "luân chuyển"]),
    # after any verb, the plan's items named after the figure ("với 100% các chỉ tiêu …") are measured, never the bare
    # determiner (fresh ei4)
    ex("plan-items-after-voi", "Năm 2025, công ty hoàn thành tốt nhiệm vụ, với 100% các chỉ tiêu kinh tế đều đạt và vượt "
       "kế hoạch.", ["các chỉ tiêu kinh tế"]),
    # a sector, a hedge, then its growth named bare ("dự kiến tăng trưởng gần 4%", "dự kiến tốc độ tăng hơn 8%"): the
    # sector grows (fresh ek2)
    ex("sector-hedge-then-bare-growth", "Năm 2026, ngành công nghiệp - xây dựng dự kiến tăng trưởng gần 4% so với năm "
       "2025. Dịch vụ dự kiến tốc độ tăng hơn 8,8% so với năm 2025.", ["ngành công nghiệp - xây dựng", "Dịch vụ"]),
    # "giá trị gia tăng" (value added) is a noun, its "tăng" no predicate (fresh bj1; eval_long 31)
    ex("gia-tri-gia-tang-is-a-noun", "Năm 2025, tổng giá trị gia tăng đạt 19.830 tỷ đồng, tăng 13% so với cùng kỳ; thuế "
       "giá trị gia tăng hàng nhập khẩu chiếm 71,3%.", ["tổng giá trị gia tăng", "thuế giá trị gia tăng hàng nhập khẩu"]),
    # a slash after the figure, then the plan's own ("45%/KH 45%"): the label before names both (fresh hf3)
    ex("figure-slash-plan-figure", "Tỷ lệ che phủ rừng: 45%/KH 45%.", ["Tỷ lệ che phủ rừng", "Tỷ lệ che phủ rừng"]),
    # a period after the quantity, then "trên địa bàn (huyện)": neither the place nor the period before it is part of
    # what is measured, as with "của <place>" (fresh ie03, ec05: their golds end before the period)
    ex("period-then-where-tail-cut", "Tổng thu ngân sách nhà nước 6 tháng đầu năm trên địa bàn huyện ước đạt 125 tỷ đồng, "
       "bằng 48,3% dự toán.", ["Tổng thu ngân sách nhà nước"]),
    # the moment a figure is taken at ("đến thời điểm hiện tại", "Tính đến thời điểm 31/12/2024,") is a time: cut after the
    # quantity, no subject of its own before a clause that names none (fresh ic04)
    ex("moment-is-a-time", "Tỷ lệ người dân tham gia BHYT đến thời điểm hiện tại đạt 92%.", ["Tỷ lệ người dân tham gia BHYT"]),
    ex("moment-opening-is-no-subject", "Tính đến thời điểm 31/12/2024, toàn huyện đạt 95% kế hoạch.", [None]),
    # a period written after the place ("… trên địa bàn tỉnh | 6 tháng đầu năm 2023") is no period right after the
    # quantity: cut; a year there stays (a target's year: "… trên địa bàn năm 2025"; fresh ga03, ga04, long04)
    ex("period-after-where-cut-year-kept", "Tổng vốn đầu tư phát triển trên địa bàn tỉnh 6 tháng đầu năm 2024 tăng 9,2%; "
       "phấn đấu tổng thu ngân sách nhà nước trên địa bàn năm 2025 tăng 10%.",
       ["Tổng vốn đầu tư phát triển trên địa bàn tỉnh", "tổng thu ngân sách nhà nước trên địa bàn năm 2025"]),
    # "đồng bằng" (the delta) holds no predicate "bằng"; after an amount's "đồng" it is one ("1.200 tỷ đồng bằng 105%")
    ex("dong-bang-delta-is-no-predicate", "Năm 2024, tỷ lệ hộ nghèo vùng đồng bằng giảm còn 2%; thu ngân sách đạt 1.200 tỷ "
       "đồng bằng 105% kế hoạch.", ["tỷ lệ hộ nghèo vùng đồng bằng", "thu ngân sách"]),
    # an abbreviation's dot before a place's name ("TP. Buôn Ma Thuột", "TX. Ayun Pa") ends no clause: the quantity before
    # it is measured, not the place
    ex("abbreviation-dot-ends-no-clause", "Năm 2024, tổng thu ngân sách của TP. Buôn Ma Thuột đạt 105% dự toán; tỷ lệ hộ "
       "nghèo của TX. Ayun Pa giảm còn 2,1%.", ["tổng thu ngân sách", "tỷ lệ hộ nghèo"]),
    # shares listed with dashes after their figures ("A 15,7% - B 45,9% - C 38,4%"): each names its own sector; a change
    # after the dash is the same figure's (fresh ig03, la02)
    ex("shares-listed-with-dashes", "Cơ cấu kinh tế: nông nghiệp, thủy sản 16,2% - công nghiệp, xây dựng 44,1% - thương "
       "mại, dịch vụ 39,7%.", ["nông nghiệp, thủy sản", "công nghiệp, xây dựng", "thương mại, dịch vụ"]),
    ex("change-after-a-dash-is-the-figures", "Tỷ trọng ngành công nghiệp chế biến năm 2024 đạt 12,4% - tăng 1,8% so với năm "
       "2023.", ["Tỷ trọng ngành công nghiệp chế biến năm 2024", "Tỷ trọng ngành công nghiệp chế biến năm 2024"]),
    # a sector keeping or reaching a level of growth ("giữ mức tăng trưởng", "đạt tăng trưởng"): the sector grows, named
    # bare or after "khu vực" (a bracket closed after it is its remark, no part of it; fresh tc04, vd01)
    ex("sector-keeps-growth-level", "Công nghiệp duy trì vai trò động lực. Nông nghiệp giữ mức tăng trưởng hơn 3%/năm; "
       "khu vực III (dịch vụ) đạt tăng trưởng 7,2%.", ["Nông nghiệp", "khu vực III"]),
    # figure first, a long description that ends its clause a few words past the cap: taken whole, not cut inside a
    # name ("… một cửa | điện tử", "mô hình Không gian | Văn hóa …"; fresh xe04, kd02, wd04); longer, or with a comma
    # after the cap, it is cut (the rest of the sentence is no subject)
    ex("figure-first-long-subject-ends-its-clause", "Năm 2024, có 100% hồ sơ thủ tục hành chính được tiếp nhận và trả "
       "kết quả qua hệ thống một cửa điện tử.", ["hồ sơ thủ tục hành chính được tiếp nhận và trả kết quả qua hệ thống "
       "một cửa điện tử"]),
    ex("figure-first-subject-longer-still-cut", "Năm 2024, có 100% hồ sơ thủ tục hành chính được tiếp nhận và trả kết "
       "quả qua hệ thống một cửa điện tử của huyện trong thời gian sớm nhất có thể theo quy định.", ["hồ sơ thủ tục hành "
       "chính được tiếp nhận và trả kết quả qua hệ thống"]),
    # a comparison and its reference between the subject and the figure are no part of the subject (train 435)
    ex("comparison-with-reference-before-figure", "Giải ngân đạt kết quả khá (tỷ lệ giải ngân cao hơn so với cùng kỳ năm "
       "trước 20,06 điểm %).", ["tỷ lệ giải ngân"]),
    # "đạt tiêu chí <name>" (meets the criteria, as "đạt chuẩn") is part of what is counted, no predicate
    ex("meets-the-criteria-is-no-predicate", "Thu ngân sách đạt 142 tỷ đồng, bằng 114% kế hoạch; huyện có thêm 5 xã đạt "
       "tiêu chí nông thôn mới, bằng 125% kế hoạch.", ["Thu ngân sách", "có thêm 5 xã đạt tiêu chí nông thôn mới"]),
    # the plan of a change in brackets after its figure, its verb said again ("9,4% (KH tăng 10-11%)"): the quantity of
    # the figure before
    ex("plan-of-a-change-in-brackets-with-its-verb", "Có 2/9 chỉ tiêu không đạt kế hoạch: tốc độ tăng trưởng GRDP 9,4% "
       "(KH tăng 10-11%).", ["tốc độ tăng trưởng GRDP"] * 3),
    # a change verb after only a connective of consequence ("qua đó giảm 65,2% cơ quan …"): what it counts is named after
    # the figure, whatever the noun (fresh be01)
    ex("consequence-then-change-then-counted-noun", "Sở đã tham mưu sắp xếp các đơn vị hành chính; qua đó giảm 60% cơ "
       "quan chuyên môn cấp tỉnh.", ["cơ quan chuyên môn cấp tỉnh"]),
    # "tỷ trọng đóng góp" (the share contributed) is a noun as "tỷ lệ giảm" is: "đóng góp" no predicate after it
    ex("share-contributed-is-a-noun", "Tỷ trọng đóng góp của kinh tế biển vào GRDP 41,85% (KH 41%).",
       ["Tỷ trọng đóng góp của kinh tế biển vào GRDP"] * 2),
    # "khối lượng thực hiện" names the work done, a noun phrase ("thực hiện" no predicate after it, as after "vốn")
    ex("work-volume-done-is-a-noun", "Năm 2023, khối lượng thực hiện các công trình đạt 520 tỷ đồng, bằng 95% kế "
       "hoạch.", ["khối lượng thực hiện các công trình"]),
    # a ratio to a reference, then "và" and the figure: the quantity named before the amount, as after a comma
    ex("ratio-then-and-then-figure", "Doanh thu lữ hành đạt 850 tỷ đồng, tăng gấp 3 lần so với năm 2022 và đạt 104,5% "
       "kế hoạch.", ["Doanh thu lữ hành"]),
    ex("ratio-without-reference-then-and", "Lượt khách lưu trú đạt 42.000 lượt, gấp hơn 2 lần và vượt 12% kế hoạch.",
       ["Lượt khách lưu trú"]),
    # a closing "được" (with "tiếp tục", "chỉ" …) before the verb or the figure is what the quantity got, the verb's
    ex("closing-got-before-verb", "Tỷ lệ che phủ rừng tiếp tục được duy trì ở mức 45,2%.", ["Tỷ lệ che phủ rừng"]),
    ex("closing-got-before-figure", "Đến cuối tháng 11, vốn sự nghiệp chỉ giải ngân được 61,4%; vốn đầu tư giải ngân "
       "được 83%.", ["vốn sự nghiệp chỉ giải ngân", "vốn đầu tư giải ngân"]),
    # (after the figure, "được" stays in what is counted: "42% khu dân cư tổ chức được")
    ex("got-after-the-figure-stays", "Do dịch bệnh, chỉ có 42% khu dân cư tổ chức được.", ["khu dân cư tổ chức được"]),
    # "cấp mới và tăng thêm" (capital granted anew and added) names the quantity: "tăng" no change verb there
    ex("granted-anew-and-added-is-a-noun", "Tổng vốn đầu tư cấp mới và tăng thêm đạt 1.250 tỷ đồng, bằng 132% kế "
       "hoạch.", ["Tổng vốn đầu tư cấp mới và tăng thêm"]),
    # a rate named right after its figure is what the figure is, whatever verb stands before it (as "giảm 6% tỷ lệ hộ
    # nghèo" and a list item's "95% tỷ lệ hộ dân …" read)
    ex("reached-figure-then-rate", "Sau 6 tháng, huyện Bảo Lạc đạt 38,5% tỷ lệ thoát nghèo.", ["tỷ lệ thoát nghèo"]),
    ex("added-figure-then-rate", "Năm 2025, tỉnh phấn đấu tăng thêm 12% tỷ lệ người cao tuổi được khám sức khỏe định kỳ.",
       ["tỷ lệ người cao tuổi được khám sức khỏe định kỳ"]),
    # "trở lên" after the plan word bounds the share; it plans nothing: the targets counted before the verb are measured
    # a bracket listing parts, each with its amount: the first part is measured too, as the parts after the semicolons
    # the prices a value is counted at, "tính theo" them, close no subject
    ex("price-basis-counted-at", "Giá trị sản xuất công nghiệp (tính theo giá so sánh năm 2010) là 13.500 tỷ đồng, tăng "
       "12,5% so với năm 2018.", ["Giá trị sản xuất công nghiệp"]),
    # things counted, then what they reached, then their share ("chiếm", "đạt tỷ lệ", a second "đạt"): the share is of the
    # things that reached it, not of what was reached (as "học sinh đạt học lực khá chiếm 40%")
    ex("counted-reached-then-share", "Năm 2025, toàn hội có 16 chi hội đạt đơn vị xuất sắc chiếm 64% và 9 đơn vị đạt loại "
       "tốt đạt 36%.", ["chi hội đạt đơn vị xuất sắc", "đơn vị đạt loại tốt"]),
    ex("counted-fraction-reached-then-rate-verb", "Năm 2024, có 120/150 khu dân cư đạt khu dân cư văn hóa đạt tỷ lệ 80%.",
       ["khu dân cư đạt khu dân cư văn hóa"]),
    # (a year is no count: "Năm 2025 để đạt chỉ tiêu tăng trưởng … đạt từ 8%" keeps the target reached)
    ex("year-is-no-count-before-reached", "Năm 2025 để đạt chỉ tiêu tăng trưởng kinh tế đạt từ 8% trở lên, tỉnh xây dựng "
       "kịch bản tăng trưởng.", ["chỉ tiêu tăng trưởng kinh tế"]),
    ex("bracketed-parts-first-part", "Giá trị sản xuất lâm nghiệp đạt 820,4 tỷ đồng, tăng 2,1% (trồng rừng 310,2 tỷ đồng, "
       "tăng 3,5%; khai thác gỗ 402,6 tỷ đồng, tăng 1,2%).", ["Giá trị sản xuất lâm nghiệp", "trồng rừng", "khai thác gỗ"]),
    # (a bracket opening with a year, then an amount, is no part named: the whole before it stays measured)
    ex("bracket-opening-with-a-year-no-part", "Tổng thu ngân sách đạt 1.200 tỷ đồng (năm 2021 đạt 300 tỷ đồng, tăng 8,9%).",
       ["Tổng thu ngân sách"]),
    # a full stop glued to the next sentence ("năm 2019.Thu ngân sách", no space: pages pasted from portals) ends the
    # sentence before: the subject is the next sentence's quantity (fresh hl05; normalization writes the space)
    ex("glued-full-stop-ends-the-sentence", "Phấn đấu xã Tân Lập đạt chuẩn nông thôn mới trong năm 2020.Thu ngân sách "
       "trên địa bàn đạt trên 180 tỷ đồng, đạt 63% dự toán, tăng 12% so với cùng kỳ.",
       ["Thu ngân sách trên địa bàn"] * 2),
    # figure first, then "và" and an amount of other things counted: the figure counts only what stands before "và"
    # (fresh re01, hj02)
    ex("figure-first-then-another-amount-after-va", "Năm 2023, toàn tỉnh có 42% số xã và 31 huyện đạt chuẩn nông thôn "
       "mới; phấn đấu giữ vững 95% số làng và 120 cơ quan đạt chuẩn văn hóa.", ["số xã", "số làng"]),
    # the prices a value is counted at, in brackets without "theo", end the subject as "(theo giá …)" does: a scope or a
    # place after them is no part of it (fresh own06, if03, hx05)
    ex("price-bracket-without-theo-ends-the-subject", "Giá trị sản xuất công nghiệp (giá so sánh 2010) trên địa bàn "
       "huyện ước đạt 4.006 tỷ đồng, đạt 80,4% kế hoạch, tăng 5,9% so cùng kỳ.", ["Giá trị sản xuất công nghiệp"] * 2),
    ex("plan-at-or-above-is-no-content", "Đến nay, huyện có 9 chỉ tiêu đạt từ 100% kế hoạch trở lên, 4 chỉ tiêu đạt "
       "từ 70% kế hoạch trở lên.", ["có 9 chỉ tiêu", "4 chỉ tiêu"]),
    # "hai con số" (double digits) says how large the figure is, not what it measures (subject_fillers.txt; fresh qr3)
    ex("double-digits-is-no-subject", "Năm 2026, tỉnh phấn đấu tăng trưởng kinh tế đạt hai con số từ 10 - 10,5%.",
       ["tăng trưởng kinh tế"] * 2),
    # a figure alone after a colon, a comment after a comma: the clause before the colon names what it measures (fresh
    # ri5); the group named right after the figure still is its own ("…: 100% hồ sơ …")
    ex("figure-after-colon-then-a-comment", "Năm 2024, kinh tế giữ vững tốc độ tăng trưởng cao: 27,5%, nằm trong nhóm "
       "dẫn đầu của tỉnh.", ["tốc độ tăng trưởng"]),
    # "ước" hedging a verb and its amount is no predicate: the activity counted is measured, not who did it (fresh st5)
    ex("hedged-verb-and-its-amount", "Năm 2025, ngành du lịch Thanh Hóa ước đón trên 16 triệu lượt khách, tăng 6,1% so "
       "với cùng kỳ, đạt 101,8% kế hoạch.", ["đón trên 16 triệu lượt khách"] * 2),
    # an allocation received ("… được giao khoảng 75.481 tỷ đồng") names nothing measured: the topic before it does
    # (subject_fillers.txt; fresh sy2)
    ex("allocation-received-is-no-subject", "Về giải ngân đầu tư công, Bộ Giao thông vận tải được giao khoảng 75.481 tỷ "
       "đồng, đến hết tháng 12 dự kiến đạt 80% kế hoạch.", ["giải ngân đầu tư công"]),
    # a body "of every level" ("Hội đồng Nghĩa vụ quân sự các cấp", organizations.txt) says who acted, not what is
    # measured (fresh to1)
    ex("body-of-every-level-is-who-acted", "Năm 2025, Hội đồng Nghĩa vụ quân sự các cấp tổ chức giao quân đạt 100% chỉ "
       "tiêu.", ["tổ chức giao quân"]),
    ex("figure-after-colon-then-its-group", "Công tác cải cách hành chính đạt nhiều kết quả: 100% hồ sơ được tiếp nhận "
       "trực tuyến.", ["hồ sơ được tiếp nhận trực tuyến"]),
    # the activity whose rate is reached, its verbs whole after an aspect marker ("… đã | điều tra khám phá …") or joined
    # by a comma as a pair ("điều tra, làm rõ": comma_pairs.txt); who acted stays out (fresh sg1, to5)
    ex("activity-verbs-after-aspect-marker", "Năm 2024, lực lượng công an đã điều tra khám phá hơn 720 vụ phạm pháp hình "
       "sự, đạt tỷ lệ hơn 75%.", ["điều tra khám phá hơn 720 vụ phạm pháp hình sự"]),
    ex("activity-verb-pair-with-comma", "Năm 2024, tội phạm giảm mạnh; đã điều tra, làm rõ 421 vụ phạm tội, đạt tỷ lệ gần "
       "80%.", ["điều tra, làm rõ 421 vụ phạm tội"]),
    # a count named with its change right after it, then a share of the plan: the share is of the change (group W vv3);
    # restated in per cent, the count is measured
    ex("share-of-plan-of-a-counted-change", "Năm 2022, tổng chi ngân sách hơn 627 tỷ đồng, đạt 123,68% kế hoạch năm. Số "
       "hộ nghèo giảm 37 hộ, đạt 132% kế hoạch năm.", ["tổng chi ngân sách", "Số hộ nghèo giảm 37 hộ"]),
    ex("counted-change-restated-in-per-cent", "Năm 2022, số hộ nghèo giảm 120 hộ, tương ứng giảm 1,2%.", ["số hộ nghèo"]),
    # what is still left, figure first ("vẫn còn", "hiện còn", "nay còn": object_verbs.txt), the group after it, past a
    # bracket telling the share as a count (group V vs2); not "giảm còn 2,5%", a level reached
    ex("share-still-left-group-after-figure", "Năm 2018, toàn tỉnh có 180 nghìn người tham gia BHXH. Hiện vẫn còn hơn 20% "
       "(khoảng 43 nghìn người) chưa tham gia BHXH bắt buộc.", ["chưa tham gia BHXH bắt buộc"]),
    # … or a place opening the stretch and "còn" ("toàn tỉnh còn 13,51% hộ nghèo"; group Y wp1); a rate named before
    # keeps its subject
    ex("place-still-has-share-of-group", "Năm 2016, toàn tỉnh còn 13,51% hộ nghèo và 9,77% hộ cận nghèo.",
       ["hộ nghèo", "hộ cận nghèo"]),
    ex("rate-of-place-still-at-level", "Năm 2016, tỷ lệ hộ nghèo toàn tỉnh còn 3,2% theo chuẩn mới.",
       ["tỷ lệ hộ nghèo toàn tỉnh"]),
    ex("level-reached-after-con", "Năm 2024, tỷ lệ hộ nghèo giảm còn 2,5%.", ["tỷ lệ hộ nghèo"]),
    # "Kết quả" before the settling of cases or the disbursing of funds names what is measured, no lead-in ("Kết quả giải
    # quyết chung đạt 98,58%"; train 724, group T vb3)
    ex("result-of-settling-is-measured", "Năm 2023, Tòa án tỉnh thụ lý 5.000 vụ việc. Kết quả giải quyết chung đạt 98,58%, "
       "vượt 8,58% chỉ tiêu.", ["Kết quả giải quyết chung"] * 2),
    # a change told as a count with nothing named before its verb, then restated in per cent: what it counts changed, and
    # a share of the plan after it is of the change (group T vc2)
    ex("counted-change-restated-then-share-of-plan", "Năm 2020, sản lượng thủy sản đạt hơn 12.000 tấn, tăng 27,1% so với "
       "năm 2019; giảm 506 hộ nghèo (tương đương giảm 1,42%), đạt 110% kế hoạch giao.",
       ["sản lượng thủy sản", "hộ nghèo", "giảm 506 hộ nghèo"]),
    # ... the per cent bare in the bracket ("giảm 15 vụ (10,5%)"), after a comparison naming nothing, or after a comma
    # (group AN zbd4, group T uw5)
    ex("counted-change-bare-bracket", "So với cùng kỳ năm trước giảm 15 vụ (10,5%), giảm 8 người chết (20,1%); tăng 21 "
       "hộ nghèo (0,02%) và tăng 9 hộ cận nghèo (0,01%).", ["vụ", "người chết", "hộ nghèo", "hộ cận nghèo"]),
    # "bằng, chứng chỉ" (degrees, certificates) is a pair written with a comma: "bằng" is no predicate ("bằng 95%") there
    # (comma_pairs.txt; fresh tm5, group S ur4)
    # a size given with "với" after what was done measures that thing, not the size (group T vc4, AQ zby5)
    ex("size-with-voi-measures-what-was-done", "Toàn huyện gieo cấy cây vụ đông với diện tích 640 ha, bằng 94,5% so với "
       "cùng kỳ, cây màu xuân với diện tích 860 ha, bằng 97,9% so với cùng kỳ.",
       ["gieo cấy cây vụ đông", "cây màu xuân"]),
    # "thu, chi ngân sách": the budget's two sides named together (comma_pairs.txt; fresh re4)
    ex("budget-income-and-spending-pair", "Thu, chi ngân sách địa phương ước đạt 1.200 tỷ đồng, đạt 110%.",
       ["Thu, chi ngân sách địa phương"]),
    ex("degrees-and-certificates-short-pair", "Năm 2023, tỷ lệ lao động qua đào tạo đạt 69,5%, trong đó tỷ lệ có bằng, "
       "chứng chỉ đạt 28%.", ["tỷ lệ lao động qua đào tạo", "tỷ lệ có bằng, chứng chỉ"]),
    # who acted, an aspect marker, then what was done and counted: the count is measured, never the actor (group R uj5)
    ex("actor-then-aspect-marker-then-count", "Năm 2018, ngành y tế đã thực hiện hơn 3,5 triệu lượt khám bệnh, đạt 116,6% "
       "kế hoạch.", ["hơn 3,5 triệu lượt khám bệnh"]),
    # a fall told as a count, its rate in a bracket ("giảm 40 vụ (tỷ lệ 18,5%)"): what fell, not the reference after it
    # (fresh sv2)
    ex("fall-as-a-count-then-its-rate-in-a-bracket", "Toàn tỉnh có 180 vụ phạm pháp hình sự, giảm 40 vụ (tỷ lệ 18,5%) "
       "so với cùng kỳ.", ["vụ phạm pháp hình sự"]),
    # a quantity and the bare rate it grows at ("có tốc độ tăng", "tăng với tốc độ", "đạt tốc độ tăng"): the quantity,
    # its time left out; a rate naming its own quantity stays, and so does one after a word that is no quantity (train
    # 429, fresh oy4, group Y wp1)
    ex("quantity-has-a-growth-rate", "Thu ngân sách nhà nước giai đoạn 2021 - 2025 có tốc độ tăng trung bình đạt 6%/năm.",
       ["Thu ngân sách nhà nước"]),
    ex("quantity-grows-with-a-rate", "Năm 2023, quy mô tuyển sinh tăng với tốc độ trung bình khoảng 5,5%/năm.",
       ["quy mô tuyển sinh"]),
    ex("quantity-reaches-a-rise-rate", "Năm 2023, doanh thu du lịch đạt tốc độ tăng hơn 8% so với năm trước.",
       ["doanh thu du lịch"]),
    ex("rate-naming-its-own-quantity-stays", "Năm 2023, tỉnh đạt tốc độ tăng trưởng GRDP 7,2%.",
       ["tốc độ tăng trưởng GRDP"]),
    # a rank between an amount and its change, with what it ranks among ("đứng thứ 2/34 chi nhánh trên cả nước"), names
    # nothing measured (group Y wq3)
    ex("rank-among-units-between-amount-and-change", "Năm 2025, tổng dư nợ tín dụng đạt 18.016 tỷ đồng, đứng thứ 2/34 "
       "chi nhánh trên cả nước, tăng 6,2% so với năm 2024.", ["tổng dư nợ tín dụng"]),
    # the period compared with is never what is measured: its own figure in brackets after the comparison measures the
    # same quantity, as the reference's value does ("cao hơn so với năm 2021 (5,04%)"; group Z wx5)
    ex("compared-period-figure-in-brackets", "Năm 2016, tổng sản phẩm trên địa bàn tăng 8,05% so với cùng kỳ năm 2015 "
       "(cùng kỳ tăng 7,72%).", ["tổng sản phẩm trên địa bàn"] * 2),
    # a span of dates after the quantity is its time, no part of it ("số thu từ 01/01-30/6/2016 đạt …"; group Z ww2)
    ex("span-of-dates-after-the-quantity", "Năm 2016, số thu từ 01/01-30/6/2016 đạt 123.733 tỷ đồng, bằng 47,3% dự toán.",
       ["số thu"]),
    ex("span-of-days-written-out", "Năm 2016, số thu từ ngày 1/1 đến ngày 30/6/2016 đạt 123.733 tỷ đồng, bằng 47,3% dự "
       "toán.", ["số thu"]),
    # "và" after a figure, then another quantity with its own amount reached, opens that quantity's clause (group Z ww2);
    # a second predicate after "và" stays the first quantity's
    ex("and-after-a-figure-opens-the-next-quantity", "Năm 2016, xuất khẩu ước đạt 82,09 tỷ USD, tăng 5,7% và nhập khẩu "
       "đạt 80,49 tỷ USD, giảm 0,8%.", ["xuất khẩu", "nhập khẩu"]),
    ex("and-then-a-second-predicate", "Năm 2023, thu ngân sách đạt 120 tỷ đồng, bằng 105% dự toán và tăng 8% so với cùng "
       "kỳ.", ["thu ngân sách"] * 2),
    # a bracket closed right before a breakdown's "trong đó", no comma between: the breakdown opens its clause as after a
    # comma, the pair "nông, lâm nghiệp" kept (group Z wt5)
    ex("breakdown-right-after-a-bracket", "Năm 2022, GRDP ước đạt 9,15% (thuộc tốp 15 tỉnh) trong đó nông, lâm nghiệp và "
       "thủy sản tăng 4,43%.", ["GRDP", "nông, lâm nghiệp và thủy sản"]),
    # a figure closing a line and a bullet "- " opening the next are no range: the next line's figure counts its own
    # things (group AA xc3)
    ex("no-range-across-a-line-break", "Các chỉ tiêu môi trường gồm:\n\n- Thu gom rác thải đô thị đạt 96%; khu vực nông "
       "thôn đạt 80%\n\n- 94% dân cư thành thị được sử dụng nước sạch",
       ["Thu gom rác thải đô thị", "khu vực nông thôn", "dân cư thành thị được sử dụng nước sạch"]),
    ex("rate-after-no-quantity-stays", "Năm 2023, kinh tế có tốc độ tăng trưởng khá, đạt 7,5%.", ["tốc độ tăng trưởng"]),
    # a bracket opening on a lowercase word after the quantity's head is an aside on it ("(ước)", "(tính theo …)", "(kết
    # quả thực hiện)"), no part of what is measured; what is left out ("(trừ dầu khí)") and a capital abbreviation
    # ("(GRDP)") stay (groups P tr3, AA xd5, AB xi3; fresh pk4, qn3)
    ex("lowercase-bracket-after-the-head-is-an-aside", "Năm 2024, giá trị sản xuất thủy sản (ước) tăng 6,2%; tốc độ "
       "tăng trưởng kinh tế (tính theo giá trị sản xuất) đạt 9,4%.",
       ["giá trị sản xuất thủy sản", "tốc độ tăng trưởng kinh tế"]),
    ex("bracket-inside-a-figure-first-subject", "Đến nay, 86,5% xã đạt tiêu chí số 9 (nhà ở dân cư) nông thôn mới; phấn "
       "đấu có ít nhất 40% số xã (khoảng 30 xã) đạt chuẩn nông thôn mới.", ["xã đạt tiêu chí số 9", "số xã"]),
    # after "và", a share opening its own clause ("100% xã có …") counts what follows it, whatever stood before "và" (an
    # amount, a count): not a reference ("và 95% kế hoạch") (group AB xo5)
    ex("share-after-and-opens-its-own-clause", "Mạng bưu chính có 300 điểm phục vụ, bán kính phục vụ bình quân 2 km và "
       "100% xã có điểm phục vụ bưu chính.", ["xã có điểm phục vụ bưu chính"]),
    ex("plan-share-after-and-stays-the-quantitys", "Năm 2024, thu ngân sách đạt 120 tỷ đồng và 95% kế hoạch được giao.",
       ["thu ngân sách"]),
    # figure first, then a bare change after the comma closing what the share counts: the change is the share's, not
    # of the clause before (groups AB xp5, K sd1); a change naming its own quantity keeps it
    ex("bare-change-after-a-figure-first-share", "Năm 2025, Ban chỉ đạo tỉnh tập trung chỉ đạo, phấn đấu toàn tỉnh có ít "
       "nhất 60% số xã (khoảng 30 xã) đạt chuẩn nông thôn mới, tăng khoảng 5% so với năm 2024.", ["số xã"] * 2),
    ex("change-naming-its-own-quantity-after-a-share", "Năm 2024, 100% nhà ở đạt chuẩn, giảm 8% số hộ ở nhà tạm.",
       ["nhà ở đạt chuẩn", "số hộ ở nhà tạm"]),
    # counts of units with their shares in brackets, the predicate after each bracket what it measures: up to a bracket
    # or "và" and the next count, which is the next share's own (group AB xp4)
    ex("bracketed-shares-of-counts-joined-by-and", "Đến nay, cả tỉnh có 250 xã (42,4%) đạt chuẩn nông thôn mới nâng cao "
       "và 74 xã (12,3%) đạt chuẩn nông thôn mới kiểu mẫu.",
       ["đạt chuẩn nông thôn mới nâng cao", "đạt chuẩn nông thôn mới kiểu mẫu"]),
    ex("bracketed-share-of-a-count-before-a-bracket", "Đến nay, huyện có 12/20 xã (60%) đạt chuẩn nông thôn mới (tăng "
       "2 xã so với năm 2023).", ["đạt chuẩn nông thôn mới"]),
    # its change in the bracket after the predicate is the same share's (as after "có 81,62% số hộ …")
    ex("change-bracket-after-a-counts-share", "Đến nay, huyện có 12/20 xã (60%) đạt chuẩn nông thôn mới (tăng 10% so "
       "với năm 2023).", ["đạt chuẩn nông thôn mới"] * 2),
    # a bracket closed inside the words before the figure, opened before them: what it held is no part of the subject,
    # nor the "với" after it (group AC xt2)
    ex("bracket-closed-before-the-subject", "Năm học 2023-2024, thành phố tăng 5 bậc (từ vị trí thứ 16 lên vị trí thứ "
       "11) với tỷ lệ học sinh đỗ tốt nghiệp đạt 99,81%.", ["tỷ lệ học sinh đỗ tốt nghiệp"]),
    ex("left-out-and-abbreviation-brackets-stay", "Năm 2024, giá trị sản xuất công nghiệp (trừ dầu khí) tăng 7,1%; tổng "
       "sản phẩm trên địa bàn (GRDP) tăng 8,2%.",
       ["giá trị sản xuất công nghiệp (trừ dầu khí)", "tổng sản phẩm trên địa bàn (GRDP)"]),
    # a quantity named before "đạt", its figure a count of things, the change or share in brackets after it: the
    # quantity is measured, not the count (a density, visitors as a whole: groups X wb5, AG zb1), its numbers kept
    ex("density-reaches-a-count-then-its-change", "Năm 2024, mật độ thuê bao internet/100 dân đạt 85 thuê bao (tăng "
       "2,1% so với năm 2023).", ["mật độ thuê bao internet/100 dân"]),
    ex("visitors-as-a-whole-reach-a-count", "Năm 2024, tổng khách du lịch đạt 1.250.000 lượt khách (bằng 112% kế "
       "hoạch).", ["tổng khách du lịch"]),
    # an amount over its target with the target named ("được 706 ha/1.295 ha KH") closes the stretch: what was done is
    # measured, not the amount (group AV zdq5)
    ex("amount-over-its-named-target-closes-the-stretch", "Năm 2021, toàn huyện trồng rừng tập trung được 706 ha/1.295 "
       "ha KH, đạt 55% KH.", ["trồng rừng tập trung"]),
    # an example announced ("Đầu tiên phải kể đến …", "có thể kể đến …") is no part of what it names (group AU zdg2)
    ex("example-announced-before-the-quantity", "Năm 2024, thành phố đạt nhiều kết quả. Đầu tiên phải kể đến tổng thu "
       "ngân sách của thành phố, ước đạt 3.200 tỷ đồng, tăng 12%.", ["tổng thu ngân sách của thành phố"]),
    # a milestone or threshold the figure reaches ("đạt dấu mốc 13,05%") is how it is told: the quantity named before
    # it is measured, a growth rate an increase (group AU zdj1; resources/subject_fillers.txt)
    ex("milestone-reached-names-nothing", "Giai đoạn 2021-2025, tốc độ tăng trưởng bình quân hàng năm của huyện đã đạt "
       "dấu mốc 12,5%.", ["tốc độ tăng trưởng bình quân hàng năm của huyện"]),
    # bodies counted ("10/10 hợp tác xã (bằng 100%)"): the cooperatives are what the share measures, not an organization
    # acting, as a counted noun of any other kind is (group AS zco2)
    ex("counted-cooperatives-are-measured", "Năm 2024, giá trị sản xuất công nghiệp tăng 8,2%; thành lập mới 30 doanh "
       "nghiệp (bằng 105%), 12/12 hợp tác xã (bằng 100%).",
       ["giá trị sản xuất công nghiệp", "thành lập mới 30 doanh nghiệp", "hợp tác xã"]),
    # how much higher or lower than its target the figure before is, after a comma or in a bracket: the same quantity
    # (group BA ba5)
    ex("compared-in-a-bracket-after-the-figure", "Số người tham gia BHYT đạt 1,1 triệu người, đạt tỷ lệ bao phủ 91,5% dân "
       "số (thấp hơn 1,5% so với chỉ tiêu tỉnh giao).", ["tỷ lệ bao phủ"] * 2),
    # a procuracy supervising a share of cases ("kiểm sát 100% vụ án"): the cases are measured, as after "kiểm tra"
    # (object_verbs.txt; group BC dh5)
    # bodies named in the plural before an activity's verb ("các địa phương cấp …", "Các doanh nghiệp … tổ chức …") are
    # who did it: the activity is measured (resources/acting_bodies.tsv; long20, group BD ef5); after a figure, or
    # before what they reached, they are what is counted
    ex("plural-bodies-acting-are-no-subject", "Năm 2024, các doanh nghiệp khu vực ngoài nhà nước tổ chức hội nghị người "
       "lao động đạt 133%; 95% các doanh nghiệp nộp thuế điện tử.",
       ["tổ chức hội nghị người lao động", "các doanh nghiệp nộp thuế điện tử"]),
    # paving or hardening a share of roads or canals ("bê tông hóa 96% các tuyến đường", "cứng hóa 85% kênh mương"): the
    # roads are measured (object_verbs.txt; group BE fb1)
    ex("paving-a-share-of-roads", "Năm 2023, huyện đã nâng cấp, bê tông hóa 96,6% các tuyến đường huyện; cứng hóa 85% "
       "kênh mương nội đồng.", ["các tuyến đường huyện", "kênh mương nội đồng"]),
    # "đạt thấp" as "đạt cao": how the quantity fared, no subject; the figure after it measures what stands before
    # ("… đạt thấp (đạt 26% kế hoạch)"; subject_fillers.txt; group BE fb5)
    ex("reached-low-is-no-subject", "Năm 2024, thu tiền sử dụng đất cấp tỉnh đạt thấp (đạt 26% kế hoạch).",
       ["thu tiền sử dụng đất cấp tỉnh"]),
    ex("procuracy-supervises-a-share-of-cases", "Năm 2024, Viện kiểm sát hai cấp kiểm sát 100% tin báo tội phạm.",
       ["tin báo tội phạm"]),
]


@pytest.mark.parametrize("text,expected", SUBJECTS)
def test_percentage_subject_constructions(text, expected):
    assert [p.subject for p in percentages(text)] == expected


# ---------------------------------------------------------------- change
CHANGES = [
    # a ratio to the plan abbreviated ("bằng 100%KH", "đạt 103% NQ"; resources/references.txt) after a growth rate is
    # no rise, as "bằng 100% kế hoạch" is not (group AL yap2)
    ex("plan-abbreviated-after-a-growth-rate-is-no-rise", "Tốc độ tăng trưởng kinh tế đạt 14,2%, bằng 100%KH; tổng "
       "sản lượng lương thực đạt 103% NQ.", ["increase", None, None]),
    # a growth rate against a plan's own figure ("so với mục tiêu từ 8 – 8,5%") is a rise, not a share of the plan
    # a change told as an amount, then its size in per cent after a comma inside the bracket it opens: the same rise;
    # "bằng" over 100% is a ratio, no rise (fresh au04, av01)
    ex("restated-change-after-a-comma-in-the-bracket", "Năm 2020, thụ lý mới 5.600 việc; đã thi hành xong 5.024 việc "
       "(tăng 46 việc, 0,9% so với cùng kỳ); phát hiện 1.660 vụ vi phạm (tăng 193 vụ, bằng 113% so cùng kỳ).",
       ["increase", None]),
    ex("growth-rate-against-targets-figure", "Năm 2018, tốc độ tăng trưởng kinh tế đạt 8,36% so với mục tiêu từ 8 – 8,5%.",
       ["increase", "increase", "increase"]),
    # a fall of more than the whole is no fall: "giảm nghèo đạt trên 101%" is the share of its plan (fresh li04, gx04)
    ex("poverty-reduction-over-the-whole-no-fall", "Năm 2020, giảm nghèo đạt trên 118%; tỷ lệ giảm nghèo đạt 4,2%.",
       [None, "decrease"]),
    # "/năm" between a change's verb and its figure is how often, as "hằng năm" is (fresh il01)
    ex("per-year-before-the-figure", "Giai đoạn 2020 - 2025, tỷ lệ hộ nghèo giảm bình quân/năm 4,5%.", ["decrease"]),
    # the levels after a change's figure are levels, no change ("giảm 0,97%, từ 7,57% xuống còn 6,60%")
    ex("levels-after-a-change-no-change", "Tỷ lệ hộ nghèo giảm 0,97%, từ 7,57% năm 2014 xuống còn 6,60%.",
       ["decrease", None, None]),
    # places' figures in a list take the change of the figure before ("huyện A giảm 6,5%; B 4,5%; thị xã C 1,5%")
    ex("places-list-shares-the-change", "Năm 2017, các huyện phấn đấu giảm tỷ lệ hộ nghèo. Cụ thể, huyện Minh Hóa giảm "
       "6,5%; Tuyên Hóa 4,5% (1.070 hộ); thị xã Ba Đồn 1,5% và TP. Đồng Hới 0,1%.", ["decrease"] * 4),
    ex("places-list-of-a-growth-rate", "Một số địa phương có tỷ lệ tăng trưởng cao như: Krông Pa (10,8%), Đak Đoa "
       "(10,2%).", ["increase"] * 2),
    # a yearly figure of a capacity's use ("công suất sử dụng giường bệnh đạt 83%/năm") is its level, as a rate's; an
    # output's yearly figure is its growth
    ex("capacity-use-a-year-is-a-level", "Công suất sử dụng giường bệnh đạt 83,5%/năm; năng suất lao động bình quân đạt "
       "7%/năm.", [None, "increase"]),
    # a population growth rate is a growth rate, the size of a rise (guideline; eight of the nine fresh pages that name
    # it, thirty-seventh round), its own change a change
    ex("population-growth-rate-is-a-rise", "Tỷ lệ tăng dân số tự nhiên là 1,08% (giảm 0,09% so với năm 2013).",
       ["increase", "decrease"]),
    # the quantity named, then its absolute change, then the relative one ("tương đương (khoảng) X%"), the verb maybe
    # said again: the change is the absolute one's (fresh pages: 3 of 3)
    ex("restated-change-after-its-quantity", "So với cùng kỳ năm 2022, số vụ tai nạn giảm 31 vụ, tương đương khoảng "
       "28%; thu ngân sách tăng 50 tỷ đồng, tương đương 12%.", ["decrease", "increase"]),
    ex("restated-change-said-again", "Số hộ nghèo giảm 120 hộ, tương ứng giảm 1,2%.", ["decrease"]),
    # a rate of growth named by its head (resources/change_cues.tsv, kind growth) is an increase; the next items of
    # its list take its direction
    ex("growth-head-gia-tang", "Tốc độ gia tăng giá trị sản xuất (giá so sánh năm 2010) đạt 10,8%.", ["increase"]),
    ex("growth-head-san-xuat", "Tốc độ sản xuất ngành nông, lâm, thủy sản đạt 4,2%, ngành công nghiệp 6,7%.",
       ["increase", "increase"]),
    ex("equal-share-of-a-plan-no-change", "Giải ngân vốn đầu tư công đạt 14.700 tỉ đồng, tương đương 96,6% kế hoạch.",
       [None]),
    # a relative change in brackets restating the absolute one before it (set AQ; val gained)
    ex("restated-change-in-brackets", "Giá trị xuất khẩu đạt 3,7 tỷ USD, tăng 425 triệu USD so với cùng kỳ năm 2023 "
       "(tương ứng 12,7%).", ["increase"]),
    # an adverb of speed and a comma before "bình quân" (set AT)
    ex("fast-rise-then-average", "Thu ngân sách tăng nhanh, bình quân 19%/năm.", ["increase"]),
    # examples of a change told before them, each figure in brackets its size (set AY)
    ex("examples-of-a-change", "Một số mặt hàng tăng đột biến như giày da (160%), điện gió (103%).",
       ["increase", "increase"]),
    # the change verbs of change_cues.tsv, not only "tăng"/"giảm": "sụt", "sụt giảm", "giảm sút" (set AR)
    ex("sut-is-a-fall", "Tỷ lệ tốt nghiệp của tỉnh năm nay sụt hơn 20%; số thí sinh dự thi giảm sút 3,5%.",
       ["decrease", "decrease"]),
    # an item leaving out the verb of the one before with a copula keeps its change (set AQ)
    ex("elided-verb-with-copula", "Xuất khẩu của tỉnh tăng 8,1%, nhập khẩu là 5,2%.", ["increase", "increase"]),
    # "trung bình" between the verb and its figure, as "bình quân" (set AT)
    ex("trung-binh-adverb", "Tỉ lệ hộ nghèo giảm trung bình 1,9%/năm; doanh thu tăng trung bình 12% mỗi năm.",
       ["decrease", "increase"]),
    # a growth rate compared with the period before is still the size of a rise (sets AW, AX; val)
    ex("growth-rate-against-the-period-before", "Tốc độ tăng trưởng kinh tế trên địa bàn ước đạt 6,2% so với cùng kỳ; "
       "thu ngân sách đạt 1.200 tỷ đồng, bằng 104% so với cùng kỳ.", ["increase", None]),
    # a sign before the figure is the change's direction; a range's dash is none (sets AX, AS)
    ex("sign-before-the-figure", "Trong đó ngành khai khoáng (+12,4%); ngành chế biến, chế tạo (-3,1%); tỷ lệ lao "
       "qua đào tạo 60-65%.", ["increase", "decrease", None, None]),
    # an item of a list leaving out the verb of the one before keeps its change; a rate is a level (set AS)
    ex("elided-verb-in-a-list", "GRDP tăng 8%, trong đó công nghiệp 12%, dịch vụ 7%; tỷ lệ che phủ rừng trên 42%.",
       ["increase", "increase", "increase", None]),
    ex("tuong-ung-keeps-the-change", "Tổng mức bán lẻ hàng hóa tăng tương ứng 5%.", ["increase"]),
    # verb first, "từ X% … xuống còn Y%": both levels (set AM); a growth dated by a bare year still grows
    ex("verb-first-from-level-to-level", "Năm 2023, tỉnh giảm tỷ lệ hộ nghèo từ 18,2% năm 2022 xuống còn 14,1%.",
       [None, None]),
    ex("growth-dated-by-a-bare-year", "Ngân hàng phấn đấu tăng trưởng tín dụng đạt 10% năm 2025.", ["increase"]),
    # without "từ" the figure before "xuống còn" is the size of the fall ("từ 62% … xuống" is where it started)
    ex("fall-then-level-reached", "Tỷ lệ hộ nghèo đa chiều giảm 1,2% xuống còn 3,4%.", ["decrease", None]),
    ex("fall-then-count-reached", "Số vụ vi phạm giảm 8% xuống còn 46 vụ.", ["decrease"]),
    # an output measured in money "đạt X%" with no plan after it: its growth; against a plan, or a share, no change
    ex("output-reaching-a-figure-grows", "Năm 2023, giá trị gia tăng toàn ngành nông nghiệp đạt 3,83%.", ["increase"]),
    ex("grdp-estimated-growth", "GRDP bình quân cả nước ước đạt 8%.", ["increase"]),
    ex("output-against-its-plan", "GRDP đạt 102% kế hoạch.", [None]),
    ex("output-production-value-unchanged", "Tổng giá trị sản xuất ước đạt 18,3%.", [None]),
    # a level reaching a figure per year grows by it; a rate's yearly figure is its level
    ex("per-year-figure-of-a-level", "Năng suất lao động xã hội bình quân đạt 6,5%/năm.", ["increase"]),
    ex("per-year-figure-of-a-rate", "Tỷ lệ lao động qua đào tạo bình quân đạt 2%/năm.", [None]),
    # where a change started, a year after it: a level ("giảm từ 68% năm 2015 xuống còn 60,8%")
    ex("start-level-with-its-year", "Tỷ lệ lao động nông nghiệp giảm từ 62% năm 2020 xuống còn 51,5% năm 2025.",
       [None, None]),
    ex("start-level-rise-with-its-year", "Tỷ lệ đô thị hóa tăng từ 25% năm 2020 lên 31% năm 2025.", [None, None]),
    # a verb-first change whose object reached the figure ("giảm tỷ lệ hộ nghèo đạt 5,4%")
    ex("verb-first-object-reached", "Năm 2024, xã giảm tỷ lệ hộ nghèo đạt 3,6%, vượt kế hoạch.", ["decrease"]),
    ex("negative-growth-is-a-fall", "Ngành nông nghiệp tăng trưởng âm 2,1% so với cùng kỳ.", ["decrease"]),
    ex("ty-le-tang-is-a-rate-of-growth", "Tỷ lệ tăng thu ngân sách đạt 7% trở lên.", ["increase"]),
    ex("excess-over-a-target-is-no-growth", "Tốc độ tăng trưởng kinh tế đạt 8,2%, vượt mục tiêu đề ra 0,7%.",
       ["increase", None]),
    ex("chi-con-lai-is-a-level", "Tỷ lệ hộ nghèo của xã giảm nhanh chỉ còn lại 2,5%.", [None]),
    ex(
        "reference-value-in-brackets-is-a-rate-too",
        "Tăng trưởng cả năm ước đạt hơn 10,2%, vượt mục tiêu đặt ra (9%), đứng thứ 6 cả nước.",
        ["increase", "increase"],
    ),
    ex(
        "relative-change-restating-an-absolute-one",
        "Số người tham gia bảo hiểm xã hội 52.000 người, giảm 1.200 người, tương ứng 2,3%.",
        ["decrease"],
    ),
    ex("toc-do-phat-trien-is-growth", "Tốc độ phát triển kinh tế của xã đạt 8,2%.", ["increase"]),
    ex("toc-do-thu-is-growth", "Tốc độ thu ngân sách giai đoạn 2021-2025 ước đạt 12,5%/năm.", ["increase"]),
    ex(
        "tang-manh-adverb",
        "Trong đó, khu vực dịch vụ tăng mạnh 12,1%, nông nghiệp tăng 2,3%.",
        ["increase", "increase"],
    ),
    ex(
        "second-figure-shares-the-verb",
        "Nông nghiệp và dịch vụ tăng lần lượt 4,1% và 8,6%.",
        ["increase", "increase"],
    ),
    ex("tang-binh-quan-uoc-dat", "Giá trị sản xuất lâm nghiệp tăng bình quân ước đạt 6,3%.", ["increase"]),
    ex(
        "growth-carried-to-places",
        "Tốc độ tăng trưởng kinh tế năm 2024: huyện A Lưới đạt 9,1%; huyện Nam Đông đạt 8,4%.",
        ["increase", "increase"],
    ),
    ex(
        "verb-first-below-is-a-level",
        "Năm 2025, xã phấn đấu giảm tỷ lệ hộ nghèo đa chiều xuống dưới 1%. Huyện phấn đấu giảm tỷ lệ hộ nghèo dưới 1,5%.",
        [None, None],
    ),
    # the plan of a change, in brackets after its own past reference, is a change too (sets U, Z)
    ex("plan-of-a-change-after-its-past-reference",
       "Doanh thu du lịch đạt 820 tỷ đồng, tăng 9,4% so với cùng kỳ (kế hoạch năm 8%).", ["increase", "increase"]),
    ex("plan-of-a-fall-at-the-start-of-the-year",
       "Giá trị sản xuất nông nghiệp giảm 2,1% so với năm 2023 (kế hoạch đầu năm 1,5%).", ["decrease", "decrease"]),
    ex("resolution-figure-of-a-change", "Tổng giá trị sản xuất tăng 9,51% (Nghị quyết 9,26%).",
       ["increase", "increase"]),
    ex("plan-of-a-level-stays-a-level", "Tỷ lệ hộ nghèo còn 3,1% (kế hoạch năm 3,5%).", [None, None]),
    # the reference between the verb and its figure ("tăng so với cùng kỳ năm trước 11,6%"; sets P, S)
    ex("reference-between-verb-and-figure",
       "Thu ngân sách ước đạt 512 tỷ đồng, tăng so với cùng kỳ năm trước 11,6%.", ["increase"]),
    ex("reference-between-fall-and-figure", "Tỷ lệ hộ nghèo giảm so với năm trước khoảng 1,2%.", ["decrease"]),
    # one change against two references, the second figure after the first's reference (set AE)
    ex("one-change-two-references",
       "Giá trị sản xuất công nghiệp tăng 5,6% so với kế hoạch, 22,5% so với cùng kỳ; dịch vụ tăng 13,9%.",
       ["increase", "increase", "increase"]),
    ex("a-reference-then-a-level-of-its-own", "Thu ngân sách đạt 105% so với dự toán, 98% kế hoạch năm.", [None, None]),
    # a rate "giảm dưới" a figure is brought below that level (as "giảm xuống dưới"); a count "giảm dưới 5%" falls by it
    ex("rate-falls-below-a-level", "Năm 2026, phấn đấu tỷ lệ hộ nghèo giảm dưới 0,5%; số vụ tai nạn giao thông giảm dưới 5%.",
       [None, "decrease"]),
    # verb first, a quantity (no rate) falls by less than the size: a fall; a rate brought below a level is none
    ex("verb-first-quantity-falls-below", "Có 1.050 ha lúa bị giảm năng suất dưới 30%; phấn đấu giảm tỷ lệ hộ nghèo dưới 2%.",
       ["decrease", None]),
    # "với mức" between the rise and its size, as "ở mức"
    ex("voi-toc-do-is-the-size-of-the-rise", "Ngành dịch vụ tăng trưởng với tốc độ 10%.", ["increase"]),
    ex("voi-muc-is-the-size-of-the-rise", "Ngành dịch vụ tăng với mức 9%; công nghiệp tăng trưởng ấn tượng với mức 14,5%.",
       ["increase", "increase"]),
    # "tăng tới": by as much as; "tăng lên tới" a level
    ex("tang-toi-as-much-as", "Sản lượng điện thương phẩm tăng tới 18,5% so với cùng kỳ năm 2020.", ["increase"]),
    ex("tang-len-toi-is-a-level", "Tỷ lệ che phủ rừng tăng lên tới 45,2%.", [None]),
    # a "+" opening a line is a bullet, not the sign of a rise ("(+16,2%)" still is)
    ex("plus-bullet-is-no-sign", "Năm 2026, phấn đấu:\n+ 80% công đoàn cơ sở hoàn thành tốt nhiệm vụ.\nNgành khai khoáng "
       "(+16,2%) tăng mạnh.", [None, "increase"]),
    # the planned value of a growth rate is a rate of growth too; by how much a plan is exceeded is none
    ex("planned-growth-exceeded", "Tốc độ tăng giá trị sản xuất ước 8,2%, vượt kế hoạch 7-7,5%.",
       ["increase", "increase", "increase"]),
    ex("planned-growth-in-the-range", "GRDP ước đạt 6,9%, nằm trong khoảng chỉ tiêu 6,5-7%.",
       ["increase", "increase", "increase"]),
    ex("plan-exceeded-by", "Thu ngân sách tăng 14%, vượt kế hoạch 3%.", ["increase", None]),
    # a change told as an amount, its size in per cent in a bracket: the change's direction (fresh 34, 40)
    ex("rise-as-amount-then-bracketed-share", "Dư nợ đạt 42.770 tỷ đồng, tăng 3.203 tỷ đồng (bằng 8,1%) so với đầu năm; "
       "số thành viên giảm 12 nghìn người (khoảng 2%).", ["increase", "decrease"]),
    # the parts of a growth rate, after "trong đó" (in its sentence or the next), grew as it did; a part measured
    # against a plan, or a figure after ";" with no "trong đó", does not
    ex("parts-of-a-growth-rate", "Tốc độ tăng trưởng kinh tế đạt 8,2%. Trong đó, khu vực nông, lâm nghiệp và thủy sản "
       "đạt 4,5%; khu vực dịch vụ đạt 8,6%.", ["increase", "increase", "increase"]),
    ex("growth-then-another-quantity", "Tốc độ tăng trưởng kinh tế đạt 6,8%; tổng vốn đầu tư toàn xã hội đạt 48,5% kế "
       "hoạch.", ["increase", None]),
    # a negative figure said in words is a fall, after "tăng trưởng" or alone; a list's next item keeps its own sign
    ex("negative-in-words", "Quý II, kinh tế tỉnh tăng trưởng âm 2,4%; nông nghiệp âm 1,1%, dịch vụ tăng 3%, công nghiệp âm 0,8%.",
       ["decrease", "decrease", "increase", "decrease"]),
    # a comparison with the period before written ahead of the figure ("cao hơn cùng kỳ năm 2016 là X%"): how much
    # the quantity named before rose (or fell), its subject (fresh ig1, kk2)
    ex("compared-with-past-ahead", "Tốc độ tăng trưởng đạt 7,2%, cao hơn cùng kỳ năm 2019 là 0,3%; tỷ lệ thất nghiệp "
       "còn 2,1%, thấp hơn năm trước 0,2%.", ["increase", "increase", None, "decrease"]),
    # a time and a copula between the verb and its figure ("giảm trong năm là 0,5%") keep the verb's direction (fresh tl1)
    ex("time-and-copula-after-the-verb", "Tỷ lệ hộ nghèo giảm trong năm là 0,6%; tỷ lệ hộ cận nghèo giảm bình quân hằng "
       "năm là 1,2%.", ["decrease", "decrease"]),
    # verb first, its object, then the copula before the figure: the verb's direction ("giảm tỷ lệ hộ nghèo là 0,47%";
    # fresh vi4)
    # … and a remark in brackets between the object and its figure (fresh gj05)
    ex("verb-first-object-bracketed-remark", "Năm 2022, giảm tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều) 1,15%; tỷ lệ trường "
       "đạt chuẩn quốc gia đạt 80%.", ["decrease", None]),
    # a change verb shared by the next figure after "và", each naming what it measures after "về" (fresh ex02)
    ex("change-shared-by-the-next-figure-with-ve", "Năm 2023, thành lập mới 950 doanh nghiệp, tăng 3,5% so với cùng kỳ về "
       "số doanh nghiệp và 12,4% về vốn đăng ký.", ["increase", "increase"]),
    # … and the result verb with "từ" before a range ("tăng GRDP đạt từ 8% - 8,5%"; fresh dv05)
    ex("verb-first-object-result-from-a-range", "Năm 2024, tăng GRDP đạt từ 7% - 7,5%.", ["increase", "increase"]),
    ex("verb-first-object-then-copula", "Năm 2023, huyện thực hiện giảm tỷ lệ hộ nghèo là 1,2%.", ["decrease"]),
    # a change verb written on to its figure ("(giảm11,6%)"): still the verb's direction (fresh qk1)
    ex("verb-written-on-to-figure", "Số lượt phương tiện qua cửa khẩu là 3.600 lượt (giảm12,5%).", ["decrease"]),
    # the change told as an amount in a unit written with a digit, or with no unit, then the share in a bracket
    ex("change-amount-in-m3-then-share", "Khối lượng gỗ bị thiệt hại 52,4 m3, giảm 31,6 m3 (tương đương 38%).",
       ["decrease"]),
    # … unless the share is over 100% after a fall: no fall is, it is the plan's share reached ("giảm 3.009 hộ (hơn 111%)")
    ex("fall-as-amount-then-share-over-100-no-change", "Năm 2024, số hộ nghèo giảm 1.250 hộ (hơn 115%).",
       [None]),
    ex("change-amount-without-unit-then-share", "Diện tích rừng bị cháy 12,5 ha, tăng 2,25 (tương đương 22%) so với cùng"
       " kỳ.", ["increase"]),
    # the plan's value of a level is a level, though a growth rate was read before the comma (fresh sh05)
    # one change against two references, the second naming the same period without "so với" (fresh fa04)
    ex("second-reference-same-period-without-so-voi", "Tổng mức bán lẻ hàng hóa đạt 1.500 tỷ đồng, tăng 4,5% so với tháng "
       "trước và 21,4% cùng kỳ năm trước.", ["increase", "increase"]),
    ex("plan-of-a-level-after-a-growth", "Tăng trưởng tín dụng đạt 12,5%, tỷ lệ nợ quá hạn 0,3% so chỉ tiêu dưới 0,5%.",
       ["increase", None, None]),
    # a fall told as a count, then "tương ứng (tỷ lệ)" and its size in per cent after a comma (fresh qx3)
    ex("fall-as-a-count-then-its-rate", "Toàn xã còn 25 hộ nghèo, tỷ lệ 2,11%, giảm 06 hộ, tương ứng tỷ lệ 0,03% so với "
       "năm 2023.", [None, "decrease"]),
    # … or in a bracket naming it a rate: "giảm 40 vụ (tỷ lệ 18,5%)" (fresh sv2)
    ex("fall-as-a-count-then-its-rate-in-a-bracket", "Toàn tỉnh xảy ra 180 vụ phạm pháp hình sự, giảm 40 vụ (tỷ lệ 18,5%) "
       "so với cùng kỳ.", ["decrease"]),
    # the verb shared by a second figure after "về … và", its "số …" named without "về" (group AA xf3)
    ex("shared-change-second-figure-counting-a-number", "Năm 2021, khởi tố mới 75.358 vụ, tăng 0,34% về số vụ và 3,25% "
       "số bị can so với năm 2020.", ["increase", "increase"]),
    # the rate a quantity grows at is a rise ("… có tốc độ tăng trưởng khá (7,5%)")
    ex("quantity-has-a-growth-rate-in-brackets", "Năm 2023, tổng sản phẩm trên địa bàn có tốc độ tăng trưởng khá (7,5%) so "
       "với năm 2022.", ["increase"]),
    ex("growth-in-double-digits", "Năm 2026, tỉnh phấn đấu tăng trưởng kinh tế đạt hai con số từ 10 - 10,5%.",
       ["increase", "increase"]),
    # a share ("chiếm X%") after a growth rate in the same clause is no rise: of 178 figures after "chiếm" in every set
    # and group, none has a change in gold (group AE yn5)
    ex("share-after-a-growth-rate-is-no-change", "Năm 2023, thành phố phấn đấu đưa tốc độ tăng trưởng giá trị ngành dịch "
       "vụ đạt 12,4% và chiếm 36,5% trong cơ cấu kinh tế.", ["increase", None]),
    # a relative figure restating an absolute change with a decimal comma inside it, in a bracket or after a comma: the
    # change is the absolute one's (group AH zl3)
    ex("restated-change-with-a-decimal-comma-in-a-bracket", "Năm 2021, năng suất lúa bình quân đạt 55 tạ/ha (tăng 3,89 "
       "tạ/ha so với năm 2020, tương đương 7,6%).", ["increase"]),
    ex("restated-change-with-a-decimal-comma-after-a-comma", "Năm 2021, năng suất lúa bình quân đạt 55 tạ/ha, giảm 1,5 "
       "tạ/ha so với năm 2020, tương ứng 2,7%.", ["decrease"]),
    gap(
        "verb-in-subject-before-colon",
        "Các chỉ tiêu chủ yếu năm 2025: giảm tỷ lệ hộ nghèo trên: 3%.",
        ["decrease"],
        "the verb opens the subject carried over a colon; the change is read only before the figure",
    ),
]


@pytest.mark.parametrize("text,expected", CHANGES)
def test_percentage_change_constructions(text, expected):
    assert [p.change for p in percentages(text)] == expected


def test_quantity_phrase_kept_with_its_numbers_holds_no_other_figure():
    """A quantity's phrase keeps its numbers ("mật độ …/100 dân"), never another percentage's figure: "tỷ lệ bao phủ
    khoảng 91% dân số (tăng 0,9% …)" is not read as one phrase with the figure inside (fresh pw2)."""
    text = ("Tính đến ngày 31/12/2024, toàn tỉnh có 1,2 triệu người tham gia bảo hiểm y tế, đạt tỷ lệ bao phủ khoảng "
            "91,01% dân số (tăng 0,9% so với năm 2023).")
    found = percentages(text)
    assert [p.value for p in found] == [91.01, 0.9]
    assert all(p.subject is None or "%" not in p.subject for p in found)


def test_long_chain_of_parallel_names_is_bounded():
    """A list of thousands of names of one kind, joined by commas, is read without exhausting the stack (the chain of
    parallel names is followed a bounded number of names back)."""
    text = "Năm 2024, tỷ lệ " + ", ".join(["đảng viên nữ"] * 2000) + " đạt trên 50%."
    found = percentages(text)
    assert [p.value for p in found] == [50.0]


@pytest.mark.parametrize("body", __import__("pipeline.resources", fromlist=["load_kind"]).load_kind("acting_bodies.tsv", "body"))
def test_every_acting_body_of_the_data_is_read(body):
    """NAMED_ACTOR reads each body of resources/acting_bodies.tsv: in the plural before an activity's verb it acted."""
    (p,) = percentages(f"Năm 2024, các {body} tổ chức tập huấn cho 500 lượt người, đạt 110% kế hoạch.")
    assert p.subject.startswith("tổ chức tập huấn"), p.subject
