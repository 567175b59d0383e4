"""Report year and plan year: constructions seen across the train articles, on invented texts.

Each example is ``(text, (report_year, plan_year))``: a short text in the style of Vietnamese
government news, written for this file (a text may start with the header line `` date YYYY-MM``,
the publication date). The construction each one stands for is named in its id; the train
articles that showed it are cited in ``pipeline/components/years.py`` and its resource files.
Known gaps are ``xfail(strict=True)``.
"""

from __future__ import annotations

import pytest

from pipeline import extract


def xfail(text, expected, *, id, reason):
    return pytest.param(text, expected, id=id, marks=pytest.mark.xfail(strict=True, reason=reason))


EXAMPLES = [
    # in August, nothing reported and the year of the date planned more than any later year (a programme for the next
    # year named once): the rest of that year is the plan (group AU zdi2)
    pytest.param(
        " date 2025-08-08 HĐND phường họp kỳ thứ hai\n\nNgày 8/8, HĐND phường họp kỳ thứ hai để bàn một số nhiệm vụ năm "
        "2025 và thời gian tiếp theo. Kỳ họp xem xét dự kiến chương trình giám sát của HĐND phường năm 2026.\n\nTheo đó, "
        "năm 2025, phường phấn đấu duy trì tăng trưởng kinh tế, phấn đấu tỷ lệ lao động nông nghiệp còn 3%.",
        (2025, 2025),
        id="date-year-planned-most-nothing-reported",
    ),
    # a rating given, the achievement it names capitalized in quotes ("được công nhận là đơn vị “Hoàn thành xuất sắc
    # nhiệm vụ” năm 2024"): the year reviewed, no slogan aiming at it (group AU zde1; lower case already so)
    pytest.param(
        "Năm qua, Hội Nông dân huyện đạt và vượt 8/8 chỉ tiêu trọng tâm và được công nhận là đơn vị “Hoàn thành xuất sắc "
        "nhiệm vụ” năm 2025 với những kết quả nổi bật: kết nạp 520 hội viên mới.",
        (2025, None),
        id="rating-in-capitals-names-the-year-reviewed",
    ),
    # an undated page telling of a year-end session ("Kỳ họp thường lệ cuối năm 2025") is dated by it: a year after it
    # is planned, whatever its cue in the headline ("… đầu tư một số dự án trong năm 2026"; group Y wm4)
    pytest.param(
        "HĐND phường xem xét quyết định đầu tư một số dự án trong năm 2026\n\nNgày 18/12, HĐND phường tổ chức Kỳ họp thứ "
        "4, Kỳ họp thường lệ cuối năm 2025. Kỳ họp thông qua Nghị quyết về Kế hoạch phát triển kinh tế - xã hội năm 2026."
        "\n\nNăm 2025, phường hoàn thành và hoàn thành vượt mức 12/12 chỉ tiêu đã đề ra.",
        (2025, 2026),
        id="year-end-session-dates-an-undated-page",
    ),
    # the last months of a named year told with "đã" are what those months did, no plan (train 731)
    pytest.param(
        " date 2023-12\nSáng 26/12, Bộ tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ 2024.\n\nTình "
        "trạng lao động mất việc diễn ra từ quý IV/2022 đã giảm trong những tháng cuối năm 2023; thu nhập của người lao "
        "động được cải thiện.",
        (2023, 2024),
        id="the-last-months-told-done-plan-nothing",
    ),
    # the term's targets with who set them between ("Mục tiêu mà Đảng bộ xã đề ra trong nhiệm kỳ 2025-2030 là …"): the
    # term's last year is planned, as "Mục tiêu nhiệm kỳ 2025-2030 là …" (fresh qg4)
    pytest.param(
        "Ngày 12/01/2025, Đảng bộ xã tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2025-2030.\n\nMục tiêu mà Đảng bộ xã đề "
        "ra trong nhiệm kỳ 2025-2030 là xây dựng xã nông thôn mới kiểu mẫu, nâng cao đời sống nhân dân.",
        (None, 2030),
        id="term-target-with-who-set-it",
    ),
    # an action programme carrying out a term's resolution ("triển khai chương trình hành động thực hiện Nghị quyết Đại
    # hội … nhiệm kỳ 2015-2020") plans the term from its start and reports none of it (fresh pm4, pm3)
    pytest.param(
        "Sáng 20-11, Thị ủy quán triệt, triển khai chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ thị xã lần "
        "thứ XII, nhiệm kỳ 2015 - 2020. Theo đó, thị xã phấn đấu đến năm 2020: thu ngân sách đạt 500 tỷ đồng; tỷ lệ hộ "
        "nghèo dưới 2%.",
        (None, 2020),
        id="action-programme-of-a-term-reports-none-of-it",
    ),
    # the site's date line over the headline ("Thứ bảy, ngày 23/11/2024") is no date of the article; its own date line
    # after the headline is (fresh mr03, fq03, kw01, je05, rb03); a law's date inside a line is none (train 058)
    pytest.param(
        "Thứ bảy, ngày 23/11/2024\n\nSở Y tế: Triển khai nhiệm vụ năm 2023\n\nThứ Ba 17/01/2023 15:04\n\nSáng ngày "
        "13/01/2023, Sở Y tế tổ chức tổng kết công tác y tế năm 2022 và triển khai nhiệm vụ năm 2023.\n\nNăm 2022, ngành "
        "y tế thực hiện tốt hoạt động chăm sóc sức khỏe nhân dân. Năm 2023, ngành y tế sẽ đẩy mạnh chuyển đổi số.",
        (2022, 2023),
        id="site-date-over-the-headline-is-not-the-article-date",
    ),
    # a year's sentence opening on the circumstances ("Năm 2023, với sự lãnh đạo, chỉ đạo tập trung của …, sự nỗ lực của
    # …, …"): "chỉ đạo", "tập trung" inside them plan nothing; the clause after them reports (fresh mu04)
    pytest.param(
        "Tập trung thực hiện các nhiệm vụ trọng tâm năm 2024\nNăm 2024, tỉnh phấn đấu tăng trưởng kinh tế đạt 7,5%\n\n"
        "Năm 2023, với sự lãnh đạo, chỉ đạo tập trung của các cấp ủy Đảng, sự nỗ lực của Nhân dân trong tỉnh, các hoạt "
        "động sản xuất duy trì ổn định. Kinh tế tiếp tục tăng trưởng khá; quốc phòng, an ninh được bảo đảm; các lĩnh vực "
        "văn hóa, xã hội có nhiều tiến bộ; đời sống của Nhân dân ngày càng được cải thiện, nâng cao.\n\nBan Chấp hành Đảng bộ tỉnh đã xây dựng phương hướng, nhiệm vụ công tác "
        "trọng tâm trong năm 2024, trong đó phấn đấu thu ngân sách đạt 19.500 tỷ đồng.",
        (2023, 2024),
        id="circumstances-of-a-year-plan-nothing",
    ),
    # "Nhìn lại năm 2022, …" looks back on the year reported (fresh lu02, iy01, wg04)
    pytest.param(
        "Nhìn lại năm 2022, hầu hết các chỉ tiêu chủ yếu của huyện đều đạt và vượt.\nNăm 2023 huyện phấn đấu đạt chuẩn "
        "nông thôn mới, xây dựng huyện trở thành thị xã trước năm 2025.",
        (2022, 2023),
        id="looking-back-on-a-year-reports-it",
    ),
    # "đề ra một số chỉ tiêu" sets a term's targets as "đề ra 16 chỉ tiêu" does (its last year planned); a year named
    # only as a deadline inside that term ("… vào năm 2027") is no year reported (fresh ku03); a deadline of the term
    # before, told at its congress, still is (fresh mf04)
    pytest.param(
        "Chiều 11/8, Đảng bộ xã tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.\n\nNhiệm kỳ qua, thu nhập bình "
        "quân đầu người đạt 47 triệu đồng.\n\nNhiệm kỳ 2025-2030, Đảng bộ xã đề ra một số chỉ tiêu chủ yếu, như: thu "
        "nhập bình quân đạt 75 triệu đồng/người/năm; xây dựng xã đạt chuẩn nông thôn mới nâng cao vào năm 2028.",
        (None, 2030),
        id="some-targets-of-the-term-and-a-deadline-inside-it",
    ),
    # the rest of the year reported planned inside its results ("phấn đấu đến cuối năm 2019 xã A đạt chuẩn …") leaves
    # the plan to a later year a sentence opens on with its aims ("Năm 2020, huyện phấn đấu …"; fresh im03)
    pytest.param(
        "Từ ngày 11 - 12/12, HĐND huyện tổ chức kỳ họp thứ 9.\n\nTrong năm 2019, tổng giá trị sản xuất trên địa bàn "
        "huyện ước thực hiện được 1.566 tỷ đồng, đạt trên 98% kế hoạch. Về nông thôn mới, phấn đấu đến cuối năm 2019 xã "
        "Tân Lập đạt chuẩn nông thôn mới.\n\nNăm 2020, huyện phấn đấu đạt giá trị sản xuất khoảng 1.800 tỷ đồng.",
        (2019, 2020),
        id="rest-of-year-reported-then-next-year-opens-its-aims",
    ),
    # the remaining months of the year reviewed opening a sentence of tasks ("6 tháng còn lại của năm 2021, Ban Chấp
    # hành … tập trung chỉ đạo …"): a direction for the rest of that year, as "6 tháng cuối năm" (fresh hi01, vb04, as04)
    pytest.param(
        "Sáu tháng đầu năm 2023, thu ngân sách của huyện đạt 48,6% dự toán. Những tháng còn lại của năm 2023, Ban "
        "Thường vụ Huyện ủy tập trung chỉ đạo đẩy nhanh tiến độ giải ngân vốn đầu tư công.",
        (2023, 2023),
        id="remaining-months-of-the-year-reviewed-direct",
    ),
    # undated, the one year named only as described ("năm 2023 có ý nghĩa rất quan trọng, là năm …") and directions
    # given: the year they are for, not a year reported (fresh ez01)
    pytest.param(
        "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12.\nKết luận hội nghị, đồng chí Bí thư Huyện ủy nhấn mạnh, năm 2023 "
        "có ý nghĩa rất quan trọng, là năm bản lề thực hiện các mục tiêu của nhiệm kỳ. Các cấp ủy cần tập trung lãnh "
        "đạo thực hiện hiệu quả các nhiệm vụ phát triển kinh tế - xã hội.",
        (None, 2023),
        id="undated-only-year-described-with-directions-plans",
    ),
    # "sự quyết tâm" is the resolve a result is owed to, no intent: "Với sự quyết tâm của cả hệ thống chính trị, đến hết
    # năm 2021, tổng thu … đạt …" reports 2021 (fresh bv03)
    pytest.param(
        "Với sự quyết tâm của cả hệ thống chính trị, đến hết năm 2021, tổng thu ngân sách trên địa bàn huyện đạt trên 170 "
        "tỷ đồng, bằng 127,6% kế hoạch.",
        (2021, None),
        id="the-resolve-as-a-noun-reports",
    ),
    # the year reviewed paired with the next one's tasks "triển khai thực hiện nhiệm vụ năm 2022": the frame, the next
    # year planned ("thực hiện nhiệm vụ" alone would report it; fresh bp01)
    pytest.param(
        "Ban Chỉ đạo tổ chức hội nghị tổng kết năm 2021 và triển khai thực hiện nhiệm vụ năm 2022.",
        (2021, 2022),
        id="review-paired-with-carrying-out-next-year",
    ),
    # an emulation launched names the year it is for: planned, whatever "đã" or "thực hiện nhiệm vụ" stands before it
    # (30 such mentions in train and fresh pages, each the plan year; fresh bl02)
    pytest.param(
        " date 2026-01-21 Ngày 20-1, UBND phường tổ chức hội nghị giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội.\n\n"
        "Tại hội nghị, UBND phường đã phát động phong trào thi đua thực hiện nhiệm vụ phát triển kinh tế - xã hội năm "
        "2026.",
        (None, 2026),
        id="emulation-launched-for-the-year",
    ),
    # two stamp lines over the article: the site's day of reading, then the article's own; the article's (the earlier)
    # dates it: a January article reviews the year before
    pytest.param(
        "Chủ nhật, 24/11/2024, 17:09[GMT+7]\n\nHội Nông dân tỉnh tổng kết công tác Hội\n\nThứ 5, 05/01/2023 | 17:38\n"
        "Sáng 5/1, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác Hội năm 2022, triển khai nhiệm vụ năm 2023. "
        "Trong năm, Hội vận động nông dân đóng góp 12 tỷ đồng xây dựng nông thôn mới.\n\nNăm 2023, Hội tiếp tục vận "
        "động hội viên tham gia phong trào “Tết vì người nghèo 2023”.",
        (2022, 2023),
        id="site-stamp-over-the-article-stamp",
    ),
    # the year's resolution reviewed, the next one drawn up ("Tổng kết Nghị quyết năm 2023, xây dựng Nghị quyết năm
    # 2024"): the frame of the article, the next year planned (fresh ab02)
    pytest.param(
        "Huyện ủy A: Tổng kết Nghị quyết năm 2023, xây dựng Nghị quyết năm 2024\nNgày 05/01, Ban Thường vụ Huyện ủy tổ "
        "chức hội nghị tổng kết Nghị quyết năm 2023, xây dựng Nghị quyết năm 2024. Năm 2023, huyện hoàn thành 20/22 chỉ "
        "tiêu.",
        (2023, 2024),
        id="resolution-reviewed-next-drawn-up",
    ),
    # a share of a year's plan reached ("…, đạt 126,5% kế hoạch năm 2023") reports that year; the next year's target
    # after it is planned
    pytest.param(
        "Sở Du lịch tỉnh cho biết, lượng khách đến tỉnh năm 2023 đạt 3,2 triệu lượt, gấp 2 lần cùng kỳ và đạt 126,5% kế"
        " hoạch năm 2023. Tổng thu từ khách du lịch đạt 4.100 tỷ đồng, đạt 121% kế hoạch năm 2023.\n\nGiám đốc Sở cho "
        "biết, năm 2024, tỉnh đặt mục tiêu đón 3,5 triệu lượt khách.",
        (2023, 2024),
        id="share-of-the-year-plan-reached-reports-it",
    ),
    # dated within the year it reviews part of, the coming period opening a sentence with who acts and a task verb
    # ("Thời gian tới, Thanh tra tỉnh tiếp tục …"): a direction, the rest of that year planned (fresh kc3)
    pytest.param(
        " date 2022-06\nNgày 3/6, tại kỳ họp thường kỳ tháng 5, Thanh tra tỉnh thông tin về công tác tiếp dân trong 5 "
        "tháng đầu năm 2022. Toàn tỉnh tiếp 2.058 lượt, tăng 10,7% so với cùng kỳ.\n\nThời gian tới, Thanh tra tỉnh "
        "tiếp tục tổ chức thực hiện nghiêm túc Chương trình hành động của UBND tỉnh.",
        (2022, 2022),
        id="coming-period-opening-with-task-verb",
    ),
    # dated in the first months of a year, the year before reported, this one described as a moment ("năm 2025, cuối
    # nhiệm kỳ, là thời điểm quan trọng …") and directions given: this year is planned (fresh jh3)
    pytest.param(
        " date 2025-02\nTại buổi gặp mặt doanh nghiệp, Chủ tịch UBND tỉnh chia sẻ kết quả năm 2024 với GRDP tăng 8,3%. "
        "Chủ tịch UBND tỉnh cho biết, năm 2025, cuối nhiệm kỳ, là thời điểm quan trọng để tăng tốc. Tỉnh đề nghị các "
        "doanh nghiệp tiếp tục đồng hành, đẩy mạnh đầu tư.",
        (2024, 2025),
        id="early-in-year-described-as-a-moment",
    ),
    # undated, the first half of a year reviewed, directions given for the period ahead named without a year ("trong
    # thời gian tới"): the rest of that year (fresh zf1; as a dated review of part of a year reads)
    pytest.param(
        "Phó Chủ tịch UBND tỉnh làm việc với Sở Công Thương\n\nSáng 12/7, đồng chí Phó Chủ tịch UBND tỉnh làm việc với "
        "Sở Công Thương về kết quả 6 tháng đầu năm 2024. Chỉ số sản xuất công nghiệp tăng 8,5% so với cùng kỳ. Đồng chí "
        "yêu cầu trong thời gian tới, Sở tập trung triển khai các giải pháp hoàn thành kế hoạch.",
        (2024, 2024),
        id="undated-half-year-reviewed-period-ahead",
    ),
    # undated, one year named, planned more than reported (the year's targets set, its tasks directed): that year is
    # planned, none reported; a month under review keeps its year reported (fresh yd2, sc4; train 033)
    pytest.param(
        "Ngành Y tế đặt mục tiêu tiêm chủng đầy đủ cho trẻ em trong năm 2022\n\nSáng 18/3, Phó Chủ tịch UBND tỉnh làm "
        "việc với Sở Y tế về thực hiện nhiệm vụ của ngành năm 2022.\n\nNăm 2022 ngành Y tế đặt mục tiêu 98% trẻ em dưới "
        "1 tuổi được tiêm chủng đầy đủ. Phó Chủ tịch UBND tỉnh yêu cầu ngành xây dựng kế hoạch chi tiết.",
        (None, 2022),
        id="one-year-planned-more-than-reported",
    ),
    # a year opening a clause after a comma is not the year of a plan noun before the comma ("Theo báo cáo … về nhiệm vụ
    # phát triển kinh tế - xã hội, năm 2017 thành phố vẫn giữ …": what the town did that year; fresh na02)
    pytest.param(
        "Theo báo cáo thẩm tra của Ban Kinh tế - Xã hội về nhiệm vụ phát triển kinh tế - xã hội, năm 2019 thị xã vẫn "
        "giữ mức ổn định, kinh tế tăng trưởng khá (7,1%).",
        (2019, None),
        id="comma-before-a-clause-opening-year",
    ),
    # all the year's targets reached ("tất cả các chỉ tiêu … năm 2015 cơ bản đều đạt và vượt") report it; a plan inside
    # a quote after the speaker's colon ("cho biết: “Năm 2016, toàn huyện đẩy mạnh …”") plans its year
    pytest.param(
        "Huyện Quỳnh Lâm tổng kết năm\n\nTP - Năm 2015, kinh tế huyện Quỳnh Lâm tiếp tục đạt mức tăng trưởng khá, văn hóa "
        "- xã hội có nhiều chuyển biến tích cực; tất cả các chỉ tiêu chủ yếu về kinh tế - xã hội năm 2015 cơ bản đều đạt "
        "và vượt kế hoạch đề ra. Tổng giá trị sản xuất ước đạt 8.110 tỷ đồng, tăng 7,36% so với năm 2014. Sản lượng "
        "lương thực đạt 104.851 tấn; sản lượng thủy sản đạt 57.952 tấn, tăng 4,81% so với năm 2014. Tổng thu ngân sách "
        "ước đạt 805 tỷ đồng, bằng 118,5% kế hoạch.\n\nChủ tịch UBND huyện Hoàng Văn Lai cho biết: “Năm 2016, toàn huyện "
        "đẩy mạnh phong trào xây dựng nông thôn mới; giữ vững ổn định chính trị”.",
        (2015, 2016),
        id="all-targets-reached-and-a-quoted-plan",
    ),
    # dated within the year it reviews part of, directions given and the period ahead named without a year ("phương
    # hướng, nhiệm vụ trong thời gian tới"): the rest of that year; no period ahead named, no plan year (as before)
    pytest.param(
        " date 2021-04 Sở tổ chức hội nghị đánh giá kết quả 3 tháng đầu năm 2021\n\nSáng 2/4, Sở tổ chức hội nghị đánh "
        "giá kết quả thực hiện nhiệm vụ 3 tháng đầu năm 2021 và phương hướng, nhiệm vụ trong thời gian tới. Phó Chủ "
        "tịch UBND tỉnh yêu cầu Sở tăng cường kỷ luật, kỷ cương hành chính.",
        (2021, 2021),
        id="part-of-year-reviewed-period-ahead-directed",
    ),
    pytest.param(
        " date 2021-04 Sở tổ chức hội nghị đánh giá kết quả 3 tháng đầu năm 2021\n\nSáng 2/4, Sở tổ chức hội nghị đánh "
        "giá kết quả thực hiện nhiệm vụ 3 tháng đầu năm 2021. Phó Chủ tịch UBND tỉnh đề nghị Sở tăng cường kỷ luật, "
        "kỷ cương hành chính.",
        (2021, None),
        id="part-of-year-reviewed-directed-no-period-ahead",
    ),
    # directions for a period opening the year after the article's date ("giai đoạn 2019-2020", dated 2018) plan that
    # year; no direction, no plan year
    pytest.param(
        " date 2018-10\nHội nghị Tỉnh ủy lần thứ 12:\n\nTập trung thực hiện thắng lợi Nghị quyết Đại hội\n\nTại hội nghị, Tỉnh ủy thống nhất chỉ đạo tiếp tục thực hiện quyết liệt các "
        "chỉ tiêu. Trong đó, giai đoạn 2019-2020 tốc độ tăng trưởng GRDP khoảng 9%.",
        (2018, 2019),
        id="period-opening-next-year-directed",
    ),
    pytest.param(
        " date 2018-10\nHội nghị Tỉnh ủy lần thứ 12:\n\nHội nghị nghe báo cáo về quy hoạch giai đoạn 2019-2020.",
        (None, None),
        id="period-opening-next-year-no-direction",
    ),
    # the coming year described ("Năm 2026 là năm có ý nghĩa quan trọng") and a direction, dated late in the year before:
    # the year directions are for; without a direction, no plan year
    pytest.param(
        " date 2025-12\nNgành Thuế tổng kết năm 2025\nNăm 2026 là năm có ý nghĩa quan trọng. Bộ trưởng chỉ đạo, ngành Thuế "
        "cần tập trung thu ngân sách ngay từ những ngày đầu năm. Năm 2025, số thu đạt 2.150.000 tỷ đồng.",
        (2025, 2026),
        id="coming-year-described-then-directed",
    ),
    pytest.param(
        " date 2025-12\nNgành Thuế tổng kết năm 2025\nNăm 2026 là năm có ý nghĩa quan trọng. Năm 2025, số thu đạt 2.150.000 "
        "tỷ đồng.",
        (2025, None),
        id="coming-year-described-no-direction",
    ),
    # the term opening a sentence, then its targets set: the term's end is planned (as "đề ra 17 chỉ tiêu trong nhiệm kỳ
    # 2025-2030")
    pytest.param(
        " date 2025-07\nĐại hội Đảng bộ xã lần thứ I\nNgày 22/7, Đảng bộ xã tổ chức Đại hội. Nhiệm kỳ 2020 - 2025, Đảng bộ xã "
        "đã lãnh đạo toàn diện nhiệm vụ chính trị. Nhiệm kỳ 2025 - 2030, Đảng bộ xã đề ra 17 chỉ tiêu, 5 nhiệm vụ trọng tâm. Trong đó, "
        "tập trung xây dựng đội ngũ cán bộ.",
        (2025, 2030),
        id="term-opening-then-targets-set",
    ),
    # … or a target set or aimed at, no determiner ("đặt mục tiêu", "hướng đến mục tiêu"; fresh ve3, ve5)
    pytest.param(
        " date 2025-08\nĐại hội Đảng bộ xã lần thứ I\nNgày 19/8, Đảng bộ xã tổ chức Đại hội. Nhiệm kỳ 2025-2030, Đảng bộ xã "
        "đặt mục tiêu tốc độ tăng trưởng tổng giá trị sản phẩm đạt 16,6%, thu nhập bình quân đầu người đạt 90 triệu đồng.",
        (None, 2030),
        id="term-opening-then-target-set-no-determiner",
    ),
    # (the set verb too, no determiner: "đề ra mục tiêu đưa … trở thành …"; fresh dl03)
    pytest.param(
        " date 2025-08\nĐại hội Đảng bộ phường lần thứ I\nNgày 12/8, Đảng bộ phường tổ chức Đại hội. Trong nhiệm kỳ 2025-2030, "
        "Đảng bộ phường đề ra mục tiêu đưa phường trở thành đô thị văn minh, 100% trường học đạt chuẩn quốc gia.",
        (None, 2030),
        id="term-opening-then-target-set-by-set-verb-no-determiner",
    ),
    # a December meeting reviewing its month plans the month next, January of the year after
    pytest.param(
        " date 2025-12\nUBND tỉnh họp phiên thường kỳ tháng 12/2025. Thu ngân sách tăng 10%. Tháng 1, các sở, ngành cần "
        "tập trung chăm lo Tết cho người dân.",
        (2025, 2026),
        id="december-reviewed-plans-january",
    ),
    # a month planned before the year's last two ("nhiệm vụ trong tháng 10") plans the rest of its year: a next year
    # named inside one of its tasks is no plan year (fresh wj1); a December or January planned may open the next
    pytest.param(
        " date 2020-10\nUBND thị xã giao ban tháng 10\nSáng 9/10, UBND thị xã giao ban định kỳ tháng 10/2020. 9 tháng, "
        "thu ngân sách đạt 80% dự toán. Để triển khai nhiệm vụ trong tháng 10, Chủ tịch UBND thị xã yêu cầu chuẩn bị "
        "tốt hội nghị tổng kết du lịch, chú trọng kế hoạch phát triển du lịch năm 2021.",
        (2020, 2020),
        id="month-planned-keeps-its-year",
    ),
    # a sentence opening on the month after the one reviewed plans that month, of the reviewed one's year (fresh ri5)
    pytest.param(
        " date 2024-02 Sáng 29/2, UBND huyện họp thường kỳ tháng 2/2024.\n\nThu ngân sách đạt 23% dự toán.\n\nTrong "
        "tháng 3, huyện tiếp tục chăm sóc lúa vụ Đông Xuân.",
        (2024, 2024),
        id="month-after-the-reviewed-one-plans-it",
    ),
    # the plan of a year told as achieved, a plan noun between ("đã hoàn thành xuất sắc các chỉ tiêu kế hoạch kinh doanh
    # năm 2020"), reports that year (fresh ei5)
    pytest.param(
        " date 2021-04 Chủ tịch UBND tỉnh biểu dương công ty đã hoàn thành xuất sắc các chỉ tiêu kế hoạch kinh doanh năm "
        "2020. Doanh số đạt 4.342 tỷ đồng, tăng 22% so với năm 2019.",
        (2020, None),
        id="plan-noun-then-cue-achieved",
    ),
    # undated, no year reported by name, figures compared with the same period of a year: the year after it is reported
    # (fresh ek5, sb5)
    pytest.param(
        "Theo số liệu thống kê, 6 tháng đầu năm, GRDP của tỉnh ước tăng 3,02% so với cùng kỳ năm 2023; tổng mức bán lẻ "
        "hàng hóa tăng 8,95% so với cùng kỳ năm 2023.",
        (2024, None),
        id="compared-with-the-same-period-of-a-year",
    ),
    # "trong những tháng cuối năm" in December: the months just past, no half-year planned
    pytest.param(
        " date 2025-12\nUBND tỉnh họp phiên thường kỳ tháng 11/2025. Kinh tế tăng trưởng tích cực trong những tháng cuối "
        "năm. Thu ngân sách tăng 10%.",
        (2025, None),
        id="late-months-in-december-are-past",
    ),
    # a target set ("đặt mục tiêu … trong năm 2026") plans the year, as "phấn đấu" does; a headline of that kind
    # had made 2026 the reported year of a January review of 2025
    pytest.param(
        " date 2026-01\nPhường An Lạc đặt mục tiêu tăng trưởng 10% trong năm 2026\nNgày 4/1, UBND phường triển khai "
        "nhiệm vụ năm 2026. Năm 2025, tổng thu ngân sách đạt 312 tỷ đồng, vượt 18,5% dự toán.",
        (2025, 2026),
        id="target-set-in-the-year-plans-it",
    ),
    # "Quý II, huyện tập trung …" after a review of the first quarter: the quarter ahead, of the year reviewed
    pytest.param(
        " date 2025-03\nGiao ban quý I\nNgày 28/3, Huyện ủy tổ chức hội nghị giao ban quý I năm 2025. Quý I, thu ngân "
        "sách đạt 30% dự toán. Quý II, huyện tập trung đẩy nhanh giải ngân vốn đầu tư công.",
        (2025, 2025),
        id="quarter-ahead-without-its-year",
    ),
    # "Năm nay, … phấn đấu" in January, the year before reviewed: the article's own year is planned
    pytest.param(
        " date 2026-01\nNgành Thuế tổng kết năm 2025\nNgày 12/1, Thuế tỉnh tổng kết công tác thuế năm 2025. Năm qua, "
        "tổng thu ngân sách đạt 12.500 tỷ đồng. Năm nay, ngành Thuế phấn đấu thu ngân sách đạt 13.800 tỷ đồng.",
        (2025, 2026),
        id="nam-nay-plans-in-january",
    ),
    # undated, a quarter of the year reviewed and directions given: the rest of that year is planned (fresh 31); with
    # no direction, none
    pytest.param(
        "Quý I năm 2021, huyện đã đạt nhiều kết quả nổi bật. Tổng thu ngân sách đạt 17,1% chỉ tiêu tỉnh giao.\nPhát "
        "biểu chỉ đạo, Bí thư Huyện ủy yêu cầu các cấp, các ngành tiếp tục tăng cường công tác phòng, chống dịch.",
        (2021, 2021),
        id="quarter-reviewed-undated-then-directions",
    ),
    pytest.param(
        "Quý I năm 2021, huyện đã đạt nhiều kết quả nổi bật. Tổng thu ngân sách đạt 17,1% chỉ tiêu tỉnh giao.",
        (2021, None),
        id="quarter-reviewed-undated-no-direction",
    ),
    # an anniversary's span of dates in the headline ("(26/12/1961-26/12/2014)"): its first date is no date of the
    # article (fresh 23)
    pytest.param(
        "Hội nghị kỷ niệm Ngày Dân số Việt Nam (26/12/1961-26/12/2014) và tổng kết công tác dân số năm 2014.\n"
        "Trong năm 2014, công tác dân số của tỉnh đạt nhiều kết quả.\nNăm 2015, Chi cục tiếp tục nâng cao chất lượng "
        "dịch vụ dân số.",
        (2014, 2015),
        id="anniversary-span-of-dates",
    ),
    pytest.param(  # (no comma after "Năm nay": fresh 26)
        " date 2026-01\nCông ty Cấp nước tổng kết năm 2025\nNgày 12/1, Công ty tổng kết công tác năm 2025. Năm 2025, "
        "doanh thu đạt 400 tỷ đồng. Năm nay công ty phấn đấu doanh thu đạt 450 tỷ đồng.",
        (2025, 2026),
        id="nam-nay-without-comma-plans-in-january",
    ),
    pytest.param(
        " date 2026-01\nNgành Thuế tổng kết năm 2025\nNgày 12/1, Thuế tỉnh tổng kết công tác thuế năm 2025. Năm qua, "
        "tổng thu ngân sách đạt 12.500 tỷ đồng. Năm nay, thời tiết thuận lợi hơn.",
        (2025, None),
        id="nam-nay-without-a-plan-verb",
    ),
    # the second half-year under review (a commune formed at mid-year reviews its first six months), the next year
    # planned; "triển khai nhiệm vụ 6 tháng cuối năm" still plans the rest of the year
    pytest.param(
        " date 2025-12\nXã Đông Thành tổng kết công tác 6 tháng cuối năm 2025\nNgày 20/12, Đảng ủy xã tổ chức hội nghị "
        "tổng kết công tác 6 tháng cuối năm 2025, triển khai phương hướng, nhiệm vụ năm 2026. Năm 2026, xã phấn đấu "
        "thu ngân sách đạt 50 tỷ đồng.",
        (2025, 2026),
        id="second-half-year-reviewed",
    ),
    pytest.param(
        " date 2025-07\nSơ kết 6 tháng đầu năm\nNgày 10/7/2025, UBND xã sơ kết công tác 6 tháng đầu năm, triển khai "
        "nhiệm vụ 6 tháng cuối năm 2025. Trong 6 tháng cuối năm 2025, xã tập trung thu ngân sách.",
        (2025, 2025),
        id="second-half-year-planned",
    ),
    # a January article reviewing "năm qua" and deploying "năm tới" without naming either: the year before is reported
    pytest.param(
        " date 2026-01\nHuyện đoàn tổng kết công tác Đoàn\nSáng 5/1, Huyện đoàn tổ chức hội nghị tổng kết công tác Đoàn "
        "năm qua, triển khai nhiệm vụ năm tới. Thời gian tới, Huyện đoàn tiếp tục đẩy mạnh chuyển đổi số.",
        (2025, 2026),
        id="january-review-of-the-year-past-unnamed",
    ),
    pytest.param(
        " date 2026-01\nHuyện đoàn ra quân tình nguyện\nSáng 5/1, Huyện đoàn ra quân Tháng Thanh niên. Năm tới, Huyện "
        "đoàn tiếp tục đẩy mạnh chuyển đổi số.",
        (None, 2026),
        id="january-plan-without-a-review",
    ),
    # "building on the results achieved, (in) year X, …" plans X; the results "của năm X" are X's (train 115, 617; set AZ)
    pytest.param(
        "Năm 2023, huyện Krông Bông thu ngân sách đạt 105% dự toán. Phát huy những kết quả đã đạt được trong năm qua, "
        "năm 2024, huyện đã sớm chỉ đạo các xã phấn đấu giảm 3% tỷ lệ hộ nghèo.",
        (2023, 2024),
        id="building-on-results-plans-the-year-after",
    ),
    pytest.param(
        "Năm 2023, huyện thu ngân sách đạt 105% dự toán. Phát huy những kết quả đạt được, trong năm 2024, huyện "
        "tập trung chỉ đạo phát triển nông nghiệp.",
        (2023, 2024),
        id="building-on-results-trong-nam",
    ),
    # a plan under review ("đánh giá kết quả thực hiện phương hướng, nhiệm vụ năm X") reports X
    pytest.param(
        " date 2024-12\nHội nghị đánh giá kết quả thực hiện phương hướng, nhiệm vụ năm 2024 và triển khai "
        "nhiệm vụ năm 2025.",
        (2024, 2025),
        id="plan-under-review-reports",
    ),
    pytest.param(
        " date 2025-12\nĐảng ủy phường An Khê đánh giá tình hình thực hiện nhiệm vụ 6 tháng cuối năm 2025 và "
        "bàn phương hướng, nhiệm vụ năm 2026.",
        (2025, 2026),
        id="second-half-under-review-reports",
    ),
    # the first months of a year under review plan its rest only when the article names the rest
    pytest.param(
        " date 2025-09\nTrong 8 tháng đầu năm 2025, huyện Yên Lạc thu ngân sách đạt 70% dự toán. "
        "Những tháng cuối năm, các ngành cần rà soát, đôn đốc thu nợ thuế.",
        (2025, 2025),
        id="first-months-reviewed-rest-named",
    ),
    pytest.param(
        " date 2025-09\nTrong 8 tháng đầu năm 2025, huyện Yên Lạc thu ngân sách đạt 70% dự toán. "
        "Các ngành cần rà soát, đôn đốc thu nợ thuế.",
        (2025, None),
        id="first-months-reviewed-rest-unnamed",
    ),
    # the year planned after the reported one wins over stray plan votes for the reported year
    pytest.param(
        " date 2021-12\nHuyện Mường Tè tổ chức hội nghị tổng kết công tác năm 2021, triển khai nhiệm vụ năm 2022.\n\n"
        "Năm 2021, huyện có 19/21 chỉ tiêu đạt và vượt kế hoạch đề ra.",
        (2021, 2022),
        id="later-planned-year-beats-reported-year",
    ),
    # "Năm 2023, … có 18/20 chỉ tiêu đạt … đề ra": a result before the verb of intention reports
    pytest.param(
        "Năm 2023, xã Tân Lập có 18/20 chỉ tiêu đạt và vượt kế hoạch đề ra. Hội nghị bàn giải pháp cho năm 2024 "
        "và đề nghị các thôn tập trung phát triển sản xuất.",
        (2023, 2024),
        id="nam-X-result-before-de-ra-reports",
    ),
    # "trong năm" right after a plan cue plans
    pytest.param(
        "Kỳ họp đánh giá kết quả thực hiện nhiệm vụ trong năm 2022 và xác định các chỉ tiêu, nhiệm vụ trọng tâm "
        "trong năm 2023.",
        (2022, 2023),
        id="nhiem-vu-trong-tam-trong-nam-plans",
    ),
    # launching the next year's emulation drive
    pytest.param(
        "Sáng 12/1, huyện tổ chức hội nghị tổng kết phong trào thi đua năm 2021, phát động phong trào thi đua "
        "yêu nước năm 2022.",
        (2021, 2022),
        id="phat-dong-thi-dua-plans",
    ),
    # a term looked back on, its clause opened by the term: reports the term's last year
    pytest.param(
        " date 2020-06\nNhiệm kỳ 2015-2020, Đảng bộ thị trấn đã lãnh đạo nhân dân vượt qua nhiều khó khăn, "
        "thu nhập bình quân tăng 1,5 lần.",
        (2020, None),
        id="nhiem-ky-opening-clause-with-da-reports",
    ),
    # targets for a named year set by a congress, nothing nearer planned
    pytest.param(
        " date 2025-08\nĐại hội Đảng bộ xã Hòa Bình lần thứ I, nhiệm kỳ 2025-2030 thành công tốt đẹp. "
        "Xã phấn đấu đến năm 2030 đạt chuẩn nông thôn mới kiểu mẫu.",
        (None, 2030),
        id="phan-dau-den-nam-X-plans-X",
    ),
    # targets set "đến năm X" by a plan noun, or "đến cuối năm X" (seventh round)
    pytest.param(
        " date 2025-08\nĐại hội Đảng bộ xã Hòa Bình lần thứ I, nhiệm kỳ 2025-2030 thành công tốt đẹp. "
        "Đại hội xác định một số chỉ tiêu cụ thể đến năm 2030: thu ngân sách đạt 200 tỷ đồng; tỷ lệ hộ nghèo dưới 1%.",
        (None, 2030),
        id="chi-tieu-den-nam-X-plans-X",
    ),
    pytest.param(
        " date 2025-08\nĐại hội Đảng bộ phường An Bình lần thứ I, nhiệm kỳ 2025-2030 thành công tốt đẹp. "
        "Phường phấn đấu đến cuối năm 2030 không còn hộ nghèo.",
        (None, 2030),
        id="phan-dau-den-cuoi-nam-X-plans-X",
    ),
    # the rest of the year with no year named ("từ nay đến cuối năm"), late in the year reported: that year
    pytest.param(
        " date 2023-11\nXã Bình An đánh giá kết quả thực hiện nhiệm vụ năm 2023. Đến nay, xã đạt 11/14 chỉ tiêu; "
        "từ nay đến cuối năm, xã phải vận động thêm 1.400 người tham gia bảo hiểm y tế.",
        (2023, 2023),
        id="rest-of-year-unnamed-plans-this-year",
    ),
    # targets set for a term ("đề ra các mục tiêu phấn đấu trong nhiệm kỳ 2025-2030 như: …") plan its last year
    pytest.param(
        " date 2025-08\nĐại hội Đảng bộ xã Hòa Bình lần thứ I thành công tốt đẹp. Đại hội đã đề ra các mục tiêu phấn "
        "đấu trong nhiệm kỳ 2025-2030 như: thu ngân sách đạt 300 tỷ đồng; tỷ lệ hộ nghèo giảm còn 1%.",
        (None, 2030),
        id="targets-set-for-a-term-plan-its-end",
    ),
    # ... or the term's plan stated, then what it is ("phương hướng nhiệm kỳ 2025 – 2030: …", "hai khâu đột phá trong
    # nhiệm kỳ 2025-2030 là …"; fresh oc04, oc05, tb05); the plan merely named in a drafting meeting is none
    pytest.param(
        " date 2025-08\nĐại hội Đảng bộ xã Hòa Bình lần thứ I thành công tốt đẹp. Đại hội xác định phương hướng nhiệm kỳ "
        "2025 – 2030: Nâng cao năng lực lãnh đạo của Đảng bộ; phát triển kinh tế nông nghiệp hàng hóa.",
        (None, 2030),
        id="term-plan-then-its-content-plans-its-end",
    ),
    pytest.param(
        " date 2025-08\nĐại hội Đảng bộ xã Hòa Bình lần thứ I thành công tốt đẹp. Ba khâu đột phá trong nhiệm kỳ 2025-2030 "
        "là phát triển hạ tầng giao thông, chuyển đổi số và cải cách hành chính.",
        (None, 2030),
        id="term-breakthroughs-plan-its-end",
    ),
    pytest.param(
        " date 2025-05\nTiểu ban Văn kiện họp góp ý dự thảo Báo cáo chính trị, tập trung làm rõ phương hướng, mục tiêu chủ "
        "yếu trong nhiệm kỳ 2025 – 2030; bổ sung một số nội dung.",
        (None, None),
        id="term-plan-merely-named-plans-nothing",
    ),
    # a mid-year review naming the period ahead in the central provinces' words ("thời gian đến" for "thời gian tới"):
    # the rest of the year reviewed (fresh vb05)
    pytest.param(
        " date 2025-06\nTỉnh ủy đánh giá tình hình các mặt công tác 6 tháng đầu năm 2025, xác định một số nhiệm vụ trọng "
        "tâm thời gian đến. Tổng thu ngân sách 6 tháng đầu năm 2025 đạt 52,8% dự toán. Bí thư Tỉnh ủy đề nghị các cấp "
        "tập trung hoàn thành các chỉ tiêu.",
        (2025, 2025),
        id="mid-year-review-thoi-gian-den-plans-its-rest",
    ),
    # a "TP." abbreviation after a leading year ends no sentence: the plan verb after it still votes (fresh og03)
    pytest.param(
        " date 2019-01\nHội nghị triển khai công tác năm 2019.\nNăm 2019, Công an TP. Cam Ranh tập trung nâng cao chất "
        "lượng công tác tham mưu.",
        (None, 2019),
        id="abbreviation-dot-ends-no-sentence",
    ),
    # ... from the 2025-2030 terms on: the annotators gave the 2020-2025 congresses' targets no plan year
    pytest.param(
        " date 2020-06\nĐại hội Đảng bộ xã Hòa Bình lần thứ XIII thành công tốt đẹp. Đại hội thống nhất đề ra 18 chỉ "
        "tiêu chủ yếu cho nhiệm kỳ 2020 - 2025, trong đó: thu ngân sách đạt 30 tỷ đồng; tỷ lệ hộ nghèo dưới 2%.",
        (None, None),
        id="targets-of-a-2020-term-no-plan-year",
    ),
    # ... but a term ending after 2025 (a council's or a mass organization's, "nhiệm kỳ 2021 - 2026") plans its end,
    # as a 2025-2030 term does (fresh ko03)
    pytest.param(
        " date 2021-04\nĐại hội Hội Phụ nữ xã thành công tốt đẹp. Đại hội đề ra 8 chỉ tiêu chủ yếu cho nhiệm kỳ 2021 - "
        "2026, trong đó: thu hút 90% phụ nữ vào tổ chức Hội; hằng năm giúp 10 hộ thoát nghèo.",
        (None, 2026),
        id="targets-of-a-2021-2026-term-plan-its-end",
    ),
    # ... as a sentence opening on that term, then the body's directions, does (fresh vg03, bx02, ek01, fk02, fk03)
    pytest.param(
        "Đại hội Đoàn TNCS Hồ Chí Minh huyện lần thứ XV, nhiệm kỳ 2022 - 2027.\n\nNhiệm kỳ 2022 - 2027, Huyện đoàn tập "
        "trung nâng cao chất lượng tổ chức cơ sở đoàn; xung kích tham gia xây dựng nông thôn mới.",
        (None, 2027),
        id="term-opening-then-directions-plans-its-end",
    ),
    # a goal year inside the sentence of a term that is not dated itself ("Nhiệm kỳ 2018 - 2023, … phấn đấu đến năm 2023
    # có thêm …") still plans that year (fresh ln04)
    pytest.param(
        "Liên minh Hợp tác xã tỉnh tổ chức Đại hội lần thứ V, nhiệm kỳ 2018 - 2023.\n\nNhiệm kỳ 2018 - 2023, Liên minh "
        "HTX tỉnh phấn đấu đến năm 2023 có thêm 150 HTX được thành lập mới; xây dựng 20 mô hình HTX kiểu mới.",
        (None, 2023),
        id="goal-inside-an-undated-terms-sentence",
    ),
    pytest.param(
        " date 2025-09\nĐại hội biểu quyết thông qua Nghị quyết.\n\nĐến năm 2030, thu nhập bình quân đầu người "
        "đạt 90 triệu đồng.",
        (None, 2030),
        id="den-nam-X-opening-sentence-plans-X",
    ),
    pytest.param(
        "Đại hội thông qua các chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025, trong đó: tăng trưởng bình quân 10%/năm; "
        "đến năm 2025, thu nhập bình quân đầu người đạt 70 triệu đồng.",
        (None, 2025),
        id="den-nam-X-opening-clause-after-semicolon",
    ),
    # the rest of a named year planned
    pytest.param(
        "UBND huyện họp đánh giá tình hình kinh tế - xã hội năm 2023. Chủ tịch huyện đề nghị từ nay đến cuối "
        "năm 2023 các xã rà soát các chỉ tiêu chưa đạt; các ngành tham mưu giải pháp cho các chỉ tiêu năm 2024.",
        (2023, 2023),
        id="tu-nay-den-cuoi-nam-X-plans-X",
    ),
    # a review of part of a year that states no task for the rest of it plans nothing
    pytest.param(
        " date 2022-06\nKết quả 6 tháng đầu năm 2022, thu ngân sách trên địa bàn đạt 61% dự toán, "
        "tổng mức bán lẻ hàng hóa tăng 8%.",
        (2022, None),
        id="mid-year-review-without-directions",
    ),
    # a monthly session named without its year, dated: that year; the next month's tasks plan it
    pytest.param(
        " date 2023-09\nUBND tỉnh họp phiên thường kỳ tháng 9 để đánh giá tình hình kinh tế - xã hội. "
        "Chủ tịch UBND tỉnh yêu cầu các sở đẩy nhanh giải ngân vốn đầu tư công.",
        (2023, 2023),
        id="bare-month-session-dated",
    ),
    pytest.param(
        " date 2017-02\nSáng 24/2, UBND huyện họp đánh giá kết quả tháng 2 và bàn phương hướng, "
        "nhiệm vụ tháng 3.2017.",
        (2017, 2017),
        id="phuong-huong-nhiem-vu-thang-M-dot-Y",
    ),
    # the coming year, named with no cue in an article dated before it
    pytest.param(
        " date 2018-12\nTrong năm 2018, thu ngân sách đạt 5.200 tỉ đồng. Dự kiến thu ngân sách năm 2019 "
        "đạt 5.800 tỉ đồng.",
        (2018, 2019),
        id="coming-year-named-plans",
    ),
    # plans without naming the year
    pytest.param(
        " date 2023-12\nHội nghị tổng kết công tác năm 2023 của ngành giáo dục. Về nhiệm vụ năm tới, "
        "đồng chí Giám đốc đề nghị các trường nâng cao chất lượng dạy và học.",
        (2023, 2024),
        id="nhiem-vu-nam-toi-plans-next",
    ),
    # a December session adopting resolutions with no year named plans none (the rule that planned the next year
    # was dropped in the tenth round: its train articles name their plan year, and it cost val a document)
    pytest.param(
        " date 2022-12\nNgày 14/12, HĐND huyện tổ chức kỳ họp thứ 9 để đánh giá kết quả năm 2022. "
        "Kỳ họp đã biểu quyết thông qua các nghị quyết về dự toán ngân sách và kế hoạch đầu tư công.",
        (2022, None),
        id="december-session-adopting-resolutions-names-no-year",
    ),
    pytest.param(
        " date 2021-10\nMục tiêu của huyện là năm sau cao hơn năm trước. Năm 2021, huyện có 15 xã đạt chuẩn. "
        "Huyện đề nghị các xã tiếp tục phấn đấu trong năm tới.",
        (2021, 2022),
        id="nam-toi-plans-next-not-nam-sau-cao-hon",
    ),
    # a site's time stamp near the top dates the article
    pytest.param(
        "Sơ kết công tác thu ngân sách\n\n18/07/2019 - 08:30\n\nSơ kết 6 tháng đầu năm, huyện thu ngân sách đạt "
        "55% dự toán. Chủ tịch huyện yêu cầu các xã tập trung thu ngân sách 6 tháng cuối năm.",
        (2019, 2019),
        id="time-stamp-dates-the-article",
    ),
    # a date written out does not vote; "đạt yêu cầu" is no request
    pytest.param(
        " date 2020-10\nĐại hội Đảng bộ tỉnh diễn ra từ ngày 12 đến ngày 14 tháng 10 năm 2020, đạt yêu cầu đề ra. "
        "Trong nhiệm kỳ 2015-2020, tỉnh đã hoàn thành 20/22 chỉ tiêu.",
        (2020, None),
        id="written-out-date-and-dat-yeu-cau",
    ),
    pytest.param(
        "Hội nghị tổng kết năm 2022 diễn ra ngày 5 tháng 1 năm 2023, đạt yêu cầu đề ra.",
        (2022, None),
        id="written-out-date-is-no-plan-year",
    ),
    # resolve inside a sentence that began in the past tense
    pytest.param(
        "Hội nghị đã thông qua chương trình công tác với 10 chỉ tiêu cụ thể phấn đấu thực hiện trong năm 2026.",
        (None, 2026),
        id="phan-dau-trong-nam-after-da-thong-qua",
    ),
    # an objective met is reported
    pytest.param(
        "Năm qua, thành phố cơ bản hoàn thành mục tiêu tổng quát năm 2023, đời sống người dân được nâng lên.",
        (2023, None),
        id="co-ban-hoan-thanh-muc-tieu-nam-X-reports",
    ),
    # a 2025-2030 term opening the sentence, then what is striven for: its end is planned (only after the term opens
    # the sentence: a broader term-end rule had cost val a document)
    pytest.param(
        " date 2025-07\nĐại hội Đảng bộ phường lần thứ I. Nhiệm kỳ 2025 - 2030, Đảng bộ phấn đấu thực hiện "
        "15 chỉ tiêu chủ yếu.",
        (None, 2030),
        id="nhiem-ky-phan-dau-targets-term-end",
    ),
    # known gaps
    xfail(
        " date 2021-12\nHội nghị tổng kết công tác năm 2021. Thời gian tới, huyện cần tập trung phát triển "
        "nông nghiệp hàng hóa.",
        (2021, 2022),
        id="thoi-gian-toi-year-end",
        reason="gives (2021, None): 'thời gian tới' is often no plan (train 122, 615), left alone",
    ),
]

