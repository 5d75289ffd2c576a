/**
 * The CRM's system-API writes on the bundled store. Each runs in `systemWrite` (idempotent on the
 * request key, rows and outbox events in one transaction) and checks the CRM's own rules first.
 */
import { addDays } from '../../shared/dates.ts';
import { salesforceId, toHubId } from '../../shared/ids.ts';
import { isBoundedAmount, maxAmountText } from '../../shared/money.ts';
import { insertRow, type SqlDatabase } from '../../../platform/sql.ts';
import { numberedId, RuleViolation, systemWrite, type WriteOutcome, type WriteScope } from '../../shared/system-api.ts';
import { recordXref } from '../../shared/xref.ts';
import { contractStatuses, opportunityStages } from './labels.ts';
import type { AccountRecord, ContractRecord, CustomersWrites, OpportunityRecord } from './types.ts';

/** The CRM's open stages in the order a deal moves through them, with the probability each stands for. */
const OPEN_STAGES: readonly (readonly [stage: string, probability: number])[] = [
  ['Prospecting', 10],
  ['Qualification', 20],
  ['Needs Analysis', 40],
  ['Proposal/Price Quote', 60],
  ['Negotiation/Review', 80],
];
/** The stage at which the statement of work is drafted, and the one at which it goes for approval. */
const DRAFT_STAGE = 'Proposal/Price Quote';
const APPROVAL_STAGE = 'Negotiation/Review';
/** A drafted statement of work runs this many months from the deal's expected start. */
const DRAFT_TERM_MONTHS = 6;

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * The next value of the `id_sequence` row `name`; the first call starts it at `first()`. Safe when two
 * writes start a sequence at once: the second waits for the first's row (PostgreSQL) and moves it on.
 */
async function nextInSequence(tx: SqlDatabase, name: string, first: () => Promise<number>): Promise<number> {
  const bump = () => tx.get<{ value: number }>('UPDATE id_sequence SET value = value + 1 WHERE name = ? RETURNING value', [name]);
  const row = await bump();
  if (row) return Number(row.value);
  const start = await first();
  if ((await tx.run('INSERT INTO id_sequence (name, value) VALUES (?, ?) ON CONFLICT DO NOTHING', [name, start])) === 1) return start;
  return Number((await bump())!.value);
}

/**
 * The next Salesforce-style id of `table` (key prefix `keyPrefix`, see ids.ts `salesforceId`): a
 * sequence that starts after the largest base62 sequence already used (seeded rows).
 */
async function nextSalesforceId(tx: SqlDatabase, table: 'opportunity' | 'contract', keyPrefix: string): Promise<string> {
  const sequence = await nextInSequence(tx, `${table}.id:${keyPrefix}`, async () => {
    const ids = await tx.all<{ id: string }>(`SELECT id FROM ${table} WHERE id LIKE ?`, [`${keyPrefix}%`]);
    let max = 0;
    for (const { id } of ids) {
      let value = 0;
      for (const char of id.slice(8, 15)) value = value * 62 + BASE62.indexOf(char);
      max = Math.max(max, value);
    }
    return max + 1;
  });
  return salesforceId(keyPrefix, sequence);
}

/** The next contract number of `year`, `SOW-<year>-NNNNN`, after the largest of that year already used. */
async function nextContractNumber(tx: SqlDatabase, year: string): Promise<string> {
  const prefix = `SOW-${year}-`;
  const n = await nextInSequence(tx, `contract.contract_number:${prefix}`, async () => {
    const max = await tx.get<{ n: string | null }>('SELECT MAX(contract_number) AS n FROM contract WHERE contract_number LIKE ?', [`${prefix}%`]);
    return Number(/(\d+)$/.exec(max?.n ?? '')?.[1] ?? 0) + 1;
  });
  return numberedId(prefix, n, 5);
}

async function openOpportunityOf(tx: SqlDatabase, opportunityId: string): Promise<OpportunityRecord> {
  const opportunity = await tx.get<OpportunityRecord>('SELECT * FROM opportunity WHERE id = ?', [opportunityId]);
  if (!opportunity) throw new RuleViolation('OPPORTUNITY_NOT_FOUND', `No opportunity ${opportunityId} in the CRM`, ['opportunityId']);
  const status = opportunityStages.toCanonical(opportunity.stage_name);
  if (status !== 'OPEN') throw new RuleViolation('OPPORTUNITY_NOT_OPEN', `The opportunity is ${status}; only an open deal moves on`, ['opportunityId']);
  return opportunity;
}

/** Months between two dates, as the CRM counts a term (at least one). */
function termMonths(start: string, end: string): number {
  return Math.max(1, Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000 / 30.44));
}

