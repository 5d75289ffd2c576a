/**
 * How the gateway talks to a subgraph: forwards the correlation id, bounds each request in time,
 * and turns a subgraph that cannot be reached (refused, timed out, 5xx) into partial data with an
 * UPSTREAM_UNAVAILABLE error on the affected path instead of failing the whole operation.
 */
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { CORRELATION_HEADER } from '../subgraphs/shared/http.ts';
import { logger } from '../subgraphs/shared/logger.ts';
import type { GatewayContext } from './context.ts';

type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

export interface SubgraphDataSourceOptions {
  name: string;
  url: string;
  /** Per-request time limit. @default 10000 */
  timeoutMs?: number;
}

export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly serviceName: string;

  constructor(options: SubgraphDataSourceOptions) {
    const timeoutMs = options.timeoutMs ?? 10_000;
    super({
      url: options.url,
      fetcher: ((input: string, init?: RequestInit) =>
        fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as unknown as RemoteGraphQLDataSource['fetcher'],
    });
    this.serviceName = options.name;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if ('correlationId' in context && typeof context.correlationId === 'string') {
      request.http?.headers.set(CORRELATION_HEADER, context.correlationId);
    }
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      const correlationId = 'correlationId' in options.context ? options.context.correlationId : undefined;
      logger.warn({ service: this.serviceName, correlationId, err: error }, 'subgraph unavailable');
      return {
        errors: [
          {
            message: `The ${this.serviceName} service is unavailable`,
            extensions: { code: 'UPSTREAM_UNAVAILABLE', serviceName: this.serviceName },
          },
        ],
      } as unknown as GatewayGraphQLResponse;
    }
  }
}
