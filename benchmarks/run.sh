#!/usr/bin/env bash
# paygen benchmarks: generation (paygen CLI vs OpenAPI Generator CLI vs Swagger Parser alone) and
# JMH client benchmarks; writes benchmarks/results/ and the table in benchmarks/README.md.
#
#   benchmarks/run.sh [--rounds N] [--spec FILE]... [--large] [--large-rounds N] [--growth]
#                     [--growth-n 1,2,4,7,10] [--no-build] [--offline] [--no-javac] [--no-warm] [--no-jmh]
#                     [--no-generation] [--jmh-args "ARGS"] [--warm-seconds S]
#
# See benchmarks/README.md for what is measured and how.
set -uo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$bench/.." && pwd)"
results="$bench/results"
work="$bench/target/bench"

rounds=3
specs=()
build=1 javac_on=1 warm_on=1 jmh_on=1 gen_on=1
jmh_args="-f 1 -wi 3 -i 5 -w 1s -r 1s"
warm_seconds=30
large=0 large_rounds=1 growth=0 growth_ns="1,2,4,7,10" mvn_opts=()

while [[ $# -gt 0 ]]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --spec) specs+=("$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"); shift 2 ;;
    --no-build) build=0; shift ;;
    --no-javac) javac_on=0; shift ;;
    --no-warm) warm_on=0; shift ;;
    --no-jmh) jmh_on=0; shift ;;
    --no-generation) gen_on=0; shift ;;
    --jmh-args) jmh_args="$2"; shift 2 ;;
    --warm-seconds) warm_seconds="$2"; shift 2 ;;
    --large) large=1; shift ;;
    --large-rounds) large_rounds="$2"; shift 2 ;;
    --growth) growth=1; shift ;;
    --growth-n) growth=1; growth_ns="$2"; shift 2 ;;
    --offline) mvn_opts+=(-o); shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

