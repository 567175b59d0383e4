"""Tasks: constructions seen across the train articles, on invented texts.

Each ``(text, expected)`` pair is a short invented text in the style of
Vietnamese government news and the key phrases of the tasks expected in it,
in order: each task must contain its phrase and there must be exactly that
many tasks. ``NOT_TASK_EXAMPLES`` give a phrase no task may overlap.

The constructions (see pipeline/components/tasks.py and
pipeline/resources/task_cues.tsv):

* a list of targets after a count of targets set ("đề ra 15 chỉ tiêu …: A; B",
  "24 chỉ tiêu, trong đó A; B", "Mục tiêu đến năm 2030: A; B", "Trong đó: A. B"
  after "… 10 chỉ tiêu cụ thể."), one task per target, targets split at ";",
  sentence stops and commas between two figures; the list goes on in a later
  paragraph that only lists figures;
* "sẽ" before a task verb ("… sẽ tiếp tục …; chú trọng …");
* "phấn đấu," before a list of targets;
* a leading "Năm 2026," (a year after the report year) opening directions;
* the headline opening with a task verb, unless the body states it again;
* a plan heading ("Phương hướng, nhiệm vụ năm 2026") and the item lines after it;
* a task cut mid-word by the end of the text loses its last word.
"""

from __future__ import annotations

import pytest



from helpers import assert_tasks


def xfail(text, expected, *, id, reason):
    return pytest.param(text, expected, id=id, marks=pytest.mark.xfail(strict=True, reason=reason))


