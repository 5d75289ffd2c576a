/**
 * Input rules the gateway enforces before anything runs, the same for every field of every subgraph:
 * - the custom scalars (Decimal, Date, DateTime) parse with the shared implementations
 *   (subgraphs/shared/scalars.ts): a malformed variable is refused while variables are coerced
 *   (HTTP 400, BAD_USER_INPUT, like a bad Int), a malformed literal while the document is validated;
 * - no text input (a string literal, or a string anywhere in the variables) holds a control
 *   character or ill-formed Unicode; tab and line breaks only in the multi-line input fields (by schema
 *   coordinate, e.g. `LogTimeInput.notes`: MULTILINE_FIELDS of subgraphs/shared/text.ts). HTTP 400,
 *   BAD_USER_INPUT naming the argument or variable. The owning subgraphs check the same rules. Length limits are the owning subgraph's rules.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  Kind,
  TypeInfo,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
  getVariableValues,
} from 'graphql';
import { badUserInput } from '../platform/errors.ts';
import { scalarResolvers } from '../subgraphs/shared/scalars.ts';
import { hasForbiddenCharacter, MULTILINE_FIELDS } from '../subgraphs/shared/text.ts';
import { checkDocumentBytes, checkOperationLimits } from './limits.ts';

const TEXT_MESSAGE = 'text may not contain control characters (line breaks only in notes and reasons) or ill-formed Unicode';

/** Gives the API schema's custom scalars the shared input parsing (output passes through as the subgraphs sent it). */
export function applySharedScalars(schema: GraphQLSchema): void {
  for (const [name, shared] of Object.entries(scalarResolvers)) {
    const type = schema.getType(name);
    if (!type || !('parseLiteral' in type)) continue;
    type.parseValue = shared.parseValue;
    type.parseLiteral = shared.parseLiteral;
  }
}

/**
 * The input type of `field` of `type` and whether it holds multi-line text: decided by the input
 * field's schema coordinate (MULTILINE_FIELDS), never by a variable's or argument's name.
 */
function fieldOf(type: GraphQLInputType | undefined, field: string): { type: GraphQLInputType | undefined; multiline: boolean } {
  const named = type ? getNamedType(type) : undefined;
  if (!named || !isInputObjectType(named)) return { type: undefined, multiline: false };
  return { type: named.getFields()[field]?.type, multiline: MULTILINE_FIELDS.has(`${named.name}.${field}`) };
}

/** The item type of a list type, or undefined. */
function itemOf(type: GraphQLInputType | undefined): GraphQLInputType | undefined {
  const nullable = type ? getNullableType(type) : undefined;
  return nullable && isListType(nullable) ? (nullable.ofType as GraphQLInputType) : undefined;
}

/** The first text in `value` (a variable's JSON, of input type `type`) that holds a forbidden character: its path, or null. */
function forbiddenInJson(value: unknown, path: string, type: GraphQLInputType | undefined, multiline = false): string | null {
  if (typeof value === 'string') return hasForbiddenCharacter(value, multiline) ? path : null;
  if (Array.isArray(value)) {
    const item = itemOf(type);
    for (const [i, element] of value.entries()) {
      const found = forbiddenInJson(element, `${path}.${i}`, item, multiline);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, element] of Object.entries(value)) {
      if (hasForbiddenCharacter(key, false)) return path;
      const field = fieldOf(type, key);
      const found = forbiddenInJson(element, `${path}.${key}`, field.type, field.multiline);
      if (found) return found;
    }
  }
  return null;
}

/** The first string literal in `value` (of input type `type`) that holds a forbidden character: its path, or null. */
function forbiddenInLiteral(value: ValueNode, path: string, type: GraphQLInputType | undefined, multiline = false): string | null {
  if (value.kind === Kind.STRING) return hasForbiddenCharacter(value.value, multiline) ? path : null;
  if (value.kind === Kind.LIST) {
    const item = itemOf(type);
    for (const [i, element] of value.values.entries()) {
      const found = forbiddenInLiteral(element, `${path}.${i}`, item, multiline);
      if (found) return found;
    }
  }
  if (value.kind === Kind.OBJECT) {
    for (const objectField of value.fields) {
      const field = fieldOf(type, objectField.name.value);
      const found = forbiddenInLiteral(objectField.value, `${path}.${objectField.name.value}`, field.type, field.multiline);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Where a request's text holds a forbidden character (`input.notes`, `$input.notes`), or null.
 * Types come from `schema`: only an input field listed in MULTILINE_FIELDS takes line breaks, and a
 * variable or argument is one-line text whatever its name.
 */
export function forbiddenTextIn(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): string | null {
  const declared = new Map<string, GraphQLInputType | undefined>();
  let found: string | null = null;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const type = typeFromAST(schema, variable.type) as GraphQLInputType | undefined;
      declared.set(variable.variable.name.value, type);
      if (variable.defaultValue) found ??= forbiddenInLiteral(variable.defaultValue, `$${variable.variable.name.value}`, type);
    }
  }
  for (const [name, value] of Object.entries(variables)) {
    const inJson = forbiddenInJson(value, `$${name}`, declared.get(name));
    if (inJson) return inJson;
  }
  if (found) return found;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      VariableDefinition: () => false,
      Argument(node) {
        found ??= forbiddenInLiteral(node.value, node.name.value, typeInfo.getArgument()?.type);
        return false;
      },
    }),
  );
  return found;
}

/** Refuses (BAD_USER_INPUT naming the argument or variable) text with a forbidden character; see `forbiddenTextIn`. */
export function checkTextInputs(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): void {
  const path = forbiddenTextIn(schema, document, variables);
  if (path !== null) throw badUserInput(path, TEXT_MESSAGE);
}

/**
 * Everything checked of a parsed and validated request before it runs, over graphql-ws as the
 * HTTP plugins (`useOperationLimits`, `useInputRules`, then Apollo's variable coercion) check it:
 * document bytes, operation limits, text inputs, and the variables coerced with the shared scalars
 * (`applySharedScalars` must have been applied to `schema`). Throws the first refusal, as a
 * GraphQLError with the code HTTP answers.
 */
export function checkRequest(
  schema: GraphQLSchema,
  source: string,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  options: { refuseOversizedFirst?: boolean } = {},
): void {
  checkDocumentBytes(source);
  checkOperationLimits(schema, document, operation, variables, options);
  checkTextInputs(schema, document, variables);
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
  if (coerced.errors) {
    const [error] = coerced.errors;
    throw badUserInput(null, error.message, { nodes: error.nodes });
  }
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
        async didResolveOperation({ schema, document, request }) {
          const path = forbiddenTextIn(schema, document, request.variables ?? {});
          if (path === null) return;
          const error = badUserInput(path, TEXT_MESSAGE);
          // A refusal of the request itself, like a variable that does not coerce.
          Object.assign(error.extensions, { http: { status: 400 } });
          throw error;
        },
      };
    },
  };
}
