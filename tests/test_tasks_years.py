"""Report year, plan year, plan period and tasks, example by example.

Each list below holds ``(text, expected)`` pairs of short texts written in the
genre of Vietnamese government news (year-end and mid-year reviews, quarterly
meetings). A text may start with a header line `` date YYYY-MM`` that sets
``doc.published``, the prior for the years.

* ``YEAR_EXAMPLES``: ``(report_year, plan_year, plan_period)``.
* ``TASK_EXAMPLES``: one key phrase per expected task, in order; each task
  must contain its phrase and there must be exactly that many tasks.
* ``NOT_TASK_EXAMPLES``: a phrase that is no task; no task may overlap it.
* ``ATTRIBUTION_EXAMPLES``: the task containing a phrase, with its
  ``issued_by`` and ``assignees``.
* ``CLAUSE_EXAMPLES``: a task's text is its clause, not the sentence before.
* ``TASK_YEAR_EXAMPLES``: every task's year is the plan year.

Known gaps are ``xfail(strict=True)`` with the actual output in the reason,
so that fixing one turns the suite red until the mark is removed.
"""

from __future__ import annotations

import pytest

from pipeline import extract


def xfail(text, expected, *, id, reason):
    return pytest.param(text, expected, id=id, marks=pytest.mark.xfail(strict=True, reason=reason))


def assert_tasks_grounded(text: str, doc) -> None:
    """Every task span slices the input to the task's text, a single trimmed clause."""
    for task in doc.tasks:
        span = task.span
        assert 0 <= span.start < span.end <= len(text), task
        assert text[span.start : span.end] == span.text == task.text, task
        assert task.text == task.text.strip(" ,;.:\n\t"), task
        assert "\n" not in task.text, task


def find_task(doc, phrase: str):
    hits = [t for t in doc.tasks if phrase in t.text]
    assert len(hits) == 1, (phrase, [t.text for t in doc.tasks])
    return hits[0]


# --------------------------------------------------------------------- years

