/**
 * The demo province's accounts: the columns' shape (schema.ts), their seeded generation with the
 * aggregates (generate.ts), and what is derived from the rows on demand (derive.ts).
 */
export * from './schema';
export * from './generate';
export * from './derive';
