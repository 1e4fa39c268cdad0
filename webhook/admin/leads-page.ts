import { filtersToQuery, type LeadFilters } from '../../src/admin/lead-filters.js';
import type { LeadPage } from '../../src/admin/lead-list-query.js';
import { INTENTS } from '../../src/domain/interpretation.js';
import { LEAD_STATUSES } from '../../src/domain/lead.js';
import { formatDateTime, formatDay, html, type Html } from './html.js';
import { layout, type PageContext } from './layout.js';

const HOT_INTENTS = ['interested', 'callback'] as const;

function select(name: string, label: string, options: readonly string[], selected: string | undefined): Html {
  return html`<label
    >${label}<select name="${name}">
      <option value="">any</option>
      ${options.map((option) => html`<option value="${option}" ${option === selected ? html` selected` : ''}>${option.replace(/_/g, ' ')}</option>`)}
    </select></label
  >`;
}

export const intentBadge = (intent: string | null) =>
  intent ? html`<span class="badge ${intent}">${intent.replace(/_/g, ' ')}</span>` : '';

export const truncate = (text: string | null, max = 90) =>
  text === null ? '' : text.length > max ? `${text.slice(0, max - 1)}…` : text;

function filterForm(filters: LeadFilters, campaigns: string[]): Html {
  const intent = filters.intent.length === 1 ? filters.intent[0] : undefined;
  return html`<form method="get" action="/admin/leads" class="filters" role="search">
    <label
      >Search <input type="search" name="q" value="${filters.q ?? ''}" placeholder="name, company or number"
    /></label>
    ${select('status', 'Status', LEAD_STATUSES, filters.status)} ${select('intent', 'Last intent', INTENTS, intent)}
    ${select('dnc', 'Do not contact', ['yes', 'no'], filters.dnc)}
    ${select('campaign', 'Campaign', campaigns, filters.campaign)}
    <label>Replied from <input type="date" name="from" value="${filters.from ?? ''}" /></label>
    <label>to <input type="date" name="to" value="${filters.to ?? ''}" /></label>
    <button type="submit">Filter</button>
    <a href="/admin/leads">Reset</a>
  </form>`;
}

function row(lead: LeadPage['leads'][number]): Html {
  return html`<tr>
    <td>${formatDateTime(lead.lastInboundAt) || html`<span class="meta">no reply</span>`}</td>
    <td>
      <a href="/admin/leads/${lead.id}">${lead.name ?? lead.phoneE164}</a
      >${lead.company ? html`<div class="meta">${lead.company}</div>` : ''}
    </td>
    <td>${lead.phoneE164}</td>
    <td>
      ${lead.status.replace(/_/g, ' ')}${lead.doNotContact ? html` <span class="badge dnc">do not contact</span>` : ''}
    </td>
    <td>
      ${intentBadge(lead.lastIntent)}${lead.lastConfidence === null ? '' : html` <span class="meta">${Math.round(lead.lastConfidence * 100)}%</span>`}
    </td>
    <td>${lead.campaignId ?? ''}</td>
    <td class="snippet" title="${lead.lastBody ?? ''}">${truncate(lead.lastBody)}</td>
  </tr>`;
}

export function leadsPage(context: PageContext, filters: LeadFilters, page: LeadPage, campaigns: string[]): Html {
  const query = filtersToQuery(filters);
  const today = formatDay(new Date());
  const hot = new URLSearchParams(HOT_INTENTS.map((intent): [string, string] => ['intent', intent]));
  hot.set('from', today);
  const next = page.nextCursor ? filtersToQuery(filters, { cursor: page.nextCursor }) : null;
  const hotTitle =
    filters.intent.length > 1 ? html` <span class="meta">intent: ${filters.intent.join(' or ')}</span>` : '';
  return layout(
    'Leads',
    { ...context, section: 'leads' },
    html`<h1>Leads${hotTitle}</h1>
      ${filterForm(filters, campaigns)}
      <div class="links">
        <a href="/admin/leads?${hot.toString()}">Hot leads of the day</a>
        <a href="/admin/leads/export.csv${query ? `?${query}` : ''}" download>Export these leads (CSV)</a>
      </div>
      <table>
        <thead>
          <tr>
            <th>Last reply</th>
            <th>Lead</th>
            <th>Phone</th>
            <th>Status</th>
            <th>Last intent</th>
            <th>Campaign</th>
            <th>Last message</th>
          </tr>
        </thead>
        <tbody>
          ${
            page.leads.length === 0
              ? html`<tr>
                  <td colspan="7">No lead matches these filters.</td>
                </tr>`
              : page.leads.map(row)
          }
        </tbody>
      </table>
      <div class="links">
        ${filters.cursor ? html`<a href="/admin/leads${query ? `?${query}` : ''}">« First page</a>` : ''}
        ${next ? html`<a href="/admin/leads?${next}" rel="next">Next page »</a>` : ''}
      </div>`,
  );
}
