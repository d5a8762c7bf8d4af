#!/bin/sh
# Fails when po/cs.po has untranslated or fuzzy messages, or does not compile.
stats=$(msgfmt --check --statistics -o /dev/null "$1" 2>&1) || { echo "$stats"; exit 1; }
echo "$stats"
case "$stats" in
  *untranslated*|*fuzzy*) exit 1 ;;
esac
exit 0
