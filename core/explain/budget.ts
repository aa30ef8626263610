/**
 * A time budget for one explanation: an AbortSignal that fires when the
 * budget runs out or the caller aborts, and a race that stops waiting at that
 * moment even if the awaited work ignores the signal.
 */

/** Why a budget ended early. */
export type BudgetEnd = "timeout" | "aborted";

/** Thrown by {@link Budget.race} when the budget ends first. */
export class BudgetEndedError extends Error {
  /** Stable code for logs. */
  readonly code = "LLM_BUDGET_ENDED";
  constructor(readonly reason: BudgetEnd) {
    super(reason === "timeout" ? "time budget exhausted" : "aborted by the caller");
    this.name = "BudgetEndedError";
  }
}

/** One call's budget; {@link Budget.dispose} it when done so the timer does not linger. */
export class Budget {
  /** Fires when the budget ends; pass it to the model so the HTTP request is cancelled too. */
  readonly signal: AbortSignal;
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private ended: BudgetEnd | null = null;
  private readonly unlink: () => void;

  /**
   * @param ms the budget in milliseconds
   * @param outer the caller's signal, if any: its abort ends the budget too
   */
  constructor(ms: number, outer?: AbortSignal) {
    this.signal = this.controller.signal;
    this.timer = setTimeout(() => this.end("timeout"), Math.max(0, ms));
    const onOuter = (): void => this.end("aborted");
    if (outer?.aborted) this.end("aborted");
    else outer?.addEventListener("abort", onOuter, { once: true });
    this.unlink = () => outer?.removeEventListener("abort", onOuter);
  }

  /** Why the budget ended, or null while it runs. */
  get endedBy(): BudgetEnd | null {
    return this.ended;
  }

  private end(reason: BudgetEnd): void {
    if (this.ended !== null) return;
    this.ended = reason;
    this.controller.abort(new BudgetEndedError(reason));
  }

  /** Waits for `work`, or rejects with {@link BudgetEndedError} as soon as the budget ends. */
  race<T>(work: Promise<T>): Promise<T> {
    if (this.ended !== null) {
      work.catch(() => {});
      return Promise.reject(new BudgetEndedError(this.ended));
    }
    return new Promise<T>((resolve, reject) => {
      const onAbort = (): void => reject(new BudgetEndedError(this.ended ?? "aborted"));
      this.signal.addEventListener("abort", onAbort, { once: true });
      work.then(
        (value) => {
          this.signal.removeEventListener("abort", onAbort);
          resolve(value);
        },
        (error: unknown) => {
          this.signal.removeEventListener("abort", onAbort);
          reject(error);
        },
      );
    });
  }

  /** Stops the timer and unhooks the caller's signal. */
  dispose(): void {
    clearTimeout(this.timer);
    this.unlink();
  }
}
