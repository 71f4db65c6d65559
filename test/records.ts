/** Small factories for record lines used across tests. */
import { Readable } from 'node:stream';
import type { TrellisRecord } from '../src/core/records/schemas.js';
import { readJsonLines } from '../src/sources/files/read-jsonl.js';
import type { ImportSource } from '../src/app/import-records.js';

export const org: TrellisRecord[] = [
  { kind: 'team', id: 'eng', name: 'Engineering', timezone: 'Europe/Berlin' },
  { kind: 'team', id: 'platform', name: 'Platform', parent: 'eng', timezone: 'Europe/Berlin' },
  { kind: 'team', id: 'payments', name: 'Payments', parent: 'eng', timezone: 'America/New_York' },
  { kind: 'person', id: 'priya', name: 'Priya Raman', email: 'priya@lumen.example', team: 'eng', level: 'D1', track: 'manager' },
  { kind: 'person', id: 'sofia', name: 'Sofia Rossi', team: 'platform', manager: 'priya', level: 'M2', track: 'manager' },
  { kind: 'person', id: 'amara', name: 'Amara Okafor', team: 'platform', manager: 'sofia', level: 'L5', track: 'ic', workingHours: '09:00-17:00', startDate: '2021-04-01' },
  { kind: 'service', id: 'deploy-pipeline', name: 'deploy-pipeline', team: 'platform' },
  { kind: 'service', id: 'payments-api', name: 'payments-api', team: 'payments' },
];

export const events: TrellisRecord[] = [
  { kind: 'change', id: 'c1', service: 'deploy-pipeline', committedAt: '2024-03-04T09:00:00Z', author: 'amara' },
  { kind: 'change', id: 'c2', service: 'deploy-pipeline', committedAt: '2024-03-04T11:00:00+01:00', isMerge: true },
  { kind: 'deployment', id: 'd1', service: 'deploy-pipeline', finishedAt: '2024-03-04T15:00:00Z', commit: 'c2', changes: ['c1', 'c2'] },
  { kind: 'deployment', id: 'd2', service: 'deploy-pipeline', finishedAt: '2024-03-05T15:00:00Z', status: 'failure', environment: 'staging' },
  { kind: 'incident', id: 'i1', service: 'deploy-pipeline', startedAt: '2024-03-04T16:00:00Z', resolvedAt: '2024-03-04T18:00:00Z', causedBy: 'd1', severity: 'sev2' },
  { kind: 'page', id: 'p1', at: '2024-03-04T23:10:00Z', person: 'amara', service: 'deploy-pipeline', actionable: false, urgency: 'high' },
  { kind: 'oncall_shift', id: 's1', person: 'amara', start: '2024-03-04T09:00:00Z', end: '2024-03-11T09:00:00Z', schedule: 'platform-primary' },
  { kind: 'sli', slo: 'deploy-pipeline-availability', at: '2024-03-04T09:00:00Z', good: 998, total: 1000 },
  { kind: 'pull_request', id: 'gh:acme/pipeline#7', service: 'deploy-pipeline', openedAt: '2024-03-04T08:00:00+01:00', author: 'amara', firstReviewAt: '2024-03-04T10:30:00Z', firstReviewer: 'sofia', mergedAt: '2024-03-04T12:00:00Z', mergedBy: 'sofia', closedAt: '2024-03-04T12:00:00Z', title: 'Retry flaky uploads' },
];

export function jsonl(records: unknown[]): string {
  return records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';
}

export function sourceOf(name: string, text: string): ImportSource {
  return { name, records: readJsonLines(Readable.from([text])) };
}
