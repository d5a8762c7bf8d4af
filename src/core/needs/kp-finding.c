/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-finding.h"

struct _KpFinding
{
  GObject parent_instance;

  KpFindingData *data;
};

G_DEFINE_FINAL_TYPE (KpFinding, kp_finding, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_TEXT,
  PROP_SOURCE,
  PROP_NEED_TYPE,
  PROP_PRIORITY,
  PROP_GROUPS,
  PROP_SOURCE_LABEL,
  PROP_NEED_TYPE_LABEL,
  PROP_PRIORITY_LABEL,
  PROP_GROUPS_LABEL,
  PROP_CODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

KpFindingEvidence *
kp_finding_evidence_new_indicator (const char *indicator)
{
  KpFindingEvidence *evidence = g_new0 (KpFindingEvidence, 1);

  evidence->indicator = g_strdup (indicator);
  return evidence;
}

KpFindingEvidence *
kp_finding_evidence_new_question (gint64 survey_id,
                                  int    qid)
{
  KpFindingEvidence *evidence = g_new0 (KpFindingEvidence, 1);

  evidence->survey_id = survey_id;
  evidence->qid = qid;
  return evidence;
}

KpFindingEvidence *
kp_finding_evidence_copy (const KpFindingEvidence *evidence)
{
  KpFindingEvidence *copy = g_new0 (KpFindingEvidence, 1);

  copy->indicator = g_strdup (evidence->indicator);
  copy->survey_id = evidence->survey_id;
  copy->qid = evidence->qid;
  return copy;
}

void
kp_finding_evidence_free (KpFindingEvidence *evidence)
{
  if (evidence == NULL)
    return;
  g_free (evidence->indicator);
  g_free (evidence);
}

KpFindingData *
kp_finding_data_new (void)
{
  KpFindingData *data = g_new0 (KpFindingData, 1);

  data->priority = 2;
  data->obce = g_new0 (char *, 1);
  data->evidence = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_finding_evidence_free);
  return data;
}

KpFindingData *
kp_finding_data_copy (const KpFindingData *data)
{
  KpFindingData *copy = kp_finding_data_new ();

  copy->id = data->id;
  copy->text = g_strdup (data->text);
  copy->source = data->source;
  copy->need_type = data->need_type;
  copy->priority = data->priority;
  copy->groups = data->groups;
  g_strfreev (copy->obce);
  copy->obce = g_strdupv (data->obce);
  for (guint i = 0; data->evidence != NULL && i < data->evidence->len; i++)
    g_ptr_array_add (copy->evidence, kp_finding_evidence_copy (g_ptr_array_index (data->evidence, i)));
  copy->created_at = g_strdup (data->created_at);
  return copy;
}

void
kp_finding_data_free (KpFindingData *data)
{
  if (data == NULL)
    return;
  g_free (data->text);
  g_strfreev (data->obce);
  g_clear_pointer (&data->evidence, g_ptr_array_unref);
  g_free (data->created_at);
  g_free (data);
}

char *
kp_finding_format_code (gint64 id)
{
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  /* Translators: how a finding (zjištění) is cited, "Z-12" */
  return g_strdup_printf (_ ("F-%s"), number);
}

static void
kp_finding_finalize (GObject *object)
{
  kp_finding_data_free (KP_FINDING (object)->data);
  G_OBJECT_CLASS (kp_finding_parent_class)->finalize (object);
}

