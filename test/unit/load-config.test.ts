import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadConfig, type AppConfig, type LoadConfigOptions } from '../../src/config/load-config.js';

/** Stands in for the development token file, so these tests never touch ./data. */
const fakeTokenFile: LoadConfigOptions = {
  readOrCreateToken: (dataDir) => ({ token: 'generated-dev-token', created: true, file: path.join(dataDir, 'token') }),
};

const A_SID = 'AC' + '0123456789abcdef'.repeat(2);

function accepted(env: NodeJS.ProcessEnv): AppConfig {
  const result = loadConfig(env, fakeTokenFile);
  if (!result.ok) throw new Error(`expected the settings to load, got:\n${result.errors.join('\n')}`);
  return result.config;
}

function refused(env: NodeJS.ProcessEnv): string[] {
  const result = loadConfig(env, fakeTokenFile);
  if (result.ok) throw new Error('expected the settings to be refused, but they loaded');
  return result.errors;
}

describe('loadConfig defaults', () => {
  it('when nothing is set, then the service listens on 127.0.0.1:8001 in development with the embedded database', () => {
    const config = accepted({});

    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8001,
      env: 'development',
      logLevel: 'info',
      defaultRegion: 'FR',
      publicBaseUrl: undefined,
      trustProxy: false,
      operatorPhone: undefined,
      interpreter: { mode: 'rules', llm: undefined },
    });
    expect(config.dataDir).toBe(path.resolve('./data'));
    expect(config.database).toEqual({ kind: 'embedded', dataDir: path.resolve('./data') });
  });

  it('when settings are given as empty strings, then the optional ones count as unset', () => {
    const config = accepted({
      TWILIO_AUTH_TOKEN: 'token',
      TWILIO_ACCOUNT_SID: '',
      TWILIO_PHONE_NUMBER: '  ',
      PUBLIC_BASE_URL: '',
      TRUST_PROXY: '',
      DATABASE_URL: '',
      DB_HOST: '',
      DB_PORT: '',
      DB_USER: '',
      DB_PASSWORD: '',
      DB_NAME: '',
      OPERATOR_PHONE: '',
      TWILIO_AUTH_TOKEN_PREVIOUS: '',
    });

    expect(config.twilio).toMatchObject({ authTokens: ['token'], accountSid: undefined, phoneNumber: undefined });
    expect(config.publicBaseUrl).toBeUndefined();
    expect(config.trustProxy).toBe(false);
    expect(config.database.kind).toBe('embedded');
    expect(config.operatorPhone).toBeUndefined();
  });

  it('when HOST, PORT and LOG_LEVEL are empty strings (as a copied .env leaves them), then their defaults apply', () => {
    const config = accepted({ TWILIO_AUTH_TOKEN: 'token', HOST: '', PORT: '', LOG_LEVEL: '' });

    expect(config).toMatchObject({ host: '127.0.0.1', port: 8001, logLevel: 'info' });
  });

  it('when the configuration is loaded, then it is frozen all the way down', () => {
    const config = accepted({ TWILIO_AUTH_TOKEN: 'token' });

    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.twilio)).toBe(true);
    expect(Object.isFrozen(config.twilio.authTokens)).toBe(true);
    expect(Object.isFrozen(config.database)).toBe(true);
    expect(() => {
      (config as { port: number }).port = 1;
    }).toThrow(TypeError);
    expect(() => {
      (config.twilio.authTokens as string[]).push('attacker-token');
    }).toThrow(TypeError);
  });
});

