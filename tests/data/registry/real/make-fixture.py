#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes rpss.json and cilove-skupiny-osoby.json here: invented services of ORP Havlíčkův
Brod shaped like real registry records (issue 12). Phones as the registry stores them
("569429111", two numbers in one field, "+420800157157"), web addresses with "http://",
services with no phone or no contact at all, services registered for several target groups,
a day-care centre registered for seniors only, and a target group whose code no code list
knows (an unknown type of service the importer refuses). Target-group codes other than /24, /26, /27 and /30 (verified, FORMAT.md
§2.1) are numbered for this fixture only. Run it again after editing; the output is
committed."""

import json

GROUPS = {
    24: 'senioři', 26: 'pečující osoby', 30: 'osoby žijící s demencí',
    41: 'osoby se zdravotním postižením', 42: 'osoby s mentálním postižením',
    43: 'osoby v krizi', 44: 'osoby bez přístřeší', 45: 'oběti domácího násilí',
    46: 'rodiny s dítětem/dětmi',
    47: 'děti a mládež ve věku od 6 do 26 let ohrožené společensky nežádoucími jevy',
}
OBCE = {'568414': ('Havlíčkův Brod', '58001'), '569704': ('Věžnice', '58252'),
        '568406': ('Havlíčkova Borová', '58223'), '568350': ('Golčův Jeníkov', '58282')}

# name, type, forms, target groups, obec, street, number, service phones, provider
# (name, IČO, phones, web), service web, e-mail
SERVICES = [
    ('Pečovatelská služba Havlíčkův Brod', 4, ['ter'], [24, 41], '568414', 'Husova', 2119,
     ['569429111, 603123456'], ('Sociální služby města Havlíčkova Brodu, příspěvková organizace',
                                '00091200', [], None), 'http://www.socsluzby-hb.example/', None),
    ('Charitní pečovatelská služba', 4, ['ter'], [24], '569704', 'Návesní', 7, [],
     ('Oblastní charita Havlíčkův Brod', '00091300', ['569421413'], 'http://www.charitahb.example'),
     None, 'pecovatelska@charitahb.example'),
    ('Tísňová péče Život 90', 5, ['ter'], [24, 41], '568414', 'Dobrovského', 1, ['+420800157157'],
     ('Život 90, z. ú.', '00091400', [], 'https://www.zivot90.example'), None, None),
    ('Odlehčovací služby Domov Háj', 8, ['pob'], [24, 26], '568406', 'Háj', 12, ['569 452 111'],
     ('Domov Háj, příspěvková organizace', '00091500', [], None), None, None),
    ('Domov pro seniory Havlíčkův Brod', 13, ['pob'], [24, 30], '568414', 'Husova', 2117,
     ['569472111'], ('Domov pro seniory Havlíčkův Brod, příspěvková organizace', '00091600', [],
                     None), 'http://www.dpshb.example', None),
    ('Domov pro seniory Věžnice', 13, ['pob'], [24], '569704', 'Zámecká', 1, ['569 489 111'],
     ('Domov Věžnice, příspěvková organizace', '00091700', [], None), None, None),
    ('Domov se zvláštním režimem Golčův Jeníkov', 14, ['pob'], [30], '568350', 'Nádražní', 504,
     ['569 444 222'], ('Domov Golčův Jeníkov, příspěvková organizace', '00091800', [], None), None,
     None),
    ('Denní stacionář pro seniory Brod', 10, ['amb'], [24], '568414', 'Štáflova', 2040,
     ['569 431 555'], ('Sociální služby města Havlíčkova Brodu, příspěvková organizace',
                       '00091200', [], None), None, None),
    ('Osobní asistence Vysočina', 3, ['ter'], [41, 24], '568414', 'Smetanovo náměstí', 279,
     ['776 123 456'], ('Asistence Vysočina, o. p. s.', '00091900', [], None), None, None),
    ('Chráněné bydlení Borová', 15, ['pob'], [42], '568406', 'Borová', 30, [],
     ('Sociální služby Borová, z. s.', '00092000', [], None), None, None),
    ('Azylový dům Havlíčkův Brod', 20, ['pob'], [44, 45], '568414', 'Bezručova', 1205,
     ['569 433 333'], ('Oblastní charita Havlíčkův Brod', '00091300', ['569421413'],
                       'http://www.charitahb.example'), None, None),
    ('Krizová pomoc Vysočina', 23, ['amb'], [43], '568414', 'Nádražní', 44, [],
     ('Krizové centrum Vysočina, z. ú.', '00092100', [], None), None, 'krize@kcv.example'),
    ('Poradna pro všechny', 1, ['amb'], [43, 24, 46, 41], '568414', 'Havlíčkovo náměstí', 57,
     ['569 400 100'], ('Poradna Brod, z. s.', '00092200', [], None), None, None),
    ('Raná péče Vysočina', 17, ['ter'], [46, 41], '568414', 'Jihlavská', 3, ['569 411 222'],
     ('Raná péče Vysočina, z. ú.', '00092300', [], None), None, None),
    ('Rodinné centrum Brod', 28, ['ter', 'amb'], [46], '568414', 'Žižkova', 18, ['569 400 200'],
     ('Rodinné centrum Brod, z. s.', '00092400', [], None), None, None),
    ('Klub Ponorka', 25, ['amb'], [47], '568414', 'Na Ostrově', 9, ['569 400 300'],
     ('Klub Ponorka, z. s.', '00092500', [], None), None, None),
    ('Dílna s neznámou cílovou skupinou', 30, ['amb'], [98], '568350', 'Dlouhá', 2, ['569 400 400'],
     ('Neznámý poskytovatel, s. r. o.', '00092600', [], None), None, None),
]

CAPACITY = {'pob': ('luzka', 20), 'amb': ('klient', 10), 'ter': ('klient', 30)}


def address(obec, street, number):
    return {'cisloDomovni': number, 'cisloOrientacni': None, 'dodatekAdresy': None,
            'kodAdresnihoMista': 99990000 + number, 'psc': OBCE[obec][1],
            'typCislaDomovniho': {'id': 'TypStavebnihoObjektu/1'}, 'kraj': {'id': 'Kraj/108'},
            'okres': {'id': 'Okres/3601'}, 'obec': {'id': 'Obec/' + obec},
            'castObce': None, 'mestskyObvodMestskaCast': None, 'mestskyObvodVPraze': None,
            'ulice': {'nazev': street}}


def service(i, s):
    name, kind, forms, groups, obec, street, number, phones, provider, web, email = s
    p_name, ico, p_phones, p_web = provider
    ident = str(9200001 + i)
    return {
        'portalId': ident, 'id': int(ident), 'identifikator': ident,
        'datumPoskytovaniOd': '2015-01-01', 'datumPoskytovaniDo': None, 'kontaktniAdresy': [],
        'druhSocialniSluzby': {'id': 'DruhSocialniSluzby/%d' % kind},
        'zarizeni': [{'nazev': name, 'adresa': address(obec, street, number),
                      'poskytujeOd': '2015-01-01', 'poskytujeDo': None}],
        'poskytovatel': {'nazev': p_name, 'ico': ico,
                         'adresa': address(obec, street, number),
                         'weby': [{'web': p_web, 'poznamka': None}] if p_web else [],
                         'emaily': [],
                         'telefony': [{'telefon': t, 'poznamka': None} for t in p_phones],
                         'statutarniOrgany': []},
        'emaily': [{'email': email, 'poznamka': None}] if email else [],
        'telefony': [{'telefon': t, 'poznamka': None} for t in phones],
        'faxy': [],
        'weby': [{'web': web, 'poznamka': None}] if web else [],
        'ciloveSkupiny': [{'cilovaSkupina': {'id': 'CilovaSkupinaOsoby/%d' % g}} for g in groups],
        'vekoveSkupiny': [], 'doplnujiciInformaceVekoveSkupiny': None,
        'formy': [{'forma': {'id': 'FormaSocialniSluzby/' + f}, 'nepretrzitePoskytovani': f == 'pob',
                   'casoveRozsahy': None,
                   'kapacity': [{'pocet': CAPACITY[f][1], 'popis': None,
                                 'typ': {'id': 'TypKapacitySocialniSluzby/' + CAPACITY[f][0]}}]}
                  for f in forms],
        'rozsirenePusobnostiVKraji': [],
        'doplnkoveUdaje': {'realizacePoskytovani': [], 'planyFinancnihoZajisteni': [],
                           'personalniZajisteni': []},
    }


def main():
    with open('rpss.json', 'w', encoding='utf-8') as f:
        json.dump({'polozky': [service(i, s) for i, s in enumerate(SERVICES)]}, f,
                  ensure_ascii=False, indent=1)
        f.write('\n')
    with open('cilove-skupiny-osoby.json', 'w', encoding='utf-8') as f:
        json.dump({'polozky': [{'id': 'CilovaSkupinaOsoby/%d' % k, 'kod': str(k),
                                'nazev': {'cs': v, 'en': None}, 'platnostOd': '2007-01-01'}
                               for k, v in sorted(GROUPS.items())]}, f, ensure_ascii=False,
                  indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()
