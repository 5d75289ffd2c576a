/**
 * Scalars shared by every subgraph and by the gateway's API schema (gateway/input-rules.ts), so a value
 * in the wrong format is refused while variables are coerced (400, BAD_USER_INPUT) or while the
 * document is validated (a literal), before anything runs:
 * - Decimal: an exact decimal carried as a string ("1234.50", "-3"), never a float;
 * - Date: a real calendar date, YYYY-MM-DD (2026-02-30 is refused);
 * - DateTime: an ISO 8601 instant with a UTC offset (Z or ±hh:mm) that names a real moment.
 * Resolvers still check what depends on context (a currency's precision, a range's order) and name
 * the offending argument. Output is only checked for its JSON type (and Decimal's format).
 */
import { GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from './dates.ts';

const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;
const DATE_TIME_PATTERN = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** True when `value` is a Decimal in its documented format. */
export function isDecimal(value: string): boolean {
  return DECIMAL_PATTERN.test(value);
}

/** True when `value` is a DateTime in its documented format, on a real calendar date. */
export function isIsoDateTime(value: string): boolean {
  const match = DATE_TIME_PATTERN.exec(value);
  return match !== null && isIsoDate(match[1]) && !Number.isNaN(Date.parse(value));
}

/**
 * A string scalar in a documented `format`. A refusal is a plain TypeError: GraphQL wraps it with
 * the variable or literal it came from (and Apollo codes it BAD_USER_INPUT for a variable,
 * GRAPHQL_VALIDATION_FAILED for a literal); on output it is an internal error (a bad stored value).
 */
function stringScalar(name: string, description: string, format: string, check: (value: string) => boolean, checkOutput: boolean) {
  const refuse = (): never => {
    throw new TypeError(`${name} must be a string: ${format}`);
  };
  const parse = (value: unknown): string => (typeof value === 'string' && check(value) ? value : refuse());
  return new GraphQLScalarType({
    name,
    description,
    serialize: (value: unknown): string => (typeof value === 'string' && (!checkOutput || check(value)) ? value : refuse()),
    parseValue: parse,
    parseLiteral: (ast) => (ast.kind === Kind.STRING ? parse(ast.value) : refuse()),
  });
}

export const scalarResolvers = {
  Decimal: stringScalar('Decimal', 'Exact decimal serialized as a string ("1234.50"); never a float.', 'an exact decimal such as "1234.50"', isDecimal, true),
  Date: stringScalar('Date', 'ISO 8601 calendar date (YYYY-MM-DD).', 'a real calendar date, YYYY-MM-DD', isIsoDate, false),
  DateTime: stringScalar('DateTime', 'ISO 8601 instant with offset.', 'an ISO 8601 instant with offset, such as "2026-11-23T09:30:00Z"', isIsoDateTime, false),
};
