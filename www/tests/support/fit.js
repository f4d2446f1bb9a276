// Whether a view fits its frame with no scroll bar, for the slide tests: `fitProblems` runs in
// the page (playwright `evaluate`) and says what does not fit.

/**
 * What keeps the page in this frame from fitting it with no scroll bar: sentences naming each
 * element that scrolls or lies outside the frame (empty when it fits). Also returns the height
 * of each chart shown in the lesson (canvas and SVG images), and how many lesson parts show.
 * Runs in the page, so it uses nothing from outside.
 */
export function fitProblems() {
  const name = (e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className && typeof e.className === 'string' ? `.${e.className.trim().split(/\s+/).join('.')}` : ''}`;
  const problems = [];
  const page = document.documentElement;
  if (page.scrollHeight > innerHeight || page.scrollWidth > innerWidth) {
    problems.push(`the page scrolls: ${page.scrollWidth}×${page.scrollHeight} in ${innerWidth}×${innerHeight}`);
  }
  const scrolls = (overflow, over) => ['auto', 'scroll'].includes(overflow) && over;
  // The skip link waits above the frame until it has the focus.
  for (const e of document.querySelectorAll('body *:not(#skip)')) {
    if (!e.checkVisibility()) continue;
    const style = getComputedStyle(e);
    if (scrolls(style.overflowY, e.scrollHeight > e.clientHeight) || scrolls(style.overflowX, e.scrollWidth > e.clientWidth)) {
      problems.push(`${name(e)} scrolls (${e.scrollWidth}×${e.scrollHeight} in ${e.clientWidth}×${e.clientHeight})`);
    }
    const box = e.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    if (box.left < -0.5 || box.top < -0.5 || box.right > innerWidth + 0.5 || box.bottom > innerHeight + 0.5) {
      problems.push(`${name(e)} lies outside the frame: ${Math.round(box.left)},${Math.round(box.top)} to ${Math.round(box.right)},${Math.round(box.bottom)}`);
    }
  }
  const lesson = document.getElementById('lesson');
  const charts = lesson ? [...lesson.querySelectorAll('canvas[role="img"], svg[role="img"]')].filter((c) => c.checkVisibility()) : [];
  const parts = lesson ? lesson.querySelectorAll('[data-part]:not(.off-section)').length : 0;
  return { problems, charts: charts.map((c) => Math.round(c.getBoundingClientRect().height)), parts };
}
