import { scalarResolvers } from '../../shared/scalars.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { Query } from './Query.ts';
import { Workspace } from './Workspace.ts';

export const resolvers: Resolvers = { ...scalarResolvers, Query, Workspace };
