import { scalarResolvers } from '../../shared/scalars.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { Capacity, Consultant, CostRate, Skill, TimeOff } from './Consultant.ts';
import { PortfolioPeriod, PortfolioSummary } from './PortfolioSummary.ts';
import { Query } from './Query.ts';

export const resolvers: Resolvers = { ...scalarResolvers, Query, Consultant, Capacity, TimeOff, CostRate, Skill, PortfolioSummary, PortfolioPeriod };
