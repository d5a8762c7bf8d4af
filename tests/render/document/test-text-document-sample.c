/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "test-text-document-sample.h"

#include "kp-czech.h"

#include <math.h>

static const char *const subjects[] = {
  "terénní pečovatelské služby",
  "odlehčovacích služeb",
  "sociálního bydlení",
  "dluhového poradenství",
  "rané péče v regionu",
  "dobrovolnictví u seniorů",
  "nízkoprahových klubů",
  "osobní asistence",
  "krizové pomoci",
  "sociální rehabilitace",
  "podpory pečujících rodin",
  "dopravy do denních stacionářů",
  "informovanosti o službách",
  "chráněného bydlení",
  "aktivizace seniorů v obcích",
  "terénní práce s mládeží",
  "tísňové péče",
  "práce s rodinami s dětmi",
};

static const char *const verbs[] = {
  "Rozvoj",
  "Udržení",
  "Rozšíření",
  "Zajištění",
  "Podpora",
  "Zkvalitnění",
  "Propojení",
};

static const char *const groups[] = {
  "senioři",
  "osoby se zdravotním postižením",
  "rodiny s dětmi",
  "osoby ohrožené sociálním vyloučením",
  "děti a mládež",
};

static const char *const implementers[] = {
  "Charita Lesná",
  "Město Lesná",
  "Domov U Potoka, p. o.",
  "Spolek Šance, z. s.",
  "Diakonie ČCE Lesná",
  "MAS Královská stezka",
};

static const char *const sentences[] = {
  "Aktivita navazuje na zjištění analýzy potřeb, podle níž poptávka po službě v posledních "
  "třech letech vzrostla o pětinu.",
  "Služba bude poskytována v obcích Lesná, Dolní Újezd a Horní Čermná, kde dnes chybí.",
  "Realizátor zajistí personální kapacitu dvou úvazků přímé péče a koordinaci s obcemi.",
  "Pracovní skupina bude plnění aktivity vyhodnocovat dvakrát ročně na svém jednání.",
  "Financování se opírá o dotaci z rozpočtu kraje, příspěvky obcí a úhrady uživatelů.",
  "Riziko představuje nedostatek kvalifikovaných pracovníků na trhu práce v regionu.",
  "Výstupy budou zveřejněny na webu města a v katalogu poskytovatelů sociálních služeb.",
};

static guint
per (guint n,
     guint parts)
{
  return (n + parts - 1) / MAX (parts, 1);
}

char *
sample_activity_code (const SamplePlanInfo *info,
                      guint                 activity)
{
  guint per_p = per (info->n_activities, info->n_priorities);
  guint j = activity % per_p;
  guint per_m = per (per_p, info->n_measures);

  return g_strdup_printf ("%u.%u.%u", activity / per_p + 1, j / per_m + 1, j % per_m + 1);
}

char *
sample_activity_title (guint activity)
{
  return g_strdup_printf ("%s %s (%u)", verbs[activity % G_N_ELEMENTS (verbs)],
                          subjects[(activity / 3) % G_N_ELEMENTS (subjects)], activity + 1);
}

/* A bar chart: @seed picks the heights. No text: the chart's words are in its caption. */
static void
draw_bars (cairo_t *cr,
           double   width,
           double   height,
           gpointer user_data)
{
  guint  seed = GPOINTER_TO_UINT (user_data);
  int    n = 8;
  double bar = width / (n * 1.6);

  cairo_set_source_rgb (cr, 0.94, 0.96, 0.98);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  for (int i = 0; i < n; i++)
    {
      double value = 0.25 + 0.7 * fabs (sin (seed * 1.7 + i * 0.9));

      cairo_set_source_rgb (cr, 0.106, 0.369 + 0.03 * (i % 3), 0.549);
      cairo_rectangle (cr, bar * 0.6 + i * bar * 1.6, height * (1 - value) - 8, bar,
                       height * value);
      cairo_fill (cr);
    }
  cairo_set_source_rgb (cr, 0.3, 0.35, 0.38);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, 0, height - 8);
  cairo_line_to (cr, width, height - 8);
  cairo_stroke (cr);
}

/* A population pyramid: men to the left, women to the right, 18 age bands. */
static void
draw_pyramid (cairo_t *cr,
              double   width,
              double   height,
              gpointer user_data)
{
  int    bands = 18;
  double band = height / bands;

  for (int i = 0; i < bands; i++)
    {
      double men = 0.2 + 0.75 * exp (-pow ((i - 8) / 7.0, 2));
      double women = men * (i > 12 ? 1.25 : 0.97);

      cairo_set_source_rgb (cr, 0.106, 0.369, 0.549);
      cairo_rectangle (cr, width / 2 - men * width / 2, height - (i + 1) * band + 1,
                       men * width / 2 - 1, band - 2);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0.8, 0.4, 0.3);
      cairo_rectangle (cr, width / 2 + 1, height - (i + 1) * band + 1,
                       MIN (women, 1) * width / 2 - 1, band - 2);
      cairo_fill (cr);
    }
}

