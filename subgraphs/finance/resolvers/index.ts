import { scalarResolvers } from '../../shared/scalars.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { Customer, Receivables } from './Customer.ts';
import { ExchangeRate } from './ExchangeRate.ts';
import { Invoice, InvoiceLine, Payment } from './Invoice.ts';
import { PortfolioPeriod } from './PortfolioPeriod.ts';
import { PortfolioSummary } from './PortfolioSummary.ts';
import { Project, ProjectFinancials } from './Project.ts';
import { ledger } from './ProjectLedger.ts';
import { Query } from './Query.ts';
import { RateCard } from './RateCard.ts';
import { TimeEntry } from './TimeEntry.ts';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Invoice,
  InvoiceLine,
  Payment,
  Customer,
  Receivables,
  Project,
  ProjectFinancials: { ...ProjectFinancials, ledger },
  PortfolioSummary,
  PortfolioPeriod,
  RateCard,
  ExchangeRate,
  TimeEntry,
};