YEAR_EXAMPLES = [
    pytest.param(
        " date 2025-01\nChiều 10/1, Huyện ủy Bảo Lâm tổ chức hội nghị tổng kết công tác năm 2024. "
        "Năm 2024, huyện đã hoàn thành 20/22 chỉ tiêu, tổng thu ngân sách tăng 5% so với năm 2023. "
        "Hội nghị triển khai nhiệm vụ năm 2025.",
        (2024, 2025, None),
        id="year-end-review-tong-ket-then-nhiem-vu",
    ),
    pytest.param(
        " date 2024-12\nHội nghị tổng kết 1 năm triển khai thực hiện nhiệm vụ năm 2024. "
        "Tổng giá trị sản xuất tăng 6,2% so với năm 2023.",
        (2024, None, None),
        id="trien-khai-thuc-hien-nhiem-vu-reports-no-plan",
    ),
    pytest.param(
        "Hội nghị đánh giá kết quả năm 2023 và triển khai nhiệm vụ năm 2024. "
        "Năm 2024, huyện phấn đấu tăng trưởng kinh tế đạt 8%.",
        (2023, 2024, None),
        id="ket-qua-vs-nhiem-vu-no-header",
    ),
    pytest.param(
        "Báo cáo kết quả năm 2023 cho thấy kinh tế tăng 7% so với năm 2022. "
        "Tỉnh đề ra phương hướng năm 2024 với nhiều giải pháp đột phá.",
        (2023, 2024, None),
        id="phuong-huong-plans",
    ),
    pytest.param(
        " date 2024-01\nHội nghị triển khai kế hoạch năm 2024. Kết quả năm 2023 tổng thu đạt 500 tỷ đồng, "
        "tăng 10% so với năm 2022, vượt chỉ tiêu năm 2023 đề ra.",
        (2023, 2024, None),
        id="chi-tieu-de-ra-is-the-reported-years-plan",
    ),
    pytest.param(
        " date 2025-01\nNăm 2024, huyện đạt và vượt 19/21 chỉ tiêu. "
        "Bước vào năm 2025, huyện đề ra mục tiêu tăng trưởng 8,5%.",
        (2024, 2025, None),
        id="nam-X-dat-vs-buoc-vao-nam",
    ),
    pytest.param(
        "Năm 2022, toàn huyện đạt 15/18 chỉ tiêu. Năm 2023, huyện phấn đấu thu ngân sách đạt 200 tỷ đồng.",
        (2022, 2023, None),
        id="nam-X-dat-vs-nam-Y-phan-dau",
    ),
    pytest.param(
        "Chiều 20/12, Đảng ủy xã An Phú tổ chức hội nghị. Các đại biểu thảo luận về công tác xây dựng Đảng.",
        (None, None, None),
        id="no-year-at-all",
    ),
    pytest.param(
        " date 2024-03\nNgày 5/3/2024, Sở Y tế tổ chức lễ ra quân tiêm chủng. "
        "Đồng chí Giám đốc đề nghị các cơ sở y tế bảo đảm an toàn.",
        (None, None, None),
        id="event-news-only-a-date-is-null",
    ),
    # comparisons, ranges and far targets do not vote
    pytest.param(
        "Năm 2023, tổng thu ngân sách tăng 12% so với năm 2022, thu nhập bình quân tăng 8% so với năm 2022, "
        "số doanh nghiệp tăng 15% so với năm 2022. Hội nghị tổng kết công tác năm 2023 và bàn phương hướng năm 2024.",
        (2023, 2024, None),
        id="repeated-so-voi-nam-does-not-decide",
    ),
    pytest.param(
        "Trong nhiệm kỳ 2020 - 2025, huyện đã xây dựng 12 xã nông thôn mới. Kế hoạch giai đoạn 2021-2025 đạt 80%. "
        "Hội nghị đánh giá kết quả năm 2022, đề ra nhiệm vụ năm 2023, tầm nhìn đến năm 2030.",
        (2022, 2023, None),
        id="nhiem-ky-giai-doan-tam-nhin-do-not-decide",
    ),
    pytest.param(
        " date 2023-12\nĐây là năm thứ ba thực hiện Nghị quyết Đại hội nhiệm kỳ 2020 - 2025 và kế hoạch giai đoạn "
        "2021-2025. Hội nghị tổng kết công tác năm 2023, tầm nhìn đến năm 2030 phát triển bền vững.",
        (2023, None, None),
        id="range-end-2025-is-not-a-plan-year",
    ),
    pytest.param(
        " date 2024-12\nTỉnh xác định quy hoạch tầm nhìn đến năm 2050 và định hướng đến năm 2030. "
        "Đây là nội dung quan trọng trong kết quả năm 2024.",
        (2024, None, None),
        id="tam-nhin-dinh-huong-den-nam-is-not-a-plan-year",
    ),
    # mid-year reviews and quarters keep the year
    pytest.param(
        "Tỉnh Cà Mau tổ chức sơ kết 6 tháng đầu năm 2024. Giá trị sản xuất tăng 4% so với cùng kỳ. "
        "Đồng chí Chủ tịch yêu cầu các sở, ngành tập trung hoàn thành nhiệm vụ 6 tháng cuối năm.",
        (2024, 2024, "H2"),
        id="so-ket-6-thang-dau-nam-H2",
    ),
    pytest.param(
        " date 2024-11\nSơ kết hoạt động những tháng đầu năm, huyện đề ra nhiệm vụ những tháng cuối năm 2024. "
        "Đồng chí Chủ tịch đề nghị các xã tăng cường thu ngân sách.",
        (2024, 2024, "H2"),
        id="nhung-thang-cuoi-nam-H2",
    ),
    pytest.param(
        " date 2024-04\nHội nghị triển khai phương hướng, nhiệm vụ quý 2/2024. "
        "Kết quả quý I-2024, doanh thu đạt 120 tỷ đồng. Đồng chí Giám đốc đề nghị các phòng tăng cường tiếp thị.",
        (2024, 2024, "Q2"),
        id="quy-2-slash-2024-Q2",
    ),
    pytest.param(
        " date 2024-04\nNgân hàng tổ chức hội nghị sơ kết quý I và triển khai phương hướng, nhiệm vụ quý II-2024. "
        "Dư nợ tín dụng tăng 3% so với cuối năm 2023.",
        (2024, 2024, "Q2"),
        id="quy-II-dash-2024-Q2",
    ),
    # a month under review reports its year; the rest of that year is planned
    pytest.param(
        " date 2023-06\nNgày 30/5, UBND huyện họp phiên thường kỳ tháng 5/2023 để đánh giá kết quả thực hiện "
        "nhiệm vụ trong tháng; triển khai nhiệm vụ tháng tiếp theo.",
        (2023, 2023, None),
        id="thuong-ky-thang-M-slash-Y-reports-and-plans-Y",
    ),
    # (a month review that states no task for the rest of the year plans nothing: guideline "plan_year is
    # null when the article states no task, target or direction"; train 509, 528, 611, 641 are so)
    pytest.param(
        "Trong tháng 10-2024, Huyện ủy đã lãnh đạo thực hiện các nhiệm vụ năm 2024 theo kế hoạch.",
        (2024, None, None),
        id="trong-thang-M-dash-Y-reports-Y",
    ),
    pytest.param(
        " date 2024-10\nKết quả thực hiện nhiệm vụ tháng 9 năm 2024: thu ngân sách đạt 70% dự toán. "
        "Đồng chí Chủ tịch yêu cầu các sở tập trung hoàn thành kế hoạch quý IV.",
        (2024, 2024, "Q4"),  # (the request is for the fourth quarter's plan: that part of 2024 planned)
        id="ket-qua-thang-M-nam-Y",
    ),
    pytest.param(
        "Ngày 3 tháng 5 năm 2024, huyện tổ chức hội nghị tổng kết năm 2023, triển khai nhiệm vụ năm 2024.",
        (2023, 2024, None),
        id="a-date-is-no-month-under-review",
    ),
    pytest.param(
        " date 2024-12\nHội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025. "
        "Tháng 5/2024, huyện tổ chức thành công Đại hội.",
        (2024, 2025, None),
        id="month-in-passing-in-a-year-end-review",
    ),
    pytest.param(
        "Ngày 31/3/2023, UBND huyện họp phiên thường kỳ tháng 3, đánh giá kết quả quý I và triển khai nhiệm vụ "
        "quý II/2023.",
        (2023, 2023, "Q2"),
        id="quarterly-review-reports-the-planned-quarters-year",
    ),
    # the article's own date is the prior when there is no header
    pytest.param(
        "Chiều 29/5/2024, UBND huyện họp phiên thường kỳ tháng 5. Năm tháng đầu năm, thu ngân sách đạt 43% dự toán. "
        "Đồng chí Chủ tịch yêu cầu các xã hoàn thành bàn giao mặt bằng trong tháng 6.",
        (2024, 2024, None),
        id="date-in-text-and-nam-thang-dau-nam",
    ),
    # published before the year is over, about that year: the rest of it is planned
    pytest.param(
        " date 2024-08-15\nUBND tỉnh họp về giải ngân vốn đầu tư công năm 2024. Đến hết năm 2024, tỷ lệ giải ngân "
        "phải đạt từ 95% trở lên.",
        (2024, 2024, None),
        id="mid-year-dated-request-plans-the-same-year",
    ),
    # the year's targets met are reported; the next year's are planned
    pytest.param(
        " date 2022-12-27\nPhường 12 hoàn thành 15/16 chỉ tiêu năm 2022\n\nNgày 26/12, UBND phường tổng kết công tác "
        "năm 2022. Năm 2023, phường phấn đấu thu ngân sách vượt 10% dự toán.",
        (2022, 2023, None),
        id="hoan-thanh-chi-tieu-nam-X-reports",
    ),
    pytest.param(
        "Hội nghị tổng kết năm 2024. Đồng chí đề nghị các ban, ngành tập trung hoàn thành nhiệm vụ năm 2025.",
        (2024, 2025, None),
        id="request-to-hoan-thanh-nhiem-vu-plans",
    ),
    # resolve still to be carried out plans the year it names; done, it reports
    pytest.param(
        "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15 diễn ra ngày 12/10. Đồng chí Bí thư nhấn mạnh quyết tâm "
        "thực hiện thắng lợi Nghị quyết năm 2024 đã đề ra, làm nền tảng cho năm 2025.",
        (None, 2024, None),
        id="quyet-tam-thuc-hien-thang-loi-nghi-quyet-plans",
    ),
    pytest.param(
        "Đảng bộ huyện đã lãnh đạo thực hiện thắng lợi Nghị quyết năm 2024, hoàn thành 20/22 chỉ tiêu.",
        (2024, None, None),
        id="da-thuc-hien-thang-loi-reports",
    ),
    # a cue belongs to the first year after it, not to a later one
    pytest.param("Kết quả năm 2023 tạo đà cho năm 2024 với nhiều kỳ vọng.", (2023, None, None), id="cue-stops-at-first-year"),
    # the published date is the prior: news reports on this year or the last
    pytest.param(
        " date 2020-03\nĐại hội Đảng bộ xã lần thứ XX, nhiệm kỳ 2020-2025. Trong nhiệm kỳ qua, kinh tế tăng trưởng "
        "khá. Năm 2017, xã đạt chuẩn nông thôn mới.",
        (None, None, None),
        id="year-long-before-published-is-not-reported",
    ),
    # the one year an article names, with no cue, is the year it reports
    pytest.param(
        "Từ đầu năm 2021 đến nay, tỉnh đã công nhận 11 xã nông thôn mới, vượt 2 xã so với kế hoạch.",
        (2021, None, None),
        id="lone-year-tu-dau-nam-den-nay",
    ),
    pytest.param(
        "Hà Giang: Thêm 5 cây c?u m?i\n\nT? d?u nam 2022 d?n nay, huy?n Yên Minh dã xây m?i 5 cây c?u dân sinh, "
        "vu?t 1 c?u so v?i k? ho?ch. Ngu?i dân các xã vùng cao dã có du?ng di l?i thu?n ti?n hơn.",
        (2022, None, None),
        id="lone-year-in-text-with-lost-letters",
    ),
    pytest.param(
        " date 2024-05\nLuật Đất đai năm 2013 còn nhiều bất cập, đại biểu góp ý.",
        (None, None, None),
        id="lone-year-long-before-published-is-not-reported",
    ),
    # known gaps
    pytest.param(" date 2024-07\nSáng 5/7, huyện tổ chức hội nghị sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối "
        "năm. Các đại biểu đã thảo luận nhiều giải pháp.", (2024, 2024, "H2"), id='mid-year-without-year-uses-published-prior'),
    pytest.param("Công ty tổ chức hội nghị sơ kết quý I và triển khai phương hướng, nhiệm vụ quý 2/2024. "
        "Doanh thu quý I-2024 đạt 120 tỷ đồng.", (2024, 2024, "Q2"), id='quy-I-results-after-quarter-plan-sentence'),
    pytest.param(" date 2024-12\nHội nghị tổng kết công tác năm qua và triển khai nhiệm vụ năm 2025. "
        "Các đại biểu thảo luận sôi nổi.", (2024, 2025, None), id='nam-qua-uses-published-prior'),
    pytest.param("Năm 2025 là năm diễn ra đại hội đảng bộ các cấp. "
        "Hội nghị đánh giá kết quả năm 2024, đề ra nhiệm vụ năm 2025.", (2024, 2025, None), id='nam-X-la-nam-description-does-not-report'),
    pytest.param(" date 2025-01\nHội nghị tổng kết năm 2024. Năm 2025, ngành giáo dục xác định các nhiệm vụ trọng tâm như: "
        "nâng cao chất lượng giáo dục toàn diện; đẩy mạnh xây dựng trường chuẩn quốc gia; "
        "bồi dưỡng đội ngũ giáo viên.", (2024, 2025, None), id='nam-X-xac-dinh-nhiem-vu-trong-tam-plans'),
    pytest.param(" date 2024-12\nTổng kết công tác năm 2024, các đại biểu cho rằng cần phải tập trung tháo gỡ khó khăn "
        "cho doanh nghiệp trong năm 2025.", (2024, 2025, None), id='trong-nam-inside-directive-plans'),
    pytest.param(" date 2024-12\nHội nghị tổng kết công tác năm 2024. Kết luận hội nghị, đồng chí Bí thư đề nghị "
        "các cơ quan, đơn vị quán triệt nghị quyết năm 2025.", (2024, 2025, None), id='nghi-quyet-nam-X-inside-directive-plans'),
]


