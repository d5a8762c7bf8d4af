/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-plan.h"
#include "kp-project.h"

G_BEGIN_DECLS

/* A temporary project with an empty plan (or the sample), for the plan's tests. */
typedef struct
{
  char      *dir;
  KpProject *project;
  KpPlan    *plan;
} PlanFixture;

void plan_fixture_setup_empty (PlanFixture  *fixture,
                               gconstpointer data);
void plan_fixture_setup_sample (PlanFixture  *fixture,
                                gconstpointer data);
void plan_fixture_teardown (PlanFixture  *fixture,
                            gconstpointer data);
/* Starts a plan 2026–2028 with levels Priorita / Opatření / Aktivita, no template. */
void plan_fixture_start (PlanFixture *fixture);
/* The codes of the whole tree in order, "1 1.1 1.1.1 2" with each item's title after an
 * equals sign: "1=A 1.1=B". */
char *plan_fixture_outline (KpPlan *plan);
/* The item whose code is @code. */
KpPlanItem *plan_fixture_item (KpPlan     *plan,
                               const char *code);

G_END_DECLS
