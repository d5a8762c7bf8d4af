#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Draws the FICTIONAL boundaries of the sample project ("Mikroregion Podlesí", ukázková
data) as TopoJSON: a jittered grid of cells with wavy borders, some cells merged into one
obec. The 14 obce of the territory have the codes 990001–990014 of
resources/sample/sample-project.sql; the obce around them 990101 onwards. The shapes are
invented and placed in a quiet corner of WGS84 space inside Czechia only so that the map
projection (S-JTSK) applies; they depict no real place.

Usage: build-aux/make-sample-boundaries.py > resources/sample/sample-boundaries.topojson.json
"""
import json
import math
import random

random.seed(20260)

# Six columns and three rows of neighbours on each side of the territory: the map is fitted
# to the territory, and a wide window (or a tall one) still shows obce around it to its
# edges rather than blank strips beyond the data.
COLS, ROWS = 17, 10
LON0, LAT0 = 15.102, 49.38         # south-west corner
DLON, DLAT = 0.062, 0.040          # one cell: about 4.5 km square
DC, DR = 4, 1                      # where the territory's cells below are moved to

# Territory cells (column, row from the south) → obec code; Lesná spans two cells.
TERRITORY_CELLS = {
    (3, 5): "990009", (4, 5): "990010", (5, 5): "990008",
    (2, 4): "990007", (3, 4): "990001", (4, 4): "990001", (5, 4): "990006", (6, 4): "990014",
    (2, 3): "990003", (3, 3): "990005", (4, 3): "990002", (5, 3): "990004", (6, 3): "990011",
    (3, 2): "990012", (4, 2): "990013",
}
TERRITORY = {(c + DC, r + DR): code for (c, r), code in TERRITORY_CELLS.items()}
NAMES = {
    "990001": "Lesná", "990002": "Dubovice", "990003": "Lipová Lhota", "990004": "Skalná",
    "990005": "Radkovice", "990006": "Nová Ves u Lesné", "990007": "Chvojnice",
    "990008": "Horní Bukovina", "990009": "Hvozdná", "990010": "Březinka",
    "990011": "Nová Ves pod Skalou", "990012": "Žďárec", "990013": "Čeňkov",
    "990014": "Ostrůvek",
}
NEIGHBOUR_NAMES = [
    "Bor u Lesné", "Javorník", "Mlýnec", "Doubrava", "Kamenná", "Olšany", "Habrová",
    "Vranov nad Lesnou", "Polná Lhota", "Smrčná", "Jedlová", "Hrádek", "Zálesí", "Třebná",
    "Lomnice", "Borovnice", "Vrbice", "Rovná", "Jasenná", "Dolní Bukovina", "Pasečná",
    "Rybníček", "Lukov", "Klokočí", "Studnice", "Bystrá", "Habřina", "Zahrádky", "Mokrá",
    "Kostelec", "Brusné", "Cetkovice", "Bukovec", "Ořechov", "Tisová", "Lipnice", "Babice",
    "Podhradí", "Svatoňovice", "Kunice", "Věžná",
]

# Vertices: a grid, jittered inside (the outer frame stays straight for the kraj edge).
vertex = {}
for c in range(COLS + 1):
    for r in range(ROWS + 1):
        jx = random.uniform(-0.28, 0.28) if 0 < c < COLS else 0.0
        jy = random.uniform(-0.28, 0.28) if 0 < r < ROWS else 0.0
        vertex[(c, r)] = (LON0 + (c + jx) * DLON, LAT0 + (r + jy) * DLAT)

arcs = []
arc_index = {}


def wavy(a, b, outer):
    """Points from a to b: the straight edge bent by two gentle waves."""
    (x0, y0), (x1, y1) = a, b
    n = 9
    nx, ny = -(y1 - y0), (x1 - x0)
    amp1, amp2 = (0.0, 0.0) if outer else (random.uniform(-0.10, 0.10), random.uniform(-0.05, 0.05))
    pts = []
    for i in range(n + 1):
        t = i / n
        s = amp1 * math.sin(math.pi * t) + amp2 * math.sin(2 * math.pi * t)
        pts.append([round(x0 + (x1 - x0) * t + nx * s, 6), round(y0 + (y1 - y0) * t + ny * s, 6)])
    return pts


def edge(a, b):
    """Arc reference for the directed edge between grid vertices a and b."""
    key = (min(a, b), max(a, b))
    if key not in arc_index:
        outer = (key[0][0] == key[1][0] in (0, COLS)) or (key[0][1] == key[1][1] in (0, ROWS))
        arc_index[key] = len(arcs)
        arcs.append(wavy(vertex[key[0]], vertex[key[1]], outer))
    i = arc_index[key]
    return i if key[0] == a else ~i


def cell_edges(c, r):
    """The cell's border counter-clockwise as directed vertex pairs."""
    return [((c, r), (c + 1, r)), ((c + 1, r), (c + 1, r + 1)),
            ((c + 1, r + 1), (c, r + 1)), ((c, r + 1), (c, r))]


