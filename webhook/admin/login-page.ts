import { html, type Html } from './html.js';
import { layout } from './layout.js';

export function loginPage(options: { token: string; next: string; error?: string; user?: string }): Html {
  return layout(
    'Log in',
    {},
    html`<form method="post" action="/admin/login" class="login">
      <h1>Operator log-in</h1>
      ${options.error ? html`<p class="notice error" role="alert">${options.error}</p>` : ''}
      <input type="hidden" name="_csrf" value="${options.token}" />
      <input type="hidden" name="next" value="${options.next}" />
      <label>User name <input name="user" autocomplete="username" required value="${options.user ?? ''}" /></label>
      <label>Password <input name="password" type="password" autocomplete="current-password" required /></label>
      <button type="submit">Log in</button>
    </form>`,
  );
}
