/** `kb`: the command line over the same src/lib the site uses. Each command lives in commands/. */
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';
import { readSettings } from '../lib/settings.ts';

// The environment is read here, once, for every command (src/lib/settings.ts).
const settings = readSettings(process.env, process.cwd());
// Node keeps the compiled, type-stripped modules in the kb cache, so a command starts sooner
// (measured: `kb help` 0.17 s instead of 0.30 s). The commands are imported after, so they benefit.
enableCompileCache?.(join(settings.cacheDir, 'node-compile'));
const { commands } = await import('./commands/index.ts');

const [name, ...args] = process.argv.slice(2);
const usage = `Cách dùng: kb <lệnh> [tùy chọn]\n\nCác lệnh:\n${Object.entries(commands).map(([n, c]) => `  ${n.padEnd(10)} ${c.summary}`).join('\n')}\n\nThư mục nội dung: KB_CONTENT_DIR (mặc định ./content).`;

if (!name || name === '--help' || name === '-h' || name === 'help') {
  console.log(usage);
  process.exit(name ? 0 : 2);
}
const command = commands[name];
if (!command) {
  console.error(`Không có lệnh "${name}".\n\n${usage}`);
  process.exit(2);
}
if (args.includes('--help') || args.includes('-h')) {
  console.log(`kb ${name} — ${command.summary}`);
  process.exit(0);
}
try {
  process.exitCode = await command.run(args, settings);
} catch (error) {
  // Node's option parser speaks English; say the same in Vietnamese, with the command's usage.
  const code = (error as { code?: string }).code ?? '';
  if (code.startsWith('ERR_PARSE_ARGS')) {
    const option = /'([^']+)'/.exec(error instanceof Error ? error.message : '')?.[1];
    const what = code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' ? `không nhận đối số "${option ?? ''}"` : option ? `tùy chọn "${option}" không dùng được ở đây` : 'tùy chọn không hợp lệ';
    console.error(`kb ${name}: ${what}.\nCách dùng: kb ${name} — ${command.summary}`);
  } else {
    console.error(error instanceof Error ? error.message : String(error));
  }
  process.exitCode = 2;
}
