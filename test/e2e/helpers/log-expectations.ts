import { expect } from 'vitest';
import type { WebhookServer } from './webhook-server.js';

/**
 * How a number may appear in logs: a masked form that still tells numbers
 * apart (a short international prefix and the last two digits) and hides the
 * subscriber number, e.g. "+33*******78" for +33612345678.
 */
export function expectMaskedPhone(logged: unknown, e164: string): void {
  expect(logged).toEqual(expect.any(String));
  const masked = String(logged);
  expect(masked).toHaveLength(e164.length);
  expect(masked).toMatch(/^\+\d{1,3}\*{6,}\d{2}$/);
  expect(e164.startsWith(masked.slice(0, masked.indexOf('*')))).toBe(true);
  expect(masked.slice(-2)).toBe(e164.slice(-2));
}

/**
 * What an operator reading `journalctl -u berinia-webhook` may rely on: every
 * stdout line is a JSON object from the service, lines carry event names, and
 * no secret or personal datum is there in clear.
 */
export function expectTidyStdout(
  server: WebhookServer,
  never: { phones?: string[]; bodies?: string[]; secrets?: string[] },
): void {
  const lines = server.logLines();
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    expect(line).toMatchObject({ level: expect.any(String), time: expect.any(String), service: 'berinia-webhook' });
  }
  // Every line carries an event name, Fastify's own address announcement included.
  expect(lines.filter((line) => typeof line.event !== 'string')).toEqual([]);

  const text = server.process.stdout;
  for (const phone of never.phones ?? []) {
    expect(text).not.toContain(phone);
    // Nor without its plus sign, nor in national form.
    expect(text).not.toContain(phone.slice(1));
    expect(text).not.toContain(phone.slice(3));
  }
  for (const body of never.bodies ?? []) expect(text).not.toContain(body);
  for (const secret of never.secrets ?? []) expect(text).not.toContain(secret);
}
