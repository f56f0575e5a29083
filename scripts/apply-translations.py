#!/usr/bin/env python3
"""Fills unfinished messages of a Qt .ts file.

  apply-translations.py TS_FILE --json MAP.json   # MAP: {"source text": "translation", ...}
                                                  #  or {"Context|source text": "translation"}
  apply-translations.py TS_FILE --from OTHER.ts   # copy finished translations of equal messages
  apply-translations.py TS_FILE --list            # print the unfinished source texts as JSON

Numerus messages take a list of forms in the JSON map. Writes TS_FILE in place.
"""
import argparse
import json
import sys
import xml.etree.ElementTree as ET


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def key(context, message):
    return (context, message.findtext("source", ""), message.findtext("comment", ""))


def unfinished(message):
    tr = message.find("translation")
    return tr is None or tr.get("type") in ("unfinished",) or not (tr.text or list(tr))


def set_translation(message, value):
    tr = message.find("translation")
    if tr is None:
        tr = ET.SubElement(message, "translation")
    for child in list(tr):
        tr.remove(child)
    if message.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value]
        tr.text = None
        for form in forms:
            ET.SubElement(tr, "numerusform").text = form
    else:
        tr.text = value
    tr.attrib.pop("type", None)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("ts")
    parser.add_argument("--json")
    parser.add_argument("--from", dest="other")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()

    tree = ET.parse(args.ts)
    root = tree.getroot()

    if args.list:
        todo = [m.findtext("source", "") for _, m in messages(root) if unfinished(m)]
        json.dump(todo, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0

    mapping = {}
    if args.json:
        with open(args.json, encoding="utf-8") as f:
            mapping = json.load(f)
    done = {}
    if args.other:
        for ctx, m in messages(ET.parse(args.other).getroot()):
            if not unfinished(m):
                tr = m.find("translation")
                forms = [f.text or "" for f in tr.findall("numerusform")]
                done[key(ctx, m)] = forms if forms else tr.text

    filled = left = 0
    for ctx, m in messages(root):
        if not unfinished(m):
            continue
        source = m.findtext("source", "")
        value = done.get(key(ctx, m)) or mapping.get(f"{ctx}|{source}") or mapping.get(source)
        if value:
            set_translation(m, value)
            filled += 1
        else:
            left += 1

    tree.write(args.ts, encoding="utf-8", xml_declaration=True)
    # ElementTree drops the DOCTYPE; lupdate and lrelease accept the file either way, but keep it.
    with open(args.ts, encoding="utf-8") as f:
        text = f.read()
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    with open(args.ts, "w", encoding="utf-8") as f:
        f.write(text if text.endswith("\n") else text + "\n")
    print(f"{args.ts}: filled {filled}, still unfinished {left}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
