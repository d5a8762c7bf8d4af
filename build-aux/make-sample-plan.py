#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes resources/sample/sample-plan.json: the plan 2026–2028 of the fictional sample
project "Mikroregion Podlesí" (4 priorities, 12 measures, 30 activities), its comments and
the action plan 2026 with its evaluation. ALL OF IT IS FICTIONAL EXAMPLE DATA.

Usage: build-aux/make-sample-plan.py > resources/sample/sample-plan.json"""

import json
import sys

P = "Lesná"  # the fictional ORP town

# (priority, focus, [(measure, [activity, …]), …]); an activity is a dict.
def act(uid, title, groups, start, end, status, costs, indicators=(), implementer=None,
        responsible="koordinátor KPSS", description=None, capacity=(), kinds=(), services=()):
    item = {"id": uid, "title": title}
    if description:
        item["description"] = description
    if groups:
        item["target_groups"] = list(groups)
    if kinds:
        item["service_types"] = [{"type": k, "form": f} if f else {"type": k} for k, f in kinds]
    if services:
        item["services"] = list(services)
    if implementer:
        item["implementer"] = implementer
    item["responsible"] = responsible
    item["start"] = start
    item["end"] = end
    item["status"] = status
    if capacity:
        item["capacity"] = [{"unit": u, "change": c} for u, c in capacity]
    item["costs"] = [{"year": y, "source": s, "amount": a} for y, s, a in costs]
    if indicators:
        item["indicators"] = [{"id": uid + "-i%d" % n, "name": name, "unit": unit,
                               "baseline": b, "target": t}
                              for n, (name, unit, b, t) in enumerate(indicators, 1)]
    return item

def years(source, amounts, first=2026):
    return [(first + i, source, a) for i, a in enumerate(amounts) if a]

SENIORS = ["senioři"]
DISAB = ["osoby se zdravotním postižením"]
FAMILY = ["rodiny s dítětem/dětmi"]
YOUTH = ["děti a mládež ve věku od 6 do 26 let ohrožené společensky nežádoucími jevy"]
CRISIS = ["osoby v krizi"]
HOMELESS = ["osoby bez přístřeší"]
CARERS = ["pečující osoby"]
DS = "DruhSocialniSluzby/13"
PS = "DruhSocialniSluzby/4"
OA = "DruhSocialniSluzby/3"
RP = "DruhSocialniSluzby/17"
OSP = "DruhSocialniSluzby/1"
SAS = "DruhSocialniSluzby/28"
NZDM = "DruhSocialniSluzby/25"
ODL = "DruhSocialniSluzby/8"
CB = "DruhSocialniSluzby/15"

priorities = [
  ("Udržení a zkvalitnění stávajících sociálních služeb", "common", [
    ("Zajištění financování stávající sítě služeb", [
      act("a111", "Spolufinancování registrovaných služeb z rozpočtů obcí mikroregionu",
          [], "2026-01", "2028-12", "probíhá",
          years("obec", [1850000, 1900000, 1950000]) + years("mpsv", [9200000, 9400000, 9600000]),
          [("Podíl obcí, které spolufinancují síť", "%", 43, 80)],
          {"text": "obce Mikroregionu Podlesí"}, "starosta města Lesná",
          "Obce přispívají na služby, které jejich občané využívají, podle dohodnutého klíče."),
      act("a112", "Víceleté smlouvy o spolufinancování s poskytovateli",
          [], "2026-01", "2026-12", "splněno", [],
          [("Uzavřené smlouvy", "počet", 0, 6)], {"obec": "990001"}, "odbor sociálních věcí"),
    ]),
    ("Zvyšování kvality poskytovaných služeb", [
      act("a121", "Společné vzdělávání pracovníků v sociálních službách",
          [], "2026-03", "2028-11", "probíhá",
          years("esf", [120000, 120000, 120000]) + years("obec", [20000, 20000, 20000]),
          [("Proškolení pracovníci", "osoby", 0, 60)], {"text": "Poradna Podlesí, z. ú. (ukázka)"}),
      act("a122", "Supervize pro pracovníky terénních služeb",
          [], "2026-01", "2028-12", "probíhá", years("kraj", [60000, 60000, 60000]),
          [("Supervizní setkání za rok", "počet", 4, 10)], {"ico": "99100055"}),
      act("a123", "Bezbariérová úprava vstupu do Poradny Podlesí",
          DISAB, "2026-04", "2026-10", "částečně splněno",
          years("obec", [180000]) + years("irop", [420000]),
          implementer={"ico": "99100033"}),
    ]),
    ("Informovanost o sociálních službách", [
      act("a131", "Aktualizace a vydání katalogu poskytovatelů sociálních služeb",
          [], "2026-01", "2028-12", "probíhá", years("obec", [45000, 15000, 45000]),
          [("Výtisky katalogu", "ks", 0, 3000)], {"obec": "990001"}),
      act("a132", "Informační kampaň o pomoci pečujícím osobám",
          CARERS, "2026-09", "2027-06", "nezahájeno", years("obec", [25000, 25000]),
          [("Počet setkání s veřejností", "počet", 0, 8)]),
      act("a133", "Webový rozcestník sociálních služeb mikroregionu",
          [], "2026-05", "2026-12", "splněno", years("obec", [35000]),
          [("Návštěvy rozcestníku za rok", "návštěvy", 0, 2000)], {"obec": "990001"}),
    ]),
  ]),
  ("Senioři a osoby se zdravotním postižením", "group", [
    ("Péče v domácím prostředí", [
      act("a211", "Rozšíření pečovatelské služby o večerní a víkendové hodiny",
          SENIORS, "2026-01", "2027-12", "probíhá",
          years("mpsv", [1400000, 1450000]) + years("obec", [350000, 360000]) +
          years("uhrady", [220000, 230000]),
          [("Klienti pečovatelské služby", "klienti", 120, 150)], {"ico": "99100022"},
          "ředitelka Sociálních služeb Lesná", capacity=[("uvazky", 2.5)],
          kinds=[(PS, "ter")], services=["U990002"]),
      act("a212", "Osobní asistence v menších obcích mikroregionu",
          DISAB + SENIORS, "2026-01", "2028-12", "probíhá",
          years("mpsv", [900000, 950000, 1000000]) + years("pnp", [300000, 320000, 340000]),
          [("Obce, kde služba působí", "obce", 6, 12)], {"ico": "99100055"},
          capacity=[("uvazky", 1.5)], kinds=[(OA, "ter")], services=["U990005"]),
      act("a213", "Odlehčovací služba v terénní formě",
          SENIORS + CARERS, "2027-01", "2028-12", "nezahájeno",
          years("mpsv", [0, 650000, 700000]) + years("obec", [0, 150000, 150000]),
          [("Klienti odlehčovací služby", "klienti", 0, 20)], {"ico": "99100022"},
          capacity=[("uvazky", 1.0)], kinds=[(ODL, "ter")]),
    ]),
    ("Pobytové služby pro seniory", [
      act("a221", "Rekonstrukce Domova pro seniory Lesná na jednolůžkové pokoje",
          SENIORS, "2026-06", "2028-06", "probíhá",
          years("irop", [4200000, 6800000, 0]) + years("obec", [800000, 1200000, 300000]),
          [("Jednolůžkové pokoje", "pokoje", 12, 40)], {"ico": "99100022"},
          kinds=[(DS, "pob")], services=["U990001"]),
      act("a222", "Příprava domova se zvláštním režimem pro osoby s demencí",
          ["osoby žijící s demencí"], "2027-01", "2028-12", "nezahájeno",
          years("kraj", [0, 150000, 150000]),
          [("Studie proveditelnosti", "dokument", 0, 1)], {"ico": "99100066"},
          capacity=[("luzka", 12)]),
    ]),
    ("Podpora pečujících", [
      act("a231", "Svépomocná skupina pro pečující osoby",
          CARERS, "2026-02", "2028-12", "probíhá", years("nadace", [30000, 30000, 30000]),
          [("Setkání skupiny za rok", "počet", 0, 10)], {"text": "Dobrovolníci Podlesí, z. s. (ukázka)"}),
      act("a232", "Půjčovna kompenzačních pomůcek",
          SENIORS + DISAB, "2026-01", "2026-12", "splněno",
          years("obec", [90000]) + years("jine", [40000]),
          [("Pomůcky k zapůjčení", "ks", 15, 40)], {"obec": "990001"}),
    ]),
  ]),
  ("Rodiny s dětmi a mládež", "group", [
    ("Podpora ohrožených rodin", [
      act("a311", "Sociálně aktivizační služba pro rodiny v obcích Skalná a Čeňkov",
          FAMILY, "2026-01", "2028-12", "probíhá",
          years("mpsv", [640000, 660000, 680000]) + years("obec", [80000, 80000, 80000]),
          [("Podpořené rodiny", "rodiny", 12, 20)], {"ico": "99100033"},
          kinds=[(SAS, "ter")], services=["U990006"]),
      act("a312", "Raná péče pro rodiny dětí se zdravotním postižením",
          FAMILY + DISAB, "2026-01", "2028-12", "probíhá",
          years("mpsv", [510000, 520000, 530000]),
          [("Rodiny v péči", "rodiny", 30, 34)], {"ico": "99100055"},
          kinds=[(RP, "ter")], services=["U990008"]),
    ]),
    ("Volnočasové a preventivní aktivity", [
      act("a321", "Obnovení nízkoprahového klubu v Čeňkově",
          YOUTH, "2026-09", "2027-12", "přesunuto",
          years("mpsv", [150000, 480000]) + years("obec", [60000, 120000]),
          [("Kontakty za rok", "kontakty", 0, 900)], {"text": "Klub mladých, z. s. (ukázka)"},
          kinds=[(NZDM, "amb")]),
      act("a322", "Preventivní programy na základních školách",
          YOUTH, "2026-01", "2028-06", "probíhá", years("obec", [40000, 40000, 20000]),
          [("Třídy zapojené do programu", "třídy", 6, 18)]),
      act("a323", "Letní příměstský tábor pro děti z ohrožených rodin",
          YOUTH + FAMILY, "2026-07", "2028-08", "probíhá",
          years("obec", [30000, 30000, 30000]) + years("nadace", [20000, 20000, 20000]),
          [("Děti na táboře", "děti", 0, 25)], {"text": "Rodinka – SAS (ukázka)"}),
    ]),
    ("Dostupné bydlení pro rodiny", [
      act("a331", "Startovací byty pro mladé rodiny v Dubovicích",
          FAMILY, "2027-01", "2028-12", "nezahájeno",
          years("obec", [0, 900000, 300000]) + years("irop", [0, 1800000, 0]),
          [("Startovací byty", "byty", 0, 4)], {"obec": "990002"}),
      act("a332", "Poradenství při hrozící ztrátě bydlení",
          FAMILY + HOMELESS, "2026-01", "2028-12", "probíhá",
          years("mpsv", [210000, 215000, 220000]),
          [("Klienti poradny s dluhy a bydlením", "klienti", 45, 60)], {"ico": "99100033"},
          kinds=[(OSP, "amb")], services=["U990003"]),
    ]),
  ]),
  ("Lidé v krizi a ohrožení sociálním vyloučením", "group", [
    ("Krizová pomoc a azylové bydlení", [
      act("a411", "Krizová lůžka v Krizovém centru Lesná",
          CRISIS, "2026-01", "2028-12", "probíhá",
          years("mpsv", [780000, 800000, 820000]) + years("kraj", [100000, 100000, 100000]),
          [("Obsazenost krizových lůžek", "%", 55, 70)], {"ico": "99100044"},
          services=["U990007"]),
      act("a412", "Zázemí azylového domu pro matky s dětmi",
          FAMILY + CRISIS, "2026-03", "2026-11", "nesplněno",
          years("obec", [250000]) + years("nadace", [100000]),
          [("Rekonstruované pokoje", "pokoje", 0, 3)], {"ico": "99100044"},
          services=["U990004"]),
    ]),
    ("Prevence zadlužení a sociálního vyloučení", [
      act("a421", "Dluhové poradenství v obcích mikroregionu (výjezdy)",
          ["osoby žijící v sociálně vyloučených komunitách"], "2026-01", "2028-12", "probíhá",
          years("mpsv", [160000, 165000, 170000]),
          [("Konzultace za rok", "konzultace", 120, 200)], {"ico": "99100033"}),
      act("a422", "Spolupráce s úřadem práce a obcemi na prevenci exekucí",
          [], "2026-01", "2028-12", "probíhá", [],
          [("Společná jednání za rok", "počet", 0, 4)], {"obec": "990001"}),
    ]),
    ("Pomoc lidem bez domova", [
      act("a431", "Terénní program pro lidi bez přístřeší",
          HOMELESS, "2027-01", "2028-12", "nezahájeno",
          years("mpsv", [0, 420000, 440000]) + years("obec", [0, 80000, 80000]),
          [("Kontakty terénního programu", "kontakty", 0, 600)],
          {"text": "Domov v tísni, z. s. (ukázka)"}, capacity=[("uvazky", 1.0)]),
      act("a432", "Zimní opatření: noclehárna v době mrazů",
          HOMELESS, "2026-11", "2028-03", "nezahájeno",
          years("obec", [60000, 60000, 60000]),
          [("Nocí otevřené noclehárny", "noci", 0, 60)], {"obec": "990001"}),
    ]),
    ("Komunitní práce a dobrovolnictví", [
      act("a441", "Dobrovolnické centrum: návštěvy osamělých seniorů",
          SENIORS, "2026-01", "2028-12", "probíhá", years("nadace", [50000, 50000, 50000]),
          [("Aktivní dobrovolníci", "osoby", 14, 30)],
          {"text": "Dobrovolníci Podlesí, z. s. (ukázka)"}),
      act("a442", "Komunitní setkání v obcích s nejmenším počtem služeb",
          [], "2026-04", "2028-10", "probíhá", years("obec", [15000, 15000, 15000]),
          [("Obce se setkáním", "obce", 0, 8)]),
    ]),
  ]),
]

items = []
for pi, (ptitle, focus, measures) in enumerate(priorities, 1):
    p = {"id": "p%d" % pi, "title": ptitle, "focus": focus}
    if focus == "group":
        p["focus_group"] = {2: "seniors", 3: "families", 4: "crisis"}[pi]
    p["children"] = []
    for mi, (mtitle, acts) in enumerate(measures, 1):
        p["children"].append({"id": "m%d%d" % (pi, mi), "title": mtitle, "children": acts})
    items.append(p)

n_measures = sum(len(p["children"]) for p in items)
n_acts = sum(len(m["children"]) for p in items for m in p["children"])
assert len(items) == 4 and n_measures >= 12 and n_acts == 30, (n_measures, n_acts)

chapters = [
  (1, "Úvod", "Střednědobý plán rozvoje sociálních služeb Mikroregionu Podlesí na období "
   "2026–2028 navazuje na zákon č. 108/2006 Sb., o sociálních službách.\n\n"
   "*Ukázková data: obce, služby i plán jsou smyšlené.*\n"),
  (1, "Popisná část", ""),
  (2, "Organizační zajištění plánování",
   "Plánování řídí **řídící skupina** složená ze zástupců obcí, poskytovatelů a uživatelů "
   "(princip triády). Pracují v ní tři pracovní skupiny:\n\n"
   "- Senioři a osoby se zdravotním postižením\n- Rodiny s dětmi a mládež\n"
   "- Lidé v krizi a ohrožení sociálním vyloučením\n"),
  (2, "Popis procesu plánování",
   "1. Analýza potřeb (anketa veřejnosti, data poskytovatelů)\n2. Návrh priorit v pracovních "
   "skupinách\n3. Připomínkování veřejností\n4. Schválení zastupitelstvem města Lesná\n"),
  (1, "Analytická část", ""),
  (2, "Sociodemografická analýza", "```komplan demography\n```\n"),
  (2, "Analýza sociálních služeb", "```komplan services\n```\n"),
  (2, "SWOT analýza", "```komplan swot\n```\n"),
  (1, "Vyhodnocení předchozího plánu",
   "Předchozí komunitní plán 2022–2025 splnil 18 z 24 aktivit; nesplněné aktivity převzal "
   "tento plán.\n"),
  (1, "Strategická část", "```komplan strategy\n```\n"),
  (2, "Finanční zajištění", "```komplan budget\n```\n"),
  (1, "Monitoring a způsob aktualizace plánu",
   "Plnění akčních plánů vyhodnocuje řídící skupina jednou ročně. Plán se aktualizuje "
   "nejpozději po dvou letech.\n"),
]

comments = [
  {"author": "Sociální služby Lesná, příspěvková organizace (ukázka)", "date": "2025-10-24",
   "item": "a211", "text": "Navrhujeme doplnit rozšíření pečovatelské služby i o dny "
   "pracovního klidu.", "settlement": "accepted",
   "reason": "Odpovídá zjištěné potřebě.", "change": "Název aktivity 1.1.1 doplněn o víkendy."},
  {"public": True, "date": "2025-10-30", "item": "a321",
   "text": "Klub v Čeňkově by měl být otevřen i o prázdninách.", "settlement": "partly",
   "reason": "Provoz o prázdninách závisí na dotaci; uvedeno jako cíl.",
   "change": "Doplněno do popisu aktivity."},
  {"author": "Obec Hvozdná (ukázka)", "date": "2025-11-05",
   "text": "Požadujeme samostatnou prioritu pro dopravu seniorů k lékaři.",
   "settlement": "rejected",
   "reason": "Doprava není sociální službou; řeší ji obce v rámci dopravní obslužnosti."},
]

# The action plan 2026 from the plan, with its evaluation.
outcome = {  # uid → (status, spent share %, actual per indicator)
  "a111": ("probíhá", 100, [57]), "a112": ("splněno", 100, [6]),
  "a121": ("probíhá", 92, [22]), "a122": ("probíhá", 100, [8]),
  "a123": ("částečně splněno", 60, []), "a131": ("splněno", 97, [1000]),
  "a132": ("přesunuto", 0, [0]), "a133": ("splněno", 100, [2350]),
  "a323": ("splněno", 100, [21]), "a211": ("probíhá", 100, [134]),
  "a212": ("probíhá", 98, [8]), "a221": ("probíhá", 85, [12]),
  "a231": ("splněno", 100, [9]), "a232": ("splněno", 104, [42]),
  "a311": ("probíhá", 100, [15]), "a312": ("splněno", 100, [33]),
  "a321": ("přesunuto", 10, [0]), "a322": ("probíhá", 100, [9]),
  "a332": ("probíhá", 100, [52]), "a411": ("probíhá", 100, [61]),
  "a412": ("nesplněno", 20, [0]), "a421": ("probíhá", 95, [140]),
  "a422": ("splněno", 100, [4]), "a432": ("nezahájeno", 0, [0]),
  "a441": ("probíhá", 100, [19]), "a442": ("probíhá", 100, [3]),
}
entries = []
for pi, p in enumerate(items, 1):
    for mi, m in enumerate(p["children"], 1):
        for ai, a in enumerate(m["children"], 1):
            if a["start"] > "2026-12" or a["end"] < "2026-01":
                continue
            status, share, actual = outcome[a["id"]]
            e = {"item": a["id"], "code": "%d.%d.%d" % (pi, mi, ai), "title": a["title"],
                 "priority": {"id": p["id"], "code": str(pi), "title": p["title"]}}
            if a["end"] <= "2026-12":
                e["deadline"] = a["end"]
            e["responsible"] = a["responsible"]
            e["status"] = status
            e["amounts"] = [{"year": 2026, "source": c["source"], "planned": c["amount"],
                             "spent": c["amount"] * share // 100}
                            for c in a["costs"] if c["year"] == 2026]
            if a.get("indicators"):
                e["indicators"] = []
                for n, ind in enumerate(a["indicators"]):
                    d = dict(ind)
                    if n < len(actual):
                        d["actual"] = actual[n]
                    e["indicators"].append(d)
            entries.append(e)

plan = {
  "format": "komplan-plan/1",
  "period": "2026-2028",
  "levels": ["Priorita", "Opatření", "Aktivita"],
  "vision": "Lidé v Mikroregionu Podlesí najdou v tíživé situaci pomoc blízko domova: "
            "dostupné, kvalitní a provázané sociální služby, na kterých se shodnou obce, "
            "poskytovatelé i uživatelé. (Ukázková data.)",
  "chapters": [{"title": t, "depth": d, "text": x} for d, t, x in chapters],
  "items": items,
  "comments": comments,
  "action_plans": [{"years": "2026", "version": 1, "entries": entries}],
}
json.dump(plan, sys.stdout, ensure_ascii=False, indent=2)
sys.stdout.write("\n")
