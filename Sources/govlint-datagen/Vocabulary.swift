import DataModel

/// The Vietnamese names, sectors, agencies and legal documents the generated data is made from.
enum Vocabulary {
    static let agencies = [
        Agency(id: "skhcn-travinh", name: "Sở Khoa học và Công nghệ tỉnh Trà Vinh", province: "Trà Vinh", committee: "UBND tỉnh Trà Vinh"),
        Agency(id: "stp-cantho", name: "Sở Tư pháp thành phố Cần Thơ", province: "Cần Thơ", committee: "UBND thành phố Cần Thơ"),
        Agency(id: "sxd-vinhlong", name: "Sở Xây dựng tỉnh Vĩnh Long", province: "Vĩnh Long", committee: "UBND tỉnh Vĩnh Long"),
        Agency(id: "syt-bentre", name: "Sở Y tế tỉnh Bến Tre", province: "Bến Tre", committee: "UBND tỉnh Bến Tre"),
        Agency(id: "sgtvt-soctrang", name: "Sở Giao thông vận tải tỉnh Sóc Trăng", province: "Sóc Trăng", committee: "UBND tỉnh Sóc Trăng"),
    ]

    /// Sector codes with the things their procedures are about.
    static let sectors: [(code: String, subjects: [String])] = [
        ("science_technology", [
            "Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ", "Giấy phép tiến hành công việc bức xạ",
            "Giấy chứng nhận doanh nghiệp khoa học và công nghệ", "Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ",
        ]),
        ("justice", ["Phiếu lý lịch tư pháp", "Giấy đăng ký hoạt động của văn phòng công chứng", "Thẻ công chứng viên", "Giấy đăng ký hoạt động của tổ chức hành nghề luật sư"]),
        ("construction", ["Giấy phép xây dựng", "Chứng chỉ hành nghề hoạt động xây dựng", "Chứng chỉ năng lực hoạt động xây dựng"]),
        ("health", ["Giấy phép hoạt động khám bệnh, chữa bệnh", "Chứng chỉ hành nghề dược", "Giấy chứng nhận đủ điều kiện kinh doanh dược"]),
        ("transport", ["Giấy phép lái xe", "Giấy phép kinh doanh vận tải bằng xe ô tô", "Giấy chứng nhận đăng ký phương tiện thủy nội địa"]),
        ("natural_resources", ["Giấy phép khai thác khoáng sản", "Giấy phép xả nước thải vào nguồn nước", "Giấy phép khai thác nước dưới đất"]),
        ("industry_trade", ["Giấy phép kinh doanh rượu", "Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ xăng dầu", "Giấy phép sử dụng vật liệu nổ công nghiệp"]),
        ("education", ["Quyết định cho phép thành lập trường trung học phổ thông tư thục", "Giấy phép hoạt động giáo dục kỹ năng sống"]),
    ]

    static let actions = ["Cấp", "Cấp lại", "Gia hạn", "Điều chỉnh", "Cấp đổi", "Thu hồi", "Đăng ký"]

    static let mandatoryChannels = ["national_database", "provincial_portal", "office_notice"]
    static let optionalChannels = ["agency_website", "service_center"]

    /// National documents every report may cite (number, issuer, issued on, title).
    static let nationalDocuments: [(String, String, (Int, Int, Int), String)] = [
        ("63/2010/NĐ-CP", "Chính phủ", (2010, 6, 8), "Nghị định về kiểm soát thủ tục hành chính"),
        ("92/2017/NĐ-CP", "Chính phủ", (2017, 8, 7), "Nghị định sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính"),
        ("61/2018/NĐ-CP", "Chính phủ", (2018, 4, 23), "Nghị định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính"),
        ("01/2018/TT-VPCP", "Văn phòng Chính phủ", (2018, 11, 23), "Thông tư hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP"),
        ("17/NQ-CP", "Chính phủ", (2019, 3, 7), "Nghị quyết về một số nhiệm vụ, giải pháp trọng tâm phát triển Chính phủ điện tử giai đoạn 2019 - 2020, định hướng đến 2025"),
        ("45/2020/NĐ-CP", "Chính phủ", (2020, 4, 8), "Nghị định về thực hiện thủ tục hành chính trên môi trường điện tử"),
    ]
}
