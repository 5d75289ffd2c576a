/**
 * OpenTelemetry traces (docs/observability.md, Traces). Off by default: no SDK is started, and every
 * helper here checks one module flag first and runs its work bare, so a process that does not trace
 * makes no span objects, reads no context and adds no header. `startTracing` (entry points, from the
 * OTEL_* environment through env.ts) or a test (with its own exporter) turns it on for this thread.
 *
 * Spans are made by hand at the hub's seams (the HTTP listener, the gateway's subgraph fetches, the
 * workflows' system calls, connector calls, workflow steps, event consumers) rather than by
 * auto-instrumentation: each seam knows its names (operation, subgraph, system, step) and nothing
 * else is patched. W3C `traceparent` carries the context over HTTP and on domain events.
 */
import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Link,
  type Span,
  type Tracer,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, ConsoleSpanExporter, SimpleSpanProcessor, TracerProvider, type SpanExporter, type SpanProcessor } from '@opentelemetry/sdk-trace';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { env } from './env.ts';
import type { SubscribeOptions } from './events/types.ts';

export { SpanKind };

/** The W3C trace-context header. */
export const TRACEPARENT_HEADER = 'traceparent';

const TRACER_NAME = 'opsgraph';

let active: { provider: TracerProvider; tracer: Tracer } | null = null;

/** Whether this thread traces (checked before any span work). */
export function tracingEnabled(): boolean {
  return active !== null;
}

export interface TracingOptions {
  /** Where finished spans go; with it spans are handed over one by one (SimpleSpanProcessor), e.g. a test's in-memory exporter. */
  exporter?: SpanExporter;
  /** @default env OTEL_SERVICE_NAME */
  serviceName?: string;
}

export interface Tracing {
  /** Exports what is buffered and turns tracing off in this thread. */
  stop(): Promise<void>;
}

const off: Tracing = { stop: async () => undefined };

/**
 * Turns tracing on in this thread: the exporter the environment names (OTEL_TRACES_EXPORTER: otlp,
 * console; none, the default, starts nothing), or `options.exporter`. Registers the async-hooks
 * context manager, the W3C trace-context propagator and a tracer provider as the API's globals.
 */
export function startTracing(options: TracingOptions = {}): Tracing {
  if (active) return { stop: stopTracing };
  let processor: SpanProcessor;
  if (options.exporter) {
    processor = new SimpleSpanProcessor({ exporter: options.exporter });
  } else {
    const kind = env.tracesExporter();
    if (kind === 'none') return off;
    processor =
      kind === 'console'
        ? new SimpleSpanProcessor({ exporter: new ConsoleSpanExporter() })
        : new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url: env.otlpTracesEndpoint(), headers: env.otlpTracesHeaders() }) });
  }
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName ?? env.otelServiceName() }),
    spanProcessors: [processor],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  active = { provider, tracer: trace.getTracer(TRACER_NAME) };
  return { stop: stopTracing };
}

/** Flushes and turns tracing off in this thread (the API's globals back to no-ops). */
export async function stopTracing(): Promise<void> {
  const current = active;
  if (!current) return;
  active = null;
  await current.provider.forceFlush().catch(() => undefined);
  await current.provider.shutdown().catch(() => undefined);
  trace.disable();
  propagation.disable();
  context.disable();
}

export interface SpanOptions {
  kind?: SpanKind;
  attributes?: Attributes;
  /** The parent; @default the active context */
  parent?: Context;
  links?: Link[];
}

/**
 * Runs `work` inside a span named `name` (active for everything `work` awaits); the span records a
 * thrown error and ends when `work` settles. With tracing off, `work` runs bare.
 */
export function withSpan<T>(name: string, options: SpanOptions, work: (span: Span | null) => Promise<T>): Promise<T> {
  if (!active) return work(null);
  const parent = options.parent ?? context.active();
  return active.tracer.startActiveSpan(
    name,
    { kind: options.kind ?? SpanKind.INTERNAL, attributes: options.attributes, links: options.links },
    parent,
    async (span) => {
      try {
        return await work(span);
      } catch (error) {
        span.recordException(error as Error);
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error)?.message });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}

/** Starts a span the caller ends (e.g. when a response finishes), and the context it is active in. */
export function startSpan(name: string, options: SpanOptions): { span: Span; context: Context } | null {
  if (!active) return null;
  const parent = options.parent ?? context.active();
  const span = active.tracer.startSpan(name, { kind: options.kind ?? SpanKind.INTERNAL, attributes: options.attributes, links: options.links }, parent);
  return { span, context: trace.setSpan(parent, span) };
}

/** Runs `work` with `ctx` active (a span from `startSpan`); bare when tracing is off. */
export function runInContext<T>(ctx: Context | null, work: () => T): T {
  return ctx ? context.with(ctx, work) : work();
}

