/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "fuzz-common.h"
#include "kp-import-private.h"

/* libFuzzer entry point for the parser of the contact offices of Úřad práce ČR (up_cr.csv,
 * README.md): every input is detected and parsed to its end without a library. A crash, a
 * leak, an office with an empty name or obec, a position outside the Czech Republic, a
 * count of offices that disagrees with the rows seen, or a message that is not valid UTF-8
 * or is too long is a finding. */

static gboolean
check_office (const KpUpOfficeRow *row,
              gpointer             user_data,
              GError             **error)
{
  guint *n = user_data;

  kp_fuzz_check_text (row->nazev);
  kp_fuzz_check_text (row->okres);
  kp_fuzz_check_text (row->obec);
  g_assert (row->nazev[0] != '\0' && row->obec[0] != '\0');
  g_assert (row->lon >= 12.0 && row->lon <= 19.0 && row->lat >= 48.5 && row->lat <= 51.1);
  g_assert (row->pocet_mist >= 0);
  g_assert (row->row >= 2);
  (*n)++;
  return TRUE;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, size);
  GError *error = NULL;
  guint   n = 0;
  int     rows;

  (void) kp_import_up_detect (bytes);
  rows = kp_import_up_parse (bytes, "up_cr.csv", check_office, &n, NULL, &error);
  g_assert ((rows < 0) == (error != NULL));
  g_assert (rows < 0 || (guint) rows == n);
  kp_fuzz_check_error (error);
  return 0;
}
