import type { Interpretation } from '../../src/domain/interpretation.js';
import { chatCompletionSchema, llmAnswerSchema, type LlmAnswer } from './llm-answer.js';
import { LlmError, LlmHttpError, LlmInvalidAnswerError, LlmNetworkError, LlmTimeoutError } from './llm-errors.js';
import { SYSTEM_PROMPT, userPrompt } from './llm-prompt.js';

export interface LlmClientOptions {
  baseUrl: string;
  apiKey: string | undefined;
  model: string;
  timeoutMs: number;
  /** Calls in all, the first included. */
  attempts?: number;
  /** The first pause between attempts; it doubles each time. */
  retryDelayMs?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export interface LlmClient {
  readonly model: string;
  /** The model's judgement of one SMS; throws an LlmError once every attempt has failed. */
  interpret(text: string, rules: Pick<Interpretation, 'intent' | 'confidence'>): Promise<LlmAnswer>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** An OpenAI-compatible chat-completions client, forced to JSON, with a timeout and retries. */
export function createLlmClient(options: LlmClientOptions): LlmClient {
  const attempts = Math.max(1, options.attempts ?? 3);
  const retryDelayMs = options.retryDelayMs ?? 250;
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? wait;
  const url = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;

  async function attempt(body: string): Promise<LlmAnswer> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs);
    try {
      const response = await doFetch(url, { method: 'POST', headers, body, signal: controller.signal });
      if (!response.ok) {
        // Drain the body so the connection can be reused; its text is not kept (it may echo the SMS).
        await response.arrayBuffer().catch(() => undefined);
        throw new LlmHttpError(response.status);
      }
      return parseAnswer(await response.text());
    } catch (error) {
      if (error instanceof LlmError) throw error;
      if (controller.signal.aborted) throw new LlmTimeoutError(options.timeoutMs);
      throw new LlmNetworkError(error);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    model: options.model,
    async interpret(text, rules) {
      const body = JSON.stringify({
        model: options.model,
        temperature: 0,
        response_format: { type: 'json_object' },
        messages: [
          { role: 'system', content: SYSTEM_PROMPT },
          { role: 'user', content: userPrompt(text, rules) },
        ],
      });
      for (let number = 1; ; number += 1) {
        try {
          return await attempt(body);
        } catch (error) {
          if (!(error instanceof LlmError) || !error.retryable || number >= attempts) throw error;
          // Exponential backoff with jitter, so instances retrying together do not hit the endpoint in step.
          const base = retryDelayMs * 2 ** (number - 1);
          await sleep(base + Math.floor(Math.random() * base * 0.2));
        }
      }
    },
  };
}

function parseAnswer(text: string): LlmAnswer {
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch {
    throw new LlmInvalidAnswerError('the response is not JSON');
  }
  const completion = chatCompletionSchema.safeParse(envelope);
  if (!completion.success) throw new LlmInvalidAnswerError('not a chat completion');
  const content = completion.data.choices[0]?.message.content;
  if (!content) throw new LlmInvalidAnswerError('empty message content');
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    throw new LlmInvalidAnswerError('message content is not JSON');
  }
  const answer = llmAnswerSchema.safeParse(json);
  if (!answer.success) {
    const fields = [...new Set(answer.error.issues.map((issue) => issue.path.join('.') || 'answer'))];
    throw new LlmInvalidAnswerError(`invalid fields: ${fields.join(', ')}`);
  }
  return answer.data;
}
