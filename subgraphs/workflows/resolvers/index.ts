import { scalarResolvers } from '../../shared/scalars.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { AuditEntry } from './AuditEntry.ts';
import { Finding } from './Finding.ts';
import { ReconciliationRun } from './ReconciliationRun.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Workflow } from './Workflow.ts';
import { WorkflowException } from './WorkflowException.ts';
import { WorkflowStep } from './WorkflowStep.ts';
import { Journey, SloBreach } from '../journeys/resolvers.ts';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Mutation,
  Workflow,
  WorkflowStep,
  WorkflowException,
  AuditEntry,
  Journey,
  SloBreach,
  Finding,
  ReconciliationRun,
};
