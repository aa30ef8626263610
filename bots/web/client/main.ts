/// <reference lib="dom" />
/**
 * The web chat in the browser: plain DOM, no framework. Sends each message
 * to `POST /web/api/turn` with the session token kept in the page's own
 * storage, and renders the engine's replies as text (never as HTML):
 * choices as buttons, results as a card, links as links. On the results
 * page it only wires the print button.
 */
import { guessLang, type LangCode } from "./langs.ts";
import { appendLinkedText } from "./linkify.ts";
import { tokenStore } from "./storage.ts";

interface Choice {
  id: string;
  label: string;
}
type Reply =
  | { kind: "text"; text: string }
  | { kind: "choices"; text: string; choices: Choice[]; multi?: boolean; typed?: boolean }
  | { kind: "result"; text: string }
  | { kind: string; text: string };
type Input = { kind: "text"; text: string } | { kind: "choice"; id: string } | { kind: "command"; name: string } | { kind: "start" };
interface TurnAnswer {
  token?: string;
  lang: LangCode;
  replies: Reply[];
  ui: Record<"title" | "log" | "input" | "send" | "language" | "print", string>;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

function wirePrint(): void {
  for (const b of document.querySelectorAll<HTMLButtonElement>("[data-action=print]")) b.addEventListener("click", () => window.print());
}

function startChat(log: HTMLElement): void {
  const form = $<HTMLFormElement>("composer")!;
  const input = $<HTMLInputElement>("msg")!;
  const select = $<HTMLSelectElement>("lang")!;
  const tokens = tokenStore();
  let busy: Promise<void> = Promise.resolve();

  const add = (cls: string, text: string, into: HTMLElement = log): HTMLElement => {
    const div = document.createElement("div");
    div.className = `msg ${cls}`;
    appendLinkedText(div, text);
    into.append(div);
    return div;
  };

  const render = (r: Reply): void => {
    if (r.kind === "choices" && "choices" in r) {
      const group = document.createElement("div");
      group.className = "question";
      group.setAttribute("role", "group");
      const text = add("bot", r.text, group);
      text.id = `q${log.childElementCount}`;
      group.setAttribute("aria-labelledby", text.id);
      const list = document.createElement("ul");
      list.className = "choices";
      for (const c of r.choices) {
        const li = document.createElement("li");
        const b = document.createElement("button");
        b.type = "button";
        b.textContent = c.label;
        b.dataset.choice = c.id;
        b.addEventListener("click", () => send({ kind: "choice", id: c.id }, c.label));
        li.append(b);
        list.append(li);
      }
      group.append(list);
      log.append(group);
    } else if (r.kind === "result") {
      add("bot card", r.text);
    } else add("bot", r.text);
  };

  const apply = (a: TurnAnswer): void => {
    if (a.token) tokens.set(a.token);
    document.documentElement.lang = a.lang;
    select.value = a.lang;
    document.title = a.ui.title;
    $("title")!.textContent = a.ui.title;
    $("log-label")!.textContent = a.ui.log;
    $("msg-label")!.textContent = a.ui.input;
    $("lang-label")!.textContent = a.ui.language;
    $("send")!.textContent = a.ui.send;
    for (const r of a.replies) render(r);
    log.lastElementChild?.scrollIntoView({ block: "nearest" });
  };

  /** Server-sent events of a streamed turn: drafts of an explanation as it improves, then the turn. */
  const readEvents = async (res: Response): Promise<void> => {
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    let draft: HTMLElement | null = null;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const name = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (!name || data === undefined) continue;
        const body = JSON.parse(data) as { token?: string; text?: string } & TurnAnswer;
        if (name === "session" && body.token) tokens.set(body.token);
        else if (name === "draft") {
          draft?.remove();
          draft = add("bot draft", body.text ?? "");
        } else if (name === "turn") {
          draft?.remove();
          apply(body);
        }
      }
    }
  };

  const send = (msg: Input, shown?: string): Promise<void> =>
    (busy = busy.then(async () => {
      if (shown) add("me", shown);
      const headers: Record<string, string> = { "content-type": "application/json" };
      const token = tokens.get();
      if (token) headers["x-chat-session"] = token;
      log.setAttribute("aria-busy", "true");
      try {
        headers.accept = "text/event-stream, application/json";
        const res = await fetch("/web/api/turn", { method: "POST", headers, body: JSON.stringify({ input: msg, lang: navigator.language }) });
        if (!res.ok) throw new Error(String(res.status));
        if ((res.headers.get("content-type") ?? "").startsWith("text/event-stream")) await readEvents(res);
        else apply((await res.json()) as TurnAnswer);
        const forgot = (msg.kind === "command" && msg.name === "forget") || (msg.kind === "text" && /^\/forget\b/i.test(msg.text.trim()));
        if (forgot) tokens.clear();
      } catch {
        add("bot", "⚠ …");
      } finally {
        log.removeAttribute("aria-busy");
        log.dataset.turns = String(Number(log.dataset.turns ?? "0") + 1);
      }
    }));

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    void send({ kind: "text", text }, text);
  });
  select.addEventListener("change", () => void send({ kind: "choice", id: `l:${select.value}` }));

  select.value = guessLang(navigator.languages?.length ? navigator.languages : [navigator.language]);
  void send({ kind: "start" });
}

wirePrint();
const log = $("log");
if (log) startChat(log);