# Default input: the curated specs, then the third-party documents in specs/ (see specs/README.md).
third_party="$root/specs"
if [[ ${#specs[@]} -eq 0 ]]; then
  specs=(
    "$root/spec/src/main/resources/paygen/specs/dodo-payments.yaml"
    "$root/spec/src/main/resources/paygen/specs/dots.yaml"
    "$third_party/upstream/dodopayments-openapi-v1.86.0.documented.yml"
    "$third_party/upstream/dots-openapi-v2.with-checkout-sessions-2026-02-06.yaml"
  )
  for f in "$third_party"/real/*.json "$third_party"/real/*.yml "$third_party"/real/*.yaml \
      "$third_party"/real/paystack/openapi.yaml; do
    [[ -f "$f" ]] && specs+=("$f")
  done
fi
# The largest real specs (specs/large/README.md): slow (OpenAPI Generator ~2 minutes on Lago), so
# only with --large, and timed --large-rounds times. A --spec under specs/large counts as large too.
large_dir="$third_party/large"
# bin/paygen's condition for transparent huge pages, for the floor with its flags.
thp=()
thp_mode=/sys/kernel/mm/transparent_hugepage/enabled
if [[ "$(uname -s)" == Linux && -r "$thp_mode" ]] && ! grep -q '\[never\]' "$thp_mode"; then
  thp=(-XX:+UseTransparentHugePages)
fi
if [[ $large == 1 ]]; then
  specs+=("$large_dir/lago/openapi.yaml" "$large_dir/stripe-spec3.json" "$large_dir/box-openapi.json"
    "$large_dir/k8s-swagger.json")
fi
is_large() { [[ "$1" == "$large_dir"/* ]]; }

[[ -x /usr/bin/time ]] || { echo "run.sh: /usr/bin/time (GNU time) is needed for peak RSS" >&2; exit 1; }

if [[ $build == 1 ]]; then
  echo "== building (mvn -Pbenchmarks -pl benchmarks -am package)" >&2
  (cd "$root" && mvn -B -q "${mvn_opts[@]}" -Pbenchmarks -pl benchmarks -am package -DskipTests) || { echo "run.sh: build failed" >&2; exit 1; }
fi
bench_jar="$(ls "$bench"/target/paygen-benchmarks-*.jar | head -1)"
oag_jar="$bench/target/tools/openapi-generator-cli.jar"
bench_cp="$bench_jar:$bench/target/lib/*"
mkdir -p "$work" "$results"

spec_name() { # dodopayments-openapi-v1.86.0.documented.yml -> dodopayments-openapi-v1.86.0.documented; paystack/openapi.yaml -> paystack
  local base; base="$(basename "$1")"; base="${base%.*}"
  [[ "$base" == openapi ]] && base="$(basename "$(dirname "$1")")"
  printf '%s' "$base"
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

samples_file="$work/samples.csv" # where run_tool appends its rows (the growth benchmark has its own)

# The plugin version the project's pom pins (so the build has it in ~/.m2 and --offline works), not
# the Maven default an unpinned `dependency:` prefix would fetch.
dependency_plugin="org.apache.maven.plugins:maven-dependency-plugin:$(sed -n '/<artifactId>maven-dependency-plugin<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p;q}' "$root/pom.xml")"

# measure LOG CMD...: sets wall_ms, rss_kb, rc
measure() {
  local log="$1"; shift
  local t0 t1
  t0=$(now_ms)
  /usr/bin/time -f '%M' -o "$log.time" "$@" >"$log" 2>&1
  rc=$?
  t1=$(now_ms)
  wall_ms=$((t1 - t0))
  rss_kb="$(tail -1 "$log.time")"
}

cds="$root/generator/target/paygen-cli.jsa"
run_tool() { # TOOL SPEC NAME ROUND
  local tool="$1" spec="$2" name="$3" round="$4" out="$work/$3/$1" log="$work/$3/$1-r$4.log" tries=0
  rm -rf "$out"
  case "$tool" in
    paygen)
      while :; do
        local before; before="$(stat -c %Y "$cds" 2>/dev/null || echo none)"
        rm -rf "$out"
        measure "$log" "$root/bin/paygen" generate --quiet --spec "$spec" --package bench.paygen --output "$out"
        # A rebuild of the generator (someone edited it) or a new class-data archive is not generation.
        if (grep -q "paygen: building" "$log" || [[ "$(stat -c %Y "$cds" 2>/dev/null || echo none)" != "$before" ]]) \
            && [[ $tries -lt 2 ]]; then
          tries=$((tries + 1)); echo "   (paygen rebuilt itself; measuring again)" >&2; continue
        fi
        break
      done ;;
    oag)
      measure "$log" java -jar "$oag_jar" generate -g java --library native -i "$spec" -o "$out" --skip-validate-spec ;;
    parser)
      measure "$log" java -cp "$bench_jar:$root/generator/target/lib/*" dev.paygen.benchmarks.ParseOnly "$spec" ;;
    parser-tuned)
      # The floor again with bin/paygen's JVM flags (C1 only, serial GC, no perf data, transparent
      # huge pages where the kernel offers them; no application class-data archive): how much of the
      # gap to the default-JVM floor is JVM configuration.
      measure "$log" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData "${thp[@]}" \
          -Xshare:auto -Xlog:disable -Xlog:all=error:stderr \
          -cp "$bench_jar:$root/generator/target/lib/*" dev.paygen.benchmarks.ParseOnly "$spec" ;;
  esac
  echo "$name,$tool,$round,$wall_ms,$rss_kb,$rc" >>"$samples_file"
  printf '   %-7s round %s: %6d ms  %7d KB  exit %s\n' "$tool" "$round" "$wall_ms" "$rss_kb" "$rc" >&2
}

count_lines() { find "$1" -type f "${@:2}" -print0 | xargs -0 -r cat | wc -l; }
count_files() { find "$1" -type f "${@:2}" | wc -l; }

javac_dir() { # NAME TOOL SRC_DIR CLASSPATH -> sets compiles, errors, javac_ms
  local name="$1" tool="$2" src="$3" cp="$4" log="$work/$1/$2-javac.log" classes="$work/$1/$2-classes"
  rm -rf "$classes"; mkdir -p "$classes"
  find "$src" -name '*.java' >"$work/$name/$tool-sources.txt"
  local t0 t1; t0=$(now_ms)
  javac -J-Xss4m -proc:none -nowarn -Xmaxerrs 100000 -encoding UTF-8 -d "$classes" -cp "$cp" \
      @"$work/$name/$tool-sources.txt" >"$log" 2>&1
  local status=$?
  t1=$(now_ms); javac_ms=$((t1 - t0))
  if [[ $status == 0 ]]; then compiles=yes; errors=0; else
    compiles=no; errors="$(grep -oE '^[0-9]+ errors?$' "$log" | grep -oE '^[0-9]+' | tail -1)"; errors="${errors:-?}"
    { echo "$name $tool ($errors errors), first ones:"
      grep -E ': error: ' "$log" | sed -e "s|^$work/$name/||" -e "s|^$tool/src/main/java/||" -e "s|^$tool/||" | head -4
      echo; } >>"$work/javac-errors.txt"
  fi
  rm -rf "$classes"
}

output_row() { # NAME TOOL
  local name="$1" tool="$2" out="$work/$1/$2" last_rc
  last_rc="$(grep "^$name,$tool," "$work/samples.csv" | tail -1 | cut -d, -f6)"
  if [[ ! -d "$out" || "$last_rc" != 0 ]]; then
    echo "$name,$tool,0,0,0,0,failed,,,0" >>"$work/outputs.csv"; return
  fi
  local files lines jfiles jlines; files=$(count_files "$out"); lines=$(count_lines "$out")
  jfiles=$(count_files "$out" -name '*.java'); jlines=$(count_lines "$out" -name '*.java')
  # Main sources: all of paygen's output; OpenAPI Generator's src/main/java (not its generated tests).
  local main="$out"; [[ $tool == oag && -d "$out/src/main/java" ]] && main="$out/src/main/java"
  local mlines; mlines=$(count_lines "$main" -name '*.java')
  compiles=skipped errors="" javac_ms=""
  if [[ $javac_on == 1 ]]; then
    if [[ $tool == paygen ]]; then
      javac_dir "$name" paygen "$out" "$bench/target/lib/*"
    else
      # OpenAPI Generator's own pom lists what its output needs: resolve it once with Maven.
      local deps="$work/$name/oag-deps"
      rm -rf "$deps"
      if (cd "$out" && mvn -B -q "${mvn_opts[@]}" "$dependency_plugin:copy-dependencies" -DincludeScope=compile -DoutputDirectory="$deps" \
          >"$work/$name/oag-deps.log" 2>&1); then
        javac_dir "$name" oag "$out/src/main/java" "$deps/*"
      else
        compiles="deps-unresolved"
      fi
    fi
  fi
  echo "$name,$tool,$files,$lines,$jfiles,$jlines,$compiles,$errors,$javac_ms,$mlines" >>"$work/outputs.csv"
  printf '   %-7s output: %d files, %d lines (%d .java, %d lines); compiles: %s %s %s\n' "$tool" "$files" "$lines" \
      "$jfiles" "$jlines" "$compiles" "${errors:+($errors errors)}" "${javac_ms:+in $javac_ms ms}" >&2
}

if [[ $gen_on == 1 ]]; then
  echo "spec,tool,round,wall_ms,rss_kb,exit" >"$work/samples.csv"
  echo "spec,tool,files,lines,java_files,java_lines,compiles,javac_errors,javac_ms,main_java_lines" >"$work/outputs.csv"
  echo "spec,tool,median_ms,min_ms,max_ms,iterations" >"$work/warm.csv"
  : >"$work/javac-errors.txt"
  {
    echo "date,$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "load_before,$(cut -d' ' -f1-3 /proc/loadavg)"
    echo "cpus,$(nproc)"
    echo "java,$(java -version 2>&1 | head -1 | tr -d '",')"
    echo "rounds,$rounds"
    echo "large_rounds,$large_rounds"
    printf 'large_specs,'; for s in "${specs[@]}"; do is_large "$s" && printf '%s ' "$(spec_name "$s")"; done; echo
    echo "commit,$(cd "$root" && git rev-parse --short HEAD)"
    echo "worktree,$(cd "$root" && git status --porcelain -- generator runtime spec | wc -l) uncommitted files in generator/runtime/spec at the start"
  } >"$work/meta.csv"

  # Untimed warm-up: builds the CLI and its class-data archive if needed, and warms the file cache.
  echo "== warm-up" >&2
  warm_spec="$root/spec/src/main/resources/paygen/specs/dots.yaml"
  "$root/bin/paygen" generate --quiet --spec "$warm_spec" --package bench.warmup --output "$work/warmup/paygen" --force >/dev/null 2>&1
  java -jar "$oag_jar" generate -g java --library native -i "$warm_spec" -o "$work/warmup/oag" --skip-validate-spec >/dev/null 2>&1
  java -cp "$bench_jar:$root/generator/target/lib/*" dev.paygen.benchmarks.ParseOnly "$warm_spec" >/dev/null 2>&1
  rm -rf "$work/warmup"

  for spec in "${specs[@]}"; do
    name="$(spec_name "$spec")"
    echo "== $name ($spec)" >&2
    mkdir -p "$work/$name"
    spec_rounds=$rounds; is_large "$spec" && spec_rounds=$large_rounds
    for ((r = 1; r <= spec_rounds; r++)); do
      # Alternate the order every round so that drift in the machine's load spreads over all three.
      if ((r % 2 == 1)); then order=(paygen oag parser parser-tuned); else order=(parser-tuned parser oag paygen); fi
      for tool in "${order[@]}"; do run_tool "$tool" "$spec" "$name" "$r"; done
    done
    output_row "$name" paygen
    output_row "$name" oag
    # No warm benchmark on the large specs: its warm-up alone would take most of an hour on Lago.
    if [[ $warm_on == 1 ]] && ! is_large "$spec"; then
      if java -cp "$bench_cp" dev.paygen.benchmarks.WarmGeneration "$spec" 10 20 "$warm_seconds" \
          >"$work/$name/warm.out" 2>"$work/$name/warm.log"; then
        sed "s/^/$name,/" "$work/$name/warm.out" >>"$work/warm.csv"
        sed 's/^/   warm /' "$work/$name/warm.out" >&2
      else
        echo "   warm: failed (see $work/$name/warm.log)" >&2
      fi
    fi
    rm -rf "$work/$name/oag" "$work/$name/paygen" "$work/$name/oag-deps"
  done
  echo "load_after,$(cut -d' ' -f1-3 /proc/loadavg)" >>"$work/meta.csv"
  cp "$work/samples.csv" "$results/generation-samples.csv"
  cp "$work/outputs.csv" "$results/generation-outputs.csv"
  cp "$work/warm.csv" "$results/generation-warm.csv"
  cp "$work/meta.csv" "$results/meta.csv"
  cp "$work/javac-errors.txt" "$results/javac-errors.txt"
fi

if [[ $growth == 1 ]]; then
  # Growth: N renamed copies of the full Dodo document in one spec (SyntheticSpec), paygen cold and the
  # parse floor on each N, --rounds times, alternating order; the report fits time = a * N^b.
  echo "== growth (N = $growth_ns)" >&2
  samples_file="$work/growth-samples.csv"
  echo "spec,tool,round,wall_ms,rss_kb,exit" >"$samples_file"
  echo "spec,n,files,lines,java_files,java_lines" >"$work/growth-outputs.csv"
  {
    echo "date,$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "commit,$(cd "$root" && git rev-parse --short HEAD)"
    echo "load_before,$(cut -d' ' -f1-3 /proc/loadavg)"
    echo "rounds,$rounds"
  } >"$work/growth-meta.csv"
  growth_source="$third_party/upstream/dodopayments-openapi-v1.86.0.documented.yml"
  IFS=, read -r -a ns <<<"$growth_ns"
  for n in "${ns[@]}"; do
    name="dodo-x$n"
    mkdir -p "$work/$name"
    java -cp "$bench_cp" dev.paygen.benchmarks.SyntheticSpec "$growth_source" "$n" "$work/growth/$name.json" \
      || { echo "run.sh: could not write the synthetic spec N=$n" >&2; exit 1; }
    echo "== $name" >&2
    for ((r = 1; r <= rounds; r++)); do
      if ((r % 2 == 1)); then order=(paygen parser); else order=(parser paygen); fi
      for tool in "${order[@]}"; do run_tool "$tool" "$work/growth/$name.json" "$name" "$r"; done
    done
    out="$work/$name/paygen"
    if [[ -d "$out" ]]; then
      echo "$name,$n,$(count_files "$out"),$(count_lines "$out"),$(count_files "$out" -name '*.java'),$(count_lines "$out" -name '*.java')" \
        >>"$work/growth-outputs.csv"
    fi
    rm -rf "$work/$name/paygen"
  done
  echo "load_after,$(cut -d' ' -f1-3 /proc/loadavg)" >>"$work/growth-meta.csv"
  for f in growth-samples.csv growth-outputs.csv growth-meta.csv; do cp "$work/$f" "$results/$f"; done
fi

if [[ $jmh_on == 1 ]]; then
  echo "== JMH ($jmh_args)" >&2
  # shellcheck disable=SC2086 # jmh_args is a list of options
  java -cp "$bench_cp" org.openjdk.jmh.Main $jmh_args -rf csv -rff "$work/jmh.csv" 'dev.paygen.benchmarks.jmh.*' >&2 \
    && cp "$work/jmh.csv" "$results/jmh-raw.csv"
  echo "load_after_jmh,$(cut -d' ' -f1-3 /proc/loadavg)" >>"$results/meta.csv"
fi

echo "== report" >&2
java -cp "$bench_cp" dev.paygen.benchmarks.Report "$results" "$bench/README.md"