# the year just closed opens a sentence of results; a day results are counted to reports its year
EXAMPLES += [
    pytest.param(
        " date 2024-01\nSáng 17/1, Bảo hiểm xã hội tỉnh tổ chức hội nghị triển khai công tác năm 2024.\n\n"
        "Kết thúc năm 2023, toàn ngành đã hoàn thành chỉ tiêu phát triển người tham gia bảo hiểm y tế.",
        (2023, 2024),
        id="ket-thuc-nam-reports",
    ),
    # a review of a year's plan whose subject runs long: its year is reported; not across another year
    pytest.param(
        " date 2026-01\nChiều 9/1, UBND thành phố tổ chức hội nghị tổng kết Kế hoạch phát triển kinh tế - xã hội, thu - "
        "chi ngân sách, giải ngân vốn đầu tư công năm 2025; triển khai phương hướng, nhiệm vụ năm 2026.",
        (2025, 2026),
        id="review-far-before-the-year",
    ),
    pytest.param(
        " date 2021-12\nĐến 30/11/2021, tổng nguồn vốn huy động của chi nhánh đạt 8.357 tỷ đồng, tăng 7% so với đầu năm.",
        (2021, None),
        id="day-cutoff-reports",
    ),
    pytest.param(
        " date 2020-08\nTrong 3 ngày, từ ngày 4 đến 6/8/2020, Đảng bộ huyện tổ chức Đại hội đại biểu lần thứ XI, nhiệm kỳ "
        "2020 - 2025.",
        (None, None),
        id="event-days-are-no-cutoff",
    ),
    pytest.param(
        " date 2016-01\nDư nợ của Ngân hàng Chính sách xã hội huyện đến 31/12/2015 đạt gần 177 tỷ đồng, nợ quá hạn giảm.",
        (2015, None),
        id="day-cutoff-year-before-the-date",
    ),
    # the one year named, undated, is the last of the term the congress sets targets for: planned, not reported
    # (set AN); a lone year that ends no term is still what the article reports
    pytest.param(
        "Đại hội Đảng bộ xã Tân Phú lần thứ I, nhiệm kỳ 2025-2030 đề ra 18 chỉ tiêu chủ yếu. Trong đó, tốc độ tăng "
        "trưởng bình quân đạt 9%; thu nhập bình quân đầu người năm 2030 đạt 95 triệu đồng.",
        (None, 2030),
        id="lone-year-ending-the-term-is-its-target",
    ),
    pytest.param(  # "Trong nhiệm kỳ …" setting targets looks ahead, it reports nothing
        "Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025-2030 khai mạc sáng nay.\nTrong nhiệm kỳ 2025-2030, "
        "tỉnh đặt mục tiêu tăng trưởng kinh tế hai con số. GRDP bình quân đầu người năm 2030 đạt 8.000 USD.",
        (None, 2030),
        id="term-opening-with-targets-set-reports-nothing",
    ),
    # a resolution put to work ("triển khai Nghị quyết … năm 2020") is the year planned (set AL); one under review
    # ("đánh giá kết quả triển khai Nghị quyết … năm 2019") is reported
    pytest.param(
        "Ngày 16-1, UBND huyện Tân Phú tổ chức hội nghị triển khai Nghị quyết HĐND huyện về phát triển kinh tế - xã "
        "hội năm 2020. Năm 2020, huyện phấn đấu thu ngân sách đạt 500 tỷ đồng.",
        (None, 2020),
        id="resolution-put-to-work-plans",
    ),
    pytest.param(
        " date 2020-01\nHội nghị đánh giá kết quả triển khai Nghị quyết HĐND huyện về phát triển kinh tế - xã hội "
        "năm 2019.",
        (2019, None),
        id="resolution-put-to-work-under-review-reports",
    ),
    # a sentence opening on a month with its year tells what was done in it; undated, the months named without a
    # year are of that year (set AO); not a month long past
    pytest.param(
        "UBND huyện họp đánh giá kết quả tháng 10, triển khai nhiệm vụ tháng 11.\nTháng 10/2024, UBND huyện đã tập "
        "trung chỉ đạo thu ngân sách. Nhiệm vụ tháng 11 tập trung rà soát tiến độ các dự án.",
        (2024, 2024),
        id="opening-month-with-its-year-undated",
    ),
    pytest.param(
        " date 2022-10\nĐảng bộ xã kỷ niệm 60 năm ngày thành lập.\nTháng 10-1962, Đảng bộ xã được thành lập với 53 "
        "đảng viên. Đến nay Đảng bộ có 279 đảng viên.",
        (None, None),
        id="opening-month-long-past",
    ),
    # the results of what the second half did are reported, the year after it is planned (set AO)
    pytest.param(
        " date 2020-11\nUBND huyện họp phiên thường kỳ tháng 11. Hội nghị nghe dự thảo báo cáo tình hình thực hiện "
        "nhiệm vụ năm 2020, phương hướng nhiệm vụ năm 2021; báo cáo kết quả giải quyết kiến nghị của cử tri 6 tháng "
        "cuối năm 2020.",
        (2020, 2021),
        id="results-of-the-second-half-reported",
    ),
    # a conference deploying tasks with no year named, in January after the year reported: the new year's (set AQ);
    # a description of the year past deploys nothing
    pytest.param(
        " date 2022-01\nBộ tổ chức Hội nghị triển khai nhiệm vụ lao động, người có công và xã hội. Năm 2021, toàn ngành đã "
        "nỗ lực hoàn thành nhiệm vụ. Phó Thủ tướng yêu cầu toàn ngành cần chăm lo người dân đón Tết an toàn.",
        (2021, 2022),
        id="deployment-conference-unnamed-year",
    ),
    pytest.param(
        " date 2021-01\nNăm 2020, toàn huyện triển khai thực hiện nhiệm vụ trong bối cảnh nhiều khó khăn; thu ngân sách "
        "đạt 256 tỷ đồng.",
        (2020, None),
        id="deploying-described-in-the-year-past",
    ),
    pytest.param(
        "Năm 2024, xã Tân Phú thu ngân sách đạt 30 tỷ đồng, tỷ lệ hộ nghèo còn 1,2%.",
        (2024, None),
        id="lone-year-ending-no-term-is-reported",
    ),
    # the review of one year paired with the plan of the next, whatever plan word stands before the first
    pytest.param(
        "Đảng ủy xã Hòa Bình tổ chức Hội nghị tổng kết nhiệm vụ chính trị năm 2025, triển khai nhiệm vụ năm 2026. "
        "Bí thư Đảng ủy đề nghị các chi bộ tập trung lãnh đạo phát triển sản xuất.",
        (2025, 2026),
        id="year-paired-with-next-years-plan-comma",
    ),
    pytest.param(
        "Hội nghị nhằm đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh, "
        "công tác kiểm tra, giám sát năm 2021, phương hướng, nhiệm vụ năm 2022.",
        (2021, 2022),
        id="year-paired-with-next-years-plan-long-list",
    ),
    # a count of resolutions adopted for a year plans it, as "thông qua các nghị quyết" does (set AW)
    pytest.param(
        "Tại kỳ họp, HĐND tỉnh thảo luận, biểu quyết thông qua 21 Nghị quyết liên quan đến phát triển kinh tế - xã "
        "hội năm 2023. Tỉnh đã trải qua năm 2022 với nhiều khó khăn.",
        (None, 2023),
        id="count-of-resolutions-adopted-plans",
    ),
    # targets "đạt (và vượt) kế hoạch năm X": the plan of X reached, X reported (set AV)
    pytest.param(
        "Chư Pă: Nhiều chỉ tiêu kinh tế - xã hội đạt và vượt kế hoạch năm 2023\nHội nghị đánh giá, các chỉ tiêu đều đạt.",
        (2023, None),
        id="plan-of-the-year-reached-reports",
    ),
    # "Trong năm X, … tập trung/tiếp tục …" reports X, unless the article reports X - 1: then it plans X (train 614,
    # 720, sets AR, AV)
    pytest.param(
        "Hội nghị đánh giá, năm 2023 phần lớn các chỉ tiêu kinh tế - xã hội của huyện đều đạt, vượt kế hoạch; thu ngân "
        "sách đạt 120 tỷ đồng.\nTrong năm 2024, huyện tập trung thực hiện có hiệu quả đề án phát triển sản xuất nông "
        "nghiệp.",
        (2023, 2024),
        id="trong-nam-after-the-year-reported-plans",
    ),
    pytest.param(
        "Trong năm 2023, ngành y tế tỉnh tiếp tục củng cố hệ thống y tế cơ sở; tỷ lệ tham gia bảo hiểm y tế đạt 92%.",
        (2023, None),
        id="trong-nam-alone-reports",
    ),
    # undated, the year after the one reported, described ("Năm 2021 là năm …"), is the plan year (set AV, train 738)
    pytest.param(
        "Năm 2021 là năm khôi phục tăng trưởng và đẩy mạnh phát triển kinh tế\nNăm 2020, thành phố đối mặt với nhiều "
        "khó khăn; tổng sản phẩm giảm 9,77% so với năm 2019.\nHội nghị đề nghị các cấp ủy tiếp tục nâng cao năng lực "
        "lãnh đạo, tăng cường kỷ luật, kỷ cương.",
        (2020, 2021),
        id="next-year-described-is-planned",
    ),
    # a leading year and a count of targets, nothing reached: the targets set for that year (train 709)
    pytest.param(
        " date 2021-01\nNăm 2020, ngành đã hoàn thành các nhiệm vụ được giao.\nNăm 2021, với 10 chỉ tiêu trên các lĩnh "
        "vực. Trong đó, phấn đấu tỷ lệ lao động qua đào tạo đạt 71%; giảm tỷ lệ hộ nghèo 0,5%.",
        (2020, 2021),
        id="leading-year-with-targets-counted",
    ),
    # a leading year, then its plan stated ("năm 2019 nhiệm vụ của … là …"): planned (set AR)
    pytest.param(
        "Trong năm 2018, công tác dân số của tỉnh đạt nhiều kết quả; tỷ số giới tính khi sinh giảm.\nPhó giám đốc Sở Y "
        "tế cho biết, năm 2019 nhiệm vụ của công tác dân số trong tỉnh là thực hiện đồng bộ các giải pháp nhằm duy trì "
        "vững chắc mức sinh thay thế.",
        (2018, 2019),
        id="leading-year-then-its-plan-stated",
    ),
    # "tiếp tục" before a state or trend reports the year it opens; before a verb of action it plans
    pytest.param(
        "Năm 2023, kinh tế của huyện Tân Lạc tiếp tục tăng trưởng khá; tỷ lệ hộ nghèo còn 8,2%.",
        (2023, None),
        id="continuing-trend-reports",
    ),
    pytest.param(
        "Năm 2026, huyện Tân Lạc tiếp tục tập trung phát triển nông nghiệp hàng hóa.",
        (None, 2026),
        id="continuing-action-plans",
    ),
    # a month as the cut-off of figures reports its year; the baseline's year-end ("so với cuối năm 2024") reports none
    pytest.param(
        " date 2025-09\nNgân hàng trên địa bàn tỉnh tăng trưởng tín dụng\nƯớc đến cuối tháng 8/2025, tổng dư nợ cho vay "
        "đạt 52.000 tỷ đồng, tăng 6,2% so với cuối năm 2024; nợ xấu chiếm 0,9% tổng dư nợ.",
        (2025, None),
        id="month-cutoff-reports-baseline-end-does-not",
    ),
    # an amount with a thousands dot ends no clause: "phấn đấu đạt 2.200 tỷ đồng trong năm 2019" aims at the year (the
    # dot once cut "phấn đấu" off, and the headline's year voted for the report)
    pytest.param(
        "Ngành du lịch tỉnh phấn đấu đạt 3.100 tỷ đồng trong năm 2020\n\nNăm 2019, các chỉ tiêu du lịch của tỉnh đều hoàn "
        "thành vượt mức kế hoạch, doanh thu đạt khoảng 2.450 tỷ đồng. Năm 2020 du lịch tỉnh phấn đấu đạt 3.100 tỷ đồng.",
        (2019, 2020),
        id="thousands-dot-is-no-stop",
    ),
    # a target measured against the year reviewed, the plan's year unnamed: the year after it
    pytest.param(
        " date 2019-12\nNgành nông nghiệp tỉnh tổng kết năm 2019\nNăm 2019, tốc độ tăng giá trị sản xuất đạt 2,9%. Giám đốc "
        "Sở cho biết: ngành đặt mục tiêu tốc độ tăng trưởng giá trị sản xuất tăng 3% so với năm 2019.",
        (2019, 2020),
        id="aim-compared-with-the-year-reviewed",
    ),
    # (in a mid-year review the aims compare with the year before: the year reviewed stays the plan's)
    pytest.param(
        " date 2024-07\nSơ kết 6 tháng đầu năm 2024\nSáu tháng đầu năm 2024, thu ngân sách đạt 55% dự toán. Sáu tháng cuối "
        "năm, huyện phấn đấu cả năm thu ngân sách tăng 8% so với năm 2023.",
        (2024, 2024),
        id="mid-year-aim-compared-with-the-year-before",
    ),
    # a monthly meeting whose agenda names the month it plans sets the plan year, no task stated (the guideline's agenda
    # convention)
    pytest.param(
        "UBND tỉnh họp thường kỳ tháng 9-2021\n\nNgày 4-10, Chủ tịch UBND tỉnh chủ trì phiên họp thường kỳ tháng 9, đánh giá "
        "tình hình kinh tế - xã hội tháng 9 và triển khai chương trình công tác trọng tâm tháng 10-2021. Trong tháng 9, thu "
        "ngân sách đạt 310 tỷ đồng.",
        (2021, 2021),
        id="monthly-agenda-names-the-month-planned",
    ),
    # a plan cue, then the field it is for, then "trong năm": the year is planned, the year reviewed before it reported
    pytest.param(
        "Khai mạc kỳ họp HĐND tỉnh\nTheo chương trình, kỳ họp tập trung đánh giá kết quả phát triển kinh tế - xã hội "
        "năm 2023 và đề ra các mục tiêu, nhiệm vụ, giải pháp phát triển kinh tế - xã hội trong năm 2024, với mục tiêu "
        "hoàn thành các chỉ tiêu đã đề ra.",
        (2023, 2024),
        id="plan-cue-then-field-then-trong-nam",
    ),
    # no year named, results stated, dated in the second half of a year: that year is reported; without results, none
    pytest.param(
        " date 2023-12\nNgày 8-12, HĐND tỉnh khai mạc kỳ họp thứ 12. Chủ tịch HĐND tỉnh cho biết tăng trưởng kinh tế "
        "của tỉnh ước đạt 6,5% so cùng kỳ.",
        (2023, None),
        id="results-undated-report-the-year-of-the-date",
    ),
    pytest.param(
        " date 2023-12\nNgày 8-12, HĐND tỉnh khai mạc kỳ họp thứ 12 để xem xét nhiều nội dung quan trọng.",
        (None, None),
        id="nothing-reported-no-year",
    ),
    # … nor a congress reviewing its term ("5 năm qua")
    pytest.param(
        " date 2020-08\nĐại hội Đảng bộ huyện lần thứ XI\nBáo cáo chính trị khẳng định, 5 năm qua, Đảng bộ và Nhân dân huyện "
        "đạt và vượt 19/21 chỉ tiêu nghị quyết; tốc độ tăng trưởng bình quân đạt 13,6%/năm, vượt 2% chỉ tiêu.",
        (None, None),
        id="term-reviewed-no-year",
    ),
    # a Party committee's action programme for a year is what it will do
    pytest.param(
        "Chiều ngày 10/01/2024, Tỉnh ủy tổ chức hội nghị. Hội nghị thông qua chương trình hành động của Tỉnh ủy năm 2024. "
        "Mục tiêu sẽ tập trung lãnh đạo tổ chức tốt các ngày lễ lớn.",
        (None, 2024),
        id="action-programme-plans-its-year",
    ),
    # results told as of a day report that day's year, no year named otherwise (train 061; fresh sa5, sp3, ul4); a day
    # set as a deadline reports nothing
    pytest.param(
        " date 2020-09\nĐến ngày 20-8-2020, Đảng bộ tỉnh đã hoàn thành việc tổ chức đại hội đảng bộ cấp huyện.",
        (2020, None),
        id="results-as-of-a-day-report-its-year",
    ),
    pytest.param(
        "Sáng 5/3/2020, Ban Chỉ đạo họp. Ban Chỉ đạo yêu cầu các địa phương phấn đấu đến ngày 31/12/2021 hoàn thành việc "
        "cấp thẻ bảo hiểm y tế, đạt 100% dân số.",
        (None, None),
        id="deadline-day-reports-nothing",
    ),
    # "phải" before what is endured ("năm 2022, tỉnh phải đối mặt với nhiều khó khăn") plans nothing: the year is
    # reported (group S un5)
    pytest.param(
        "Sáng 7/12, HĐND tỉnh khai mạc kỳ họp cuối năm 2022. Chủ tịch HĐND tỉnh cho biết, năm 2022, tỉnh phải đối mặt với "
        "nhiều khó khăn, thách thức. Có 13/17 chỉ tiêu đạt và vượt kế hoạch.",
        (2022, None),
        id="endured-after-phai-plans-nothing",
    ),
    # a numbered plan issued for the year its name ends on plans it (fresh tg5)
    pytest.param(
        "UBND tỉnh vừa ban hành Kế hoạch số 12/KH-UBND ngày 20/3/2025 về thực hiện Chương trình mục tiêu quốc gia phát "
        "triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số năm 2025. Mục tiêu của Kế hoạch là giảm tỷ lệ hộ nghèo.",
        (None, 2025),
        id="numbered-plan-issued-plans-its-year",
    ),
    # … as the Fatherland Front's programme of coordinated action is, under the article's own dateline (fresh sc4)
    pytest.param(
        "20:47, 15/01/2020\nChiều nay, Ủy ban MTTQ tỉnh tổng kết công tác mặt trận năm 2019. Hội nghị thống nhất chương "
        "trình phối hợp và hành động năm 2020 với 9 nhiệm vụ trọng tâm.",
        (2019, 2020),
        id="front-action-programme-plans-its-year",
    ),
    # a year named only as the base of a comparison, the quantity named first ("so với tổng thu năm 2017"), is not the
    # year reported: the article's date is
    pytest.param(
        "Thu ngân sách nội địa đạt gần 19.000 tỷ đồng\nTheo Cục Thuế, đến ngày 27.12.2018 cơ quan thuế đã thu hơn 18.945 "
        "tỷ đồng, đạt 122% dự toán, tăng 45% so với tổng thu năm 2017.",
        (2018, None),
        id="compared-quantity-year-is-no-report",
    ),
    # a plan cue, the fields it is for, then "trong năm": planned ("chỉ tiêu nhiệm vụ về kinh tế – văn hóa xã hội – quốc
    # phòng an ninh trong năm 2020"); when a session sits ("tại kỳ họp cuối năm 2019") is named, voted neither way (the
    # year before the plan year, figures stated: reported)
    pytest.param(
        "Sáng 14/11, UBND tỉnh họp cho ý kiến các chỉ tiêu trình HĐND tỉnh tại kỳ họp cuối năm 2019.\nUBND tỉnh đề ra 25 chỉ "
        "tiêu nhiệm vụ về kinh tế – văn hóa xã hội – quốc phòng an ninh trong năm 2020. Trong đó, tổng sản phẩm GRDP tăng "
        "7%; thu ngân sách 4.200 tỷ đồng.",
        (2019, 2020),
        id="plan-cue-then-fields-then-trong-nam",
    ),
    pytest.param(
        "Huyện xác định các nhiệm vụ phát triển kinh tế-xã hội, đảm bảo quốc phòng, an ninh của huyện trong năm 2023 là "
        "tập trung phát triển nông nghiệp.",
        (None, 2023),
        id="plan-cue-then-fields-of-the-district",
    ),
    # a school year counts by the year it ends: reviewed before "tổng kết", planned after "triển khai nhiệm vụ" or as
    # "năm học mới"; one worked on ("đã khảo sát … kế hoạch năm học …") votes for nothing
    pytest.param(
        " date 2024-08\nSở Giáo dục tổng kết năm học 2023 - 2024\nChiều 20/8, Sở Giáo dục tổ chức hội nghị tổng kết năm học "
        "2023 - 2024, triển khai nhiệm vụ năm học 2024 - 2025. Tỷ lệ học sinh tốt nghiệp THPT đạt 99,2%.",
        (2024, 2025),
        id="school-years-reviewed-and-planned",
    ),
    pytest.param(
        "Ngành giáo dục huyện bước vào năm học mới 2022 – 2023\nBáo cáo tổng kết năm học 2021 – 2022 cho biết toàn huyện "
        "có 98% trẻ 5 tuổi đến lớp.",
        (2022, 2023),
        id="school-year-new-after-one-reviewed",
    ),
    pytest.param(
        " date 2025-10\nThường trực HĐND xã giao ban tháng 9, triển khai nhiệm vụ tháng 10/2025.\nThường trực HĐND đã khảo "
        "sát tình hình triển khai kế hoạch năm học 2025 - 2026 tại 5 trường học. Tháng 10, Thường trực HĐND tập trung "
        "chuẩn bị kỳ họp.",
        (2025, 2025),
        id="school-year-worked-on-plans-nothing",
    ),
    pytest.param(
        " date 2024-08\nNăm học 2023-2024, thành phố đã đạt được những kết quả toàn diện. Tỷ lệ học sinh đỗ tốt nghiệp "
        "đạt 99,6%.",
        (2024, None),
        id="school-year-lead-then-what-it-did",
    ),
    # a year and the years after it ("trong năm 2019 và những năm tiếp theo") opens what comes
    pytest.param(
        "Phát biểu khai mạc kỳ họp, Chủ tịch HĐND tỉnh nhấn mạnh kỳ họp có ý nghĩa quan trọng, góp phần thúc đẩy sự "
        "nghiệp phát triển kinh tế - xã hội trong năm 2019 và những năm tiếp theo.",
        (None, 2019),
        id="year-and-the-years-after-it",
    ),
    # undated, a month named without its year is of the one year the article names ("thường kỳ tháng 8" and "7 tháng
    # đầu năm 2023"): a month reviewed, its directions for the same year
    pytest.param(
        "UBND huyện họp giao ban thường kỳ tháng 8\nUBND huyện họp phiên thường kỳ đánh giá công tác tháng 7 và 7 tháng "
        "đầu năm 2023, phương hướng, nhiệm vụ thời gian tới. Tổng mức bán lẻ hàng hóa tăng 5%. Chủ tịch UBND huyện "
        "yêu cầu các xã đẩy nhanh tiến độ giải phóng mặt bằng.",
        (2023, 2023),
        id="undated-month-of-the-one-year-named",
    ),
    # a resolution issued for a year ("thảo luận ban hành Nghị quyết năm 2019") plans it, as one put to work does; a
    # year's tasks done as what a review is a basis for ("làm cơ sở cho việc … thực hiện nhiệm vụ năm 2019") are ahead
    pytest.param(
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9\nNgày 2-12, Tỉnh ủy tổ chức hội nghị đánh giá tình hình thực hiện "
        "nhiệm vụ phát triển kinh tế-xã hội năm 2018, thảo luận ban hành Nghị quyết năm 2019. Bí thư Tỉnh ủy yêu cầu các "
        "đại biểu làm rõ những hạn chế, làm cơ sở cho việc lãnh đạo thực hiện nhiệm vụ năm 2019 đạt hiệu quả hơn.",
        (2018, 2019),
        id="resolution-issued-and-a-basis-for-the-year",
    ),
    # … striving for a figure, no count of targets
    pytest.param(
        "Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030\nNhiệm kỳ 2020 - 2025, thu nhập bình quân tăng 8%/năm. Nhiệm kỳ 2025 - "
        "2030, Đảng bộ xã phấn đấu thu nhập bình quân đạt 80 triệu đồng.",
        (None, 2030),
        id="term-opening-then-striving-for-a-figure",
    ),
    # a plan word inside a bracket closed before the year is that bracket's comparison, no cue for the year (fresh 50)
    pytest.param(
        " date 2020-03 Đảng bộ xã Hải An tổ chức Đại hội đại biểu lần thứ XXIX (nhiệm kỳ 2020 - 2025)\n\nNgày 20-3-2020, Đảng "
        "bộ xã tổ chức Đại hội đại biểu lần thứ XXIX, nhiệm kỳ 2020-2025.\n\nThực hiện Nghị quyết Đại hội lần thứ XXVIII, "
        "Đảng bộ xã đã lãnh đạo nhân dân khắc phục khó khăn. Cụ thể là: Tổng giá trị sản xuất bình quân đạt 295 tỷ "
        "đồng/năm (tăng 50 tỷ đồng/năm so với chỉ tiêu đại hội), thu nhập bình quân đầu người năm 2020 ước đạt 51 triệu "
        "đồng.",
        (2020, None),
        id="plan-word-in-a-closed-bracket-is-no-cue",
    ),
    # signing the coming year's emulation pact plans it (fresh 52); the pact reviewed reports (train 116)
    pytest.param(
        " date 2026-01 Đảng ủy phường An Hòa ký kết giao ước thi đua năm 2026\n\nNăm 2025, Đảng ủy phường đã tập trung lãnh "
        "đạo, hoàn thành 10/10 chỉ tiêu chủ yếu.",
        (2025, 2026),
        id="signing-the-years-emulation-pact",
    ),
    pytest.param(
        "Hội nghị tổng kết công tác giao ước thi đua Cụm thi đua số III năm 2023\n\nDự hội nghị có các đồng chí lãnh đạo "
        "huyện.",
        (2023, None),
        id="emulation-pact-reviewed",
    ),
    # undated, the part of the year reviewed named by a date, then "Từ nay đến cuối năm, …" with no directive word: the
    # rest of that year is planned
    pytest.param(
        "Sơ kết công tác dân số\nĐến hết ngày 30/6/2024, toàn tỉnh có 10.104 trẻ mới sinh; sàng lọc trước sinh đạt 58,66% "
        "kế hoạch năm.\nTừ nay đến cuối năm, Chi cục tiếp tục triển khai thực hiện các chỉ tiêu cơ bản.",
        (2024, 2024),
        id="rest-of-the-year-phrase-plans-it",
    ),
    # dated at the year's end, the year reviewed, directions given and the next year written only in a date: the
    # directions are for that year
    pytest.param(
        " date 2024-12 Năm 2024, huyện đã hoàn thành 18/19 chỉ tiêu.\nHuyện sẽ được nâng lên thành quận từ ngày 1/1/2025. "
        "Do vậy, Huyện ủy cần đẩy nhanh công tác sắp xếp tổ chức bộ máy.",
        (2024, 2025),
        id="next-year-in-a-date-at-the-year-end",
    ),
    # early in a year, that year described by its weight ("có ý nghĩa rất quan trọng") and directions given: it is the
    # plan year, nothing reported; a year past described so in January is still the one reported
    pytest.param(
        " date 2022-01 Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 8\nKết luận hội nghị, đồng chí Bí thư Tỉnh ủy nhấn mạnh, "
        "năm 2022 có ý nghĩa rất quan trọng. Các cấp, các ngành cần tập trung phục hồi phát triển kinh tế - xã hội.",
        (None, 2022),
        id="year-described-by-its-weight-in-january",
    ),
    pytest.param(
        " date 2026-01 Kỳ họp thường lệ cuối năm 2025 của HĐND xã.\nChủ tịch HĐND xã nhấn mạnh: năm 2025 có ý nghĩa đặc "
        "biệt khi xã chính thức được thành lập. Năm 2026, xã tập trung phát triển kinh tế.",
        (2025, 2026),
        id="year-past-described-by-its-weight",
    ),
    # what a meeting "đã thống nhất trong năm X" is the year planned, "trong năm" there no report (fresh qi2)
    pytest.param(
        "Hội nghị Ủy ban MTTQ tỉnh lần thứ 5.\n\nVới chủ đề “Đoàn kết, đổi mới”, hội nghị đã thống nhất trong năm 2026, Ủy "
        "ban MTTQ các cấp tập trung triển khai có hiệu quả các chương trình phối hợp.",
        (None, 2026),
        id="agreed-for-a-year-plans-it",
    ),
    # a resolve after the year leading its sentence plans it, as "tập trung" does ("Năm 2026, huyện quyết tâm hoàn
    # thành …"); the resolve with which a year was done does not ("với quyết tâm cao, … đã …")
    pytest.param(
        "Năm 2025, huyện đạt 20/22 chỉ tiêu.\n\nNăm 2026, huyện quyết tâm hoàn thành toàn diện các chỉ tiêu đề ra.",
        (2025, 2026),
        id="resolve-after-a-leading-year-plans-it",
    ),
    # … whatever verb it resolves on ("quyết tâm tăng trưởng kinh tế từ 6,5 – 7%"), in a headline too; the resolve as a
    # noun ("quyết tâm chính trị", "quyết tâm cao của …") states no intent (group AG yx4)
    pytest.param(
        "Năm 2022, Ninh Giang quyết tâm tăng trưởng kinh tế từ 7 – 7,5%\n\nNăm 2021, tổng sản phẩm trên địa bàn huyện "
        "ước đạt 9.200 tỷ đồng.",
        (2021, 2022),
        id="resolve-on-any-verb-after-a-leading-year",
    ),
    pytest.param(
        "Năm 2022, quyết tâm chính trị của cán bộ, đảng viên trong huyện được nâng lên rõ rệt.",
        (2022, None),
        id="resolve-as-a-noun-states-no-intent",
    ),
    # a year set off by commas inside its sentence, after a clause ("…, khi bước vào giai đoạn mới, năm 2022, huyện tiếp
    # tục …"): what follows it decides, not a cue back in the clause before ("tình hình …"; group AG yx4, fresh ri3)
    pytest.param(
        "Năm 2021, tổng sản phẩm trên địa bàn huyện ước đạt 9.200 tỷ đồng. Dịch bệnh ảnh hưởng nhiều đến tình hình trong "
        "tỉnh, khi bước vào giai đoạn mới, năm 2022, huyện tiếp tục khai thác hiệu quả tiềm năng, lợi thế.",
        (2021, 2022),
        id="year-set-off-by-commas-inside-its-sentence",
    ),
    # a sentence opening on its purpose, the year inside it: the year aimed at, whatever the purpose says it completes
    # ("Để phấn đấu hoàn thành … nhiệm vụ thu ngân sách năm 2018, …"; group AH zh4); not a purpose telling what was done
    pytest.param(
        "Tháng cuối năm, ngành thuế tăng tốc thu ngân sách\n\nĐể phấn đấu hoàn thành vượt dự toán và hoàn thành nhiệm vụ "
        "thu ngân sách nhà nước năm 2019, Tổng cục Thuế yêu cầu các cục thuế tập trung đôn đốc thu những ngày cuối năm.",
        (None, 2019),
        id="purpose-opening-plans-its-year",
    ),
    # results as of a year's end ("Đến cuối năm 2024, 19/19 tiêu chí … đã hoàn thành") report that year, as "đến hết
    # năm" does; the year planned after it stays planned (groups K sd1, AB xp3, AH zg4)
    pytest.param(
        "Xã Bình Minh nỗ lực về đích nông thôn mới kiểu mẫu\n\nĐến cuối năm 2024, 19/19 tiêu chí nông thôn mới nâng cao "
        "của xã đã hoàn thành, thu nhập bình quân đầu người đạt 76 triệu đồng. Xã đặt mục tiêu trở thành xã nông thôn "
        "mới kiểu mẫu trong năm 2025.",
        (2024, 2025),
        id="results-as-of-a-years-end-report-it",
    ),
    # the first months reviewed with no year named, the rest of a year planned: they are that year's (groups AK yah4,
    # U vi2); the first months aimed at ("phấn đấu 6 tháng đầu năm") review nothing
    pytest.param(
        "9 tháng đầu năm, các cấp ủy, chính quyền huyện đã khắc phục khó khăn, sản xuất nông nghiệp đạt kế hoạch; kinh "
        "tế tiếp tục phục hồi. Hội nghị yêu cầu các cấp tập trung thực hiện thắng lợi các mục tiêu trong những tháng tiếp "
        "theo và cả năm 2022.",
        (2022, 2022),
        id="first-months-unnamed-of-the-year-planned",
    ),
    pytest.param(
        "Huyện phấn đấu 6 tháng đầu năm thu ngân sách đạt 60% dự toán; tập trung thực hiện thắng lợi các mục tiêu "
        "trong những tháng tiếp theo và cả năm 2022.",
        (None, 2022),
        id="first-months-aimed-at-review-nothing",
    ),
    # a standard recognized as met in a year reports that year, a request for the recognition included (dev 067; groups
    # D, K, O, U, Y, AE, AG, AK); aimed at ("phấn đấu được công nhận"), it is planned
    pytest.param(
        "Ngày 8/12, Hội đồng thẩm định tỉnh họp xét, bỏ phiếu đề nghị công nhận 15 xã đạt chuẩn nông thôn mới năm 2019. "
        "Các xã đều đã hoàn thành 19/19 tiêu chí.",
        (2019, None),
        id="standard-recognized-in-a-year-reports-it",
    ),
    pytest.param(
        "Huyện đã có 12/15 xã đạt chuẩn nông thôn mới. Huyện phấn đấu được công nhận đạt chuẩn huyện nông thôn mới năm "
        "2026.",
        (None, 2026),
        id="recognition-aimed-at-plans-the-year",
    ),
    # "hai tháng đầu năm" (two months, in words) is part of a year reviewed, as "3 tháng đầu năm" is: with directions for
    # the time ahead, the rest of that year is planned (group AM yax3)
    pytest.param(
        "Hai tháng đầu năm 2021, Đảng bộ thị xã đã tập trung lãnh đạo, giá trị sản xuất công nghiệp ước đạt 87.500 tỷ "
        "đồng. Phát biểu chỉ đạo, đồng chí Phó Chủ tịch UBND tỉnh yêu cầu thị xã trong thời gian tới tập trung thực hiện "
        "các giải pháp hoàn thành các mục tiêu.",
        (2021, 2021),
        id="two-first-months-in-words",
    ),
    # a school year's tasks told achieved ("hoàn thành tốt nhiệm vụ năm học 2021-2022") report it, as "hoàn thành tốt
    # nhiệm vụ năm 2022" does (group AM yat4); aimed at, they plan it
    pytest.param(
        "Năm qua, ngành giáo dục hoàn thành tốt nhiệm vụ năm học 2021-2022; tỷ lệ học sinh tốt nghiệp đạt 98,5%.",
        (2022, None),
        id="school-year-tasks-achieved-report-it",
    ),
    pytest.param(
        "Ngành giáo dục phấn đấu hoàn thành tốt nhiệm vụ năm học 2022-2023.",
        (None, 2023),
        id="school-year-tasks-aimed-at-plan-it",
    ),
]


