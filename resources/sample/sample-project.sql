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

-- The needs analysis (Potřeby). The comparison figures hold only the whole Czech Republic,
-- with real ČSÚ figures by sex and five-year band at 31. 12. 2020 (the sum of the obce of
-- csu/obce_vek_2020.csv); the sample has no figures of the other ORP, so its profile has
-- no ranges. Everything else below is FICTIONAL EXAMPLE DATA.
INSERT INTO needs_area (level, kod, csu_kod, nazev, kraj_kod, ref_date, obce)
VALUES ('cr', 'CZ', NULL, 'Česká republika', NULL, '2020-12-31', 6258);

INSERT INTO needs_area_age (level, kod, sex, total, a0_4, a5_9, a10_14, a15_19, a20_24, a25_29,
                            a30_34, a35_39, a40_44, a45_49, a50_54, a55_59, a60_64, a65_69,
                            a70_74, a75_79, a80_84, a85_plus)
VALUES
  ('cr', 'CZ', 'celkem', 10701777, 567262, 556957, 595522, 490450, 477910, 620925, 718931, 753310, 893321, 882586, 691083, 669733, 625465, 672418, 621177, 417201, 244137, 203389),
  ('cr', 'CZ', 'muzi', 5275103, 290444, 285498, 304995, 252007, 245786, 320181, 370523, 389652, 460462, 452969, 352166, 336205, 304764, 313014, 274177, 170104, 90188, 61968),
  ('cr', 'CZ', 'zeny', 5426674, 276818, 271459, 290527, 238443, 232124, 300744, 348408, 363658, 432859, 429617, 338917, 333528, 320701, 359404, 347000, 247097, 153949, 141421);

-- Benchmarks a kraj might share with its ORP (fictional values).
INSERT INTO needs_benchmark (indicator, value, source, year, direction)
VALUES ('beds_seniors', 30, 'Krajský střednědobý plán Podlesí (ukázková data)', 2025, 'higher'),
       ('home_care', 150, 'Krajský střednědobý plán Podlesí (ukázková data)', 2025, 'higher'),
       ('coverage:DruhSocialniSluzby/4:klient', 150,
        'Krajský střednědobý plán Podlesí (ukázková data)', 2025, 'higher'),
       ('ageing_index', 120, 'Cíl mikroregionu (ukázková data)', 2028, 'lower');

