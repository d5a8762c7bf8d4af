/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-reference-source-list.h"

#include "kp-czech.h"

struct _KpReferenceSourceList
{
  GtkBox parent_instance;

  GPtrArray *rows; /* added rows, for removal */

  AdwPreferencesGroup *territory_group;
  AdwPreferencesGroup *boundaries_group;
  AdwPreferencesGroup *registry_group;
};

G_DEFINE_FINAL_TYPE (KpReferenceSourceList, kp_reference_source_list, GTK_TYPE_BOX)

static AdwPreferencesGroup *
group_for (KpReferenceSourceList *self,
           KpReferenceSourceGroup group)
{
  switch (group)
    {
    case KP_REFERENCE_SOURCE_BOUNDARIES:
      return self->boundaries_group;
    case KP_REFERENCE_SOURCE_REGISTRY:
      return self->registry_group;
    case KP_REFERENCE_SOURCE_TERRITORY:
    default:
      return self->territory_group;
    }
}

static char *
join_names (GPtrArray *records)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < records->len; i++)
    {
      const KpImportRecord *record = g_ptr_array_index (records, i);

      if (i > 0)
        g_string_append (names, ", ");
      g_string_append (names, record->source_name);
    }
  return g_string_free (names, FALSE);
}

/* Whether @source is missing while the registry it names the codes of is there: its target
 * or age groups then show as "unknown target group (code 16)" (issue 11.3). */
static gboolean
lacks_registry_names (const KpReferenceSource *source,
                      KpReferenceSourceState   state,
                      GPtrArray               *imports)
{
  const KpReferenceSource *registry = kp_reference_source_find (KP_REFERENCE_KIND_REGISTRY);

  if (state != KP_REFERENCE_SOURCE_MISSING)
    return FALSE;
  if (source->kind != KP_REFERENCE_KIND_REGISTRY_TARGET_GROUPS &&
      source->kind != KP_REFERENCE_KIND_REGISTRY_AGE_GROUPS)
    return FALSE;
  return kp_reference_source_get_state (registry, imports, NULL) == KP_REFERENCE_SOURCE_PRESENT;
}

/* "UI_OBEC.csv · data of 7. 7. 2026", "Missing", … */
static char *
describe_state (const KpReferenceSource *source,
                KpReferenceSourceState   state,
                GPtrArray               *records,
                gboolean                 lacks_names)
{
  g_autofree char      *names = NULL;
  const KpImportRecord *first;

  switch (state)
    {
    case KP_REFERENCE_SOURCE_NOT_IMPORTABLE:
      return g_strdup (_ ("Komplan cannot import it yet"));
    case KP_REFERENCE_SOURCE_MISSING:
      if (lacks_names)
        return g_strdup (source->kind == KP_REFERENCE_KIND_REGISTRY_TARGET_GROUPS
                             ? _ ("Missing; the target groups of the registry have no names")
                             : _ ("Missing; the age groups of the registry have no names"));
      return g_strdup (source->needed ? _ ("Missing; projects cannot be made without it")
                                      : _ ("Not imported"));
    case KP_REFERENCE_SOURCE_PARTIAL:
      names = join_names (records);
      /* Translators: "1 of 2 files imported (2020_vek_do_999.xlsx); import the other too" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u of %u files imported (%s); import the other too",
                                           "%u of %u files imported (%s); import the others too",
                                           source->n_files - records->len),
                              records->len, source->n_files, names);
    case KP_REFERENCE_SOURCE_PRESENT:
    default:
      names = join_names (records);
      first = g_ptr_array_index (records, 0);
      if (first->data_date != NULL)
        {
          g_autofree char *date = kp_czech_format_date (first->data_date);

          /* Translators: "UI_OBEC.csv · data of 7. 7. 2026" */
          return g_strdup_printf (_ ("%s · data of %s"), names, date);
        }
      /* Translators: the files imported, of a kind whose data have no date */
      return g_strdup_printf (_ ("%s · imported"), names);
    }
}

/* A warning where projects need what is missing, or the registry lacks its names. */
static gboolean
is_warning (const KpReferenceSource *source,
            KpReferenceSourceState   state,
            gboolean                 lacks_names)
{
  return state == KP_REFERENCE_SOURCE_PARTIAL ||
         (state == KP_REFERENCE_SOURCE_MISSING && (source->needed || lacks_names));
}

