import { html, type Html } from './html.js';

export interface PageContext {
  /** The logged-in operator; absent on the login page. */
  user?: string;
  /** The session's CSRF token, for every form that changes something. */
  csrf?: string;
  /** Which tab of the navigation is current. */
  section?: 'leads' | 'opt-outs' | 'corrections';
}

export const csrfField = (token: string | undefined) => html`<input type="hidden" name="_csrf" value="${token}" />`;

/** Every page: one stylesheet from /admin/assets, no script at all. */
export function layout(title: string, context: PageContext, body: Html): Html {
  const tab = (section: PageContext['section'], href: string, label: string) =>
    html`<a href="${href}" ${context.section === section ? html` aria-current="page"` : ''}>${label}</a>`;
  const nav = context.user
    ? html`<nav>
        ${tab('leads', '/admin/leads', 'Leads')} ${tab('opt-outs', '/admin/opt-outs', 'Opt-outs')}
        ${tab('corrections', '/admin/corrections', 'Corrections')}
        <form method="post" action="/admin/logout" class="logout">
          ${csrfField(context.csrf)}<span>${context.user}</span> <button type="submit">Log out</button>
        </form>
      </nav>`
    : '';
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="same-origin" />
        <title>${title} · berinia-webhook</title>
        <link rel="stylesheet" href="/admin/assets/admin.css" />
        <link rel="icon" href="/admin/assets/icon.svg" type="image/svg+xml" />
      </head>
      <body>
        <header><a class="brand" href="/admin/leads">berinia-webhook</a>${nav}</header>
        <main>${body}</main>
      </body>
    </html> `;
}

export function messagePage(title: string, context: PageContext, message: string): Html {
  return layout(
    title,
    context,
    html`<h1>${title}</h1>
      <p class="notice error">${message}</p>
      <p><a href="/admin/leads">Back to the leads</a></p>`,
  );
}
