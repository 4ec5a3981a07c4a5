/** Draws search results into the page with DOM calls (no HTML strings from the index). */
import type { SearchHit } from './term-search.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One result: title link, then kind · unit · period · date, then the excerpt with matches marked. */
export function resultItem(hit: SearchHit): HTMLLIElement {
  const item = element('li', 'search-result');
  const heading = element('h2', 'result-title');
  const link = element('a', undefined, hit.title);
  link.href = hit.url;
  heading.append(link);
  item.append(heading);
  if (hit.details.length) {
    const details = element('p', 'sub');
    const [kind, ...rest] = hit.details;
    details.append(element('span', 'tag', kind), rest.length ? ` ${rest.join(' · ')}` : '');
    item.append(details);
  }
  if (hit.signer) item.append(element('p', 'sub', `Người ký: ${hit.signer}`));
  if (hit.excerpt.length) {
    const excerpt = element('p', 'excerpt');
    excerpt.append(...hit.excerpt.map((piece) => (piece.marked ? element('mark', undefined, piece.text) : piece.text)));
    item.append(excerpt);
  }
  return item;
}

/** Vietnamese count line for the live region. */
export function countMessage(total: number, text: string, filtered: boolean): string {
  const what = text ? ` cho “${text}”` : '';
  const scope = filtered ? ' (đang lọc)' : '';
  if (total === 0) return `Không tìm thấy kết quả nào${what}${scope}. Thử bớt từ hoặc bỏ bộ lọc.`;
  return `Tìm thấy ${total} kết quả${what}${scope}.`;
}
