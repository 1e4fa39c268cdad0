import { describe, expect, it } from 'vitest';
import { sampleInboundSms, signTwilioRequest } from '../../src/twilio/sample-sms.js';
import { signedUrlOf, verifyTwilioSignature, type SignedRequest } from '../../src/twilio/signature.js';

/** Twilio's own documented example (Security → Validating requests). */
const TOKEN = '12345';
const URL = 'https://mycompany.com/myapp.php?foo=1&bar=2';
const SIGNATURE = 'RSOYDt4T1cUTdK1PDd93/VVr8B8=';
const exampleParams = () => ({
  CallSid: 'CA1234567890ABCDE',
  Caller: '+14158675309',
  Digits: '1234',
  From: '+14158675309',
  To: '+18005551212',
});

const example = (changes: Partial<SignedRequest> = {}): SignedRequest => ({
  url: URL,
  signature: SIGNATURE,
  params: exampleParams(),
  ...changes,
});

describe('verifyTwilioSignature', () => {
  it("when given Twilio's documented example, then the signature is accepted", () => {
    expect(verifyTwilioSignature(example(), [TOKEN])).toEqual({ valid: true });
  });

  it('when the URL carries the default port :443 that Twilio may have left out, then the signature is still accepted', () => {
    const request = example({ url: 'https://mycompany.com:443/myapp.php?foo=1&bar=2' });

    expect(verifyTwilioSignature(request, [TOKEN])).toEqual({ valid: true });
  });

  it('when the request is checked with another auth token, then it is refused as a mismatch', () => {
    expect(verifyTwilioSignature(example(), ['54321'])).toEqual({ valid: false, reason: 'mismatch' });
  });

  it('when a parameter value was tampered with, then it is refused as a mismatch', () => {
    const request = example({ params: { ...exampleParams(), Digits: '1235' } });

    expect(verifyTwilioSignature(request, [TOKEN])).toEqual({ valid: false, reason: 'mismatch' });
  });

  it('when a parameter was added after signing, then it is refused as a mismatch', () => {
    const request = example({ params: { ...exampleParams(), Body: 'STOP' } });

    expect(verifyTwilioSignature(request, [TOKEN])).toEqual({ valid: false, reason: 'mismatch' });
  });

  it('when a parameter was removed after signing, then it is refused as a mismatch', () => {
    const { Digits: _removed, ...withoutDigits } = exampleParams();

    expect(verifyTwilioSignature(example({ params: withoutDigits }), [TOKEN])).toEqual({
      valid: false,
      reason: 'mismatch',
    });
  });

  it.each([
    'http://mycompany.com/myapp.php?foo=1&bar=2',
    'https://other.example.com/myapp.php?foo=1&bar=2',
    'https://mycompany.com/otherapp.php?foo=1&bar=2',
    'https://mycompany.com/myapp.php?foo=1&bar=3',
    'https://mycompany.com/myapp.php',
  ])('when the signature is checked against another URL (%s), then it is refused as a mismatch', (url) => {
    expect(verifyTwilioSignature(example({ url }), [TOKEN])).toEqual({ valid: false, reason: 'mismatch' });
  });

  it.each([undefined, ''])('when the X-Twilio-Signature header is %j, then it is refused as missing', (signature) => {
    expect(verifyTwilioSignature(example({ signature }), [TOKEN])).toEqual({ valid: false, reason: 'missing' });
  });

  it('when the header is repeated (an array), then it is refused as malformed even if one copy is right', () => {
    expect(verifyTwilioSignature(example({ signature: [SIGNATURE, 'AAAAAAAAAAAAAAAAAAAAAAAAAAA='] }), [TOKEN])).toEqual(
      {
        valid: false,
        reason: 'malformed',
      },
    );
    expect(verifyTwilioSignature(example({ signature: [SIGNATURE] }), [TOKEN])).toEqual({
      valid: false,
      reason: 'malformed',
    });
  });

  it.each([` ${SIGNATURE}`, `${SIGNATURE} `, SIGNATURE.slice(0, -1), `${SIGNATURE}=`, 'not-a-signature'])(
    'when the header is %j (padded or not base64 SHA-1), then it is refused as malformed',
    (signature) => {
      expect(verifyTwilioSignature(example({ signature }), [TOKEN])).toEqual({ valid: false, reason: 'malformed' });
    },
  );

  it('when the token is being rotated, then a request signed with either token is accepted', () => {
    expect(verifyTwilioSignature(example(), ['new-token', TOKEN])).toEqual({ valid: true });
    expect(verifyTwilioSignature(example(), [TOKEN, 'new-token'])).toEqual({ valid: true });
    expect(verifyTwilioSignature(example(), ['new-token', 'older-token'])).toEqual({
      valid: false,
      reason: 'mismatch',
    });
  });

  it('when no token is configured, then nothing is accepted', () => {
    expect(verifyTwilioSignature(example(), [])).toEqual({ valid: false, reason: 'mismatch' });
  });

  it('when a full inbound SMS with empty fields is signed over every parameter, then it is accepted, and a changed empty field is refused', () => {
    const params = sampleInboundSms({ from: '+33612345678', to: '+33700000001', body: "Oui ça m'intéresse 👍" });
    const url = 'https://sms.example.test/webhook/sms-response';
    const signature = signTwilioRequest('live-token', url, params);

    expect(verifyTwilioSignature({ url, signature, params }, ['live-token'])).toEqual({ valid: true });
    expect(verifyTwilioSignature({ url, signature, params: { ...params, FromCity: 'PARIS' } }, ['live-token'])).toEqual(
      {
        valid: false,
        reason: 'mismatch',
      },
    );
  });
});

describe('signedUrlOf', () => {
  it('when PUBLIC_BASE_URL is set, then it replaces the scheme and host the request shows', () => {
    const url = signedUrlOf({
      publicBaseUrl: 'https://sms.example.com',
      protocol: 'http',
      host: '127.0.0.1:8001',
      url: '/webhook/sms-response?campaign=C1',
    });

    expect(url).toBe('https://sms.example.com/webhook/sms-response?campaign=C1');
  });

  it('when PUBLIC_BASE_URL is not set, then the request (and a trusted proxy) gives scheme and host', () => {
    const url = signedUrlOf({
      publicBaseUrl: undefined,
      protocol: 'https',
      host: 'sms.example.com',
      url: '/webhook/sms-response',
    });

    expect(url).toBe('https://sms.example.com/webhook/sms-response');
  });
});
