/** The DELIVERY's own vocabulary (Jira-style labels). */
import { vocabulary } from '../../shared/labels.ts';

export const workspaceStatuses = vocabulary<'ACTIVE' | 'ARCHIVED'>('workspace status', {
  Active: 'ACTIVE',
  Archived: 'ARCHIVED',
});
