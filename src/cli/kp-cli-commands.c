/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-cli-commands.h"

/* The options and commands of komplan-cli, with their help texts. */

const OptionDef kp_cli_option_defs[] = {
  [OPT_REFERENCE] = {
      .long_name = "reference",
      .short_name = 'r',
      .arg = G_OPTION_ARG_FILENAME,
      .offset = G_STRUCT_OFFSET (KpCliOptions, reference),
      .description = N_ ("Use the reference library DB. Without this option the "
                         "environment variable KOMPLAN_REFERENCE names it, else the "
                         "library in the user data directory is used."),
      .arg_description = N_ ("DB"),
  },
  [OPT_JSON] = {
      .long_name = "json",
      .short_name = 0,
      .arg = G_OPTION_ARG_NONE,
      .offset = G_STRUCT_OFFSET (KpCliOptions, json),
      .description = N_ ("Print JSON (UTF-8, plain numbers, null where a value is "
                         "undefined) instead of text."),
      .arg_description = NULL,
  },
  [OPT_NAME] = {
      .long_name = "name",
      .short_name = 'n',
      .arg = G_OPTION_ARG_STRING,
      .offset = G_STRUCT_OFFSET (KpCliOptions, name),
      .description = N_ ("Name of the project (required)."),
      .arg_description = N_ ("NAME"),
  },
  [OPT_ORP] = {
      .long_name = "orp",
      .short_name = 0,
      .arg = G_OPTION_ARG_STRING,
      .offset = G_STRUCT_OFFSET (KpCliOptions, orp),
      .description = N_ ("Territory of the obce of one ORP, given by its RÚIAN code, its "
                         "ČSÚ code or its name (case and diacritics are ignored: "
                         "“havlickuv brod” finds Havlíčkův Brod)."),
      .arg_description = N_ ("NAME_OR_CODE"),
  },
  [OPT_OBCE] = {
      .long_name = "obce",
      .short_name = 0,
      .arg = G_OPTION_ARG_STRING,
      .offset = G_STRUCT_OFFSET (KpCliOptions, obce),
      .description = N_ ("Territory of any set of obce (a MAS, a mikroregion, one obec), "
                         "given by their 6-digit codes separated by commas. It may cross "
                         "ORP and kraj borders."),
      .arg_description = N_ ("CODE,CODE,…"),
  },
  [OPT_ADD] = {
      .long_name = "add",
      .short_name = 0,
      .arg = G_OPTION_ARG_STRING,
      .offset = G_STRUCT_OFFSET (KpCliOptions, add),
      .description = N_ ("Obce to add to the territory, given by their 6-digit codes "
                         "separated by commas."),
      .arg_description = N_ ("CODE,CODE,…"),
  },
  [OPT_REMOVE] = {
      .long_name = "remove",
      .short_name = 0,
      .arg = G_OPTION_ARG_STRING,
      .offset = G_STRUCT_OFFSET (KpCliOptions, remove),
      .description = N_ ("Obce to remove from the territory, given by their 6-digit codes "
                         "separated by commas."),
      .arg_description = N_ ("CODE,CODE,…"),
  },
  [OPT_TERRITORY_NAME] = {
      .long_name = "territory-name",
      .short_name = 't',
      .arg = G_OPTION_ARG_STRING,
      .offset = G_STRUCT_OFFSET (KpCliOptions, territory_name),
      .description = N_ ("Name of the territory, e.g. “MAS Podlesí”. Without it a "
                         "territory given by --obce gets a default name and an ORP is "
                         "named after the ORP."),
      .arg_description = N_ ("NAME"),
  },
  [OPT_PERIOD] = {
      .long_name = "period",
      .short_name = 'p',
      .arg = G_OPTION_ARG_STRING,
      .offset = G_STRUCT_OFFSET (KpCliOptions, period),
      .description = N_ ("Planning period, first and last year, e.g. 2026-2028 (a dash "
                         "or an en dash). Default: this year and the next two."),
      .arg_description = N_ ("YEAR-YEAR"),
  },
  [OPT_FORCE] = {
      .long_name = "force",
      .short_name = 'f',
      .arg = G_OPTION_ARG_NONE,
      .offset = G_STRUCT_OFFSET (KpCliOptions, force),
      .description = N_ ("Replace the output file if it exists."),
      .arg_description = NULL,
  },
  [OPT_FORCE_IMPORT] = {
      .long_name = "force",
      .short_name = 'f',
      .arg = G_OPTION_ARG_NONE,
      .offset = G_STRUCT_OFFSET (KpCliOptions, force),
      .description = N_ ("Import even when the files would remove more than 2 per cent of the obce, "
                         "ORP, POU, okresy, kraje, boundaries or registered services that the "
                         "library holds. Without it such an import is refused and the message "
                         "says what would go."),
      .arg_description = NULL,
  },
  [OPT_INDICATOR] = {
      .long_name = "indicator",
      .short_name = 'i',
      .arg = G_OPTION_ARG_STRING,
      .offset = G_STRUCT_OFFSET (KpCliOptions, indicator),
      .description = N_ ("What fills the obce, an indicator: population (in the size groups "
                         "of obce), density, population_0_14, population_15_64, "
                         "population_65_plus, population_80_plus, share_0_14, share_15_64, "
                         "share_65_plus, share_80_plus, ageing_index or old_age_dependency; "
                         "age65, share65, age80 and ageing are read too. Default: "
                         "share_65_plus."),
      .arg_description = N_ ("INDICATOR"),
  },
  [OPT_METHOD] = {
      .long_name = "method",
      .short_name = 'm',
      .arg = G_OPTION_ARG_STRING,
      .offset = G_STRUCT_OFFSET (KpCliOptions, method),
      .description = N_ ("How the class limits are found: quantiles (about as many obce in "
                         "each class), equal (classes of equal width) or natural (natural "
                         "breaks, Jenks). Default: quantiles."),
      .arg_description = N_ ("METHOD"),
  },
  [OPT_CLASSES] = {
      .long_name = "classes",
      .short_name = 'c',
      .arg = G_OPTION_ARG_INT,
      .offset = G_STRUCT_OFFSET (KpCliOptions, classes),
      .description = N_ ("Number of classes, 2 to 9. Default: 5."),
      .arg_description = N_ ("N"),
  },
  [OPT_SIZE] = {
      .long_name = "size",
      .short_name = 's',
      .arg = G_OPTION_ARG_STRING,
      .offset = G_STRUCT_OFFSET (KpCliOptions, size),
      .description = N_ ("Size of the image, WIDTHxHEIGHT: pixels for PNG, points (1/72 "
                         "inch) for SVG and PDF. Default: 1600x1000; for PDF an A4 landscape "
                         "page, 842x595."),
      .arg_description = N_ ("WxH"),
  },
  [OPT_BY] = {
      .long_name = "by",
      .short_name = 'b',
      .arg = G_OPTION_ARG_STRING,
      .offset = G_STRUCT_OFFSET (KpCliOptions, by),
      .description = N_ ("How the services are arranged: target-group (a chapter per main "
                         "target group), type (a chapter per type of service, in the order of "
                         "the law) or provider (A–Z by provider). Default: as set in the Publications view, "
                         "else target-group."),
      .arg_description = N_ ("ORDER"),
  },
  [OPT_PAPER] = {
      .long_name = "paper",
      .short_name = 0,
      .arg = G_OPTION_ARG_STRING,
      .offset = G_STRUCT_OFFSET (KpCliOptions, paper),
      .description = N_ ("Paper size: a4 or a5. Default: as set in the Publications view, else "
                         "a4."),
      .arg_description = N_ ("SIZE"),
  },
  [OPT_GROUP] = {
      .long_name = "group",
      .short_name = 'g',
      .arg = G_OPTION_ARG_STRING,
      .offset = G_STRUCT_OFFSET (KpCliOptions, group),
      .description = N_ ("Who the leaflet is for (required): seniors, families, crisis or "
                         "disability, or the Czech name, e.g. “Senioři”, “Rodiny s dětmi”, "
                         "“Lidé v krizi”, “Osoby se zdravotním postižením”."),
      .arg_description = N_ ("NAME"),
  },
  [OPT_FORMAT] = {
      .long_name = "format",
      .short_name = 0,
      .arg = G_OPTION_ARG_STRING,
      .offset = G_STRUCT_OFFSET (KpCliOptions, format),
      .description = N_ ("Leaflet format: trifold (an A4 sheet folded in three) or a5 (an A5 "
                         "sheet printed on both sides). Default: as set for the group in the Publications "
                         "view, else trifold."),
      .arg_description = N_ ("FORMAT"),
  },
  [OPT_SURVEY_NAME] = {
      .long_name = "name",
      .short_name = 'n',
      .arg = G_OPTION_ARG_STRING,
      .offset = G_STRUCT_OFFSET (KpCliOptions, name),
      .description = N_ ("Name of the survey (required), e.g. “Anketa pro veřejnost 2025”. A "
                         "survey of that name gets these responses in place of its earlier "
                         "ones; otherwise a new survey is made."),
      .arg_description = N_ ("NAME"),
  },
  [OPT_RESPONDENTS] = {
      .long_name = "group",
      .short_name = 'g',
      .arg = G_OPTION_ARG_STRING,
      .offset = G_STRUCT_OFFSET (KpCliOptions, group),
      .description = N_ ("Who was asked, for a new survey: public, users (of services), "
                         "commissioners (obce) or providers. Default: public."),
      .arg_description = N_ ("GROUP"),
  },
  [OPT_KIND] = {
      .long_name = "kind",
      .short_name = 'k',
      .arg = G_OPTION_ARG_STRING,
      .offset = G_STRUCT_OFFSET (KpCliOptions, kind),
      .description = N_ ("The chart (required): pyramid (the territory's population by sex "
                         "and five-year bands, ČR's shape as an outline), indicator (an "
                         "indicator by obec, sorted, or with --indicator of an ORP-only "
                         "indicator its spine chart) or coverage (capacity per 1 000 by type "
                         "of service)."),
      .arg_description = N_ ("KIND"),
  },
  [OPT_CHART_INDICATOR] = {
      .long_name = "indicator",
      .short_name = 'i',
      .arg = G_OPTION_ARG_STRING,
      .offset = G_STRUCT_OFFSET (KpCliOptions, indicator),
      .description = N_ ("For --kind indicator: the indicator's id, as “komplan-cli needs "
                         "indicators --json” lists them. Default: share_65_plus."),
      .arg_description = N_ ("ID"),
  },
  [OPT_CHART_SIZE] = {
      .long_name = "size",
      .short_name = 's',
      .arg = G_OPTION_ARG_STRING,
      .offset = G_STRUCT_OFFSET (KpCliOptions, size),
      .description = N_ ("Size of the image, WIDTHxHEIGHT: pixels for PNG, points (1/72 inch) "
                         "for SVG and PDF. Default: 1200x800."),
      .arg_description = N_ ("WxH"),
  },
  [OPT_YEAR] = {
      .long_name = "year",
      .short_name = 'y',
      .arg = G_OPTION_ARG_INT,
      .offset = G_STRUCT_OFFSET (KpCliOptions, year),
      .description = N_ ("The year of the action plan or of the evaluation, within the plan’s "
                         "period. Default: the first action plan; for the evaluation, the whole "
                         "period."),
      .arg_description = N_ ("YEAR"),
  },
  [OPT_FOR_PRINT] = {
      .long_name = "for-print",
      .short_name = 0,
      .arg = G_OPTION_ARG_NONE,
      .offset = G_STRUCT_OFFSET (KpCliOptions, for_print),
      .description = N_ ("For the print shop: each page on a larger sheet with 3 mm of bleed and "
                         "crop marks (fold marks on a folded leaflet), TrimBox and BleedBox set. "
                         "Default: as set in the Publications view, else off."),
      .arg_description = NULL,
  },
  [OPT_LARGE_PRINT] = {
      .long_name = "large-print",
      .short_name = 0,
      .arg = G_OPTION_ARG_NONE,
      .offset = G_STRUCT_OFFSET (KpCliOptions, large_print),
      .description = N_ ("Large print: body text of 12 pt or more, for seniors and readers with "
                         "poor sight; a leaflet then lists fewer services. Default: as set in the "
                         "Publications view, else off."),
      .arg_description = NULL,
  },
  [OPT_ALLOW_EMPTY] = {
      .long_name = "allow-empty",
      .short_name = 0,
      .arg = G_OPTION_ARG_NONE,
      .offset = G_STRUCT_OFFSET (KpCliOptions, allow_empty),
      .description = N_ ("Write the document even when it lists no service. Without it such a "
                         "document is refused."),
      .arg_description = NULL,
  },
  [OPT_STRICT] = {
      .long_name = "strict",
      .short_name = 0,
      .arg = G_OPTION_ARG_NONE,
      .offset = G_STRUCT_OFFSET (KpCliOptions, strict),
      .description = N_ ("Refuse the document when the check before printing finds anything: "
                         "unknown codes, services with no phone or no contact at all, no "
                         "authority to turn to first, services left out. No file is left "
                         "behind."),
      .arg_description = NULL,
  },
  [OPT_HELP] = {
      .long_name = "help",
      .short_name = 'h',
      .arg = G_OPTION_ARG_NONE,
      .offset = G_STRUCT_OFFSET (KpCliOptions, help),
      .description = N_ ("Show the help of this command."),
      .arg_description = NULL,
  },
};

