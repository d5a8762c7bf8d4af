/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan-kinds-group.h"
#include "kp-plan-chooser.h"
#include "kp-plan-detail-rows.h"
#include "kp-service-kind.h"

struct _KpPlanKindsGroup
{
  AdwPreferencesGroup parent_instance;

  KpPlan     *plan;
  KpPlanItem *item;
  GPtrArray  *rows;
};

G_DEFINE_FINAL_TYPE (KpPlanKindsGroup, kp_plan_kinds_group, ADW_TYPE_PREFERENCES_GROUP)

char *
kp_plan_kinds_group_format (const KpPlanServiceKind *k)
{
  const KpServiceKind *kind = kp_service_kind_lookup (k->kind);
  g_autofree char     *name = NULL;

  if (kind == NULL)
    name = g_strdup (k->kind);
  else if (kind->paragraph != NULL)
    /* Translators: a type of social service and its paragraph, "domovy pro seniory (§ 49)" */
    name = g_strdup_printf (_ ("%s (§ %s)"), kind->name, kind->paragraph);
  else
    name = g_strdup (kind->name);
  if (k->form == NULL)
    /* Translators: a type of social service in all its forms */
    return g_strdup_printf (_ ("%s · all forms"), name);
  return g_strdup_printf ("%s · %s", name, kp_service_form_get_label (k->form));
}

static void
write_kinds (KpPlanKindsGroup *self,
             GPtrArray        *kinds)
{
  g_autoptr (GError) error = NULL;

  kp_plan_set_item_service_kinds (self->plan, self->item, kinds, &error);
  kp_plan_detail_report (GTK_WIDGET (self), error);
}

static GPtrArray *
copy_kinds (KpPlanKindsGroup *self)
{
  GPtrArray *kinds = kp_plan_item_get_data (self->item)->service_kinds;
  GPtrArray *copy = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_plan_service_kind_free);

  for (guint i = 0; i < kinds->len; i++)
    g_ptr_array_add (copy, kp_plan_service_kind_copy (g_ptr_array_index (kinds, i)));
  return copy;
}

static void
on_remove_clicked_cb (KpPlanKindsGroup *self,
                      GtkWidget        *button)
{
  g_autoptr (GPtrArray) kinds = copy_kinds (self);

  g_ptr_array_remove_index (kinds, kp_plan_detail_rows_get_index (button));
  write_kinds (self, kinds);
}

/* The chooser's id of a type in a form: "DruhSocialniSluzby/13 pob", or the code alone
 * for all its forms. */
static void
on_chosen_cb (KpPlanKindsGroup *self,
              const char       *id)
{
  g_auto (GStrv) parts = g_strsplit (id, " ", 2);
  g_autoptr (GPtrArray) kinds = NULL;
  KpPlanServiceKind kind = { parts[0], parts[1] };

  if (self->item == NULL)
    return;
  kinds = copy_kinds (self);
  g_ptr_array_add (kinds, kp_plan_service_kind_copy (&kind));
  write_kinds (self, kinds);
}

