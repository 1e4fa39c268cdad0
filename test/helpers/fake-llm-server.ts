import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer: a status and body, or no answer at all (to provoke a timeout). */
export type FakeReply = { status: number; body: string } | { hang: true };

export interface RecordedLlmRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
  /** The SMS text, read back from the user turn the client sent. */
  message: string | null;
}

export interface FakeLlmServer {
  baseUrl: string;
  requests: RecordedLlmRequest[];
  /** Answers for requests about `message`, used in order; the last one repeats. */
  script(message: string, ...replies: FakeReply[]): void;
  requestsFor(message: string): RecordedLlmRequest[];
  close(): Promise<void>;
}

/** A chat completion whose message content is `content` (an object is sent as its JSON). */
export function chatCompletion(content: object | string): FakeReply {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  return {
    status: 200,
    body: JSON.stringify({
      id: 'chatcmpl-test',
      object: 'chat.completion',
      choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
    }),
  };
}

export const httpError = (status: number): FakeReply => ({
  status,
  body: JSON.stringify({ error: { message: 'scripted' } }),
});
export const noAnswer: FakeReply = { hang: true };

/** An OpenAI-compatible endpoint on 127.0.0.1, port chosen by the system, answering what each test scripts. */
export async function startFakeLlmServer(): Promise<FakeLlmServer> {
  const scripts = new Map<string, FakeReply[]>();
  const requests: RecordedLlmRequest[] = [];
  const hanging = new Set<ServerResponse>();

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      const message = messageOf(body);
      requests.push({ path: request.url ?? '', headers: request.headers, body, message });
      const queue = (message !== null && scripts.get(message)) || [httpError(418)];
      const reply = queue.length > 1 ? (queue.shift() as FakeReply) : (queue[0] as FakeReply);
      if ('hang' in reply) {
        hanging.add(response);
        return;
      }
      response.writeHead(reply.status, { 'content-type': 'application/json' }).end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (message, ...replies) => scripts.set(message, replies),
    requestsFor: (message) => requests.filter((entry) => entry.message === message),
    async close() {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function messageOf(body: Record<string, unknown>): string | null {
  const messages = Array.isArray(body.messages) ? (body.messages as { role?: string; content?: string }[]) : [];
  const user = messages.find((entry) => entry.role === 'user');
  try {
    const parsed = JSON.parse(user?.content ?? '') as { message?: unknown };
    return typeof parsed.message === 'string' ? parsed.message : null;
  } catch {
    return null;
  }
}
