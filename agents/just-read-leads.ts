import type { LeadContext } from '../src/domain/lead.js';

/**
 * The listener asks for the sender's last campaign and, a moment later in the
 * same turn of the event loop, the interpreter asks for the lead: one query
 * answers both. The lead read with the campaign is kept only until the event
 * loop moves on, so it is exactly as fresh as a second query would be, and
 * each is given out once.
 */
export class JustReadLeads {
  readonly #leads = new Map<string, LeadContext | null>();
  #clearing = false;

  keep(phoneE164: string, lead: LeadContext | null): void {
    this.#leads.set(phoneE164, lead);
    if (this.#clearing) return;
    this.#clearing = true;
    setImmediate(() => {
      this.#leads.clear();
      this.#clearing = false;
    });
  }

  /** The lead if it was just read (null: no such lead), undefined if not. */
  take(phoneE164: string): LeadContext | null | undefined {
    const lead = this.#leads.get(phoneE164);
    this.#leads.delete(phoneE164);
    return lead;
  }
}
