#!/usr/bin/env bash
# Builds a local stand-in for pgvector/pgvector:pg17 where no container registry is reachable:
# Debian trixie (minbase) + postgresql-17 + postgresql-17-pgvector + an entrypoint compatible with the
# official postgres image's, imported as one layer. Reused when the tag already exists.
# Usage: scripts/pgvector-image/build.sh [tag]   (needs root, debootstrap and a running docker daemon)
set -euo pipefail
tag="${1:-pgvector/pgvector:pg17}"
here="$(cd "$(dirname "$0")" && pwd)"
docker="${DOCKER:-docker}"

if "$docker" image inspect "$tag" >/dev/null 2>&1; then
  echo "image $tag already present"
  exit 0
fi

mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
root="$(mktemp -d /tmp/pgvector-rootfs.XXXXXX)"
trap 'rm -rf "$root"' EXIT
chmod 755 "$root" # mktemp's 0700 would become the image's /, unreadable to the postgres user

debootstrap --variant=minbase trixie "$root" "$mirror" >/dev/null
# No cluster from postgresql-common (the entrypoint makes one in PGDATA), no services in the chroot.
mkdir -p "$root/etc/postgresql-common"
echo 'create_main_cluster = false' > "$root/etc/postgresql-common/createcluster.conf"
printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
chmod +x "$root/usr/sbin/policy-rc.d"
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  postgresql-17 postgresql-17-pgvector >/dev/null
rm -f "$root/usr/sbin/policy-rc.d"
chroot "$root" apt-get clean
rm -rf "$root"/var/lib/apt/lists/* "$root"/usr/share/doc/* "$root"/usr/share/man/* "$root"/usr/share/locale/*
install -m 0755 "$here/docker-entrypoint.sh" "$root/usr/local/bin/docker-entrypoint.sh"
mkdir -p "$root/docker-entrypoint-initdb.d" "$root/var/lib/postgresql/data" "$root/var/run/postgresql"
chroot "$root" chown -R postgres:postgres /var/lib/postgresql /var/run/postgresql

tar -C "$root" -c . | "$docker" import \
  --change 'ENV PATH=/usr/lib/postgresql/17/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'ENV PGDATA=/var/lib/postgresql/data' \
  --change 'ENV LANG=C.UTF-8' \
  --change 'ENTRYPOINT ["docker-entrypoint.sh"]' \
  --change 'CMD ["postgres"]' \
  --change 'EXPOSE 5432' \
  - "$tag" >/dev/null
echo "built $tag: $("$docker" run --rm --entrypoint postgres "$tag" --version)"
