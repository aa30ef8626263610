/**
 * The results page of "keep my results" (`GET /results?id=…`): the kept
 * results card as HTML, every word escaped, with a print button and a print
 * stylesheet. Served for every channel's users whenever `PUBLIC_URL` is set.
 * An unknown, expired or forgotten id gets a 404 page that says so, in the
 * language the browser asks for.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { readKeptPage, type KeptPage } from "../../core/dialogues/kept-results.ts";
import type { Lang } from "../../core/i18n/langs.ts";
import { formatDate } from "../../core/i18n/format.ts";
import { t } from "../../core/i18n/messages/index.ts";
import type { KeyValueStore } from "../../core/store/key-value-store.ts";
import type { HttpRoute } from "../kit/channel.ts";
import { acceptedLang } from "./accept-language.ts";
import { escapeHtml } from "./escape.ts";
import { contentSecurityPolicy, sendAsset } from "./headers.ts";
import { assetRoutes } from "./asset-routes.ts";

const e = escapeHtml;

function shell(lang: Lang, title: string, main: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${e(title)}</title>
<link rel="stylesheet" href="/web/app.css">
<script type="module" src="/web/app.js"></script>
</head>
<body>
<main class="results">
${main}
</main>
</body>
</html>
`;
}

/** One open measure: heading, status and figure with its period, then its working, parts, reason, assumptions and missing facts. */
function itemHtml(lang: Lang, it: KeptPage["card"]["items"][number]): string {
  const lines = [
    it.working ? t(lang, "results.working", { line: it.working }) : "",
    it.parts ?? "",
    it.pending ?? "",
    it.reason,
    ...it.assumptions,
  ].filter((l) => l);
  const missing = it.missing.length && !it.pending ? `<br><span class="muted">${e(t(lang, "results.missing", { facts: it.missing.join(", ") }))}</span>` : "";
  return `<li><strong>${e(it.title)}</strong> (${e(it.clause)}): ${e(it.statusLabel)}, ${e(it.amount)}${lines.map((l) => `<br><span>${e(l)}</span>`).join("")}${missing}</li>`;
}

/** The kept results as HTML: what the results card says, line by line (cards kept before the split totals show the one total they had). */
export function resultsHtml(page: KeptPage): string {
  const { lang, card } = page;
  const items = card.items.map((it) => itemHtml(lang, it)).join("\n");
  const [heading = ""] = card.text.split("\n");
  const closed = card.notApplicable?.length
    ? `<h2>${e(t(lang, "results.notApplicableTitle"))}</h2>\n<ul>\n${card.notApplicable.map((l) => `<li>${e(l)}</li>`).join("\n")}\n</ul>`
    : "";
  const totals = card.totals
    ? card.totals.map((l) => `<p class="total">${e(l)}</p>`).join("\n")
    : card.totalCNY !== "0.00" ? `<p class="total">${e(t(lang, "results.total", { amount: card.total }))}</p>` : "";
  const notes = (card.notes ?? []).map((l) => `<p>${e(l)}</p>`).join("\n");
  const main = `<h1>${e(t(lang, "keep.title"))}</h1>
<p>${e(heading)}</p>
<div class="card">
${items ? `<ol>\n${items}\n</ol>` : `<p>${e(t(lang, "results.none"))}</p>`}
${closed}
${totals}
${notes}
<p class="note">${e(card.disclaimer)}</p>
</div>
<p class="muted">${e(formatDate(page.expires, lang))}</p>
<p class="actions"><button type="button" data-action="print">${e(t(lang, "web.print"))}</button></p>`;
  return shell(lang, t(lang, "keep.title"), main);
}

/** The routes of the results page and the stylesheet and script it loads. */
export function keptResultsRoutes(store: Pick<KeyValueStore, "get">, frameAncestors: readonly string[] = []): HttpRoute[] {
  const csp = contentSecurityPolicy(frameAncestors);
  return [
    {
      method: "GET",
      path: "/results",
      handle: async (req: IncomingMessage, res: ServerResponse) => {
        const id = new URL(req.url ?? "/", "http://localhost").searchParams.get("id") ?? "";
        const page = await readKeptPage(store, id);
        if (!page) {
          const lang = acceptedLang(req.headers["accept-language"]);
          return sendAsset(res, 404, "text/html; charset=utf-8", shell(lang, t(lang, "keep.title"), `<h1>${e(t(lang, "keep.title"))}</h1><p>${e(t(lang, "keep.gone"))}</p>`), { csp });
        }
        sendAsset(res, 200, "text/html; charset=utf-8", resultsHtml(page), { csp });
      },
    },
    ...assetRoutes(),
  ];
}
