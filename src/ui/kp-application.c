/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-application.h"
#include "kp-ui-resources.h"
#include "kp-window.h"

struct _KpApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (KpApplication, kp_application, ADW_TYPE_APPLICATION)

static void
kp_application_about_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  KpApplication *self = user_data;
  GtkWindow     *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char    *developers[] = { _ ("Komplan developers"), NULL };

  adw_show_about_window (window,
                         "application-name", _ ("Komplan"),
                         "application-icon", APP_ID,
                         "developer-name", _ ("Komplan developers"),
                         "version", PACKAGE_VERSION,
                         "comments", _ ("Community planning of social services"),
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _ ("translator-credits"),
                         NULL);
}

static void
kp_application_quit_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "about", kp_application_about_action },
  { "quit", kp_application_quit_action },
};

static void
kp_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (kp_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
}

static void
kp_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (kp_window_new (KP_APPLICATION (app)));
  gtk_window_present (window);
}

static void
kp_application_class_init (KpApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->startup = kp_application_startup;
  app_class->activate = kp_application_activate;

  /* Referencing the bundle links its object file, whose constructor registers it. */
  (void) kp_ui_get_resource ();
}

static void
kp_application_init (KpApplication *self)
{
}

KpApplication *
kp_application_new (const char       *application_id,
                    GApplicationFlags flags)
{
  return g_object_new (KP_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       "resource-base-path", "/cz/komplan/Komplan",
                       NULL);
}
