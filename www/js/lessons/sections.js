// One section of a lesson alone (`section=<name>`, read and checked by the wasm `lessonRoute`):
// each lesson marks its parts with the section names they belong to, and the page hides the
// others, so an embed can show one section per slide. Alone in an embed, a section fills its
// frame and the part marked `fit` (the chart or plot) takes the height left over.

/** The section shown alone, or null when the whole lesson is shown. */
let shown = null;

/**
 * Marks `element` as a part of the lesson's sections `names` (a space-separated list of names
 * from the Rust `Lesson::sections`); with `fit`, it takes the height left in the frame when its
 * section is shown alone. Returns the element.
 */
export function part(names, element, { fit = false } = {}) {
  element.dataset.part = names;
  if (fit) element.classList.add('fit');
  return element;
}

/** The section shown alone, or null when the whole lesson is shown. */
export function sectionAlone() {
  return shown;
}

/** Chooses the section to show alone (`section`, or null for the whole lesson), before the lesson is built. */
export function chooseSection(section) {
  shown = section;
}

/**
 * Shows only the chosen section of the lesson built in `root` (every section when none was
 * chosen): the lesson's title stays, every part of another section hides, and so does what
 * belongs to no section (the introduction).
 */
export function showSection(root) {
  const section = shown;
  if (section === null) return;
  root.dataset.section = section;
  for (const element of root.querySelectorAll('[data-part]')) {
    element.classList.toggle('off-section', !element.dataset.part.split(' ').includes(section));
  }
  for (const element of root.children) {
    if (element.tagName !== 'H2' && element.dataset.part === undefined) element.classList.add('off-section');
  }
}