def union_rings(cells):
    """Rings (lists of arc refs) around a set of cells: edges shared inside drop out."""
    directed = set()
    for cell in cells:
        for e in cell_edges(*cell):
            if (e[1], e[0]) in directed:
                directed.remove((e[1], e[0]))
            else:
                directed.add(e)
    rings = []
    starts = {}
    for e in directed:
        starts.setdefault(e[0], []).append(e)
    while directed:
        first = min(directed)
        ring, e = [], first
        while True:
            directed.remove(e)
            starts[e[0]].remove(e)
            ring.append(edge(*e))
            if e[1] == first[0]:
                break
            e = starts[e[1]][0]
        rings.append(ring)
    return rings


def geometry(cells, props):
    return {"type": "Polygon", "arcs": union_rings(cells), "properties": props}


obce = {}
for cell, code in TERRITORY.items():
    obce.setdefault(code, []).append(cell)
features = [geometry(cells, {"kod_obce": code, "nazev": NAMES[code]})
            for code, cells in sorted(obce.items())]
names = iter([prefix + name for prefix in ("", "Horní ", "Dolní ", "Nová ")
              for name in NEIGHBOUR_NAMES])
n = 0
for r in range(ROWS):
    for c in range(COLS):
        if (c, r) in TERRITORY:
            continue
        n += 1
        features.append(geometry([(c, r)], {"kod_obce": "99%04d" % (100 + n),
                                            "nazev": next(names) + " (ukázka)"}))

orp_cells = {"9901": list(TERRITORY)}
other = [(c, r) for r in range(ROWS) for c in range(COLS) if (c, r) not in TERRITORY]
orp_cells["9902"] = [cell for cell in other if cell[0] < 4 + DC]
orp_cells["9903"] = [cell for cell in other if cell[0] >= 4 + DC]
orp = [geometry(cells, {"kod_orp": code, "nazev": name}) for (code, cells), name in
       zip(sorted(orp_cells.items()), ["Lesná", "Javorník (ukázka)", "Kamenná (ukázka)"])]
kraj = [geometry(list(TERRITORY) + other, {"kod_cznuts3": "CZ099", "nazev": "Kraj Podlesí (ukázka)"})]

topology = {
    "type": "Topology",
    "comment": "FICTIONAL sample boundaries (ukázková data) drawn by "
               "build-aux/make-sample-boundaries.py; they depict no real place.",
    "objects": {
        "obce": {"type": "GeometryCollection", "geometries": features},
        "orp": {"type": "GeometryCollection", "geometries": orp},
        "kraje": {"type": "GeometryCollection", "geometries": kraj},
    },
    "arcs": arcs,
}
print(json.dumps(topology, ensure_ascii=False, separators=(",", ":")))
