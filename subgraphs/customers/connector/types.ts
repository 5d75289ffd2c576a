/**
 * The customers subgraph's system-of-record interface (CRM). Rows carry the CRM's native ids and
 * labels; resolvers map them to the canonical model. A firm plugs in its real CRM by implementing
 * this interface.
 */
import type { CustomersReconciliationReads } from './reconciliation-reads.ts';
import type { SystemRequest, WriteOutcome } from '../../shared/system-api.ts';
import type { PageRequest } from '../../shared/pagination.ts';
import type { XrefRecord } from '../../shared/xref.ts';

export interface LegalEntityRecord {
  id: string;
  name: string;
  currency: string;
  tax_registration: string | null;
  erp_subsidiary: string | null;
}

export interface AccountRecord {
  id: string;
  name: string;
  industry: string | null;
  region: string | null;
  parent_id: string | null;
  legal_entity_id: string | null;
  billing_street: string | null;
  billing_city: string | null;
  billing_country: string | null;
  payment_terms_days: number | null;
}

export interface ContactRecord {
  id: string;
  account_id: string;
  first_name: string;
  last_name: string;
  email: string | null;
  role: string | null;
}

export interface OpportunityRecord {
  id: string;
  account_id: string;
  name: string;
  stage_name: string;
  amount: number | null;
  currency: string;
  billing_model: string | null;
  close_date: string | null;
  probability: number | null;
  service_line: string | null;
  delivery_region: string | null;
  target_margin_bp: number | null;
  expected_start: string | null;
  is_change_request: number;
  parent_opportunity_id: string | null;
}

export interface ContractRecord {
  id: string;
  contract_number: string;
  account_id: string;
  opportunity_id: string | null;
  status: string;
  value: number;
  currency: string;
  billing_model: string | null;
  start_date: string | null;
  end_date: string | null;
  term_months: number | null;
  payment_terms_days: number | null;
}

export interface AccountFilter {
  /** Only this account (a portal caller's own). */
  accountId?: string | null;
  search?: string | null;
  region?: string | null;
  industry?: string | null;
}

export interface OpportunityListFilter {
  accountId?: string | null;
  /** CRM stage labels to include. */
  stages?: readonly string[] | null;
}

/** Every method is one round trip to the CRM, whatever the number of ids. */
export interface CustomersConnector extends CustomersWrites, CustomersReconciliationReads {
  accountsByIds(ids: readonly string[]): Promise<AccountRecord[]>;
  /** Up to `page.limit + 1` accounts after `page.afterKey`, ordered by id. */
  listAccounts(filter: AccountFilter, page: PageRequest): Promise<AccountRecord[]>;
  countAccounts(filter: AccountFilter): Promise<number>;
  contactsByAccountIds(accountIds: readonly string[]): Promise<ContactRecord[]>;
  legalEntitiesByIds(ids: readonly string[]): Promise<LegalEntityRecord[]>;
  opportunitiesByIds(ids: readonly string[]): Promise<OpportunityRecord[]>;
  opportunitiesByAccountIds(accountIds: readonly string[]): Promise<OpportunityRecord[]>;
  listOpportunities(filter: OpportunityListFilter, page: PageRequest): Promise<OpportunityRecord[]>;
  countOpportunities(filter: OpportunityListFilter): Promise<number>;
  contractsByIds(ids: readonly string[]): Promise<ContractRecord[]>;
  contractsByAccountIds(accountIds: readonly string[]): Promise<ContractRecord[]>;
  contractsByOpportunityIds(opportunityIds: readonly string[]): Promise<ContractRecord[]>;
  externalRefsByHubIds(hubIds: readonly string[]): Promise<XrefRecord[]>;
}

/**
 * The CRM's system-API writes (see shared/system-api.ts): each idempotent on its request key,
 * refusing with a RuleViolation (nothing written) when a CRM rule forbids it.
 */
type SystemWriteOutcome = WriteOutcome & { replayed: boolean };

export interface CustomersWrites {
  /** Adds `deltaValue` (minor units) to an ACTIVATED or AMENDED contract, once per change order. */
  amendContract(request: SystemRequest, contractId: string, changeOrderRef: string, deltaValue: number): Promise<SystemWriteOutcome>;
  revertContractAmendment(request: SystemRequest, contractId: string, changeOrderRef: string): Promise<SystemWriteOutcome>;
  /** Opens a deal (Prospecting) with an account; the result names the new opportunity. */
  openOpportunity(request: SystemRequest, input: NewOpportunity): Promise<SystemWriteOutcome>;
  /** Moves an OPEN deal one stage on, drafting its contract at Proposal/Price Quote and submitting it at Negotiation/Review. */
  advanceOpportunity(request: SystemRequest, opportunityId: string): Promise<SystemWriteOutcome>;
  /** Wins an OPEN deal (not a change request) on `closeDate` (YYYY-MM-DD). */
  winOpportunity(request: SystemRequest, opportunityId: string, closeDate: string): Promise<SystemWriteOutcome>;
  /** Activates the DRAFT or IN_APPROVAL contract of a won deal. */
  activateContract(request: SystemRequest, contractId: string): Promise<SystemWriteOutcome>;
}

/** A new deal, in the CRM's terms (native account id, CRM billing model label, amount in minor units of `currency`). */
export interface NewOpportunity {
  accountId: string;
  name: string;
  amount: number;
  currency: string;
  billingModel: string;
  serviceLine: string | null;
  deliveryRegion: string;
  closeDate: string;
  expectedStart: string;
}