TASK_EXAMPLES = [
    # the fields named right after a count of targets ("đề ra 24 chỉ tiêu chủ yếu phát triển kinh tế - xã hội năm 2024;
    # trong đó, A, B") say what the targets are about: no target of their own (a field item with its verb after ";" is
    # one: "…; bảo đảm quốc phòng, an ninh; …")
    pytest.param(
        "HĐND thành phố thông qua nghị quyết\n\nChiều 8/12/2023, HĐND thành phố tổ chức kỳ họp. Nghị quyết đề ra 22 chỉ "
        "tiêu chủ yếu phát triển kinh tế - xã hội năm 2024; trong đó, tốc độ tăng GRDP đạt từ 6,5-7%, thu nhập bình quân "
        "đầu người đạt 75 triệu đồng.",
        ["tốc độ tăng GRDP đạt từ 6,5-7%", "thu nhập bình quân đầu người đạt 75 triệu đồng"],
        id="fields-after-a-count-of-targets-are-none",
    ),
    # an aim opening a sentence whose clause then tells what was done ("Với mục tiêu A, những tháng đầu năm, các lực lượng
    # đã …") is the purpose of a result, no task
    pytest.param(
        "Kinh tế cửa khẩu\n\nVới mục tiêu bảo đảm thông quan an toàn, thông suốt, những tháng đầu năm, các lực lượng chức "
        "năng đã phối hợp chặt chẽ; tình hình an ninh được giữ vững. Tổng kim ngạch xuất nhập khẩu đạt 88 triệu USD.",
        [],
        id="aim-of-what-was-done-is-none",
    ),
    # a sentence opening on the term whose congress the article reports ("Đại hội … nhiệm kỳ 2020-2025" … "Trong nhiệm
    # kỳ 2020-2025, Đảng bộ … tập trung …") gives the term's directions; in a mid-term review the term is the running
    # one and tells what was done
    pytest.param(
        "Đại hội Đảng bộ Trung tâm Y tế huyện\n\nNgày 12/6/2020, Đảng bộ Trung tâm Y tế huyện tổ chức Đại hội đại biểu "
        "lần thứ IV, nhiệm kỳ 2020-2025. Nhiệm kỳ qua, Đảng bộ đã hoàn thành các chỉ tiêu đề ra. Trong nhiệm kỳ 2020 - "
        "2025, Đảng bộ Trung tâm tập trung lãnh đạo nâng cao chất lượng khám, chữa bệnh; đẩy mạnh xã hội hóa y tế.",
        ["tập trung lãnh đạo nâng cao chất lượng khám", "đẩy mạnh xã hội hóa y tế"],
        id="term-of-the-congress-opens-directions",
    ),
    pytest.param(
        "Sơ kết giữa nhiệm kỳ\n\nHuyện ủy tổ chức hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ huyện "
        "lần thứ XX, nhiệm kỳ 2020-2025. Trong nhiệm kỳ 2020-2025, Đảng bộ huyện tập trung lãnh đạo phát triển kinh tế.",
        [],
        id="term-in-a-mid-term-review-is-running",
    ),
    # things named as examples after "như:" / "bao gồm:" (no verb, no figure, no plan noun before the colon) are part of
    # the task before them, no list of tasks
    pytest.param(
        " date 2022-01\nNăm 2021, huyện đạt 18/20 chỉ tiêu.\n\nNăm 2022, huyện tập trung phát triển nông nghiệp hàng hóa, xác "
        "định một số cây chủ lực như: sâm, thảo quả, quế; tỉnh quan tâm phát triển 5 sản phẩm chủ lực, bao gồm: cây ăn "
        "quả; chăn nuôi gia súc, gia cầm.",
        ["tập trung phát triển nông nghiệp hàng hóa", "quan tâm phát triển 5 sản phẩm chủ lực"],
        id="examples-after-nhu-or-bao-gom",
    ),
    # "sẽ định hướng …" (will steer): after "sẽ" the word is a verb opening a task, a noun elsewhere
    pytest.param(
        " date 2018-01\nTổng kết năm 2017, ngành du lịch đón 6,2 triệu lượt khách quốc tế, tăng 20% so với năm 2016. Sở "
        "Du lịch đặt chỉ tiêu sẽ đón 7,5 triệu lượt khách quốc tế trong năm 2018.\n\nÔng Bùi Văn An, Giám đốc Sở Du lịch, "
        "thông tin trong năm 2018 sẽ định hướng phát triển du lịch theo hướng đa dạng hóa sản phẩm.",
        ["đón 7,5 triệu lượt khách quốc tế", "định hướng phát triển du lịch"],
        id="se-dinh-huong-opens-a-task",
    ),
    # short items with no verb and no figure after an item ("…; an ninh, an toàn; ấm no, hạnh phúc") name the qualities
    # of the item before them, no tasks of their own
    pytest.param(
        " date 2024-06\nĐại hội xác định các khâu đột phá nhiệm kỳ 2024-2029: phát huy dân chủ; tích cực vận động các "
        "nguồn lực; xây dựng khu dân cư đoàn kết, đồng thuận; an ninh, an toàn; ấm no, hạnh phúc.",
        ["phát huy dân chủ", "tích cực vận động các nguồn lực", "xây dựng khu dân cư đoàn kết"],
        id="qualities-listed-after-an-item",
    ),
    # a Party committee named after a connective, then its verb ("Theo đó, Huyện ủy xác định tiếp tục …; tập trung …"),
    # as "huyện" or "Đảng bộ" there: each clause a task
    pytest.param(
        " date 2020-01\nHuyện ủy tổng kết năm 2019, triển khai nhiệm vụ năm 2020.\n\nTheo đó, Huyện ủy xác định tiếp tục "
        "tăng cường công tác xây dựng Đảng; tập trung lãnh đạo tổ chức thành công đại hội trong năm 2020.",
        ["tiếp tục tăng cường công tác xây dựng Đảng", "tập trung lãnh đạo tổ chức thành công đại hội"],
        id="party-committee-after-a-connective-then-verb",
    ),
    # a sentence opening on the year ahead described ("Năm 2020 là năm cuối …,"), then a body and its task verb: the task
    # opens at the verb (the description itself, "đồng thời là năm …", is none)
    pytest.param(
        " date 2020-01\nHội nghị tổng kết năm 2019, triển khai nhiệm vụ năm 2020. Năm 2019, huyện hoàn thành 24 chỉ tiêu,"
        " tổng giá trị sản xuất tăng 14,38%.\n\nNăm 2020 là năm cuối thực hiện Nghị quyết Đại hội nhiệm kỳ 2015-2020, "
        "Huyện ủy tập trung lãnh đạo tăng tốc hoàn thành các chỉ tiêu Nghị quyết đề ra.",
        ["tập trung lãnh đạo tăng tốc"],
        id="described-year-ahead-then-body-and-verb",
    ),
    # a target set as "chỉ tiêu" without "ra" ("đặt chỉ tiêu …"), as "đặt mục tiêu": each target of the sentence a task
    pytest.param(
        " date 2018-01\nSở Du lịch tỉnh tổ chức hội nghị tổng kết năm 2017. Lượng khách năm 2017 đạt 1,6 triệu lượt, "
        "tăng 12% so với năm 2016.\n\nSở Du lịch đặt chỉ tiêu sẽ đón 2 triệu lượt khách quốc tế trong năm 2018; đón 9 "
        "triệu lượt khách nội địa.",
        ["đón 2 triệu lượt khách quốc tế", "đón 9 triệu lượt khách nội địa"],
        id="target-set-as-chi-tieu-without-ra",
    ),
    # the coming months counted ("3 tháng cuối năm,", "Trong 2 tháng cuối năm,"), or the tasks for them put to work, lead
    # directions
    pytest.param(
        " date 2021-09\nUBND huyện họp đánh giá kết quả 9 tháng năm 2021, triển khai nhiệm vụ 3 tháng cuối năm.\n"
        "3 tháng cuối năm, UBND huyện tập trung thu ngân sách; triển khai sản xuất vụ đông.",
        ["tập trung thu ngân sách", "triển khai sản xuất vụ đông"],
        id="counted-months-left-lead",
    ),
    pytest.param(
        " date 2021-09\nUBND huyện họp đánh giá kết quả 9 tháng năm 2021.\n"
        "Triển khai nhiệm vụ 3 tháng cuối năm, UBND huyện tập trung phòng, chống dịch bệnh; chuẩn bị sản xuất vụ đông.",
        ["tập trung phòng, chống dịch bệnh", "chuẩn bị sản xuất vụ đông"],
        id="tasks-of-the-months-left-put-to-work",
    ),
    # "Bước sang năm 2021," and the results a plan builds on before its year ("Trên cơ sở kết quả đạt được, năm 2021,")
    # lead directions as "Năm 2021," does
    pytest.param(
        " date 2020-12\nHội nghị tổng kết công tác năm 2020 của huyện.\nNăm 2020, thu ngân sách đạt 120 tỷ đồng.\n"
        "Bước sang năm 2021, UBND huyện tập trung thu ngân sách; triển khai sản xuất vụ đông xuân.",
        ["tập trung thu ngân sách", "triển khai sản xuất vụ đông xuân"],
        id="stepping-into-the-year-leads",
    ),
    pytest.param(
        " date 2020-12\nHội nghị tổng kết công tác năm 2020 của huyện.\nNăm 2020, thu ngân sách đạt 120 tỷ đồng.\n"
        "Trên cơ sở kết quả đạt được, năm 2021, UBND huyện tập trung thu ngân sách; triển khai sản xuất vụ đông xuân.",
        ["tập trung thu ngân sách", "triển khai sản xuất vụ đông xuân"],
        id="results-built-on-then-the-year-leads",
    ),
    # a request, a comma, the coming year, then bodies listed with commas ("đề nghị, trong năm 2021 các cấp ủy, chính
    # quyền tập trung …")
    pytest.param(
        " date 2020-12\nHội nghị tổng kết công tác năm 2020 của huyện.\nNăm 2020, thu ngân sách đạt 120 tỷ đồng.\n"
        "Đồng chí Bí thư Huyện ủy đề nghị, trong năm 2021 các cấp ủy, chính quyền tập trung thu ngân sách; đẩy nhanh "
        "giải ngân vốn đầu tư công.",
        ["tập trung thu ngân sách", "đẩy nhanh giải ngân vốn đầu tư công"],
        id="comma-request-then-bodies-listed",
    ),
    # "chỉ đạo, <the coming period> <bodies> <task verb>": a direction reported (train 016, set AM); not "sự chỉ đạo"
    pytest.param(
        "Hội nghị tổng kết năm 2023 của huyện.\nPhát biểu tại Hội nghị, đồng chí Bí thư Huyện ủy chỉ đạo, trong năm 2024 "
        "các phòng, ban, ngành, các địa phương tiếp tục phát huy tinh thần đoàn kết, thực hiện thắng lợi các chỉ tiêu.",
        ["tiếp tục phát huy tinh thần đoàn kết"],
        id="chi-dao-comma-coming-year",
    ),
    pytest.param(
        "Hội nghị tổng kết năm 2023 của huyện.\nVới sự lãnh đạo, chỉ đạo, năm 2023 huyện đạt nhiều kết quả quan trọng.",
        [],
        id="lanh-dao-chi-dao-is-the-noun",
    ),
    # "Qua bình xét cuối năm, …": the outcome of a review opens the next paragraph, the targets do not run on (set BC)
    pytest.param(
        "Hội nghị tổng kết công tác Hội năm 2024.\nNăm 2025, Hội phấn đấu 100% chi hội đạt trong sạch vững mạnh; "
        "giảm nghèo 10 hộ.\nQua bình xét cuối năm, Huyện hội tặng giấy khen cho 12 cá nhân và 24 tập thể, có 45 chi "
        "hội đạt trong sạch vững mạnh.",
        ["100% chi hội đạt trong sạch", "giảm nghèo 10 hộ"],
        id="review-outcome-ends-targets",
    ),
    # the list of targets set right after "chỉ tiêu chủ yếu", no colon (set BC; the colon form is train's)
    pytest.param(
        "Đại hội Đảng bộ phường An Hòa lần thứ XV.\nĐại hội thông qua nghị quyết nhiệm kỳ mới với một số chỉ tiêu chủ "
        "yếu thu ngân sách tăng bình quân hằng năm 8-10%; gọi công dân nhập ngũ hằng năm đạt 100% chỉ tiêu; hộ gia "
        "đình văn hóa đạt 90% trở lên.",
        ["thu ngân sách tăng bình quân", "gọi công dân nhập ngũ", "hộ gia đình văn hóa đạt 90%"],
        id="targets-right-after-chu-yeu",
    ),
    # "phấn đấu" after an actor named ("huyện Thanh Ba"): the place's "Ba" is no number word (set AZ)
    pytest.param(
        "Kỳ họp thứ 14 HĐND huyện.\nTrong 6 tháng đầu năm 2020, thu ngân sách đạt 94% dự toán. Mục tiêu 6 tháng cuối "
        "năm để đạt và vượt mức kế hoạch năm 2020 huyện Thanh Ba phấn đấu tốc độ tăng trưởng đạt từ 7% trở lên.",
        ["phấn đấu tốc độ tăng trưởng đạt từ 7%"],
        id="soft-cue-after-a-named-actor",
    ),
    # after the coming period's adverbial, bodies listed with commas, then a task verb (set AZ)
    pytest.param(
        "Hội nghị đánh giá kết quả 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2024.\n"
        "Trong 6 tháng cuối năm, các cấp ủy Đảng, chính quyền, mặt trận và các đoàn thể sớm hoàn thành đề án phát "
        "triển du lịch; tập trung giải phóng mặt bằng các dự án; phát triển văn hóa, giáo dục.",
        ["sớm hoàn thành đề án", "tập trung giải phóng mặt bằng", "phát triển văn hóa, giáo dục"],
        id="rest-of-year-then-listed-bodies",
    ),
    # past the list's "…" (etc.), "và <verb>" is the sentence's own verb, no target; "Trước đó, …" (before that) opens
    # a paragraph of what the session heard, the list does not run on into it (set BA)
    pytest.param(
        "Kỳ họp thứ 9 HĐND xã Tân Phú\nĐại biểu biểu quyết thông qua Nghị quyết về phát triển kinh tế - xã hội năm 2025 "
        "với các chỉ tiêu chủ yếu như: thu nhập bình quân đầu người đạt 75 triệu đồng; giảm tỷ lệ hộ nghèo còn 1,2%; "
        "giao quân đạt chỉ tiêu huyện giao…và biểu quyết thông qua Nghị quyết về dự toán ngân sách năm 2025.\n"
        "Trước đó, các đại biểu được nghe báo cáo tình hình thực hiện nghị quyết năm 2024 với các nội dung như: thu nhập "
        "bình quân đầu người ước đạt 68 triệu đồng/năm, tỷ lệ hộ nghèo còn 1,5%…, nghe thông báo của UBMTTQ xã.",
        ["thu nhập bình quân đầu người đạt 75", "giảm tỷ lệ hộ nghèo còn 1,2%", "giao quân đạt chỉ tiêu"],
        id="list-ends-at-etc-and-before-that",
    ),
    pytest.param(
        " date 2026-01\nHội nghị tổng kết công tác năm 2025 của xã Hòa Bình.\n"
        "Năm 2026, xã Hòa Bình đề ra 12 chỉ tiêu kinh tế - xã hội: tổng thu ngân sách đạt 45 tỷ đồng; "
        "thu nhập bình quân đầu người đạt 68 triệu đồng; tỷ lệ hộ nghèo giảm còn 1,2%.",
        ["tổng thu ngân sách đạt 45 tỷ đồng", "thu nhập bình quân đầu người đạt 68 triệu",
         "tỷ lệ hộ nghèo giảm còn 1,2%"],
        id="de-ra-N-chi-tieu-colon-list",
    ),
    pytest.param(
        " date 2025-10\nĐại hội Đảng bộ huyện Tân Lập lần thứ XV đã bế mạc.\n"
        "Đại hội đề ra 20 chỉ tiêu, trong đó đến năm 2030 tổng sản phẩm đạt 9.000 tỷ đồng, tăng trưởng "
        "bình quân 9%/năm; thu hút 2 triệu lượt khách du lịch.",
        ["tổng sản phẩm đạt 9.000 tỷ đồng", "tăng trưởng bình quân 9%/năm", "thu hút 2 triệu lượt khách"],
        id="N-chi-tieu-trong-do-and-comma-between-figures",
    ),
    pytest.param(
        " date 2026-01\nHội nghị tổng kết năm 2025 của Hội Cựu chiến binh xã.\n"
        "Hội nghị đã thông qua chương trình công tác năm 2026 với 5 nhiệm vụ trọng tâm và 8 chỉ tiêu cụ thể. "
        "Trong đó: 100% hội viên được học tập nghị quyết. Phấn đấu kết nạp mới 15 hội viên trở lên.",
        ["100% hội viên được học tập nghị quyết", "kết nạp mới 15 hội viên"],
        id="trong-do-colon-after-count-sentence",
    ),
    pytest.param(
        " date 2025-09\nĐại hội đại biểu Đảng bộ tỉnh lần thứ nhất đã thành công.\n"
        "Mục tiêu đến năm 2030: xây dựng hệ thống chính trị trong sạch, vững mạnh; phát triển du lịch "
        "thành ngành kinh tế mũi nhọn.",
        ["xây dựng hệ thống chính trị trong sạch", "phát triển du lịch thành ngành kinh tế mũi nhọn"],
        id="muc-tieu-den-nam-colon-opens-sentence",
    ),
    pytest.param(
        " date 2025-12\nXã Phú Lộc tổ chức hội nghị giao chỉ tiêu kinh tế - xã hội năm 2026.\n"
        "Năm 2026, xã tiếp tục đề ra các chỉ tiêu như: thu ngân sách tăng trên 8%; "
        "duy trì 95% số thôn đạt chuẩn văn hóa.\n"
        "\n"
        "Ảnh hội nghị 2\n"
        "\n"
        "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 96%; trên 90% hộ gia đình đạt chuẩn văn hóa.",
        ["thu ngân sách tăng trên 8%", "duy trì 95% số thôn", "bảo hiểm y tế đạt 96%",
         "trên 90% hộ gia đình"],
        id="target-list-goes-on-in-figure-paragraph",
    ),
    pytest.param(
        " date 2024-01\nBộ Chỉ huy quân sự tỉnh tổng kết công tác quốc phòng năm 2023.\n"
        "Năm 2024, lực lượng vũ trang tỉnh sẽ tiếp tục duy trì nghiêm chế độ trực chỉ huy; "
        "chú trọng huấn luyện lực lượng dân quân.",
        ["tiếp tục duy trì nghiêm chế độ trực chỉ huy", "chú trọng huấn luyện lực lượng dân quân"],
        id="se-before-task-verb",
    ),
    pytest.param(
        " date 2025-10\nĐại hội Đảng bộ tỉnh thông qua nghị quyết.\n"
        "Trong nhiệm kỳ 2025-2030, tỉnh phấn đấu, tốc độ tăng trưởng bình quân đạt 8%/năm; "
        "thu ngân sách tăng 10%/năm.",
        ["tốc độ tăng trưởng bình quân đạt 8%/năm", "thu ngân sách tăng 10%/năm"],
        id="phan-dau-comma-then-targets",
    ),
    pytest.param(
        " date 2026-01\nHội nghị tổng kết năm 2025 của Đảng bộ xã Tân Hòa.\n"
        "Năm 2025, Đảng bộ xã hoàn thành 20/20 chỉ tiêu.\n"
        "Năm 2026, với mục tiêu giá trị sản xuất nông nghiệp tăng trên 4,5% so với năm 2025, ngành tiếp tục "
        "nâng cao chất lượng hợp tác xã; đẩy mạnh chuyển đổi số.",
        ["tiếp tục nâng cao chất lượng hợp tác xã", "đẩy mạnh chuyển đổi số"],
        id="leading-future-year-actor-verb",
    ),
    pytest.param(
        "Đẩy mạnh thu hút đầu tư vào khu công nghiệp\n"
        "Sáng 5/3, UBND tỉnh họp phiên thường kỳ tháng 3 để nghe báo cáo tình hình kinh tế.",
        ["Đẩy mạnh thu hút đầu tư vào khu công nghiệp"],
        id="headline-opening-with-task-verb",
    ),
    # a headline opening on what was reached tells a result, no task (unless it names a year ahead)
    pytest.param(
        " date 2023-12\nHoàn thành vượt mức các chỉ tiêu, nhiệm vụ đã đề ra\n"
        "Sáng 20/12, Đảng ủy xã tổ chức hội nghị tổng kết công tác năm 2023.",
        [],
        id="headline-opening-on-what-was-reached",
    ),
    pytest.param(
        " date 2026-01\nHội nghị tổng kết năm 2025 của huyện Mường Tè.\n"
        "Phương hướng, nhiệm vụ năm 2026\n"
        "- Tập trung phát triển cây dược liệu gắn với tiêu thụ sản phẩm.\n"
        "- Nâng cao chất lượng khám chữa bệnh tại trạm y tế.\n"
        "Hội nghị cũng khen thưởng 12 tập thể.",
        ["phát triển cây dược liệu", "Nâng cao chất lượng khám chữa bệnh"],
        id="plan-heading-then-item-lines",
    ),
    pytest.param(
        " date 2026-01\nHội nghị tổng kết năm 2025.\n"
        "Nhiệm vụ trọng tâm thời gian tới\n"
        "Tiếp tục rà soát quy hoạch sử dụng đất của các xã.\n"
        "Đẩy nhanh tiến độ giải ngân vốn đầu tư công.",
        ["rà soát quy hoạch sử dụng đất", "Đẩy nhanh tiến độ giải ngân"],
        id="plan-heading-without-bullets",
    ),
    pytest.param(
        " date 2026-01\nHội nghị tổng kết năm 2025.\n"
        "Đồng chí Bí thư yêu cầu các xã tập trung rà soát hồ sơ đất đai, đẩy nhanh giải ng",
        ["tập trung rà soát hồ sơ đất đai"],
        id="text-cut-mid-word-last-item-too-short",
    ),
    pytest.param(
        " date 2026-01\nHội nghị tổng kết năm 2025.\n"
        "Năm 2026, xã đặt mục tiêu tăng trưởng 9%, thu ngân sách đạt 30 tỷ đồng.",
        ["tăng trưởng 9%", "thu ngân sách đạt 30 tỷ đồng"],
        id="dat-muc-tieu-without-colon",
    ),
    # a body settling the targets it sets, as "đặt / đề ra mục tiêu" (train 637; twelfth round)
    pytest.param(
        " date 2024-12\nKỳ họp thứ 25 HĐND tỉnh khóa XVII thông qua kế hoạch năm 2025.\n"
        "HĐND tỉnh thống nhất mục tiêu tăng trưởng GRDP đạt 8,5% trở lên; thu ngân sách nhà nước đạt 15.000 tỷ đồng.",
        ["tăng trưởng GRDP đạt 8,5%", "thu ngân sách nhà nước đạt 15.000 tỷ"],
        id="thong-nhat-muc-tieu",
    ),
    pytest.param(
        " date 2024-12\nHội nghị tổng kết năm 2024 của Đảng ủy xã, triển khai nhiệm vụ năm 2025.\n"
        "Đảng ủy xã xác định mục tiêu giữ vững tốc độ tăng trưởng kinh tế trên 8%; kết nạp 15 đảng viên mới.",
        ["giữ vững tốc độ tăng trưởng", "kết nạp 15 đảng viên mới"],
        id="xac-dinh-muc-tieu",
    ),
    # a headline whose subject resolves on the plan (the brief's "… quyết tâm hoàn thành nhiệm vụ năm 2026")
    pytest.param(
        "Phường Hạc Thành quyết tâm hoàn thành toàn diện các chỉ tiêu năm 2026\n"
        "Sáng 26/12/2025, HĐND phường tổ chức kỳ họp thường lệ cuối năm. Tổng thu ngân sách ước đạt 812 tỷ đồng.",
        ["quyết tâm hoàn thành toàn diện các chỉ tiêu"],
        id="headline-subject-quyet-tam",
    ),
    pytest.param(
        "Với quyết tâm cao, huyện Mường Tè hoàn thành 20 chỉ tiêu năm 2025\n"
        "Sáng 26/12/2025, Huyện ủy tổ chức hội nghị tổng kết. Tổng thu ngân sách ước đạt 812 tỷ đồng.",
        [],
        id="headline-quyet-tam-noun-no-task",
    ),
    # lines of a plan list opening on a topic and its colon ("Về công nghiệp: A; B"): the items after the colon
    pytest.param(
        "Hội nghị tổng kết công tác năm 2025 của Sở Công Thương.\n"
        "Về nhiệm vụ năm 2026, Sở xác định một số nhiệm vụ trọng tâm:\n"
        "Về công nghiệp: tập trung thu hút đầu tư vào các cụm công nghiệp; hỗ trợ doanh nghiệp khôi phục sản xuất.\n"
        "Về thương mại: phát triển hạ tầng thương mại nông thôn.",
        ["tập trung thu hút đầu tư", "hỗ trợ doanh nghiệp khôi phục", "phát triển hạ tầng thương mại"],
        id="plan-lines-opening-on-a-topic-and-colon",
    ),
    pytest.param(
        "Hội nghị tổng kết công tác năm 2025 của UBND huyện.\n"
        "Năm 2026, huyện tập trung thực hiện các nhiệm vụ trọng tâm sau:\n"
        "Lĩnh vực kinh tế: tập trung thu hút đầu tư; hỗ trợ doanh nghiệp khôi phục sản xuất.\n"
        "Trong lĩnh vực xã hội, nâng cao chất lượng giáo dục, y tế cơ sở.",
        ["tập trung thu hút đầu tư", "hỗ trợ doanh nghiệp", "nâng cao chất lượng giáo dục"],
        id="plan-lines-opening-on-a-field",
    ),
    # a numbered topic between the list's intro and its items is no item
    pytest.param(
        "Hội nghị tổng kết công tác năm 2025 của UBND huyện.\n"
        "Năm 2026, huyện tập trung thực hiện các nhiệm vụ trọng tâm sau:\n"
        "1. Về kinh tế\nTập trung thu hút đầu tư vào các cụm công nghiệp.\n"
        "2. Về văn hóa - xã hội\nNâng cao chất lượng giáo dục, y tế cơ sở.",
        ["Tập trung thu hút đầu tư", "Nâng cao chất lượng giáo dục"],
        id="numbered-topic-is-no-item",
    ),
    # "lưu ý <the bodies asked> <their verb>" asks, as "đề nghị" does; "lưu ý" before a view does not
    pytest.param(
        "Hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026 của huyện.\n"
        "Phát biểu chỉ đạo, Bí thư Huyện ủy lưu ý các xã sớm hoàn thiện hồ sơ đất đai.",
        ["lưu ý các xã sớm hoàn thiện hồ sơ đất đai"],
        id="luu-y-bodies-then-verb",
    ),
    pytest.param(
        "Hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026 của huyện.\n"
        "Phát biểu chỉ đạo, Bí thư Huyện ủy lưu ý các xã vẫn còn nhiều khó khăn về hạ tầng.",
        [],
        id="luu-y-a-view-no-task",
    ),
    # a prohibition opens a task as a task verb does (a headline after its kicker here)
    pytest.param(
        "Thủ tướng: Không để thiếu vốn cho các dự án trọng điểm\n"
        "Ngày 15/1/2026, Chính phủ họp tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.",
        ["Không để thiếu vốn cho các dự án trọng điểm"],
        id="headline-prohibition-after-kicker",
    ),
    # a plan heading, then lines naming who acts before the task verb ("Ngành tiếp tục …") or opening on it
    pytest.param(
        "Hội nghị tổng kết công tác y tế năm 2025.\nNăm 2025, ngành hoàn thành 12/12 chỉ tiêu được giao.\n"
        "Nhiệm vụ trọng tâm năm 2026\n\n"
        "Ngành tiếp tục củng cố mạng lưới y tế cơ sở.\n\n"
        "Chú trọng công tác phòng, chống dịch bệnh.\n\n"
        "Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh ghi nhận những kết quả ngành đạt được.",
        ["Ngành tiếp tục củng cố mạng lưới", "Chú trọng công tác phòng, chống dịch bệnh"],
        id="plan-heading-then-subject-verb-lines",
    ),
    # plan lines opening on a label and its colon, the task verb right after
    pytest.param(
        "Hội nghị tổng kết công tác y tế năm 2025.\nNăm 2025, ngành hoàn thành 12/12 chỉ tiêu được giao.\n"
        "Năm 2026, ngành đề ra các giải pháp:\n"
        "Công tác tuyên truyền: đẩy mạnh tuyên truyền về bảo hiểm y tế.\n"
        "Công tác chuyên môn: nâng cao chất lượng khám chữa bệnh.",
        ["đẩy mạnh tuyên truyền về bảo hiểm y tế", "nâng cao chất lượng khám chữa bệnh"],
        id="plan-lines-opening-on-a-label",
    ),
    # a run of requests goes on through "<body> hướng dẫn …" (a task verb, not the document "Hướng dẫn số …")
    pytest.param(
        "Hội nghị tổng kết năm 2025, triển khai nhiệm vụ năm 2026 của huyện.\n"
        "Phát biểu chỉ đạo, đồng chí Bí thư Huyện ủy đề nghị các cấp ủy tập trung lãnh đạo hoàn thành các chỉ tiêu năm "
        "2026. Ngành Nông nghiệp hướng dẫn bà con chuyển đổi cơ cấu cây trồng. Phòng Tài chính - Kế hoạch tham mưu bố "
        "trí vốn kịp thời.",
        ["đề nghị các cấp ủy", "hướng dẫn bà con chuyển đổi", "tham mưu bố trí vốn"],
        id="run-of-requests-through-huong-dan",
    ),
    # forces and sector bodies act in directions as other bodies do
    pytest.param(
        "Công an tỉnh tổng kết công tác năm 2025.\nNăm 2026, Công an tỉnh phấn đấu kéo giảm ít nhất 5% số vụ phạm pháp "
        "hình sự. Lực lượng Công an tiếp tục đẩy mạnh phong trào Toàn dân bảo vệ an ninh Tổ quốc.",
        ["phấn đấu kéo giảm ít nhất 5%", "tiếp tục đẩy mạnh phong trào"],
        id="force-as-body-in-directions",
    ),
    # a proposal to a higher level asks, as "kiến nghị"; the noun "các đề xuất của cử tri" does not
    pytest.param(
        "Hội nghị tổng kết năm 2025, triển khai nhiệm vụ năm 2026 của huyện.\n"
        "Tại hội nghị, lãnh đạo UBND xã đề xuất UBND tỉnh hỗ trợ kinh phí xây dựng cầu dân sinh. Hội nghị tiếp thu các "
        "đề xuất của cử tri về giao thông.",
        ["đề xuất UBND tỉnh hỗ trợ kinh phí"],
        id="de-xuat-to-a-higher-level",
    ),
    pytest.param(
        " date 2026-01\nHội nghị tổng kết năm 2025 của Công ty Điện lực.\n"
        "Thay mặt người lao động, ông Lê Văn Minh, Giám đốc Công ty phát biểu tiếp thu và cam kết phấn đấu "
        "hoàn thành kế hoạch sản xuất điện năm 2026.",
        ["phấn đấu hoàn thành kế hoạch sản xuất điện"],
        id="cam-ket-phan-dau",
    ),
    pytest.param(
        "Từ đó, ông Trần Văn An đề nghị huyện ưu tiên tháo gỡ khó khăn về mặt bằng\n"
        "mà các doanh nghiệp còn vướng.\n"
        "Cùng với đó, tiếp tục đôn đốc các dự án chậm tiến độ trên địa bàn.",
        ["ưu tiên tháo gỡ khó khăn về mặt bằng", "tiếp tục đôn đốc các dự án"],
        id="hard-wrapped-request-then-verb-clause",
    ),
    pytest.param(
        " date 2026-01\nHội nghị tổng kết năm 2025 của huyện Mường Lát.\n"
        "Năm 2026, huyện đề ra 15 chỉ tiêu kinh tế - xã hội:\n"
        "Thu ngân sách trên địa bàn đạt 60 tỷ đồng.\n"
        "Tỷ lệ hộ nghèo giảm 3%.\n"
        "Phát biểu tại hội nghị, ông Lò Văn Sơn đánh giá cao kết quả đạt được.",
        ["Thu ngân sách trên địa bàn đạt 60 tỷ đồng", "Tỷ lệ hộ nghèo giảm 3%"],
        id="target-intro-ending-line-then-item-lines",
    ),
    pytest.param(
        " date 2026-01\nHội nghị tổng kết năm 2025.\n"
        "Thứ nhất, tập trung hoàn thiện quy hoạch chung của xã.\n"
        "Thứ hai, đẩy mạnh thu hút đầu tư vào nông nghiệp.",
        ["hoàn thiện quy hoạch chung", "đẩy mạnh thu hút đầu tư"],
        id="ordinal-paragraphs",
    ),
    # a target compared with the same period is still a target in a list of targets set (set AT)
    pytest.param(
        " date 2021-01\nNăm 2021, huyện Đức Hòa đặt ra một số chỉ tiêu: ngành xây dựng tăng trưởng 6-7%; ngành "
        "thương mại - dịch vụ tăng 8-9% so với cùng kỳ.",
        ["ngành xây dựng tăng trưởng 6-7%", "ngành thương mại - dịch vụ tăng 8-9%"],
        id="target-against-same-period",
    ),
    # a paragraph opening on the period just past reports; it does not continue the targets before it (set AQ)
    pytest.param(
        " date 2017-07\nThứ trưởng yêu cầu kim ngạch xuất khẩu lâm sản cả năm phải đạt 7,5 tỷ USD trở lên; tỷ lệ che "
        "phủ rừng đạt 41,5%.\nTrong 6 tháng đầu năm, giá trị sản xuất lâm nghiệp tăng 5,3%; giá trị xuất khẩu lâm "
        "sản đạt 3,7 tỷ USD.",
        ["kim ngạch xuất khẩu lâm sản cả năm phải đạt", "tỷ lệ che phủ rừng đạt 41,5%"],
        id="past-opener-paragraph-ends-targets",
    ),
    # a speaker who "đã nêu rõ" the tasks ahead: the words are past, the tasks listed after the colon are not; the
    # numbered items end where a sentence opens on no ordinal (a paragraph with no line breaks goes on)
    pytest.param(
        " date 2025-07\nHội nghị triển khai nhiệm vụ 6 tháng cuối năm 2025 của xã. Phát biểu tại hội nghị, đồng chí Phó Bí "
        "thư đã nêu rõ một số nhiệm vụ trọng tâm trong thời gian tới: Thứ nhất, tập trung chỉ đạo sản xuất vụ mùa. Thứ "
        "hai, đẩy nhanh giải ngân vốn đầu tư công. Đồng thời, thống nhất các nhiệm vụ trọng tâm tháng 7.",
        ["tập trung chỉ đạo sản xuất vụ mùa", "đẩy nhanh giải ngân vốn đầu tư công"],
        id="tasks-named-by-a-speaker-then-ordinals-end",
    ),
    # "đã nhấn mạnh một số nhiệm vụ …, đó là: A; B" (the speaker's words past), then after a photo's caption a paragraph
    # opening on a task verb ("Thực hiện quyết liệt …") goes on with the list
    pytest.param(
        " date 2026-02\nGặp mặt đầu xuân, triển khai nhiệm vụ năm 2026 của xã.\nLãnh đạo Đảng ủy xã đã nhấn mạnh một số "
        "nhiệm vụ trọng tâm cần tập trung thực hiện trong thời gian tới, đó là: phát triển các sản phẩm OCOP; đẩy nhanh "
        "giải ngân vốn đầu tư công.\nLãnh đạo xã phát biểu tại buổi gặp mặt - Ảnh: T.H\nThực hiện quyết liệt công tác giải "
        "phóng mặt bằng; chú trọng công tác xây dựng Đảng.",
        ["phát triển các sản phẩm OCOP", "đẩy nhanh giải ngân", "Thực hiện quyết liệt công tác giải phóng mặt bằng",
         "chú trọng công tác xây dựng Đảng"],
        id="emphasized-tasks-then-list-after-a-photo",
    ),
    # a quarter in Arabic figures leads directions ("Quý 2/2024, huyện xác định …"); a deadline month is no target figure
    # (the sentence after is no target item); a comment on the task ("Đây là …") keeps the run of directions
    pytest.param(
        " date 2024-04\nHội nghị Ban Chấp hành Đảng bộ huyện đánh giá quý 1/2024; phương hướng, nhiệm vụ quý 2/2024.\n"
        "Quý 1/2024, Huyện ủy đã tập trung lãnh đạo thực hiện các nhiệm vụ.\nQuý 2/2024, huyện xác định huy động mọi nguồn "
        "lực để hoàn thành xây dựng huyện nông thôn mới vào tháng 8/2024. Đây là sự kiện quan trọng nhằm chào mừng kỷ niệm "
        "70 năm truyền thống của huyện. Tích cực chuẩn bị tiến tới Đại hội Đảng các cấp.",
        ["xác định huy động mọi nguồn lực", "Tích cực chuẩn bị tiến tới Đại hội"],
        id="arabic-quarter-deadline-month-and-comment",
    ),
    # a body's task after "Đặc biệt," following the plan's own sentence, as after "Bên cạnh đó," (fresh fd03)
    pytest.param(
        " date 2022-04\nHuyện ủy họp đánh giá tiến độ xây dựng nông thôn mới. Năm 2022, huyện phấn đấu xây dựng xã An Hòa "
        "đạt chuẩn nông thôn mới nâng cao. Đặc biệt, địa phương tập trung toàn lực hoàn thành mục tiêu huyện nông thôn mới.",
        ["phấn đấu xây dựng xã An Hòa đạt chuẩn nông thôn mới nâng cao",
         "tập trung toàn lực hoàn thành mục tiêu huyện nông thôn mới"],
        id="dac-biet-then-body-task",
    ),
    # a request after a comma, then the period ahead and the body asked, named with an abbreviation's dot ("TP. Biên
    # Hòa", "TP.Biên Hòa"): the dot ends no clause (fresh ob04)
    pytest.param(
        " date 2023-12\nThành ủy tổng kết công tác năm 2023. Trưởng ban Tổ chức Tỉnh ủy đề nghị, thời gian tới TP. Long "
        "Khánh tiếp tục phát huy những kết quả đạt được. Phó Bí thư Tỉnh ủy yêu cầu, năm 2024 UBND TP.Long Khánh tập "
        "trung quản lý tốt quy hoạch xây dựng.",
        ["thời gian tới TP. Long Khánh tiếp tục phát huy những kết quả đạt được",
         "năm 2024 UBND TP.Long Khánh tập trung quản lý tốt quy hoạch xây dựng"],
        id="request-to-a-body-named-with-abbreviation-dot",
    ),
    # a time and date alone over the headline ("12:01, 18/01/2019"): the headline is the line after it, and the body
    # restating its target keeps the body's (fresh og03)
    pytest.param(
        "08:15, 20/01/2019\n\nCông an TP. Cam Ranh: Phấn đấu giảm ít nhất 5% tội phạm hình sự\n\nSáng 19-1, Công an thành "
        "phố tổ chức hội nghị triển khai công tác năm 2019. Năm 2019, Công an thành phố phấn đấu giảm tội phạm hình sự "
        "ít nhất 5% so với năm 2018.",
        ["phấn đấu giảm tội phạm hình sự ít nhất 5% so với năm 2018"],
        id="date-line-over-headline-restated-in-body",
    ),
    # a section's label or a written-out dateline over the headline is no headline: the headline is the line after it,
    # and the body restating its target keeps the body's (fresh, several pages)
    pytest.param(
        "Kinh tế\n\nTỉnh A phấn đấu tổng kim ngạch xuất khẩu năm 2024 tăng 15%\n\nNăm 2024, tỉnh phấn đấu giá trị sản xuất "
        "công nghiệp đạt 120.000 tỷ đồng; tổng kim ngạch xuất khẩu đạt 9 tỷ USD, tăng 15%.",
        ["giá trị sản xuất công nghiệp đạt 120.000 tỷ đồng", "tổng kim ngạch xuất khẩu đạt 9 tỷ USD"],
        id="section-label-over-headline-restated-in-body",
    ),
    # "Trong đó (,) trọng tâm là" and a task verb after a count of tasks set opens the task at its verb, the colon left
    # out ("khơi dậy": a task verb; group U vh4)
    pytest.param(
        "Năm 2023, Đoàn Khối đạt nhiều kết quả.\n\nNăm 2024, Ban Thường vụ Đoàn Khối đề ra 9 chỉ tiêu, 5 nhiệm vụ trọng "
        "tâm. Trong đó trọng tâm là khơi dậy khát vọng cống hiến, phát huy tinh thần xung kích của đoàn viên.",
        ["khơi dậy khát vọng cống hiến, phát huy tinh thần xung kích"],
        id="trong-do-trong-tam-la-then-task-verb",
    ),
    # a sentence telling what was reached ("… có nhiều chuyển biến tích cực; an ninh trật tự được giữ vững") is no item of
    # the run of directions before it, though a task follows (group T ux3)
    pytest.param(
        "Năm 2019, tổng giá trị sản xuất đạt 1.566 tỷ đồng. Về nông thôn mới, huyện phấn đấu đến cuối năm 2019 có thêm xã A "
        "đạt chuẩn. Lĩnh vực văn hóa – xã hội có nhiều chuyển biến tích cực; quốc phòng vững mạnh, an ninh trật tự được "
        "giữ vững.\n\nNăm 2020, huyện phấn đấu đạt giá trị sản xuất khoảng 1.800 tỷ đồng; đẩy mạnh cải cách hành chính.",
        ["phấn đấu đến cuối năm 2019 có thêm xã A", "phấn đấu đạt giá trị sản xuất khoảng 1.800 tỷ đồng",
         "đẩy mạnh cải cách hành chính"],
        id="result-sentence-is-no-item-of-directions",
    ),
    # a target quantified as an aim ("ít nhất 01 khu …") stays a target though a passive follows ("… được công nhận"):
    # nothing done is told (fresh tr1)
    pytest.param(
        "Năm 2022, ngành đạt nhiều kết quả. Năm 2023, Sở đề ra các chỉ tiêu chủ yếu: thu hút 3,8 triệu lượt khách; phát "
        "triển ít nhất 01 khu điểm du lịch được công nhận là điểm du lịch tiêu biểu; xếp hạng thêm 02 di tích cấp tỉnh.",
        ["thu hút 3,8 triệu lượt khách", "phát triển ít nhất 01 khu điểm du lịch", "xếp hạng thêm 02 di tích"],
        id="target-quantified-as-aim-before-passive",
    ),
    # the tasks named after "ngoài việc", beside a request that is a task ("; còn phải …", ", đồng thời cần …"): one per
    # item opening on a task verb (train 009, fresh sv5)
    pytest.param(
        "Năm 2023, huyện đạt nhiều kết quả. Nhiệm vụ năm 2024 rất nặng nề, ngoài việc chăm lo phát triển kinh tế – xã "
        "hội, đảm bảo quốc phòng – an ninh, trật tự an toàn xã hội và tích cực hưởng ứng các phong trào thi đua; còn phải "
        "tập trung hoàn thành các chỉ tiêu Nghị quyết đề ra.",
        ["chăm lo phát triển kinh tế – xã hội", "đảm bảo quốc phòng – an ninh, trật tự an toàn xã hội",
         "tích cực hưởng ứng các phong trào thi đua", "phải tập trung hoàn thành các chỉ tiêu"],
        id="tasks-named-besides-a-request",
    ),
    # … not beside a result ("ngoài việc đạt nhiều kết quả, huyện còn phải đối mặt …": no request, nothing planned)
    pytest.param(
        "Năm 2023, ngoài việc đạt nhiều kết quả, huyện còn phải đối mặt với nhiều khó khăn do thiên tai.",
        [],
        id="besides-a-result-no-task",
    ),
    # a photo's alt text copying the headline with its number ("… - Ảnh 1.") is the body's statement of it, once, without
    # the number (fresh qe3, sm5, tn5)
    pytest.param(
        "Xã A: Phấn đấu thu nhập 80 triệu đồng/người/năm\n\nSáng 10/8, Đảng bộ xã A tổ chức đại hội nhiệm kỳ 2025-2030.\n\n"
        "Xã A: Phấn đấu thu nhập 80 triệu đồng/người/năm - Ảnh 1.\n\nĐại hội diễn ra trong hai ngày.\n\n"
        "Xã A: Phấn đấu thu nhập 80 triệu đồng/người/năm - Ảnh 2.\n\nCác đại biểu biểu quyết thông qua nghị quyết.",
        ["Phấn đấu thu nhập 80 triệu đồng/người/năm"],
        id="photo-alt-text-copying-headline-once",
    ),
    # a page opening on a long paragraph of sentences has no headline: its request stays, the photo's alt text restating it
    # later goes (fresh sm5)
    pytest.param(
        "Năm 2025, Tỉnh đoàn đề ra nhiều chỉ tiêu cơ bản như hỗ trợ 100 dự án khởi nghiệp, giới thiệu việc làm cho 12.000 "
        "thanh niên. Tại hội nghị, Bí thư Tỉnh ủy yêu cầu các cấp bộ Đoàn đổi mới mạnh mẽ phương thức triển khai các "
        "phong trào hành động, nhất là phong trào tình nguyện của thanh niên.\n\nCác cấp bộ Đoàn đổi mới mạnh mẽ phương "
        "thức triển khai các phong trào hành động - Ảnh 1.\n\nLãnh đạo tỉnh chụp ảnh cùng các đại biểu.",
        ["hỗ trợ 100 dự án khởi nghiệp", "giới thiệu việc làm cho 12.000 thanh niên",
         "yêu cầu các cấp bộ Đoàn đổi mới mạnh mẽ phương thức"],
        id="long-lead-paragraph-is-no-headline",
    ),
    # a sub-heading of the body that the paragraph under it restates keeps the paragraph's statement (fresh bd01)
    pytest.param(
        " date 2025-12\nHội nghị Thành ủy lần thứ 5\n\nSáng 20/12, Thành ủy tổ chức hội nghị tổng kết năm 2025. Năm 2025, "
        "kinh tế thành phố tăng trưởng 9,2%.\n\nĐặt mục tiêu tăng trưởng năm 2026 từ 10% trở lên\n\nBước sang năm 2026, "
        "Thành ủy đặt mục tiêu tăng trưởng GRDP từ 10% trở lên; kết nạp 1.700 đảng viên.",
        ["đặt mục tiêu tăng trưởng GRDP từ 10% trở lên", "kết nạp 1.700 đảng viên"],
        id="sub-heading-restated-by-its-paragraph",
    ),
    pytest.param(
        "THỨ HAI, NGÀY 13 THÁNG 01 NĂM 2020 08:30\n\nHuyện B: Năm 2020 phấn đấu còn 2% hộ nghèo\n\nNăm 2019, huyện giải "
        "quyết việc làm cho 3.000 lao động. Năm 2020, huyện phấn đấu đến cuối năm tỷ lệ hộ nghèo giảm còn 2%.",
        ["tỷ lệ hộ nghèo giảm còn 2%"],
        id="written-out-dateline-over-headline-restated-in-body",
    ),
    # "các nhiệm vụ / giải pháp trọng tâm là A; B; C": after the copula the tasks set are listed, as targets are (fresh
    # ie01); a purpose clause naming the year planned before it opens no list of its own
    pytest.param(
        " date 2025-12-30\nNgành Thuế tổng kết công tác năm 2025. Để hoàn thành nhiệm vụ thu năm 2026, Thuế tỉnh đề ra "
        "các giải pháp, nhiệm vụ trọng tâm là bám sát chỉ đạo của Bộ Tài chính; theo dõi sát tiến độ thu theo từng địa "
        "bàn; tăng cường phối hợp liên ngành trong quản lý nguồn thu.",
        ["bám sát chỉ đạo của Bộ Tài chính", "theo dõi sát tiến độ thu theo từng địa bàn",
         "tăng cường phối hợp liên ngành trong quản lý nguồn thu"],
        id="tasks-set-then-copula-list",
    ),
    # the motto or aim the plan is put under, after "Với", before the leading year ("Với phương châm hành động “…”, năm
    # 2019, …"), as results built on; and a "TP." abbreviation in the actor ends no sentence (fresh og03)
    pytest.param(
        " date 2019-01\nCông an thành phố tổ chức hội nghị triển khai công tác năm 2019.\nVới phương châm “Kỷ cương, "
        "trách nhiệm, hiệu quả”, năm 2019, Công an TP. Cam Ranh tập trung nâng cao chất lượng công tác tham mưu. "
        "Với mục tiêu giữ vững an ninh nông thôn, năm 2019, Công an thành phố tiếp tục đẩy mạnh phong trào Toàn dân bảo "
        "vệ an ninh Tổ quốc.",
        ["tập trung nâng cao chất lượng công tác tham mưu", "tiếp tục đẩy mạnh phong trào Toàn dân bảo vệ an ninh"],
        id="motto-frame-before-leading-year",
    ),
    # an item ending on how many targets were set ("…, xã đề ra 23 chỉ tiêu chủ yếu trên các lĩnh vực; phấn đấu A; B")
    # states the adoption, no target; the targets after it are
    pytest.param(
        " date 2025-12\nKỳ họp HĐND xã cuối năm 2025.\nPhát huy những kết quả đạt được, năm 2026, xã đề ra 23 chỉ tiêu chủ "
        "yếu trên các lĩnh vực kinh tế - xã hội; phấn đấu tốc độ tăng tổng giá trị sản phẩm đạt 10% trở lên; tỷ lệ hộ nghèo "
        "giảm còn 0,09%.",
        ["phấn đấu tốc độ tăng tổng giá trị sản phẩm đạt 10%", "tỷ lệ hộ nghèo giảm còn 0,09%"],
        id="adoption-count-item-is-no-target",
    ),
    # "nhiều chỉ tiêu …, trong đó A; B": many targets set, then the list, as after a number
    pytest.param(
        " date 2026-01\nHội nghị Ban Chấp hành Hội Phụ nữ tỉnh lần thứ nhất.\nNghị quyết đề ra nhiều chỉ tiêu quan trọng, "
        "trong đó tập trung thu hút, phát triển mới 4.600 hội viên; hỗ trợ thành lập mới 10 hợp tác xã.",
        ["tập trung thu hút, phát triển mới 4.600 hội viên", "hỗ trợ thành lập mới 10 hợp tác xã"],
        id="many-targets-then-trong-do",
    ),
    # a count of targets set, then "như" and the list, no colon (the first item with a figure, closed by ";"); a count
    # of targets reached with "như" lists results
    pytest.param(
        " date 2025-08\nĐại hội Đảng bộ xã thành công tốt đẹp.\nĐảng bộ xã vừa tổ chức Đại hội nhiệm kỳ 2025-2030, đề ra 20 "
        "chỉ tiêu cụ thể như tốc độ tăng trưởng thu ngân sách hàng năm đạt 7%; thu nhập bình quân đầu người đến năm "
        "2030 đạt 135 triệu đồng.\nNăm 2025, xã hoàn thành 18 chỉ tiêu như thu ngân sách đạt 120%; thu nhập đạt 70 triệu "
        "đồng.",
        ["tốc độ tăng trưởng thu ngân sách hàng năm đạt 7%", "thu nhập bình quân đầu người đến năm 2030"],
        id="targets-set-then-nhu-without-colon",
    ),
    # "Theo <speaker>, <titles>, <coming period or year>, <body> <task verb>": the attribution, titles and all, is
    # no obstacle to the direction after it
    pytest.param(
        " date 2025-12\nHội nghị tổng kết năm 2025 của xã.\nTheo đồng chí Nguyễn Văn Hòa, Bí thư Đảng ủy xã, trong thời "
        "gian tới, Đảng ủy tập trung lãnh đạo chuyển đổi cơ cấu kinh tế; chú trọng ứng dụng công nghệ cao.",
        ["tập trung lãnh đạo chuyển đổi cơ cấu kinh tế", "chú trọng ứng dụng công nghệ cao"],
        id="attribution-with-titles-then-coming-period",
    ),
    pytest.param(
        " date 2025-12\nHội nghị tổng kết năm 2025 của ngành tài chính.\nTheo ông Lê Văn Hòa, Giám đốc Sở Tài chính, năm "
        "2026, ngành tài chính tập trung quản lý chặt chẽ nguồn thu.",
        ["tập trung quản lý chặt chẽ nguồn thu"],
        id="attribution-with-titles-then-year",
    ),
    # a school year opening the directions, as a year does; the year just reviewed opens none
    pytest.param(
        " date 2025-09\nHội nghị tổng kết năm học 2024 - 2025, triển khai nhiệm vụ năm học 2025 - 2026.\nNăm học 2024 - 2025, "
        "ngành tiếp tục giữ vững chất lượng phổ cập.\nNăm học 2025 - 2026, ngành tiếp tục đổi mới chương trình giáo dục "
        "phổ thông; nâng cao chất lượng giáo dục toàn diện.",
        ["tiếp tục đổi mới chương trình", "nâng cao chất lượng giáo dục toàn diện"],
        id="school-year-opens-directions",
    ),
    # … also as a sentence inside the paragraph of the year reviewed (". Năm học 2025 – 2026, …")
    pytest.param(
        "Năm học 2024 – 2025, toàn tỉnh có 95% học sinh lên lớp. Năm học 2025 – 2026, ngành Giáo dục tập trung nâng cao "
        "chất lượng đội ngũ nhà giáo; đầu tư cơ sở vật chất trường học.",
        ["tập trung nâng cao chất lượng đội ngũ nhà giáo", "đầu tư cơ sở vật chất trường học"],
        id="school-year-opens-directions-mid-paragraph",
    ),
    # under a plan heading, a sentence before the one opening a list of targets is an item of its own
    pytest.param(
        " date 2025-12\nNăm 2025, giá trị sản xuất toàn ngành tăng 3,8%.\nPhương hướng, nhiệm vụ năm 2026\nNgành tiếp tục "
        "thực hiện cơ cấu lại ngành nông nghiệp. Các chỉ tiêu chủ yếu: tỷ lệ che phủ rừng 46%; có thêm 5 xã đạt chuẩn "
        "nông thôn mới.",
        ["tiếp tục thực hiện cơ cấu lại ngành nông nghiệp", "tỷ lệ che phủ rừng 46%", "có thêm 5 xã đạt chuẩn"],
        id="plan-section-sentence-before-its-list",
    ),
    # solutions set after a leading year ahead, then "trong đó <verb>": the items (a count in groups too, "6 nhóm giải
    # pháp"); the same in a review of the year past names what was done
    pytest.param(
        " date 2025-12\nNăm 2025, giá trị sản xuất toàn ngành tăng 3,8%.\nNăm 2026, ngành đề ra các giải pháp trọng "
        "tâm, trong đó tập trung phát triển vùng nguyên liệu; đẩy mạnh liên kết sản xuất.",
        ["tập trung phát triển vùng nguyên liệu", "đẩy mạnh liên kết sản xuất"],
        id="solutions-set-after-leading-year-then-trong-do",
    ),
    pytest.param(
        " date 2025-12\nNăm 2025, giá trị sản xuất toàn ngành tăng 3,8%.\nĐể hoàn thành các chỉ tiêu năm 2026, ngành "
        "đề ra 6 nhóm giải pháp trọng tâm, trong đó chú trọng phát triển vùng nguyên liệu.",
        ["chú trọng phát triển vùng nguyên liệu"],
        id="groups-of-solutions-then-trong-do",
    ),
    pytest.param(
        " date 2026-01\nHội nghị tổng kết năm 2025.\nNăm 2025, ngành đã thực hiện các giải pháp trọng tâm, trong đó tập "
        "trung phát triển vùng nguyên liệu.",
        [],
        id="solutions-carried-out-in-the-year-past",
    ),
    # what was done, its parts listed after a plan noun ("Quý I, Đảng ủy đã lãnh đạo … triển khai nhiệm vụ quốc phòng
    # như: A; B"), is no list of tasks (nor "chỉ đạo các …" among them, after "đã lãnh đạo"); the tasks "được giao từ
    # nay đến cuối năm như: A; B" discussed still are
    pytest.param(
        " date 2023-04\nHội nghị sơ kết quý I năm 2023.\nQuý I năm 2023, Đảng ủy đã lãnh đạo thực hiện tốt công tác "
        "tham mưu, triển khai thực hiện nhiệm vụ quốc phòng, quân sự địa phương như: tổ chức luyện tập, diễn tập quân "
        "sự; chỉ đạo các địa phương tổ chức lễ giao nhận quân đảm bảo trang trọng; tổ chức huấn luyện cán bộ các cấp.",
        [],
        id="done-then-its-parts-listed",
    ),
    pytest.param(
        " date 2020-04\nHội nghị sơ kết quý I năm 2020.\nTại cuộc họp, các sở, ngành đã bàn về việc thực hiện các "
        "nhiệm vụ được giao từ nay đến cuối năm như: đấu giá trụ sở công; triển khai cơ chế tự chủ.",
        ["đấu giá trụ sở công", "triển khai cơ chế tự chủ"],
        id="discussed-tasks-for-the-rest-of-the-year",
    ),
    # a sub-heading telling the results of an effort ("Tập trung chỉ đạo …, đạt được các kết quả quan trọng") is no task
    pytest.param(
        " date 2025-12\nCác đồng chí tham dự hội nghị\n\nTập trung chỉ đạo thực hiện nghiêm túc, quyết liệt các nhiệm vụ "
        "trọng tâm, đạt được các kết quả quan trọng\n\nNăm 2025, giá trị sản xuất toàn ngành tăng 3,8%.",
        [],
        id="heading-telling-results",
    ),
    # "trước yêu cầu …" (facing a demand) names no request; what is forecast ("theo dự báo, … sẽ hoàn thành …") is none
    pytest.param(
        " date 2018-12\nCục Thuế tỉnh khen thưởng 4 đơn vị.\nTuy nhiên, trước yêu cầu giao tăng của tỉnh đối với ngành "
        "Thuế, ngành Thuế đã tích cực triển khai nhiều giải pháp.\nTính đến ngày 20-12, tổng thu ngân sách toàn tỉnh đạt "
        "13.722 tỷ đồng. Và theo dự báo, kết thúc năm, ngành Thuế sẽ hoàn thành vượt mức kế hoạch được giao thêm.",
        [],
        id="facing-a-demand-and-a-forecast",
    ),
    # a text cut mid-word: the last task keeps its words but the cut one, also when it opens on an item's opener
    # ("… là lãnh đạo thành công …", "tổ chức, kiện toàn …")
    pytest.param(
        " date 2026-01\nNăm 2025, phường đạt nhiều kết quả.\nNăm 2026, phường xác định nhiệm vụ trọng tâm là lãnh đạo "
        "thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấ",
        ["lãnh đạo thành công cuộc bầu cử đại biểu Quốc hội khóa XVI"],
        id="cut-text-last-item-with-an-opener",
    ),
    # a text ending on a percentage or a year without a stop: nothing was cut, the last item is whole (a bare number
    # may be cut: "…, 4")
    pytest.param(
        " date 2020-12\nHội nghị đã thông qua Nghị quyết về nhiệm vụ năm 2021. Với các chỉ tiêu chủ yếu: thu nhập bình "
        "quân đầu người đạt 50 triệu đồng; thu ngân sách đạt 35 tỷ đồng; tỷ lệ hộ nghèo giảm bình quân 3%",
        ["thu nhập bình quân đầu người đạt 50 triệu đồng", "thu ngân sách đạt 35 tỷ đồng",
         "tỷ lệ hộ nghèo giảm bình quân 3%"],
        id="text-ending-on-a-percentage-is-whole",
    ),
    pytest.param(
        " date 2021-01\nNăm 2021, huyện phấn đấu thu ngân sách đạt 35 tỷ đồng; có thêm 2 xã đạt chuẩn nông thôn mới, 4",
        ["thu ngân sách đạt 35 tỷ đồng", "có thêm 2 xã đạt chuẩn nông thôn mới"],
        id="text-ending-on-a-bare-number-is-cut",
    ),
    # a count after a comma, sending people ("đưa 2000 người đi làm việc …"), is a target of its own: "đưa" links a
    # target only when it raises a quantity ("…, đưa tổng số xã đạt chuẩn lên 15 xã"); a year-like number before a
    # unit ("2000 người") is a count, no year
    pytest.param(
        " date 2020-01\nNăm 2020, Sở Lao động phấn đấu giải quyết việc làm cho khoảng 22.000 lao động, đưa 2000 người đi "
        "làm việc có thời hạn ở nước ngoài; giảm tỷ lệ hộ nghèo xuống còn dưới 1%.",
        ["giải quyết việc làm cho khoảng 22.000 lao động", "đưa 2000 người đi làm việc có thời hạn ở nước ngoài",
         "giảm tỷ lệ hộ nghèo xuống còn dưới 1%"],
        id="sending-a-count-of-people-after-a-comma",
    ),
    # a plan stated with its copula opens its items also when a cue comes in a later item ("… phương hướng nhiệm kỳ
    # 2025-2030 là A; B; C, phấn đấu D"): one task per item, the cue's too
    pytest.param(
        " date 2025-08\nĐảng bộ xã xác định phương hướng nhiệm kỳ 2025-2030 là tăng cường xây dựng Đảng bộ trong sạch, vững "
        "mạnh; phát huy sức mạnh đại đoàn kết toàn dân tộc; giữ vững quốc phòng - an ninh, phấn đấu đến năm 2030 đạt các "
        "tiêu chí đô thị loại V.",
        ["tăng cường xây dựng Đảng bộ", "phát huy sức mạnh đại đoàn kết", "giữ vững quốc phòng - an ninh",
         "phấn đấu đến năm 2030"],
        id="plan-stated-then-a-cue-in-a-later-item",
    ),
    # after a leading year ahead, a body's people listed with commas, then the verb: their task
    pytest.param(
        " date 2018-01\nNăm 2017, đơn vị đạt nhiều thành tích.\nNăm 2018, toàn thể cán bộ, công chức và người lao động Tòa "
        "án nhân dân huyện quyết tâm phấn đấu thực hiện thắng lợi 4 nhiệm vụ trọng tâm.",
        ["quyết tâm phấn đấu thực hiện thắng lợi 4 nhiệm vụ trọng tâm"],
        id="leading-year-then-a-bodys-people-listed",
    ),
    # a connective before the rest of the year ("Theo đó, 6 tháng cuối năm 2017, …"), as before a leading year
    pytest.param(
        " date 2017-07\nHĐND thị xã đánh giá 6 tháng đầu năm 2017. Tổng thu ngân sách trên 118 tỷ đồng.\nTheo đó, 6 tháng "
        "cuối năm 2017, thị xã tiếp tục hỗ trợ và phát triển doanh nghiệp; thực hiện các biện pháp tăng nguồn thu.",
        ["tiếp tục hỗ trợ và phát triển doanh nghiệp", "thực hiện các biện pháp tăng nguồn thu"],
        id="connective-before-the-rest-of-the-year",
    ),
    # a plan noun, then the body defining it after a comma ("…, Sở GTVT xác định là A; B")
    pytest.param(
        " date 2024-01\nSở tổ chức hội nghị tổng kết năm 2023 và triển khai nhiệm vụ 2024.\nMột trong những nhiệm vụ trọng "
        "tâm trong năm 2024, Sở GTVT xác định là tiếp tục đầu tư xây dựng trục giao thông; thực hiện các biện pháp đảm "
        "bảo trật tự ATGT.",
        ["tiếp tục đầu tư xây dựng trục giao thông", "thực hiện các biện pháp đảm bảo trật tự ATGT"],
        id="plan-noun-then-a-body-defining-it",
    ),
    # the month after the first months reviewed ("5 tháng đầu năm 2025" … "Trong tháng 6/2025, huyện …"): the month ahead
    pytest.param(
        " date 2025-05\nTổng giá trị sản xuất 5 tháng đầu năm 2025 ước đạt 17.160 tỷ đồng.\nTrong tháng 6/2025, huyện tập "
        "trung xây dựng phương án sắp xếp đội ngũ cán bộ; quản lý chặt chẽ tài sản công.",
        ["tập trung xây dựng phương án sắp xếp đội ngũ cán bộ", "quản lý chặt chẽ tài sản công"],
        id="month-after-the-first-months-reviewed",
    ),
    # a target with its figure and commas of its own, then a rate with its own figure: two targets
    pytest.param(
        " date 2025-08\nĐại hội đề ra các chỉ tiêu chủ yếu đến năm 2030 như: 100% thôn, bản có nhà văn hóa, tỷ lệ hộ được "
        "sử dụng điện lưới quốc gia đạt 100%; xây dựng nông thôn mới đạt 16/19 tiêu chí.",
        ["100% thôn, bản có nhà văn hóa", "tỷ lệ hộ được sử dụng điện lưới quốc gia đạt 100%",
         "xây dựng nông thôn mới đạt 16/19 tiêu chí"],
        id="target-with-commas-then-a-rate",
    ),
    # a body resolving on the plan in a sentence of its own ("<body> quyết tâm hoàn thành … năm 2026."), as a headline
    # does; a meeting's business ("Hội nghị tập trung xem xét …") and a resolve told as done are none; counted
    # requests ("17 yêu cầu ra quyết định …") are nouns
    pytest.param(
        " date 2025-11\nHội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026.\nNăm 2025, đơn vị hoàn "
        "thành 100% chỉ tiêu, ban hành 17 yêu cầu ra quyết định không khởi tố.\nTập thể Viện KSND khu vực 10 quyết tâm "
        "hoàn thành chỉ tiêu, nhiệm vụ năm 2026.",
        ["quyết tâm hoàn thành chỉ tiêu, nhiệm vụ năm 2026"],
        id="body-resolves-on-the-plan",
    ),
    pytest.param(
        " date 2020-12\nKỳ họp HĐND tỉnh cuối năm 2020.\nKỳ họp tập trung xem xét, thảo luận về các báo cáo kết quả "
        "thực hiện nhiệm vụ năm 2020 và kế hoạch năm 2021.",
        [],
        id="meeting-business-is-no-resolve",
    ),
    # "(Trên cơ sở đó,) ngay từ đầu năm 2026, <body> <verb>" inside the paragraph of the year reviewed opens directions
    pytest.param(
        " date 2026-01\nNăm 2025, xã đạt nhiều kết quả. Trên cơ sở đó, ngay từ đầu năm 2026, Đảng ủy các xã khẩn trương "
        "cụ thể hóa nghị quyết thành các chương trình; phân công rõ người, rõ việc.",
        ["khẩn trương cụ thể hóa nghị quyết", "phân công rõ người, rõ việc"],
        id="from-the-start-of-the-year-mid-paragraph",
    ),
    # what a meeting agreed to do, "<body> thống nhất <task verb> …"; "thống nhất các nhiệm vụ …" names none
    pytest.param(
        " date 2025-12\nHội nghị tổng kết công tác năm 2025 của huyện.\nVề nhiệm vụ năm 2026, Ban Thường vụ Huyện ủy thống "
        "nhất tập trung lãnh đạo công tác chuẩn bị bầu cử. Hội nghị thống nhất các nhiệm vụ trọng tâm năm 2026.",
        ["tập trung lãnh đạo công tác chuẩn bị bầu cử"],
        id="agreed-to-a-task-verb",
    ),
    # a year then a passive verb describes the year: "Năm 2026 được xác định là năm …" sets no task (the request after it does)
    pytest.param(
        " date 2025-12\nHội nghị tổng kết công tác năm 2025 của huyện.\nNăm 2026 được xác định là năm tăng tốc, bứt phá; "
        "các cấp, các ngành phải quyết liệt hành động.",
        ["phải quyết liệt hành động"],
        id="year-then-passive-describes",
    ),
    # a speaker's commitment: "cam kết (sẽ) <verb>", whatever the verb; "ký cam kết" is the noun
    pytest.param(
        " date 2025-12\nHội nghị tổng kết công tác năm 2025 của huyện.\nThay mặt cán bộ, công chức, ông Trưởng phòng cam "
        "kết tiếp thu ý kiến chỉ đạo, nỗ lực hoàn thành nhiệm vụ năm 2026.",
        ["cam kết tiếp thu ý kiến chỉ đạo"],
        id="commitment-to-any-verb",
    ),
    pytest.param(
        " date 2025-12\nHội nghị tổng kết công tác năm 2025 của huyện.\nGiám đốc Sở cam kết sẽ chỉ đạo quyết liệt để hoàn "
        "thành nhiệm vụ năm 2026. Các doanh nghiệp đã ký cam kết bảo vệ môi trường.",
        ["cam kết sẽ chỉ đạo quyết liệt"],
        id="commitment-after-se-and-the-noun",
    ),
    # "sẽ" and a task verb: an election named after it is the task's object, not a session's agenda ("Kỳ họp sẽ … bầu …")
    pytest.param(
        " date 2025-12\nHội nghị tổng kết công tác năm 2025 của Công an tỉnh.\nGiám đốc cho biết, năm 2026, Công an "
        "tỉnh sẽ tập trung bảo đảm an ninh các sự kiện chính trị, nhất là cuộc bầu cử đại biểu Quốc hội.",
        ["tập trung bảo đảm an ninh các sự kiện chính trị"],
        id="future-task-about-an-election",
    ),
    # "đạt và vượt" striven for is a target, not a result reported
    pytest.param(
        " date 2026-01\nHội nghị tổng kết công tác năm 2025 của ngành tư pháp.\nNăm 2026, ngành đề ra các nhiệm vụ "
        "trọng tâm: Phấn đấu thực hiện đạt và vượt các chỉ tiêu được giao; đẩy mạnh cải cách tư pháp.",
        ["Phấn đấu thực hiện đạt và vượt các chỉ tiêu", "đẩy mạnh cải cách tư pháp"],
        id="striven-for-reached-and-exceeded",
    ),
    # a directive counting the bodies and people it acts upon reports a sanction, no task
    pytest.param(
        " date 2026-01\nHội nghị tổng kết công tác thanh tra năm 2025.\nNăm 2025, Thanh tra tỉnh đã thực hiện 80 cuộc "
        "thanh tra. Yêu cầu kiểm điểm trách nhiệm 12 tập thể, 35 cá nhân. Năm 2026, ngành tập trung đổi mới công tác "
        "thanh tra.",
        ["tập trung đổi mới công tác thanh tra"],
        id="sanction-counted-is-no-task",
    ),
    # a mass organization acts as a commune does, and "tuyên truyền, vận động" are task verbs
    pytest.param(
        " date 2025-12\nHội nghị Ban Chấp hành Hội Nông dân tỉnh tổng kết năm 2025.\nHội nghị thông qua kế hoạch "
        "5 nhiệm vụ trọng tâm năm 2026.\nTheo đó, Hội tập trung đổi mới nội dung sinh hoạt chi hội.\nĐồng thời, Hội "
        "tuyên truyền, vận động hội viên tham gia bầu cử đại biểu Quốc hội.",
        ["tập trung đổi mới nội dung sinh hoạt chi hội", "tuyên truyền, vận động hội viên tham gia bầu cử"],
        id="mass-organization-acts",
    ),
    # a request opening on the coming year after its comma ("đề nghị, ngay từ năm 2026, Hội … tập trung …; chú trọng …")
    pytest.param(
        " date 2025-12\nĐại hội Hội Nông dân tỉnh.\nĐồng chí đề nghị, ngay từ năm 2026, Hội Nông dân tỉnh tập trung "
        "vận động hội viên sản xuất xanh; chú trọng đào tạo cán bộ Hội cơ sở.",
        ["tập trung vận động hội viên sản xuất xanh", "chú trọng đào tạo cán bộ Hội cơ sở"],
        id="request-then-coming-year-after-comma",
    ),
    # "đơn yêu cầu" is a form (the noun); a count of task groups carried out names none
    pytest.param(
        " date 2026-01\nTòa án tỉnh tổng kết năm 2025.\nCác trung tâm hòa giải đã nhận 1.200 đơn khởi kiện, đơn yêu "
        "cầu; hòa giải thành 800 vụ việc. Năm 2026, ngành xác định tập trung thực hiện 4 nhóm nhiệm vụ trọng tâm. Một "
        "là, nâng cao chất lượng xét xử.",
        ["nâng cao chất lượng xét xử"],
        id="request-form-and-counted-groups-are-no-tasks",
    ),
    # a sub-heading over results, a figure reached and nothing aimed at, is no task (one stating a task still is)
    pytest.param(
        " date 2026-01\nThanh tra tỉnh tổng kết năm 2025.\nNăm 2026, ngành tập trung thanh tra các dự án chậm tiến độ."
        "\n\nGiải quyết khiếu nại, tố cáo đạt tỷ lệ 94,1%\n\nNăm 2025, các cơ quan đã giải quyết 412 vụ việc."
        "\n\nTăng cường phòng, chống tham nhũng\n\nNăm 2026, ngành tập trung kê khai tài sản, thu nhập.",
        ["tập trung thanh tra các dự án chậm tiến độ", "Tăng cường phòng, chống tham nhũng",
         "tập trung kê khai tài sản, thu nhập"],
        id="sub-heading-over-results-is-no-task",
    ),
    # "Trọng tâm là <task verb> …; …" states the plan's focus, item by item; "Trọng tâm là báo cáo …" names an agenda
    pytest.param(
        " date 2026-01\nHội Cựu chiến binh tỉnh tổng kết năm 2025.\nNăm 2026, Hội sẽ chú trọng xây dựng hội vững mạnh.\n"
        "Trọng tâm là tiếp tục phát huy mô hình tổ nòng cốt; giữ vững tỷ lệ hội viên tham gia cấp ủy.\nKỳ họp thông qua "
        "các tờ trình. Trọng tâm là báo cáo tình hình kinh tế - xã hội năm 2025.",
        ["chú trọng xây dựng hội vững mạnh", "tiếp tục phát huy mô hình tổ nòng cốt",
         "giữ vững tỷ lệ hội viên tham gia cấp ủy"],
        id="focus-is-a-plan-statement",
    ),
    # a commitment with its deadline first ("cam kết đến ngày 31/12/2024 giải quyết xong …")
    pytest.param(
        " date 2024-07\nKỳ họp thứ 9 HĐND tỉnh.\nGiám đốc Sở cam kết đến ngày 31/12/2024 giải quyết xong hồ sơ tồn đọng.",
        ["cam kết đến ngày 31/12/2024 giải quyết xong hồ sơ tồn đọng"],
        id="commitment-with-a-deadline-first",
    ),
    # a long kicker before the headline's task ("Bế mạc Kỳ họp thứ 18 HĐND tỉnh … khóa XVII: Quyết liệt …"); a modal after
    # "dù" is a concession, no request
    pytest.param(
        " date 2024-07\nBế mạc Kỳ họp thứ 9 HĐND tỉnh Phú Lâm khóa XVII: Quyết liệt hoàn thành các mục tiêu năm 2024\n"
        "Sáu tháng đầu năm, dù phải tập trung sắp xếp đơn vị hành chính, song kinh tế vẫn tăng trưởng khá.",
        ["Quyết liệt hoàn thành các mục tiêu năm 2024"],
        id="long-kicker-and-concession",
    ),
    # a modal after "do"/"vì" is a cause, no request
    pytest.param(
        " date 2021-12\nHội nghị tổng kết năm 2021 của Mặt trận tỉnh.\nNgày hội đại đoàn kết chưa đạt kết quả như mong "
        "muốn do phải tạm dừng vì dịch bệnh. Năm 2022, Mặt trận tập trung đổi mới phương thức hoạt động.",
        ["tập trung đổi mới phương thức hoạt động"],
        id="modal-after-a-cause",
    ),
    # after "phấn đấu …:" a figure against the plan is aimed at, no result
    pytest.param(
        " date 2023-10\nThành phố sơ kết 9 tháng năm 2023.\nCụ thể, thành phố phấn đấu cả năm: tốc độ tăng trưởng đạt 7%; thu "
        "ngân sách nội địa đạt 100% dự toán; thành lập mới 250 doanh nghiệp.",
        ["tốc độ tăng trưởng đạt 7%", "thu ngân sách nội địa đạt 100% dự toán", "thành lập mới 250 doanh nghiệp"],
        id="plan-figure-aimed-in-a-strive-list",
    ),
    # a document "vừa được thông qua" inside an item is a relative clause, no session business; a closing speech
    # opening ("Kết luận kỳ họp, …") ends a "+" list and its task starts at the request
    pytest.param(
        " date 2023-12\nKỳ họp HĐND tỉnh.\nPhát biểu bế mạc, ông đề nghị các sở, ngành tập trung thực hiện tốt một số nhiệm "
        "vụ.\n\nThứ nhất, khẩn trương cụ thể hóa các nghị quyết vừa được thông qua, ban hành kế hoạch triển khai.\n\n"
        "Thứ hai, tập trung tháo gỡ khó khăn cho doanh nghiệp.",
        # (the request for "một số nhiệm vụ" is the items' lead-in, no task: long26's gold and nine lead-ins of the
        # collected sets)
        ["khẩn trương cụ thể hóa các nghị quyết vừa được thông qua, ban hành kế hoạch triển khai",
         "tập trung tháo gỡ khó khăn cho doanh nghiệp"],
        id="document-just-adopted-inside-an-item",
    ),
    pytest.param(
        " date 2025-12\nKỳ họp HĐND xã cuối năm 2025.\nNhiệm vụ năm 2026:\n+ Đẩy mạnh cải cách hành chính;\n+ Chăm lo "
        "đời sống hộ nghèo dịp Tết.\n\nKết luận kỳ họp, bà Lê Thị Lan đề nghị UBND xã khẩn trương cụ thể hóa các nghị "
        "quyết vừa được thông qua.",
        ["Đẩy mạnh cải cách hành chính", "Chăm lo đời sống hộ nghèo dịp Tết",
         "đề nghị UBND xã khẩn trương cụ thể hóa các nghị quyết vừa được thông qua"],
        id="closing-speech-ends-a-plus-list",
    ),
    # after a list of the plan, a paragraph opening on the report year tells what was done: no item of the plan
    pytest.param(
        " date 2018-01\nHội nghị tổng kết năm 2017 của Huyện ủy, triển khai nhiệm vụ năm 2018.\n\nĐể hoàn thành mục tiêu đề "
        "ra, Huyện ủy xác định 7 nhóm nhiệm vụ trọng tâm. Trong đó, tập trung đổi mới phương thức lãnh đạo; nâng cao hiệu "
        "lực hoạt động của chính quyền …\n\nNăm 2017, Huyện ủy tập trung lãnh đạo, chỉ đạo thực hiện tốt nhiệm vụ đề ra, "
        "15 chỉ tiêu đều đạt và vượt kế hoạch. Tình hình kinh tế xã hội đạt kết quả tích cực; công tác xây dựng Đảng đạt "
        "kết quả khá toàn diện.",
        ["tập trung đổi mới phương thức lãnh đạo", "nâng cao hiệu lực hoạt động của chính quyền"],
        id="report-year-paragraph-after-the-plan",
    ),
    # a subject whose name holds a dash between words still opens a striving ("doanh thu du lịch - dịch vụ phấn đấu
    # …"); a web page's image text without diacritics is no sentence of the article
    pytest.param(
        " date 2018-12\nTổng kết năm 2018 ngành du lịch, triển khai nhiệm vụ năm 2019.\n\nTheo đó, doanh thu du lịch - dịch "
        "vụ phấn đấu đạt khoảng 2.200 tỷ đồng; đón tiếp trên 2,3 triệu lượt khách.\n\nnganh du lich phan dau dat 2200 ty "
        "dong trong nam 2019\n",
        ["phấn đấu đạt khoảng 2.200 tỷ đồng", "đón tiếp trên 2,3 triệu lượt khách"],
        id="dashed-subject-and-image-text",
    ),
    # "chỉ đạo các …" after a result reached in the same sentence tells what was directed; a sentence "Trong đó có …"
    # with figures breaks down the aim just set
    pytest.param(
        " date 2018-01\nHuyện ủy tổng kết công tác xây dựng Đảng năm 2017.\nTrong năm, huyện kết nạp 253 đảng viên, đạt "
        "hơn 101% chỉ tiêu giao; chỉ đạo các tổ chức cơ sở đảng tổ chức đại hội chi bộ.\nNăm 2018, Huyện ủy phấn đấu giữ "
        "vững danh hiệu Đảng bộ trong sạch, vững mạnh. Trong đó có 50% tổ chức cơ sở đảng đạt trong sạch vững mạnh.",
        ["phấn đấu giữ vững danh hiệu Đảng bộ trong sạch, vững mạnh",
         "50% tổ chức cơ sở đảng đạt trong sạch vững mạnh"],
        id="directed-after-a-result-and-breakdown-of-an-aim",
    ),
    # the year's theme written as tasks, in quotes, after "chủ đề" or before "là chủ đề năm …": one task per part split
    # at ";" (a slogan of values is none: train 439, 440)
    pytest.param(
        " date 2019-01\nHội nghị Thành ủy triển khai nhiệm vụ năm 2019.\nBí thư nhấn mạnh, năm 2019 thành phố xác định chủ "
        "đề “Đẩy mạnh bồi thường giải phóng mặt bằng; tập trung chỉnh trang đô thị”. Chủ đề công tác năm của ngành là "
        "“Đoàn kết, kỷ cương, trách nhiệm, hành động”.",
        ["Đẩy mạnh bồi thường giải phóng mặt bằng", "tập trung chỉnh trang đô thị"],
        id="year-theme-written-as-tasks",
    ),
    pytest.param(
        " date 2018-01\nHuyện tổng kết năm 2017\n“Tăng cường kỷ cương thu chi ngân sách và giải phóng mặt bằng – Đẩy mạnh "
        "xây dựng nông thôn mới” là chủ đề năm 2018 được Ban Chấp hành Đảng bộ huyện xác định tại hội nghị.",
        ["Tăng cường kỷ cương thu chi ngân sách và giải phóng mặt bằng – Đẩy mạnh xây dựng nông thôn mới"],
        id="year-theme-before-la-chu-de",
    ),
    # a meeting's agenda ("để đánh giá … và đề ra mục tiêu …") sets no task; praise then a request still asks
    pytest.param(
        " date 2019-12\nSáng 18/12, HĐND xã tổ chức kỳ họp thứ 9 để đánh giá kết quả thực hiện nhiệm vụ năm 2019 và đề "
        "ra mục tiêu phát triển năm 2020.",
        [],
        id="agenda-review-and-set-is-no-task",
    ),
    # the year reported opening a sentence, "đã" and a list of its tasks: what that year did, no targets
    pytest.param(
        " date 2022-12\nHội nghị tổng kết năm 2022, triển khai nhiệm vụ năm 2023.\nNăm 2022, UBND huyện đã tập trung "
        "chỉ đạo, điều hành thực hiện các nhiệm vụ trọng tâm là: Giải phóng mặt bằng đạt kết quả tốt; thu ngân sách "
        "tăng 12%; quốc phòng, an ninh được giữ vững.",
        [],
        id="reported-year-did-its-tasks",
    ),
    # "một số vấn đề tồn tại cần được cải thiện": shortfalls named, no request
    pytest.param(
        " date 2019-12\nKỳ họp HĐND tỉnh cuối năm 2019.\nBên cạnh kết quả đạt được, tỉnh còn một số vấn đề tồn tại cần "
        "được khắc phục trong thời gian tới.",
        [],
        id="issues-that-remain-are-no-request",
    ),
    # "kêu gọi" after a task verb is the activity pushed ("đẩy mạnh kêu gọi đầu tư"), no call opening a task of its own
    pytest.param(
        " date 2022-12\nHội nghị tổng kết năm 2022 của Huyện ủy.\nHội nghị đề ra phương hướng, nhiệm vụ năm 2023. Cụ thể "
        "là, tiếp tục cải cách hành chính; đẩy mạnh chuyển đổi số; tăng cường kêu gọi đầu tư vào nông nghiệp.",
        ["tiếp tục cải cách hành chính", "đẩy mạnh chuyển đổi số", "tăng cường kêu gọi đầu tư vào nông nghiệp"],
        id="call-for-investment-pushed-by-a-task-verb",
    ),
    # the rest of the year opening a headline, then its task (after a kicker too); a result after it is none
    pytest.param(
        " date 2022-06\nQuý III/2022 tập trung tháo gỡ khó khăn cho doanh nghiệp\nSáng 5/6, UBND tỉnh họp đánh giá tình "
        "hình kinh tế - xã hội 6 tháng đầu năm 2022. Thu ngân sách đạt 55% dự toán.",
        ["tập trung tháo gỡ khó khăn cho doanh nghiệp"],
        id="headline-rest-of-year-then-task",
    ),
    pytest.param(
        " date 2022-06\nHội nghị Huyện ủy lần thứ 9: 6 tháng cuối năm, tiếp tục đẩy mạnh cải cách hành chính\nSáng 5/6, "
        "Huyện ủy họp đánh giá tình hình 6 tháng đầu năm 2022. Thu ngân sách đạt 55% dự toán.",
        ["tiếp tục đẩy mạnh cải cách hành chính"],
        id="headline-kicker-rest-of-year-then-task",
    ),
    pytest.param(
        " date 2022-06\n6 tháng cuối năm tăng trưởng kinh tế đạt 7%\nSáng 5/6, UBND tỉnh họp đánh giá tình hình 6 tháng "
        "đầu năm 2022.",
        [],
        id="headline-rest-of-year-then-result",
    ),
    pytest.param(
        " date 2019-12\nHội nghị tổng kết công tác Mặt trận năm 2019.\nĐồng chí Bí thư Huyện ủy đánh giá cao kết quả đạt "
        "được và đề nghị Ủy ban MTTQ huyện phát huy hơn nữa vai trò giám sát trong năm 2020.",
        ["đề nghị Ủy ban MTTQ huyện phát huy hơn nữa vai trò giám sát"],
        id="praise-then-request-asks",
    ),
    # a direction quoted in the lead ('"Tăng cường …" Đây là chỉ đạo của …'): the quotation mark is no part of the
    # clause, which opens on its verb (fresh qh04)
    pytest.param(
        " date 2021-01\nNâng cao chất lượng quản lý đất đai\n\n\"Tăng cường công tác quản lý đất đai, chủ động phòng "
        "chống thiên tai\" Đây là chỉ đạo của đồng chí Trần Văn Bình, Chủ tịch UBND tỉnh tại Hội nghị triển khai nhiệm "
        "vụ năm 2021 của ngành.",
        ["Nâng cao chất lượng quản lý đất đai", "Tăng cường công tác quản lý đất đai, chủ động phòng chống thiên tai"],
        id="direction-quoted-in-the-lead",
    ),
    # a target's rise "so ước thực hiện năm 2022" (against the estimate) is the same target, as "so với …" is (fresh qg01)
    pytest.param(
        " date 2023-02\nNgành Công thương triển khai nhiệm vụ năm 2023.\nNăm 2023, ngành phấn đấu tổng mức bán lẻ hàng "
        "hóa đạt 58.000 tỷ đồng, tăng 9,1% so ước thực hiện năm 2022; kim ngạch xuất khẩu đạt 1.500 triệu USD.",
        ["tổng mức bán lẻ hàng hóa đạt 58.000 tỷ đồng, tăng 9,1%", "kim ngạch xuất khẩu đạt 1.500 triệu USD"],
        id="rise-against-the-estimate-is-the-same-target",
    ),
    # a numbered unit before a modal is who is asked, not a count ("Quận 1 cần …"; "12 yêu cầu" still counts; fresh
    # pd05)
    pytest.param(
        " date 2023-12\nHội nghị Ban Chấp hành Đảng bộ Quận 3 tổng kết năm 2023.\nPhường 5 cần tập trung hoàn thành các "
        "chỉ tiêu năm 2024. Công an quận đã ban hành 12 yêu cầu ra quyết định khởi tố.",
        ["cần tập trung hoàn thành các chỉ tiêu năm 2024"],
        id="numbered-unit-before-a-modal",
    ),
    # the general goal set, one, then the copula and its parts closed by ";" ("đề ra mục tiêu tổng quát cho nhiệm kỳ
    # 2020 - 2025 là A; B; C"; fresh vc01, ye02)
    pytest.param(
        " date 2020-08\nĐại hội Đảng bộ huyện nhiệm kỳ 2020-2025.\nĐại hội đã thống nhất đề ra mục tiêu tổng quát cho nhiệm "
        "kỳ 2020 - 2025 là nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức Đảng; phát triển toàn diện kinh tế - xã "
        "hội; bảo đảm quốc phòng, an ninh.",
        ["nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức Đảng", "phát triển toàn diện kinh tế - xã hội",
         "bảo đảm quốc phòng, an ninh"],
        id="general-goal-copula-list",
    ),
    # a target closed by its deadline, then another closed by a later one: two targets, each of its own year; a name's
    # year ("tầm nhìn đến năm 2045") is no deadline (fresh ve3, jb3)
    pytest.param(
        " date 2025-08\nĐại hội Đảng bộ xã nhiệm kỳ 2025-2030.\nXã phấn đấu đạt chuẩn nông thôn mới nâng cao vào năm "
        "2027, nông thôn mới kiểu mẫu vào năm 2030.",
        ["phấn đấu đạt chuẩn nông thôn mới nâng cao vào năm 2027", "nông thôn mới kiểu mẫu vào năm 2030"],
        id="two-targets-two-deadlines",
    ),
    # "Trong đó," after a sentence setting many targets ("đặt ra nhiều chỉ tiêu cho năm 2026.") opens their list (fresh
    # kd2)
    pytest.param(
        " date 2025-12\nXã Long Điền tổng kết năm 2025.\nXã cũng đặt ra nhiều chỉ tiêu cho năm 2026. Trong đó, 100% chi "
        "bộ xây dựng mô hình Không gian Văn hóa Hồ Chí Minh; tỉ lệ giải quyết hồ sơ đúng hạn đạt trên 99%.",
        ["100% chi bộ xây dựng mô hình Không gian Văn hóa Hồ Chí Minh", "tỉ lệ giải quyết hồ sơ đúng hạn đạt trên 99%"],
        id="many-targets-set-then-trong-do",
    ),
    # a criminal case's procedure reported ("… chuyển Viện Kiểm sát đề nghị truy tố 47 vụ") is no request (fresh kc4)
    pytest.param(
        " date 2024-04\nBan Nội chính giao ban quý I năm 2024.\nLực lượng Công an khởi tố 60 vụ, 80 bị can; kết luận "
        "điều tra chuyển Viện Kiểm sát nhân dân đề nghị truy tố 47 vụ, 67 bị can. Ban Nội chính đề nghị các cơ quan tư "
        "pháp tiếp tục đẩy nhanh tiến độ điều tra các vụ án.",
        ["đề nghị các cơ quan tư pháp tiếp tục đẩy nhanh tiến độ điều tra các vụ án"],
        id="prosecution-recommended-is-no-request",
    ),
    # … a military unit's number too ("Tư lệnh Quân khu 4 yêu cầu …"; fresh zg1)
    pytest.param(
        " date 2021-01\nHội nghị quân chính năm 2020.\nVề nhiệm vụ năm 2021, Tư lệnh Quân khu 4 yêu cầu lực lượng vũ "
        "trang tỉnh tiếp tục quán triệt các nghị quyết của Bộ Chính trị.",
        ["yêu cầu lực lượng vũ trang tỉnh tiếp tục quán triệt các nghị quyết của Bộ Chính trị"],
        id="military-unit-number-before-a-request",
    ),
    # a target named "chỉ tiêu" set as "mục tiêu" is ("đặt ra chỉ tiêu …", "đề ra chỉ tiêu …"); the conference that
    # assigns them ("hội nghị giao chỉ tiêu …") sets none (fresh mh03, na04)
    pytest.param(
        " date 2025-12\nUBND phường tổ chức hội nghị giao chỉ tiêu kế hoạch năm 2026.\nTrong 20 chỉ tiêu của năm 2026, "
        "phường đặt ra chỉ tiêu tổng thu ngân sách đạt hơn 950 tỷ đồng.",
        ["đặt ra chỉ tiêu tổng thu ngân sách đạt hơn 950 tỷ đồng"],
        id="target-set-as-chi-tieu",
    ),
    # a pause ("…") going on in lower case ends no sentence: the request runs on to its verb (fresh nh02)
    pytest.param(
        " date 2020-09\nĐại hội Đảng bộ huyện lần thứ XII khai mạc.\nĐồng chí Bí thư Tỉnh ủy đề nghị các đại biểu với "
        "tinh thần trách nhiệm cao… tập trung thảo luận, góp ý vào dự thảo báo cáo chính trị.",
        ["tập trung thảo luận, góp ý vào dự thảo báo cáo chính trị"],
        id="pause-going-on-in-lower-case",
    ),
    # targets set out ("đã đưa ra các chỉ tiêu … như:") as "đã đề ra" sets them; not a trial ("đã đưa ra xét xử")
    pytest.param(
        " date 2019-12\nKỳ họp thứ 9 HĐND thị xã tổng kết năm 2019.\nKỳ họp đã đưa ra các giải pháp và các chỉ tiêu "
        "năm 2020 như: tốc độ tăng trưởng 7,5%; thu ngân sách 310 tỷ đồng.\nTòa án đã đưa ra xét xử 52 vụ án như: trộm "
        "cắp tài sản; cố ý gây thương tích.",
        ["tốc độ tăng trưởng 7,5%", "thu ngân sách 310 tỷ đồng"],
        id="targets-set-out",
    ),
    # documents counted after one verb, commas between them, are its objects: one task (fresh mh04)
    pytest.param(
        " date 2022-12\nHội nghị Ban Chấp hành Đảng bộ thành phố tổng kết năm 2022.\n"
        "Năm 2023, thành phố tiếp tục triển khai thực hiện hiệu quả 02 Nghị quyết, 03 chương trình và 01 đề án của "
        "Thành ủy; đẩy nhanh giải ngân vốn đầu tư công.",
        ["thực hiện hiệu quả 02 Nghị quyết, 03 chương trình và 01 đề án", "đẩy nhanh giải ngân vốn đầu tư công"],
        id="documents-counted-after-one-verb",
    ),
    # the sentence before named the plan of a year ahead ("… giao kế hoạch phát triển kinh tế - xã hội năm 2026."): a list
    # of targets after it is that plan's, with no verb setting it (fresh mc05); after a plan of the year reviewed, the
    # same list reports
    pytest.param(
        " date 2025-12\nHội nghị tổng kết năm 2025.\n\nUBND tỉnh ban hành quyết định giao kế hoạch phát triển kinh tế - "
        "xã hội năm 2026. Đáng chú ý có các chỉ tiêu: tốc độ tăng GRDP đạt 8%; tổng vốn đầu tư toàn xã hội đạt 35 nghìn tỷ "
        "đồng.",
        ["tốc độ tăng GRDP đạt 8%", "tổng vốn đầu tư toàn xã hội đạt 35 nghìn tỷ đồng"],
        id="targets-after-the-plan-of-the-year-ahead",
    ),
    pytest.param(
        " date 2025-12\nHội nghị tổng kết năm 2025.\n\nUBND tỉnh đánh giá kết quả thực hiện kế hoạch phát triển kinh tế - "
        "xã hội năm 2025. Đáng chú ý có các chỉ tiêu: tốc độ tăng GRDP đạt 8%; tổng vốn đầu tư toàn xã hội đạt 35 nghìn tỷ "
        "đồng.",
        [],
        id="targets-after-the-plan-of-the-year-reviewed",
    ),
    # the plan stated with its copula may open a quotation ("… nhiệm vụ trọng tâm là “Huy động …; khai thác …”"): its items
    # are the tasks (fresh ci05, la04)
    pytest.param(
        "Đại hội xác định mục tiêu, nhiệm vụ trọng tâm là “Huy động mọi nguồn lực đầu tư xây dựng kết cấu hạ tầng; khai "
        "thác tốt lợi thế của cảng biển”.",
        ["Huy động mọi nguồn lực đầu tư xây dựng kết cấu hạ tầng", "khai thác tốt lợi thế của cảng biển"],
        id="plan-stated-in-a-quotation",
    ),
    # the plan a year's work carries out, as a frame before the leading year ("Trên cơ sở nhiệm vụ … giao, năm 2026, Sở
    # …"), as the results built on are (fresh bk01)
    pytest.param(
        " date 2025-12\nHội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.\n\nTrên cơ sở nhiệm vụ và giải "
        "pháp UBND thành phố giao, năm 2026, Sở Tài chính tập trung tham mưu điều hành dự toán ngân sách.",
        ["tập trung tham mưu điều hành dự toán ngân sách"],
        id="plan-basis-before-a-leading-year",
    ),
    # a task verb joined by "và" to a passive of the things counted ("93% hộ gia đình được công nhận và giữ vững danh hiệu
    # …") is one target, not two (fresh bj01, pc04)
    pytest.param(
        " date 2025-07\nHội nghị sơ kết 6 tháng đầu năm 2025.\n\nTrong 6 tháng cuối năm, phường đặt ra những chỉ tiêu cụ "
        "thể: phấn đấu 93% hộ gia đình được công nhận và giữ vững danh hiệu gia đình văn hóa; tiếp tục duy trì phường "
        "không có hộ nghèo.",
        ["phấn đấu 93% hộ gia đình được công nhận và giữ vững danh hiệu", "tiếp tục duy trì phường không có hộ nghèo"],
        id="passive-and-task-verb-one-target",
    ),
    # a person's request told in the past ("Nguyễn Văn A đã yêu cầu …") still asks; a body's ("huyện … đã đề nghị bổ
    # sung …") reports what it did (fresh bp02, zd01; ja04)
    pytest.param(
        " date 2024-12\nHội nghị tổng kết năm 2024, triển khai nhiệm vụ năm 2025.\n\n"
        "Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Nguyễn Văn Tư đã yêu cầu các xã tập trung tuyên truyền chính sách bảo "
        "hiểm y tế. Trước đó, huyện Mường Khương đã đề nghị bổ sung các hạng mục công trình giao thông.",
        ["yêu cầu các xã tập trung tuyên truyền chính sách bảo hiểm y tế"],
        id="person-request-told-in-the-past",
    ),
    # "lưu ý," then the body and its verb asks, as "yêu cầu," does; "nhấn mạnh," then a statement reports a view
    # (fresh da02)
    pytest.param(
        " date 2024-12\nHội nghị tổng kết năm 2024, triển khai nhiệm vụ năm 2025.\n\n"
        "Phó Chủ tịch UBND tỉnh cũng lưu ý, huyện tiếp tục thực hiện các giải pháp xây dựng Đảng bộ trong sạch, vững "
        "mạnh. Đồng chí nhấn mạnh, huyện đã đạt nhiều kết quả quan trọng trong năm qua.",
        ["huyện tiếp tục thực hiện các giải pháp xây dựng Đảng bộ"],
        id="noted-comma-body-and-verb",
    ),
    # a portal's skip link with lines set right under it (no blank line): the site's banner, no headline; after a blank
    # line the headline follows (fresh bi03, bi05, va01, xa02; dev 067)
    pytest.param(
        "Skip to main content\nQuyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ "
        "2020 - 2025\n\nHội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12\n\nNgày 10/12/2024, Huyện ủy tổ chức hội "
        "nghị tổng kết công tác năm 2024.",
        [],
        id="portal-banner-under-the-skip-link",
    ),
    pytest.param(
        "Skip to main content\n\nQuyết tâm hoàn thành toàn diện nhiệm vụ năm 2025\n\nNgày 10/12/2024, Huyện ủy tổ "
        "chức hội nghị tổng kết công tác năm 2024.",
        ["Quyết tâm hoàn thành toàn diện nhiệm vụ năm 2025"],
        id="headline-after-the-skip-link",
    ),
    # a paragraph opening on the year reported turns to the year ahead at a sentence opening on it: the sentences before
    # the turn tell what was done, whatever verb opens them (fresh aw01)
    pytest.param(
        " date 2025-12\nHội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.\n\n"
        "Năm 2025, Ban An toàn giao thông huyện đã tham mưu ban hành nhiều văn bản. Tuyên truyền pháp luật về an toàn "
        "giao thông được 120 buổi. Tổ chức tuần tra kiểm soát được 300 ca. Năm 2026, Ban tiếp tục tăng cường tuần tra "
        "kiểm soát trên các tuyến đường.",
        ["tiếp tục tăng cường tuần tra kiểm soát trên các tuyến đường"],
        id="reported-year-then-turn-to-the-year-ahead",
    ),
    # the period still ahead named after the plan noun sets the list, with no verb setting it (kind ahead of
    # task_cues.tsv: "trong giai đoạn tới", "nhiệm kỳ tới", "thời gian sắp tới"; fresh ap02); a list the lead-in only
    # names stays a report ("nhấn mạnh những kết quả trong giai đoạn vừa qua: A; B")
    pytest.param(
        "Phát biểu tại đại hội, đồng chí Bí thư Đảng ủy xã nhấn mạnh nhiệm vụ trong giai đoạn tới: nâng cao năng lực "
        "lãnh đạo của chi bộ; củng cố khối đoàn kết trong đơn vị.",
        ["nâng cao năng lực lãnh đạo của chi bộ", "củng cố khối đoàn kết trong đơn vị"],
        id="plan-noun-then-the-period-ahead",
    ),
    pytest.param(
        "Phát biểu tại đại hội, đồng chí Bí thư Đảng ủy xã nhấn mạnh những kết quả trong giai đoạn vừa qua: năng lực "
        "lãnh đạo của chi bộ được nâng lên; khối đoàn kết trong đơn vị được củng cố.",
        [],
        id="plan-noun-then-the-period-past",
    ),
    # a sector named by "ngành", "Sở" or "Bộ" (resources/organizations.txt) and its abbreviation in brackets is the
    # subject of a soft cue ("phấn đấu") however many words it holds
    pytest.param(
        " date 2024-12\nNăm 2025 là năm cuối của kế hoạch 5 năm. Ngành Nông nghiệp và Phát triển nông thôn (NN&PTNT) "
        "phấn đấu sản lượng lương thực đạt 40 vạn tấn; tỷ lệ che phủ rừng đạt 61%.",
        ["sản lượng lương thực đạt 40 vạn tấn", "tỷ lệ che phủ rừng đạt 61%"],
        id="sector-named-before-a-soft-cue",
    ),
    pytest.param(
        " date 2024-12\nNăm 2025, Sở Giáo dục và Đào tạo Quảng Lâm phấn đấu huy động 99% trẻ 5 tuổi ra lớp.",
        ["huy động 99% trẻ 5 tuổi ra lớp"],
        id="department-and-place-before-a-soft-cue",
    ),
    # being recognized after "để" (or "nhằm", "sẽ", "phấn đấu") is what is aimed at, no result told
    pytest.param(
        " date 2019-07\n6 tháng cuối năm, Huyện ủy chỉ đạo tăng cường các giải pháp tăng thu ngân sách. Huyện tập trung "
        "hoàn thành các tiêu chí còn lại để được công nhận huyện nông thôn mới.",
        ["tăng cường các giải pháp tăng thu ngân sách", "hoàn thành các tiêu chí còn lại"],
        id="recognition-aimed-at-after-de",
    ),
    # "Đồng thời," and no subject of its own: the sentence goes on with the one before; after a meeting's doings told,
    # more of them ("xác định chỉ tiêu và tập trung thảo luận …"), after a request, another request
    pytest.param(
        " date 2022-12\nHội nghị tổng kết năm 2022. Tại Hội nghị, các đại biểu đã trao đổi, làm rõ những kết quả nổi bật "
        "trong năm 2022. Đồng thời, xác định chỉ tiêu và tập trung thảo luận các giải pháp thực hiện các chỉ tiêu của "
        "huyện năm 2023.\n\nNăm 2023, huyện phấn đấu thu ngân sách đạt 50 tỷ đồng.",
        ["thu ngân sách đạt 50 tỷ đồng"],
        id="continuing-a-meetings-doings-is-none",
    ),
    pytest.param(
        " date 2022-12\nHội nghị tổng kết năm 2022. Đồng chí Bí thư đề nghị các cấp tập trung thu ngân sách năm 2023. "
        "Đồng thời, tiếp tục đẩy mạnh cải cách hành chính.",
        ["tập trung thu ngân sách năm 2023", "tiếp tục đẩy mạnh cải cách hành chính"],
        id="continuing-a-request-is-one",
    ),
    # where a person stands in a photo after a name makes a line a caption, even right after a target sentence
    pytest.param(
        " date 2026-01\nPhường đặt mục tiêu tăng trưởng kinh tế trên 10% trong năm 2026.\n\nĐồng chí Nguyễn Văn An (thứ 2 "
        "từ trái qua) dự và chủ trì hội nghị\n\nSáng 15-1, UBND phường tổ chức hội nghị tổng kết năm 2025.",
        ["tăng trưởng kinh tế trên 10%"],
        id="photo-position-makes-a-caption",
    ),
    # how many plan items were set, naming none ("Xác định 12 nhiệm vụ, giải pháp trọng tâm năm 2022", "xác định 3 khâu
    # đột phá"), is no task; the items named after it are
    pytest.param(
        " date 2022-01\nBan Quản lý Khu kinh tế: Xác định 12 nhiệm vụ, giải pháp trọng tâm năm 2022\n\nNgày 30/12/2021, "
        "Ban Quản lý Khu kinh tế tổ chức hội nghị tổng kết năm 2021. Năm 2022, Ban tập trung thu hút 1 tỷ USD vốn đầu tư.",
        ["tập trung thu hút 1 tỷ USD vốn đầu tư"],
        id="plans-counted-only-is-none",
    ),
    # "Hướng dẫn" capitalized names a document, but before the people it guides it is the item's verb
    pytest.param(
        " date 2023-04\nHội nghị sơ kết quý I năm 2023.\n\nChủ tịch UBND huyện yêu cầu các cơ quan tập trung thực hiện "
        "công tác quý II: Hướng dẫn bà con chăm sóc cây trồng; tiếp tục thu hoạch diện tích mía.",
        ["Hướng dẫn bà con chăm sóc cây trồng", "tiếp tục thu hoạch diện tích mía"],
        id="guiding-people-is-no-document",
    ),
    # an aim cut by the page's end keeps its whole words; a noun phrase cut so ("nhiệm vụ kêu gọi thu hút đầu tư, trong")
    # stays none
    pytest.param(
        " date 2026-01\nHội nghị tổng kết năm 2025.\n\nNăm 2026, phường đặt mục tiêu phấn đấu đạt chuẩn đô thị văn minh "
        "trong giai ",
        ["phấn đấu đạt chuẩn đô thị văn minh"],
        id="aim-cut-by-the-page-end",
    ),
    # in a run of directions, a province named alone opens a sentence as its body would ("Tỉnh quan tâm …")
    pytest.param(
        " date 2024-01\nHội nghị tổng kết năm 2023.\n\nNăm 2024, Yên Bái tập trung triển khai Quy hoạch tỉnh. Tỉnh đẩy "
        "mạnh cải cách hành chính. Yên Bái quan tâm, phát triển toàn diện các lĩnh vực văn hóa, xã hội.",
        ["triển khai Quy hoạch tỉnh", "đẩy mạnh cải cách hành chính", "phát triển toàn diện các lĩnh vực"],
        id="province-named-alone-opens-a-direction",
    ),
    # a headline rounding the body's figure ("hơn 170 tỷ đồng" over "170,89 tỷ đồng") states the body's target
    pytest.param(
        "Phường An Phú phấn đấu thu ngân sách hơn 170 tỷ đồng\n\nNgày 11/7/2025, HĐND phường tổ chức kỳ họp. Trong 6 "
        "tháng cuối năm, phường An Phú phấn đấu tổng thu ngân sách đạt 170,89 tỷ đồng; duy trì không có hộ nghèo.",
        ["tổng thu ngân sách đạt 170,89 tỷ đồng", "duy trì không có hộ nghèo"],
        id="headline-rounding-the-bodys-figure",
    ),
    xfail(
        " date 2026-01\nHội nghị tổng kết năm 2025.\n"
        "Thứ hai, về phát triển kinh tế, xã chú trọng thu hút đầu tư vào nông nghiệp.",
        ["chú trọng thu hút đầu tư vào nông nghiệp"],
        id="ordinal-with-topic-before-subject",
        reason="an ordinal item whose verb follows a topic and a subject is not found",
    ),
]


