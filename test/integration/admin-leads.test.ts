import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leads } from '../../src/db/schema.js';
import { adminEnv, bearer, logIn, receiveSms, uniqueCampaign, type AdminSession } from '../helpers/admin.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { databaseKinds } from '../helpers/test-database.js';
import { signedForm, uniquePhone } from '../helpers/twilio-requests.js';
import { callParams, recordingParams } from '../helpers/voice-requests.js';

interface ListedLead {
  id: number;
  phoneE164: string;
  name: string | null;
  status: string;
  lastIntent: string | null;
}

describe.each(databaseKinds())('the operator view of leads on the %s database', (kind) => {
  let t: TestApp;
  let session: AdminSession;
  beforeAll(async () => {
    t = await createTestApp(kind, await adminEnv());
    session = await logIn(t.app);
  });
  afterAll(async () => {
    await t.close();
  });

  const api = async (url: string) => {
    const response = await t.app.inject({ method: 'GET', url, headers: bearer });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ leads: ListedLead[]; nextCursor: string | null }>();
  };
  const page = (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
  const importCsv = (csv: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/leads/import',
      headers: { ...bearer, 'content-type': 'text/csv' },
      payload: csv,
    });

  /** Four leads of one campaign, replying in this order. */
  async function campaignWithReplies() {
    const campaign = uniqueCampaign();
    const phones = { yes: uniquePhone(), callback: uniquePhone(), stop: uniquePhone(), no: uniquePhone() };
    await receiveSms(t.app, phones.yes, `#${campaign} Oui ça m'intéresse`);
    await receiveSms(t.app, phones.callback, `#${campaign} rappelez moi demain 14h`);
    await receiveSms(t.app, phones.stop, `#${campaign} STOP`);
    await receiveSms(t.app, phones.no, `#${campaign} non merci pas intéressé`);
    return { campaign, phones };
  }

  it('when leads of a campaign replied, then the list shows them most recent reply first, filtered by intent, status and do-not-contact', async () => {
    const { campaign, phones } = await campaignWithReplies();
    const phonesOf = (body: { leads: ListedLead[] }) => body.leads.map((lead) => lead.phoneE164);

    expect(phonesOf(await api(`/api/leads?campaign=${campaign}`))).toEqual([
      phones.no,
      phones.stop,
      phones.callback,
      phones.yes,
    ]);
    expect(phonesOf(await api(`/api/leads?campaign=${campaign}&intent=interested`))).toEqual([phones.yes]);
    expect(phonesOf(await api(`/api/leads?campaign=${campaign}&intent=interested&intent=callback`))).toEqual([
      phones.callback,
      phones.yes,
    ]);
    expect(phonesOf(await api(`/api/leads?campaign=${campaign}&status=unsubscribed`))).toEqual([phones.stop]);
    expect(phonesOf(await api(`/api/leads?campaign=${campaign}&dnc=yes`))).toEqual([phones.stop]);
    expect(phonesOf(await api(`/api/leads?campaign=${campaign}&dnc=no`))).toHaveLength(3);
    const [stop] = (await api(`/api/leads?campaign=${campaign}&dnc=yes`)).leads;
    expect(stop).toMatchObject({ status: 'unsubscribed', lastIntent: 'opt_out' });

    const html = await page(`/admin/leads?campaign=${campaign}&intent=callback&status=&dnc=&q=&from=&to=`);
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.body).toContain(phones.callback);
    expect(html.body).not.toContain(phones.yes);
    expect(html.body).toContain('rappelez moi demain 14h');
  });

  it('when the date range is given, then only the leads whose last reply falls in it are listed, both days included', async () => {
    const { campaign, phones } = await campaignWithReplies();
    await t.database.handle.db
      .update(leads)
      .set({ lastInboundAt: new Date(2025, 0, 10, 23, 30) })
      .where(eq(leads.phoneE164, phones.yes));
    const listed = async (range: string) =>
      (await api(`/api/leads?campaign=${campaign}&${range}`)).leads.map((lead) => lead.phoneE164);

    expect(await listed('from=2025-01-10&to=2025-01-10')).toEqual([phones.yes]);
    expect(await listed('from=2025-01-11&to=2025-01-11')).toEqual([]);
    expect(await listed('to=2025-01-09')).toEqual([]);
    expect(await listed('from=2025-01-11')).toHaveLength(3);
    const refused = await t.app.inject({ method: 'GET', url: '/api/leads?from=10/01/2025', headers: bearer });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ message: expect.stringContaining('from') });
  });

  it('when searching by name, company, a national number or its last digits, then the lead is found', async () => {
    const campaign = uniqueCampaign();
    const phone = uniquePhone();
    const national = `0${phone.slice(3)}`.replace(/(\d{2})(?=\d)/g, '$1 ');
    const imported = await importCsv(
      `name,company,phone,campaign\nJeanne Dupont-Martin,Garage 100% Auto,${national},${campaign}\n`,
    );
    expect(imported.statusCode).toBe(200);
    const found = async (q: string) =>
      (await api(`/api/leads?campaign=${campaign}&q=${encodeURIComponent(q)}`)).leads.map((lead) => lead.phoneE164);

    for (const q of ['dupont', 'JEANNE', 'garage 100%', national, phone, phone.slice(-4)]) {
      expect(await found(q), q).toEqual([phone]);
    }
    expect(await found('Durand')).toEqual([]);
    expect(await found('100_')).toEqual([]);
  });

  it('when a campaign has more leads than a page, then the pages follow each other with no lead twice or missed', async () => {
    const campaign = uniqueCampaign();
    const phones: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      phones.unshift(uniquePhone());
      await receiveSms(t.app, phones[0] ?? '', `#${campaign} ok`);
    }
    // Three that never replied come last.
    const imported = [uniquePhone(), uniquePhone(), uniquePhone()];
    await importCsv(`phone,campaign\n${imported.map((phone) => `${phone},${campaign}`).join('\n')}\n`);

    const seen: string[] = [];
    let url = `/api/leads?campaign=${campaign}&limit=3`;
    for (let pages = 0; pages < 10; pages += 1) {
      const body = await api(url);
      seen.push(...body.leads.map((lead) => lead.phoneE164));
      if (!body.nextCursor) break;
      url = `/api/leads?campaign=${campaign}&limit=3&cursor=${body.nextCursor}`;
    }
    expect(seen.slice(0, 7)).toEqual(phones);
    expect(new Set(seen.slice(7))).toEqual(new Set(imported));
    expect(seen).toHaveLength(10);

    const first = await page(`/admin/leads?campaign=${campaign}&limit=3`);
    const next = /href="(\/admin\/leads\?[^"]+)" rel="next"/.exec(first.body)?.[1]?.replace(/&amp;/g, '&');
    expect(next).toBeDefined();
    const second = await page(next ?? '');
    expect(second.statusCode).toBe(200);
    expect(second.body).toContain(phones[3]);
    expect(second.body).not.toContain(phones[0]);
    expect((await page(`/admin/leads?cursor=not-a-cursor`)).statusCode).toBe(400);
  });

  it("when a lead's page opens, then the whole conversation shows in time order with each reply's interpretation, escaped", async () => {
    const campaign = uniqueCampaign();
    const phone = uniquePhone();
    const imported = await importCsv(
      `name,phone,campaign,message,sent_at\n"Léa <b>Roux</b>",${phone},${campaign},"Bonjour, une offre pour vous ?",2026-03-02T09:00:00+01:00\n`,
    );
    expect(imported.statusCode).toBe(200);
    await receiveSms(t.app, phone, 'rappelez moi demain 14h <script>alert(1)</script>');
    const [lead] = (await api(`/api/leads?campaign=${campaign}`)).leads;

    const response = await page(`/admin/leads/${lead?.id}`);
    expect(response.statusCode).toBe(200);
    const body = response.body;
    expect(body).toContain('Léa &lt;b&gt;Roux&lt;/b&gt;');
    expect(body).not.toContain('<script>alert(1)</script>');
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(body.indexOf('une offre pour vous')).toBeLessThan(body.indexOf('rappelez moi demain'));
    expect(body).toContain('<span class="badge callback">callback</span>');
    expect(body).toMatch(/confidence\s+\d+%/);
    expect(body).toContain('schedule callback');
    expect(body).toContain('times: ');

    const detail = (await t.app.inject({ method: 'GET', url: `/api/leads/${lead?.id}`, headers: bearer })).json<{
      lead: { phoneE164: string; campaignId: string };
      conversation: { kind: string; direction: string; campaignId: string | null; interpretation: unknown }[];
    }>();
    expect(detail.lead).toMatchObject({ phoneE164: phone, campaignId: campaign });
    expect(detail.conversation.map((entry) => [entry.kind, entry.direction])).toEqual([
      ['sms', 'outbound'],
      ['sms', 'inbound'],
    ]);
    // The reply carries no tag: its campaign is the one of the last message sent to the lead.
    expect(detail.conversation[1]).toMatchObject({
      campaignId: campaign,
      interpretation: { intent: 'callback', action: { type: 'schedule_callback' } },
    });
    expect((await page('/admin/leads/999999999')).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/leads/abc', headers: bearer })).statusCode).toBe(404);
  });

  it("when a lead called and left a voicemail, then the lead's page shows the call and the voicemail", async () => {
    const phone = uniquePhone();
    await receiveSms(t.app, phone, 'ok');
    const call = callParams({ from: phone });
    const voice = signedForm(call, { path: '/webhook/voice' });
    expect(
      (await t.app.inject({ method: 'POST', url: '/webhook/voice', payload: voice.payload, headers: voice.headers }))
        .statusCode,
    ).toBe(200);
    const recording = signedForm(recordingParams({ callSid: call.CallSid ?? '', duration: '23' }), {
      path: '/webhook/voice/recording',
    });
    const stored = await t.app.inject({
      method: 'POST',
      url: '/webhook/voice/recording',
      payload: recording.payload,
      headers: recording.headers,
    });
    expect(stored.statusCode).toBe(200);
    const [lead] = (await api(`/api/leads?q=${encodeURIComponent(phone)}`)).leads;

    const body = (await page(`/admin/leads/${lead?.id}`)).body;
    expect(body).toContain('· call');
    expect(body).toContain('voicemail · 23 s');
    expect(body).toContain('href="https://api.twilio.com/2010-04-01/Accounts/');
  });

  it('when the filtered leads are exported, then every one is in the CSV, cells are escaped and formulas are neutralised', async () => {
    const campaign = uniqueCampaign();
    const [p1, p2] = [uniquePhone(), uniquePhone()];
    const csv = [
      'name,company,phone,email,campaign',
      `"=HYPERLINK(""http://evil.example"",""x"")","Acme, ""Best"" Ltd",${p1},a@example.com,${campaign}`,
      `@SUM(A1),"-2+3",${p2},,${campaign}`,
    ].join('\r\n');
    expect((await importCsv(csv)).statusCode).toBe(200);
    await receiveSms(t.app, p1, 'oui\nenvoyez, merci');

    for (const url of [`/admin/leads/export.csv?campaign=${campaign}`, `/api/leads/export.csv?campaign=${campaign}`]) {
      const response = await t.app.inject({
        method: 'GET',
        url,
        headers: url.startsWith('/api') ? bearer : { cookie: session.cookie },
      });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename="leads-\d{4}-\d{2}-\d{2}\.csv"$/);
      expect(response.body.startsWith('\uFEFFid,phone,name,company,')).toBe(true);
      const rows = parse(response.body, { bom: true, columns: true }) as Record<string, string>[];
      expect(rows.map((row) => row.phone)).toEqual([`'${p1}`, `'${p2}`]);
      expect(rows[0]).toMatchObject({
        name: `'=HYPERLINK("http://evil.example","x")`,
        company: 'Acme, "Best" Ltd',
        last_reply: 'oui\nenvoyez, merci',
        last_intent: 'interested',
        campaign,
      });
      expect(rows[1]).toMatchObject({ name: "'@SUM(A1)", company: "'-2+3", email: '', last_reply: '' });
    }
  });

  it('when leads opted out, then the opt-out list shows them, newest first, on the page and in the API', async () => {
    const [first, second] = [uniquePhone(), uniquePhone()];
    await receiveSms(t.app, first, 'STOP');
    await receiveSms(t.app, second, 'ne me contactez plus');

    const body = (await t.app.inject({ method: 'GET', url: '/api/opt-outs?limit=500', headers: bearer })).json<{
      optOuts: { phoneE164: string }[];
    }>();
    const listed = body.optOuts.map((row) => row.phoneE164);
    expect(listed.indexOf(second)).toBeGreaterThanOrEqual(0);
    expect(listed.indexOf(second)).toBeLessThan(listed.indexOf(first));
    const html = await page('/admin/opt-outs');
    expect(html.statusCode).toBe(200);
    expect(html.body).toContain(first);
    expect(html.body).toContain(second);
  });
});