static void
kp_finding_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  KpFinding     *self = KP_FINDING (object);
  KpFindingData *data = self->data;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, data->id);
      break;
    case PROP_TEXT:
      g_value_set_string (value, data->text);
      break;
    case PROP_SOURCE:
      g_value_set_int (value, data->source);
      break;
    case PROP_NEED_TYPE:
      g_value_set_int (value, data->need_type);
      break;
    case PROP_PRIORITY:
      g_value_set_int (value, data->priority);
      break;
    case PROP_GROUPS:
      g_value_set_uint (value, data->groups);
      break;
    case PROP_SOURCE_LABEL:
      g_value_set_string (value, kp_finding_source_get_label (data->source));
      break;
    case PROP_NEED_TYPE_LABEL:
      g_value_set_string (value, kp_need_type_get_label (data->need_type));
      break;
    case PROP_PRIORITY_LABEL:
      g_value_set_string (value, kp_finding_priority_get_label (data->priority));
      break;
    case PROP_GROUPS_LABEL:
      g_value_take_string (value, kp_finding_dup_groups_label (self));
      break;
    case PROP_CODE:
      g_value_take_string (value, kp_finding_dup_code (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_finding_class_init (KpFindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags   flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kp_finding_finalize;
  object_class->get_property = kp_finding_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  properties[PROP_SOURCE] = g_param_spec_int ("source", NULL, NULL, 0, KP_N_FINDING_SOURCES - 1, 0,
                                              flags);
  properties[PROP_NEED_TYPE] = g_param_spec_int ("need-type", NULL, NULL, 0, KP_N_NEED_TYPES - 1,
                                                 0, flags);
  properties[PROP_PRIORITY] = g_param_spec_int ("priority", NULL, NULL, 1, 3, 2, flags);
  properties[PROP_GROUPS] = g_param_spec_uint ("groups", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_SOURCE_LABEL] = g_param_spec_string ("source-label", NULL, NULL, NULL, flags);
  properties[PROP_NEED_TYPE_LABEL] = g_param_spec_string ("need-type-label", NULL, NULL, NULL,
                                                          flags);
  properties[PROP_PRIORITY_LABEL] = g_param_spec_string ("priority-label", NULL, NULL, NULL,
                                                         flags);
  properties[PROP_GROUPS_LABEL] = g_param_spec_string ("groups-label", NULL, NULL, NULL, flags);
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kp_finding_init (KpFinding *self)
{
}

KpFinding *
kp_finding_new (KpFindingData *data)
{
  KpFinding *self = g_object_new (KP_TYPE_FINDING, NULL);

  self->data = data;
  return self;
}

void
kp_finding_update (KpFinding     *self,
                   KpFindingData *data)
{
  g_return_if_fail (KP_IS_FINDING (self));

  kp_finding_data_free (self->data);
  self->data = data;
  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = PROP_TEXT; i < N_PROPS; i++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
  g_object_thaw_notify (G_OBJECT (self));
}

const KpFindingData *
kp_finding_get_data (KpFinding *self)
{
  g_return_val_if_fail (KP_IS_FINDING (self), NULL);
  return self->data;
}

gint64
kp_finding_get_id (KpFinding *self)
{
  g_return_val_if_fail (KP_IS_FINDING (self), 0);
  return self->data->id;
}

const char *
kp_finding_get_text (KpFinding *self)
{
  g_return_val_if_fail (KP_IS_FINDING (self), NULL);
  return self->data->text;
}

char *
kp_finding_dup_code (KpFinding *self)
{
  g_return_val_if_fail (KP_IS_FINDING (self), NULL);
  return kp_finding_format_code (self->data->id);
}

char *
kp_finding_dup_ref (KpFinding *self)
{
  g_return_val_if_fail (KP_IS_FINDING (self), NULL);
  return g_strdup_printf ("Z-%" G_GINT64_FORMAT, self->data->id);
}

gboolean
kp_finding_parse_ref (const char *ref,
                      gint64     *out_id)
{
  guint64 id = 0;

  g_return_val_if_fail (out_id != NULL, FALSE);

  if (ref == NULL || !g_str_has_prefix (ref, "Z-") ||
      !g_ascii_string_to_unsigned (ref + 2, 10, 1, G_MAXINT64, &id, NULL))
    return FALSE;
  *out_id = (gint64) id;
  return TRUE;
}

char *
kp_finding_dup_groups_label (KpFinding *self)
{
  GString *out;

  g_return_val_if_fail (KP_IS_FINDING (self), NULL);
  if (self->data->groups == 0)
    return g_strdup (_ ("All groups"));
  out = g_string_new (NULL);
  for (guint g = 0; g < KP_N_PLANNING_GROUPS; g++)
    if (kp_planning_groups_contain (self->data->groups, g))
      g_string_append_printf (out, "%s%s", out->len > 0 ? ", " : "",
                              kp_planning_group_get_name (g));
  return g_string_free (out, FALSE);
}
