#!/usr/bin/env python3
"""Write the hostile format files BENCHMARKS.md "Formats" measures into DIR (default
/tmp/formats-bench), each about 7 MB, just under the default 8 MiB --max-file-size:

  flat.xml        a NewsML-G2 item whose XHTML body is 700,000 one-word <p> elements
  flat_empty.xml  a NewsML-G2 item with 1.75 million empty unknown elements in contentMeta
  nested.xml      a NewsML-G2 item whose inlineXML nests <div> 1.2 million deep
  entities.xml    a NewsML-G2 item whose body is one paragraph of 1.2 million references
  bomb.xml        the "billion laughs" entity bomb, padded with a 7 MB comment
  attr.xml        a NewsML-G2 item with a 7 MB attribute value full of references
  body_html.json  a ninjs item with 7 MB of HTML in body_html (paragraphs, nested inline tags)
  deep.json       a ninjs item whose `extra` nests JSON arrays 3.5 million deep
  irna.json       an IRNA-shaped article whose body is 7 MB of plain text (280,000 lines)
  message.xml     a NewsML-G2 message of 636,363 empty newsItems
  items.json      a JSON array of 2.33 million empty objects
  wide.json       a ninjs item with 3.5 million numbers under a key no format reads
  lines.jsonl     JSON Lines: 2.33 million lines of `{}`
  valid_lines.jsonl  JSON Lines: 538,461 one-word articles

Then: /usr/bin/time -f "%e s %M KB" target/release/newsdesk extract DIR/FILE > /dev/null
"""

import json
import sys
from pathlib import Path

SIZE = 7 * 1000 * 1000
OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/formats-bench")

HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:bench:1" version="1">'
    '<itemMeta><itemClass qcode="ninat:text"/></itemMeta>'
    "<contentMeta><headline>Bench</headline>"
)


def item(meta, body):
    return (
        f"{HEAD}{meta}</contentMeta><contentSet>"
        f'<inlineXML contenttype="application/xhtml+xml">{body}</inlineXML>'
        "</contentSet></newsItem>\n"
    )


def fill(unit, overhead=400):
    return unit * ((SIZE - overhead) // len(unit))


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    files = {
        "flat.xml": item("", "<html><body>" + fill("<p>word</p>") + "</body></html>"),
        "flat_empty.xml": item(fill("<x/>"), "<p>Body.</p>"),
        "nested.xml": item("", fill("<div>", 200) + "x"),
        "entities.xml": item("", "<p>" + fill("&amp;&nbsp;&#x41;") + "</p>"),
        "bomb.xml": (
            '<?xml version="1.0"?>\n<!DOCTYPE newsItem [\n<!ENTITY lol "lol">\n'
            + "".join(
                f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
                for i in range(1, 10)
            )
            + "]>\n<!-- "
            + fill("pad ")
            + "-->\n<newsItem><contentMeta><headline>&lol9;</headline></contentMeta></newsItem>\n"
        ),
        "attr.xml": item(
            '<headline role="' + fill("a&amp;b ") + '">Bench</headline>', "<p>Body.</p>"
        ),
        "body_html.json": json.dumps(
            {
                "uri": "urn:bench:2",
                "type": "text",
                "headline": "Bench",
                "body_html": fill("<div><p>Some words <b>in <i>bold</i></b> here.</p></div>"),
            }
        ),
        "deep.json": '{"uri":"urn:bench:3","headline":"Bench","extra":'
        + "[" * (SIZE // 2)
        + "]" * (SIZE // 2)
        + "}",
        "irna.json": json.dumps({"titr": "Bench", "text": fill("Some words in bold here.\n")}),
        "message.xml": "<newsMessage><itemSet>"
        + fill("<newsItem/>")
        + "</itemSet></newsMessage>",
        "items.json": "[" + ",".join(["{}"] * (SIZE // 3)) + "]",
        "wide.json": '{"headline":"x","uri":"u","extra":[' + ",".join(["0"] * (SIZE // 2)) + "]}",
        "lines.jsonl": "{}\n" * (SIZE // 3),
        "valid_lines.jsonl": '{"titr":"x"}\n' * (SIZE // 13),
    }
    for name, text in files.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print(f"{OUT / name}: {len(text.encode()):,} bytes")


if __name__ == "__main__":
    main()
