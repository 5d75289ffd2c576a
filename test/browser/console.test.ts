/**
 * The operations console in Chromium against the real hub over demo data: the page and its policy,
 * the live board (a status change made by the test, and one made while the socket was lost), the
 * exception queue (retry, and the actions each role is offered), a portal user's view, a customer
 * named like markup, the KPI charts and GraphiQL offline. Every page is watched for requests to other
 * origins, CSP violations, uncaught errors and dialogs (test/support/browser.ts); none may happen
 * (the hub, the tokens and that check are test/browser/support.ts, shared with operations.test.ts).
 * Screenshots: test/artifacts/*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHubId } from '../../subgraphs/shared/ids.ts';
import { createSqlWorkflowStore } from '../../subgraphs/workflows/connector/sql.ts';
import type { WorkflowStore } from '../../subgraphs/workflows/connector/types.ts';
import { screenshot, signInAs, type PageWatch } from '../support/browser.ts';
import { failingConnector, type TestHub } from '../support/hub.ts';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.ts';
import { consoleHub, type ConsoleHub } from './support.ts';

const MARKUP_NAME = '<img src=x onerror=alert(1)>';

let proxy: TcpProxy;
let erpDown = false;
let markupCustomer: string;
let workflowStore: WorkflowStore;

const suite = consoleHub({
  asOf: '2026-11-15',
  fill: async (stores) => {
    // A customer renamed in the CRM to something a browser would run if it were markup.
    const first = await stores.customers.get<{ id: string }>('SELECT id FROM account ORDER BY id LIMIT 1');
    await stores.customers.run('UPDATE account SET name = ? WHERE id = ?', [MARKUP_NAME, first!.id]);
    markupCustomer = toHubId('Customer', first!.id);
    workflowStore = createSqlWorkflowStore(stores.workflows);
  },
  wrapConnector: (service, connector) =>
    service === 'finance'
      ? failingConnector(connector, { methods: ['postTime'], when: () => erpDown, error: () => new Error('ERP connection refused') })
      : connector,
});
const as: ConsoleHub['as'] = (role, query, variables) => suite.as(role, query, variables);
const watched = (at?: string): Promise<PageWatch> => suite.watched(at);
let origin: string;
let testHub: TestHub;

interface ProjectNode {
  id: string;
  code: string;
  status: string;
  customer: { id: string; name: string };
}

async function projects(): Promise<ProjectNode[]> {
  const data = await as<{ projects: { edges: { node: ProjectNode }[] } }>(
    'admin',
    '{ projects(first: 500) { edges { node { id code status customer { id name } } } } }',
  );
  return data.projects.edges.map((edge) => edge.node);
}

async function changeStatus(projectId: string, status: string, key: string): Promise<void> {
  const data = await as<{ changeProjectStatus: { workflow: { status: string } | null; userErrors: unknown[] } }>(
    'delivery',
    'mutation ($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { workflow { status } userErrors { code message } } }',
    { input: { projectId, status, reason: 'Console browser test', idempotencyKey: key } },
  );
  expect(data.changeProjectStatus).toEqual({ workflow: { status: 'COMPLETED' }, userErrors: [] });
}

beforeAll(async () => {
  testHub = suite.hub;
  origin = suite.origin;
  proxy = await startTcpProxy(testHub.port);
});

afterAll(async () => {
  await proxy?.stop();
});

describe('the operations console', () => {
  it('is served at / with a policy that admits this origin only, and GraphiQL works at /graphiql with nothing from elsewhere', async () => {
    const response = await fetch(`${origin}/`);
    expect(response.status).toBe(200);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    const html = await response.text();
    // No inline script: every <script> names a file of this origin.
    expect(html.match(/<script\b[^>]*>/g)?.every((tag) => /\bsrc="\/assets\//.test(tag))).toBe(true);

    const { page } = await watched();
    await signInAs(page, origin, 'analyst');
    // GraphiQL asks for the schema first (refused outside development, where introspection is off:
    // queries still run, without the docs). It writes that refusal into the result window once it has
    // handled the answer; a query run before then is overwritten by it, so the query waits for it.
    await page.goto(`${origin}/graphiql`);
    await page.locator('.graphiql-container').waitFor();
    await expect.poll(() => page.locator('.result-window').textContent(), { timeout: 20_000 }).toContain('INTROSPECTION_DISABLED');
    await page.getByRole('button', { name: /execute query/i }).click();
    await expect.poll(() => page.locator('.result-window').textContent(), { timeout: 20_000 }).toContain('"projects"');
    await screenshot(page, 'graphiql');
  });

  it('moves a project on the board as its status changes (a mutation made by the test)', async () => {
    const { page } = await watched(proxy.origin);
    await signInAs(page, proxy.origin, 'finance');
    const project = (await projects()).find((candidate) => candidate.status === 'ACTIVE')!;
    const card = page.getByTestId(`project-${project.code}`);
    await expect.poll(() => card.getAttribute('data-status')).toBe('ACTIVE');
    await testHub.subscriptionsInPlace(2);
    await changeStatus(project.id, 'ON_HOLD', 'browser-hold');
    await page.getByTestId('column-ON_HOLD').getByTestId(`project-${project.code}`).waitFor();
    await expect.poll(() => page.getByTestId('live-feed').textContent()).toContain(`${project.code}: ACTIVE → ON_HOLD`);
    await screenshot(page, 'board-live-status');

    // The socket is lost; the status changes back while it is down; the console reconnects and catches up.
    proxy.refuse(true);
    proxy.cut();
    await page.getByTestId('live-state').getByText('Reconnecting…').waitFor();
    await testHub.subscriptionsInPlace(0);
    await changeStatus(project.id, 'ACTIVE', 'browser-resume');
    await testHub.flushEvents();
    proxy.refuse(false);
    await page.getByTestId('live-state').getByText('Live').waitFor({ timeout: 20_000 });
    await page.getByTestId('column-ACTIVE').getByTestId(`project-${project.code}`).waitFor();
    expect(Number(await page.getByTestId('live-state').getAttribute('data-reconnects'))).toBeGreaterThanOrEqual(1);
    await page.getByTestId('caught-up').waitFor();
    await screenshot(page, 'board-after-reconnect');
  });

  it('retries a parked exception and sees it clear; the roles the API refuses are offered no action', async () => {
    // A time approval whose ERP posting keeps failing is parked in the exception queue.
    const submitted = await as<{ projects: { edges: { node: { timeEntries: { edges: { node: { id: string } }[] } } }[] } }>(
      'delivery',
      '{ projects(first: 500) { edges { node { timeEntries(first: 1, filter: { status: SUBMITTED }) { edges { node { id } } } } } } }',
    );
    const entry = submitted.projects.edges.flatMap((edge) => edge.node.timeEntries.edges)[0].node.id;
    erpDown = true;
    const failed = await as<{ approveTime: { workflow: { status: string; exception: { id: string } } } }>(
      'delivery',
      'mutation ($input: TimeEntriesInput!) { approveTime(input: $input) { workflow { status exception { id } } } }',
      { input: { timeEntryIds: [entry], idempotencyKey: 'browser-approve' } },
    );
    erpDown = false;
    expect(failed.approveTime.workflow.status).toBe('FAILED');
    const exceptionId = failed.approveTime.workflow.exception.id;

    for (const role of ['analyst', 'delivery']) {
      const { page } = await watched();
      await signInAs(page, origin, role);
      await page.goto(`${origin}/#/exceptions`);
      await page.getByTestId(`exception-${exceptionId}`).waitFor();
      await expect(page.getByTestId(`actions-${exceptionId}`).count()).resolves.toBe(0);
      await expect(page.getByRole('button', { name: 'Retry' }).count()).resolves.toBe(0);
      if (role === 'analyst') await screenshot(page, 'exceptions-analyst-no-actions');
    }

    const { page } = await watched();
    await signInAs(page, origin, 'finance');
    await page.goto(`${origin}/#/exceptions`);
    const row = page.getByTestId(`exception-${exceptionId}`);
    await row.waitFor();
    expect(await row.textContent()).toContain('postErpTime · ERP');
    await expect(row.getByRole('button', { name: 'Resolve' }).count()).resolves.toBe(1);
    await screenshot(page, 'exceptions-finance-before-retry');
    await row.getByRole('button', { name: 'Retry' }).click();
    await row.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('action-result').textContent()).toContain(`retryException done for ${exceptionId}`);
    await page.getByLabel('Status', { exact: true }).selectOption('RESOLVED');
    await expect.poll(() => row.getAttribute('data-status')).toBe('RESOLVED');
    await screenshot(page, 'exceptions-finance-after-retry');

    // The workflow's timeline shows its steps done after the retry.
    await row.getByRole('link').first().click();
    await expect.poll(() => page.getByTestId('workflow-timeline').getAttribute('data-status')).toBe('COMPLETED');
    await screenshot(page, 'workflow-timeline');
  });

  it('shows an exception no workflow raised with its business context, offers no retry, and resolves it with a note', async () => {
    const project = (await projects()).find((candidate) => candidate.customer.id !== markupCustomer)!;
    const { exception } = await workflowStore.raiseBusinessException({
      kind: 'RECONCILIATION',
      dedupeKey: 'browser-drift',
      step: 'APPROVED_TIME_NOT_POSTED',
      system: 'ERP',
      cause: 'Approved time never posted to the ERP',
      customerId: project.customer.id,
      projectId: project.id,
      amount: 123456,
      currency: 'USD',
      context: [
        { label: 'records', value: 'PSA TimeEntry TC-0000001' },
        { label: 'hostile', value: MARKUP_NAME },
      ],
    });
    const { page } = await watched();
    await signInAs(page, origin, 'finance');
    await page.goto(`${origin}/#/exceptions`);
    const row = page.getByTestId(`exception-${exception.id}`);
    await row.waitFor();
    const text = await row.textContent();
    for (const shown of [
      'RECONCILIATION',
      'APPROVED_TIME_NOT_POSTED',
      project.customer.name,
      project.code,
      '1,234.56 USD',
      'PSA TimeEntry TC-0000001',
      MARKUP_NAME,
    ]) {
      expect(text).toContain(shown);
    }
    expect(await page.locator('img').count()).toBe(0);
    // No workflow to retry: the API answers EXCEPTION_NOT_RETRYABLE, so no Retry is offered; Resolve is.
    await expect(row.getByRole('button', { name: 'Retry' }).count()).resolves.toBe(0);
    await screenshot(page, 'exceptions-business-context');
    await row.getByLabel('Resolution note').fill('Posted by hand in the ERP');
    await row.getByRole('button', { name: 'Resolve' }).click();
    await row.waitFor({ state: 'detached' });
    await page.getByLabel('Status', { exact: true }).selectOption('RESOLVED');
    await expect.poll(() => row.textContent()).toContain('Posted by hand in the ERP');
  });

  it('shows a portal user only its own customer', async () => {
    const all = await projects();
    const customer = all.find((project) => project.customer.id !== markupCustomer)!.customer;
    const theirs = all.filter((project) => project.customer.id === customer.id);
    expect(new Set(all.map((project) => project.customer.id)).size).toBeGreaterThan(1);

    const { page } = await watched();
    await signInAs(page, origin, 'portal', customer.name);
    await expect.poll(() => page.getByTestId('who').textContent()).toContain(customer.id);
    const board = page.getByTestId('project-board');
    await expect.poll(() => board.locator('article').count()).toBe(theirs.length);
    const names = await board.locator('article .customer').allTextContents();
    expect(new Set(names)).toEqual(new Set([customer.name]));
    const invoiceCustomers = await page.getByTestId('billing-pipeline').locator('article .customer').allTextContents();
    expect(invoiceCustomers.every((name) => name === customer.name)).toBe(true);
    // No page of the internal roles is offered.
    await expect(page.getByRole('link', { name: 'Exceptions' }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'KPIs' }).count()).resolves.toBe(0);
    await screenshot(page, 'portal-board');
  });

  it('renders a customer named like markup as text', async () => {
    const project = (await projects()).find((candidate) => candidate.customer.id === markupCustomer)!;
    expect(project.customer.name).toBe(MARKUP_NAME);
    const { page } = await watched();
    await signInAs(page, origin, 'finance');
    const card = page.getByTestId(`project-${project.code}`);
    await expect.poll(() => card.locator('.customer').textContent()).toBe(MARKUP_NAME);
    expect(await page.locator('img').count()).toBe(0);
    await screenshot(page, 'markup-customer-as-text');
    // The afterEach check finds no dialog: the onerror never ran.
  });

  it('draws the KPI charts from the public API', async () => {
    const { page } = await watched();
    await signInAs(page, origin, 'finance');
    await page.goto(`${origin}/#/kpis`);
    for (const chart of ['chart-utilization', 'chart-trend', 'chart-margin', 'chart-ageing']) {
      await page.getByTestId(chart).locator('canvas').waitFor();
    }
    await expect.poll(() => page.getByTestId('ageing').locator('tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, 'kpis');
  });
});
