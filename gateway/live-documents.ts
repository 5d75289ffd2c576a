/**
 * Turning a subscriber's selection into queries through the federated graph. A subscription event
 * names entities (a project, an invoice, a workflow); the fields the subscriber selected on them,
 * from any subgraph, are fetched with a query built from the subscription document itself.
 */
import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getDirectiveValues,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  type VariableDefinitionNode,
} from 'graphql';

/** The fields of a selection set by response key, through fragments, honouring @skip/@include. */
export function collectFields(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  into = new Map<string, FieldNode[]>(),
  visited = new Set<string>(),
): Map<string, FieldNode[]> {
  for (const selection of selectionSet.selections) {
    if (!included(selection, variables)) continue;
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      into.set(key, [...(into.get(key) ?? []), selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collectFields(selection.selectionSet, fragments, variables, into, visited);
    } else if (!visited.has(selection.name.value) && fragments[selection.name.value]) {
      visited.add(selection.name.value);
      collectFields(fragments[selection.name.value].selectionSet, fragments, variables, into, visited);
    }
  }
  return into;
}

function included(selection: SelectionNode, variables: Record<string, unknown>): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, selection, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.if !== false;
}

/** One selection set holding the selections of every field node that shares a response key. */
export function mergedSelection(nodes: readonly FieldNode[]): SelectionSetNode {
  return { kind: Kind.SELECTION_SET, selections: nodes.flatMap((node) => node.selectionSet?.selections ?? []) };
}

/** Adds `__typename` to every selection set, so abstract types resolve from fetched data. */
function withTypenames(selectionSet: SelectionSetNode): SelectionSetNode {
  return visit(selectionSet, {
    SelectionSet(node) {
      const has = node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename' && !s.alias);
      if (has) return undefined;
      return { ...node, selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }] };
    },
  });
}

/** Names of the variables and fragments a selection set uses, transitively through fragments. */
function usages(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>) {
  const variables = new Set<string>();
  const usedFragments = new Set<string>();
  const pending: SelectionSetNode[] = [selectionSet];
  while (pending.length) {
    visit(pending.pop() as SelectionSetNode, {
      Variable(node) {
        variables.add(node.name.value);
      },
      FragmentSpread(node) {
        if (usedFragments.has(node.name.value) || !fragments[node.name.value]) return;
        usedFragments.add(node.name.value);
        pending.push(fragments[node.name.value].selectionSet);
      },
    });
  }
  return { variables, fragments: usedFragments };
}

/** The variable that carries the entity id in fetch queries. */
export const ENTITY_ID_VARIABLE = '__liveEntityId';
/** The response key of the entity in fetch queries. */
export const ENTITY_KEY = 'entity';

/**
 * `query ($__liveEntityId: ID!, …) { entity: <rootField>(id: $__liveEntityId) { <selection> } }`
 * with the subscription's variables and fragments that the selection uses.
 */
export function entityQuery(
  rootField: string,
  selectionSet: SelectionSetNode,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
): DocumentNode {
  const used = usages(selectionSet, fragments);
  const variableDefinitions: VariableDefinitionNode[] = [
    {
      kind: Kind.VARIABLE_DEFINITION,
      variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: ENTITY_ID_VARIABLE } },
      type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'ID' } } },
    },
    ...(operation.variableDefinitions ?? []).filter((definition) => used.variables.has(definition.variable.name.value)),
  ];
  return {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: 'query' as OperationDefinitionNode['operation'],
        name: { kind: Kind.NAME, value: 'LiveEntity' },
        variableDefinitions,
        selectionSet: {
          kind: Kind.SELECTION_SET,
          selections: [
            {
              kind: Kind.FIELD,
              alias: { kind: Kind.NAME, value: ENTITY_KEY },
              name: { kind: Kind.NAME, value: rootField },
              arguments: [
                {
                  kind: Kind.ARGUMENT,
                  name: { kind: Kind.NAME, value: 'id' },
                  value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: ENTITY_ID_VARIABLE } },
                },
              ],
              selectionSet: withTypenames(selectionSet),
            },
          ],
        },
      },
      ...[...used.fragments].map((name) => ({ ...fragments[name], selectionSet: withTypenames(fragments[name].selectionSet) })),
    ],
  };
}