@pytest.mark.parametrize("text,expected", YEAR_EXAMPLES)
def test_years(text, expected):
    doc = extract(text)
    assert (doc.report_year, doc.plan_year, doc.plan_period) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(" date 2024-12\nHội nghị tổng kết năm 2024.", "2024-12", id="header"),
        pytest.param("date 2025-01-15\nHội nghị tổng kết năm 2024.", "2025-01-15", id="header-with-day"),
        pytest.param("Hội nghị tổng kết năm 2024.", None, id="no-header"),
    ],
)
def test_published_header(text, expected):
    assert extract(text).published == expected


# --------------------------------------------------------------------- tasks

TASK_EXAMPLES = [
    pytest.param(
        " date 2025-01\nHội nghị tổng kết công tác năm 2024. Năm 2024, huyện đã hoàn thành 20/22 chỉ tiêu.\n"
        "Phát biểu chỉ đạo, ông Trần Văn Dũng, Bí thư Huyện ủy đề nghị các ban, ngành, địa phương tập trung "
        "thực hiện hoàn thành các chỉ tiêu năm 2025.",
        ["tập trung thực hiện hoàn thành các chỉ tiêu năm 2025"],
        id="de-nghi-assignees-verb",
    ),
    pytest.param(
        " date 2024-12\nHội nghị tổng kết năm 2024, triển khai nhiệm vụ năm 2025.\n"
        "Phát biểu chỉ đạo, ông Trần Văn Dũng, Phó Chủ tịch UBND tỉnh ghi nhận kết quả ngành đạt được. "
        "Ông đề nghị ngành nông nghiệp tiếp tục rà soát quy hoạch vùng sản xuất; yêu cầu các địa phương "
        "đẩy mạnh chuyển đổi số trong quản lý.",
        ["rà soát quy hoạch vùng sản xuất", "đẩy mạnh chuyển đổi số trong quản lý"],
        id="two-requests-split-at-semicolon",
    ),
    pytest.param(
        " date 2024-12\nHội nghị tổng kết năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Lê Văn Nam, "
        "Chủ tịch UBND huyện đề nghị các xã làm tốt công tác dân vận; các trường học tăng cường giáo dục "
        "kỹ năng sống.",
        ["làm tốt công tác dân vận", "tăng cường giáo dục kỹ năng sống"],
        id="semicolon-second-request-without-own-cue",
    ),
    pytest.param(
        " date 2024-12\nHội nghị tổng kết công tác năm 2024. Năm 2025, huyện phấn đấu thu ngân sách trên địa bàn "
        "đạt 150 tỷ đồng.",
        ["phấn đấu thu ngân sách trên địa bàn đạt 150 tỷ đồng"],
        id="nam-X-huyen-phan-dau",
    ),
    pytest.param(
        " date 2024-12\nHội nghị tổng kết năm 2024, triển khai nhiệm vụ năm 2025. Năm 2025, thành phố Cần Thơ "
        "phấn đấu tăng trưởng kinh tế đạt 7,5%.",
        ["phấn đấu tăng trưởng kinh tế đạt 7,5%"],
        id="can-tho-subject-with-phan-dau",
    ),
    pytest.param(
        " date 2025-01\nHội nghị tổng kết năm 2024, triển khai nhiệm vụ năm 2025. Năm 2025, huyện tập trung vào "
        "các nhiệm vụ trọng tâm như: phát triển du lịch cộng đồng; hoàn thiện hạ tầng giao thông nông thôn; "
        "giữ vững quốc phòng, an ninh.",
        ["phát triển du lịch cộng đồng", "hoàn thiện hạ tầng giao thông nông thôn", "giữ vững quốc phòng, an ninh"],
        id="nhiem-vu-trong-tam-list-one-task-per-item",
    ),
    pytest.param(
        " date 2024-12\nHội nghị tổng kết công tác năm 2024. Về phương hướng năm 2025, Đảng bộ xã tiếp tục "
        "đẩy mạnh phát triển kinh tế nông nghiệp. Tiếp tục nâng cao chất lượng sinh hoạt chi bộ. "
        "Tăng cường công tác kiểm tra, giám sát.",
        [
            "đẩy mạnh phát triển kinh tế nông nghiệp",
            "Tiếp tục nâng cao chất lượng sinh hoạt chi bộ",
            "Tăng cường công tác kiểm tra, giám sát",
        ],
        id="tiep-tuc-clauses-in-directions-paragraph",
    ),
    pytest.param(
        " date 2024-12\nTổng kết năm 2024, triển khai nhiệm vụ năm 2025. Phát biểu chỉ đạo, ông Nguyễn Quốc Hưng, "
        "Chủ tịch UBND tỉnh chỉ đạo các sở, ngành rà soát thủ tục hành chính. Tỉnh phải tập trung cải thiện "
        "chỉ số năng lực cạnh tranh. Các địa phương cần chủ động phòng chống thiên tai.",
        ["rà soát thủ tục hành chính", "tập trung cải thiện chỉ số năng lực cạnh tranh", "chủ động phòng chống thiên tai"],
        id="consecutive-directive-sentences",
    ),
    pytest.param(
        " date 2024-12\nHội nghị tổng kết năm 2024, triển khai nhiệm vụ năm 2025. Cần tập trung phát triển hạ tầng "
        "số và đào tạo nguồn nhân lực.",
        ["Cần tập trung phát triển hạ tầng số"],
        id="can-tap-trung-at-sentence-start",
    ),
    pytest.param(
        " date 2024-12\nHội nghị tổng kết năm 2024 và triển khai phương hướng năm 2025. Về phương hướng năm 2025, "
        "Đảng bộ đã tập trung thảo luận kỹ. Năm 2025 là năm diễn ra đại hội đảng bộ các cấp. "
        "Tiếp tục đổi mới phương thức lãnh đạo của Đảng.",
        ["Tiếp tục đổi mới phương thức lãnh đạo của Đảng"],
        id="only-the-tiep-tuc-clause-not-the-year-description",
    ),
    pytest.param(
        " date 2024-06\nSơ kết 6 tháng đầu năm 2024, tổng thu ngân sách đạt 60% dự toán. Nhiệm vụ 6 tháng cuối "
        "năm, huyện phấn đấu hoàn thành 100% kế hoạch thu ngân sách.",
        ["phấn đấu hoàn thành 100% kế hoạch thu ngân sách"],
        id="mid-year-phan-dau",
    ),
    # a plan sentence "<frame>, <actor> <task verb> A; B; phấn đấu C": every item, not only the cued one
    pytest.param(
        " date 2024-07\nSơ kết 6 tháng đầu năm 2024. Nhiệm vụ 6 tháng cuối năm, huyện Bảo Lạc tập trung giải ngân "
        "vốn đầu tư công; đẩy nhanh tiến độ các công trình trọng điểm; phấn đấu hoàn thành 25 chỉ tiêu năm 2024 "
        "đã đề ra.",
        ["tập trung giải ngân vốn đầu tư công", "đẩy nhanh tiến độ các công trình trọng điểm",
         "phấn đấu hoàn thành 25 chỉ tiêu năm 2024 đã đề ra"],
        id="actor-verb-list-before-phan-dau",
    ),
    pytest.param(
        " date 2024-12\nHội nghị tổng kết năm 2024. Về phương hướng năm 2025, huyện tiếp tục tập trung phát triển "
        "nông nghiệp hữu cơ.",
        ["tiếp tục tập trung phát triển nông nghiệp hữu cơ"],
        id="actor-then-the-first-verb",
    ),
    # verbs sharing one object are one task, and the "và" stays inside it
    pytest.param(
        " date 2024-12\nHội nghị tổng kết năm 2024, triển khai nhiệm vụ năm 2025. "
        "Đồng chí Bí thư đề nghị các cấp, các ngành tiếp tục đẩy mạnh và làm tốt hơn nữa công tác cải cách hành chính.",
        ["tiếp tục đẩy mạnh và làm tốt hơn nữa công tác cải cách hành chính"],
        id="dan-verbs-sharing-an-object-one-task",
    ),
    pytest.param(
        " date 2024-12\nHội nghị tổng kết năm 2024, triển khai nhiệm vụ năm 2025. Chủ tịch UBND tỉnh yêu cầu "
        "các sở, ngành cần nỗ lực, tháo gỡ khó khăn cho doanh nghiệp, giải quyết kịp thời kiến nghị của người dân.",
        # one request whose verbs are chained by commas: one task (guideline "verbs chained by commas inside
        # one request stay one task"; the train gold never splits there — it used to give two tasks)
        ["nỗ lực, tháo gỡ khó khăn cho doanh nghiệp, giải quyết kịp thời kiến nghị của người dân"],
        id="bare-no-luc-joins-the-next-verb",
    ),
    pytest.param(
        " date 2024-12\nHội nghị tổng kết năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí đề nghị các xã tập trung "
        "chuyển đổi cơ cấu cây trồng, nâng cao chất lượng sản phẩm OCOP.",
        # (was two tasks, split at ", nâng cao": the guideline and the train/val gold keep verbs chained by
        # commas inside one request as one task)
        ["tập trung chuyển đổi cơ cấu cây trồng, nâng cao chất lượng sản phẩm OCOP"],
        id="verbs-chained-by-comma-one-task",
    ),
    # a request after a description of the year in the same sentence is still a request
    pytest.param(
        " date 2023-01\nHội nghị tổng kết năm 2022, triển khai nhiệm vụ năm 2023. Nhấn mạnh năm 2023 là năm bản lề, "
        "có ý nghĩa quan trọng, đồng chí đề nghị các cấp ủy tiếp tục nâng cao chất lượng sinh hoạt chi bộ.",
        ["tiếp tục nâng cao chất lượng sinh hoạt chi bộ"],
        id="request-after-la-nam-description",
    ),
    # a request ending in ":" introduces a list: each item is a task, the introduction is none
    pytest.param(
        " date 2024-12\nHội nghị tổng kết năm 2024. Kết luận hội nghị, đồng chí Bí thư Huyện ủy yêu cầu các cấp ủy, "
        "chính quyền tập trung thực hiện tốt các nhiệm vụ trọng tâm năm 2025:\n"
        "- Đẩy nhanh tiến độ giải ngân vốn đầu tư công;\n"
        "- Giải quyết dứt điểm các vụ việc tồn đọng về đất đai;\n"
        "- Chuẩn bị tốt nhân sự đại hội đảng bộ các cấp.\n"
        "Hội nghị kết thúc trong cùng ngày.",
        ["Đẩy nhanh tiến độ giải ngân vốn đầu tư công", "Giải quyết dứt điểm các vụ việc tồn đọng về đất đai",
         "Chuẩn bị tốt nhân sự đại hội đảng bộ các cấp"],
        id="request-colon-then-dashed-items",
    ),
    pytest.param(
        "Năm 2023, huyện đạt 18/20 chỉ tiêu chủ yếu.\n\nNăm 2024, UBND huyện xác định một số nhiệm vụ trọng tâm:\n"
        "1. Phấn đấu tốc độ tăng giá trị sản xuất đạt 8% trở lên;\n"
        "2. Thêm 2 xã đạt chuẩn nông thôn mới nâng cao;\n"
        "3. Giải ngân 100% kế hoạch vốn đầu tư công được giao.",
        ["Phấn đấu tốc độ tăng giá trị sản xuất đạt 8% trở lên", "Thêm 2 xã đạt chuẩn nông thôn mới nâng cao",
         "Giải ngân 100% kế hoạch vốn đầu tư công được giao"],
        id="intro-line-then-numbered-items",
    ),
    # after a request, each body given its own work is a task from its verb, its target included
    pytest.param(
        " date 2023-10\nUBND tỉnh họp phiên thường kỳ tháng 9/2023. Đồng chí Chủ tịch UBND tỉnh yêu cầu các sở, "
        "ngành tập trung hoàn thành các chỉ tiêu năm 2023. Sở Y tế khẩn trương triển khai tiêm chủng mở rộng, "
        "phấn đấu đến cuối năm đạt 95% trẻ em được tiêm đủ liều. Sở Tài chính chủ trì, phối hợp với các đơn vị "
        "rà soát các khoản chi thường xuyên.",
        ["tập trung hoàn thành các chỉ tiêu năm 2023", "khẩn trương triển khai tiêm chủng mở rộng",
         "phấn đấu đến cuối năm đạt 95% trẻ em", "rà soát các khoản chi thường xuyên"],  # (the resolve a target of its own)
        id="bodies-with-their-own-work-after-a-request",
    ),
    # targets listed in an adoption statement are tasks; the adoption itself is none
    pytest.param(
        " date 2024-12\nKỳ họp đã thông qua Nghị quyết về kế hoạch phát triển KT-XH năm 2025 với 18 chỉ tiêu chủ yếu, "
        "trong đó: tốc độ tăng trưởng kinh tế đạt 8%; tỷ lệ hộ nghèo giảm 3%; tỷ lệ che phủ rừng đạt 62%.",
        ["tốc độ tăng trưởng kinh tế đạt 8%", "tỷ lệ hộ nghèo giảm 3%", "tỷ lệ che phủ rừng đạt 62%"],
        id="targets-listed-in-adoption-statement",
    ),
    pytest.param(
        "Đại hội thống nhất các chỉ tiêu chủ yếu nhiệm kỳ 2025 - 2030, trong đó: thu nhập bình quân đầu người đạt "
        "80 triệu đồng; phấn đấu đạt chuẩn nông thôn mới kiểu mẫu. Đại hội xác định 2 khâu đột phá: phát triển "
        "du lịch sinh thái; chuyển đổi số trong quản lý.",
        ["thu nhập bình quân đầu người đạt 80 triệu đồng", "phấn đấu đạt chuẩn nông thôn mới kiểu mẫu",
         "phát triển du lịch sinh thái", "chuyển đổi số trong quản lý"],
        id="chi-tieu-chu-yeu-and-khau-dot-pha-lists",
    ),
    pytest.param(
        " date 2024-12\nBế mạc kỳ họp, đồng chí Chủ tịch HĐND tỉnh đề nghị UBND tỉnh khẩn trương cụ thể hóa các "
        "nghị quyết vừa được thông qua.",
        ["khẩn trương cụ thể hóa các nghị quyết vừa được thông qua"],
        id="adoption-words-inside-a-request",
    ),
    # a new subject with its own modal inside a request's clause is another request
    pytest.param(
        " date 2024-12\nHội nghị tổng kết năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Bí thư nhấn mạnh, "
        "các tổ chức đảng phải làm tốt vai trò hạt nhân lãnh đạo ở cơ sở, mỗi cán bộ, đảng viên phải gương mẫu "
        "trong thực hiện nhiệm vụ.",
        ["phải làm tốt vai trò hạt nhân lãnh đạo ở cơ sở", "phải gương mẫu trong thực hiện nhiệm vụ"],
        id="second-subject-with-its-own-modal",
    ),
    pytest.param(
        " date 2024-12\nHội nghị tổng kết năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Bí thư nhấn mạnh: các xã "
        "cần chủ động phòng, chống thiên tai.",
        ["cần chủ động phòng, chống thiên tai"],
        id="nhan-manh-colon-then-modal",
    ),
    # items of a list announced in the sentence before: "Thứ nhất, …"
    pytest.param(
        "Đại hội xác định 2 khâu đột phá. Thứ nhất, tập trung đầu tư hạ tầng giao thông kết nối. Thứ hai, nâng cao "
        "chất lượng nguồn nhân lực.",
        ["tập trung đầu tư hạ tầng giao thông kết nối", "nâng cao chất lượng nguồn nhân lực"],
        id="thu-nhat-thu-hai-items",
    ),
    # a goal list closing a line in a directions paragraph
    pytest.param(
        " date 2023-01\nNgành y tế tổng kết năm 2022. Năm 2023, ngành y tế đặt ra các mục tiêu:\n"
        "- Tỷ lệ dân số tham gia bảo hiểm y tế đạt 94%;\n- Duy trì tỷ lệ tiêm chủng mở rộng trên 95%.",
        ["Tỷ lệ dân số tham gia bảo hiểm y tế đạt 94%", "Duy trì tỷ lệ tiêm chủng mở rộng trên 95%"],
        id="goal-list-after-colon-in-directions",
    ),
    pytest.param(
        " date 2025-01\nNgành thuế tổng kết năm 2024. Năm 2025 ngành thuế Bình Dương phấn đấu thu ngân sách đạt "
        "45.000 tỷ đồng.",
        ["phấn đấu thu ngân sách đạt 45.000 tỷ đồng"],
        id="soft-cue-after-a-long-subject",
    ),
    # a resolution in quotes opening the article
    pytest.param(
        "\"Quyết tâm hoàn thành thắng lợi các chỉ tiêu năm 2024\" - đó là chỉ đạo của đồng chí Bí thư Tỉnh ủy "
        "tại hội nghị ngày 10/10.",
        ["Quyết tâm hoàn thành thắng lợi các chỉ tiêu năm 2024"],
        id="quoted-quyet-tam-headline",
    ),
]


