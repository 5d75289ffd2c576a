/** Vendor label ↔ canonical state vocabularies: each connector declares its own with `vocabulary`. */

export interface Vocabulary<Canonical extends string> {
  /** Canonical state of a vendor label; throws on a label the vendor does not use. */
  toCanonical(label: string): Canonical;
  /** Every vendor label that maps to a canonical state (for filters). */
  labelsOf(canonical: Canonical): string[];
  /** The label a writer uses for a canonical state (the first declared). */
  labelOf(canonical: Canonical): string;
  readonly labels: readonly string[];
}

export function vocabulary<Canonical extends string>(name: string, mapping: Readonly<Record<string, Canonical>>): Vocabulary<Canonical> {
  const entries = Object.entries(mapping);
  return {
    labels: entries.map(([label]) => label),
    toCanonical(label) {
      const canonical = mapping[label];
      if (canonical === undefined) throw new Error(`unknown ${name} label "${label}"`);
      return canonical;
    },
    labelsOf: (canonical) => entries.filter(([, value]) => value === canonical).map(([label]) => label),
    labelOf(canonical) {
      const entry = entries.find(([, value]) => value === canonical);
      if (!entry) throw new Error(`no ${name} label for ${canonical}`);
      return entry[0];
    },
  };
}

export type BillingModel = 'TIME_AND_MATERIALS' | 'FIXED_FEE' | 'MILESTONE' | 'RETAINER';
