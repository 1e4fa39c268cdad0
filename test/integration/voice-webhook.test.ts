import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calls, leads, recordings } from '../../src/db/schema.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { testConfig } from '../helpers/test-config.js';
import { databaseKinds } from '../helpers/test-database.js';
import { parseTwiml, verbsOf, type TwimlNode } from '../helpers/twiml.js';
import { PUBLIC_BASE_URL, signedForm, smsParams, uniquePhone } from '../helpers/twilio-requests.js';
import { callParams, recordingParams, uniqueCallSid } from '../helpers/voice-requests.js';

const texts = testConfig().messages.voice;
const business = testConfig().messages.business;
const VOICE = `${PUBLIC_BASE_URL}/webhook/voice`;

/** What every <Say> of the menu carries. */
const FRENCH = { language: 'fr-FR' };

function expectMenu(response: TwimlNode, action: string) {
  const gather = response.children.find((verb) => verb.name === 'Gather');
  expect(gather?.attributes).toEqual({
    input: 'dtmf',
    numDigits: '1',
    timeout: '5',
    language: 'fr-FR',
    action,
    method: 'POST',
  });
  expect(gather?.children).toEqual([{ name: 'Say', attributes: FRENCH, text: texts.menu, children: [] }]);
  // No key at all: Twilio falls through the Gather to this redirect, which counts as "no choice".
  expect(response.children.at(-1)).toEqual({
    name: 'Redirect',
    attributes: { method: 'POST' },
    text: action,
    children: [],
  });
}

const say = (text: string) => ({ name: 'Say', attributes: FRENCH, text, children: [] });
const HANGUP = { name: 'Hangup', attributes: {}, text: '', children: [] };

