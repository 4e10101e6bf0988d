/**
 * The accounts export's layout, shared by both backends (no React, no MSW): a preamble that says
 * what the file is (scope, filter, time, who, how many rows, whether numbers are masked), the column
 * headings and each row with the labels the screen shows, in Vietnamese or English; and the audit
 * facts (the filter as a sorted query string, a SHA-256 of the exported ids).
 */
import type { components } from '../api/schema';
import enAccounts from '../locales/en/accounts';
import enCommon from '../locales/en/common';
import viAccounts from '../locales/vi/accounts';
import viCommon from '../locales/vi/common';
import { classifyQuery } from './account-search';
import type { Cell } from './csv';
import { formatInstant, formatIsoDate } from './dates';

type AccountSummary = components['schemas']['AccountSummary'];

export type ExportLang = 'vi' | 'en';
export type ExportNumbers = 'masked' | 'full';

const labels = {
  vi: { common: viCommon, accounts: viAccounts },
  en: { common: enCommon, accounts: enAccounts },
} as const;

/** `lang` if given, else the first of vi / en in an Accept-Language header, else Vietnamese. */
export function exportLang(
  lang: string | null | undefined,
  acceptLanguage?: string | null,
): ExportLang {
  if (lang === 'vi' || lang === 'en') return lang;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]!.trim().toLowerCase();
    if (tag === 'vi' || tag.startsWith('vi-')) return 'vi';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'vi';
}

/** The list's filters as the export applied them (scope included). */
export interface ExportFilter {
  q?: string;
  district?: string;
  commune?: string;
  kind?: components['schemas']['AccountKind'];
  status?: components['schemas']['AccountStatus'];
  reason?: components['schemas']['StuckReason'];
  source?: components['schemas']['AccountSource'];
  regFrom?: string;
  regTo?: string;
  seenBefore?: string;
}

const FILTER_KEYS = [
  'q',
  'district',
  'commune',
  'kind',
  'status',
  'reason',
  'source',
  'regFrom',
  'regTo',
  'seenBefore',
] as const satisfies readonly (keyof ExportFilter)[];

/**
 * The filter for the audit log: a query string, keys in alphabetical order, empty values left out;
 * a whole number searched for is written as its kind (`q=<identity>`), never the number.
 */
export function filterForAudit(filter: ExportFilter): string {
  const params = new URLSearchParams();
  for (const key of [...FILTER_KEYS].sort()) {
    const value = filter[key];
    if (!value) continue;
    if (key === 'q') {
      const query = classifyQuery(value);
      if (query.type === 'all') continue;
      params.append(key, query.type === 'number' ? `<${query.kind}>` : value.trim());
    } else params.append(key, value);
  }
  return params.toString().replace(/%3C/g, '<').replace(/%3E/g, '>');
}

/** Lower-case hex SHA-256 of the exported ids in file order, joined by `\n` (UTF-8). */
export async function idsSha256(ids: Iterable<string>): Promise<string> {
  const text = Array.from(ids).join('\n');
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface ExportContext {
  lang: ExportLang;
  /** The user's scope as a name: the province, or the district. */
  scopeName: string;
  filter: ExportFilter;
  /** Name of a district or commune by its code (for the filter's statement). */
  unitName: (code: string) => string | undefined;
  /** When the file was made (an instant). */
  at: string;
  user: { displayName: string; username: string };
  rows: number;
  numbers: ExportNumbers;
  /** The reason given for full numbers. */
  reason?: string;
}

/** The filter in words: "Trạng thái: Chưa chuyển đổi; Tìm: nguyen". */
export function describeFilter(
  lang: ExportLang,
  filter: ExportFilter,
  unitName: (code: string) => string | undefined,
): string {
  const { common, accounts } = labels[lang];
  const f = accounts.filters;
  const parts: string[] = [];
  const add = (label: string, value: string | undefined) => {
    if (value) parts.push(`${label}: ${value}`);
  };
  if (filter.q) {
    const query = classifyQuery(filter.q);
    if (query.type !== 'all') {
      add(
        accounts.file.q,
        query.type === 'number' ? accounts.file.wholeNumber[query.kind] : filter.q.trim(),
      );
    }
  }
  if (filter.district) add(f.district, unitName(filter.district) ?? filter.district);
  if (filter.commune) add(f.commune, unitName(filter.commune) ?? filter.commune);
  if (filter.kind) add(f.kind, common.kinds[filter.kind]);
  if (filter.status) add(f.status, common.statuses[filter.status]);
  if (filter.reason) add(f.reason, common.reasons[filter.reason]);
  if (filter.source) add(f.source, accounts.sources[filter.source]);
  if (filter.regFrom) add(f.regFrom, formatIsoDate(filter.regFrom));
  if (filter.regTo) add(f.regTo, formatIsoDate(filter.regTo));
  if (filter.seenBefore) add(f.seenBefore, formatIsoDate(filter.seenBefore));
  return parts.length ? parts.join('; ') : accounts.file.noFilter;
}

/** The file's first rows, then an empty row: what it is, whose, when, and how its numbers are. */
export function exportPreamble(ctx: ExportContext): Cell[][] {
  const file = labels[ctx.lang].accounts.file;
  return [
    [file.title],
    [file.scope, ctx.scopeName],
    [file.filter, describeFilter(ctx.lang, ctx.filter, ctx.unitName)],
    [file.exportedAt, formatInstant(ctx.at)],
    [file.exportedBy, `${ctx.user.displayName} (${ctx.user.username})`],
    [file.rows, ctx.rows],
    [
      file.numbers,
      ctx.numbers === 'full' ? file.full.replace('{reason}', ctx.reason ?? '') : file.masked,
    ],
    [],
  ];
}

export function exportHeader(lang: ExportLang): string[] {
  const c = labels[lang].accounts.file.columns;
  return [
    c.id,
    c.kind,
    c.name,
    c.identity,
    c.phone,
    c.communeCode,
    c.commune,
    c.district,
    c.source,
    c.registeredOn,
    c.lastSeenOn,
    c.status,
    c.reason,
    c.convertedOn,
  ];
}

/**
 * One account as a row. `numbers` are the full numbers for a full export; otherwise the summary's
 * masked ones are written.
 */
export function exportRow(
  lang: ExportLang,
  account: AccountSummary,
  names: { commune: string; district: string },
  numbers?: { identityNumber: string | null; phone: string | null },
): Cell[] {
  const { common, accounts } = labels[lang];
  return [
    account.id,
    common.kinds[account.kind],
    account.displayName,
    numbers ? numbers.identityNumber : account.identityNumberMasked,
    numbers ? numbers.phone : account.phoneMasked,
    account.communeCode,
    names.commune,
    names.district,
    accounts.sources[account.source],
    formatIsoDate(account.registeredOn),
    formatIsoDate(account.lastSeenOn),
    common.statuses[account.status],
    account.reason ? common.reasons[account.reason] : null,
    account.convertedOn ? formatIsoDate(account.convertedOn) : null,
  ];
}
