import { describe, expect, it } from 'vitest';
import { splitCampaignTag } from '../../agents/campaign-tag.js';

describe('splitCampaignTag', () => {
  it.each([
    ['#C123 oui', 'C123', 'oui'],
    ['[spring-2026] oui', 'spring-2026', 'oui'],
    ['  #C123: oui', 'C123', 'oui'],
    ['[C 42] Oui, rappelez-moi', 'C 42', 'Oui, rappelez-moi'],
    ['#C1,oui', 'C1', 'oui'],
  ])('when the body %j starts with a tag, then the campaign is %j and the text is %j', (body, campaignId, text) => {
    expect(splitCampaignTag(body)).toEqual({ campaignId, text });
  });

  it('when the body is only a tag (#1), then the campaign is "1" and the text is empty', () => {
    expect(splitCampaignTag('#1')).toEqual({ campaignId: '1', text: '' });
  });

  it('when the body has no tag, then there is no campaign and the text is the trimmed body', () => {
    expect(splitCampaignTag('  oui merci  ')).toEqual({ campaignId: null, text: 'oui merci' });
  });

  it.each(['oui #C1', 'ok [C1]', 'Bonjour #C123 ici'])(
    'when the tag %j is not at the start, then it is ordinary text',
    (body) => {
      expect(splitCampaignTag(body)).toEqual({ campaignId: null, text: body });
    },
  );

  it.each(['#', '# C1 oui', '[] oui', '#-C1 oui', '#C1😀 oui'])(
    'when %j only looks like a tag, then there is no campaign',
    (body) => {
      expect(splitCampaignTag(body).campaignId).toBeNull();
    },
  );
});
