// Opening a link that carries a run (`epoch=`, `step=`, `log=`): the playground replays it from
// its seed a frame's steps at a time (counted in Rust), under the lessons' catch-up bar with its
// Cancel, and the notices about log entries it could not replay are shown when it ends.

import { buildCatchUp } from '../lessons/catchup.js';
import { byId } from '../dom.js';
import { showUrlNotices } from '../notices.js';
import { writeAddress } from './address.js';

/**
 * Starts replaying the link `app.pg` was built from, with the bar under the run bar; while it
 * goes, `app.replaying` is true (the loop does not train). `shown` notices were already shown.
 */
export function startReplay(app, shown) {
  const handle = {
    advance: (steps) => app.pg.replayAdvance(steps),
    progress: () => app.pg.replayProgress(),
    cancel: () => app.pg.replayCancel(),
    frameSteps: () => app.pg.frameSteps(),
  };
  const catchUp = buildCatchUp(handle, () => {
    app.replaying = false;
    const notices = app.pg.notices();
    if (notices.length > shown) showUrlNotices(notices);
    // The log may have changed settings and points: every control shows the state replayed.
    app.state = app.pg.state();
    writeAddress(app);
    app.refresh('none');
  });
  catchUp.element.id = 'replay';
  byId('run').append(catchUp.element);
  app.replaying = true;
  catchUp.start();
  app.draw();
}
