/**
 * The worker's doorbell: whoever makes work for the worker (a server created,
 * an action begun) rings it, and the worker, built afterwards, answers. Shared
 * at construction so that the action engine and the worker need not know each
 * other both ways.
 */
export interface Wakeup {
  /** Work is waiting: run the worker soon. */
  ring(): void;
  /** Called on every ring (the worker registers itself when it is built). */
  onRing(listener: () => void): void;
}

export function createWakeup(): Wakeup {
  const listeners: (() => void)[] = [];
  return {
    ring() {
      for (const l of listeners) l();
    },
    onRing(listener) {
      listeners.push(listener);
    },
  };
}
