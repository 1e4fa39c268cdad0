/** The operator view's only stylesheet: system fonts, no images, no web fonts. */
export const ADMIN_CSS = `
:root { --fg: #1d2330; --muted: #5f6b7a; --line: #d9dee5; --bg: #f6f7f9; --accent: #0b5cad;
  --hot: #0a7a3d; --warn: #9a5b00; --stop: #b3261e; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--fg); background: var(--bg); }
header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; padding: .6rem 1.2rem;
  background: #fff; border-bottom: 1px solid var(--line); }
header .brand { font-weight: 700; color: var(--fg); text-decoration: none; }
nav { display: flex; flex: 1; gap: 1rem; align-items: center; }
nav a[aria-current] { font-weight: 700; text-decoration: none; color: var(--fg); }
nav .logout { margin-left: auto; display: flex; gap: .5rem; align-items: center; color: var(--muted); }
main { padding: 1rem 1.2rem 3rem; max-width: 90rem; }
a { color: var(--accent); }
h1 { font-size: 1.35rem; margin: .2rem 0 1rem; }
h2 { font-size: 1.1rem; margin: 1.6rem 0 .6rem; }
table { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid var(--line); }
th, td { text-align: left; padding: .4rem .55rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: .8rem; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); background: #fbfbfc; }
tbody tr:hover { background: #f0f5fb; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.snippet { color: var(--muted); max-width: 28rem; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
form.filters { display: flex; flex-wrap: wrap; gap: .6rem; align-items: end; margin-bottom: 1rem;
  padding: .8rem; background: #fff; border: 1px solid var(--line); }
form.filters label, form.inline label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); }
input, select, button { font: inherit; padding: .3rem .45rem; border: 1px solid #b9c1cc; border-radius: 4px; background: #fff; }
button { background: var(--accent); color: #fff; border-color: var(--accent); cursor: pointer; }
button.secondary { background: #fff; color: var(--accent); }
button.danger { background: var(--stop); border-color: var(--stop); }
.links { display: flex; gap: 1rem; align-items: center; margin: .8rem 0; }
.badge { display: inline-block; padding: 0 .4rem; border-radius: 3px; font-size: .8rem; background: #e8ebf0; }
.badge.interested, .badge.callback { background: #dcf3e5; color: var(--hot); }
.badge.opt_out, .badge.dnc { background: #fbe2e0; color: var(--stop); }
.badge.later, .badge.question { background: #fff1d6; color: var(--warn); }
.notice { padding: .6rem .8rem; border-radius: 4px; background: #e6f0fb; }
.notice.error { background: #fbe2e0; color: var(--stop); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; background: #fff;
  border: 1px solid var(--line); padding: .8rem; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
.columns { display: grid; grid-template-columns: minmax(18rem, 26rem) 1fr; gap: 1.5rem; align-items: start; }
@media (max-width: 900px) { .columns { grid-template-columns: 1fr; } }
form.inline { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; margin: .6rem 0; }
ol.conversation { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: .7rem; }
ol.conversation li { max-width: 46rem; padding: .6rem .8rem; border-radius: 8px; background: #fff; border: 1px solid var(--line); }
ol.conversation li.outbound { align-self: flex-end; background: #eaf2fc; }
ol.conversation li.call, ol.conversation li.voicemail { background: #f4f0fb; }
.meta { font-size: .8rem; color: var(--muted); }
.body { white-space: pre-wrap; margin: .3rem 0; }
.interpretation { border-top: 1px dashed var(--line); margin-top: .4rem; padding-top: .4rem; font-size: .9rem; }
.interpretation code { font-size: .8rem; }
.login { max-width: 22rem; margin: 3rem auto; background: #fff; padding: 1.5rem; border: 1px solid var(--line); }
.login label { display: flex; flex-direction: column; margin-bottom: .8rem; }
`;

/** A plain mark for the tab, served from this site as the CSP wants (browsers ask for one anyway). */
export const ADMIN_ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#0b5cad"/><path d="M4 11V5h4a2 2 0 0 1 0 4H4m4 0h1a2 2 0 0 1 0 4H4" fill="none" stroke="#fff" stroke-width="1.5"/></svg>`;
