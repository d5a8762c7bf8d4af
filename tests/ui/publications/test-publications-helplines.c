/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <poppler.h>
#include <string.h>

#include "kp-helplines-window.h"
#include "kp-pdf-preview.h"
#include "kp-project.h"
#include "kp-publications-page.h"
#include "kp-publications.h"
#include "kp-test-czech.h"
#include "kp-test-utils.h"
#include "kp-ui-resources.h"

/* The help lines' window of the Publications view (issue 12.5): the list as the user reads
 * it, a new line with its number checked as typed, editing, removing and restoring the
 * national lines (asked first), each undone with Ctrl+Z; and the preview prints the lines
 * as they are now. */

typedef struct
{
  char      *dir;
  KpProject *project;
  GtkWidget *window; /* KpHelplinesWindow */
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  fixture->dir = kp_test_make_tmpdir ();
  fixture->project = kp_test_create_sample (fixture->dir);
  fixture->window = kp_helplines_window_new (fixture->project, NULL);
  gtk_window_present (GTK_WINDOW (fixture->window));
  kp_test_flush (fixture->window);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  GtkWindow *dialog;

  while ((dialog = kp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL)
    gtk_window_destroy (dialog);
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&fixture->project);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static GtkWidget *
find (Fixture    *fixture,
      const char *name)
{
  GtkWidget *widget = kp_test_find_widget (fixture->window, name);

  g_assert_nonnull (widget);
  return widget;
}

/* The rows of the list, as shown. */
static GPtrArray *
rows (Fixture *fixture)
{
  return kp_test_list_action_rows (find (fixture, "helplines-list"));
}

static guint
n_rows (Fixture *fixture)
{
  g_autoptr (GPtrArray) shown = rows (fixture);

  return shown->len;
}

static GPtrArray *
dup_lines (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *lines = kp_publications_dup_helplines (kp_project_get_publications (fixture->project),
                                                    &error);

  g_assert_no_error (error);
  return lines;
}

static const KpHelpline *
line_at (GPtrArray *lines,
         guint      position)
{
  g_assert_cmpuint (position, <, lines->len);
  return g_ptr_array_index (lines, position);
}

static void
assert_row (Fixture    *fixture,
            guint       position,
            const char *title,
            const char *subtitle)
{
  g_autoptr (GPtrArray) shown = rows (fixture);
  AdwActionRow *row;

  g_assert_cmpuint (position, <, shown->len);
  row = g_ptr_array_index (shown, position);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, title);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, subtitle);
}

static void
set_entry (Fixture    *fixture,
           const char *name,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (find (fixture, name)), text);
}

static void
click (Fixture    *fixture,
       const char *name)
{
  GtkWidget *button = find (fixture, name);

  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static void
activate (Fixture    *fixture,
          const char *action,
          GVariant   *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (fixture->window, action, parameter));
  kp_test_flush (fixture->window);
}

/* Every line with its number grouped, its hours and its groups in Czech. */
static void
test_list (Fixture      *fixture,
           gconstpointer data)
{
  if (kp_test_skip_without_czech ())
    return;
  g_assert_cmpuint (n_rows (fixture), ==, 7);
  assert_row (fixture, 0, "Linka seniorů", "800 200 007 · denně 8–20 h\nSenioři");
  assert_row (fixture, 2, "Linka bezpečí", "116 111 · nonstop\nRodiny s dětmi, Lidé v krizi");
  assert_row (fixture, 3, "Linka pro rodinu a školu", "116 000\nRodiny s dětmi");
  assert_row (fixture, 5, "Linka pomoci obětem kriminality a domácího násilí",
              "116 006 · nonstop\nSenioři, Rodiny s dětmi, Lidé v krizi, Osoby se zdravotním "
              "postižením");
  kp_test_screenshot_if_asked (fixture->window, "helplines-list.png");
}

/* A new line: the number is checked as it is typed, the message names the problem, and
 * Save is offered only for a number a reader can dial. */