@pytest.mark.parametrize("text, expected", TASK_EXAMPLES)
def test_tasks(text, expected):
    assert_tasks(text, expected)


# Lists that report results next to a list that sets targets: only the targets are tasks.
MIXED_EXAMPLES = [
    # the page's view counter after a list of targets ("533 lượt xem") is no target of the list
    pytest.param(
        " date 2020-01\nNăm 2019, tỉnh có 12 xã đạt chuẩn.\n\nTrong năm 2020, tỉnh phấn đấu có thêm 10 xã được công nhận đạt "
        "chuẩn nông thôn mới, 4 xã đạt nông thôn mới nâng cao và 4 xã đạt nông thôn mới kiểu mẫu.\n\n533 lượt xem\nThu "
        "Nga\n\n15oC",
        ["có thêm 10 xã được công nhận đạt chuẩn", "4 xã đạt nông thôn mới nâng cao"],
        id="view-counter-is-no-target",
    ),
    # the page's related-news stamps after the coming period's tasks ("4 ngày trước" under a byline) are no target
    # (fresh sd2)
    pytest.param(
        "Năm 2024, xã đạt chuẩn nông thôn mới.\n\nThời gian tới, xã tiếp tục củng cố 19 tiêu chí, nâng cao đời sống "
        "người dân.\nMinh Anh\n3 giờ trước\n2 ngày trước\n2 ngày trước",
        ["tiếp tục củng cố 19 tiêu chí, nâng cao đời sống người dân"],
        id="page-time-stamps-are-no-target",
    ),
    # a share of the plan reached ("…, đạt 102,7% kế hoạch.") tells a result: the breakdown after it ("Trong đó: A; B")
    # lists results too, no targets
    pytest.param(
        " date 2024-01\nNăm 2023, toàn tỉnh giải quyết việc làm cho 23.125 người, đạt 102,7% kế hoạch. Trong đó: giải "
        "quyết việc làm trong nước đạt 10.920 người; đi làm việc ở nước ngoài đạt 12.205 người. Năm 2024, tỉnh phấn đấu "
        "giải quyết việc làm cho 23.000 người.",
        ["giải quyết việc làm cho 23.000 người"],
        id="share-of-plan-reached-then-breakdown-results",
    ),
    # a meeting's agenda with the year ahead's directions, then a clause announcing the year's results before its colon:
    # the bulleted list reports ("Với các kết quả đạt được trong năm … như sau:"; fresh cz03)
    pytest.param(
        " date 2020-01\nHội nghị triển khai nhiệm vụ năm 2020\n\nTại hội nghị, thông qua báo cáo tình hình thực hiện công "
        "tác năm 2019 và phương hướng nhiệm vụ năm 2020; Báo cáo hoạt động tài chính; Với các kết quả đạt được trong năm "
        "2019 như sau:\n\n- Về thu hút đầu tư có 12 nhà đầu tư tìm hiểu đầu tư vào khu công nghiệp, qua đó đã cấp mới được "
        "9 giấy chứng nhận đầu tư.\n\n- Giải quyết việc làm cho trên 3.000 người, tăng 500 người so với năm 2018.",
        [],
        id="results-announced-before-colon-list-reports",
    ),
    # the results a decision builds on framing its sentence ("Với những kết quả … năm 2023, các đại biểu … thông qua
    # nhiều chỉ tiêu trong năm 2024. Cụ thể: …"): the targets listed after it are tasks (fresh dv05)
    pytest.param(
        " date 2023-12\nKỳ họp HĐND tỉnh\n\nTại kỳ họp, với những kết quả tích cực về phát triển kinh tế trong năm 2023, "
        "các đại biểu đã thảo luận và biểu quyết thông qua nhiều chỉ tiêu trong năm 2024. Cụ thể: tổng sản phẩm tăng từ 7% - "
        "7,5%. Thu ngân sách trên địa bàn đạt 9.000 tỷ đồng.",
        ["tổng sản phẩm tăng từ 7% - 7,5%", "Thu ngân sách trên địa bàn đạt 9.000 tỷ đồng"],
        id="results-frame-then-targets-adopted",
    ),
    # a part broken down inside a bracket after a target details it: no target of its own
    pytest.param(
        " date 2023-12\nKỳ họp HĐND thành phố\n\nNăm 2024, thành phố đặt mục tiêu tốc độ tăng trưởng GRDP khoảng 10%, thu "
        "ngân sách hơn 95.000 tỷ đồng (trong đó, thu nội địa 40.000 tỷ đồng).",
        ["tốc độ tăng trưởng GRDP khoảng 10%", "thu ngân sách hơn 95.000 tỷ đồng"],
        id="bracketed-breakdown-is-no-target",
    ),
    # "Theo đó" then a level's word, no comma, then the items (fresh ep01); "Cụ thể, xã thực hiện vượt 25/69 chỉ tiêu"
    # after a year's plan reports (train 614)
    pytest.param(
        " date 2019-01\nUBND tỉnh họp báo\n\nNăm 2019, tỉnh xác định 5 nhóm giải pháp trọng tâm. Theo đó tỉnh tiếp tục "
        "siết chặt kỷ cương hành chính; tập trung phát triển kinh tế có trọng tâm, trọng điểm.",
        ["tiếp tục siết chặt kỷ cương hành chính", "tập trung phát triển kinh tế có trọng tâm, trọng điểm"],
        id="so-then-level-word-then-items",
    ),
    pytest.param(
        " date 2023-02\nDuyệt kế hoạch năm 2023 của xã\n\nTrong năm 2022, xã tập trung thực hiện 60 chỉ tiêu năm 2022. Cụ "
        "thể, xã thực hiện vượt 20/60 chỉ tiêu, đạt 35/60 chỉ tiêu và chưa đạt 5/60 chỉ tiêu.",
        [],
        id="specifically-then-level-word-reports",
    ),
    # targets introduced after a sentence telling what was done, their items a year before the plan's reached: results
    # (fresh dx04)
    pytest.param(
        " date 2021-05\nBí thư Tỉnh ủy làm việc với Huyện ủy\n\nTại buổi làm việc, lãnh đạo Huyện ủy đã báo cáo kết quả "
        "thực hiện nhiệm vụ năm 2020 và 5 tháng đầu năm 2021, phương hướng nhiệm vụ thời gian tới. Huyện đã nỗ lực triển "
        "khai thực hiện có hiệu quả các nhiệm vụ chính trị. Các chỉ tiêu phát triển kinh tế như: GRDP tăng bình quân "
        "8,1%/năm. Thu nhập bình quân đầu người năm 2020 đạt 50 triệu đồng; năng suất lúa năm 2020 đạt 125 tạ/ha.",
        [],
        id="targets-after-what-was-done-past-year-reached",
    ),
    # praise of what was done, then ", đồng thời" and a request: the request asks (fresh zh02)
    pytest.param(
        " date 2020-10\nLàm việc với huyện\n\nPhát biểu kết luận, Trưởng ban Tuyên giáo Thành ủy Nguyễn Văn An đánh giá cao "
        "kết quả mà huyện đã đạt được, đồng thời yêu cầu huyện tiếp tục tập trung hoàn thành các mục tiêu còn lại.",
        ["yêu cầu huyện tiếp tục tập trung hoàn thành các mục tiêu còn lại"],
        id="praise-of-what-was-done-then-request",
    ),
    # "yêu cầu" of cases or crowds asking ("các trường hợp yêu cầu về chính sách") is no request of the meeting: the
    # results after it are no run of directions
    pytest.param(
        "Năm 2019, tỉnh giải quyết việc làm cho 39.500 người, đạt 102% kế hoạch. Giải quyết kịp thời các trường hợp yêu "
        "cầu về chính sách trong quan hệ lao động; không để xảy ra lao động tập trung đông người yêu cầu chính sách.\n\n"
        "Hỗ trợ nhà ở cho hộ nghèo, tỉnh hoàn thành 1.250 căn, trong đó xây mới 850 căn.",
        [],
        id="cases-asking-are-no-request",
    ),
    # a request naming its period ("… 6 tháng cuối năm") states no figure: the results told after it are no targets
    pytest.param(
        " date 2021-07\nHội nghị sơ kết 6 tháng đầu năm 2021.\n"
        "Bí thư Tỉnh ủy đề nghị các ngành đánh giá sát tình hình để xác định nhiệm vụ trọng tâm 6 tháng cuối năm. "
        "Kinh tế của tỉnh trong 6 tháng đầu năm 2021 tăng 2,4%. Trong đó, khu vực nông nghiệp giảm 1,2%; khu vực "
        "dịch vụ tăng 3,5%.",
        ["đánh giá sát tình hình"],
        id="request-naming-its-period-then-results",
    ),
    pytest.param(
        " date 2025-07\nHội nghị sơ kết 6 tháng đầu năm 2025.\n"
        "Nhiều chỉ tiêu kinh tế chuyển biến tích cực: tổng diện tích gieo trồng đạt 3.000 ha; "
        "số hợp tác xã thành lập mới đạt 120%. Hội nghị đề ra 6 chỉ tiêu cho 6 tháng cuối năm: "
        "thu ngân sách đạt 20 tỷ đồng; giải ngân 100% vốn đầu tư công.",
        ["thu ngân sách đạt 20 tỷ đồng", "giải ngân 100% vốn đầu tư công"],
        id="indicators-reported-then-set",
    ),
    pytest.param(
        " date 2024-12\nHội nghị tổng kết năm 2024.\n"
        "Bên cạnh kết quả đạt được, việc thực hiện nhiệm vụ năm 2024 vẫn còn những hạn chế như: "
        "tiến độ giải ngân vốn còn chậm; thu ngân sách không đạt dự toán.\n"
        "Năm 2025, huyện đề ra 10 chỉ tiêu kinh tế - xã hội: thu ngân sách đạt 50 tỷ đồng; "
        "tỷ lệ hộ nghèo giảm 2%.",
        ["thu ngân sách đạt 50 tỷ đồng", "tỷ lệ hộ nghèo giảm 2%"],
        id="limitations-listed-then-targets",
    ),
    pytest.param(
        " date 2024-09\nPhiên họp thường kỳ tháng 9 của UBND tỉnh.\n"
        "Một số chỉ tiêu trong tháng 9 tăng so với cùng kỳ năm trước như: thu ngân sách tăng 25%; "
        "doanh thu vận tải tăng 2%.\n"
        "Năm 2025, tỉnh đề ra các chỉ tiêu như: tăng trưởng kinh tế đạt 8%; thu hút 3 triệu lượt khách.",
        ["tăng trưởng kinh tế đạt 8%", "thu hút 3 triệu lượt khách"],
        id="month-results-listed-then-targets",
    ),
    pytest.param(
        "Huyện Mường Nhé phấn đấu năm 2026 giảm 5% hộ nghèo\n\n"
        "Tại kỳ họp, HĐND huyện Mường Nhé thông qua nghị quyết. Năm 2026, huyện đề ra 9 chỉ tiêu kinh tế - xã hội: "
        "giảm 5% tỷ lệ hộ nghèo; có thêm 2 xã đạt chuẩn nông thôn mới.",
        ["giảm 5% tỷ lệ hộ nghèo", "có thêm 2 xã đạt chuẩn"],
        id="headline-stated-again-in-body",
    ),
    pytest.param(
        " date 2025-12 Triển khai nhiệm vụ công tác tư pháp năm 2026\n\n"
        "Sáng 20/12, Sở Tư pháp tổ chức hội nghị tổng kết năm 2025. Năm 2026, lực lượng tư pháp sẽ tiếp tục "
        "nâng cao chất lượng công tác hộ tịch.",
        ["tiếp tục nâng cao chất lượng công tác hộ tịch"],
        id="agenda-headline",
    ),
    pytest.param(
        " date 2023-12\nKỳ họp thứ 12 HĐND huyện khai mạc.\n"
        "Kỳ họp sẽ tập trung đánh giá kết quả thực hiện nhiệm vụ năm 2023, thông qua các nghị quyết quan trọng. "
        "Năm 2024, Ban Chấp hành Đảng bộ huyện sẽ tiếp tục đẩy mạnh cải cách hành chính.",
        ["tiếp tục đẩy mạnh cải cách hành chính"],
        id="session-agenda-after-se",
    ),
    pytest.param(
        " date 2024-12\nTổng kết năm 2024.\n"
        "Sản lượng lương thực ước đạt 29 vạn tấn, vượt 12,5 % kế hoạch (Kế hoạch: 26 vạn tấn). "
        "Năm 2025, ngành đề ra 5 chỉ tiêu chính: sản lượng lương thực đạt 30 vạn tấn; "
        "trồng mới 500 ha rừng.",
        ["sản lượng lương thực đạt 30 vạn tấn", "trồng mới 500 ha rừng"],
        id="plan-figure-in-brackets",
    ),
    # a sentence led by the year reviewed, no comma and no setting verb: the figures listed are what it reached
    pytest.param(
        " date 2023-12\nKỳ họp HĐND xã đánh giá kết quả năm 2023, bàn nhiệm vụ năm 2024.\n"
        "Năm 2023 các chỉ tiêu chủ yếu của xã như: thu ngân sách đạt 12 tỷ đồng, vượt dự toán; tỷ lệ hộ nghèo còn 4,1%. "
        "Năm 2024, xã đề ra các chỉ tiêu như: thu ngân sách đạt 13 tỷ đồng; tỷ lệ hộ nghèo giảm 1%.",
        ["thu ngân sách đạt 13 tỷ đồng", "tỷ lệ hộ nghèo giảm 1%"],
        id="reviewed-year-lead-lists-results",
    ),
    # a headline naming the year reviewed tells what was done in it, no task; one naming the plan year stays a task
    pytest.param(
        "Công ty Cấp nước: Hoàn thành xuất sắc nhiệm vụ năm 2023\n\nNgày 12/1/2024, Công ty tổ chức hội nghị tổng kết "
        "năm 2023, triển khai nhiệm vụ năm 2024. Năm 2024, Công ty tập trung giảm tỷ lệ thất thoát nước.",
        ["tập trung giảm tỷ lệ thất thoát nước"],
        id="headline-naming-the-year-reviewed",
    ),
    pytest.param(
        "Tập trung hoàn thành nhiệm vụ năm 2024\n\nNgày 12/1/2024, Công ty tổ chức hội nghị tổng kết năm 2023, triển "
        "khai nhiệm vụ năm 2024. Năm 2023, doanh thu đạt 120 tỷ đồng.",
        ["Tập trung hoàn thành nhiệm vụ năm 2024"],
        id="headline-naming-the-plan-year",
    ),
    # a headline's parts that ";" separates are two tasks; the first line may run long (fresh 21: 35 words)
    pytest.param(
        "Đẩy mạnh phát triển kinh tế năm 2025; chuẩn bị tốt các điều kiện tổ chức Đại hội Đảng bộ các cấp, tiến tới "
        "Đại hội đại biểu Đảng bộ huyện Văn Lâm lần thứ XXV\n\n"
        "Ngày 15/7/2025, Ban Chấp hành Đảng bộ huyện tổ chức Hội nghị lần thứ 30.",
        ["Đẩy mạnh phát triển kinh tế năm 2025", "chuẩn bị tốt các điều kiện tổ chức Đại hội Đảng bộ các cấp"],
        id="long-headline-split-at-semicolon",
    ),
    # a kicker, then a headline with counts of what is planned (a count of what was done is no task: "Chư Pah: Kết nạp
    # 146 quần chúng ưu tú vào Đảng"; fresh 24)
    pytest.param(
        " date 2023-01 Hội Nông dân tỉnh: Tập trung 12 chỉ tiêu trọng tâm, 5 nhóm giải pháp năm 2023\n\nChiều 9/1, Hội "
        "tổ chức hội nghị tổng kết năm 2022.",
        ["Tập trung 12 chỉ tiêu trọng tâm, 5 nhóm giải pháp năm 2023"],
        id="kicker-then-counts-of-what-is-planned",
    ),
    # a headline whose subject "tập trung" on a plan (a plan noun or a year after it), as with "quyết tâm" (fresh 22, 24)
    pytest.param(
        " date 2024-01 Sở Tư pháp tỉnh Yên Bái tập trung thực hiện tốt 5 nhiệm vụ trọng tâm\n\nSáng 5-1, Sở Tư pháp "
        "tổ chức hội nghị tổng kết công tác năm 2023.",
        ["tập trung thực hiện tốt 5 nhiệm vụ trọng tâm"],
        id="headline-subject-tap-trung-on-a-plan",
    ),
    pytest.param(
        "Hà Nội tiếp tục duy trì đà tăng trưởng\n\nSáng 5-1, thành phố tổ chức hội nghị tổng kết năm 2023.",
        [],
        id="headline-subject-verb-no-plan",
    ),
    # results told after a line that looks ahead ("… sẽ hoàn thành 8/12 chỉ tiêu …"): a passive of a task verb ("được
    # củng cố, kiện toàn") or "đạt được nhiều kết quả" as the clause's predicate tells what was reached, though the
    # clause opens on a task verb's word ("Tổ chức", "phát triển"; group AB xm5)
    pytest.param(
        "Sáng 5/7, Tỉnh ủy tổ chức hội nghị. Tổng sản phẩm trong tỉnh bình quân 3 năm (2021 - 2023) đạt 4,5%/năm; an "
        "sinh xã hội được bảo đảm.\n\nĐảng bộ tỉnh sẽ hoàn thành 8/12 chỉ tiêu Nghị quyết Đại hội Đảng nhiệm kỳ này "
        "đặt ra trong năm nay\n\nSong song phát triển kinh tế, công tác xây dựng Đảng đạt được nhiều kết quả quan "
        "trọng. Tổ chức bộ máy chính quyền các cấp được củng cố, kiện toàn theo hướng tinh gọn.",
        ["hoàn thành 8/12 chỉ tiêu Nghị quyết Đại hội Đảng"],
        id="passive-of-a-task-verb-tells-a-result",
    ),
    # aimed at, the same passive is a target: striven for, or after a target's figure
    pytest.param(
        "Năm 2026, xã phấn đấu: 100% thôn được duy trì danh hiệu văn hóa; phấn đấu an ninh trật tự được giữ vững.",
        ["100% thôn được duy trì danh hiệu văn hóa", "phấn đấu an ninh trật tự được giữ vững"],
        id="passive-striven-for-stays-a-target",
    ),
    # a news round-up: "… chiều nay có những nội dung đáng chú ý sau:" says what there is, no request; its items are the
    # day's headlines (agendas, reviews), tasks only where one states a plan (group AC xq2)
    pytest.param(
        "Khắp nơi trong tỉnh chiều 30-12-2025\n\n(ĐN) - Khắp nơi trong tỉnh chiều nay có những nội dung đáng chú ý "
        "sau:\n\n*Xã Tân Phú phấn đấu thu ngân sách đạt và vượt dự toán năm 2026\n\n*Xã Long Thành giao chỉ tiêu kế "
        "hoạch kinh tế - xã hội năm 2026\n\n*Công an xã Định Quán tổng kết công tác công an năm 2025\n\n*Đảng ủy xã "
        "Xuân Lộc triển khai nhiệm vụ năm 2026\n\nChiều 30-12, xã Tân Phú tổ chức hội nghị giao chỉ tiêu kế hoạch năm "
        "2026. Năm 2025, xã hoàn thành 20/20 chỉ tiêu.",
        ["phấn đấu thu ngân sách đạt và vượt dự toán năm 2026"],
        id="news-round-up-items-are-headlines",
    ),
    # a plan noun that is a meeting's own ("nhiệm vụ … của kỳ họp … là A; B; C"): the session's agenda, no task; the
    # fields a body works in, listed after "các lĩnh vực:", are no tasks either (group AD yd1, fresh sz3)
    pytest.param(
        " date 2024-07 Sáng 10/7, HĐND tỉnh khai mạc kỳ họp thứ 20. Một trong những nhiệm vụ quan trọng của kỳ họp lần "
        "này là đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội; dự toán thu, chi ngân sách 6 tháng đầu "
        "năm và nhiệm vụ 6 tháng cuối năm 2024.\n\nKỳ họp sẽ thông qua 20 nghị quyết về các cơ chế, chính sách trên các "
        "lĩnh vực: kế hoạch - đầu tư; tài chính - ngân sách; đất đai - tài nguyên; y tế, dân số.",
        [],
        id="meetings-own-agenda-and-fields-are-no-tasks",
    ),
    # the plan told as reached with its outcome after it ("các chỉ tiêu, nhiệm vụ cơ bản đạt và vượt"): "Trong đó," then
    # lists results, whatever verb ("tiếp tục chuyển dịch") opens them (group AL yal3)
    pytest.param(
        " date 2024-12\nHội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 15.\nNăm 2024, kết quả thực hiện các chỉ tiêu, "
        "nhiệm vụ cơ bản đạt và vượt (có 40/42 chỉ tiêu đạt và vượt nghị quyết). Trong đó, Cơ cấu kinh tế của thành phố "
        "tiếp tục chuyển dịch đúng hướng, thương mại, dịch vụ 55,2%; sản xuất công nghiệp 37,5%.",
        [],
        id="plan-reached-with-its-outcome-after-it",
    ),
    # a paragraph going on from the plan named ("Theo đó, …") but opening on the year reported tells that year's results:
    # a verb first ("Hoàn thành tốt …") asks nothing there (group AL yam2)
    pytest.param(
        " date 2022-01\nSáng 10/1, HĐND huyện thông báo tình hình thực hiện nhiệm vụ năm 2021; phương hướng nhiệm vụ "
        "năm 2022.\n\nTheo đó, năm 2021 huyện đã tập trung lãnh đạo thực hiện hiệu quả nhiệm vụ kép. Hầu hết các chỉ "
        "tiêu quan trọng đều đạt và vượt so với kế hoạch. Hoàn thành tốt công tác thu ngân sách nhà nước, phần huyện thu "
        "đạt trên 130 tỷ đồng.",
        [],
        id="going-on-from-the-plan-with-the-year-reported",
    ),
    # a box of related headlines inside the body (three short capitalized lines in a row, no stop): no line of the
    # article, its verbs no tasks; the body's own task after it stays (group AL yaq1)
    pytest.param(
        " date 2021-01\nHội nghị tổng kết công tác Mặt trận năm 2020\n\nTheo ông Nguyễn Văn Hùng, Chủ tịch Ủy ban MTTQ "
        "tỉnh, trong năm 2020, công tác Mặt trận đã có nhiều đổi mới theo chiều hướng tích cực, rõ việc, trọng tâm và hiệu "
        "quả, các cuộc vận động đạt nhiều kết quả cao.\n\nMTTQ tỉnh Yên Bái: Đẩy mạnh công tác tuyên truyền, vận động "
        "nhân dân\n\nPhát huy vai trò của Mặt trận trong thực hiện an sinh xã hội\n\nMTTQ tỉnh Hà Nam: Hướng dẫn giới "
        "thiệu người ứng cử đại biểu HĐND\n\nNăm 2021, Ủy ban MTTQ tỉnh tiếp tục tuyên truyền, vận động các tầng lớp nhân "
        "dân tham gia xây dựng nông thôn mới.",
        ["tiếp tục tuyên truyền, vận động các tầng lớp nhân dân tham gia xây dựng nông thôn mới"],
        id="box-of-related-headlines-is-no-task",
    ),
    # a list item opening on a programme's name, then a resolve ("chương trình … phấn đấu đạt …"): a target, no document
    # (group AM yax4)
    pytest.param(
        " date 2018-12\nKỳ họp HĐND xã cuối năm 2018.\nTại kỳ họp, các đại biểu thống nhất các chỉ tiêu năm 2019, phấn "
        "đấu tổng sản lượng lương thực đạt 2.100 tấn; trồng rừng đạt 30 ha; chương trình xây dựng nông thôn mới phấn đấu "
        "đạt 16 tiêu chí.",
        ["phấn đấu tổng sản lượng lương thực đạt 2.100 tấn", "trồng rừng đạt 30 ha",
         "chương trình xây dựng nông thôn mới phấn đấu đạt 16 tiêu chí"],
        id="programme-item-with-a-resolve-is-a-target",
    ),
]


