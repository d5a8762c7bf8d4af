/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-obce-picker.h"
#include "kp-czech.h"
#include "kp-obce-adder.h"
#include "kp-obec.h"
#include "kp-search-needle.h"

struct _KpObcePicker
{
  AdwBin parent_instance;

  GListModel      *obce;
  GHashTable      *selected;     /* kód obce → KpObec; survives search and filter changes */
  GHashTable      *bound_checks; /* the check buttons of the rows on screen */
  GtkCustomFilter *filter;
  char            *needle; /* folded search text */

  KpObceAdder        *adder;
  GtkExpander        *adder_expander;
  GtkSearchEntry     *search_entry;
  GtkToggleButton    *selected_only_toggle;
  GtkListView        *list_view;
  GtkFilterListModel *filter_model;
  GtkLabel           *summary_label;
  GtkButton          *clear_button;
};

G_DEFINE_FINAL_TYPE (KpObcePicker, kp_obce_picker, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_OBCE,
  PROP_N_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

static void
update_summary (KpObcePicker *self)
{
  guint            n_selected = g_hash_table_size (self->selected);
  gint64           population = 0;
  GHashTableIter   iter;
  gpointer         value;
  g_autofree char *text = NULL;

  g_hash_table_iter_init (&iter, self->selected);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    population += kp_obec_get_totals (value)->total;

  if (n_selected == 0)
    text = g_strdup (_ ("No obec selected yet. The territory may cross ORP and kraj borders."));
  else
    {
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u obec selected",
                                                             "%u obce selected", n_selected),
                                                n_selected);
      g_autofree char *number = kp_czech_format_int (population);

      /* Translators: "3 obce selected, 12 345 inhabitants"; the plural follows the
       * inhabitants */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %s inhabitant",
                                           "%s, %s inhabitants", (gulong) population),
                              count, number);
    }
  gtk_label_set_text (self->summary_label, text);
  gtk_widget_set_sensitive (GTK_WIDGET (self->clear_button), n_selected > 0);
}

static void
set_obec_selected (KpObcePicker *self,
                   KpObec       *obec,
                   gboolean      selected)
{
  const char *kod = kp_obec_get_kod (obec);

  if (selected == g_hash_table_contains (self->selected, kod))
    return;
  if (selected)
    g_hash_table_insert (self->selected, g_strdup (kod), g_object_ref (obec));
  else
    g_hash_table_remove (self->selected, kod);

  if (gtk_toggle_button_get_active (self->selected_only_toggle))
    gtk_filter_changed (GTK_FILTER (self->filter),
                        selected ? GTK_FILTER_CHANGE_LESS_STRICT : GTK_FILTER_CHANGE_MORE_STRICT);
  update_summary (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SELECTED]);
}

/* Brings the check buttons on screen in line with the selected set. */
static void
sync_checks (KpObcePicker *self)
{
  GHashTableIter iter;
  gpointer       check;

  g_hash_table_iter_init (&iter, self->bound_checks);
  while (g_hash_table_iter_next (&iter, &check, NULL))
    {
      GtkListItem *list_item = g_object_get_data (check, "list-item");
      KpObec      *obec = gtk_list_item_get_item (list_item);

      if (obec != NULL)
        gtk_check_button_set_active (check,
                                     g_hash_table_contains (self->selected, kp_obec_get_kod (obec)));
    }
}

static gboolean
filter_obec (gpointer item,
             gpointer user_data)
{
  KpObcePicker *self = user_data;

  if (gtk_toggle_button_get_active (self->selected_only_toggle) &&
      !g_hash_table_contains (self->selected, kp_obec_get_kod (item)))
    return FALSE;
  return kp_czech_matches (kp_obec_get_search_key (item), self->needle);
}

static void
on_check_toggled_cb (GtkCheckButton *check,
                     GtkListItem    *list_item)
{
  GtkWidget *picker = gtk_widget_get_ancestor (GTK_WIDGET (check), KP_TYPE_OBCE_PICKER);
  KpObec    *obec = gtk_list_item_get_item (list_item);

  if (picker == NULL || obec == NULL)
    return;
  set_obec_selected (KP_OBCE_PICKER (picker), obec, gtk_check_button_get_active (check));
}

/* A row is one check button whose child shows the name, "ORP … · kraj" and the population,
 * so a click anywhere on the row ticks it. */
