// Registers the service worker the build writes (src/integrations/offline.ts) and keeps what
// offline use needs: the shell pages (home, tracker, search) and this page with its CSS and JS,
// fetched again whenever the site serves a new build, so no page kept for offline use stays from
// an older one. Marks <html data-offline="ready"> when done (the browser tests wait on it).
import { cacheFor, cacheNames, shellPages } from '../lib/offline/routes.ts';

const BUILD_KEY = 'kb-build';

async function keep(url: string | URL, refresh = false): Promise<void> {
  const target = new URL(url, location.href);
  const name = cacheFor(target);
  if (!name) return;
  const cache = await caches.open(name);
  if (!refresh && (await cache.match(target, { ignoreSearch: name === cacheNames.pages }))) return;
  // Only a good answer is kept: a missing page's 404 must not become what offline use shows.
  const response = await fetch(target).catch(() => undefined);
  if (response?.ok) await cache.put(target, response).catch(() => undefined);
}

/** This page came as a good answer (not the site's 404 page): worth keeping for offline use. */
function pageIsGood(): boolean {
  const navigation = performance.getEntriesByType('navigation')[0] as (PerformanceNavigationTiming & { responseStatus?: number }) | undefined;
  const status = navigation?.responseStatus;
  return status === undefined || status === 0 || (status >= 200 && status < 300);
}

/** Everything this page loaded from the site that the worker may serve offline. */
function loadedHere(): string[] {
  return performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.startsWith(location.origin));
}

function idle(): Promise<void> {
  return new Promise((done) => ('requestIdleCallback' in window ? requestIdleCallback(() => done(), { timeout: 3000 }) : setTimeout(done, 1000)));
}

async function prepare(): Promise<void> {
  await navigator.serviceWorker.ready;
  let build: string | undefined;
  try {
    build = ((await (await fetch('/ngoai-tuyen/ban-dung.json', { cache: 'no-store' })).json()) as { build: string }).build;
  } catch {
    // Offline: nothing to compare with; the kept pages are what there is.
  }
  const newBuild = build !== undefined && build !== localStorage.getItem(BUILD_KEY);
  if (newBuild) {
    // A new build: fetch again every page kept, and the shell.
    const pages = await caches.open(cacheNames.pages);
    const kept = (await pages.keys()).map((request) => request.url);
    await Promise.all([...new Set([...shellPages.map((p) => new URL(p, location.href).href), ...kept])].map((url) => keep(url, true)));
    localStorage.setItem(BUILD_KEY, build!);
  }
  if (navigator.onLine) {
    if (pageIsGood()) await keep(location.href);
    await Promise.all(loadedHere().map((url) => keep(url)));
    // The shell, once per build, when the page has nothing else to do: a first visit to a search
    // or a report loads what it came for before the tracker is fetched in the background.
    await idle();
    await Promise.all(shellPages.map((path) => keep(path)));
  }
  document.documentElement.dataset.offline = 'ready';
}

function showOfflineNotice(): void {
  if (navigator.onLine || document.getElementById('mat-mang')) return;
  const note = document.createElement('p');
  note.id = 'mat-mang';
  note.className = 'offline-notice';
  note.setAttribute('role', 'status');
  note.textContent = 'Đang mất mạng: trang này là bản đã lưu trên máy, có thể chưa phải bản mới nhất.';
  document.querySelector('main')?.prepend(note);
}

if ('serviceWorker' in navigator && window.isSecureContext) {
  navigator.serviceWorker.register('/sw.js').then(prepare).catch(() => {
    // A site served without the worker (astro dev) works as before, online only.
  });
  showOfflineNotice();
  window.addEventListener('offline', showOfflineNotice);
  window.addEventListener('online', () => document.getElementById('mat-mang')?.remove());
}
