/**
 * `npm run token -- <role> [--customer <customer hub id>] [--sub <subject>] [--ttl <seconds>]`:
 * prints a bearer token signed with the configured secret (JWT_SECRET, or the development secret
 * outside production). A portal token needs --customer: the one customer it may see.
 */
import { parseArgs } from 'node:util';
import { ROLES, signToken, type Role } from '../subgraphs/shared/auth.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { customer: { type: 'string' }, sub: { type: 'string' }, ttl: { type: 'string', default: '43200' } },
});
const role = positionals[0] as Role | undefined;
const userRoles: readonly Role[] = ROLES.filter((candidate) => candidate !== 'service');
if (!role || !userRoles.includes(role)) {
  console.error(`usage: npm run token -- <${userRoles.join('|')}> [--customer <customer id>] [--sub <subject>] [--ttl <seconds>]`);
  process.exit(2);
}
if (role === 'portal' && !values.customer) {
  console.error('a portal token needs --customer <customer hub id>');
  process.exit(2);
}
const ttl = Number(values.ttl);
if (!Number.isInteger(ttl) || ttl <= 0) {
  console.error('--ttl must be a positive number of seconds');
  process.exit(2);
}
console.log(await signToken({ sub: values.sub ?? `dev-${role}`, roles: [role], customerId: values.customer ?? null }, ttl));
