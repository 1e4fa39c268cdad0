import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DatabaseConfig } from '../src/config/load-config.js';
import type { DatabaseHandle } from '../src/db/database.js';
import { runMigrations } from '../src/db/migrate.js';
import { openDatabase } from '../src/db/open-database.js';
import { countInbound, seedCampaign } from './bench-database.js';
import { freePort, PROJECT_ROOT, startServer, type RunningServer } from './server-process.js';
import { leadPhone, type SigningSpec } from './signed-requests.js';

export const SMS_PATH = '/webhook/sms-response';
const PUBLIC_BASE_URL = 'https://sms.example.com';
const CAMPAIGN_ID = 'bench-2026-03';
/** Distinct leads who reply; the first SEEDED_LEADS of them were sent the campaign beforehand. */
const LEAD_POOL = 50_000;
const SEEDED_LEADS = 10_000;

/** What every target of one benchmark run shares: a work directory and one Twilio account's secrets. */
export interface BenchContext {
  workDir: string;
  authToken: string;
  accountSid: string;
}

export function createContext(workDir: string): BenchContext {
  return {
    workDir,
    authToken: randomBytes(16).toString('hex'),
    accountSid: `AC${randomBytes(16).toString('hex')}`,
  };
}

export function signingSpec(context: BenchContext): SigningSpec {
  return {
    signedUrl: PUBLIC_BASE_URL + SMS_PATH,
    authToken: context.authToken,
    accountSid: context.accountSid,
    to: '+33757000000',
    leadPool: LEAD_POOL,
    campaignId: CAMPAIGN_ID,
  };
}

/** Opens the target database, migrates it and leaves behind what a sent campaign leaves. */
export async function prepareDatabase(config: DatabaseConfig): Promise<void> {
  const handle = await openDatabase(config);
  try {
    await runMigrations(handle);
    const phones = Array.from({ length: SEEDED_LEADS }, (_, index) => leadPhone(index));
    await seedCampaign(handle, { phones, campaignId: CAMPAIGN_ID });
  } finally {
    await handle.close();
  }
}

/** Inbound messages in the embedded database; only while no service holds it. */
export async function countEmbeddedInbound(dataDir: string, sidPrefix: string): Promise<number> {
  const handle: DatabaseHandle = await openDatabase({ kind: 'embedded', dataDir });
  try {
    return await countInbound(handle, sidPrefix);
  } finally {
    await handle.close();
  }
}

export interface OursOptions {
  /** PostgreSQL; none: the embedded database in dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  /** Write a V8 CPU profile of the service into this directory when it stops. */
  cpuProfileDir?: string;
  extraEnv?: Record<string, string>;
  /** The checkout whose build to run (bench:compare runs two); this one by default. */
  buildRoot?: string;
  /** Names the service in errors and its log file apart from another one running beside it. */
  name?: string;
}

/** NODE_OPTIONS as the systemd unit sets them, so the service runs here as it runs in production. */
export function productionNodeOptions(): string {
  const unit = readFileSync(path.join(PROJECT_ROOT, 'deploy', 'berinia-webhook.service'), 'utf8');
  // Environment="NODE_OPTIONS=a b": systemd's quoting of a value with spaces.
  return /^Environment="?NODE_OPTIONS=([^"\n]*)"?$/m.exec(unit)?.[1] ?? '';
}

/** The real service, built, started as production starts it: `node dist/webhook/run-webhook.js`. */
export async function startOurs(context: BenchContext, options: OursOptions): Promise<RunningServer> {
  const entry = path.join(options.buildRoot ?? PROJECT_ROOT, 'dist', 'webhook', 'run-webhook.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first (npm run bench does)`);
  mkdirSync(options.dataDir, { recursive: true });
  const port = await freePort();
  const profile = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
  const name = options.name ?? 'berinia-webhook';
  return startServer({
    name,
    args: [...profile, entry, '--port', String(port)],
    // Nothing inherited but PATH: a developer's DATABASE_URL or .env must not leak in (the cwd has no .env).
    cwd: options.dataDir,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      NODE_OPTIONS: productionNodeOptions(),
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      TWILIO_AUTH_TOKEN: context.authToken,
      TWILIO_ACCOUNT_SID: context.accountSid,
      PUBLIC_BASE_URL,
      DATA_DIR: options.dataDir,
      INTERPRETER_MODE: 'rules',
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
      ...options.extraEnv,
    },
    logFile: path.join(context.workDir, `${options.name ?? 'service'}${options.databaseUrl ? '' : '-embedded'}.log`),
    port,
    readyTimeoutMs: 120_000,
  });
}

/** bench/ceiling-server.ts on its own database. */
export async function startCeiling(context: BenchContext, databaseUrl: string): Promise<RunningServer> {
  const port = await freePort();
  return startServer({
    name: 'ceiling-server',
    args: ['--import', 'tsx', path.join(PROJECT_ROOT, 'bench', 'ceiling-server.ts')],
    env: { PATH: process.env.PATH, DATABASE_URL: databaseUrl, PORT: String(port) },
    logFile: path.join(context.workDir, 'ceiling.log'),
    port,
  });
}

/** `--service-env KEY=VALUE` options as an environment for the service. */
export function serviceEnvOf(pairs: readonly string[]): Record<string, string> {
  return Object.fromEntries(pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
}
