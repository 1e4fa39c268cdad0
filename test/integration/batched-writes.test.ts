import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interpretations, leads, messages } from '../../src/db/schema.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { databaseKinds } from '../helpers/test-database.js';
import { signedForm, smsParams, uniqueMessageSid } from '../helpers/twilio-requests.js';

/**
 * Under load the hot path writes many messages in one statement (BatchQueue).
 * The same messages must end up exactly as when they arrive one at a time:
 * one app receives a burst all at once, a twin receives it message by
 * message, and the two databases are compared row for row.
 */
const phone = (index: number) => `+3361200${String(index).padStart(4, '0')}`;

/** Known leads before the burst: opted out, interested, with a campaign of their last outbound SMS. */
const SETUP: { from: string; body: string; sid: string }[] = [
  { from: phone(1), body: 'STOP', sid: uniqueMessageSid() },
  { from: phone(2), body: "oui ça m'intéresse", sid: uniqueMessageSid() },
  { from: phone(3), body: 'rappelez moi demain 14h', sid: uniqueMessageSid() },
  { from: phone(6), body: 'STOP', sid: uniqueMessageSid() },
  { from: phone(7), body: 'STOP', sid: uniqueMessageSid() },
];
const OUTBOUND = { lead: phone(4), campaignId: 'spring-2026' };

const repeatedSid = uniqueMessageSid();
const BURST: { from: string; body: string; sid: string }[] = [
  { from: phone(1), body: 'START', sid: uniqueMessageSid() },
  { from: phone(2), body: 'finalement stop', sid: uniqueMessageSid() },
  { from: phone(3), body: 'pas intéressé', sid: uniqueMessageSid() },
  { from: phone(4), body: 'Oui envoyez la doc', sid: uniqueMessageSid() },
  // OUI is START for an opted-out lead only: the statement reads the lead's state as it writes.
  { from: phone(6), body: 'OUI', sid: uniqueMessageSid() },
  { from: phone(7), body: "ok d'accord", sid: uniqueMessageSid() },
  // A redelivery of a message stored before the burst, and one delivered twice within it.
  { ...(SETUP[1] as { from: string; body: string; sid: string }) },
  { from: phone(5), body: 'c quoi vos tarifs ?', sid: repeatedSid },
  { from: phone(5), body: 'c quoi vos tarifs ?', sid: repeatedSid },
  ...[
    'mauvais numéro',
    'rappelez moi après 18h',
    'revenez vers moi en septembre',
    'AIDE',
    '👍',
    'ne m écrivez plus',
    'ok pour un rdv jeudi 10h',
    'Hello, how much is it?',
    'désinscrivez-moi',
    'pas pour nous merci',
  ].map((body, index) => ({ from: phone(10 + index), body, sid: uniqueMessageSid() })),
];

interface Twin {
  t: TestApp;
  answers: { status: number; body: string }[];
}

async function send(t: TestApp, message: { from: string; body: string; sid: string }) {
  const form = signedForm(smsParams({ from: message.from, body: message.body, messageSid: message.sid }));
  const response = await t.app.inject({
    method: 'POST',
    url: '/webhook/sms-response',
    payload: form.payload,
    headers: form.headers,
  });
  return { status: response.statusCode, body: response.body };
}

async function prepare(t: TestApp): Promise<void> {
  for (const message of SETUP) await send(t, message);
  const db = t.database.handle.db;
  const [lead] = await db
    .insert(leads)
    .values({ phoneE164: OUTBOUND.lead, status: 'contacted', source: 'import' })
    .returning({ id: leads.id });
  await db.insert(messages).values({
    leadId: lead!.id,
    campaignId: OUTBOUND.campaignId,
    direction: 'outbound',
    fromNumber: '+33700000001',
    toNumber: OUTBOUND.lead,
    body: 'Bonjour, un site pour votre garage ?',
    receivedAt: new Date(Date.now() - 3_600_000),
  });
}

