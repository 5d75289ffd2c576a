/**
 * The CRM's system-API writes on the bundled store. Each runs in `systemWrite` (idempotent on the
 * request key, rows and outbox events in one transaction) and checks the CRM's own rules first.
 */
import { toHubId } from '../../shared/ids.ts';
import { isBoundedAmount, maxAmountText } from '../../shared/money.ts';
import type { SqlDatabase } from '../../../platform/sql.ts';
import { RuleViolation, systemWrite } from '../../shared/system-api.ts';
import { contractStatuses } from './labels.ts';
import type { ContractRecord, CustomersWrites } from './types.ts';

async function contractOf(tx: SqlDatabase, contractId: string): Promise<ContractRecord> {
  const contract = await tx.get<ContractRecord>('SELECT * FROM contract WHERE id = ?', [contractId]);
  if (!contract) throw new RuleViolation('CONTRACT_NOT_FOUND', `No contract ${contractId} in the CRM`, ['contractId']);
  return contract;
}

export function createSqlCustomersWrites(db: SqlDatabase): CustomersWrites {
  return {
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
