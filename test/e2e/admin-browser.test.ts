import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { chromium, type Browser, type Page } from 'playwright-core';
import twilio from 'twilio';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ADMIN_API_TOKEN,
  ADMIN_PASSWORD,
  ADMIN_SESSION_SECRET,
  ADMIN_USER,
  adminPasswordHash,
} from '../helpers/admin.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/browser.js';
import { smsParams, uniquePhone } from '../helpers/twilio-requests.js';
import { killLeftoverProcesses, PROJECT_ROOT } from './helpers/processes.js';
import { createServerStorage, type ServerStorage } from './helpers/server-storage.js';
import { postForm, startWebhookServer, type WebhookServer } from './helpers/webhook-server.js';

export const SCREENSHOT = path.join(PROJECT_ROOT, 'test-results', 'admin-lead.png');
export const LIST_SCREENSHOT = path.join(PROJECT_ROOT, 'test-results', 'admin-leads.png');
const SCENARIO_TIMEOUT_MS = 120_000;

let server: WebhookServer | undefined;
let storage: ServerStorage | undefined;
let browser: Browser | undefined;
afterAll(async () => {
  await browser?.close();
  if (server?.process.running) await server.stop();
  await killLeftoverProcesses();
  await storage?.dispose();
});

/** Leads, the messages sent to them and their replies, loaded as in production: the import API and signed webhooks. */
async function seed(target: WebhookServer, token: string, campaign: string) {
  const people = {
    alice: {
      phone: uniquePhone(),
      name: 'Alice Martin',
      company: 'Boulangerie Martin',
      reply: "Oui ça m'intéresse, envoyez moi l'offre svp",
    },
    bruno: { phone: uniquePhone(), name: 'Bruno Petit', company: 'Garage Petit', reply: 'rappelez moi demain 14h' },
    chloe: { phone: uniquePhone(), name: 'Chloé Durand', company: 'Fleurs & Co', reply: 'STOP' },
    denis: { phone: uniquePhone(), name: 'Denis Roy', company: 'Roy Plomberie', reply: 'c koi vos tarifs ?' },
  };
  const csv = [
    'name,company,phone,campaign,message,sent_at',
    ...Object.values(people).map(
      (p) =>
        `${p.name},${p.company},${p.phone},${campaign},"Bonjour ${p.name.split(' ')[0]}, -20% sur votre site ce mois-ci. Intéressé ?",2026-05-04T09:30:00+02:00`,
    ),
  ].join('\n');
  const imported = await fetch(`${target.baseUrl}/api/leads/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_API_TOKEN}`, 'content-type': 'text/csv' },
    body: csv,
  });
  expect(imported.status).toBe(200);
  for (const person of Object.values(people)) {
    const params = smsParams({ from: person.phone, body: person.reply });
    const response = await postForm(
      target.smsUrl,
      params,
      twilio.getExpectedTwilioSignature(token, target.smsUrl, params),
    );
    expect(response.status).toBe(200);
  }
  return people;
}

/** Problems the page itself reports: a CSP violation or a script error shows up here. */
function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

describe('the operator view in a real browser (Debian Chromium, headless)', () => {
  it(
    'when the operator logs in, filters the interested leads and opens one, then the conversation and its interpretation show, and a screenshot is saved',
    async () => {
      if (!existsSync(CHROMIUM_PATH)) {
        throw new Error(`${CHROMIUM_PATH} is missing: apt-get install chromium (CI must run the browser test)`);
      }
      storage = await createServerStorage('embedded');
      const token = randomBytes(24).toString('hex');
      server = await startWebhookServer({
        NODE_ENV: 'production',
        LOG_LEVEL: 'info',
        TWILIO_AUTH_TOKEN: token,
        ADMIN_USER,
        ADMIN_PASSWORD_HASH: await adminPasswordHash(),
        ADMIN_SESSION_SECRET,
        ADMIN_API_TOKEN,
        ...storage.env,
      });
      const campaign = `spring-${randomBytes(3).toString('hex')}`;
      const people = await seed(server, token, campaign);

      browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const pageErrors = collectPageErrors(page);

      await page.goto(`${server.baseUrl}/admin`);
      expect(new URL(page.url()).pathname).toBe('/admin/login');
      await page.getByLabel('User name').fill(ADMIN_USER);
      await page.getByLabel('Password').fill(ADMIN_PASSWORD);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.waitForURL('**/admin/leads');
      const rows = page.locator('tbody tr');
      expect(await rows.count()).toBe(4);

      mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: LIST_SCREENSHOT, fullPage: true });

      await page.getByLabel('Last intent').selectOption('interested');
      await page.getByLabel('Campaign').selectOption(campaign);
      await page.getByRole('button', { name: 'Filter' }).click();
      await page.waitForURL(/intent=interested/);
      expect(await rows.count()).toBe(1);
      await expect.poll(() => rows.first().textContent()).toContain(people.alice.name);

      await page.getByRole('link', { name: people.alice.name }).click();
      await page.waitForURL(/\/admin\/leads\/\d+$/);
      const conversation = page.locator('ol.conversation > li');
      expect(await conversation.count()).toBe(2);
      expect(await conversation.nth(0).getAttribute('class')).toBe('outbound');
      expect(await conversation.nth(1).textContent()).toContain(people.alice.reply);
      expect(await conversation.nth(1).locator('.badge.interested').textContent()).toBe('interested');
      expect(await page.locator('h1').textContent()).toContain(people.alice.name);

      await page.screenshot({ path: SCREENSHOT, fullPage: true });
      expect(existsSync(SCREENSHOT)).toBe(true);
      expect(pageErrors).toEqual([]);

      const cookies = await page.context().cookies();
      expect(cookies.find((cookie) => cookie.name === 'bw_admin_session')).toMatchObject({
        httpOnly: true,
        sameSite: 'Strict',
        path: '/admin',
      });
    },
    SCENARIO_TIMEOUT_MS,
  );
});