describe('loadConfig Twilio settings', () => {
  it("when BerinIA's names TWILIO_TOKEN, TWILIO_SID and TWILIO_PHONE are used, then they fill the Twilio settings", () => {
    const config = accepted({ TWILIO_TOKEN: 'berinia-token', TWILIO_SID: A_SID, TWILIO_PHONE: '07 00 00 00 01' });

    expect(config.twilio).toEqual({
      authTokens: ['berinia-token'],
      authTokenSource: 'environment',
      accountSid: A_SID,
      phoneNumber: '+33700000001',
    });
  });

  it('when both a setting and its BerinIA alias are given, then the documented name wins', () => {
    const config = accepted({ TWILIO_AUTH_TOKEN: 'current', TWILIO_TOKEN: 'old-alias' });

    expect(config.twilio.authTokens).toEqual(['current']);
  });

  it('when the documented name is empty and the alias is set, then the alias is used', () => {
    const config = accepted({ NODE_ENV: 'production', TWILIO_AUTH_TOKEN: '', TWILIO_TOKEN: 'berinia-token' });

    expect(config.twilio.authTokens).toEqual(['berinia-token']);
  });

  it('when TWILIO_AUTH_TOKEN_PREVIOUS is set, then it is accepted after the current token', () => {
    const config = accepted({ TWILIO_AUTH_TOKEN: 'new-token', TWILIO_AUTH_TOKEN_PREVIOUS: 'old-token' });

    expect(config.twilio.authTokens).toEqual(['new-token', 'old-token']);
  });

  it('when running in production without any auth token, then the start is refused naming the setting and its alias', () => {
    const errors = refused({ NODE_ENV: 'production' });

    expect(errors).toEqual(['TWILIO_AUTH_TOKEN: required in production (BerinIA name: TWILIO_TOKEN)']);
  });

  it('when running in production with a token, then no development token is generated', () => {
    const config = accepted({ NODE_ENV: 'production', TWILIO_AUTH_TOKEN: 'prod-token' });

    expect(config.twilio).toMatchObject({ authTokens: ['prod-token'], authTokenSource: 'environment' });
  });

  it('when the phone settings are written the French way, then they are stored in E.164', () => {
    const config = accepted({
      TWILIO_AUTH_TOKEN: 'token',
      TWILIO_PHONE_NUMBER: '07 00 00 00 01',
      OPERATOR_PHONE: '0033612345678',
    });

    expect(config.twilio.phoneNumber).toBe('+33700000001');
    expect(config.operatorPhone).toBe('+33612345678');
  });
});

describe('loadConfig database settings', () => {
  it('when DATABASE_URL is set, then it is used as is with the default pool size', () => {
    const config = accepted({ TWILIO_AUTH_TOKEN: 'token', DATABASE_URL: 'postgresql://app@db.internal:5432/berinia' });

    expect(config.database).toEqual({
      kind: 'postgres',
      url: 'postgresql://app@db.internal:5432/berinia',
      poolSize: 16,
    });
  });

  it("when BerinIA's DB_HOST, DB_PORT, DB_USER, DB_PASSWORD and DB_NAME are set, then they make a postgres URL with the password URL-encoded", () => {
    const config = accepted({
      TWILIO_AUTH_TOKEN: 'token',
      DB_HOST: 'db.internal',
      DB_PORT: '5433',
      DB_USER: 'berinia',
      DB_PASSWORD: 'p@ss:w/rd#%',
      DB_NAME: 'berinia_prod',
    });

    expect(config.database).toEqual({
      kind: 'postgres',
      url: 'postgres://berinia:p%40ss%3Aw%2Frd%23%25@db.internal:5433/berinia_prod',
      poolSize: 16,
    });
    const url = new URL(config.database.kind === 'postgres' ? config.database.url : '');
    expect(decodeURIComponent(url.password)).toBe('p@ss:w/rd#%');
  });

  it('when DB_PORT and DB_PASSWORD are left out, then port 5432 and a password-less URL are used', () => {
    const config = accepted({ TWILIO_AUTH_TOKEN: 'token', DB_HOST: 'localhost', DB_USER: 'app', DB_NAME: 'leads' });

    expect(config.database).toMatchObject({ kind: 'postgres', url: 'postgres://app@localhost:5432/leads' });
  });

  it('when both DATABASE_URL and DB_* settings are given, then DATABASE_URL wins', () => {
    const config = accepted({
      TWILIO_AUTH_TOKEN: 'token',
      DATABASE_URL: 'postgres://app@primary/berinia',
      DB_HOST: 'other',
      DB_USER: 'other',
      DB_NAME: 'other',
    });

    expect(config.database).toMatchObject({ url: 'postgres://app@primary/berinia' });
  });

  it('when only some DB_* settings are given, then the start is refused naming the missing ones', () => {
    expect(refused({ TWILIO_AUTH_TOKEN: 'token', DB_HOST: 'db.internal', DB_PASSWORD: 'secret' })).toEqual([
      'DB_USER, DB_NAME: required when any DB_* setting is given (or set DATABASE_URL)',
    ]);
    expect(refused({ TWILIO_AUTH_TOKEN: 'token', DB_PORT: '5433' })).toEqual([
      'DB_HOST, DB_USER, DB_NAME: required when any DB_* setting is given (or set DATABASE_URL)',
    ]);
  });

  it('when DB_POOL_SIZE is set, then the pool uses it', () => {
    const config = accepted({ TWILIO_AUTH_TOKEN: 'token', DATABASE_URL: 'postgres://db/x', DB_POOL_SIZE: '40' });

    expect(config.database).toMatchObject({ poolSize: 40 });
  });

  it('when DB_HOT_PATH_SLOTS is unset, set or out of range, then it is 1, the value, or refused by name', () => {
    expect(accepted({ TWILIO_AUTH_TOKEN: 'token' }).hotPathSlots).toBe(1);
    expect(accepted({ TWILIO_AUTH_TOKEN: 'token', DB_HOT_PATH_SLOTS: '4' }).hotPathSlots).toBe(4);
    expect(refused({ TWILIO_AUTH_TOKEN: 'token', DB_HOT_PATH_SLOTS: '0' })).toEqual([
      expect.stringMatching(/^DB_HOT_PATH_SLOTS: /),
    ]);
  });
});

