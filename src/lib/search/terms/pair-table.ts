/**
 * A map from a pair of word ids to a number, in flat typed arrays (open addressing, at most half
 * full): a Map keyed by a number made of two ids would box each key beyond 2^31.
 */
export class PairTable {
  private firsts = new Int32Array(1 << 16);
  private seconds = new Int32Array(1 << 16);
  /** The value plus one; 0 marks an empty slot. */
  private values = new Int32Array(1 << 16);
  private size = 0;

  /** The number of (first, second), or −1 when it has none. */
  get(first: number, second: number): number {
    const mask = this.values.length - 1;
    for (let slot = slotOf(first, second) & mask; ; slot = (slot + 1) & mask) {
      const value = this.values[slot];
      if (value === 0) return -1;
      if (this.firsts[slot] === first && this.seconds[slot] === second) return value - 1;
    }
  }

  /** Gives (first, second), which must not be in the table yet, the number `value` (≥ 0). */
  set(first: number, second: number, value: number): void {
    if ((this.size + 1) * 2 > this.values.length) this.resize();
    this.place(first, second, value + 1);
    this.size++;
  }

  private place(first: number, second: number, stored: number): void {
    const mask = this.values.length - 1;
    let slot = slotOf(first, second) & mask;
    while (this.values[slot] !== 0) slot = (slot + 1) & mask;
    this.firsts[slot] = first;
    this.seconds[slot] = second;
    this.values[slot] = stored;
  }

  private resize(): void {
    const { firsts, seconds, values } = this;
    this.firsts = new Int32Array(values.length * 2);
    this.seconds = new Int32Array(values.length * 2);
    this.values = new Int32Array(values.length * 2);
    for (let slot = 0; slot < values.length; slot++) if (values[slot] !== 0) this.place(firsts[slot], seconds[slot], values[slot]);
  }
}

function slotOf(first: number, second: number): number {
  const mixed = Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b);
  return (mixed ^ (mixed >>> 15)) >>> 0;
}
