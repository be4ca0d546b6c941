/**
 * Holds requests back while the simulator swaps the whole cloud's state
 * (reset, snapshot restore): requests that arrive meanwhile wait at the door,
 * and the swap waits for those already inside to leave, so no request sees
 * half of one state and half of another.
 */
export class Gate {
  private closed: Promise<void> | null = null;
  private inside = 0;
  private drained: (() => void) | null = null;

  get busy(): boolean {
    return this.closed !== null;
  }

  /** Come in (waits while the gate is closed). */
  async enter(): Promise<void> {
    while (this.closed) await this.closed;
    this.inside++;
  }

  leave(): void {
    this.inside = Math.max(0, this.inside - 1);
    if (this.drained) this.drained();
  }

  /**
   * Close the gate, wait until at most `keep` requests are inside (the caller's
   * own), run `fn` alone, open again. One swap at a time.
   */
  async exclusive<T>(keep: number, fn: () => Promise<T>): Promise<T> {
    while (this.closed) await this.closed;
    let open!: () => void;
    this.closed = new Promise<void>((r) => (open = r));
    try {
      while (this.inside > keep) await new Promise<void>((r) => (this.drained = r));
      this.drained = null;
      return await fn();
    } finally {
      this.closed = null;
      open();
    }
  }
}
