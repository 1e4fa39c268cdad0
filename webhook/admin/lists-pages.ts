import type { CorrectionRow } from '../../src/admin/lead-detail-query.js';
import type { AdminRepository } from '../../src/admin/admin-repository.js';
import { formatDateTime, html, type Html } from './html.js';
import { layout, type PageContext } from './layout.js';

type OptOutRow = Awaited<ReturnType<AdminRepository['findOptOuts']>>[number];

export function optOutsPage(context: PageContext, rows: OptOutRow[], page: number, hasMore: boolean): Html {
  return layout(
    'Opt-outs',
    { ...context, section: 'opt-outs' },
    html`<h1>Opt-outs</h1>
      <p class="meta">
        Leads who asked not to be contacted: no SMS, call or email goes to them. Clearing one takes an explicit
        confirmation on the lead's page.
      </p>
      <table>
        <thead>
          <tr>
            <th>Opted out</th>
            <th>Lead</th>
            <th>Phone</th>
            <th>Status</th>
            <th>Campaign</th>
          </tr>
        </thead>
        <tbody>
          ${
            rows.length === 0
              ? html`<tr>
                  <td colspan="5">Nobody has opted out.</td>
                </tr>`
              : rows.map(
                  (row) =>
                    html`<tr>
                      <td>${formatDateTime(row.optedOutAt)}</td>
                      <td>
                        <a href="/admin/leads/${row.id}">${row.name ?? row.phoneE164}</a
                        >${row.company ? html`<div class="meta">${row.company}</div>` : ''}
                      </td>
                      <td>${row.phoneE164}</td>
                      <td>${row.status.replace(/_/g, ' ')}</td>
                      <td>${row.campaignId ?? ''}</td>
                    </tr>`,
                )
          }
        </tbody>
      </table>
      <div class="links">
        ${page > 1 ? html`<a href="/admin/opt-outs?page=${page - 1}">« Previous</a>` : ''}
        ${hasMore ? html`<a href="/admin/opt-outs?page=${page + 1}" rel="next">Next »</a>` : ''}
      </div>`,
  );
}

export function correctionsPage(context: PageContext, rows: CorrectionRow[], nextBefore: number | null): Html {
  return layout(
    'Corrections',
    { ...context, section: 'corrections' },
    html`<h1>Corrections</h1>
      <table>
        <thead>
          <tr>
            <th>When</th>
            <th>Who</th>
            <th>Lead</th>
            <th>What</th>
            <th>Old</th>
            <th>New</th>
          </tr>
        </thead>
        <tbody>
          ${
            rows.length === 0
              ? html`<tr>
                  <td colspan="6">No correction yet.</td>
                </tr>`
              : rows.map(
                  (row) =>
                    html`<tr>
                      <td>${formatDateTime(row.at)}</td>
                      <td>${row.actor}</td>
                      <td>
                        ${row.leadId === null ? '' : html`<a href="/admin/leads/${row.leadId}">${row.leadId}</a>`}
                      </td>
                      <td>${row.entity} ${row.entityId}: ${row.field}</td>
                      <td>${row.oldValue ?? '∅'}</td>
                      <td>${row.newValue ?? '∅'}</td>
                    </tr>`,
                )
          }
        </tbody>
      </table>
      <div class="links">
        ${nextBefore === null ? '' : html`<a href="/admin/corrections?before=${nextBefore}" rel="next">Older »</a>`}
      </div>`,
  );
}
