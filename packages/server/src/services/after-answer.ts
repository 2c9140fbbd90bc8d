/**
 * Work done after a request is answered (a patient's flags after a walk): the answer does not wait
 * for it, and a failure goes to `reportError`, never to the person. A stop waits for what is under
 * way, as mail does.
 */
export class AfterAnswer {
  private readonly underway = new Set<Promise<void>>();

  constructor(private readonly reportError: (error: unknown) => void) {}

  /** Starts `work` once the current request's own work is done; returns at once. */
  run(work: () => Promise<unknown>): void {
    const running = new Promise<void>((resolve) => setImmediate(resolve)).then(work).then(
      () => undefined,
      (error: unknown) => {
        this.reportError(error);
      },
    );
    this.underway.add(running);
    void running.finally(() => this.underway.delete(running));
  }

  /** Resolves once all work handed over so far (and any it handed over in turn) is done. */
  async settled(): Promise<void> {
    while (this.underway.size > 0) await Promise.all(this.underway);
  }
}
