/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "kp-database.h"
#include "kp-plan-chapters-page.h"
#include "kp-plan-comment-editor.h"
#include "kp-plan-entry-editor.h"
#include "kp-plan-view.h"
#include "kp-test-utils.h"
#include "kp-ui-resources.h"

#include <string.h>

/* The Plán view, driven through its actions and widgets: a small plan built by keyboard
 * actions, an item moved and the codes in the rows renumbered, an action plan created. The
 * tests run in the C locale, so texts are the English msgids. */

typedef struct
{
  char       *dir;
  KpProject  *project;
  GtkWidget  *window;
  KpPlanView *view;
} Fixture;

static void
open_view (Fixture *f)
{
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 860);
  f->view = KP_PLAN_VIEW (kp_plan_view_new (f->project));
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->view));
  gtk_window_present (GTK_WINDOW (f->window));
  kp_test_flush (f->window);
}

static void
setup_sample (Fixture      *f,
              gconstpointer data)
{
  f->dir = kp_test_make_tmpdir ();
  f->project = kp_test_create_sample (f->dir);
  open_view (f);
}

/* The sample's territory without its plan. */
static void
setup_empty (Fixture      *f,
             gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = kp_test_make_tmpdir ();
  f->project = kp_test_create_sample (f->dir);
  path = g_strdup (kp_project_get_path (f->project));
  g_clear_object (&f->project);
  {
    g_autoptr (KpDatabase) db = kp_database_open (path, KP_DATABASE_KIND_PROJECT, 0, &error);

    g_assert_no_error (error);
    kp_database_exec (db,
                      "DELETE FROM action_plan; UPDATE plan_version SET state = 'draft'; "
                      "DELETE FROM plan_version;",
                      &error);
    g_assert_no_error (error);
  }
  f->project = kp_project_open (path, &error);
  g_assert_no_error (error);
  open_view (f);
}

static void
teardown (Fixture      *f,
          gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (f->project);
  kp_test_remove_tree (f->dir);
  g_free (f->dir);
}

static void
activate (Fixture    *f,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), action, NULL));
  kp_test_flush (f->window);
}

/* "code title" of every label pair shown in the tree's rows, in order. */
static void
collect_rows (GtkWidget *widget,
              GString   *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_TREE_EXPANDER (child) && g_object_get_data (G_OBJECT (child), "code") != NULL &&
          gtk_widget_get_mapped (child))
        g_string_append_printf (
            out, "%s%s %s", out->len > 0 ? "|" : "",
            gtk_label_get_text (g_object_get_data (G_OBJECT (child), "code")),
            gtk_label_get_text (g_object_get_data (G_OBJECT (child), "title")));
      else
        collect_rows (child, out);
    }
}

static char *
shown_rows (Fixture *f)
{
  GString *out = g_string_new (NULL);

  collect_rows (kp_test_find_widget (f->window, "plan-tree"), out);
  return g_string_free (out, FALSE);
}

static void
rename_selected (Fixture    *f,
                 const char *title)
{
  GtkWidget *row;

  activate (f, "plan.rename");
  row = kp_test_find_widget (f->window, "plan-item-title");
  gtk_editable_set_text (GTK_EDITABLE (row), title);
  g_signal_emit_by_name (row, "apply");
  kp_test_flush (f->window);
}

static KpPlanItem *
find_code (GListModel *items,
           const char *code)
{
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpPlanItem) item = g_list_model_get_item (items, i);
      KpPlanItem *found;

      if (g_strcmp0 (kp_plan_item_get_code (item), code) == 0)
        return item;
      found = find_code (kp_plan_item_get_children (item), code);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static KpPlanItem *
plan_item_at (KpPlan     *plan,
              const char *code)
{
  KpPlanItem *item = find_code (kp_plan_get_items (plan), code);

  g_assert_nonnull (item);
  return item;
}

static void
test_sample_rows (Fixture      *f,
                  gconstpointer data)
{
  g_autofree char *rows = shown_rows (f);
  g_autofree char *all = kp_plan_view_dup_rows_text (f->view);

  g_assert_true (g_str_has_prefix (rows, "1 Udržení a zkvalitnění stávajících sociálních služeb|"
                                         "1.1 Zajištění financování stávající sítě služeb|1.1.1 "));
  g_assert_nonnull (strstr (all, "4.4.2 Komunitní setkání"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (kp_test_find_widget (f->window,
                                                                                "plan-version"))),
                            "Version 2"));
  kp_test_screenshot_if_asked (f->window, "plan-view-sample.png");
}

