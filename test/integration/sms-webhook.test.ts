import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interpretations, leads, messages } from '../../src/db/schema.js';
import { interpretationSchema } from '../../src/domain/interpretation.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { databaseKinds } from '../helpers/test-database.js';
import { PUBLIC_BASE_URL, signedForm, smsParams, uniquePhone } from '../helpers/twilio-requests.js';

describe.each(databaseKinds())('POST /webhook/sms-response on the %s database', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => {
    await t.close();
  });

  const post = (form: { payload: string; headers: Record<string, string> }, url = '/webhook/sms-response') =>
    t.app.inject({ method: 'POST', url, payload: form.payload, headers: form.headers });

  const messageRows = (sid: string) => t.database.handle.db.select().from(messages).where(eq(messages.messageSid, sid));
  const leadRows = (phone: string) => t.database.handle.db.select().from(leads).where(eq(leads.phoneE164, phone));

  it('when a lead answers "Oui ça m\'intéresse", then lead, message and interpretation are stored and an empty TwiML is answered', async () => {
    const phone = uniquePhone();
    const params = smsParams({ from: phone, body: "Oui ça m'intéresse" });
    const response = await post(signedForm(params));

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/xml/);
    expect(response.body).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');

    const [lead] = await leadRows(phone);
    expect(lead).toMatchObject({ status: 'interested', source: 'sms_inbound', doNotContact: false });
    expect(lead?.lastInboundAt).toBeInstanceOf(Date);
    const [message] = await messageRows(params.MessageSid);
    expect(message).toMatchObject({
      leadId: lead?.id,
      direction: 'inbound',
      body: "Oui ça m'intéresse",
      fromNumber: phone,
    });
    expect(message?.raw).toMatchObject({ MessageSid: params.MessageSid, ApiVersion: '2010-04-01' });
    const [interpretation] = await t.database.handle.db
      .select()
      .from(interpretations)
      .where(eq(interpretations.messageId, message!.id));
    expect(interpretation).toMatchObject({ intent: 'interested', method: 'rules', doNotContact: false });
    expect(interpretation?.action).toMatchObject({ type: 'transfer_to_crm' });

    const logged = t.logs.lines.find((line) => line.messageSid === params.MessageSid && line.statusCode !== undefined);
    expect(logged).toMatchObject({ event: 'sms.received', level: 'info', statusCode: 200, intent: 'interested' });
    expect(logged?.reqId).toEqual(expect.any(String));
    expect(t.logs.text()).not.toContain(phone);
  });

  it('when Twilio delivers the same MessageSid twice, then one message is stored and both answers are identical', async () => {
    const phone = uniquePhone();
    const params = smsParams({ from: phone, body: 'rappelez moi demain 14h' });
    const first = await post(signedForm(params));
    const second = await post(signedForm(params));

    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(200);
    expect(second.body).toBe(first.body);
    expect(await messageRows(params.MessageSid)).toHaveLength(1);
    expect(await leadRows(phone)).toHaveLength(1);
    expect(
      t.logs.lines
        .filter((line) => line.messageSid === params.MessageSid && line.statusCode !== undefined)
        .map((line) => line.event),
    ).toEqual(['sms.received', 'sms.duplicate']);
  });

  it('when the same lead writes as 06…, +336… and 00336…, then there is one lead', async () => {
    const e164 = uniquePhone();
    const national = `0${e164.slice(3)}`.replace(/(\d{2})(?=\d)/g, '$1 ');
    for (const from of [national, e164, `00${e164.slice(1)}`]) {
      const response = await post(signedForm(smsParams({ from, body: 'ok' })));
      expect(response.statusCode).toBe(200);
    }
    const rows = await leadRows(e164);
    expect(rows).toHaveLength(1);
    const stored = await t.database.handle.db.select().from(messages).where(eq(messages.leadId, rows[0]!.id));
    expect(stored).toHaveLength(3);
  });

  it('when a body starts with a campaign tag, then the message and the new lead carry that campaign', async () => {
    const phone = uniquePhone();
    const params = smsParams({ from: phone, body: '#SPRING26 oui je veux bien' });
    expect((await post(signedForm(params))).statusCode).toBe(200);
    const [message] = await messageRows(params.MessageSid);
    expect(message?.campaignId).toBe('SPRING26');
    expect((await leadRows(phone))[0]?.campaignId).toBe('SPRING26');
  });

  it('when a lead without a tag replies, then the campaign of the last outbound message to them is used', async () => {
    const phone = uniquePhone();
    const [lead] = await t.database.handle.db
      .insert(leads)
      .values({ phoneE164: phone, status: 'contacted', source: 'import' })
      .returning();
    await t.database.handle.db.insert(messages).values([
      {
        leadId: lead!.id,
        direction: 'outbound',
        campaignId: 'OLD',
        fromNumber: '+33700000001',
        toNumber: phone,
        body: 'a',
        receivedAt: new Date('2026-01-01'),
      },
      {
        leadId: lead!.id,
        direction: 'outbound',
        campaignId: 'NEW',
        fromNumber: '+33700000001',
        toNumber: phone,
        body: 'b',
        receivedAt: new Date('2026-02-01'),
      },
    ]);
    const params = smsParams({ from: phone, body: 'c quoi vos tarifs ?' });
    expect((await post(signedForm(params))).statusCode).toBe(200);
    expect((await messageRows(params.MessageSid))[0]?.campaignId).toBe('NEW');
    expect((await leadRows(phone))[0]).toMatchObject({ status: 'replied', source: 'import' });
  });

  it('when a lead answers STOP and later "ok", then the opt-out stays recorded', async () => {
    const phone = uniquePhone();
    expect((await post(signedForm(smsParams({ from: phone, body: 'STOP' })))).statusCode).toBe(200);
    const [optedOut] = await leadRows(phone);
    expect(optedOut).toMatchObject({ status: 'unsubscribed', doNotContact: true });
    expect(optedOut?.optedOutAt).toBeInstanceOf(Date);

    expect((await post(signedForm(smsParams({ from: phone, body: 'ok super' })))).statusCode).toBe(200);
    const [after] = await leadRows(phone);
    expect(after).toMatchObject({ status: 'unsubscribed', doNotContact: true });
    expect(after?.optedOutAt?.getTime()).toBe(optedOut?.optedOutAt?.getTime());
  });

  it('every stored interpretation satisfies the interpretation contract', async () => {
    const params = smsParams({ body: 'Pas maintenant, recontactez moi en septembre. www.garage-martin.fr' });
    await post(signedForm(params));
    const [row] = await t.database.handle.db
      .select()
      .from(interpretations)
      .innerJoin(messages, eq(messages.id, interpretations.messageId))
      .where(eq(messages.messageSid, params.MessageSid));
    const i = row!.interpretations;
    const contract = interpretationSchema.parse({
      intent: i.intent,
      sentiment: i.sentiment,
      interest_level: i.interestLevel,
      do_not_contact: i.doNotContact,
      confidence: i.confidence,
      objections: i.objections,
      questions: i.questions,
      key_points: i.keyPoints,
      entities: i.entities,
      action: i.action,
      method: i.method,
      model: i.model,
    });
    expect(contract.intent).toBe('later');
    expect(contract.entities.client_website).toBe('www.garage-martin.fr');
  });

  describe('bad input changes nothing', () => {
    it('a missing signature is refused with 403 and logged as a warning with the request id', async () => {
      const params = smsParams({ body: 'oui' });
      const form = signedForm(params);
      delete form.headers['x-twilio-signature'];
      const response = await post(form);
      expect(response.statusCode).toBe(403);
      expect(await messageRows(params.MessageSid)).toHaveLength(0);
      const line = t.logs.lines.find((entry) => entry.event === 'sms.rejected_signature' && entry.reason === 'missing');
      expect(line).toMatchObject({ level: 'warn', statusCode: 403 });
      expect(line?.reqId).toEqual(expect.any(String));
    });

    it('a signature made with another token is refused with 403', async () => {
      const params = smsParams({ body: 'oui' });
      const response = await post(signedForm(params, { token: 'another-token' }));
      expect(response.statusCode).toBe(403);
      expect(await messageRows(params.MessageSid)).toHaveLength(0);
    });

    it('a tampered body is refused with 403', async () => {
      const params = smsParams({ body: 'oui' });
      const form = signedForm(params);
      const tampered = { ...form, payload: form.payload.replace('Body=oui', 'Body=non') };
      expect((await post(tampered)).statusCode).toBe(403);
      expect(await messageRows(params.MessageSid)).toHaveLength(0);
    });

    it('a request signed for another URL is refused with 403', async () => {
      const params = smsParams({ body: 'oui' });
      const response = await post(signedForm(params, { url: 'https://evil.example/webhook/sms-response' }));
      expect(response.statusCode).toBe(403);
    });

    it('missing From, To, Body and MessageSid are named in a 400', async () => {
      const response = await post(signedForm({ AccountSid: 'AC' + 'a'.repeat(32) }));
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toBe('missing fields: MessageSid, From, To, Body');
    });

    it('a malformed percent-encoding is a 400, not a 500', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/webhook/sms-response',
        payload: 'From=%E0%A4%A&Body=x',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': 'x' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toMatch(/malformed percent-encoding/);
    });

    it('a JSON body is a 415', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/webhook/sms-response',
        payload: JSON.stringify({ From: '+33612345678' }),
        headers: { 'content-type': 'application/json' },
      });
      expect(response.statusCode).toBe(415);
    });

    it('a body over the limit is a 413', async () => {
      const params = smsParams({ body: 'x'.repeat(40 * 1024) });
      const response = await post(signedForm(params));
      expect(response.statusCode).toBe(413);
      expect(await messageRows(params.MessageSid)).toHaveLength(0);
    });

    it('an unknown route is a 404', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/webhook/logs' });
      expect(response.statusCode).toBe(404);
    });
  });

  it('a request signed for a URL with a query string and an explicit default port is accepted', async () => {
    const params = smsParams({ body: 'oui' });
    const form = signedForm(params, { url: `${PUBLIC_BASE_URL}:443/webhook/sms-response?campaign=abc` });
    const response = await post(form, '/webhook/sms-response?campaign=abc');
    expect(response.statusCode).toBe(200);
    expect(await messageRows(params.MessageSid)).toHaveLength(1);
  });

  it('GET /health answers ok and GET /health/ready reports the database', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/health' })).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', database: 'ok', kind });
  });

  it('GET / names the service and its status', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/' });
    expect(response.json()).toMatchObject({ service: 'berinia-webhook', status: 'running' });
  });

  it('the stored message keeps the I-Twilio-Idempotency-Token header', async () => {
    const params = smsParams({ body: 'oui' });
    const form = signedForm(params);
    await post({ ...form, headers: { ...form.headers, 'i-twilio-idempotency-token': 'idem-123' } });
    expect((await messageRows(params.MessageSid))[0]?.idempotencyToken).toBe('idem-123');
  });
});
