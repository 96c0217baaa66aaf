# Sourced by .ci/run: a working Docker for the docker engine's tests, bounded in time.
#  1. docker.io (and debootstrap, for the image below) installed when missing (Debian/Ubuntu, as root);
#  2. dockerd started when no daemon answers, waited for up to 60 s;
#  3. pgvector/pgvector:pg17 present: pulled where a registry answers, else built locally by
#     scripts/pgvector-image/build.sh (reused on later runs: the script exits when the tag exists);
#  4. TESTCONTAINERS_RYUK_DISABLED=true only where no registry answers (Ryuk's image cannot be
#     pulled there; with a registry, as on GitHub's runners, Ryuk stays on and reaps what a crash leaves).
# Prints how long it took. Never fails CI by itself: without a daemon the docker tests skip loudly.

ci_docker_t0=$SECONDS
ci_docker_image="pgvector/pgvector:pg17"

ci_docker_note() { echo "ci-docker: $*"; }
ci_docker_answers() { timeout 10 docker info >/dev/null 2>&1; }
ci_registry_answers() {
  # Any HTTP answer (401 here) means the registry is reachable; a DNS or connect error means it is not.
  node -e 'fetch("https://registry-1.docker.io/v2/", { signal: AbortSignal.timeout(5000) }).then(() => process.exit(0), () => process.exit(1))' 2>/dev/null
}

ci_docker_setup() {
  if ! command -v docker >/dev/null 2>&1 || ! command -v debootstrap >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq --no-install-recommends docker.io debootstrap >/dev/null || ci_docker_note "apt-get could not install docker.io/debootstrap"
    fi
  fi
  command -v docker >/dev/null 2>&1 || { ci_docker_note "no docker CLI"; return 1; }

  if ! ci_docker_answers; then
    command -v dockerd >/dev/null 2>&1 && [ "$(id -u)" = 0 ] || { ci_docker_note "no daemon answers and dockerd cannot be started here"; return 1; }
    ci_docker_note "starting dockerd"
    mkdir -p .ci-out
    nohup dockerd >.ci-out/dockerd.log 2>&1 &
    local i pid=$!
    # Up to 60 s; stop waiting at once if dockerd died (no privileges for it in this container).
    for i in $(seq 1 60); do ci_docker_answers && break; kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    ci_docker_answers || { ci_docker_note "dockerd did not answer within 60 s (see .ci-out/dockerd.log)"; return 1; }
  fi

  local registry=no
  ci_registry_answers && registry=yes
  [ "$registry" = no ] && export TESTCONTAINERS_RYUK_DISABLED=true

  if ! docker image inspect "$ci_docker_image" >/dev/null 2>&1; then
    if [ "$registry" = yes ]; then
      timeout 300 docker pull -q "$ci_docker_image" >/dev/null || { ci_docker_note "could not pull $ci_docker_image"; return 1; }
    else
      ci_docker_note "no registry answers: building $ci_docker_image locally"
      timeout 600 scripts/pgvector-image/build.sh "$ci_docker_image" || { ci_docker_note "could not build $ci_docker_image"; return 1; }
    fi
  fi
  local ryuk=on
  [ -n "${TESTCONTAINERS_RYUK_DISABLED:-}" ] && ryuk=off
  ci_docker_note "docker ready ($(docker info --format '{{.ServerVersion}}' 2>/dev/null), registry: $registry, Ryuk: $ryuk)"
}

if ! ci_docker_setup; then
  echo "*** DOCKER UNAVAILABLE: the docker engine tests will be SKIPPED on this machine ***"
fi
ci_docker_note "setup took $((SECONDS - ci_docker_t0)) s"