async function contractOf(tx: SqlDatabase, contractId: string): Promise<ContractRecord> {
  const contract = await tx.get<ContractRecord>('SELECT * FROM contract WHERE id = ?', [contractId]);
  if (!contract) throw new RuleViolation('CONTRACT_NOT_FOUND', `No contract ${contractId} in the CRM`, ['contractId']);
  return contract;
}

export function createSqlCustomersWrites(db: SqlDatabase): CustomersWrites {
  return {
    openOpportunity: (request, input) =>
      systemWrite(db, 'CRM', 'openOpportunity', request, input, async (scope) => {
        const { tx } = scope;
        const account = await tx.get<AccountRecord>('SELECT * FROM account WHERE id = ?', [input.accountId]);
        if (!account) throw new RuleViolation('CUSTOMER_NOT_FOUND', `No account ${input.accountId} in the CRM`, ['customerId']);
        if (input.amount <= 0 || !isBoundedAmount(input.amount)) {
          throw new RuleViolation('AMOUNT_OUT_OF_RANGE', `A deal's amount is above zero and at most ${maxAmountText(input.currency)} ${input.currency}`, [
            'amount',
          ]);
        }
        if (input.expectedStart < input.closeDate)
          throw new RuleViolation('START_BEFORE_CLOSE', 'The expected start is before the close date', ['expectedStart']);
        const [stage, probability] = OPEN_STAGES[0];
        const opportunity: OpportunityRecord = {
          id: await nextSalesforceId(tx, 'opportunity', '006'),
          account_id: account.id,
          name: input.name,
          stage_name: stage,
          amount: input.amount,
          currency: input.currency,
          billing_model: input.billingModel,
          close_date: input.closeDate,
          probability,
          service_line: input.serviceLine,
          delivery_region: input.deliveryRegion,
          target_margin_bp: null,
          expected_start: input.expectedStart,
          is_change_request: 0,
          parent_opportunity_id: null,
        };
        await insertRow(tx, 'opportunity', opportunity);
        const hubId = toHubId('Opportunity', opportunity.id);
        const xref = { system: 'CRM', entityType: 'Opportunity', nativeId: opportunity.id } as const;
        await recordXref(tx, xref, hubId);
        await scope.emit({
          type: 'OpportunityOpened',
          aggregateId: hubId,
          fromState: null,
          toState: 'OPEN',
          data: { customerId: toHubId('Customer', account.id), xrefs: [xref] },
        });
        return { changes: [{ entity: 'Opportunity', entityId: hubId, before: null, after: { ...opportunity } }], result: { opportunityId: hubId } };
      }),

    advanceOpportunity: (request, opportunityId) =>
      systemWrite(db, 'CRM', 'advanceOpportunity', request, { opportunityId }, async (scope) => {
        const { tx } = scope;
        const opportunity = await openOpportunityOf(tx, opportunityId);
        const at = OPEN_STAGES.findIndex(([stage]) => stage === opportunity.stage_name);
        if (at === OPEN_STAGES.length - 1) {
          throw new RuleViolation('OPPORTUNITY_AT_LAST_STAGE', `The deal is at ${opportunity.stage_name}: it is won or lost next`, ['opportunityId']);
        }
        const [stage, probability] = OPEN_STAGES[at + 1];
        const after = { ...opportunity, stage_name: stage, probability };
        await tx.run('UPDATE opportunity SET stage_name = ?, probability = ? WHERE id = ?', [stage, probability, opportunityId]);
        const hubId = toHubId('Opportunity', opportunityId);
        const changes: WriteOutcome['changes'] = [{ entity: 'Opportunity', entityId: hubId, before: { ...opportunity }, after }];
        const contractId = await moveContractWith(scope, after, changes);
        await scope.emit({
          type: 'OpportunityStageChanged',
          aggregateId: hubId,
          fromState: 'OPEN',
          toState: 'OPEN',
          data: { stage, customerId: toHubId('Customer', opportunity.account_id), ...(contractId ? { contractId: toHubId('Contract', contractId) } : {}) },
        });
        return { changes, result: { opportunityId: hubId, stage, contractId: contractId ? toHubId('Contract', contractId) : null } };
      }),

    winOpportunity: (request, opportunityId, closeDate) =>
      systemWrite(db, 'CRM', 'winOpportunity', request, { opportunityId, closeDate }, async (scope) => {
        const { tx } = scope;
        const opportunity = await openOpportunityOf(tx, opportunityId);
        if (opportunity.is_change_request) {
          throw new RuleViolation('CHANGE_REQUEST', 'A change request is won by approving its change order in the PSA', ['opportunityId']);
        }
        const after = { ...opportunity, stage_name: opportunityStages.labelsOf('WON')[0], probability: 100, close_date: closeDate };
        await tx.run('UPDATE opportunity SET stage_name = ?, probability = ?, close_date = ? WHERE id = ?', [after.stage_name, 100, closeDate, opportunityId]);
        const hubId = toHubId('Opportunity', opportunityId);
        await scope.emit({
          type: 'OpportunityWon',
          aggregateId: hubId,
          fromState: 'OPEN',
          toState: 'WON',
          // The deal's amount (a public field) for the journeys (docs/journeys.md).
          data: { customerId: toHubId('Customer', opportunity.account_id), amount: opportunity.amount, currency: opportunity.currency },
        });
        return { changes: [{ entity: 'Opportunity', entityId: hubId, before: { ...opportunity }, after }], result: { opportunityId: hubId } };
      }),

    activateContract: (request, contractId) =>
      systemWrite(db, 'CRM', 'activateContract', request, { contractId }, async (scope) => {
        const { tx } = scope;
        const contract = await contractOf(tx, contractId);
        const status = contractStatuses.toCanonical(contract.status);
        if (status !== 'DRAFT' && status !== 'IN_APPROVAL') {
          throw new RuleViolation('CONTRACT_NOT_PENDING', `Contract ${contract.contract_number} is ${status}; only a drafted or submitted one is activated`, [
            'contractId',
          ]);
        }
        const opportunity = contract.opportunity_id
          ? await tx.get<OpportunityRecord>('SELECT * FROM opportunity WHERE id = ?', [contract.opportunity_id])
          : undefined;
        if (opportunity && opportunityStages.toCanonical(opportunity.stage_name) !== 'WON') {
          throw new RuleViolation(
            'OPPORTUNITY_NOT_WON',
            `The deal is ${opportunityStages.toCanonical(opportunity.stage_name)}; its contract is activated once it is won`,
            ['contractId'],
          );
        }
        const after = { ...contract, status: contractStatuses.labelOf('ACTIVATED') };
        await tx.run('UPDATE contract SET status = ? WHERE id = ?', [after.status, contractId]);
        const hubId = toHubId('Contract', contractId);
        await scope.emit({
          type: 'ContractActivated',
          aggregateId: hubId,
          fromState: status,
          toState: 'ACTIVATED',
          data: { customerId: toHubId('Customer', contract.account_id), ...(opportunity ? { opportunityId: toHubId('Opportunity', opportunity.id) } : {}) },
        });
        return { changes: [{ entity: 'Contract', entityId: hubId, before: { ...contract }, after }], result: { contractId: hubId } };
      }),

    amendContract: (request, contractId, changeOrderRef, deltaValue) =>
      systemWrite(db, 'CRM', 'amendContract', request, { contractId, changeOrderRef, deltaValue }, async (scope) => {
        const { tx } = scope;
        const contract = await contractOf(tx, contractId);
        const status = contractStatuses.toCanonical(contract.status);
        if (status !== 'ACTIVATED' && status !== 'AMENDED') {
          throw new RuleViolation('CONTRACT_NOT_ACTIVE', `Contract ${contract.contract_number} is ${status}; only an activated contract is amended`, [
            'contractId',
          ]);
        }
        const done = await tx.get('SELECT 1 AS x FROM contract_amendment WHERE contract_id = ? AND change_order_ref = ?', [contractId, changeOrderRef]);
        if (done)
          throw new RuleViolation('ALREADY_AMENDED', `Contract ${contract.contract_number} already carries change order ${changeOrderRef}`, ['changeOrderId']);
        const after = { ...contract, value: contract.value + deltaValue, status: contractStatuses.labelOf('AMENDED') };
        if (after.value < 0) throw new RuleViolation('NEGATIVE_CONTRACT_VALUE', 'The amendment would make the contract value negative', ['deltaValue']);
        // Checked again here, in the write's transaction: concurrent amendments each validated alone.
        if (!isBoundedAmount(deltaValue) || !isBoundedAmount(after.value)) {
          throw new RuleViolation(
            'BOOKINGS_OVER_LIMIT',
            `The amendment would take the contract value past ${maxAmountText(contract.currency)} ${contract.currency}`,
            ['deltaValue'],
          );
        }
        await tx.run('UPDATE contract SET value = ?, status = ? WHERE id = ?', [after.value, after.status, contractId]);
        await tx.run('INSERT INTO contract_amendment (id, contract_id, change_order_ref, delta_value, previous_status, created_at) VALUES (?, ?, ?, ?, ?, ?)', [
          `${contractId}:${changeOrderRef}`,
          contractId,
          changeOrderRef,
          deltaValue,
          contract.status,
          new Date().toISOString(),
        ]);
        const hubId = toHubId('Contract', contractId);
        await scope.emit({ type: 'ContractAmended', aggregateId: hubId, fromState: status, toState: 'AMENDED', data: { deltaValue, value: after.value } });
        return { changes: [{ entity: 'Contract', entityId: hubId, before: { ...contract }, after }], result: { contractId: hubId, value: after.value } };
      }),

    revertContractAmendment: (request, contractId, changeOrderRef) =>
      systemWrite(db, 'CRM', 'revertContractAmendment', request, { contractId, changeOrderRef }, async (scope) => {
        const { tx } = scope;
        const amendment = await tx.get<{ id: string; delta_value: number; previous_status: string }>(
          'SELECT id, delta_value, previous_status FROM contract_amendment WHERE contract_id = ? AND change_order_ref = ?',
          [contractId, changeOrderRef],
        );
        if (!amendment) return { changes: [], result: { reverted: false } };
        const contract = await contractOf(tx, contractId);
        const after = { ...contract, value: contract.value - Number(amendment.delta_value), status: amendment.previous_status };
        await tx.run('UPDATE contract SET value = ?, status = ? WHERE id = ?', [after.value, after.status, contractId]);
        await tx.run('DELETE FROM contract_amendment WHERE id = ?', [amendment.id]);
        const hubId = toHubId('Contract', contractId);
        await scope.emit({ type: 'ContractAmendmentReverted', aggregateId: hubId, fromState: 'AMENDED', toState: contractStatuses.toCanonical(after.status) });
        return { changes: [{ entity: 'Contract', entityId: hubId, before: { ...contract }, after }], result: { contractId: hubId, value: after.value } };
      }),
  };
}

