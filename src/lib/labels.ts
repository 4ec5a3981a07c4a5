/** Vietnamese words the interface shows for the model's codes. */

export const documentKindLabels: Record<string, string> = {
  'nghi-quyet': 'Nghị quyết', 'chi-thi': 'Chỉ thị', 'nghi-dinh': 'Nghị định', 'quyet-dinh': 'Quyết định',
  'ke-hoach': 'Kế hoạch', 'cong-van': 'Công văn', 'thong-bao': 'Thông báo', 'chuong-trinh': 'Chương trình',
  'thong-tu': 'Thông tư', 'huong-dan': 'Hướng dẫn', 'to-trinh': 'Tờ trình', 'bao-cao': 'Báo cáo',
  luat: 'Luật', 'ket-luan': 'Kết luận', 'quy-dinh': 'Quy định',
  // Kinds met only in citations (src/lib/citations).
  'phap-lenh': 'Pháp lệnh', lenh: 'Lệnh', 'cong-dien': 'Công điện', 'de-an': 'Đề án', 'quy-che': 'Quy chế',
  'thong-tri': 'Thông tri', 'giay-moi': 'Giấy mời', 'van-ban': 'Văn bản',
};

export const documentStatusLabels: Record<string, string> = {
  'in-force': 'Còn hiệu lực', superseded: 'Đã có văn bản kế tục', repealed: 'Hết hiệu lực', unknown: 'Chưa xác nhận',
};

export const unitLevelLabels: Record<string, string> = {
  'trung-uong': 'Trung ương', tinh: 'Tỉnh', so: 'Sở, ngành', 'ban-chi-dao': 'Ban chỉ đạo', huyen: 'Huyện', xa: 'Xã',
};

export const taskKindLabels: Record<string, string> = {
  direction: 'Phương hướng, nhiệm vụ', request: 'Đề xuất, kiến nghị',
};

export const progressLabels: Record<string, string> = {
  done: 'đã hoàn thành', 'in-progress': 'đang thực hiện', dropped: 'không tiếp tục thực hiện',
};

/** "Nghị quyết 22-NQ/TW": how staff name a document. */
export function documentName(doc: { kind: string; number: string }): string {
  return `${documentKindLabels[doc.kind] ?? ''} ${doc.number}`.trim();
}
