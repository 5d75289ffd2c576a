/** The identity subgraph's store interface: the cross-reference registry. */
import type { SourceSystem } from '../../shared/ids.ts';
import type { XrefRecord } from '../../shared/xref.ts';

export interface IdentityConnector {
  /** Registry rows for a native id in one system (case-sensitive), ordered by entity type. */
  findByExternalRef(system: SourceSystem, nativeId: string): Promise<XrefRecord[]>;
}
