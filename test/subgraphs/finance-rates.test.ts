/**
 * The ERP's exchange rates through its system API, on the finance subgraph alone over the fixture's
 * ERP rows (business date 2026-11-15): recordExchangeRates checks every rate (ISO 4217 codes, a
 * positive rate of bounded digits, a month end for a monthly average) and refuses bad input naming
 * the argument with nothing written, stores each pair, type and date once (idempotent on the request
 * key and on that business key; another value for a stored rate is refused), and exchangeRate finds
 * the rate in force. Runs on node:sqlite (npm test) and PostgreSQL (npm run test:pg).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken, WORKFLOWS_SERVICE } from '../../platform/auth.ts';
import { startTestSubgraph, type TestSubgraph } from '../support/subgraph.ts';

let erp: TestSubgraph;
let token: string;

beforeAll(async () => {
  erp = await startTestSubgraph('finance');
  token = await signToken(WORKFLOWS_SERVICE, 600);
});

afterAll(async () => {
  await erp?.stop();
});

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; argumentName?: string } }[];
}

async function system(query: string, variables: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(erp.url.replace(/\/graphql$/, '/system/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Answer;
}

const RECORD = /* GraphQL */ `
  mutation ($request: SystemRequest!, $rates: [ExchangeRateInput!]!) {
    recordExchangeRates(request: $request, rates: $rates) {
      replayed
      userErrors { code message field }
      changes { entity entityId }
      result
    }
  }
`;

interface WriteAnswer {
  replayed: boolean;
  userErrors: { code: string; message: string; field: string[] | null }[];
  changes: { entity: string; entityId: string }[];
  result: string;
}

const request = () => ({ requestKey: randomUUID(), correlationId: randomUUID() });

async function record(rates: Record<string, string>[], key = request()) {
  const answer = await system(RECORD, { request: key, rates });
  return { answer, write: answer.data?.recordExchangeRates as WriteAnswer | undefined };
}

const rate = (overrides: Record<string, string> = {}) => ({
  from: 'GBP',
  to: 'USD',
  rateType: 'DAILY',
  effectiveDate: '2026-11-13',
  rate: '1.2650',
  ...overrides,
});

