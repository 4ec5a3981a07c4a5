import type { LegalDocument } from '../model.ts';
import { latestDay, parsePartialDate } from '../partial-date.ts';

/**
 * The legal basis of a task: the documents it answers to, and whether one has been replaced. A task
 * set under Nghị quyết 22-NQ/TW reads as current as any other unless it says that Nghị quyết
 * 59-NQ/TW replaced it; the successor counts from its issue day, so a tracker judging an earlier
 * day does not name it. A successor with no known date is taken as issued.
 */
export function supersedingDocument(
  directives: readonly string[],
  documentOf: (id: string) => LegalDocument | undefined,
  asOf: string,
): LegalDocument | undefined {
  for (const id of directives) {
    for (const next of documentOf(id)?.successors ?? []) {
      const successor = documentOf(next);
      if (!successor) continue;
      const issued = parsePartialDate(successor.issued);
      if (!issued || latestDay(issued) <= asOf) return successor;
    }
  }
  return undefined;
}
