import { describe, expect, it } from 'vitest';
import { predecessorsOf, successorsOn, unitExistsDuring, unitExistsOn } from '../../src/lib/lineage.ts';
import { unit } from '../helpers/kb-model.ts';

const units = [
  unit({ id: 'huyen-a', until: '2025-06-30', successors: ['xa-a1', 'xa-a2'] }),
  unit({ id: 'xa-a1', level: 'xa', from: '2025-07-01' }),
  unit({ id: 'xa-a2', level: 'xa', from: '2025-07-01', until: '2026-06-30', successors: ['xa-a3'] }),
  unit({ id: 'xa-a3', level: 'xa', from: '2026-07-01' }),
  unit({ id: 'huyen-b', until: '2025-06' }),
  unit({ id: 'tinh-a', level: 'tinh' }),
];
const byId = new Map(units.map((u) => [u.id, u]));

describe('unit lives', () => {
  it.each([
    ['huyen-a', '2025-06-30', true],
    ['huyen-a', '2025-07-01', false],
    ['xa-a1', '2025-06-30', false],
    ['xa-a1', '2025-07-01', true],
    ['huyen-b', '2025-06-30', true],
    ['tinh-a', '1990-01-01', true],
  ])('%s exists on %s: %s', (id, day, exists) => {
    expect(unitExistsOn(byId.get(id)!, day)).toBe(exists);
  });

  it.each([
    ['huyen-a', '2025-01-01', '2025-12-31', true],
    ['xa-a1', '2025-01-01', '2025-06-30', false],
    ['xa-a1', '2025-01-01', '2025-07-01', true],
  ])('%s exists during %s–%s: %s', (id, start, end, exists) => {
    expect(unitExistsDuring(byId.get(id)!, start, end)).toBe(exists);
  });
});

describe('who takes over', () => {
  it.each([
    ['huyen-a', '2025-12-31', ['xa-a1', 'xa-a2']],
    ['huyen-a', '2026-12-31', ['xa-a1', 'xa-a3']],
    ['huyen-b', '2025-12-31', []],
    ['huyen-a', '2025-01-01', []],
  ])('%s on %s: %j', (id, day, successors) => {
    expect(successorsOn(byId, id, day).map((u) => u.id)).toEqual(successors);
  });

  it('finds predecessors through a chain', () => {
    expect(predecessorsOf(units, 'xa-a3').map((u) => u.id)).toEqual(['xa-a2', 'huyen-a']);
    expect(predecessorsOf(units, 'tinh-a')).toEqual([]);
  });
});
