import { basename } from 'node:path';

/**
 * Progress of a batch on stderr: on a terminal one line redrawn in place (files done of total, the
 * file being read, time left from the pace so far); otherwise a plain line per file, for logs.
 */
export class Progress {
  private done = 0;
  private readonly started = Date.now();
  private readonly tty: boolean;
  private readonly total: number;
  private readonly stream: NodeJS.WriteStream;

  constructor(total: number, stream: NodeJS.WriteStream = process.stderr) {
    this.total = total;
    this.stream = stream;
    this.tty = !!stream.isTTY;
  }

  /** Before the first file: on a terminal, say what is being read while nothing is done yet. */
  begin(first: string | undefined) {
    if (this.tty && first) this.stream.write(`[0/${this.total}] đang đọc ${basename(first)}`);
  }

  /** A file finished: `current` is the one now being read, if any. */
  step(file: string, outcome: string, current?: string) {
    this.done++;
    const head = `[${this.done}/${this.total}]`;
    if (!this.tty) {
      this.stream.write(`${head} ${file}: ${outcome}\n`);
      return;
    }
    const width = this.stream.columns || 100;
    const line = `${head} ${Math.round((this.done / this.total) * 100)}% · còn khoảng ${this.left()}${current ? ` · đang đọc ${basename(current)}` : ''}`;
    this.stream.write(`\r\x1b[2K${line.slice(0, width - 1)}`);
    if (this.done === this.total) this.stream.write('\n');
  }

  private left(): string {
    const perFile = (Date.now() - this.started) / 1000 / this.done;
    const seconds = Math.round(perFile * (this.total - this.done));
    return seconds >= 60 ? `${Math.floor(seconds / 60)} phút ${seconds % 60} giây` : `${seconds} giây`;
  }
}
