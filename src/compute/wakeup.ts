/**
 * The worker's doorbell: whoever makes work for the worker (a server created,
 * an action begun) rings it, and the worker, built afterwards, answers. Shared
 * at construction so that the action engine and the worker need not know each
 * other both ways.
 */
export interface Wakeup {
  /**
   * Work is waiting: run the worker soon. `ids`: the instances the work is
   * on, when the ringer knows (the worker then looks at those first).
   */
  ring(ids?: readonly string[]): void;
  /** Called on every ring (the worker registers itself when it is built). */
  onRing(listener: (ids?: readonly string[]) => void): void;
}

export function createWakeup(): Wakeup {
  const listeners: ((ids?: readonly string[]) => void)[] = [];
  return {
    ring(ids) {
      for (const l of listeners) l(ids);
    },
    onRing(listener) {
      listeners.push(listener);
    },
  };
}
