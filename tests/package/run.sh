#!/usr/bin/env bash
# Package test: unpacks the release .deb into a throwaway root and checks what an install would
# put on disk (binary, icons, desktop entry with the connect-sso:// handler, man page,
# completions, the policy example and schema) and the package metadata; lists the .rpm with
# `rpm -qlp` when rpm is installed. One line per check; exits 1 if any check failed.
# Usage: tests/package/run.sh [DEB] [RPM]   (default: the newest dist/connect-sso*.deb / .rpm)
set -euo pipefail
cd "$(dirname "$0")/../.."

newest() { find dist -maxdepth 1 -name "$1" -printf '%T@ %p\n' 2>/dev/null | sort -rn | head -n1 | cut -d' ' -f2-; }
deb="${1:-$(newest 'connect-sso_*.deb')}"
rpm="${2:-$(newest 'connect-sso-*.rpm')}"
[[ -n $deb && -f $deb ]] || { echo "package-test: no .deb (run make package first)" >&2; exit 2; }

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' src-tauri/Cargo.toml | head -n1)
[[ -n $version ]] || { echo "package-test: no version in src-tauri/Cargo.toml" >&2; exit 2; }

root=$(mktemp -d "${TMPDIR:-/tmp}/connect-sso-package.XXXXXX")
trap 'rm -rf "$root"' EXIT