@pytest.mark.parametrize("text,expected", TASK_EXAMPLES)
def test_tasks(text, expected):
    doc = extract(text)
    assert_tasks_grounded(text, doc)
    got = [t.text for t in doc.tasks]
    assert len(got) == len(expected), got
    for phrase, task_text in zip(expected, got):
        assert phrase in task_text, (phrase, got)


# ----------------------------------------------------------------- not tasks

PLAN = " date 2024-12\nHội nghị tổng kết năm 2024, triển khai nhiệm vụ năm 2025. "

NOT_TASK_EXAMPLES = [
    pytest.param(
        PLAN + "Các đại biểu thảo luận sôi nổi.\n\nĐồng chí Chủ tịch nhấn mạnh cần chủ",
        "cần chủ",
        id="text-cut-off-after-the-cue",
    ),
    pytest.param(
        PLAN + "Năm 2025 là năm có ý nghĩa đặc biệt, tạo tiền đề phấn đấu thực hiện kế hoạch giai đoạn 2026 - 2030.",
        "phấn đấu thực hiện kế hoạch",
        id="soft-cue-after-la-nam-description",
    ),
    pytest.param(
        PLAN + "Đồng chí Bí thư nhấn mạnh, thời gian còn lại của năm không nhiều, khối lượng công việc rất lớn.",
        "thời gian còn lại của năm không nhiều",
        id="nhan-manh-comma-reports-a-statement",
    ),
    pytest.param(
        PLAN + "Việc sắp xếp bộ máy không phải là sự kết thúc trách nhiệm của mỗi cán bộ.",
        "không phải là sự kết thúc",
        id="khong-phai-la-is-no-request",
    ),
    pytest.param(
        PLAN + "Đồng chí Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh chủ trì hội nghị.",
        "Chỉ đạo các chương trình",
        id="cue-inside-a-capitalized-name",
    ),
    pytest.param(
        PLAN + "Hai xã đang hoàn thiện hồ sơ đề nghị công nhận đạt chuẩn nông thôn mới.",
        "đề nghị công nhận",
        id="ho-so-de-nghi-is-a-document",
    ),
    pytest.param(
        PLAN + "100% thành viên Hội đồng có mặt đồng ý đề nghị xét, công nhận huyện đạt chuẩn nông thôn mới.",
        "đề nghị xét, công nhận",
        id="dong-y-de-nghi-is-a-vote",
    ),
    pytest.param(
        PLAN + "Khai mạc kỳ họp, đồng chí Chủ tịch HĐND tỉnh đề nghị các vị đại biểu tập trung trí tuệ, thảo luận "
        "dân chủ, thẳng thắn các nội dung trình kỳ họp.",
        "thảo luận",
        id="delegates-asked-to-discuss-at-the-session",
    ),
    pytest.param(
        PLAN + "Đồng chí Chủ tịch nhấn mạnh quý IV có ý nghĩa quyết định đến kết quả cả năm.",
        "có ý nghĩa quyết định",
        id="nhan-manh-reports-a-view",
    ),
    pytest.param(
        "Cần Thơ: Kinh tế 9 tháng đầu năm 2023 tăng trưởng 6,2%\n\nNgày 3/10, UBND thành phố họp đánh giá tình hình.",
        "Kinh tế 9 tháng",
        id="can-tho-opening-a-headline",
    ),
    pytest.param(
        PLAN + "Năm yêu cầu cấp bách\n\nCác đại biểu thảo luận sôi nổi.",
        "yêu cầu cấp bách",
        id="counted-yeu-cau-is-a-noun",
    ),
    pytest.param(
        PLAN + "Năm 2024, toàn tỉnh đã hoàn thành xây dựng 500 căn nhà cho hộ nghèo.",
        "đã hoàn thành xây dựng 500 căn nhà",
        id="achievement-da-hoan-thanh",
    ),
    pytest.param(
        PLAN + "Năm 2024, UBND huyện đã chỉ đạo các xã rà soát hộ nghèo.",
        "chỉ đạo các xã rà soát hộ nghèo",
        id="achievement-da-chi-dao",
    ),
    pytest.param(
        PLAN + "Bên cạnh kết quả đạt được, vẫn còn một số hạn chế như: tiến độ giải ngân chậm; "
        "công tác quản lý đất đai còn bất cập.",
        "tiến độ giải ngân chậm",
        id="limitations",
    ),
    pytest.param(
        PLAN + "Năm 2025 là năm diễn ra đại hội đảng bộ các cấp, tiến tới Đại hội XIV của Đảng.",
        "là năm diễn ra đại hội",
        id="description-of-the-year",
    ),
    pytest.param(
        PLAN + "Hội nghị đã thống nhất các nhiệm vụ, giải pháp trọng tâm năm 2025.",
        "thống nhất các nhiệm vụ, giải pháp trọng tâm",
        id="tasks-adopted-statement",
    ),
    pytest.param(
        PLAN + "Công tác cải cách hành chính có chuyển biến, đáp ứng yêu cầu nhiệm vụ chính trị.",
        "đáp ứng yêu cầu nhiệm vụ",
        id="noun-yeu-cau-dap-ung",
    ),
    pytest.param(
        PLAN + "Theo yêu cầu của Ban Thường vụ Tỉnh ủy, các huyện hoàn thành báo cáo trước ngày 25/12.",
        "Theo yêu cầu của Ban Thường vụ",
        id="noun-yeu-cau-theo-cua",
    ),
    pytest.param(
        PLAN + "Năm 2024, trước yêu cầu ngày càng cao của nhân dân, ngành y tế đã đổi mới phong cách phục vụ.",
        "yêu cầu ngày càng cao",
        id="noun-yeu-cau-ngay-cang",
    ),
    pytest.param(
        PLAN + "Đáng chú ý, năm 2024 tỉnh thu hút 12 dự án đầu tư.",
        "Đáng chú ý",
        id="dang-chu-y",
    ),
    pytest.param(
        PLAN + "Hội nghị thông qua các văn kiện gồm: dự thảo Báo cáo chính trị; Tờ trình về chương trình công tác; "
        "dự thảo Nghị quyết hội nghị.",
        "Tờ trình về chương trình công tác",
        id="agenda-list-of-documents",
    ),
    pytest.param(
        PLAN + "Cần Thơ là thành phố trung tâm vùng đồng bằng sông Cửu Long. Đoàn công tác thành phố Cần Thơ "
        "đến dự hội nghị.",
        "Cần Thơ",
        id="can-tho-is-not-can",
    ),
    pytest.param(PLAN + "Hội nghị đã thảo luận các văn kiện gồm: dự thảo Báo cáo chính trị; Tờ trình đề nghị phê duyệt "
        "kế hoạch năm 2025; dự thảo Nghị quyết hội nghị.", "Tờ trình đề nghị phê duyệt", id='agenda-item-containing-de-nghi'),
]