-- The sample survey: 150 fictional respondents of a public survey (anketa). Each
-- respondent's answers are in question order, joined by char(31), the items of a
-- multiple choice by char(30) (written here as | and ~ and replaced).
INSERT INTO survey (id, name, title, respondent_group, source_name, source_note, imported_at)
VALUES (1, 'Anketa pro veřejnost 2025 (ukázková data)',
        'Jak se žije v Podlesí – sociální služby očima obyvatel', 'public',
        'anketa-podlesi-2025.csv (smyšlená ukázková data)', 'CSV v kódování Windows-1250, sloupce oddělené „;“',
        strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

INSERT INTO survey_question (survey_id, qid, position, text, type, choices)
VALUES
  (1, 1, 0, 'Ve které obci bydlíte?', 'obec', ''),
  (1, 2, 1, 'Kolik je vám let?', 'age_band', replace('18–29|30–44|45–64|65–79|80 a více', '|', char(10))),
  (1, 3, 2, 'Jak jste spokojen/a s dostupností sociálních služeb v obci? (1 = velmi nespokojen/a, 5 = velmi spokojen/a)', 'scale', replace('1|2|3|4|5', '|', char(10))),
  (1, 4, 3, 'Které sociální služby jste vy nebo vaše rodina využili v posledních dvou letech?', 'multiple', replace('Pečovatelská služba|Osobní asistence|Odborné sociální poradenství|Denní stacionář|Raná péče|Odlehčovací služba', '|', char(10))),
  (1, 5, 4, 'Víte, kam se obrátit, když budete potřebovat pomoc?', 'yes_no', replace('ano|ne', '|', char(10))),
  (1, 6, 5, 'Pečujete o blízkého člověka, který se o sebe nedokáže sám postarat?', 'yes_no', replace('ano|ne', '|', char(10))),
  (1, 7, 6, 'Co v obci v sociální oblasti nejvíce chybí?', 'text', '');

INSERT INTO survey_response (survey_id, position, respondent, answers)
VALUES
  (1, 0, 'U001', replace(replace('Lesná|30–44|5||ano|ne|Informace, kam se obrátit – na webu obce nic není.', '|', char(31)), '~', char(30))),
  (1, 1, 'U002', replace(replace('Lipová Lhota|65–79|5|Pečovatelská služba|ano|ne|', '|', char(31)), '~', char(30))),
  (1, 2, 'U003', replace(replace('Lesná|18–29|3|Odborné sociální poradenství|ne|ne|', '|', char(31)), '~', char(30))),
  (1, 3, 'U004', replace(replace('Lesná|65–79|3||ne|ne|', '|', char(31)), '~', char(30))),
  (1, 4, 'U005', replace(replace('Radkovice|45–64|4||ne|ne|Informace, kam se obrátit – na webu obce nic není.', '|', char(31)), '~', char(30))),
  (1, 5, 'U006', replace(replace('Lesná|18–29|3||ne|ne|', '|', char(31)), '~', char(30))),
  (1, 6, 'U007', replace(replace('Lesná|45–64||Odborné sociální poradenství|ano|ano|Doprava k lékaři do Lesné, autobus jezdí jen ráno.', '|', char(31)), '~', char(30))),
  (1, 7, 'U008', replace(replace('Lipová Lhota|65–79|1||ne|ne|', '|', char(31)), '~', char(30))),
  (1, 8, 'U009', replace(replace('Dubovice|18–29|3||ano|ne|Denní stacionář blíž než v Dubovicích.', '|', char(31)), '~', char(30))),
  (1, 9, 'U010', replace(replace('Dubovice|30–44|2||ne|ne|', '|', char(31)), '~', char(30))),
  (1, 10, 'U011', replace(replace('Dubovice|18–29|3|Osobní asistence~Raná péče|ano|ano|', '|', char(31)), '~', char(30))),
  (1, 11, 'U012', replace(replace('Lesná|45–64|3|Osobní asistence|ano|ano|Místo pro mladé, kde by se mohli scházet.', '|', char(31)), '~', char(30))),
  (1, 12, 'U013', replace(replace('Lipová Lhota|30–44|4||ano|ano|Chybí odlehčovací služba, abych si mohla od péče o maminku odpočinout.', '|', char(31)), '~', char(30))),
  (1, 13, 'U014', replace(replace('Lesná|45–64|2||ne|ne|', '|', char(31)), '~', char(30))),
  (1, 14, 'U015', replace(replace('Dubovice|65–79|4||ne|ne|', '|', char(31)), '~', char(30))),
  (1, 15, 'U016', replace(replace('Lipová Lhota|18–29|5|Odborné sociální poradenství~Raná péče|ne|ne|', '|', char(31)), '~', char(30))),
  (1, 16, 'U017', replace(replace('Dubovice|30–44|3||ne|ne|Místo pro mladé, kde by se mohli scházet.', '|', char(31)), '~', char(30))),
  (1, 17, 'U018', replace(replace('Lesná|80 a více|4||ano|ne|Místo pro mladé, kde by se mohli scházet.', '|', char(31)), '~', char(30))),
  (1, 18, 'U019', replace(replace('Lesná|80 a více|4||ne|ne|Chybí odlehčovací služba, abych si mohla od péče o maminku odpočinout.', '|', char(31)), '~', char(30))),
  (1, 19, 'U020', replace(replace('Dubovice|30–44|4||ne|ne|Chybí odlehčovací služba, abych si mohla od péče o maminku odpočinout.', '|', char(31)), '~', char(30))),
  (1, 20, 'U021', replace(replace('Lesná|45–64|4||ne|ne|', '|', char(31)), '~', char(30))),
  (1, 21, 'U022', replace(replace('Dubovice|45–64|4||ne|ne|', '|', char(31)), '~', char(30))),
  (1, 22, 'U023', replace(replace('Lesná|80 a více|3||ano|ne|Denní stacionář blíž než v Dubovicích.', '|', char(31)), '~', char(30))),
  (1, 23, 'U024', replace(replace('Radkovice|30–44|4||ano|ne|', '|', char(31)), '~', char(30))),
  (1, 24, 'U025', replace(replace('Lesná|80 a více|5|Denní stacionář|ne|ano|Bezbariérový přístup na úřad a k lékaři.', '|', char(31)), '~', char(30))),
  (1, 25, 'U026', replace(replace('Březinka|18–29|4||ne|ne|', '|', char(31)), '~', char(30))),
  (1, 26, 'U027', replace(replace('Lesná|65–79|2||ano|ne|Svozy na nákupy pro starší lidi.', '|', char(31)), '~', char(30))),
  (1, 27, 'U028', replace(replace('Lesná|45–64|4||ano||Nic, jsem spokojený.', '|', char(31)), '~', char(30))),
  (1, 28, 'U029', replace(replace('Skalná|18–29|3||ne|ne|Bezbariérový přístup na úřad a k lékaři.', '|', char(31)), '~', char(30))),
  (1, 29, 'U030', replace(replace('Lesná|65–79|5|Odborné sociální poradenství|ano|ne|Informace, kam se obrátit – na webu obce nic není.', '|', char(31)), '~', char(30))),
  (1, 30, 'U031', replace(replace('Radkovice|65–79|4|Pečovatelská služba|ano|ne|Doprava k lékaři do Lesné, autobus jezdí jen ráno.', '|', char(31)), '~', char(30))),
  (1, 31, 'U032', replace(replace('Lesná|65–79|3|Osobní asistence|ne|ne|Chybí odlehčovací služba, abych si mohla od péče o maminku odpočinout.', '|', char(31)), '~', char(30))),
  (1, 32, 'U033', replace(replace('Skalná|30–44|3||ne|ne|Nic, jsem spokojený.', '|', char(31)), '~', char(30))),
  (1, 33, 'U034', replace(replace('Lesná|18–29|4|Pečovatelská služba||ne|Pečovatelská služba o víkendech.', '|', char(31)), '~', char(30))),
  (1, 34, 'U035', replace(replace('Lesná|45–64|5||ne|ne|', '|', char(31)), '~', char(30))),
  (1, 35, 'U036', replace(replace('Horní Bukovina|45–64|3||ano|ne|', '|', char(31)), '~', char(30))),
  (1, 36, 'U037', replace(replace('Dubovice|45–64|3||ne|ne|', '|', char(31)), '~', char(30))),
  (1, 37, 'U038', replace(replace('Radkovice|30–44|5|||ne|', '|', char(31)), '~', char(30))),
  (1, 38, 'U039', replace(replace('Lesná|45–64|3||ne|ne|', '|', char(31)), '~', char(30))),
  (1, 39, 'U040', replace(replace('Lesná|30–44|3||ne|ne|', '|', char(31)), '~', char(30))),
  (1, 40, 'U041', replace(replace('Lesná|18–29|3||ano|ano|Svozy na nákupy pro starší lidi.', '|', char(31)), '~', char(30))),
  (1, 41, 'U042', replace(replace('Lesná|18–29|4|Raná péče|ano|ne|', '|', char(31)), '~', char(30))),
  (1, 42, 'U043', replace(replace('Lesná|30–44|4||ano|ne|Pomoc s dluhy a exekucemi.', '|', char(31)), '~', char(30))),
  (1, 43, 'U044', replace(replace('Nová Ves u Lesné|30–44|5|Osobní asistence|ne|ne|Pomoc s dluhy a exekucemi.', '|', char(31)), '~', char(30))),
  (1, 44, 'U045', replace(replace('Skalná|18–29|4||ano|ne|Doprava k lékaři do Lesné, autobus jezdí jen ráno.', '|', char(31)), '~', char(30))),
  (1, 45, 'U046', replace(replace('Lesná|65–79|3|Denní stacionář|ne|ano|', '|', char(31)), '~', char(30))),
  (1, 46, 'U047', replace(replace('Dubovice|18–29|1||ne|ano|', '|', char(31)), '~', char(30))),
  (1, 47, 'U048', replace(replace('Březinka|30–44|4||ne||', '|', char(31)), '~', char(30))),
  (1, 48, 'U049', replace(replace('Lesná|65–79|3|Pečovatelská služba~Odlehčovací služba|ano|ne|', '|', char(31)), '~', char(30))),
  (1, 49, 'U050', replace(replace('Březinka|65–79|4|||ano|', '|', char(31)), '~', char(30))),
  (1, 50, 'U051', replace(replace('Lesná|45–64|4|Odborné sociální poradenství|ano|ne|', '|', char(31)), '~', char(30))),
  (1, 51, 'U052', replace(replace('Březinka|45–64|4||ne|ano|', '|', char(31)), '~', char(30))),
  (1, 52, 'U053', replace(replace('Ostrůvek|30–44|4|Odborné sociální poradenství|ano|ne|Dostupné bydlení pro seniory.', '|', char(31)), '~', char(30))),
  (1, 53, 'U054', replace(replace('Nová Ves u Lesné|30–44|3||ne|ne|Denní stacionář blíž než v Dubovicích.', '|', char(31)), '~', char(30))),
  (1, 54, 'U055', replace(replace('Lesná|18–29|4|Pečovatelská služba~Denní stacionář|ne|ne|', '|', char(31)), '~', char(30))),
  (1, 55, 'U056', replace(replace('Lesná|80 a více|5|Pečovatelská služba|ne|ne|Bezbariérový přístup na úřad a k lékaři.', '|', char(31)), '~', char(30))),
  (1, 56, 'U057', replace(replace('Lipová Lhota|65–79|4||ne|ne|', '|', char(31)), '~', char(30))),
  (1, 57, 'U058', replace(replace('Radkovice|30–44|5|Odlehčovací služba|ano|ano|Bezbariérový přístup na úřad a k lékaři.', '|', char(31)), '~', char(30))),
  (1, 58, 'U059', replace(replace('Lipová Lhota|30–44|3|Odborné sociální poradenství~Odlehčovací služba|ne|ano|', '|', char(31)), '~', char(30))),
  (1, 59, 'U060', replace(replace('Lesná|30–44|4||ne|ne|', '|', char(31)), '~', char(30))),
  (1, 60, 'U061', replace(replace('Lesná|65–79|1|Odborné sociální poradenství||ne|', '|', char(31)), '~', char(30))),
  (1, 61, 'U062', replace(replace('Lipová Lhota|65–79|5|Odlehčovací služba|ano|ano|Pomoc s dluhy a exekucemi.', '|', char(31)), '~', char(30))),
  (1, 62, 'U063', replace(replace('Dubovice|30–44|4||ne|ano|Dostupné bydlení pro seniory.', '|', char(31)), '~', char(30))),
  (1, 63, 'U064', replace(replace('Radkovice|45–64|4||ano|ne|Chybí odlehčovací služba, abych si mohla od péče o maminku odpočinout.', '|', char(31)), '~', char(30))),
  (1, 64, 'U065', replace(replace('Dubovice|65–79|5|Odlehčovací služba|ne|ne|Nic, jsem spokojený.', '|', char(31)), '~', char(30))),
  (1, 65, 'U066', replace(replace('Hvozdná|30–44|3||ne|ne|', '|', char(31)), '~', char(30))),
  (1, 66, 'U067', replace(replace('Lipová Lhota|80 a více|3||ne|ne|Informace, kam se obrátit – na webu obce nic není.', '|', char(31)), '~', char(30))),
  (1, 67, 'U068', replace(replace('Lesná|80 a více|5||ne|ne|Pomoc s dluhy a exekucemi.', '|', char(31)), '~', char(30))),
  (1, 68, 'U069', replace(replace('Lipová Lhota|45–64|4|Odborné sociální poradenství|ano|ne|Denní stacionář blíž než v Dubovicích.', '|', char(31)), '~', char(30))),
  (1, 69, 'U070', replace(replace('Lesná|45–64|5||ano|ano|Svozy na nákupy pro starší lidi.', '|', char(31)), '~', char(30))),
  (1, 70, 'U071', replace(replace('Radkovice|45–64|2|||ne|Dovoz obědů i do menších obcí.', '|', char(31)), '~', char(30))),
  (1, 71, 'U072', replace(replace('Skalná|45–64|3||ano|ano|', '|', char(31)), '~', char(30))),
  (1, 72, 'U073', replace(replace('Lesná|45–64|3||ne|ano|Dovoz obědů i do menších obcí.', '|', char(31)), '~', char(30))),
  (1, 73, 'U074', replace(replace('Radkovice|80 a více|2||ne|ne|Chybí odlehčovací služba, abych si mohla od péče o maminku odpočinout.', '|', char(31)), '~', char(30))),
  (1, 74, 'U075', replace(replace('Dubovice|30–44|4||ano|ne|Doprava k lékaři do Lesné, autobus jezdí jen ráno.', '|', char(31)), '~', char(30))),
  (1, 75, 'U076', replace(replace('Nová Ves u Lesné|30–44|4||ano|ano|', '|', char(31)), '~', char(30))),
  (1, 76, 'U077', replace(replace('Lesná|30–44|3||ano|ne|', '|', char(31)), '~', char(30))),
  (1, 77, 'U078', replace(replace('Lesná|65–79|4|Denní stacionář|ano|ne|Dovoz obědů i do menších obcí.', '|', char(31)), '~', char(30))),
  (1, 78, 'U079', replace(replace('Lesná|65–79|3|Osobní asistence|ano|ne|', '|', char(31)), '~', char(30))),
  (1, 79, 'U080', replace(replace('Lesná|30–44|3|Odborné sociální poradenství|ne|ne|', '|', char(31)), '~', char(30))),
  (1, 80, 'U081', replace(replace('Hvozdná|30–44|2||ano|ne|', '|', char(31)), '~', char(30))),
  (1, 81, 'U082', replace(replace('Horní Bukovina|30–44|3|Raná péče|ano|ne|Svozy na nákupy pro starší lidi.', '|', char(31)), '~', char(30))),
  (1, 82, 'U083', replace(replace('Skalná|45–64|3||ano|ne|', '|', char(31)), '~', char(30))),
  (1, 83, 'U084', replace(replace('Radkovice|80 a více|1||ano|ne|', '|', char(31)), '~', char(30))),
  (1, 84, 'U085', replace(replace('Březinka|30–44|3||ano|ne|', '|', char(31)), '~', char(30))),
  (1, 85, 'U086', replace(replace('Dubovice|45–64|2||ne|ne|Pečovatelská služba o víkendech.', '|', char(31)), '~', char(30))),
  (1, 86, 'U087', replace(replace('Lesná|45–64|3|Odlehčovací služba|ne|ne|Dovoz obědů i do menších obcí.', '|', char(31)), '~', char(30))),
  (1, 87, 'U088', replace(replace('Skalná|45–64|4|Odborné sociální poradenství|ne|ano|Denní stacionář blíž než v Dubovicích.', '|', char(31)), '~', char(30))),
  (1, 88, 'U089', replace(replace('Lesná|18–29|5||ano|ne|', '|', char(31)), '~', char(30))),
  (1, 89, 'U090', replace(replace('Lesná|80 a více|4|Pečovatelská služba|ne|ne|', '|', char(31)), '~', char(30))),
  (1, 90, 'U091', replace(replace('Lesná|18–29|4|Odborné sociální poradenství|ano|ne|', '|', char(31)), '~', char(30))),
  (1, 91, 'U092', replace(replace('Lipová Lhota|45–64|4||ano|ano|', '|', char(31)), '~', char(30))),
  (1, 92, 'U093', replace(replace('Nová Ves u Lesné|30–44|2||ano|ne|', '|', char(31)), '~', char(30))),
  (1, 93, 'U094', replace(replace('Lesná|45–64|4||ano|ne|', '|', char(31)), '~', char(30))),
  (1, 94, 'U095', replace(replace('Lesná|30–44|4||ne|ne|', '|', char(31)), '~', char(30))),
  (1, 95, 'U096', replace(replace('Lesná|65–79|3|Pečovatelská služba|ano|ne|', '|', char(31)), '~', char(30))),
  (1, 96, 'U097', replace(replace('Skalná|30–44|4||ne|ne|Informace, kam se obrátit – na webu obce nic není.', '|', char(31)), '~', char(30))),
  (1, 97, 'U098', replace(replace('Lesná|18–29|3||ano|ne|', '|', char(31)), '~', char(30))),
  (1, 98, 'U099', replace(replace('Lesná|30–44||Odborné sociální poradenství~Odlehčovací služba|ano|ne|', '|', char(31)), '~', char(30))),
  (1, 99, 'U100', replace(replace('Skalná|65–79|4||ano|ne|', '|', char(31)), '~', char(30))),
  (1, 100, 'U101', replace(replace('Lipová Lhota|18–29|4||ne|ne|Pečovatelská služba o víkendech.', '|', char(31)), '~', char(30))),
  (1, 101, 'U102', replace(replace('Lesná|45–64|3|Raná péče|ne|ne|', '|', char(31)), '~', char(30))),
  (1, 102, 'U103', replace(replace('Lesná|45–64|2|Pečovatelská služba~Raná péče|ano|ne|Doprava k lékaři do Lesné, autobus jezdí jen ráno.', '|', char(31)), '~', char(30))),
  (1, 103, 'U104', replace(replace('Lesná|30–44|4|Pečovatelská služba~Denní stacionář|ano|ano|Informace, kam se obrátit – na webu obce nic není.', '|', char(31)), '~', char(30))),
  (1, 104, 'U105', replace(replace('Skalná|80 a více|1|Pečovatelská služba|ne|ne|Doprava k lékaři do Lesné, autobus jezdí jen ráno.', '|', char(31)), '~', char(30))),
  (1, 105, 'U106', replace(replace('Radkovice|45–64|4||ne|ano|', '|', char(31)), '~', char(30))),
  (1, 106, 'U107', replace(replace('Lipová Lhota|45–64|3||ano|ne|', '|', char(31)), '~', char(30))),
  (1, 107, 'U108', replace(replace('Lipová Lhota|45–64|3||ano|ne|Dovoz obědů i do menších obcí.', '|', char(31)), '~', char(30))),
  (1, 108, 'U109', replace(replace('Radkovice|65–79|3||ne|ne|', '|', char(31)), '~', char(30))),
  (1, 109, 'U110', replace(replace('Skalná|45–64|3||ne|ano|', '|', char(31)), '~', char(30))),
  (1, 110, 'U111', replace(replace('Lesná|45–64|3|Pečovatelská služba~Osobní asistence|ne|ne|Místo pro mladé, kde by se mohli scházet.', '|', char(31)), '~', char(30))),
  (1, 111, 'U112', replace(replace('Lesná|30–44|5||ne|ne|', '|', char(31)), '~', char(30))),
  (1, 112, 'U113', replace(replace('Skalná|45–64|3||ano|ne|Chybí odlehčovací služba, abych si mohla od péče o maminku odpočinout.', '|', char(31)), '~', char(30))),
  (1, 113, 'U114', replace(replace('Lesná|18–29|3||ano|ne|', '|', char(31)), '~', char(30))),
  (1, 114, 'U115', replace(replace('Dubovice|18–29|4||ano|ne|', '|', char(31)), '~', char(30))),
  (1, 115, 'U116', replace(replace('Dubovice|80 a více|4||ne|ne|', '|', char(31)), '~', char(30))),
  (1, 116, 'U117', replace(replace('Lesná|65–79||Osobní asistence~Odborné sociální poradenství|ano|ne|Pečovatelská služba o víkendech.', '|', char(31)), '~', char(30))),
  (1, 117, 'U118', replace(replace('Horní Bukovina|18–29|4||ne|ano|Chybí odlehčovací služba, abych si mohla od péče o maminku odpočinout.', '|', char(31)), '~', char(30))),
  (1, 118, 'U119', replace(replace('Dubovice|80 a více|4|Pečovatelská služba~Odborné sociální poradenství|ano|ne|Pečovatelská služba o víkendech.', '|', char(31)), '~', char(30))),
  (1, 119, 'U120', replace(replace('Lesná|65–79|4||ne|ne|Místo pro mladé, kde by se mohli scházet.', '|', char(31)), '~', char(30))),
  (1, 120, 'U121', replace(replace('Skalná|65–79|4|Pečovatelská služba~Odlehčovací služba|ano|ne|', '|', char(31)), '~', char(30))),
  (1, 121, 'U122', replace(replace('Chvojnice|45–64|4||ano|ne|', '|', char(31)), '~', char(30))),
  (1, 122, 'U123', replace(replace('Lipová Lhota|65–79|4|Osobní asistence|ne|ne|', '|', char(31)), '~', char(30))),
  (1, 123, 'U124', replace(replace('Lesná|65–79|4||ano|ne|', '|', char(31)), '~', char(30))),
  (1, 124, 'U125', replace(replace('Radkovice|30–44|3||ano|ne|', '|', char(31)), '~', char(30))),
  (1, 125, 'U126', replace(replace('Skalná|65–79|4|Odlehčovací služba|ne|ano|Místo pro mladé, kde by se mohli scházet.', '|', char(31)), '~', char(30))),
  (1, 126, 'U127', replace(replace('Radkovice|30–44|3|Odborné sociální poradenství|ne|ne|Nic, jsem spokojený.', '|', char(31)), '~', char(30))),
  (1, 127, 'U128', replace(replace('Chvojnice|30–44|4||ne|ne|Doprava k lékaři do Lesné, autobus jezdí jen ráno.', '|', char(31)), '~', char(30))),
  (1, 128, 'U129', replace(replace('Lesná|80 a více|4||ne|ne|Nic, jsem spokojený.', '|', char(31)), '~', char(30))),
  (1, 129, 'U130', replace(replace('Lesná|65–79|2||ne|ne|Nic, jsem spokojený.', '|', char(31)), '~', char(30))),
  (1, 130, 'U131', replace(replace('Skalná|65–79|3||ne|ne|Místo pro mladé, kde by se mohli scházet.', '|', char(31)), '~', char(30))),
  (1, 131, 'U132', replace(replace('Lesná|30–44|5||ne|ne|Místo pro mladé, kde by se mohli scházet.', '|', char(31)), '~', char(30))),
  (1, 132, 'U133', replace(replace('Lipová Lhota|30–44|4||ne|ne|', '|', char(31)), '~', char(30))),
  (1, 133, 'U134', replace(replace('Lesná|65–79|3||ano|ano|', '|', char(31)), '~', char(30))),
  (1, 134, 'U135', replace(replace('Lesná|45–64|3||ne|ne|Dovoz obědů i do menších obcí.', '|', char(31)), '~', char(30))),
  (1, 135, 'U136', replace(replace('Lipová Lhota|65–79|5|Pečovatelská služba~Denní stacionář|ano|ne|Doprava k lékaři do Lesné, autobus jezdí jen ráno.', '|', char(31)), '~', char(30))),
  (1, 136, 'U137', replace(replace('Skalná|30–44|4||ano|ano|Svozy na nákupy pro starší lidi.', '|', char(31)), '~', char(30))),
  (1, 137, 'U138', replace(replace('Lesná|80 a více|3||ano|ano|Dovoz obědů i do menších obcí.', '|', char(31)), '~', char(30))),
  (1, 138, 'U139', replace(replace('Horní Bukovina|30–44|4||ano|ne|', '|', char(31)), '~', char(30))),
  (1, 139, 'U140', replace(replace('Radkovice|65–79|4||ne|ano|Svozy na nákupy pro starší lidi.', '|', char(31)), '~', char(30))),
  (1, 140, 'U141', replace(replace('Lesná|80 a více|3|Osobní asistence~Denní stacionář|ne|ne|Nic, jsem spokojený.', '|', char(31)), '~', char(30))),
  (1, 141, 'U142', replace(replace('Lipová Lhota|30–44|1|Raná péče|ano|ne|', '|', char(31)), '~', char(30))),
  (1, 142, 'U143', replace(replace('Dubovice|65–79|2|Pečovatelská služba|ne|ne|Svozy na nákupy pro starší lidi.', '|', char(31)), '~', char(30))),
  (1, 143, 'U144', replace(replace('Lipová Lhota|65–79|5||ano|ne|Doprava k lékaři do Lesné, autobus jezdí jen ráno.', '|', char(31)), '~', char(30))),
  (1, 144, 'U145', replace(replace('Dubovice|45–64|3||ano|ne|Bezbariérový přístup na úřad a k lékaři.', '|', char(31)), '~', char(30))),
  (1, 145, 'U146', replace(replace('Dubovice|65–79|3||ne|ne|Místo pro mladé, kde by se mohli scházet.', '|', char(31)), '~', char(30))),
  (1, 146, 'U147', replace(replace('Lesná|45–64|5||ano|ne|', '|', char(31)), '~', char(30))),
  (1, 147, 'U148', replace(replace('Dubovice|65–79|3|Odborné sociální poradenství|ano|ne|Informace, kam se obrátit – na webu obce nic není.', '|', char(31)), '~', char(30))),
  (1, 148, 'U149', replace(replace('Dubovice|45–64|4||ano|ano|Chybí odlehčovací služba, abych si mohla od péče o maminku odpočinout.', '|', char(31)), '~', char(30))),
  (1, 149, 'U150', replace(replace('Lesná|65–79|4|Pečovatelská služba|ne|ano|Pečovatelská služba o víkendech.', '|', char(31)), '~', char(30)));

INSERT INTO survey_tag (survey_id, qid, response, tag)
VALUES
  (1, 7, 0, 'Informovanost'),
  (1, 7, 4, 'Informovanost'),
  (1, 7, 6, 'Doprava'),
  (1, 7, 8, 'Denní stacionář'),
  (1, 7, 8, 'Doprava'),
  (1, 7, 11, 'Mládež'),
  (1, 7, 12, 'Odlehčovací služby'),
  (1, 7, 16, 'Mládež'),
  (1, 7, 17, 'Mládež'),
  (1, 7, 18, 'Odlehčovací služby'),
  (1, 7, 19, 'Odlehčovací služby'),
  (1, 7, 22, 'Denní stacionář'),
  (1, 7, 22, 'Doprava'),
  (1, 7, 24, 'Bezbariérovost'),
  (1, 7, 26, 'Doprava'),
  (1, 7, 28, 'Bezbariérovost'),
  (1, 7, 29, 'Informovanost'),
  (1, 7, 30, 'Doprava'),
  (1, 7, 31, 'Odlehčovací služby'),
  (1, 7, 33, 'Pečovatelská služba'),
  (1, 7, 40, 'Doprava'),
  (1, 7, 42, 'Poradenství'),
  (1, 7, 43, 'Poradenství'),
  (1, 7, 44, 'Doprava'),
  (1, 7, 52, 'Bydlení'),
  (1, 7, 53, 'Denní stacionář'),
  (1, 7, 53, 'Doprava'),
  (1, 7, 55, 'Bezbariérovost'),
  (1, 7, 57, 'Bezbariérovost'),
  (1, 7, 61, 'Poradenství'),
  (1, 7, 62, 'Bydlení'),
  (1, 7, 63, 'Odlehčovací služby'),
  (1, 7, 66, 'Informovanost'),
  (1, 7, 67, 'Poradenství'),
  (1, 7, 68, 'Denní stacionář'),
  (1, 7, 68, 'Doprava'),
  (1, 7, 69, 'Doprava'),
  (1, 7, 70, 'Pečovatelská služba'),
  (1, 7, 72, 'Pečovatelská služba'),
  (1, 7, 73, 'Odlehčovací služby'),
  (1, 7, 74, 'Doprava'),
  (1, 7, 77, 'Pečovatelská služba'),
  (1, 7, 81, 'Doprava'),
  (1, 7, 85, 'Pečovatelská služba'),
  (1, 7, 86, 'Pečovatelská služba'),
  (1, 7, 87, 'Denní stacionář'),
  (1, 7, 87, 'Doprava'),
  (1, 7, 96, 'Informovanost'),
  (1, 7, 100, 'Pečovatelská služba'),
  (1, 7, 102, 'Doprava'),
  (1, 7, 103, 'Informovanost'),
  (1, 7, 104, 'Doprava'),
  (1, 7, 107, 'Pečovatelská služba'),
  (1, 7, 110, 'Mládež'),
  (1, 7, 112, 'Odlehčovací služby'),
  (1, 7, 116, 'Pečovatelská služba'),
  (1, 7, 117, 'Odlehčovací služby'),
  (1, 7, 118, 'Pečovatelská služba'),
  (1, 7, 119, 'Mládež'),
  (1, 7, 125, 'Mládež'),
  (1, 7, 127, 'Doprava'),
  (1, 7, 130, 'Mládež'),
  (1, 7, 131, 'Mládež'),
  (1, 7, 134, 'Pečovatelská služba'),
  (1, 7, 135, 'Doprava'),
  (1, 7, 136, 'Doprava'),
  (1, 7, 137, 'Pečovatelská služba'),
  (1, 7, 139, 'Doprava'),
  (1, 7, 142, 'Doprava'),
  (1, 7, 143, 'Doprava'),
  (1, 7, 144, 'Bezbariérovost'),
  (1, 7, 145, 'Mládež'),
  (1, 7, 147, 'Informovanost'),
  (1, 7, 148, 'Odlehčovací služby'),
  (1, 7, 149, 'Pečovatelská služba');

-- Findings (zjištění) of the sample analysis, with their evidence (fictional).
INSERT INTO needs_finding (id, text, source, need_type, priority, created_at)
VALUES
  (1, 'Pečující o seniory nemají kam blízkého na několik dní svěřit: odlehčovací služba v mikroregionu chybí a v anketě ji jmenují jako nejčastější nedostatek.',
   'survey', 'felt', 1, '2025-04-02T09:00:00Z'),
  (2, 'Lůžek v domovech pro seniory a domovech se zvláštním režimem je na 1 000 obyvatel 65+ méně, než předpokládá krajský plán.',
   'statistics', 'normative', 1, '2025-04-02T09:10:00Z'),
  (3, 'Téměř polovina obyvatel neví, kam se obrátit, když bude potřebovat pomoc; informace o službách chybí hlavně v malých obcích.',
   'survey', 'felt', 2, '2025-04-02T09:20:00Z'),
  (4, 'Z menších obcí se lidé bez auta dostanou k lékaři a do denního stacionáře jen ranním spojem.',
   'working_group', 'expressed', 2, '2025-04-03T14:00:00Z'),
  (5, 'Pečovatelská služba odmítla v roce 2024 pro nedostatek kapacity 23 zájemců, z toho 15 z obcí mimo Lesnou.',
   'provider_data', 'expressed', 1, '2025-04-03T14:20:00Z'),
  (6, 'Pro mládež v Čeňkově a okolí po ukončení klubu nezbyla žádná nízkoprahová služba.',
   'commissioner', 'comparative', 3, '2025-04-04T10:00:00Z');

INSERT INTO needs_finding_group (finding_id, planning_group)
VALUES (1, 'seniors'), (2, 'seniors'), (3, 'seniors'), (3, 'families'), (3, 'crisis'),
       (4, 'seniors'), (4, 'disability'), (5, 'seniors'), (6, 'families');

INSERT INTO needs_finding_obec (finding_id, obec_kod)
VALUES (4, '990007'), (4, '990008'), (4, '990013'), (4, '990014'), (6, '990013');

INSERT INTO needs_finding_evidence (finding_id, position, indicator, survey_id, qid)
VALUES (1, 0, NULL, 1, 7), (1, 1, NULL, 1, 6), (2, 0, 'beds_seniors', NULL, NULL),
       (2, 1, 'share_80_plus', NULL, NULL), (3, 0, NULL, 1, 5),
       (5, 0, 'coverage:DruhSocialniSluzby/4:klient', NULL, NULL);

-- SWOT, overall and for seniors (fictional), citing the findings.
INSERT INTO needs_swot_item (id, scope, quadrant, position, text)
VALUES
  (1, '', 'strengths', 0, 'Pečovatelská služba pokrývá Lesnou i okolní obce'),
  (2, '', 'strengths', 1, 'Spolupráce obcí mikroregionu na komunitním plánu'),
  (3, '', 'weaknesses', 0, 'Obyvatelé nevědí, kam se obrátit pro pomoc'),
  (4, '', 'weaknesses', 1, 'Slabá dopravní obslužnost menších obcí'),
  (5, '', 'opportunities', 0, 'Výzvy OPZ+ na sociální služby a komunitní práci'),
  (6, '', 'threats', 0, 'Stárnutí obyvatel rychlejší než růst kapacit služeb'),
  (7, '', 'threats', 1, 'Nedostatek pracovníků v sociálních službách'),
  (8, 'seniors', 'strengths', 0, 'Domov pro seniory i domov se zvláštním režimem v mikroregionu'),
  (9, 'seniors', 'weaknesses', 0, 'Chybí odlehčovací služba pro pečující'),
  (10, 'seniors', 'weaknesses', 1, 'Pečovatelská služba nestačí poptávce mimo Lesnou'),
  (11, 'seniors', 'opportunities', 0, 'Obecní byty v Dubovicích vhodné pro odlehčovací pobyty'),
  (12, 'seniors', 'threats', 0, 'Pečující rodiny bez odpočinku přestávají péči zvládat');

INSERT INTO needs_swot_citation (item_id, finding_id)
VALUES (3, 3), (4, 4), (6, 2), (9, 1), (10, 5), (12, 1);

-- The contact office of Úřad práce in the territory (fictional, like everything here; the
-- real ones come from up_cr.csv, resources/sql/project/0012-authorities.sql).
INSERT INTO up_office (id, nazev, obec, in_territory, distance_km)
VALUES (1, 'Kontaktní pracoviště Lesná (ukázka)', 'Lesná', 1, NULL);
