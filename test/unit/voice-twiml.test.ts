import { describe, expect, it } from 'vitest';
import { testConfig } from '../helpers/test-config.js';
import { parseTwiml, verbsOf } from '../helpers/twiml.js';
import { VoiceTwiml, voiceUrls } from '../../webhook/voice-twiml.js';

const texts = testConfig().messages.voice;

describe('VoiceTwiml', () => {
  it('when there is no public base URL, then the URLs Twilio is sent to are relative to its host', () => {
    const twiml = new VoiceTwiml(texts, voiceUrls('/webhook/voice'));
    const menu = parseTwiml(twiml.menu(2));
    expect(menu.children[0]?.attributes.action).toBe('/webhook/voice/menu?attempt=2');
    const record = parseTwiml(twiml.voicemail(false)).children.at(-1);
    expect(record?.attributes).toMatchObject({
      action: '/webhook/voice/voicemail',
      recordingStatusCallback: '/webhook/voice/recording',
    });
  });

  it('when a voice is configured, then every <Say> names it with the language', () => {
    const twiml = new VoiceTwiml({ ...texts, voice: 'Polly.Lea' }, voiceUrls('/webhook/voice'));
    const response = parseTwiml(twiml.step({ kind: 'information' }));
    expect(verbsOf(response)).toEqual(['Say', 'Say', 'Hangup']);
    for (const say of response.children.slice(0, 2)) {
      expect(say.attributes).toEqual({ language: 'fr-FR', voice: 'Polly.Lea' });
    }
  });

  it('when a text holds XML characters, then the SDK escapes them and the text reads back unchanged', () => {
    const twiml = new VoiceTwiml({ ...texts, goodbye: 'Dupont & Fils <au revoir>' }, voiceUrls('/webhook/voice'));
    const xml = twiml.step({ kind: 'goodbye', reason: 'none' });
    expect(xml).toContain('Dupont &amp; Fils &lt;au revoir&gt;');
    expect(parseTwiml(xml).children[1]?.text).toBe('Dupont & Fils <au revoir>');
  });
});