@pytest.mark.parametrize("text, expected", MIXED_EXAMPLES)
def test_targets_not_results(text, expected):
    test_tasks(text, expected)


def test_second_list_starts_after_its_colon():
    """A paragraph opening a list of its own after a list of tasks: its items start after its colon (set AY)."""
    from pipeline import extract

    doc = extract(
        "Theo đó, thành phố xác định nhiệm vụ trọng tâm năm 2025 là: Tiếp tục đẩy mạnh thu hút đầu tư. Tập trung huy "
        "động các nguồn lực xây dựng hạ tầng.\nNăm 2025, thành phố đề ra 11 chỉ tiêu chủ yếu gồm: giá trị sản xuất công "
        "nghiệp đạt 6.560 tỷ đồng, tăng 15%; kim ngạch xuất khẩu đạt 120 triệu USD."
    )
    assert [t.text.split()[0] for t in doc.tasks] == ["Tiếp", "Tập", "giá", "kim"]


def test_event_after_the_plan_it_carries_out_is_no_task():
    """"Thực hiện Kế hoạch …, trong 1,5 ngày (…), Đảng bộ xã … tổ chức Đại hội …": an event, its time (set AP)."""
    from pipeline import extract

    doc = extract(
        "Đại hội đại biểu Đảng bộ xã An Bình lần thứ XXX\nThực hiện Kế hoạch số 97-KH/HU ngày 06/9/2019 của Ban Thường "
        "vụ Huyện ủy về tổ chức Đại hội Đảng cấp cơ sở tiến tới Đại hội đại biểu Đảng bộ huyện lần thứ XXVIII và Đại hội "
        "Đảng toàn quốc lần thứ XIII, trong 1,5 ngày (từ ngày 13-14/5/2020), Đảng bộ xã An Bình tổ chức Đại hội lần thứ "
        "XXX, nhiệm kỳ 2020 - 2025. Đây là đợt sinh hoạt chính trị có ý nghĩa quan trọng. Đại hội có nhiệm vụ tổng kết "
        "đánh giá kết quả thực hiện Nghị quyết Đại hội nhiệm kỳ 2015-2020, xác định phương hướng nhiệm kỳ tới."
    )
    assert [t.text for t in doc.tasks if "tổ chức Đại hội" in t.text] == []



