/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-data-quality.h"
#include "kp-czech.h"
#include "kp-service-network-private.h"
#include "kp-service-repository.h"

#include <string.h>

/* Data-quality checks of a project's network: problems the registry data or the local
 * data have, each with a message for the user and a key under which a dismissal is kept
 * in the project. The network's live list of issues is filled by a check on a worker's
 * connection and then kept current on the main thread after every change. */

struct _KpDataQualityIssue
{
  GObject parent_instance;

  KpDataQualityKind kind;
  KpService        *service;
  char             *message;
  char             *key;
  gboolean          dismissed;
};

G_DEFINE_FINAL_TYPE (KpDataQualityIssue, kp_data_quality_issue, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_KIND,
  PROP_SERVICE,
  PROP_MESSAGE,
  PROP_KEY,
  PROP_DISMISSED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kp_data_quality_issue_dispose (GObject *object)
{
  KpDataQualityIssue *self = KP_DATA_QUALITY_ISSUE (object);

  g_clear_object (&self->service);
  G_OBJECT_CLASS (kp_data_quality_issue_parent_class)->dispose (object);
}

static void
kp_data_quality_issue_finalize (GObject *object)
{
  KpDataQualityIssue *self = KP_DATA_QUALITY_ISSUE (object);

  g_free (self->message);
  g_free (self->key);
  G_OBJECT_CLASS (kp_data_quality_issue_parent_class)->finalize (object);
}

static void
kp_data_quality_issue_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  KpDataQualityIssue *self = KP_DATA_QUALITY_ISSUE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_SERVICE:
      g_value_set_object (value, self->service);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    case PROP_DISMISSED:
      g_value_set_boolean (value, self->dismissed);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_data_quality_issue_class_init (KpDataQualityIssueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags   ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = kp_data_quality_issue_dispose;
  object_class->finalize = kp_data_quality_issue_finalize;
  object_class->get_property = kp_data_quality_issue_get_property;

  properties[PROP_KIND] = g_param_spec_int ("kind", NULL, NULL, 0, KP_DATA_QUALITY_MIXED_UNITS,
                                            0, ro);
  properties[PROP_SERVICE] = g_param_spec_object ("service", NULL, NULL, KP_TYPE_SERVICE, ro);
  properties[PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL, ro);
  properties[PROP_KEY] = g_param_spec_string ("key", NULL, NULL, NULL, ro);
  properties[PROP_DISMISSED] = g_param_spec_boolean ("dismissed", NULL, NULL, FALSE, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kp_data_quality_issue_init (KpDataQualityIssue *self)
{
}

KpDataQualityKind
kp_data_quality_issue_get_kind (KpDataQualityIssue *self)
{
  g_return_val_if_fail (KP_IS_DATA_QUALITY_ISSUE (self), 0);
  return self->kind;
}

KpService *
kp_data_quality_issue_get_service (KpDataQualityIssue *self)
{
  g_return_val_if_fail (KP_IS_DATA_QUALITY_ISSUE (self), NULL);
  return self->service;
}

const char *
kp_data_quality_issue_get_message (KpDataQualityIssue *self)
{
  g_return_val_if_fail (KP_IS_DATA_QUALITY_ISSUE (self), NULL);
  return self->message;
}

const char *
kp_data_quality_issue_get_key (KpDataQualityIssue *self)
{
  g_return_val_if_fail (KP_IS_DATA_QUALITY_ISSUE (self), NULL);
  return self->key;
}

gboolean
kp_data_quality_issue_get_dismissed (KpDataQualityIssue *self)
{
  g_return_val_if_fail (KP_IS_DATA_QUALITY_ISSUE (self), FALSE);
  return self->dismissed;
}

const char *
kp_data_quality_kind_to_string (KpDataQualityKind kind)
{
  static const char *const ids[] = { "no_address_point", "ended_in_use", "no_contact",
                                     "form_not_allowed", "repeated_facility", "mixed_units" };

  g_return_val_if_fail (kind <= KP_DATA_QUALITY_MIXED_UNITS, NULL);
  return ids[kind];
}

typedef struct
{
  GPtrArray  *issues;
  GHashTable *dismissed;
  gboolean    include_dismissed;
  const char *today;
} Check;

/* "kind:identifikátor:detail", or "kind:local-ID:detail" for a local service. */
static void
add_issue (Check            *check,
           KpDataQualityKind kind,
           KpService        *service,
           const char       *detail,
           char             *message)
{
  KpDataQualityIssue *issue;
  g_autofree char    *subject = NULL;
  g_autofree char    *key = NULL;
  gboolean            dismissed;

  subject = kp_service_get_identifikator (service) != NULL
                ? g_strdup (kp_service_get_identifikator (service))
                : g_strdup_printf ("local-%" G_GINT64_FORMAT, kp_service_get_id (service));
  key = g_strdup_printf ("%s:%s:%s", kp_data_quality_kind_to_string (kind), subject,
                         detail != NULL ? detail : "");
  dismissed = g_hash_table_contains (check->dismissed, key);
  if (dismissed && !check->include_dismissed)
    {
      g_free (message);
      return;
    }
  issue = g_object_new (KP_TYPE_DATA_QUALITY_ISSUE, NULL);
  issue->kind = kind;
  issue->service = g_object_ref (service);
  issue->message = message;
  issue->key = g_steal_pointer (&key);
  issue->dismissed = dismissed;
  g_ptr_array_add (check->issues, issue);
}

static void
check_facilities (Check     *check,
                  KpService *service)
{
  GPtrArray *facilities = kp_service_get_facilities (service);

  for (guint i = 0; i < facilities->len; i++)
    {
      KpServiceFacility *f = g_ptr_array_index (facilities, i);
      const char        *name = f->name != NULL ? f->name : kp_service_get_name (service);
      g_autofree char   *detail = g_strdup_printf ("%u", i);
      gboolean           repeated = f->repeats > 1;

      if (f->address_point == NULL)
        add_issue (check, KP_DATA_QUALITY_NO_ADDRESS_POINT, service, detail,
                   g_strdup_printf (_ ("The facility “%s” has no RÚIAN address point, so it "
                                       "cannot be placed on the map"),
                                    name));
      /* The same name and address point with other dates is listed twice too. */
      for (guint j = 0; j < i && !repeated; j++)
        {
          KpServiceFacility *g = g_ptr_array_index (facilities, j);

          repeated = f->address_point != NULL && g_strcmp0 (f->name, g->name) == 0 &&
                     g_strcmp0 (f->address_point, g->address_point) == 0;
        }
      if (repeated)
        add_issue (check, KP_DATA_QUALITY_REPEATED_FACILITY, service, detail,
                   g_strdup_printf (_ ("The facility “%s” is listed more than once at the same "
                                       "address; it is counted once"),
                                    name));
    }
}

static void
check_forms (Check     *check,
             KpService *service)
{
  GPtrArray *forms = kp_service_get_forms (service);

  for (guint i = 0; i < forms->len; i++)
    {
      KpServiceForm *form = g_ptr_array_index (forms, i);
      gboolean       first = TRUE;
      g_autoptr (GString) units = NULL;

      for (guint j = 0; j < i && first; j++)
        first = g_strcmp0 (((KpServiceForm *) g_ptr_array_index (forms, j))->form, form->form) != 0;
      if (!first)
        continue;
      if (!kp_service_allows_form (service, form->form))
        add_issue (check, KP_DATA_QUALITY_FORM_NOT_ALLOWED, service, form->form,
                   g_strdup_printf (_ ("The form “%s” is not allowed for %s (%s)"),
                                    kp_service_form_get_label (form->form),
                                    kp_service_get_type_name (service),
                                    kp_service_get_paragraph (service) != NULL
                                        ? kp_service_get_paragraph (service)
                                        : ""));
      for (guint j = i; j < forms->len; j++)
        {
          KpServiceForm *other = g_ptr_array_index (forms, j);

          if (g_strcmp0 (other->form, form->form) != 0 || other->unit == NULL)
            continue;
          if (units == NULL)
            units = g_string_new (other->unit);
          else if (strstr (units->str, other->unit) == NULL)
            g_string_append_printf (units, ", %s", other->unit);
        }
      if (units != NULL && strchr (units->str, ',') != NULL)
        add_issue (check, KP_DATA_QUALITY_MIXED_UNITS, service, form->form,
                   g_strdup_printf (_ ("The form “%s” has capacity in several units (%s); each "
                                       "unit is counted on its own"),
                                    kp_service_form_get_label (form->form), units->str));
    }
}

static void
check_service (Check     *check,
               KpService *service)
{
  if (!kp_service_get_is_local (service))
    {
      check_facilities (check, service);
      check_forms (check, service);
      if (!kp_service_is_active_on (service, check->today) &&
          (kp_service_get_scope (service)->len > 0 ||
           kp_service_get_kraj_network (service)->len > 0))
        {
          char *message;

          if (kp_service_get_in_registry (service) && kp_service_get_date_to (service) != NULL)
            {
              g_autofree char *date = kp_czech_format_date (kp_service_get_date_to (service));

              message = g_strdup_printf (_ ("The service ended on %s but is still in the "
                                            "network or the territorial scope of the plan"),
                                         date);
            }
          else
            message = g_strdup (_ ("The registry no longer lists the service, but it is still "
                                   "in the network or the territorial scope of the plan"));
          add_issue (check, KP_DATA_QUALITY_ENDED_IN_USE, service, NULL, message);
        }
    }
  if (!kp_service_has_contact (service))
    add_issue (check, KP_DATA_QUALITY_NO_CONTACT, service, NULL,
               g_strdup (_ ("The service has no phone, e-mail or web, neither its own nor its "
                            "provider’s")));
}

GPtrArray *
kp_data_quality_check_services (GListModel *services,
                                GHashTable *dismissed,
                                gboolean    include_dismissed)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  Check            check = { 0 };
  guint            n = g_list_model_get_n_items (services);

  check.issues = g_ptr_array_new_with_free_func (g_object_unref);
  check.dismissed = dismissed;
  check.include_dismissed = include_dismissed;
  check.today = today;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpService) service = g_list_model_get_item (services, i);

      check_service (&check, service);
    }
  return check.issues;
}

