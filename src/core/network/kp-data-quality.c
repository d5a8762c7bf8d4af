/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-data-quality.h"
#include "kp-czech.h"
#include "kp-project-services-private.h"

#include <string.h>

/* Data-quality checks of a project's network: problems the registry data or the local
 * data have, each with a message for the user and a key under which a dismissal is kept
 * in the project. */

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
          (kp_service_get_scope (service)->len > 0 || kp_service_get_network (service)->len > 0))
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

/**
 * kp_project_check_quality:
 * @include_dismissed: list dismissed issues too (their dismissed property is set)
 *
 * Returns: (transfer full) (element-type KpDataQualityIssue): the issues, by service
 */
GPtrArray *
kp_project_check_quality (KpProject *self,
                          gboolean   include_dismissed)
{
  KpProjectServices *state;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  Check            check = { 0 };
  GListModel      *services;
  guint            n;

  g_return_val_if_fail (KP_IS_PROJECT (self), NULL);
  state = kp_project_services_get (self);
  check.issues = g_ptr_array_new_with_free_func (g_object_unref);
  check.dismissed = state->dismissed;
  check.include_dismissed = include_dismissed;
  check.today = today;
  services = G_LIST_MODEL (state->store);
  n = g_list_model_get_n_items (services);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpService) service = g_list_model_get_item (services, i);

      check_service (&check, service);
    }
  return check.issues;
}

void
kp_data_quality_update (KpProject *project)
{
  KpProjectServices *state = kp_project_services_get (project);
  g_autoptr (GPtrArray) issues = kp_project_check_quality (project, FALSE);

  g_list_store_splice (state->issues, 0, g_list_model_get_n_items (G_LIST_MODEL (state->issues)),
                       issues->pdata, issues->len);
}

GListModel *
kp_project_get_quality_issues (KpProject *self)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), NULL);
  return G_LIST_MODEL (kp_project_services_get (self)->issues);
}

/**
 * kp_project_set_issue_dismissed:
 * @dismissed: %FALSE brings a dismissed issue back
 *
 * Keeps the dismissal in the project under the issue's key; undoable.
 */
gboolean
kp_project_set_issue_dismissed (KpProject          *self,
                                KpDataQualityIssue *issue,
                                gboolean            dismissed,
                                GError            **error)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (KP_IS_DATA_QUALITY_ISSUE (issue), FALSE);

  return kp_project_services_set_dismissed (self, issue->key, dismissed, error);
}
