/** Phrase pools shared by every section of a generated report. */

export const leadIns = [
  'Trong kỳ báo cáo,', 'Bám sát sự chỉ đạo của cấp trên,', 'Bên cạnh đó,', 'Ngoài ra,', 'Nhìn chung,', 'Trên cơ sở kế hoạch đã ban hành,',
  'Qua đó,', 'Đồng thời,', 'Thời gian qua,', 'Với tinh thần chủ động, tích cực,', 'Xác định đây là nhiệm vụ trọng tâm,', 'Tiếp tục thực hiện chỉ đạo của Tỉnh ủy,',
  'Nhằm cụ thể hóa các nhiệm vụ được giao,', 'Trước yêu cầu của tình hình mới,', '',
] as const;

/** Who acts, by the level of the reporting unit; {self} is the unit's own short name. */
export const actorsByLevel: Record<string, readonly string[]> = {
  huyen: ['{self} đã', 'các phòng, ban chuyên môn thuộc huyện đã', 'UBND các xã, thị trấn đã', 'Phòng Văn hóa và Thông tin huyện đã', 'Văn phòng HĐND và UBND huyện đã', 'Mặt trận Tổ quốc và các đoàn thể huyện đã'],
  xa: ['{self} đã', 'các ban, ngành, đoàn thể của xã đã', 'công chức văn hóa - xã hội đã', 'các thôn, tổ dân phố đã'],
  so: ['{self} đã', 'các phòng chuyên môn thuộc Sở đã', 'các đơn vị sự nghiệp trực thuộc đã', 'lãnh đạo Sở đã'],
  tinh: ['{self} đã', 'các sở, ban, ngành của tỉnh đã', 'UBND các huyện, thị xã, thành phố đã', 'Sở Ngoại vụ đã tham mưu và'],
  'ban-chi-dao': ['Ban Chỉ đạo đã', 'các thành viên Ban Chỉ đạo đã', 'Cơ quan thường trực Ban Chỉ đạo đã', 'các sở, ngành, địa phương đã'],
};

export const verbs = [
  'tổ chức quán triệt', 'triển khai thực hiện', 'phối hợp tổ chức', 'chỉ đạo tăng cường', 'ban hành kế hoạch thực hiện', 'đẩy mạnh',
  'rà soát, đánh giá', 'tham mưu thực hiện', 'hướng dẫn triển khai', 'theo dõi, đôn đốc', 'kiểm tra, giám sát', 'lồng ghép thực hiện',
  'chủ động triển khai', 'tích cực phối hợp thực hiện', 'tập trung chỉ đạo',
] as const;

export const manners = [
  'bằng nhiều hình thức đa dạng, phong phú', 'một cách đồng bộ, hiệu quả', 'đúng quy định', 'kịp thời, thiết thực', 'theo đúng tiến độ đề ra',
  'có trọng tâm, trọng điểm', 'chặt chẽ, đúng quy trình', 'thường xuyên, liên tục', 'linh hoạt, phù hợp với tình hình thực tế',
] as const;

export const purposes = [
  'nhằm nâng cao nhận thức của cán bộ, công chức và Nhân dân về vai trò của công tác đối ngoại',
  'góp phần thúc đẩy phát triển kinh tế - xã hội của địa phương', 'tạo sự thống nhất cao về nhận thức và hành động',
  'góp phần nâng cao vị thế, hình ảnh của địa phương với bạn bè quốc tế', 'phục vụ hiệu quả các nhiệm vụ chính trị của địa phương',
  'bảo đảm an ninh, trật tự trong quá trình hội nhập', 'tạo điều kiện thuận lợi cho doanh nghiệp và người dân',
  'huy động tối đa các nguồn lực bên ngoài cho phát triển', 'đáp ứng yêu cầu hội nhập quốc tế sâu rộng, toàn diện',
] as const;

