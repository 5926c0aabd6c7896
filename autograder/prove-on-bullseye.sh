#!/usr/bin/env bash
# Proves the Gradescope package on an image like Gradescope's: a Debian bullseye chroot with OpenJDK 17
# and Maven 3.6.3 from apt (Ubuntu 22.04, Gradescope's default, has the same two). Run as root:
#
#   bash autograder/prove-on-bullseye.sh [--keep] [PRISTINE-CHROOT] [name ...]
#
# PRISTINE-CHROOT (default /work/bullseye) is never modified: it is copied to a temporary folder,
# /proc is mounted in the copy, this repository's HEAD is cloned into it, and autograder/prove-locally.sh
# runs inside it with setup.sh's apt step (COURSE_SETUP_APT=yes) and an empty Maven repository, so
# setup.sh fetches Maven 3.9 and every plugin from Maven Central with the chroot's Maven 3.6.3,
# as it would on Gradescope. The names are those of autograder/proof/README.md (default: all).
# --keep leaves the copy (and its /tmp/proof with every results.json) in place.
set -euo pipefail
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
keep=
pristine=/work/bullseye
names=()
for arg in "$@"; do
  case $arg in
    --keep) keep=yes ;;
    /*) pristine=$arg ;;
    *) names+=("$arg") ;;
  esac
done
[ "$(id -u)" = 0 ] || { echo "prove-on-bullseye.sh: run it as root (chroot, mount)" >&2; exit 1; }
[ -x "$pristine/usr/bin/java" ] || { echo "prove-on-bullseye.sh: no chroot with a JDK at $pristine" >&2; exit 1; }

root=$(mktemp -d /tmp/bullseye-proof.XXXXXX)
cleanup() {
  umount "$root/proc" 2> /dev/null || true
  if [ -z "$keep" ]; then rm -rf "$root"; else echo "kept: $root (results in $root/tmp/proof)"; fi
}
trap cleanup EXIT
cp -a "$pristine/." "$root/"
cp /etc/resolv.conf "$root/etc/resolv.conf" # setup.sh reaches Debian's and Maven Central's servers
mount -t proc proc "$root/proc"
git clone -q "$repo" "$root/course-repo"

inside=(chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root
    LANG=C.UTF-8)
# A machine that reaches the internet through a proxy with a certificate authority of its own (as the one
# this was written on does) trusts it in /usr/local/share/ca-certificates: so does the copy, then.
if ls /usr/local/share/ca-certificates/*.crt > /dev/null 2>&1; then
  cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
  "${inside[@]}" update-ca-certificates > /dev/null
fi

"${inside[@]}" sh -c 'java -version 2>&1 | head -n 1; mvn -v | head -n 1'
"${inside[@]}" COURSE_SETUP_APT=yes COURSE_M2=/root/.m2/repository \
    bash /course-repo/autograder/prove-locally.sh --work=/tmp/proof "${names[@]}"