@pytest.mark.parametrize("text,phrase", NOT_TASK_EXAMPLES)
def test_not_tasks(text, phrase):
    doc = extract(text)
    assert_tasks_grounded(text, doc)
    lo = text.index(phrase)
    hi = lo + len(phrase)
    overlapping = [t.text for t in doc.tasks if t.span.start < hi and lo < t.span.end]
    assert overlapping == []
    assert doc.tasks == []


# ------------------------------------------------- issued_by and assignees

ATTRIBUTION_EXAMPLES = [
    pytest.param(
        " date 2025-01\nHội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.\n"
        "Phát biểu chỉ đạo, ông Trần Văn Dũng, Bí thư Huyện ủy đề nghị các ban, ngành, địa phương tập trung "
        "thực hiện hoàn thành các chỉ tiêu năm 2025.",
        ("tập trung thực hiện", "Trần Văn Dũng", ["các ban", "ngành", "địa phương"]),
        id="speaker-named-in-same-sentence",
    ),
    pytest.param(
        " date 2024-12\nHội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Hoàng Thị Mai, "
        "Bí thư Huyện ủy chủ trì hội nghị.\nNăm 2024, huyện đã hoàn thành 18/20 chỉ tiêu. Tuy nhiên, công tác giải "
        "ngân vốn đầu tư công còn chậm.\nKết luận hội nghị, đồng chí Bí thư Huyện ủy yêu cầu các chi, đảng bộ "
        "tập trung lãnh đạo hoàn thành các chỉ tiêu năm 2025.",
        ("tập trung lãnh đạo", "Hoàng Thị Mai", ["các chi", "đảng bộ"]),
        id="title-only-resolves-to-introduced-official",
    ),
    pytest.param(
        " date 2024-12\nDự hội nghị có đồng chí Hoàng Thị Mai, Bí thư Huyện ủy và đồng chí Vũ Văn Hải, "
        "Chủ tịch UBND huyện.\nHội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Vũ Văn Hải "
        "trình bày báo cáo. Kết luận hội nghị, đồng chí Bí thư Huyện ủy đề nghị các cơ quan, đơn vị quán triệt "
        "nghị quyết đại hội.",
        ("quán triệt nghị quyết", "Hoàng Thị Mai", ["các cơ quan", "đơn vị"]),
        id="title-only-not-the-last-named-official",
    ),
    pytest.param(
        " date 2024-12\nHội nghị tổng kết năm 2024, triển khai nhiệm vụ năm 2025.\n"
        "Phát biểu chỉ đạo, ông Trần Văn Dũng, Phó Chủ tịch UBND tỉnh ghi nhận kết quả ngành đạt được. "
        "Ông đề nghị ngành nông nghiệp tiếp tục rà soát quy hoạch vùng sản xuất; yêu cầu các địa phương "
        "đẩy mạnh chuyển đổi số trong quản lý.",
        ("rà soát quy hoạch", "Trần Văn Dũng", ["ngành nông nghiệp"]),
        id="speaker-named-earlier-in-paragraph",
    ),
    pytest.param(
        " date 2024-12\nHội nghị tổng kết năm 2024, triển khai nhiệm vụ năm 2025.\n"
        "Phát biểu chỉ đạo, ông Trần Văn Dũng, Phó Chủ tịch UBND tỉnh ghi nhận kết quả ngành đạt được. "
        "Ông đề nghị ngành nông nghiệp tiếp tục rà soát quy hoạch vùng sản xuất; yêu cầu các địa phương "
        "đẩy mạnh chuyển đổi số trong quản lý.",
        ("chuyển đổi số", "Trần Văn Dũng", ["các địa phương"]),
        id="second-request-with-own-cue",
    ),
    pytest.param(
        " date 2024-12\nHội nghị tổng kết năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Phạm Minh Tuấn, "
        "Chủ tịch UBND xã đề nghị Mặt trận Tổ quốc và các đoàn thể tăng cường tuyên truyền, vận động nhân dân.",
        ("tuyên truyền", "Phạm Minh Tuấn", ["Mặt trận Tổ quốc", "các đoàn thể"]),
        id="assignees-joined-by-va",
    ),
    pytest.param(
        " date 2024-11\nSơ kết hoạt động những tháng đầu năm, huyện đề ra nhiệm vụ những tháng cuối năm 2024. "
        "Đồng chí Chủ tịch đề nghị các xã tăng cường thu ngân sách.",
        ("thu ngân sách", None, ["các xã"]),
        id="unnamed-speaker-is-null",
    ),
    pytest.param(" date 2024-12\nHội nghị tổng kết năm 2024, triển khai nhiệm vụ năm 2025. Phát biểu chỉ đạo, ông Trần Văn "
        "Dũng, Bí thư Tỉnh ủy đánh giá cao nỗ lực của đồng chí Lê Văn Nam, Chủ tịch UBND huyện. Ông Dũng đề nghị "
        "các cấp, các ngành tăng cường kỷ luật, kỷ cương hành chính.", ("kỷ luật", "Trần Văn Dũng", ["các cấp", "các ngành"]), id='speaker-by-given-name-after-another-official'),
    pytest.param(" date 2024-12\nTổng kết năm 2024, triển khai nhiệm vụ năm 2025. Phát biểu chỉ đạo, ông Nguyễn Quốc Hưng, "
        "Chủ tịch UBND tỉnh chỉ đạo các sở, ngành rà soát thủ tục hành chính.", ("rà soát thủ tục", "Nguyễn Quốc Hưng", ["các sở", "ngành"]), id='chi-dao-cac-assignees'),
    pytest.param(" date 2024-12\nHội nghị tổng kết năm 2024, triển khai nhiệm vụ năm 2025. Bà Lê Thị Hoa, Giám đốc Sở Tài "
        "chính đề nghị các huyện đẩy nhanh tiến độ giải ngân vốn đầu tư công.", ("giải ngân", "Lê Thị Hoa", ["các huyện"]), id='assignees-before-day-nhanh'),
    pytest.param(" date 2024-12\nHội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025.\nPhát biểu chỉ đạo, "
        "ông Trần Văn Dũng, Bí thư Tỉnh ủy biểu dương kết quả đạt được. Ông đề nghị trong năm 2025 các cấp ủy "
        "cần tập trung lãnh đạo thực hiện thắng lợi nghị quyết.", ("lãnh đạo thực hiện", "Trần Văn Dũng", ["các cấp ủy"]), id='assignees-after-time-adverbial'),
    pytest.param(" date 2024-12\nHội nghị tổng kết năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Lê Văn Nam, "
        "Chủ tịch UBND huyện đề nghị các xã làm tốt công tác dân vận; các trường học tăng cường giáo dục "
        "kỹ năng sống.", ("kỹ năng sống", "Lê Văn Nam", ["các trường học"]), id='assignees-of-second-item-without-cue'),
    pytest.param(" date 2024-12\nTổng kết năm 2024, triển khai nhiệm vụ năm 2025. Các địa phương cần chủ động phòng chống "
        "thiên tai.", ("phòng chống thiên tai", None, ["Các địa phương"]), id='assignees-as-subject-before-can'),
    # a paragraph opening on a pronoun ("Ông cũng đề nghị …"): the official named last, in the paragraph before
    pytest.param(" date 2024-12\nHội nghị tổng kết năm 2024, triển khai nhiệm vụ năm 2025.\nPhát biểu chỉ đạo, ông Trần Văn "
        "Dũng, Bí thư Huyện ủy ghi nhận kết quả đạt được.\nÔng cũng đề nghị các xã đẩy nhanh tiến độ giải ngân.",
        ("giải ngân", "Trần Văn Dũng", ["các xã"]), id='pronoun-opening-the-next-paragraph'),
    pytest.param(" date 2024-12\nHội nghị tổng kết năm 2024, triển khai nhiệm vụ năm 2025.\nPhát biểu chỉ đạo, ông Trần Văn "
        "Dũng, Bí thư Huyện ủy ghi nhận kết quả đạt được.\nĐồng chí Chủ tịch UBND huyện đề nghị các xã đẩy nhanh tiến độ "
        "giải ngân.", ("giải ngân", None, ["các xã"]), id='title-opening-the-next-paragraph-is-another-official'),
    # a body's name holding "và" or a comma is one body: the piece after it names no body of its own ("Đào tạo",
    # "Du lịch", "Xã hội"); "và" before a body still joins two ("Mặt trận Tổ quốc và các đoàn thể", above)
    pytest.param(" date 2024-12\nTổng kết năm 2024, triển khai nhiệm vụ năm 2025. Chủ tịch UBND tỉnh đề nghị Sở Giáo dục "
        "và Đào tạo rà soát, bố trí đủ giáo viên cho các trường.", ("bố trí đủ giáo viên", None, ["Sở Giáo dục và Đào tạo"]),
        id='body-name-with-va'),
    pytest.param(" date 2024-12\nTổng kết năm 2024, triển khai nhiệm vụ năm 2025. Chủ tịch UBND huyện đề nghị Phòng Văn hóa, "
        "Thể thao và Du lịch, Phòng Lao động - Thương binh và Xã hội phối hợp tổ chức tốt các hoạt động dịp Tết.",
        ("hoạt động dịp Tết", None, ["Phòng Văn hóa, Thể thao và Du lịch", "Phòng Lao động - Thương binh và Xã hội"]),
        id='body-names-with-commas-and-va'),
    # a word of manner or time closing the bodies is not theirs ("… cũng", "… đều")
    pytest.param(" date 2024-12\nTổng kết năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Bí thư đề nghị các chi bộ đều "
        "phải nâng cao chất lượng sinh hoạt.", ("chất lượng sinh hoạt", None, ["các chi bộ"]), id='assignees-before-deu'),
    # what follows a request may be things, not bodies: none then ("đề xuất các giải pháp để …")
    pytest.param(" date 2024-12\nTổng kết năm 2024, triển khai nhiệm vụ năm 2025. Ông đề nghị các đại biểu thảo luận làm rõ "
        "kết quả; đề xuất các giải pháp để thực hiện tốt nhiệm vụ kép.", ("nhiệm vụ kép", None, []), id='things-after-cue-are-no-assignees'),
]


