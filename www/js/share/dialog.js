// The Share control: a button under the plot that opens a dialog with the link to the current run
// (copied with the Clipboard API, or selected in its field for the user to copy when the browser
// refuses), the link as a QR code for phones, the <iframe> snippet for a 16:9 slide, and the
// pictures to save as PNG. A link longer than the page's limit is not offered as a QR code: the
// dialog says so and points to the model file instead.

import qrcode from 'qrcode-generator';
import { byId, el } from '../dom.js';
import { t, translate } from '../strings.js';
import { PICTURES, download } from '../picture.js';

/** The embed's size: 16:9, the size of a slide's content at 960×540. */
const FRAME = { width: 960, height: 540 };
/** Device pixels per CSS pixel the pictures may be saved at. */
const SCALES = [1, 2, 3];
/** Pixels per module of the QR code, and its quiet zone in modules. */
const QR_CELL = 4;
const QR_MARGIN = 4;

/** The page's address with `query` (and `extra` keys) as its search. */
function address(query, extra = '') {
  return `${location.origin}${location.pathname}?${query}${extra}`;
}

/** Writes `text` to the clipboard; on refusal selects `field` (which shows it) and says so in `status`. */
async function copy(text, field, status) {
  try {
    await navigator.clipboard.writeText(text);
    status.dataset.t = 'share.copied';
  } catch {
    field.focus();
    field.select();
    status.dataset.t = 'share.refused';
  }
  translate(status);
}

/** A read-only field with its label and a Copy button that copies the field's text. */
function copyField(id, labelKey, buttonKey, multiline) {
  const field = el(multiline ? 'textarea' : 'input', { id, readonly: true, rows: multiline ? '3' : undefined, class: 'share-field' });
  const status = el('p', { class: 'share-status', role: 'status' });
  const button = el('button', { type: 'button', t: buttonKey, on: { click: () => copy(field.value, field, status) } });
  return { field, status, root: el('div', { class: 'share-copy' }, [el('label', { for: id, t: labelKey }), field, button, status]) };
}

/** The pictures part: a scale to choose and a button per picture that says its size in pixels. */
function picturesPart(app) {
  const scale = el('select', { id: 'picture-scale' }, SCALES.map((s) => el('option', { value: String(s), text: `${s}×` })));
  scale.value = '2';
  const buttons = PICTURES.map((p) => {
    const button = el('button', { type: 'button', class: 'picture', 'data-picture': p.name, t: p.label, vars: { width: 0, height: 0 } });
    button.addEventListener('click', () => download(p.draw(app, Number(scale.value)), p.name));
    return { p, button };
  });
  /** Says each picture's size at the chosen scale (drawing it is how its size is known). */
  const sizes = () => {
    for (const { p, button } of buttons) {
      const canvas = p.draw(app, Number(scale.value));
      button.dataset.tVars = JSON.stringify({ width: canvas.width, height: canvas.height });
      translate(button);
    }
  };
  scale.addEventListener('change', sizes);
  const root = el('section', { class: 'share-pictures', 'aria-labelledby': 'share-pictures-title' }, [
    el('h3', { id: 'share-pictures-title', t: 'share.pictures' }),
    el('label', { for: 'picture-scale', t: 'share.scale' }), scale,
    el('div', { class: 'share-picture-buttons' }, buttons.map((b) => b.button)),
  ]);
  return { root, sizes };
}

/**
 * The model file offered instead of a link too long: the Export button of the page's model files
 * when the page has one (`#export-model`), else the words saying to export it.
 */
function modelFileHint() {
  const exporter = byId('export-model');
  if (exporter) return el('button', { type: 'button', t: 'share.exportHint', on: { click: () => exporter.click() } });
  return el('span', { t: 'share.exportHint' });
}

/**
 * Adds the Share button beside the output's toggles (under the plot, so the first screen keeps
 * its layout) and builds its dialog.
 */
export function initShare(app) {
  const link = copyField('share-link', 'share.link', 'share.copy', false);
  const embed = copyField('share-embed', 'share.embed', 'share.copyEmbed', true);
  const qr = el('div', { id: 'share-qr', class: 'share-qr' });
  const tooLong = el('p', { id: 'share-too-long', class: 'share-too-long', role: 'alert', hidden: true });
  const pictures = picturesPart(app);
  const close = el('button', { type: 'button', t: 'share.close', on: { click: () => dialog.close() } });
  const dialog = el('dialog', { id: 'share-dialog', class: 'share', 'aria-labelledby': 'share-title' }, [
    el('h2', { id: 'share-title', t: 'share.title' }),
    link.root, tooLong, qr, embed.root, pictures.root, close,
  ]);
  document.body.append(dialog);

  /** Fills the dialog from the run as it is now. */
  const fill = () => {
    const query = app.pg.link();
    const url = address(query);
    const limit = app.api.maxLinkChars();
    link.field.value = url;
    for (const part of [link, embed]) part.status.textContent = '';
    const long = url.length > limit;
    const fromFile = !app.pg.linkCarriesRun();
    tooLong.hidden = !long && !fromFile;
    qr.hidden = long;
    if (fromFile) {
      tooLong.replaceChildren(el('span', { t: 'share.fromFile' }), ' ', modelFileHint());
    } else if (long) {
      tooLong.replaceChildren(el('span', { t: 'share.tooLong', vars: { length: url.length.toLocaleString('en'), limit: limit.toLocaleString('en') } }), ' ', modelFileHint());
    }
    if (!long) {
      const code = qrcode(0, 'M');
      code.addData(url);
      code.make();
      qr.replaceChildren(el('img', { src: code.createDataURL(QR_CELL, QR_MARGIN), alt: t('share.qr') }));
    }
    const src = new URLSearchParams(query).get('embed') === '1' ? url : address(query, '&embed=1');
    const frame = el('iframe', { src, title: t('share.frameTitle'), width: String(FRAME.width), height: String(FRAME.height), style: 'border: 0', loading: 'lazy' });
    embed.field.value = frame.outerHTML;
    pictures.sizes();
  };
  const open = el('button', { id: 'share', type: 'button', t: 'share.button', 'aria-haspopup': 'dialog', on: { click: () => {
    fill();
    dialog.showModal();
    link.field.focus();
    link.field.select();
  } } });
  byId('discrete').after(open);
}
