/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-reference-window-private.h"

#include "kp-czech.h"
#include "kp-library-registry.h"

/* What the reference window shows: the result of the last import, the contents of the
 * library and its imports, and every kind of file (kp-reference-source-list.c). */

static GtkWidget *
add_row (KpReferenceWindow   *self,
         AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle,
         const char          *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (value != NULL)
    {
      GtkWidget *label = gtk_label_new (value);

      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, g_object_ref (row));
  return row;
}

static void
remove_rows (KpReferenceWindow   *self,
             AdwPreferencesGroup *group)
{
  for (guint i = self->rows->len; i > 0; i--)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i - 1);

      if (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP) == GTK_WIDGET (group))
        {
          adw_preferences_group_remove (group, row);
          g_ptr_array_remove_index (self->rows, i - 1);
        }
    }
}

static char *
format_rows (int rows)
{
  g_autofree char *number = kp_czech_format_int (rows);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s row", "%s rows", rows), number);
}

/* kp-reference-window-private.h: "5. 3. 2026 14:02", local time. */
char *
kp_reference_window_describe_time (const char *iso)
{
  g_autoptr (GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr (GDateTime) utc_time = NULL;
  g_autoptr (GDateTime) local = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;

  if (iso == NULL)
    return g_strdup ("");
  utc_time = g_date_time_new_from_iso8601 (iso, utc);
  if (utc_time == NULL)
    return g_strdup (iso);
  local = g_date_time_to_local (utc_time);
  date = kp_czech_format_date_dt (local);
  time = g_date_time_format (local, "%H:%M");
  return g_strdup_printf ("%s %s", date, time);
}

char *
kp_reference_window_describe_record (const KpImportRecord *record)
{
  g_autofree char *imported = kp_reference_window_describe_time (record->imported_at);

  if (record->data_date != NULL)
    {
      g_autofree char *data_date = kp_czech_format_date (record->data_date);

      /* Translators: "UI_OBEC.csv · data of 31. 12. 2020 · imported 5. 3. 2026 14:02" */
      return g_strdup_printf (_ ("%s · data of %s · imported %s"), record->source_name, data_date,
                              imported);
    }
  /* Translators: "kraje.csv · imported 5. 3. 2026 14:02" */
  return g_strdup_printf (_ ("%s · imported %s"), record->source_name, imported);
}

static void
add_count_row (KpReferenceWindow *self,
               const char        *title,
               const char        *subtitle,
               gint64             value)
{
  g_autofree char *number = kp_czech_format_int (value);

  add_row (self, self->counts_group, title, subtitle, number);
}

/* The registry of social services, when one was imported. */
static void
add_registry_count_row (KpReferenceWindow *self)
{
  g_autoptr (KpRegistryReport) report = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *subtitle = NULL;
  gint64           n = 0;

  report = kp_library_get_registry_report (self->library, 0, &error);
  if (report == NULL || !kp_library_count_registry_services (self->library, 0, &n, &error))
    {
      if (error != NULL)
        kp_reference_window_toast (self, error->message);
      return;
    }
  if (report->data_date != NULL)
    {
      date = kp_czech_format_date (report->data_date);
      /* Translators: the date of the registry's data, e.g. "MPSV registry at 1. 9. 2026" */
      subtitle = g_strdup_printf (_ ("MPSV registry at %s"), date);
    }
  else
    subtitle = g_strdup (_ ("MPSV registry"));
  add_count_row (self, _ ("Social services"), subtitle, n);
}

/* What an import of rpss.json brought: "6 700 services, 18 767 facilities (12 without an
 * address point); since the previous import 5 new, 40 changed, 3 ended". */
static char *
describe_registry_import (KpReferenceWindow *self)
{
  g_autoptr (KpRegistryReport) report = NULL;
  g_autofree char *services = NULL;
  g_autofree char *facilities = NULL;
  g_autofree char *without = NULL;
  GString         *text = g_string_new (NULL);

  report = kp_library_get_registry_report (self->library, 0, NULL);
  if (report == NULL)
    return g_string_free (text, TRUE);
  services = kp_czech_format_int (report->services);
  facilities = kp_czech_format_int (report->facilities);
  without = kp_czech_format_int (report->facilities_without_point);
  /* Translators: "6 700 services, 18 767 facilities (12 without an address point)" is put
   * together from the next three */
  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE, "%s service", "%s services",
                                       report->services),
                          services);
  g_string_append (text, ", ");
  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE, "%s facility", "%s facilities",
                                       report->facilities),
                          facilities);
  g_string_append_c (text, ' ');
  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE, "(%s without an address point)",
                                       "(%s without an address point)",
                                       report->facilities_without_point),
                          without);
  if (report->import_id > 1)
    {
      /* Translators: "; since the previous import 5 new, 40 changed, 3 ended": services */
      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE, "; since the previous import %u new",
                                           "; since the previous import %u new",
                                           report->new_services),
                              report->new_services);
      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE, ", %u changed", ", %u changed",
                                           report->changed_services),
                              report->changed_services);
      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE, ", %u ended", ", %u ended",
                                           report->ended_services),
                              report->ended_services);
    }
  return g_string_free (text, FALSE);
}

