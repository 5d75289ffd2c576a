/**
 * The Apollo Server settings every server here shares (the gateway, each subgraph, each system
 * API): errors masked to documented codes without stack traces, and, outside development, no
 * introspection, no "did you mean" suggestions and no landing page. Validation stops after a few
 * errors, so a document full of mistakes (or of repeated unknown directives) costs little and says
 * little.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { env } from './env.ts';
import { maskError } from './errors.ts';

/** Validation errors reported before validation stops (graphql-js then adds one "too many" error). */
export const MAX_VALIDATION_ERRORS = 5;

export function sharedServerOptions<TContext extends BaseContext>() {
  const development = env.nodeEnv() === 'development';
  return {
    formatError: maskError,
    includeStacktraceInErrorResponses: false,
    // Entry points stop everything in order on SIGINT/SIGTERM (platform/shutdown.ts); Apollo must not race them.
    stopOnTerminationSignals: false,
    introspection: development,
    // Outside development, no "did you mean" suggestions that would reveal the schema.
    hideSchemaDetailsFromClientErrors: !development,
    validationOptions: { maxErrors: MAX_VALIDATION_ERRORS },
    /** Plugins to add to the server's own: outside development, no landing page (no IDE to find). */
    hardeningPlugins: (development ? [] : [ApolloServerPluginLandingPageDisabled()]) as ApolloServerPlugin<TContext>[],
  };
}
