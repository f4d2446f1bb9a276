// The digits network's settings as labelled fields: hidden widths, activation function,
// optimizer, learning rate, batch size and seed (the book's by default). A change goes to the
// wasm handle, which starts again from the seed, or refuses it with the engine's reason shown
// next to the field.

import { el, problemOf } from '../dom.js';
import { selectField, showProblem } from '../fields.js';

/** The fields typed as text: [URL key, label key, inputmode]. */
const TYPED = [['hidden', 'digits.hidden', 'text'], ['lr', 'digits.lr', 'decimal'], ['batch', 'digits.batch', 'numeric'], ['seed', 'digits.seed', 'numeric']];

/** A text field with a visible label; `onChange(value, input)` runs when it is changed. */
function textField(id, labelKey, inputmode, onChange) {
  const input = el('input', { id, type: 'text', inputmode, size: 6, spellcheck: 'false' });
  input.addEventListener('change', () => onChange(input.value.trim(), input));
  return { root: el('div', { class: 'field' }, [el('label', { for: id, t: labelKey }), input]), input };
}

/**
 * The settings' fields, with the option names of `choices` (the wasm `choices()`); `view.lab` is
 * the handle (null until the digits are loaded), `view.restarted()` runs after a change is taken.
 * Returns `{ element, fill() }`: `fill()` shows the handle's values.
 */
export function buildSettings(choices, view) {
  const change = (key) => (value, input) => {
    try {
      view.lab.set(key, String(value));
      showProblem(null);
      view.restarted();
    } catch (error) {
      showProblem(input, problemOf(error));
      input.value = view.lab.get(key);
    }
  };
  const options = (list, family) => list.map((name) => ({ value: name, key: `${family}.${name}` }));
  const fields = {
    activation: selectField('digits-activation', 'digits.activation', options(choices.activation, 'activation'), (v) => change('activation')(v, fields.activation.input)),
    optimizer: selectField('digits-optimizer', 'digits.optimizer', options(choices.optimizer, 'optimizer'), (v) => change('optimizer')(v, fields.optimizer.input)),
  };
  for (const [key, label, mode] of TYPED) fields[key] = textField(`digits-${key}`, label, mode, change(key));
  const order = ['hidden', 'activation', 'optimizer', 'lr', 'batch', 'seed'];
  const element = el('details', { class: 'digits-settings' }, [
    el('summary', { t: 'digits.settings' }),
    el('div', { class: 'settings' }, order.map((key) => fields[key].root)),
  ]);
  const fill = () => {
    for (const key of order) fields[key].input.value = view.lab.get(key);
  };
  return { element, fill };
}