static void
test_add (Fixture      *fixture,
          gconstpointer data)
{
  g_autoptr (GPtrArray) lines = NULL;
  GtkWidget        *error;
  GtkWidget        *save;
  GtkWidget        *focus;
  const KpHelpline *added;

  if (kp_test_skip_without_czech ())
    return;

  activate (fixture, "helplines.add", NULL);
  /* the form opens with the name to type */
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, find (fixture, "helpline-name")));
  error = find (fixture, "helpline-phone-error");
  save = find (fixture, "helpline-save");
  g_assert_false (gtk_widget_get_sensitive (save));
  set_entry (fixture, "helpline-name", "Linka pro seniory Vysočiny");
  set_entry (fixture, "helpline-phone", "5694");
  g_assert_true (gtk_widget_get_visible (error));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (error)), ==,
                   "Číslo má jen 4 číslice: české telefonní číslo jich má 9, zkrácené číslo "
                   "linky jako 116 123 má 3 až 6 číslic a začíná jedničkou");
  g_assert_false (gtk_widget_get_sensitive (save));
  set_entry (fixture, "helpline-phone", "569 4OO 500");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (error)), ==,
                   "Telefonní číslo obsahuje jen číslice a mezery, na začátku případně +420: "
                   "znak „O“ do něj nepatří");
  kp_test_screenshot_if_asked (fixture->window, "helplines-editor-error.png");
  set_entry (fixture, "helpline-phone", "569400500");
  g_assert_false (gtk_widget_get_visible (error));
  g_assert_true (gtk_widget_get_sensitive (save));
  set_entry (fixture, "helpline-hours", "po–pá 8–16 h");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (find (fixture, "helpline-group-seniors")), TRUE);
  click (fixture, "helpline-save");
  kp_test_flush (fixture->window);

  lines = dup_lines (fixture);
  g_assert_cmpuint (lines->len, ==, 8);
  added = line_at (lines, 7);
  g_assert_cmpstr (added->name, ==, "Linka pro seniory Vysočiny");
  g_assert_cmpstr (added->phone, ==, "569 400 500"); /* kept grouped */
  g_assert_cmpstr (added->hours, ==, "po–pá 8–16 h");
  g_assert_true (kp_helpline_serves (added, "seniors"));
  g_assert_false (kp_helpline_serves (added, "families"));
  assert_row (fixture, 7, "Linka pro seniory Vysočiny", "569 400 500 · po–pá 8–16 h\nSenioři");

  /* Ctrl+Z takes it back */
  activate (fixture, "helplines.undo", NULL);
  g_assert_cmpuint (n_rows (fixture), ==, 7);
  g_clear_pointer (&lines, g_ptr_array_unref);
  lines = dup_lines (fixture);
  g_assert_cmpuint (lines->len, ==, 7);
  activate (fixture, "helplines.redo", NULL);
  g_assert_cmpuint (n_rows (fixture), ==, 8);
}

/* A row opens its line in the form; the change stays in its place in the list. */
static void
test_edit (Fixture      *fixture,
           gconstpointer data)
{
  g_autoptr (GPtrArray) shown = rows (fixture);
  g_autoptr (GPtrArray) lines = NULL;

  if (kp_test_skip_without_czech ())
    return;

  g_signal_emit_by_name (g_ptr_array_index (shown, 3), "activate");
  kp_test_flush (fixture->window);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find (fixture, "helpline-name"))), ==,
                   "Linka pro rodinu a školu");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find (fixture, "helpline-phone"))), ==,
                   "116 000");
  g_assert_true (gtk_check_button_get_active (
      GTK_CHECK_BUTTON (find (fixture, "helpline-group-families"))));
  g_assert_false (gtk_check_button_get_active (
      GTK_CHECK_BUTTON (find (fixture, "helpline-group-seniors"))));
  set_entry (fixture, "helpline-hours", "po–pá 8–20 h");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (find (fixture, "helpline-group-crisis")), TRUE);
  /* Enter in a field saves, as the Save button does */
  g_signal_emit_by_name (find (fixture, "helpline-hours"), "entry-activated");
  kp_test_flush (fixture->window);

  lines = dup_lines (fixture);
  g_assert_cmpuint (lines->len, ==, 7);
  g_assert_cmpstr (line_at (lines, 3)->hours, ==, "po–pá 8–20 h");
  g_assert_true (kp_helpline_serves (line_at (lines, 3), "crisis"));
  assert_row (fixture, 3, "Linka pro rodinu a školu",
              "116 000 · po–pá 8–20 h\nRodiny s dětmi, Lidé v krizi");
}

