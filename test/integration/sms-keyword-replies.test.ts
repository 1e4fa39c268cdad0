import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGES_FILE } from '../../src/config/load-messages.js';
import { interpretations, leads, messages } from '../../src/db/schema.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { testConfig } from '../helpers/test-config.js';
import { databaseKinds } from '../helpers/test-database.js';
import { parseTwiml } from '../helpers/twiml.js';
import { signedForm, smsParams, uniquePhone } from '../helpers/twilio-requests.js';

const sms = testConfig().messages.sms;

/** The text of the one <Message> answered, or null for an empty <Response/>. */
function answeredText(body: string): string | null {
  const response = parseTwiml(body);
  if (response.children.length === 0) return null;
  expect(response.children.map((child) => child.name)).toEqual(['Message']);
  return response.children[0]!.text;
}

describe.each(databaseKinds())('SMS keyword commands on the %s database', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => {
    await t.close();
  });

  async function send(from: string, body: string, extra?: Record<string, string>) {
    const params = smsParams({ from, body, extra });
    const form = signedForm(params);
    const response = await t.app.inject({
      method: 'POST',
      url: '/webhook/sms-response',
      payload: form.payload,
      headers: form.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/xml/);
    return { text: answeredText(response.body), body: response.body, params };
  }
  const leadRow = async (phone: string) =>
    (await t.database.handle.db.select().from(leads).where(eq(leads.phoneE164, phone)))[0];
  async function storedMessage(messageSid: string) {
    const [row] = await t.database.handle.db
      .select()
      .from(messages)
      .innerJoin(interpretations, eq(interpretations.messageId, messages.id))
      .where(eq(messages.messageSid, messageSid));
    return row;
  }

  it.each([
    ['AIDE', sms.help],
    ['help', sms.help],
    ['info', sms.info],
    ['Horaires', sms.hours],
    ['CONTACT', sms.contact],
    ['  contact. ', sms.contact],
  ])(
    'when a lead sends %j, then the answer is its text, and the message is stored and interpreted',
    async (body, text) => {
      const { text: answered, params } = await send(uniquePhone(), body);
      expect(answered).toBe(text);
      const stored = await storedMessage(params.MessageSid);
      expect(stored?.messages).toMatchObject({ body, replyText: text });
      expect(stored?.interpretations.intent).toEqual(expect.any(String));
    },
  );

  it('when the help text is answered, then it lists the commands', () => {
    for (const command of ['INFO', 'HORAIRES', 'CONTACT', 'STOP', 'START']) expect(sms.help).toContain(command);
  });

  it.each(['information', 'stopper', 'aide moi', 'infos svp', 'Bonjour, quels sont vos horaires ?'])(
    'when a lead sends %j (not a command on its own), then there is no answer',
    async (body) => {
      const { text, params } = await send(uniquePhone(), body);
      expect(text).toBeNull();
      expect((await storedMessage(params.MessageSid))?.messages.replyText).toBeNull();
    },
  );

  it('when a lead sends "stop", then the opt-out is recorded and confirmed', async () => {
    const phone = uniquePhone();
    const { text, params } = await send(phone, 'stop');
    expect(text).toBe(sms.stop);
    expect(await leadRow(phone)).toMatchObject({ status: 'unsubscribed', doNotContact: true });
    expect((await storedMessage(params.MessageSid))?.interpretations).toMatchObject({
      intent: 'opt_out',
      doNotContact: true,
    });
  });

  it('when Twilio says its Advanced Opt-Out handled STOP (OptOutType=STOP), then the opt-out is recorded with no second confirmation', async () => {
    const phone = uniquePhone();
    const { text } = await send(phone, 'STOP', { OptOutType: 'STOP' });
    expect(text).toBeNull();
    expect(await leadRow(phone)).toMatchObject({ status: 'unsubscribed', doNotContact: true });
  });

  it('when a lead sends START after STOP, then the opt-out is cleared and confirmed', async () => {
    const phone = uniquePhone();
    await send(phone, 'ARRÊT');
    expect(await leadRow(phone)).toMatchObject({ doNotContact: true });

    const { text } = await send(phone, 'START');

    expect(text).toBe(sms.start);
    const lead = await leadRow(phone);
    expect(lead).toMatchObject({ doNotContact: false, optedOutAt: null });
    expect(lead?.status).not.toBe('unsubscribed');
  });

  it('when an opted-out lead answers OUI, then it means START: cleared and confirmed', async () => {
    const phone = uniquePhone();
    await send(phone, 'STOP');
    const { text } = await send(phone, 'OUI');
    expect(text).toBe(sms.start);
    expect(await leadRow(phone)).toMatchObject({ doNotContact: false });
  });

  it('when a lead who never opted out answers OUI, then there is no answer and it is read as interest', async () => {
    const phone = uniquePhone();
    const { text, params } = await send(phone, 'OUI');
    expect(text).toBeNull();
    expect((await storedMessage(params.MessageSid))?.interpretations.intent).toBe('interested');
    expect(await leadRow(phone)).toMatchObject({ doNotContact: false });
  });

  it('when Twilio delivers AIDE twice, then both deliveries get the same answer and one message is stored', async () => {
    const params = smsParams({ from: uniquePhone(), body: 'AIDE' });
    const form = signedForm(params);
    const inject = () =>
      t.app.inject({ method: 'POST', url: '/webhook/sms-response', payload: form.payload, headers: form.headers });
    const first = await inject();
    const second = await inject();
    expect(answeredText(first.body)).toBe(sms.help);
    expect(second.body).toBe(first.body);
    const rows = await t.database.handle.db.select().from(messages).where(eq(messages.messageSid, params.MessageSid));
    expect(rows).toHaveLength(1);
  });
});

describe.each(databaseKinds())('a configured default reply on the %s database', (kind) => {
  let t: TestApp;
  let dir: string;
  const DEFAULT_REPLY = 'Merci, nous revenons vers vous & très vite.';
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'bw-messages-'));
    const file = JSON.parse(readFileSync(DEFAULT_MESSAGES_FILE, 'utf8'));
    file.sms.defaultReply = { enabled: true, text: DEFAULT_REPLY };
    writeFileSync(path.join(dir, 'messages.json'), JSON.stringify(file));
    t = await createTestApp(kind, { MESSAGES_FILE: path.join(dir, 'messages.json') });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function send(from: string, body: string) {
    const form = signedForm(smsParams({ from, body }));
    const response = await t.app.inject({
      method: 'POST',
      url: '/webhook/sms-response',
      payload: form.payload,
      headers: form.headers,
    });
    expect(response.statusCode).toBe(200);
    return answeredText(response.body);
  }

  it('when a lead writes something that is not a command, then the default reply is answered, escaped by the SDK', async () => {
    const form = signedForm(smsParams({ body: 'Bonjour, vous êtes qui ?' }));
    const response = await t.app.inject({
      method: 'POST',
      url: '/webhook/sms-response',
      payload: form.payload,
      headers: form.headers,
    });
    expect(response.body).toContain('&amp; très vite');
    expect(answeredText(response.body)).toBe(DEFAULT_REPLY);
  });

  it('when a lead sends a command, then the command is answered, not the default reply', async () => {
    expect(await send(uniquePhone(), 'HORAIRES')).toBe(sms.hours);
  });

  it('when a lead opts out in words, or writes after opting out, then no default reply is sent to them', async () => {
    const phone = uniquePhone();
    expect(await send(phone, 'ne me contactez plus jamais')).toBeNull();
    expect(await send(phone, 'ok merci')).toBeNull();
  });
});