@pytest.mark.parametrize("text,expected", EXAMPLES)
def test_years_general(text, expected):
    doc = extract(text)
    assert (doc.report_year, doc.plan_year) == expected


def test_review_word_far_back_does_not_reach_across_another_year():
    from pipeline.components import years as Y

    text = ("Ủy ban MTTQ tỉnh tổ chức hội nghị tổng kết để đánh giá công tác Mặt trận năm 2022 và đề ra chương trình "
            "phối hợp thống nhất hành động năm 2023.")
    votes = {m.group(): Y._vote(text, m) for m in Y.YEAR.finditer(text)}
    assert votes["2023"] != "report"


def test_purpose_word_beyond_the_cue_window_plans_the_year():
    # a purpose word further back than the cue's 60 characters still makes the year's plan what it is for ("… xem xét
    # ban hành 14 nghị quyết quan trọng để triển khai | thực hiện nhiệm vụ phát triển KT-XH của địa phương năm 2022");
    # a review between them does not ("để đánh giá kết quả thực hiện nhiệm vụ năm 2021"; group AH ze4)
    from pipeline.components import years as Y

    text = ("Kỳ họp thứ 4, HĐND huyện đã đưa ra 8 nhóm nhiệm vụ, giải pháp và xem xét ban hành 14 nghị quyết quan trọng để "
            "triển khai thực hiện nhiệm vụ phát triển KT-XH của địa phương năm 2022. Sáng 29/12, HĐND huyện "
            "tổ chức kỳ họp để đánh giá tình hình thực hiện nhiệm vụ năm 2021.")
    votes = {m.group(): Y._vote(text, m) for m in Y.YEAR.finditer(text)}
    assert votes == {"2022": "plan", "2021": "report"}


