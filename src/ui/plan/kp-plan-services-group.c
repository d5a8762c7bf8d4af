/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan-services-group.h"
#include "kp-plan-chooser.h"
#include "kp-plan-detail-rows.h"
#include "kp-service-network.h"

#include <string.h>

struct _KpPlanServicesGroup
{
  AdwPreferencesGroup parent_instance;

  KpPlan     *plan;
  KpPlanItem *item;
  GPtrArray  *rows;
  GtkWidget  *choose_button;
};

G_DEFINE_FINAL_TYPE (KpPlanServicesGroup, kp_plan_services_group, ADW_TYPE_PREFERENCES_GROUP)

#define LOCAL_PREFIX "local:"

static KpServiceNetwork *
get_network (KpPlanServicesGroup *self)
{
  return kp_service_network_get (kp_project_module_get_project (KP_PROJECT_MODULE (self->plan)));
}

/* How the plan names @service: its identifikátor, or "local:ID". */
static char *
dup_ref (KpService *service)
{
  if (kp_service_get_is_local (service) || kp_service_get_identifikator (service) == NULL)
    return g_strdup_printf (LOCAL_PREFIX "%" G_GINT64_FORMAT, kp_service_get_id (service));
  return g_strdup (kp_service_get_identifikator (service));
}

static KpService *
find_service (KpPlanServicesGroup *self,
              const char          *ref)
{
  KpServiceNetwork *network = get_network (self);
  guint64           id;

  if (g_str_has_prefix (ref, LOCAL_PREFIX))
    return g_ascii_string_to_unsigned (ref + strlen (LOCAL_PREFIX), 10, 1, G_MAXINT64, &id, NULL)
               ? kp_service_network_find_service (network, (gint64) id)
               : NULL;
  return kp_service_network_find_service_by_identifikator (network, ref);
}

/* "Charita Lesná · IČO 12345678 · pečovatelská služba" */
static char *
describe (KpService *service)
{
  GString    *out = g_string_new (kp_service_get_provider_name (service));
  const char *ico = kp_service_get_ico (service);

  if (ico != NULL && *ico != '\0')
    g_string_append_printf (out, "%s%s %s", out->len > 0 ? " · " : "", _ ("IČO"), ico);
  if (kp_service_get_is_local (service))
    g_string_append_printf (out, "%s%s", out->len > 0 ? " · " : "", _ ("local service"));
  else if (kp_service_get_type_name (service) != NULL)
    g_string_append_printf (out, "%s%s", out->len > 0 ? " · " : "",
                            kp_service_get_type_name (service));
  return g_string_free (out, FALSE);
}

static void
write_services (KpPlanServicesGroup *self,
                GPtrArray           *refs)
{
  g_autoptr (GError) error = NULL;

  g_ptr_array_add (refs, NULL);
  kp_plan_set_item_services (self->plan, self->item, (const char *const *) refs->pdata, &error);
  kp_plan_detail_report (GTK_WIDGET (self), error);
}

static GPtrArray *
copy_refs (KpPlanServicesGroup *self)
{
  GPtrArray *services = kp_plan_item_get_data (self->item)->services;
  GPtrArray *copy = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < services->len; i++)
    g_ptr_array_add (copy, g_strdup (g_ptr_array_index (services, i)));
  return copy;
}

static void
on_remove_clicked_cb (KpPlanServicesGroup *self,
                      GtkWidget           *button)
{
  g_autoptr (GPtrArray) refs = copy_refs (self);

  g_ptr_array_remove_index (refs, kp_plan_detail_rows_get_index (button));
  write_services (self, refs);
}

static void
on_chosen_cb (KpPlanServicesGroup *self,
              const char          *ref)
{
  g_autoptr (GPtrArray) refs = NULL;

  if (self->item == NULL)
    return;
  refs = copy_refs (self);
  g_ptr_array_add (refs, g_strdup (ref));
  write_services (self, refs);
}