const Group kp_cli_groups[] = {
  { "reference", N_ ("National reference data: the code lists of kraje, okresy, ORP, POU and "
                     "obce, the population of every obec by age, boundaries and the registry of "
                     "social services.") },
  { "project", N_ ("Planning projects: one *.komplan file per territory and period.") },
  { "needs", N_ ("The needs analysis of a project: indicators and coverage of services.") },
  { "survey", N_ ("Surveys of a project: responses imported from form tools and Excel, and "
                  "their results.") },
  { "export", N_ ("Images and documents made from a project.") },
  /* Translators: SPRSS is the medium-term plan of social services */
  { "plan", N_ ("The plan of a project (SPRSS): its strategy, action plans and monitoring.") },
};

const Command kp_cli_commands[] = {
  {
      "reference",
      "import",
      N_ ("FILE…"),
      N_ ("Import national reference files into the reference library."),
      N_ ("Each FILE is a RÚIAN code list (kraje.csv, okresy.csv, orp.csv, pou.csv, "
          "ciselnik_CSU.csv, UI_OBEC.csv), a ČSÚ “Věkové složení obyvatelstva obcí” .xlsx "
          "file, the ČSÚ indicators of the SO ORP (orp_ukazatele.csv) or the contact offices "
          "of Úřad práce ČR (up_cr.csv). Give them in any order: the kind of each file is detected from its content "
          "and they are imported in the order their data depend on. All files are imported "
          "in one transaction, so when one of them is wrong nothing changes and the error "
          "names the file, the row and the reason. The MPSV registry of social services "
          "(rpss.json) and its code lists (druhy-socialni-sluzby.json and the like) are "
          "imported the same way; the registry keeps its earlier versions. Prints one line "
          "per file: its kind, its "
          "name, the rows taken and the date of the data, or “unchanged” for a file "
          "imported before with the same content. The library file is created when it "
          "does not exist. An import that would remove more than 2 per cent of what the "
          "library holds (a file cut short, an extract of one kraj) is refused unless --force is "
          "given; “komplan-cli reference undo” takes the last import back."),
      { OPT_REFERENCE, OPT_FORCE_IMPORT, OPT_HELP },
      kp_cli_reference_import,
  },
  {
      "reference",
      "undo",
      NULL,
      N_ ("Take back the last import."),
      N_ ("Restores the reference library exactly as it was before its last import that "
          "changed something, and prints the files that import had brought. There is one "
          "level of undo: after it, the command says there is nothing to undo until the "
          "next import."),
      { OPT_REFERENCE, OPT_HELP },
      kp_cli_reference_undo,
  },
  {
      "reference",
      "info",
      NULL,
      N_ ("Show what the reference library holds."),
      N_ ("Prints the number of kraje, okresy, ORP, POU and obce, how many obce have "
          "population figures, the total population and its date, then the latest import of "
          "each kind of file: its source file, the date of its data, its SHA-256 hash, when "
          "it was imported and the rows taken."),
      { OPT_REFERENCE, OPT_JSON, OPT_HELP },
      kp_cli_reference_info,
  },
  {
      "project",
      "new",
      N_ ("OUT.komplan"),
      N_ ("Create a planning project for a territory."),
      N_ ("Give --name and exactly one of --orp and --obce. The project copies its obce, "
          "their population and the comparison figures (its ORP, kraje and the Czech "
          "Republic) from the reference library, so a plan can always be reproduced from "
          "the data it was made with. Prints the file created and a one-line summary."),
      { OPT_REFERENCE, OPT_NAME, OPT_ORP, OPT_OBCE, OPT_TERRITORY_NAME, OPT_PERIOD,
        OPT_FORCE, OPT_HELP },
      kp_cli_project_new,
  },
  {
      "project",
      "info",
      N_ ("FILE.komplan"),
      N_ ("Show a project’s territory, population and sources."),
      N_ ("Prints the name, the territory and its kind, the planning period, whether it "
          "holds sample data, the date of the population figures, the number of obce, the "
          "population in the age groups 0–14, 15–64, 65+ and 80+, the share of inhabitants "
          "aged 65+ in per cent, the ageing index (inhabitants aged 65+ per 100 aged 0–14), "
          "the same figures for the areas the territory is compared with (its ORP, kraje "
          "and the Czech Republic) and the reference files the project was made from."),
      { OPT_JSON, OPT_HELP },
      kp_cli_project_info,
  },
  {
      "project",
      "import-registry",
      N_ ("FILE.komplan rpss.json [CODE-LIST.json…]"),
      N_ ("Import the registry of social services and refresh the project’s services."),
      N_ ("Imports the MPSV registry rpss.json (and the MPSV code lists given after it) into "
          "the reference library, unless the same file was imported before, then copies the "
          "registered services of the project’s territory into the project: those with a "
          "facility in one of its obce or whose territorial scope covers it. Local data of "
          "the services (descriptions, hours, fees, scope, network) is kept. Prints what "
          "the registry holds, what changed since its previous import, and the services "
          "new, changed and ended in the project. A registry that leaves out more than 2 per cent "
          "of the services the library holds is refused unless --force is given."),
      { OPT_REFERENCE, OPT_FORCE_IMPORT, OPT_HELP },
      kp_cli_project_import_registry,
  },
  {
      "needs",
      "indicators",
      N_ ("FILE.komplan"),
      N_ ("Show every indicator of the territory with its ORP, kraje and ČR, and the coverage "
          "of services."),
      N_ ("Prints each indicator of the needs profile: its value for the territory, for each "
          "ORP the territory touches, its kraje and the Czech Republic, the date of its "
          "figures, and the range over all ORP when the project has their figures. The ČSÚ "
          "indicators of SO ORP exist per ORP only: for a territory that is not one ORP they "
          "are given per ORP and the territory's value is null. Then the coverage of "
          "services: the capacity of the project's network per 1 000 of the population each "
          "type of service serves, by type and unit, and the úvazky of the kraj network."),
      { OPT_JSON, OPT_HELP },
      kp_cli_needs_indicators,
  },
  {
      "survey",
      "import",
      N_ ("FILE.komplan RESPONSES.csv|.xlsx"),
      N_ ("Import the responses of a survey from CSV or XLSX."),
      N_ ("The file has one row per respondent and one column per question, as online form "
          "tools and Excel export them; a multiple choice is one cell with its answers "
          "separated by “;” or “,”. CSV may be UTF-8 or Windows-1250 (what Czech Excel "
          "saves) and use “;”, “,” or tabs: the encoding and delimiter are detected and "
          "printed. A survey without a questionnaire gets one made from the header and the "
          "answers; a survey with one checks every answer against it. The import is one "
          "transaction and one undo step: a broken row, an answer that fits no choice, a "
          "respondent id given twice, an empty file or a wrong encoding changes nothing and "
          "is reported with the file, the row, the column and the reason."),
      { OPT_SURVEY_NAME, OPT_RESPONDENTS, OPT_HELP },
      kp_cli_survey_import,
  },
  {
      "survey",
      "results",
      N_ ("FILE.komplan NAME"),
      N_ ("Show the frequency table of every question of a survey."),
      N_ ("For each question: how many answered it (n), and for each answer the count and "
          "its per cent of the valid answers. Open questions list the categories their "
          "answers were tagged with in the application."),
      { OPT_JSON, OPT_HELP },
      kp_cli_survey_results,
  },
  {
      "project",
      "territory",
      N_ ("FILE.komplan"),
      N_ ("Add obce to a project’s territory or remove them."),
      N_ ("Changes the territory of an existing project, for example when a MAS grows. The "
          "obce that join are copied from the reference library with their population, "
          "boundaries and registered services; those that leave are removed with the "
          "registered services that worked in the territory only through them (and those "
          "services’ local data) and with the entries of services’ territorial scope that "
          "name them. A project of one ORP whose obce change becomes a project of a set of "
          "obce. The change is one step that the application’s Undo takes back. Prints the "
          "obce added and removed and what went with them."),
      { OPT_REFERENCE, OPT_ADD, OPT_REMOVE, OPT_HELP },
      kp_cli_project_territory,
  },
  {
      "export",
      "map",
      N_ ("FILE.komplan OUT"),
      N_ ("Draw the project’s map as a PNG, SVG or PDF image."),
      N_ ("The map shows the territory’s obce filled by an indicator in classes, with a "
          "legend, the names of the obce, a scale bar, and the obce, ORP and kraje around "
          "it; the same map as in the application’s Území view. The format follows the "
          "extension of OUT (.png, .svg or .pdf). A PDF is a page for print: the territory’s "
          "name as its title, the map in a frame, the legend beside it and the data sources "
          "at its foot. Every map names its data sources and their dates. The image is "
          "written to a temporary file first and renamed, so a failure leaves no "
          "half-written image behind."),
      { OPT_INDICATOR, OPT_METHOD, OPT_CLASSES, OPT_SIZE, OPT_FORCE, OPT_HELP },
      kp_cli_export_map,
  },
  {
      "export",
      "catalogue",
      N_ ("FILE.komplan OUT.pdf"),
      N_ ("Write the catalogue of social service providers as a print-ready PDF."),
      N_ ("The catalogue lists the project’s registered services provided today and its "
          "local related services: for each its type, forms, target groups, capacity, "
          "addresses, contacts, opening hours, fees and the obce it serves, with a title "
          "page, contents, crisis lines, indexes by obec and target group, and an "
          "impressum. It is the catalogue set up in the application’s Publications view and "
          "kept in the project: its texts, year, logos, structure, paper and the services "
          "it lists; --by, --paper, --for-print and --large-print change it for this run "
          "only. An A5 catalogue is a stapled booklet: notes pages make its page count a "
          "multiple of 4, and its last page is a back cover with the issuer and the contacts. "
          "The PDF is written to a temporary file first and renamed, so a failure leaves no "
          "half-written file behind."),
      { OPT_BY, OPT_PAPER, OPT_FOR_PRINT, OPT_LARGE_PRINT, OPT_ALLOW_EMPTY, OPT_STRICT, OPT_FORCE,
        OPT_HELP },
      kp_cli_export_catalogue,
  },
  {
      "export",
      "leaflet",
      N_ ("FILE.komplan OUT.pdf"),
      N_ ("Write a leaflet for one target group as a print-ready PDF."),
      N_ ("The leaflet lists the registered services of one target group or life situation "
          "(--group), with the local authority as the contact, the crisis lines and "
          "emergency numbers, on one sheet: an A4 folded in three or an A5 printed on both "
          "sides. The services are chosen by the target groups they are registered for and "
          "listed by form; when they do not fit, some are left out so that each form keeps "
          "at least one, and the leaflet says how many more the catalogue has; the command "
          "prints how many. Its "
          "texts, year, logos and format are those set for the group in the application’s "
          "Publications view; --format, --for-print and --large-print change it for this run "
          "only."),
      { OPT_GROUP, OPT_FORMAT, OPT_FOR_PRINT, OPT_LARGE_PRINT, OPT_ALLOW_EMPTY, OPT_STRICT,
        OPT_FORCE, OPT_HELP },
      kp_cli_export_leaflet,
  },
  {
      "export",
      "plan",
      N_ ("FILE.komplan OUT.pdf|OUT.odt"),
      N_ ("Write the plan (SPRSS) as a PDF or an ODT."),
      N_ ("The newest version of the plan: a title page with the issuer and the period, the contents, the plan’s chapters in order with their text and live blocks (demography, services, indicators, findings, SWOT, strategy, budget), one card per activity with all its fields, the budget per year, source and priority, the monitoring plan and the annexes (obce, services). The format follows the extension of OUT: a print-ready A4 PDF or an ODT that LibreOffice and Word open as an editable document. The document is written to a temporary file first and renamed, so a failure leaves no half-written file behind; a project without a plan is refused."),
      { OPT_FORCE, OPT_HELP },
      kp_cli_export_plan,
  },
  {
      "export",
      "action-plan",
      N_ ("FILE.komplan OUT.pdf|OUT.odt"),
      N_ ("Write the action plan of a year as a PDF or an ODT."),
      N_ ("The action plan that covers --year (default: the first one): its activities under their priorities with responsibility, deadline, amounts and sources, and its budget per source and per priority. A year outside the plan’s period is refused. The format follows the extension of OUT: a print-ready A4 PDF or an ODT that LibreOffice and Word open as an editable document. The document is written to a temporary file first and renamed, so a failure leaves no half-written file behind; a project without a plan is refused."),
      { OPT_YEAR, OPT_FORCE, OPT_HELP },
      kp_cli_export_action_plan,
  },
  {
      "export",
      "evaluation",
      N_ ("FILE.komplan OUT.pdf|OUT.odt"),
      N_ ("Write the evaluation report of a year or of the whole period."),
      N_ ("The summary per priority (activities, states, targets met, money planned and spent), then each action plan of --year (default: the whole period) with the state of each activity, its indicators planned against actual and its money. The format follows the extension of OUT: a print-ready A4 PDF or an ODT that LibreOffice and Word open as an editable document. The document is written to a temporary file first and renamed, so a failure leaves no half-written file behind; a project without a plan is refused."),
      { OPT_YEAR, OPT_FORCE, OPT_HELP },
      kp_cli_export_evaluation,
  },
  {
      "export",
      "comments",
      N_ ("FILE.komplan OUT.pdf|OUT.odt"),
      N_ ("Write the settlement of the comments on the plan."),
      N_ ("The table of the comments on the newest version of the plan: who sent each and when, what it is about, its text and how it was settled, with the reason and the change made. The format follows the extension of OUT: a print-ready A4 PDF or an ODT that LibreOffice and Word open as an editable document. The document is written to a temporary file first and renamed, so a failure leaves no half-written file behind; a project without a plan is refused."),
      { OPT_FORCE, OPT_HELP },
      kp_cli_export_comments,
  },
  {
      "export",
      "chart",
      N_ ("FILE.komplan OUT"),
      N_ ("Draw a chart of the needs analysis as a PNG, SVG or PDF image."),
      N_ ("The same charts as in the application’s Potřeby view and the plan documents: the "
          "population pyramid, an indicator by obec (sorted, each obec coloured against the "
          "territory; for an indicator published per ORP only, its spine chart against all "
          "ORP), the coverage of services, or (--kind spine) the spine chart of the whole "
          "profile. The format follows the extension of OUT (.png, .svg or .pdf); the image is "
          "written to a temporary file first and renamed."),
      { OPT_KIND, OPT_CHART_INDICATOR, OPT_CHART_SIZE, OPT_FORCE, OPT_HELP },
      kp_cli_export_chart,
  },
  {
      "plan",
      "export",
      N_ ("FILE.komplan OUT.json"),
      N_ ("Write the plan of a project as a JSON file."),
      N_ ("Writes the newest version of the plan (levels, vision, chapters, the strategy "
          "with every field of every activity, comments) and the action plans with their "
          "monitoring in the format “komplan-plan/1” described in docs/plan-format.md. "
          "Give --json. OUT.json is written whole or not at all."),
      { OPT_JSON, OPT_FORCE, OPT_HELP },
      kp_cli_plan_export,
  },
  {
      "plan",
      "import",
      N_ ("FILE.komplan PLAN.json"),
      N_ ("Replace the draft of the plan with a JSON file."),
      N_ ("Reads a “komplan-plan/1” file and replaces the draft version of the plan with it "
          "(after an approved version it becomes a new draft); when the file has action "
          "plans, they replace the project’s. The import is one undoable change: a bad file "
          "is refused, naming the item and the reason, and nothing changes."),
      { OPT_HELP },
      kp_cli_plan_import,
  },
  {
      "plan",
      "info",
      N_ ("FILE.komplan"),
      N_ ("Show a summary of the plan."),
      N_ ("Prints the version of the plan and its state, the number of items per level, "
          "the activities per state, and the costs per year and per source in whole Kč."),
      { OPT_JSON, OPT_HELP },
      kp_cli_plan_info,
  },
};

const gsize kp_cli_n_groups = G_N_ELEMENTS (kp_cli_groups);
const gsize kp_cli_n_commands = G_N_ELEMENTS (kp_cli_commands);
