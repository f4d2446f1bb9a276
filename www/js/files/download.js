// Saving text the page made (a model file, a CSV data set) through the browser's download.

/** Saves `text` of MIME type `type` as a file named `name`. */
export function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