failures=0
pass() { printf 'ok    %s\n' "$1"; }
fail() { printf 'FAIL  %s: %s\n' "$1" "$2"; failures=$((failures + 1)); }
skip() { printf 'skip  %s: %s\n' "$1" "$2"; }
# check NAME COMMAND...: passes when COMMAND succeeds; its output is the failure detail.
check() {
  local name=$1 out
  shift
  if out=$("$@" 2>&1); then pass "$name"; else fail "$name" "$(tr '\n' ' ' <<<"$out" | cut -c1-300)"; fi
}
has_file() { [[ -f $root$1 && -s $root$1 ]] || { echo "missing or empty: $1"; return 1; }; }
has_line() { grep -qxF -- "$2" "$1" || { echo "no line '$2' in $(basename "$1")"; return 1; }; }
equals() { [[ $1 == "$2" ]] || { echo "found '$1'"; return 1; }; }
valid_json() { has_file "$1" && python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$root$1"; }

echo "package-test: $deb (expecting version $version)"

# Metadata.
field() { dpkg-deb -f "$deb" "$1"; }
check "deb Package is connect-sso" equals "$(field Package)" connect-sso
check "deb Version is $version" equals "$(field Version)" "$version"
check "deb Architecture is $(dpkg --print-architecture)" equals "$(field Architecture)" "$(dpkg --print-architecture)"
# A Depends entry's package name (the part before any version or alternative) equals $1.
depends_has() {
  local depends
  depends=$(field Depends)
  tr ',|' '\n' <<<"$depends" | awk '{ print $1 }' | grep -qxF -- "$1" || { echo "Depends: $depends"; return 1; }
}
for dependency in libwebkit2gtk-4.1-0 libgtk-3-0 libayatana-appindicator3-1; do
  check "deb Depends includes $dependency" depends_has "$dependency"
done
no_duplicate_depends() {
  local duplicates
  duplicates=$(field Depends | tr ',' '\n' | sed 's/^ *//; s/ *$//' | sort | uniq -d)
  [[ -z $duplicates ]] || { echo "listed twice: $duplicates"; return 1; }
}
check "deb Depends lists each package once" no_duplicate_depends
owned_by_root() { ! dpkg-deb -c "$deb" | awk '$2 != "root/root" && $2 != "0/0" { print; bad = 1 } END { exit !bad }'; }
check "deb files are owned by root/root" owned_by_root
xz_compressed() { ar t "$deb" | grep -qx data.tar.xz || { echo "members: $(ar t "$deb" | tr '\n' ' ')"; return 1; }; }
check "deb contents are xz-compressed (scripts/repack-deb.sh)" xz_compressed

# Contents.
dpkg -x "$deb" "$root"
bin=$root/usr/bin/connect-sso
check "binary /usr/bin/connect-sso is executable" test -x "$bin"
stripped_elf() { local kind; kind=$(file -b "$bin"); [[ $kind == ELF*", stripped"* ]] || { echo "$kind"; return 1; }; }
check "binary is a stripped release build" stripped_elf
check "window program /usr/bin/connect-sso-window is executable" test -x "$root/usr/bin/connect-sso-window"
# The CLI must not load the GUI libraries (they cost 60 ms per command); the window needs them.
cli_without_gui() { ! readelf -d "$bin" | grep -q 'libwebkit2gtk' || { echo "the CLI links WebKitGTK"; return 1; }; }
check "the CLI binary does not link WebKitGTK" cli_without_gui
window_with_gui() { readelf -d "$root/usr/bin/connect-sso-window" | grep -q 'libwebkit2gtk' || { echo "no WebKitGTK in the window program"; return 1; }; }
check "the window program links WebKitGTK" window_with_gui
for size in 32x32 128x128; do
  check "icon $size" has_file "/usr/share/icons/hicolor/$size/apps/connect-sso-window.png"
done
desktop=$(find "$root/usr/share/applications" -name '*.desktop' 2>/dev/null | head -n1 || true)
if [[ -n $desktop ]]; then
  pass "desktop entry /usr/share/applications/$(basename "$desktop")"
  check "desktop entry Exec=connect-sso-window %u (the window, not the CLI)" has_line "$desktop" "Exec=connect-sso-window %u"
  mime_has_scheme() { grep -qE '^MimeType=(.*;)?x-scheme-handler/connect-sso(;|$)' "$desktop" || { grep '^MimeType' "$desktop" || echo "no MimeType line"; return 1; }; }
  check "desktop entry MimeType=x-scheme-handler/connect-sso" mime_has_scheme
  check "desktop entry Icon=connect-sso-window" has_line "$desktop" "Icon=connect-sso-window"
  localized() { local n; n=$(grep -cE '^(Comment|GenericName|Keywords)\[(de|es|fr|it|ja|ko|pt_BR|zh_CN|zh_TW)\]=' "$desktop"); [[ $n -eq 27 ]] || { echo "$n localized lines, expected 27 (3 keys x 9 languages)"; return 1; }; }
  check "desktop entry speaks the nine other languages (Comment, GenericName, Keywords)" localized
  if command -v desktop-file-validate >/dev/null; then
    check "desktop-file-validate" desktop-file-validate "$desktop"
  else
    skip "desktop-file-validate" "not installed (Debian package desktop-file-utils)"
  fi
else
  fail "desktop entry" "no .desktop file under /usr/share/applications"
fi
man_page() { has_file "$1" && { grep -q '^\.TH connect-sso 1' "$root$1" || { echo "no .TH connect-sso 1 header"; return 1; }; }; }
check "man page /usr/share/man/man1/connect-sso.1" man_page /usr/share/man/man1/connect-sso.1
check "bash completion" has_file /usr/share/bash-completion/completions/connect-sso
check "zsh completion" has_file /usr/share/zsh/vendor-completions/_connect-sso
check "fish completion" has_file /usr/share/fish/vendor_completions.d/connect-sso.fish
for doc in policy.example.json policy.schema.json; do
  check "/usr/share/doc/connect-sso/$doc is JSON" valid_json "/usr/share/doc/connect-sso/$doc"
done

# The binary runs from the unpacked tree (the CLI face: no display needed).
prints_version() {
  local out
  out=$(timeout 20 "$bin" --version 2>&1) || { echo "exit $?: $out"; return 1; }
  [[ $out == "connect-sso $version" ]] || { echo "printed: $out"; return 1; }
}
check "connect-sso --version prints 'connect-sso $version'" prints_version
# A release build takes the IT policy from the system location only: CONNECT_SSO_POLICY_FILE
# (honoured by test builds) must not let a person point it elsewhere.
ignores_policy_override() {
  local planted out
  planted=$(mktemp "${TMPDIR:-/tmp}/planted-policy.XXXXXX")
  printf '{"locked": ["pins"]}\n' >"$planted"
  out=$(CONNECT_SSO_POLICY_FILE="$planted" timeout 20 "$bin" policy show --json 2>&1) || true
  rm -f "$planted"
  [[ $out != *"$planted"* && $out == *'"path":"/etc/connect-sso/policy.json"'* ]] || { echo "printed: $out"; return 1; }
}
check "the release build ignores CONNECT_SSO_POLICY_FILE" ignores_policy_override

# The .rpm.
if [[ -z $rpm || ! -f $rpm ]]; then
  skip "rpm" "no .rpm given or found in dist/"
elif ! command -v rpm >/dev/null; then
  skip "rpm -qlp" "rpm is not installed (the Tauri bundler does not need it; apt-get install rpm to check the .rpm)"
else
  rpm_query() { rpm -qp --nosignature --queryformat "$1" "$rpm" 2>/dev/null; }
  check "rpm Name is connect-sso" equals "$(rpm_query '%{NAME}')" connect-sso
  check "rpm Version is $version" equals "$(rpm_query '%{VERSION}')" "$version"
  rpm_requires() { rpm -qp --nosignature --requires "$rpm" 2>/dev/null | grep -qxF -- "$1" || { echo "not in rpm -qp --requires"; return 1; }; }
  for library in 'libwebkit2gtk-4.1.so.0()(64bit)' 'libgtk-3.so.0()(64bit)' 'libayatana-appindicator3.so.1()(64bit)'; do
    check "rpm Requires includes $library" rpm_requires "$library"
  done
  rpm_files=$(rpm -qlp --nosignature "$rpm" 2>/dev/null)
  rpm_holds() { grep -qxF -- "$1" <<<"$rpm_files" || { echo "not in rpm -qlp"; return 1; }; }
  for path in /usr/bin/connect-sso /usr/bin/connect-sso-window "/usr/share/applications/Connect SSO.desktop" \
    /usr/share/icons/hicolor/128x128/apps/connect-sso-window.png /usr/share/man/man1/connect-sso.1 \
    /usr/share/bash-completion/completions/connect-sso /usr/share/zsh/site-functions/_connect-sso \
    /usr/share/fish/vendor_completions.d/connect-sso.fish \
    /usr/share/doc/connect-sso/policy.example.json /usr/share/doc/connect-sso/policy.schema.json; do
    check "rpm holds $path" rpm_holds "$path"
  done
fi

if ((failures)); then
  echo "package-test: $failures check(s) failed"
  exit 1
fi
echo "package-test: all checks passed"
