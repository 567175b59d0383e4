"""Officials' titles: bodies and posts named after the 2025 reorganization.

From 1 July 2025 local government has two levels (provinces merged, districts abolished,
communes and wards merged, "đặc khu" created); ministries, provincial departments and the
Party's bodies were merged and renamed. Every example is ``(text, expected)`` where
``expected`` is the exact mapping ``{official name: [position texts in order]}``; spans
must be grounded in the input. The sentences and names are invented, in the style of
provincial and commune reports of 2025-2026; the bodies and posts are real
(resources/organizations.txt and resources/titles.txt, section "post-2025 reorganization").
"""

from __future__ import annotations

import pytest

from helpers import assert_officials


CASES = [
    # --- a lower-case "phòng" closing the title still opens a department name with commas ---
    pytest.param(
        "Trưởng phòng Kinh tế, Hạ tầng và Đô thị phường Phan Văn Nam trình bày tờ trình.",
        {"Phan Văn Nam": ["Trưởng phòng Kinh tế, Hạ tầng và Đô thị phường"]},
        id="lower-case-phong-title-then-name",
    ),
    pytest.param(
        "Ông Phan Văn Nam, Trưởng phòng Kinh tế, Hạ tầng và Đô thị phường, trình bày tờ trình.",
        {"Phan Văn Nam": ["Trưởng phòng Kinh tế, Hạ tầng và Đô thị phường"]},
        id="lower-case-phong-name-then-title",
    ),
    # --- central Party and the merged ministries ---
    pytest.param(
        "Đồng chí Trần Thị Bình, Phó Bí thư Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương, phát biểu tại hội nghị.",
        {"Trần Thị Bình": ["Phó Bí thư Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương"]},
        id="party-committee-of-the-front-name-then-title",
    ),
    pytest.param(
        "Bí thư Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương Nguyễn Văn An phát biểu chỉ đạo.",
        {"Nguyễn Văn An": ["Bí thư Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương"]},
        id="party-committee-of-the-front-title-before-name",
    ),
    pytest.param(
        "Dự hội nghị có đồng chí Phạm Văn Cường, Thành ủy viên, Trưởng Ban Chính sách, chiến lược Thành ủy.",
        {"Phạm Văn Cường": ["Thành ủy viên", "Trưởng Ban Chính sách, chiến lược Thành ủy"]},
        id="city-policy-board-in-a-chain",
    ),
    pytest.param(
        "Cục trưởng Cục Việc làm Lê Thị Dung báo cáo tình hình lao động sau sắp xếp.",
        {"Lê Thị Dung": ["Cục trưởng Cục Việc làm"]},
        id="employment-department-home-affairs",
    ),
    pytest.param(
        "Ông Hoàng Văn Giang, Phó Cục trưởng Cục Người có công, trao quà cho các gia đình chính sách.",
        {"Hoàng Văn Giang": ["Phó Cục trưởng Cục Người có công"]},
        id="department-of-people-with-merit",
    ),
    pytest.param(
        "Đồng chí Vũ Thị Hạnh, Cục trưởng Cục Trồng trọt và Bảo vệ thực vật, chủ trì hội nghị.",
        {"Vũ Thị Hạnh": ["Cục trưởng Cục Trồng trọt và Bảo vệ thực vật"]},
        id="merged-crop-and-plant-protection-department",
    ),
    pytest.param(
        "Cục trưởng Cục Quản lý đất đai Đặng Văn Khải trả lời chất vấn của đại biểu.",
        {"Đặng Văn Khải": ["Cục trưởng Cục Quản lý đất đai"]},
        id="land-management-department",
    ),
    pytest.param(
        "Tham dự có bà Bùi Thị Lan, Phó Cục trưởng Cục Quản lý đê điều và Phòng, chống thiên tai.",
        {"Bùi Thị Lan": ["Phó Cục trưởng Cục Quản lý đê điều và Phòng, chống thiên tai"]},
        id="dyke-and-disaster-department-with-inner-comma",
    ),
    pytest.param(
        "Cục trưởng Cục Phát triển doanh nghiệp tư nhân và Kinh tế tập thể Đỗ Văn Minh giới thiệu chính sách mới.",
        {"Đỗ Văn Minh": ["Cục trưởng Cục Phát triển doanh nghiệp tư nhân và Kinh tế tập thể"]},
        id="private-enterprise-department-finance",
    ),
    pytest.param(
        "Đồng chí Ngô Thị Nga, Cục trưởng Cục Đổi mới sáng tạo, phát biểu tham luận.",
        {"Ngô Thị Nga": ["Cục trưởng Cục Đổi mới sáng tạo"]},
        id="innovation-department-science",
    ),
    pytest.param(
        "Ông Dương Văn Phúc - Phó Cục trưởng Cục Phát thanh, truyền hình và thông tin điện tử - trao giải.",
        {"Dương Văn Phúc": ["Phó Cục trưởng Cục Phát thanh, truyền hình và thông tin điện tử"]},
        id="broadcasting-department-dash-separated",
    ),
    # --- province: Party bodies, press, the renamed departments and their units ---
    pytest.param(
        "Tổng Biên tập Báo và Phát thanh, Truyền hình tỉnh Lý Thị Quyên phát biểu chào mừng.",
        {"Lý Thị Quyên": ["Tổng Biên tập Báo và Phát thanh, Truyền hình tỉnh"]},
        id="merged-provincial-press-title-before-name",
    ),
    pytest.param(
        "Đồng chí Hà Văn Sơn, Tỉnh ủy viên, Tổng Biên tập Báo và Phát thanh, Truyền hình tỉnh, dự lễ.",
        {"Hà Văn Sơn": ["Tỉnh ủy viên", "Tổng Biên tập Báo và Phát thanh, Truyền hình tỉnh"]},
        id="merged-provincial-press-in-a-chain",
    ),
    pytest.param(
        "Trưởng Thuế tỉnh Nguyễn Thị Thanh báo cáo kết quả thu ngân sách.",
        {"Nguyễn Thị Thanh": ["Trưởng Thuế tỉnh"]},
        id="head-of-provincial-tax-title-before-name",
    ),
    pytest.param(
        "Đồng chí Trần Văn Tuấn, Phó Trưởng Thuế tỉnh, giải đáp kiến nghị của doanh nghiệp.",
        {"Trần Văn Tuấn": ["Phó Trưởng Thuế tỉnh"]},
        id="deputy-head-of-provincial-tax",
    ),
    pytest.param(
        "Bà Lê Thị Uyên, Trưởng Thống kê tỉnh, công bố số liệu tăng trưởng.",
        {"Lê Thị Uyên": ["Trưởng Thống kê tỉnh"]},
        id="head-of-provincial-statistics",
    ),
    pytest.param(
        "Giám đốc Bảo hiểm xã hội cơ sở Phạm Văn Vinh cho biết tỷ lệ bao phủ đã tăng.",
        {"Phạm Văn Vinh": ["Giám đốc Bảo hiểm xã hội cơ sở"]},
        id="local-social-insurance-office",
    ),
    pytest.param(
        "Đồng chí Hoàng Thị Xuân, Chi cục trưởng Chi cục Quản lý đất đai, báo cáo tiến độ cấp giấy chứng nhận.",
        {"Hoàng Thị Xuân": ["Chi cục trưởng Chi cục Quản lý đất đai"]},
        id="land-sub-department-of-agriculture-and-environment",
    ),
    pytest.param(
        "Chi cục trưởng Chi cục Trồng trọt và Bảo vệ thực vật Vũ Văn Yên hướng dẫn phòng trừ sâu bệnh.",
        {"Vũ Văn Yên": ["Chi cục trưởng Chi cục Trồng trọt và Bảo vệ thực vật"]},
        id="crop-sub-department-title-before-name",
    ),
    pytest.param(
        "Dự buổi làm việc có ông Đặng Văn Bảo, Phó Giám đốc Sở Nông nghiệp và Môi trường, Giám đốc Văn phòng Đăng ký đất đai tỉnh.",
        {"Đặng Văn Bảo": [
            "Phó Giám đốc Sở Nông nghiệp và Môi trường",
            "Giám đốc Văn phòng Đăng ký đất đai tỉnh",
        ]},
        id="land-registration-office-after-renamed-department",
    ),
    pytest.param(
        "Giám đốc Trung tâm Dịch vụ việc làm tỉnh Bùi Văn Chiến thông tin về phiên giao dịch việc làm.",
        {"Bùi Văn Chiến": ["Giám đốc Trung tâm Dịch vụ việc làm tỉnh"]},
        id="employment-service-centre",
    ),
    pytest.param(
        "Bà Đỗ Thị Diệp, Phó Giám đốc Trung tâm Công nghệ thông tin và Truyền thông tỉnh, hướng dẫn sử dụng phần mềm.",
        {"Đỗ Thị Diệp": ["Phó Giám đốc Trung tâm Công nghệ thông tin và Truyền thông tỉnh"]},
        id="ict-centre-moved-to-science-department",
    ),
    pytest.param(
        "Giám đốc Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh Ngô Văn Định giới thiệu các dự án.",
        {"Ngô Văn Định": ["Giám đốc Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh"]},
        id="promotion-centre-with-inner-comma",
    ),
    pytest.param(
        "Đồng chí Dương Thị Giang, Giám đốc Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên khu vực, phát biểu.",
        {"Dương Thị Giang": ["Giám đốc Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên khu vực"]},
        id="vocational-centre-of-an-area",
    ),
    # --- steering committees of Resolution 57, at province and commune level ---
    pytest.param(
        "Đồng chí Lý Văn Hải, Chủ tịch UBND tỉnh, Phó Trưởng Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh, chủ trì.",
        {"Lý Văn Hải": [
            "Chủ tịch UBND tỉnh",
            "Phó Trưởng Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh",
        ]},
        id="resolution-57-steering-committee-in-a-chain",
    ),
    # --- commune level after the merger (most of these bodies were listed before: regression guards) ---
    pytest.param(
        "Đồng chí Hà Thị Hương, Bí thư Đảng ủy xã, Chủ tịch HĐND xã, Trưởng Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số xã, phát biểu.",
        {"Hà Thị Hương": [
            "Bí thư Đảng ủy xã",
            "Chủ tịch HĐND xã",
            "Trưởng Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số xã",
        ]},
        id="commune-secretary-three-titles",
    ),
    pytest.param(
        "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Nông Văn Khang báo cáo kết quả kiểm tra, giám sát.",
        {"Nông Văn Khang": ["Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã"]},
        id="commune-inspection-committee",
    ),
    pytest.param(
        "Đồng chí Lò Thị Mai, Phó Chủ tịch UBND phường, Giám đốc Trung tâm Phục vụ hành chính công phường, giải đáp ý kiến cử tri.",
        {"Lò Thị Mai": ["Phó Chủ tịch UBND phường", "Giám đốc Trung tâm Phục vụ hành chính công phường"]},
        id="ward-deputy-chair-and-public-service-centre",
    ),
    pytest.param(
        "Ông Phan Văn Nam, Phó Chủ tịch UBND phường, Trưởng Phòng Kinh tế, Hạ tầng và Đô thị phường, trình bày tờ trình.",
        {"Phan Văn Nam": ["Phó Chủ tịch UBND phường", "Trưởng Phòng Kinh tế, Hạ tầng và Đô thị phường"]},
        id="ward-economy-infrastructure-urban-office",
    ),
    pytest.param(
        "Ông Triệu Văn Oanh, Chánh Văn phòng HĐND và UBND xã, đọc quyết định.",
        {"Triệu Văn Oanh": ["Chánh Văn phòng HĐND và UBND xã"]},
        id="commune-council-and-committee-office",
    ),
    pytest.param(
        "Đồng chí Mai Thị Phượng, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Liên hiệp Phụ nữ xã, phát biểu.",
        {"Mai Thị Phượng": ["Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"]},
        id="commune-front-and-womens-union",
    ),
    pytest.param(
        "Bí thư Đảng ủy đặc khu Tạ Văn Quang phát biểu bế mạc kỳ họp.",
        {"Tạ Văn Quang": ["Bí thư Đảng ủy đặc khu"]},
        id="special-zone-party-secretary",
    ),
    # a number closing a post-2025 office's name ("Thuế cơ sở 3"); known gap: after a capitalized unit name
    # ("Chi nhánh Khu vực 7")
    pytest.param(
        "Ông Lê Văn Tùng, Trưởng Thuế cơ sở 3 tỉnh, báo cáo kết quả thu ngân sách.",
        {"Lê Văn Tùng": ["Trưởng Thuế cơ sở 3 tỉnh"]},
        id="numbered-tax-office",
    ),
    pytest.param(
        "Bà Ngô Thị Hạnh, Giám đốc Ngân hàng Nhà nước Chi nhánh Khu vực 7, phát biểu.",
        {"Ngô Thị Hạnh": ["Giám đốc Ngân hàng Nhà nước Chi nhánh Khu vực 7"]},
        id="numbered-regional-branch",
    ),
    # (a region by a Roman numeral: "Chi cục Kiểm lâm vùng IV", fresh nk4)
    pytest.param(
        "Đồng chí Lê Văn Tư - Chi cục trưởng Chi cục Kiểm lâm vùng II phát biểu.",
        {"Lê Văn Tư": ["Chi cục trưởng Chi cục Kiểm lâm vùng II"]},
        id="region-by-roman-numeral",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_post_merger_titles(text: str, expected: dict[str, list[str]]) -> None:
    assert_officials(text, expected)
