import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leads, messages } from '../../src/db/schema.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { databaseKinds } from '../helpers/test-database.js';
import { signedForm, smsParams, uniquePhone } from '../helpers/twilio-requests.js';

describe.each(databaseKinds())('a failure inside the transaction on the %s database', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
    // A database-side fault the application cannot foresee: the interpretation insert fails for one body.
    await t.database.handle.db.execute(sql`
      create function fail_on_marker() returns trigger language plpgsql as $$
      begin
        if exists (select 1 from messages where id = new.message_id and body = 'FAULT-MARKER') then
          raise exception 'injected fault';
        end if;
        return new;
      end $$`);
    await t.database.handle.db.execute(
      sql`create trigger fail_on_marker before insert on interpretations for each row execute function fail_on_marker()`,
    );
  });
  afterAll(async () => {
    await t.close();
  });

  it('when the interpretation cannot be written, then the answer is a 500 with no detail, logged with its request id, and neither lead nor message is left behind', async () => {
    const phone = uniquePhone();
    const params = smsParams({ from: phone, body: 'FAULT-MARKER' });
    const form = signedForm(params);
    const response = await t.app.inject({
      method: 'POST',
      url: '/webhook/sms-response',
      payload: form.payload,
      headers: form.headers,
    });

    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'Internal Server Error',
    });
    expect(await t.database.handle.db.select().from(leads).where(eq(leads.phoneE164, phone))).toHaveLength(0);
    expect(
      await t.database.handle.db.select().from(messages).where(eq(messages.messageSid, params.MessageSid)),
    ).toHaveLength(0);
    const errorLine = t.logs.lines.find((line) => line.event === 'http.error' && line.err !== undefined);
    expect(errorLine).toMatchObject({ level: 'error' });
    expect(errorLine?.reqId).toEqual(expect.any(String));
    expect(JSON.stringify(errorLine)).toContain('injected fault');
    expect(t.logs.text()).not.toContain(phone);
  });
});
