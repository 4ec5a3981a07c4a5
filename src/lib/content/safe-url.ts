/**
 * Links a report may carry: web and mail addresses, phone numbers, and links inside the site. A URL
 * with any other scheme (javascript:, vbscript:, data:, file:) is refused; a colon anywhere outside
 * those schemes counts as a scheme, whatever the case, spacing or entities used to spell it.
 */
const SAFE_URL = /^(?:https?:|mailto:|tel:|#|\/|\.{1,2}\/|[^:]*$)/i;

export function isSafeUrl(url: string): boolean {
  // Browsers ignore leading spaces and control characters before a scheme; so does this check.
  return SAFE_URL.test(url.replace(/^[\u0000-\u0020]+/, ''));
}
