/// <reference lib="dom" />
/** Text with its web links made clickable, built as DOM nodes (text is never parsed as HTML). */

const URL_RE = /https?:\/\/[^\s<>"']+/g;

/** Appends `text` to `el`, with every http(s) link as an `<a>` that opens in a new tab. */
export function appendLinkedText(el: HTMLElement, text: string): void {
  let last = 0;
  for (const m of text.matchAll(URL_RE)) {
    const url = m[0].replace(/[.,;:)）。]+$/u, "");
    el.append(document.createTextNode(text.slice(last, m.index)));
    const a = document.createElement("a");
    a.href = url;
    a.textContent = url;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    el.append(a);
    last = m.index + url.length;
  }
  el.append(document.createTextNode(text.slice(last)));
}
