import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, type LoadConfigOptions } from '../../src/config/load-config.js';
import { DEFAULT_MESSAGES_FILE, loadMessages } from '../../src/config/load-messages.js';
import type { MessagesFile } from '../../src/config/messages-schema.js';

const dir = mkdtempSync(path.join(tmpdir(), 'bw-messages-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const shipped = (): MessagesFile => JSON.parse(readFileSync(DEFAULT_MESSAGES_FILE, 'utf8'));

let files = 0;
/** Writes a messages file of its own and returns its path. */
function fileWith(content: unknown): string {
  files += 1;
  const file = path.join(dir, `messages-${files}.json`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

function errorsOf(file: string): string[] {
  const result = loadMessages(file);
  if (result.ok) throw new Error('expected the messages file to be refused');
  return result.errors;
}

describe('the shipped messages file', () => {
  it('is valid, in French, with the placeholders filled in and no default reply', () => {
    const result = loadMessages(undefined);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const { messages } = result;
    expect(result.file).toBe(DEFAULT_MESSAGES_FILE);
    expect(messages.voice.language).toBe('fr-FR');
    expect(messages.sms.defaultReply).toBeNull();
    for (const text of [...Object.values(messages.sms), ...Object.values(messages.voice)]) {
      expect(text ?? '').not.toMatch(/[{}]/);
    }
    expect(messages.sms.hours).toContain(messages.business.hours);
    expect(messages.sms.contact).toContain(messages.business.phone);
    expect(messages.sms.contact).toContain(messages.business.email);
    expect(messages.voice.information).toContain(messages.business.address);
    expect(messages.sms.help).toMatch(/répondez INFO/);
  });
});

describe('loadMessages', () => {
  it('when a file changes a text and a business detail, then both show, placeholders filled in', () => {
    const content = shipped();
    content.business.hours = '7 j/7, 24 h/24';
    content.sms.hours = 'Nous sommes là {hours} !';
    content.sms.defaultReply = { enabled: true, text: 'Merci {companyName}' };
    const result = loadMessages(fileWith(content));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.messages.sms.hours).toBe('Nous sommes là 7 j/7, 24 h/24 !');
    expect(result.messages.sms.defaultReply).toBe(`Merci ${content.business.companyName}`);
  });

  it('when a voice is named, then it is kept for <Say>', () => {
    const content = shipped();
    content.voice.voice = 'Polly.Lea';
    const result = loadMessages(fileWith(content));
    expect(result.ok && result.messages.voice.voice).toBe('Polly.Lea');
  });

  it('when the file does not exist, then one line names the setting and the path', () => {
    const missing = path.join(dir, 'nope.json');
    expect(errorsOf(missing)).toEqual([`MESSAGES_FILE: ${missing}: cannot be read (ENOENT)`]);
  });

  it('when the file is not JSON, then one line says so', () => {
    const [line, ...rest] = errorsOf(fileWith('{ "business": '));
    expect(rest).toEqual([]);
    expect(line).toMatch(/^MESSAGES_FILE: .*messages-\d+\.json: is not valid JSON \(/);
  });

  it('when several keys are wrong, then each gets its own line naming the key', () => {
    const content = shipped() as unknown as Record<string, Record<string, unknown>>;
    delete content.sms!.stop;
    content.sms!.info = 'Voir {siteweb}';
    content.business!.email = 'pas un email';
    content.voice!.menu = '   ';
    content.voice!.language = 'français';
    content.voice!.menuu = 'typo';
    content.extra = {};

    const lines = errorsOf(fileWith(content)).map((line) => line.replace(/^MESSAGES_FILE: \S+: /, ''));

    expect(lines).toEqual(
      expect.arrayContaining([
        'sms.stop: missing',
        expect.stringMatching(/^sms\.info: unknown placeholder \{siteweb\}; known: \{companyName\}, \{hours\}/),
        'business.email: must be an email address',
        'voice.menu: must not be empty',
        'voice.language: must be a language tag such as fr-FR',
        'voice: Unrecognized key: "menuu"',
        'top level: Unrecognized key: "extra"',
      ]),
    );
    expect(lines).toHaveLength(7);
  });

  it('when a text is too long for one SMS once filled in, then it is refused', () => {
    const content = shipped();
    content.business.address = 'x'.repeat(1590);
    const lines = errorsOf(fileWith(content));
    expect(lines).toContainEqual(
      expect.stringMatching(/: sms\.contact: \d+ characters once filled in, more than 1600$/),
    );
  });

  it('when the default reply is switched on with an empty text, then it is refused', () => {
    const content = shipped();
    content.sms.defaultReply = { enabled: true, text: '' };
    expect(errorsOf(fileWith(content))).toContainEqual(
      expect.stringMatching(/sms\.defaultReply\.text: must not be empty$/),
    );
  });
});

describe('loadConfig with MESSAGES_FILE', () => {
  const fakeToken: LoadConfigOptions = {
    readOrCreateToken: () => {
      throw new Error('no development token may be generated for settings that are refused');
    },
  };

  it('when MESSAGES_FILE is unset, then the shipped French file is used', () => {
    const loaded = loadConfig({ TWILIO_AUTH_TOKEN: 'token' });
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    expect(loaded.config.messagesFile).toBe(DEFAULT_MESSAGES_FILE);
    expect(loaded.config.messages.voice.language).toBe('fr-FR');
    expect(Object.isFrozen(loaded.config.messages.sms)).toBe(true);
  });

  it('when MESSAGES_FILE is relative, then it is read from the working directory', () => {
    const file = fileWith(shipped());
    const loaded = loadConfig({ TWILIO_AUTH_TOKEN: 'token', MESSAGES_FILE: path.relative(process.cwd(), file) });
    expect(loaded.ok && loaded.config.messagesFile).toBe(file);
  });

  it('when the file is invalid, then the start is refused with its lines beside the other settings problems', () => {
    const content = shipped() as unknown as Record<string, Record<string, unknown>>;
    delete content.sms!.help;
    const file = fileWith(content);

    const loaded = loadConfig({ MESSAGES_FILE: file, PORT: 'notaport' }, fakeToken);

    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.errors).toEqual([expect.stringMatching(/^PORT: /), `MESSAGES_FILE: ${file}: sms.help: missing`]);
  });
});
