// A playground run driven as a person does it, for the tests that reopen a run (share.test.js,
// runlink.test.js): step epochs, edit a weight, read the weights, what the run shows and its next losses.

export const click = (page, name) => page.getByRole('button', { name, exact: true }).click();
export const text = (page, selector) => page.locator(selector).textContent();

/** Steps `epochs` epochs with the Step one epoch button. */
export async function stepEpochs(page, epochs) {
  for (let i = 0; i < epochs; i += 1) await click(page, 'Step one epoch');
}

/** Sets the first link's weight to `value` with its editor. */
export async function setFirstWeight(page, value) {
  await page.locator('g.link').first().focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Value', { exact: true }).fill(String(value));
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Close', exact: true }).click();
}

/** The first `n` links' weights, read in their editors. */
export async function weights(page, n) {
  const values = [];
  for (let i = 0; i < n; i += 1) {
    await page.locator('g.link').nth(i).focus();
    await page.keyboard.press('Enter');
    values.push(await page.getByLabel('Value', { exact: true }).inputValue());
    await page.getByRole('button', { name: 'Close', exact: true }).click();
  }
  return values;
}

/** What a run shows: its epoch, the step in it, the losses and the plot's pixels. */
export const shown = (page) => page.evaluate(() => {
  const plot = document.getElementById('plot');
  const pixels = Array.from(plot.getContext('2d').getImageData(0, 0, plot.width, plot.height).data);
  const get = (id) => document.getElementById(id).textContent;
  return { epoch: get('epoch'), step: get('batch-step'), loss: get('train-loss'), test: get('test-loss'), pixels: pixels.join(',') };
});

/** The training loss after each of the next `epochs` epochs (read once the page shows the epoch). */
export async function nextLosses(page, epochs) {
  const losses = [];
  const first = Number(await text(page, '#epoch'));
  for (let i = 1; i <= epochs; i += 1) {
    await click(page, 'Step one epoch');
    await page.waitForFunction((e) => document.getElementById('epoch').textContent === String(e), first + i);
    losses.push(await text(page, '#train-loss'));
  }
  return losses;
}
