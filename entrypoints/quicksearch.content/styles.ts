/** The overlay's own CSS, inside its shadow root: `all: initial` keeps the page's inherited styles out. */
export const OVERLAY_CSS = `
:host { all: initial; position: fixed; inset: 0; z-index: 2147483647; display: block; }
* { box-sizing: border-box; }
.backdrop { position: fixed; inset: 0; background: rgb(0 0 0 / 0.25); }
.palette {
  position: fixed; top: 12vh; left: 50%; transform: translateX(-50%);
  width: min(40rem, calc(100vw - 2rem)); max-height: 70vh; display: flex; flex-direction: column;
  background: #fff; color: #1a1a1a; border-radius: 0.5rem; box-shadow: 0 0.75rem 2.5rem rgb(0 0 0 / 0.35);
  font: 16px/1.4 system-ui, 'Segoe UI', Roboto, sans-serif; padding: 0.75rem;
}
.title { font-size: 14px; font-weight: 600; margin: 0 0 0.4rem; color: #3b3b3b; }
input {
  font: inherit; width: 100%; padding: 0.55rem 0.7rem; border: 2px solid #1d5b8f; border-radius: 0.35rem;
  color: inherit; background: #fff;
}
input:focus { outline: 3px solid #f0b400; outline-offset: 1px; }
ul { list-style: none; margin: 0.5rem 0 0; padding: 0; overflow-y: auto; }
li { padding: 0.45rem 0.6rem; border-radius: 0.3rem; cursor: pointer; display: flex; flex-direction: column; }
li[aria-selected='true'] { background: #1d5b8f; color: #fff; }
.name { font-weight: 600; }
.meta { font-size: 14px; }
.status { margin: 0.5rem 0 0; font-size: 14px; min-height: 1.2em; }
.hint { margin: 0.25rem 0 0; font-size: 14px; color: #4a4a4a; }
@media (prefers-color-scheme: dark) {
  .palette { background: #1f2328; color: #f0f0f0; }
  .title, .hint { color: #c8c8c8; }
  input { background: #2b3036; border-color: #7fb6e6; }
  li[aria-selected='true'] { background: #7fb6e6; color: #111; }
}
`;
