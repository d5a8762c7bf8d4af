#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes 2020_vek_do_999.xlsx: the fictional obce of this folder in the layout of ČSÚ
"Věkové složení obyvatelstva obcí" (sheet "do 999": POH, ZUJ, Obec, Okres, Kraj, Celkem,
18 five-year bands; rows celkem, muži, ženy per obec). Run it from this folder; the output is
committed, so the tests never need Python."""

import sys
import zipfile

if len(sys.argv) > 1:
    if sys.argv[1] in ("-h", "--help"):
        print(__doc__.strip() + "\n\nUsage: make-csu-xlsx.py (no arguments; writes ./2020_vek_do_999.xlsx)")
        sys.exit(0)
    print("make-csu-xlsx.py takes no arguments; see make-csu-xlsx.py --help", file=sys.stderr)
    sys.exit(2)

BANDS = ["0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44",
         "45-49", "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85+"]
HEADER = ["POH", "ZUJ", "Obec", "Okres", "Kraj", "Celkem"] + BANDS
OBCE = [  # kód, název, okres, kraj (as in UI_OBEC.csv, okresy.csv, kraje.csv)
    ("990001", "Lesná", "Lesná", "Podlesský kraj"),
    ("990002", "Borová", "Lesná", "Podlesský kraj"),
    ("990003", "Dubí", "Dubová", "Podlesský kraj"),
    ("990004", "Čížkov nad Dubou", "Dubová", "Podlesský kraj"),
    ("990005", "Kamenná Lhota", "Dubová", "Podlesský kraj"),
    ("990006", "Skalná", "Skalná", "Horský kraj"),
    ("990007", "Horní Skalice", "Skalná", "Horský kraj"),
]


def bands(i, sex):
    if sex == "muži":
        return [(i * 3 + j * 2) % 17 + 5 for j in range(18)]
    return [(i * 5 + j) % 13 + 4 for j in range(18)]


def col(n):
    return chr(ord("A") + n)


strings = []


def s(text):
    if text not in strings:
        strings.append(text)
    return strings.index(text)


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


rows = ["".join('<c r="%s1" t="s"><v>%d</v></c>' % (col(c), s(h)) for c, h in enumerate(HEADER))]
for i, (kod, nazev, okres, kraj) in enumerate(OBCE, start=1):
    m, z = bands(i, "muži"), bands(i, "ženy")
    for poh, values in (("celkem", [a + b for a, b in zip(m, z)]), ("muži", m), ("ženy", z)):
        cells = [poh, kod, nazev, okres, kraj]
        r = len(rows) + 1
        xml = "".join('<c r="%s%d" t="s"><v>%d</v></c>' % (col(c), r, s(v)) for c, v in enumerate(cells))
        xml += "".join('<c r="%s%d"><v>%d</v></c>' % (col(5 + c), r, v)
                       for c, v in enumerate([sum(values)] + values))
        rows.append(xml)
# Empty trailing rows, as in the real file.
rows += ["" for _ in range(3)]

sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         + "".join('<row r="%d">%s</row>' % (n, x) for n, x in enumerate(rows, start=1))
         + "</sheetData></worksheet>")
sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">'
       % (len(strings), len(strings))
       + "".join("<si><t>%s</t></si>" % esc(t) for t in strings) + "</sst>")
parts = {
    "[Content_Types].xml":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '</Types>',
    "_rels/.rels":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
    "docProps/core.xml":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2021-09-14T13:42:01Z</dcterms:created>'
        '</cp:coreProperties>',
    "xl/workbook.xml":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="do 999" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '</Relationships>',
    "xl/worksheets/sheet1.xml": sheet,
    "xl/sharedStrings.xml": sst,
}
with zipfile.ZipFile("2020_vek_do_999.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    for name, text in parts.items():
        info = zipfile.ZipInfo(name, date_time=(2021, 9, 14, 13, 42, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, text.encode("utf-8"))

# The totals the tests check.
age = {}
for i, (kod, *_rest) in enumerate(OBCE, start=1):
    v = [a + b for a, b in zip(bands(i, "muži"), bands(i, "ženy"))]
    age[kod] = (sum(v), sum(v[0:3]), sum(v[3:13]), sum(v[13:18]), sum(v[16:18]))
    print(kod, age[kod])
for name, codes in (("ORP Lesná", ["990001", "990002", "990003"]),
                    ("ORP Čížkov nad Dubou", ["990004", "990005"]),
                    ("ORP Skalná", ["990006", "990007"]),
                    ("all", list(age))):
    print(name, [sum(age[k][n] for k in codes) for n in range(5)])