static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     gpointer                  user_data)
{
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *place = gtk_label_new (NULL);
  GtkWidget *population = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (place), 0);
  gtk_label_set_ellipsize (GTK_LABEL (place), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (place, "caption");
  gtk_widget_add_css_class (place, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (population), 1);
  gtk_widget_add_css_class (population, "numeric");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), name);
  gtk_box_append (GTK_BOX (texts), place);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), population);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), box);

  g_object_set_data (G_OBJECT (check), "list-item", list_item);
  g_object_set_data (G_OBJECT (check), "name-label", name);
  g_object_set_data (G_OBJECT (check), "place-label", place);
  g_object_set_data (G_OBJECT (check), "population-label", population);
  g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled_cb), list_item);
  gtk_list_item_set_child (list_item, check);
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    gpointer                  user_data)
{
  KpObcePicker    *self = user_data;
  KpObec          *obec = gtk_list_item_get_item (list_item);
  GObject         *check = G_OBJECT (gtk_list_item_get_child (list_item));
  g_autofree char *place = g_strdup_printf (_ ("ORP %s · %s"), kp_obec_get_orp_nazev (obec),
                                            kp_obec_get_kraj_nazev (obec));
  g_autofree char *population = kp_czech_format_int (kp_obec_get_totals (obec)->total);

  gtk_label_set_text (g_object_get_data (check, "name-label"), kp_obec_get_nazev (obec));
  gtk_label_set_text (g_object_get_data (check, "place-label"), place);
  gtk_label_set_text (g_object_get_data (check, "population-label"), population);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               g_hash_table_contains (self->selected, kp_obec_get_kod (obec)));
  g_hash_table_add (self->bound_checks, check);
}

static void
on_factory_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      gpointer                  user_data)
{
  KpObcePicker *self = user_data;

  g_hash_table_remove (self->bound_checks, gtk_list_item_get_child (list_item));
}

static void
on_search_entry_search_changed_cb (KpObcePicker *self)
{
  GtkFilterChange change;

  if (kp_search_needle_update (&self->needle,
                               gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), &change))
    gtk_filter_changed (GTK_FILTER (self->filter), change);
}

static void
on_selected_only_toggle_toggled_cb (KpObcePicker *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter),
                      gtk_toggle_button_get_active (self->selected_only_toggle)
                          ? GTK_FILTER_CHANGE_MORE_STRICT
                          : GTK_FILTER_CHANGE_LESS_STRICT);
}

static void
on_list_view_activate_cb (KpObcePicker *self,
                          guint         position)
{
  g_autoptr (KpObec) obec = g_list_model_get_item (G_LIST_MODEL (self->filter_model), position);

  if (obec == NULL)
    return;
  set_obec_selected (self, obec, !g_hash_table_contains (self->selected, kp_obec_get_kod (obec)));
  sync_checks (self);
}

static void
on_adder_add_cb (KpObcePicker *self,
                 GPtrArray    *obce)
{
  kp_obce_picker_select (self, obce);
}

static void
on_clear_button_clicked_cb (KpObcePicker *self)
{
  g_hash_table_remove_all (self->selected);
  sync_checks (self);
  if (gtk_toggle_button_get_active (self->selected_only_toggle))
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_MORE_STRICT);
  update_summary (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SELECTED]);
}

static void
kp_obce_picker_dispose (GObject *object)
{
  KpObcePicker *self = KP_OBCE_PICKER (object);

  g_hash_table_remove_all (self->bound_checks);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_OBCE_PICKER);
  g_clear_object (&self->filter);
  g_clear_object (&self->obce);
  G_OBJECT_CLASS (kp_obce_picker_parent_class)->dispose (object);
}

static void
kp_obce_picker_finalize (GObject *object)
{
  KpObcePicker *self = KP_OBCE_PICKER (object);

  g_hash_table_unref (self->selected);
  g_hash_table_unref (self->bound_checks);
  g_free (self->needle);
  G_OBJECT_CLASS (kp_obce_picker_parent_class)->finalize (object);
}

