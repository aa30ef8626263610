/**
 * Vietnamese text of the 22 measures. Faithful to the Chinese clauses in
 * core/rules/measures; terms follow core/i18n/glossary.md. Amounts, rates and
 * durations are `{placeholders}` filled from the rules core.
 */
import type { MeasureTexts } from "./types.ts";

/** The measures in Vietnamese. */
export const vi: MeasureTexts = {
  m01: {
    title: "Văn phòng miễn tiền thuê",
    summary:
      "Doanh nghiệp và nhóm vào hoạt động tại khu trưng bày của Trung tâm, Khu công nghiệp Thông tin địa lý và Ứng dụng vệ tinh Trung Quốc – ASEAN hoặc Trung tâm Đổi mới hợp tác Thành phố thông minh kiểu mới Trung Quốc – ASEAN được bố trí văn phòng đầy đủ tiện nghi, chỉ việc dọn vào làm việc, không phải trả tiền thuê. Mỗi đơn vị được tối đa {areaPerPerson} cho mỗi người và tổng cộng tối đa {areaCap}, thời hạn hỗ trợ ít nhất {minTermYears}. Doanh nghiệp sản xuất AI thuê nhà xưởng tiêu chuẩn để sản xuất có thể được hỗ trợ riêng.",
    keywords: ["văn phòng", "văn phòng miễn phí", "miễn tiền thuê", "thuê văn phòng", "tiền thuê", "thuê", "chỗ làm việc", "mặt bằng", "không gian làm việc", "coworking", "bàn làm việc", "nhà xưởng", "office", "dọn vào ngay", "ươm tạo", "văn phòng đầy đủ nội thất"],
  },
  m02: {
    title: "Vốn khởi nghiệp cho nhóm nhân tài",
    summary:
      "Các nhóm nhân tài đổi mới sáng tạo vào hoạt động tại Trung tâm được hỗ trợ vốn khởi nghiệp: nhóm khởi nghiệp tối đa {startupCap}, nhóm trình độ cao tối đa {highLevelCap} và nhóm dẫn đầu tối đa {leadingCap}. Cấp độ của nhóm và số tiền cụ thể được xác định khi thẩm định hồ sơ.",
    keywords: ["vốn khởi nghiệp", "khởi nghiệp", "tiền hỗ trợ", "tài trợ", "vốn", "hỗ trợ tài chính", "nhóm nhân tài", "nhân tài", "nhà sáng lập", "startup", "mở công ty", "thành lập doanh nghiệp", "vốn mồi", "trợ cấp", "grant"],
  },
  m03: {
    title: "Căn hộ nhân tài và chỗ ở cho sinh viên mới tốt nghiệp",
    summary:
      "Doanh nghiệp và nhóm vào hoạt động tại Trung tâm được cấp suất căn hộ nhân tài miễn tiền thuê cho lãnh đạo cấp cao và nhân sự kỹ thuật chủ chốt, tối đa {apartmentYears} và tối đa {apartmentPlacesCap}. Sinh viên tốt nghiệp đại học, cao đẳng không có hộ khẩu nội thành Nam Ninh, ra trường trong vòng {graduateWindowYears}, đến tìm việc tại doanh nghiệp AI của Trung tâm có thể xin ở miễn phí tại trạm nhân tài tối đa {stationNights}. Nhân tài mua nhà được hỗ trợ theo chính sách hiện hành.",
    keywords: ["nhà ở", "căn hộ", "căn hộ nhân tài", "chỗ ở", "ở miễn phí", "ký túc xá", "thuê nhà", "sinh viên tốt nghiệp", "tìm việc", "trạm nhân tài", "mua nhà", "hộ khẩu", "chỗ ở miễn phí", "nhà công vụ", "apartment"],
  },
  m04: {
    title: "Gian trưng bày và sự kiện ra mắt",
    summary:
      "Doanh nghiệp AI và tổ chức ngành sử dụng khu trưng bày của Trung tâm để quảng bá, ra mắt sản phẩm mới hoặc giới thiệu dự án (roadshow) được miễn tiền thuê gian trưng bày tối đa {boothMonths}. Với các sự kiện lớn như công bố giải pháp công nghệ quan trọng, ra mắt sản phẩm thông minh mới hay roadshow dự án, mức hỗ trợ là {eventRate} kinh phí thực tế đã chi, tối đa {eventCap}.",
    keywords: ["gian hàng", "gian trưng bày", "triển lãm", "trưng bày", "quảng bá", "ra mắt sản phẩm", "sự kiện ra mắt", "roadshow", "giới thiệu dự án", "marketing", "booth", "gian hàng miễn phí", "hỗ trợ sự kiện", "họp báo"],
  },
  m05: {
    title: "Hỗ trợ thêm cho doanh nghiệp ASEAN",
    summary:
      "Doanh nghiệp có vốn đầu tư nước ngoài hoặc nhóm đến từ các nước ASEAN vào hoạt động tại Trung tâm có thể được hưởng tối đa {multiplier} mức hỗ trợ về văn phòng, vốn khởi nghiệp, nhà ở và trưng bày của bốn biện pháp đầu tiên. Mức áp dụng cụ thể được xem xét theo tình hình thực tế của từng trường hợp.",
    keywords: ["ASEAN", "doanh nghiệp ASEAN", "doanh nghiệp Việt Nam", "Việt Nam", "công ty nước ngoài", "vốn nước ngoài", "đầu tư nước ngoài", "FDI", "gấp đôi", "hỗ trợ gấp đôi", "Thái Lan", "Indonesia", "Malaysia", "Philippines", "Singapore", "Campuchia", "Lào", "Myanmar"],
  },
  m06: {
    title: "Xây dựng bộ dữ liệu chất lượng cao",
    summary:
      "Doanh nghiệp, trường đại học, viện nghiên cứu và các đơn vị khác xây dựng bộ dữ liệu chất lượng cao (kể cả kho ngữ liệu) qua thu thập, làm sạch, gán nhãn và đánh giá dữ liệu có thể được thưởng tối đa {cap}. Bộ dữ liệu được xếp hạng theo loại dữ liệu, quy mô, chất lượng và mức độ mở, chia sẻ; hạng được xếp quyết định mức thưởng.",
    keywords: ["bộ dữ liệu", "dữ liệu", "dataset", "kho ngữ liệu", "ngữ liệu", "gán nhãn dữ liệu", "làm sạch dữ liệu", "thu thập dữ liệu", "dữ liệu huấn luyện", "dữ liệu chất lượng cao", "dữ liệu mở", "tiền thưởng", "trường đại học", "viện nghiên cứu"],
  },
  m07: {
    title: "Khai thác dữ liệu công của Nam Ninh",
    summary:
      "Doanh nghiệp, trường đại học, viện nghiên cứu và các đơn vị khác được khuyến khích khai thác tài nguyên dữ liệu công của thành phố Nam Ninh thông qua nền tảng vận hành dữ liệu công được ủy quyền của Nam Ninh. Đơn vị tạo ra sản phẩm dữ liệu hoặc dịch vụ dữ liệu chất lượng cao có thể được thưởng tối đa {cap}.",
    keywords: ["dữ liệu công", "dữ liệu chính phủ", "dữ liệu mở", "dữ liệu Nam Ninh", "sản phẩm dữ liệu", "dịch vụ dữ liệu", "nền tảng dữ liệu", "vận hành được ủy quyền", "tích hợp dữ liệu", "ứng dụng dữ liệu", "tiền thưởng", "API"],
  },
  m08: {
    title: "Nghiên cứu công nghệ then chốt, cốt lõi",
    summary:
      "Nam Ninh lập chương trình chuyên đề khoa học công nghệ AI và khuyến khích doanh nghiệp AI của Trung Quốc và ASEAN đặt trung tâm nghiên cứu phát triển tại Trung tâm. Hoạt động nghiên cứu công nghệ tiên phong và chuyển giao kết quả tại chỗ, trong các lĩnh vực như phát triển mô hình, xử lý dữ liệu hiệu quả, chip AI, an ninh dữ liệu xuyên biên giới và trí tuệ hiện thân, có thể được hỗ trợ tối đa {projectCap} cho mỗi dự án sau khi được phê duyệt.",
    keywords: ["nghiên cứu phát triển", "R&D", "nghiên cứu", "công nghệ lõi", "công nghệ then chốt", "dự án khoa học", "chip AI", "chip", "trí tuệ hiện thân", "robot", "mô hình lớn", "LLM", "trung tâm R&D", "an ninh dữ liệu", "tài trợ dự án", "đổi mới"],
  },
  m09: {
    title: "Phiếu năng lực tính toán và phiếu ngữ liệu",
    summary:
      "Mỗi năm phát hành tối đa {computePool} phiếu năng lực tính toán cho doanh nghiệp, trường đại học, viện nghiên cứu và các đơn vị khác mua dịch vụ tính toán của Trung tâm: mức thưởng là {computeRate} số tiền quyết toán thực tế cho năng lực tính toán đã sử dụng, tối đa {computeCap} mỗi năm. Mỗi năm cũng phát hành tối đa {corpusPool} phiếu ngữ liệu để mua ngữ liệu từ bên không liên kết, dùng cho nghiên cứu, phát triển và ứng dụng mô hình: mức thưởng là {corpusRate} giá trị giao dịch thực tế, tối đa {corpusCap}.",
    keywords: ["phiếu tính toán", "voucher", "năng lực tính toán", "sức mạnh tính toán", "GPU", "thuê GPU", "điện toán đám mây", "cloud", "huấn luyện mô hình", "phiếu ngữ liệu", "ngữ liệu", "mua dữ liệu", "dữ liệu huấn luyện", "chi phí tính toán", "huấn luyện AI", "fine-tune"],
  },
  m10: {
    title: "Kịch bản ứng dụng tiêu biểu",
    summary:
      "Hằng năm sẽ bình chọn các kịch bản ứng dụng trình diễn tiêu biểu \"AI+\" trong văn hóa du lịch, sản xuất, tài chính, giao thông, nông nghiệp, y tế, giáo dục, quản trị xã hội và các lĩnh vực khác, dựa trên tính phù hợp, tính đổi mới và hiệu quả ứng dụng. Mỗi kịch bản được chọn có thể được thưởng tối đa {scenarioCap}, tùy theo quy mô xây dựng.",
    keywords: ["kịch bản ứng dụng", "ứng dụng AI", "use case", "AI+", "dự án trình diễn", "thí điểm", "mô hình tiêu biểu", "triển khai", "sản xuất", "y tế", "giáo dục", "tài chính", "nông nghiệp", "du lịch", "giao thông", "tiền thưởng"],
  },
  m11: {
    title: "Đăng ký mô hình AI tạo sinh với CAC",
    summary:
      "Doanh nghiệp có mô hình AI tạo sinh đã hoàn tất thủ tục đăng ký với Cơ quan Quản lý Không gian mạng Trung Quốc (CAC) có thể được thưởng tối đa {cap}. Mức thưởng căn cứ vào kết quả đánh giá kỹ thuật của mô hình (hoặc đánh giá tương ứng) và các chi phí đánh giá liên quan.",
    keywords: ["đăng ký mô hình", "CAC", "AI tạo sinh", "tuân thủ", "đăng ký thuật toán", "mô hình lớn", "cấp phép", "giấy phép", "đánh giá mô hình", "tiền thưởng", "hồ sơ", "chatbot", "an ninh mạng"],
  },
  m12: {
    title: "Đào tạo AI cho học viên ASEAN",
    summary:
      "Các cơ sở đào tạo thuộc mọi cấp, mọi loại được khuyến khích tổ chức đào tạo và thực hành về AI tại khu trưng bày của Trung tâm cho công chức, nhân viên doanh nghiệp và các nhóm khác đến từ các nước ASEAN. Đơn vị đào tạo được tổng cộng ít nhất {minTrainees} mỗi năm có thể được thưởng tối đa {cap}.",
    keywords: ["đào tạo", "khóa học", "tập huấn", "workshop", "đào tạo AI", "đào tạo ASEAN", "công chức", "đào tạo nhân viên", "lớp học", "giảng dạy", "trung tâm đào tạo", "thực hành", "bồi dưỡng", "tiền thưởng"],
  },
  m13: {
    title: "Diễn đàn, hội nghị thượng đỉnh, triển lãm và cuộc thi",
    summary:
      "Khuyến khích tổ chức các diễn đàn AI cấp cao, hội nghị thượng đỉnh ngành, triển lãm ngành, cuộc thi và các sự kiện tương tự hướng tới ASEAN, có ảnh hưởng quốc tế. Sự kiện được Trung tâm công nhận có thể được hỗ trợ {rate} chi phí, tối đa {aseanCap} nếu tổ chức tại các nước ASEAN và tối đa {centerCap} nếu tổ chức tại Trung tâm.",
    keywords: ["diễn đàn", "hội nghị", "hội nghị thượng đỉnh", "hội thảo", "triển lãm", "hội chợ", "cuộc thi", "hackathon", "sự kiện", "tổ chức sự kiện", "tài trợ sự kiện", "sự kiện ASEAN", "expo", "summit"],
  },
  m14: {
    title: "Triển khai ứng dụng AI tại các nước ASEAN",
    summary:
      "Doanh nghiệp đã vào hoạt động tại Trung tâm được khuyến khích hợp tác với doanh nghiệp, tổ chức ASEAN về đổi mới chung, phát triển mô hình và ứng dụng, trong các lĩnh vực như dịch vụ hành chính công, thành phố thông minh, truyền thông quốc tế, nông nghiệp thông minh, y tế từ xa, cảnh báo thiên tai, an ninh, thương mại quốc tế, giáo dục thông minh và quản lý năng lượng. Khi ứng dụng đã được đưa vào sử dụng thực tế tại một nước ASEAN, sau khi thẩm định có thể được hỗ trợ {rate} vốn đầu tư thực tế, tối đa {projectCap}.",
    keywords: ["dự án ASEAN", "triển khai ở nước ngoài", "vươn ra quốc tế", "xuất khẩu", "Đông Nam Á", "thị trường ASEAN", "đổi mới chung", "hợp tác", "đối tác", "thành phố thông minh", "y tế từ xa", "nông nghiệp thông minh", "chính phủ điện tử", "bản địa hóa", "mở rộng thị trường"],
  },
  m15: {
    title: "Xây dựng trung tâm tính toán thông minh",
    summary:
      "Khuyến khích mọi chủ thể xã hội đầu tư xây dựng trung tâm tính toán thông minh cung cấp dịch vụ tính toán cho Trung tâm. Dự án xây mới có quy mô từ {minPflops} trở lên được hỗ trợ trọng điểm theo các chính sách liên quan về đất đai, phê duyệt dự án, xin vốn, nhu cầu năng lượng và dịch vụ tài chính.",
    keywords: ["trung tâm dữ liệu", "data center", "trung tâm tính toán", "tính toán thông minh", "cụm GPU", "xây trung tâm dữ liệu", "năng lực tính toán", "hạ tầng", "đất đai", "năng lượng", "vay vốn", "đầu tư", "máy chủ", "PFlops"],
  },
  m16: {
    title: "Giảm chi phí điện bằng điện xanh",
    summary:
      "Doanh nghiệp năng lực tính toán được khuyến khích tham gia thí điểm tích hợp nguồn – lưới – tải – lưu trữ, lưới điện siêu nhỏ và cấp điện xanh trực tiếp. Nhờ cơ chế phối hợp giữa tính toán và điện năng cùng giao dịch điện xanh, chi phí điện của các doanh nghiệp này được giảm xuống. Biện pháp này không hỗ trợ bằng tiền; việc tham gia tùy thuộc vào các đợt thí điểm được mở.",
    keywords: ["tiền điện", "chi phí điện", "giá điện", "điện xanh", "năng lượng tái tạo", "năng lượng", "lưới điện siêu nhỏ", "microgrid", "điện cho trung tâm dữ liệu", "hóa đơn điện", "tiết kiệm điện", "giao dịch điện xanh"],
  },
  m17: {
    title: "Thưởng cho quản lý cấp cao",
    summary:
      "Doanh nghiệp AI trọng điểm vào hoạt động tại Trung tâm mới thu hút nhân tài quản lý sản xuất kinh doanh giữ chức vụ quản lý cấp cao và tự trả lương cho họ thì người đó được thưởng {rate} tiền lương sau thuế. Thời gian thưởng tối đa {years}.",
    keywords: ["quản lý cấp cao", "lãnh đạo", "giám đốc", "CEO", "CTO", "nhân tài quản lý", "tuyển giám đốc", "lương", "lương sau thuế", "tiền thưởng", "thưởng", "trợ cấp nhân tài", "tuyển dụng", "săn đầu người", "thu nhập"],
  },
  m18: {
    title: "Thưởng cho nhân tài công nghệ cao cấp",
    summary:
      "Doanh nghiệp AI công nghệ có quy mô trên mức quy định vào hoạt động tại Trung tâm có thể mới tuyển dụng nhân tài khoa học công nghệ cao cấp với tổng lương hằng năm từ {band1Pay}, {band2Pay} hoặc {band3Pay} trở lên. Những nhân tài này được thưởng lần lượt {band1Rate}, {band2Rate} hoặc {band3Rate} tiền lương sau thuế, tối đa {years}. “Quy mô trên mức quy định” nghĩa là doanh thu hằng năm của doanh nghiệp đạt ngưỡng mà thống kê chính thức của Trung Quốc dùng để xếp vào nhóm doanh nghiệp lớn.",
    keywords: ["kỹ sư", "kỹ sư AI", "nhà khoa học", "nhà nghiên cứu", "nhân tài công nghệ", "nhân tài cao cấp", "tuyển dụng", "lương", "lương sau thuế", "thưởng nhân tài", "tiền thưởng", "kỹ sư thuật toán", "tiến sĩ", "lập trình viên", "developer"],
  },
  m19: {
    title: "Miễn, giảm thuế thu nhập doanh nghiệp (phần địa phương)",
    summary:
      "Doanh nghiệp đáp ứng các điều khoản ưu đãi thuế hiện hành của Khu hợp tác công nghiệp Trung Quốc – ASEAN hoặc quy định tương tự được miễn phần thuế thu nhập doanh nghiệp để lại cho địa phương trong {fullReliefYears} đầu tiên, và giảm một nửa từ năm thứ {halfReliefFromYear} đến năm thứ {halfReliefUntilYear}. Số năm được tính từ năm có khoản doanh thu sản xuất kinh doanh đầu tiên.",
    keywords: ["thuế", "miễn thuế", "giảm thuế", "ưu đãi thuế", "thuế thu nhập doanh nghiệp", "thuế TNDN", "CIT", "miễn giảm thuế", "phần địa phương", "ưu đãi", "nộp thuế", "đóng thuế", "tax"],
  },
  m20: {
    title: "Quỹ công nghiệp AI",
    summary:
      "Quỹ công nghiệp AI với tổng quy mô {fundSize} huy động vốn nhà nước, vốn xã hội và vốn tài chính. Quỹ tập trung hỗ trợ doanh nghiệp và dự án AI ở giai đoạn khởi nghiệp và tăng trưởng, bằng hình thức đầu tư cổ phần do quỹ quyết định.",
    keywords: ["quỹ đầu tư", "quỹ", "đầu tư", "nhà đầu tư", "vốn đầu tư mạo hiểm", "VC", "gọi vốn", "huy động vốn", "cổ phần", "góp vốn", "đầu tư thiên thần", "vòng gọi vốn", "vốn", "startup"],
  },
  m21: {
    title: "Hỗ trợ lãi suất vay vốn",
    summary:
      "Các tổ chức tài chính được khuyến khích cho doanh nghiệp AI vay với lãi suất thấp, và ngân sách hỗ trợ lãi suất vay tối đa {maxPoints}, nhưng không quá {maxShareOfInterest} tiền lãi doanh nghiệp trả cho ngân hàng. Mỗi doanh nghiệp được hỗ trợ tối đa {maxYears}, tổng cộng tối đa {totalCap}.",
    keywords: ["vay vốn", "khoản vay", "vay ngân hàng", "lãi suất", "hỗ trợ lãi suất", "bù lãi suất", "vay lãi suất thấp", "tín dụng", "ngân hàng", "chi phí vốn", "vay tiền", "nợ", "tài chính", "loan"],
  },
  m22: {
    title: "Hỗ trợ xin các nguồn vốn khác",
    summary:
      "Doanh nghiệp đã vào hoạt động tại Trung tâm được hỗ trợ toàn diện để xin hưởng các chính sách ưu đãi của quốc gia, khu tự trị Quảng Tây và thành phố Nam Ninh về thuế, nghiên cứu phát triển, nhân tài và các lĩnh vực khác. Dự án liên quan có thể được đưa vào danh mục dự án quy hoạch trọng điểm và được ưu tiên khi xin các nguồn vốn chuyên dụng như trái phiếu chính phủ, trái phiếu chuyên dụng và ngân sách. Đây là hỗ trợ làm hồ sơ, không phải khoản tiền thưởng.",
    keywords: ["nộp hồ sơ", "xin hỗ trợ", "xin vốn", "vốn nhà nước", "hồ sơ xin tài trợ", "quỹ chuyên dụng", "trái phiếu chính phủ", "trái phiếu chuyên dụng", "ngân sách", "chính sách ưu đãi", "dự án trọng điểm", "thủ tục", "hướng dẫn nộp hồ sơ", "grant"],
  },
};
