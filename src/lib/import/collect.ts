import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { IMPORT_TYPES } from './formats/sniff.ts';

/** One path a batch will read, or one it names without reading (and why). */
export type Input = { file: string } | { file: string; refused: string; hint: string } | { file: string; skipped: string };

/**
 * The files under the paths given, folders walked in name order. Nothing is left out unsaid: a file
 * of another type in a folder is listed as skipped, an empty folder or a path that does not exist is
 * a refusal.
 */
export function collectInputs(paths: readonly string[]): Input[] {
  const inputs: Input[] = [];
  const walk = (dir: string, top: boolean) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (error) {
      inputs.push({ file: dir, refused: `không đọc được thư mục (${(error as NodeJS.ErrnoException).code})`, hint: 'kiểm tra quyền đọc thư mục' });
      return;
    }
    const before = inputs.length;
    for (const name of names) {
      if (name.startsWith('.') || name.startsWith('~$')) continue;
      const path = join(dir, name);
      if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) walk(path, false);
      else if (IMPORT_TYPES.includes(extname(name).toLowerCase())) inputs.push({ file: path });
      else inputs.push({ file: path, skipped: `không phải loại tệp kb import đọc (${extname(name) || 'không có đuôi'})` });
    }
    // A folder named on the command line that holds nothing is a refusal; an empty sub-folder holds nothing to lose.
    if (top && inputs.length === before) inputs.push({ file: dir, refused: 'thư mục rỗng, không có tệp nào để nhập', hint: 'chọn đúng thư mục lưu trữ' });
  };
  for (const path of paths) {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) inputs.push({ file: path, refused: 'không có tệp hay thư mục này', hint: 'kiểm tra đường dẫn' });
    else if (stat.isDirectory()) walk(path, true);
    else inputs.push({ file: path });
  }
  return inputs;
}
