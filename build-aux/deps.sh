#!/usr/bin/env bash
# Debian 12 packages Komplan needs to build, test and run. Sourced by ./run and ./check.
KP_BUILD_PACKAGES=(
  meson ninja-build pkg-config gcc gettext
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev blueprint-compiler
  libsqlite3-dev libicu-dev libzip-dev libxml2-dev zlib1g-dev libyajl-dev
  libcairo2-dev libpango1.0-dev libpoppler-glib-dev librsvg2-dev
  fonts-noto-core fonts-dejavu-core
)
# libx11-dev and libxdamage-dev (also pulled in by libgtk-4-dev): the window benchmark.
# qpdf: the render tests check the structure of the PDFs Komplan completes after cairo.
KP_TEST_PACKAGES=(
  xvfb xauth desktop-file-utils appstream python3 poppler-utils qpdf clang-format jq
  libx11-dev libxdamage-dev
)

kp_install_missing () {
  local missing=()
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Komplan is used in Czech; make sure the Czech locale exists so gettext and ICU use it.
kp_ensure_czech_locale () {
  locale -a 2>/dev/null | grep -qiE '^cs_CZ\.utf-?8$' && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  if [ -f /etc/locale.gen ]; then
    $sudo sed -i 's/^# *\(cs_CZ.UTF-8 UTF-8\)/\1/' /etc/locale.gen
    grep -q '^cs_CZ.UTF-8 UTF-8' /etc/locale.gen || echo 'cs_CZ.UTF-8 UTF-8' | $sudo tee -a /etc/locale.gen >/dev/null
    $sudo locale-gen >/dev/null
  fi
}