/* Removing needs no question: a toast offers to undo it, and so does Ctrl+Z. */
static void
test_remove (Fixture      *fixture,
             gconstpointer data)
{
  g_autoptr (GPtrArray) lines = NULL;

  if (kp_test_skip_without_czech ())
    return;

  activate (fixture, "helplines.remove", g_variant_new_uint32 (1));
  g_assert_cmpuint (n_rows (fixture), ==, 6);
  assert_row (fixture, 1, "Linka bezpečí", "116 111 · nonstop\nRodiny s dětmi, Lidé v krizi");
  lines = dup_lines (fixture);
  g_assert_cmpuint (lines->len, ==, 6);
  g_assert_cmpstr (line_at (lines, 1)->name, ==, "Linka bezpečí");
  g_assert_nonnull (kp_test_find_shown_text (fixture->window, "Linka „Senior telefon“ odebrána"));

  activate (fixture, "helplines.undo", NULL);
  g_assert_cmpuint (n_rows (fixture), ==, 7);
  assert_row (fixture, 1, "Senior telefon", "800 157 157 · nonstop\nSenioři");
}

/* Back to the national lines after a question, and undone. */
static void
test_reset (Fixture      *fixture,
            gconstpointer data)
{
  g_autoptr (GPtrArray) lines = dup_lines (fixture);
  g_autoptr (GError) error = NULL;
  AdwMessageDialog *dialog;

  if (kp_test_skip_without_czech ())
    return;

  g_ptr_array_set_size (lines, 1);
  g_assert_true (kp_publications_set_helplines (kp_project_get_publications (fixture->project),
                                                lines, &error));
  g_assert_no_error (error);
  kp_test_flush (fixture->window);
  g_assert_cmpuint (n_rows (fixture), ==, 1); /* the list follows the project */

  activate (fixture, "helplines.reset", NULL);
  dialog = ADW_MESSAGE_DIALOG (kp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Obnovit celostátní linky pomoci?");
  adw_message_dialog_response (dialog, "cancel");
  kp_test_flush (fixture->window);
  g_assert_cmpuint (n_rows (fixture), ==, 1);

  activate (fixture, "helplines.reset", NULL);
  dialog = ADW_MESSAGE_DIALOG (kp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "reset");
  kp_test_flush (fixture->window);
  g_assert_cmpuint (n_rows (fixture), ==, 7);
  assert_row (fixture, 1, "Senior telefon", "800 157 157 · nonstop\nSenioři");

  activate (fixture, "helplines.undo", NULL);
  g_assert_cmpuint (n_rows (fixture), ==, 1);
}

/* The Publications view: the row of its options opens the window, and the preview of a
 * leaflet prints the lines as they are after each change, and after its undo. */

typedef struct
{
  GtkWidget          *window;
  KpPublicationsPage *page;
  int                 updates;
} PageFixture;

static void
on_preview_updated_cb (KpPublicationsPage *page,
                       PageFixture        *page_fixture)
{
  page_fixture->updates++;
}

static char *
preview_text (KpPublicationsPage *page)
{
  GBytes *bytes = kp_pdf_preview_get_bytes (kp_publications_page_get_preview (page));
  g_autoptr (GError) error = NULL;
  PopplerDocument *pdf = poppler_document_new_from_bytes (bytes, NULL, &error);
  GString         *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      PopplerPage *pdf_page = poppler_document_get_page (pdf, i);
      char        *page_text = poppler_page_get_text (pdf_page);

      g_string_append (text, page_text);
      g_free (page_text);
      g_object_unref (pdf_page);
    }
  g_object_unref (pdf);
  return g_string_free (text, FALSE);
}

static gboolean
updated (PageFixture *page_fixture,
         int          updates)
{
  return page_fixture->updates >= updates && !kp_publications_page_get_busy (page_fixture->page);
}

