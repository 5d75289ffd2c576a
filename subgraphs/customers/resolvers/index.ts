import { scalarResolvers } from '../../shared/scalars.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { Contact } from './Contact.ts';
import { Contract } from './Contract.ts';
import { Customer } from './Customer.ts';
import { LegalEntity } from './LegalEntity.ts';
import { Opportunity } from './Opportunity.ts';
import { Query } from './Query.ts';

export const resolvers: Resolvers = { ...scalarResolvers, Query, Customer, Contact, LegalEntity, Opportunity, Contract };
