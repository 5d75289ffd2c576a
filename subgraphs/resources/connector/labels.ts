/** The HCM's own vocabulary (Workday-style labels). */
import { vocabulary } from '../../shared/labels.ts';

export const workerStatuses = vocabulary<'ACTIVE' | 'ON_LEAVE' | 'TERMINATED'>('worker status', {
  Active: 'ACTIVE',
  'Leave of Absence': 'ON_LEAVE',
  Terminated: 'TERMINATED',
});

export const workerTypes = vocabulary<'EMPLOYEE' | 'CONTRACTOR'>('worker type', {
  Employee: 'EMPLOYEE',
  'Contingent Worker': 'CONTRACTOR',
});
