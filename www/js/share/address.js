// The address bar is the run: it holds the playground's link (pg.link(), the canonical form
// described in the README's "Links"), written whenever the run stops or is changed — pause, a
// step, Reset, a weight edit, a point, a setting — so reloading the page reopens the same run.
// While playing it keeps the run as it was when Play was pressed (or last changed): a link of a
// run in motion would be out of date by the next frame, and browsers limit how often a page may
// rewrite its address (Safari: 100 times in 30 seconds).

/** Writes the run's link into the address bar; while a link is being replayed it stays as opened. */
export function writeAddress(app) {
  if (app.replaying) return;
  history.replaceState(null, '', `?${app.pg.link()}`);
}
