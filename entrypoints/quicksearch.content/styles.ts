/**
 * The overlay's own CSS, inside its shadow root. `all: initial` keeps the page's inherited styles
 * out; the host's rules are !important so the page's own rules for the host element cannot win;
 * sizes are in px, never rem, so a page's root font size cannot shrink the text (at least 14 px)
 * or the controls (at least 36 px high).
 */
export const OVERLAY_CSS = `
:host {
  all: initial !important; position: fixed !important; inset: 0 !important;
  z-index: 2147483647 !important; display: block !important; zoom: 1 !important;
}
* { box-sizing: border-box; }
.backdrop { position: fixed; inset: 0; background: rgb(0 0 0 / 0.25); }
.palette {
  position: fixed; top: 12vh; left: 50%; transform: translateX(-50%);
  width: min(640px, calc(100vw - 32px)); max-height: 76vh; display: flex; flex-direction: column;
  background: #fff; color: #1a1a1a; border-radius: 8px; box-shadow: 0 12px 40px rgb(0 0 0 / 0.35);
  font: 16px/1.4 system-ui, 'Segoe UI', Roboto, sans-serif; padding: 12px;
}
.head { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin: 0 0 6px; }
.title { font-size: 14px; font-weight: 600; margin: 0; color: #3b3b3b; }
input {
  font: inherit; width: 100%; min-height: 40px; padding: 8px 11px; border: 2px solid #1d5b8f;
  border-radius: 6px; color: inherit; background: #fff;
}
button {
  font: inherit; font-size: 14px; min-height: 36px; padding: 4px 12px; border: 1px solid #1d5b8f;
  border-radius: 6px; background: #fff; color: #1d5b8f; cursor: pointer;
}
button[aria-pressed='true'] { background: #1d5b8f; color: #fff; }
input:focus, button:focus-visible, a:focus-visible { outline: 3px solid #f0b400; outline-offset: 1px; }
ul { list-style: none; margin: 8px 0 0; padding: 0; overflow-y: auto; }
li { padding: 7px 10px; border-radius: 5px; cursor: pointer; display: flex; flex-direction: column; }
li[aria-selected='true'] { background: #1d5b8f; color: #fff; }
.name { font-weight: 600; }
.meta { font-size: 14px; }
.active { border-top: 1px solid #c8c8c8; margin-top: 8px; padding-top: 6px; }
.active:empty { display: none; }
.glance { margin: 2px 0 0; display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; }
.glance a { color: #0b4f86; display: inline-flex; align-items: center; min-height: 36px; }
.glance .phone { font-size: 18px; font-weight: 600; }
.hours-status { font-size: 14px; }
.hours-open { color: #0a5a1f; }
.hours-closed { color: #8a1212; }
.sr-only {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.status { margin: 8px 0 0; font-size: 14px; min-height: 1.2em; }
.hint { margin: 4px 0 0; font-size: 14px; color: #4a4a4a; }
@media (prefers-color-scheme: dark) {
  .palette { background: #1f2328; color: #f0f0f0; }
  .title, .hint { color: #c8c8c8; }
  input, button { background: #2b3036; border-color: #7fb6e6; color: #f0f0f0; }
  button[aria-pressed='true'] { background: #7fb6e6; color: #111; }
  li[aria-selected='true'] { background: #7fb6e6; color: #111; }
  .glance a { color: #9ccbf2; }
  .hours-open { color: #7fd491; }
  .hours-closed { color: #ff9c9c; }
}
`;
