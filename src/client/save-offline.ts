// "Lưu để dùng khi mất mạng": shows what saving costs (the pack's files and their sizes, written
// by the build), then fetches them into the caches the service worker reads when offline. The
// whole search index is offered apart, with its size, and only fetched when ticked.
import { formatBytes } from '../lib/offline/format.ts';
import { cacheFor, searchIndexPackUrl, searchRuntimePackUrl, type OfflinePack } from '../lib/offline/routes.ts';

const total = (packs: OfflinePack[]) => packs.reduce((sum, p) => sum + p.files.reduce((s, f) => s + f.bytes, 0), 0);

async function pack(url: string): Promise<OfflinePack> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as OfflinePack;
}

async function save(files: { url: string }[], progress: HTMLProgressElement): Promise<number> {
  let done = 0;
  let failed = 0;
  progress.max = files.length;
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const url = new URL(file.url, location.href);
      const name = cacheFor(url);
      try {
        if (name) await (await caches.open(name)).add(url);
      } catch {
        failed++;
      }
      progress.value = ++done;
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return failed;
}

function setUp(root: HTMLElement): void {
  const start = root.querySelector<HTMLButtonElement>('.save-offline-start')!;
  const panel = root.querySelector<HTMLElement>('.save-offline-panel')!;
  const summary = root.querySelector<HTMLElement>('.save-offline-size')!;
  const withIndex = root.querySelector<HTMLInputElement>('.save-offline-index')!;
  const indexSize = root.querySelector<HTMLElement>('.save-offline-index-size')!;
  const confirm = root.querySelector<HTMLButtonElement>('.save-offline-confirm')!;
  const progress = root.querySelector<HTMLProgressElement>('progress')!;
  const status = root.querySelector<HTMLElement>('.save-offline-status')!;
  let packs: { own?: OfflinePack; runtime: OfflinePack; index: OfflinePack } | undefined;
  const chosen = () => (packs ? [packs.own, packs.runtime, withIndex.checked ? packs.index : undefined].filter((p): p is OfflinePack => p !== undefined) : []);
  const showTotal = () => {
    confirm.textContent = `Lưu (${formatBytes(total(chosen()))})`;
  };
  root.hidden = false;
  start.addEventListener('click', async () => {
    start.disabled = true;
    try {
      const [own, runtime, index] = await Promise.all([root.dataset.pack ? pack(root.dataset.pack) : undefined, pack(searchRuntimePackUrl), pack(searchIndexPackUrl)]);
      packs = { own, runtime, index };
      summary.textContent = [own, runtime].filter((p) => p !== undefined).map((p) => `${p.label}: ${p.files.length} tệp, ${formatBytes(total([p]))}`).join('; ') + '.';
      indexSize.textContent = formatBytes(total([index]));
      showTotal();
      panel.hidden = false;
      start.hidden = true;
      confirm.focus();
    } catch {
      status.textContent = 'Không lấy được danh sách tệp cần lưu (đang mất mạng?).';
      start.disabled = false;
    }
  });
  withIndex.addEventListener('change', showTotal);
  confirm.addEventListener('click', async () => {
    confirm.disabled = true;
    progress.hidden = false;
    const files = chosen().flatMap((p) => p.files);
    const failed = await save(files, progress);
    status.textContent = failed
      ? `Đã lưu ${files.length - failed}/${files.length} tệp; ${failed} tệp không tải được, hãy thử lại khi có mạng.`
      : `Đã lưu ${files.length} tệp (${formatBytes(total(chosen()))}). Các trang này mở được khi mất mạng.`;
    root.dataset.saved = failed ? 'partial' : 'done';
    confirm.disabled = false;
  });
}

if ('serviceWorker' in navigator && 'caches' in window) {
  for (const root of document.querySelectorAll<HTMLElement>('.save-offline')) setUp(root);
}
