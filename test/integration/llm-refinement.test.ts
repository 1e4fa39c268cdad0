import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interpretText } from '../../agents/interpreter/interpret-text.js';
import { interpretations, leads, messages } from '../../src/db/schema.js';
import { buildApp } from '../../webhook/app.js';
import {
  chatCompletion,
  httpError,
  noAnswer,
  startFakeLlmServer,
  type FakeLlmServer,
} from '../helpers/fake-llm-server.js';
import { captureLogs, type CapturedLogs } from '../helpers/log-capture.js';
import { testConfig } from '../helpers/test-config.js';
import { createTestDatabase, databaseKinds, type DatabaseKind, type TestDatabase } from '../helpers/test-database.js';
import { PUBLIC_BASE_URL, signedForm, smsParams, uniquePhone } from '../helpers/twilio-requests.js';
import { waitFor } from '../helpers/wait-for.js';

const MODEL = 'fake-model-1';
const API_KEY = 'sk-test-never-logged-0123456789';

interface RefiningApp {
  app: FastifyInstance;
  database: TestDatabase;
  logs: CapturedLogs;
  close(): Promise<void>;
}

/** The real app, pointed at the fake LLM; on PostgreSQL it is given the URL so that pg-boss runs the jobs. */
async function createRefiningApp(kind: DatabaseKind, llm: FakeLlmServer, mode: 'hybrid' | 'llm'): Promise<RefiningApp> {
  const database = await createTestDatabase(kind);
  const logs = captureLogs('debug');
  const config = testConfig({
    PUBLIC_BASE_URL,
    INTERPRETER_MODE: mode,
    LLM_BASE_URL: llm.baseUrl,
    LLM_API_KEY: API_KEY,
    LLM_MODEL: MODEL,
    LLM_TIMEOUT_MS: '200',
    ...(database.url ? { DATABASE_URL: database.url } : {}),
  });
  const app = await buildApp({ config, database: database.handle, logger: logs.logger });
  await app.ready();
  return {
    app,
    database,
    logs,
    async close() {
      await app.close();
      await database.dispose();
    },
  };
}

const GOOD_ANSWER = {
  intent: 'callback',
  sentiment: 'positive',
  interest_level: 'high',
  confidence: 0.88,
  objections: [],
  questions: [],
  key_points: ['souhaite un appel'],
  times: [],
};

