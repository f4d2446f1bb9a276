// Loading the digits asset (`digits.bin.gz`, next to the page) when the digits tab opens, and
// only then: fetched, decompressed in the browser (DecompressionStream) unless the host sent it
// with `Content-Encoding: gzip` and the browser already did, handed to the wasm `DigitsLab` as
// bytes. A missing, truncated or corrupt file, or no network, shows a notice that
// says which, with a Retry button.

import { el } from '../dom.js';
import { translate } from '../strings.js';

/** The asset's address, relative to the page (so a copy of dist/ on any path finds it). */
export const ASSET = 'digits.bin.gz';

/** A failed load: the string key and values of its sentence. */
class LoadFailure extends Error {
  constructor(key, vars = {}) {
    super(key);
    this.key = key;
    this.vars = vars;
  }
}

/** Whether `bytes` start with gzip's magic number, `1f 8b`. */
const isGzip = (bytes) => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

/** The asset's bytes, decompressed; throws a LoadFailure saying what went wrong. */
async function fetchBytes() {
  let response;
  try {
    response = await fetch(ASSET);
  } catch {
    throw new LoadFailure('digits.load.offline');
  }
  if (!response.ok) throw new LoadFailure('digits.load.missing', { status: response.status });
  try {
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (!isGzip(bytes)) return bytes;
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    throw new LoadFailure('digits.load.gzip');
  }
}

/**
 * Loads the digits into `build(bytes)` (which makes the wasm handle; it throws `{ key, vars }`
 * when the data is corrupt), showing progress and failures in `area`. Calls `ready(lab)` with
 * what `build` returned once it worked; on a failure, Retry starts again. `area` is busy
 * (`aria-busy`) while a load is under way and not once it has failed.
 */
export function loadDigits(area, build, ready) {
  const attempt = async () => {
    area.setAttribute('aria-busy', 'true');
    area.replaceChildren(el('p', { class: 'digits-loading', role: 'status', t: 'digits.loading' }));
    let lab;
    try {
      const bytes = await fetchBytes();
      try {
        lab = build(bytes);
      } catch (error) {
        if (typeof error?.key !== 'string') throw error;
        throw new LoadFailure('digits.load.corrupt', { why: { key: error.key, vars: error.vars } });
      }
    } catch (error) {
      if (!(error instanceof LoadFailure)) throw error;
      const retry = el('button', { type: 'button', class: 'primary', t: 'digits.retry', on: { click: attempt } });
      const box = el('section', { class: 'notice error digits-failed', role: 'alert' }, [
        el('h3', { t: 'digits.load.title' }), el('p', { t: error.key, vars: error.vars }), retry,
      ]);
      area.replaceChildren(box);
      area.removeAttribute('aria-busy');
      translate(box);
      return;
    }
    area.replaceChildren();
    ready(lab);
  };
  attempt();
}
