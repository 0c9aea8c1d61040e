# Sourced by the scripts: compiles the project when it was never built or its sources changed.
# Needs ROOT and JAVA_HOME. Maven's output goes to target/build.log and is shown only on failure.

ensure_built() {
  local stamp="$ROOT/target/.built" log="$ROOT/target/build.log"
  mkdir -p "$ROOT/target"
  exec 9>"$ROOT/target/.build.lock"
  flock 9
  if [ -f "$stamp" ] && [ -f "$ROOT/target/runtime-classpath.txt" ] && [ -f "$ROOT/target/loom-showcase-classes.jar" ] \
     && [ -z "$(find "$ROOT/pom.xml" "$ROOT/src/main" -newer "$stamp" -print -quit)" ]; then
    flock -u 9; return 0
  fi
  echo "building loom-showcase (first run or sources changed)..." >&2
  if ! (cd "$ROOT" && ./mvnw -q -B -DskipTests compile > "$log" 2>&1); then
    tail -n 30 "$log" >&2
    echo "build failed; full log: $log" >&2
    flock -u 9; return 1
  fi
  # The classes as one jar: a class path of jars only lets the cells' child JVMs share one class-data
  # archive (ClassDataSharing), which a directory on the class path rules out.
  # Written aside, then moved in one step: a JVM still running from the old jar keeps reading the old file.
  local jar="$ROOT/target/loom-showcase-classes.jar"
  rm -f "$jar.tmp"
  if ! { "$JAVA_HOME/bin/jar" --create --file "$jar.tmp" -C "$ROOT/target/classes" . >> "$log" 2>&1 && mv -f "$jar.tmp" "$jar"; }; then
    echo "could not pack target/classes into a jar; full log: $log" >&2
    flock -u 9; return 1
  fi
  # The class-data archives were made from the old jar. The JVM notices ("shared class paths mismatch")
  # and runs without them, but does not write them again, so they go with the jar they were made from.
  rm -f "$ROOT"/target/*.jsa
  touch "$stamp"
  flock -u 9
}

# The class path for running the project's code (jars only, see ensure_built).
runtime_classpath() {
  echo "$ROOT/target/loom-showcase-classes.jar:$(cat "$ROOT/target/runtime-classpath.txt")"
}