static void
add_chart (KpTextDocument *doc,
           SamplePlanInfo *info,
           const char     *caption,
           guint           seed)
{
  KpDocFigure *figure = kp_text_document_add_figure (doc, 420, 200, draw_bars,
                                                     GUINT_TO_POINTER (seed), NULL);

  kp_doc_figure_set_caption (figure, caption);
  kp_doc_figure_set_alt (figure, "Sloupcový graf: počet klientů podle obcí.");
  info->n_charts++;
}

static void
introduction (KpTextDocument *doc)
{
  KpDocParagraph *p;
  KpDocList      *list;

  kp_text_document_add_heading (doc, 1, "uvod", "1 Úvod");
  p = kp_text_document_add_text (doc, "Střednědobý plán rozvoje sociálních služeb (dále jen ");
  kp_doc_paragraph_add (p, KP_DOC_SPAN_BOLD, "SPRSS");
  kp_doc_paragraph_add (p, KP_DOC_SPAN_PLAIN, ") je ");
  kp_doc_paragraph_add (p, KP_DOC_SPAN_ITALIC, "strategický dokument");
  kp_doc_paragraph_add (p, KP_DOC_SPAN_PLAIN,
                        " obce podle § 3 písm. h) zákona č. 108/2006 Sb., o sociálních "
                        "službách. Vznikl v procesu komunitního plánování za účasti zadavatelů, "
                        "poskytovatelů a uživatelů. Podrobnosti najdete na ");
  kp_doc_paragraph_add_link (p, "www.lesna.cz", "https://www.lesna.cz");
  kp_doc_paragraph_add (p, KP_DOC_SPAN_PLAIN, " a v kapitole ");
  kp_doc_paragraph_add_ref (p, "Strategická část", "strategie");
  kp_doc_paragraph_add (p, KP_DOC_SPAN_PLAIN, ".");
  kp_text_document_add_text (doc, "Poznámka uživatele s <b>značkami</b> & \"uvozovkami\" se "
                                  "tiskne tak, jak je napsána.");
  kp_text_document_add_heading (doc, 2, NULL, "1.1 Organizační struktura");
  kp_text_document_add_text (doc, "Plánování řídí řídící skupina; odbornou práci odvádějí "
                                  "pracovní skupiny podle cílových skupin:");
  list = kp_text_document_add_list (doc, KP_DOC_LIST_BULLETED);
  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    kp_doc_list_add_text (list, groups[i]);
  kp_doc_list_add_text (kp_doc_list_add_sublist (list, KP_DOC_LIST_BULLETED),
                        "podskupina pro děti se zdravotním postižením");
  kp_text_document_add_heading (doc, 2, NULL, "1.2 Harmonogram");
  list = kp_text_document_add_list (doc, KP_DOC_LIST_NUMBERED);
  kp_doc_list_add_text (list, "analýza potřeb (leden–březen 2026)");
  kp_doc_list_add_text (list, "návrh priorit a opatření (duben–červen 2026)");
  kp_doc_list_add_text (list, "připomínkování veřejností a vypořádání připomínek (září 2026)");
  kp_doc_list_add_text (list, "schválení zastupitelstvem (prosinec 2026)");
}

