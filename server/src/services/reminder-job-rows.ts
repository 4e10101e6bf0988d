/**
 * A bulk reminder job's row (table reminder_jobs) as the contract's BulkReminderJob, and the list's
 * filters a job reads from its request.
 */
import type { components } from '../../../src/api/schema';
import { contract } from '../../../contract/openapi';
import { invalid } from '../http/problem';
import type { AccountListParams } from './account-filter';

export type BulkReminderJob = components['schemas']['BulkReminderJob'];
export type Refusal = components['schemas']['BulkReminderRefusal'];
export type Channel = BulkReminderJob['channel'];

/** Refusals a job keeps with their account id (the rest are counted). */
export const REFUSALS_KEPT = 200;
/** The audit entry names this many of the accounts handled. */
export const TARGETS_KEPT = 50;

/** What a job needs to know about its owner to read its filter again in each batch. */
export interface JobRow {
  id: string;
  owner: string;
  channel: Channel;
  status: 'running' | 'done' | 'failed';
  failure: 'interrupted' | 'error' | null;
  matched: number;
  processed: number;
  sent: number;
  refused_count: number;
  refused: unknown;
  started_at: string;
  finished_at: string | null;
  runner: string;
  heartbeat_at: string;
}

export function toJob(r: JobRow): BulkReminderJob {
  return {
    id: r.id,
    status: r.status,
    channel: r.channel,
    matched: r.matched,
    processed: r.processed,
    sent: r.sent,
    refusedCount: r.refused_count,
    refused: (r.refused as Refusal[]).slice(0, REFUSALS_KEPT),
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    failure: r.failure,
  };
}

/**
 * The list's filters from a bulk request's `filter`: the strings of the list's query, validated
 * as GET /accounts validates its query (400 naming the field); paging is ignored.
 */
export function filterParams(filter: Record<string, string>): AccountListParams {
  const { page: _page, pageSize: _size, ...rest } = filter;
  const list = contract().find('get', '/accounts')!;
  const checked = contract().validateRequest(list, {
    params: {},
    query: rest,
    body: undefined,
    mediaType: '',
  });
  if (!checked.ok) throw invalid(checked.errors.map(({ field, code }) => ({ field, code })));
  return checked.value.query;
}