def test_intent_beyond_the_cue_window_keeps_the_year_planned():
    # "… có giải pháp chỉ đạo thực hiện đồng bộ, quyết liệt, trọng tâm, trọng điểm nhằm phấn đấu | hoàn thành các chỉ
    # tiêu phát triển kinh tế - xã hội năm 2023": the intent before what is to be completed, further back than the
    # year's 60 characters (groups AH zj2, K se2); with none, the year's targets are completed, reported
    from pipeline.components import years as Y

    planned = ("Chủ tịch HĐND tỉnh đề nghị các ngành khẩn trương triển khai các nghị quyết, có giải pháp chỉ đạo thực hiện "
               "đồng bộ, quyết liệt nhằm phấn đấu hoàn thành các chỉ tiêu phát triển kinh tế - xã hội năm 2023.")
    reported = "Toàn tỉnh đã nỗ lực vượt qua khó khăn và hoàn thành các chỉ tiêu phát triển kinh tế - xã hội năm 2022."
    assert [Y._vote(planned, m) for m in Y.YEAR.finditer(planned)] == ["plan"]
    assert [Y._vote(reported, m) for m in Y.YEAR.finditer(reported)] == ["report"]


def test_year_after_trong_set_off_by_commas_is_voted_by_its_clause():
    # a year opening its clause after a comma, "trong" before it and a comma after it: the clause after it decides
    # ("Theo báo cáo của Huyện ủy, trong năm 2020, trước bối cảnh nhiều khó khăn, huyện đã …" reports 2020; group AK
    # yac3, a page the comma rule of this round had left unvoted)
    from pipeline.components import years as Y

    text = ("Theo báo cáo của Huyện ủy, trong năm 2020, trước bối cảnh nhiều khó khăn, Đảng bộ huyện đã lãnh đạo hoàn "
            "thành các chỉ tiêu.")
    assert [Y._vote(text, m) for m in Y.YEAR.finditer(text)] == ["report"]


