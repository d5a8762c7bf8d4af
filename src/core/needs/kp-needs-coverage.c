/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-needs-private.h"
#include "kp-capacity-unit.h"
#include "kp-czech.h"
#include "kp-service-kind.h"
#include "kp-service-network.h"

#include <math.h>
#include <string.h>

/* Coverage of services: the capacity of the project's network per 1 000 of the population
 * each type serves, by type and unit (kp-capacity.h rules: units never added, a
 * registration counted once however many facilities it has), then the úvazky of the kraj
 * network per 1 000 inhabitants.
 *
 * Which obce a service's capacity serves follows its territorial scope: the shares given
 * there, or, without shares, its obce in proportion to the population the type serves; a
 * service without a scope serves the whole territory in that proportion. The capacity of
 * the territory is what its obce get: a share given to an obec outside the territory is
 * not the territory's. */

#define NETWORK_KEY "network"

/* Types whose users are mostly of one age: the and DOMAIN.md §5.2's ratios. */
static const struct
{
  const char      *code;
  KpPopulationBase base;
} defaults[] = {
  { KP_SERVICE_KIND_PREFIX "3", KP_POPULATION_80_PLUS },  /* osobní asistence */
  { KP_SERVICE_KIND_PREFIX "4", KP_POPULATION_80_PLUS },  /* pečovatelská služba */
  { KP_SERVICE_KIND_PREFIX "5", KP_POPULATION_80_PLUS },  /* tísňová péče */
  { KP_SERVICE_KIND_PREFIX "13", KP_POPULATION_65_PLUS }, /* domovy pro seniory */
  { KP_SERVICE_KIND_PREFIX "14", KP_POPULATION_65_PLUS }, /* domovy se zvláštním režimem */
};

/* The registry indicators' types (kp-indicator.h): beds for seniors, home care. */
static const char *const beds_types[] = { KP_SERVICE_KIND_PREFIX "13", KP_SERVICE_KIND_PREFIX "14",
                                          NULL };
static const char *const home_care_types[] = { KP_SERVICE_KIND_PREFIX "3",
                                               KP_SERVICE_KIND_PREFIX "4", NULL };

KpPopulationBase
kp_needs_default_coverage_base (const char *type_code)
{
  const KpServiceKind *kind;

  for (guint i = 0; type_code != NULL && i < G_N_ELEMENTS (defaults); i++)
    if (strcmp (defaults[i].code, type_code) == 0)
      return defaults[i].base;
  kind = type_code != NULL ? kp_service_kind_lookup (type_code) : NULL;
  if (kind != NULL && kind->primary_group == KP_PLANNING_GROUP_SENIORS)
    return KP_POPULATION_65_PLUS;
  if (kind != NULL && kind->primary_group == KP_PLANNING_GROUP_FAMILIES)
    return KP_POPULATION_0_14;
  return KP_POPULATION_TOTAL;
}

KpPopulationBase
kp_needs_get_coverage_base (KpNeeds    *self,
                            const char *type_code,
                            gboolean   *out_is_default)
{
  int chosen;

  g_return_val_if_fail (KP_IS_NEEDS (self), KP_POPULATION_TOTAL);
  chosen = type_code != NULL ? GPOINTER_TO_INT (g_hash_table_lookup (self->coverage_bases, type_code))
                             : 0;
  if (out_is_default != NULL)
    *out_is_default = chosen == 0;
  return chosen > 0 ? (KpPopulationBase) (chosen - 1) : kp_needs_default_coverage_base (type_code);
}

static gint64
base_population (const KpAgeTotals *t,
                 KpPopulationBase   base)
{
  switch (base)
    {
    case KP_POPULATION_0_14:
      return t->a0_14;
    case KP_POPULATION_15_64:
      return t->a15_64;
    case KP_POPULATION_65_PLUS:
      return t->a65_plus;
    case KP_POPULATION_80_PLUS:
      return t->a80_plus;
    case KP_POPULATION_TOTAL:
    case KP_N_POPULATION_BASES:
    default:
      return t->total;
    }
}

typedef struct
{
  KpNeeds    *self;
  GHashTable *obce;                             /* kod → KpObec (the project's list keeps them) */
  const char *obec_kod;                         /* nullable: the one obec asked about */
  gint64      territory[KP_N_POPULATION_BASES]; /* the territory's population by base */
} Context;

/* The part of @capacity that serves @ctx's area (one obec, or the whole territory),
 * following the service's scope. */
