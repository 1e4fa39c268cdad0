import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAudit, interpretations, leads, messages } from '../../src/db/schema.js';
import { adminEnv, bearer, logIn, postForm, receiveSms, type AdminSession } from '../helpers/admin.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { databaseKinds } from '../helpers/test-database.js';
import { uniquePhone } from '../helpers/twilio-requests.js';

describe.each(databaseKinds())('manual corrections on the %s database', (kind) => {
  let t: TestApp;
  let session: AdminSession;
  beforeAll(async () => {
    t = await createTestApp(kind, await adminEnv());
    session = await logIn(t.app);
  });
  afterAll(async () => {
    await t.close();
  });

  const db = () => t.database.handle.db;
  const leadOf = async (phone: string) => {
    const [lead] = await db().select().from(leads).where(eq(leads.phoneE164, phone));
    if (!lead) throw new Error(`no lead ${phone}`);
    return lead;
  };
  const interpretationOf = async (messageSid: string) => {
    const [row] = await db()
      .select({ id: interpretations.id, intent: interpretations.intent, doNotContact: interpretations.doNotContact })
      .from(interpretations)
      .innerJoin(messages, eq(messages.id, interpretations.messageId))
      .where(eq(messages.messageSid, messageSid));
    if (!row) throw new Error(`no interpretation for ${messageSid}`);
    return row;
  };
  const auditOf = (leadId: number) =>
    db()
      .select({
        actor: adminAudit.actor,
        entity: adminAudit.entity,
        field: adminAudit.field,
        oldValue: adminAudit.oldValue,
        newValue: adminAudit.newValue,
      })
      .from(adminAudit)
      .where(eq(adminAudit.leadId, leadId))
      .orderBy(adminAudit.id);
  const apiPost = (url: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url, headers: bearer, payload });

  it("when the operator changes a lead's status, then it is saved, recorded with who and old → new, and shown on the lead's page", async () => {
    const phone = uniquePhone();
    await receiveSms(t.app, phone, "Oui ça m'intéresse");
    const lead = await leadOf(phone);

    const response = await postForm(t.app, session, `/admin/leads/${lead.id}/status`, { status: 'callback_requested' });

    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/admin/leads/${lead.id}?saved=1`);
    expect((await leadOf(phone)).status).toBe('callback_requested');
    expect(await auditOf(lead.id)).toEqual([
      { actor: 'operator', entity: 'lead', field: 'status', oldValue: 'interested', newValue: 'callback_requested' },
    ]);
    const [row] = await db().select().from(adminAudit).where(eq(adminAudit.leadId, lead.id));
    expect(row?.at).toBeInstanceOf(Date);
    expect(row?.entityId).toBe(lead.id);
    const page = await t.app.inject({
      method: 'GET',
      url: response.headers.location ?? '',
      headers: { cookie: session.cookie },
    });
    expect(page.body).toContain('Saved.');
    expect(page.body).toContain('interested → callback_requested');
    expect(t.logs.lines.find((line) => line.event === 'admin.correction' && line.leadId === lead.id)).toMatchObject({
      outcome: 'updated',
      fields: ['status'],
      user: 'operator',
    });

    const again = await postForm(t.app, session, `/admin/leads/${lead.id}/status`, { status: 'callback_requested' });
    expect(again.statusCode).toBe(303);
    expect(await auditOf(lead.id)).toHaveLength(1);
  });

  it("when the operator corrects a reply's intent, then the interpretation changes, the audit says so, and the lead's status stays", async () => {
    const phone = uniquePhone();
    const sid = await receiveSms(t.app, phone, 'ok');
    const before = await interpretationOf(sid);
    const lead = await leadOf(phone);

    const response = await postForm(t.app, session, `/admin/interpretations/${before.id}/intent`, {
      intent: 'interested',
    });

    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/admin/leads/${lead.id}?saved=1`);
    expect((await interpretationOf(sid)).intent).toBe('interested');
    expect((await leadOf(phone)).status).toBe(lead.status);
    expect(await auditOf(lead.id)).toEqual([
      { actor: 'operator', entity: 'interpretation', field: 'intent', oldValue: before.intent, newValue: 'interested' },
    ]);
    const listed = await t.app.inject({
      method: 'GET',
      url: `/api/leads?q=${encodeURIComponent(phone)}`,
      headers: bearer,
    });
    expect(listed.json()).toMatchObject({ leads: [{ lastIntent: 'interested' }] });
  });

  it('when a missed opt-out is corrected to opt_out, then the lead becomes do-not-contact at once', async () => {
    const phone = uniquePhone();
    const sid = await receiveSms(t.app, phone, 'euh ok');
    const { id } = await interpretationOf(sid);

    const response = await apiPost(`/api/interpretations/${id}/intent`, { intent: 'opt_out' });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ outcome: 'updated' });
    expect(await interpretationOf(sid)).toMatchObject({ intent: 'opt_out', doNotContact: true });
    const lead = await leadOf(phone);
    expect(lead).toMatchObject({ status: 'unsubscribed', doNotContact: true });
    expect(lead.optedOutAt).toBeInstanceOf(Date);
    expect((await auditOf(lead.id)).map((row) => [row.actor, row.entity, row.field])).toEqual([
      ['api-token', 'interpretation', 'intent'],
      ['api-token', 'lead', 'status'],
      ['api-token', 'lead', 'doNotContact'],
      ['api-token', 'lead', 'optedOutAt'],
    ]);
  });

  it('when an opt-out is cleared without the confirmation, then it is refused and the lead stays do-not-contact; with it, it is cleared and recorded', async () => {
    const phone = uniquePhone();
    await receiveSms(t.app, phone, 'STOP');
    const lead = await leadOf(phone);
    expect(lead.doNotContact).toBe(true);

    const refusals = [
      await postForm(t.app, session, `/admin/leads/${lead.id}/clear-opt-out`, {}),
      await postForm(t.app, session, `/admin/leads/${lead.id}/clear-opt-out`, { confirm: 'no' }),
      await postForm(t.app, session, `/admin/leads/${lead.id}/status`, { status: 'interested' }),
      await apiPost(`/api/leads/${lead.id}/clear-opt-out`, {}),
      await apiPost(`/api/leads/${lead.id}/clear-opt-out`, { confirm: false }),
      await apiPost(`/api/leads/${lead.id}/status`, { status: 'replied' }),
    ];
    expect(refusals.map((response) => response.statusCode)).toEqual([409, 409, 409, 409, 409, 409]);
    expect(refusals[0]?.body).toContain('needs an explicit confirmation');
    expect(await leadOf(phone)).toMatchObject({ doNotContact: true, status: 'unsubscribed' });
    expect(await auditOf(lead.id)).toEqual([]);

    const cleared = await postForm(t.app, session, `/admin/leads/${lead.id}/clear-opt-out`, { confirm: 'yes' });

    expect(cleared.statusCode).toBe(303);
    expect(await leadOf(phone)).toMatchObject({ doNotContact: false, status: 'replied', optedOutAt: null });
    expect((await auditOf(lead.id)).map((row) => [row.field, row.oldValue, row.newValue])).toEqual([
      ['status', 'unsubscribed', 'replied'],
      ['doNotContact', 'true', 'false'],
      ['optedOutAt', lead.optedOutAt?.toISOString(), null],
    ]);
  });

  it('when a status change on an opted-out lead comes with the confirmation, then the opt-out is cleared with it', async () => {
    const phone = uniquePhone();
    await receiveSms(t.app, phone, 'STOP');
    const lead = await leadOf(phone);

    const response = await apiPost(`/api/leads/${lead.id}/status`, { status: 'interested', confirm: true });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ outcome: 'updated', leadId: lead.id });
    expect(await leadOf(phone)).toMatchObject({ status: 'interested', doNotContact: false });
    const corrections = await t.app.inject({ method: 'GET', url: '/api/corrections?limit=500', headers: bearer });
    const rows = corrections.json<{ corrections: { leadId: number; actor: string; field: string }[] }>().corrections;
    expect(rows.filter((row) => row.leadId === lead.id).map((row) => [row.actor, row.field])).toEqual([
      ['api-token', 'optedOutAt'],
      ['api-token', 'doNotContact'],
      ['api-token', 'status'],
    ]);
  });

  it('when a correction names an unknown lead or an invalid value, then it is a 404 or a 400 and nothing is recorded', async () => {
    const phone = uniquePhone();
    await receiveSms(t.app, phone, 'ok');
    const lead = await leadOf(phone);

    expect((await postForm(t.app, session, '/admin/leads/999999999/status', { status: 'new' })).statusCode).toBe(404);
    expect((await apiPost('/api/leads/999999999/status', { status: 'new' })).statusCode).toBe(404);
    expect((await apiPost('/api/interpretations/999999999/intent', { intent: 'opt_out' })).statusCode).toBe(404);
    expect((await postForm(t.app, session, `/admin/leads/${lead.id}/status`, { status: 'vip' })).statusCode).toBe(400);
    expect((await apiPost(`/api/leads/${lead.id}/status`, { status: 'vip' })).statusCode).toBe(400);
    expect(await auditOf(lead.id)).toEqual([]);
  });

  it('when corrections were made, then the corrections page lists them with the lead they concern', async () => {
    const phone = uniquePhone();
    await receiveSms(t.app, phone, 'non merci');
    const lead = await leadOf(phone);
    await postForm(t.app, session, `/admin/leads/${lead.id}/status`, { status: 'later' });

    const page = await t.app.inject({ method: 'GET', url: '/admin/corrections', headers: { cookie: session.cookie } });

    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`href="/admin/leads/${lead.id}"`);
    expect(page.body).toContain('later');
  });
});
