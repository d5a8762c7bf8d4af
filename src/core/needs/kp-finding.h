/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "kp-needs-types.h"
#include "kp-planning-group.h"

G_BEGIN_DECLS

/**
 * KpFindingEvidence:
 * @indicator: (nullable): an indicator id of the registry or a coverage row's key
 * @survey_id: the survey of a cited question (0 when @indicator is set)
 * @qid: the question within it
 */
typedef struct
{
  char  *indicator;
  gint64 survey_id;
  int    qid;
} KpFindingEvidence;

KpFindingEvidence *kp_finding_evidence_new_indicator (const char *indicator);
KpFindingEvidence *kp_finding_evidence_new_question (gint64 survey_id,
                                                     int    qid);
KpFindingEvidence *kp_finding_evidence_copy (const KpFindingEvidence *evidence);
void               kp_finding_evidence_free (KpFindingEvidence *evidence);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpFindingEvidence, kp_finding_evidence_free)

/**
 * KpFindingData:
 * @id: the finding's stable id (0 for a new one)
 * @text: what was found
 * @source: where it comes from
 * @need_type: Bradshaw's type of need
 * @priority: 1 high, 2 medium, 3 low
 * @groups: the planning groups (target groups) it concerns
 * @obce: (array zero-terminated=1): codes of the obce it concerns; empty: the whole
 *   territory
 * @evidence: (element-type KpFindingEvidence): what it rests on
 * @created_at: (nullable): ISO 8601 time it was written
 */
typedef struct
{
  gint64           id;
  char            *text;
  KpFindingSource  source;
  KpNeedType       need_type;
  int              priority;
  KpPlanningGroups groups;
  char           **obce;
  GPtrArray       *evidence;
  char            *created_at;
} KpFindingData;

KpFindingData *kp_finding_data_new (void);
KpFindingData *kp_finding_data_copy (const KpFindingData *data);
void           kp_finding_data_free (KpFindingData *data);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpFindingData, kp_finding_data_free)

/* One finding of the needs analysis, a row of the Zjištění list; read-only (edits through
 * kp-needs.h), updated in place when it changes.
 *
 * Properties (read-only): id (gint64), text, source, need-type, priority (int),
 * groups (uint, KpPlanningGroups), source-label, need-type-label, priority-label,
 * groups-label ("Senioři, Rodiny s dětmi a mládež"; "Všechny skupiny" when none), code
 * ("Z-12": how documents cite it). */

#define KP_TYPE_FINDING (kp_finding_get_type ())
G_DECLARE_FINAL_TYPE (KpFinding, kp_finding, KP, FINDING, GObject)

/* Takes @data. */
KpFinding *kp_finding_new (KpFindingData *data);
/* Takes @data; notifies what changed. */
void                 kp_finding_update (KpFinding     *self,
                                        KpFindingData *data);
const KpFindingData *kp_finding_get_data (KpFinding *self);
gint64               kp_finding_get_id (KpFinding *self);
const char          *kp_finding_get_text (KpFinding *self);
char                *kp_finding_dup_code (KpFinding *self);
char                *kp_finding_dup_groups_label (KpFinding *self);

/* "Z-12", translated: how the screen shows a finding's code. */
char *kp_finding_format_code (gint64 id);
/* The stable id the plan keeps of a finding that justifies an activity: "Z-12", the same
 * in every language. */
char    *kp_finding_dup_ref (KpFinding *self);
gboolean kp_finding_parse_ref (const char *ref,
                               gint64     *out_id);

G_END_DECLS