static const char *
icon_for (const KpReferenceSource *source,
          KpReferenceSourceState   state,
          gboolean                 lacks_names)
{
  if (state == KP_REFERENCE_SOURCE_PRESENT)
    return "emblem-ok-symbolic";
  if (state == KP_REFERENCE_SOURCE_NOT_IMPORTABLE)
    return "action-unavailable-symbolic";
  return is_warning (source, state, lacks_names) ? "dialog-warning-symbolic"
                                                 : "dialog-information-symbolic";
}

/* The files, the address and what to download there, as text to select and copy. */
static GtkWidget *
details_label (const KpReferenceSource *source)
{
  g_autofree char *text = NULL;
  GtkWidget       *label;

  /* Translators: file names, the address where they are published, what to download */
  text = g_strdup_printf (_ ("Files: %s\nPublished at: %s\n%s"), source->files, source->url,
                          kp_reference_source_get_how (source));
  label = gtk_label_new (text);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_name (label, "source-details");
  return label;
}

static void
add_source (KpReferenceSourceList   *self,
            const KpReferenceSource *source,
            GPtrArray               *imports)
{
  g_autoptr (GPtrArray) records = NULL;
  KpReferenceSourceState state = kp_reference_source_get_state (source, imports, &records);
  gboolean               lacks_names = lacks_registry_names (source, state, imports);
  g_autofree char       *subtitle = describe_state (source, state, records, lacks_names);
  g_autofree char       *name = g_strconcat ("source-", source->id, NULL);
  GtkWidget             *row = adw_expander_row_new ();
  GtkWidget             *icon = gtk_image_new_from_icon_name (icon_for (source, state, lacks_names));

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), kp_reference_source_get_title (source));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  gtk_widget_add_css_class (icon, state == KP_REFERENCE_SOURCE_PRESENT          ? "success"
                                  : state == KP_REFERENCE_SOURCE_NOT_IMPORTABLE ? "dim-label"
                                                                                : "warning");
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), icon);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), details_label (source));
  /* What is needed and not there is open to read at once. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row),
                                 (source->needed && state != KP_REFERENCE_SOURCE_PRESENT) ||
                                     lacks_names);
  adw_preferences_group_add (group_for (self, source->group), row);
  g_ptr_array_add (self->rows, g_object_ref (row));
}

static void
remove_rows (KpReferenceSourceList *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->rows, 0);
}

static void
kp_reference_source_list_dispose (GObject *object)
{
  KpReferenceSourceList *self = KP_REFERENCE_SOURCE_LIST (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_REFERENCE_SOURCE_LIST);
  G_OBJECT_CLASS (kp_reference_source_list_parent_class)->dispose (object);
}

static void
kp_reference_source_list_class_init (KpReferenceSourceListClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_reference_source_list_dispose;

  gtk_widget_class_set_template_from_resource (
      widget_class, "/cz/komplan/Komplan/ui/reference/kp-reference-source-list.ui");
  gtk_widget_class_bind_template_child (widget_class, KpReferenceSourceList, territory_group);
  gtk_widget_class_bind_template_child (widget_class, KpReferenceSourceList, boundaries_group);
  gtk_widget_class_bind_template_child (widget_class, KpReferenceSourceList, registry_group);
}

static void
kp_reference_source_list_init (KpReferenceSourceList *self)
{
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
kp_reference_source_list_new (void)
{
  return g_object_new (KP_TYPE_REFERENCE_SOURCE_LIST, NULL);
}

/**
 * kp_reference_source_list_update:
 * @imports: (element-type KpImportRecord): the current import of each kind
 *
 * Lists every kind of file again, as @imports have them.
 */
void
kp_reference_source_list_update (KpReferenceSourceList *self,
                                 GPtrArray             *imports)
{
  const KpReferenceSource *sources;
  guint                    n;

  g_return_if_fail (KP_IS_REFERENCE_SOURCE_LIST (self));
  g_return_if_fail (imports != NULL);

  remove_rows (self);
  sources = kp_reference_sources_get (&n);
  for (guint i = 0; i < n; i++)
    add_source (self, &sources[i], imports);
}
