import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Problem } from '../problems.ts';

/** The folders of the content root that are read (file-layout.ts lists what each holds). */
const FOLDERS = ['reports', 'directives', 'units'];

/**
 * The content root is a boundary. Symbolic links under it are never followed (walk.ts skips them):
 * one could read a file from anywhere on the machine into the site, make a second copy of a report
 * under another id, or loop. Each is an error here, named once, with where it points. Hidden files
 * and folders are skipped too, so those under the content folders are named as warnings rather than
 * passed over in silence (a report saved as `.bao-cao.mdx` would otherwise never be published).
 */
export function checkBoundary(root: string): Problem[] {
  const problems: Problem[] = [];
  const rootReal = realpathSync(root);
  const visit = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      const full = join(dir, name);
      const file = relative(root, full).split(sep).join('/');
      const stat = lstatSync(full);
      if (stat.isSymbolicLink()) problems.push(linkProblem(file, full, rootReal));
      else if (name.startsWith('.')) problems.push(hiddenProblem(file, stat.isDirectory()));
      else if (stat.isDirectory()) visit(full);
    }
  };
  for (const folder of FOLDERS) {
    const full = join(root, folder);
    const stat = lstatOrNull(full);
    if (stat?.isSymbolicLink()) problems.push(linkProblem(folder, full, rootReal));
    else if (stat?.isDirectory()) visit(full);
  }
  return problems;
}

function linkProblem(file: string, full: string, rootReal: string): Problem {
  const target = readlinkSync(full);
  const resolved = realTarget(full);
  const inside = resolved !== undefined && (resolved === rootReal || resolved.startsWith(rootReal + sep));
  const why = resolved === undefined
    ? 'trỏ tới chỗ không có hoặc vòng lại chính nó'
    : inside
      ? `trỏ tới ${relative(rootReal, resolved).split(sep).join('/') || '.'} trong thư mục nội dung: đọc nữa sẽ thành bản thứ hai của cùng nội dung`
      : 'trỏ ra ngoài thư mục nội dung';
  return {
    file, line: 1, severity: 'error', code: 'symlink',
    message: `liên kết tượng trưng (symlink) tới "${target}" không được đọc: ${why}`,
    hint: inside ? 'xóa liên kết; nội dung chỉ cần ở một chỗ' : 'thay liên kết bằng chính tệp hay thư mục (chép vào đây), hoặc xóa liên kết',
  };
}

function hiddenProblem(file: string, folder: boolean): Problem {
  const name = file.split('/').at(-1)!;
  return {
    file, line: 1, severity: 'warning', code: 'hidden-file',
    message: `${folder ? 'thư mục' : 'tệp'} ẩn "${name}" (tên bắt đầu bằng dấu chấm) không được đọc`,
    hint: /\.mdx$|\.ya?ml$/.test(name) || folder ? `nếu là nội dung, đổi tên bỏ dấu chấm đầu: ${name.replace(/^\.+/, '')}` : 'nếu là tệp hệ thống (.DS_Store, ~$…) thì xóa đi',
  };
}

function realTarget(path: string): string | undefined {
  try {
    statSync(path); // throws on a dangling link and on a loop (ELOOP)
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

function lstatOrNull(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}