@pytest.mark.parametrize("text,expected", ATTRIBUTION_EXAMPLES)
def test_issued_by_and_assignees(text, expected):
    phrase, issued_by, assignees = expected
    doc = extract(text)
    assert_tasks_grounded(text, doc)
    task = find_task(doc, phrase)
    assert (task.issued_by, task.assignees) == (issued_by, assignees)


# ------------------------------------------------------ clause, not paragraph

CLAUSE_EXAMPLES = [
    pytest.param(
        " date 2025-01\nHội nghị tổng kết công tác năm 2024. Năm 2024, huyện đã hoàn thành 20/22 chỉ tiêu. "
        "Phát biểu chỉ đạo, ông Trần Văn Dũng, Bí thư Huyện ủy đề nghị các ban, ngành, địa phương tập trung "
        "thực hiện hoàn thành các chỉ tiêu năm 2025.",
        ("tập trung thực hiện", "Năm 2024, huyện đã hoàn thành 20/22 chỉ tiêu"),
        id="directive-after-achievement",
    ),
    pytest.param(
        " date 2024-12\nTổng kết năm 2024, triển khai nhiệm vụ năm 2025. Phát biểu chỉ đạo, ông Nguyễn Quốc Hưng, "
        "Chủ tịch UBND tỉnh chỉ đạo các sở, ngành rà soát thủ tục hành chính. Tỉnh phải tập trung cải thiện "
        "chỉ số năng lực cạnh tranh.",
        ("năng lực cạnh tranh", "rà soát thủ tục hành chính"),
        id="second-of-consecutive-directives",
    ),
    pytest.param(
        " date 2024-12\nHội nghị tổng kết công tác năm 2024. Về phương hướng năm 2025, Đảng bộ xã tiếp tục "
        "đẩy mạnh phát triển kinh tế nông nghiệp. Tiếp tục nâng cao chất lượng sinh hoạt chi bộ.",
        ("sinh hoạt chi bộ", "phát triển kinh tế nông nghiệp"),
        id="tiep-tuc-sentence-after-directions-lead",
    ),
    pytest.param(
        " date 2024-12\nHội nghị tổng kết năm 2024, triển khai nhiệm vụ năm 2025.\n"
        "Phát biểu chỉ đạo, ông Trần Văn Dũng, Phó Chủ tịch UBND tỉnh ghi nhận kết quả ngành đạt được. "
        "Ông đề nghị ngành nông nghiệp tiếp tục rà soát quy hoạch vùng sản xuất; yêu cầu các địa phương "
        "đẩy mạnh chuyển đổi số trong quản lý.",
        ("chuyển đổi số", "rà soát quy hoạch vùng sản xuất"),
        id="second-semicolon-request",
    ),
    pytest.param(
        " date 2025-01\nHội nghị tổng kết năm 2024, triển khai nhiệm vụ năm 2025. Năm 2025, huyện tập trung vào "
        "các nhiệm vụ trọng tâm như: phát triển du lịch cộng đồng; hoàn thiện hạ tầng giao thông nông thôn.",
        ("giao thông nông thôn", "nhiệm vụ trọng tâm như"),
        id="list-item-without-its-intro",
    ),
]


