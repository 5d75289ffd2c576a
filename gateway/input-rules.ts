/**
 * Input rules the gateway enforces before anything runs, the same for every field of every subgraph:
 * - the custom scalars (Decimal, Date, DateTime) parse with the shared implementations
 *   (subgraphs/shared/scalars.ts): a malformed variable is refused while variables are coerced
 *   (HTTP 400, BAD_USER_INPUT, like a bad Int), a malformed literal while the document is validated;
 * - no text input (a string literal, or a string anywhere in the variables) holds a control
 *   character or ill-formed Unicode; tab and line breaks only in the multi-line fields (`notes`,
 *   `reason`: MULTILINE_FIELDS of subgraphs/shared/text.ts). HTTP 400, BAD_USER_INPUT naming the
 *   argument or variable. Length limits are the owning subgraph's rules.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode, type GraphQLSchema, type SelectionNode, type ValueNode } from 'graphql';
import { badUserInput } from '../subgraphs/shared/errors.ts';
import { scalarResolvers } from '../subgraphs/shared/scalars.ts';
import { hasForbiddenCharacter, MULTILINE_FIELDS } from '../subgraphs/shared/text.ts';

/** True when `text`, given for `field`, may not be taken: line breaks only in the multi-line fields. */
function forbiddenAt(text: string, field: string | null): boolean {
  return hasForbiddenCharacter(text, field !== null && MULTILINE_FIELDS.has(field));
}

/** Gives the API schema's custom scalars the shared input parsing (output passes through as the subgraphs sent it). */
export function applySharedScalars(schema: GraphQLSchema): void {
  for (const [name, shared] of Object.entries(scalarResolvers)) {
    const type = schema.getType(name);
    if (!type || !('parseLiteral' in type)) continue;
    type.parseValue = shared.parseValue;
    type.parseLiteral = shared.parseLiteral;
  }
}

/** The first text in `value` (a variable's JSON) that holds a forbidden character: its path, or null. */
function forbiddenInJson(value: unknown, path: string, field: string | null = null): string | null {
  if (typeof value === 'string') return forbiddenAt(value, field) ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = forbiddenInJson(item, `${path}.${i}`, field);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (hasForbiddenCharacter(key, false)) return path;
      const found = forbiddenInJson(item, `${path}.${key}`, key);
      if (found) return found;
    }
  }
  return null;
}

/** The first string literal in `value` that holds a forbidden character: its path, or null. */
function forbiddenInLiteral(value: ValueNode, path: string, field: string | null): string | null {
  if (value.kind === Kind.STRING) return forbiddenAt(value.value, field) ? path : null;
  if (value.kind === Kind.LIST) {
    for (const [i, item] of value.values.entries()) {
      const found = forbiddenInLiteral(item, `${path}.${i}`, field);
      if (found) return found;
    }
  }
  if (value.kind === Kind.OBJECT) {
    for (const field of value.fields) {
      const found = forbiddenInLiteral(field.value, `${path}.${field.name.value}`, field.name.value);
      if (found) return found;
    }
  }
  return null;
}

/** Where a request's text holds a forbidden character (`input.notes`, `$input.notes`), or null. */
export function forbiddenTextIn(document: DocumentNode, variables: Record<string, unknown>): string | null {
  for (const [name, value] of Object.entries(variables)) {
    const found = forbiddenInJson(value, `$${name}`, name);
    if (found) return found;
  }
  let found: string | null = null;
  const visitArguments = (args: readonly { name: { value: string }; value: ValueNode }[] | undefined) => {
    for (const argument of args ?? []) found ??= forbiddenInLiteral(argument.value, argument.name.value, argument.name.value);
  };
  const visitSelections = (selections: readonly SelectionNode[]) => {
    for (const selection of selections) {
      for (const directive of selection.directives ?? []) visitArguments(directive.arguments);
      if (selection.kind === Kind.FIELD) visitArguments(selection.arguments);
      if (selection.kind !== Kind.FRAGMENT_SPREAD && selection.selectionSet) visitSelections(selection.selectionSet.selections);
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION && definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    for (const directive of definition.directives ?? []) visitArguments(directive.arguments);
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      for (const variable of definition.variableDefinitions ?? []) {
        if (variable.defaultValue) found ??= forbiddenInLiteral(variable.defaultValue, `$${variable.variable.name.value}`, variable.variable.name.value);
      }
    }
    visitSelections(definition.selectionSet.selections);
  }
  return found;
}

/** Apollo Server plugin applying the rules of this module. */
export function useInputRules(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        schemaDidLoadOrUpdate({ apiSchema }) {
          applySharedScalars(apiSchema);
        },
      };
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const path = forbiddenTextIn(document, request.variables ?? {});
          if (path === null) return;
          const error = badUserInput(path, 'text may not contain control characters (line breaks only in notes and reasons) or ill-formed Unicode');
          // A refusal of the request itself, like a variable that does not coerce.
          Object.assign(error.extensions, { http: { status: 400 } });
          throw error;
        },
      };
    },
  };
}
