/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the files of KpWindow only: kp-window.c (the shell: project, title, undo, toasts)
 * and kp-window-views.c (the project's views, made when first shown, and the actions that
 * go to an obec or a service in them). */

#include "kp-window.h"

G_BEGIN_DECLS

/* The project's top-level views, in switcher and Alt+N order. */
typedef enum
{
  KP_WINDOW_VIEW_TERRITORY,
  KP_WINDOW_VIEW_NETWORK,
  KP_WINDOW_VIEW_NEEDS,
  KP_WINDOW_VIEW_PLAN,
  KP_WINDOW_VIEW_PUBLICATIONS,
  KP_WINDOW_N_VIEWS
} KpWindowView;

struct _KpWindow
{
  AdwApplicationWindow parent_instance;

  KpLibrary *library;
  KpProject *project;
  GSettings *settings;
  AdwBin    *views[KP_WINDOW_N_VIEWS]; /* a view's place in the stack; empty until shown */

  AdwViewSwitcherTitle *switcher_title;
  GtkWidget            *sample_bar;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  GtkWidget            *welcome_page;
  AdwViewStack         *view_stack;
};

/* kp-window-views.c */
void       kp_window_views_class_init (GtkWidgetClass *widget_class);
void       kp_window_views_add (KpWindow *self);
void       kp_window_views_remove (KpWindow *self);
GtkWidget *kp_window_views_show (KpWindow    *self,
                                 KpWindowView view);
void       kp_window_views_on_visible_child_cb (KpWindow *self);

G_END_DECLS
