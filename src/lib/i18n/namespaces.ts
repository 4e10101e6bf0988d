import type { Messages } from '../../locales/vi';
import core from '../../locales/vi/core';

/** Namespaces that load with the routes that use them, not with the first page. */
export type LazyNamespace = Exclude<keyof Messages, keyof typeof core>;

const loaders: Record<LazyNamespace, () => Promise<{ default: Messages[LazyNamespace] }>> = {
  accounts: () => import('../../locales/vi/accounts'),
  policy: () => import('../../locales/vi/policy'),
  notices: () => import('../../locales/vi/notices'),
  audit: () => import('../../locales/vi/audit'),
  imports: () => import('../../locales/vi/imports'),
};

/**
 * The Vietnamese messages as loaded so far: the core at once, each feature namespace once a route
 * asked for it. Typed as the whole tree because a route never renders before its namespaces are in
 * (the router awaits `loadNamespaces` with the route's code).
 */
const vi = { ...core } as Messages;
const requested = new Set<LazyNamespace>();

export async function loadNamespaces(names: readonly LazyNamespace[]): Promise<void> {
  await Promise.all(
    names.map(async (name) => {
      requested.add(name);
      if (name in vi) return;
      const mod = await loaders[name]();
      Object.assign(vi, { [name]: mod.default });
    }),
  );
}

/** Vietnamese with every namespace asked for so far (switching back from English needs them all). */
export async function loadedVietnamese(): Promise<Messages> {
  await loadNamespaces([...requested]);
  return vi;
}
