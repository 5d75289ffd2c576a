/**
 * Rules on whole operations, checked once the operation is parsed and validated and before any
 * resolver runs.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { badUserInput } from './errors.ts';

/** Root fields of a selection set, through fragments (aliases count once each). */
function countRootFields(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename') count++;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countRootFields(selection.selectionSet, fragments, seen);
    } else if (!seen.has(selection.name.value) && fragments[selection.name.value]) {
      seen.add(selection.name.value);
      count += countRootFields(fragments[selection.name.value].selectionSet, fragments, seen);
    }
  }
  return count;
}

/**
 * At most one governed mutation per operation: each is a workflow with its own idempotency key,
 * and several in one request would neither succeed nor fail together. A mutation operation with
 * more root fields (aliases included) is refused with BAD_USER_INPUT before anything runs.
 */
export function useSingleMutation(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document }) {
          if (operation?.operation !== 'mutation') return;
          const fragments = Object.fromEntries(
            document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
          );
          const fields = countRootFields(operation.selectionSet, fragments);
          if (fields > 1) {
            throw badUserInput(null, `An operation may run one governed mutation; this one asks for ${fields}`, { status: 400 });
          }
        },
      };
    },
  };
}
