import { fstatSync } from 'node:fs';
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';

/**
 * Every key that may carry a secret or a person's data. pino replaces them
 * before serialising, so a careless `log.info({ config })` leaks nothing.
 */
export const REDACTED_PATHS = [
  'req.headers["x-twilio-signature"]',
  'req.headers.authorization',
  'req.headers.cookie',
  'headers["x-twilio-signature"]',
  'headers.authorization',
  '*.authToken',
  '*.authTokens',
  '*.apiKey',
  '*.password',
  '*.token',
  '*.signature',
  '*.TWILIO_AUTH_TOKEN',
  '*.TWILIO_TOKEN',
  '*.LLM_API_KEY',
  '*.DB_PASSWORD',
  '*.DATABASE_URL',
  '*.passwordHash',
  '*.sessionSecret',
  '*.apiToken',
  '*.ADMIN_PASSWORD_HASH',
  '*.ADMIN_SESSION_SECRET',
  '*.ADMIN_API_TOKEN',
  'authToken',
  'apiKey',
  'password',
  'signature',
  'body.Body',
  'body.From',
  'body.To',
  '*.raw_data',
  '*.content',
];

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
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    formatters: {
      // Names, not numbers: `journalctl -o cat | jq 'select(.level=="warn")'` reads better.
      level: (label) => ({ level: label }),
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
  return serialized;
}

function maskDigits(value: string): string {
  const digits = value.replace(/\D/g, '');
  return `${value.startsWith('+') ? '+' : ''}${'*'.repeat(Math.max(digits.length - 2, 0))}${digits.slice(-2)}`;
}

export function createLogger(options: CreateLoggerOptions): Logger {
  const base = loggerOptions(options.level);
  const journald = options.journald ?? (options.destination === undefined && stdoutIsJournal());
  const prefixed = (stream: DestinationStream) => (journald ? journaldDestination(stream) : stream);
  if (options.destination) return pino(base, prefixed(options.destination));
  if (options.pretty && !journald) {
    return pino({ ...base, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss' } } });
  }
  // Synchronous, as pino's own default for stdout: the last lines before an exit (server.stopped) must reach
  // the journal, and one line per request costs a few microseconds on a pipe.
  return pino(base, prefixed(pino.destination({ fd: 1, sync: true })));
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
