import { scalarResolvers } from '../../shared/scalars.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { Consultant, Milestone, Project } from './entities.ts';
import { Query } from './Query.ts';
import { WorkItem } from './WorkItem.ts';
import { Worklog } from './Worklog.ts';
import { Workspace } from './Workspace.ts';

export const resolvers: Resolvers = { ...scalarResolvers, Query, Workspace, WorkItem, Worklog, Project, Milestone, Consultant };