describe.each(databaseKinds())('LLM refinement after the answer, on the %s database', (kind) => {
  let llm: FakeLlmServer;
  let hybrid: RefiningApp;
  let llmOnly: RefiningApp;
  beforeAll(async () => {
    llm = await startFakeLlmServer();
    [hybrid, llmOnly] = await Promise.all([
      createRefiningApp(kind, llm, 'hybrid'),
      createRefiningApp(kind, llm, 'llm'),
    ]);
  });
  afterAll(async () => {
    await Promise.all([hybrid?.close(), llmOnly?.close()]);
    await llm?.close();
  });

  async function sendSms(target: RefiningApp, body: string) {
    const phone = uniquePhone();
    const params = smsParams({ from: phone, body });
    const form = signedForm(params);
    const response = await target.app.inject({
      method: 'POST',
      url: '/webhook/sms-response',
      payload: form.payload,
      headers: form.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/xml/);
    return { phone, sid: params.MessageSid };
  }

  async function stored(target: RefiningApp, sid: string) {
    const [row] = await target.database.handle.db
      .select({ interpretation: interpretations, lead: leads })
      .from(messages)
      .innerJoin(interpretations, eq(interpretations.messageId, messages.id))
      .innerJoin(leads, eq(leads.id, messages.leadId))
      .where(eq(messages.messageSid, sid));
    if (!row) throw new Error(`message ${sid} not stored`);
    return row;
  }

  const refined = (target: RefiningApp, sid: string) =>
    waitFor(
      async () => {
        const row = await stored(target, sid);
        return row.interpretation.method !== 'rules' && row;
      },
      { what: `the refinement of ${sid}` },
    );

  const llmFailureLogged = (target: RefiningApp, sid: string) =>
    waitFor(
      () => target.logs.lines.find((line) => line.event === 'interpretation.llm_failed' && line.messageSid === sid),
      {
        what: `the LLM failure of ${sid}`,
      },
    );

  it('runs on the queue of its database, with messages the rules are unsure of (preconditions)', () => {
    for (const text of ['euh', 'hein', 'ok bon', 'et alors', 'mouais bof', 'pfff', 'bah', 'voila']) {
      expect(interpretText(text).confidence, text).toBeLessThan(0.7);
    }
    expect(interpretText("Oui ça m'intéresse").confidence).toBeGreaterThanOrEqual(0.7);
    expect(hybrid.app.refinement?.queue).toBe(kind === 'postgres' ? 'pg-boss' : 'in-process');
  });

  it('when the LLM gives a good answer, then the stored interpretation becomes hybrid with the model and the lead moves', async () => {
    llm.script('euh', chatCompletion(GOOD_ANSWER));
    const { sid } = await sendSms(hybrid, 'euh');

    const row = await refined(hybrid, sid);
    expect(row.interpretation).toMatchObject({
      intent: 'callback',
      method: 'hybrid',
      model: MODEL,
      confidence: expect.closeTo(0.88, 5),
      keyPoints: ['souhaite un appel'],
    });
    expect(row.interpretation.action).toMatchObject({ type: 'schedule_callback' });
    expect(row.interpretation.updatedAt.getTime()).toBeGreaterThan(row.interpretation.createdAt.getTime());
    expect(row.lead).toMatchObject({ status: 'callback_requested', doNotContact: false });

    const [request] = llm.requestsFor('euh');
    expect(request?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request?.body).toMatchObject({ model: MODEL, response_format: { type: 'json_object' } });
    const logged = hybrid.logs.lines.find((line) => line.event === 'interpretation.refined' && line.messageSid === sid);
    expect(logged).toMatchObject({ level: 'info', intent: 'callback', previousIntent: 'unclear', model: MODEL });
    expect(hybrid.logs.text()).not.toContain(API_KEY);
  });

  it('when the LLM answers with text that is not JSON, then the rules interpretation is kept', async () => {
    llm.script('hein', chatCompletion('Je pense que cette personne est intéressée.'));
    const { sid } = await sendSms(hybrid, 'hein');

    expect(await llmFailureLogged(hybrid, sid)).toMatchObject({ level: 'warn', kind: 'invalid_answer' });
    const row = await stored(hybrid, sid);
    expect(row.interpretation).toMatchObject({ intent: 'unclear', method: 'rules', model: null });
    expect(llm.requestsFor('hein')).toHaveLength(1);
  });

  it('when the LLM does not answer in time, then every attempt times out and the rules interpretation is kept', async () => {
    llm.script('ok bon', noAnswer);
    const { sid } = await sendSms(hybrid, 'ok bon');

    expect(await llmFailureLogged(hybrid, sid)).toMatchObject({ level: 'warn', kind: 'timeout' });
    expect((await stored(hybrid, sid)).interpretation).toMatchObject({ method: 'rules', model: null });
    expect(llm.requestsFor('ok bon')).toHaveLength(3);
    // The SMS text is logged at debug by the route only; nothing the refinement logs carries it.
    const visible = hybrid.logs.lines.filter((line) => line.level !== 'debug');
    expect(JSON.stringify(visible)).not.toContain('ok bon');
  });

  it('when the LLM fails with 500 once, then the retry succeeds and the interpretation is refined', async () => {
    llm.script(
      'et alors',
      httpError(500),
      chatCompletion({ ...GOOD_ANSWER, intent: 'not_interested', sentiment: 'negative', interest_level: 'none' }),
    );
    const { sid } = await sendSms(hybrid, 'et alors');

    const row = await refined(hybrid, sid);
    expect(row.interpretation).toMatchObject({ intent: 'not_interested', method: 'hybrid', model: MODEL });
    expect(row.lead.status).toBe('not_interested');
    expect(llm.requestsFor('et alors')).toHaveLength(2);
  });

  it('when the rules are confident, then hybrid mode does not call the LLM', async () => {
    const confident = "Oui ça m'intéresse";
    llm.script(confident, chatCompletion({ ...GOOD_ANSWER, intent: 'not_interested' }));
    const { sid } = await sendSms(hybrid, confident);
    // A later unsure message is refined; had the confident one been queued, it would have been asked about by now.
    llm.script('mouais bof', chatCompletion(GOOD_ANSWER));
    const sentinel = await sendSms(hybrid, 'mouais bof');
    await refined(hybrid, sentinel.sid);

    expect(llm.requestsFor(confident)).toHaveLength(0);
    expect((await stored(hybrid, sid)).interpretation).toMatchObject({ intent: 'interested', method: 'rules' });
  });

  it('when the LLM says opt_out, then the lead is unsubscribed and marked do-not-contact', async () => {
    llm.script(
      'pfff',
      chatCompletion({ ...GOOD_ANSWER, intent: 'opt_out', sentiment: 'negative', interest_level: 'none' }),
    );
    const { sid } = await sendSms(hybrid, 'pfff');

    const row = await refined(hybrid, sid);
    expect(row.interpretation).toMatchObject({ intent: 'opt_out', doNotContact: true, method: 'hybrid' });
    expect(row.interpretation.action).toMatchObject({ type: 'blacklist' });
    expect(row.lead).toMatchObject({ status: 'unsubscribed', doNotContact: true });
    expect(row.lead.optedOutAt).toBeInstanceOf(Date);
  });

  it('when the rules found an opt-out and the LLM says interested, then the opt-out is never turned back', async () => {
    llm.script('STOP', chatCompletion({ ...GOOD_ANSWER, intent: 'interested' }));
    const { sid } = await sendSms(llmOnly, 'STOP');

    const row = await refined(llmOnly, sid);
    expect(row.interpretation).toMatchObject({ intent: 'opt_out', doNotContact: true, method: 'llm', model: MODEL });
    expect(row.interpretation.action).toMatchObject({ type: 'blacklist' });
    expect(row.lead).toMatchObject({ status: 'unsubscribed', doNotContact: true });
    expect(llm.requestsFor('STOP')).toHaveLength(1);
  });

  it('when a later message already moved the lead, then an older refinement leaves its stage alone', async () => {
    llm.script('bah', noAnswer, noAnswer, chatCompletion({ ...GOOD_ANSWER, intent: 'interested' }));
    const phone = uniquePhone();
    const first = smsParams({ from: phone, body: 'bah' });
    const second = smsParams({ from: phone, body: 'pas intéressé merci' });
    for (const params of [first, second]) {
      const form = signedForm(params);
      await hybrid.app.inject({
        method: 'POST',
        url: '/webhook/sms-response',
        payload: form.payload,
        headers: form.headers,
      });
    }

    const row = await refined(hybrid, first.MessageSid);
    expect(row.interpretation.intent).toBe('interested');
    expect(row.lead.status).toBe('not_interested');
  });

  it('when the app closes while a refinement is running, then close waits for it to be written', async () => {
    const closing = await createRefiningApp(kind, llm, 'hybrid');
    llm.script('voila', httpError(503), chatCompletion(GOOD_ANSWER));
    const { sid } = await sendSms(closing, 'voila');
    await waitFor(() => llm.requestsFor('voila').length > 0, { what: 'the first LLM call' });

    await closing.app.close();
    await closing.database.dispose();

    expect(llm.requestsFor('voila')).toHaveLength(2);
    const logged = closing.logs.lines.find(
      (line) => line.event === 'interpretation.refined' && line.messageSid === sid,
    );
    expect(logged).toMatchObject({ intent: 'callback', method: 'hybrid' });
    expect(closing.logs.lines.filter((line) => line.level === 'error' || line.level === 'fatal')).toEqual([]);
  });
});
