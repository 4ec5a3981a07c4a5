import type { DutyStatus, Obligation } from '../tracker/duties.ts';

/**
 * Who has answered a request letter, who answered late, who is overdue, who has not yet: its
 * obligations (under its own duties only, not under letters about it) in the groups a letter's page
 * shows, in the order the tracker gives.
 */
export interface LetterAnswerGroup {
  key: 'answered' | 'answered-late' | 'overdue' | 'waiting' | 'ended';
  label: string;
  obligations: Obligation[];
}

const GROUPS: { key: LetterAnswerGroup['key']; label: string; statuses: DutyStatus[] }[] = [
  { key: 'answered', label: 'Đã trả lời', statuses: ['on-time', 'received'] },
  { key: 'answered-late', label: 'Trả lời chậm', statuses: ['late'] },
  { key: 'overdue', label: 'Quá hạn, chưa trả lời', statuses: ['overdue'] },
  { key: 'waiting', label: 'Chưa trả lời, chưa đến hạn hoặc chưa rõ hạn', statuses: ['not-due', 'no-due'] },
  { key: 'ended', label: 'Đơn vị đã dừng hoạt động', statuses: ['ended'] },
];

export function letterAnswers(letterId: string, obligations: readonly Obligation[]): LetterAnswerGroup[] {
  const own = obligations.filter((o) => o.document === letterId);
  return GROUPS.map(({ key, label, statuses }) => ({ key, label, obligations: own.filter((o) => statuses.includes(o.status)) }));
}
