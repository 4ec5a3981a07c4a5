#!/usr/bin/env bash
# The Debian packages the tests need beside Node, in one place: .ci/run and the test set-up
# (test/setup/system-deps.ts) both call this script, so the list cannot drift between them.
#
#   system-deps.sh missing   prints the missing packages on one line (nothing when all are there)
#   system-deps.sh install   installs the missing ones with apt-get (needs root); says nothing when none is missing
#
# chromium               browser tests and `kb brief --pdf` (playwright-core drives /usr/bin/chromium)
# poppler-utils          pdfinfo and pdftotext read the briefings' PDFs in the print tests
# tesseract-ocr(-vie)    reading scanned archive copies (Vietnamese language data)
# libreoffice-writer-nogui  soffice turns archive .doc files into .docx
# nginx, libnginx-mod-http-brotli-static  the test of deploy/nginx.conf serves a build with Debian's nginx
set -euo pipefail

missing=()
has() { command -v "$1" >/dev/null 2>&1; }
[[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]] || missing+=(chromium)
{ has pdftotext && has pdfinfo; } || missing+=(poppler-utils)
has tesseract || missing+=(tesseract-ocr)
{ has tesseract && tesseract --list-langs 2>/dev/null | grep -qx vie; } || missing+=(tesseract-ocr-vie)
has soffice || missing+=(libreoffice-writer-nogui)
[[ -x /usr/sbin/nginx ]] || missing+=(nginx)
[[ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]] || missing+=(libnginx-mod-http-brotli-static)

case "${1:-missing}" in
  missing)
    echo "${missing[*]}"
    ;;
  install)
    [[ ${#missing[@]} -eq 0 ]] && exit 0
    if [[ $(id -u) -ne 0 ]]; then
      echo "Missing Debian packages; run: sudo apt-get install -y ${missing[*]}" >&2
      exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    # A policy-rc.d saying "no" keeps nginx's package from starting a server on port 80 while it
    # installs (the tests start their own on a loopback port).
    own_policy=
    if [[ ! -e /usr/sbin/policy-rc.d ]]; then printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d; chmod 755 /usr/sbin/policy-rc.d; own_policy=1; fi
    trap '[[ -n "$own_policy" ]] && rm -f /usr/sbin/policy-rc.d' EXIT
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
    ;;
  *)
    echo "usage: $0 missing|install" >&2
    exit 2
    ;;
esac
