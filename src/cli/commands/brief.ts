import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildBriefing } from '../../lib/briefing/build.ts';
import { briefingMarkdown } from '../../lib/briefing/markdown.ts';
import { briefingDocuments } from '../../lib/briefing/select.ts';
import { ContentRefused, loadForSite } from '../../lib/kb/load-for-site.ts';
import { readBody } from '../../lib/render/body.ts';
import type { Settings } from '../../lib/settings.ts';
import { buildTracker } from '../../lib/tracker/tracker.ts';
import { urls } from '../../lib/urls.ts';
import { printToPdf } from '../brief/print-pdf.ts';
import { serveStatic } from '../static-server.ts';
import type { Command } from './command.ts';

const projectRoot = resolve(import.meta.dirname, '../../..');

/** Builds the site for the content root into a temporary folder, as `npm run build` would. */
function buildSiteInto(outDir: string, contentRoot: string): void {
  const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  execFileSync(process.execPath, [astro, 'build', '--outDir', outDir], {
    cwd: projectRoot,
    // Telemetry off: a government office's build sends nothing anywhere.
    env: { ...process.env, KB_CONTENT_DIR: contentRoot, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export const brief: Command = {
  summary: 'tài liệu tập huấn về một văn bản: MÃ [--pdf TỆP] [--dist THƯ_MỤC]; in Markdown, hoặc in ra PDF khổ A4 qua Chromium',
  async run(args, settings) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { pdf: { type: 'string' }, dist: { type: 'string' } } });
    const root = settings.contentRoot;
    let catalog;
    try {
      ({ catalog } = loadForSite(settings));
    } catch (error) {
      if (!(error instanceof ContentRefused)) throw error;
      console.error(error.message);
      return 1;
    }
    const ids = briefingDocuments(catalog).map((d) => d.id);
    const id = positionals[0];
    if (!id || !ids.includes(id)) {
      console.error(`${id ? `Không có tài liệu tập huấn cho "${id}".` : 'Thiếu mã văn bản.'} Các mã có tài liệu: ${ids.join(', ')}.\nVí dụ: npm run kb -- brief nq-22-2013 --pdf tap-huan.pdf`);
      return 2;
    }
    if (!values.pdf) {
      const tracker = buildTracker(catalog, settings.asOf);
      const briefing = buildBriefing({ catalog, bodyOf: (r) => readBody(root, r.source.file) }, id)!;
      process.stdout.write(briefingMarkdown(briefing, { unitName: (u) => catalog.unit(u)?.name ?? u, state: (t) => tracker.state(t), asOf: tracker.asOf }));
      return 0;
    }
    return printBriefing(id, resolve(values.pdf), values.dist ? resolve(values.dist) : undefined, settings);
  },
};

/** Prints /tap-huan/ID/ of a built site (the one given, or a fresh build of the content) to an A4 PDF. */
async function printBriefing(id: string, file: string, dist: string | undefined, settings: Settings): Promise<number> {
  let outDir = dist;
  if (outDir && !existsSync(join(outDir, urls.briefing(id), 'index.html'))) {
    console.error(`${outDir} không có trang ${urls.briefing(id)}: chạy "npm run build" trước, hoặc bỏ --dist để dựng mới.`);
    return 1;
  }
  const fresh = outDir ? undefined : mkdtempSync(join(tmpdir(), 'kb-brief-'));
  try {
    if (fresh) {
      console.error('Đang dựng trang từ nội dung hiện có…');
      // A folder inside the temporary one: the build's staging folder sits beside it and goes with it.
      outDir = join(fresh, 'site');
      buildSiteInto(outDir, settings.contentRoot);
    }
    const server = await serveStatic(outDir!);
    try {
      await printToPdf(`${server.origin}${urls.briefing(id)}`, file, settings.chromiumPath);
    } finally {
      await server.close();
    }
    console.error(`Đã in ${urls.briefing(id)} ra ${file} (khổ A4).`);
    return 0;
  } finally {
    if (fresh) rmSync(fresh, { recursive: true, force: true });
  }
}
