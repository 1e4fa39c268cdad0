import { randomBytes } from 'node:crypto';
import twilio from 'twilio';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.js';
import { databaseKinds } from '../helpers/test-database.js';
import { smsParams, uniqueMessageSid, uniquePhone } from '../helpers/twilio-requests.js';
import { expectMaskedPhone, expectTidyStdout } from './helpers/log-expectations.js';
import { killLeftoverProcesses } from './helpers/processes.js';
import { createServerStorage, readStorage, storedFor, type ServerStorage } from './helpers/server-storage.js';
import { postForm, startWebhookServer, type WebhookServer } from './helpers/webhook-server.js';

const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>';
/** Start, requests, stop, and a database opened twice: well beyond the default 30 s under load. */
const SCENARIO_TIMEOUT_MS = 120_000;

afterAll(killLeftoverProcesses);

describe.each(databaseKinds())('the webhook server process on the %s database', (kind) => {
  /** A production server of its own for one test: its own database, its own random token. */
  async function startProductionServer(): Promise<{ server: WebhookServer; storage: ServerStorage; token: string }> {
    const storage = await createServerStorage(kind);
    const token = randomBytes(24).toString('hex');
    try {
      const server = await startWebhookServer({
        NODE_ENV: 'production',
        TWILIO_AUTH_TOKEN: token,
        LOG_LEVEL: 'info',
        ...storage.env,
      });
      return { server, storage, token };
    } catch (error) {
      await storage.dispose();
      throw error;
    }
  }

  /**
   * Reads what was stored. PostgreSQL is read while the server still runs;
   * a PGlite directory has one owner, so the server is stopped first (and
   * must stop cleanly).
   */
  async function readWhereTheServerAllows<T>(
    server: WebhookServer,
    storage: ServerStorage,
    read: (handle: DatabaseHandle) => Promise<T>,
  ): Promise<T> {
    if (kind === 'embedded') await expectCleanStop(server);
    return readStorage(storage, read);
  }

  async function expectCleanStop(server: WebhookServer): Promise<void> {
    // Stopped already (to read PGlite) or not: either way it must have been our SIGTERM, and a clean exit.
    const exit = server.process.running ? await server.stop() : await server.process.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(server.logLines().at(-1)).toMatchObject({ event: 'server.stopped', signal: 'SIGTERM', level: 'info' });
  }

  it(
    'when a lead answers "Oui ça m\'intéresse", then the answer is an empty TwiML, lead, message and interpretation are stored, and the log shows a masked number only',
    async () => {
      const { server, storage, token } = await startProductionServer();
      try {
        const phone = uniquePhone();
        const body = "Oui ça m'intéresse";
        const messageSid = uniqueMessageSid();
        const params = smsParams({ from: phone, body, messageSid });
        const signature = twilio.getExpectedTwilioSignature(token, server.smsUrl, params);

        const response = await postForm(server.smsUrl, params, signature);

        expect(response.status).toBe(200);
        expect(response.contentType).toMatch(/^text\/xml/);
        expect(response.body).toBe(EMPTY_TWIML);

        const logged = await server.waitForLog(
          'sms.received',
          (line) => line.event === 'sms.received' && line.messageSid === messageSid,
        );
        expect(logged).toMatchObject({
          level: 'info',
          statusCode: 200,
          method: 'POST',
          path: '/webhook/sms-response',
          intent: 'interested',
          leadCreated: true,
          leadStatus: 'interested',
        });
        expect(logged.reqId).toEqual(expect.any(String));
        expectMaskedPhone(logged.from, phone);

        const stored = await readWhereTheServerAllows(server, storage, (handle) =>
          storedFor(handle, messageSid, phone),
        );
        expect(stored.leads).toHaveLength(1);
        const [lead] = stored.leads;
        expect(lead).toMatchObject({
          phoneE164: phone,
          status: 'interested',
          source: 'sms_inbound',
          doNotContact: false,
          optedOutAt: null,
        });
        expect(lead?.lastInboundAt).toBeInstanceOf(Date);
        expect(stored.messages).toHaveLength(1);
        const [message] = stored.messages;
        expect(message).toMatchObject({
          leadId: lead?.id,
          direction: 'inbound',
          channel: 'sms',
          body,
          fromNumber: phone,
          toNumber: params.To,
          numMedia: 0,
        });
        // Every field Twilio posted is kept as received.
        expect(message?.raw).toMatchObject(params);
        expect(stored.interpretations).toHaveLength(1);
        expect(stored.interpretations[0]).toMatchObject({
          intent: 'interested',
          sentiment: 'positive',
          doNotContact: false,
          method: 'rules',
          action: expect.objectContaining({ type: 'transfer_to_crm' }),
        });

        await expectCleanStop(server);
        const events = server.logLines().flatMap((line) => (typeof line.event === 'string' ? [line.event] : []));
        expect(events).toEqual([
          'db.ready',
          'server.address',
          'server.listening',
          'sms.received',
          'server.stopping',
          'server.stopped',
        ]);
        expectTidyStdout(server, { phones: [phone], bodies: [body], secrets: [token] });
        expect(server.process.stderr).toBe('');
      } finally {
        server.kill();
        await storage.dispose();
      }
    },
    SCENARIO_TIMEOUT_MS,
  );

  it(
    'when a request is signed with another token or not signed at all, then it is refused with 403, nothing is stored and a warning is logged',
    async () => {
      const { server, storage, token } = await startProductionServer();
      try {
        const phone = uniquePhone();
        const body = 'Oui envoyez moi une offre';
        const forgedSid = uniqueMessageSid();
        const unsignedSid = uniqueMessageSid();
        const forged = smsParams({ from: phone, body, messageSid: forgedSid });
        const unsigned = smsParams({ from: phone, body, messageSid: unsignedSid });

        const wrongToken = await postForm(
          server.smsUrl,
          forged,
          twilio.getExpectedTwilioSignature('not-the-token', server.smsUrl, forged),
        );
        const noSignature = await postForm(server.smsUrl, unsigned, undefined);

        for (const response of [wrongToken, noSignature]) {
          expect(response.status).toBe(403);
          expect(JSON.parse(response.body)).toEqual({
            statusCode: 403,
            error: 'Forbidden',
            message: 'Invalid Twilio signature',
          });
        }
        for (const reason of ['mismatch', 'missing']) {
          const line = await server.waitForLog(
            `sms.rejected_signature (${reason})`,
            (entry) => entry.event === 'sms.rejected_signature' && entry.reason === reason,
          );
          expect(line).toMatchObject({
            level: 'warn',
            statusCode: 403,
            path: '/webhook/sms-response',
            signedUrl: server.smsUrl,
          });
          expect(line.reqId).toEqual(expect.any(String));
        }
        expect(server.logLines().filter((line) => line.event === 'sms.received')).toEqual([]);

        const stored = await readWhereTheServerAllows(server, storage, async (handle) => ({
          forged: await storedFor(handle, forgedSid, phone),
          unsigned: await storedFor(handle, unsignedSid, phone),
        }));
        expect(stored.forged).toEqual({ messages: [], leads: [], interpretations: [] });
        expect(stored.unsigned).toEqual({ messages: [], leads: [], interpretations: [] });

        await expectCleanStop(server);
        expectTidyStdout(server, { phones: [phone], bodies: [body], secrets: [token] });
      } finally {
        server.kill();
        await storage.dispose();
      }
    },
    SCENARIO_TIMEOUT_MS,
  );

  it(
    'when a lead answers STOP, then a TwiML answer is given and the lead, the message and the interpretation record the opt-out',
    async () => {
      const { server, storage, token } = await startProductionServer();
      try {
        const phone = uniquePhone();
        const messageSid = uniqueMessageSid();
        const params = smsParams({ from: phone, body: 'STOP', messageSid });

        const response = await postForm(
          server.smsUrl,
          params,
          twilio.getExpectedTwilioSignature(token, server.smsUrl, params),
        );

        expect(response.status).toBe(200);
        expect(response.contentType).toMatch(/^text\/xml/);
        // Empty, or one confirmation <Message>: Twilio's Advanced Opt-Out may already have confirmed.
        expect(response.body).toMatch(
          /^<\?xml version="1.0" encoding="UTF-8"\?><Response(\/>|><Message>[^<]+<\/Message><\/Response>)$/,
        );

        const logged = await server.waitForLog(
          'sms.received',
          (line) => line.event === 'sms.received' && line.messageSid === messageSid,
        );
        expect(logged).toMatchObject({
          level: 'info',
          statusCode: 200,
          intent: 'opt_out',
          leadStatus: 'unsubscribed',
        });
        expectMaskedPhone(logged.from, phone);

        const stored = await readWhereTheServerAllows(server, storage, (handle) =>
          storedFor(handle, messageSid, phone),
        );
        expect(stored.leads[0]).toMatchObject({ status: 'unsubscribed', doNotContact: true });
        expect(stored.leads[0]?.optedOutAt).toBeInstanceOf(Date);
        expect(stored.messages).toHaveLength(1);
        expect(stored.messages[0]).toMatchObject({ body: 'STOP', fromNumber: phone });
        expect(stored.interpretations[0]).toMatchObject({
          intent: 'opt_out',
          doNotContact: true,
          action: expect.objectContaining({ type: 'blacklist' }),
        });

        await expectCleanStop(server);
        expectTidyStdout(server, { phones: [phone], secrets: [token] });
      } finally {
        server.kill();
        await storage.dispose();
      }
    },
    SCENARIO_TIMEOUT_MS,
  );
});
