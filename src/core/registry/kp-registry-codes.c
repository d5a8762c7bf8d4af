/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-registry-codes.h"
#include "kp-capacity-unit.h"
#include "kp-service-kind.h"
#include "kp-target-group.h"

#include <string.h>

/* Komplan's copy of the MPSV code lists, built from the vocabulary (src/core/vocabulary),
 * the one place that knows the codes: types of service, forms, capacity units and the
 * verified target groups. The names are the registry's own Czech names: data shown as it
 * comes, like the names of obce, so they are not translated.
 *
 * An MPSV code-list file imported into the library replaces the names and the set of
 * known codes. */

typedef struct
{
  KpRegistryCode *codes;
  guint           n_codes;
} CodeTable;

static CodeTable tables[KP_REGISTRY_N_LISTS];

static void
build_tables (void)
{
  guint                n;
  const KpServiceKind *kinds = kp_service_kinds (&n);
  const KpGroupInfo   *groups;
  const char *const   *forms = kp_service_form_codes ();
  CodeTable           *t;

  t = &tables[KP_REGISTRY_LIST_TYPES];
  t->codes = g_new0 (KpRegistryCode, n);
  for (guint i = 0; i < n; i++)
    t->codes[t->n_codes++] = (KpRegistryCode){ kinds[i].code, kinds[i].name, kinds[i].paragraph,
                                               kinds[i].forms };

  t = &tables[KP_REGISTRY_LIST_FORMS];
  t->codes = g_new0 (KpRegistryCode, g_strv_length ((char **) forms));
  for (guint i = 0; forms[i] != NULL; i++)
    t->codes[t->n_codes++] = (KpRegistryCode){ kp_service_form_get_registry_id (forms[i]),
                                               kp_service_form_get_registry_name (forms[i]), NULL,
                                               NULL };

  t = &tables[KP_REGISTRY_LIST_UNITS];
  t->codes = g_new0 (KpRegistryCode, KP_N_CAPACITY_UNITS);
  for (KpCapacityUnit unit = 0; unit < KP_N_CAPACITY_UNITS; unit++)
    if (kp_capacity_unit_is_registry (unit))
      t->codes[t->n_codes++] = (KpRegistryCode){ kp_capacity_unit_get_registry_id (unit),
                                                 kp_capacity_unit_get_registry_name (unit), NULL,
                                                 NULL };

  /* Only the verified target groups; other codes of the list are accepted and shown as
   * unknown until the MPSV file is imported. No age group is verified. */
  groups = kp_target_groups_builtin (&n);
  t = &tables[KP_REGISTRY_LIST_TARGET_GROUPS];
  t->codes = g_new0 (KpRegistryCode, n);
  for (guint i = 0; i < n; i++)
    t->codes[t->n_codes++] = (KpRegistryCode){ groups[i].code, groups[i].name, NULL, NULL };
}

static const CodeTable *
get_table (KpRegistryList list)
{
  static gsize built = 0;

  if (g_once_init_enter (&built))
    {
      build_tables ();
      g_once_init_leave (&built, 1);
    }
  return &tables[list];
}

static const struct
{
  const char *name;
  const char *prefix;
} lists[KP_REGISTRY_N_LISTS] = {
  [KP_REGISTRY_LIST_TYPES] = { "druh", KP_SERVICE_KIND_PREFIX },
  [KP_REGISTRY_LIST_FORMS] = { "forma", KP_SERVICE_FORM_PREFIX },
  [KP_REGISTRY_LIST_UNITS] = { "kapacita", KP_CAPACITY_UNIT_PREFIX },
  [KP_REGISTRY_LIST_TARGET_GROUPS] = { "cilova_skupina", KP_TARGET_GROUP_PREFIX },
  [KP_REGISTRY_LIST_AGE_GROUPS] = { "vekova_skupina", KP_AGE_GROUP_PREFIX },
};

const char *
kp_registry_list_to_string (KpRegistryList list)
{
  g_return_val_if_fail (list < KP_REGISTRY_N_LISTS, NULL);
  return lists[list].name;
}

const char *
kp_registry_list_get_prefix (KpRegistryList list)
{
  g_return_val_if_fail (list < KP_REGISTRY_N_LISTS, NULL);
  return lists[list].prefix;
}

const KpRegistryCode *
kp_registry_builtin_codes (KpRegistryList list,
                           guint         *out_n)
{
  const CodeTable *table;

  g_return_val_if_fail (list < KP_REGISTRY_N_LISTS, NULL);
  table = get_table (list);
  *out_n = table->n_codes;
  return table->codes;
}

const KpRegistryCode *
kp_registry_builtin_lookup (KpRegistryList list,
                            const char    *id)
{
  const CodeTable *table;

  g_return_val_if_fail (list < KP_REGISTRY_N_LISTS, NULL);
  table = get_table (list);
  for (guint i = 0; id != NULL && i < table->n_codes; i++)
    if (strcmp (table->codes[i].id, id) == 0)
      return &table->codes[i];
  return NULL;
}

const char *
kp_registry_code_suffix (KpRegistryList list,
                         const char    *id)
{
  g_return_val_if_fail (list < KP_REGISTRY_N_LISTS, NULL);
  if (id == NULL || !g_str_has_prefix (id, lists[list].prefix))
    return NULL;
  return id + strlen (lists[list].prefix);
}