static void
test_build_by_keyboard (Fixture      *f,
                        gconstpointer data)
{
  g_autofree char *rows = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *restored = NULL;
  g_autoptr (KpPlanItem) item = NULL;

  /* Start from the template: five generic priorities. */
  activate (f, "plan.start");
  rows = kp_plan_view_dup_rows_text (f->view);
  g_assert_true (g_str_has_prefix (rows, "1 Udržení stávajících sociálních služeb\n2 "));

  /* Select the first priority, add a measure under it (Ctrl+Shift+N) and name it (F2). */
  kp_plan_view_select_item (f->view, g_list_model_get_item (kp_plan_get_items (kp_plan_get (f->project)), 0));
  activate (f, "plan.add-child");
  rename_selected (f, "Terénní služby");
  activate (f, "plan.add-child");
  rename_selected (f, "Pečovatelská služba večer");
  activate (f, "plan.add-sibling");
  rename_selected (f, "Osobní asistence");
  g_clear_pointer (&rows, g_free);
  rows = shown_rows (f);
  g_assert_nonnull (strstr (rows, "1 Udržení stávajících sociálních služeb|1.1 Terénní služby|"
                                  "1.1.1 Pečovatelská služba večer|1.1.2 Osobní asistence|2 "));

  /* Alt+Up moves it above its sibling: the codes in the rows change. */
  item = kp_plan_view_get_selected_item (f->view);
  g_assert_cmpstr (kp_plan_item_get_code (item), ==, "1.1.2");
  activate (f, "plan.move-up");
  g_assert_cmpstr (kp_plan_item_get_code (item), ==, "1.1.1");
  moved = shown_rows (f);
  g_assert_nonnull (strstr (moved, "1.1.1 Osobní asistence|1.1.2 Pečovatelská služba večer"));

  /* Alt+Left: out one level, then Delete and Undo from the toast. */
  activate (f, "plan.outdent");
  g_assert_cmpstr (kp_plan_item_get_code (item), ==, "1.2");
  activate (f, "plan.delete");
  g_assert_cmpuint (kp_plan_count_items (kp_plan_get (f->project)), ==, 7);
  activate (f, "plan.undo");
  g_assert_cmpuint (kp_plan_count_items (kp_plan_get (f->project)), ==, 8);
  restored = kp_plan_view_dup_rows_text (f->view);
  g_assert_nonnull (strstr (restored, "1.2 Osobní asistence"));
  kp_test_screenshot_if_asked (f->window, "plan-view-built.png");

  /* Drag and drop: the measure dropped on priority 3 goes into it; dropped on another
   * measure it goes before it. */
  {
    KpPlan     *plan = kp_plan_get (f->project);
    KpPlanItem *measure = plan_item_at (plan, "1.1");
    /* Undo brought the deleted item back as a new object. */
    KpPlanItem *restored_item = plan_item_at (plan, "1.2");

    g_assert_true (gtk_widget_activate_action (
        GTK_WIDGET (f->view), "plan.drop", "(xx)", kp_plan_item_get_id (measure),
        kp_plan_item_get_id (plan_item_at (plan, "3"))));
    g_assert_cmpstr (kp_plan_item_get_code (measure), ==, "3.1");
    g_assert_true (gtk_widget_activate_action (
        GTK_WIDGET (f->view), "plan.drop", "(xx)", kp_plan_item_get_id (restored_item),
        kp_plan_item_get_id (measure)));
    g_assert_cmpstr (kp_plan_item_get_code (restored_item), ==, "3.1");
    g_assert_cmpstr (kp_plan_item_get_code (measure), ==, "3.2");
  }
}

static void
test_create_action_plan (Fixture      *f,
                         gconstpointer data)
{
  GtkWidget *entries;
  guint      n = 0;

  gtk_stack_set_visible_child_name (GTK_STACK (kp_test_find_widget (f->window, "plan-sections")),
                                    "action-plans");
  kp_test_flush (f->window);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (kp_test_find_widget (f->window, "plan-action-year")),
                             2027);
  g_signal_emit_by_name (kp_test_find_widget (f->window, "plan-create-action-plan"), "clicked");
  kp_test_flush (f->window);
  g_assert_nonnull (kp_plan_find_action_plan (kp_plan_get (f->project), 2027));
  entries = kp_test_find_widget (f->window, "plan-action-entries");
  for (GtkWidget *row = gtk_widget_get_first_child (entries); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n++;
  g_assert_cmpuint (n, >, 20);
  g_assert_cmpuint (n, ==, kp_action_plan_get_data (kp_plan_find_action_plan (kp_plan_get (f->project), 2027))->entries->len);
  kp_test_screenshot_if_asked (f->window, "plan-view-action-plan.png");
}

