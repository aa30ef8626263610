/// <reference lib="dom" />
/**
 * The embeddable widget: one script tag on another site,
 * `<script src="https://chat.example.org/web/widget.js" async></script>`,
 * adds a chat button that opens our page in an iframe (served by us, so its
 * CSP and `frame-ancestors` apply). The button speaks the host page's language
 * (`data-lang` on the tag, else the page's `<html lang>`, else the browser's);
 * `data-label` on the tag sets its text outright.
 */
import { guessLang } from "./langs.ts";
import { WIDGET_LABELS } from "./widget-labels.ts";

(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  if (!script?.src) return;
  const origin = new URL(script.src).origin;
  const tags = [script.dataset.lang, document.documentElement.lang, ...(navigator.languages ?? [navigator.language])].filter((t): t is string => !!t);
  const label = script.dataset.label || WIDGET_LABELS[guessLang(tags)];
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = `💬 ${label}`;
  button.setAttribute("aria-expanded", "false");
  button.setAttribute("aria-controls", "policy-assistant-frame");
  Object.assign(button.style, { position: "fixed", right: "1rem", bottom: "1rem", zIndex: "2147483646", padding: ".6rem 1rem", borderRadius: "1.5rem", border: "0", background: "#0b5cad", color: "#fff", font: "16px system-ui, sans-serif", cursor: "pointer" });
  let frame: HTMLIFrameElement | null = null;
  button.addEventListener("click", () => {
    if (!frame) {
      frame = document.createElement("iframe");
      frame.id = "policy-assistant-frame";
      frame.src = `${origin}/?embed=1`;
      frame.title = label;
      Object.assign(frame.style, { position: "fixed", right: "1rem", bottom: "4.5rem", width: "min(400px, calc(100vw - 2rem))", height: "min(640px, calc(100vh - 6rem))", border: "1px solid #c8ccd2", borderRadius: ".75rem", background: "#fff", zIndex: "2147483647" });
      document.body.append(frame);
    } else frame.hidden = !frame.hidden;
    button.setAttribute("aria-expanded", String(!frame.hidden));
  });
  document.body.append(button);
})();
