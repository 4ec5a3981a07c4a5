import type { Unit } from '../model.ts';
import { formatPartialDate } from '../partial-date.ts';
import type { Problem } from '../problems.ts';
import { unitFrom, unitUntil } from '../lineage.ts';

/**
 * Units whose history cannot be true: a unit that ends before it starts, one that is its own
 * parent or successor, and chains of parents or successors that come back where they began (the
 * tracker would pass a ceased unit's duties round in a circle). Every unit on a cycle is named.
 */
export function checkUnitGraph(units: readonly Unit[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(units.map((u) => [u.id, u]));
  for (const unit of units) {
    const from = unitFrom(unit);
    const until = unitUntil(unit);
    if (from && until && until < from) {
      problems.push({
        file: unit.source.file, line: unit.source.lineOf(['until']), severity: 'error', code: 'unit-dates',
        message: `đơn vị "${unit.id}" chấm dứt (until: ${formatPartialDate(unit.until)}) trước khi bắt đầu (from: ${formatPartialDate(unit.from)})`,
        hint: 'kiểm tra lại from và until: có thể đã đảo chỗ hai ngày',
      });
    }
    if (unit.successors.includes(unit.id)) {
      problems.push({ file: unit.source.file, line: unit.source.lineOf(['successors']), severity: 'error', code: 'unit-cycle', message: `đơn vị "${unit.id}" được ghi là kế tục chính nó`, hint: 'xóa mã của chính đơn vị khỏi successors; ghi các đơn vị nhận lại nhiệm vụ của nó' });
    }
  }
  problems.push(...cycles(units, byId, (u) => (u.parent && u.parent !== u.id ? [u.parent] : []), 'parent', 'đơn vị cấp trên (parent)', 'một đơn vị không thể là cấp trên của cấp trên của nó: sửa parent của một đơn vị trong vòng'));
  problems.push(...cycles(units, byId, (u) => u.successors.filter((s) => s !== u.id), 'successors', 'đơn vị kế tục (successors)', 'đơn vị kế tục phải ra đời sau đơn vị trước: xóa liên kết ngược trong successors'));
  for (const unit of units) {
    if (unit.parent === unit.id) problems.push({ file: unit.source.file, line: unit.source.lineOf(['parent']), severity: 'error', code: 'unit-cycle', message: `đơn vị "${unit.id}" được ghi là cấp trên của chính nó`, hint: 'ghi mã của đơn vị cấp trên thật (tỉnh, sở), hoặc bỏ parent' });
  }
  return problems;
}

/** Units on a cycle of `next` links (longer than one: a self-link is named on its own), each once. */
function cycles(units: readonly Unit[], byId: ReadonlyMap<string, Unit>, next: (u: Unit) => string[], field: string, what: string, hint: string): Problem[] {
  const state = new Map<string, 'open' | 'done'>();
  const onCycle = new Map<string, string[]>();
  // Iterative depth-first search: a chain of thousands of units must not exhaust the stack.
  for (const start of units) {
    if (state.has(start.id)) continue;
    const stack: { id: string; edges: string[]; i: number }[] = [{ id: start.id, edges: next(start), i: 0 }];
    state.set(start.id, 'open');
    while (stack.length) {
      const top = stack[stack.length - 1];
      if (top.i >= top.edges.length) {
        state.set(top.id, 'done');
        stack.pop();
        continue;
      }
      const to = top.edges[top.i++];
      const unit = byId.get(to);
      if (!unit) continue; // an unknown id is named by references.ts
      if (state.get(to) === 'open') {
        const ring = stack.slice(stack.findIndex((s) => s.id === to)).map((s) => s.id);
        for (const id of ring) if (!onCycle.has(id)) onCycle.set(id, ring);
      } else if (!state.has(to)) {
        state.set(to, 'open');
        stack.push({ id: to, edges: next(unit), i: 0 });
      }
    }
  }
  return [...onCycle].map(([id, ring]): Problem => {
    const unit = byId.get(id)!;
    return {
      file: unit.source.file, line: unit.source.lineOf([field]), severity: 'error', code: 'unit-cycle',
      message: `vòng lặp ${what}: ${[...ring, ring[0]].join(' → ')}`,
      hint,
    };
  });
}
