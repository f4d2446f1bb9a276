// Starts the reveal.js deck at 960×700 and drives the embedded playground through Asaku's control
// API (see the README's "Control API"): each button posts one command, and the epoch events the
// playground sends are shown beside them. A lesson embedded with keys=1 gets the focus on its
// slide, so a clicker steps it before it turns the slide.

/* global Reveal */
// No arrows on the slides: at the bottom right they would cover a full-height embed's corner (its
// controls and charts). The keyboard, a clicker and swipes still move the deck.
Reveal.initialize({ width: 960, height: 700, hash: true, controls: false });

const playground = document.getElementById('playground');
const progress = document.getElementById('progress');

/** Posts the control message `type` (with `fields`) to the playground. */
function send(type, fields = {}) {
  playground.contentWindow.postMessage({ asaku: 1, type, ...fields }, '*');
}

for (const button of document.querySelectorAll('.drive button')) {
  button.addEventListener('click', () => {
    if (button.dataset.set) send('set', { key: button.dataset.set, value: button.dataset.value });
    else send(button.dataset.command);
  });
}

addEventListener('message', (event) => {
  const data = event.data;
  if (event.source !== playground.contentWindow || data?.asaku !== 1) return;
  if (data.type === 'epoch') progress.textContent = `epoch ${data.epoch}, loss ${data.loss?.toFixed(4)}`;
  if (data.type === 'diverged') progress.textContent = `diverged at epoch ${data.epoch}: press Reset`;
  if (data.type === 'error') progress.textContent = data.message;
});

/**
 * A clicker sends its keys to the window with the focus. On a slide whose embed takes them
 * (`keys=1` in its address), the embed gets the focus, so the clicker steps the lesson (and the
 * embed hands the keys back to the deck at the lesson's first and last step); on any other
 * slide the deck keeps it.
 */
function focusClickerEmbed() {
  const embed = Reveal.getCurrentSlide().querySelector('iframe[src*="keys=1"]');
  if (embed) embed.focus();
  else if (document.activeElement instanceof HTMLIFrameElement) document.activeElement.blur();
}
Reveal.on('ready', focusClickerEmbed);
Reveal.on('slidechanged', focusClickerEmbed);