describe.each(databaseKinds())('the voice menu on the %s database', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => {
    await t.close();
  });

  /** Posts to a voice route as Twilio would: signed over the full URL, query string included. */
  async function post(path: string, params: Record<string, string>) {
    const form = signedForm(params, { path });
    const response = await t.app.inject({ method: 'POST', url: path, payload: form.payload, headers: form.headers });
    return response;
  }
  async function postTwiml(path: string, params: Record<string, string>) {
    const response = await post(path, params);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/xml/);
    return parseTwiml(response.body);
  }
  const db = () => t.database.handle.db;
  const callRow = async (callSid: string) => (await db().select().from(calls).where(eq(calls.callSid, callSid)))[0];
  const leadRow = async (phone: string) => (await db().select().from(leads).where(eq(leads.phoneE164, phone)))[0];
  const recordingRows = (recordingSid: string) =>
    db().select().from(recordings).where(eq(recordings.recordingSid, recordingSid));

  it('when an unknown number calls, then the menu asks for one key in French, and the call is stored with a new lead', async () => {
    const phone = uniquePhone();
    const params = callParams({ from: phone });

    const response = await postTwiml('/webhook/voice', params);

    expect(verbsOf(response)).toEqual(['Gather', 'Redirect']);
    expectMenu(response, `${VOICE}/menu`);
    const lead = await leadRow(phone);
    expect(lead).toMatchObject({ source: 'voice_inbound', status: 'replied', doNotContact: false });
    expect(await callRow(params.CallSid!)).toMatchObject({
      leadId: lead!.id,
      fromNumber: phone,
      toNumber: '+33700000001',
      status: 'ringing',
      digits: '',
      dialStatus: null,
    });
    const logged = t.logs.lines.find((line) => line.callSid === params.CallSid && line.statusCode !== undefined);
    expect(logged).toMatchObject({ event: 'voice.incoming', level: 'info', statusCode: 200 });
    expect(t.logs.text()).not.toContain(phone);
  });

  it('when a lead who opted out by SMS calls, then the call joins that lead and the opt-out stays', async () => {
    const phone = uniquePhone();
    await t.app.inject({
      method: 'POST',
      url: '/webhook/sms-response',
      ...formOf(smsParams({ from: phone, body: 'STOP' })),
    });
    const before = await leadRow(phone);
    const params = callParams({ from: phone });

    await postTwiml('/webhook/voice', params);

    expect((await db().select().from(leads).where(eq(leads.phoneE164, phone))).length).toBe(1);
    expect(await leadRow(phone)).toMatchObject({ id: before!.id, status: 'unsubscribed', doNotContact: true });
    expect((await callRow(params.CallSid!))?.leadId).toBe(before!.id);
  });

  it('when the caller withholds their number, then the menu is answered and the call is stored without a lead', async () => {
    const params = callParams({ from: 'anonymous' });
    const response = await postTwiml('/webhook/voice', params);
    expectMenu(response, `${VOICE}/menu`);
    expect(await callRow(params.CallSid!)).toMatchObject({ leadId: null, fromNumber: 'anonymous' });
  });

  it('when the caller presses 1, then hours and address are said, then goodbye, and the call hangs up', async () => {
    const params = callParams({ status: 'in-progress' });
    await postTwiml('/webhook/voice', params);

    const response = await postTwiml('/webhook/voice/menu', { ...params, Digits: '1' });

    expect(response.children).toEqual([say(texts.information), say(texts.goodbye), HANGUP]);
    expect(texts.information).toContain(business.hours);
    expect(texts.information).toContain(business.address);
    expect(await callRow(params.CallSid!)).toMatchObject({ digits: '1', status: 'in-progress' });
  });

  it('when the caller presses 2, then they are invited to leave a message of at most 60 s with a recording callback', async () => {
    const params = callParams({ status: 'in-progress' });
    const response = await postTwiml('/webhook/voice/menu', { ...params, Digits: '2' });

    expect(verbsOf(response)).toEqual(['Say', 'Record']);
    expect(response.children[0]).toEqual(say(texts.voicemail));
    expect(response.children[1]?.attributes).toEqual({
      action: `${VOICE}/voicemail`,
      method: 'POST',
      maxLength: '60',
      playBeep: 'true',
      finishOnKey: '#',
      recordingStatusCallback: `${VOICE}/recording`,
      recordingStatusCallbackMethod: 'POST',
    });
  });

  it('when the caller presses 0 and no OPERATOR_PHONE is set, then they go straight to the voicemail', async () => {
    const response = await postTwiml('/webhook/voice/menu', { ...callParams(), Digits: '0' });
    expect(verbsOf(response)).toEqual(['Say', 'Say', 'Record']);
    expect(response.children.slice(0, 2)).toEqual([say(texts.operatorUnavailable), say(texts.voicemail)]);
  });

  it('when the caller presses another key, then the menu is repeated once with ?attempt=2, and a second wrong key says goodbye', async () => {
    const params = callParams({ status: 'in-progress' });
    await postTwiml('/webhook/voice', params);

    const first = await postTwiml('/webhook/voice/menu', { ...params, Digits: '9' });
    expect(verbsOf(first)).toEqual(['Say', 'Gather', 'Redirect']);
    expect(first.children[0]).toEqual(say(texts.invalidChoice));
    expectMenu(first, `${VOICE}/menu?attempt=2`);

    const second = await postTwiml('/webhook/voice/menu?attempt=2', { ...params, Digits: '*' });
    expect(second.children).toEqual([say(texts.invalidChoice), say(texts.goodbye), HANGUP]);
    expect((await callRow(params.CallSid!))?.digits).toBe('9*');
  });

  it('when the menu request has no Digits, then the menu is repeated (no error), and after a second silence the call ends', async () => {
    const params = callParams({ status: 'in-progress' });

    const first = await postTwiml('/webhook/voice/menu', params);
    expect(verbsOf(first)).toEqual(['Say', 'Gather', 'Redirect']);
    expect(first.children[0]).toEqual(say(texts.noChoice));
    expectMenu(first, `${VOICE}/menu?attempt=2`);

    const second = await postTwiml('/webhook/voice/menu?attempt=2', params);
    expect(second.children).toEqual([say(texts.noChoice), say(texts.goodbye), HANGUP]);
    expect(await callRow(params.CallSid!)).toMatchObject({ digits: '' });
  });

  it('when a valid key comes at the second attempt, then it is acted on', async () => {
    const response = await postTwiml('/webhook/voice/menu?attempt=2', { ...callParams(), Digits: '1' });
    expect(response.children[0]).toEqual(say(texts.information));
  });

  it('when a voicemail is recorded, then its callback stores it with the call and it shows in the lead history beside the SMS', async () => {
    const phone = uniquePhone();
    await t.app.inject({
      method: 'POST',
      url: '/webhook/sms-response',
      ...formOf(smsParams({ from: phone, body: 'Rappelez-moi demain' })),
    });
    const params = callParams({ from: phone, status: 'in-progress' });
    await postTwiml('/webhook/voice', params);
    await postTwiml('/webhook/voice/menu', { ...params, Digits: '2' });
    const done = await postTwiml('/webhook/voice/voicemail', {
      ...params,
      RecordingUrl: 'https://api.twilio.com/recording',
      RecordingDuration: '17',
      Digits: 'hangup',
    });
    expect(done.children).toEqual([say(texts.voicemailThanks), HANGUP]);

    const callback = recordingParams({ callSid: params.CallSid!, duration: '17' });
    const response = await post('/webhook/voice/recording', callback);

    expect(response.statusCode).toBe(200);
    expect(verbsOf(parseTwiml(response.body))).toEqual([]);
    const call = await callRow(params.CallSid!);
    const [recording] = await recordingRows(callback.RecordingSid!);
    expect(recording).toMatchObject({
      callId: call!.id,
      url: callback.RecordingUrl,
      durationSeconds: 17,
      status: 'completed',
    });
    await t.app.inject({
      method: 'POST',
      url: '/webhook/sms-response',
      ...formOf(smsParams({ from: phone, body: 'Je vous ai laissé un message' })),
    });
    const lead = await leadRow(phone);
    const history = await t.app.leadStore.findLeadHistory(lead!.id);
    expect(history.map((entry) => entry.kind)).toEqual(['sms', 'call', 'voicemail', 'sms']);
    expect(history[0]).toMatchObject({ kind: 'sms', body: 'Rappelez-moi demain', direction: 'inbound' });
    expect(history[1]).toMatchObject({ kind: 'call', callSid: params.CallSid, digits: '2' });
    expect(history[2]).toMatchObject({
      kind: 'voicemail',
      callSid: params.CallSid,
      recordingSid: callback.RecordingSid,
      url: callback.RecordingUrl,
      durationSeconds: 17,
    });
    const logged = t.logs.lines.find((line) => line.recordingSid === callback.RecordingSid);
    expect(logged).toMatchObject({
      event: 'voice.recording_stored',
      level: 'info',
      callId: call!.id,
      leadId: lead!.id,
    });
    expect(t.logs.text()).not.toContain(callback.RecordingUrl);
  });

  it('when Twilio replays a recording callback, then it is answered 200 again and nothing is stored twice', async () => {
    const params = callParams();
    await postTwiml('/webhook/voice', params);
    const callback = recordingParams({ callSid: params.CallSid! });

    const first = await post('/webhook/voice/recording', callback);
    const second = await post('/webhook/voice/recording', callback);

    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(200);
    expect(second.body).toBe(first.body);
    expect(await recordingRows(callback.RecordingSid!)).toHaveLength(1);
    expect(await db().select().from(calls).where(eq(calls.callSid, params.CallSid!))).toHaveLength(1);
    expect(
      t.logs.lines.filter((line) => line.recordingSid === callback.RecordingSid).map((line) => line.event),
    ).toEqual(['voice.recording_stored', 'voice.recording_duplicate']);
  });

  it('when a recording callback names a call never seen, then the call is created from the callback and the recording stored, with a warning', async () => {
    const callSid = uniqueCallSid();
    const callback = recordingParams({ callSid });

    const response = await post('/webhook/voice/recording', callback);

    expect(response.statusCode).toBe(200);
    const call = await callRow(callSid);
    expect(call).toMatchObject({ leadId: null, fromNumber: null, digits: '' });
    expect(await recordingRows(callback.RecordingSid!)).toMatchObject([{ callId: call!.id, durationSeconds: 17 }]);
    const logged = t.logs.lines.find((line) => line.recordingSid === callback.RecordingSid);
    expect(logged).toMatchObject({ event: 'voice.recording_stored', level: 'warn', callCreated: true });
  });

  describe('bad input', () => {
    const routes = [
      '/webhook/voice',
      '/webhook/voice/menu',
      '/webhook/voice/menu?attempt=2',
      '/webhook/voice/operator',
      '/webhook/voice/voicemail',
      '/webhook/voice/recording',
    ];

    it.each(routes)(
      'a request to %s signed with another token is refused with 403 and nothing is stored',
      async (path) => {
        const params: Record<string, string> = {
          ...recordingParams({ callSid: uniqueCallSid() }),
          ...callParams(),
          Digits: '1',
        };
        const form = signedForm(params, { path, token: 'another-token' });
        const response = await t.app.inject({
          method: 'POST',
          url: path,
          payload: form.payload,
          headers: form.headers,
        });
        expect(response.statusCode).toBe(403);
        expect(await callRow(params.CallSid!)).toBeUndefined();
        expect(await recordingRows(params.RecordingSid!)).toHaveLength(0);
        const logged = t.logs.lines.find(
          (line) => line.event === 'voice.rejected_signature' && line.path === path.split('?')[0],
        );
        expect(logged).toMatchObject({ level: 'warn', statusCode: 403 });
      },
    );

    it.each(routes)('a request to %s without a signature is refused with 403', async (path) => {
      const form = signedForm(callParams(), { path });
      delete form.headers['x-twilio-signature'];
      const response = await t.app.inject({ method: 'POST', url: path, payload: form.payload, headers: form.headers });
      expect(response.statusCode).toBe(403);
    });

    it('a menu request signed without its query string is refused: Twilio signs the URL it called, ?attempt=2 included', async () => {
      const params = { ...callParams(), Digits: '1' };
      const form = signedForm(params, { path: '/webhook/voice/menu' });
      const response = await t.app.inject({
        method: 'POST',
        url: '/webhook/voice/menu?attempt=2',
        payload: form.payload,
        headers: form.headers,
      });
      expect(response.statusCode).toBe(403);
    });

    it('a call without CallSid is a 400 naming it', async () => {
      const params = callParams();
      delete params.CallSid;
      const response = await post('/webhook/voice', params);
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toMatch(/CallSid/);
    });

    it('a recording callback without RecordingUrl is a 400 naming it, and nothing is stored', async () => {
      const callback = recordingParams({ callSid: uniqueCallSid() });
      delete callback.RecordingUrl;
      const response = await post('/webhook/voice/recording', callback);
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toMatch(/RecordingUrl/);
      expect(await callRow(callback.CallSid!)).toBeUndefined();
    });
  });
});

