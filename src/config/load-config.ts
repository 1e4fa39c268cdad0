import { isIP } from 'node:net';
import path from 'node:path';
import type { CountryCode } from 'libphonenumber-js';
import { parsePasswordHash } from '../admin/password-hash.js';
import { toE164 } from '../phone.js';
import { envSchema, resolveAliases, type RawEnv } from './env-schema.js';
import { readOrCreateDevelopmentToken } from './development-token.js';
import { loadMessages } from './load-messages.js';
import type { Messages } from './messages-schema.js';

export type DatabaseConfig =
  { kind: 'postgres'; url: string; poolSize: number } | { kind: 'embedded'; dataDir: string };

export interface LlmConfig {
  baseUrl: string;
  apiKey: string | undefined;
  model: string;
  timeoutMs: number;
}

/** The operator view; each surface exists only when its credential is set. */
export interface AdminConfig {
  user: string;
  /** `scrypt$N$r$p$salt$hash`; with it, /admin is served (and sessionSecret is set). */
  passwordHash: string | undefined;
  /** Signs the session cookie; at least 32 characters. */
  sessionSecret: string | undefined;
  /** Bearer token for /api; at least 32 characters. */
  apiToken: string | undefined;
}

export interface AppConfig {
  host: string;
  port: number;
  env: RawEnv['NODE_ENV'];
  logLevel: RawEnv['LOG_LEVEL'];
  dataDir: string;
  defaultRegion: CountryCode;
  twilio: {
    /** Tokens accepted for signatures: the current one first, then the one being rotated out. */
    authTokens: readonly string[];
    authTokenSource: 'environment' | 'generated';
    accountSid: string | undefined;
    phoneNumber: string | undefined;
  };
  publicBaseUrl: string | undefined;
  /** Fastify `trustProxy`: false, or the proxy addresses we believe `X-Forwarded-*` from. */
  trustProxy: false | string;
  database: DatabaseConfig;
  /** SMS hot-path statements at once, reads and writes each; messages arriving meanwhile share one (see BatchQueue). */
  hotPathSlots: number;
  interpreter: {
    mode: RawEnv['INTERPRETER_MODE'];
    minConfidence: number;
    llm: LlmConfig | undefined;
  };
  operatorPhone: string | undefined;
  /** Reply texts, business details and voice prompts, placeholders filled in. */
  messages: Messages;
  messagesFile: string;
  shutdownTimeoutMs: number;
  /** 0 disables a limit. */
  pressure: { maxEventLoopDelayMs: number; maxRssBytes: number };
  /** Undefined: neither ADMIN_PASSWORD_HASH nor ADMIN_API_TOKEN is set, and /admin and /api do not exist. */
  admin: AdminConfig | undefined;
}

export type ConfigResult = { ok: true; config: AppConfig; notices: string[] } | { ok: false; errors: string[] };

export interface LoadConfigOptions {
  /** Where the development token lives; injected so tests never touch ./data. */
  readOrCreateToken?: (dataDir: string) => { token: string; created: boolean; file: string };
}

