/**
 * The client delivery platform's demo data (Jira-flavoured): a workspace per live PSA project, work
 * items that deliver its milestones, and worklogs that mirror the PSA's recent time. Derived from the
 * rows of the other four systems, so it agrees with them by construction, except for one deliberate
 * inconsistency (docs/demo-data.md): a worklog that never reached the PSA.
 */
import { createRandom, type Random } from './random.ts';

/** One table row: keys are exactly the table's column names (the generator's `DemoRow`). */
type Row = Record<string, string | number | null>;
type Tables = Readonly<Record<string, readonly Row[]>>;

/** What the delivery data derives from: the generated rows of the four other systems. */
export interface DeliverySources {
  customers: Tables;
  projects: Tables;
  resources: Tables;
  finance: Tables;
}

export interface DeliveryOptions {
  seed: number;
  /** The business date, YYYY-MM-DD. */
  asOf: string;
}

/** A completed project keeps its (archived) workspace this many days after its end date. */
export const COMPLETED_WITHIN_DAYS = 90;
/** PSA time entries of the last this many days (asOf included) came from worklogs. */
export const WORKLOG_DAYS = 60;
/** The unsynced worklog is dated within the last this many days (asOf included). */
const UNSYNCED_WITHIN_DAYS = 21;
/** The first workspace id (Jira numbers projects from 10000). */
const FIRST_WORKSPACE_ID = 10001;

const LIVE_STAGES = new Set(['Planned', 'In Progress', 'On Hold']);
/** Milestone statuses whose work is finished. */
const FINISHED_MILESTONES = new Set(['Complete', 'Approved']);

const STORY_SUMMARIES = [
  'Confirm scope and acceptance criteria',
  'Current state assessment',
  'Solution design',
  'Build and configure',
  'Test and fix',
  'Client walkthrough',
  'Handover documentation',
  'Stakeholder interviews',
];
const TASK_SUMMARIES = [
  'Prepare workshop materials',
  'Status report',
  'Set up environments',
  'Extract sample data',
  'Review findings with the client',
  'Update the RAID log',
  'Internal quality review',
];
const BACKLOG_SUMMARIES = [
  'Ongoing advisory support',
  'Weekly client stand-up',
  'Backlog refinement',
  'Change request analysis',
  'Knowledge transfer sessions',
  'Reporting pack',
  'Environment support',
  'Issue triage',
];

// ---------------------------------------------------------------------------------------------
// Dates as YYYY-MM-DD text (UTC).

const MS_PER_DAY = 86_400_000;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