static double
attribute (Context         *ctx,
           KpService       *service,
           double           capacity,
           KpPopulationBase base)
{
  GPtrArray *scope = kp_service_get_scope (service);
  gboolean   all_shares = TRUE;
  guint      in_territory = 0;
  double     share_sum = 0.0, target = 0.0, total = 0.0;
  KpObec    *asked;

  for (guint i = 0; scope != NULL && i < scope->len; i++)
    {
      const KpServiceScope *s = g_ptr_array_index (scope, i);
      KpObec               *obec = g_hash_table_lookup (ctx->obce, s->obec_kod);
      double                weight;

      if (obec == NULL)
        continue;
      in_territory++;
      all_shares &= s->share >= 0.0;
      weight = (double) base_population (kp_obec_get_totals (obec), base);
      total += weight;
      if (ctx->obec_kod == NULL || strcmp (ctx->obec_kod, s->obec_kod) == 0)
        {
          share_sum += MAX (s->share, 0.0);
          target += weight;
        }
    }
  if (in_territory > 0 && all_shares)
    return capacity * share_sum / 100.0;
  if (ctx->obec_kod == NULL)
    return capacity;
  /* In proportion to the population served, over the scope's obce or the territory. */
  if (in_territory == 0)
    {
      asked = g_hash_table_lookup (ctx->obce, ctx->obec_kod);
      if (asked == NULL)
        return 0.0;
      target = (double) base_population (kp_obec_get_totals (asked), base);
      total = (double) ctx->territory[base];
    }
  /* Nobody of that age there: no population to cover either. */
  return total > 0.0 ? capacity * target / total : 0.0;
}

static KpCoverageRow *
find_row (GPtrArray  *rows,
          const char *type_code,
          const char *unit)
{
  for (guint i = 0; i < rows->len; i++)
    {
      KpCoverageRow *row = g_ptr_array_index (rows, i);

      if (g_strcmp0 (row->type_code, type_code) == 0 && g_strcmp0 (row->unit, unit) == 0)
        return row;
    }
  return NULL;
}

static KpCoverageRow *
ensure_row (Context    *ctx,
            GPtrArray  *rows,
            const char *type_code,
            const char *type_name,
            const char *unit)
{
  KpCoverageRow *row = find_row (rows, type_code, unit);

  if (row != NULL)
    return row;
  row = g_new0 (KpCoverageRow, 1);
  row->type_code = g_strdup (type_code);
  row->type_name = g_strdup (type_name);
  row->unit = g_strdup (unit);
  row->base = kp_needs_get_coverage_base (ctx->self, type_code, &row->base_is_default);
  row->key = g_strdup_printf ("coverage:%s:%s", type_code != NULL ? type_code : NETWORK_KEY, unit);
  g_ptr_array_add (rows, row);
  return row;
}

static void
add_registered (Context   *ctx,
                GPtrArray *rows,
                KpService *service)
{
  GPtrArray  *forms = kp_service_get_forms (service);
  const char *type_code = kp_service_get_type_code (service);

  if (type_code == NULL)
    return;
  /* One registration, each unit once: its forms' capacities in the unit added. */
  for (guint f = 0; f < forms->len; f++)
    {
      KpServiceForm *form = g_ptr_array_index (forms, f);
      KpCoverageRow *row;
      double         capacity = 0.0;
      gboolean       first = TRUE;

      if (form->unit == NULL)
        continue;
      for (guint g = 0; g < f; g++)
        first &= g_strcmp0 (((KpServiceForm *) g_ptr_array_index (forms, g))->unit, form->unit) != 0;
      if (!first)
        continue;
      for (guint g = f; g < forms->len; g++)
        {
          KpServiceForm *other = g_ptr_array_index (forms, g);

          if (g_strcmp0 (other->unit, form->unit) == 0)
            capacity += (double) other->capacity;
        }
      row = ensure_row (ctx, rows, type_code, kp_service_get_type_name (service), form->unit);
      row->capacity += attribute (ctx, service, capacity, row->base);
      row->services++;
    }
}

/* The year of the kraj network the coverage uses: the planning period's first, or the
 * latest one before it, or the first one after. */
static int
network_year (GListModel *services,
              int         period_from)
{
  int   before = 0, after = 0;
  guint n = g_list_model_get_n_items (services);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpService) service = g_list_model_get_item (services, i);
      GPtrArray *entries = kp_service_get_kraj_network (service);

      for (guint k = 0; entries != NULL && k < entries->len; k++)
        {
          const KpKrajNetworkEntry *e = g_ptr_array_index (entries, k);

          if (!e->in_network || e->capacity < 0)
            continue;
          if (e->year <= period_from)
            before = MAX (before, e->year);
          else
            after = after == 0 ? e->year : MIN (after, e->year);
        }
    }
  return before != 0 ? before : after;
}

