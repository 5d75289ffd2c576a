/**
 * Domain events → subscription fields: for each field of schema/subscriptions.graphql, the event
 * types it follows, who may subscribe, which subscribers an event reaches, and the payload: the
 * event's own facts, and the entities it names fetched with the subscriber's selection.
 */
import { Kind, type SelectionSetNode } from 'graphql';
import type { Principal } from '../../platform/auth.ts';
import type { DomainEvent } from '../../platform/events/types.ts';
import { badUserInput } from '../../platform/errors.ts';
import { accessFor } from '../../subgraphs/shared/access.ts';
import { collectFields, mergedSelection } from '../live-documents.ts';
import type { Fetched } from './fetched-data.ts';
import type { EntityFetch, LiveField, LiveRequest } from './types.ts';

/** Confined to one customer's rows: the same rule the subgraphs apply (shared/access.ts). */
const isPortalOnly = (principal: Principal) => accessFor(principal).customerScope !== null;

/** The portal user's own customer, or the customerId argument. */
function customerScope(request: LiveRequest): string | null {
  return isPortalOnly(request.principal) ? accessFor(request.principal).customerScope : ((request.args.customerId as string | null | undefined) ?? null);
}

/** Validates projectId/customerId filters: unknown (or, for a portal user, foreign) ids are BAD_USER_INPUT. */
async function checkProjectFilters(request: LiveRequest, fetchEntity: EntityFetch): Promise<void> {
  const selectId: SelectionSetNode = { kind: Kind.SELECTION_SET, selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'id' } }] };
  const selectCustomer: SelectionSetNode = {
    kind: Kind.SELECTION_SET,
    selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'customer' }, selectionSet: selectId }],
  };
  const { projectId, customerId } = request.args as { projectId?: string | null; customerId?: string | null };
  const portalCustomer = accessFor(request.principal).customerScope;
  if (customerId != null) {
    const known = portalCustomer !== null ? customerId === portalCustomer : (await fetchEntity('customer', customerId, selectId, request)) !== null;
    if (!known) throw badUserInput('customerId', `no customer "${customerId}"`);
  }
  if (projectId != null) {
    const project = (await fetchEntity('project', projectId, selectCustomer, request)) as { customer?: { id: string } } | null;
    if (!project || (portalCustomer !== null && project.customer?.id !== portalCustomer)) throw badUserInput('projectId', `no project "${projectId}"`);
  }
}

/** Fills a composite payload: `entities` are fetched by id with the subscriber's selection, the rest comes from `values`. */
async function compositePayload(
  selection: SelectionSetNode,
  request: LiveRequest,
  fetchEntity: EntityFetch,
  entities: Record<string, { rootField: string; id: string | null }>,
  values: Record<string, unknown>,
): Promise<Fetched> {
  const payload: Fetched = {};
  for (const [key, nodes] of collectFields(selection, request.fragments, request.variables)) {
    const name = nodes[0].name.value;
    if (name === '__typename') continue;
    const entity = entities[name];
    if (entity) payload[key] = entity.id ? await fetchEntity(entity.rootField, entity.id, mergedSelection(nodes), request) : null;
    else payload[key] = values[name] ?? null;
  }
  return payload;
}

/** The hub id an event names in `data[key]` (the entities it is about besides its aggregate), or null. */
function idIn(event: DomainEvent, key: string): string | null {
  const id = event.data?.[key];
  return typeof id === 'string' ? id : null;
}

/**
 * The billing events and their kind. Each names its project (`data.projectId`) and customer
 * (`data.customerId`), and the billing event (`data.billingEventId`) or invoice (`data.invoiceId`)
 * it is about; a parked workflow is billing news when it parked a time posting (`data.kind`).
 */
const BILLING_KINDS: Record<string, string> = {
  BillingEventGenerated: 'BILLING_EVENT_GENERATED',
  BillingEventReleased: 'BILLING_EVENT_RELEASED',
  InvoiceIssued: 'INVOICE_ISSUED',
  PaymentReceived: 'PAYMENT_RECEIVED',
  InvoicePaid: 'INVOICE_PAID',
  InvoiceVoided: 'INVOICE_VOIDED',
  CostPosted: 'TIME_POSTED',
  ExceptionRaised: 'POSTING_FAILED',
};

/** The subscription fields of schema/subscriptions.graphql, by name. */
export const LIVE_FIELDS: Record<string, LiveField> = {
  projectStatusChanged: {
    eventTypes: new Set(['ProjectStatusChanged']),
    roles: null,
    check: checkProjectFilters,
    matches(event, request) {
      const customer = customerScope(request);
      return (!request.args.projectId || request.args.projectId === event.aggregateId) && (!customer || event.data?.customerId === customer);
    },
    payload: (event, selection, request, fetchEntity) =>
      compositePayload(
        selection,
        request,
        fetchEntity,
        { project: { rootField: 'project', id: event.aggregateId } },
        {
          previousStatus: event.fromState,
          status: event.toState,
          occurredAt: event.occurredAt,
          cause: event.data?.reason ?? null,
        },
      ),
  },
  billingStatusChanged: {
    eventTypes: new Set(Object.keys(BILLING_KINDS)),
    roles: null,
    check: checkProjectFilters,
    matches(event, request) {
      // Of the parked workflows, only failed time postings are billing news.
      if (event.type === 'ExceptionRaised' && event.data?.kind !== 'TIME_POSTING') return false;
      const customer = customerScope(request);
      const projectId = idIn(event, 'projectId');
      return projectId !== null && (!request.args.projectId || request.args.projectId === projectId) && (!customer || event.data?.customerId === customer);
    },
    payload: (event, selection, request, fetchEntity) =>
      compositePayload(
        selection,
        request,
        fetchEntity,
        {
          project: { rootField: 'project', id: idIn(event, 'projectId') },
          invoice: { rootField: 'invoice', id: idIn(event, 'invoiceId') },
        },
        {
          kind: BILLING_KINDS[event.type],
          billingEventId: idIn(event, 'billingEventId'),
          status: event.type === 'CostPosted' ? 'POSTED' : event.type === 'ExceptionRaised' ? 'FAILED' : event.toState,
          occurredAt: event.occurredAt,
        },
      ),
  },
  workflowUpdated: {
    eventTypes: new Set(['WorkflowUpdated']),
    roles: ['analyst', 'delivery', 'finance'],
    matches: (event, request) => !request.args.id || request.args.id === event.aggregateId,
    async payload(event, selection, request, fetchEntity) {
      const workflow = (await fetchEntity('workflow', event.aggregateId, selection, request)) as Fetched | null;
      // The status is the one the event announced; the rest is the workflow as it stands when fetched.
      if (workflow)
        for (const [key, nodes] of collectFields(selection, request.fragments, request.variables))
          if (nodes[0].name.value === 'status') workflow[key] = event.toState;
      return workflow;
    },
  },
  exceptionRaised: {
    eventTypes: new Set(['ExceptionRaised']),
    roles: ['finance'],
    matches: () => true,
    payload: (event, selection, request, fetchEntity) => fetchEntity('exception', event.aggregateId, selection, request),
  },
};

/** The event reaches the subscription: of a type the field follows, and matching its arguments. */
export const follows = (field: LiveField, event: DomainEvent, request: LiveRequest) => field.eventTypes.has(event.type) && field.matches(event, request);
