/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-key-names.h"

/* The keys GTK names in words a Czech user does not find on the keyboard. */
static const struct
{
  guint       keyval;
  const char *name;
} renamed[] = {
  /* Translators: the key as keyboards print it */
  { GDK_KEY_Page_Up, NC_ ("keyboard key", "Page Up") },
  /* Translators: the key as keyboards print it */
  { GDK_KEY_Page_Down, NC_ ("keyboard key", "Page Down") },
};

static const char *
renamed_key (guint keyval)
{
  for (guint i = 0; i < G_N_ELEMENTS (renamed); i++)
    if (renamed[i].keyval == keyval)
      return g_dpgettext2 (GETTEXT_PACKAGE, "keyboard key", renamed[i].name);
  return NULL;
}

char *
kp_key_name (guint           keyval,
             GdkModifierType mods)
{
  const char      *name = renamed_key (keyval);
  g_autofree char *gtk_mods = NULL;

  if (name == NULL)
    return gtk_accelerator_get_label (keyval, mods);
  if (mods == 0)
    return g_strdup (name);
  /* GTK's label of the modifiers alone ends with "+" */
  gtk_mods = gtk_accelerator_get_label (0, mods);
  return g_strconcat (gtk_mods, name, NULL);
}

static void
rename_labels (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_SHORTCUT_LABEL) != NULL)
    {
      const char *text = gtk_label_get_label (GTK_LABEL (widget));

      for (guint i = 0; i < G_N_ELEMENTS (renamed); i++)
        {
          /* GTK's label ("Page Down"), or its translation, which may keep the keysym's
           * underscore ("Page_Down") */
          g_autofree char *gtk_name = gtk_accelerator_get_label (renamed[i].keyval, 0);
          g_autofree char *spaced = g_strdup (gdk_keyval_name (renamed[i].keyval));

          g_strdelimit (spaced, "_", ' ');
          if (g_strcmp0 (text, gtk_name) == 0 || g_strcmp0 (text, spaced) == 0 ||
              g_strcmp0 (text, gdk_keyval_name (renamed[i].keyval)) == 0)
            {
              gtk_label_set_label (GTK_LABEL (widget), renamed_key (renamed[i].keyval));
              break;
            }
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    rename_labels (child);
}

void
kp_key_names_apply (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));
  rename_labels (root);
}
