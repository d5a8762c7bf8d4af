/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan-findings-group.h"
#include "kp-needs.h"
#include "kp-plan-chooser.h"
#include "kp-plan-detail-rows.h"

struct _KpPlanFindingsGroup
{
  AdwPreferencesGroup parent_instance;

  KpPlan     *plan;
  KpPlanItem *item;
  GPtrArray  *rows;
};

G_DEFINE_FINAL_TYPE (KpPlanFindingsGroup, kp_plan_findings_group, ADW_TYPE_PREFERENCES_GROUP)

static KpNeeds *
get_needs (KpPlanFindingsGroup *self)
{
  return kp_needs_get (kp_project_module_get_project (KP_PROJECT_MODULE (self->plan)));
}

static void
write_findings (KpPlanFindingsGroup *self,
                GPtrArray           *refs)
{
  g_autoptr (GError) error = NULL;

  g_ptr_array_add (refs, NULL);
  kp_plan_set_item_findings (self->plan, self->item, (const char *const *) refs->pdata, &error);
  kp_plan_detail_report (GTK_WIDGET (self), error);
}

static GPtrArray *
copy_refs (KpPlanFindingsGroup *self)
{
  GPtrArray *findings = kp_plan_item_get_data (self->item)->findings;
  GPtrArray *copy = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < findings->len; i++)
    g_ptr_array_add (copy, g_strdup (g_ptr_array_index (findings, i)));
  return copy;
}

static void
on_remove_clicked_cb (KpPlanFindingsGroup *self,
                      GtkWidget           *button)
{
  g_autoptr (GPtrArray) refs = copy_refs (self);

  g_ptr_array_remove_index (refs, kp_plan_detail_rows_get_index (button));
  write_findings (self, refs);
}

static void
on_chosen_cb (KpPlanFindingsGroup *self,
              const char          *ref)
{
  g_autoptr (GPtrArray) refs = NULL;

  if (self->item == NULL)
    return;
  refs = copy_refs (self);
  g_ptr_array_add (refs, g_strdup (ref));
  write_findings (self, refs);
}

/* "Z-12 · Senioři": the code as the screen shows it, and the groups. */
static char *
describe (KpFinding *finding)
{
  g_autofree char *code = kp_finding_dup_code (finding);
  g_autofree char *groups = kp_finding_dup_groups_label (finding);

  return g_strdup_printf ("%s · %s", code, groups);
}

GtkWidget *
kp_plan_findings_group_choose (KpPlanFindingsGroup *self)
{
  GListModel *findings;
  GPtrArray  *linked;
  GtkWidget  *chooser;
  guint       n;

  g_return_val_if_fail (KP_IS_PLAN_FINDINGS_GROUP (self), NULL);
  if (self->item == NULL || !kp_plan_is_editable (self->plan))
    return NULL;
  chooser = kp_plan_chooser_new (GTK_WIDGET (self), _ ("Choose a Finding"),
                                 _ ("Search by code or text"));
  findings = kp_needs_get_findings (get_needs (self));
  linked = kp_plan_item_get_data (self->item)->findings;
  n = g_list_model_get_n_items (findings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpFinding) finding = g_list_model_get_item (findings, i);
      g_autofree char *ref = kp_finding_dup_ref (finding);
      g_autofree char *subtitle = describe (finding);
      gboolean         is_linked = FALSE;

      for (guint j = 0; j < linked->len && !is_linked; j++)
        is_linked = g_str_equal (g_ptr_array_index (linked, j), ref);
      if (!is_linked)
        kp_plan_chooser_add (KP_PLAN_CHOOSER (chooser), ref, kp_finding_get_text (finding),
                             subtitle);
    }
  g_signal_connect_object (chooser, "chosen", G_CALLBACK (on_chosen_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (chooser));
  return chooser;
}

static void
rebuild (KpPlanFindingsGroup *self)
{
  GPtrArray *refs;

  kp_plan_detail_rows_clear (ADW_PREFERENCES_GROUP (self), self->rows);
  if (self->item == NULL)
    return;
  refs = kp_plan_item_get_data (self->item)->findings;
  for (guint i = 0; i < refs->len; i++)
    {
      const char      *ref = g_ptr_array_index (refs, i);
      KpFinding       *finding = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *name = g_strdup_printf ("plan-finding-%u", i);
      gint64           id;
      AdwActionRow    *row;

      if (kp_finding_parse_ref (ref, &id))
        finding = kp_needs_find_finding (get_needs (self), id);
      if (finding != NULL)
        subtitle = describe (finding);
      row = kp_plan_detail_rows_add (ADW_PREFERENCES_GROUP (self), self->rows,
                                     finding != NULL ? kp_finding_get_text (finding) : ref,
                                     finding != NULL
                                         ? subtitle
                                         : _ ("Not among the findings of the needs analysis"));
      gtk_widget_set_name (GTK_WIDGET (row), name);
      kp_plan_detail_rows_add_remove (row, _ ("Remove the finding"), i,
                                      G_CALLBACK (on_remove_clicked_cb), self);
    }
  if (refs->len == 0)
    kp_plan_detail_rows_add_empty (ADW_PREFERENCES_GROUP (self), self->rows,
                                   _ ("No finding chosen"));
}

void
kp_plan_findings_group_set_item (KpPlanFindingsGroup *self,
                                 KpPlan              *plan,
                                 KpPlanItem          *item)
{
  g_return_if_fail (KP_IS_PLAN_FINDINGS_GROUP (self));

  g_set_object (&self->plan, plan);
  g_set_object (&self->item, item);
  rebuild (self);
}

static void
kp_plan_findings_group_dispose (GObject *object)
{
  KpPlanFindingsGroup *self = KP_PLAN_FINDINGS_GROUP (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->item);
  G_OBJECT_CLASS (kp_plan_findings_group_parent_class)->dispose (object);
}

static void
kp_plan_findings_group_finalize (GObject *object)
{
  g_ptr_array_unref (KP_PLAN_FINDINGS_GROUP (object)->rows);
  G_OBJECT_CLASS (kp_plan_findings_group_parent_class)->finalize (object);
}

static void
kp_plan_findings_group_class_init (KpPlanFindingsGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kp_plan_findings_group_dispose;
  G_OBJECT_CLASS (klass)->finalize = kp_plan_findings_group_finalize;
}

static void
kp_plan_findings_group_init (KpPlanFindingsGroup *self)
{
  GtkWidget *choose = gtk_button_new_with_mnemonic (_ ("C_hoose a Finding…"));

  self->rows = g_ptr_array_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self),
                                   _ ("Answers the findings of the needs analysis"));
  gtk_widget_set_name (GTK_WIDGET (self), "plan-item-findings");
  gtk_widget_set_name (choose, "plan-finding-choose");
  gtk_widget_add_css_class (choose, "flat");
  g_signal_connect_swapped (choose, "clicked", G_CALLBACK (kp_plan_findings_group_choose), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), choose);
}

GtkWidget *
kp_plan_findings_group_new (void)
{
  return g_object_new (KP_TYPE_PLAN_FINDINGS_GROUP, NULL);
}
