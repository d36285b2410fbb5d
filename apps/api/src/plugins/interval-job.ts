import type { FastifyInstance } from 'fastify';

type IntervalJob = {
  intervalMs: number;
  job: () => Promise<unknown>;
  /** Logged with the error when a run fails; the job runs again at its next turn. */
  failure: string;
  /** Run once more on close, for what the last requests left (the audit sealer). */
  runOnClose?: boolean;
  /** After the last run, on close. */
  stop?: () => void;
};

/**
 * Runs one of the server's jobs when it is ready, then every `intervalMs`, one run at a time: a run
 * due while the last one still goes is skipped. On close it waits for the run in flight.
 */
export function runEvery(app: FastifyInstance, { intervalMs, job, failure, runOnClose = false, stop }: IntervalJob) {
  let running: Promise<unknown> | undefined;
  const run = () => {
    running ??= job()
      .catch((error: unknown) => app.log.error({ err: error }, failure))
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    run();
    timer = setInterval(run, intervalMs);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
    if (runOnClose) await run();
    stop?.();
  });
}
