// Boot and animation loop: waits for trunk's loader to start the wasm module, builds the page from
// the URL, then, while playing, trains `speed` epochs per animation frame, but no more than the
// frame's step budget (`frameSteps`, counted in Rust), and draws.

import { byId, errorText, formatNumber } from './dom.js';
import { addStrings, browserLanguage, setLanguage, t, translate } from './strings.js';
import { commit, initSettings } from './controls.js';
import { drawPreviews, initData } from './data.js';
import { initNetwork, markDead } from './network.js';
import { updateWeights } from './links.js';
import { closeEditor, initEditor } from './editor.js';
import { drawFrame, drawStatic, initOutput } from './output.js';
import { showStatus, showUrlNotices } from './notices.js';
import { startLesson } from './lessons/index.js';
import { markTab, relinkTabs } from './tabs.js';
import { useKeys } from './keys.js';
import { connectPlayground } from './embed/playground.js';
import { forwardKeys } from './embed/keys.js';
import { initLayout } from './layout.js';
import { initAxes } from './axes.js';
import { initSkipLink } from './skip.js';
import { initShare } from './share/dialog.js';
import { startReplay } from './share/replay.js';
import { writeAddress } from './share/address.js';
import { initModelFiles } from './files/model.js';
import { initPointFiles } from './files/points.js';

/** Shows the lesson the URL names, or else builds the playground on the wasm exports `api` and starts the loop. */
function boot(api) {
  addStrings(api.noticeStrings());
  forwardKeys();
  const route = api.lessonRoute(location.search);
  if (route.lesson) {
    startLesson(api, route);
    return;
  }
  markTab('playground', api);
  initSkipLink('run', 'skip.run');
  const pg = new api.Playground(route.query);
  const [orange, blue, green, neutral] = api.palette();
  const app = {
    api, pg, state: pg.state(), choices: api.choices(), limits: api.limits(), colors: { orange, blue, green, neutral },
    playing: false, focus: { hover: -1, pinned: -1 }, addLabel: 0, diagram: null, dirty: true,
  };
  for (const [name, value] of Object.entries(app.colors)) document.documentElement.style.setProperty(`--${name}`, value);

  const syncs = [initLayout(app), initAxes(app), initSettings(app), initData(app), initNetwork(app), initOutput(app), initRun(app)];
  initEditor(app);
  initShare(app);
  initModelFiles(app);
  initPointFiles(app);
  app.report = connectPlayground(app);
  /** Shows the state in every control, then redraws; a rebuild also closes the weight editor. */
  app.refresh = (result) => {
    if (result === 'rebuild') closeEditor();
    for (const sync of syncs) sync(app.state);
    setLanguage(app.state.view.lang ?? browserLanguage());
    showChange(result);
    drawStatic(app);
    app.draw();
  };
  /** Redraws the heatmaps, links and numbers (on the next frame). */
  app.draw = () => {
    app.dirty = true;
  };

  byId('loading').remove();
  for (const hidden of document.querySelectorAll('.run, .board')) hidden.hidden = false;
  showUrlNotices([...route.notices, ...pg.notices()]);
  app.refresh('none');
  // A link still to replay stays in the address bar until the replay ends (then the run's link).
  if (pg.hasReplay()) startReplay(app, pg.notices().length);
  else writeAddress(app);
  drawPreviews(app);
  watchSize(app);
  requestAnimationFrame(function frame() {
    requestAnimationFrame(frame);
    tick(app);
  });
}

/**
 * One animation frame: train while playing (`speed` epochs, at most a frame's steps: a big epoch
 * goes on over the next frames), then draw if anything changed.
 */
function tick(app) {
  if (app.playing && !app.replaying) {
    app.pg.train(app.state.view.speed, app.pg.frameSteps());
    app.dirty = true;
  }
  if (!app.dirty) return;
  app.dirty = false;
  const stats = app.pg.stats();
  if (stats.status !== 'training' && app.playing) setPlaying(app, false);
  // Diverged or nothing to train (or a link still replaying): a lower learning rate, Reset or a change helps, as the notice says.
  for (const id of ['play', 'step-batch', 'step-epoch']) byId(id).disabled = stats.status !== 'training' || app.replaying;
  drawFrame(app, stats);
  relinkTabs(stats.epoch, stats.stepInEpoch);
  updateWeights(app);
  markDead(app, stats.inactive);
  showStatus(stats);
  app.report(stats);
}