static const KpActionPlanEntry *
entry_of (KpActionPlan *plan,
          const char   *uid)
{
  const KpActionPlanData *d = kp_action_plan_get_data (plan);

  for (guint i = 0; i < d->entries->len; i++)
    {
      const KpActionPlanEntry *e = g_ptr_array_index (d->entries, i);

      if (g_strcmp0 (e->item_uid, uid) == 0)
        return e;
    }
  g_assert_not_reached ();
}

static void
set_row (GtkWidget  *editor,
         const char *name,
         const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (kp_test_find_widget (editor, name)), text);
}

/* The monitoring of the action plan 2026: the first activity opened from its row, its state,
 * money spent and an indicator's actual value written; a bad amount refused with nothing
 * changed; the save one undo step, shown in the activity's row. */
static void
test_record_monitoring (Fixture      *f,
                        gconstpointer data)
{
  KpActionPlan            *ap = kp_plan_find_action_plan (kp_plan_get (f->project), 2026);
  const KpActionPlanEntry *e;
  GtkWidget               *entries, *editor, *first;
  KpPlanEntryEditor       *found;
  AdwActionRow            *row;

  g_assert_nonnull (ap);
  gtk_stack_set_visible_child_name (GTK_STACK (kp_test_find_widget (f->window, "plan-sections")),
                                    "action-plans");
  kp_test_flush (f->window);
  entries = kp_test_find_widget (f->window, "plan-action-entries");
  first = gtk_widget_get_first_child (entries);
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (first)));
  g_signal_emit_by_name (first, "activate");
  kp_test_flush (f->window);
  found = KP_PLAN_ENTRY_EDITOR (kp_test_find_toplevel (KP_TYPE_PLAN_ENTRY_EDITOR));
  g_assert_nonnull (found);
  editor = GTK_WIDGET (found);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==,
                   "1.1.1 Spolufinancování registrovaných služeb z rozpočtů obcí mikroregionu");
  e = entry_of (ap, "a111");
  g_assert_cmpint (((KpActionPlanAmount *) g_ptr_array_index (e->amounts, 0))->spent, ==, 9200000);

  /* Haléře are not whole Kč: refused, the row marked, nothing written. */
  set_row (editor, "plan-entry-spent-0", "9 000 000,50 Kč");
  g_signal_emit_by_name (kp_test_find_widget (editor, "plan-entry-save"), "clicked");
  kp_test_flush (editor);
  g_assert_true (gtk_widget_get_visible (kp_test_find_widget (editor, "plan-entry-error")));
  g_assert_true (gtk_widget_has_css_class (kp_test_find_widget (editor, "plan-entry-spent-0"), "error"));
  g_assert_cmpint (((KpActionPlanAmount *) g_ptr_array_index (entry_of (ap, "a111")->amounts, 0))->spent,
                   ==, 9200000);
  g_assert_false (kp_project_get_can_undo (f->project));

  set_row (editor, "plan-entry-spent-0", "9 000 000 Kč");
  set_row (editor, "plan-entry-actual-0", "62,5");
  set_row (editor, "plan-entry-responsible", "místostarostka města Lesná");
  adw_combo_row_set_selected (ADW_COMBO_ROW (kp_test_find_widget (editor, "plan-entry-status")),
                              KP_ACTIVITY_STATUS_DONE + 1);
  kp_test_screenshot_if_asked (editor, "plan-entry-editor.png");
  g_signal_emit_by_name (kp_test_find_widget (editor, "plan-entry-save"), "clicked");
  kp_test_flush (f->window);
  g_assert_null (kp_test_find_toplevel (KP_TYPE_PLAN_ENTRY_EDITOR));
  e = entry_of (ap, "a111");
  g_assert_true (e->has_status);
  g_assert_cmpint (e->status, ==, KP_ACTIVITY_STATUS_DONE);
  g_assert_cmpstr (e->responsible, ==, "místostarostka města Lesná");
  g_assert_cmpint (((KpActionPlanAmount *) g_ptr_array_index (e->amounts, 0))->spent, ==, 9000000);
  g_assert_cmpfloat (((KpActionPlanIndicator *) g_ptr_array_index (e->indicators, 0))->actual, ==,
                     62.5);
  /* The row says so, the Czech way. */
  row = ADW_ACTION_ROW (gtk_widget_get_first_child (entries));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), "Done · planned 11\302\240050\302\240000\302\240Kč, spent 10\302\240850\302\240000\302\240Kč"));

  /* One undo step takes it all back. */
  g_assert_true (kp_project_undo (f->project, NULL));
  e = entry_of (ap, "a111");
  g_assert_cmpint (e->status, ==, KP_ACTIVITY_STATUS_IN_PROGRESS);
  g_assert_cmpint (((KpActionPlanAmount *) g_ptr_array_index (e->amounts, 0))->spent, ==, 9200000);
}