/**
 * kp_service_network_check_quality:
 * @include_dismissed: list dismissed issues too (their dismissed property is set)
 *
 * Returns: (transfer full) (element-type KpDataQualityIssue): the issues, by service
 */
GPtrArray *
kp_service_network_check_quality (KpServiceNetwork *self,
                                  gboolean          include_dismissed)
{
  g_return_val_if_fail (KP_IS_SERVICE_NETWORK (self), NULL);
  return kp_data_quality_check_services (G_LIST_MODEL (self->store), self->dismissed,
                                         include_dismissed);
}

static void
set_issues (KpServiceNetwork *self,
            GPtrArray        *issues)
{
  /* Ready first: a view that follows the list asks when it changes. */
  self->quality_ready = TRUE;
  g_list_store_splice (self->issues, 0, g_list_model_get_n_items (G_LIST_MODEL (self->issues)),
                       issues->pdata, issues->len);
}

void
kp_data_quality_update (KpServiceNetwork *self)
{
  g_autoptr (GPtrArray) issues = NULL;

  if (!self->quality_requested)
    return;
  issues = kp_service_network_check_quality (self, FALSE);
  set_issues (self, issues);
}

typedef struct
{
  KpServiceNetwork *network;
  guint             serial;
} FirstCheck;

static void
on_first_check_done_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  FirstCheck *first = user_data;
  g_autoptr (KpServiceNetwork) self = first->network;
  g_autoptr (GPtrArray) issues = NULL;
  g_autoptr (GError) error = NULL;
  guint serial = first->serial;

  g_free (first);
  issues = kp_data_quality_check_finish (KP_PROJECT (source), result, &error);
  if (issues == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("The data-quality check failed: %s", error->message);
      return;
    }
  /* A change since it started has already brought the list up to date. */
  if (serial == self->serial)
    set_issues (self, issues);
}

