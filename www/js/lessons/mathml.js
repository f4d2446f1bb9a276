// A tiny MathML builder: formulas as elements (Chromium renders MathML), never as markup text.

const NS = 'http://www.w3.org/1998/Math/MathML';

/** A MathML element `tag` with `children` (elements or strings, strings become text). */
export function m(tag, ...children) {
  const node = document.createElementNS(NS, tag);
  for (const child of children) node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

/** A display formula `<math display="block">` labelled for screen readers by `label`. */
export function formula(...children) {
  const math = m('math', m('mrow', ...children));
  math.setAttribute('display', 'block');
  return math;
}

/** `base` with subscript `sub`, e.g. w₁ as `sub('w', '1')`. */
export const sub = (base, index) => m('msub', m('mi', base), m('mn', index));

/** A fraction of two parts. */
export const frac = (top, bottom) => m('mfrac', top, bottom);

/** `∂name` as an mrow. */
export const partial = (name) => m('mrow', m('mo', '∂'), m('mi', name));
