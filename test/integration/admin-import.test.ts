import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaigns, leads, messages } from '../../src/db/schema.js';
import { adminEnv, bearer, receiveSms, uniqueCampaign } from '../helpers/admin.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { databaseKinds } from '../helpers/test-database.js';
import { uniqueMessageSid, uniquePhone } from '../helpers/twilio-requests.js';

const national = (e164: string) => `0${e164.slice(3)}`.replace(/(\d{2})(?=\d)/g, '$1 ');

describe.each(databaseKinds())('POST /api/leads/import on the %s database', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { ...(await adminEnv()), TWILIO_PHONE_NUMBER: '+33700000001' });
  });
  afterAll(async () => {
    await t.close();
  });

  const importCsv = (csv: string, contentType = 'text/csv') =>
    t.app.inject({
      method: 'POST',
      url: '/api/leads/import',
      headers: { ...bearer, 'content-type': contentType },
      payload: csv,
    });
  const db = () => t.database.handle.db;
  const leadRows = (phones: string[]) => db().select().from(leads).where(inArray(leads.phoneE164, phones));
  const outboundOf = (leadId: number) =>
    db().select().from(messages).where(eq(messages.leadId, leadId)).orderBy(messages.receivedAt);

  it('when a file has good and bad rows, then the good ones are imported with their messages and each bad one is reported by its line', async () => {
    const campaign = uniqueCampaign();
    const [a, b, c] = [uniquePhone(), uniquePhone(), uniquePhone()];
    const [sidA1, sidA2] = [uniqueMessageSid(), uniqueMessageSid()];
    const csv = [
      'Name,Company,Phone,Email,Campaign,Message,Sent_At,Message_SID',
      `Alice Martin,Boulangerie Martin,${national(a)},alice@example.com,${campaign},"Bonjour Alice,\nune offre ?",2026-03-02T09:00:00+01:00,${sidA1}`,
      `Alice Martin,,${a},,${campaign},Relance,2026-03-09T09:00:00Z,${sidA2}`,
      `Bruno,,not a phone,,${campaign},,,`,
      `Chloé,,${c},chloe-at-example,${campaign},,,`,
      `Chloé,,${c},,${campaign},Salut,hier,`,
      `Chloé,,${c},,${campaign},Salut,,`,
      `,,,,${campaign},,,`,
      `Bob,,${b},,${campaign},Hello Bob,2026-03-03 10:15+01:00,`,
      `too,many,columns,here,x,y,z,w,v`,
    ].join('\n');

    const response = await importCsv(csv);

    expect(response.statusCode).toBe(200);
    const summary = response.json();
    expect(summary).toMatchObject({
      leads: { created: 2, updated: 0, unchanged: 0 },
      messages: { created: 3, duplicates: 0 },
      campaigns: { created: 1 },
    });
    expect(summary.errors.map((error: { line: number }) => error.line)).toEqual([5, 6, 7, 8, 9, 11]);
    expect(summary.errors[0].message).toContain('"not a phone" is not a valid phone number');
    expect(summary.errors[1].message).toContain('email');
    expect(summary.errors[2].message).toContain('sent_at "hier"');
    expect(summary.errors[3].message).toContain('sent_at is missing');
    expect(summary.errors[4].message).toContain('phone is missing');

    const [alice] = await leadRows([a]);
    expect(alice).toMatchObject({
      name: 'Alice Martin',
      company: 'Boulangerie Martin',
      email: 'alice@example.com',
      campaignId: campaign,
      source: 'import',
      status: 'contacted',
      doNotContact: false,
      lastInboundAt: null,
    });
    const sent = await outboundOf(alice?.id ?? 0);
    expect(sent.map((m) => [m.direction, m.messageSid, m.body, m.receivedAt.toISOString(), m.campaignId])).toEqual([
      ['outbound', sidA1, 'Bonjour Alice,\nune offre ?', '2026-03-02T08:00:00.000Z', campaign],
      ['outbound', sidA2, 'Relance', '2026-03-09T09:00:00.000Z', campaign],
    ]);
    expect(sent[0]).toMatchObject({ fromNumber: '+33700000001', toNumber: a });
    expect(await leadRows([c])).toEqual([]);
    const [bob] = await leadRows([b]);
    expect((await outboundOf(bob?.id ?? 0)).map((m) => m.receivedAt.toISOString())).toEqual([
      '2026-03-03T09:15:00.000Z',
    ]);
    expect(await db().select().from(campaigns).where(eq(campaigns.id, campaign))).toHaveLength(1);
    expect(t.logs.lines.find((line) => line.event === 'api.import' && line.rows === 9)).toMatchObject({ badRows: 6 });
  });

  it('when the same file is imported twice, then the second import changes nothing at all', async () => {
    const campaign = uniqueCampaign();
    const [a, b] = [uniquePhone(), uniquePhone()];
    const csv = [
      'name;company;phone;campaign;message;sent_at',
      `Anne;Café du Port;${national(a)};${campaign};Bonjour;2026-04-01T10:00:00+02:00`,
      `Anne;;${a};${campaign};"Deuxième; message";2026-04-08T10:00:00+02:00`,
      `Basile;;${b};${campaign};;`,
    ].join('\r\n');
    expect((await importCsv(`\uFEFF${csv}`)).json()).toMatchObject({
      leads: { created: 2 },
      messages: { created: 2 },
      errors: [],
    });
    const before = await leadRows([a, b]);
    const messagesBefore = await db()
      .select()
      .from(messages)
      .where(
        inArray(
          messages.leadId,
          before.map((l) => l.id),
        ),
      );

    const again = await importCsv(`\uFEFF${csv}`);

    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({
      leads: { created: 0, updated: 0, unchanged: 2 },
      messages: { created: 0, duplicates: 2 },
      campaigns: { created: 0 },
      errors: [],
    });
    expect(await leadRows([a, b])).toEqual(before);
    expect(
      await db()
        .select()
        .from(messages)
        .where(
          inArray(
            messages.leadId,
            before.map((l) => l.id),
          ),
        ),
    ).toEqual(messagesBefore);
  });

  it('when a lead imported with the message sent replies without a campaign tag, then the reply joins that lead and campaign', async () => {
    const campaign = uniqueCampaign();
    const phone = uniquePhone();
    await importCsv(
      `name,phone,campaign,message,sent_at\nDenise,${phone},${campaign},Une offre pour vous,2026-01-05T09:00:00Z\n`,
    );

    await receiveSms(t.app, phone, "oui ça m'intéresse");

    const rows = await leadRows([phone]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: 'Denise', status: 'interested', campaignId: campaign });
    const inbound = (await outboundOf(rows[0]?.id ?? 0)).find((m) => m.direction === 'inbound');
    expect(inbound?.campaignId).toBe(campaign);
  });

  it('when an imported number has opted out, then the import leaves the opt-out and the status alone but fills in the name', async () => {
    const phone = uniquePhone();
    await receiveSms(t.app, phone, 'STOP');

    const response = await importCsv(`name,phone,message,sent_at\nEmile,${phone},Bonjour,2026-01-05T09:00:00Z\n`);

    expect(response.json()).toMatchObject({ leads: { created: 0, updated: 1 }, messages: { created: 1 } });
    expect((await leadRows([phone]))[0]).toMatchObject({
      name: 'Emile',
      status: 'unsubscribed',
      doNotContact: true,
      source: 'sms_inbound',
    });
  });

  it('when the file itself is wrong, then nothing is imported and the answer says why', async () => {
    const phone = uniquePhone();
    const cases: [string, string, number, string][] = [
      [`nom,phone\nX,${phone}\n`, 'text/csv', 400, 'unknown column(s) nom'],
      [`name,email\nX,x@example.com\n`, 'text/csv', 400, 'no phone column'],
      [`phone,phone\n${phone},${phone}\n`, 'text/csv', 400, 'named twice'],
      ['', 'text/csv', 400, 'empty'],
      [`{"phone":"${phone}"}`, 'application/json', 415, 'text/csv'],
    ];
    for (const [body, contentType, status, message] of cases) {
      const response = await importCsv(body, contentType);
      expect(response.statusCode, message).toBe(status);
      expect(response.json().message, message).toContain(message);
    }
    expect(await leadRows([phone])).toEqual([]);
  });
});
