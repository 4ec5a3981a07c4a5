import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/lib/content/load.ts';
import { hasErrors } from '../../src/lib/problems.ts';
import { readBody, renderBody } from '../../src/lib/render/body.ts';
import { contentFolder } from '../helpers/content-folder.ts';

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

const FRAGMENTS = ['---', '\n', ': ', '- ', '[', ']', '{', '}', '<', '>', '"', "'", '#', '&', '*', '!', '|', '\t', 'ố', '\u0301', '2022-02-30', 'confidental: true', '<script>', '](javascript:x)', '\ufeff'];
const FILES = ['reports/tinh-a/huyen-a/2022-h1-hoi-nhap.mdx', 'directives/nq-22-2013.mdx', 'units/tinh-a.yaml'];

/** One random edit of the kind a hurried author or a broken tool makes. */
function mutate(bytes: Uint8Array, next: () => number): Uint8Array {
  const at = Math.floor(next() * (bytes.length + 1));
  const choice = next();
  if (choice < 0.3) return Uint8Array.from([...bytes.subarray(0, at), ...new TextEncoder().encode(FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]), ...bytes.subarray(at)]);
  if (choice < 0.5) return Uint8Array.from([...bytes.subarray(0, at), ...bytes.subarray(Math.min(bytes.length, at + 1 + Math.floor(next() * 40)))]);
  if (choice < 0.65) return bytes.subarray(0, at);
  if (choice < 0.8) return Uint8Array.from([...bytes.subarray(0, at), Math.floor(next() * 256), ...bytes.subarray(at)]);
  const copy = Uint8Array.from(bytes);
  if (at < copy.length) copy[at] ^= 1 << Math.floor(next() * 8);
  return copy;
}

describe('randomly damaged content', () => {
  it('never crashes the reader: every fault is a problem naming a file, a line and a fix', () => {
    const root = contentFolder();
    const originals = FILES.map((file) => readFileSync(join(root, file)));
    const next = random(20261122);
    let refused = 0;
    for (let round = 0; round < 400; round++) {
      const which = round % FILES.length;
      let bytes: Uint8Array = originals[which];
      for (let edits = 1 + Math.floor(next() * 4); edits > 0; edits--) bytes = mutate(bytes, next);
      writeFileSync(join(root, FILES[which]), bytes);
      const { problems } = loadKnowledgeBase(root);
      for (const p of problems) {
        expect(p.file, JSON.stringify(p)).toMatch(/^(reports|directives|units)\//);
        expect(p.line).toBeGreaterThanOrEqual(1);
        expect(p.message).toMatch(/\S/);
        expect(p.hint, JSON.stringify(p)).toMatch(/\S/);
      }
      if (hasErrors(problems)) refused++;
      // What passes the checks must also render.
      else if (which < 2) expect(() => renderBody(readBody(root, FILES[which]))).not.toThrow();
      writeFileSync(join(root, FILES[which]), originals[which]);
    }
    // The generator must actually produce bad content, or this test proves nothing.
    expect(refused).toBeGreaterThan(100);
  });
});
