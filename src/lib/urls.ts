/** The site's URLs (contracts.md): Vietnamese words without diacritics, trailing slash. */
export const urls = {
  home: '/',
  reports: '/bao-cao/',
  report: (id: string) => `/bao-cao/${id}/`,
  documents: '/van-ban/',
  document: (id: string) => `/van-ban/${id}/`,
  /** A page of the register of cited documents we do not describe (src/lib/citations/register.ts). */
  register: (id: string) => `/van-ban/dan-chieu/${id}/`,
  units: '/don-vi/',
  unit: (id: string) => `/don-vi/${id}/`,
  tracker: '/theo-doi/',
  search: '/tim-kiem/',
  briefings: '/tap-huan/',
  briefing: (id: string) => `/tap-huan/${id}/`,
  /** The pack on a whole line of documents, named by its newest (44-CT/TW → 04 → 12: ct-12-2022). */
  topicBriefing: (newestId: string) => `/tap-huan/chu-de/${newestId}/`,
  guide: '/huong-dan/',
  /** The original file kb import --keep-originals kept (originals/<sha256>.<ext> in the content root). */
  original: (kept: string) => `/ban-goc/${kept.replace(/^originals\//, '')}`,
};
