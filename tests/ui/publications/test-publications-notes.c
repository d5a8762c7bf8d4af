/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "kp-library.h"
#include "kp-project.h"
#include "kp-publications-page.h"
#include "kp-publications.h"
#include "kp-service-network.h"
#include "kp-test-czech.h"
#include "kp-test-utils.h"
#include "kp-ui-resources.h"
#include "test-registry-common.h"

/* The check before printing as the Publications view shows it (issue 12.4), on registry
 * records shaped like real ones (tests/data/registry/real/): a service known only by codes,
 * services without a phone or any contact, no authority to turn to first, a leaflet for a
 * group with no services; the notes say so in Czech, with their counts in the right plural
 * form, and change when the project does. */

typedef struct
{
  char               *dir;
  KpLibrary          *library;
  KpProject          *project;
  GtkWidget          *window;
  KpPublicationsPage *page;
  int                 updates;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autofree char *library = NULL;
  g_autofree char *project = NULL;
  g_autoptr (GPtrArray) records = NULL;

  fixture->dir = kp_test_make_tmpdir ();
  library = g_build_filename (fixture->dir, "library.sqlite", NULL);
  project = g_build_filename (fixture->dir, "real.komplan", NULL);
  fixture->library = kp_test_registry_library (library);
  records = kp_test_registry_import (fixture->library, "real/cilove-skupiny-osoby.json",
                                     "real/rpss.json", NULL);
  fixture->project = kp_test_registry_project (fixture->library, project);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&fixture->project);
  g_clear_object (&fixture->library);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
on_preview_updated_cb (KpPublicationsPage *page,
                       Fixture            *fixture)
{
  fixture->updates++;
}

static gboolean
rendered (Fixture *fixture,
          int      updates)
{
  return fixture->updates >= updates && !kp_publications_page_get_busy (fixture->page);
}

static void
open_view (Fixture *fixture)
{
  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1240, 800);
  fixture->page = KP_PUBLICATIONS_PAGE (kp_publications_page_new (fixture->project));
  g_signal_connect (fixture->page, "preview-updated", G_CALLBACK (on_preview_updated_cb), fixture);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->page));
  gtk_window_present (GTK_WINDOW (fixture->window));
  KP_TEST_WAIT_UNTIL (rendered (fixture, 1));
  kp_test_flush (fixture->window);
}

/* The notes under the preview, one a line, as the user reads them ("" when none shown). */
static const char *
notes (Fixture *fixture)
{
  GtkWidget *label = kp_test_find_widget (fixture->window, "publications-note");

  g_assert_nonnull (label);
  if (!gtk_widget_get_visible (label))
    return "";
  return gtk_label_get_text (GTK_LABEL (label));
}

static gboolean
has_note (Fixture    *fixture,
          const char *line)
{
  g_auto (GStrv) lines = g_strsplit (notes (fixture), "\n", -1);

  return g_strv_contains ((const char *const *) lines, line);
}

#define NO_AUTHORITY                                                                                  \
  "Chybí úřad, na který se obrátit nejdřív: doplňte sociální odbor obce jako navazující " \
  "službu druhu „úřad“ s jeho telefonním číslem."
#define NO_CONTACT "nemá telefon, e-mail ani webovou adresu: "

static KpServiceNetwork *
network (Fixture *fixture)
{
  return kp_service_network_get (fixture->project);
}

static KpService *
add_local (Fixture           *fixture,
           const char        *name,
           KpServiceLocalKind kind)
{
  g_autoptr (GError) error = NULL;
  KpService *service = kp_service_network_add_local_service (network (fixture), name, kind, &error);

  g_assert_no_error (error);
  g_assert_nonnull (service);
  return service;
}

/* Waits for the rendering after a change of the project, then for the notes to say @line
 * (the preview renders 300 ms after the last change). */
static void
wait_for_note (Fixture    *fixture,
               const char *line)
{
  KP_TEST_WAIT_UNTIL (rendered (fixture, 1) && has_note (fixture, line));
}

