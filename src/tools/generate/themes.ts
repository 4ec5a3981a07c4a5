/**
 * What a section of a report is about: its heading, what units do in it, the results they count
 * and the tasks they set. Written in the register of the seed reports, in our own words.
 * Placeholders: {n} a small count, {m} a larger count, {money} an amount, {partner} a country,
 * {kind} a kind of foreign partner, {place} the unit's place.
 */
export interface Theme {
  key: string;
  heading: string;
  objects: readonly string[];
  results: readonly string[];
  tasks: readonly string[];
}

export const themes: Record<string, Theme> = {
  'tuyen-truyen': {
    key: 'tuyen-truyen',
    heading: 'Công tác thông tin, tuyên truyền, quán triệt',
    objects: ['các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về công tác đối ngoại', 'nội dung cơ bản của các văn bản chỉ đạo về hội nhập quốc tế', 'các cam kết quốc tế mà Việt Nam tham gia', 'tình hình thế giới, khu vực và các vấn đề quốc tế có liên quan đến địa phương', 'các hiệp định thương mại tự do thế hệ mới như CPTPP, EVFTA, RCEP'],
    results: ['Kết quả, đã tổ chức {n} hội nghị quán triệt với khoảng {m} lượt cán bộ, đảng viên tham dự.', 'Trong kỳ, đã đăng tải {m} tin, bài trên trang thông tin điện tử và phát {n} chuyên mục trên hệ thống truyền thanh cơ sở.', 'Đã in và cấp phát {m} tờ rơi, tài liệu hỏi đáp cho các cơ quan, đơn vị và Nhân dân.'],
    tasks: ['Tiếp tục đẩy mạnh công tác tuyên truyền, nâng cao nhận thức của cán bộ, công chức và Nhân dân về hội nhập quốc tế', 'Kịp thời phổ biến những vấn đề mang tính thời sự, định hướng về công tác đối ngoại đến cán bộ, đảng viên', 'Đổi mới nội dung, hình thức tuyên truyền về các cam kết quốc tế trên nền tảng số'],
  },
  'kinh-te': {
    key: 'kinh-te',
    heading: 'Hội nhập kinh tế quốc tế',
    objects: ['các chương trình hỗ trợ doanh nghiệp nâng cao năng lực cạnh tranh', 'việc khai thác ưu đãi thuế quan từ các hiệp định thương mại tự do', 'công tác cải thiện môi trường đầu tư, kinh doanh', 'việc kết nối doanh nghiệp địa phương với thị trường xuất khẩu', 'các thủ tục về đầu tư có yếu tố nước ngoài'],
    results: ['Kim ngạch xuất khẩu trong kỳ ước đạt {money}, tăng {n}% so với cùng kỳ năm trước.', 'Lũy kế đến nay, trên địa bàn có {n} dự án có vốn đầu tư nước ngoài còn hiệu lực với tổng vốn đăng ký khoảng {money}.', 'Đã hỗ trợ {n} doanh nghiệp đăng ký nhãn hiệu, xây dựng mã vùng trồng phục vụ xuất khẩu.'],
    tasks: ['Tiếp tục cải thiện môi trường đầu tư kinh doanh, tạo điều kiện thuận lợi cho doanh nghiệp có vốn đầu tư nước ngoài', 'Hỗ trợ doanh nghiệp khai thác hiệu quả các hiệp định thương mại tự do, mở rộng thị trường xuất khẩu', 'Rà soát, đơn giản hóa thủ tục hành chính liên quan đến hoạt động đầu tư có yếu tố nước ngoài'],
  },
  'xuc-tien': {
    key: 'xuc-tien',
    heading: 'Xúc tiến đầu tư, thương mại và du lịch',
    objects: ['các hoạt động xúc tiến đầu tư có trọng tâm, trọng điểm', 'việc giới thiệu sản phẩm OCOP tại các hội chợ trong nước và quốc tế', 'các chương trình quảng bá du lịch gắn với di sản văn hóa của địa phương', 'việc tiếp xúc, làm việc với nhà đầu tư đến tìm hiểu cơ hội hợp tác', 'danh mục dự án kêu gọi đầu tư giai đoạn tới'],
    results: ['Trong kỳ, đã đón tiếp và làm việc với {n} đoàn nhà đầu tư đến từ {partner}.', 'Đã tham gia {n} hội chợ, triển lãm với {m} sản phẩm được giới thiệu, quảng bá.', 'Lượng khách quốc tế đến địa bàn ước đạt {m} lượt, doanh thu từ hoạt động du lịch khoảng {money}.'],
    tasks: ['Tăng cường, đẩy mạnh hoạt động xúc tiến thương mại có trọng tâm, trọng điểm, nhất là trong lĩnh vực nông nghiệp', 'Xây dựng và cập nhật danh mục dự án kêu gọi đầu tư, chủ động tiếp cận nhà đầu tư tiềm năng', 'Đẩy mạnh quảng bá du lịch, giới thiệu hình ảnh địa phương đến du khách quốc tế'],
  },
  'vien-tro': {
    key: 'vien-tro',
    heading: 'Vận động, tiếp nhận và quản lý viện trợ nước ngoài',
    objects: ['công tác vận động viện trợ từ các tổ chức phi chính phủ nước ngoài', 'việc thẩm định, phê duyệt các khoản viện trợ không hoàn lại', 'việc theo dõi, giám sát tiến độ giải ngân của các chương trình, dự án viện trợ', 'chế độ báo cáo định kỳ về tiếp nhận và sử dụng viện trợ', 'việc quyết toán các khoản viện trợ đã kết thúc'],
    results: ['Tổng giá trị cam kết viện trợ trong kỳ đạt khoảng {money} với {n} chương trình, dự án.', 'Đã tiếp nhận {n} khoản viện trợ phi dự án bằng hiện vật trị giá khoảng {money}.', 'Hiện có {n} {kind} của {partner} đang triển khai dự án trên địa bàn trong các lĩnh vực y tế, giáo dục, sinh kế.'],
    tasks: ['Nâng cao hiệu quả công tác vận động, tiếp nhận và quản lý viện trợ không hoàn lại của nước ngoài', 'Đôn đốc các chủ khoản viện trợ báo cáo tình hình tiếp nhận, giải ngân đúng thời hạn', 'Hoàn thành thủ tục quyết toán các khoản viện trợ đã kết thúc trong năm'],
  },
  'doan-ra-doan-vao': {
    key: 'doan-ra-doan-vao',
    heading: 'Quản lý đoàn ra, đoàn vào và hội nghị, hội thảo quốc tế',
    objects: ['việc quản lý các đoàn cán bộ đi công tác nước ngoài', 'công tác đón tiếp các đoàn khách quốc tế đến thăm và làm việc', 'việc tổ chức hội nghị, hội thảo quốc tế theo đúng quy định', 'quy trình xin phép, báo cáo kết quả đoàn ra, đoàn vào'],
    results: ['Trong kỳ, đã cử {n} đoàn với {m} lượt cán bộ đi công tác tại {partner}.', 'Đã đón tiếp {n} đoàn với {m} lượt khách quốc tế đến thăm và làm việc.', 'Đã tổ chức {n} hội nghị, hội thảo quốc tế, tất cả đều được cấp có thẩm quyền cho phép.'],
    tasks: ['Thực hiện nghiêm quy định về quản lý đoàn ra, đoàn vào và báo cáo kết quả sau chuyến công tác', 'Chuẩn bị chu đáo công tác lễ tân, đón tiếp các đoàn khách quốc tế'],
  },
  'nguoi-viet': {
    key: 'nguoi-viet',
    heading: 'Công tác người Việt Nam ở nước ngoài và bảo hộ công dân',
    objects: ['công tác vận động người Việt Nam ở nước ngoài hướng về quê hương', 'việc nắm tình hình công dân địa phương đang học tập, lao động ở nước ngoài', 'công tác bảo hộ công dân và hỗ trợ thân nhân khi có vụ việc phát sinh', 'việc quản lý kết hôn có yếu tố nước ngoài'],
    results: ['Đã phối hợp giải quyết {n} vụ việc bảo hộ công dân phát sinh tại {partner}.', 'Trong kỳ, có {m} lượt người Việt Nam ở nước ngoài về thăm thân và đầu tư, kinh doanh.', 'Hiện có khoảng {m} công dân của địa phương đang lao động, học tập tại {partner}.'],
    tasks: ['Tiếp tục nâng cao hiệu quả công tác bảo hộ công dân, quản lý lao động và du học sinh ở nước ngoài', 'Vận động kiều bào tham gia đóng góp cho sự phát triển của quê hương'],
  },
  'van-hoa': {
    key: 'van-hoa',
    heading: 'Hội nhập quốc tế về văn hóa, xã hội',
    objects: ['việc bảo tồn và phát huy các giá trị văn hóa truyền thống trong bối cảnh hội nhập', 'các hoạt động giao lưu văn hóa, thể thao với bạn bè quốc tế', 'công tác quản lý hoạt động văn hóa có yếu tố nước ngoài', 'các hoạt động văn hóa đối ngoại tại địa phương'],
    results: ['Đã tổ chức {n} chương trình giao lưu văn hóa, nghệ thuật với sự tham gia của bạn bè đến từ {partner}.', 'Trong kỳ, đã tiếp nhận {n} hồ sơ đề nghị tổ chức hoạt động văn hóa có yếu tố nước ngoài.'],
    tasks: ['Tăng cường và đa dạng hóa các hoạt động văn hóa đối ngoại, quảng bá hình ảnh địa phương', 'Bảo tồn, phát huy giá trị di sản văn hóa gắn với phát triển du lịch bền vững'],
  },
  'giao-duc': {
    key: 'giao-duc',
    heading: 'Hợp tác quốc tế về giáo dục, đào tạo, khoa học và công nghệ',
    objects: ['các chương trình hợp tác đào tạo với cơ sở giáo dục nước ngoài', 'việc tiếp nhận lưu học sinh của các địa phương nước bạn', 'các đề án ứng dụng tiến bộ khoa học và công nghệ vào sản xuất', 'việc giảng dạy ngoại ngữ và trao đổi giáo viên'],
    results: ['Đã tiếp nhận {n} lưu học sinh theo diện học bổng hiệp định với các địa phương của {partner}.', 'Có {n} chương trình hợp tác đào tạo đang triển khai với {kind} của {partner}.'],
    tasks: ['Mở rộng hợp tác quốc tế về giáo dục, đào tạo, nhất là đào tạo nghề cho lao động địa phương', 'Đẩy mạnh ứng dụng tiến bộ khoa học và công nghệ, hỗ trợ hoạt động khởi nghiệp đổi mới sáng tạo'],
  },
  'quoc-phong': {
    key: 'quoc-phong',
    heading: 'Hội nhập quốc tế trong lĩnh vực chính trị, quốc phòng, an ninh',
    objects: ['các nhiệm vụ bảo đảm quốc phòng, an ninh trong quá trình hội nhập', 'công tác quản lý người nước ngoài cư trú, hoạt động trên địa bàn', 'công tác tuyên truyền về chủ quyền biển, đảo', 'việc phòng ngừa, ngăn chặn hoạt động lợi dụng hội nhập để chống phá'],
    results: ['Trong kỳ, đã cấp phép và quản lý {m} lượt người nước ngoài tạm trú trên địa bàn.', 'Không để xảy ra vụ việc phức tạp liên quan đến người nước ngoài; tình hình an ninh, trật tự được giữ vững.'],
    tasks: ['Tiếp tục triển khai đồng bộ các nhiệm vụ quốc phòng, an ninh gắn với hội nhập quốc tế', 'Tăng cường quản lý người nước ngoài cư trú, làm việc trên địa bàn'],
  },
  'moi-truong': {
    key: 'moi-truong',
    heading: 'Tài nguyên, môi trường và ứng phó với biến đổi khí hậu',
    objects: ['các dự án hợp tác quốc tế về ứng phó với biến đổi khí hậu', 'công tác kiểm soát ô nhiễm tại các khu, cụm công nghiệp', 'các chương trình phát triển xanh với sự hỗ trợ của đối tác nước ngoài'],
    results: ['Có {n} dự án hợp tác quốc tế về môi trường với tổng kinh phí khoảng {money}.', 'Đã tổ chức {n} lớp tập huấn về phòng, chống thiên tai với sự hỗ trợ của {kind} của {partner}.'],
    tasks: ['Tranh thủ nguồn lực quốc tế cho các dự án ứng phó với biến đổi khí hậu, phòng, chống thiên tai'],
  },
  'lao-dong': {
    key: 'lao-dong',
    heading: 'Lao động, việc làm có yếu tố nước ngoài',
    objects: ['công tác đưa người lao động đi làm việc ở nước ngoài theo hợp đồng', 'việc quản lý lao động nước ngoài làm việc tại các doanh nghiệp trên địa bàn', 'các phiên giao dịch việc làm kết nối với doanh nghiệp có vốn đầu tư nước ngoài'],
    results: ['Trong kỳ, có {m} lao động đi làm việc tại {partner} theo hợp đồng.', 'Đã cấp {n} giấy phép lao động cho người nước ngoài làm việc tại các doanh nghiệp trên địa bàn.'],
    tasks: ['Tiếp tục đào tạo nghề, cung cấp lao động cho doanh nghiệp có vốn đầu tư nước ngoài', 'Quản lý chặt chẽ lao động nước ngoài làm việc trên địa bàn'],
  },
  'thong-tin-doi-ngoai': {
    key: 'thong-tin-doi-ngoai',
    heading: 'Thông tin đối ngoại và quảng bá hình ảnh địa phương',
    objects: ['công tác thông tin đối ngoại trên các nền tảng số', 'việc biên soạn ấn phẩm giới thiệu địa phương bằng tiếng nước ngoài', 'công tác đấu tranh, phản bác thông tin sai lệch về tình hình địa phương', 'công tác phát ngôn và cung cấp thông tin cho báo chí'],
    results: ['Đã phát hành {n} ấn phẩm song ngữ và {m} tin, bài thông tin đối ngoại.', 'Đã phối hợp với {n} cơ quan báo chí thực hiện phóng sự giới thiệu tiềm năng của {place}.'],
    tasks: ['Nâng cao chất lượng công tác thông tin đối ngoại, ứng dụng công nghệ số trong quảng bá hình ảnh địa phương', 'Biên soạn, cập nhật tài liệu giới thiệu địa phương bằng tiếng nước ngoài'],
  },
  'nhan-luc': {
    key: 'nhan-luc',
    heading: 'Đào tạo, bồi dưỡng nghiệp vụ đối ngoại',
    objects: ['việc cử cán bộ tham gia các lớp bồi dưỡng kiến thức đối ngoại', 'việc kiện toàn đội ngũ cán bộ làm công tác đối ngoại', 'công tác tập huấn kỹ năng lễ tân đối ngoại cho cán bộ cơ sở'],
    results: ['Đã cử {n} lượt cán bộ tham gia lớp bồi dưỡng kiến thức đối ngoại do cấp trên tổ chức.', 'Đã tổ chức {n} lớp tập huấn với {m} lượt cán bộ, công chức tham dự.'],
    tasks: ['Kiện toàn, nâng cao năng lực đội ngũ cán bộ làm công tác đối ngoại', 'Tổ chức bồi dưỡng kiến thức, kỹ năng đối ngoại cho cán bộ, công chức cấp cơ sở'],
  },
  'huu-nghi': {
    key: 'huu-nghi',
    heading: 'Quan hệ hữu nghị, hợp tác với các địa phương nước ngoài',
    objects: ['các thỏa thuận hợp tác đã ký kết với địa phương của {partner}', 'quan hệ hữu nghị truyền thống với các địa phương nước bạn', 'các hoạt động của hội hữu nghị và tổ chức nhân dân'],
    results: ['Đã ký kết {n} văn bản thỏa thuận hợp tác với các địa phương của {partner}.', 'Đã hỗ trợ địa phương kết nghĩa nhu yếu phẩm và vật tư trị giá khoảng {money}.'],
    tasks: ['Triển khai hiệu quả các thỏa thuận hợp tác đã ký với các địa phương nước ngoài', 'Phát triển quan hệ đối tác đối ngoại nhân dân, đẩy mạnh hợp tác với các tổ chức nhân dân nước ngoài'],
  },
};

export type ThemeKey = keyof typeof themes;