@pytest.mark.parametrize("text,expected", CLAUSE_EXAMPLES)
def test_task_text_is_the_clause(text, expected):
    phrase, before = expected
    doc = extract(text)
    assert_tasks_grounded(text, doc)
    task = find_task(doc, phrase)
    assert before not in task.text
    assert text.index(before) < task.span.start  # the excluded text really precedes the task
    assert ". " not in task.text


# ------------------------------------------------------ year of each task

TASK_YEAR_EXAMPLES = [
    pytest.param(
        " date 2025-01\nHội nghị tổng kết công tác năm 2024. Phát biểu chỉ đạo, ông Trần Văn Dũng, Bí thư Huyện ủy "
        "đề nghị các ban, ngành, địa phương tập trung thực hiện hoàn thành các chỉ tiêu năm 2025.",
        2025,
        id="year-end-directive",
    ),
    pytest.param(
        " date 2024-12\nHội nghị tổng kết công tác năm 2024. Về phương hướng năm 2025, Đảng bộ xã tiếp tục "
        "đẩy mạnh phát triển kinh tế nông nghiệp. Tăng cường công tác kiểm tra, giám sát.",
        2025,
        id="directions-paragraph-verb-clauses",
    ),
    pytest.param(
        "Tỉnh Cà Mau tổ chức sơ kết 6 tháng đầu năm 2024. Đồng chí Chủ tịch yêu cầu các sở, ngành tập trung "
        "hoàn thành nhiệm vụ 6 tháng cuối năm.",
        2024,
        id="mid-year-tasks-same-year",
    ),
    pytest.param(
        " date 2024-04\nHội nghị triển khai phương hướng, nhiệm vụ quý 2/2024. Đồng chí Giám đốc đề nghị các phòng "
        "tăng cường tiếp thị.",
        2024,
        id="quarter-tasks-same-year",
    ),
    pytest.param(
        "Năm 2022, toàn huyện đạt 15/18 chỉ tiêu. Năm 2023, huyện phấn đấu thu ngân sách đạt 200 tỷ đồng.",
        2023,
        id="nam-Y-phan-dau-no-header",
    ),
    pytest.param(" date 2024-12\nTổng kết công tác năm 2024, các đại biểu cho rằng cần phải tập trung tháo gỡ khó khăn "
        "cho doanh nghiệp trong năm 2025.", 2025, id='task-year-2025-but-plan-year-null-trong-nam'),
    pytest.param(" date 2024-12\nHội nghị tổng kết công tác năm 2024. Kết luận hội nghị, đồng chí Bí thư đề nghị "
        "các cơ quan, đơn vị quán triệt nghị quyết năm 2025.", 2025, id='task-year-2025-but-plan-year-null-nghi-quyet'),
    pytest.param(" date 2025-01\nHội nghị tổng kết năm 2024. Năm 2025, ngành giáo dục xác định các nhiệm vụ trọng tâm như: "
        "nâng cao chất lượng giáo dục toàn diện; đẩy mạnh xây dựng trường chuẩn quốc gia.", 2025, id='list-items-under-nam-X-xac-dinh'),
    # a horizon inside a long document name (a bracket in it) is the name's, not the task's deadline
    pytest.param(" date 2019-07\nQuận sơ kết 6 tháng đầu năm 2019, triển khai nhiệm vụ 6 tháng cuối năm 2019.\nTrong 6 tháng "
        "cuối năm, quận tập trung triển khai kế hoạch thực hiện Chương trình hành động số 29-CTr/TU của Thành ủy về thực "
        "hiện Nghị quyết số 43-NQ/TW của Bộ Chính trị (khóa XII) về xây dựng và phát triển thành phố đến năm 2030, tầm "
        "nhìn đến năm 2045.", 2019, id='horizon-inside-a-long-document-name'),
]


