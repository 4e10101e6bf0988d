/**
 * The work list's query as a filter on the dataset, with the user's scope enforced: what the list,
 * the export and a bulk reminder by filter share.
 */
import { checkOperationRequest } from '../../contract/request-validators';
import type { QueryOf } from '../../src/api/operations';
import type { DemoUser } from '../db/demo-users';
import type { AccountFilter } from '../db/accounts-query';
import { dayOf } from '../db/days';
import { communeIndex, communes, districtIndex } from '../db/units';
import { answerCheck, forbidden, invalidField } from './http';

export type ListParams = Omit<QueryOf<'listAccounts'>, 'page' | 'pageSize'>;

/** Validated query → filter, with the user's scope enforced (another district: 403). */
export function toFilter(user: DemoUser, q: ListParams): AccountFilter {
  if (user.scopeDistrictCode && q.district && q.district !== user.scopeDistrictCode) forbidden();
  const districtCode = user.scopeDistrictCode ?? q.district;
  const districtIdx = districtCode ? districtIndex(districtCode) : undefined;
  if (districtCode && districtIdx === undefined) invalidField('district');
  let communeIdx: number | undefined;
  if (q.commune) {
    communeIdx = communeIndex(q.commune);
    if (communeIdx === undefined) return invalidField('commune');
    if (districtCode && communes[communeIdx]!.districtCode !== districtCode) {
      if (user.scopeDistrictCode) forbidden();
      invalidField('commune');
    }
  }
  return {
    q: q.q?.trim() || undefined,
    districtIdx,
    communeIdx,
    kind: q.kind,
    status: q.status,
    reason: q.reason,
    source: q.source,
    regFrom: q.regFrom ? dayOf(q.regFrom) : undefined,
    regTo: q.regTo ? dayOf(q.regTo) : undefined,
    seenBefore: q.seenBefore ? dayOf(q.seenBefore) : undefined,
    sort: q.sort ?? 'name',
  };
}

/**
 * The list's filters from a bulk request's `filter`: the strings of the list's query, validated as
 * GET /accounts validates its query (400 naming the field); paging is ignored.
 */
export function filterParams(filter: Record<string, string>): ListParams {
  const { page: _page, pageSize: _size, ...rest } = filter;
  const checked = checkOperationRequest('listAccounts', {
    params: {},
    query: rest,
    body: undefined,
    mediaType: '',
  });
  if (!checked.ok) answerCheck(checked);
  return checked.value.query;
}
