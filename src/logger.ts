import { fstatSync } from 'node:fs';
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';

/**
 * Paths that may carry a secret or a person's data, which pino replaces
 * while serialising. Exact paths only: the keys that must go wherever they
 * stand are SECRET_KEYS, handled by censorSecrets, because pino's wildcard
 * redaction (`*.authToken`) costs about 35 µs a line and 2 µs for each child
 * logger, i.e. for every request (measured: 36 µs against 2.8 µs a line).
 */
export const REDACTED_PATHS = [
  'req.headers["x-twilio-signature"]',
  'req.headers.authorization',
  'req.headers.cookie',
  'headers["x-twilio-signature"]',
  'headers.authorization',
  'body.Body',
  'body.From',
  'body.To',
];

export const CENSOR = '[redacted]';

/** Keys replaced at the top of a line: a careless `log.info({ authToken })` leaks nothing. */
const TOP_LEVEL_SECRET_KEYS: ReadonlySet<string> = new Set(['authToken', 'apiKey', 'password', 'signature']);

/** Keys replaced one level down, under any key: a careless `log.info({ config })` leaks nothing. */
const NESTED_SECRET_KEYS: ReadonlySet<string> = new Set([
  'authToken',
  'authTokens',
  'apiKey',
  'password',
  'token',
  'signature',
  'TWILIO_AUTH_TOKEN',
  'TWILIO_TOKEN',
  'LLM_API_KEY',
  'DB_PASSWORD',
  'DATABASE_URL',
  'passwordHash',
  'sessionSecret',
  'apiToken',
  'ADMIN_PASSWORD_HASH',
  'ADMIN_SESSION_SECRET',
  'ADMIN_API_TOKEN',
  'raw_data',
  'content',
]);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Error);

/** A copy of object with every key of keys that it holds replaced by CENSOR (object itself when none). */
function censorKeys<T extends Record<string, unknown>>(object: T, keys: ReadonlySet<string>): T {
  let copy: Record<string, unknown> | null = null;
  for (const key in object) {
    if (keys.has(key) && Object.hasOwn(object, key)) (copy ??= { ...object })[key] = CENSOR;
  }
  return (copy ?? object) as T;
}

/**
 * What pino's `authToken` and `*.authToken` paths did, for SECRET_KEYS: a
 * line's own secret keys and those of the objects it holds are replaced,
 * copying only what changes, so the caller's objects are never touched.
 * Errors are censored by serializeError, once serialised.
 */
export function censorSecrets(line: Record<string, unknown>): Record<string, unknown> {
  let result = censorKeys(line, TOP_LEVEL_SECRET_KEYS);
  for (const key in result) {
    const value = result[key];
    if (!isPlainObject(value)) continue;
    const censored = censorKeys(value, NESTED_SECRET_KEYS);
    if (censored === value) continue;
    if (result === line) result = { ...line };
    result[key] = censored;
  }
  return result;
}

export interface CreateLoggerOptions {
  level: string;
  /** Where lines go; stdout by default. Tests pass a stream to read what was logged. */
  destination?: DestinationStream;
  pretty?: boolean;
  /**
   * Start each line with its syslog priority (`<4>{"level":"warn",…}`) for
   * journald. Default: when stdout is the journal and no destination is given.
   */
  journald?: boolean;
}

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    base: { service: 'berinia-webhook' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: CENSOR },
    formatters: {
      // Names, not numbers: `journalctl -o cat | jq 'select(.level=="warn")'` reads better.
      level: (label) => ({ level: label }),
      log: censorSecrets,
    },
    serializers: { err: serializeError },
    hooks: {
      // Fastify announces its address as a bare string; give it an event name like every other line.
      logMethod(args, method) {
        const [first] = args;
        if (typeof first === 'string' && first.startsWith('Server listening at ')) {
          return method.call(this, { event: 'server.address', address: first.slice(20) }, first);
        }
        return method.apply(this, args);
      },
    },
  };
}

/**
 * Errors as pino serialises them, minus what a database driver quotes back:
 * drizzle puts the query's parameters (phone numbers, message bodies) in
 * its error message, and a log line must not carry them.
 */
