/** The DELIVERY's own vocabulary (Jira-style labels) and the canonical states they map to. */
import { vocabulary } from '../../shared/labels.ts';

export type WorkspaceStatus = 'ACTIVE' | 'ARCHIVED';
export type WorkItemType = 'EPIC' | 'STORY' | 'TASK';
export type WorkItemStatus = 'OPEN' | 'IN_PROGRESS' | 'DONE';

export const workspaceStatuses = vocabulary<WorkspaceStatus>('workspace status', {
  Active: 'ACTIVE',
  Archived: 'ARCHIVED',
});

export const workItemTypes = vocabulary<WorkItemType>('work item type', {
  Epic: 'EPIC',
  Story: 'STORY',
  Task: 'TASK',
});

/** Jira's workflow: In Review is still in progress; a write moving an item to IN_PROGRESS uses In Progress. */
export const workItemStatuses = vocabulary<WorkItemStatus>('work item status', {
  'To Do': 'OPEN',
  'In Progress': 'IN_PROGRESS',
  'In Review': 'IN_PROGRESS',
  Done: 'DONE',
});
