import { canSeeCustomer } from '../../shared/access.ts';
import { badUserInput } from '../../../platform/errors.ts';
import type { ExternalEntity, QueryResolvers } from '../__generated__/resolvers-types.ts';

import { EXTERNAL_ENTITY_TYPES } from '../../registry.ts';

/** A member of the SDL's `ExternalEntity` union (test/registry.test.ts checks it lists exactly EXTERNAL_ENTITY_TYPES). */
type ExternalEntityType = NonNullable<ExternalEntity['__typename']>;

/** Longest native id accepted. */
const MAX_NATIVE_ID_LENGTH = 255;

export const Query: QueryResolvers = {
  async entityByExternalRef(_parent, { system, nativeId }, { access, connector }) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: a native id with a control character is refused
    if (nativeId.length === 0 || nativeId.length > MAX_NATIVE_ID_LENGTH || /[\u0000-\u001f]/.test(nativeId)) {
      throw badUserInput('nativeId', `must be 1 to ${MAX_NATIVE_ID_LENGTH} printable characters`);
    }
    const rows = await connector.findByExternalRef(system, nativeId);
    for (const type of EXTERNAL_ENTITY_TYPES) {
      const row = rows.find((candidate) => candidate.entity_type === type);
      if (!row) continue;
      // A portal caller finds only what its own customer owns; anything else answers null, as if unknown.
      if (row.customer_id === null ? access.customerScope !== null : !canSeeCustomer(access, row.customer_id)) return null;
      return { __typename: type as ExternalEntityType, id: row.hub_id };
    }
    return null;
  },
};