describe('loadConfig TRUST_PROXY', () => {
  it.each(['true', 'TRUE', '1', 'yes', 'on'])(
    'when TRUST_PROXY is %j, then only the local proxy is trusted',
    (value) => {
      expect(accepted({ TWILIO_AUTH_TOKEN: 'token', TRUST_PROXY: value }).trustProxy).toBe('127.0.0.1,::1');
    },
  );

  it.each(['false', 'False', '0', 'no', 'off'])('when TRUST_PROXY is %j, then no proxy is trusted', (value) => {
    expect(accepted({ TWILIO_AUTH_TOKEN: 'token', TRUST_PROXY: value }).trustProxy).toBe(false);
  });

  it('when TRUST_PROXY lists addresses and CIDRs, then exactly those are trusted', () => {
    const config = accepted({ TWILIO_AUTH_TOKEN: 'token', TRUST_PROXY: '10.0.0.5, 192.168.1.0/24 ,::1,fd00::/8' });

    expect(config.trustProxy).toBe('10.0.0.5,192.168.1.0/24,::1,fd00::/8');
  });

  it('when TRUST_PROXY holds something that is not an address, then the start is refused quoting only the bad entries', () => {
    expect(refused({ TWILIO_AUTH_TOKEN: 'token', TRUST_PROXY: '127.0.0.1, nginx.local, 10.0.0.0/abc' })).toEqual([
      'TRUST_PROXY: expected true, false or proxy addresses/CIDRs, got "nginx.local, 10.0.0.0/abc"',
    ]);
  });

  it.each(['10.0.0.0/33', '::1/129', '10.0.0.0/8/9'])(
    'when TRUST_PROXY is the impossible range %j, then the start is refused with a TRUST_PROXY line instead of crashing later in Fastify',
    (value) => {
      const errors = refused({ TWILIO_AUTH_TOKEN: 'token', TRUST_PROXY: value });

      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^TRUST_PROXY: /);
    },
  );
});