def test_results_reached_in_the_year_then_a_request_reports_that_year():
    # "đánh giá những kết quả đạt được trong năm 2020, đồng thời yêu cầu …": "trong năm" after a results
    # cue reports, though the sentence asks something
    from pipeline import extract

    doc = extract(
        "Đồng chí Bí thư Đảng ủy đã đánh giá những kết quả đạt được trong năm 2020 trên tất cả các lĩnh vực, "
        "đồng thời yêu cầu triển khai thực hiện một số nội dung quan trọng sau:\nTiếp tục tuyên truyền, treo cờ "
        "chào mừng Đại hội."
    )
    assert doc.report_year == 2020


# A headline task for the year after the one reported, no other plan cue (the plan year the tasks name)
PLAN_NAMED_BY_A_TASK = (
    "Năm 2021, tạo đà để thực hiện thắng lợi nghị quyết Đại hội Đảng bộ huyện lần thứ XX\n\nNăm 2020, tình hình kinh tế - "
    "xã hội của huyện đạt được những kết quả quan trọng\n\nGiá trị sản xuất tăng 7,2%, vượt kế hoạch đề ra. Huyện tổ "
    "chức tốt các hoạt động kỷ niệm các ngày lễ lớn trong năm 2020."
)


@pytest.mark.parametrize(
    "text, report_year, plan_year",
    [
        # the date of a document cited near the top is not the article's
        pytest.param(
            "ĐẢNG ỦY XÃ TÂN AN SƠ KẾT 9 THÁNG ĐẦU NĂM 2025 VÀ TỔNG KẾT NGHỊ QUYẾT SỐ 18-NQ/TW NGÀY 25/10/2017\n"
            "Sáng ngày 19/9/2025, Đảng ủy xã tổ chức hội nghị sơ kết 9 tháng đầu năm; triển khai nhiệm vụ trọng "
            "tâm 3 tháng cuối năm 2025.",
            2025, 2025, id="cited-document-date",
        ),
        # a slogan "Hoàn thành vượt mức nhiệm vụ năm 2026" is a resolve, no result
        pytest.param(
            "Ngày 22/1, Sở Công Thương tổ chức hội nghị triển khai nhiệm vụ năm 2026 và phát động thi đua với chủ "
            "đề: “Chuyển đổi số - Hoàn thành vượt mức nhiệm vụ năm 2026”. Phấn đấu chỉ số sản xuất công nghiệp "
            "năm 2026 tăng 2,5%.",
            None, 2026, id="slogan-is-a-resolve",
        ),
        # a headline on the date line; "trước yêu cầu ngày càng cao" is the noun
        pytest.param(
            " date 2026-01-13 Năm 2025, trước yêu cầu ngày càng cao đối với công tác xây dựng Đảng, Đảng bộ phường "
            "đã tập trung lãnh đạo và đạt nhiều kết quả.\n\nNăm 2026, Đảng bộ phường tiếp tục coi xây dựng Đảng là "
            "nhiệm vụ then chốt.",
            2025, 2026, id="headline-on-the-date-line",
        ),
        # a date written out gives the article's date
        pytest.param(
            "Sáng ngày 05 tháng 5 năm 2023, Đảng bộ xã tổ chức hội nghị sơ kết giữa nhiệm kỳ 2020-2025. Đến nay xã "
            "đạt 19/19 tiêu chí, phấn đấu đến năm 2025 xã đạt chuẩn nông thôn mới nâng cao.",
            None, 2025, id="written-out-date",
        ),
        # results counted up to a month report its year (no rest of the year planned by it)
        pytest.param(
            "Hội Liên hiệp Phụ nữ tỉnh sơ kết giữa nhiệm kỳ\nTính đến hết tháng 6/2023, các cấp hội đã hoàn thành 6/7 "
            "chỉ tiêu đăng ký; 95% cơ sở hội đạt vững mạnh.",
            2023, None, id="results-counted-up-to-a-month",
        ),
        # a review word further back than the cue's reach ("tình hình thực hiện các chỉ tiêu phát triển kinh tế - xã
        # hội năm X"); a count of targets of a year reached ("Có 14/15 chỉ tiêu … năm X đạt và vượt")
        pytest.param(
            "Có 13/15 chỉ tiêu phát triển kinh tế - xã hội năm 2024 đạt và vượt kế hoạch\n\nSáng 22/11, UBND tỉnh họp "
            "thông qua các báo cáo về tình hình thực hiện các chỉ tiêu phát triển kinh tế - xã hội năm 2024; triển "
            "khai nhiệm vụ năm 2025 để trình kỳ họp HĐND tỉnh.",
            2024, 2025, id="long-review-and-count-reached",
        ),
        # a plan carried out ("Thực hiện Nghị quyết nhiệm vụ năm X, … đã …") reports X
        pytest.param(
            "Thành phố tổng kết năm\nThực hiện Nghị quyết nhiệm vụ năm 2023, các cấp ủy, chính quyền thành phố đã đoàn "
            "kết, đạt nhiều kết quả. Thành phố có 30/34 chỉ tiêu đạt và vượt.",
            2023, None, id="plan-carried-out-reports",
        ),
        # a counted rest of a named year ("Trong 2 tháng còn lại của năm X, … tiếp tục …") plans X
        pytest.param(
            " date 2024-10\nSở Nông nghiệp họp giao ban 10 tháng. Giá trị sản xuất ước tăng 3,1% so với cùng kỳ. "
            "Trong 2 tháng còn lại của năm 2024, Sở tiếp tục triển khai các giải pháp: thu hoạch lúa mùa, chăm sóc cây vụ đông.",
            2024, 2024, id="counted-rest-of-named-year",
        ),
        # in December, a cue for the coming year's tasks plans it, whatever the cue
        pytest.param(
            "Chiều ngày 9/12/2021, Đảng ủy Quân sự huyện tổ chức hội nghị ra nghị quyết lãnh đạo thực hiện nhiệm vụ "
            "năm 2022. Năm 2021, lực lượng vũ trang huyện đã hoàn thành tốt các nhiệm vụ.",
            2021, 2022, id="december-resolution-for-the-coming-year",
        ),
        # undated: the year after the reported one, named with no cue, is planned
        pytest.param(
            "Thị ủy tổ chức hội nghị\nNgày 9.12, Thị ủy tổ chức hội nghị tổng kết tình hình thực hiện Nghị quyết năm "
            "2023 và triển khai Nghị quyết năm 2024. Năm 2023, thị xã thực hiện đạt và vượt các chỉ tiêu đề ra.",
            2023, 2024, id="undated-next-year-named",
        ),
        # … but not an estimate for the end of it, nor a festival
        pytest.param(
            "Tỉnh sơ kết\nNăm 2019, tỷ lệ lao động qua đào tạo đạt 54%; ước hết năm 2020 đạt 56%. Tỷ lệ thất nghiệp "
            "năm 2019 giảm còn 2,8%, ước cuối năm 2020 còn 2,6%.",
            2019, None, id="undated-estimate-of-next-year-end",
        ),
        pytest.param(
            "Huyện họp mặt\nNhân dịp mừng xuân Giáp Thìn 2024, huyện họp mặt các đơn vị. Năm 2023, huyện đạt nhiều "
            "kết quả.",
            2023, None, id="undated-festival-year",
        ),
        # "Trong năm 2025, <who> phấn đấu …" opens on the year and plans it, as "Năm 2025, …" does; the year
        # before, with its figure estimated ("năm 2024 ước đạt"), is reported
        pytest.param(
            " date 2025-01\nSở Tài chính họp. Tổng thu ngân sách năm 2024 ước đạt 4.200 tỷ đồng, bằng 112% dự toán. "
            "Trong năm 2025, Hội Nông dân huyện phấn đấu 100% cơ sở hội đạt vững mạnh.",
            2024, 2025, id="trong-nam-opening-with-intent",
        ),
        pytest.param(
            " date 2025-01\nNgành y tế tổng kết. Trong năm 2024, ngành y tế tỉnh tiếp tục củng cố hệ thống tổ chức. "
            "Trong năm 2025, ngành sẽ đầu tư thêm trang thiết bị.",
            2024, 2025, id="trong-nam-opening-will",
        ),
        # … not after "đã" ("đã phấn đấu" looks back), nor with "tiếp tục" alone
        pytest.param(
            " date 2025-01\nNgành y tế tổng kết. Trong năm 2024, ngành y tế tỉnh đã phấn đấu vượt khó, hoàn thành "
            "các chỉ tiêu.",
            2024, None, id="trong-nam-opening-past-effort",
        ),
        # a year named in a purpose ("Để góp phần đạt … năm 2024 ở mức …, ngành phấn đấu …") is what the plan is for
        pytest.param(
            " date 2024-01\nHội nghị tổng kết ngành năm 2023. Năm 2023, ngành đạt nhiều kết quả. Để góp phần đạt tốc độ "
            "tăng trưởng GDP của cả nước năm 2024 ở mức 6-6,5%, ngành phấn đấu tăng 8%.",
            2023, 2024, id="year-in-a-purpose-is-planned",
        ),
        pytest.param(
            " date 2024-01\nHội nghị tổng kết ngành năm 2023. Để đạt được kết quả năm 2023, ngành đã nỗ lực rất lớn.",
            2023, None, id="purpose-of-what-was-done",
        ),
        # resolutions adopted for a year plan it ("thông qua các Nghị quyết về thu, chi ngân sách năm 2024"; set AH)
        pytest.param(
            " date 2024-01\nHĐND xã tổ chức kỳ họp thứ 8. Đại biểu biểu quyết thông qua các Nghị quyết về thu, chi "
            "ngân sách năm 2024. Trước đó, đại biểu nghe báo cáo tình hình thực hiện nghị quyết HĐND về phát triển "
            "kinh tế - xã hội năm 2023.",
            2023, 2024, id="resolutions-adopted-plan-their-year",
        ),
        # in the first months of a year it only plans, the article reports no year (train 030, set AD)
        pytest.param(
            " date 2024-01\nChủ tịch UBND tỉnh cho rằng, nhiệm vụ trọng tâm của năm 2024 là tập trung giải ngân vốn "
            "đầu tư công; nâng cao chất lượng giáo dục.",
            None, 2024, id="early-months-plan-only",
        ),
        pytest.param(
            " date 2024-01\nNăm 2023, huyện thu ngân sách đạt 112% dự toán. Nhiệm vụ năm 2024 là tập trung "
            "giải ngân vốn đầu tư công.",
            2023, 2024, id="early-months-after-the-year-reported",
        ),
        pytest.param(
            " date 2024-07\nNhiệm vụ trọng tâm của năm 2024 là tập trung giải ngân vốn đầu tư công.",
            2024, 2024, id="mid-year-plan-of-the-year-under-way",
        ),
        # the year a headline task is set for, after the reported one, is the plan year when nothing else names one
        pytest.param(PLAN_NAMED_BY_A_TASK, 2020, 2021, id="plan-year-named-by-a-task"),
        # the year before the plan year, named with figures and no cue of its own, is the one reported
        pytest.param(
            "Theo Bảo hiểm xã hội tỉnh, tính đến cuối năm 2022, số người tham gia BHYT là 1.020.000 người, đạt 100,2% "
            "kế hoạch. Năm 2023, BHXH tỉnh đặt mục tiêu tỷ lệ bao phủ BHYT đạt 93% dân số.",
            2022, 2023, id="year-before-the-plan-reported",
        ),
        # a conference held "to review" a year: the purpose is a review, the year reported
        pytest.param(
            "Sáng 16/12, Huyện ủy tổ chức hội nghị lần thứ mười (mở rộng) để đánh giá kết quả công tác năm 2022, "
            "thống nhất ban hành Nghị quyết về mục tiêu, nhiệm vụ năm 2023.\nNăm 2022, kinh tế của huyện tiếp tục "
            "duy trì ổn định.",
            2022, 2023, id="purpose-that-reviews-reports",
        ),
        # a quarter reviewed, the next one named by its plan with no year: the year reviewed is planned too
        pytest.param(
            " date 2024-04 Ngày 9/4, Huyện ủy tổ chức hội nghị đánh giá tình hình thực hiện nhiệm vụ quý I và đề ra "
            "nhiệm vụ trọng tâm quý II.\nTrong quý I/2024, thu ngân sách đạt 31% dự toán. Bí thư Huyện ủy yêu cầu các "
            "xã tập trung đẩy nhanh giải phóng mặt bằng.",
            2024, 2024, id="quarter-planned-without-its-year",
        ),
        # undated, nine months reviewed and a resolve for the year's end: the rest of that year planned
        pytest.param(
            "Huyện ủy họp đánh giá kết quả thực hiện nhiệm vụ 9 tháng đầu năm 2021. Toàn huyện có 3 xã đạt chuẩn nông "
            "thôn mới, phấn đấu đến cuối năm thêm 2 xã về đích.",
            2021, 2021, id="undated-resolve-for-the-year-end",
        ),
        # a resolution issued to lead the year's tasks ("ra nghị quyết lãnh đạo thực hiện nhiệm vụ năm X") plans X
        pytest.param(
            "Đảng ủy Công an tỉnh ra nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2022\nToàn cảnh hội nghị.\n\nNăm "
            "2021, Đảng ủy Công an tỉnh đã lãnh đạo hoàn thành tốt các nhiệm vụ được giao.",
            2021, 2022, id="resolution-issued-for-the-year",
        ),
        # a monthly meeting naming the month it plans after four words ("nhiệm vụ công tác trọng tâm tháng 9/2017")
        pytest.param(
            "UBND tỉnh họp phiên thường kỳ tháng 8/2017\n\nNgày 6/9/2017, UBND tỉnh tổ chức phiên họp thường kỳ, đánh giá "
            "tình hình thực hiện các mục tiêu kinh tế - xã hội tháng 8; nhiệm vụ công tác trọng tâm tháng 9/2017.",
            2017, 2017, id="month-planned-after-four-words",
        ),
        # the article's frame ("tổng kết công tác năm X và triển khai nhiệm vụ năm X+1") outweighs the plan year read
        # as reported in a headline and a lead with no plan verb ("Năm X+1, triển khai đề án …")
        pytest.param(
            "Quận Sơn Trà: Năm 2019, triển khai đề án phố đi bộ\n\nNgày 14-11, Quận ủy tổ chức Hội nghị lần thứ 15 nhằm "
            "tổng kết công tác năm 2018 và triển khai nhiệm vụ năm 2019. Theo đó, năm 2019, quận triển khai đồng bộ các "
            "giải pháp thúc đẩy chuyển dịch cơ cấu kinh tế.",
            2018, 2019, id="frame-outweighs-headline",
        ),
        # a plan cue farther back than the usual window, only the fields it is for between it and the year
        pytest.param(
            "Hội nghị triển khai kế hoạch phát triển kinh tế – xã hội, đảm bảo quốc phòng – an ninh năm 2022\n\nNgày "
            "06/01/2022, Ủy ban nhân dân tỉnh tổ chức Hội nghị trực tuyến triển khai nhiệm vụ phát triển kinh tế – xã hội, "
            "đảm bảo quốc phòng – an ninh năm 2022. Theo đó, năm 2021 kinh tế của tỉnh tăng trưởng 6,1%.",
            2021, 2022, id="plan-cue-before-its-fields",
        ),
        # a school year leading its sentence with no cue: what follows decides, as after "Năm 2025, …" (results report
        # the year it ends; a plan verb plans it; "là năm học …" describes it)
        pytest.param(
            "Năm học 2024 – 2025, toàn tỉnh có 95% học sinh lên lớp; tỷ lệ tốt nghiệp THPT đạt 99,6%.",
            2025, None, id="school-year-lead-results",
        ),
        pytest.param(
            "Năm học 2024 – 2025, toàn tỉnh có 95% học sinh lên lớp. Năm học 2025 – 2026, ngành Giáo dục tập trung nâng "
            "cao chất lượng đội ngũ nhà giáo; đầu tư cơ sở vật chất trường học.",
            2025, 2026, id="school-year-lead-results-then-plan",
        ),
        pytest.param(
            " date 2025-08\nNăm học 2025 – 2026 là năm học có nhiều đổi mới. Ngành đề ra 5 nhiệm vụ trọng tâm: nâng cao "
            "chất lượng giáo dục toàn diện; đẩy mạnh chuyển đổi số.",
            None, None, id="school-year-described",
        ),
        # the year in a law's or programme's name ("Chương trình giáo dục phổ thông 2018", "Luật Đất đai 2024") is
        # neither reported nor planned
        pytest.param(
            "Năm học 2025 – 2026, ngành Giáo dục tập trung thực hiện Chương trình giáo dục phổ thông 2018; nâng cao chất "
            "lượng đội ngũ nhà giáo.",
            None, 2026, id="programme-named-by-its-year",
        ),
        pytest.param(
            "Huyện tổ chức hội nghị triển khai thi hành Luật Đất đai 2024 cho cán bộ các xã.",
            None, None, id="law-named-by-its-year",
        ),
        pytest.param(
            "Huyện tổ chức hội nghị triển khai thi hành pháp luật năm 2024 cho cán bộ các xã.",
            None, 2024, id="law-in-general-is-no-name",
        ),
        # a leading year, then a body and a task verb of intention ("chú trọng", "đẩy mạnh", "tăng cường", "khẩn
        # trương") plans it; passive ("được đẩy mạnh") it reports
        pytest.param(
            " date 2023-01\nNăm 2022, ngành đạt nhiều kết quả.\nNăm 2023, ngành văn hóa huyện chú trọng thực hiện kế "
            "hoạch chuyển đổi số.",
            2022, 2023, id="leading-year-then-intention-verb",
        ),
        pytest.param(
            " date 2023-01\nNăm 2022, công tác tuyên truyền được đẩy mạnh.",
            2022, None, id="leading-year-then-passive-verb",
        ),
        # a plan cue with its copula ("Mục tiêu là đưa … đạt 8% trong năm 2025"): the target's "đạt" is aimed at, the
        # year planned (here the rest of the year reviewed)
        pytest.param(
            " date 2025-10\nHội nghị bàn các giải pháp tháo gỡ điểm nghẽn. Mục tiêu là đưa tốc độ tăng trưởng GRDP toàn "
            "tỉnh đạt 8% trong năm 2025.",
            2025, 2025, id="target-stated-with-copula-before-trong-nam",
        ),
        # "cuối năm tới thành viên …": "tới" a preposition (to the members), no "năm tới" (next year); the rest of the
        # year reviewed is planned
        pytest.param(
            " date 2019-06\nChiều 6/6/2019, UBND huyện tổ chức hội nghị cho ý kiến vào dự thảo báo cáo tình hình 6 tháng "
            "đầu năm, nhiệm vụ 6 tháng cuối năm tới thành viên UBND huyện. Tổng giá trị sản xuất ước đạt 3.868 tỷ đồng, "
            "đạt 49,17% kế hoạch.",
            2019, 2019, id="cuoi-nam-toi-a-preposition",
        ),
        # undated, a year reported, directions given and the year after it written only in a date or a month: the
        # directions are that year's; a range's bound ("giai đoạn 2023-2025") is no such year
        pytest.param(
            "Năm 2024, lực lượng công an đã điều tra, khám phá 338 vụ án với 751 đối tượng, đạt tỷ lệ 91,4%. Công tác "
            "cai nghiện được quan tâm hơn. Phong trào toàn dân bảo vệ an ninh Tổ quốc tiếp tục được đẩy mạnh, với hơn "
            "90% địa bàn đạt tiêu chuẩn an toàn về an ninh trật tự.\nĐồng thời, ông đề nghị tập trung triển khai hiệu "
            "quả Kế hoạch số 36 ngày 19/2/2025 của Ban Chỉ đạo tỉnh.",
            2024, 2025, id="undated-next-year-in-a-date",
        ),
        pytest.param(
            "Năm 2024, lực lượng công an đã điều tra, khám phá 338 vụ án. Phó Chủ tịch UBND tỉnh đề nghị tiếp tục thực "
            "hiện Đề án giai đoạn 2023-2025.",
            2024, None, id="undated-next-year-only-a-range-bound",
        ),
        # "Ngay từ đầu năm 2026, <body> <verb>": from the year's start, a leading year
        pytest.param(
            " date 2026-01\nNăm 2025, xã đạt nhiều kết quả. Ngay từ đầu năm 2026, xã tập trung chỉ đạo sản xuất vụ xuân.",
            2025, 2026, id="from-the-start-of-the-year",
        ),
        # a school year leading its sentence votes as a leading year does: its plan or targets stated after it plan
        # ("Năm học 2025 – 2026, nhiệm vụ của ngành là …", as "Năm 2024, mục tiêu của ngành là …")
        pytest.param(
            " date 2025-09\nNăm học 2025 – 2026, nhiệm vụ của ngành giáo dục huyện là nâng cao chất lượng dạy và học.",
            2025, 2026, id="school-year-lead-with-its-plan-stated",
        ),
        # a month after the article's date opening its sentence, then what is intended: that year planned (its rest)
        pytest.param(
            " date 2025-05\nTổng giá trị sản xuất 5 tháng đầu năm 2025 ước đạt 17.160 tỷ đồng.\nTrong tháng 6/2025, huyện "
            "tập trung xây dựng phương án sắp xếp đội ngũ cán bộ; quản lý chặt chẽ tài sản công.",
            2025, 2025, id="coming-month-opening-with-intent",
        ),
    ],
)
def test_years_unseen_constructions(text, report_year, plan_year):
    from pipeline import extract

    doc = extract(text)
    assert (doc.report_year, doc.plan_year) == (report_year, plan_year)


