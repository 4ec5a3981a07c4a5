#!/usr/bin/env node
// Runs the kb command line (TypeScript, run directly) with the project's own Node 24 from
// node_modules, so `kb` works even where the machine's Node is older.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const localNode = join(root, 'node_modules', '.bin', 'node');
const node = existsSync(localNode) ? localNode : process.execPath;
const result = spawnSync(node, ['--disable-warning=ExperimentalWarning', join(root, 'src', 'cli', 'kb.ts'), ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
