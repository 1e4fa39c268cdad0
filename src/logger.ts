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
    serializers: { err: pino.stdSerializers.err },
  };
}

export function createLogger(options: CreateLoggerOptions): Logger {
  const base = loggerOptions(options.level);
  if (options.destination) return pino(base, options.destination);
  if (options.pretty) {
    return pino({ ...base, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss' } } });
  }
  return pino(base, pino.destination({ fd: 1, sync: false }));
}