/** Everything the hot path wrote, without ids and clock values. */
async function snapshot(t: TestApp) {
  const db = t.database.handle.db;
  const leadRows = await db
    .select({
      phone: leads.phoneE164,
      status: leads.status,
      doNotContact: leads.doNotContact,
      optedOut: leads.optedOutAt,
      source: leads.source,
      campaignId: leads.campaignId,
    })
    .from(leads)
    .orderBy(asc(leads.phoneE164));
  const messageRows = await db
    .select({
      sid: messages.messageSid,
      lead: leads.phoneE164,
      direction: messages.direction,
      campaignId: messages.campaignId,
      from: messages.fromNumber,
      body: messages.body,
      replyText: messages.replyText,
      intent: interpretations.intent,
      doNotContact: interpretations.doNotContact,
      action: interpretations.action,
      entities: interpretations.entities,
      method: interpretations.method,
    })
    .from(messages)
    .innerJoin(leads, eq(leads.id, messages.leadId))
    .leftJoin(interpretations, eq(interpretations.messageId, messages.id))
    .orderBy(asc(messages.messageSid));
  return {
    leads: leadRows.map(({ optedOut, ...row }) => ({ ...row, optedOut: optedOut !== null })),
    messages: messageRows,
  };
}

describe.each(databaseKinds())('hot-path batching on the %s database', (kind) => {
  let burst: Twin;
  let oneByOne: Twin;

  beforeAll(async () => {
    burst = { t: await createTestApp(kind), answers: [] };
    oneByOne = { t: await createTestApp(kind), answers: [] };
    await prepare(burst.t);
    await prepare(oneByOne.t);
    burst.answers = await Promise.all(BURST.map((message) => send(burst.t, message)));
    for (const message of BURST) oneByOne.answers.push(await send(oneByOne.t, message));
  });
  afterAll(async () => {
    await burst?.t.close();
    await oneByOne?.t.close();
  });

  it('when a burst arrives over HTTP, then requests that overlap share statements', () => {
    const { inbound_write: writes } = burst.t.app.leadStore.batching();

    expect(writes.items).toBe(SETUP.length + BURST.length);
    // The messages parsed in one turn are interpreted together, after it (TurnBatch), and reach the
    // store together: they overlap on the embedded database too, which answers each query at once.
    expect(writes.largestBatch).toBeGreaterThan(1);
    expect(writes.batches).toBeLessThan(writes.items);
  });

  it('when a burst is written in batches, then every message is answered as when messages come one by one', () => {
    expect(burst.answers.every((answer) => answer.status === 200)).toBe(true);
    expect(burst.answers).toEqual(oneByOne.answers);
  });

  it('when a burst is written in batches, then leads, messages and interpretations are those of one-by-one writes', async () => {
    const batched = await snapshot(burst.t);

    expect(batched).toEqual(await snapshot(oneByOne.t));
    expect(batched.messages.filter((row) => row.sid === repeatedSid)).toHaveLength(1);
  });

  it('when a burst holds an opt-out, an opt-in and a campaign reply, then the lead rules hold in the batch', async () => {
    const { leads: rows, messages: stored } = await snapshot(burst.t);
    const lead = (index: number) => rows.find((row) => row.phone === phone(index));

    expect(lead(1)).toMatchObject({ doNotContact: false, optedOut: false });
    expect(lead(2)).toMatchObject({ status: 'unsubscribed', doNotContact: true, optedOut: true });
    expect(lead(3)).toMatchObject({ status: 'not_interested', doNotContact: false });
    expect(lead(4)).toMatchObject({ status: 'interested', campaignId: OUTBOUND.campaignId });
    expect(stored.find((row) => row.body === 'Oui envoyez la doc')).toMatchObject({
      campaignId: OUTBOUND.campaignId,
    });
    expect(lead(6)).toMatchObject({ status: 'replied', doNotContact: false, optedOut: false });
    expect(lead(7)).toMatchObject({ status: 'unsubscribed', doNotContact: true, optedOut: true });
    expect(lead(15)).toMatchObject({ status: 'unsubscribed', doNotContact: true });
  });

  it('when one lead sends two messages in the same burst, then they are written in the order they came', async () => {
    const from = phone(40);
    const first = { from, body: 'pas intéressé', sid: uniqueMessageSid() };
    const second = { from, body: 'en fait oui envoyez moi une proposition', sid: uniqueMessageSid() };
    const fillers = [41, 42, 43].map((index) => ({ from: phone(index), body: 'ok', sid: uniqueMessageSid() }));

    const answers = await Promise.all([first, ...fillers, second].map((message) => send(burst.t, message)));

    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    const [lead] = await burst.t.database.handle.db.select().from(leads).where(eq(leads.phoneE164, from));
    expect(lead?.status).toBe('interested');
    const stored = await burst.t.database.handle.db
      .select({ sid: messages.messageSid })
      .from(messages)
      .where(eq(messages.fromNumber, from));
    expect(stored.map((row) => row.sid).sort()).toEqual([first.sid, second.sid].sort());
  });

  it('when opted-out leads answer OUI in one batch, then each is read under its lock and opted in, as one by one', async () => {
    const phones = [80, 81, 82, 83].map(phone);
    const recordOf = (t: TestApp, from: string, body: string) =>
      t.app.interpreter.inboundRecord(
        t.app.listener.processSms(smsParams({ from, body, messageSid: uniqueMessageSid() })),
      );
    for (const twin of [burst, oneByOne]) {
      for (const from of phones) await twin.t.app.leadStore.recordInbound(recordOf(twin.t, from, 'STOP'));
    }
    const before = burst.t.app.leadStore.batching().inbound_write;

    const batched = await Promise.all(
      phones.map((from) => burst.t.app.leadStore.recordInbound(recordOf(burst.t, from, 'OUI'))),
    );
    const single = [];
    for (const from of phones)
      single.push(await oneByOne.t.app.leadStore.recordInbound(recordOf(oneByOne.t, from, 'OUI')));

    expect(burst.t.app.leadStore.batching().inbound_write.largestBatch).toBeGreaterThan(1);
    expect(burst.t.app.leadStore.batching().inbound_write.batches - before.batches).toBeLessThan(phones.length);
    expect(batched.map((row) => [row.optedOutBefore, row.doNotContact, row.leadStatus])).toEqual(
      phones.map(() => [true, false, 'replied']),
    );
    const withoutIds = (rows: typeof batched) => rows.map(({ leadId: _l, messageId: _m, ...row }) => row);
    expect(withoutIds(batched)).toEqual(withoutIds(single));
  });

  it('when the lead store is handed many messages at once, then it batches them and stores what one-by-one writes store', async () => {
    const messagesFor = (offset: number) =>
      ['oui', 'STOP', 'rappelez moi lundi 9h', 'pas intéressé', 'mauvais numéro', 'en mars'].map((body, index) => ({
        from: phone(offset + index),
        body,
        sid: `SMstore${offset}${index}`,
      }));
    const recordsOf = async (t: TestApp, list: { from: string; body: string; sid: string }[]) =>
      Promise.all(
        list.map(async (message) => {
          const normalised = t.app.listener.processSms(
            smsParams({ from: message.from, body: message.body, messageSid: message.sid }),
          );
          return t.app.interpreter.inboundRecord({ ...normalised, received_at: '2026-11-21T10:00:00.000Z' });
        }),
      );
    const phones = messagesFor(60).map((message) => message.from);
    const before = burst.t.app.leadStore.batching().inbound_write;
    const batchedRecords = await recordsOf(burst.t, messagesFor(60));
    const singleRecords = await recordsOf(oneByOne.t, messagesFor(60));

    const batched = await Promise.all(batchedRecords.map((record) => burst.t.app.leadStore.recordInbound(record)));
    const single = [];
    for (const record of singleRecords) single.push(await oneByOne.t.app.leadStore.recordInbound(record));

    const after = burst.t.app.leadStore.batching().inbound_write;
    expect(after.largestBatch).toBeGreaterThan(1);
    expect(after.batches - before.batches).toBeLessThan(batchedRecords.length);
    const withoutIds = (rows: typeof batched) => rows.map(({ leadId: _l, messageId: _m, ...row }) => row);
    expect(withoutIds(batched)).toEqual(withoutIds(single));
    const theirs = (snap: Awaited<ReturnType<typeof snapshot>>) => ({
      leads: snap.leads.filter((row) => phones.includes(row.phone)),
      messages: snap.messages.filter((row) => phones.includes(row.lead)),
    });
    expect(theirs(await snapshot(burst.t))).toEqual(theirs(await snapshot(oneByOne.t)));

    // The same records again: every MessageSid is known, nothing changes, the stored answers come back.
    const again = await Promise.all(batchedRecords.map((record) => burst.t.app.leadStore.recordInbound(record)));
    expect(again.map((row) => row.duplicate)).toEqual(batchedRecords.map(() => true));
    expect(again.map((row) => row.messageId)).toEqual(batched.map((row) => row.messageId));
  });
});
