/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-network-summary.h"
#include "kp-target-group.h"

char *
kp_network_format_totals (GListModel *services,
                          const char *form)
{
  g_autoptr (GPtrArray) by_type = kp_capacity_compute (services, form, NULL, NULL,
                                                       KP_CAPACITY_BY_TYPE_AND_UNIT);
  g_autofree char *total = kp_network_format_total (services, form);
  GString         *text = g_string_new (NULL);
  const char      *last_type = NULL;

  for (guint i = 0; i < by_type->len; i++)
    {
      KpCapacityTotal *t = g_ptr_array_index (by_type, i);
      g_autofree char *value = kp_capacity_unit_format_code (t->unit, t->total);

      if (g_strcmp0 (last_type, t->type_code) == 0)
        g_string_append_printf (text, ", %s", value);
      else
        {
          if (text->len > 0)
            g_string_append_c (text, '\n');
          /* Translators: a type of service and its capacity, "domovy pro seniory: 62 lůžek" */
          g_string_append_printf (text, _ ("%s: %s"), t->type_name != NULL ? t->type_name : "",
                                  value);
        }
      last_type = t->type_code;
    }
  g_string_append (text, text->len > 0 ? "\n" : "");
  g_string_append (text, total);
  return g_string_free (text, FALSE);
}

/* Returns: (transfer full): "Total: 136 lůžek · 226 klientů", each unit on its own */
char *
kp_network_format_total (GListModel *services,
                         const char *form)
{
  g_autoptr (GPtrArray) by_unit = kp_capacity_compute (services, form, NULL, NULL,
                                                       KP_CAPACITY_BY_UNIT);
  GString *text;

  if (by_unit->len == 0)
    return g_strdup (_ ("No registered capacity among the services shown."));
  text = g_string_new (_ ("Total:"));
  for (guint i = 0; i < by_unit->len; i++)
    {
      KpCapacityTotal *t = g_ptr_array_index (by_unit, i);
      g_autofree char *value = kp_capacity_unit_format_code (t->unit, t->total);

      g_string_append_printf (text, i == 0 ? " %s" : " · %s", value);
    }
  return g_string_free (text, FALSE);
}

char *
kp_network_describe_refresh (const KpServicesRefresh *refresh)
{
  GString *body = g_string_new (NULL);
  guint    shown = 0;

  g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "The registry lists %u service in the territory.", "The registry lists %u services in the territory.", refresh->services),
                          refresh->services);
  g_string_append_c (body, '\n');
  /* Translators: what a refresh from the registry changed */
  g_string_append_printf (body, _ ("New: %u, changed: %u, ended: %u."), refresh->new_services,
                          refresh->changed_services, refresh->ended_services);
  for (guint i = 0; refresh->changes != NULL && i < refresh->changes->len && shown < 15; i++, shown++)
    {
      KpRegistryChange *c = g_ptr_array_index (refresh->changes, i);
      const char       *kind = c->kind == KP_REGISTRY_CHANGE_NEW       ? _ ("new")
                               : c->kind == KP_REGISTRY_CHANGE_CHANGED ? _ ("changed")
                                                                       : _ ("ended");

      g_string_append_printf (body, "\n• %s (%s)", c->name != NULL ? c->name : c->identifikator,
                              kind);
    }
  if (refresh->changes != NULL && refresh->changes->len > shown)
    g_string_append_printf (body, "\n%s", _ ("…"));
  return g_string_free (body, FALSE);
}

static int
compare_target_groups (gconstpointer a,
                       gconstpointer b)
{
  return kp_target_group_compare_stored (*(const char *const *) a, *(const char *const *) b);
}

/* Returns: (transfer full): the target groups of @services as stored (names, or codes
 * without one), each once: the named ones in Czech order of their names, then the unknown
 * ones by code */
char **
kp_network_dup_target_groups (GListModel *services)
{
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *names = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr (KpService) service = g_list_model_get_item (services, i);
      const char *const *groups = kp_service_get_target_groups (service);

      for (guint k = 0; groups != NULL && groups[k] != NULL; k++)
        if (!g_hash_table_contains (seen, groups[k]))
          {
            g_hash_table_add (seen, g_strdup (groups[k]));
            g_ptr_array_add (names, g_strdup (groups[k]));
          }
    }
  g_ptr_array_sort (names, compare_target_groups);
  g_ptr_array_add (names, NULL);
  return (char **) g_ptr_array_free (names, FALSE);
}