@pytest.mark.parametrize("text,expected", TASK_YEAR_EXAMPLES)
def test_task_year_is_plan_year(text, expected):
    doc = extract(text)
    assert_tasks_grounded(text, doc)
    assert doc.tasks
    assert doc.plan_year == expected
    assert [t.year for t in doc.tasks] == [expected] * len(doc.tasks)


ALL_TEXTS = [
    pytest.param(p.values[0], id=p.id)
    for examples in (YEAR_EXAMPLES, TASK_EXAMPLES, NOT_TASK_EXAMPLES, ATTRIBUTION_EXAMPLES, CLAUSE_EXAMPLES, TASK_YEAR_EXAMPLES)
    for p in examples
]


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_every_task_span_is_grounded(text):
    """Grounding holds for every example, including the known gaps."""
    assert_tasks_grounded(text, extract(text))


def test_aim_with_deadline_heads_its_list_and_the_year_after_is_planned():
    """"tỉnh đặt mục tiêu đến năm 2030, A; B" gives B the deadline too; "Trước mắt, trong năm 2026, … sẽ đạt …" plans the
    year after the one reported, not the horizon (fresh pc04)."""
    text = (" date 2026-02-04 Kinh tế\nTỷ lệ thu gom rác thải sinh hoạt năm 2025 đạt 88%.\n\nTheo số liệu của ngành chức "
            "năng, tỷ lệ thu gom, xử lý rác thải sinh hoạt trên địa bàn năm 2025 đạt trung bình 88%.\n\nTỉnh đặt mục tiêu "
            "đến năm 2030, 100% rác thải sinh hoạt tại đô thị được thu gom; khu vực nông thôn đạt trên 90%. Trước mắt, "
            "trong năm 2026, tỷ lệ thu gom tại khu vực nông thôn sẽ đạt 80%, khu vực đô thị đạt 97%.")
    doc = extract(text)
    assert (doc.report_year, doc.plan_year) == (2025, 2026)
    years = {t.text: t.year for t in doc.tasks}
    assert [y for t, y in years.items() if "nông thôn đạt trên 90%" in t] == [2030], years
    assert [y for t, y in years.items() if "sẽ đạt 80%" in t] == [2026], years


def test_later_year_opening_a_sentence_dates_its_tasks():
    """"Sang năm 2023, tỉnh sẽ phấn đấu …" after the targets to the end of 2022 (the plan year): that sentence's tasks
    are for 2023, not read as more items of the list before it (fresh ny01)."""
    text = (" date 2022-11\nPhấn đấu đến hết năm 2022, tỉnh có thêm 9 xã đạt chuẩn nông thôn mới, lũy kế 145/182 xã.\n\n"
            "Sang năm 2023, tỉnh sẽ phấn đấu có thêm huyện Lục Yên đạt chuẩn nông thôn mới, có thêm 17 xã nông thôn mới "
            "nâng cao.")
    doc = extract(text)
    years = {t.text: t.year for t in doc.tasks}
    later = [y for t, y in years.items() if "Lục Yên" in t]
    assert later == [2023], years
    assert not any(t.startswith("Sang năm") for t in years), years