void
kp_data_quality_start (KpServiceNetwork *self)
{
  FirstCheck *first;

  if (self->quality_requested)
    return;
  self->quality_requested = TRUE;
  self->cancellable = g_cancellable_new ();
  first = g_new0 (FirstCheck, 1);
  first->network = g_object_ref (self);
  first->serial = self->serial;
  kp_data_quality_check_async (kp_project_module_get_project (KP_PROJECT_MODULE (self)), FALSE,
                               self->cancellable, on_first_check_done_cb, first);
}

GListModel *
kp_service_network_get_quality_issues (KpServiceNetwork *self)
{
  g_return_val_if_fail (KP_IS_SERVICE_NETWORK (self), NULL);
  kp_data_quality_start (self);
  return G_LIST_MODEL (self->issues);
}

gboolean
kp_service_network_get_quality_ready (KpServiceNetwork *self)
{
  g_return_val_if_fail (KP_IS_SERVICE_NETWORK (self), FALSE);
  return self->quality_ready;
}

/* The asynchronous check: a read-only job of the project. */

typedef struct
{
  gboolean   include_dismissed;
  GPtrArray *issues;
} CheckJob;

static void
check_job_free (gpointer data)
{
  CheckJob *job = data;

  g_clear_pointer (&job->issues, g_ptr_array_unref);
  g_free (job);
}

