/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-project-private.h"
#include "kp-needs.h"
#include "kp-service-network.h"

/* The modules a project can have. A new module adds its get_type function to the list
 * (see kp-project-module.h); the order is the order in which modules reload after a
 * change. The project's own tables (its row and the sources of its snapshot) belong to
 * "project". Tables nobody owns (the settings of the documents) are not recorded, so
 * undo never touches them. */

static GType (*const module_types[]) (void) = {
  kp_service_network_get_type,
  kp_needs_get_type,
};

static const char *const project_tables[] = { "project", "source", NULL };

typedef struct
{
  GType      *types;
  guint       n_types;
  GHashTable *owners; /* table → module name */
} Registry;

static const Registry *
get_registry (void)
{
  static Registry registry;
  static gsize    initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      registry.n_types = G_N_ELEMENTS (module_types);
      registry.types = g_new0 (GType, registry.n_types);
      registry.owners = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; project_tables[i] != NULL; i++)
        g_hash_table_insert (registry.owners, (gpointer) project_tables[i], (gpointer) "project");
      for (guint i = 0; i < registry.n_types; i++)
        {
          /* The class lives as long as the program: its name and tables are static. */
          KpProjectModuleClass *klass = g_type_class_ref (module_types[i]());

          registry.types[i] = G_TYPE_FROM_CLASS (klass);
          g_assert (klass->name != NULL && klass->tables != NULL);
          for (guint j = 0; klass->tables[j] != NULL; j++)
            g_hash_table_insert (registry.owners, (gpointer) klass->tables[j],
                                 (gpointer) klass->name);
        }
      g_once_init_leave (&initialized, 1);
    }
  return &registry;
}

const GType *
kp_project_modules_list (guint *n_types)
{
  const Registry *registry = get_registry ();

  *n_types = registry->n_types;
  return registry->types;
}

/* Returns: (nullable): "project", the name of the module that owns @table, or %NULL */
const char *
kp_project_modules_owner (const char *table)
{
  return g_hash_table_lookup (get_registry ()->owners, table);
}

/* The table filter of the edit path and of jobs: the tables somebody owns are recorded. */
gboolean
kp_project_records_table (const char *table,
                          gpointer    user_data)
{
  return kp_project_modules_owner (table) != NULL;
}
