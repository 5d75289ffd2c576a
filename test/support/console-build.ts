/**
 * Vitest global setup: builds the operations console once before any test file runs, when console/dist
 * is missing or older than its sources (after `npm install` it is fresh and this does nothing), so that
 * the tests serving it, and the ones starting `npm start` (which would build it itself), find it built.
 */
import { buildConsoleIfStale } from '../../scripts/build-console.ts';

export default async function setup(): Promise<void> {
  await buildConsoleIfStale();
}
