/** A reference to an entity owned by another subgraph: the gateway fetches the rest from its owner. */
export interface EntityRef {
  id: string;
}