static void
add_network (Context    *ctx,
             GPtrArray  *rows,
             GListModel *services,
             int         year,
             const char *today)
{
  const char *uvazky = kp_capacity_unit_to_code (KP_CAPACITY_UNIT_UVAZKY);
  guint       n = g_list_model_get_n_items (services);
  /* Translators: the coverage row of the úvazky of the kraj network of a year */
  g_autofree char *name = g_strdup_printf (_ ("Kraj network %d"), year);
  KpCoverageRow   *row = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpService) service = g_list_model_get_item (services, i);
      const KpKrajNetworkEntry *e = kp_service_get_kraj_entry (service, year);

      if (e == NULL || !e->in_network || e->capacity < 0 || g_strcmp0 (e->unit, uvazky) != 0)
        continue;
      /* A registered service that ended is in no network, whatever the entry says. */
      if (!kp_service_get_is_local (service) && !kp_service_is_active_on (service, today))
        continue;
      if (row == NULL)
        row = ensure_row (ctx, rows, NULL, name, uvazky);
      row->capacity += attribute (ctx, service, e->capacity, row->base);
      row->services++;
    }
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const KpCoverageRow *ra = *(const KpCoverageRow *const *) a;
  const KpCoverageRow *rb = *(const KpCoverageRow *const *) b;
  KpCapacityUnit       ua = KP_N_CAPACITY_UNITS, ub = KP_N_CAPACITY_UNITS;
  int                  result;

  /* The network's úvazky last. */
  if ((ra->type_code == NULL) != (rb->type_code == NULL))
    return ra->type_code == NULL ? 1 : -1;
  result = kp_czech_compare (ra->type_name, rb->type_name);
  if (result != 0)
    return result;
  kp_capacity_unit_from_code (ra->unit, &ua);
  kp_capacity_unit_from_code (rb->unit, &ub);
  return (int) ua - (int) ub;
}

void
kp_coverage_row_free (KpCoverageRow *row)
{
  if (row == NULL)
    return;
  g_free (row->type_code);
  g_free (row->type_name);
  g_free (row->unit);
  g_free (row->key);
  g_free (row);
}

GPtrArray *
kp_needs_compute_coverage (KpNeeds    *self,
                           const char *obec_kod)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr (GHashTable) obce = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray         *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_coverage_row_free);
  KpProject         *project;
  GListModel        *list, *services;
  const KpAgeTotals *area_totals = NULL;
  Context            ctx;
  guint              n;
  int                year;

  g_return_val_if_fail (KP_IS_NEEDS (self), rows);

  project = kp_needs_get_project (self);
  list = kp_project_get_obce (project);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      KpObec *obec = g_list_model_get_item (list, i);

      g_hash_table_insert (obce, (gpointer) kp_obec_get_kod (obec), obec);
      if (obec_kod != NULL && strcmp (obec_kod, kp_obec_get_kod (obec)) == 0)
        area_totals = kp_obec_get_totals (obec);
      g_object_unref (obec); /* the project's list keeps it */
    }
  if (obec_kod == NULL)
    area_totals = kp_area_get_totals (kp_project_get_totals (project));
  if (area_totals == NULL)
    return rows;

  ctx = (Context){ self, obce, obec_kod, { 0 } };
  for (int b = 0; b < KP_N_POPULATION_BASES; b++)
    ctx.territory[b] = base_population (kp_area_get_totals (kp_project_get_totals (project)), b);
  services = kp_service_network_get_services (kp_service_network_get (project));
  n = g_list_model_get_n_items (services);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpService) service = g_list_model_get_item (services, i);

      if (!kp_service_get_is_local (service) && kp_service_is_active_on (service, today))
        add_registered (&ctx, rows, service);
    }
  g_ptr_array_sort (rows, compare_rows);
  year = network_year (services, kp_project_get_period_from (project));
  if (year > 0)
    add_network (&ctx, rows, services, year, today);

  for (guint i = 0; i < rows->len; i++)
    {
      KpCoverageRow     *row = g_ptr_array_index (rows, i);
      const KpBenchmark *benchmark = kp_needs_get_benchmark (self, row->key);

      row->population = base_population (area_totals, row->base);
      row->per_1000 = row->population > 0 ? 1000.0 * row->capacity / (double) row->population
                                          : NAN;
      if (benchmark != NULL)
        {
          row->has_benchmark = TRUE;
          row->benchmark = benchmark->value;
          row->rag = kp_rag_compare (row->per_1000, benchmark->value, benchmark->better);
        }
    }
  return rows;
}

/* The capacities the registry's coverage indicators count, from @rows of
 * kp_needs_compute_coverage(). */
void
kp_needs_network_figures (GPtrArray        *rows,
                          KpNetworkFigures *out)
{
  const char *luzka = kp_capacity_unit_to_code (KP_CAPACITY_UNIT_LUZKA);
  const char *klient = kp_capacity_unit_to_code (KP_CAPACITY_UNIT_KLIENT);

  /* A project without services has no coverage to tell, not a coverage of nought. */
  *out = rows->len > 0 ? (KpNetworkFigures){ 0.0, 0.0, NAN } : (KpNetworkFigures){ NAN, NAN, NAN };
  for (guint i = 0; i < rows->len; i++)
    {
      const KpCoverageRow *row = g_ptr_array_index (rows, i);

      if (row->type_code == NULL)
        out->fte = row->capacity;
      else if (g_strv_contains (beds_types, row->type_code) && g_strcmp0 (row->unit, luzka) == 0)
        out->beds_seniors += row->capacity;
      else if (g_strv_contains (home_care_types, row->type_code) &&
               g_strcmp0 (row->unit, klient) == 0)
        out->home_care_clients += row->capacity;
    }
}
