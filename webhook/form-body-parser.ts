export interface FormLimits {
  maxParameters: number;
  maxNameLength: number;
  maxValueLength: number;
}

export const TWILIO_FORM_LIMITS: FormLimits = {
  // An inbound SMS has about 20 fields; ten media add 20 more; AddOns add one.
  maxParameters: 100,
  maxNameLength: 64,
  // Body is at most 1,600 characters, but AddOns carries a JSON document.
  maxValueLength: 16 * 1024,
};

export class FormBodyError extends Error {
  constructor(
    message: string,
    readonly statusCode: 400 | 413,
  ) {
    super(message);
    this.name = 'FormBodyError';
  }
}

type FormFields = Record<string, string | string[]>;

/**
 * The parsed form inherits nothing, so a parameter named __proto__,
 * constructor or toString is only data. Built with `new` over a prototype that
 * is itself Object.create(null), as Node's querystring does, rather than with
 * Object.create(null), which V8 keeps as a hash table: Twilio sends the same
 * fields in the same order, so these objects share one shape and every later
 * read of a field (zod, the signature, the listener) is a fast one.
 */
const FormParameters = function FormParameters(this: FormFields) {} as unknown as new () => FormFields;
FormParameters.prototype = Object.create(null) as FormFields;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * application/x-www-form-urlencoded, strictly: invalid UTF-8 or a broken
 * percent escape is the client's error (400), not a string to guess at, and
 * a repeated name keeps all its values, as Twilio's signature covers them all.
 */
export function parseFormBody(body: Buffer, limits: FormLimits = TWILIO_FORM_LIMITS): FormFields {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw new FormBodyError('body is not valid UTF-8', 400);
  }
  const params = new FormParameters();
  if (text === '') return params;
  const pairs = text.split('&');
  if (pairs.length > limits.maxParameters) {
    throw new FormBodyError(`too many parameters (at most ${limits.maxParameters})`, 413);
  }
  for (const [index, pair] of pairs.entries()) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const rawName = equals === -1 ? pair : pair.slice(0, equals);
    const rawValue = equals === -1 ? '' : pair.slice(equals + 1);
    const name = decodeComponent(rawName, index);
    const value = decodeComponent(rawValue, index);
    if (name === '') throw new FormBodyError(`parameter ${index + 1} has no name`, 400);
    if (name.length > limits.maxNameLength)
      throw new FormBodyError(`parameter name too long: ${name.slice(0, 32)}…`, 413);
    if (value.length > limits.maxValueLength) throw new FormBodyError(`parameter ${name} is too long`, 413);
    const existing = params[name];
    if (existing === undefined) params[name] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else params[name] = [existing, value];
  }
  return params;
}

function decodeComponent(raw: string, index: number): string {
  // Most of Twilio's values (SIDs, numbers, empty fields) have nothing to decode.
  if (!raw.includes('%')) return raw.includes('+') ? raw.replace(/\+/g, ' ') : raw;
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    throw new FormBodyError(`parameter ${index + 1} has malformed percent-encoding or invalid UTF-8`, 400);
  }
}
