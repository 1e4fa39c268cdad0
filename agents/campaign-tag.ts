/**
 * BerinIA tags some outbound texts so replies quoting them can be matched:
 * `#C123 oui` or `[spring-2026] oui`. Only a tag at the very start counts.
 */
const LEADING_TAG =
  /^\s*(?:#([A-Za-z0-9](?:[A-Za-z0-9_.-]{0,62}[A-Za-z0-9_])?)|\[([A-Za-z0-9][A-Za-z0-9_. -]{0,63})\])(?=\s|$|[,:;.!?-])[\s,:;.-]*/u;

export function splitCampaignTag(body: string): { campaignId: string | null; text: string } {
  const match = LEADING_TAG.exec(body);
  if (!match) return { campaignId: null, text: body.trim() };
  const campaignId = (match[1] ?? match[2] ?? '').trim();
  return { campaignId, text: body.slice(match[0].length).trim() };
}
