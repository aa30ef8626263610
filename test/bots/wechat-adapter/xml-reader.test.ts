import { describe, expect, it } from "vitest";
import { WechatError } from "../../../bots/wechat-adapter/errors.ts";
import { leafFields, readXml, sanitizeControlChars } from "../../../bots/wechat-adapter/xml-reader.ts";

function codeOf(source: string): string | undefined {
  try {
    readXml(source);
  } catch (error) {
    if (error instanceof WechatError) return error.code;
    throw error;
  }
  return undefined;
}

describe("reading WeChat's XML", () => {
  it("reads text, CDATA, the declaration, comments and nested elements", () => {
    const root = readXml(
      '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- push -->\n<xml><A><![CDATA[x<y]]></A>\n<B>1 &amp; 2 &#20013;&#x6587;</B><C><D>in</D></C><E/></xml>\n',
    );
    expect(leafFields(root)).toEqual({ A: "x<y", B: "1 & 2 中文", E: "" });
    expect(root.children[2]!.children[0]).toEqual({ name: "D", text: "in", children: [] });
  });

  it("keeps the first of two fields with the same name", () => {
    expect(leafFields(readXml("<xml><A>1</A><A>2</A></xml>"))).toEqual({ A: "1" });
  });

  it("ignores a field named __proto__ instead of touching prototypes", () => {
    const fields = leafFields(readXml("<xml><__proto__>x</__proto__></xml>"));
    expect(fields.__proto__).toBe("x");
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe("refusing what WeChat never sends", () => {
  it.each([
    ["a DOCTYPE with an external entity", '<!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xml><A>&xxe;</A></xml>'],
    ["a DOCTYPE in lower case", "<!doctype xml><xml/>"],
    ["an ENTITY declaration inside the root", '<xml><!ENTITY a "b"><A/></xml>'],
    ["a billion-laughs header", '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><xml>&lol2;</xml>'],
  ])("refuses %s as XML_DOCTYPE", (_, source) => {
    expect(codeOf(source)).toBe("XML_DOCTYPE");
  });

  it.each([
    ["an empty body", ""],
    ["plain text", "hello"],
    ["an unclosed element", "<xml><A>1</A>"],
    ["mismatched tags", "<xml><A>1</B></xml>"],
    ["attributes", '<xml a="1"><A/></xml>'],
    ["an undeclared entity", "<xml><A>&xxe;</A></xml>"],
    ["a bare ampersand", "<xml><A>a & b</A></xml>"],
    ["a reference to a control character", "<xml><A>&#1;</A></xml>"],
    ["an unterminated CDATA", "<xml><A><![CDATA[x</A></xml>"],
    ["two roots", "<xml/><xml/>"],
    ["text after the root", "<xml/>trailing"],
    ["mixed content", "<xml>text<A/></xml>"],
    ["a processing instruction inside", "<xml><?php echo 1 ?></xml>"],
    ["nesting deeper than eight levels", `${"<a>".repeat(9)}${"</a>".repeat(9)}`],
  ])("refuses %s as MALFORMED_XML", (_, source) => {
    expect(codeOf(source)).toBe("MALFORMED_XML");
  });

  it("reads a DOCTYPE-looking text inside CDATA as plain text", () => {
    expect(leafFields(readXml("<xml><Content><![CDATA[<!DOCTYPE html>]]></Content></xml>"))).toEqual({
      Content: "<!DOCTYPE html>",
    });
  });
});

describe("control characters", () => {
  it("are removed except tab, line feed and carriage return", () => {
    expect(sanitizeControlChars("a\u0000b\u0001c\td\ne\rf\u001Fg\u000Bh")).toBe("abc\td\ne\rfgh");
  });

  it("inside a field no longer break parsing", () => {
    expect(leafFields(readXml("<xml><Content><![CDATA[你\u0000好\u0008]]></Content></xml>"))).toEqual({ Content: "你好" });
  });
});