static void
test_preview_follows (Fixture      *fixture,
                      gconstpointer data)
{
  KpPublications *publications = kp_project_get_publications (fixture->project);
  PageFixture     page_fixture = { 0 };
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) lines = dup_lines (fixture);
  g_autofree char  *before = NULL;
  g_autofree char  *after = NULL;
  g_autofree char  *undone = NULL;
  GtkWindow        *opened;
  const char *const seniors[] = { "seniors", NULL };

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  g_assert_true (kp_publications_set_shown_kind (publications, KP_DOCUMENT_KIND_LEAFLET, &error));
  g_assert_true (kp_publications_set_shown_leaflet (publications, "seniors", &error));
  g_assert_no_error (error);

  page_fixture.window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (page_fixture.window), 1240, 800);
  page_fixture.page = KP_PUBLICATIONS_PAGE (kp_publications_page_new (fixture->project));
  g_signal_connect (page_fixture.page, "preview-updated", G_CALLBACK (on_preview_updated_cb),
                    &page_fixture);
  gtk_window_set_child (GTK_WINDOW (page_fixture.window), GTK_WIDGET (page_fixture.page));
  gtk_window_present (GTK_WINDOW (page_fixture.window));
  KP_TEST_WAIT_UNTIL (updated (&page_fixture, 1));
  before = preview_text (page_fixture.page);
  g_assert_nonnull (strstr (before, "Senior telefon"));
  g_assert_null (strstr (before, "Linka pro seniory Vysočiny"));

  /* the row in the options opens the window */
  g_assert_nonnull (kp_test_find_widget (page_fixture.window, "publications-helplines"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page_fixture.page),
                                             "publications.edit-helplines", NULL));
  opened = kp_test_find_toplevel (KP_TYPE_HELPLINES_WINDOW);
  g_assert_nonnull (opened);
  g_assert_true (gtk_window_get_transient_for (opened) == GTK_WINDOW (page_fixture.window));
  gtk_window_destroy (opened);

  g_ptr_array_remove_index (lines, 1); /* Senior telefon */
  g_ptr_array_add (lines, kp_helpline_new ("Linka pro seniory Vysočiny", "569 400 500",
                                           "po–pá 8–16 h", NULL, seniors));
  g_assert_true (kp_publications_set_helplines (publications, lines, &error));
  g_assert_no_error (error);
  KP_TEST_WAIT_UNTIL (updated (&page_fixture, 2));
  after = preview_text (page_fixture.page);
  g_assert_null (strstr (after, "Senior telefon"));
  g_assert_nonnull (strstr (after, "Linka pro seniory Vysočiny"));
  g_assert_nonnull (strstr (after, "569 400 500"));

  g_assert_true (kp_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  KP_TEST_WAIT_UNTIL (updated (&page_fixture, 3));
  undone = preview_text (page_fixture.page);
  g_assert_nonnull (strstr (undone, "Senior telefon"));
  g_assert_null (strstr (undone, "Linka pro seniory Vysočiny"));

  gtk_window_destroy (GTK_WINDOW (page_fixture.window));
}

int
main (int   argc,
      char *argv[])
{
  kp_test_use_czech ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  (void) kp_ui_get_resource ();
  g_test_add ("/kp/ui/publications-helplines/list", Fixture, NULL, fixture_setup, test_list,
              fixture_teardown);
  g_test_add ("/kp/ui/publications-helplines/add", Fixture, NULL, fixture_setup, test_add,
              fixture_teardown);
  g_test_add ("/kp/ui/publications-helplines/edit", Fixture, NULL, fixture_setup, test_edit,
              fixture_teardown);
  g_test_add ("/kp/ui/publications-helplines/remove", Fixture, NULL, fixture_setup, test_remove,
              fixture_teardown);
  g_test_add ("/kp/ui/publications-helplines/reset", Fixture, NULL, fixture_setup, test_reset,
              fixture_teardown);
  g_test_add ("/kp/ui/publications-helplines/preview-follows", Fixture, NULL, fixture_setup,
              test_preview_follows, fixture_teardown);
  return g_test_run ();
}