/* kp-reference-window-private.h: shows what the library holds now. */
void
kp_reference_window_reload (KpReferenceWindow *self)
{
  g_autoptr (GPtrArray) imports = NULL;
  g_autoptr (GError) error = NULL;
  KpLibraryCounts counts = { 0 };

  remove_rows (self, self->counts_group);
  remove_rows (self, self->imports_group);

  imports = kp_library_list_imports (self->library, &error);
  if (imports == NULL)
    {
      kp_reference_window_toast (self, error->message);
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, imports->len > 0 ? "data" : "empty");
  gtk_widget_set_visible (GTK_WIDGET (self->header_import_button), imports->len > 0);
  kp_reference_source_list_update (self->empty_sources, imports);
  kp_reference_source_list_update (self->data_sources, imports);
  kp_reference_window_update_undo (self);

  for (guint i = 0; i < imports->len; i++)
    {
      const KpImportRecord *record = g_ptr_array_index (imports, i);
      g_autofree char      *subtitle = kp_reference_window_describe_record (record);
      g_autofree char      *rows = format_rows (record->row_count);

      add_row (self, self->imports_group, kp_reference_kind_get_label (record->kind), subtitle,
               rows);
    }

  if (!kp_library_get_counts (self->library, &counts, &error))
    {
      kp_reference_window_toast (self, error->message);
      return;
    }
  add_count_row (self, _ ("Kraje"), NULL, counts.kraje);
  add_count_row (self, _ ("Okresy"), NULL, counts.okresy);
  add_count_row (self, _ ("ORP"), _ ("Obce with extended powers"), counts.orp);
  add_count_row (self, _ ("POU"), _ ("Obce with an authorised municipal office"), counts.pou);
  add_count_row (self, _ ("Obce"), NULL, counts.obce);
  add_count_row (self, _ ("Obce with population data"), NULL, counts.obce_with_population);
  add_count_row (self, _ ("Obce with a boundary"), _ ("For the map"), counts.boundaries_obce);
  add_count_row (self, _ ("ORP with a boundary"), NULL, counts.boundaries_orp);
  add_count_row (self, _ ("Kraje with a boundary"), NULL, counts.boundaries_kraje);
  add_registry_count_row (self);
  if (counts.population_date != NULL)
    {
      g_autofree char *date = kp_czech_format_date (counts.population_date);
      /* Translators: the date population figures describe, e.g. "at 31. 12. 2020" */
      g_autofree char *subtitle = g_strdup_printf (_ ("at %s"), date);

      add_count_row (self, _ ("Population"), subtitle, counts.population);
    }
  kp_library_counts_clear (&counts);
}

/* kp-reference-window-private.h: what the import brought, file by file. */
void
kp_reference_window_show_result (KpReferenceWindow *self,
                                 GPtrArray         *records)
{
  g_autofree char *description = NULL;
  guint            n_imported = 0;
  guint            n_unchanged = 0;

  remove_rows (self, self->result_group);
  for (guint i = 0; i < records->len; i++)
    {
      const KpImportRecord *record = g_ptr_array_index (records, i);
      g_autofree char      *value = NULL;

      if (record->unchanged)
        {
          value = g_strdup (_ ("Unchanged"));
          n_unchanged++;
        }
      else
        {
          value = format_rows (record->row_count);
          n_imported++;
        }
      if (record->kind == KP_REFERENCE_KIND_REGISTRY && !record->unchanged)
        {
          g_autofree char *report = describe_registry_import (self);
          /* Translators: the kind of a file, then what its import reports */
          g_autofree char *subtitle = g_strdup_printf (_ ("%s. %s"),
                                                       kp_reference_kind_get_label (record->kind),
                                                       report);

          add_row (self, self->result_group, record->source_name, subtitle, value);
        }
      else if (record->note != NULL)
        {
          /* Translators: the kind of a file, then what its import reports */
          g_autofree char *subtitle = g_strdup_printf (_ ("%s. %s"),
                                                       kp_reference_kind_get_label (record->kind),
                                                       record->note);

          add_row (self, self->result_group, record->source_name, subtitle, value);
        }
      else
        add_row (self, self->result_group, record->source_name,
                 kp_reference_kind_get_label (record->kind), value);
    }

  /* Translators: the first half of "2 files imported, 1 unchanged" */
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u file imported",
                                              "%u files imported", n_imported),
                                 n_imported);
  if (n_unchanged > 0)
    {
      g_autofree char *imported = g_steal_pointer (&description);

      /* Translators: "%s" is "2 files imported"; the rest is the number of files that had
       * been imported before and changed nothing */
      description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "%s, %u unchanged (imported before)",
                                                  "%s, %u unchanged (imported before)",
                                                  n_unchanged),
                                     imported, n_unchanged);
    }
  adw_preferences_group_set_description (self->result_group, description);
  gtk_widget_set_visible (GTK_WIDGET (self->result_group), TRUE);

  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (n_imported > 0
                                                  ? _ ("Reference data imported")
                                                  : _ ("Nothing changed: the files were imported before")));
}
