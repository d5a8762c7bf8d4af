-- Komplan sample project: "Mikroregion Podlesí".
--
-- ALL DATA IN THIS FILE ARE FICTIONAL EXAMPLE DATA. The obce, their codes, names and
-- population, the POU and ORP "Lesná", the okres and "Kraj Podlesí (ukázka)" do not exist.
-- Codes lie outside the ranges real codes use (kód obce 99xxxx, ORP/POU/okres 99xx, kraj
-- 990). Only the comparison row for the whole Czech Republic holds real figures: ČSÚ,
-- population by age at 31. 12. 2020.
--
-- Run by kp_project_create_sample() in one transaction on a new project file, after the
-- migrations. In every population row the 18 bands sum to the total, and per obec
-- muzi + zeny = celkem, band by band.

INSERT INTO project (id, name, territory_kind, territory_code, territory_name, period_from,
                     period_to, is_sample, created_at)
VALUES (1, 'Ukázkový projekt (ukázková data)', 'custom', NULL,
        'Mikroregion Podlesí', 2026, 2028, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

INSERT INTO source (kind, source_name, data_date, sha256, row_count, imported_at)
VALUES ('sample', 'Smyšlená ukázková data Komplanu: obce a věkové složení obyvatel',
        '2020-12-31', '', 42, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
       ('csu_vek', 'ČSÚ: Věkové složení obyvatelstva obcí k 31. 12. 2020 (jen souhrn za ČR)',
        '2020-12-31', '', 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

INSERT INTO kraj (kod, nazev, nuts3_kod, csu_kod)
VALUES ('990', 'Kraj Podlesí (ukázka)', 'CZ099', '9990');

INSERT INTO orp (kod, csu_kod, nazev, kraj_kod)
VALUES ('9901', '9991', 'Lesná', '990');

INSERT INTO pou (kod, nazev, orp_kod)
VALUES ('9901', 'Lesná', '9901'),
       ('9902', 'Dubovice', '9901');

INSERT INTO okres (kod, nazev, lau1_kod, kraj_kod)
VALUES ('9901', 'Lesná', 'CZ0991', '990');

-- status_kod: 2 obec, 3 město, 6 městys
INSERT INTO obec (kod, nazev, status_kod, pou_kod, okres_kod, in_territory)
VALUES ('990001', 'Lesná', 3, '9901', '9901', 1),
       ('990002', 'Dubovice', 6, '9902', '9901', 1),
       ('990003', 'Lipová Lhota', 2, '9901', '9901', 1),
       ('990004', 'Skalná', 3, '9902', '9901', 1),
       ('990005', 'Radkovice', 2, '9902', '9901', 1),
       ('990006', 'Nová Ves u Lesné', 2, '9901', '9901', 1),
       ('990007', 'Chvojnice', 2, '9901', '9901', 1),
       ('990008', 'Horní Bukovina', 2, '9901', '9901', 1),
       ('990009', 'Hvozdná', 2, '9901', '9901', 1),
       ('990010', 'Březinka', 2, '9901', '9901', 1),
       ('990011', 'Nová Ves pod Skalou', 2, '9902', '9901', 1),
       ('990012', 'Žďárec', 2, '9902', '9901', 1),
       ('990013', 'Čeňkov', 2, '9902', '9901', 1),
       ('990014', 'Ostrůvek', 2, '9901', '9901', 1);

INSERT INTO population (obec_kod, sex, ref_date, total,
                        a0_4, a5_9, a10_14, a15_19, a20_24, a25_29, a30_34, a35_39, a40_44,
                        a45_49, a50_54, a55_59, a60_64, a65_69, a70_74, a75_79, a80_84, a85_plus)
VALUES
  -- Lesná
  ('990001', 'celkem', '2020-12-31', 9412, 470, 486, 464, 428, 413, 541, 605, 631, 790, 746, 576, 574, 591, 707, 601, 364, 233, 192),
  ('990001', 'muzi', '2020-12-31', 4608, 242, 262, 241, 227, 210, 288, 298, 316, 413, 389, 287, 270, 278, 320, 263, 160, 82, 62),
  ('990001', 'zeny', '2020-12-31', 4804, 228, 224, 223, 201, 203, 253, 307, 315, 377, 357, 289, 304, 313, 387, 338, 204, 151, 130),
  -- Dubovice
  ('990002', 'celkem', '2020-12-31', 2893, 155, 155, 152, 132, 130, 169, 190, 198, 249, 230, 185, 184, 182, 195, 164, 104, 65, 54),
  ('990002', 'muzi', '2020-12-31', 1424, 80, 83, 77, 67, 68, 83, 99, 98, 129, 123, 88, 92, 89, 88, 72, 47, 26, 15),
  ('990002', 'zeny', '2020-12-31', 1469, 75, 72, 75, 65, 62, 86, 91, 100, 120, 107, 97, 92, 93, 107, 92, 57, 39, 39),
  -- Lipová Lhota
  ('990003', 'celkem', '2020-12-31', 2147, 159, 167, 156, 80, 78, 101, 182, 196, 242, 222, 122, 123, 123, 66, 55, 35, 22, 18),
  ('990003', 'muzi', '2020-12-31', 1071, 85, 84, 79, 40, 40, 51, 89, 102, 118, 117, 58, 63, 62, 31, 25, 14, 8, 5),
  ('990003', 'zeny', '2020-12-31', 1076, 74, 83, 77, 40, 38, 50, 93, 94, 124, 105, 64, 60, 61, 35, 30, 21, 14, 13),
  -- Skalná
  ('990004', 'celkem', '2020-12-31', 1986, 99, 116, 102, 88, 95, 113, 131, 130, 177, 152, 116, 133, 119, 145, 122, 72, 41, 35),
  ('990004', 'muzi', '2020-12-31', 971, 49, 59, 53, 48, 48, 56, 68, 64, 86, 78, 60, 62, 57, 70, 57, 30, 16, 10),
  ('990004', 'zeny', '2020-12-31', 1015, 50, 57, 49, 40, 47, 57, 63, 66, 91, 74, 56, 71, 62, 75, 65, 42, 25, 25),
  -- Radkovice
  ('990005', 'celkem', '2020-12-31', 1652, 91, 95, 94, 76, 72, 91, 109, 110, 146, 126, 111, 100, 98, 109, 96, 60, 38, 30),
  ('990005', 'muzi', '2020-12-31', 824, 47, 51, 48, 41, 35, 50, 59, 57, 75, 64, 59, 47, 48, 52, 42, 26, 15, 8),
  ('990005', 'zeny', '2020-12-31', 828, 44, 44, 46, 35, 37, 41, 50, 53, 71, 62, 52, 53, 50, 57, 54, 34, 23, 22),
  -- Nová Ves u Lesné
  ('990006', 'celkem', '2020-12-31', 547, 29, 29, 28, 25, 23, 32, 34, 40, 44, 46, 36, 35, 37, 34, 32, 20, 13, 10),
  ('990006', 'muzi', '2020-12-31', 267, 14, 14, 15, 12, 11, 16, 17, 21, 21, 24, 18, 18, 17, 17, 15, 9, 5, 3),
  ('990006', 'zeny', '2020-12-31', 280, 15, 15, 13, 13, 12, 16, 17, 19, 23, 22, 18, 17, 20, 17, 17, 11, 8, 7),
  -- Chvojnice
  ('990007', 'celkem', '2020-12-31', 418, 17, 19, 18, 17, 16, 20, 22, 24, 38, 36, 26, 27, 26, 38, 32, 20, 12, 10),
  ('990007', 'muzi', '2020-12-31', 202, 9, 9, 9, 9, 8, 10, 12, 12, 19, 19, 13, 13, 12, 17, 14, 9, 5, 3),
  ('990007', 'zeny', '2020-12-31', 216, 8, 10, 9, 8, 8, 10, 10, 12, 19, 17, 13, 14, 14, 21, 18, 11, 7, 7),
  -- Horní Bukovina
  ('990008', 'celkem', '2020-12-31', 356, 17, 17, 17, 15, 15, 17, 19, 20, 30, 28, 22, 23, 22, 31, 26, 17, 11, 9),
  ('990008', 'muzi', '2020-12-31', 175, 9, 8, 9, 8, 7, 9, 9, 11, 16, 14, 11, 11, 11, 15, 12, 8, 4, 3),
  ('990008', 'zeny', '2020-12-31', 181, 8, 9, 8, 7, 8, 8, 10, 9, 14, 14, 11, 12, 11, 16, 14, 9, 7, 6),
  -- Hvozdná
  ('990009', 'celkem', '2020-12-31', 263, 14, 14, 12, 13, 12, 18, 16, 21, 23, 19, 19, 16, 17, 16, 13, 11, 5, 4),
  ('990009', 'muzi', '2020-12-31', 129, 7, 7, 6, 7, 6, 9, 9, 11, 11, 10, 9, 8, 8, 7, 6, 5, 2, 1),
  ('990009', 'zeny', '2020-12-31', 134, 7, 7, 6, 6, 6, 9, 7, 10, 12, 9, 10, 8, 9, 9, 7, 6, 3, 3),
  -- Březinka
  ('990010', 'celkem', '2020-12-31', 214, 8, 11, 8, 8, 10, 12, 14, 14, 17, 15, 13, 14, 12, 18, 18, 10, 7, 5),
  ('990010', 'muzi', '2020-12-31', 103, 4, 5, 4, 4, 5, 6, 7, 7, 9, 8, 6, 7, 6, 8, 8, 4, 3, 2),
  ('990010', 'zeny', '2020-12-31', 111, 4, 6, 4, 4, 5, 6, 7, 7, 8, 7, 7, 7, 6, 10, 10, 6, 4, 3),
  -- Nová Ves pod Skalou
  ('990011', 'celkem', '2020-12-31', 163, 7, 6, 8, 6, 6, 8, 10, 10, 15, 14, 8, 9, 11, 15, 14, 7, 5, 4),
  ('990011', 'muzi', '2020-12-31', 79, 4, 3, 4, 3, 3, 4, 5, 5, 8, 7, 4, 4, 5, 7, 7, 3, 2, 1),
  ('990011', 'zeny', '2020-12-31', 84, 3, 3, 4, 3, 3, 4, 5, 5, 7, 7, 4, 5, 6, 8, 7, 4, 3, 3),
  -- Žďárec
  ('990012', 'celkem', '2020-12-31', 131, 4, 4, 4, 4, 5, 6, 6, 7, 9, 12, 7, 8, 10, 15, 12, 8, 5, 5),
  ('990012', 'muzi', '2020-12-31', 61, 2, 2, 2, 2, 3, 3, 3, 4, 4, 6, 3, 4, 5, 7, 5, 3, 2, 1),
  ('990012', 'zeny', '2020-12-31', 70, 2, 2, 2, 2, 2, 3, 3, 3, 5, 6, 4, 4, 5, 8, 7, 5, 3, 4),
  -- Čeňkov
  ('990013', 'celkem', '2020-12-31', 96, 4, 4, 4, 4, 4, 5, 6, 6, 10, 8, 5, 7, 6, 7, 6, 5, 3, 2),
  ('990013', 'muzi', '2020-12-31', 47, 2, 2, 2, 2, 2, 3, 3, 3, 5, 4, 2, 4, 3, 3, 3, 2, 1, 1),
  ('990013', 'zeny', '2020-12-31', 49, 2, 2, 2, 2, 2, 2, 3, 3, 5, 4, 3, 3, 3, 4, 3, 3, 2, 1),
  -- Ostrůvek
  ('990014', 'celkem', '2020-12-31', 82, 2, 3, 2, 3, 3, 4, 3, 5, 6, 7, 5, 5, 5, 8, 10, 5, 4, 2),
  ('990014', 'muzi', '2020-12-31', 40, 1, 2, 1, 2, 1, 2, 2, 3, 3, 4, 3, 2, 2, 4, 4, 2, 1, 1),
  ('990014', 'zeny', '2020-12-31', 42, 1, 1, 1, 1, 2, 2, 1, 2, 3, 3, 2, 3, 3, 4, 6, 3, 3, 1);

-- The comparison: the fictional ORP and kraj, and the real Czech Republic.
INSERT INTO area_summary (level, kod, nazev, ref_date, obce, total, a0_14, a15_64, a65_plus,
                          a80_plus)
VALUES ('orp', '9901', 'Lesná', '2020-12-31', 14, 20360, 3271, 12902, 4187, 844),
       ('kraj', '990', 'Kraj Podlesí (ukázka)', '2020-12-31', 398, 512346, 80912, 323118, 108316,
        22871),
       ('cr', 'CZ', 'Česká republika', '2020-12-31', 6258, 10701777, 1719741, 6823714, 2158322,
        447526);

-- The network of services (Síť služeb), also fictional example data. Identifikátory
-- begin with a letter (real ones are digits only) and every IČO has a wrong check digit,
-- so none can be a real provider's. Address points (kód adresního místa) begin with 99.
INSERT INTO source (kind, source_name, data_date, sha256, row_count, imported_at)
VALUES ('rpss', 'Smyšlená ukázková data Komplanu: registr sociálních služeb', '2026-09-01', '',
        12, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

INSERT INTO service (id, identifikator, is_local, nazev, local_kind, druh_id, druh_nazev,
                     paragraf, allowed_forms, provider_nazev, provider_ico, provider_adresa,
                     provider_ulice, provider_cislo_domovni, provider_cislo_orientacni,
                     provider_psc, provider_obec_kod, provider_obec_nazev, datum_od, datum_do,
                     age_note, in_registry, registry_hash, popis, hodiny, uhrady, dostupnost)
VALUES
  (1, 'U990001', 0, 'Domov pro seniory Lesná', NULL, 'DruhSocialniSluzby/13',
   'domovy pro seniory', '49', 'pob', 'Sociální služby Lesná, příspěvková organizace (ukázka)',
   '99100022', NULL, 'Zahradní', '512', '4', '99901', '990001', 'Lesná', '2008-01-01', NULL,
   'senioři od 65 let', 1, 'ukazka',
   'Celoroční pobyt se stálou péčí pro seniory, kteří už nemohou žít doma ani s pomocí rodiny.',
   'návštěvy denně 9–19 h', 'podle ceníku domova; příspěvek na péči', 'bezbariérový objekt'),
  (2, 'U990002', 0, 'Pečovatelská služba Lesná', NULL, 'DruhSocialniSluzby/4',
   'pečovatelská služba', '40', 'ter amb',
   'Sociální služby Lesná, příspěvková organizace (ukázka)', '99100022', NULL, 'Zahradní',
   '512', '4', '99901', '990001', 'Lesná', '2008-01-01', NULL, NULL, 1, 'ukazka',
   'Pomoc doma: nákupy, obědy, hygiena a doprovod k lékaři.', 'po–pá 7–15.30 h',
   'podle ceníku, např. 150 Kč za hodinu', NULL),
  (3, 'U990003', 0, 'Poradna Podlesí', NULL, 'DruhSocialniSluzby/1',
   'odborné sociální poradenství', '37', 'amb ter', 'Poradna Podlesí, z. ú. (ukázka)',
   '99100033', NULL, 'Náměstí', '15', NULL, '99904', '990004', 'Skalná', '2012-03-01', NULL,
   NULL, 1, 'ukazka', 'Rady při dluzích, s bydlením a s dávkami.', 'po a st 8–17 h, čt 8–12 h',
   'zdarma', 'bezbariérový vstup ze dvora'),
  (4, 'U990004', 0, 'Azylový dům pro matky s dětmi Dubovice', NULL, 'DruhSocialniSluzby/20',
   'azylové domy', '57', 'pob', 'Domov v tísni, z. s. (ukázka)', '99100044', NULL, 'Lipová',
   '88', NULL, '99902', '990002', 'Dubovice', '2010-09-01', NULL, NULL, 1, 'ukazka', NULL,
   'nepřetržitě', 'ubytování 120 Kč za den', NULL),
  (5, 'U990005', 0, 'Osobní asistence Podlesí', NULL, 'DruhSocialniSluzby/3',
   'osobní asistence', '39', 'ter', 'Asistence bez hranic, o. p. s. (ukázka)', '99100055', NULL,
   'Polní', '230', NULL, '99901', '990001', 'Lesná', '2014-01-01', NULL, NULL, 1, 'ukazka',
   'Asistent pomáhá lidem s postižením žít doma a chodit do práce či do školy.',
   'po–ne 6–22 h', 'podle ceníku', NULL),
  (6, 'U990006', 0, 'Rodinka – sociálně aktivizační služby', NULL, 'DruhSocialniSluzby/28',
   'sociálně aktivizační služby pro rodiny s dětmi', '65', 'ter amb',
   'Poradna Podlesí, z. ú. (ukázka)', '99100033', NULL, 'Náměstí', '15', NULL, '99904',
   '990004', 'Skalná', '2016-01-01', NULL, NULL, 1, 'ukazka', NULL, NULL, 'zdarma', NULL),
  (7, 'U990007', 0, 'Krizová pomoc Lesná', NULL, 'DruhSocialniSluzby/23', 'krizová pomoc',
   '60', 'amb ter pob', 'Domov v tísni, z. s. (ukázka)', '99100044', NULL, 'Lipová', '88', NULL,
   '99902', '990002', 'Dubovice', '2018-05-01', NULL, NULL, 1, 'ukazka', NULL, 'nepřetržitě',
   'zdarma', NULL),
  (8, 'U990008', 0, 'Raná péče Podlesí', NULL, 'DruhSocialniSluzby/17', 'raná péče', '54',
   'ter amb', 'Asistence bez hranic, o. p. s. (ukázka)', '99100055', NULL, 'Polní', '230', NULL,
   '99901', '990001', 'Lesná', '2015-01-01', NULL, 'rodiny s dětmi do 7 let', 1, 'ukazka',
   NULL, NULL, 'zdarma', NULL),
  (9, 'U990009', 0, 'Chráněné bydlení Skalná', NULL, 'DruhSocialniSluzby/15',
   'chráněné bydlení', '51', 'pob', 'Sociální služby Lesná, příspěvková organizace (ukázka)',
   '99100022', NULL, 'Zahradní', '512', '4', '99901', '990001', 'Lesná', '2019-01-01', NULL,
   NULL, 1, 'ukazka', NULL, NULL, NULL, NULL),
  (10, 'U990010', 0, 'Domov se zvláštním režimem Radkovice', NULL, 'DruhSocialniSluzby/14',
   'domovy se zvláštním režimem', '50', 'pob', 'Zámek Radkovice, příspěvková organizace (ukázka)',
   '99100066', NULL, 'Zámecká', '1', NULL, '99905', '990005', 'Radkovice', '2009-07-01', NULL,
   NULL, 1, 'ukazka', NULL, NULL, NULL, NULL),
  (11, 'U990011', 0, 'Denní stacionář Dubovice', NULL, 'DruhSocialniSluzby/10',
   'denní stacionáře', '46', 'amb', 'Domov v tísni, z. s. (ukázka)', '99100044', NULL, 'Lipová',
   '88', NULL, '99902', '990002', 'Dubovice', '2020-01-01', NULL, NULL, 1, 'ukazka', NULL,
   'po–pá 7–16 h', NULL, NULL),
  (12, 'U990012', 0, 'Klub Čeňkov (nízkoprahový klub)', NULL, 'DruhSocialniSluzby/25',
   'nízkoprahová zařízení pro děti a mládež', '62', 'amb ter', 'Klub mladých, z. s. (ukázka)',
   '09900099', NULL, 'Školní', '44', NULL, '99913', '990013', 'Čeňkov', '2013-09-01',
   '2024-06-30', 'děti a mládež 6–26 let', 1, 'ukazka', NULL, NULL, NULL, NULL),
  (13, NULL, 1, 'Praktický lékař pro dospělé Lesná', 'health', NULL, NULL, NULL, NULL,
   'MUDr. Ukázková, s. r. o. (ukázka)', NULL, 'Nádražní 7, 999 01 Lesná', NULL, NULL, NULL, NULL,
   NULL, NULL, NULL, NULL, NULL, 1, NULL, NULL, 'po–pá 7–13 h', 'hrazeno pojišťovnou', NULL),
  (14, NULL, 1, 'Městský úřad Lesná – sociální odbor', 'authority', NULL, NULL, NULL, NULL,
   'Město Lesná (ukázka)', NULL, 'Náměstí 1, 999 01 Lesná', NULL, NULL, NULL, NULL, NULL, NULL,
   NULL, NULL, NULL, 1, NULL, 'Sociální pracovnice poradí, kam se obrátit.',
   'po a st 8–17 h', 'zdarma', 'bezbariérový vstup'),
  (15, NULL, 1, 'Linka pomoci Podlesí', 'crisis_line', NULL, NULL, NULL, NULL,
   'Domov v tísni, z. s. (ukázka)', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
   NULL, 1, NULL, 'Anonymní telefonická pomoc v krizi.', 'nepřetržitě', 'zdarma', NULL),
  (16, NULL, 1, 'Dobrovolnické centrum Podlesí', 'community', NULL, NULL, NULL, NULL,
   'Dobrovolníci Podlesí, z. s. (ukázka)', NULL, 'Polní 230, 999 01 Lesná', NULL, NULL, NULL,
   NULL, NULL, NULL, NULL, NULL, NULL, 1, NULL, NULL, 'út a čt 14–18 h', 'zdarma', NULL);

-- Capacity per form and unit (registered maximum, not free places).
INSERT INTO service_form (service_id, position, forma, nonstop, unit, capacity, popis)
VALUES (1, 0, 'pob', 1, 'luzka', 62, NULL),
       (2, 0, 'ter', 0, 'klient', 120, NULL),
       (2, 1, 'amb', 0, 'klient', 15, NULL),
       (3, 0, 'amb', 0, 'kontakt', 6, 'okamžitá kapacita'),
       (3, 1, 'ter', 0, 'klient', 2, NULL),
       (4, 0, 'pob', 1, 'luzka', 18, NULL),
       (5, 0, 'ter', 0, 'klient', 25, NULL),
       (6, 0, 'ter', 0, 'klient', 12, NULL),
       (6, 1, 'amb', 0, 'klient', 4, NULL),
       (7, 0, 'amb', 0, 'klient', 3, NULL),
       (7, 1, 'ter', 0, 'interv', 2, NULL),
       (7, 2, 'pob', 1, 'luzka', 4, NULL),
       (8, 0, 'ter', 0, 'klient', 30, NULL),
       (9, 0, 'pob', 1, 'luzka', 12, NULL),
       (10, 0, 'pob', 1, 'luzka', 40, NULL),
       (11, 0, 'amb', 0, 'klient', 15, NULL),
       (12, 0, 'amb', 0, 'kontakt', 20, NULL);

-- Chráněné bydlení is one registration at two houses: its 12 beds count once.
INSERT INTO service_facility (service_id, position, nazev, has_address, kod_adresniho_mista,
                              ulice, cislo_domovni, cislo_orientacni, psc, obec_kod,
                              obec_nazev, okres_kod, kraj_kod, od, do, repeats)
VALUES (1, 0, 'Domov pro seniory Lesná', 1, '990000101', 'Zahradní', '512', '4', '99901',
        '990001', 'Lesná', '9901', '990', '2008-01-01', NULL, 1),
       (2, 0, 'Pečovatelská služba Lesná', 1, '990000101', 'Zahradní', '512', '4', '99901',
        '990001', 'Lesná', '9901', '990', '2008-01-01', NULL, 1),
       (3, 0, 'Poradna Podlesí', 1, '990000401', 'Náměstí', '15', NULL, '99904', '990004',
        'Skalná', '9901', '990', '2012-03-01', NULL, 1),
       (4, 0, 'Azylový dům Dubovice', 1, NULL, NULL, NULL, NULL, NULL, '990002', 'Dubovice',
        '9901', '990', '2010-09-01', NULL, 1),
       (5, 0, 'Osobní asistence Podlesí', 1, '990000102', 'Polní', '230', NULL, '99901',
        '990001', 'Lesná', '9901', '990', '2014-01-01', NULL, 1),
       (6, 0, 'Rodinka Skalná', 1, '990000401', 'Náměstí', '15', NULL, '99904', '990004',
        'Skalná', '9901', '990', '2016-01-01', NULL, 1),
       (7, 0, 'Krizové centrum Lesná', 1, '990000103', 'Nádražní', '301', NULL, '99901',
        '990001', 'Lesná', '9901', '990', '2018-05-01', NULL, 1),
       (8, 0, 'Raná péče Podlesí', 1, '990000102', 'Polní', '230', NULL, '99901', '990001',
        'Lesná', '9901', '990', '2015-01-01', NULL, 1),
       (9, 0, 'Chráněné bydlení – dům Javor', 1, '990000402', 'Lesní', '71', NULL, '99904',
        '990004', 'Skalná', '9901', '990', '2019-01-01', NULL, 1),
       (9, 1, 'Chráněné bydlení – dům Buk', 1, '990000403', 'Lesní', '73', NULL, '99904',
        '990004', 'Skalná', '9901', '990', '2019-01-01', NULL, 1),
       (10, 0, 'Zámek Radkovice', 1, '990000501', 'Zámecká', '1', NULL, '99905', '990005',
        'Radkovice', '9901', '990', '2009-07-01', NULL, 1),
       (11, 0, 'Denní stacionář Dubovice', 1, '990000201', 'Lipová', '88', NULL, '99902',
        '990002', 'Dubovice', '9901', '990', '2020-01-01', NULL, 1),
       (12, 0, 'Klub Čeňkov', 1, '990001301', 'Školní', '44', NULL, '99913', '990013',
        'Čeňkov', '9901', '990', '2013-09-01', NULL, 1);

INSERT INTO service_contact (service_id, position, level, kind, value, note)
VALUES (1, 0, 'service', 'telefon', '+420 999 100 101', 'recepce'),
       (1, 1, 'provider', 'web', 'https://socialni-sluzby-lesna.example', NULL),
       (2, 0, 'service', 'telefon', '+420 999 100 102', NULL),
       (2, 1, 'provider', 'web', 'https://socialni-sluzby-lesna.example', NULL),
       (3, 0, 'service', 'email', 'poradna@poradna-podlesi.example', NULL),
       (3, 1, 'service', 'telefon', '+420 999 100 301', NULL),
       (4, 0, 'service', 'telefon', '+420 999 100 401', 'nonstop'),
       (5, 0, 'service', 'email', 'asistence@bez-hranic.example', NULL),
       (6, 0, 'provider', 'web', 'https://poradna-podlesi.example', NULL),
       (7, 0, 'service', 'telefon', '+420 999 100 701', 'nonstop'),
       (8, 0, 'service', 'email', 'rana-pece@bez-hranic.example', NULL),
       (9, 0, 'provider', 'web', 'https://socialni-sluzby-lesna.example', NULL),
       (10, 0, 'service', 'telefon', '+420 999 101 001', NULL),
       (11, 0, 'service', 'telefon', '+420 999 101 101', NULL),
       (12, 0, 'service', 'email', 'klub@klub-mladych.example', NULL),
       (13, 0, 'service', 'telefon', '+420 999 200 001', NULL),
       (14, 0, 'service', 'telefon', '+420 999 200 101', NULL),
       (14, 1, 'service', 'web', 'https://lesna.example/socialni-odbor', NULL),
       (15, 0, 'service', 'telefon', '+420 999 200 201', 'nonstop'),
       (16, 0, 'service', 'email', 'info@dobrovolnici-podlesi.example', NULL);

INSERT INTO service_group (service_id, kind, code, nazev)
VALUES (1, 'cilova', 'CilovaSkupinaOsoby/24', 'senioři'),
       (1, 'cilova', 'CilovaSkupinaOsoby/30', 'osoby žijící s demencí'),
       (2, 'cilova', 'CilovaSkupinaOsoby/24', 'senioři'),
       (2, 'cilova', 'ukazka/zdravotni-postizeni', 'osoby se zdravotním postižením'),
       (3, 'cilova', 'ukazka/krize', 'osoby v krizi'),
       (4, 'cilova', 'ukazka/rodiny', 'rodiny s dítětem/dětmi'),
       (4, 'cilova', 'ukazka/nasili', 'oběti domácího násilí'),
       (5, 'cilova', 'ukazka/zdravotni-postizeni', 'osoby se zdravotním postižením'),
       (6, 'cilova', 'ukazka/rodiny', 'rodiny s dítětem/dětmi'),
       (7, 'cilova', 'ukazka/krize', 'osoby v krizi'),
       (8, 'cilova', 'ukazka/rodiny', 'rodiny s dítětem/dětmi'),
       (9, 'cilova', 'ukazka/mentalni-postizeni', 'osoby s mentálním postižením'),
       (10, 'cilova', 'CilovaSkupinaOsoby/30', 'osoby žijící s demencí'),
       (11, 'cilova', 'ukazka/zdravotni-postizeni', 'osoby se zdravotním postižením'),
       (12, 'cilova', 'ukazka/mladez', 'děti a mládež ohrožené společensky nežádoucími jevy');

-- Local data: territorial scope with shares, and the kraj network per year.
INSERT INTO service_scope (service_id, obec_kod, share)
VALUES (2, '990001', 60), (2, '990003', 15), (2, '990006', 10), (2, '990007', 15),
       (3, '990004', NULL), (3, '990005', NULL), (3, '990011', NULL),
       (5, '990001', 70), (5, '990002', 30),
       (12, '990013', 100);

INSERT INTO service_network (service_id, year, in_network, capacity, unit)
VALUES (1, 2026, 1, 62, 'luzka'), (1, 2027, 1, 62, 'luzka'),
       (2, 2026, 1, 9.5, 'uvazky'), (2, 2027, 1, 10, 'uvazky'),
       (3, 2026, 1, 2.2, 'uvazky'),
       (4, 2026, 1, 18, 'luzka'),
       (5, 2026, 1, 6, 'uvazky'),
       (9, 2026, 0, NULL, NULL),
       (10, 2026, 1, 40, 'luzka'),
       (12, 2026, 1, 1.5, 'uvazky');