GtkWidget *
kp_plan_services_group_choose (KpPlanServicesGroup *self)
{
  GListModel *services;
  GtkWidget  *chooser;
  GPtrArray  *linked;
  guint       n;

  g_return_val_if_fail (KP_IS_PLAN_SERVICES_GROUP (self), NULL);
  if (self->item == NULL || !kp_plan_is_editable (self->plan))
    return NULL;
  chooser = kp_plan_chooser_new (GTK_WIDGET (self), _ ("Link a Service"),
                                 _ ("Search by name, provider or IČO"));
  services = kp_service_network_get_services (get_network (self));
  linked = kp_plan_item_get_data (self->item)->services;
  n = g_list_model_get_n_items (services);
  /* The network's order: by name, the Czech way. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpService) service = g_list_model_get_item (services, i);
      g_autofree char *ref = dup_ref (service);
      g_autofree char *subtitle = describe (service);
      gboolean         is_linked = FALSE;

      for (guint j = 0; j < linked->len && !is_linked; j++)
        is_linked = g_str_equal (g_ptr_array_index (linked, j), ref);
      if (!is_linked)
        kp_plan_chooser_add (KP_PLAN_CHOOSER (chooser), ref, kp_service_get_name (service),
                             subtitle);
    }
  g_signal_connect_object (chooser, "chosen", G_CALLBACK (on_chosen_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (chooser));
  return chooser;
}

static void
rebuild (KpPlanServicesGroup *self)
{
  GPtrArray *refs;

  kp_plan_detail_rows_clear (ADW_PREFERENCES_GROUP (self), self->rows);
  if (self->item == NULL)
    return;
  refs = kp_plan_item_get_data (self->item)->services;
  for (guint i = 0; i < refs->len; i++)
    {
      const char      *ref = g_ptr_array_index (refs, i);
      KpService       *service = find_service (self, ref);
      g_autofree char *subtitle = service != NULL ? describe (service) : NULL;
      g_autofree char *name = g_strdup_printf ("plan-service-%u", i);
      AdwActionRow    *row;

      row = kp_plan_detail_rows_add (ADW_PREFERENCES_GROUP (self), self->rows,
                                     service != NULL ? kp_service_get_name (service) : ref,
                                     service != NULL ? subtitle
                                                     : _ ("Not in the project’s network"));
      gtk_widget_set_name (GTK_WIDGET (row), name);
      kp_plan_detail_rows_add_remove (row, _ ("Unlink the service"), i,
                                      G_CALLBACK (on_remove_clicked_cb), self);
    }
  if (refs->len == 0)
    kp_plan_detail_rows_add_empty (ADW_PREFERENCES_GROUP (self), self->rows,
                                   _ ("No service linked"));
}

void
kp_plan_services_group_set_item (KpPlanServicesGroup *self,
                                 KpPlan              *plan,
                                 KpPlanItem          *item)
{
  g_return_if_fail (KP_IS_PLAN_SERVICES_GROUP (self));

  g_set_object (&self->plan, plan);
  g_set_object (&self->item, item);
  rebuild (self);
}

static void
kp_plan_services_group_dispose (GObject *object)
{
  KpPlanServicesGroup *self = KP_PLAN_SERVICES_GROUP (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->item);
  G_OBJECT_CLASS (kp_plan_services_group_parent_class)->dispose (object);
}

static void
kp_plan_services_group_finalize (GObject *object)
{
  g_ptr_array_unref (KP_PLAN_SERVICES_GROUP (object)->rows);
  G_OBJECT_CLASS (kp_plan_services_group_parent_class)->finalize (object);
}

static void
kp_plan_services_group_class_init (KpPlanServicesGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kp_plan_services_group_dispose;
  G_OBJECT_CLASS (klass)->finalize = kp_plan_services_group_finalize;
}

static void
kp_plan_services_group_init (KpPlanServicesGroup *self)
{
  self->rows = g_ptr_array_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _ ("Linked services"));
  gtk_widget_set_name (GTK_WIDGET (self), "plan-item-services");
  self->choose_button = gtk_button_new_with_mnemonic (_ ("_Link a Service…"));
  gtk_widget_set_name (self->choose_button, "plan-service-link");
  gtk_widget_add_css_class (self->choose_button, "flat");
  g_signal_connect_swapped (self->choose_button, "clicked",
                            G_CALLBACK (kp_plan_services_group_choose), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), self->choose_button);
}

GtkWidget *
kp_plan_services_group_new (void)
{
  return g_object_new (KP_TYPE_PLAN_SERVICES_GROUP, NULL);
}
