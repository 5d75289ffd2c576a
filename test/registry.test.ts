/**
 * The registry of domains (subgraphs/registry.ts) is the one list: every other place that names the
 * domains, systems or entity kinds is derived from it, and what cannot be derived (a domain's folder,
 * SDL files, codegen blocks, identity's union) is checked against it here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse, Kind, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../platform/auth.ts';
import { DOMAINS, ENTITY_KINDS, EXTERNAL_ENTITY_TYPES, REGISTRY, SYSTEMS, type DomainDeclaration } from '../subgraphs/registry.ts';
import { SERVICES, startWaves } from '../subgraphs/services.ts';
import { readDomainSdl } from '../subgraphs/shared/subgraph.ts';

const declarations: readonly DomainDeclaration[] = REGISTRY;

function typeNames(document: DocumentNode, kind: Kind): string[] {
  return document.definitions.flatMap((definition) => (definition.kind === kind && 'name' in definition && definition.name ? [definition.name.value] : []));
}

describe('the registry of domains', () => {
  it('names each domain once, and each has its folder, its SDL and a service the hub loads', () => {
    expect(new Set(DOMAINS).size).toBe(DOMAINS.length);
    expect(SERVICES.map((service) => service.name)).toEqual(DOMAINS);
    for (const domain of DOMAINS) {
      expect(existsSync(`subgraphs/${domain}/index.ts`), domain).toBe(true);
      expect(existsSync(`schema/${domain}.graphql`), domain).toBe(true);
    }
  });

  it('declares a system API exactly where one is served, and peers that exist, without a cycle', () => {
    for (const declaration of declarations) {
      expect(existsSync(`schema/system/${declaration.name}.graphql`), declaration.name).toBe(declaration.systemApi === true);
      for (const peer of declaration.peers ?? []) expect(DOMAINS, `${declaration.name} calls ${peer}`).toContain(peer);
    }
    expect(startWaves(SERVICES).flat()).toHaveLength(SERVICES.length);
    // The workflows service calls every system of record, the delivery platform included, and the
    // identity registry (reconciliation compares it with the stores).
    expect(SERVICES.find((service) => service.name === 'workflows')?.peers).toEqual(['identity', ...SYSTEMS.map((system) => system.domain)]);
  });

  it('gives every entity kind one owner and a hub-id prefix of its own', () => {
    const owned = declarations.flatMap((declaration) => Object.keys(declaration.entities ?? {}));
    expect(new Set(owned).size).toBe(owned.length);
    const prefixes = Object.values(ENTITY_KINDS).map((kind) => kind.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const prefix of prefixes) expect(prefix).toMatch(/^[a-z]{3}$/);
    // Every external kind is an entity of its owner's schema (others may name ids only, e.g. BillingEvent).
    for (const [type, kind] of Object.entries(ENTITY_KINDS).filter(([, kind]) => kind.external)) {
      const owner = parse(readDomainSdl(kind.domain));
      const definition = owner.definitions.find((candidate) => candidate.kind === Kind.OBJECT_TYPE_DEFINITION && candidate.name.value === type);
      expect(definition, `${type} in schema/${kind.domain}.graphql`).toBeDefined();
    }
  });

  it("is what the SDL's SourceSystem enum and identity's ExternalEntity union list", () => {
    for (const domain of DOMAINS) {
      const document = parse(readDomainSdl(domain));
      for (const definition of document.definitions) {
        if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'SourceSystem') {
          expect(
            definition.values?.map((value) => value.name.value),
            domain,
          ).toEqual(SYSTEMS.map((system) => system.code));
        }
      }
    }
    const identity = parse(readDomainSdl('identity'));
    const union = identity.definitions.find((definition) => definition.kind === Kind.UNION_TYPE_DEFINITION && definition.name.value === 'ExternalEntity');
    expect(union && 'types' in union ? union.types?.map((type) => type.name.value).sort() : null).toEqual([...EXTERNAL_ENTITY_TYPES].sort());
    expect(typeNames(identity, Kind.OBJECT_TYPE_DEFINITION)).toEqual(expect.arrayContaining([...EXTERNAL_ENTITY_TYPES]));
  });

  it('declares each audited entity kind in one domain only, with roles the hub knows', () => {
    const kinds = declarations.flatMap((declaration) => Object.keys(declaration.auditedKinds ?? {}));
    expect(new Set(kinds).size).toBe(kinds.length);
    for (const declaration of declarations) {
      for (const columns of Object.values(declaration.auditedKinds ?? {})) {
        for (const rule of Object.values(columns)) if ('roles' in rule) for (const role of rule.roles) expect(ROLES).toContain(role);
      }
    }
  });

  it('has a codegen block for each domain', () => {
    const codegen = readFileSync('codegen.yml', 'utf8');
    for (const domain of DOMAINS) expect(codegen, domain).toContain(`subgraphs/${domain}/__generated__/resolvers-types.ts:`);
  });
});
