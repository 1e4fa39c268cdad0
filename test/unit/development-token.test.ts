import { describe, expect, it, onTestFinished } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEVELOPMENT_TOKEN_FILE } from '../../src/config/development-token.js';
import { loadConfig, type AppConfig } from '../../src/config/load-config.js';

/** A DATA_DIR of the test's own, removed when the test ends. */
function temporaryDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'berinia-config-'));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function loaded(env: NodeJS.ProcessEnv): { config: AppConfig; notices: string[] } {
  const result = loadConfig(env);
  if (!result.ok) throw new Error(`expected the settings to load, got: [${result.errors.join(' | ')}]`);
  return result;
}

describe('development auth token', () => {
  it('when no token is set in development, then a random token is written to DATA_DIR, readable by its owner only, and announced', () => {
    const dataDir = temporaryDataDir();

    const { config, notices } = loaded({ NODE_ENV: 'development', DATA_DIR: dataDir });

    const file = path.join(dataDir, DEVELOPMENT_TOKEN_FILE);
    const [token] = config.twilio.authTokens;
    expect(token).toMatch(/^[0-9a-f]{48}$/);
    expect(config.twilio.authTokenSource).toBe('generated');
    expect(fs.readFileSync(file, 'utf8').trim()).toBe(token);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(notices).toEqual([
      `generated a development Twilio auth token in ${file}; set TWILIO_AUTH_TOKEN to accept real Twilio requests`,
    ]);
    expect(notices.join('\n')).not.toContain(token);
  });

  it('when the service is configured a second time, then the token generated the first time is reused', () => {
    const dataDir = temporaryDataDir();

    const first = loaded({ DATA_DIR: dataDir });
    const second = loaded({ DATA_DIR: dataDir });

    expect(second.config.twilio.authTokens).toEqual(first.config.twilio.authTokens);
    expect(second.notices[0]).toMatch(/^using a development Twilio auth token in /);
  });

  it('when DATA_DIR does not exist yet, then it is created to hold the token', () => {
    const dataDir = path.join(temporaryDataDir(), 'nested', 'data');

    const { config } = loaded({ DATA_DIR: dataDir });

    expect(fs.readFileSync(path.join(dataDir, DEVELOPMENT_TOKEN_FILE), 'utf8').trim()).toBe(
      config.twilio.authTokens[0],
    );
  });

  it('when the token file exists but is empty, then a new token is generated instead of refusing to start without a reason', () => {
    const dataDir = temporaryDataDir();
    fs.writeFileSync(path.join(dataDir, DEVELOPMENT_TOKEN_FILE), '\n');

    const result = loadConfig({ DATA_DIR: dataDir });

    expect(result).toMatchObject({ ok: true, config: { twilio: { authTokenSource: 'generated' } } });
    expect(result.ok && result.config.twilio.authTokens[0]).toMatch(/^[0-9a-f]{48}$/);
  });

  it('when a token is set in the environment, then no token file is written', () => {
    const dataDir = temporaryDataDir();

    const { config, notices } = loaded({ DATA_DIR: dataDir, TWILIO_AUTH_TOKEN: 'from-env' });

    expect(config.twilio).toMatchObject({ authTokens: ['from-env'], authTokenSource: 'environment' });
    expect(notices).toEqual([]);
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it('when other settings are invalid, then no token file is written', () => {
    const dataDir = temporaryDataDir();

    const result = loadConfig({ DATA_DIR: dataDir, TRUST_PROXY: 'everyone' });

    expect(result.ok).toBe(false);
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });
});
