#!/bin/sh
# Fails when po/cs.po lacks a translation of any message in the sources, has fuzzy
# messages or does not compile, or when a source file with translatable strings is
# missing from po/POTFILES.in. Usage: check-po.sh SOURCE-ROOT
case "${1:-}" in
  -h|--help)
    sed -n '2,4s/^# \{0,1\}//p' "$0"; exit 0 ;;
  ""|-*)
    echo "Usage: check-po.sh SOURCE-ROOT (see check-po.sh --help)" >&2; exit 2 ;;
esac
root=$1
po="$root/po/cs.po"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

msgfmt --check -o /dev/null "$po" || exit 1

# Every C file or blueprint with _(), N_(), C_() … must be listed.
missing=$(cd "$root" && grep -lE '(^|[^A-Za-z0-9_])(N_|_|C_|NC_|D_|DC_|DN_|g_dngettext) *\(' \
            $(git ls-files 'src/*.c' 'resources/ui/*.blp' 2>/dev/null) /dev/null |
          while read -r f; do grep -qxF "$f" po/POTFILES.in || echo "$f"; done)
if [ -n "$missing" ]; then
  echo "Not in po/POTFILES.in:"; echo "$missing"; exit 1
fi

# The messages as the sources have them now (the same keywords as i18n's glib preset, and
# those of po/meson.build for the text of documents).
xgettext --directory="$root" --files-from="$root/po/POTFILES.in" --from-code=UTF-8 \
  --add-comments --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --keyword=D_ --keyword=DC_:1c,2 --keyword=DN_:1,2 \
  -o "$tmp/komplan.pot" 2>"$tmp/xgettext.log" || { cat "$tmp/xgettext.log"; exit 1; }
msgmerge --quiet --no-fuzzy-matching -o "$tmp/cs.po" "$po" "$tmp/komplan.pot" || exit 1
stats=$(msgfmt --statistics -o /dev/null "$tmp/cs.po" 2>&1) || { echo "$stats"; exit 1; }
echo "$stats"
case "$stats" in
  *untranslated*|*fuzzy*)
    msgattrib --untranslated --no-wrap "$tmp/cs.po" | grep '^msgid' | head -20
    exit 1 ;;
esac
exit 0
