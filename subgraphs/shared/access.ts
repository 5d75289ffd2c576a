/**
 * What a caller may read, enforced in the subgraph that owns the data:
 *
 * - Field rules are declared in the SDL with `@requiresRole(roles: [...])` on the field. A caller
 *   without one of the roles gets `null` and a FORBIDDEN error at that path; the rest of the
 *   operation still answers. Fields hidden from the public graph with `@inaccessible` (inputs the
 *   gateway plans with, such as a project's delivery cost) and the subgraph's SDL (`_service`) answer
 *   only requests the gateway planned.
 * - Row rules: a `portal` caller sees one customer (`customer_id` claim) and what belongs to it;
 *   other rows behave exactly as if they did not exist. Internal roles see every row.
 *
 * The `service` role (the hub's own workflows service, never a person) passes every rule.
 */
import type http from 'node:http';
import { defaultFieldResolver, isNonNullType, isObjectType, Kind, type GraphQLField, type GraphQLSchema } from 'graphql';
import { isFromGateway, principalOf, ROLES, type Principal, type Role } from '../../platform/auth.ts';
import { forbidden } from '../../platform/errors.ts';
import { toHubId, tryNativeId } from './ids.ts';

/** Roles that see every customer's rows. */
const INTERNAL_ROLES: readonly Role[] = ['admin', 'analyst', 'delivery', 'finance', 'service'];

export interface Access {
  principal: Principal;
  /**
   * null: every customer's rows. Otherwise the hub id of the one customer whose rows are visible
   * (the empty string for a portal token without a customer: nothing is visible).
   */
  customerScope: string | null;
  /** The request carries the gateway's credential: fields hidden from the public graph answer. */
  viaGateway: boolean;
}

/** Matches no account, customer or project id: a scoped filter that must select nothing. */
export const NO_ROWS = '';

export function accessFor(principal: Principal, viaGateway = false): Access {
  const internal = principal.roles.some((role) => INTERNAL_ROLES.includes(role));
  return { principal, customerScope: internal ? null : (principal.customerId ?? NO_ROWS), viaGateway };
}

/** The access of an HTTP request's caller (the endpoint's `authorize` hook has already required one). */
export async function accessOf(req: http.IncomingMessage): Promise<Access> {
  const principal = await principalOf(req);
  if (!principal) throw new Error('accessOf called on a request without a verified caller');
  return accessFor(principal, await isFromGateway(req));
}

/** May the caller see rows of the customer with this hub id? */
export function canSeeCustomer(access: Access, customerHubId: string): boolean {
  return access.customerScope === null || (access.customerScope !== NO_ROWS && access.customerScope === customerHubId);
}

/** May the caller see rows of the CRM account with this native id? */
export function canSeeAccount(access: Access, accountNativeId: string): boolean {
  return access.customerScope === null || canSeeCustomer(access, toHubId('Customer', accountNativeId));
}

/**
 * A list filter's customer, narrowed to what the caller may see: the requested customer when
 * visible (or every customer, null, for internal roles); the caller's own customer when none was
 * requested; `NO_ROWS` for another customer, so the list is empty and its count 0.
 */
export function scopedCustomerFilter(access: Access, requestedCustomerHubId: string | null): string | null {
  if (access.customerScope === null) return requestedCustomerHubId;
  if (requestedCustomerHubId === null) return access.customerScope;
  return canSeeCustomer(access, requestedCustomerHubId) ? requestedCustomerHubId : NO_ROWS;
}

/** `scopedCustomerFilter` for filters on the CRM account's native id (what the stores key on). */
export function scopedAccountFilter(access: Access, requestedAccountId: string | null): string | null {
  if (access.customerScope === null) return requestedAccountId;
  if (requestedAccountId === null) return tryNativeId('Customer', access.customerScope) ?? NO_ROWS;
  return canSeeAccount(access, requestedAccountId) ? requestedAccountId : NO_ROWS;
}

/** Rows of `rows` the caller may see, by the hub id of each row's customer. */
export function visibleRows<Row>(access: Access, rows: readonly Row[], customerOf: (row: Row) => string): Row[] {
  return access.customerScope === null ? [...rows] : rows.filter((row) => canSeeCustomer(access, customerOf(row)));
}

export function hasAnyRole(principal: Principal, roles: readonly string[]): boolean {
  return principal.roles.some((role) => role === 'service' || roles.includes(role));
}

/** Every subgraph context carries the caller's access. */
export interface AccessContext {
  access: Access;
  correlationId: string;
}

/** The roles of a field's `@requiresRole`, or null without one. */
function requiredRoles(field: GraphQLField<unknown, unknown>): string[] | null {
  const directive = field.astNode?.directives?.find((candidate) => candidate.name.value === 'requiresRole');
  if (!directive) return null;
  const argument = directive.arguments?.find((candidate) => candidate.name.value === 'roles');
  const value = argument?.value;
  const roles = value?.kind === Kind.LIST ? value.values : value ? [value] : [];
  return roles.map((role) => {
    if (role.kind !== Kind.STRING || !ROLES.includes(role.value as Role)) {
      throw new Error(`@requiresRole on ${field.name}: unknown role ${role.kind === Kind.STRING ? role.value : role.kind}`);
    }
    return role.value;
  });
}

/** `@inaccessible` fields, and the subgraph's own SDL (`_service`): for the gateway only. */
function isHidden(typeName: string, field: GraphQLField<unknown, unknown>): boolean {
  if (typeName === 'Query' && field.name === '_service') return true;
  return field.astNode?.directives?.some((directive) => directive.name.value === 'inaccessible') ?? false;
}

/**
 * Wraps the resolvers of every field with `@requiresRole` or `@inaccessible` in `schema` so the
 * rules hold however the field is reached (a root field, `_entities`, a nested selection).
 * A restricted field must be nullable (except on Query, where the whole answer is refused), so a
 * refusal nulls only that field.
 */
export function enforceFieldRules(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const roles = requiredRoles(field);
      const hidden = isHidden(type.name, field);
      if (!roles && !hidden) continue;
      if (roles && isNonNullType(field.type) && type.name !== 'Query') {
        throw new Error(`${type.name}.${field.name} has @requiresRole but is non-null: a refusal would null its parent`);
      }
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: AccessContext, info) => {
        const { principal } = context.access;
        // Refusals are audited by the server's error logging (platform/errors.ts useErrorLogging).
        if (hidden && !context.access.viaGateway && !principal.roles.includes('service')) {
          throw forbidden(`${type.name}.${field.name} is not part of the public graph`);
        }
        if (roles && !hasAnyRole(principal, roles)) {
          throw forbidden(`${type.name}.${field.name} requires one of the roles: ${roles.join(', ')}`);
        }
        return resolve(source, args, context, info);
      };
    }
  }
}
