import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build-site.ts';

/** Every source file under `dir` (paths from the project root), skipping nothing but hidden entries. */
function sourceFiles(dir: string, extensions = ['.ts', '.mjs', '.astro', '.mdx']): string[] {
  const out: string[] = [];
  const visit = (path: string) => {
    for (const name of readdirSync(join(projectRoot, path))) {
      if (name.startsWith('.')) continue;
      const child = `${path}/${name}`;
      if (statSync(join(projectRoot, child)).isDirectory()) visit(child);
      else if (extensions.some((ext) => name.endsWith(ext))) out.push(child);
    }
  };
  visit(dir);
  return out.sort();
}

/** The relative modules a file imports (type-only imports too: they tie files together as much). */
function relativeImports(file: string): string[] {
  const code = readFileSync(join(projectRoot, file), 'utf8');
  const specifiers = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]);
  return specifiers.map((s) => relative(projectRoot, resolve(projectRoot, dirname(file), s)).split('\\').join('/'));
}

/** One import cycle in the graph, as the files around it, or undefined when there is none. */
function findCycle(graph: ReadonlyMap<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): string[] | undefined => {
    if (state.get(file) === 'done') return undefined;
    if (state.get(file) === 'open') return [...path.slice(path.indexOf(file)), file];
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(file, 'done');
    return undefined;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('the layout of the code', () => {
  it('reads the environment only at the edges: astro.config.mjs, src/data/settings.ts and the kb command line', () => {
    const edges = (file: string) => file === 'src/data/settings.ts' || file.startsWith('src/cli/');
    const readers = sourceFiles('src').filter((file) => !edges(file) && /\bprocess\.env\b/.test(readFileSync(join(projectRoot, file), 'utf8')));
    expect(readers, 'these files read process.env; take the value from the Settings passed down (src/lib/settings.ts)').toEqual([]);
  });

  it('has no import cycle', () => {
    const files = sourceFiles('src', ['.ts', '.astro']);
    const graph = new Map(files.map((file) => [file, relativeImports(file)]));
    expect(findCycle(graph), 'these files import each other in a circle').toBeUndefined();
  });

  it('finds a cycle when there is one (the check above can fail)', () => {
    const graph = new Map([['a.ts', ['b.ts']], ['b.ts', ['c.ts']], ['c.ts', ['a.ts']], ['d.ts', ['a.ts']]]);
    expect(findCycle(graph)).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts']);
    expect(findCycle(new Map([['a.ts', ['b.ts']], ['b.ts', []]]))).toBeUndefined();
  });

  it('keeps only the shared base at the top of src/lib; everything else sits in a domain folder', () => {
    const top = readdirSync(join(projectRoot, 'src/lib')).filter((name) => !statSync(join(projectRoot, 'src/lib', name)).isDirectory());
    expect(top.sort()).toEqual(['labels.ts', 'lineage.ts', 'model.ts', 'partial-date.ts', 'period.ts', 'problems.ts', 'settings.ts', 'text.ts', 'unique.ts', 'urls.ts']);
  });
});
