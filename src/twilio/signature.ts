// The validator alone: the SDK's root module loads its whole REST client, which the service never uses.
import { validateRequest } from 'twilio/lib/webhooks/webhooks.js';
import type { FormParams } from './inbound-sms.js';

export interface SignedRequest {
  /** The URL Twilio called, scheme to query string, exactly as it will have signed it. */
  url: string;
  signature: string | string[] | undefined;
  params: FormParams;
}

export type SignatureVerdict = { valid: true } | { valid: false; reason: 'missing' | 'malformed' | 'mismatch' };

const BASE64_SHA1 = /^[A-Za-z0-9+/]{27}=$/;

/**
 * Checks X-Twilio-Signature with the SDK's own validator against every token
 * we accept (the current one and, during a rotation, the previous one). The
 * SDK compares in constant time and tries the URL with and without its
 * default port, which is what Twilio may have signed.
 */
export function verifyTwilioSignature(request: SignedRequest, authTokens: readonly string[]): SignatureVerdict {
  const { signature } = request;
  if (signature === undefined || signature === '') return { valid: false, reason: 'missing' };
  // A repeated or padded header is not something Twilio sends: refuse it rather than pick one.
  if (typeof signature !== 'string' || !BASE64_SHA1.test(signature)) return { valid: false, reason: 'malformed' };
  for (const token of authTokens) {
    if (validateRequest(token, signature, request.url, request.params)) return { valid: true };
  }
  return { valid: false, reason: 'mismatch' };
}

export interface UrlSource {
  publicBaseUrl: string | undefined;
  /** Fastify's view, which honours X-Forwarded-Proto/Host only from trusted proxies. */
  protocol: string;
  host: string;
  /** Path and query string as received. */
  url: string;
}

/** The URL Twilio signed: the configured public base when set, else what the request (and a trusted proxy) says. */
export function signedUrlOf(source: UrlSource): string {
  if (source.publicBaseUrl) return source.publicBaseUrl + source.url;
  return `${source.protocol}://${source.host}${source.url}`;
}
