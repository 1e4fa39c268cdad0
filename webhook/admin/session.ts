import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'bw_admin_session';
export const LOGIN_COOKIE = 'bw_admin_login';
/** A working day; the session is then to be opened again. */
export const SESSION_SECONDS = 8 * 60 * 60;

export interface AdminSession {
  user: string;
  /** Random per login: what the CSRF token is bound to. */
  sid: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

/** Equal-length digests first, so neither the content nor the length leaks through timing. */
export function safeEqual(a: string, b: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/**
 * Stateless signed sessions. One secret, separate keys per use: the cookie
 * signature (handed to @fastify/cookie), and the CSRF tokens. A session also
 * carries a fingerprint of the password hash, so changing the password ends
 * every session opened with the old one.
 */
export function createSessionCodec(secret: string, passwordHash: string, user: string) {
  const key = (purpose: string) => createHmac('sha256', secret).update(`berinia-webhook admin ${purpose}`).digest();
  const csrfKey = key('csrf');
  const fingerprint = createHmac('sha256', key('fingerprint')).update(passwordHash).digest('base64url').slice(0, 22);
  const mac = (text: string) => createHmac('sha256', csrfKey).update(text).digest('base64url');

  return {
    /** What @fastify/cookie signs cookies with. */
    cookieKey: key('cookie').toString('base64url'),

    issue(now: Date): { value: string; session: AdminSession } {
      const session = {
        user,
        sid: randomBytes(18).toString('base64url'),
        exp: Math.floor(now.getTime() / 1000) + SESSION_SECONDS,
      };
      const value = Buffer.from(JSON.stringify({ ...session, fp: fingerprint })).toString('base64url');
      return { value, session };
    },

    /** The session in an (already signature-checked) cookie value, or null if stale, foreign or malformed. */
    read(value: string, now: Date): AdminSession | null {
      try {
        const data = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Record<string, unknown>;
        const { user: who, sid, exp, fp } = data;
        if (typeof who !== 'string' || typeof sid !== 'string' || typeof exp !== 'number') return null;
        if (who !== user || fp !== fingerprint || exp * 1000 <= now.getTime()) return null;
        return { user: who, sid, exp };
      } catch {
        return null;
      }
    },

    csrfToken: (session: AdminSession) => mac(`session:${session.sid}`),
    checkCsrf: (session: AdminSession, token: unknown) =>
      typeof token === 'string' && safeEqual(token, mac(`session:${session.sid}`)),

    /** Before login there is no session: the form's token is bound to a random nonce in a cookie of its own. */
    loginNonce: () => randomBytes(18).toString('base64url'),
    loginToken: (nonce: string) => mac(`login:${nonce}`),
    checkLoginToken: (nonce: string | null, token: unknown) =>
      nonce !== null && typeof token === 'string' && safeEqual(token, mac(`login:${nonce}`)),
  };
}

export type SessionCodec = ReturnType<typeof createSessionCodec>;
