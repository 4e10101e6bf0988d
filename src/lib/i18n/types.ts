/** A translation tree: nested objects whose leaves are strings. */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

/** Same shape as T, every leaf a string: what the second language must provide. */
export type SameShape<T> = { [K in keyof T]: T[K] extends string ? string : SameShape<T[K]> };

type Join<K extends string, P extends string> = `${K}.${P}`;

/** Dotted paths of every leaf of T, e.g. `common.nav.accounts`. */
export type LeafPaths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : Join<K, LeafPaths<T[K]>>;
}[keyof T & string];

/** Keys that have plural variants `_one`/`_other` are addressed without the suffix. */
type StripPlural<P> = P extends `${infer Base}_one` | `${infer Base}_other` ? Base : never;

export type TranslationKey<T> = LeafPaths<T> | StripPlural<LeafPaths<T>>;
