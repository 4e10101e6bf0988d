/**
 * A schema of the contract as JSON, read from src/api/openapi.yaml at build time
 * (scripts/contract-schemas.ts); `fieldRule` in src/lib/field-rules.ts reads its rules.
 */
declare module 'virtual:contract-schema/*' {
  const schema: Readonly<Record<string, unknown>>;
  export default schema;
}