static gboolean
is_chosen (KpPlanKindsGroup *self,
           const char       *code,
           const char       *form)
{
  GPtrArray *kinds = kp_plan_item_get_data (self->item)->service_kinds;

  for (guint i = 0; i < kinds->len; i++)
    {
      const KpPlanServiceKind *kind = g_ptr_array_index (kinds, i);

      if (g_strcmp0 (kind->kind, code) == 0 && g_strcmp0 (kind->form, form) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
add_choice (KpPlanKindsGroup *self,
            KpPlanChooser    *chooser,
            const char       *code,
            const char       *form)
{
  const KpServiceKind *kind = kp_service_kind_lookup (code);
  g_autofree char     *id = g_strjoin (" ", code, form, NULL);
  g_autofree char     *title = NULL;

  if (is_chosen (self, code, form))
    return;
  title = kind->paragraph != NULL ? g_strdup_printf (_ ("%s (§ %s)"), kind->name, kind->paragraph)
                                  : g_strdup (kind->name);
  kp_plan_chooser_add (chooser, id, title,
                       form != NULL ? kp_service_form_get_label (form) : _ ("all forms"));
}

GtkWidget *
kp_plan_kinds_group_choose (KpPlanKindsGroup *self)
{
  GtkWidget           *chooser;
  guint                n;
  const KpServiceKind *kinds = kp_service_kinds (&n);
  const char *const   *forms = kp_service_form_codes ();

  g_return_val_if_fail (KP_IS_PLAN_KINDS_GROUP (self), NULL);
  if (self->item == NULL || !kp_plan_is_editable (self->plan))
    return NULL;
  chooser = kp_plan_chooser_new (GTK_WIDGET (self), _ ("Add a Type of Service"),
                                 _ ("Search by name, § or form"));
  /* In the order of the law: each type in all its forms, then in each form it allows. */
  for (guint i = 0; i < n; i++)
    {
      add_choice (self, KP_PLAN_CHOOSER (chooser), kinds[i].code, NULL);
      for (guint f = 0; forms[f] != NULL; f++)
        if (kp_service_kind_allows_form (&kinds[i], forms[f]))
          add_choice (self, KP_PLAN_CHOOSER (chooser), kinds[i].code, forms[f]);
    }
  g_signal_connect_object (chooser, "chosen", G_CALLBACK (on_chosen_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (chooser));
  return chooser;
}

static void
rebuild (KpPlanKindsGroup *self)
{
  GPtrArray *kinds;

  kp_plan_detail_rows_clear (ADW_PREFERENCES_GROUP (self), self->rows);
  if (self->item == NULL)
    return;
  kinds = kp_plan_item_get_data (self->item)->service_kinds;
  for (guint i = 0; i < kinds->len; i++)
    {
      g_autofree char *text = kp_plan_kinds_group_format (g_ptr_array_index (kinds, i));
      AdwActionRow    *row = kp_plan_detail_rows_add (ADW_PREFERENCES_GROUP (self), self->rows,
                                                      text, NULL);
      g_autofree char *name = g_strdup_printf ("plan-kind-%u", i);

      gtk_widget_set_name (GTK_WIDGET (row), name);
      kp_plan_detail_rows_add_remove (row, _ ("Remove the type of service"), i,
                                      G_CALLBACK (on_remove_clicked_cb), self);
    }
  if (kinds->len == 0)
    kp_plan_detail_rows_add_empty (ADW_PREFERENCES_GROUP (self), self->rows,
                                   _ ("No type of service chosen"));
}

void
kp_plan_kinds_group_set_item (KpPlanKindsGroup *self,
                              KpPlan           *plan,
                              KpPlanItem       *item)
{
  g_return_if_fail (KP_IS_PLAN_KINDS_GROUP (self));

  g_set_object (&self->plan, plan);
  g_set_object (&self->item, item);
  rebuild (self);
}

static void
kp_plan_kinds_group_dispose (GObject *object)
{
  KpPlanKindsGroup *self = KP_PLAN_KINDS_GROUP (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->item);
  G_OBJECT_CLASS (kp_plan_kinds_group_parent_class)->dispose (object);
}

static void
kp_plan_kinds_group_finalize (GObject *object)
{
  g_ptr_array_unref (KP_PLAN_KINDS_GROUP (object)->rows);
  G_OBJECT_CLASS (kp_plan_kinds_group_parent_class)->finalize (object);
}

static void
kp_plan_kinds_group_class_init (KpPlanKindsGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kp_plan_kinds_group_dispose;
  G_OBJECT_CLASS (klass)->finalize = kp_plan_kinds_group_finalize;
}

static void
kp_plan_kinds_group_init (KpPlanKindsGroup *self)
{
  GtkWidget *choose;

  self->rows = g_ptr_array_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _ ("Types and forms of services"));
  gtk_widget_set_name (GTK_WIDGET (self), "plan-item-kinds");
  choose = gtk_button_new_with_mnemonic (_ ("_Add a Type…"));
  gtk_widget_set_name (choose, "plan-kind-choose");
  gtk_widget_add_css_class (choose, "flat");
  g_signal_connect_swapped (choose, "clicked", G_CALLBACK (kp_plan_kinds_group_choose), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), choose);
}

GtkWidget *
kp_plan_kinds_group_new (void)
{
  return g_object_new (KP_TYPE_PLAN_KINDS_GROUP, NULL);
}
