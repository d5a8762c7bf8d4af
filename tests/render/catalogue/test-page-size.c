/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-render-types.h"

static void
test_page_size_points (void)
{
  double w, h;

  kp_page_size_get_points (KP_PAGE_SIZE_A4, &w, &h);
  g_assert_cmpfloat_with_epsilon (w, 595.28, 0.01);
  g_assert_cmpfloat_with_epsilon (h, 841.89, 0.01);
  kp_page_size_get_points (KP_PAGE_SIZE_A5, &w, &h);
  g_assert_cmpfloat_with_epsilon (w, 419.53, 0.01);
  g_assert_cmpfloat_with_epsilon (h, 595.28, 0.01);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/kp/render/page-size/points", test_page_size_points);
  return g_test_run ();
}
