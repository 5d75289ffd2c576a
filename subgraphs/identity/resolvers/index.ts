import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { Query } from './Query.ts';

export const resolvers: Resolvers = { Query };