export const strengths = [
  'Công tác lãnh đạo, chỉ đạo được quan tâm, triển khai kịp thời, đồng bộ.',
  'Các cơ quan, đơn vị đã chủ động lồng ghép nhiệm vụ đối ngoại vào chương trình công tác hằng năm.',
  'Nhận thức của cán bộ, công chức và Nhân dân về công tác đối ngoại, hội nhập quốc tế từng bước được nâng lên.',
  'Sự phối hợp giữa các cơ quan, đơn vị trong tổ chức thực hiện ngày càng chặt chẽ.',
  'Các hoạt động đối ngoại được tổ chức an toàn, tiết kiệm, đúng quy định.',
  'Công tác vận động, tiếp nhận viện trợ đạt kết quả tích cực, góp phần hỗ trợ người dân có hoàn cảnh khó khăn.',
] as const;

export const limitations = [
  'Công tác tham mưu ở một số cơ quan, đơn vị còn chậm, chưa đáp ứng yêu cầu.',
  'Cán bộ làm công tác đối ngoại chủ yếu kiêm nhiệm, thường xuyên thay đổi, còn hạn chế về ngoại ngữ.',
  'Việc thực hiện chế độ báo cáo định kỳ của một số đơn vị chưa đúng thời hạn.',
  'Nguồn lực dành cho hoạt động đối ngoại còn hạn chế; hiệu quả thu hút đầu tư nước ngoài chưa tương xứng với tiềm năng.',
  'Hình thức tuyên truyền chưa thật sự phong phú, có nơi còn mang tính hình thức.',
  'Tiến độ giải ngân một số khoản viện trợ còn chậm do thủ tục hồ sơ kéo dài.',
] as const;

export const causes = [
  'Nguyên nhân chủ yếu là do khối lượng công việc lớn trong khi biên chế còn thiếu.',
  'Nguyên nhân là do tác động của tình hình kinh tế thế giới và khu vực còn nhiều biến động.',
  'Một phần do cơ chế phối hợp giữa các cấp, các ngành chưa thật sự chặt chẽ.',
  'Một số văn bản hướng dẫn của cấp trên ban hành chậm, gây khó khăn cho việc triển khai.',
] as const;

/** Requests a unit addresses to another (kind: request); {sngv} is its Sở Ngoại vụ. */
export const requestTasks = [
  { owner: 'sngv', title: 'Đề nghị Sở Ngoại vụ quan tâm tổ chức các lớp bồi dưỡng, tập huấn nghiệp vụ đối ngoại cho cán bộ, công chức' },
  { owner: 'sngv', title: 'Đề nghị Sở Ngoại vụ hỗ trợ kết nối, giới thiệu các tổ chức phi chính phủ nước ngoài có nhu cầu tài trợ' },
  { owner: 'sngv', title: 'Đề nghị Sở Ngoại vụ cung cấp tài liệu thông tin đối ngoại phục vụ công tác tuyên truyền ở cơ sở' },
  { owner: 'province', title: 'Kiến nghị UBND tỉnh bố trí kinh phí cho các hoạt động đối ngoại và xúc tiến đầu tư' },
  { owner: 'central', title: 'Kiến nghị Bộ Ngoại giao sớm ban hành văn bản hướng dẫn thống nhất về quản lý hoạt động đối ngoại ở địa phương' },
] as const;

/** The "Nơi nhận" list after "Như trên;", by the level of the unit that sends the report. */
export const recipientsByLevel: Record<string, readonly string[]> = {
  huyen: ['TT Huyện ủy;', 'CT, các PCT UBND huyện;', 'Các phòng, ban thuộc huyện;'],
  xa: ['TT Đảng ủy xã;', 'CT, PCT UBND xã;'],
  so: ['GĐ, các PGĐ Sở;', 'Các phòng chuyên môn;'],
  tinh: ['TT Tỉnh ủy, TT HĐND tỉnh;', 'CT, các PCT UBND tỉnh;', 'Sở Ngoại vụ;'],
  'ban-chi-dao': ['Thành viên Ban Chỉ đạo;', 'CT, các PCT UBND tỉnh;'],
};

export const recipientsTail = ['Lưu: VT.', 'Lưu: VT, VP.', 'Lưu VT, NV.'] as const;
