// The small editor that reads and changes one weight or bias, opened from a link or a bias square.
// Enter sets the value, Escape closes; focus returns to what opened it.

import { byId, el, problemOf } from './dom.js';
import { t } from './strings.js';
import { writeAddress } from './share/address.js';

let target = null;

/** Wires the editor's buttons and keys once. */
export function initEditor(app) {
  const box = byId('editor');
  const input = byId('editor-value');
  input.step = app.limits.weightStep;
  byId('editor-set').addEventListener('click', () => setValue(app));
  byId('editor-close').addEventListener('click', closeEditor);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') setValue(app);
  });
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeEditor();
  });
}

/**
 * Opens the editor for weight `W[layer][row, col]` (or bias `b[layer][col]` when row is −1),
 * titled by string `titleKey` with `vars`, next to the element `opener`.
 */
export function openEditor(app, { layer, row, col, titleKey, vars }, opener) {
  target = { layer, row, col, titleKey, vars, opener };
  const box = byId('editor');
  const title = byId('editor-title');
  title.dataset.t = titleKey;
  title.dataset.tVars = JSON.stringify(vars);
  title.textContent = t(titleKey, vars);
  byId('editor-value').value = String(currentValue(app));
  showProblem(null);
  box.hidden = false;
  place(box, opener.getBoundingClientRect());
  byId('editor-value').focus();
  byId('editor-value').select();
}

/** Closes the editor and gives focus back to the link or bias that opened it. */
export function closeEditor() {
  const box = byId('editor');
  if (box.hidden) return;
  box.hidden = true;
  if (target?.opener.isConnected) target.opener.focus();
  target = null;
}

function currentValue(app) {
  const { layer, row, col } = target;
  const values = row < 0 ? app.pg.biases(layer) : app.pg.weights(layer);
  const value = row < 0 ? values[col] : values[row * app.pg.widths()[layer + 1] + col];
  return Number(value.toFixed(4));
}

function setValue(app) {
  if (!target) return;
  const text = byId('editor-value').value.trim();
  const value = Number(text);
  if (text === '' || !Number.isFinite(value)) {
    showProblem({ t: 'problem.number' });
    return;
  }
  try {
    app.pg.setWeight(target.layer, target.row, target.col, value);
  } catch (error) {
    showProblem(problemOf(error));
    return;
  }
  showProblem(null);
  writeAddress(app);
  byId('editor-value').value = String(currentValue(app));
  app.draw();
}

/** Shows `problem` (`{ t, vars }` or `{ text }`, see dom.js problemOf) under the value, or hides it when null. */
function showProblem(problem) {
  const box = byId('editor-problem');
  box.replaceChildren(...(problem ? [el('span', problem)] : []));
  box.hidden = !problem;
}

/** Puts the editor below the anchor rectangle, kept inside the window. */
function place(box, anchor) {
  const margin = 8;
  const width = box.offsetWidth;
  const left = Math.min(Math.max(margin, anchor.left + anchor.width / 2 - width / 2), window.innerWidth - width - margin);
  const below = anchor.bottom + margin;
  const top = below + box.offsetHeight > window.innerHeight ? Math.max(margin, anchor.top - box.offsetHeight - margin) : below;
  box.style.left = `${left + window.scrollX}px`;
  box.style.top = `${top + window.scrollY}px`;
}
