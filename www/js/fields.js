// Labelled form fields (select, slider, number) built from data, each with a slot for the problem
// message shown when a change is refused. Every field has a visible <label for> and an id.

import { el, formatNumber } from './dom.js';
import { t } from './strings.js';

/**
 * A <select> with a visible label. `options` are `{ value, key }` (a string key) or
 * `{ value, text }` (literal text, e.g. a number). `onChange(value)` runs on every change.
 */
export function selectField(id, labelKey, options, onChange) {
  const select = el('select', { id, on: { change: () => onChange(select.value) } });
  setOptions(select, options);
  return { root: field(id, labelKey, select), input: select };
}

/** Replaces a select's options, keeping the chosen value when it is still offered. */
function setOptions(select, options) {
  const chosen = select.value;
  select.replaceChildren(
    ...options.map(({ value, key, text }) => el('option', { value, t: key, text: key ? undefined : text })),
  );
  if (options.some((o) => o.value === chosen)) select.value = chosen;
}

/** Chooses `value` in a select, adding it as an option first if the list lacks it (e.g. from a URL). */
export function chooseNumber(select, value) {
  const text = String(value);
  if (![...select.options].some((o) => o.value === text)) {
    const later = [...select.options].find((o) => Number(o.value) > value);
    select.insertBefore(el('option', { value: text, text }), later ?? null);
  }
  select.value = text;
}

/**
 * A range slider with a visible label and its current value shown next to it.
 * `show(value)` formats the value; `onInput(value)` runs as the slider moves.
 */
export function rangeField(id, labelKey, { min, max, step }, show, onInput) {
  const input = el('input', { id, type: 'range', min, max, step });
  const output = el('output', { for: id });
  input.addEventListener('input', () => {
    output.textContent = show(Number(input.value));
    onInput(Number(input.value));
  });
  const label = el('label', { for: id }, [el('span', { t: labelKey }), ' ', output]);
  const root = el('div', { class: 'field' }, [label, input]);
  const set = (value) => {
    if (value > Number(input.max)) input.max = String(value);
    input.value = String(value);
    output.textContent = show(value);
  };
  return { root, input, set };
}

/** A number input with a visible label; `onChange(value)` runs when a finite number is entered. */
export function numberField(id, labelKey, { min, max, step }, onChange) {
  const input = el('input', { id, type: 'number', min, max, step, inputmode: 'numeric' });
  input.addEventListener('change', () => {
    const value = Number(input.value);
    if (input.value.trim() !== '' && Number.isFinite(value)) onChange(value, input);
    else onChange(NaN, input);
  });
  return { root: field(id, labelKey, input), input };
}

/** A percentage for a slider's value (0.25 → "25 %"). */
export const percent = (value) => `${Math.round(value * 100)} %`;

/** A plain number for a slider's value. */
export const plain = (value) => (Number.isInteger(value) ? String(value) : formatNumber(value, 2));

function field(id, labelKey, control) {
  return el('div', { class: 'field' }, [el('label', { for: id, t: labelKey }), control]);
}

/**
 * Shows `problem` (`{ t, vars }` or `{ text }`, see dom.js problemOf) next to the control
 * `source` (in its field or panel), or clears every shown problem when it is null. A sentence
 * of the string table is translated again when the language switches.
 */
export function showProblem(source, problem) {
  for (const old of document.querySelectorAll('.problem.inline')) old.remove();
  if (!problem) return;
  const host = source?.closest('.field, .panel, .run') ?? document.getElementById('notices');
  host.append(el('p', { class: 'problem inline', role: 'alert' }, [el('span', { t: 'problem.refused' }), ' ', el('span', problem)]));
}
