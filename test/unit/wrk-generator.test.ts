import { describe, expect, it } from 'vitest';
import { rawRequest, replayFile } from '../../bench/wrk-generator.js';

const request = {
  body: Buffer.from('Body=Oui+%C3%A7a+m%27int%C3%A9resse&From=%2B33612345678'),
  headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Twilio-Signature': 'abc=' },
};
const target = new URL('http://127.0.0.1:8001/webhook/sms-response');

describe('the requests wrk replays', () => {
  it('when a prepared request is written for the wire, then it is the HTTP/1.1 request autocannon would send, its body byte for byte', () => {
    const raw = rawRequest(target, request).toString('latin1');
    const [head, body] = raw.split('\r\n\r\n') as [string, string];

    expect(head.split('\r\n')).toEqual([
      'POST /webhook/sms-response HTTP/1.1',
      'Host: 127.0.0.1:8001',
      'Content-Type: application/x-www-form-urlencoded',
      'X-Twilio-Signature: abc=',
      `Content-Length: ${request.body.length}`,
    ]);
    expect(Buffer.from(body, 'latin1').equals(request.body)).toBe(true);
  });

  it('when several are written to the file, then each is its 8-digit length and its bytes, in order', () => {
    const second = { ...request, body: Buffer.from('Body=STOP') };
    const file = replayFile(target, [request, second]);
    const records: string[] = [];
    for (let at = 0; at < file.length;) {
      const length = Number(file.subarray(at, at + 8).toString('latin1'));
      records.push(file.subarray(at + 8, at + 8 + length).toString('latin1'));
      at += 8 + length;
    }

    expect(records).toEqual([
      rawRequest(target, request).toString('latin1'),
      rawRequest(target, second).toString('latin1'),
    ]);
  });
});