const stored = async () => Number((await erp.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM exchange_rate'))?.n);

const inForce = (from: string, to: string, rateType: string, date: string) =>
  system(
    'query($from: String!, $to: String!, $rateType: String!, $date: Date!) { exchangeRate(from: $from, to: $to, rateType: $rateType, date: $date) { effectiveDate rate } }',
    {
      from,
      to,
      rateType,
      date,
    },
  );

describe('recordExchangeRates', () => {
  it('stores rates once, canonical, idempotent on the request key and on pair, type and date', async () => {
    const before = await stored();
    const key = request();
    const rates = [
      rate(),
      rate({ effectiveDate: '2026-11-16', rate: '1.27' }),
      rate({ rateType: 'MONTHLY_AVERAGE', effectiveDate: '2026-10-31', rate: '001.2600' }),
      rate({ rateType: 'CLOSING', effectiveDate: '2026-10-31', rate: '1.2588' }),
    ];
    const first = await record(rates, key);
    expect(first.answer.errors).toBeUndefined();
    expect(first.write).toMatchObject({ replayed: false, userErrors: [] });
    expect(first.write?.changes.map((change) => change.entityId)).toEqual([
      'GBP|USD|DAILY|2026-11-13',
      'GBP|USD|DAILY|2026-11-16',
      'GBP|USD|MONTHLY_AVERAGE|2026-10-31',
      'GBP|USD|CLOSING|2026-10-31',
    ]);
    expect(JSON.parse(first.write?.result ?? '{}')).toEqual({ recorded: 4, unchanged: 0 });
    expect(await stored()).toBe(before + 4);
    // The same request again replays; the same rates under a new key change nothing.
    expect((await record(rates, key)).write).toMatchObject({ replayed: true });
    const again = await record(rates);
    expect(again.write).toMatchObject({ replayed: false, changes: [] });
    expect(JSON.parse(again.write?.result ?? '{}')).toEqual({ recorded: 0, unchanged: 4 });
    expect(await stored()).toBe(before + 4);
    // The average is stored canonical: 001.2600 → 1.26.
    expect((await inForce('GBP', 'USD', 'MONTHLY_AVERAGE', '2026-10-09')).data).toEqual({ exchangeRate: { effectiveDate: '2026-10-31', rate: '1.26' } });
  });

  it('finds the rate in force: the latest daily or closing rate on or before the day, the month\u2019s own average', async () => {
    expect((await inForce('GBP', 'USD', 'DAILY', '2026-11-15')).data).toEqual({ exchangeRate: { effectiveDate: '2026-11-13', rate: '1.265' } });
    expect((await inForce('GBP', 'USD', 'DAILY', '2026-11-16')).data).toEqual({ exchangeRate: { effectiveDate: '2026-11-16', rate: '1.27' } });
    expect((await inForce('GBP', 'USD', 'DAILY', '2026-11-12')).data).toEqual({ exchangeRate: null });
    expect((await inForce('GBP', 'USD', 'CLOSING', '2027-01-20')).data).toEqual({ exchangeRate: { effectiveDate: '2026-10-31', rate: '1.2588' } });
    expect((await inForce('GBP', 'USD', 'MONTHLY_AVERAGE', '2026-11-15')).data).toEqual({ exchangeRate: null });
    // Pairs are directed: USD→GBP is not derived from GBP→USD.
    expect((await inForce('USD', 'GBP', 'DAILY', '2026-11-15')).data).toEqual({ exchangeRate: null });
    const bad = await inForce('GBX', 'USD', 'DAILY', '2026-11-15');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'from' });
  });

  it('refuses another value for a stored rate, writing nothing of the request', async () => {
    const before = await stored();
    const { write } = await record([rate({ effectiveDate: '2026-11-20', rate: '1.28' }), rate({ rate: '1.3' })]);
    expect(write?.userErrors).toEqual([expect.objectContaining({ code: 'RATE_CONFLICT', field: ['rates', '1'] })]);
    expect(write?.userErrors[0].message).toContain('1.265');
    expect(await stored()).toBe(before);
  });

  it('refuses bad input naming the argument, writing nothing', async () => {
    const before = await stored();
    const cases: [Record<string, string>[], string][] = [
      [[rate({ from: 'XYZ' })], 'rates[0].from'],
      [[rate(), rate({ to: 'usd' })], 'rates[1].to'],
      [[rate({ to: 'GBP' })], 'rates[0].to'],
      [[rate({ rateType: 'WEEKLY' })], 'rates[0].rateType'],
      [[rate({ rateType: 'MONTHLY_AVERAGE', effectiveDate: '2026-11-15' })], 'rates[0].effectiveDate'],
      [[rate({ rate: '0' })], 'rates[0].rate'],
      [[rate({ rate: '-1.2' })], 'rates[0].rate'],
      [[rate({ rate: '1.12345678901' })], 'rates[0].rate'],
      [[rate({ rate: '1234567' })], 'rates[0].rate'],
      [[rate(), rate()], 'rates[1]'],
      [[], 'rates'],
    ];
    for (const [rates, argument] of cases) {
      const { answer } = await record(rates);
      expect(answer.errors?.[0]?.extensions, `${argument}: ${answer.errors?.[0]?.message}`).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
    }
    // Not a decimal at all: the Decimal scalar refuses it (BAD_USER_INPUT) before the resolver runs.
    const notDecimal = await record([rate({ rate: '1e3' })]);
    expect(notDecimal.answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(notDecimal.answer.errors?.[0]?.message).toContain('rates[0].rate');
    const many = await record(Array.from({ length: 501 }, (_, i) => rate({ effectiveDate: `2027-01-${String((i % 28) + 1).padStart(2, '0')}` })));
    expect(many.answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'rates' });
    expect(await stored()).toBe(before);
  });
});

describe('racing recordExchangeRates', () => {
  it('stores a rate recorded by two requests at once once', async () => {
    const before = await stored();
    const rates = [rate({ from: 'CHF', effectiveDate: '2026-11-10', rate: '1.1312' })];
    const answers = await Promise.all(Array.from({ length: 4 }, () => record(rates)));
    for (const { answer, write } of answers) {
      expect(answer.errors).toBeUndefined();
      expect(write?.userErrors).toEqual([]);
    }
    expect(answers.reduce((sum, { write }) => sum + (write?.changes.length ?? 0), 0)).toBe(1);
    expect(await stored()).toBe(before + 1);
  });
});