/**
 * The statement of work moving with its deal: drafted when the deal reaches Proposal/Price Quote
 * (none yet), submitted for approval at Negotiation/Review (a draft). Returns the contract's native
 * id when it changed.
 */
async function moveContractWith(scope: WriteScope, opportunity: OpportunityRecord, changes: WriteOutcome['changes']): Promise<string | null> {
  const { tx } = scope;
  const existing = await tx.get<ContractRecord>('SELECT * FROM contract WHERE opportunity_id = ? ORDER BY id LIMIT 1', [opportunity.id]);
  if (opportunity.stage_name === DRAFT_STAGE && !existing) {
    const account = await tx.get<AccountRecord>('SELECT * FROM account WHERE id = ?', [opportunity.account_id]);
    const start = opportunity.expected_start ?? opportunity.close_date ?? new Date().toISOString().slice(0, 10);
    const end = addDays(addDays(start, Math.round(DRAFT_TERM_MONTHS * 30.44)), -1);
    const year = start.slice(0, 4);
    const contract: ContractRecord = {
      id: await nextSalesforceId(tx, 'contract', '800'),
      contract_number: await nextContractNumber(tx, year),
      account_id: opportunity.account_id,
      opportunity_id: opportunity.id,
      status: contractStatuses.labelOf('DRAFT'),
      value: opportunity.amount ?? 0,
      currency: opportunity.currency,
      billing_model: opportunity.billing_model,
      start_date: start,
      end_date: end,
      term_months: termMonths(start, end),
      payment_terms_days: account?.payment_terms_days ?? null,
    };
    await insertRow(tx, 'contract', contract);
    const hubId = toHubId('Contract', contract.id);
    const xref = { system: 'CRM', entityType: 'Contract', nativeId: contract.id } as const;
    await recordXref(tx, xref, hubId);
    await scope.emit({
      type: 'ContractDrafted',
      aggregateId: hubId,
      fromState: null,
      toState: 'DRAFT',
      data: { customerId: toHubId('Customer', contract.account_id), opportunityId: toHubId('Opportunity', opportunity.id), xrefs: [xref] },
    });
    changes.push({ entity: 'Contract', entityId: hubId, before: null, after: { ...contract } });
    return contract.id;
  }
  if (opportunity.stage_name === APPROVAL_STAGE && existing && contractStatuses.toCanonical(existing.status) === 'DRAFT') {
    const after = { ...existing, status: contractStatuses.labelOf('IN_APPROVAL') };
    await tx.run('UPDATE contract SET status = ? WHERE id = ?', [after.status, existing.id]);
    const hubId = toHubId('Contract', existing.id);
    await scope.emit({
      type: 'ContractSubmitted',
      aggregateId: hubId,
      fromState: 'DRAFT',
      toState: 'IN_APPROVAL',
      data: { customerId: toHubId('Customer', existing.account_id), opportunityId: toHubId('Opportunity', opportunity.id) },
    });
    changes.push({ entity: 'Contract', entityId: hubId, before: { ...existing }, after });
    return existing.id;
  }
  return null;
}