# Where the task's exact text matters (where it ends, where it starts), not only a phrase in it.
EXACT_TASKS = [
    # "Trong đó, có 18 nhiệm vụ trọng tâm và 19 chỉ tiêu chủ yếu về …" counts what was set, with its fields: no task
    # (fresh li02)
    pytest.param(
        "Nghị quyết Đại hội đề ra 3 khâu đột phá, đó là: đẩy mạnh phát triển nông nghiệp công nghệ cao; phát triển "
        "nguồn nhân lực. Trong đó, có 16 nhiệm vụ trọng tâm và 21 chỉ tiêu chủ yếu về phát triển kinh tế, xã hội, quốc "
        "phòng, an ninh.",
        ["đẩy mạnh phát triển nông nghiệp công nghệ cao", "phát triển nguồn nhân lực"],
        id="had-counts-of-what-was-set-with-fields",
    ),
    # a bare change after a target's figure ("…, tăng gần 90.000 lượt", "…, tăng trên 20%") is that target's, no target
    # of its own; a unit of two words and a qualifier are read too (fresh il01)
    pytest.param(
        "Nghị quyết đề ra các chỉ tiêu đến năm 2025 như: tổng vốn đầu tư toàn xã hội 4.800 tỷ đồng, tăng gần 1.200 tỷ "
        "đồng; thu hút khách du lịch 150 nghìn lượt người, tăng 60.000 lượt; tỷ lệ trường đạt chuẩn quốc gia 65%, tăng "
        "trên 15%.",
        ["tổng vốn đầu tư toàn xã hội 4.800 tỷ đồng, tăng gần 1.200 tỷ đồng",
         "thu hút khách du lịch 150 nghìn lượt người, tăng 60.000 lượt",
         "tỷ lệ trường đạt chuẩn quốc gia 65%, tăng trên 15%"],
        id="bare-change-after-a-target-is-its-own",
    ),
    # a sentence after targets with figures that opens a list of its own after a colon: its items start there
    pytest.param(
        " date 2026-01\nHội nghị tổng kết năm 2025 của Đảng bộ.\nThủ tướng nhấn mạnh yêu cầu tiếp tục hoàn thiện tầm nhìn "
        "chiến lược, hai mục tiêu 100 năm; trên cơ sở đó thực hiện 5 chiến lược cụ thể: hoàn thiện thể chế chiến lược, "
        "đầu tư hạ tầng chiến lược. Năm 2026, Đảng ủy tập trung lãnh đạo, chỉ đạo một số nhiệm vụ, giải pháp: Tập trung "
        "tổ chức thành công Đại hội 14 của Đảng; triển khai Nghị quyết Đại hội 14.",
        ["yêu cầu tiếp tục hoàn thiện tầm nhìn chiến lược, hai mục tiêu 100 năm",
         "trên cơ sở đó thực hiện 5 chiến lược cụ thể: hoàn thiện thể chế chiến lược, đầu tư hạ tầng chiến lược",
         "Tập trung tổ chức thành công Đại hội 14 của Đảng", "triển khai Nghị quyết Đại hội 14"],
        id="list-of-its-own-after-targets-with-figures",
    ),
    # a sentence going on with a list of targets opens on its own label ("Một số chỉ tiêu cụ thể:"): no part of an item
    pytest.param(
        " date 2025-07\nĐại hội Đảng bộ xã lần thứ I.\nĐại hội xác định mục tiêu nhiệm kỳ 2025-2030 là: Nâng cao năng lực "
        "lãnh đạo của Đảng bộ; phát huy sức mạnh đoàn kết toàn dân. Một số chỉ tiêu cụ thể: Thu ngân sách tăng bình quân "
        "30%/năm; tổng vốn đầu tư toàn xã hội đạt 2.500 tỷ đồng.",
        ["Nâng cao năng lực lãnh đạo của Đảng bộ", "phát huy sức mạnh đoàn kết toàn dân",
         "Thu ngân sách tăng bình quân 30%/năm", "tổng vốn đầu tư toàn xã hội đạt 2.500 tỷ đồng"],
        id="label-of-a-list-going-on-is-no-item",
    ),
    # a quotation opened in a sentence before the request: its closing quote still ends the task, the attribution
    # after it ('", ông A nhấn mạnh') is none of it
    pytest.param(
        "Kỳ họp thường lệ cuối năm 2025 của HĐND thị xã diễn ra sáng nay.\n"
        "\"Năm 2026 là năm bản lề. Chúng ta phải tập trung tháo gỡ khó khăn cho doanh nghiệp\", ông Nguyễn Văn Quang, "
        "Chủ tịch UBND thị xã nhấn mạnh.",
        ["phải tập trung tháo gỡ khó khăn cho doanh nghiệp"],
        id="quotation-opened-a-sentence-before",
    ),
    # "Tiếp thu ý kiến chỉ đạo, Bộ trưởng … khẳng định …" after the items of a plan: "ý kiến chỉ đạo" is the noun, no
    # cue, and the paragraph is no item of the plan
    pytest.param(
        "Hội nghị tổng kết công tác năm 2025 của Bộ.\n"
        "Phát biểu chỉ đạo, Phó Thủ tướng đề nghị trong năm 2026, ngành tập trung thực hiện tốt một số nhiệm vụ sau. "
        "Thứ nhất, nâng cao chất lượng xây dựng văn bản. Thứ hai, đẩy mạnh cải cách thủ tục hành chính.\n"
        "Tiếp thu ý kiến chỉ đạo, Bộ trưởng khẳng định toàn ngành sẽ nỗ lực hoàn thành các nhiệm vụ được giao.",
        ["nâng cao chất lượng xây dựng văn bản", "đẩy mạnh cải cách thủ tục hành chính"],
        id="noun-of-a-cue-does-not-continue-a-plan",
    ),
    # "Quý III, phường thu …" in an article reviewing the third quarter tells its results; "Trong quý IV, …" still opens
    # the coming period's tasks
    pytest.param(
        " date 2025-10\nPhường Long Biên sơ kết quý III\nNgày 3/10, UBND phường sơ kết công tác quý III/2025, triển khai "
        "nhiệm vụ quý IV. Quý III, phường thu ngân sách đạt 120 tỷ đồng. Trong quý IV, phường tập trung hoàn thành "
        "chỉ tiêu thu ngân sách năm 2025.",
        ["tập trung hoàn thành chỉ tiêu thu ngân sách năm 2025"],
        id="quarter-under-review-reports",
    ),
    # an item of a list of targets aiming to meet the assigned target, with no figure, is a target; with a figure
    # reached it would be a result
    pytest.param(
        " date 2025-12\nHội nghị giao chỉ tiêu năm 2026 của huyện.\nNăm 2026, huyện đề ra các chỉ tiêu chủ yếu như: ngành "
        "dịch vụ tăng trên 12%; thu ngân sách đạt và vượt chỉ tiêu tỉnh giao; giữ vững 100% xã đạt chuẩn nông thôn mới.",
        ["ngành dịch vụ tăng trên 12%", "thu ngân sách đạt và vượt chỉ tiêu tỉnh giao",
         "giữ vững 100% xã đạt chuẩn nông thôn mới"],
        id="target-to-meet-the-assigned-target",
    ),
    # "…: (1) đẩy mạnh …; (2) huy động …; 3) phát triển …": each task starts at its verb
    pytest.param(
        "Hội nghị tổng kết năm 2025 của huyện.\nNăm 2026, huyện tập trung 3 nhiệm vụ trọng tâm: (1) đẩy mạnh cải cách "
        "hành chính; (2) huy động nguồn lực đầu tư; 3) phát triển nguồn nhân lực.",
        ["đẩy mạnh cải cách hành chính", "huy động nguồn lực đầu tư", "phát triển nguồn nhân lực"],
        id="inline-item-numbers",
    ),
    # a bracketed item number before a figure or a lower-case word is no part of the target either
    pytest.param(
        "Kỳ họp HĐND huyện cuối năm 2025.\nNghị quyết đề ra các chỉ tiêu năm 2026: (1) tỷ lệ hộ nghèo giảm còn dưới 2%; "
        "(2) 100% rác thải y tế được thu gom, xử lý.",
        ["tỷ lệ hộ nghèo giảm còn dưới 2%", "100% rác thải y tế được thu gom, xử lý"],
        id="bracketed-item-numbers-before-any-word",
    ),
    # "Bên cạnh đó là <task verb> …" in a list of aims goes on with it: the connective and its copula are no part
    pytest.param(
        " date 2024-01\nHội nghị Ban Chấp hành Đảng bộ tỉnh.\nHội nghị thông qua chương trình hành động năm 2024. Mục tiêu "
        "sẽ tập trung lãnh đạo tổ chức tốt các ngày lễ lớn. Nâng cao đời sống người dân vùng sâu. Bên cạnh đó là bảo đảm "
        "quốc phòng, an ninh trên địa bàn.",
        ["tập trung lãnh đạo tổ chức tốt các ngày lễ lớn", "Nâng cao đời sống người dân vùng sâu",
         "bảo đảm quốc phòng, an ninh trên địa bàn"],
        id="connective-with-copula-before-task-verb",
    ),
    # a second resolve after a target of its own is another target; after a plain request it goes on with it
    pytest.param(
        " date 2024-01\nXã tổng kết năm 2023.\nNăm 2024, xã phấn đấu hoàn thành 19/19 tiêu chí, phấn đấu thôn Nà Lầy đạt "
        "thôn nông thôn mới kiểu mẫu. Năm 2024, xã tập trung chỉnh trang các tuyến đường, phấn đấu hoàn thành các tiêu chí "
        "còn thiếu.",
        ["phấn đấu hoàn thành 19/19 tiêu chí", "phấn đấu thôn Nà Lầy đạt thôn nông thôn mới kiểu mẫu",
         "tập trung chỉnh trang các tuyến đường, phấn đấu hoàn thành các tiêu chí còn thiếu"],
        id="second-resolve-after-a-target",
    ),
    # "tiếp tục" before a state after the month assessed tells a trend: no list of tasks follows
    pytest.param(
        "Phiên họp kiểm điểm công tác điều hành kinh tế - xã hội tháng 8/2023, triển khai nhiệm vụ trọng tâm tháng 9/2023\n"
        "Ngày 06/9, UBND tỉnh tổ chức phiên họp kiểm điểm công tác điều hành kinh tế - xã hội tháng 8. Đồng chí Trần Văn "
        "Nam, Chủ tịch UBND tỉnh chủ trì phiên họp.\nĐánh giá chung tình hình kinh tế - xã hội tháng 8/2023, tiếp tục ổn "
        "định và phục hồi; các cấp, các ngành đã tập trung triển khai các nhiệm vụ tạo tăng trưởng những tháng cuối năm; "
        "các ngành sản xuất tăng trưởng khá.",
        [],
        id="continuing-state-tells-a-trend",
    ),
    # a task, then after a comma a rate aimed at with its figure: two targets (real gold split all four such pieces)
    pytest.param(
        " date 2024-01\nPhường tổng kết năm 2023.\nNăm 2024, phường phấn đấu thu ngân sách đạt và vượt dự toán giao; duy "
        "trì và giữ vững bộ tiêu chí quốc gia về y tế, tỷ lệ bao phủ BHYT đạt 95% dân số trở lên; phấn đấu xóa hết nhà "
        "tạm cho hội viên, tỷ lệ hộ nghèo giảm từ 1 đến 1,5%/năm.",
        ["phấn đấu thu ngân sách đạt và vượt dự toán giao", "duy trì và giữ vững bộ tiêu chí quốc gia về y tế",
         "tỷ lệ bao phủ BHYT đạt 95% dân số trở lên",
         "phấn đấu xóa hết nhà tạm cho hội viên", "tỷ lệ hộ nghèo giảm từ 1 đến 1,5%/năm"],
        id="task-then-rate-aimed-at",
    ),
    # the task's verb before commas of its own, an age in it ("trẻ 5 tuổi" is who, no figure): still two (fresh 22)
    pytest.param(
        " date 2024-01\nXã tổng kết năm 2023.\nNăm 2024, xã phấn đấu thu ngân sách đạt 5 tỷ đồng; duy trì phổ cập giáo "
        "dục mầm non cho trẻ 5 tuổi, phổ cập giáo dục tiểu học, tỷ lệ trường đạt chuẩn quốc gia đạt 60%.",
        ["phấn đấu thu ngân sách đạt 5 tỷ đồng",
         "duy trì phổ cập giáo dục mầm non cho trẻ 5 tuổi, phổ cập giáo dục tiểu học",
         "tỷ lệ trường đạt chuẩn quốc gia đạt 60%"],
        id="task-with-an-age-then-rate-aimed-at",
    ),
    # a target's figure, a comma, then a target naming what it measures with commas of its own (fresh 23)
    pytest.param(
        " date 2024-01\nXã tổng kết năm 2023.\nNăm 2024, xã phấn đấu tỷ lệ hộ nghèo còn 2%, thu nhập bình quân, mức "
        "sống người dân tăng 10%; 100% thôn có nhà văn hóa.",
        ["phấn đấu tỷ lệ hộ nghèo còn 2%", "thu nhập bình quân, mức sống người dân tăng 10%",
         "100% thôn có nhà văn hóa"],
        id="figure-then-target-with-commas",
    ),
    # "các chỉ tiêu … năm 2015, trong đó, A; B" after a verb setting them (and "đã thảo luận và đề ra"): the targets
    # (fresh 26); the targets of the year reviewed, so introduced, are none
    pytest.param(
        " date 2015-01\nNgành văn hóa tổng kết năm 2014.\nNăm 2014, ngành đạt nhiều kết quả. Hội nghị đã thảo luận và "
        "đề ra các chỉ tiêu cơ bản cho năm 2015, trong đó, tỷ lệ gia đình văn hóa 84%; tỷ lệ thôn đạt chuẩn văn hóa 50%.",
        ["tỷ lệ gia đình văn hóa 84%", "tỷ lệ thôn đạt chuẩn văn hóa 50%"],
        id="determined-targets-of-a-named-year-then-trong-do",
    ),
    pytest.param(
        " date 2015-01\nNgành văn hóa tổng kết năm 2014.\nNăm 2014, ngành thực hiện tốt các chỉ tiêu năm 2014, trong đó, "
        "tỷ lệ gia đình văn hóa đạt 84%; tỷ lệ thôn đạt chuẩn văn hóa 50%.",
        [],
        id="determined-targets-of-the-year-reviewed-then-trong-do",
    ),
    # a count of targets striven for ("phấn đấu hoàn thành 28 chỉ tiêu") opens the list after it (fresh 32)
    pytest.param(
        " date 2025-12\nXã tổng kết năm 2025.\nKỳ họp đã thống nhất các chỉ tiêu chủ yếu năm 2026, phấn đấu hoàn thành "
        "20 chỉ tiêu. Trong đó, thu nhập bình quân đầu người đạt 31 triệu đồng; tỷ lệ che phủ rừng đạt trên 80%.",
        ["thu nhập bình quân đầu người đạt 31 triệu đồng", "tỷ lệ che phủ rừng đạt trên 80%"],
        id="count-striven-for-opens-the-list",
    ),
    # the targets set for the year reviewed, then how they ended: results, no list of targets (fresh 22)
    pytest.param(
        " date 2021-01\nSở Tư pháp tổng kết năm 2020, triển khai nhiệm vụ năm 2021.\nNăm 2020, Sở được UBND tỉnh giao "
        "8 nhiệm vụ trọng tâm. Trong đó, 5 nhiệm vụ được đánh giá hoàn thành xuất sắc, 3 nhiệm vụ hoàn thành tốt.",
        [],
        id="tasks-set-for-the-year-reviewed-then-results",
    ),
    pytest.param(
        " date 2021-01\nThành phố tổng kết năm 2020, triển khai nhiệm vụ năm 2021.\nThành phố đã tập trung chỉ đạo thực "
        "hiện hiệu quả nhất các chỉ tiêu đã đề ra trong năm 2020. Trong đó, công nghiệp đạt gần 99% kế hoạch năm; "
        "giá trị sản xuất nông nghiệp đạt trên 97%.",
        [],
        id="targets-of-the-year-reviewed-named-late-then-results",
    ),
    # a mid-year session plans the year it reviews: its targets set for that year are listed
    pytest.param(
        " date 2025-07\nKỳ họp HĐND tỉnh giữa năm 2025.\nHĐND tỉnh đã thống nhất đề ra 12 chỉ tiêu chủ yếu để tập trung "
        "chỉ đạo trong năm 2025. Trong đó, tốc độ tăng trưởng kinh tế đạt từ 9%; thu ngân sách đạt 20.000 tỷ đồng.",
        ["tốc độ tăng trưởng kinh tế đạt từ 9%", "thu ngân sách đạt 20.000 tỷ đồng"],
        id="mid-year-targets-of-the-year-reviewed",
    ),
    # a frame, then the period just past: the sentence reports, even in a paragraph that goes on with the plan (fresh 25)
    pytest.param(
        " date 2023-01 Sở tổng kết năm 2022\nNăm 2022, doanh thu đạt 100 tỷ đồng.\nThực hiện Chương trình giảm nghèo, năm "
        "qua toàn tỉnh giảm 2.300 hộ nghèo, kéo giảm tỷ lệ hộ nghèo xuống còn 4,5%. Năm 2023, Sở tập trung thực hiện "
        "các chỉ tiêu như: giải quyết việc làm mới cho 8.000 người, giảm 2% hộ nghèo.",
        ["giải quyết việc làm mới cho 8.000 người", "giảm 2% hộ nghèo"],
        id="frame-then-past-period-reports",
    ),
    # a connective before the leading plan year ("Theo đó, năm 2021, …"); counts of tasks after one verb are its
    # objects, one task (fresh 22)
    pytest.param(
        " date 2021-01\nSở tổng kết năm 2020.\n\nNăm 2020, doanh thu đạt 100 tỷ đồng.\n\nTheo đó, năm 2021, sở tập "
        "trung thực hiện tốt 3 nhiệm vụ trọng tâm, 5 nhiệm vụ thường xuyên.",
        ["tập trung thực hiện tốt 3 nhiệm vụ trọng tâm, 5 nhiệm vụ thường xuyên"],
        id="connective-then-plan-year-counted-objects",
    ),
    # "Trước tình hình này, nhiệm vụ … là phải <verb> …": the connective and the modal keep the plan statement
    pytest.param(
        " date 2024-10\nPhiên họp UBND thành phố quý III.\nGiải ngân vốn đầu tư công mới đạt 35% kế hoạch năm. Trước "
        "tình hình này, nhiệm vụ quý IV là phải tập trung cao độ, chạy nước rút để hoàn thành kế hoạch năm.",
        ["phải tập trung cao độ, chạy nước rút để hoàn thành kế hoạch năm"],
        id="plan-is-after-connective-with-modal",
    ),
    # a directive cue after an emphasis (", đặc biệt chú ý …") goes on with the task the sentence's verb opened
    pytest.param(
        " date 2019-12\nHội nghị tổng kết năm 2019 của Huyện ủy.\nĐồng chí Bí thư Huyện ủy yêu cầu năm 2020 huyện làm tốt "
        "công tác chuẩn bị đại hội. Tăng cường công tác cán bộ, lựa chọn người có năng lực, đặc biệt chú ý đến cán bộ "
        "trẻ, cán bộ nữ.",
        ["yêu cầu năm 2020 huyện làm tốt công tác chuẩn bị đại hội",
         "Tăng cường công tác cán bộ, lựa chọn người có năng lực, đặc biệt chú ý đến cán bộ trẻ, cán bộ nữ"],
        id="emphasis-goes-on-with-the-task",
    ),
    # a part's own figure after the whole's ("…, trong đó <part> <figure>") is a target of its own, with or without
    # the comma; a breakdown with no figure of its own stays in the task
    pytest.param(
        " date 2023-12\nHội nghị tổng kết năm 2023 của Bảo hiểm xã hội tỉnh.\nNăm 2024, ngành phấn đấu tỷ lệ bao phủ "
        "bảo hiểm y tế đạt trên 94% trong đó học sinh, sinh viên đạt 100%. Phấn đấu giảm 2% tỷ lệ hộ nghèo, trong đó "
        "các xã vùng cao giảm 4%. Tăng cường thu nợ đọng, trong đó chú trọng các doanh nghiệp ngoài quốc doanh.",
        ["phấn đấu tỷ lệ bao phủ bảo hiểm y tế đạt trên 94%", "học sinh, sinh viên đạt 100%",
         "Phấn đấu giảm 2% tỷ lệ hộ nghèo", "các xã vùng cao giảm 4%",
         "Tăng cường thu nợ đọng, trong đó chú trọng các doanh nghiệp ngoài quốc doanh"],
        id="breakdown-with-its-own-figure",
    ),
    # a total raised to a figure of its own after a target's figure is another target; after a task with no figure
    # it goes on with it
    pytest.param(
        " date 2020-01\nHội nghị tổng kết chương trình nông thôn mới năm 2019.\nNăm 2020, tỉnh phấn đấu có thêm 9 xã "
        "đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn lên 52 xã. Xây dựng xã Tân Hòa đạt chuẩn nông thôn mới "
        "kiểu mẫu, nâng tổng số xã kiểu mẫu lên 3 xã.",
        ["phấn đấu có thêm 9 xã đạt chuẩn nông thôn mới", "nâng tổng số xã đạt chuẩn lên 52 xã",
         "Xây dựng xã Tân Hòa đạt chuẩn nông thôn mới kiểu mẫu, nâng tổng số xã kiểu mẫu lên 3 xã"],
        id="total-raised-after-a-figure",
    ),
    # a school year leading the sentence ("Năm học (mới) 2020 - 2021,"), a long body named before the verb
    pytest.param(
        " date 2020-08\nHội nghị tổng kết năm học 2019-2020 của huyện.\nTrong năm học mới 2020 - 2021, ngành Giáo dục "
        "và Đào tạo huyện Tân Châu tiếp tục nâng cao chất lượng đội ngũ giáo viên; đẩy mạnh ứng dụng công nghệ thông "
        "tin trong dạy và học.",
        ["tiếp tục nâng cao chất lượng đội ngũ giáo viên", "đẩy mạnh ứng dụng công nghệ thông tin trong dạy và học"],
        id="new-school-year-lead-long-body",
    ),
    # results, then a resolve naming the year ahead: a task; a resolve told of the past is none
    pytest.param(
        " date 2017-12\nKỳ họp HĐND xã cuối năm 2017.\nNăm 2017, xã đã đạt 14/19 tiêu chí nông thôn mới và phấn đấu "
        "về đích nông thôn mới năm 2018. Nhân dân trong xã đã đoàn kết, quyết tâm phấn đấu hoàn thành các chỉ tiêu.",
        ["phấn đấu về đích nông thôn mới năm 2018"],
        id="resolve-for-the-year-ahead-after-results",
    ),
    # "Theo đó," after a sentence naming the year's tasks, who acts then the verb: the tasks follow
    pytest.param(
        " date 2023-12\nHội nghị Ban Chấp hành Đảng bộ huyện lần thứ 17.\nCác đại biểu đã thảo luận, đề xuất giải pháp "
        "thực hiện thắng lợi những nhiệm vụ trọng tâm trong năm 2024. Theo đó, Ban Chấp hành Đảng bộ huyện Yên Sơn tập "
        "trung lãnh đạo hoàn thành các tiêu chí huyện nông thôn mới.",
        ["tập trung lãnh đạo hoàn thành các tiêu chí huyện nông thôn mới"],
        id="accordingly-body-then-verb",
    ),
    # "chỉ đạo" opens a plan item after the plan's copula, as "lãnh đạo" does
    pytest.param(
        " date 2023-12\nHội nghị tổng kết năm 2023 của ngành nông nghiệp.\nNhiệm vụ trọng tâm năm 2024 là chỉ đạo sản "
        "xuất vụ đông xuân đúng khung thời vụ; nhân rộng các mô hình cây trồng hiệu quả.",
        ["chỉ đạo sản xuất vụ đông xuân đúng khung thời vụ", "nhân rộng các mô hình cây trồng hiệu quả"],
        id="plan-is-chi-dao",
    ),
    # a count first after "và", following a target's figure: each target its own task; not one verb's counted objects
    pytest.param(
        " date 2025-12\nHội nghị tổng kết công tác Đoàn năm 2025.\nNăm 2026, Tỉnh Đoàn phấn đấu có 12.000 thanh niên "
        "tham gia tình nguyện và 8.000 thanh niên được giới thiệu việc làm.",
        ["phấn đấu có 12.000 thanh niên tham gia tình nguyện", "8.000 thanh niên được giới thiệu việc làm"],
        id="count-first-after-va-is-another-target",
    ),
    pytest.param(
        " date 2025-12\nHội nghị tổng kết công tác Đoàn năm 2025.\nNăm 2026, Tỉnh Đoàn phấn đấu thực hiện 12 chỉ tiêu, "
        "5 nhiệm vụ trọng tâm và 2 khâu đột phá.",
        ["phấn đấu thực hiện 12 chỉ tiêu, 5 nhiệm vụ trọng tâm và 2 khâu đột phá"],
        id="counted-plan-objects-after-va-stay-one",
    ),
    pytest.param(
        " date 2019-12\nTổng kết năm 2019.\nNăm 2020, tỉnh phấn đấu thu hút được 600 triệu USD vốn FDI và 4.000 tỷ đồng "
        "vốn DDI.",
        ["phấn đấu thu hút được 600 triệu USD vốn FDI và 4.000 tỷ đồng vốn DDI"],
        id="amounts-after-va-are-one-verbs-objects",
    ),
    pytest.param(
        " date 2021-12\nTổng kết năm 2021.\nNăm 2022, các cấp hội phấn đấu gắn 30 địa chỉ nhân đạo với hội cấp huyện và "
        "1.000 địa chỉ toàn tỉnh.",
        ["phấn đấu gắn 30 địa chỉ nhân đạo với hội cấp huyện và 1.000 địa chỉ toàn tỉnh"],
        id="counts-doing-nothing-after-va-are-one-verbs-objects",
    ),
    # the year described after its lead, comma and all ("Năm 2024, là năm bứt phá …"), is no target (guideline)
    pytest.param(
        " date 2023-12\nTổng kết năm 2023.\nNăm 2024, là năm bứt phá để hoàn thành kế hoạch 5 năm 2021 - 2025 trong "
        "bối cảnh huyện còn nhiều khó khăn.",
        [],
        id="year-described-after-its-lead",
    ),
    # "Cụ thể, …" after a plan told as reached lists results, no tasks
    pytest.param(
        " date 2019-12\nHội nghị cán bộ, công chức năm 2020.\nNăm 2019, Sở Lao động - Thương binh và Xã hội thực hiện đạt "
        "và vượt các chỉ tiêu, nhiệm vụ của ngành đề ra. Cụ thể, giải quyết việc làm 30.550/30.000 lao động, đạt 101,8% "
        "kế hoạch; tuyển sinh đào tạo 21.721/20.000 lao động, đạt 108,6% kế hoạch.",
        [],
        id="details-after-a-plan-reached-are-results",
    ),
    # the amount a plan was assigned, told ("được Bộ Tài chính giao là 1.470 tỷ đồng"), is no task
    pytest.param(
        " date 2021-10\n9 tháng, Cục Thuế thu ngân sách đạt 97% dự toán.\nNhiệm vụ thu ngân sách năm 2021 của Cục Thuế "
        "được Bộ Tài chính giao là 1.470 tỷ đồng, trong đó thu nội địa là 1.450 tỷ đồng; Hội đồng nhân dân tỉnh giao là "
        "1.915 tỷ đồng.",
        [],
        id="amount-assigned-is-no-task",
    ),
    # a speaker named before a colon, then the year ahead and its tasks
    pytest.param(
        " date 2019-12\nKỳ họp HĐND huyện cuối năm 2019.\nChủ tịch UBND huyện Lê Văn Huấn: Năm 2020, huyện đẩy mạnh phát "
        "triển kinh tế theo hướng hàng hóa; tiếp tục ứng dụng khoa học - công nghệ vào sản xuất.",
        ["đẩy mạnh phát triển kinh tế theo hướng hàng hóa", "tiếp tục ứng dụng khoa học - công nghệ vào sản xuất"],
        id="speaker-colon-then-year-ahead",
    ),
    # "tiêu biểu là các chỉ tiêu như: …" lists examples of what was achieved, no targets
    pytest.param(
        " date 2025-08\nĐại hội Chi bộ nhiệm kỳ 2025-2030.\nNhiệm kỳ 2020-2025, Chi bộ đề ra 14 chỉ tiêu và đã thực hiện "
        "đạt 12/14 chỉ tiêu. Trong đó, tiêu biểu là các chỉ tiêu như: diện tích sản xuất 3 vụ lên hơn 5.500 ha; nâng hệ số "
        "sử dụng đất 2,17 lần.",
        [],
        id="examples-of-results-are-no-targets",
    ),
    # "Theo kế hoạch năm 2023," leads the year's tasks as "Kế hoạch năm 2023," does, whoever acts (a place named)
    pytest.param(
        " date 2022-12\nTổng kết năm 2022.\nTheo kế hoạch năm 2023, Sóc Trăng tiếp tục phát triển 74.000 ha nuôi trồng "
        "thủy sản.",
        ["tiếp tục phát triển 74.000 ha nuôi trồng thủy sản"],
        id="theo-ke-hoach-lead",
    ),
    # measures set after a discussion ("đã thảo luận đề ra nhiều biện pháp …, trong đó A; B; C"): the items are tasks
    pytest.param(
        " date 2021-12\nHội nghị Tỉnh ủy tổng kết năm 2021.\nTại hội nghị, các đại biểu đã thảo luận đề ra nhiều biện pháp "
        "thực hiện tốt nhiệm vụ năm 2022, trong đó tập trung lãnh đạo công tác phòng, chống dịch; đẩy mạnh tuyên truyền "
        "xây dựng khối đại đoàn kết toàn dân; tăng cường công tác kiểm tra, giám sát.",
        ["tập trung lãnh đạo công tác phòng, chống dịch", "đẩy mạnh tuyên truyền xây dựng khối đại đoàn kết toàn dân",
         "tăng cường công tác kiểm tra, giám sát"],
        id="measures-set-after-a-discussion",
    ),
    # the contents the coming period focuses on, after a colon: the tasks; an agenda's contents are none
    pytest.param(
        " date 2021-07\nHội nghị sơ kết 6 tháng đầu năm 2021.\nHội nghị đã thảo luận các giải pháp thực hiện nhiệm vụ 6 "
        "tháng cuối năm 2021, trong đó tập trung vào một số nội dung như: tiếp tục nâng cao chất lượng huấn luyện; nâng "
        "cao năng lực lãnh đạo của tổ chức đảng.",
        ["tiếp tục nâng cao chất lượng huấn luyện", "nâng cao năng lực lãnh đạo của tổ chức đảng"],
        id="contents-focused-on-after-a-colon",
    ),
    pytest.param(
        " date 2021-07\nKỳ họp HĐND huyện giữa năm 2021.\nTại kỳ họp, đại biểu đã nghe báo cáo các nội dung: tình hình thực "
        "hiện nhiệm vụ 6 tháng đầu năm; phương hướng nhiệm vụ 6 tháng cuối năm 2021.",
        [],
        id="agenda-contents-are-no-tasks",
    ),
    # "Khuyến khích …" is a task verb: the run of directions goes on into the paragraphs that open "Đồng thời, …",
    # "Cùng với đó, …"
    pytest.param(
        " date 2024-07\nSơ kết 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm 2024.\nTại hội nghị, Chủ tịch "
        "UBND huyện đề nghị các ngành tập trung theo dõi tình hình sạt lở. Khuyến khích các mô hình liên kết tiêu thụ."
        "\n\nĐồng thời, tháo gỡ khó khăn xây dựng nông thôn mới; tăng cường quản lý đất công.\n\nCùng với đó, đẩy mạnh "
        "xúc tiến thương mại.",
        ["đề nghị các ngành tập trung theo dõi tình hình sạt lở", "Khuyến khích các mô hình liên kết tiêu thụ",
         "tháo gỡ khó khăn xây dựng nông thôn mới", "tăng cường quản lý đất công", "đẩy mạnh xúc tiến thương mại"],
        id="khuyen-khich-keeps-the-directions-going",
    ),
    # a list opener naming no plan after the results of a year before the plan in its paragraph gives more results
    # ("Tổng giá trị sản xuất năm 2022 … ước đạt …. Các chỉ tiêu về xã hội như: …"; fresh kq05)
    pytest.param(
        "HĐND huyện khai mạc kỳ họp, đề ra phương hướng, nhiệm vụ năm 2023.\n\nTổng giá trị sản xuất năm 2022 trên địa "
        "bàn huyện ước đạt 22.466 tỷ đồng, tăng 13,5%. Các chỉ tiêu về xã hội như: tỷ lệ hộ nghèo giảm còn 2,02%, tỷ lệ "
        "gia đình văn hóa đạt 92,5%. Các chính sách an sinh xã hội được quan tâm.",
        [],
        id="list-after-results-of-the-year-before",
    ),
    # a list of bodies after a colon (who reports) is no target: "… phương hướng năm 2024 của các ngành: Viện Kiểm sát
    # nhân dân, Công an, Tòa án nhân dân" (fresh kq04, lq01)
    pytest.param(
        "Kỳ họp thứ 7 HĐND huyện.\n\nKỳ họp xem xét các báo cáo kết quả công tác năm 2023, phương hướng năm 2024 của các "
        "ngành: Viện Kiểm sát nhân dân, Công an, Tòa án nhân dân huyện. Năm 2024, huyện phấn đấu thu ngân sách đạt 300 "
        "tỷ đồng.",
        ["phấn đấu thu ngân sách đạt 300 tỷ đồng"],
        id="bodies-listed-after-a-colon-no-target",
    ),
    # "Trong đó, …" opening the paragraph after one of aims breaks them into targets (fresh hy04); after a headline's aim,
    # a comparison with a year before the plan tells results (fresh cs04)
    pytest.param(
        "Huyện tổng kết năm 2023.\n\nNăm 2024, huyện đặt mục tiêu phấn đấu trở thành huyện phát triển khá của tỉnh; bảo "
        "đảm an sinh xã hội.\n\nTrong đó, tốc độ tăng giá trị sản xuất đạt 12 - 13%; giải quyết việc làm mới cho 4.500 "
        "người.",
        ["đặt mục tiêu phấn đấu trở thành huyện phát triển khá của tỉnh", "bảo đảm an sinh xã hội",
         "tốc độ tăng giá trị sản xuất đạt 12 - 13%", "giải quyết việc làm mới cho 4.500 người"],
        id="breakdown-opening-the-paragraph-after-aims",
    ),
    # a period of years opening a sentence, starting after the year reported ("Giai đoạn 2021-2025, huyện tập trung …"
    # in a review of 2020), gives that period's directions as a term's lead does; one starting in the year reported
    # does not (fresh ho03, mk05, zc05)
    pytest.param(
        " date 2021-01\nHuyện tổng kết năm 2020.\n\nNăm 2020, huyện đạt 18/20 chỉ tiêu. Giai đoạn 2021-2025, huyện "
        "tập trung phát triển nông nghiệp công nghệ cao; đẩy mạnh cải cách hành chính.",
        ["tập trung phát triển nông nghiệp công nghệ cao", "đẩy mạnh cải cách hành chính"],
        id="period-ahead-opening-its-directions",
    ),
    # a sentence of results of a year before the plan ends a list of targets: the sentences after it are results too
    # (fresh lu01)
    pytest.param(
        "HĐND huyện bàn giải pháp phát triển năm 2019.\n\nTại kỳ họp, HĐND huyện thông qua nhiều nhiệm vụ trọng tâm như: "
        "đẩy mạnh sản xuất nông nghiệp; đẩy mạnh cải cách hành chính. Năm 2018, 16/16 chỉ tiêu chủ yếu của huyện đạt và "
        "vượt kế hoạch. Giá trị sản xuất công nghiệp đạt trên 1.700 tỷ đồng; sản lượng thủy sản đạt hơn 31 nghìn tấn.",
        ["đẩy mạnh sản xuất nông nghiệp", "đẩy mạnh cải cách hành chính"],
        id="results-of-a-year-before-end-the-list",
    ),
    # bodies and people listed with commas before the verb ("Đảng bộ, chính quyền, quân và dân huyện … tiếp tục …";
    # fresh lq04): one subject, the verb after it opens the task
    pytest.param(
        "Năm 2019, huyện đạt 18/20 chỉ tiêu.\n\nNăm 2020, Đảng bộ, chính quyền, quân và dân huyện tiếp tục tăng cường "
        "khối đại đoàn kết toàn dân.",
        ["tiếp tục tăng cường khối đại đoàn kết toàn dân"],
        id="bodies-and-people-listed-before-the-verb",
    ),
    # "Các nhóm chỉ tiêu và nhiệm vụ cụ thể là …": the groups of a plan's items, stated, as "Các chỉ tiêu … là …" (fresh
    # kw04)
    pytest.param(
        "UBND thị xã triển khai chủ đề công tác năm 2019.\n\nCác nhóm chỉ tiêu và nhiệm vụ cụ thể là phấn đấu tỷ trọng "
        "ngành dịch vụ chiếm trên 35%; tổng mức bán lẻ hàng hóa tăng 15% trở lên.",
        ["phấn đấu tỷ trọng ngành dịch vụ chiếm trên 35%", "tổng mức bán lẻ hàng hóa tăng 15% trở lên"],
        id="groups-of-targets-stated",
    ),
    # "Trong thời gian tới/đến" with no comma before a named body ("… đến Đảng bộ huyện tập trung …"; fresh iy05, ir03)
    # leads directions as with the comma; a lower-case word after it is left (it may go on the period: "tới đây")
    pytest.param(
        "Năm 2024, huyện đạt 20/22 chỉ tiêu. Trong thời gian đến Đảng bộ huyện tập trung lãnh đạo, chỉ đạo thực hiện "
        "thắng lợi các chỉ tiêu đã đề ra; chuẩn bị tốt Đại hội đảng bộ cơ sở.",
        ["tập trung lãnh đạo, chỉ đạo thực hiện thắng lợi các chỉ tiêu đã đề ra", "chuẩn bị tốt Đại hội đảng bộ cơ sở"],
        id="coming-period-without-comma-before-a-body",
    ),
    # "Từng …", "Mỗi …" (each of them) opens whom a direction asks, as "Các …" does
    pytest.param(
        " date 2022-09\nSơ kết 8 tháng năm 2022.\nThời gian tới, Ban chỉ đạo huyện tiếp tục tham mưu UBND huyện tăng "
        "cường công tác lãnh đạo. Từng cơ quan, đơn vị, đoàn thể tăng cường công tác tuyên truyền chính sách BHXH.",
        ["tiếp tục tham mưu UBND huyện tăng cường công tác lãnh đạo", "tăng cường công tác tuyên truyền chính sách BHXH"],
        id="each-of-them-asked",
    ),
    # "Nhiệm vụ trọng tâm 6 tháng cuối năm 2023," leads the coming period's tasks as "Nhiệm vụ 6 tháng cuối năm …," does
    pytest.param(
        " date 2023-07\nSơ kết 6 tháng đầu năm 2023.\nHội đã trợ giúp hơn 12 ngàn lượt người. Nhiệm vụ trọng tâm 6 tháng "
        "cuối năm 2023, Hội Chữ thập đỏ các cấp tiếp tục đẩy mạnh các hoạt động nhân đạo; phát triển lực lượng hội viên.",
        ["tiếp tục đẩy mạnh các hoạt động nhân đạo", "phát triển lực lượng hội viên"],
        id="focal-tasks-of-the-period-lead",
    ),
    # results announced as reached before a colon ("phấn đấu đạt kết quả: …") list results, no targets
    pytest.param(
        " date 2018-12\nKỳ họp HĐND xã cuối năm 2018.\nCán bộ và nhân dân trong xã cố gắng khắc phục khó khăn, phấn đấu đạt "
        "kết quả: giá trị sản xuất nông nghiệp ước thực hiện 168,2 tỷ đồng, tăng 2,3%; sản lượng lương thực đạt 16.724 "
        "tấn, đạt 97,8% kế hoạch.",
        [],
        id="results-reached-before-a-colon",
    ),
    # "Cùng đó," links the next direction as "Cùng với đó," does
    pytest.param(
        " date 2018-12\nTổng kết năm 2018.\nNăm 2019, các cấp hội tập trung vận động hội viên thi đua sản xuất. Cùng đó, "
        "các cấp hội đẩy mạnh dịch vụ hỗ trợ nông dân về phân bón.",
        ["tập trung vận động hội viên thi đua sản xuất", "đẩy mạnh dịch vụ hỗ trợ nông dân về phân bón"],
        id="cung-do-links-the-next-direction",
    ),
    # "Hướng dẫn," before a second verb opens a task, not a document's name
    pytest.param(
        " date 2024-12\nTổng kết năm 2024.\nNăm 2025, Sở Xây dựng tập trung thực hiện 7 nhóm nhiệm vụ quan trọng gồm: Hướng "
        "dẫn, phổ biến quy định của pháp luật chuyên ngành; quản lý trật tự xây dựng.",
        ["Hướng dẫn, phổ biến quy định của pháp luật chuyên ngành", "quản lý trật tự xây dựng"],
        id="huong-dan-before-a-comma-is-a-verb",
    ),
    # a count of tasks or targets set, after a purpose, a year or who set it, is a lead-in naming none: the items
    # after it are the tasks (a directive on the count, "tập trung thực hiện tốt 6 nhiệm vụ", stays one)
    pytest.param(
        " date 2025-12\nTổng kết năm 2025, triển khai nhiệm vụ năm 2026.\nNăm 2026, UBND tỉnh giao ngành 11 chỉ tiêu chủ "
        "yếu.\nĐể thực hiện các mục tiêu trên, Sở Y tế đề ra sáu nhóm nhiệm vụ trọng tâm. Thứ nhất, tiếp tục kiện toàn "
        "mạng lưới y tế cơ sở. Thứ hai, nâng cao chất lượng khám chữa bệnh.\n\nXác định 3 khâu đột phá\n\nĐề nghị các "
        "đơn vị tập trung thực hiện tốt 6 nhiệm vụ trọng tâm.",
        ["tiếp tục kiện toàn mạng lưới y tế cơ sở", "nâng cao chất lượng khám chữa bệnh",
         "Đề nghị các đơn vị tập trung thực hiện tốt 6 nhiệm vụ trọng tâm"],
        id="count-set-after-purpose-year-or-setter-is-a-lead-in",
    ),
    # what has been done since the period began is told, not asked, even in the plan's paragraph
    pytest.param(
        " date 2024-07\nSơ kết 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm.\n6 tháng cuối năm, huyện tập "
        "trung đẩy mạnh giải ngân vốn đầu tư công.\nThu hút đầu tư có nhiều thuận lợi, từ đầu năm đến nay tiếp nhận 40 dự "
        "án.",
        ["tập trung đẩy mạnh giải ngân vốn đầu tư công"],
        id="since-the-start-of-the-year-reports",
    ),
    # the page's date and time of posting glued to the headline is no part of its task (a date alone may be a deadline)
    pytest.param(
        " date 2026-01 Chủ tịch UBND tỉnh yêu cầu tăng tốc giải ngân vốn đầu tư công 06/01/2026 18:38\n\nSáng 6/1, UBND "
        "tỉnh tổng kết năm 2025. Năm 2026, tỉnh yêu cầu hoàn thành dự án trước ngày 30/6/2026.",
        ["yêu cầu tăng tốc giải ngân vốn đầu tư công", "yêu cầu hoàn thành dự án trước ngày 30/6/2026"],
        id="page-stamp-after-a-headline",
    ),
    # "giao nhiệm vụ cho <body> <verb>" assigns like "giao <body> <verb>"; without a verb after the body it is a noun
    pytest.param(
        " date 2020-07\nHuyện ủy triển khai nhiệm vụ quý III năm 2020.\nĐồng chí Bí thư giao nhiệm vụ cho Ban Tuyên giáo "
        "Huyện ủy tham mưu đẩy mạnh tuyên truyền; Ủy ban Kiểm tra Huyện ủy theo dõi việc giải quyết đơn thư.\nCơ chế phân "
        "bổ và giao nhiệm vụ cho các xã chưa rõ.",
        ["giao nhiệm vụ cho Ban Tuyên giáo Huyện ủy tham mưu đẩy mạnh tuyên truyền",
         "Ủy ban Kiểm tra Huyện ủy theo dõi việc giải quyết đơn thư"],
        id="task-given-to-a-body",
    ),
    # tasks carried out in a manner ("thực hiện nghiêm túc, kịp thời các nhiệm vụ đã đề ra") in the quarter reviewed:
    # the "Trong đó, …" after them tells what was done
    pytest.param(
        " date 2024-04\nĐảng ủy Khối đánh giá quý I, triển khai nhiệm vụ quý II năm 2024.\nQuý I, Đảng ủy Khối đã bám sát "
        "sự chỉ đạo của Tỉnh ủy, lãnh đạo các chi bộ triển khai thực hiện nghiêm túc, kịp thời các nhiệm vụ đã đề ra. Trong "
        "đó, công tác học tập Chuyên đề được đẩy mạnh. Lãnh đạo thực hiện quy chế dân chủ ở cơ sở; đồng thời thực hiện tốt "
        "nhiệm vụ tháo gỡ khó khăn.\nQuý II, Đảng ủy Khối tập trung kiểm tra, giám sát.",
        ["tập trung kiểm tra, giám sát"],
        id="tasks-carried-out-in-a-manner-then-trong-do",
    ),
    # a request naming only how many things to attend to is the lead-in to the ordinal items after it
    pytest.param(
        " date 2019-12\nTổng kết năm 2019, triển khai nhiệm vụ năm 2020.\nĐồng chí đề nghị Sở tập trung vào một số nội dung "
        "trọng tâm.\n\nThứ nhất, rà soát các vướng mắc về đất đai tại các dự án.\n\nThứ hai, xử lý các điểm nóng về môi "
        "trường.",
        ["rà soát các vướng mắc về đất đai tại các dự án", "xử lý các điểm nóng về môi trường"],
        id="contents-only-lead-in",
    ),
    # a numbered item opening on a task verb keeps "đã được" after its object as a relative clause: the item is a task
    # and the numbered section goes on
    pytest.param(
        " date 2019-12\nTổng kết năm 2019.\n\nCác nhiệm vụ trọng tâm gồm:\n\n1. Hoàn thành quy hoạch sử dụng đất.\n\n2. Tổ "
        "chức đấu giá quyền khai thác khoáng sản tại các khu vực mỏ đã được khoanh định.\n\n3. Đẩy mạnh cải cách hành "
        "chính.",
        ["Hoàn thành quy hoạch sử dụng đất",
         "Tổ chức đấu giá quyền khai thác khoáng sản tại các khu vực mỏ đã được khoanh định",
         "Đẩy mạnh cải cách hành chính"],
        id="numbered-item-with-relative-passive",
    ),
    # "không để / tránh để <someone> phải …" is what the request must prevent, part of it, no request of its own
    pytest.param(
        " date 2019-12\nTổng kết năm 2019, triển khai nhiệm vụ năm 2020.\nThứ nhất, tháo gỡ dứt điểm các vướng mắc về đất đai "
        "tại các dự án, không để nhà đầu tư phải chờ đợi kéo dài.\nĐồng chí đề nghị ngành Y tế nâng cao chất lượng khám "
        "bệnh ở tuyến cơ sở, tránh để người bệnh phải chuyển tuyến không cần thiết.",
        ["tháo gỡ dứt điểm các vướng mắc về đất đai tại các dự án, không để nhà đầu tư phải chờ đợi kéo dài",
         "đề nghị ngành Y tế nâng cao chất lượng khám bệnh ở tuyến cơ sở, tránh để người bệnh phải chuyển tuyến không cần "
         "thiết"],
        id="not-let-someone-have-to",
    ),
    # the year's theme in quotes between a leading year and the body acting
    pytest.param(
        " date 2019-12\nTổng kết năm 2019.\nNăm 2020, với chủ đề hành động “Trách nhiệm cao, sáng tạo nhiều”, Đài Phát thanh "
        "- Truyền hình tỉnh tiếp tục đổi mới nội dung các chương trình; đầu tư đổi mới thiết bị.",
        ["tiếp tục đổi mới nội dung các chương trình", "đầu tư đổi mới thiết bị"],
        id="theme-between-year-and-body",
    ),
    # a station ("Đài") is a body a request may name
    pytest.param(
        " date 2024-12\nTổng kết năm 2024.\nĐồng chí mong muốn năm 2025, Đài tiếp tục đổi mới, nâng cao chất lượng thông tin.",
        ["mong muốn năm 2025, Đài tiếp tục đổi mới, nâng cao chất lượng thông tin"],
        id="station-asked",
    ),
    # a count said in words is a figure of a list of targets ("từ một đến hai công trình")
    pytest.param(
        " date 2016-11\nĐại hội Phụ nữ tỉnh nhiệm kỳ 2016 - 2021.\nNhiệm kỳ 2016 - 2021, Hội phấn đấu có hơn 90% hội viên "
        "đăng ký thi đua. Hằng năm, mỗi cơ sở Hội xây dựng được từ một đến hai công trình; tỷ lệ hộ hội viên nghèo giảm "
        "3%/năm.",
        ["phấn đấu có hơn 90% hội viên đăng ký thi đua", "Hằng năm, mỗi cơ sở Hội xây dựng được từ một đến hai công trình",
         "tỷ lệ hộ hội viên nghèo giảm 3%/năm"],
        id="count-in-words-in-a-list-of-targets",
    ),
    # "TT." (thị trấn) before a name ends no sentence: the list goes on
    pytest.param(
        " date 2020-07\nĐại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025.\nBa khâu đột phá: Xây dựng kết cấu hạ tầng đồng bộ, "
        "TT.Ái Nghĩa đạt đô thị loại 4; Phát huy tiềm năng du lịch; Thực hiện tốt các chính sách an sinh xã hội.",
        ["Xây dựng kết cấu hạ tầng đồng bộ, TT.Ái Nghĩa đạt đô thị loại 4", "Phát huy tiềm năng du lịch",
         "Thực hiện tốt các chính sách an sinh xã hội"],
        id="tt-abbreviation-ends-no-sentence",
    ),
    # a request for "một số nhiệm vụ" closing a paragraph is a lead-in: the ordinal paragraphs after it are its items,
    # whatever opens them (a body, a verb of the vocabulary or not); after "giao một số việc cụ thể:" the bullets are
    pytest.param(
        " date 2022-10\nPhiên họp thường kỳ tháng 10 năm 2022 của UBND tỉnh.\nĐồng chí yêu cầu các sở, ngành tập trung "
        "thực hiện tốt một số nhiệm vụ.\n\nThứ nhất, ngành thuế và các địa phương tăng cường quản lý thu.\n\nThứ hai, Sở "
        "Công Thương theo dõi sát diễn biến thị trường.\n\nRiêng trong tháng 11, Chủ tịch UBND tỉnh giao một số việc cụ "
        "thể:\n\n- Sở Tài chính tổng hợp tình hình giải ngân của từng dự án;\n\n- Sở Nội vụ tổ chức kiểm tra công vụ.",
        ["ngành thuế và các địa phương tăng cường quản lý thu", "Sở Công Thương theo dõi sát diễn biến thị trường",
         "Sở Tài chính tổng hợp tình hình giải ngân của từng dự án", "Sở Nội vụ tổ chức kiểm tra công vụ"],
        id="lead-in-request-then-ordinals-and-bullets",
    ),
    # "yêu cầu" as the noun: demands met in time, demands under conditions
    pytest.param(
        " date 2025-12\nTổng kết năm 2025.\nCông an tỉnh giữ vững an ninh, vừa đáp ứng kịp thời yêu cầu đổi mới tổ chức sau "
        "sắp xếp. Thành phố phát triển trong điều kiện yêu cầu cao về cải cách hành chính.\nNăm 2026, Công an tỉnh tập trung "
        "đấu tranh phòng, chống tội phạm.",
        ["tập trung đấu tranh phòng, chống tội phạm"],
        id="demands-are-no-request",
    ),
    # a report's content after its colon, opening on the period past, is no list of tasks
    pytest.param(
        " date 2016-07\nKỳ họp HĐND thị xã giữa năm 2016.\nKỳ họp đã thông qua báo cáo kinh tế - xã hội 6 tháng đầu năm, "
        "nhiệm vụ trọng tâm 6 tháng cuối năm 2016, báo cáo nêu rõ: Trong 6 tháng đầu năm, tổng giá trị sản xuất ước đạt "
        "3.321 tỷ đồng; các ngành dịch vụ ước đạt 1.328 tỷ đồng.",
        [],
        id="report-content-after-its-colon",
    ),
    # a numbered list of targets whose line breaks were lost: one item per number, a roman section heading between
    pytest.param(
        " date 2020-09 CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2020-2025 I. Về kinh tế (3 chỉ tiêu) 1. Tốc độ tăng giá trị sản "
        "xuất bình quân hằng năm đạt 11%. 2. Thu nhập bình quân đầu người đến năm 2025: 52 triệu đồng. 3. Tỷ lệ tăng thu "
        "ngân sách bình quân hằng năm: 9%. II. Về xã hội (1 chỉ tiêu) 4. Tỷ lệ lao động qua đào tạo năm 2025: 62%.",
        ["Tốc độ tăng giá trị sản xuất bình quân hằng năm đạt 11%",
         "Thu nhập bình quân đầu người đến năm 2025: 52 triệu đồng",
         "Tỷ lệ tăng thu ngân sách bình quân hằng năm: 9%", "Tỷ lệ lao động qua đào tạo năm 2025: 62%"],
        id="numbered-list-on-one-line",
    ),
    # what a bracket lists (names, the parts of a programme) is an aside: no item of the list around it
    pytest.param(
        " date 2019-07\nKỳ họp HĐND huyện giữa năm 2019.\nPhó Chủ tịch HĐND tỉnh yêu cầu huyện tập trung giải quyết 3 "
        "khâu đột phá (hạ tầng giao thông; nguồn nhân lực; cải cách hành chính); kiện toàn đội ngũ cán bộ không chuyên "
        "trách cấp xã.",
        ["yêu cầu huyện tập trung giải quyết 3 khâu đột phá (hạ tầng giao thông; nguồn nhân lực; cải cách hành chính)",
         "kiện toàn đội ngũ cán bộ không chuyên trách cấp xã"],
        id="bracket-list-no-items",
    ),
    # a sentence with no cue between two directions, opening on a verb outside the vocabulary, is an item of the run
    pytest.param(
        " date 2022-01\nHội nghị triển khai nhiệm vụ năm 2022 của ngành xây dựng.\nGiám đốc Sở yêu cầu các phòng cần tiếp "
        "tục bám sát kế hoạch năm 2022. Khơi thông các nguồn vốn cho nhà ở xã hội theo hướng bền vững. Nâng cao chất "
        "lượng thẩm định dự án.",
        ["yêu cầu các phòng cần tiếp tục bám sát kế hoạch năm 2022",
         "Khơi thông các nguồn vốn cho nhà ở xã hội theo hướng bền vững", "Nâng cao chất lượng thẩm định dự án"],
        id="item-between-directions",
    ),
    # … not a speaker (the run ends there), nor a sentence ending the run with no direction after it
    pytest.param(
        " date 2022-01\nHội nghị triển khai nhiệm vụ năm 2022 của ngành xây dựng.\nGiám đốc Sở yêu cầu các phòng cần tiếp "
        "tục bám sát kế hoạch năm 2022. Phát biểu kết luận, Phó Giám đốc Sở ghi nhận nỗ lực của các phòng. Khơi thông "
        "các nguồn vốn cho nhà ở xã hội theo hướng bền vững.",
        ["yêu cầu các phòng cần tiếp tục bám sát kế hoạch năm 2022"],
        id="speaker-ends-the-run",
    ),
    pytest.param(
        " date 2022-01\nHội nghị triển khai nhiệm vụ năm 2022 của ngành xây dựng.\nGiám đốc Sở yêu cầu các phòng cần tiếp "
        "tục bám sát kế hoạch năm 2022. Khơi thông các nguồn vốn cho nhà ở xã hội theo hướng bền vững.",
        ["yêu cầu các phòng cần tiếp tục bám sát kế hoạch năm 2022"],
        id="no-direction-after-no-item",
    ),
    # an assignment told in the passive with its agent is no request; a document's number is no year
    pytest.param(
        " date 2022-05\nĐoàn công tác làm việc tại xã.\nXã A được UBND tỉnh giao cho Sở Nội vụ giúp đỡ theo Quyết định "
        "số 2072/QĐ-UBND của UBND tỉnh.",
        [],
        id="passive-assignment-told",
    ),
    # a counted plan noun and the copula open a list of targets as a colon does ("đề ra một số mục tiêu trọng tâm là
    # A; B; C")
    pytest.param(
        " date 2024-12\nTổng kết năm 2024.\nNăm 2025, huyện đề ra một số mục tiêu trọng tâm là tốc độ tăng trưởng kinh "
        "tế đạt 9%; thu nhập bình quân đầu người đạt 70 triệu đồng; tổng thu ngân sách đạt 350 tỷ đồng.",
        ["tốc độ tăng trưởng kinh tế đạt 9%", "thu nhập bình quân đầu người đạt 70 triệu đồng",
         "tổng thu ngân sách đạt 350 tỷ đồng"],
        id="counted-targets-with-copula",
    ),
    # a subheading (a line without a sentence mark) between the sentence counting the targets set and "Cụ thể, A; B"
    # does not close the list (fresh mp02); the subheading repeating a target is no task of its own
    pytest.param(
        "Sở Nông nghiệp tỉnh vừa ban hành kế hoạch phát triển nông nghiệp năm 2024 với một số mục tiêu.\n\nPhấn đấu "
        "giá trị sản xuất trên 1 ha đạt 120 triệu đồng\n\nCụ thể, tốc độ tăng trưởng ngành nông nghiệp dự kiến đạt "
        "2,1%/năm; sản lượng lương thực đạt 300.000 tấn; giá trị sản xuất trên 1 ha đạt 120 triệu đồng.",
        ["tốc độ tăng trưởng ngành nông nghiệp dự kiến đạt 2,1%/năm", "sản lượng lương thực đạt 300.000 tấn",
         "giá trị sản xuất trên 1 ha đạt 120 triệu đồng"],
        id="counted-targets-over-a-subheading",
    ),
    # the new year a year-end review turns to, as a leading adverbial ("Bước sang năm mới,"), opens the plan's tasks
    # (a wish, "chúc mừng năm mới", opens nothing)
    pytest.param(
        "Hội nghị tổng kết công tác dân vận năm 2023.\nNăm 2023, công tác dân vận đạt nhiều kết quả. Bước sang năm mới, "
        "Ban Dân vận Huyện ủy tập trung tham mưu cấp ủy lãnh đạo công tác dân vận; thực hiện tốt việc đối thoại với "
        "Nhân dân. Nhân dịp này, đồng chí Bí thư chúc mừng năm mới các đại biểu.",
        ["tập trung tham mưu cấp ủy lãnh đạo công tác dân vận", "thực hiện tốt việc đối thoại với Nhân dân"],
        id="new-year-adverbial-opens-the-plan",
    ),
    # every unit level acts as "huyện" and "tỉnh" do after "Theo đó," following the plan named (task_cues.tsv, kind
    # actor: "quận", "thị xã", "thị trấn", "đặc khu"; fresh go01)
    pytest.param(
        " date 2023-12\nNgày 28-12, Quận ủy tổ chức hội nghị triển khai phương hướng nhiệm vụ năm 2024.\n\nTheo đó, quận "
        "tiếp tục đẩy mạnh công tác giải phóng mặt bằng các dự án; hoàn thành xây dựng trường tiểu học trước tháng "
        "9-2024.",
        ["tiếp tục đẩy mạnh công tác giải phóng mặt bằng các dự án", "hoàn thành xây dựng trường tiểu học trước tháng "
         "9-2024"],
        id="district-of-a-city-acts-after-theo-do",
    ),
    # how many of the things counted, after "trong đó có", details the target: no target of its own (a part's share,
    # "trong đó có 80% trở lên …", still is one; so are the plan items set, "12 chỉ tiêu, trong đó có 4 chỉ tiêu mới")
    pytest.param(
        " date 2023-12\nTổng kết năm 2023.\n\nNăm 2024, huyện phấn đấu tạo việc làm mới cho 3.200 lao động, trong đó có "
        "250 lao động đi làm việc ở nước ngoài; 100% đoàn viên hoàn thành nhiệm vụ, trong đó có 80% trở lên hoàn thành "
        "tốt nhiệm vụ.",
        ["phấn đấu tạo việc làm mới cho 3.200 lao động, trong đó có 250 lao động đi làm việc ở nước ngoài",
         "100% đoàn viên hoàn thành nhiệm vụ", "có 80% trở lên hoàn thành tốt nhiệm vụ"],
        id="part-counted-after-trong-do-is-no-target",
    ),
    # "Cùng với đó là" then a task verb goes on with the plan, as "Bên cạnh đó là" does (fresh ct03)
    pytest.param(
        " date 2023-12\nTổng kết năm 2023.\n\nNăm 2024, ngành y tế tập trung nâng cao chất lượng khám chữa bệnh tuyến xã. "
        "Cùng với đó là chú trọng công tác tiêm chủng mở rộng cho trẻ em.",
        ["tập trung nâng cao chất lượng khám chữa bệnh tuyến xã", "chú trọng công tác tiêm chủng mở rộng cho trẻ em"],
        id="cung-voi-do-la-goes-on-with-the-plan",
    ),
    # "Trong đó, mục tiêu … là" opens the targets as "Vì vậy, mục tiêu … là" does (fresh fj02); "Trong đó, trọng tâm là
    # …" after what was done tells what the year focused on (fresh lf02)
    pytest.param(
        " date 2024-01\nTổng kết năm 2023.\n\nNăm 2024, ngành nông nghiệp tiếp tục cơ cấu lại sản xuất theo chuỗi giá trị."
        "\n\nTrong đó, mục tiêu cụ thể của ngành là tốc độ tăng giá trị sản xuất đạt 3,5%, tỷ lệ che phủ rừng đạt 46%.",
        ["tiếp tục cơ cấu lại sản xuất theo chuỗi giá trị", "tốc độ tăng giá trị sản xuất đạt 3,5%",
         "tỷ lệ che phủ rừng đạt 46%"],
        id="trong-do-muc-tieu-la-opens-targets",
    ),
    # a photo's caption of the meeting's view on its own line between two directions is no item of them (fresh hn04)
    pytest.param(
        " date 2023-06\nHội nghị sơ kết 6 tháng đầu năm 2023.\n\nBí thư Tỉnh ủy yêu cầu đẩy mạnh công tác giáo dục chính "
        "trị, tư tưởng trong toàn Đảng bộ.\nQuang cảnh hội nghị\nVề kinh tế, thành phố cần tiếp tục cải thiện môi trường "
        "đầu tư.",
        ["yêu cầu đẩy mạnh công tác giáo dục chính trị, tư tưởng trong toàn Đảng bộ",
         "cần tiếp tục cải thiện môi trường đầu tư"],
        id="caption-of-the-meetings-view-is-no-item",
    ),
    # who took part ("Tham gia buổi làm việc có …") between two directions is no item of them (fresh gz05)
    pytest.param(
        " date 2024-04\nBí thư Tỉnh ủy làm việc với Ban Thường vụ Thành ủy.\n\n\"Chúng ta cần quyết liệt hơn nữa trong "
        "chuyển đổi số\", Bí thư Tỉnh ủy nhấn mạnh.\n\nTham gia buổi làm việc có lãnh đạo các sở, ngành của tỉnh.\n\n"
        "Bí thư Tỉnh ủy nhấn mạnh, thành phố phải đi đầu trong thực hiện mục tiêu tăng trưởng.",
        ["cần quyết liệt hơn nữa trong chuyển đổi số", "phải đi đầu trong thực hiện mục tiêu tăng trưởng"],
        id="who-took-part-is-no-item",
    ),
    # a bracket a target opens and does not close is no part of its text, nor one a part of the breakdown closes
    # ("… đạt 10,15% (| trong đó …", "… đạt 15%|)"; fresh ii02, mh01, sd01)
    pytest.param(
        " date 2023-12\nTổng kết năm 2023.\n\nNăm 2024, huyện phấn đấu tốc độ tăng giá trị sản xuất đạt 10,2% (nông "
        "nghiệp tăng 3,5%; công nghiệp - xây dựng tăng 15%); tỷ lệ dân số được sử dụng nước sạch đạt 98% (tăng 0,5% so "
        "với năm 2023).",
        ["phấn đấu tốc độ tăng giá trị sản xuất đạt 10,2%", "công nghiệp - xây dựng tăng 15%",
         "tỷ lệ dân số được sử dụng nước sạch đạt 98% (tăng 0,5% so với năm 2023)"],  # (a bracket closed stays)
        id="unbalanced-bracket-is-no-part-of-a-task",
    ),
    # "Đó là" opening the sentence after a count of targets set, no colon, a lower-case target after it: the targets
    # listed (fresh qr3)
    pytest.param(
        "Năm 2025, Đại hội đề ra 20 chỉ tiêu chủ yếu, thể hiện quyết tâm cao của Đảng bộ. Đó là tăng trưởng kinh tế đạt "
        "8%; thu ngân sách tăng 30%; tỷ lệ hộ nghèo giảm còn dưới 2%.",
        ["tăng trưởng kinh tế đạt 8%", "thu ngân sách tăng 30%", "tỷ lệ hộ nghèo giảm còn dưới 2%"],
        id="do-la-after-a-count-of-targets",
    ),
    # a headline telling a result with its figure, then after a comma a task ("…: Thu ngân sách vượt 12%, quyết liệt
    # chấn chỉnh trật tự đô thị"): the task (fresh py3); not what was set, counted ("…, xác định 3 khâu đột phá năm
    # 2025"), nor after a year only ("… tổng kết năm 2024, xác định nhiệm vụ năm 2025")
    pytest.param(
        "Kỳ họp thứ 9, HĐND phường Tân An: Thu ngân sách vượt 12%, quyết liệt chấn chỉnh trật tự đô thị\n\nSáng 26/12/2025, "
        "HĐND phường Tân An khai mạc kỳ họp thứ 9 để đánh giá kết quả năm 2025, thông qua nghị quyết năm 2026.",
        ["quyết liệt chấn chỉnh trật tự đô thị"],
        id="headline-result-then-its-task",
    ),
    pytest.param(
        "Hội nghị Tỉnh ủy lần thứ 9: Kinh tế tăng trưởng 7,2%, xác định 3 khâu đột phá năm 2025\n\nNgày 15/12/2024, Tỉnh ủy "
        "tổ chức hội nghị lần thứ 9 đánh giá kết quả năm 2024.",
        [],
        id="headline-result-then-what-was-set",
    ),
    # "nguy cơ phải …" is the risk of having to, no request: a results sentence asks nothing (fresh pw2)
    pytest.param(
        "Năm 2024, công tác y tế cơ sở được tăng cường để người dân chủ động phòng bệnh, giảm nguy cơ phải nhập viện, "
        "nhất là người cao tuổi. Năm 2025, ngành phấn đấu tỷ lệ tham gia bảo hiểm y tế đạt 95%.",
        ["phấn đấu tỷ lệ tham gia bảo hiểm y tế đạt 95%"],
        id="risk-of-having-to-is-no-request",
    ),
    # the coming school year ("Trong năm học tới, …") opens directions as "năm tới" does (task_cues.tsv, period;
    # fresh px1)
    pytest.param(
        "Năm học 2024-2025, ngành giáo dục huyện đạt nhiều kết quả. Trong năm học tới, ngành tiếp tục đổi mới phương "
        "pháp dạy học.",
        ["tiếp tục đổi mới phương pháp dạy học"],
        id="coming-school-year-opens-directions",
    ),
    # a colon list under a counted head ("trên 3 mặt: A, B và C") as many items as the count: one task per item
    # (resources/task_cues.tsv, list_head; fresh ov3)
    pytest.param(
        "Năm 2025, huyện phấn đấu phát triển hài hòa trên 3 mặt: giữ gìn cảnh quan sinh thái, cải thiện đời sống nhân "
        "dân và tăng trưởng kinh tế đạt 8%.",
        ["giữ gìn cảnh quan sinh thái", "cải thiện đời sống nhân dân", "tăng trưởng kinh tế đạt 8%"],
        id="counted-colon-list-one-task-per-item",
    ),
    # … with no count, after a plural head, when every item opens with a task verb, the first maybe capitalized (fresh
    # pc3)
    pytest.param(
        "Năm 2026, Sở tập trung thực hiện các nhiệm vụ chủ yếu của chương trình: Phát triển chợ đầu mối nông sản, nâng "
        "cao chất lượng dịch vụ logistics, đẩy mạnh bán hàng trực tuyến.",
        ["Phát triển chợ đầu mối nông sản", "nâng cao chất lượng dịch vụ logistics", "đẩy mạnh bán hàng trực tuyến"],
        id="plural-colon-list-of-task-verbs",
    ),
    # a count that is not the number of items: the commas chain one request's verbs, one task
    pytest.param(
        "Năm 2025, thị xã tập trung vào 2 nhiệm vụ: đẩy mạnh chuyển đổi số, cải cách hành chính và thu hút đầu tư.",
        ["đẩy mạnh chuyển đổi số, cải cách hành chính và thu hút đầu tư"],
        id="count-not-the-items-keeps-one-task",
    ),
    # a head whose list is parted by ";": an item's own commas part nothing (fresh oy1)
    pytest.param(
        "Đại hội xác định, nhiệm kỳ 2025-2030, phường sẽ tập trung phát triển dựa trên 3 trụ cột: đổi mới phương thức "
        "lãnh đạo; tập trung chỉnh trang đô thị xanh, sạch, đẹp; phát triển kinh tế số.",
        ["đổi mới phương thức lãnh đạo", "tập trung chỉnh trang đô thị xanh, sạch, đẹp", "phát triển kinh tế số"],
        id="semicolon-list-items-keep-their-commas",
    ),
    # what a result is owed to ("Nhờ …") or the date results are counted to ("Đến nay, …") opening a sentence after the
    # targets set tells what was achieved: no item of them (task_cues.tsv, kind target_stop; fresh iq04)
    pytest.param(
        " date 2022-04\nHội nghị sơ kết quý I.\n\nNăm 2022, huyện phấn đấu thực hiện 38 chỉ tiêu chủ yếu, trong đó: thu "
        "ngân sách đạt 60 tỷ đồng; tỷ lệ hộ nghèo giảm 4%. Nhờ thực hiện đồng bộ các giải pháp nên đến hết quý I, huyện "
        "có 11 chỉ tiêu đạt kế hoạch; 4 chỉ tiêu đạt từ 75% trở lên. Đến nay, toàn huyện thành lập được 25 tổ hợp tác.",
        ["thu ngân sách đạt 60 tỷ đồng", "tỷ lệ hộ nghèo giảm 4%"],
        id="results-owed-to-after-targets-are-no-items",
    ),
    # the status of carrying out tasks ("Tình hình thực hiện các nhiệm vụ như sau:") reports, and "số nhiệm vụ …:" is
    # the number of them, no list's head; a count of tasks by kind with its share in brackets is a breakdown (fresh pf3)
    pytest.param(
        "Năm 2025, Sở được UBND tỉnh giao 120 nhiệm vụ. Tình hình thực hiện các nhiệm vụ như sau: số nhiệm vụ đã hoàn "
        "thành: 100/120 (đạt 83,3%); số nhiệm vụ đang triển khai: 20/120 (chiếm 16,7%).\n\nNăm 2026, Sở tập trung "
        "hoàn thiện thể chế; đẩy mạnh chuyển đổi số.",
        ["tập trung hoàn thiện thể chế", "đẩy mạnh chuyển đổi số"],
        id="status-of-tasks-is-no-list-of-them",
    ),
    pytest.param(
        "Tính đến ngày 30/9/2025, Sở được UBND tỉnh giao 120 nhiệm vụ, trong đó 45 nhiệm vụ có thời hạn (chiếm 37,5%); "
        "75 nhiệm vụ không có thời hạn (chiếm 62,5%).",
        [],
        id="count-of-tasks-by-kind-with-share-is-a-breakdown",
    ),
    pytest.param(
        "Hội nghị thống nhất 20 chỉ tiêu chủ yếu năm 2026, trong đó: tốc độ tăng trưởng kinh tế đạt 8%; thu ngân sách "
        "đạt 500 tỷ đồng (chiếm 20% thu ngân sách cả tỉnh).",
        ["tốc độ tăng trưởng kinh tế đạt 8%", "thu ngân sách đạt 500 tỷ đồng (chiếm 20% thu ngân sách cả tỉnh)"],
        id="target-with-a-share-is-still-a-target",
    ),
    # a speaker describes the coming year, then says what the body will do ("sẽ" and a task verb; fresh pz3)
    pytest.param(
        "Năm 2025, ngành thủy sản đạt kết quả khá.\n\nÔng Lê Văn Tâm, Cục trưởng cho biết, 2026 là năm đầu của kế hoạch 5 "
        "năm, Cục sẽ tiếp tục triển khai đồng bộ các quy định của Luật Thủy sản.",
        ["tiếp tục triển khai đồng bộ các quy định của Luật Thủy sản"],
        id="will-do-after-the-coming-year-described",
    ),
    pytest.param(
        "Năm 2025, tỉnh thu ngân sách đạt 105% dự toán.\n\nTrong năm, tỉnh đã triển khai các chính sách an sinh xã hội. "
        "Dự kiến cuối năm 2025 sẽ hoàn thành 100% các chính sách hỗ trợ người lao động.\n\nNăm 2026, tỉnh tập trung thu "
        "hút đầu tư.",
        ["tập trung thu hút đầu tư"],
        id="will-be-done-in-the-year-reviewed-is-no-task",
    ),
    # "Nổi bật là" opening the sentence after a count of aims and tasks set: the list of them (fresh qg5)
    pytest.param(
        "Năm 2025, huyện đạt 18/20 chỉ tiêu.\n\nNăm 2026, huyện đề ra 15 chỉ tiêu chủ yếu và 5 nhiệm vụ trọng tâm. Nổi bật "
        "là đẩy mạnh phát triển du lịch; tỷ lệ hộ nghèo giảm 2%; thực hiện tốt chính sách an sinh xã hội.",
        ["đẩy mạnh phát triển du lịch", "tỷ lệ hộ nghèo giảm 2%", "thực hiện tốt chính sách an sinh xã hội"],
        id="noi-bat-la-after-a-count-set",
    ),
    # … but not before what was achieved (fresh tc4, a group collected after the rule)
    pytest.param(
        "Trong 6 tháng đầu năm 2022, UBND huyện đã chỉ đạo các ngành tập trung triển khai các nhiệm vụ, giải pháp phát "
        "triển kinh tế. Nổi bật là dịch bệnh được kiểm soát hiệu quả, nhiều chỉ tiêu tăng trưởng so với cùng kỳ như: Thu "
        "ngân sách trên địa bàn đạt 88.000 triệu đồng, đạt 124,4% so với dự toán tỉnh và 92,68% so với dự toán huyện.",
        [],
        id="noi-bat-la-before-what-was-achieved",
    ),
    # tasks set, then "như" and items that open with task verbs, parted by commas: one task per verb (an object after a
    # comma stays with its item); results told the same way are none (fresh pw5)
    pytest.param(
        "Năm 2025, ngành y tế tỉnh đạt nhiều kết quả.\n\nNgành cũng xác định những mục tiêu, nhiệm vụ quan trọng của năm "
        "2026 như triển khai tốt Chương trình y tế cơ sở, Đề án y tế chuyên sâu, đẩy mạnh cải cách hành chính, hoàn "
        "thiện mạng lưới y tế xã.",
        ["triển khai tốt Chương trình y tế cơ sở, Đề án y tế chuyên sâu", "đẩy mạnh cải cách hành chính",
         "hoàn thiện mạng lưới y tế xã"],
        id="nhu-then-task-verbs-one-task-per-verb",
    ),
    pytest.param(
        "Năm 2025, ngành y tế tỉnh đã hoàn thành các nhiệm vụ như triển khai Chương trình y tế cơ sở, đẩy mạnh cải cách "
        "hành chính, hoàn thiện mạng lưới y tế xã.",
        [],
        id="nhu-then-verbs-after-what-was-done-is-no-list",
    ),
    # … and after a verb setting a plan with no plural ("đặt ra kế hoạch, mục tiêu năm 2026 như …"); nothing is set when
    # the same words tell what was reached
    pytest.param(
        "Năm 2025, ngành dân số đạt nhiều kết quả.\n\nNgành dân số thành phố đặt ra kế hoạch, mục tiêu năm 2026 như nỗ "
        "lực giải quyết tình trạng mức sinh thấp, kiểm soát mất cân bằng giới tính khi sinh, nâng cao chất lượng dân số.",
        ["nỗ lực giải quyết tình trạng mức sinh thấp", "kiểm soát mất cân bằng giới tính khi sinh",
         "nâng cao chất lượng dân số"],
        id="set-plan-then-nhu-task-verbs",
    ),
    # … a striving or supporting verb opens the list as well ("như nỗ lực …", "như hỗ trợ …": commitment_verb of
    # task_cues.tsv; fresh tu1 and, blind, sm5)
    pytest.param(
        "Năm 2025, Thành đoàn đạt nhiều kết quả.\n\nNăm 2026, Thành đoàn đề ra một số chỉ tiêu cơ bản như hỗ trợ mới ít "
        "nhất 50 dự án khởi nghiệp của thanh niên, tư vấn hướng nghiệp cho 2.000 thanh niên, giới thiệu việc làm cho ít "
        "nhất 800 thanh niên.",
        ["hỗ trợ mới ít nhất 50 dự án khởi nghiệp của thanh niên", "tư vấn hướng nghiệp cho 2.000 thanh niên",
         "giới thiệu việc làm cho ít nhất 800 thanh niên"],
        id="counted-targets-then-nhu-supporting-verb",
    ),
    # a speaker praises what was achieved, then names the tasks of the coming term ("trong nhiệm kỳ mới", `ahead` of
    # task_cues.tsv): they are tasks, not the results the chain of "đạt" told (fresh tx1)
    pytest.param(
        "Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030.\n\nPhát biểu tại Đại hội, đồng chí Bí thư Huyện ủy ghi nhận những "
        "kết quả mà Đảng bộ xã đã đạt được trong 5 năm qua, đồng thời chỉ rõ 3 nhiệm vụ trọng tâm trong nhiệm kỳ mới là: "
        "Kiện toàn bộ máy tinh gọn, hoạt động hiệu quả; tăng cường xây dựng Đảng trong sạch, vững mạnh; đẩy mạnh chuyển "
        "đổi số.",
        ["Kiện toàn bộ máy tinh gọn, hoạt động hiệu quả", "tăng cường xây dựng Đảng trong sạch, vững mạnh",
         "đẩy mạnh chuyển đổi số"],
        id="praised-results-then-tasks-of-the-new-term",
    ),
    # in a run of directions, "Triển khai kế hoạch …" naming what is carried out is a task; the agenda is dated ("Triển
    # khai nhiệm vụ năm 2023"; group Y wl4, fresh rx3)
    pytest.param(
        " date 2022-07\nSở Tài nguyên và Môi trường sơ kết 6 tháng đầu năm 2022.\nNhững tháng cuối năm, ngành tiếp tục "
        "triển khai các nhiệm vụ trọng tâm. Triển khai kế hoạch thanh tra về đất đai; kiểm tra đất bãi bồi; tăng cường "
        "giám sát khai thác cát.",
        ["tiếp tục triển khai các nhiệm vụ trọng tâm", "Triển khai kế hoạch thanh tra về đất đai", "kiểm tra đất bãi bồi",
         "tăng cường giám sát khai thác cát"],
        id="undated-plan-carried-out-is-no-agenda",
    ),
    pytest.param(
        " date 2022-12\nSở tổng kết năm 2022.\nThời gian tới, ngành tiếp tục triển khai các nhiệm vụ trọng tâm. Triển "
        "khai nhiệm vụ năm 2023.",
        ["tiếp tục triển khai các nhiệm vụ trọng tâm"],
        id="dated-agenda-in-a-run-of-directions",
    ),
    # a headline the body tells again in one clause, as a result or inside a request its tasks do not hold, is no task of
    # its own (groups K, N, P, S); a headline whose figure the body does not tell stays
    pytest.param(
        "Giải quyết việc làm mới cho 9.100 lao động\n\nNăm 2021, toàn tỉnh đã giải quyết việc làm mới cho 9.100 lao "
        "động, đạt 105% kế hoạch.",
        [],
        id="headline-told-by-the-body-as-a-result",
    ),
    pytest.param(
        "Quyết liệt giải ngân vốn đầu tư công\n\nĐến hết tháng 10, tỷ lệ giải ngân đạt 40% kế hoạch. Ngày 26/10, UBND "
        "tỉnh ra công điện về việc các chủ đầu tư chỉ đạo quyết liệt, đẩy nhanh tiến độ giải ngân vốn đầu tư công.",
        [],
        id="headline-told-by-the-body-in-an-order",
    ),
    pytest.param(
        "Phấn đấu giải quyết việc làm mới cho 12.000 lao động\n\nNăm 2021, toàn tỉnh đã giải quyết việc làm mới cho "
        "9.100 lao động, đạt 105% kế hoạch.",
        ["Phấn đấu giải quyết việc làm mới cho 12.000 lao động"],
        id="headline-target-of-its-own-figure-stays",
    ),
    # "Thực hiện nhiệm vụ năm 2023, …" in a review of 2023 opens what was done that year, as "Năm 2023, …" does: no task,
    # nor the results after it (fresh pt1, group Z wv4)
    pytest.param(
        "Ngày 1/12, UBND huyện tổ chức hội nghị đánh giá tình hình kinh tế - xã hội năm 2023 và triển khai nhiệm vụ năm "
        "2024.\nThực hiện nhiệm vụ năm 2023, với tinh thần chủ động, huyện thực hiện đạt 10/11 chỉ tiêu đạt và vượt so với "
        "kế hoạch. Kinh tế tiếp tục tăng trưởng khá, thu ngân sách đạt 93 tỷ đồng; tỷ lệ hộ nghèo giảm 1,64%. Công tác quy "
        "hoạch được tăng cường.",
        [],
        id="carrying-out-the-reported-year-tells-results",
    ),
    # "Đặc biệt là" (as "Đặc biệt,") and "Trước mắt," lead the next directions of a plan (group N tf5)
    pytest.param(
        " date 2023-12\nHuyện tổng kết năm 2023.\n\nNăm 2024, huyện phấn đấu đạt các tiêu chí đô thị loại 2. Đặc biệt là "
        "tập trung rà soát các tiêu chí còn thiếu; tiếp tục đẩy nhanh tốc độ tăng trưởng kinh tế.",
        ["phấn đấu đạt các tiêu chí đô thị loại 2", "tập trung rà soát các tiêu chí còn thiếu",
         "tiếp tục đẩy nhanh tốc độ tăng trưởng kinh tế"],
        id="especially-leads-the-next-directions",
    ),
    # a headline telling what was reached, carried out to it, over a past term ("Thực hiện đạt và vượt … nhiệm kỳ
    # 2010-2015") is no task (fresh qb2); one naming the year ahead stays
    pytest.param(
        "Huyện A: Thực hiện đạt và vượt hầu hết các chỉ tiêu nghị quyết nhiệm kỳ 2010-2015\n\nNgày 20/7/2015, Đảng bộ "
        "huyện A tổ chức đại hội nhiệm kỳ 2015-2020. Nhiệm kỳ qua, huyện đạt và vượt 18/20 chỉ tiêu.",
        [],
        id="headline-carried-out-to-a-past-term-result",
    ),
    # "phải" forced by a cause ("khiến … phải") or still or again borne ("vẫn phải", "tiếp tục phải") tells what was
    # undergone: no request (groups P tu1, U ve3, U vi5); "các cấp phải tăng cường …" still asks
    pytest.param(
        " date 2019-12\nTỉnh tổng kết năm 2019.\n\nThiệt hại do thiên tai lên tới 1.300 tỷ đồng, khiến ngân sách Trung ương "
        "phải bố trí bổ sung cho tỉnh 800 tỷ đồng. Tình trạng mất cân bằng giới tính khi sinh đang được kiểm soát và vẫn "
        "phải nỗ lực duy trì để không tăng trở lại. Năm 2020, các cấp, các ngành phải tăng cường công tác phòng chống "
        "thiên tai.",
        ["phải tăng cường công tác phòng chống thiên tai"],
        id="must-when-forced-or-still-borne",
    ),
    # documents counted before a cue ("ban hành 218 kiến nghị yêu cầu khắc phục …") describe what they ask: no request, nor
    # the results listed after it (group AA xf5)
    pytest.param(
        " date 2022-12\nViện kiểm sát tổng kết năm 2022.\n\nCụ thể, tổng số cuộc kiểm sát trực tiếp vượt 82 cuộc; ban hành "
        "218 kiến nghị yêu cầu khắc phục vi phạm trong các lĩnh vực công tác, vượt 151 kiến nghị; ban hành 38 kiến nghị "
        "phòng ngừa vi phạm và tội phạm, vượt 10 kiến nghị.",
        [],
        id="documents-counted-before-a-request-word",
    ),
    # the page's foot ("Chia sẻ bài viết", "Tin liên quan" on a line of their own) ends the article: a banner after it is
    # no headline of a task (fresh px3, group W vv5)
    pytest.param(
        " date 2017-12\nHĐND thị xã tổng kết năm 2017.\n\nNăm 2017, thu ngân sách trên địa bàn thị xã đạt 520 tỷ đồng, "
        "tổng giá trị sản xuất tăng khá; công tác giáo dục, y tế có nhiều chuyển biến.\n\nNăm 2018, thị xã tập trung đầu "
        "tư xây dựng trường đạt chuẩn quốc gia.\n\nĐỒNG VĂN\n\nChia sẻ bài viết\n\n\nĐỒNG HÀNH CÙNG DOANH NGHIỆP",
        ["tập trung đầu tư xây dựng trường đạt chuẩn quốc gia"],
        id="page-foot-ends-the-article",
    ),
    # … unless the article's body follows it: a related-news box set over the body ("Tin liên quan", "Đọc nhiều" under
    # the lead) ends nothing, a paragraph of sixty words or more after it is the article's (group AH ze1)
    pytest.param(
        "(Báo Nam Hà) - Sáng 16-1, UBND huyện tổ chức hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội năm 2020 "
        "và kế hoạch hành động thực hiện nghị quyết của Huyện ủy, HĐND huyện về nhiệm vụ năm 2020.\n\nTin liên quan\n\n"
        "Đọc nhiều\n\nNăm 2020, huyện đề ra các chỉ tiêu phấn đấu: tốc độ tăng giá trị sản xuất đạt từ 8,9% trở lên; "
        "kim ngạch xuất khẩu đạt 450 triệu USD; tổng vốn đầu tư toàn xã hội đạt trên 30.000 tỷ đồng; thành lập mới 150 "
        "doanh nghiệp trở lên; tỷ lệ đô thị hóa đạt 72% trở lên; tổng thu ngân sách nhà nước trên địa bàn tăng 15% trở "
        "lên so với dự toán tỉnh giao.",
        ["tốc độ tăng giá trị sản xuất đạt từ 8,9% trở lên", "kim ngạch xuất khẩu đạt 450 triệu USD",
         "tổng vốn đầu tư toàn xã hội đạt trên 30.000 tỷ đồng", "thành lập mới 150 doanh nghiệp trở lên",
         "tỷ lệ đô thị hóa đạt 72% trở lên",
         "tổng thu ngân sách nhà nước trên địa bàn tăng 15% trở lên so với dự toán tỉnh giao"],
        id="related-news-box-over-the-body-ends-nothing",
    ),
    # the tasks a body made concrete out of a plan above ("đã cụ thể hóa thành 04 nhiệm vụ trọng tâm gồm: …") are set,
    # as "đã đề ra …" sets them: the list after the colon holds them (group AH zg3)
    pytest.param(
        "Ngày 19/02/2021, đoàn công tác của Huyện ủy làm việc với Đảng ủy xã về thực hiện nhiệm vụ năm 2021.\n\nTrên cơ "
        "sở Chương trình hành động năm 2021 của Huyện ủy, Đảng ủy xã đã cụ thể hóa thành 03 nhiệm vụ trọng tâm gồm: Tập "
        "trung phát triển kinh tế nông nghiệp; Thực hiện Chương trình xây dựng nông thôn mới; Nâng cao chất lượng hoạt "
        "động của các chi bộ.",
        ["Tập trung phát triển kinh tế nông nghiệp", "Thực hiện Chương trình xây dựng nông thôn mới",
         "Nâng cao chất lượng hoạt động của các chi bộ"],
        id="tasks-made-concrete-out-of-a-plan-above",
    ),
    # a bracket after the subject of a leading year's sentence ("huyện Lang Sơn (Hà Tĩnh)", "Sở Khoa học và Công nghệ
    # (KH&CN) tỉnh") is part of it; a resolve before the verb is the task's (groups AH ze3, AG zb2, U vk1)
    pytest.param(
        "Năm 2024, huyện đạt 25/27 chỉ tiêu kinh tế - xã hội.\n\nNăm 2025, huyện Kỳ Lâm (Hà Tĩnh) phấn đấu hoàn thành 27 "
        "chỉ tiêu phát triển kinh tế - xã hội; Sở Khoa học và Công nghệ (KH&CN) tỉnh tập trung đưa nhanh các thành tựu "
        "khoa học vào sản xuất.",
        ["phấn đấu hoàn thành 27 chỉ tiêu phát triển kinh tế - xã hội",
         "Sở Khoa học và Công nghệ (KH&CN) tỉnh tập trung đưa nhanh các thành tựu khoa học vào sản xuất"],
        id="bracket-in-the-subject-after-a-leading-year",
    ),
    # "nâng cao" closing "xã nông thôn mới nâng cao" is the standard's grade, no verb sharing an object with what follows:
    # the resolve after the comma is a task of its own (groups AH zg5, K sd4, U vk2); two counts joined by "và" stay one
    pytest.param(
        "Đại hội Đảng bộ xã nhiệm kỳ 2025-2030.\n\nPhương hướng nhiệm kỳ 2025-2030: giữ vững quốc phòng - an ninh; xây "
        "dựng xã đạt chuẩn nông thôn mới nâng cao, phấn đấu đến năm 2030 đạt các tiêu chí đô thị loại V.",
        ["giữ vững quốc phòng - an ninh", "xây dựng xã đạt chuẩn nông thôn mới nâng cao",
         "phấn đấu đến năm 2030 đạt các tiêu chí đô thị loại V"],
        id="advanced-standard-grade-then-a-resolve",
    ),
    # a sentence opening on targets reached, counted as a share ("Hoàn thành 63/65 chỉ tiêu thị xã giao."), after the
    # year's results is a result, whatever the paragraph plans, and the results after it no targets (group AI zq2)
    pytest.param(
        "Các đại biểu nghe thông tin tình hình kinh tế - xã hội năm 2022 và nhiệm vụ trọng tâm năm 2023. Năm 2022, thị xã "
        "hoàn thành 51/52 chỉ tiêu tỉnh giao. Hoàn thành 63/65 chỉ tiêu thị xã giao.\n\nTốc độ tăng trưởng kinh tế đạt "
        "13,8%; GRDP bình quân đầu người 99,36 triệu đồng/năm.",
        [],
        id="targets-reached-as-a-share-opening-a-sentence",
    ),
    # a colon after "chủ đề" opens a theme in quotes, no list: the sentence after it (who attended) is no item (fresh tr5)
    pytest.param(
        "Sáng 18/12, Sở Văn hóa tổ chức hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ trọng tâm năm 2026 với "
        "chủ đề: “Đoàn kết, kỷ cương, sáng tạo”. Đồng chí Lê Văn Tám – Phó Chủ tịch UBND tỉnh dự và phát biểu chỉ đạo "
        "hội nghị.",
        [],
        id="theme-after-a-colon-is-no-list",
    ),
    pytest.param(
        "Năm 2025, ngành dân số thành phố đã hoàn thành kế hoạch, mục tiêu đề ra như giải quyết tình trạng mức sinh "
        "thấp, nâng cao chất lượng dân số.",
        [],
        id="plan-reached-then-nhu-verbs-is-no-list",
    ),
    # "Trong đó" and a level's word before the verb, after a sentence naming the plan adopted: its items (fresh pj1)
    pytest.param(
        "Năm 2025, thu ngân sách đạt 120% dự toán.\n\nTại kỳ họp, HĐND huyện thông qua nhiệm vụ năm 2026 và xác định các "
        "giải pháp để thực hiện. Trong đó huyện tiếp tục đầu tư hoàn thiện hệ thống giao thông nông thôn; phát triển các "
        "thành phần kinh tế.",
        ["tiếp tục đầu tư hoàn thiện hệ thống giao thông nông thôn", "phát triển các thành phần kinh tế"],
        id="trong-do-level-word-then-verb",
    ),
    # a meeting "đã thống nhất" for the year ahead what a body will do: the task (the agreement told done); the year is
    # the one planned (year_cues.tsv "thống nhất trong năm"; fresh qi2)
    pytest.param(
        "Năm 2025, Mặt trận các cấp đạt nhiều kết quả.\n\nVới chủ đề “Đoàn kết, đổi mới”, hội nghị đã thống nhất trong năm "
        "2026, Ủy ban MTTQ các cấp tập trung triển khai có hiệu quả các chương trình phối hợp. Cụ thể: Tiếp tục tuyên "
        "truyền, vận động nhân dân thực hiện chủ trương của Đảng; đẩy mạnh phong trào thi đua phát triển kinh tế.",
        ["tập trung triển khai có hiệu quả các chương trình phối hợp",
         "Tiếp tục tuyên truyền, vận động nhân dân thực hiện chủ trương của Đảng",
         "đẩy mạnh phong trào thi đua phát triển kinh tế"],
        id="agreed-for-the-year-ahead-told-done",
    ),
    # requests counted ("lượt yêu cầu") are the noun, no request (fresh ps2)
    pytest.param(
        "Năm 2025, Cổng dịch vụ công của tỉnh phục vụ hơn 1,3 triệu lượt yêu cầu tra cứu, 537 nghìn lượt đồng bộ thông "
        "tin.",
        [],
        id="requests-counted-are-no-request",
    ),
    # a portal's menu addressing the reader ("Bạn cần biết") asks nothing (fresh tn5)
    pytest.param(
        "Bạn cần biết Tiện ích Liên hệ Thời sự\nNăm 2025, phường đạt nhiều kết quả.",
        [],
        id="portal-menu-you-need-to-know-is-no-request",
    ),
    # an image's file name among figures after a target set ("Screen Shot 2021-01-11 at 14.29.12") is no target: no
    # Vietnamese word in it (fresh tj1)
    pytest.param(
        "Năm 2025, tỉnh đạt nhiều kết quả.\n\nTỉnh đặt chỉ tiêu cho giai đoạn 2026-2030, có chỉ số PCI vào top 5 cả nước.\n\n"
        "Screen Shot 2026-01-11 at 14.29.12",
        ["đặt chỉ tiêu cho giai đoạn 2026-2030, có chỉ số PCI vào top 5 cả nước"],
        id="image-file-name-is-no-target",
    ),
    # a person's name, then "chỉ đạo" and a task verb: the person's direction (fresh ro1); a body's "chỉ đạo" telling what
    # it did is none (fresh qo1)
    pytest.param(
        "Năm 2025, tỉnh đạt nhiều kết quả.\n\nChủ tịch UBND tỉnh Nguyễn Văn Út chỉ đạo sớm triển khai đồng bộ các quy hoạch "
        "trong năm 2026.",
        ["chỉ đạo sớm triển khai đồng bộ các quy hoạch trong năm 2026"],
        id="name-then-chi-dao-and-a-task-verb",
    ),
    pytest.param(
        "Năm 2025, huyện có 16/19 chỉ tiêu đạt và vượt kế hoạch. Huyện ủy Núi Thành chỉ đạo thực hiện quyết liệt các giải "
        "pháp tháo gỡ khó khăn trong sản xuất.",
        [],
        id="body-chi-dao-told-is-no-task",
    ),
    # targets set "với" the first target's figure, then sentences of figures for the same year: one task per target
    # (fresh po5)
    pytest.param(
        "Năm 2025, ngân hàng đạt lợi nhuận 2.700 tỷ đồng.\n\nĐại hội cũng thông qua mục tiêu năm 2026 với lợi nhuận trước "
        "thuế 5.180 tỷ đồng, tăng 90% so với năm 2025. Tổng tài sản dự kiến đạt 223.500 tỷ đồng, tăng 11% so với năm 2025.",
        ["lợi nhuận trước thuế 5.180 tỷ đồng, tăng 90% so với năm 2025",
         "Tổng tài sản dự kiến đạt 223.500 tỷ đồng, tăng 11% so với năm 2025"],
        id="targets-set-with-their-figures",
    ),
    # a mid-year session adopting the tasks of the last months of the year, then a colon and the targets: the
    # period is ahead though its year is the one reviewed (fresh rk1)
    pytest.param(
        "Sáng 10/7, HĐND huyện khai mạc kỳ họp thứ 12. 6 tháng đầu năm 2025, thu ngân sách đạt 60% dự toán.\n\nKỳ họp cũng "
        "thông qua Nghị quyết về nhiệm vụ kinh tế - xã hội 6 tháng cuối năm 2025: tổng thu ngân sách 545 tỷ đồng, thu "
        "nhập bình quân đầu người 55 triệu đồng, giải quyết việc làm cho 2.000 lao động.",
        ["tổng thu ngân sách 545 tỷ đồng", "thu nhập bình quân đầu người 55 triệu đồng",
         "giải quyết việc làm cho 2.000 lao động"],
        id="last-months-targets-after-a-colon",
    ),
    # the targets of a year ahead as the sentence's topic ("Về chỉ tiêu … giao trong năm 2026,"), then a list closed by
    # ";": one task per target (fresh tm5); the targets of the year reviewed so told are its results
    pytest.param(
        " date 2025-12 Năm 2025, ngành lao động đạt nhiều kết quả.\n\nVề chỉ tiêu Quốc hội, Chính phủ giao trong năm 2026, "
        "tỉ lệ thất nghiệp khu vực thành thị dưới 4%; tỉ lệ lao động qua đào tạo đạt khoảng 70%; tỉ lệ hộ nghèo giảm trên "
        "1%.",
        ["tỉ lệ thất nghiệp khu vực thành thị dưới 4%", "tỉ lệ lao động qua đào tạo đạt khoảng 70%",
         "tỉ lệ hộ nghèo giảm trên 1%"],
        id="targets-of-a-year-ahead-as-the-topic",
    ),
    pytest.param(
        "Năm 2025, huyện đạt 20/22 chỉ tiêu. Về các chỉ tiêu năm 2025, thu ngân sách đạt 120% dự toán; tỷ lệ hộ nghèo "
        "giảm 1,5%.",
        [],
        id="targets-of-the-year-reviewed-as-the-topic-are-results",
    ),
    # a paragraph opening on the year reported turns to the year ahead at a sentence that opens on it after the results
    # it builds on, as a paragraph's own lead may ("… . Phát huy những kết quả đạt được, năm 2026, Sở tiếp tục …")
    pytest.param(
        "Năm 2025, tổng thu ngân sách đạt 420 tỷ đồng, tăng 8% so với cùng kỳ. Phát huy những kết quả đạt được, năm "
        "2026, Sở tiếp tục đẩy mạnh cải cách hành chính; tổ chức tốt các hoạt động chuyên môn.",
        ["Phát huy những kết quả đạt được, năm 2026, Sở tiếp tục đẩy mạnh cải cách hành chính",
         "tổ chức tốt các hoạt động chuyên môn"],
        id="year-ahead-after-the-results-it-builds-on-inside-a-paragraph",
    ),
]


