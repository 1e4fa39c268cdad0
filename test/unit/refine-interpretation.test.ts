import { describe, expect, it, vi } from 'vitest';
import type { LlmAnswer } from '../../agents/llm/llm-answer.js';
import { LlmTimeoutError } from '../../agents/llm/llm-errors.js';
import { refineInterpretation, type RefineDependencies } from '../../agents/llm/refine-interpretation.js';
import { interpretText } from '../../agents/interpreter/interpret-text.js';
import type { Interpretation } from '../../src/domain/interpretation.js';

const answer = (overrides: Partial<LlmAnswer> = {}): LlmAnswer => ({
  intent: 'interested',
  sentiment: 'positive',
  interest_level: 'high',
  confidence: 0.9,
  objections: [],
  questions: [],
  key_points: ['dit oui'],
  times: [],
  ...overrides,
});

function fakes(mode: RefineDependencies['mode'], reply: () => Promise<LlmAnswer>) {
  const interpret = vi.fn(reply);
  const warn = vi.fn();
  const dependencies: RefineDependencies = {
    mode,
    minConfidence: 0.7,
    llm: { model: 'fake-model', interpret },
    logger: { warn },
  };
  return { dependencies, interpret, warn };
}

const rulesOf = (overrides: Partial<Interpretation>): Interpretation => ({ ...interpretText('euh'), ...overrides });

describe('refineInterpretation', () => {
  it('when hybrid and the rules are confident, then the LLM is not asked', async () => {
    const { dependencies, interpret } = fakes('hybrid', async () => answer());
    const rules = rulesOf({ intent: 'interested', confidence: 0.95 });
    expect(await refineInterpretation(dependencies, { rules, text: 'oui', messageSid: 'SM1' })).toBeNull();
    expect(interpret).not.toHaveBeenCalled();
  });

  it('when hybrid and the rules are unsure, then the LLM answer is taken with method hybrid and the model', async () => {
    const { dependencies, interpret } = fakes('hybrid', async () =>
      answer({ intent: 'callback', times: ['jeudi 10h'] }),
    );
    const rules = rulesOf({ confidence: 0.4 });
    const refined = await refineInterpretation(dependencies, { rules, text: 'euh', messageSid: 'SM2' });
    expect(interpret).toHaveBeenCalledWith('euh', rules);
    expect(refined).toMatchObject({
      intent: 'callback',
      method: 'hybrid',
      model: 'fake-model',
      do_not_contact: false,
      action: { type: 'schedule_callback', details: { when: 'jeudi 10h' } },
    });
    expect(refined?.entities.times).toContain('jeudi 10h');
  });

  it('when llm mode, then the LLM is asked even about a confident message, with method llm', async () => {
    const { dependencies, interpret } = fakes('llm', async () => answer());
    const refined = await refineInterpretation(dependencies, {
      rules: rulesOf({ intent: 'interested', confidence: 0.99 }),
      text: 'oui',
      messageSid: 'SM3',
    });
    expect(interpret).toHaveBeenCalledOnce();
    expect(refined).toMatchObject({ intent: 'interested', method: 'llm', model: 'fake-model' });
  });

  it('when the rules found an opt-out and the LLM says interested, then the opt-out stands', async () => {
    const { dependencies } = fakes('llm', async () => answer({ intent: 'interested' }));
    const rules = interpretText('STOP');
    const refined = await refineInterpretation(dependencies, { rules, text: 'STOP', messageSid: 'SM4' });
    expect(refined).toMatchObject({
      intent: 'opt_out',
      do_not_contact: true,
      action: { type: 'blacklist' },
      method: 'llm',
      model: 'fake-model',
    });
  });

  it('when the LLM says opt_out, then it is accepted with do_not_contact and a blacklist action', async () => {
    const { dependencies } = fakes('hybrid', async () =>
      answer({ intent: 'opt_out', sentiment: 'neutral', interest_level: 'low' }),
    );
    const refined = await refineInterpretation(dependencies, {
      rules: rulesOf({ confidence: 0.4 }),
      text: 'euh',
      messageSid: 'SM5',
    });
    expect(refined).toMatchObject({
      intent: 'opt_out',
      do_not_contact: true,
      sentiment: 'negative',
      interest_level: 'none',
      action: { type: 'blacklist' },
    });
  });

  it('when the LLM fails, then null is returned and a warning names the message sid but not its text', async () => {
    const { dependencies, warn } = fakes('hybrid', async () => {
      throw new LlmTimeoutError(8000);
    });
    const refined = await refineInterpretation(dependencies, {
      rules: rulesOf({ confidence: 0.4 }),
      text: 'texte prive du prospect',
      messageSid: 'SM6',
    });
    expect(refined).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toMatchObject({
      event: 'interpretation.llm_failed',
      messageSid: 'SM6',
      kind: 'timeout',
    });
    expect(JSON.stringify(warn.mock.calls)).not.toContain('texte prive');
  });
});
