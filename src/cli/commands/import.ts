import { copyFileSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadKnowledgeBase } from '../../lib/content/load.ts';
import { draftSource, inOrderPool, prepareEntry, readInput, recordDraft, type BatchContext, type Entry } from '../../lib/import/batch.ts';
import { collectInputs } from '../../lib/import/collect.ts';
import { importedHashes } from '../../lib/import/known.ts';
import { summarise, summaryMarkdown, summaryText } from '../../lib/import/summary.ts';
import type { Command } from './command.ts';
import { Progress } from './import-progress.ts';
import { reportSingle } from './import-single.ts';
import { importRequestLetter } from './import-letter.ts';
import { isRequestLetter } from '../../lib/letters/read-letter.ts';

const USAGE = 'Cách dùng: kb import TỆP_HOẶC_THƯ_MỤC… [--out THƯ_MỤC] [--summary TỆP] [--dry-run] [--json] [--force] [--keep-originals]';

export const importCommand: Command = {
  summary: 'nhập văn bản (.docx, .doc, .pdf, ảnh quét, .txt, .md; tệp hoặc thư mục) thành bản nháp MDX: ĐƯỜNG_DẪN… [--out THƯ_MỤC] [--summary TỆP] [--dry-run] [--json] [--force] [--keep-originals]',
  async run(args, settings) {
    const { values, positionals } = parseArgs({
      args, allowPositionals: true,
      options: {
        out: { type: 'string' }, summary: { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' },
        force: { type: 'boolean' }, 'keep-originals': { type: 'boolean' }, jobs: { type: 'string' },
      },
    });
    if (!positionals.length) {
      console.error(USAGE);
      return 2;
    }
    const inputs = collectInputs(positionals);
    // One file named alone keeps the single-file output (fields found, --json of the analysis).
    const single = positionals.length === 1 && !!statSync(positionals[0], { throwIfNoEntry: false })?.isFile();
    const root = settings.contentRoot;
    const { kb } = loadKnowledgeBase(root);
    const base = resolve(values.out ?? root);
    const ctx: BatchContext = { kb, known: importedHashes([...new Set([root, base])]), force: !!values.force, drafted: [] };
    const write = !values['dry-run'];
    const started = new Date();
    const readable = inputs.filter((i): i is { file: string } => !('refused' in i) && !('skipped' in i));
    const progress = single || values.json ? undefined : new Progress(inputs.length);
    const entries = new Map<string, Entry>();
    for (const i of inputs) {
      if ('refused' in i) entries.set(i.file, { input: i.file, status: 'refused', reason: i.refused, hint: i.hint });
      if ('skipped' in i) entries.set(i.file, { input: i.file, status: 'skipped', reason: i.skipped });
      if (!('file' in i && readable.includes(i as { file: string }))) progress?.step(i.file, entries.get(i.file)!.reason ?? '');
    }
    const jobs = Math.max(1, Number(values.jobs) || Math.min(2, availableParallelism()));
    progress?.begin(readable[0]?.file);
    let letterExit: number | undefined;
    await inOrderPool(readable, jobs, (i) => readInput(i.file, ctx), (i, read, n) => {
      // One request letter named alone keeps its own report of the duty found (src/lib/letters).
      if (single && read.ok && isRequestLetter(read.text)) {
        letterExit = importRequestLetter(read.text, kb, { file: i.file, root, out: values.out, dryRun: values['dry-run'], json: values.json, force: values.force, source: draftSource(i.file, read) });
        return;
      }
      const entry = prepareEntry(i.file, read, ctx);
      if (entry.prepared) {
        writeDraft(entry, base, write, values['keep-originals'] ? i.file : undefined);
        recordDraft(ctx, entry);
        // The same file twice in one batch: the second copy is skipped like a re-run.
        if (entry.sha256) ctx.known.set(entry.sha256, `${entry.draft} (cùng đợt nhập này)`);
      }
      entries.set(i.file, entry);
      progress?.step(i.file, entry.status === 'refused' || entry.status === 'skipped' ? `${entry.reason}` : `${entry.draft}`, readable[n + 1]?.file);
    });
    if (letterExit !== undefined) return letterExit;
    const ordered = inputs.map((i) => entries.get(i.file)!);
    if (single) return reportSingle(ordered[0], !!values.json, write ? join(base, ordered[0].draft ?? '') : null);

    const summary = summarise(ordered, started, (Date.now() - started.getTime()) / 1000);
    const target = resolve(values.summary ?? join(values.out ?? '.', 'import-summary.md')).replace(/\.(md|json)$/, '');
    writeFileSync(`${target}.md`, summaryMarkdown(summary));
    writeFileSync(`${target}.json`, `${JSON.stringify(summary, null, 2)}\n`);
    if (values.json) console.log(JSON.stringify(summary, null, 2));
    else console.log(`${summaryText(summary)}\n\nTóm tắt: ${target}.md, ${target}.json`);
    return summary.counts.refused ? 1 : 0;
  },
};

/** Writes the draft at its place in the layout, never over a file; with --keep-originals, the original by hash. */
function writeDraft(entry: Entry, base: string, write: boolean, original?: string) {
  const prepared = entry.prepared!;
  const target = freePath(join(base, prepared.path));
  entry.draft = relative(base, target).split('\\').join('/');
  entry.status = write ? 'written' : 'would-write';
  let mdx = prepared.mdx;
  if (original && entry.sha256) {
    const kept = `originals/${entry.sha256}${extname(original).toLowerCase().replace(/[^.a-z0-9]/g, '') || '.bin'}`;
    mdx = mdx.replace(/^(imported:\n(?:[ \t]+.*\n)*)/m, `$1  original: ${kept}\n`);
    if (write && !existsSync(join(base, kept))) {
      mkdirSync(join(base, 'originals'), { recursive: true });
      copyFileSync(original, join(base, kept));
    }
  }
  if ('tasks' in prepared.result) prepared.result.path = entry.draft;
  if (!write) return;
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, mdx);
}

/** Paths given to drafts in this run: a dry run writes nothing, yet two drafts must not share a path. */
const planned = new Set<string>();

function freePath(path: string): string {
  let candidate = path;
  for (let n = 2; existsSync(candidate) || planned.has(candidate); n++) candidate = path.replace(/\.mdx$/, `-${n}.mdx`);
  planned.add(candidate);
  return candidate;
}