@pytest.mark.parametrize("text, expected", EXACT_TASKS)
def test_exact_task_texts(text, expected):
    from pipeline import extract

    assert [t.text for t in extract(text).tasks] == expected


def test_photo_number_is_no_part_of_a_task():
    """The alt text's photo number ("- Ảnh 1.") is cut from the task, and the copy kept is the body's (fresh tn5)."""
    from pipeline import extract

    text = ("Xã A: Phấn đấu thu nhập 80 triệu đồng/người/năm\n\nSáng 10/8, xã A tổ chức đại hội.\n\n"
            "Xã A: Phấn đấu thu nhập 80 triệu đồng/người/năm- Ảnh 1.\n\nĐại hội diễn ra trong hai ngày.")
    tasks = extract(text).tasks
    assert [t.text for t in tasks] == ["Phấn đấu thu nhập 80 triệu đồng/người/năm"]
    assert tasks[0].span.start > text.index("Sáng")



def _cue_rows(kind):
    from pipeline.resources import load_tsv

    return [r[0] for r in load_tsv("task_cues.tsv") if r[1] == kind]


@pytest.mark.parametrize("verb", _cue_rows("done_passive"))
def test_done_state_reads_every_passive_verb_of_its_data(verb):
    """DONE_STATE is built from task_cues.tsv (done_passive): "được" + each verb tells a result, the verb alone does
    not, and a sentence telling it is no bare item of a run of directions."""
    from pipeline.components.tasks import DONE_STATE, _bare_item

    assert DONE_STATE.search(f"Công tác an sinh xã hội được {verb} rõ rệt.")
    assert not DONE_STATE.search(f"Tiếp tục {verb} công tác an sinh xã hội.")
    assert not _bare_item(f"Công tác an sinh xã hội được {verb} trên địa bàn.")