static const char *
row_subtitle (GtkWidget *box,
              guint      index)
{
  GtkWidget *row = gtk_widget_get_first_child (box);

  for (guint i = 0; i < index && row != NULL; i++)
    row = gtk_widget_get_next_sibling (row);
  g_assert_nonnull (row);
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

/* Public comments on the draft revision: one added from an organisation on an activity, then
 * settled from its row; each save one undo step. The revision is compared with version 1. */
static void
test_comments (Fixture      *f,
               gconstpointer data)
{
  KpPlan                  *plan = kp_plan_get (f->project);
  GListModel              *comments = kp_plan_get_comments (plan);
  GtkWidget               *editor, *box;
  GtkTextBuffer           *text;
  AdwComboRow             *target;
  GListModel              *targets;
  const KpPlanCommentData *c;
  g_autoptr (KpPlanComment) comment = NULL;
  guint n_targets, on = G_MAXUINT;

  gtk_stack_set_visible_child_name (GTK_STACK (kp_test_find_widget (f->window, "plan-sections")),
                                    "versions");
  kp_test_flush (f->window);
  /* The revision against the approved version: the activity it added. */
  g_assert_cmpstr (row_subtitle (kp_test_find_widget (f->window, "plan-changes"), 0), ==, "Added");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (kp_test_find_widget (f->window, "plan-compare"))), ==, 0);

  g_assert_cmpuint (g_list_model_get_n_items (comments), ==, 0);
  g_signal_emit_by_name (kp_test_find_widget (f->window, "plan-add-comment"), "clicked");
  kp_test_flush (f->window);
  editor = GTK_WIDGET (kp_test_find_toplevel (KP_TYPE_PLAN_COMMENT_EDITOR));
  g_assert_nonnull (editor);
  /* Without an organisation it is refused, and nothing is written. */
  text = gtk_text_view_get_buffer (GTK_TEXT_VIEW (kp_test_find_widget (editor, "plan-comment-text")));
  gtk_text_buffer_set_text (text, "Chybí odlehčovací služba v Dubovicích.", -1);
  g_signal_emit_by_name (kp_test_find_widget (editor, "plan-comment-save"), "clicked");
  kp_test_flush (editor);
  g_assert_true (gtk_widget_get_visible (kp_test_find_widget (editor, "plan-comment-error")));
  g_assert_cmpuint (g_list_model_get_n_items (comments), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (kp_test_find_widget (editor, "plan-comment-author")),
                         "Charita Lesná");
  gtk_editable_set_text (GTK_EDITABLE (kp_test_find_widget (editor, "plan-comment-date")),
                         "20. 10. 2027");
  target = ADW_COMBO_ROW (kp_test_find_widget (editor, "plan-comment-target"));
  targets = adw_combo_row_get_model (target);
  n_targets = g_list_model_get_n_items (targets);
  for (guint i = 0; i < n_targets; i++)
    if (g_str_has_prefix (gtk_string_list_get_string (GTK_STRING_LIST (targets), i), "2.1.3 "))
      on = i;
  g_assert_cmpuint (on, !=, G_MAXUINT);
  adw_combo_row_set_selected (target, on);
  kp_test_screenshot_if_asked (editor, "plan-comment-editor.png");
  g_signal_emit_by_name (kp_test_find_widget (editor, "plan-comment-save"), "clicked");
  kp_test_flush (f->window);
  g_assert_null (kp_test_find_toplevel (KP_TYPE_PLAN_COMMENT_EDITOR));
  g_assert_cmpuint (g_list_model_get_n_items (comments), ==, 1);
  comment = g_list_model_get_item (comments, 0);
  c = kp_plan_comment_get_data (comment);
  g_assert_cmpstr (c->author, ==, "Charita Lesná");
  g_assert_cmpstr (c->received_on, ==, "2027-10-20");
  g_assert_cmpint (c->target_kind, ==, KP_PLAN_COMMENT_ITEM);
  g_assert_cmpstr (c->target_uid, ==, kp_plan_item_get_uid (plan_item_at (plan, "2.1.3")));
  g_assert_false (c->settled);
  box = kp_test_find_widget (f->window, "plan-comments");
  g_assert_nonnull (strstr (row_subtitle (box, 0), "Not settled yet"));

  /* Settled from its row. */
  g_signal_emit_by_name (gtk_widget_get_first_child (box), "activate");
  kp_test_flush (f->window);
  editor = GTK_WIDGET (kp_test_find_toplevel (KP_TYPE_PLAN_COMMENT_EDITOR));
  g_assert_nonnull (editor);
  adw_combo_row_set_selected (ADW_COMBO_ROW (kp_test_find_widget (editor, "plan-comment-settlement")),
                              KP_SETTLEMENT_PARTLY + 1);
  gtk_editable_set_text (GTK_EDITABLE (kp_test_find_widget (editor, "plan-comment-reason")),
                         "Služba se rozšíří jen o víkendy.");
  gtk_editable_set_text (GTK_EDITABLE (kp_test_find_widget (editor, "plan-comment-change")),
                         "Aktivita 2.1.3 doplněna o Dubovice.");
  g_signal_emit_by_name (kp_test_find_widget (editor, "plan-comment-save"), "clicked");
  kp_test_flush (f->window);
  c = kp_plan_comment_get_data (comment);
  g_assert_true (c->settled);
  g_assert_cmpint (c->settlement, ==, KP_SETTLEMENT_PARTLY);
  g_assert_cmpstr (c->change_made, ==, "Aktivita 2.1.3 doplněna o Dubovice.");
  g_assert_nonnull (strstr (row_subtitle (box, 0), "Služba se rozšíří jen o víkendy."));
  kp_test_screenshot_if_asked (f->window, "plan-view-versions.png");

  /* Each save was one step. */
  g_assert_true (kp_project_undo (f->project, NULL));
  g_assert_false (kp_plan_comment_get_data (comment)->settled);
  g_assert_true (kp_project_undo (f->project, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (comments), ==, 0);
}