def test_plan_year_named_by_a_task_is_the_same_in_pieces(monkeypatch):
    # a text past the piece size (cut at line breaks, years decided on the whole) reads the plan year its tasks name
    # as a short one does
    import pipeline

    text = PLAN_NAMED_BY_A_TASK
    whole = pipeline.extract(text)
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 120)
    pieces = pipeline.extract(text)
    assert (whole.report_year, whole.plan_year, [t.year for t in whole.tasks]) == (2020, 2021, [2021])
    assert (pieces.report_year, pieces.plan_year, [t.year for t in pieces.tasks]) == (2020, 2021, [2021])


def test_year_described_as_the_last_of_a_running_term_reports_no_term():
    """"Năm 2020 là năm cuối thực hiện Nghị quyết … nhiệm kỳ 2015-2020" describes the year ahead by the term it ends: the
    term, still running, is not reported on (the year before it is)."""
    text = (" date 2020-01\nNăm 2019, huyện hoàn thành 24 chỉ tiêu, tổng giá trị sản xuất tăng 14,38%.\n\nNăm 2020 là năm "
            "cuối thực hiện Nghị quyết Đại hội nhiệm kỳ 2015-2020, Huyện ủy tập trung lãnh đạo tăng tốc hoàn thành các chỉ "
            "tiêu Nghị quyết đề ra.")
    assert extract(text).report_year == 2019


def test_results_done_then_the_last_months_planned_keep_the_half_year():
    # "đánh giá những kết quả đã đạt được … và mục tiêu, nhiệm vụ 6 tháng cuối năm 2023": the "đã" is the results'; the
    # plan word after it plans the second half (fresh ox2), unlike "… đã giảm trong những tháng cuối năm 2023" (train 731)
    doc = extract(
        " date 2023-07\nSơ kết 6 tháng đầu năm 2023, thu ngân sách của huyện đạt 61% dự toán.\n\nHội nghị thảo luận, đánh "
        "giá những kết quả đã đạt được trong 6 tháng đầu năm và mục tiêu, nhiệm vụ 6 tháng cuối năm 2023."
    )
    assert (doc.report_year, doc.plan_year, doc.plan_period) == (2023, 2023, "H2")
