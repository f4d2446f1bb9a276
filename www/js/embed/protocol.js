// The control API's message format (version 1), checked before anything acts on it. A message
// is a plain object `{ asaku: 1, type, ...fields }`; see the README's "Control API" for the list.

/** The version of the message format this page speaks; a message with another `asaku` is ignored. */
export const VERSION = 1;

/** The fields each command may carry, with the JavaScript types each must have. */
const COMMANDS = {
  play: {},
  pause: {},
  stepBatch: {},
  stepEpoch: {},
  step: {},
  back: {},
  reset: {},
  set: { key: 'string', value: 'string|number|boolean' },
  getState: {},
};

/** The strings reveal.js posts to the iframes of the slide it shows (`slide:start`) and leaves (`slide:stop`). */
export const SLIDE_MESSAGES = ['slide:start', 'slide:stop'];

/**
 * Reads a posted message: `{ command }` (the checked message) or `{ problem }` (a sentence saying
 * why it was ignored, for the console).
 */
export function readMessage(data) {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { problem: `a message must be an object { asaku: ${VERSION}, type, … }, not ${describe(data)}` };
  }
  if (data.asaku !== VERSION) return { problem: `"asaku" must be ${VERSION} (the message format's version), not ${describe(data.asaku)}` };
  const fields = Object.hasOwn(COMMANDS, data.type) ? COMMANDS[data.type] : null;
  if (!fields) return { problem: `"type" must be one of ${Object.keys(COMMANDS).join(', ')}, not ${describe(data.type)}` };
  for (const [name, types] of Object.entries(fields)) {
    if (!types.split('|').includes(typeof data[name])) {
      return { problem: `"${name}" of a "${data.type}" message must be a ${types.replace(/\|/g, ' or ')}, not ${describe(data[name])}` };
    }
  }
  if (data.id !== undefined && typeof data.id !== 'string' && typeof data.id !== 'number') {
    return { problem: `"id" must be a string or a number when given, not ${describe(data.id)}` };
  }
  return { command: data };
}

/** A short, safe description of a value for a warning (its type and, if short, its JSON). */
function describe(value) {
  let json;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  const kind = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  return json !== undefined && json.length <= 40 ? `${kind} ${json}` : kind;
}

/** A message of this format: `{ asaku: 1, type, ...fields }`. */
export function message(type, fields = {}) {
  return { asaku: VERSION, type, ...fields };
}