describe('loadConfig interpreter settings', () => {
  it('when INTERPRETER_MODE is hybrid with LLM_BASE_URL and LLM_MODEL, then the LLM client settings are filled', () => {
    const config = accepted({
      TWILIO_AUTH_TOKEN: 'token',
      INTERPRETER_MODE: 'hybrid',
      LLM_BASE_URL: 'https://llm.example.com/v1/',
      LLM_MODEL: 'small-model',
      LLM_API_KEY: 'sk-test',
    });

    expect(config.interpreter).toEqual({
      mode: 'hybrid',
      minConfidence: 0.7,
      llm: { baseUrl: 'https://llm.example.com/v1', apiKey: 'sk-test', model: 'small-model', timeoutMs: 8000 },
    });
  });

  it.each(['hybrid', 'llm'])(
    'when INTERPRETER_MODE is %s without LLM settings, then the start is refused naming them',
    (mode) => {
      expect(refused({ TWILIO_AUTH_TOKEN: 'token', INTERPRETER_MODE: mode })).toEqual([
        `LLM_BASE_URL, LLM_MODEL: required when INTERPRETER_MODE is ${mode}`,
      ]);
    },
  );
});

describe('loadConfig invalid settings', () => {
  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['PORT', '80.5'],
    ['LOG_LEVEL', 'loud'],
    ['NODE_ENV', 'staging'],
    ['TWILIO_ACCOUNT_SID', 'AC123'],
    ['TWILIO_ACCOUNT_SID', 'SM' + '0'.repeat(32)],
    ['PUBLIC_BASE_URL', 'sms.example.com'],
    ['PUBLIC_BASE_URL', 'ftp://sms.example.com'],
    ['PUBLIC_BASE_URL', 'https://sms.example.com/webhook?x=1'],
    ['DATABASE_URL', 'mysql://db/berinia'],
    ['TWILIO_PHONE_NUMBER', '123'],
    ['OPERATOR_PHONE', 'call me'],
    ['MIN_CONFIDENCE', '1.5'],
    ['DEFAULT_REGION', 'france'],
  ])('when %s is %j, then the start is refused with one line naming it', (name, value) => {
    const errors = refused({ TWILIO_AUTH_TOKEN: 'token', [name]: value });

    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^${name}: \\S`));
  });

  it('when several settings are malformed at once, then each problem gets its own line', () => {
    const errors = refused({
      PORT: 'abc',
      LOG_LEVEL: 'loud',
      TWILIO_ACCOUNT_SID: 'AC1',
      PUBLIC_BASE_URL: 'ftp://x',
    });

    expect(errors.map((line) => line.split(':')[0])).toEqual([
      'PORT',
      'LOG_LEVEL',
      'TWILIO_ACCOUNT_SID',
      'PUBLIC_BASE_URL',
    ]);
  });

  it('when several cross-setting problems come together, then each gets its own line', () => {
    const errors = refused({
      TRUST_PROXY: 'nope',
      INTERPRETER_MODE: 'hybrid',
      DB_HOST: 'db.internal',
      OPERATOR_PHONE: '42',
    });

    expect(errors.map((line) => line.split(':')[0]).sort()).toEqual(
      ['DB_USER, DB_NAME', 'LLM_BASE_URL, LLM_MODEL', 'OPERATOR_PHONE', 'TRUST_PROXY'].sort(),
    );
  });

  it('when a malformed value and a cross-setting problem come together, then both are reported', () => {
    const errors = refused({ PORT: 'abc', TRUST_PROXY: 'nope', INTERPRETER_MODE: 'hybrid' });

    expect(errors.map((line) => line.split(':')[0]).sort()).toEqual(['LLM_BASE_URL, LLM_MODEL', 'PORT', 'TRUST_PROXY']);
  });

  it('when PUBLIC_BASE_URL ends with slashes, then they are removed so that paths can be appended', () => {
    const config = accepted({ TWILIO_AUTH_TOKEN: 'token', PUBLIC_BASE_URL: ' https://sms.example.com/berinia// ' });

    expect(config.publicBaseUrl).toBe('https://sms.example.com/berinia');
  });
});