@pytest.mark.parametrize("change", _cue_rows("done_change"))
@pytest.mark.parametrize("lead", ["có", "có nhiều", "có bước", "có nhiều bước"])
def test_done_state_reads_every_change_of_its_data(change, lead):
    from pipeline.components.tasks import DONE_STATE

    assert DONE_STATE.search(f"Phong trào thể dục thể thao {lead} {change} tích cực.")


def _endured_rows():
    from pipeline.resources import load_list

    return load_list("endured_verbs.txt")


@pytest.mark.parametrize("verb", _endured_rows())
def test_must_endure_is_no_request(verb):
    """"phải" before a verb of what is endured (resources/endured_verbs.txt, shared by the tasks and years components)
    tells a hardship borne: no task, and the year is reported, not planned."""
    from pipeline import extract

    text = (" date 2024-12\nHuyện tổng kết năm 2024.\n\nNăm 2024, huyện phải " + verb + " với nhiều khó khăn do thiên "
            "tai, dịch bệnh.")
    result = extract(text)
    assert result.tasks == []
    assert (result.report_year, result.plan_year) == (2024, None)


@pytest.mark.parametrize("text", [
    # a count of documents, then a comma and the next noun of the list: "kiến nghị, đề nghị" are both the documents
    # counted, no request (group AF yq2, yq4)
    " date 2022-12\nNăm 2022, Bộ đã tiếp nhận, trả lời 638 kiến nghị, đề nghị hướng dẫn nghiệp vụ của các bộ, ngành, "
    "địa phương.",
])
def test_documents_counted_in_a_list_ask_nothing(text):
    from pipeline import extract

    assert extract(text).tasks == []


