import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sampleInboundSms, signTwilioRequest } from '../src/twilio/sample-sms.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What a load generator needs to sign requests exactly as Twilio would for one service. */
export interface SigningSpec {
  /** The URL Twilio calls (the service's PUBLIC_BASE_URL + path): what it signs. */
  signedUrl: string;
  authToken: string;
  accountSid: string;
  /** Our Twilio number. */
  to: string;
  /** How many distinct leads reply; the first `seededLeads` of them were sent the campaign. */
  leadPool: number;
  campaignId: string;
}

export interface PreparedRequest {
  body: Buffer;
  headers: Record<string, string>;
}

/**
 * The corpus files whose French replies the benchmark sends. A fixed list, so that adding a development set
 * (they lean to look-alikes, auto-replies and long formal messages, not a campaign's mix) does not change the
 * workload and figures stay comparable from one run to the next: these are the files the published figures used.
 */
const BODY_FILES = new Set([
  'corpus-heldout.jsonl',
  'corpus-dev.jsonl',
  ...Array.from({ length: 16 }, (_, index) => `corpus-dev${index + 2}.jsonl`),
]);

/** The French replies of the labelled corpus: what leads really write, typos and emojis included. */
export function frenchBodies(): string[] {
  const fixtures = path.join(root, 'test', 'fixtures');
  const bodies = readdirSync(fixtures)
    .filter((name) => BODY_FILES.has(name))
    .sort()
    .flatMap((name) => readFileSync(path.join(fixtures, name), 'utf8').split('\n'))
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { text: string; lang?: string })
    .filter((entry) => entry.lang === 'fr')
    .map((entry) => entry.text);
  if (bodies.length === 0) throw new Error(`no French message in ${fixtures}/corpus-*.jsonl`);
  return bodies;
}

/** Lead number i of the pool: valid French mobile numbers, as Twilio sends them (E.164). */
export function leadPhone(index: number): string {
  return `+336${String(10_000_000 + index).padStart(8, '0')}`;
}

/** A small deterministic generator, so two runs draw the same mix of leads and texts. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` unique inbound SMS requests (a fresh MessageSid each, starting with
 * `sidPrefix` so a run's rows can be counted), with every field Twilio posts
 * and Twilio's headers, signed with the SDK: all the signing happens here,
 * before anything is measured.
 */
export function prepareRequests(spec: SigningSpec, count: number, seed: number, sidPrefix: string): PreparedRequest[] {
  if (!/^SM[0-9a-f]{0,16}$/.test(sidPrefix)) throw new Error(`bad MessageSid prefix ${sidPrefix}`);
  const bodies = frenchBodies();
  const random = mulberry32(seed);
  const requests: PreparedRequest[] = new Array(count);
  for (let index = 0; index < count; index += 1) {
    const text = bodies[Math.floor(random() * bodies.length)] ?? 'Oui';
    // One reply in ten quotes the campaign tag BerinIA puts in its messages.
    const body = random() < 0.1 ? `#${spec.campaignId} ${text}` : text;
    const params = sampleInboundSms({
      from: leadPhone(Math.floor(random() * spec.leadPool)),
      to: spec.to,
      body,
      accountSid: spec.accountSid,
      // Twilio's shape: SM and 32 hex digits.
      messageSid:
        sidPrefix +
        randomBytes(16)
          .toString('hex')
          .slice(0, 34 - sidPrefix.length),
    });
    requests[index] = {
      body: Buffer.from(new URLSearchParams(params).toString()),
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Twilio-Signature': signTwilioRequest(spec.authToken, spec.signedUrl, params),
        'I-Twilio-Idempotency-Token': randomBytes(16).toString('hex'),
        'User-Agent': 'TwilioProxy/1.1',
        Accept: '*/*',
        'Cache-Control': 'max-age=259200',
        'X-Home-Region': 'us1',
      },
    };
  }
  return requests;
}