export function loadConfig(env: NodeJS.ProcessEnv, options: LoadConfigOptions = {}): ConfigResult {
  const resolved = resolveAliases(env);
  let parsed = envSchema.safeParse(resolved);
  const errors: string[] = [];
  if (!parsed.success) {
    errors.push(...parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`));
    // Drop the invalid settings and go on, so one start reports every problem, not the first.
    const invalid = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
    parsed = envSchema.safeParse(Object.fromEntries(Object.entries(resolved).filter(([key]) => !invalid.has(key))));
    if (!parsed.success) return { ok: false, errors };
  }
  const raw = parsed.data;
  const notices: string[] = [];
  const region = raw.DEFAULT_REGION as CountryCode;
  const dataDir = path.resolve(raw.DATA_DIR);

  const phoneSetting = (name: 'TWILIO_PHONE_NUMBER' | 'OPERATOR_PHONE'): string | undefined => {
    const value = raw[name];
    if (value === undefined) return undefined;
    const e164 = toE164(value, region);
    if (!e164) errors.push(`${name}: "${value}" is not a valid phone number`);
    return e164 ?? undefined;
  };
  const phoneNumber = phoneSetting('TWILIO_PHONE_NUMBER');
  const operatorPhone = phoneSetting('OPERATOR_PHONE');
  const trustProxy = parseTrustProxy(raw.TRUST_PROXY, errors);
  const database = resolveDatabase(raw, dataDir, errors);
  const llm = resolveLlm(raw, errors);
  const admin = resolveAdmin(raw, errors);
  const messages = loadMessages(raw.MESSAGES_FILE);
  if (!messages.ok) errors.push(...messages.errors);

  let authTokenSource: AppConfig['twilio']['authTokenSource'] = 'environment';
  let authToken = raw.TWILIO_AUTH_TOKEN;
  if (!authToken && raw.NODE_ENV === 'production') {
    errors.push('TWILIO_AUTH_TOKEN: required in production (BerinIA name: TWILIO_TOKEN)');
  } else if (!authToken && errors.length === 0) {
    const readOrCreate = options.readOrCreateToken ?? readOrCreateDevelopmentToken;
    const dev = readOrCreate(dataDir);
    authToken = dev.token;
    authTokenSource = 'generated';
    notices.push(
      `${dev.created ? 'generated' : 'using'} a development Twilio auth token in ${dev.file}; ` +
        'set TWILIO_AUTH_TOKEN to accept real Twilio requests',
    );
  }

  if (!authToken && errors.length === 0)
    errors.push('TWILIO_AUTH_TOKEN: no token configured and none could be generated');
  if (errors.length > 0 || !authToken || !messages.ok) return { ok: false, errors };

  const config: AppConfig = {
    host: raw.HOST,
    port: raw.PORT,
    env: raw.NODE_ENV,
    logLevel: raw.LOG_LEVEL,
    dataDir,
    defaultRegion: region,
    twilio: {
      authTokens: [authToken, ...(raw.TWILIO_AUTH_TOKEN_PREVIOUS ? [raw.TWILIO_AUTH_TOKEN_PREVIOUS] : [])],
      authTokenSource,
      accountSid: raw.TWILIO_ACCOUNT_SID,
      phoneNumber,
    },
    publicBaseUrl: raw.PUBLIC_BASE_URL,
    trustProxy,
    database,
    hotPathSlots: raw.DB_HOT_PATH_SLOTS,
    interpreter: { mode: raw.INTERPRETER_MODE, minConfidence: raw.MIN_CONFIDENCE, llm },
    operatorPhone,
    messages: messages.messages,
    messagesFile: messages.file,
    shutdownTimeoutMs: raw.SHUTDOWN_TIMEOUT_MS,
    pressure: {
      maxEventLoopDelayMs: raw.PRESSURE_MAX_EVENT_LOOP_DELAY_MS,
      maxRssBytes: (raw.PRESSURE_MAX_RSS_MB ?? (database.kind === 'postgres' ? 512 : 0)) * 1024 * 1024,
    },
    admin,
  };
  return { ok: true, config: deepFreeze(config), notices };
}

function parseTrustProxy(value: string | undefined, errors: string[]): false | string {
  if (value === undefined) return false;
  const lower = value.toLowerCase();
  if (['false', '0', 'no', 'off'].includes(lower)) return false;
  // "true" means the usual single-host shape: Nginx on the same machine.
  if (['true', '1', 'yes', 'on'].includes(lower)) return '127.0.0.1,::1';
  const entries = value.split(',').map((entry) => entry.trim());
  const invalid = entries.filter((entry) => {
    const [address = '', bits, extra] = entry.split('/');
    const family = isIP(address);
    if (family === 0 || extra !== undefined) return true;
    if (bits === undefined) return false;
    return !/^\d{1,3}$/.test(bits) || Number(bits) > (family === 4 ? 32 : 128);
  });
  if (invalid.length > 0) {
    errors.push(`TRUST_PROXY: expected true, false or proxy addresses/CIDRs, got "${invalid.join(', ')}"`);
  }
  return entries.join(',');
}

function resolveDatabase(raw: RawEnv, dataDir: string, errors: string[]): DatabaseConfig {
  if (raw.DATABASE_URL) return { kind: 'postgres', url: raw.DATABASE_URL, poolSize: raw.DB_POOL_SIZE };
  const anyDbVariable = raw.DB_HOST ?? raw.DB_NAME ?? raw.DB_USER ?? raw.DB_PASSWORD ?? raw.DB_PORT;
  if (anyDbVariable === undefined) return { kind: 'embedded', dataDir };
  const missing = (['DB_HOST', 'DB_USER', 'DB_NAME'] as const).filter((name) => !raw[name]);
  if (missing.length > 0) {
    errors.push(`${missing.join(', ')}: required when any DB_* setting is given (or set DATABASE_URL)`);
    return { kind: 'embedded', dataDir };
  }
  const credentials =
    encodeURIComponent(raw.DB_USER ?? '') + (raw.DB_PASSWORD ? `:${encodeURIComponent(raw.DB_PASSWORD)}` : '');
  const url = `postgres://${credentials}@${raw.DB_HOST}:${raw.DB_PORT ?? 5432}/${encodeURIComponent(raw.DB_NAME ?? '')}`;
  return { kind: 'postgres', url, poolSize: raw.DB_POOL_SIZE };
}

function resolveLlm(raw: RawEnv, errors: string[]): LlmConfig | undefined {
  if (raw.INTERPRETER_MODE === 'rules') return undefined;
  const missing = (['LLM_BASE_URL', 'LLM_MODEL'] as const).filter((name) => !raw[name]);
  if (missing.length > 0) {
    errors.push(`${missing.join(', ')}: required when INTERPRETER_MODE is ${raw.INTERPRETER_MODE}`);
    return undefined;
  }
  return {
    baseUrl: raw.LLM_BASE_URL ?? '',
    apiKey: raw.LLM_API_KEY,
    model: raw.LLM_MODEL ?? '',
    timeoutMs: raw.LLM_TIMEOUT_MS,
  };
}

function resolveAdmin(raw: RawEnv, errors: string[]): AdminConfig | undefined {
  const passwordHash = raw.ADMIN_PASSWORD_HASH;
  if (passwordHash !== undefined && !parsePasswordHash(passwordHash)) {
    errors.push('ADMIN_PASSWORD_HASH: expected scrypt$N$r$p$salt$hash as printed by `berinia-webhook hash-password`');
  }
  if (passwordHash !== undefined && raw.ADMIN_SESSION_SECRET === undefined) {
    errors.push('ADMIN_SESSION_SECRET: required when ADMIN_PASSWORD_HASH is set (at least 32 random characters)');
  }
  if (passwordHash === undefined && raw.ADMIN_API_TOKEN === undefined) return undefined;
  return {
    user: raw.ADMIN_USER,
    passwordHash,
    sessionSecret: raw.ADMIN_SESSION_SECRET,
    apiToken: raw.ADMIN_API_TOKEN,
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
