/**
 * The identity registry: every system's id of every entity, mapped to its hub id. A read model of
 * the domain stores' cross-reference tables (written when data is seeded, and as domains create
 * entities), with a unique, case-sensitive key on (system, entity type, native id).
 */
export const identityMigrations: readonly string[] = [
  `CREATE TABLE xref (
    system TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    native_id TEXT NOT NULL,
    hub_id TEXT NOT NULL,
    PRIMARY KEY (system, entity_type, native_id)
  );
  CREATE INDEX xref_hub ON xref (hub_id);
  CREATE INDEX xref_native ON xref (system, native_id);`,
];
