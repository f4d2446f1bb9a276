// How the playground is laid out from its URL: `embed=1` (in a slide: no masthead or tabs, and
// what does not fit a slide left out, see www/css/layout.css) and the `*_hide` keys, each leaving
// out one part or control but never the read-out beside it.

/** The `*_hide` keys' parts, as the state's `view.hide` names them. */
const PARTS = ['data', 'settings', 'layers', 'speed', 'activation'];

/** Returns the sync that marks the page body with the state's embed and hidden parts. */
export function initLayout() {
  return (state) => {
    document.body.classList.toggle('embed', state.view.embed);
    document.body.dataset.hide = PARTS.filter((part) => state.view.hide[part]).join(' ');
  };
}
