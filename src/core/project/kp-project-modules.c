/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-project-private.h"
#include "kp-needs.h"
#include "kp-plan.h"
#include "kp-publications.h"
#include "kp-service-network.h"

/* The modules a project can have. A new module adds its get_type function to the list
 * (see kp-project-module.h); the order is the order in which modules reload after a
 * change. The project's own tables (its row and the sources of its snapshot) belong to
 * "project". Only the tables a module lists in ->tables are recorded; those it lists in
 * ->unrecorded_tables (the settings of the documents) and the tables nobody owns (the
 * territory's snapshot, written once when the project is made) are not, so undo never
 * touches them. No table has two owners. */

static GType (*const module_types[]) (void) = {
  kp_service_network_get_type,
  kp_needs_get_type,
  kp_plan_get_type,
  kp_publications_get_type,
};

static const char *const project_tables[] = { "project", "source", NULL };

typedef struct
{
  GType      *types;
  guint       n_types;
  GHashTable *owners;   /* table → module name, every owned table */
  GHashTable *recorded; /* the owned tables whose changes are recorded */
} Registry;

static void
add_tables (Registry          *registry,
            const char *const *tables,
            const char        *owner,
            gboolean           recorded)
{
  for (guint i = 0; tables != NULL && tables[i] != NULL; i++)
    {
      g_assert (!g_hash_table_contains (registry->owners, tables[i]));
      g_hash_table_insert (registry->owners, (gpointer) tables[i], (gpointer) owner);
      if (recorded)
        g_hash_table_add (registry->recorded, (gpointer) tables[i]);
    }
}

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
      registry.recorded = g_hash_table_new (g_str_hash, g_str_equal);
      add_tables (&registry, project_tables, "project", TRUE);
      for (guint i = 0; i < registry.n_types; i++)
        {
          /* The class lives as long as the program: its name and tables are static. */
          KpProjectModuleClass *klass = g_type_class_ref (module_types[i]());

          registry.types[i] = G_TYPE_FROM_CLASS (klass);
          g_assert (klass->name != NULL && klass->tables != NULL);
          add_tables (&registry, klass->tables, klass->name, TRUE);
          add_tables (&registry, klass->unrecorded_tables, klass->name, FALSE);
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

/* The table filter of the edit path and of jobs: the tables owned and recorded. */
gboolean
kp_project_records_table (const char *table,
                          gpointer    user_data)
{
  return g_hash_table_contains (get_registry ()->recorded, table);
}
