/** Request context of the gateway. */
import type { RequestInfo } from '../subgraphs/shared/http.ts';

export interface GatewayContext {
  /** From `x-correlation-id` or generated; forwarded to every subgraph and echoed to the client. */
  correlationId: string;
}

export async function createGatewayContext({ correlationId }: RequestInfo): Promise<GatewayContext> {
  return { correlationId };
}