static void
analysis (KpTextDocument *doc,
          SamplePlanInfo *info)
{
  static const char *const head[] = { "Identifikátor", "Druh služby", "Forma", "Poskytovatel",
                                      "Cílová skupina", "Kapacita", "Jednotka", "Působnost",
                                      "Úvazky" };
  KpDocTable              *table;
  KpDocFigure             *figure;

  kp_text_document_add_heading (doc, 1, "analyza", "2 Analytická část");
  kp_text_document_add_heading (doc, 2, NULL, "2.1 Sociodemografická analýza");
  kp_text_document_add_text (doc, "Území má 24 317 obyvatel ve 31 obcích; index stáří dosáhl "
                                  "148,2 a dále roste.");
  figure = kp_text_document_add_figure (doc, 360, 420, draw_pyramid, NULL, NULL);
  kp_doc_figure_set_caption (figure, "Věková pyramida obyvatel území k 1. 1. 2026");
  kp_doc_figure_set_anchor (figure, "pyramida");
  info->n_charts++;
  kp_text_document_add_heading (doc, 2, "sit", "2.2 Síť sociálních služeb");
  kp_text_document_add_text (doc, "Následující tabulka uvádí všechny služby sítě.");
  table = kp_text_document_add_table (doc, G_N_ELEMENTS (head));
  kp_doc_table_set_wide (table, TRUE);
  kp_doc_table_set_header_rows (table, 1);
  kp_doc_table_set_caption (table, "Přehled registrovaných služeb na území");
  kp_doc_table_set_anchor (table, "tab-sluzby");
  kp_doc_table_set_column (table, 0, 1.0, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 1, 1.6, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 3, 1.8, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 4, 1.6, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 5, 0.8, KP_DOC_ALIGN_RIGHT);
  kp_doc_table_set_column (table, 8, 0.7, KP_DOC_ALIGN_RIGHT);
  for (guint i = 0; i < G_N_ELEMENTS (head); i++)
    kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, head[i]);
  for (guint r = 0; r < 60; r++)
    {
      g_autofree char *id = g_strdup_printf ("%u", 1234567 + r * 7919);
      g_autofree char *capacity = kp_czech_format_int (5 + r * 37 % 1200);
      g_autofree char *fte = kp_czech_format_double (0.5 + (r % 9) * 0.75, 2);

      kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, id);
      kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, subjects[r % G_N_ELEMENTS (subjects)]);
      kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, r % 3 == 0 ? "terénní" : "ambulantní");
      kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN,
                                  implementers[r % G_N_ELEMENTS (implementers)]);
      kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, groups[r % G_N_ELEMENTS (groups)]);
      kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, capacity);
      kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, r % 2 ? "klienti" : "lůžka");
      kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, "ORP Lesná");
      kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, fte);
    }
  kp_text_document_add_heading (doc, 2, NULL, "2.3 Výsledky dotazníkového šetření");
  kp_text_document_add_text (doc, "Šetření se zúčastnilo 1 204 respondentů.");
  add_chart (doc, info, "Služby, které respondentům nejvíce chybějí", 99);
}

static void
add_field (KpDocTable *table,
           const char *label,
           const char *value)
{
  kp_doc_table_add_cell_text (table, KP_DOC_SPAN_BOLD, label);
  kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, value);
}

static void
activity_card (KpTextDocument       *doc,
               const SamplePlanInfo *info,
               guint                 i)
{
  g_autofree char *code = sample_activity_code (info, i);
  g_autofree char *title = sample_activity_title (i);
  g_autofree char *heading = g_strdup_printf ("%s %s", code, title);
  g_autofree char *cost = kp_czech_format_int (150000 + (i * 7919) % 2400000);
  g_autofree char *money = g_strdup_printf ("%s Kč", cost);
  g_autofree char *term = g_strdup_printf ("%u/%u–%u/%u", 1 + i % 12, 2026 + i % 2, 1 + (i * 5) % 12,
                                           2027 + i % 2);
  KpDocTable      *table;
  KpDocParagraph  *p;

  kp_text_document_add_heading (doc, 3, NULL, heading);
  table = kp_text_document_add_table (doc, 2);
  kp_doc_table_set_column (table, 0, 0.28, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 1, 0.72, KP_DOC_ALIGN_LEFT);
  add_field (table, "Cílová skupina", groups[i % G_N_ELEMENTS (groups)]);
  add_field (table, "Realizátor", implementers[i % G_N_ELEMENTS (implementers)]);
  add_field (table, "Partneři", implementers[(i + 2) % G_N_ELEMENTS (implementers)]);
  add_field (table, "Odpovědnost", "vedoucí odboru sociálních věcí");
  add_field (table, "Termín", term);
  add_field (table, "Předpokládané náklady", money);
  add_field (table, "Zdroje financování", "MPSV prostřednictvím kraje, obce, úhrady uživatelů");
  add_field (table, "Indikátor", "počet podpořených osob: výchozí 40, cílová 60");
  p = kp_text_document_add_paragraph (doc);
  kp_doc_paragraph_add (p, KP_DOC_SPAN_BOLD, "Popis: ");
  for (guint s = 0; s < 2 + i % 3; s++)
    {
      kp_doc_paragraph_add (p, KP_DOC_SPAN_PLAIN, sentences[(i + s) % G_N_ELEMENTS (sentences)]);
      kp_doc_paragraph_add (p, KP_DOC_SPAN_PLAIN, " ");
    }
}