/* The catalogue of the real-shaped project: each kind of gap named once, with the services. */
static void
test_catalogue (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GPtrArray) contacts = g_ptr_array_new_with_free_func (
      (GDestroyNotify) kp_service_contact_free);
  g_autoptr (GError) error = NULL;
  KpService *authority;

  if (kp_test_skip_without_czech ())
    return;
  open_view (fixture);
  g_test_message ("notes: %s", notes (fixture));
  g_assert_true (has_note (fixture, "1 služba má druh nebo cílovou skupinu známou jen podle kódu "
                                    "registru (importujte číselníky MPSV): Dílna s neznámou "
                                    "cílovou skupinou"));
  g_assert_true (has_note (fixture, "1 služba " NO_CONTACT "Chráněné bydlení Borová"));
  g_assert_true (has_note (fixture, "1 služba nemá telefonní číslo: Krizová pomoc Vysočina"));
  g_assert_true (has_note (fixture, NO_AUTHORITY));
  kp_test_screenshot_if_asked (fixture->window, "publications-notes.png");

  /* the social department, at first without any contact: one more without a contact */
  authority = add_local (fixture, "Sociální odbor MěÚ Havlíčkův Brod", KP_SERVICE_LOCAL_AUTHORITY);
  fixture->updates = 0;
  wait_for_note (fixture, "2 služby nemají telefon, e-mail ani webovou adresu: Chráněné bydlení "
                          "Borová, Sociální odbor MěÚ Havlíčkův Brod");
  g_assert_true (has_note (fixture, NO_AUTHORITY));

  /* with its phone: the authority to turn to first is there, and the note goes away */
  g_ptr_array_add (contacts, kp_service_contact_new (FALSE, KP_SERVICE_CONTACT_PHONE, "569497111",
                                                     NULL));
  g_assert_true (kp_service_network_set_local_contacts (network (fixture), authority, contacts,
                                                        &error));
  g_assert_no_error (error);
  fixture->updates = 0;
  wait_for_note (fixture, "1 služba " NO_CONTACT "Chráněné bydlení Borová");
  g_assert_false (has_note (fixture, NO_AUTHORITY));
  g_assert_true (has_note (fixture, "1 služba nemá telefonní číslo: Krizová pomoc Vysočina"));

  /* five without a contact: the count in its third form, three named and the rest counted */
  add_local (fixture, "Klub seniorů Brod", KP_SERVICE_LOCAL_COMMUNITY);
  add_local (fixture, "Knihovna pro nevidomé", KP_SERVICE_LOCAL_COMMUNITY);
  add_local (fixture, "Spolek Naděje", KP_SERVICE_LOCAL_COMMUNITY);
  add_local (fixture, "Zdravotní středisko Borová", KP_SERVICE_LOCAL_HEALTH);
  fixture->updates = 0;
  wait_for_note (fixture, "5 služeb " NO_CONTACT "Chráněné bydlení Borová, Klub seniorů Brod, "
                          "Knihovna pro nevidomé a 2 další");
  g_assert_true (has_note (fixture, "1 služba nemá telefonní číslo: Krizová pomoc Vysočina"));
  g_assert_false (has_note (fixture, NO_AUTHORITY));
}

/* A leaflet for a group the project has no service for: the view says so, and that no
 * authority is there to turn to first. */
static void
test_empty_leaflet (Fixture      *fixture,
                    gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "chotebor.komplan", NULL);
  g_autoptr (GError) error = NULL;
  KpProjectSpec   spec = { 0 };
  KpPublications *publications;
  GtkWidget      *info;

  if (kp_test_skip_without_czech ())
    return;
  /* ORP Chotěboř: none of the fixture's services is there */
  spec.name = "Plán Chotěboř";
  spec.kind = KP_TERRITORY_ORP;
  spec.orp_kod = "931";
  spec.period_from = 2026;
  spec.period_to = 2028;
  g_clear_object (&fixture->project);
  fixture->project = kp_project_create (fixture->library, path, &spec, &error);
  g_assert_no_error (error);
  publications = kp_project_get_publications (fixture->project);
  g_assert_true (kp_publications_set_shown_kind (publications, KP_DOCUMENT_KIND_LEAFLET, &error));
  g_assert_true (kp_publications_set_shown_leaflet (publications, "families", &error));
  g_assert_no_error (error);

  open_view (fixture);
  g_test_message ("notes: %s", notes (fixture));
  g_assert_true (has_note (fixture, "Pro tuto skupinu projekt nemá žádnou službu. Leták ukazuje "
                                    "jen kontakty a krizové linky."));
  g_assert_true (has_note (fixture, NO_AUTHORITY));
  info = kp_test_find_widget (fixture->window, "publications-info");
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (info)), "0 služeb"));
}

int
main (int   argc,
      char *argv[])
{
  kp_test_use_czech ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  (void) kp_ui_get_resource ();
  g_test_add ("/kp/ui/publications-notes/catalogue", Fixture, NULL, fixture_setup,
              test_catalogue, fixture_teardown);
  g_test_add ("/kp/ui/publications-notes/empty-leaflet", Fixture, NULL, fixture_setup,
              test_empty_leaflet, fixture_teardown);
  return g_test_run ();
}
