/**
 * Per-chat ordering for webhook mode: updates of one chat run one after the
 * other, in arrival order, while different chats run side by side. Also
 * counts the work in flight, so that shutdown can wait for it.
 */

/** Runs tasks in order per key and tracks everything still running. */
export class ChatQueue {
  readonly #tails = new Map<string, Promise<void>>();
  readonly #running = new Set<Promise<void>>();

  /** How many tasks are queued or running. */
  get size(): number {
    return this.#running.size;
  }

  /**
   * Runs `task` after every earlier task of `key` has settled. The returned
   * promise never rejects: a failing task must not block the chat's queue.
   */
  run(key: string, task: () => Promise<void>): Promise<void> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const next = previous.then(task).catch(() => undefined);
    this.#tails.set(key, next);
    this.#running.add(next);
    void next.then(() => {
      this.#running.delete(next);
      // Forget the chat once its last task is done, so the map stays small.
      if (this.#tails.get(key) === next) this.#tails.delete(key);
    });
    return next;
  }

  /** Resolves when nothing is queued or running, or after `timeoutMs`; true when idle. */
  async idle(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.#running.size > 0) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.all(this.#running), new Promise((r) => (timer = setTimeout(r, left)))]);
      clearTimeout(timer);
    }
    return true;
  }
}