describe.each(databaseKinds())('the transfer to the operator on the %s database', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { OPERATOR_PHONE: '06 11 22 33 44' });
  });
  afterAll(async () => {
    await t.close();
  });

  async function postTwiml(path: string, params: Record<string, string>) {
    const form = signedForm(params, { path });
    const response = await t.app.inject({ method: 'POST', url: path, payload: form.payload, headers: form.headers });
    expect(response.statusCode).toBe(200);
    return parseTwiml(response.body);
  }
  const callRow = async (callSid: string) =>
    (await t.database.handle.db.select().from(calls).where(eq(calls.callSid, callSid)))[0];

  it('when the caller presses 0, then OPERATOR_PHONE is dialled with a timeout and an action for when nobody answers', async () => {
    const response = await postTwiml('/webhook/voice/menu', { ...callParams(), Digits: '0' });

    expect(verbsOf(response)).toEqual(['Say', 'Dial']);
    expect(response.children[0]).toEqual(say(texts.transfer));
    const dial = response.children[1]!;
    expect(dial.attributes).toEqual({ action: `${VOICE}/operator`, method: 'POST', timeout: '20' });
    expect(dial.children).toEqual([{ name: 'Number', attributes: {}, text: '+33611223344', children: [] }]);
  });

  it.each(['no-answer', 'busy', 'failed'])(
    'when the operator call ends with %s, then the caller is offered the voicemail',
    async (dialStatus) => {
      const params = callParams({ status: 'in-progress' });
      await postTwiml('/webhook/voice/menu', { ...params, Digits: '0' });

      const response = await postTwiml('/webhook/voice/operator', { ...params, DialCallStatus: dialStatus });

      expect(verbsOf(response)).toEqual(['Say', 'Say', 'Record']);
      expect(response.children[0]).toEqual(say(texts.operatorUnavailable));
      expect(response.children[2]?.attributes).toMatchObject({
        maxLength: '60',
        recordingStatusCallback: `${VOICE}/recording`,
      });
      expect(await callRow(params.CallSid!)).toMatchObject({ digits: '0', dialStatus });
    },
  );

  it('when the operator took the call, then the call simply ends when they hang up', async () => {
    const params = callParams({ status: 'in-progress' });
    const response = await postTwiml('/webhook/voice/operator', { ...params, DialCallStatus: 'completed' });
    expect(response.children).toEqual([HANGUP]);
    expect(await callRow(params.CallSid!)).toMatchObject({ dialStatus: 'completed' });
  });
});

function formOf(params: Record<string, string>) {
  const form = signedForm(params);
  return { payload: form.payload, headers: form.headers };
}