function isWorkday(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6;
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

// ---------------------------------------------------------------------------------------------
// Row helpers.

const text = (row: Row, column: string): string => row[column] as string;
const int = (row: Row, column: string): number => row[column] as number;

function groupBy(rows: readonly Row[], column: string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = text(row, column);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** The effective-dated row in force on `date` (`effective_to` inclusive, null open-ended). */
function effectiveOn(rows: readonly Row[] | undefined, date: string): Row | undefined {
  return rows?.find((row) => text(row, 'effective_from') <= date && (row.effective_to === null || date <= text(row, 'effective_to')));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The workspace key's stem from a customer name: its first word's letters (two at least), upper-case, at most 8. */
function keyStem(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .split(/\s+/)
    .map((word) => word.replace(/[^A-Z]/g, ''))
    .filter(Boolean);
  let stem = '';
  for (const word of words) {
    stem += word;
    if (stem.length >= 2) break;
  }
  return (stem.length >= 2 ? stem : `${stem}WS`).slice(0, 8);
}

/** Hours in hundredths, rounded to a quarter hour. */
function quarterHours(value: number): number {
  return Math.max(25, Math.round(value / 25) * 25);
}

// ---------------------------------------------------------------------------------------------
// The deliberate drifts of the other systems, found as docs/demo-data.md says: the unsynced worklog
// sits on a project of its own.

function projectsWithDrift(sources: DeliverySources, asOf: string): Set<string> {
  const { projects, resources, finance } = sources;
  const drift = new Set<string>();
  const projectById = new Map(projects.project.map((row) => [text(row, 'id'), row]));
  const psaOfErp = new Map(finance.erp_project.map((row) => [text(row, 'id'), text(row, 'psa_project_id')]));
  const withErp = new Set(psaOfErp.values());
  for (const project of projects.project) if (!withErp.has(text(project, 'id'))) drift.add(text(project, 'id'));
  for (const row of finance.erp_project) {
    const project = projectById.get(text(row, 'psa_project_id'));
    if (row.status === 'Closed' && project?.stage === 'In Progress') drift.add(text(row, 'psa_project_id'));
  }
  const terminated = new Map(resources.worker.filter((w) => w.termination_date !== null).map((w) => [text(w, 'id'), text(w, 'termination_date')]));
  const assignmentById = new Map(projects.assignment.map((row) => [text(row, 'id'), row]));
  const rateCards = groupBy(
    finance.rate_card.map((row) => ({ ...row, key: `${text(row, 'role')}|${text(row, 'region')}|${text(row, 'currency')}` })),
    'key',
  );
  const staleBefore = addDays(asOf, -30);
  for (const entry of projects.time_entry) {
    const date = text(entry, 'work_date');
    const projectId = text(entry, 'project_id');
    if (entry.status === 'Approved' && date < staleBefore) drift.add(projectId);
    const termination = terminated.get(text(entry, 'worker_id'));
    if (termination !== undefined && date > termination) drift.add(projectId);
    const role = text(assignmentById.get(text(entry, 'assignment_id'))!, 'role');
    const project = projectById.get(projectId)!;
    const card = rateCards.get(`${role}|${text(project, 'region')}|${text(project, 'currency')}`);
    if (effectiveOn(card, date)?.bill_rate !== entry.bill_rate) drift.add(projectId);
  }
  const eventProject = new Map(finance.billing_event.map((row) => [text(row, 'id'), psaOfErp.get(text(row, 'project_id'))]));
  for (const [, items] of groupBy(
    finance.billing_item.filter((item) => item.kind === 'MILESTONE'),
    'source_ref',
  )) {
    if (items.length > 1) for (const item of items) drift.add(eventProject.get(text(item, 'billing_event_id')) ?? '');
  }
  const paid = new Map<string, number>();
  for (const payment of finance.payment) paid.set(text(payment, 'invoice_id'), (paid.get(text(payment, 'invoice_id')) ?? 0) + int(payment, 'amount'));
  for (const invoice of finance.invoice) {
    if (invoice.status === 'Paid In Full' && paid.get(text(invoice, 'id')) !== invoice.total) drift.add(psaOfErp.get(text(invoice, 'project_id')) ?? '');
  }
  return drift;
}

// ---------------------------------------------------------------------------------------------
// The generator.

interface ItemDraft {
  row: Row;
  /** The milestone's target date, or null for an item without a milestone. */
  target: string | null;
}

/**
 * The delivery store's rows (workspace, work_item, worklog, xref) for the other systems' rows.
 * Pure and deterministic: the same sources and options give the same rows. The delivery platform
 * owns no entity other systems know by its ids, so its xref table stays empty.
 */
export function generateDeliveryData(sources: DeliverySources, options: DeliveryOptions): Record<string, Row[]> {
  const { customers, projects, finance } = sources;
  const { asOf } = options;
  const root = createRandom(options.seed).fork('delivery');
  const accountName = new Map(customers.account.map((row) => [text(row, 'id'), text(row, 'name')]));
  const assignmentsByProject = groupBy(projects.assignment, 'project_id');
  const milestonesByProject = groupBy(projects.milestone, 'project_id');
  const billedMilestones = new Set(finance.billing_item.filter((item) => item.kind === 'MILESTONE').map((item) => text(item, 'source_ref')));
  const completedSince = addDays(asOf, -(COMPLETED_WITHIN_DAYS - 1));

  // ----- Workspaces: every live project, and projects completed in the last 90 days (archived).
  const workspaces: Row[] = [];
  const workspaceOfProject = new Map<string, Row>();
  const keys = new Set<string>();
  const stemCount = new Map<string, number>();
  const live = projects.project.filter(
    (p) => LIVE_STAGES.has(text(p, 'stage')) || (p.stage === 'Completed' && text(p, 'end_date') >= completedSince && text(p, 'end_date') <= asOf),
  );
  for (const project of live) {
    const random = root.fork(`workspace:${text(project, 'id')}`);
    const stem = keyStem(accountName.get(text(project, 'account_id')) ?? text(project, 'name'));
    let key = '';
    for (let n = (stemCount.get(stem) ?? 0) + 1; key === '' || keys.has(key); n++) {
      const suffix = n === 1 ? '' : String(n);
      key = `${stem.slice(0, 10 - suffix.length)}${suffix}`;
      stemCount.set(stem, n);
    }
    keys.add(key);
    const row: Row = {
      id: String(FIRST_WORKSPACE_ID + workspaces.length),
      key,
      name: text(project, 'name'),
      status: project.stage === 'Completed' ? 'Archived' : 'Active',
      customer_id: text(project, 'account_id'),
      project_ref: text(project, 'id'),
      created_at: `${minDate(addDays(text(project, 'start_date'), -random.int(3, 10)), asOf)}T09:${pad(random.int(0, 59), 2)}:00Z`,
    };
    workspaces.push(row);
    workspaceOfProject.set(text(project, 'id'), row);
  }

  // ----- Work items: an Epic per milestone with 2–4 Stories/Tasks, and a backlog without a
  // milestone on time-and-materials projects (whose milestones are deliverables, not the work).
  const workItems: Row[] = [];
  const itemsByProject = new Map<string, ItemDraft[]>();
  for (const project of live) {
    const projectId = text(project, 'id');
    const workspace = workspaceOfProject.get(projectId)!;
    const random = root.fork(`items:${projectId}`);
    const key = text(workspace, 'key');
    const createdDate = text(workspace, 'created_at').slice(0, 10);
    const assignments = assignmentsByProject.get(projectId) ?? [];
    const drafts: ItemDraft[] = [];
    const add = (fields: Omit<Row, 'id' | 'workspace_id'>, target: string | null): Row => {
      const row: Row = { id: `${key}-${drafts.length + 1}`, workspace_id: text(workspace, 'id'), ...fields };
      drafts.push({ row, target });
      return row;
    };
    const staffOver = (from: string, to: string): string[] => {
      const overlapping = assignments.filter((a) => text(a, 'start_date') <= to && text(a, 'end_date') >= from);
      return [...new Set((overlapping.length > 0 ? overlapping : assignments).map((a) => text(a, 'worker_id')))];
    };
    const lead = (from: string, to: string): string | null => {
      const overlapping = assignments.filter((a) => text(a, 'start_date') <= to && text(a, 'end_date') >= from);
      const pool = overlapping.length > 0 ? overlapping : assignments;
      const senior = pool.filter((a) => ['Partner', 'Senior Manager', 'Manager'].includes(text(a, 'role')));
      const chosen = senior.find((a) => a.worker_id === project.manager_id) ?? senior[0] ?? pool[0];
      return chosen ? text(chosen, 'worker_id') : null;
    };
    const openStatuses = (n: number): string[] => {
      const statuses: string[] = Array.from({ length: n }, () =>
        random.weighted([
          ['Done', 3],
          ['In Progress', 3],
          ['In Review', 1.5],
          ['To Do', 2],
        ] as const),
      );
      if (!statuses.some((status) => status !== 'Done')) statuses[random.int(0, n - 1)] = random.pick(['In Progress', 'In Review', 'To Do']);
      return statuses;
    };
    const remainingOf = (status: string, estimate: number): number =>
      status === 'Done'
        ? 0
        : status === 'To Do'
          ? estimate
          : status === 'In Review'
            ? quarterHours(estimate * 0.1)
            : quarterHours((estimate * random.int(30, 80)) / 100);
    const recently = (): string => maxDate(addDays(asOf, -random.int(0, 10)), createdDate);

    let previousTarget = text(project, 'start_date');
    const milestones = [...(milestonesByProject.get(projectId) ?? [])].sort((a, b) =>
      text(a, 'target_date') < text(b, 'target_date') ? -1 : text(a, 'target_date') > text(b, 'target_date') ? 1 : 0,
    );
    for (const milestone of milestones) {
      const target = text(milestone, 'target_date');
      const from = minDate(previousTarget, target);
      previousTarget = target;
      const finished = FINISHED_MILESTONES.has(text(milestone, 'status')) || billedMilestones.has(text(milestone, 'id'));
      const n = random.int(2, 4);
      const statuses = finished ? Array<string>(n).fill('Done') : milestone.status === 'Open' ? openStatuses(n) : Array<string>(n).fill('To Do');
      const epicStatus = finished ? 'Done' : milestone.status === 'Open' ? 'In Progress' : 'To Do';
      const doneOn = minDate(text(milestone, 'actual_date') ?? target, asOf);
      const epic = add(
        {
          item_type: 'Epic',
          summary: text(milestone, 'name'),
          status: epicStatus,
          assignee_ref: lead(from, target),
          milestone_ref: text(milestone, 'id'),
          estimate_hours: 0,
          remaining_hours: 0,
          updated_at: '',
        },
        target,
      );
      const staff = staffOver(from, target);
      const summaries = random.shuffle([...STORY_SUMMARIES, ...TASK_SUMMARIES]);
      let estimate = 0;
      let remaining = 0;
      for (let i = 0; i < n; i++) {
        const summary = summaries[i];
        const itemEstimate = random.int(8, 60) * 100;
        const status = statuses[i];
        const itemRemaining = remainingOf(status, itemEstimate);
        estimate += itemEstimate;
        remaining += itemRemaining;
        add(
          {
            item_type: STORY_SUMMARIES.includes(summary) ? 'Story' : 'Task',
            summary: `${text(milestone, 'name')}: ${summary}`,
            status,
            assignee_ref: staff.length > 0 ? random.pick(staff) : null,
            milestone_ref: text(milestone, 'id'),
            estimate_hours: itemEstimate,
            remaining_hours: itemRemaining,
            updated_at: `${status === 'Done' ? doneOn : status === 'To Do' ? createdDate : recently()}T${pad(random.int(8, 17), 2)}:${pad(random.int(0, 59), 2)}:00Z`,
          },
          target,
        );
      }
      epic.estimate_hours = estimate;
      epic.remaining_hours = epicStatus === 'Done' ? 0 : remaining;
      epic.updated_at = `${epicStatus === 'Done' ? doneOn : epicStatus === 'To Do' ? createdDate : recently()}T18:00:00Z`;
    }

    if (project.billing_model === 'T&M' || milestones.length === 0) {
      const n = random.int(3, 6);
      const statuses =
        project.stage === 'Completed' ? Array<string>(n).fill('Done') : project.stage === 'Planned' ? Array<string>(n).fill('To Do') : openStatuses(n);
      const staff = staffOver(text(project, 'start_date'), text(project, 'end_date'));
      const summaries = random.shuffle(BACKLOG_SUMMARIES);
      const doneOn = minDate(text(project, 'end_date'), asOf);
      for (let i = 0; i < n; i++) {
        const estimate = random.int(16, 120) * 100;
        const status = statuses[i];
        const remaining = remainingOf(status, estimate);
        add(
          {
            item_type: random.chance(0.5) ? 'Story' : 'Task',
            summary: summaries[i % summaries.length],
            status,
            assignee_ref: staff.length > 0 ? random.pick(staff) : null,
            milestone_ref: null,
            estimate_hours: estimate,
            remaining_hours: remaining,
            updated_at: `${status === 'Done' ? doneOn : status === 'To Do' ? createdDate : recently()}T${pad(random.int(8, 17), 2)}:${pad(random.int(0, 59), 2)}:00Z`,
          },
          null,
        );
      }
    }
    itemsByProject.set(projectId, drafts);
    for (const draft of drafts) workItems.push(draft.row);
  }

  // ----- Worklogs: each PSA time entry of the last 60 days on a project with a workspace.
  const worklogRandom = root.fork('worklogs');
  /**
   * The item a consultant's day on a project is logged on: their own started work of the period
   * first, then their other items, their Epic, others' started work, any item of the project.
   */
  const itemFor = (projectId: string, workerId: string, date: string): Row | null => {
    const drafts = itemsByProject.get(projectId) ?? [];
    const work = drafts.filter((d) => d.row.item_type !== 'Epic');
    const own = work.filter((d) => d.row.assignee_ref === workerId);
    const started = (list: ItemDraft[]) => list.filter((d) => d.row.status !== 'To Do');
    const current = (list: ItemDraft[]) => list.filter((d) => d.target === null || d.target >= date);
    const tiers = [
      current(started(own)),
      started(own),
      own,
      drafts.filter((d) => d.row.assignee_ref === workerId),
      current(started(work)),
      started(work),
      drafts,
    ];
    const pool = tiers.find((tier) => tier.length > 0);
    if (!pool) return null;
    const earliest = pool.reduce((best, d) => (d.target !== null && (best === null || d.target < best) ? d.target : best), null as string | null);
    const preferred = pool.filter((d) => d.target === earliest || d.target === null);
    return worklogRandom.pick(preferred.length > 0 ? preferred : pool).row;
  };
  const since = addDays(asOf, -(WORKLOG_DAYS - 1));
  const drafts: Omit<Row, 'id'>[] = [];
  for (const entry of projects.time_entry) {
    const date = text(entry, 'work_date');
    const projectId = text(entry, 'project_id');
    if (date < since || date > asOf || !workspaceOfProject.has(projectId)) continue;
    const item = itemFor(projectId, text(entry, 'worker_id'), date);
    if (!item) continue;
    const minute = worklogRandom.int(0, 119);
    const logged = `${date}T${pad(16 + Math.floor(minute / 60), 2)}:${pad(minute % 60, 2)}:00Z`;
    drafts.push({
      work_item_id: text(item, 'id'),
      worker_ref: text(entry, 'worker_id'),
      work_date: date,
      hours: int(entry, 'hours'),
      comment: entry.notes,
      time_entry_ref: text(entry, 'id'),
      synced_at: `${date}T${pad(18 + Math.floor(minute / 60), 2)}:${pad(minute % 60, 2)}:00Z`,
      created_at: logged,
    });
  }

  // ----- The deliberate inconsistency: one worklog never synced to the PSA, which logTime would accept.
  const staffedItems = new Set(workItems.filter((row) => row.item_type !== 'Epic').map((row) => `${text(row, 'workspace_id')}|${row.assignee_ref}`));
  const hasOwnItems = (projectId: string, workerId: string): boolean => staffedItems.has(`${text(workspaceOfProject.get(projectId)!, 'id')}|${workerId}`);
  const unsynced = pickUnsynced(sources, root.fork('unsynced-worklog'), asOf, hasOwnItems);
  if (unsynced) {
    const item = itemFor(unsynced.projectId, unsynced.workerId, unsynced.date);
    if (item) {
      drafts.push({
        work_item_id: text(item, 'id'),
        worker_ref: unsynced.workerId,
        work_date: unsynced.date,
        hours: unsynced.hours,
        comment: 'Client workshop',
        time_entry_ref: null,
        synced_at: null,
        created_at: `${unsynced.date}T17:20:00Z`,
      });
    }
  }
  // Date order; on a date, synced worklogs in time entry order, then the unsynced one.
  const order = (draft: Omit<Row, 'id'>): string => `${text(draft, 'work_date')}|${draft.time_entry_ref ?? '~'}`;
  drafts.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  const worklogs: Row[] = drafts.map((draft, i) => ({ id: `WL-${pad(i + 1, 6)}`, ...draft }));
  return { workspace: workspaces, work_item: workItems, worklog: worklogs, xref: [] };
}

interface UnsyncedChoice {
  projectId: string;
  workerId: string;
  date: string;
  hours: number;
}

/**
 * A day a consultant worked on an active project and logged it in the delivery platform only: a
 * workday of the last three weeks within a (not closed) assignment of an active worker, off their
 * holidays and time off, with no PSA time of theirs on that project that day, on a project open for
 * time in the PSA and open in the ERP, with a rate card for the role, region and currency and a cost
 * rate on the day (the ERP publishes a DAILY rate for every pair on every workday, to convert it), and room under the 24-hour day; the consultant has work items of their own in its
 * workspace. The project carries no other deliberate inconsistency.
 */
function pickUnsynced(
  sources: DeliverySources,
  random: Random,
  asOf: string,
  hasOwnItems: (projectId: string, workerId: string) => boolean,
): UnsyncedChoice | null {
  const { projects, resources, finance } = sources;
  const drift = projectsWithDrift(sources, asOf);
  const erpOpen = new Set(finance.erp_project.filter((row) => row.status === 'Open').map((row) => text(row, 'psa_project_id')));
  const workerById = new Map(resources.worker.map((row) => [text(row, 'id'), row]));
  const costRates = groupBy(resources.cost_rate, 'worker_id');
  const timeOff = new Set(resources.time_off.map((row) => `${text(row, 'worker_id')}|${text(row, 'off_date')}`));
  const holidays = new Set(resources.holiday.map((row) => `${text(row, 'location')}|${text(row, 'holiday_date')}`));
  const rateCards = groupBy(
    finance.rate_card.map((row) => ({ ...row, key: `${text(row, 'role')}|${text(row, 'region')}|${text(row, 'currency')}` })),
    'key',
  );
  const since = addDays(asOf, -(UNSYNCED_WITHIN_DAYS - 1));
  const logged = new Set<string>();
  const dayHours = new Map<string, number>();
  for (const entry of projects.time_entry) {
    if (text(entry, 'work_date') < since) continue;
    const workerDay = `${text(entry, 'worker_id')}|${text(entry, 'work_date')}`;
    logged.add(`${text(entry, 'project_id')}|${workerDay}`);
    dayHours.set(workerDay, (dayHours.get(workerDay) ?? 0) + int(entry, 'hours'));
  }
  const projectById = new Map(projects.project.map((row) => [text(row, 'id'), row]));
  const candidates: UnsyncedChoice[] = [];
  for (const assignment of projects.assignment) {
    const projectId = text(assignment, 'project_id');
    const project = projectById.get(projectId)!;
    const worker = workerById.get(text(assignment, 'worker_id'))!;
    if (project.stage !== 'In Progress' || project.closed_for_time !== 0 || !erpOpen.has(projectId) || drift.has(projectId)) continue;
    if (assignment.status === 'Closed' || worker.status !== 'Active' || !hasOwnItems(projectId, text(worker, 'id'))) continue;
    const from = [since, text(assignment, 'start_date'), text(project, 'start_date'), text(worker, 'hire_date')].reduce(maxDate);
    const to = [asOf, text(assignment, 'end_date'), text(project, 'end_date')].reduce(minDate);
    const hours = int(assignment, 'allocation_pct') >= 100 ? 800 : 400;
    for (let date = from; date <= to; date = addDays(date, 1)) {
      const workerDay = `${text(worker, 'id')}|${date}`;
      if (!isWorkday(date) || timeOff.has(workerDay) || holidays.has(`${text(worker, 'location')}|${date}`)) continue;
      if (logged.has(`${projectId}|${workerDay}`) || (dayHours.get(workerDay) ?? 0) + hours > 2400) continue;
      if (!effectiveOn(rateCards.get(`${text(assignment, 'role')}|${text(project, 'region')}|${text(project, 'currency')}`), date)) continue;
      if (!effectiveOn(costRates.get(text(worker, 'id')), date)) continue;
      candidates.push({ projectId, workerId: text(worker, 'id'), date, hours });
    }
  }
  return candidates.length === 0 ? null : random.pick(candidates);
}
