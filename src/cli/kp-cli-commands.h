/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For src/cli only: the tables of options and commands (kp-cli-commands.c) that parsing,
 * help and dispatch (kp-cli.c) are driven by. Every option of every command is declared
 * once; a command lists the ones it accepts. */

#include "kp-cli-private.h"

G_BEGIN_DECLS

typedef enum
{
  OPT_END,
  OPT_REFERENCE,
  OPT_JSON,
  OPT_NAME,
  OPT_ORP,
  OPT_OBCE,
  OPT_TERRITORY_NAME,
  OPT_ADD,
  OPT_REMOVE,
  OPT_PERIOD,
  OPT_FORCE,
  OPT_FORCE_IMPORT,
  OPT_INDICATOR,
  OPT_METHOD,
  OPT_CLASSES,
  OPT_SIZE,
  OPT_BY,
  OPT_PAPER,
  OPT_GROUP,
  OPT_FORMAT,
  OPT_FOR_PRINT,
  OPT_LARGE_PRINT,
  OPT_ALLOW_EMPTY,
  OPT_STRICT,
  OPT_HELP,
  OPT_SURVEY_NAME,
  OPT_RESPONDENTS,
  OPT_KIND,
  OPT_CHART_INDICATOR,
  OPT_CHART_SIZE,
  OPT_YEAR,
} OptionId;

typedef struct
{
  const char *long_name;
  char        short_name;
  GOptionArg  arg;
  gsize       offset;
  const char *description;
  const char *arg_description;
} OptionDef;

#define MAX_COMMAND_OPTIONS 10

typedef gboolean (*CommandFunc) (const KpCliOptions *options,
                                 GError            **error);

typedef struct
{
  const char *group;
  const char *name;
  const char *parameters;
  const char *summary;
  const char *description;
  OptionId    options[MAX_COMMAND_OPTIONS];
  CommandFunc func;
} Command;

typedef struct
{
  const char *name;
  const char *summary;
} Group;

extern const OptionDef kp_cli_option_defs[];
extern const Group     kp_cli_groups[];
extern const gsize     kp_cli_n_groups;
extern const Command   kp_cli_commands[];
extern const gsize     kp_cli_n_commands;

G_END_DECLS
