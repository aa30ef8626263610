/**
 * The chat page at `/`: static HTML with labelled controls and an aria-live
 * log. No inline script or style: `/web/app.js` does the talking, and fills
 * the labels in the user's language once the first turn has answered.
 */
import { LANG_NAMES, LANGS } from "../../core/i18n/langs.ts";
import { t } from "../../core/i18n/messages/index.ts";
import { escapeHtml } from "./escape.ts";

/** The chat page's HTML (in English until the script knows the user's language). */
export function chatPage(): string {
  const options = LANGS.map((l) => `<option value="${l}" lang="${l}">${escapeHtml(LANG_NAMES[l])}</option>`).join("");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t("en", "web.title"))}</title>
<link rel="stylesheet" href="/web/app.css">
<script type="module" src="/web/app.js"></script>
</head>
<body>
<main class="chat">
<header>
<h1 id="title">${escapeHtml(t("en", "web.title"))}</h1>
<div class="lang"><label for="lang" id="lang-label">${escapeHtml(t("en", "web.language"))}</label><select id="lang">${options}</select></div>
</header>
<h2 id="log-label" class="sr-only">${escapeHtml(t("en", "web.log"))}</h2>
<div id="log" role="log" aria-live="polite" aria-relevant="additions" aria-labelledby="log-label"></div>
<form class="composer" id="composer">
<label for="msg" id="msg-label" class="sr-only">${escapeHtml(t("en", "web.input"))}</label>
<input id="msg" name="msg" autocomplete="off" maxlength="2000" enterkeyhint="send">
<button type="submit" id="send" class="primary">${escapeHtml(t("en", "web.send"))}</button>
</form>
</main>
</body>
</html>
`;
}
