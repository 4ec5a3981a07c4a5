import { MAX_YAML_DEPTH, yamlDepth } from './depth.ts';

/**
 * What a YAML syntax error means, in Vietnamese, with the fix an author needs: the parser's own
 * messages are English and name its grammar ("Nested mappings are not allowed in compact
 * mappings" for `title: Báo cáo: năm 2022`). Keyed by the yaml library's error codes.
 */
export interface YamlMessage {
  message: string;
  hint: string;
}

const QUOTE_HINT = 'đặt cả giá trị trong ngoặc kép, ví dụ title: "Báo cáo: năm 2022"';
const ALIAS: YamlMessage = { message: 'dùng tham chiếu YAML (* hoặc &) không đúng', hint: 'không dùng * và &: viết giá trị thẳng ra' };

const MESSAGES: Record<string, YamlMessage> = {
  BLOCK_AS_IMPLICIT_KEY: { message: 'giá trị có dấu hai chấm, hoặc một dòng thiếu thụt lề', hint: QUOTE_HINT },
  MULTILINE_IMPLICIT_KEY: { message: 'tên trường kéo dài sang dòng sau hoặc thiếu dấu hai chấm', hint: 'mỗi trường một dòng: tên, dấu hai chấm, giá trị' },
  DUPLICATE_KEY: { message: 'một trường được ghi hai lần', hint: 'giữ một dòng cho trường này, xóa dòng kia' },
  TAB_AS_INDENT: { message: 'thụt lề bằng phím Tab', hint: 'YAML chỉ nhận dấu cách để thụt lề: thay Tab bằng hai dấu cách' },
  BAD_INDENT: { message: 'thụt lề không đúng, hoặc danh sách [ … ] chưa đóng', hint: 'các mục cùng cấp thụt lề bằng nhau; danh sách mở bằng [ phải đóng bằng ] trên cùng dòng' },
  MISSING_CHAR: { message: 'thiếu một dấu: ngoặc kép đóng, dấu ] hoặc }, hay dấu - đầu mục danh sách', hint: 'đóng ngoặc kép trên cùng dòng; mỗi mục danh sách bắt đầu bằng "- " thụt lề như các mục khác' },
  BAD_SCALAR_START: { message: 'giá trị bắt đầu bằng ký tự đặc biệt (@, `, %, …)', hint: QUOTE_HINT },
  BAD_DQ_ESCAPE: { message: 'dấu \\ trong ngoặc kép không hợp lệ', hint: 'viết \\\\ cho một dấu \\, hoặc dùng ngoặc đơn \'…\'' },
  UNEXPECTED_TOKEN: { message: 'có ký tự không đúng chỗ', hint: QUOTE_HINT },
  BLOCK_IN_FLOW: { message: 'danh sách [ … ] hoặc nhóm { … } xuống dòng không đúng cách', hint: 'viết danh sách trên một dòng, hoặc mỗi mục một dòng bắt đầu bằng "- "' },
  MULTIPLE_DOCS: { message: 'có một dòng --- thừa', hint: 'phần đầu của báo cáo chỉ có một dòng --- mở và một dòng --- đóng; tệp .yaml không cần dòng ---' },
  BAD_ALIAS: ALIAS,
  ALIAS_PROPS: ALIAS,
  MULTIPLE_ANCHORS: ALIAS,
  RESOURCE_EXHAUSTION: { message: 'tham chiếu YAML lồng nhau quá nhiều lần', hint: ALIAS.hint },
  TOO_DEEP: { message: `các mục lồng nhau quá sâu (quá ${MAX_YAML_DEPTH} cấp thụt lề, dấu - hay ngoặc [ {)`, hint: 'mỗi trường chỉ cần vài cấp: bỏ các dòng thụt lề, dấu - và ngoặc [ { thừa; đóng mỗi ngoặc đã mở' },
};

const FALLBACK: YamlMessage = { message: 'sai cú pháp YAML', hint: 'kiểm tra thụt lề, dấu hai chấm và dấu ngoặc kép ở dòng này' };

/** The parse error for YAML nested past what the parser survives (see depth.ts), or undefined. */
export function yamlDepthError(text: string, firstLine: number): { message: string; line: number; code: string } | undefined {
  const { depth, line } = yamlDepth(text);
  return depth > MAX_YAML_DEPTH ? { message: `nested ${depth} deep`, line: line + firstLine - 1, code: 'TOO_DEEP' } : undefined;
}

export function yamlMessage(code: string | undefined): YamlMessage {
  return (code && MESSAGES[code]) || FALLBACK;
}
