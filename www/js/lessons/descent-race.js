// The descent lesson's race: SGD, Momentum, AdaGrad, Adam and the engine's other optimizers
// from (−7, 2) on x²/20 + y² with the book's learning rates, one iteration per click, every
// path drawn by the wasm module. Every number comes from the `DescentLesson` handle.

import { el, fitCanvas } from '../dom.js';
import { translate } from '../strings.js';
import { show } from './view.js';

/** A number for display with 6 significant digits (a dash when not finite). */
export function short(value) {
  return show(value, 6);
}

/**
 * Builds the race in `section` on the lesson handle `lesson`; `changed()` runs after each change
 * (to write the URL). Returns a function that redraws the race at its canvas's current size.
 */
export function buildRace(lesson, section, changed) {
  const canvas = el('canvas', { class: 'lesson-field', role: 'img', label: 'race.plane' });
  const tbody = el('tbody');
  const progress = el('p', { class: 'lesson-log', id: 'race-progress', role: 'status' });
  const stepButton = el('button', { type: 'button', class: 'primary', t: 'race.step' });
  const act = (action) => () => {
    action();
    update();
    changed();
  };
  stepButton.addEventListener('click', act(() => lesson.raceStep()));
  section.append(
    el('h3', { id: 'race-title', t: 'race.title' }),
    el('p', { t: 'race.intro' }),
    el('div', { class: 'lesson-grid fit' }, [
      el('div', { class: 'lesson-figure' }, [el('div', { class: 'lesson-fit' }, [canvas])]),
      el('div', { class: 'lesson-side' }, [
        el('div', { class: 'lesson-buttons' }, [
          stepButton,
          el('button', { type: 'button', t: 'race.finish', on: { click: act(() => lesson.raceAt(lesson.raceSteps())) } }),
          el('button', { type: 'button', t: 'race.restart', on: { click: act(() => lesson.raceAt(0)) } }),
        ]),
        progress,
        el('table', { class: 'lesson-table', id: 'race-table' }, [
          el('thead', {}, [el('tr', {}, [
            el('th', { scope: 'col', t: 'race.optimizer' }), el('th', { scope: 'col', text: 'η' }),
            el('th', { scope: 'col', t: 'race.point' }), el('th', { scope: 'col', t: 'race.distance' }),
          ])]),
          tbody,
        ]),
      ]),
    ]),
  );

  /** Shows the places and the progress, and redraws. */
  function update() {
    const at = lesson.raceAt();
    const total = lesson.raceSteps();
    stepButton.disabled = at >= total;
    progress.dataset.t = 'race.progress';
    progress.dataset.tVars = JSON.stringify({ at, total });
    tbody.replaceChildren(...lesson.places().map((p) => el('tr', { 'data-name': p.name }, [
      el('th', { scope: 'row' }, [el('span', { class: 'race-swatch', style: `background: ${p.color}` }), el('span', { t: `optimizer.${p.name}` })]),
      el('td', { text: short(p.lr) }),
      el('td', { text: `(${short(p.x[0])}, ${short(p.x[1])})` }),
      el('td', { text: short(p.distance) }),
    ])));
    translate(section);
    draw();
  }

  /** Redraws the race at the canvas's current size. */
  function draw() {
    fitCanvas(canvas);
    lesson.drawRace(canvas);
  }
  update();
  return draw;
}
