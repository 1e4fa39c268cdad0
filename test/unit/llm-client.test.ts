import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLlmClient, type LlmClientOptions } from '../../agents/llm/llm-client.js';
import { LlmHttpError, LlmInvalidAnswerError, LlmNetworkError, LlmTimeoutError } from '../../agents/llm/llm-errors.js';
import {
  chatCompletion,
  httpError,
  noAnswer,
  startFakeLlmServer,
  type FakeLlmServer,
} from '../helpers/fake-llm-server.js';

const RULES = { intent: 'unclear', confidence: 0.4 } as const;
const GOOD = {
  intent: 'callback',
  sentiment: 'positive',
  interest_level: 'high',
  confidence: 0.86,
  objections: [],
  questions: [],
  key_points: ['veut un appel'],
  times: ['demain 10h'],
};

describe('LLM client against an OpenAI-compatible endpoint', () => {
  let server: FakeLlmServer;
  beforeAll(async () => {
    server = await startFakeLlmServer();
  });
  afterAll(async () => {
    await server.close();
  });

  const client = (overrides: Partial<LlmClientOptions> = {}) =>
    createLlmClient({
      baseUrl: server.baseUrl,
      apiKey: 'sk-unit-secret',
      model: 'fake-model',
      timeoutMs: 500,
      retryDelayMs: 1,
      ...overrides,
    });

  it('when the model answers valid JSON, then the answer is parsed and the request is a JSON-mode chat completion', async () => {
    server.script('rappelez moi', chatCompletion(GOOD));
    const answer = await client().interpret('rappelez moi', RULES);

    expect(answer).toEqual(GOOD);
    const [request] = server.requestsFor('rappelez moi');
    expect(request?.path).toBe('/v1/chat/completions');
    expect(request?.headers.authorization).toBe('Bearer sk-unit-secret');
    expect(request?.body).toMatchObject({ model: 'fake-model', response_format: { type: 'json_object' } });
    const messages = request?.body.messages as { role: string; content: string }[];
    expect(messages[0]?.role).toBe('system');
    expect(messages[0]?.content).toContain('opt_out');
  });

  it('when no API key is configured, then no Authorization header is sent', async () => {
    server.script('sans cle', chatCompletion(GOOD));
    await client({ apiKey: undefined }).interpret('sans cle', RULES);
    expect(server.requestsFor('sans cle')[0]?.headers.authorization).toBeUndefined();
  });

  it('when the content is not JSON, then an invalid-answer error is thrown without retrying', async () => {
    server.script('pas du json', chatCompletion('Bien sûr ! Voici mon analyse : intéressé.'));
    await expect(client().interpret('pas du json', RULES)).rejects.toBeInstanceOf(LlmInvalidAnswerError);
    expect(server.requestsFor('pas du json')).toHaveLength(1);
  });

  it('when the JSON breaks the contract, then the error names the fields and not the text', async () => {
    server.script('mauvais champ', chatCompletion({ ...GOOD, intent: 'maybe', confidence: 3 }));
    const error = await client()
      .interpret('mauvais champ', RULES)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LlmInvalidAnswerError);
    expect((error as Error).message).toMatch(/intent/);
    expect((error as Error).message).not.toContain('mauvais champ');
  });

  it('when the endpoint never answers, then each attempt times out and a timeout error is thrown after 3 attempts', async () => {
    server.script('silence', noAnswer);
    await expect(client({ timeoutMs: 50 }).interpret('silence', RULES)).rejects.toBeInstanceOf(LlmTimeoutError);
    expect(server.requestsFor('silence')).toHaveLength(3);
  });

  it('when the endpoint fails with 500 then answers, then the retry returns the answer', async () => {
    server.script('cinq cents', httpError(500), chatCompletion(GOOD));
    await expect(client().interpret('cinq cents', RULES)).resolves.toEqual(GOOD);
    expect(server.requestsFor('cinq cents')).toHaveLength(2);
  });

  it('when the endpoint rate-limits with 429, then it is retried', async () => {
    server.script('trop vite', httpError(429), httpError(429), chatCompletion(GOOD));
    await expect(client().interpret('trop vite', RULES)).resolves.toEqual(GOOD);
    expect(server.requestsFor('trop vite')).toHaveLength(3);
  });

  it('when the endpoint answers 400, then it is not retried', async () => {
    server.script('requete refusee', httpError(400));
    const error = await client()
      .interpret('requete refusee', RULES)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LlmHttpError);
    expect(error).toMatchObject({ status: 400, retryable: false });
    expect(server.requestsFor('requete refusee')).toHaveLength(1);
  });

  it('when nothing listens, then a network error is thrown after every attempt', async () => {
    const pauses: number[] = [];
    const closed = await startFakeLlmServer();
    await closed.close();
    const error = await client({
      baseUrl: closed.baseUrl,
      retryDelayMs: 100,
      sleep: async (ms) => {
        pauses.push(ms);
      },
    })
      .interpret('personne', RULES)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LlmNetworkError);
    // Exponential backoff: about 100 then about 200 (plus up to 20 % jitter).
    expect(pauses).toHaveLength(2);
    expect(pauses[0]).toBeGreaterThanOrEqual(100);
    expect(pauses[0]).toBeLessThanOrEqual(120);
    expect(pauses[1]).toBeGreaterThanOrEqual(200);
    expect(pauses[1]).toBeLessThanOrEqual(240);
  });
});
