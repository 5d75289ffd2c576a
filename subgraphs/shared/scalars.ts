/**
 * Scalars shared by every subgraph. Decimal is an exact decimal carried as a string; Date and
 * DateTime are ISO strings. Argument values are validated by resolvers (which know the argument's
 * name), so parsing only checks the JSON type here.
 */
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

function stringScalar(name: string, description: string, check?: (value: string) => boolean) {
  const coerce = (value: unknown): string => {
    if (typeof value !== 'string' || (check && !check(value))) {
      throw new GraphQLError(`${name} must be a string in its documented format`, {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return value;
  };
  return new GraphQLScalarType({
    name,
    description,
    serialize: coerce,
    parseValue: coerce,
    parseLiteral(ast) {
      if (ast.kind !== Kind.STRING) {
        throw new GraphQLError(`${name} must be given as a string`, { extensions: { code: 'BAD_USER_INPUT' } });
      }
      return coerce(ast.value);
    },
  });
}

export const scalarResolvers = {
  Decimal: stringScalar('Decimal', 'Exact decimal serialized as a string ("1234.50"); never a float.', (value) =>
    DECIMAL_PATTERN.test(value),
  ),
  Date: stringScalar('Date', 'ISO 8601 calendar date (YYYY-MM-DD).'),
  DateTime: stringScalar('DateTime', 'ISO 8601 instant with offset.'),
};
