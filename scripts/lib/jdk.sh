# Sourced by the scripts: finds a JDK 25 and exports JAVA_HOME to it.
# StructuredTaskScope is a preview API (JEP 505), and preview class files run only on the JDK
# feature release that compiled them, so this project needs JDK 25 exactly: a JAVA_HOME of 25 wins;
# else the usual install places are searched.

# Prints the feature release (e.g. 25) of the JDK at $1, or nothing.
jdk_feature() {
  local home=$1 version=""
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 0
  if [ -f "$home/release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
  fi
  if [ -z "$version" ]; then
    version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
  fi
  echo "$version"
}

# Exports JAVA_HOME to a JDK 25, or prints one line saying what is needed and returns 1.
use_jdk25() {
  local want=25 candidate
  if [ -n "${JAVA_HOME:-}" ] && [ "$(jdk_feature "$JAVA_HOME")" = "$want" ]; then
    export JAVA_HOME; return 0
  fi
  for candidate in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* /opt/*jdk* \
                   "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* \
                   /Library/Java/JavaVirtualMachines/*/Contents/Home \
                   "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")"; do
    if [ -d "$candidate" ] && [ "$(jdk_feature "$candidate")" = "$want" ]; then
      export JAVA_HOME=$candidate; return 0
    fi
  done
  echo "loom-showcase needs a JDK $want (its StructuredTaskScope preview API is tied to release $want): set JAVA_HOME to one, or install one under /usr/lib/jvm" >&2
  return 1
}
