import type { DutyInput } from '../../schemas/duty.ts';
import type { LegalDocument, Unit } from '../model.ts';

/**
 * Who a reporting duty's reports go to, and whether that is this office. The site's receiving
 * units are the ones marked `receives: true` in content/units/ (the Sở Ngoại vụ); a duty goes to its
 * `receiver`, or else back to the office that issued the document (a letter's answers go to the
 * office that asked). Reports owed to ministries (Nghị định 80/2020, Thông tư 23/2022) never pass
 * through this office, so counting them as missing here would stay red forever.
 */
export interface Receivers {
  /** True when the duty's reports are owed to this office. */
  owedHere(doc: LegalDocument, duty: DutyInput): boolean;
}

export function receivers(units: readonly Unit[]): Receivers {
  const here = new Set(units.filter((u) => u.receives).map((u) => u.id));
  return {
    owedHere(doc, duty) {
      // A knowledge base that names no receiving office (a test fixture, a generated corpus) counts every duty.
      if (!here.size) return true;
      const receiver = duty.receiver ?? doc.issuerUnit;
      return receiver !== undefined && here.has(receiver);
    },
  };
}
