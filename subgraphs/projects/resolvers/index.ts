import { scalarResolvers } from '../../shared/scalars.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { Assignment } from './Assignment.ts';
import { ChangeOrder } from './ChangeOrder.ts';
import { Consultant } from './Consultant.ts';
import { Customer } from './Customer.ts';
import { Expense } from './Expense.ts';
import { Milestone } from './Milestone.ts';
import { Opportunity } from './Opportunity.ts';
import { PeriodCheckpoint } from './PeriodCheckpoint.ts';
import { PortfolioPeriod } from './PortfolioPeriod.ts';
import { ConsultantHours, PortfolioStaffing, PortfolioSummary, ProjectRollup } from './PortfolioSummary.ts';
import { DeliveryTotals, ForeignExpense, Project } from './Project.ts';
import { Query } from './Query.ts';
import { ResourceRequest } from './ResourceRequest.ts';
import { TimeEntry } from './TimeEntry.ts';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Project,
  DeliveryTotals,
  ForeignExpense,
  Milestone,
  Assignment,
  ResourceRequest,
  TimeEntry,
  Expense,
  ChangeOrder,
  PortfolioSummary,
  PortfolioPeriod,
  PeriodCheckpoint,
  ProjectRollup,
  PortfolioStaffing,
  ConsultantHours,
  Customer,
  Opportunity,
  Consultant,
};