static void
test_chapter_text (Fixture      *f,
                   gconstpointer data)
{
  GtkTextView   *text;
  GtkTextBuffer *buffer;
  GtkTextIter    end;
  g_autoptr (KpPlanChapter) first = NULL;
  KpPlan *plan = kp_plan_get (f->project);

  gtk_stack_set_visible_child_name (GTK_STACK (kp_test_find_widget (f->window, "plan-sections")),
                                    "chapters");
  kp_test_flush (f->window);
  first = g_list_model_get_item (kp_plan_get_chapters (plan), 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (kp_test_find_widget (f->window,
                                                                             "plan-chapter-title"))),
                   ==, "Úvod");
  text = GTK_TEXT_VIEW (kp_test_find_widget (f->window, "plan-chapter-text"));
  buffer = gtk_text_view_get_buffer (text);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  gtk_text_buffer_insert_at_cursor (buffer, "\nKontakt: koordinátorka KPSS.\n", -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (text), "chapter.live-block", "s",
                                             "demography"));
  kp_plan_chapters_page_flush (KP_PLAN_CHAPTERS_PAGE (
      gtk_widget_get_ancestor (GTK_WIDGET (text), KP_TYPE_PLAN_CHAPTERS_PAGE)));
  kp_test_flush (f->window);
  g_assert_nonnull (strstr (kp_plan_chapter_get_data (first)->body, "Kontakt: koordinátorka KPSS."));
  g_assert_nonnull (strstr (kp_plan_chapter_get_data (first)->body, "```komplan demography\n```"));
  kp_test_screenshot_if_asked (f->window, "plan-view-chapters.png");
  /* One undo step takes the text back. */
  g_assert_true (kp_project_undo (f->project, NULL));
  g_assert_null (strstr (kp_plan_chapter_get_data (first)->body, "Kontakt"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GtkCssProvider) css = NULL;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* Referencing the bundle links it in; the CSS is what AdwApplication would load. */
  (void) kp_ui_get_resource ();
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, "/cz/komplan/Komplan/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_test_add ("/kp/ui/plan/sample-rows", Fixture, NULL, setup_sample, test_sample_rows, teardown);
  g_test_add ("/kp/ui/plan/build-by-keyboard", Fixture, NULL, setup_empty,
              test_build_by_keyboard, teardown);
  g_test_add ("/kp/ui/plan/chapter-text", Fixture, NULL, setup_sample, test_chapter_text,
              teardown);
  g_test_add ("/kp/ui/plan/create-action-plan", Fixture, NULL, setup_sample,
              test_create_action_plan, teardown);
  g_test_add ("/kp/ui/plan/comments", Fixture, NULL, setup_sample, test_comments, teardown);
  g_test_add ("/kp/ui/plan/record-monitoring", Fixture, NULL, setup_sample,
              test_record_monitoring, teardown);
  return g_test_run ();
}