/** The run bar: play/pause, step one mini-batch, step one epoch, reset, speed, language. */
function initRun(app) {
  const play = byId('play');
  play.addEventListener('click', () => setPlaying(app, !app.playing));
  const step = (action) => () => {
    setPlaying(app, false);
    action();
    writeAddress(app);
    app.draw();
    announce(app);
  };
  byId('step-batch').addEventListener('click', step(() => app.pg.stepBatch()));
  byId('step-epoch').addEventListener('click', step(() => app.pg.train(1)));
  byId('reset').addEventListener('click', step(() => {
    app.pg.reset();
    closeEditor();
  }));

  byId('step-epoch').parentElement.after(useKeys([
    { name: 'play', button: play, does: 'keys.playPause' },
    { name: 'step', button: byId('step-epoch') },
    { name: 'reset', button: byId('reset') },
  ], { compact: true }));

  const speed = byId('speed');
  Object.assign(speed, app.limits.speed);
  speed.addEventListener('input', () => commit(app, (s) => { s.view.speed = Number(speed.value); }, speed));
  const lang = byId('lang');
  lang.addEventListener('change', () => commit(app, (s) => { s.view.lang = lang.value; }, lang));

  return (state) => {
    speed.value = String(state.view.speed);
    byId('speed-value').textContent = String(state.view.speed);
    lang.value = state.view.lang ?? browserLanguage();
  };
}

/** Starts or stops the loop's training, and shows it on the Play/Pause button. */
function setPlaying(app, playing) {
  app.playing = playing;
  const play = byId('play');
  play.dataset.t = playing ? 'pause' : 'play';
  translate(play);
  if (!playing) {
    writeAddress(app);
    announce(app);
  }
}

/** Tells screen readers where training stands (on pause and after a step, not every frame). */
function announce(app) {
  const stats = app.pg.stats();
  byId('announce').textContent = t('announce', { epoch: stats.epoch, loss: formatNumber(stats.trainLoss, 4) });
}

/** Says whether the last change kept the weights (live) or started again (rebuild). */
function showChange(result) {
  const kind = byId('change-kind');
  if (result === 'live' || result === 'rebuild') {
    kind.dataset.t = `change.${result}`;
    translate(kind);
  }
}

/** Redraws every canvas at the new size when the window (or the pixel ratio) changes. */
function watchSize(app) {
  const redraw = () => {
    drawPreviews(app);
    drawStatic(app);
    app.draw();
  };
  new ResizeObserver(redraw).observe(byId('points'));
  const watchRatio = () => {
    matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`).addEventListener('change', () => {
      redraw();
      watchRatio();
    }, { once: true });
  };
  watchRatio();
}

let started = false;

/**
 * Says why the page could not start, instead of "Loading…" for ever (a Rust panic has already
 * put its own message there).
 */
function showStartFailure(error) {
  if (started) return;
  console.error(error);
  byId('loading')?.remove();
  setLanguage(new URLSearchParams(location.search).get('lang') ?? browserLanguage());
  const fatal = byId('fatal');
  if (!fatal.hidden) return;
  fatal.textContent = t('fatal.start', { why: errorText(error) });
  fatal.hidden = false;
}

/** Boots the page on the wasm module, or says why it could not. */
function start() {
  try {
    boot(window.wasmBindings);
    started = true;
  } catch (error) {
    showStartFailure(error);
  }
}

// The wasm module failing to load or start shows up as an error or a rejected promise here.
addEventListener('error', (event) => showStartFailure(event.error ?? event.message));
addEventListener('unhandledrejection', (event) => showStartFailure(event.reason));
if (window.wasmBindings) start();
else if (window.asakuStartError !== undefined) showStartFailure(window.asakuStartError);
else addEventListener('TrunkApplicationStarted', start, { once: true });