static void
overview (KpTextDocument       *doc,
          const SamplePlanInfo *info)
{
  KpDocTable *table = kp_text_document_add_table (doc, 4);

  kp_doc_table_set_header_rows (table, 1);
  kp_doc_table_set_caption (table, "Přehled aktivit");
  kp_doc_table_set_column (table, 0, 0.1, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 1, 0.55, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 2, 0.17, KP_DOC_ALIGN_CENTER);
  kp_doc_table_set_column (table, 3, 0.18, KP_DOC_ALIGN_RIGHT);
  kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, "Kód");
  kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, "Aktivita");
  kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, "Termín");
  kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, "Náklady (Kč)");
  for (guint i = 0; i < info->n_activities; i++)
    {
      g_autofree char *code = sample_activity_code (info, i);
      g_autofree char *title = sample_activity_title (i);
      g_autofree char *cost = kp_czech_format_int (150000 + (i * 7919) % 2400000);

      kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, code);
      kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, title);
      kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, i % 2 ? "2026–2027" : "2027–2028");
      kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, cost);
    }
}

static void
strategy (KpTextDocument *doc,
          SamplePlanInfo *info)
{
  guint per_p = per (info->n_activities, info->n_priorities);
  guint per_m = per (per_p, info->n_measures);

  kp_text_document_add_heading (doc, 1, "strategie", "3 Strategická část");
  kp_text_document_add_text (doc, "Vize: Lidé na Lesensku najdou pomoc, kterou potřebují, "
                                  "blízko svého domova.");
  overview (doc, info);
  for (guint i = 0; i < info->n_activities; i++)
    {
      guint p = i / per_p, j = i % per_p;

      if (j == 0)
        {
          g_autofree char *heading = g_strdup_printf ("Priorita %u: %s %s", p + 1,
                                                      verbs[p % G_N_ELEMENTS (verbs)],
                                                      subjects[p % G_N_ELEMENTS (subjects)]);
          g_autofree char *caption = g_strdup_printf ("Klienti služeb priority %u podle obcí", p + 1);

          kp_text_document_add_heading (doc, 2, NULL, heading);
          add_chart (doc, info, caption, p);
        }
      if (j % per_m == 0)
        {
          g_autofree char *heading = g_strdup_printf ("Opatření %u.%u: %s", p + 1, j / per_m + 1,
                                                      subjects[(p + j / per_m) %
                                                               G_N_ELEMENTS (subjects)]);

          kp_text_document_add_heading (doc, 3, NULL, heading);
        }
      activity_card (doc, info, i);
    }
}

static void
budget (KpTextDocument       *doc,
        const SamplePlanInfo *info)
{
  KpDocTable *table;

  kp_text_document_add_heading (doc, 1, "rozpocet", "4 Rozpočet");
  table = kp_text_document_add_table (doc, 5);
  kp_doc_table_set_header_rows (table, 1);
  kp_doc_table_set_caption (table, "Rozpočet podle priorit a let (Kč)");
  kp_doc_table_set_column (table, 0, 0.4, KP_DOC_ALIGN_LEFT);
  for (guint c = 1; c < 5; c++)
    kp_doc_table_set_column (table, c, 0.15, KP_DOC_ALIGN_RIGHT);
  kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, "Priorita");
  kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, "2026");
  kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, "2027");
  kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, "2028");
  kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, "Celkem");
  for (guint p = 0; p < info->n_priorities; p++)
    {
      g_autofree char *name = g_strdup_printf ("Priorita %u", p + 1);
      gint64           sum = 0;

      kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, name);
      for (guint y = 0; y < 3; y++)
        {
          gint64           amount = 1200000 + (p * 7 + y * 3) * 185000;
          g_autofree char *text = kp_czech_format_int (amount);

          sum += amount;
          kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, text);
        }
      {
        g_autofree char *text = kp_czech_format_int (sum);

        kp_doc_table_add_cell_text (table, KP_DOC_SPAN_BOLD, text);
      }
    }
}

/**
 * sample_plan_new:
 * @out_info: (out caller-allocates) (optional): what the plan holds
 */
KpTextDocument *
sample_plan_new (guint           n_activities,
                 SamplePlanInfo *out_info)
{
  KpTextDocument *doc = kp_text_document_new (KP_DOCUMENT_KIND_PLAN,
                                              "Střednědobý plán rozvoje sociálních služeb ORP Lesná");
  SamplePlanInfo  info = { n_activities, 5, CLAMP (n_activities / 125, 1, 8), 0 };
  g_autoptr (GDateTime) date = g_date_time_new_local (2026, 12, 7, 10, 0, 0);

  kp_text_document_set_subtitle (doc, "na období 2027–2029");
  kp_text_document_set_author (doc, "Město Lesná");
  kp_text_document_set_date (doc, date);
  kp_text_document_add_contents (doc, 2);
  introduction (doc);
  analysis (doc, &info);
  strategy (doc, &info);
  budget (doc, &info);
  if (out_info != NULL)
    *out_info = info;
  return doc;
}
