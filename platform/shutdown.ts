/** Entry points: stop cleanly on SIGINT/SIGTERM, then exit (0 once stopped, 1 if stopping failed). */
import { logger } from './logger.ts';

export function stopOnSignals(what: string, stop: () => Promise<void>): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, `stopping ${what}`);
      stop().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, `stopping ${what} failed`);
          process.exit(1);
        },
      );
    });
  }
}