export function serializeError(error: Error): ReturnType<typeof pino.stdSerializers.err> {
  const serialized = pino.stdSerializers.err(error) as ReturnType<typeof pino.stdSerializers.err> &
    Record<string, unknown>;
  // PostgreSQL quotes offending values too ("Key (phone_e164)=(+336…)"): mask anything shaped like a number.
  const scrub = (text: string) =>
    text
      .replace(/\nparams: [^\n]*/g, '\nparams: [redacted]')
      .replace(/\+?\d[\d .-]{6,}\d/g, (digits) => maskDigits(digits));
  serialized.message = scrub(serialized.message ?? '');
  if (serialized.stack) serialized.stack = scrub(serialized.stack);
  for (const key of ['params', 'parameters', 'detail', 'where']) delete serialized[key];
  return censorKeys(serialized, NESTED_SECRET_KEYS);
}

function maskDigits(value: string): string {
  const digits = value.replace(/\D/g, '');
  return `${value.startsWith('+') ? '+' : ''}${'*'.repeat(Math.max(digits.length - 2, 0))}${digits.slice(-2)}`;
}

export function createLogger(options: CreateLoggerOptions): Logger {
  const base = loggerOptions(options.level);
  const journald = options.journald ?? (options.destination === undefined && stdoutIsJournal());
  const prefixed = (stream: DestinationStream) => (journald ? journaldDestination(stream) : stream);
  if (options.destination) return censoringChildBindings(pino(base, prefixed(options.destination)));
  if (options.pretty && !journald) {
    return censoringChildBindings(
      pino({ ...base, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss' } } }),
    );
  }
  // Synchronous, as pino's own default for stdout: the last lines before an exit (server.stopped) must reach
  // the journal, and one line per request costs a few microseconds on a pipe.
  return censoringChildBindings(pino(base, prefixed(pino.destination({ fd: 1, sync: true }))));
}

/**
 * pino formats a child's bindings without formatters.log, so they are
 * censored on their way in; children inherit the method, grandchildren too.
 */
function censoringChildBindings(logger: Logger): Logger {
  const child = logger.child;
  logger.child = function censoredChild(this: Logger, bindings, childOptions) {
    return child.call(this, censorSecrets(bindings), childOptions);
  } as Logger['child'];
  return logger;
}

/**
 * journald files a line at the priority its `<N>` prefix names, and at info
 * without one: so `journalctl -p warning` finds warnings only with these.
 */
export function syslogPrefix(pinoLevel: number): string {
  if (pinoLevel >= 50) return '<3>'; // error, fatal
  if (pinoLevel >= 40) return '<4>'; // warn
  if (pinoLevel >= 30) return '<6>'; // info
  return '<7>'; // debug, trace
}

const NEEDS_METADATA: typeof pino.symbols.needsMetadataGsym = pino.symbols.needsMetadataGsym;

type FlushableStream = DestinationStream & { flush?: (callback: (error?: Error) => void) => void };

/**
 * A destination that prefixes each line with its syslog priority. pino sets
 * `lastLevel` on a stream that asks for metadata just before writing a line,
 * so this costs one comparison and one concatenation, with no parsing.
 */
export class JournaldDestination implements DestinationStream {
  readonly [NEEDS_METADATA] = true as const;
  lastLevel = 30;
  lastTime = '';
  lastMsg = '';
  lastObj: object = {};
  lastLogger: Logger | undefined;

  constructor(private readonly target: FlushableStream) {}

  write(line: string): void {
    this.target.write(syslogPrefix(this.lastLevel) + line);
  }

  /** Called by `logger.flush()`, which the entry point uses before exiting. */
  flush(callback: (error?: Error) => void): void {
    if (typeof this.target.flush === 'function') this.target.flush(callback);
    else callback();
  }
}

export function journaldDestination(target: DestinationStream): JournaldDestination {
  return new JournaldDestination(target);
}

/**
 * systemd sets JOURNAL_STREAM to the device and inode of the journal socket
 * it connects to stdout. A process whose stdout was redirected may still
 * inherit the variable, so compare it with what stdout really is.
 */
export function stdoutIsJournal(env: NodeJS.ProcessEnv = process.env, fd = 1): boolean {
  const expected = env.JOURNAL_STREAM;
  if (!expected) return false;
  try {
    const stat = fstatSync(fd, { bigint: true });
    return expected === `${stat.dev}:${stat.ino}`;
  } catch {
    return false;
  }
}