/** Adds `traceparent` for the active span to `headers` (a plain object); none when tracing is off or no span is active. */
export function injectTraceHeaders(headers: Record<string, string>): Record<string, string> {
  if (active) propagation.inject(context.active(), headers);
  return headers;
}

/** The context a `traceparent` (an HTTP header, a domain event's field) names; the root context when absent or malformed. */
export function contextFromTraceparent(traceparent: string | string[] | undefined | null): Context {
  const value = Array.isArray(traceparent) ? traceparent[0] : traceparent;
  if (!active || typeof value !== 'string') return ROOT_CONTEXT;
  return propagation.extract(ROOT_CONTEXT, { [TRACEPARENT_HEADER]: value });
}

/** A link to the span a `traceparent` names, if it names one. */
export function linkTo(traceparent: string | null | undefined): Link[] {
  if (!active || !traceparent) return [];
  const spanContext = trace.getSpanContext(contextFromTraceparent(traceparent));
  return spanContext ? [{ context: spanContext }] : [];
}

/** The `traceparent` of the active span, for a domain event written now; undefined when tracing is off or no span is active. */
export function activeTraceparent(): string | undefined {
  if (!active || !trace.getActiveSpan()) return undefined;
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier[TRACEPARENT_HEADER];
}

/**
 * Names the request span after the operation once Apollo Server has resolved it
 * (`mutation convertOpportunityToProject`), with the GraphQL attributes of the semantic conventions.
 */
export function useTracing<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      if (!active) return;
      return {
        async didResolveOperation({ operationName, operation }) {
          const span = trace.getActiveSpan();
          if (!span) return;
          const type = operation?.operation ?? 'query';
          span.updateName(operationName ? `${type} ${operationName}` : type);
          span.setAttributes({ 'graphql.operation.type': type, ...(operationName ? { 'graphql.operation.name': operationName } : {}) });
        },
      };
    },
  };
}

/**
 * `listener` with each request (but those to the `untraced` paths: health, metrics) in a SERVER
 * span, child of the caller's `traceparent`, ended when the response closes. Off: `listener` itself.
 */
export function traceRequests(listener: RequestListener, options: { service?: string; untraced?: readonly string[] }): RequestListener {
  const untraced = new Set(options.untraced ?? []);
  return (req: IncomingMessage, res: ServerResponse) => {
    if (!active) return listener(req, res);
    const path = (req.url ?? '/').split('?')[0];
    if (untraced.has(path)) return listener(req, res);
    const method = req.method ?? 'GET';
    const started = startSpan(`${method} ${path}`, {
      kind: SpanKind.SERVER,
      parent: contextFromTraceparent(req.headers[TRACEPARENT_HEADER]),
      attributes: { 'http.request.method': method, 'url.path': path, ...(options.service ? { 'opsgraph.service': options.service } : {}) },
    });
    if (!started) return listener(req, res);
    res.once('close', () => {
      started.span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) started.span.setStatus({ code: SpanStatusCode.ERROR });
      started.span.end();
    });
    context.with(started.context, () => listener(req, res));
  };
}

/**
 * `consumer` with each delivery in a CONSUMER span, child of the span that wrote the event (its
 * `traceparent`), so an event's effects (a read model, a recorded trigger) join the trace that caused it.
 */
export function tracedConsumer(consumer: SubscribeOptions): SubscribeOptions {
  const { handler } = consumer;
  return {
    ...consumer,
    handler: (event, delivery) =>
      active
        ? withSpan(
            `consume ${event.type}`,
            {
              kind: SpanKind.CONSUMER,
              parent: contextFromTraceparent(event.traceparent),
              attributes: {
                'messaging.operation.type': 'process',
                'messaging.consumer.group.name': consumer.group,
                'messaging.message.id': event.id,
                'opsgraph.event.type': event.type,
                'opsgraph.event.source': event.source,
              },
            },
            () => handler(event, delivery),
          )
        : handler(event, delivery),
  };
}

/**
 * Calls `call` in a span `name` whether it answers at once or with a promise: the span ends when the
 * answer is there (or the call throws or rejects). With tracing off, `call()` itself.
 */
export function traceCall<T>(name: string, attributes: Attributes, call: () => T): T {
  const started = startSpan(name, { attributes });
  if (!started) return call();
  const { span } = started;
  const fail = (error: unknown) => {
    span.recordException(error as Error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error)?.message });
    span.end();
  };
  let answer: T;
  try {
    answer = context.with(started.context, call);
  } catch (error) {
    fail(error);
    throw error;
  }
  if (answer instanceof Promise) {
    return answer.then(
      (value: unknown) => {
        span.end();
        return value;
      },
      (error: unknown) => {
        fail(error);
        throw error;
      },
    ) as T;
  }
  span.end();
  return answer;
}
