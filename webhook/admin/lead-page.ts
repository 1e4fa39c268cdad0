import type { ConversationEntry, InterpretationView, LeadDetail } from '../../src/admin/lead-detail-query.js';
import { INTENTS } from '../../src/domain/interpretation.js';
import { LEAD_STATUSES } from '../../src/domain/lead.js';
import { formatDateTime, html, type Html } from './html.js';
import { csrfField, layout, type PageContext } from './layout.js';
import { intentBadge } from './leads-page.js';

const label = (value: string) => value.replace(/_/g, ' ');

function options(values: readonly string[], selected: string): Html[] {
  return values.map(
    (value) => html`<option value="${value}" ${value === selected ? html` selected` : ''}>${label(value)}</option>`,
  );
}

function interpretationBlock(i: InterpretationView, csrf: string | undefined): Html {
  const entities = Object.entries(i.entities).flatMap(([kind, values]) =>
    Array.isArray(values) && values.length > 0
      ? [html`<div>${kind}: ${values.join(', ')}</div>`]
      : typeof values === 'string'
        ? [html`<div>${kind}: ${values}</div>`]
        : [],
  );
  const details =
    Object.keys(i.action.details).length > 0 ? html` <code>${JSON.stringify(i.action.details)}</code>` : '';
  return html`<div class="interpretation">
    ${intentBadge(i.intent)} · ${i.sentiment} · interest ${i.interestLevel} · confidence
    ${Math.round(i.confidence * 100)}% ·
    ${i.method}${i.model ? ` (${i.model})` : ''}${i.doNotContact ? html` · <span class="badge dnc">do not contact</span>` : ''}
    <div>action: <strong>${label(i.action.type)}</strong>${details}</div>
    ${entities.length > 0 ? html`<div class="meta">${entities}</div>` : ''}
    <form method="post" action="/admin/interpretations/${i.id}/intent" class="inline">
      ${csrfField(csrf)}
      <label
        >Correct the intent
        <select name="intent">
          ${options(INTENTS, i.intent)}
        </select></label
      >
      <button type="submit" class="secondary">Save intent</button>
    </form>
  </div>`;
}

function entry(item: ConversationEntry, csrf: string | undefined): Html {
  const at = formatDateTime(item.at);
  if (item.kind === 'call') {
    const keys = item.digits ? `, keys ${item.digits.split('').join(' ')}` : '';
    return html`<li class="call">
      <div class="meta">${at} · call${keys}${item.status ? ` · ${item.status}` : ''}</div>
    </li>`;
  }
  if (item.kind === 'voicemail') {
    const length = item.durationSeconds === null ? '' : ` · ${item.durationSeconds} s`;
    return html`<li class="voicemail">
      <div class="meta">${at} · voicemail${length}</div>
      <a href="${item.url}" target="_blank" rel="noreferrer noopener">Listen (Twilio account log-in)</a>
    </li>`;
  }
  const who = item.direction === 'inbound' ? 'lead' : 'sent';
  return html`<li class="${item.direction}">
    <div class="meta">${at} · ${who}${item.campaignId ? ` · campaign ${item.campaignId}` : ''}</div>
    <div class="body">${item.body}</div>
    ${item.replyText ? html`<div class="meta">answered: ${item.replyText}</div>` : ''}
    ${item.interpretation ? interpretationBlock(item.interpretation, csrf) : ''}
  </li>`;
}

function leadForms(lead: LeadDetail['lead'], csrf: string | undefined): Html {
  const optOut = lead.doNotContact
    ? html`<p class="notice error">
          This lead asked not to be contacted${lead.optedOutAt ? ` (${formatDateTime(lead.optedOutAt)})` : ''}.
        </p>
        <form method="post" action="/admin/leads/${lead.id}/clear-opt-out" class="inline">
          ${csrfField(csrf)}
          <label
            ><span
              ><input type="checkbox" name="confirm" value="yes" required /> I confirm this lead agreed to be contacted
              again</span
            ></label
          >
          <button type="submit" class="danger">Clear the opt-out</button>
        </form>`
    : '';
  return html`<form method="post" action="/admin/leads/${lead.id}/status" class="inline">
      ${csrfField(csrf)}
      <label
        >Status
        <select name="status">
          ${options(LEAD_STATUSES, lead.status)}
        </select></label
      >
      ${
        lead.doNotContact
          ? html`<label
              ><span><input type="checkbox" name="confirm" value="yes" /> clear the opt-out too</span></label
            >`
          : ''
      }
      <button type="submit">Save status</button>
    </form>
    ${optOut}`;
}

export function leadPage(context: PageContext, detail: LeadDetail, notice?: { error?: string; saved?: boolean }): Html {
  const { lead, conversation, corrections } = detail;
  const fact = (name: string, value: Html | string | null) =>
    html`<dt>${name}</dt>
      <dd>${value ?? '—'}</dd>`;
  return layout(
    lead.name ?? lead.phoneE164,
    { ...context, section: 'leads' },
    html`<p><a href="/admin/leads">« Leads</a></p>
      <h1>${lead.name ?? lead.phoneE164}${lead.company ? html` <span class="meta">${lead.company}</span>` : ''}</h1>
      ${notice?.error ? html`<p class="notice error" role="alert">${notice.error}</p>` : ''}
      ${notice?.saved ? html`<p class="notice" role="status">Saved.</p>` : ''}
      <div class="columns">
        <section>
          <dl class="facts">
            ${fact('Phone', lead.phoneE164)}${fact('Email', lead.email)}${fact('Status', label(lead.status))}
            ${fact('Do not contact', lead.doNotContact ? html`<span class="badge dnc">yes</span>` : 'no')}
            ${fact('Campaign', lead.campaignId)}${fact('Source', label(lead.source))}
            ${fact('Created', formatDateTime(lead.createdAt))}${fact('Last reply', formatDateTime(lead.lastInboundAt) || null)}
          </dl>
          ${leadForms(lead, context.csrf)}
          <h2>Corrections</h2>
          ${
            corrections.length === 0
              ? html`<p class="meta">None.</p>`
              : html`<table>
                  <tbody>
                    ${corrections.map(
                      (c) =>
                        html`<tr>
                          <td>${formatDateTime(c.at)}</td>
                          <td>${c.actor}</td>
                          <td>${c.entity} ${c.entityId} ${c.field}: ${c.oldValue ?? '∅'} → ${c.newValue ?? '∅'}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>`
          }
        </section>
        <section>
          <h2>Conversation</h2>
          ${
            conversation.length === 0
              ? html`<p class="meta">Nothing yet.</p>`
              : html`<ol class="conversation">
                  ${conversation.map((item) => entry(item, context.csrf))}
                </ol>`
          }
        </section>
      </div>`,
  );
}
