#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a Czech message of po/cs.po puts a number before a noun without plural forms,
or uses wording found wrong before (WORDING).

Czech has three plural forms (1 řádek, 2 řádky, 5 řádků): a message that prints a count
before a noun ("%u řádků") must come from ngettext/g_dngettext, with msgid_plural and
three msgstr[]. This reads the Czech of every singular message (no msgid_plural) and reports
those with an integer conversion (%u, %d, %i, %lu, %<PRIu64> …) followed by a word, unless
the word is known not to be a counted noun ("%u z %u", "§ %u") or is a unit that does not
change (MB). A translation may instead put the count after the noun ("bodů: %u").

Usage: check-plurals.py PO-FILE
       check-plurals.py --self-test
"""

import re
import sys

# An integer conversion, then a space (or a no-break space) and a word.
COUNT_WORD = re.compile(
    r"%(?:\d+\$)?[-+ #0']*\d*(?:hh|h|ll|l|z|j|t)?[udi](?:\s|\u00a0)+([^\W\d_]+)"
    r"|%<PRI[udi]64>(?:\s|\u00a0)+([^\W\d_]+)",
    re.UNICODE,
)

# Words after a number that are not counted by it.
NOT_NOUNS = {
    # English
    "of", "and", "or", "to", "in", "at", "is", "has", "have", "was", "from", "for", "on",
    "x", "by", "with", "the",
    # Czech
    "z", "ze", "a", "nebo", "do", "až", "na", "v", "ve", "je", "má", "mají", "od", "pro",
    "s", "se", "u", "×", "leží", "není", "nemá", "selhal", "selhala", "selhalo",
    # units written the same for any number
    "mb", "kib", "kb", "km", "m", "px", "pt", "mm", "cm",
}


# Czech wording found wrong once (issue 11.5), so that it does not come back: the text,
# and why.
WORDING = [
    (re.compile(r"Zobrazení (Síť služeb|Publikace|Území)"),
     "a view's name after “Zobrazení” reads as Czech gone wrong; say “Přejít na …”"),
    (re.compile(r"\bvíckrát\b"), "colloquial; write “vícekrát”"),
    (re.compile(r"^Ve věku "), "say whose age: “Obyvatelé ve věku …”"),
]


def unquote(text):
    body = text.strip()
    if not (body.startswith('"') and body.endswith('"')):
        raise ValueError("not a quoted string: %s" % text)
    return bytes(body[1:-1], "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")


def read_po(lines):
    """Yields (msgid, msgid_plural, [msgstr…], line number) for each message."""
    entry = {}
    key = None
    start = 0

    def flush():
        if "msgid" in entry:
            strs = [v for k, v in sorted(entry.items()) if k.startswith("msgstr")]
            return (entry["msgid"], entry.get("msgid_plural"), strs, start)
        return None

    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\n")
        if line.startswith("#") or not line.strip():
            if key is not None and not line.startswith("#~"):
                done = flush()
                if done is not None:
                    yield done
                entry, key = {}, None
            continue
        match = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[\d\])?)\s+(".*")$', line)
        if match:
            if match.group(1) in ("msgctxt", "msgid") and key is not None and key.startswith("msgstr"):
                done = flush()
                if done is not None:
                    yield done
                entry = {}
            key = match.group(1)
            if key == "msgid":
                start = number
            entry[key] = unquote(match.group(2))
        elif line.startswith('"') and key is not None:
            entry[key] += unquote(line)
    done = flush()
    if done is not None:
        yield done


def counted_nouns(text):
    found = []
    for match in COUNT_WORD.finditer(text):
        word = match.group(1) or match.group(2)
        if word.lower() not in NOT_NOUNS:
            found.append(word)
    return found


def check(lines):
    problems = []
    for msgid, plural, strs, number in read_po(lines):
        if not msgid:
            continue
        for pattern, why in WORDING:
            if any(pattern.search(text) for text in strs):
                problems.append("line %d: “%s”: %s" % (number, msgid.strip(), why))
        if plural is not None:
            continue
        words = [w for s in strs for w in counted_nouns(s)]
        if words:
            problems.append("line %d: “%s” counts “%s” without plural forms (use "
                            "g_dngettext, or put the count after the noun)"
                            % (number, msgid.strip(), words[0]))
    return problems


def self_test():
    bad = [
        'msgid "%u rows"\n', 'msgstr "%u řádků"\n', "\n",
        'msgid "Copied %u obce"\n', 'msgstr "Zkopírováno %u obcí"\n', "\n",
        'msgid "the row has %u fields"\n', 'msgstr ""\n', '"řádek má %u polí"\n', "\n",
        'msgid "Network view"\n', 'msgstr "Zobrazení Síť služeb"\n', "\n",
        'msgid "Aged 0–14"\n', 'msgstr "Ve věku 0–14"\n', "\n",
    ]
    good = [
        'msgid "%u of %u"\n', 'msgstr "%u z %u"\n', "\n",
        'msgid "§ %u"\n', 'msgstr "§ %u"\n', "\n",
        'msgid "%u row"\n', 'msgid_plural "%u rows"\n', 'msgstr[0] "%u řádek"\n',
        'msgstr[1] "%u řádky"\n', 'msgstr[2] "%u řádků"\n', "\n",
        'msgid "row %u: %s"\n', 'msgstr "řádek %u: %s"\n', "\n",
        'msgid "%u points"\n', 'msgstr "bodů: %u"\n', "\n",
        'msgid "at most %d MB"\n', 'msgstr "nejvýš %d MB"\n', "\n",
    ]
    assert len(check(bad)) == 5, check(bad)
    assert check(good) == [], check(good)
    print("self-test passed")
    return 0


def main(argv):
    if len(argv) == 2 and argv[1] in ("-h", "--help"):
        print(__doc__.strip())
        return 0
    if len(argv) == 2 and argv[1] == "--self-test":
        return self_test()
    if len(argv) != 2:
        print("Usage: check-plurals.py PO-FILE (see --help)", file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as po:
        problems = check(po.readlines())
    for problem in problems:
        print(problem)
    print("%d messages count without plural forms" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
