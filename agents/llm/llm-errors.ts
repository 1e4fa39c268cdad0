/** Why a call to the LLM failed; `retryable` says whether another attempt may succeed. */
export type LlmErrorKind = 'timeout' | 'network' | 'http' | 'invalid_answer';

export class LlmError extends Error {
  constructor(
    readonly kind: LlmErrorKind,
    message: string,
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'LlmError';
  }
}

export class LlmTimeoutError extends LlmError {
  constructor(timeoutMs: number) {
    super('timeout', `LLM did not answer within ${timeoutMs} ms`, true);
    this.name = 'LlmTimeoutError';
  }
}

export class LlmNetworkError extends LlmError {
  constructor(cause: unknown) {
    super('network', `LLM endpoint unreachable: ${(cause as Error)?.message ?? String(cause)}`, true, { cause });
    this.name = 'LlmNetworkError';
  }
}

export class LlmHttpError extends LlmError {
  constructor(readonly status: number) {
    // Rate limits and server errors pass; any other 4xx is our request's fault and will fail again.
    super('http', `LLM endpoint answered HTTP ${status}`, status === 429 || status >= 500);
    this.name = 'LlmHttpError';
  }
}

/** The answer is not the JSON we asked for. Its text is not in the message: it may quote the SMS. */
export class LlmInvalidAnswerError extends LlmError {
  constructor(reason: string) {
    super('invalid_answer', `LLM answer rejected: ${reason}`, false);
    this.name = 'LlmInvalidAnswerError';
  }
}