static void
kp_obce_picker_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KpObcePicker *self = KP_OBCE_PICKER (object);

  switch (prop_id)
    {
    case PROP_OBCE:
      g_value_set_object (value, self->obce);
      break;
    case PROP_N_SELECTED:
      g_value_set_uint (value, kp_obce_picker_get_n_selected (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_obce_picker_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  KpObcePicker *self = KP_OBCE_PICKER (object);

  switch (prop_id)
    {
    case PROP_OBCE:
      kp_obce_picker_set_obce (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_obce_picker_class_init (KpObcePickerClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_obce_picker_dispose;
  object_class->finalize = kp_obce_picker_finalize;
  object_class->get_property = kp_obce_picker_get_property;
  object_class->set_property = kp_obce_picker_set_property;

  properties[PROP_OBCE] =
      g_param_spec_object ("obce", NULL, NULL, G_TYPE_LIST_MODEL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_SELECTED] =
      g_param_spec_uint ("n-selected", NULL, NULL, 0, G_MAXUINT, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cz/komplan/Komplan/ui/project/kp-obce-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, KpObcePicker, adder_expander);
  gtk_widget_class_bind_template_child (widget_class, KpObcePicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KpObcePicker, selected_only_toggle);
  gtk_widget_class_bind_template_child (widget_class, KpObcePicker, list_view);
  gtk_widget_class_bind_template_child (widget_class, KpObcePicker, filter_model);
  gtk_widget_class_bind_template_child (widget_class, KpObcePicker, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KpObcePicker, clear_button);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selected_only_toggle_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_button_clicked_cb);
}

static void
kp_obce_picker_init (KpObcePicker *self)
{
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  self->selected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->bound_checks = g_hash_table_new (NULL, NULL);
  self->needle = g_strdup ("");

  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (filter_obec, self, NULL);
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (self->filter));
  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_factory_unbind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  self->adder = g_object_new (KP_TYPE_OBCE_ADDER, NULL);
  gtk_widget_set_margin_top (GTK_WIDGET (self->adder), 6);
  gtk_expander_set_child (self->adder_expander, GTK_WIDGET (self->adder));
  g_signal_connect_object (self->adder, "add", G_CALLBACK (on_adder_add_cb), self,
                           G_CONNECT_SWAPPED);
  update_summary (self);
}

GtkWidget *
kp_obce_picker_new (void)
{
  return g_object_new (KP_TYPE_OBCE_PICKER, NULL);
}

/**
 * kp_obce_picker_get_obce:
 *
 * Returns: (transfer none) (nullable): the GListModel of KpObec to pick from
 */
GListModel *
kp_obce_picker_get_obce (KpObcePicker *self)
{
  g_return_val_if_fail (KP_IS_OBCE_PICKER (self), NULL);
  return self->obce;
}

/**
 * kp_obce_picker_set_obce:
 * @obce: (nullable): a GListModel of KpObec, e.g. kp_library_list_obce()
 *
 * Sets the obce to pick from; the selection is kept.
 */
void
kp_obce_picker_set_obce (KpObcePicker *self,
                         GListModel   *obce)
{
  g_return_if_fail (KP_IS_OBCE_PICKER (self));
  g_return_if_fail (obce == NULL || G_IS_LIST_MODEL (obce));

  if (!g_set_object (&self->obce, obce))
    return;
  gtk_filter_list_model_set_model (self->filter_model, obce);
  kp_obce_adder_set_obce (self->adder, obce);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OBCE]);
}

guint
kp_obce_picker_get_n_selected (KpObcePicker *self)
{
  g_return_val_if_fail (KP_IS_OBCE_PICKER (self), 0);
  return g_hash_table_size (self->selected);
}

/**
 * kp_obce_picker_dup_selected:
 *
 * Returns: (transfer full): the codes of the selected obce, sorted
 */
GStrv
kp_obce_picker_dup_selected (KpObcePicker *self)
{
  g_autoptr (GPtrArray) codes = NULL;
  GHashTableIter iter;
  gpointer       kod;

  g_return_val_if_fail (KP_IS_OBCE_PICKER (self), NULL);

  codes = g_ptr_array_new_full (g_hash_table_size (self->selected) + 1, g_free);
  g_hash_table_iter_init (&iter, self->selected);
  while (g_hash_table_iter_next (&iter, &kod, NULL))
    g_ptr_array_add (codes, g_strdup (kod));
  g_ptr_array_sort (codes, compare_codes);
  g_ptr_array_add (codes, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&codes), FALSE);
}

/**
 * kp_obce_picker_select:
 * @obce: (element-type KpObec): obce to add to the selection
 */
void
kp_obce_picker_select (KpObcePicker *self,
                       GPtrArray    *obce)
{
  g_return_if_fail (KP_IS_OBCE_PICKER (self));

  for (guint i = 0; i < obce->len; i++)
    {
      KpObec *obec = g_ptr_array_index (obce, i);

      g_hash_table_insert (self->selected, g_strdup (kp_obec_get_kod (obec)), g_object_ref (obec));
    }
  sync_checks (self);
  if (gtk_toggle_button_get_active (self->selected_only_toggle))
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_LESS_STRICT);
  update_summary (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SELECTED]);
}

/**
 * kp_obce_picker_select_codes:
 * @codes: codes of obce of the list to add to the selection; others are ignored
 */
void
kp_obce_picker_select_codes (KpObcePicker      *self,
                             const char *const *codes)
{
  g_autoptr (GHashTable) wanted = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) obce = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  g_return_if_fail (KP_IS_OBCE_PICKER (self));

  if (self->obce == NULL)
    return;
  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    g_hash_table_add (wanted, (gpointer) codes[i]);
  n = g_list_model_get_n_items (self->obce);
  for (guint i = 0; i < n; i++)
    {
      KpObec *obec = g_list_model_get_item (self->obce, i);

      if (g_hash_table_contains (wanted, kp_obec_get_kod (obec)))
        g_ptr_array_add (obce, obec);
      else
        g_object_unref (obec);
    }
  kp_obce_picker_select (self, obce);
}
