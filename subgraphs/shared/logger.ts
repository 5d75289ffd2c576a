/** Structured JSON logs (pino) on stderr; LOG_LEVEL filters (silent, error, warn, info, debug). */
import { pino } from 'pino';
import { env } from './env.ts';

export const logger = pino({ level: env.logLevel(), base: undefined }, pino.destination({ fd: 2, sync: false }));
