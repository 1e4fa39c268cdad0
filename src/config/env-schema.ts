import { z } from 'zod';

/** Empty strings in a `.env` file mean "not set", not "set to nothing". */
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const httpUrl = z
  .string()
  .trim()
  .refine((value) => /^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/i.test(value), {
    message: 'expected an http(s) URL without query string, e.g. https://sms.example.com',
  })
  .transform((value) => value.replace(/\/+$/, ''));

/**
 * The raw environment as the service reads it. Names follow DESIGN.md; the
 * aliases BerinIA uses are folded in by `resolveAliases` before parsing.
 */
export const envSchema = z.object({
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(8001),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  TWILIO_AUTH_TOKEN: optionalText,
  TWILIO_AUTH_TOKEN_PREVIOUS: optionalText,
  TWILIO_ACCOUNT_SID: optionalText.pipe(
    z
      .string()
      .regex(/^AC[0-9a-fA-F]{32}$/, 'expected AC followed by 32 hex digits')
      .optional(),
  ),
  TWILIO_PHONE_NUMBER: optionalText,
  PUBLIC_BASE_URL: optionalText.pipe(httpUrl.optional()),
  TRUST_PROXY: optionalText,

  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// or postgresql:// URL')
      .optional(),
  ),
  DB_HOST: optionalText,
  DB_PORT: z.coerce
    .number()
    .int()
    .min(1)
    .max(65535)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DB_USER: optionalText,
  DB_PASSWORD: optionalText,
  DB_NAME: optionalText,
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(16),
  DB_HOT_PATH_SLOTS: z.coerce.number().int().min(1).max(32).default(1),
  DATA_DIR: z.string().trim().min(1).default('./data'),

  INTERPRETER_MODE: z.enum(['rules', 'hybrid', 'llm']).default('rules'),
  MIN_CONFIDENCE: z.coerce.number().min(0).max(1).default(0.7),
  LLM_BASE_URL: optionalText.pipe(httpUrl.optional()),
  LLM_API_KEY: optionalText,
  LLM_MODEL: optionalText,
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(8000),

  OPERATOR_PHONE: optionalText,
  // Reply texts, business details and voice prompts; unset: config/messages.fr.json shipped with the code.
  MESSAGES_FILE: optionalText,
  DEFAULT_REGION: z
    .string()
    .trim()
    .regex(/^[A-Z]{2}$/, 'expected a two-letter country code such as FR')
    .default('FR'),
  // Backpressure: above these, answer 503 with Retry-After at once rather than time out.
  PRESSURE_MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  // Unset: 512 on PostgreSQL; off on the embedded database, whose WebAssembly heap is most of the RSS.
  PRESSURE_MAX_RSS_MB: z.coerce.number().int().min(0).max(65_536).optional(),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),

  // Operator view (/admin, /api): off unless ADMIN_PASSWORD_HASH or ADMIN_API_TOKEN is set. No secret has a default.
  ADMIN_USER: z
    .string()
    .trim()
    .regex(/^[^\s:]{1,64}$/, 'expected 1 to 64 characters, no spaces or colons')
    .default('admin'),
  ADMIN_PASSWORD_HASH: optionalText,
  ADMIN_API_TOKEN: optionalText.pipe(z.string().min(32, 'expected at least 32 characters').optional()),
  ADMIN_SESSION_SECRET: optionalText.pipe(z.string().min(32, 'expected at least 32 characters').optional()),
});

export type RawEnv = z.infer<typeof envSchema>;

/** BerinIA's names, accepted so its existing `.env` works unchanged. */
const aliases: Record<string, string> = {
  TWILIO_TOKEN: 'TWILIO_AUTH_TOKEN',
  TWILIO_SID: 'TWILIO_ACCOUNT_SID',
  TWILIO_PHONE: 'TWILIO_PHONE_NUMBER',
};

export function resolveAliases(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  // An empty value means "not set", for every setting, so defaults apply.
  const resolved: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  for (const [alias, name] of Object.entries(aliases)) {
    const aliasValue = env[alias]?.trim();
    if (!env[name]?.trim() && aliasValue) resolved[name] = aliasValue;
  }
  return resolved;
}