static int
compare_services (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  return kp_service_compare_by_name ((KpService *) a, (KpService *) b);
}

static gboolean
check_job (KpDatabase   *db,
           gpointer      data,
           KpProgress   *progress,
           GCancellable *cancellable,
           GError      **error)
{
  CheckJob *job = data;
  g_autoptr (GPtrArray) rows = kp_service_repository_load (db, NULL, error);
  g_autoptr (GHashTable) dismissed = NULL;
  g_autoptr (GListStore) services = NULL;

  if (rows == NULL)
    return FALSE;
  dismissed = kp_service_repository_load_dismissals (db, error);
  if (dismissed == NULL)
    return FALSE;
  /* In the network's order, so the issues come as the network's own check lists them. */
  services = g_list_store_new (KP_TYPE_SERVICE);
  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr (KpService) service = kp_service_new (g_ptr_array_index (rows, i));

      g_ptr_array_index (rows, i) = NULL; /* the service took it */
      g_list_store_insert_sorted (services, service, compare_services, NULL);
    }
  job->issues = kp_data_quality_check_services (G_LIST_MODEL (services), dismissed,
                                                job->include_dismissed);
  return TRUE;
}

static void
on_check_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  CheckJob         *job = g_task_get_task_data (task);
  KpServiceNetwork *network = kp_project_peek_module (KP_PROJECT (source), KP_TYPE_SERVICE_NETWORK);
  GError           *error = NULL;

  if (!kp_project_run_job_finish (KP_PROJECT (source), result, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  /* The issues name the network's own objects, so that a view can go to them. */
  for (guint i = 0; network != NULL && i < job->issues->len; i++)
    {
      KpDataQualityIssue *issue = g_ptr_array_index (job->issues, i);
      KpService          *service = kp_service_network_lookup (network,
                                                               kp_service_get_id (issue->service));

      if (service != NULL)
        g_set_object (&issue->service, service);
    }
  g_task_return_pointer (task, g_steal_pointer (&job->issues), (GDestroyNotify) g_ptr_array_unref);
}

/**
 * kp_data_quality_check_async:
 * @include_dismissed: list dismissed issues too
 * @cancellable: (nullable)
 *
 * Reads the services and runs the checks in a worker thread.
 */
void
kp_data_quality_check_async (KpProject          *project,
                             gboolean            include_dismissed,
                             GCancellable       *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer            user_data)
{
  static const KpJobSpec spec = { NULL, NULL, TRUE, check_job };
  g_autoptr (GTask) task = NULL;
  CheckJob *job;

  g_return_if_fail (KP_IS_PROJECT (project));

  task = g_task_new (project, cancellable, callback, user_data);
  g_task_set_source_tag (task, kp_data_quality_check_async);
  g_task_set_name (task, "kp_data_quality_check");
  job = g_new0 (CheckJob, 1);
  job->include_dismissed = include_dismissed;
  g_task_set_task_data (task, job, check_job_free);
  kp_project_run_job_async (project, &spec, job, NULL, cancellable, on_check_done_cb,
                            g_steal_pointer (&task));
}

GPtrArray *
kp_data_quality_check_finish (KpProject    *project,
                              GAsyncResult *result,
                              GError      **error)
{
  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  g_return_val_if_fail (g_task_is_valid (result, project), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kp_data_quality_check_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
