/**
 * `npm run token -- <role> [--customer <customer hub id>] [--sub <subject>] [--ttl <seconds>]`:
 * prints a development bearer token signed with the configured secret (JWT_SECRET, or the
 * development secret). A portal token needs --customer: the one customer it may see. Refuses when
 * NODE_ENV=production (exit 1): production tokens come from the identity provider. `--help` prints
 * the usage; an unknown option or role is one line on stderr and exit code 2.
 */
import { parseArgs } from 'node:util';
import type { Role } from '../platform/auth.ts';
import { env, refuseInvalidConfig } from '../platform/env.ts';
import { DOMAINS } from '../subgraphs/registry.ts';

const usage = (roles: readonly Role[]): string => `usage: npm run token -- <${roles.join('|')}> [--customer <customer id>] [--sub <subject>] [--ttl <seconds>]

Prints a development bearer token (send it as Authorization: Bearer <token>).
  --customer <id>   the customer hub id (cus_…) a portal token may see; required for portal
  --sub <subject>   the token's subject (default dev-<role>)
  --ttl <seconds>   lifetime in seconds (default 43200, 12 hours)
  --help            this text
Refused when NODE_ENV=production.`;

/** One line on stderr and exit code 2: the command line is wrong. */
function usageError(message: string): never {
  console.error(`${message} (npm run token -- --help for the usage)`);
  process.exit(2);
}

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    strict: true,
    options: {
      customer: { type: 'string' },
      sub: { type: 'string' },
      ttl: { type: 'string', default: '43200' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
try {
  parsed = parse();
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'([^']+)'/.exec(message)?.[1] : undefined;
  usageError(unknown ? `unknown option "${unknown}"` : message);
}
const { values, positionals } = parsed;
if (!env.isLocalMode()) {
  console.error(`npm run token signs development tokens and is refused when NODE_ENV=${env.nodeEnv()}: issue tokens from your identity provider`);
  process.exit(1);
}
// Loaded only once the configuration is sound (the logger under auth reads LOG_LEVEL as it loads).
refuseInvalidConfig('tool', DOMAINS);
const { ROLES, signToken } = await import('../platform/auth.ts');
/** Every role but the service credential's. */
const USER_ROLES: readonly Role[] = ROLES.filter((candidate) => candidate !== 'service');
if (values.help) {
  console.log(usage(USER_ROLES));
  process.exit(0);
}

if (positionals.length === 0) usageError(`a role is required: one of ${USER_ROLES.join(', ')}`);
if (positionals.length > 1) usageError(`one role only, got "${positionals.join(' ')}"`);
const role = positionals[0] as Role;
if (!USER_ROLES.includes(role)) usageError(`unknown role "${positionals[0]}": one of ${USER_ROLES.join(', ')}`);
if (role === 'portal' && !values.customer) usageError('a portal token needs --customer <customer hub id>');
const ttl = Number(values.ttl);
if (!/^\d+$/.test(values.ttl) || !Number.isSafeInteger(ttl) || ttl <= 0) usageError(`--ttl must be a positive number of seconds, got "${values.ttl}"`);

console.log(await signToken({ sub: values.sub ?? `dev-${role}`, roles: [role], customerId: values.customer ?? null }, ttl));
