import { describe, expect, it } from 'vitest';
import { html } from '../../webhook/admin/html.js';

describe('the html template tag', () => {
  it('when text is interpolated, then markup and quotes are escaped, in text and in attributes', () => {
    const text = `<img src=x onerror="alert('x')">&`;
    expect(html`<p title="${text}">${text}</p>`.value).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;">&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;</p>',
    );
  });

  it('when fragments, lists and empty values are interpolated, then fragments stay markup and empty values vanish', () => {
    const items = ['<a>', 'b'].map((item) => html`<li>${item}</li>`);
    const rendered = html`<ul>
        ${items}
      </ul>
      ${null}${undefined}${false}${0}`.value;
    // Layout whitespace between tags (the formatter's) aside.
    expect(rendered.replace(/\s+/g, '')).toBe('<ul><li>&lt;a&gt;</li><li>b</li></ul>0');
  });
});
