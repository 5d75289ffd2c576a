/**
 * Operation limits, the same over HTTP and over graphql-ws: checked once an operation is parsed and
 * validated, before anything runs. Documented budget (docs/security.md):
 * - at most 32 KiB of query text (comments and whitespace count; nothing larger is run or
 *   registered as a persisted query);
 * - at most 1,000 tokens in a document (checked by the parser);
 * - selection depth at most 10;
 * - at most 100 aliases and 25 directives;
 * - a cost of at most 20,000: every field costs 1, times the size of each list it sits in. A
 *   connection's size is its `first` argument (given, or its default of 50; counted as 500 at most),
 *   which already counts its `edges`; any other list counts 10. Over HTTP a `first` above 500 is
 *   refused by the field itself (BAD_USER_INPUT naming `first`, with its path, before any read);
 *   a subscription is refused with the same code when it subscribes, since its fields only run later.
 */
import {
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  valueFromAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { badUserInput, validationFailed } from '../platform/errors.ts';

export const OPERATION_LIMITS = {
  /** UTF-8 bytes of the query text, comments included (the token limit does not count them). */
  maxDocumentBytes: 32 * 1024,
  maxTokens: 1_000,
  maxDepth: 10,
  maxAliases: 100,
  maxDirectives: 25,
  maxCost: 20_000,
  /** Assumed size of a paginated list without `first`. */
  defaultPageSize: 50,
  /** Assumed size of a list without pagination. */
  unpaginatedListSize: 10,
  maxFirst: 500,
} as const;

function limitError(limit: string, message: string) {
  return validationFailed(message, { limit, status: 400 });
}

interface Tally {
  aliases: number;
  directives: number;
  maxDepth: number;
}

/**
 * Measures the operation (through fragments) and throws a GRAPHQL_VALIDATION_FAILED error naming the
 * first limit it passes. `variables` are the request's, for `first` given as a variable.
 */
export function checkOperationLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
  options: { refuseOversizedFirst?: boolean } = {},
): void {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  const tally: Tally = { aliases: 0, directives: operation.directives?.length ?? 0, maxDepth: 0 };
  const rootType =
    operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!rootType) return;

  /** Cost of a selection set on `parentType` at `depth`, counting aliases and directives on the way. */
  const costOf = (
    selectionSet: SelectionSetNode,
    parentType: GraphQLCompositeType,
    depth: number,
    spreads: ReadonlySet<string>,
    inConnection = false,
  ): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      tally.directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType | undefined) : parentType;
        cost += costOf(selection.selectionSet, type ?? parentType, depth, spreads, inConnection);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        if (!fragment || spreads.has(fragment.name.value)) continue;
        tally.directives += fragment.directives?.length ?? 0;
        const type = schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined;
        cost += costOf(fragment.selectionSet, type ?? parentType, depth, new Set([...spreads, fragment.name.value]), inConnection);
        continue;
      }
      if (selection.alias) tally.aliases++;
      tally.maxDepth = Math.max(tally.maxDepth, depth);
      if (tally.maxDepth > OPERATION_LIMITS.maxDepth) throw limitError('depth', `Operation depth over ${OPERATION_LIMITS.maxDepth}`);
      if (selection.name.value.startsWith('__')) {
        cost += 1;
        continue;
      }
      const field = 'getFields' in parentType ? parentType.getFields()[selection.name.value] : undefined;
      let size = 1;
      const firstArgument = field?.args.find((argument) => argument.name === 'first');
      if (firstArgument) {
        const given = selection.arguments?.find((argument) => argument.name.value === 'first');
        const value = given ? valueFromAST(given.value, firstArgument.type, variables) : undefined;
        const first = typeof value === 'number' ? value : OPERATION_LIMITS.defaultPageSize;
        if (first > OPERATION_LIMITS.maxFirst && options.refuseOversizedFirst) {
          throw badUserInput('first', `must be between 0 and ${OPERATION_LIMITS.maxFirst}, got ${first}`);
        }
        size = Math.min(Math.max(first, 1), OPERATION_LIMITS.maxFirst);
      } else if (field && isListType(getNullableType(field.type)) && !(inConnection && selection.name.value === 'edges')) {
        size = OPERATION_LIMITS.unpaginatedListSize;
      }
      const namedType = field ? getNamedType(field.type) : undefined;
      const childCost =
        selection.selectionSet && namedType && isCompositeType(namedType)
          ? costOf(selection.selectionSet, namedType, depth + 1, spreads, firstArgument !== undefined)
          : 0;
      cost += 1 + size * childCost;
    }
    return cost;
  };

  const cost = costOf(operation.selectionSet, rootType, 1, new Set());
  if (tally.aliases > OPERATION_LIMITS.maxAliases) throw limitError('aliases', `More than ${OPERATION_LIMITS.maxAliases} aliases`);
  if (tally.directives > OPERATION_LIMITS.maxDirectives) throw limitError('directives', `More than ${OPERATION_LIMITS.maxDirectives} directives`);
  if (cost > OPERATION_LIMITS.maxCost) throw limitError('cost', `Operation cost ${cost} over the budget of ${OPERATION_LIMITS.maxCost}`);
}

/** Refuses (GRAPHQL_VALIDATION_FAILED, `limit: bytes`) a query text over `maxDocumentBytes`. */
export function checkDocumentBytes(source: string): void {
  const bytes = Buffer.byteLength(source);
  if (bytes > OPERATION_LIMITS.maxDocumentBytes) {
    throw limitError('bytes', `Document of ${bytes} bytes over the limit of ${OPERATION_LIMITS.maxDocumentBytes}`);
  }
}

/**
 * Apollo Server plugin applying `checkDocumentBytes` and `checkOperationLimits` to every HTTP
 * operation. It runs before an APQ registration is stored, so a refused document is never kept.
 */
export function useOperationLimits(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, source }) {
          checkDocumentBytes(source);
          if (operation) checkOperationLimits(schema, document, operation, request.variables ?? {});
        },
      };
    },
  };
}
