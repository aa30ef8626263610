/**
 * The web chat's and the results page's stylesheets, served by us from
 * `/web/app.css` (no inline style, no web font: the system's fonts cover
 * the ten scripts). Readable from 320 px; print shows the conversation or
 * the results without the controls.
 */

/** The stylesheet shared by the chat page and the results page. */
export const APP_CSS = `
:root { color-scheme: light; --fg: #1a1a1a; --muted: #555; --line: #c8ccd2; --accent: #0b5cad; --bg: #fff; --bot: #f2f4f7; --me: #e3efff; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; background: var(--bg); color: var(--fg); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Thai", "Noto Sans Khmer", "Noto Sans Lao", "Noto Sans Myanmar", "Noto Sans CJK SC", sans-serif; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.chat { display: flex; flex-direction: column; min-height: 100vh; max-width: 48rem; margin: 0 auto; }
.chat header { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; justify-content: space-between; padding: .5rem .75rem; border-bottom: 1px solid var(--line); }
.chat h1 { font-size: 1rem; margin: 0; flex: 1 1 12rem; min-width: 0; overflow-wrap: anywhere; }
.lang { display: flex; gap: .35rem; align-items: center; }
select, input, button { font: inherit; color: inherit; }
select, input { border: 1px solid var(--muted); border-radius: .35rem; padding: .4rem .5rem; background: #fff; min-width: 0; }
button { border: 1px solid var(--accent); background: #fff; color: var(--accent); border-radius: 1rem; padding: .35rem .8rem; cursor: pointer; max-width: 100%; overflow-wrap: anywhere; text-align: left; }
button:hover { background: #eef5ff; }
button:focus-visible, select:focus-visible, input:focus-visible, a:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
button.primary { background: var(--accent); color: #fff; }
#log { flex: 1; padding: .75rem; overflow-wrap: anywhere; }
.msg { margin: .4rem 0; padding: .5rem .75rem; border-radius: .6rem; white-space: pre-wrap; max-width: 100%; }
.msg.bot { background: var(--bot); }
.msg.me { background: var(--me); margin-left: 15%; }
.choices { display: flex; flex-wrap: wrap; gap: .4rem; margin: .4rem 0 .8rem; padding: 0; list-style: none; }
.card { border: 1px solid var(--line); border-radius: .6rem; padding: .5rem .75rem; margin: .4rem 0; }
.card ol { padding-left: 1.25rem; margin: .25rem 0; }
.card li { margin: .4rem 0; }
.card .total { font-weight: 600; }
.card .note, .muted { color: var(--muted); font-size: .9rem; }
form.composer { display: flex; gap: .5rem; padding: .5rem .75rem; border-top: 1px solid var(--line); position: sticky; bottom: 0; background: var(--bg); }
form.composer input { flex: 1 1 auto; }
.results { max-width: 48rem; margin: 0 auto; padding: 1rem; overflow-wrap: anywhere; }
.results h1 { font-size: 1.3rem; }
.results .actions { margin: 1rem 0; }
@media print {
  header .lang, form.composer, .choices, .actions, button { display: none !important; }
  .chat { min-height: 0; }
  body { font-size: 11pt; }
  .msg, .card { break-inside: avoid; border: 0; padding: .2rem 0; background: none; }
  .card li { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
