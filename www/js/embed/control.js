// The control API's listener: answers commands posted to this page (from any window: the deck
// may embed it or open it), pauses on reveal.js's `slide:stop` and when the page is hidden and
// plays again after, and sends events to the parent window when there is one.

import { SLIDE_MESSAGES, message, readMessage } from './protocol.js';

/** A command this view cannot carry out; its `message` is sent back as an `error` reply. */
export class Refused extends Error {}

/**
 * Listens for control messages for `view`: `{ commands, state, playing, play, pause }`, where
 * `commands[type](command)` carries out a checked command (throwing `Refused` when it cannot),
 * `state()` describes the view, and `playing`/`play`/`pause` (optional) run its training.
 * Every command is answered to its sender with `state` (or `error`), carrying the command's `id`.
 */
export function startControl(view) {
  const resume = { slide: false, hidden: false };
  /** Pauses the view and remembers (under `reason`) whether it was playing. */
  const hold = (reason) => {
    resume[reason] = view.playing?.() ?? false;
    if (resume[reason]) view.pause();
  };
  /** Plays the view again if it was playing when `reason` paused it (and it still can). */
  const release = (reason) => {
    const again = resume[reason];
    resume[reason] = false;
    try {
      if (again) view.play();
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      console.warn(`Asaku control API: not playing again: ${error.message}`);
    }
  };
  addEventListener('message', (event) => {
    if (SLIDE_MESSAGES.includes(event.data)) {
      if (event.data === 'slide:stop') hold('slide');
      else release('slide');
      return;
    }
    const { command, problem } = readMessage(event.data);
    if (problem) {
      console.warn(`Asaku control API: message ignored: ${problem}`);
      return;
    }
    event.source?.postMessage(answer(view, command), '*');
  });
  document.addEventListener('visibilitychange', () => {
    if (document.hidden) hold('hidden');
    else release('hidden');
  });
}

/** Carries out `command` on `view`; the reply: the new `state`, or an `error` saying why nothing changed. */
function answer(view, command) {
  const id = command.id;
  const run = view.commands[command.type];
  try {
    if (!run) throw new Refused(`this view has no "${command.type}"`);
    run(command);
    return message('state', { id, state: view.state() });
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    return message('error', { id, command: command.type, message: error.message });
  }
}

/** Sends the event `type` with `fields` to the parent window (nothing when the page is not embedded). */
export function emit(type, fields) {
  if (window.parent !== window) window.parent.postMessage(message(type, fields), '*');
}