@pytest.mark.parametrize("noun", _cue_rows("counted_document"))
def test_counted_documents_read_every_row_of_their_data(noun):
    """DOCUMENTS_COUNTED_BEFORE is built from task_cues.tsv (counted_document): documents counted right before a request
    word describe what they ask; the same word after a body still asks."""
    from pipeline.components.tasks import DOCUMENTS_COUNTED_BEFORE

    assert DOCUMENTS_COUNTED_BEFORE.search(f"Năm 2022, đơn vị đã ban hành 12 {noun} ")
    assert not DOCUMENTS_COUNTED_BEFORE.search("Năm 2022, Chủ tịch UBND tỉnh ")


@pytest.mark.parametrize("meeting", _cue_rows("meeting"))
def test_a_meetings_own_business_reads_every_row_of_its_data(meeting):
    """MEETINGS_OWN is built from task_cues.tsv (meeting): a plan noun that is a meeting's own ("nhiệm vụ của kỳ họp là
    …") names its agenda, no plan of the period; the plan of a year still is one."""
    from pipeline.components.tasks import MEETINGS_OWN

    assert MEETINGS_OWN.search(f"Một trong những nhiệm vụ quan trọng của {meeting} lần này là ")
    assert not MEETINGS_OWN.search("Nhiệm vụ trọng tâm của năm 2025 là ")


@pytest.mark.parametrize("label", _cue_rows("no_list_label"))
def test_no_list_labels_read_every_row_of_their_data(label):
    """The labels whose colon opens no list of tasks (task_cues.tsv, no_list_label) each close a plan sentence's words
    without opening a list: "… năm 2025 trên các lĩnh vực: A; B" names fields, "… - Ảnh: B" credits a photo."""
    from pipeline import extract

    text = (f" date 2024-12\nHuyện triển khai nhiệm vụ năm 2025 với nhiều nội dung, {label}: công tác quy hoạch đô thị; "
            "công tác quản lý đất đai; công tác bảo vệ môi trường.")
    assert extract(text).tasks == []


@pytest.mark.parametrize("sentence, leads_in", [
    # "có" and how many before a lead noun ("nội dung", "vấn đề"): what there is, a news round-up's items (group AC xq2)
    ("Khắp nơi trong tỉnh chiều nay có những nội dung đáng chú ý sau:", False),
    # before a plan noun it still announces the plan's items
    ("Năm 2026, ngành có các nhiệm vụ trọng tâm sau:", True),
    ("Hội nghị tập trung thảo luận một số nội dung sau:", True),
])
def test_what_there_is_leads_in_only_to_a_plan(sentence, leads_in):
    from pipeline.components.tasks import TaskExtractor

    assert TaskExtractor()._lead_in(sentence) is leads_in


@pytest.mark.parametrize("verb", _cue_rows("plans_counted_verb"))
def test_plans_counted_read_every_verb_of_their_data(verb):
    """_plans_counted_only is built from task_cues.tsv (plans_counted_verb, plan_noun, plan_count_noun): each verb
    before how many plan items were set makes an item naming none; a named task after the count still names one."""
    from pipeline.components.tasks import _plans_counted_only

    assert _plans_counted_only().fullmatch(f"{verb} 5 nhiệm vụ trọng tâm, 3 khâu đột phá và 10 giải pháp cụ thể.")
    assert not _plans_counted_only().fullmatch(f"{verb} nhiệm vụ trọng tâm là phát triển du lịch")
