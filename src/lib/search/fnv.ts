/**
 * 32-bit FNV-1a of a string's UTF-16 units: where a page's search shard is (shards.ts) and which
 * bucket holds a rare term (terms/format.ts). The build and the search page must agree, so both
 * call this one function.
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
