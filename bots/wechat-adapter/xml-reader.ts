/**
 * A strict reader for the small, flat XML that WeChat pushes.
 *
 * Why not fast-xml-parser: it accepts malformed documents unless validated
 * separately, processes DOCTYPE entities by default (five entity-expansion
 * advisories in 2026 alone), and coerces numbers (a 64-bit MsgId loses
 * precision). WeChat's payloads need only elements, text, CDATA and the
 * predefined entities, so this reader accepts exactly that and refuses the
 * rest: any DOCTYPE/ENTITY declaration (XXE), attributes, processing
 * instructions after the declaration, mixed content, unknown entities,
 * nesting deeper than a few levels.
 */
import { WechatError } from "./errors.ts";

/** An element: its name, its concatenated text and CDATA, and its child elements. */
export interface XmlElement {
  name: string;
  text: string;
  children: XmlElement[];
}

/** Control characters XML 1.0 forbids; tab, line feed and carriage return stay. */
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
const NAME = /[A-Za-z_][A-Za-z0-9_.-]*/y;
const DECLARATION = /<!(DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)\b/iy;
const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
/** WeChat nests at most three levels (xml > ScanCodeInfo > ScanResult); leave some room. */
const DEFAULT_MAX_DEPTH = 8;

/** Removes control characters 0x00–0x1F except tab, line feed and carriage return. */
export function sanitizeControlChars(text: string): string {
  return text.replace(CONTROL_CHARS, "");
}

function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 || cp === 0xa || cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

class Reader {
  private pos = 0;

  constructor(private readonly src: string, private readonly maxDepth: number) {}

  private fail(reason: string): never {
    throw new WechatError("MALFORMED_XML", `malformed XML: ${reason} at offset ${this.pos}`);
  }

  private at(literal: string): boolean {
    return this.src.startsWith(literal, this.pos);
  }

  private skipWhitespace(): void {
    while (this.pos < this.src.length && " \t\r\n".includes(this.src[this.pos]!)) this.pos++;
  }

  private skipPast(terminator: string, what: string): number {
    const end = this.src.indexOf(terminator, this.pos);
    if (end < 0) this.fail(`unterminated ${what}`);
    const start = this.pos;
    this.pos = end + terminator.length;
    return start;
  }

  /** `<!` that opens neither a comment nor CDATA: a declaration (refused as XXE) or garbage. */
  private refuseDeclaration(): never {
    DECLARATION.lastIndex = this.pos;
    if (DECLARATION.test(this.src)) {
      throw new WechatError("XML_DOCTYPE", "DOCTYPE and entity declarations are refused");
    }
    this.fail("unexpected <!");
  }

  /** Whitespace, comments; declarations refused. */
  private skipMisc(): void {
    for (;;) {
      this.skipWhitespace();
      if (this.at("<!--")) this.skipPast("-->", "comment");
      else if (this.at("<!")) this.refuseDeclaration();
      else return;
    }
  }

  private readName(): string {
    NAME.lastIndex = this.pos;
    const match = NAME.exec(this.src);
    if (!match) this.fail("expected a name");
    this.pos += match[0].length;
    return match[0];
  }

  private decodeText(raw: string): string {
    if (raw.includes("]]>")) this.fail("]]> outside CDATA");
    return raw.replace(/&([^;&]*);|&/g, (whole, ref: string | undefined) => {
      if (ref === undefined) this.fail("bare &");
      const named = PREDEFINED[ref];
      if (named !== undefined) return named;
      const numeric = /^#(?:x([0-9A-Fa-f]{1,6})|([0-9]{1,7}))$/.exec(ref);
      if (!numeric) this.fail(`unknown entity ${whole.slice(0, 16)}`);
      const cp = numeric[1] !== undefined ? parseInt(numeric[1], 16) : parseInt(numeric[2]!, 10);
      if (!isXmlChar(cp)) this.fail("character reference to a forbidden character");
      return String.fromCodePoint(cp);
    });
  }

  private readElement(depth: number): XmlElement {
    if (depth > this.maxDepth) this.fail("nesting too deep");
    this.pos++; // "<"
    const name = this.readName();
    this.skipWhitespace();
    if (this.at("/>")) {
      this.pos += 2;
      return { name, text: "", children: [] };
    }
    if (!this.at(">")) this.fail(`attributes or junk in <${name}>`);
    this.pos++;
    let text = "";
    const children: XmlElement[] = [];
    for (;;) {
      if (this.pos >= this.src.length) this.fail(`unclosed <${name}>`);
      if (this.at("</")) {
        this.pos += 2;
        const closing = this.readName();
        this.skipWhitespace();
        if (!this.at(">") || closing !== name) this.fail(`</${closing}> does not close <${name}>`);
        this.pos++;
        break;
      }
      if (this.at("<![CDATA[")) {
        this.pos += 9;
        const start = this.skipPast("]]>", "CDATA");
        text += this.src.slice(start, this.pos - 3);
      } else if (this.at("<!--")) {
        this.skipPast("-->", "comment");
      } else if (this.at("<!")) {
        this.refuseDeclaration();
      } else if (this.at("<?")) {
        this.fail("processing instruction");
      } else if (this.at("<")) {
        children.push(this.readElement(depth + 1));
      } else {
        const end = this.src.indexOf("<", this.pos);
        const stop = end < 0 ? this.src.length : end;
        text += this.decodeText(this.src.slice(this.pos, stop));
        this.pos = stop;
      }
    }
    if (children.length > 0 && text.trim() !== "") this.fail(`mixed content in <${name}>`);
    return { name, text: children.length > 0 ? "" : text, children };
  }

  readDocument(): XmlElement {
    if (this.at("\uFEFF")) this.pos++;
    this.skipWhitespace();
    if (this.at("<?xml")) this.skipPast("?>", "XML declaration");
    this.skipMisc();
    if (!this.at("<") || this.at("<?")) this.fail("expected the root element");
    const root = this.readElement(1);
    this.skipMisc();
    if (this.pos !== this.src.length) this.fail("content after the root element");
    return root;
  }
}

/**
 * Parses `source` after removing forbidden control characters.
 * @throws {WechatError} XML_DOCTYPE for any DOCTYPE/ENTITY declaration, MALFORMED_XML for anything else not well formed
 */
export function readXml(source: string, options: { maxDepth?: number } = {}): XmlElement {
  return new Reader(sanitizeControlChars(source), options.maxDepth ?? DEFAULT_MAX_DEPTH).readDocument();
}

/** The text of each leaf child of `element`, first occurrence winning (WeChat never repeats a field). */
export function leafFields(element: XmlElement): Record<string, string> {
  const fields: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const child of element.children) {
    if (child.children.length === 0 && !(child.name in fields)) fields[child.name] = child.text;
  }
  return fields;
}
