import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.js';
import { buildApp } from '../../webhook/app.js';
import { captureLogs, type CapturedLogs } from '../helpers/log-capture.js';
import { testConfig } from '../helpers/test-config.js';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../helpers/test-database.js';
import { parseTwiml, verbsOf } from '../helpers/twiml.js';
import { PUBLIC_BASE_URL, signedForm, smsParams, uniquePhone } from '../helpers/twilio-requests.js';
import { callParams, recordingParams } from '../helpers/voice-requests.js';

const sms = testConfig().messages.sms;

/** A handle whose database has gone away: every query fails as a closed pool or PGlite does. */
function unreachable(handle: DatabaseHandle): DatabaseHandle {
  let closed = false;
  return {
    ...handle,
    async close() {
      if (closed) return;
      closed = true;
      await handle.close();
    },
  };
}

describe.each(databaseKinds())('answers while the %s database is away', (kind) => {
  let app: FastifyInstance;
  let logs: CapturedLogs;
  let database: TestDatabase;
  let dataDir: string;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const handle = unreachable(database.handle);
    dataDir = mkdtempSync(path.join(tmpdir(), 'bw-spooled-'));
    logs = captureLogs();
    app = await buildApp({
      config: testConfig({ PUBLIC_BASE_URL, DATA_DIR: dataDir }),
      database: handle,
      logger: logs.logger,
    });
    await app.ready();
    // From here on every query fails the way an unreachable database does.
    await handle.close();
  });
  afterAll(async () => {
    await app.close();
    await database.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function send(body: string, extra?: Record<string, string>) {
    const params = smsParams({ from: uniquePhone(), body, extra });
    const form = signedForm(params);
    const response = await app.inject({
      method: 'POST',
      url: '/webhook/sms-response',
      payload: form.payload,
      headers: form.headers,
    });
    expect(response.statusCode).toBe(200);
    const spooled = logs.lines.filter((line) => line.event === 'spool.appended').map((line) => line.messageSid);
    expect(spooled).toContain(params.MessageSid);
    const answer = parseTwiml(response.body);
    return answer.children.length === 0 ? null : answer.children[0]!.text;
  }

  it.each([
    ['AIDE', sms.help],
    ['Info', sms.info],
    ['HORAIRES', sms.hours],
    ['contact', sms.contact],
    ['STOP', sms.stop],
    ['Désinscription', sms.stop],
  ])('when %j arrives, then it is spooled and answered with its text all the same', async (body, text) => {
    expect(await send(body)).toBe(text);
  });

  it('when Twilio handled the STOP itself (OptOutType=STOP), then it is spooled with no second confirmation', async () => {
    expect(await send('STOP', { OptOutType: 'STOP' })).toBeNull();
  });

  it('when OUI arrives, then nothing is answered: whether the lead opted out cannot be known now', async () => {
    expect(await send('OUI')).toBeNull();
  });

  it('when a message is not a command, then nothing is answered', async () => {
    expect(await send('information')).toBeNull();
  });

  async function postVoice(path: string, params: Record<string, string>) {
    const form = signedForm(params, { path });
    return app.inject({ method: 'POST', url: path, payload: form.payload, headers: form.headers });
  }

  it('when a call comes in, then the caller still gets the menu, and the line says the call was not stored', async () => {
    const params = callParams();
    const response = await postVoice('/webhook/voice', params);
    expect(response.statusCode).toBe(200);
    expect(verbsOf(parseTwiml(response.body))).toEqual(['Gather', 'Redirect']);
    const logged = logs.lines.find((line) => line.callSid === params.CallSid && line.statusCode !== undefined);
    expect(logged).toMatchObject({ event: 'voice.incoming', level: 'warn', stored: false });
  });

  it('when the caller presses a key, then it is acted on all the same', async () => {
    const response = await postVoice('/webhook/voice/menu', { ...callParams(), Digits: '2' });
    expect(response.statusCode).toBe(200);
    expect(verbsOf(parseTwiml(response.body))).toEqual(['Say', 'Record']);
  });

  it('when a recording callback comes, then it gets a 503 and its RecordingSid is logged so it can be fetched later', async () => {
    const callback = recordingParams({ callSid: callParams().CallSid! });
    const response = await postVoice('/webhook/voice/recording', callback);
    expect(response.statusCode).toBe(503);
    const logged = logs.lines.find((line) => line.recordingSid === callback.RecordingSid);
    expect(logged).toMatchObject({ event: 'voice.recording_failed', level: 'error', statusCode: 503 });
  });
});
