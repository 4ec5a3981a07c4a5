import type { DutyStatus, Obligation } from '../tracker/duties.ts';

/**
 * Who has answered a request letter, who is late, who has not yet: its obligations (under its own
 * duties only, not under letters about it) in the three groups a letter's page shows, each unit
 * once per period, in the order the tracker gives.
 */
export interface LetterAnswerGroup {
  key: 'answered' | 'late' | 'waiting' | 'ended';
  label: string;
  obligations: Obligation[];
}

const GROUPS: { key: LetterAnswerGroup['key']; label: string; statuses: DutyStatus[] }[] = [
  { key: 'answered', label: 'Đã trả lời', statuses: ['on-time', 'received'] },
  { key: 'late', label: 'Trả lời chậm hoặc quá hạn chưa trả lời', statuses: ['late', 'overdue'] },
  { key: 'waiting', label: 'Chưa trả lời (chưa đến hạn hoặc chưa rõ hạn)', statuses: ['not-due', 'no-due'] },
  { key: 'ended', label: 'Đơn vị đã dừng hoạt động', statuses: ['ended'] },
];

export function letterAnswers(letterId: string, obligations: readonly Obligation[]): LetterAnswerGroup[] {
  const own = obligations.filter((o) => o.document === letterId);
  return GROUPS.map(({ key, label, statuses }) => ({ key, label, obligations: own.filter((o) => statuses.includes(o.status)) }));
}
