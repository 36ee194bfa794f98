#!/usr/bin/env bash
# Reproducible jars: builds the published modules twice from the same commit, each in its own clean
# clone under a temp dir, and compares every jar they make byte for byte (sha256). Prints one row per
# jar; exits 1 if any differs or is missing from one build, 0 if all are identical.
#
#   scripts/check-reproducible.sh [commit]        (default HEAD; uncommitted changes are not built)
#
# Offline (-o) against the local repository as it is: nothing is installed or deployed. Set
# PAYGEN_REPRO_MODULES to build other modules, MAVEN_ARGS to add Maven flags (e.g. drop -o).
# `verify` with tests, checks and ITs skipped: the javadoc jars are attached in verify (root pom).
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
commit="$(git -C "$repo" rev-parse --verify "${1:-HEAD}^{commit}")"
modules="${PAYGEN_REPRO_MODULES:-spec,runtime,runtime-jackson3,generator,maven-plugin,processor}"
work="$(mktemp -d "${TMPDIR:-/tmp}/paygen-repro.XXXXXX")"
trap 'rm -rf "$work"' EXIT

build() {
  local dir="$work/$1"
  git clone -q --no-checkout "$repo" "$dir"
  git -C "$dir" checkout -q "$commit"
  echo "build $1: $dir" >&2
  # -T1: one thread, the build as CI runs it. Checks that do not make jars are skipped.
  (cd "$dir" && mvn -B -o -q ${MAVEN_ARGS:-} verify -pl "$modules" \
      -DskipTests -Dinvoker.skip -Dspotless.check.skip -Dcpd.skip -Dpmd.skip) >"$work/$1.log" 2>&1 \
    || { echo "build $1 failed; its log:" >&2; tail -40 "$work/$1.log" >&2; exit 2; }
  # every jar a module makes (target/*.jar, not the CLI's copied dependencies in target/lib)
  (cd "$dir" && find . -path '*/target/*.jar' -not -path '*/target/lib/*' \
      -not -path '*/target/local-repo/*' -not -path '*/target/it/*' | sort \
      | xargs sha256sum) >"$work/$1.sums"
}

# The second build differs in what a reproducible build must not depend on: its path (each clone has
# its own), time zone and locale.
build a
TZ=Pacific/Chatham LC_ALL=C LANG=C build b

echo "commit $commit"
status=0
printf '%-68s %-12s %-12s %s\n' JAR "SHA256(A)" "SHA256(B)" RESULT
while read -r jar; do
  a="$(awk -v j="$jar" '$2 == j {print $1}' "$work/a.sums")"
  b="$(awk -v j="$jar" '$2 == j {print $1}' "$work/b.sums")"
  if [[ -n "$a" && "$a" == "$b" ]]; then result=identical; else result=DIFFERENT; status=1; fi
  printf '%-68s %-12s %-12s %s\n' "${jar#./}" "${a:0:12}" "${b:0:12}" "$result"
done < <(cat "$work/a.sums" "$work/b.sums" | awk '{print $2}' | sort -u)
count="$(awk '{print $2}' "$work/a.sums" | sort -u | wc -l)"
if [[ $status -eq 0 ]]; then
  echo "all $count jars identical"
else
  echo "jars differ: unzip both (kept if PAYGEN_REPRO_KEEP=1) and diff the entries" >&2
  if [[ "${PAYGEN_REPRO_KEEP:-0}" == 1 ]]; then trap - EXIT; echo "kept: $work" >&2; fi
fi
exit $status
