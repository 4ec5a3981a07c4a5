/**
 * /tim-kiem/: keeps the form, the address bar (?q=…&don-vi=…) and the results in step. Searches as
 * the user types (after a short pause), on Enter, and when a filter or the order changes.
 */
import { filterKeys, filterParams, sortChoices } from '../../lib/search/fields.ts';
import { unitNameMatcher } from '../../lib/search/terms/unit-names.ts';
import { loadIndex, prefetchTerms, runSearch, type SearchOutcome } from './term-search.ts';
import { countMessage, resultItem } from './results-view.ts';

const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 200;

const form = document.getElementById('tim-kiem') as HTMLFormElement;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sap-xep"]')!;
const status = document.getElementById('trang-thai')!;
const list = document.getElementById('ket-qua') as HTMLOListElement;
const more = document.getElementById('xem-them') as HTMLButtonElement;

let generation = 0;
let outcome: SearchOutcome | null = null;
let shown = 0;
let typingTimer: ReturnType<typeof setTimeout> | undefined;

const filterSelect = (param: string) => form.querySelector<HTMLSelectElement>(`select[name="${param}"]`);

/** Every unit with a page in the index, as the unit filter lists them: a query that is one's name ranks its pages first. */
const unitsNamedBy = unitNameMatcher([...(filterSelect(filterParams.unit)?.options ?? [])].filter((option) => option.value).map((option) => ({ id: option.value, name: option.text })));

function readForm() {
  const text = input.value.trim();
  const filters: Record<string, string> = {};
  const params = new URLSearchParams();
  if (text) params.set('q', text);
  for (const key of filterKeys) {
    const value = filterSelect(filterParams[key])?.value;
    if (value) {
      filters[key] = value;
      params.set(filterParams[key], value);
    }
  }
  const sortKey = sortSelect.value as keyof typeof sortChoices | '';
  if (sortKey) params.set('sap-xep', sortKey);
  return { text, filters, sort: sortKey ? sortChoices[sortKey] : undefined, params };
}

function fillForm(params: URLSearchParams) {
  input.value = params.get('q') ?? '';
  for (const key of filterKeys) {
    const select = filterSelect(filterParams[key]);
    const wanted = params.get(filterParams[key]) ?? '';
    if (select) select.value = [...select.options].some((option) => option.value === wanted) ? wanted : '';
  }
  const sort = params.get('sap-xep') ?? '';
  sortSelect.value = sort in sortChoices ? sort : '';
}

async function search() {
  const mine = ++generation;
  const started = performance.now();
  const { text, filters, sort, params } = readForm();
  list.setAttribute('aria-busy', 'true');
  try {
    const result = await runSearch({ text, filters, sort, namedUnits: unitsNamedBy(text) });
    const first = result ? await result.hits(0, PAGE_SIZE) : [];
    if (mine !== generation) return;
    outcome = result;
    shown = first.length;
    list.replaceChildren(...first.map(resultItem));
    more.hidden = !result || shown >= result.total;
    status.textContent = result ? countMessage(result.total, text, Object.keys(filters).length > 0) : 'Nhập từ khóa hoặc chọn bộ lọc để tìm.';
    list.dataset.query = text;
    performance.measure('kb-search', { start: started });
  } catch (error) {
    if (mine !== generation) return;
    console.error(error);
    status.textContent = 'Không tải được chỉ mục tìm kiếm. Hãy tải lại trang; nếu vẫn lỗi, báo cho người quản trị trang.';
  } finally {
    if (mine === generation) {
      list.setAttribute('aria-busy', 'false');
      // The address follows once the results are drawn: updating it costs the page a few
      // milliseconds (and the browser asks for the icon again), which the reader need not wait for.
      history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
    }
  }
}

async function showMore() {
  if (!outcome) return;
  const mine = generation;
  const next = await outcome.hits(shown, shown + PAGE_SIZE);
  if (mine !== generation) return;
  const items = next.map(resultItem);
  list.append(...items);
  shown += next.length;
  more.hidden = shown >= outcome.total;
  // Keyboard users carry on from the first new result rather than from the button.
  items[0]?.querySelector('a')?.focus();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  void search();
});
input.addEventListener('input', () => {
  // For the benchmark: a search's time counts from Enter (`kb-search`); this is when the words were typed.
  performance.mark('kb-input');
  prefetchTerms(input.value);
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => void search(), TYPING_PAUSE_MS);
});
form.addEventListener('change', (event) => {
  if (event.target instanceof HTMLSelectElement) void search();
});
more.addEventListener('click', () => void showMore());

fillForm(new URLSearchParams(location.search));
loadIndex().catch(() => {
  status.textContent = 'Không tải được chỉ mục tìm kiếm. Hãy tải lại trang; nếu vẫn lỗi, báo cho người quản trị trang.';
});
void search();
