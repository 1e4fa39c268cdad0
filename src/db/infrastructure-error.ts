/**
 * Whether an error means "the database is not there right now" (spool and
 * retry) rather than "this write is wrong" (a bug: answer 500).
 */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// SQLSTATE classes: 08 connection exception, 53 insufficient resources, 57 operator intervention, 58 system error.
const INFRASTRUCTURE_SQLSTATE = /^(08|53|57|58)/;
const MESSAGES = [
  'Connection terminated',
  'connection timeout',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Query read timeout',
  'Connection ended',
  'the database system is',
  'Cannot use a pool after calling end',
  'PGlite is closed',
];

export function isInfrastructureError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    const candidate = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof candidate.code === 'string') {
      if (NETWORK_CODES.has(candidate.code) || INFRASTRUCTURE_SQLSTATE.test(candidate.code)) return true;
    }
    if (
      typeof candidate.message === 'string' &&
      MESSAGES.some((text) => (candidate.message as string).includes(text))
    ) {
      return true;
    }
    current = candidate.cause;
  }
  return false;
}

/**
 * A short reason for logs: the innermost cause's code and message. Drizzle's
 * own message quotes the query and its parameters (phone numbers), so it is
 * never the one reported.
 */
export function describeInfrastructureError(error: unknown): string {
  let innermost = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; innermost?.cause && depth < 5; depth += 1) {
    innermost = innermost.cause as typeof innermost;
  }
  const code = typeof innermost?.code === 'string' ? innermost.code : undefined;
  const message = typeof innermost?.message === 'string' ? innermost.message : 'unknown error';
  const safe = message.startsWith('Failed query') ? 'query failed' : message.slice(0, 200);
  return code ? `${code}: ${safe}` : safe;
}
