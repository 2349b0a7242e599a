#!/usr/bin/env bash
# Rehearses the README's "Deploy on a server" as written: every `sh` block between its markers
# (HTML comments "deploy: begin" and "deploy: end"), run in order from the repository's root, with
#   - /opt, /etc and /var pointing into a throwaway root folder, and the port 8080 to a free one;
#   - `sudo` running the command as it is (CI is root);
#   - `systemctl` acting out the unit instead of systemd (CI has no systemd running): daemon-reload
#     verifies the installed unit with systemd-analyze, enable --now / start run its ExecStart as the
#     unit says (EnvironmentFile, Environment, WorkingDirectory, StateDirectory, UMask), stop sends
#     SIGTERM and requires exit code 0;
#   - the operator's edit of the secrets file done with a development key;
#   - a line ending in "# needs Discord" printed, not run.
# Then checks what the steps should have left: a database and key readable only by the service, and
# both in the backup. Prints what it runs; exits non-zero on the first failure.
set -euo pipefail
repo=$(pwd)
root=$(mktemp -d /tmp/forumhelper-deploy.XXXXXX)
pid_file="$root/service.pid"
journal="$root/journal.log"
cleanup() {
  if [ -s "$pid_file" ]; then kill -TERM "$(cat "$pid_file")" 2>/dev/null && wait "$(cat "$pid_file")" 2>/dev/null || true; fi
  rm -rf "$root"
}
trap cleanup EXIT

port=18080
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done

rewrite() {
  sed -e "s#/opt/forumhelper#$root/opt/forumhelper#g" \
      -e "s#/etc/forumhelper#$root/etc/forumhelper#g" \
      -e "s#/etc/systemd/system#$root/etc/systemd/system#g" \
      -e "s#/var/lib/forumhelper#$root/var/lib/forumhelper#g" \
      -e "s#/var/backups/forumhelper#$root/var/backups/forumhelper#g" \
      -e "s#127.0.0.1:8080#127.0.0.1:$port#g"
}
mkdir -p "$root/etc/systemd/system" "$root/var/lib" "$root/var/backups"
unit="$root/etc/systemd/system/forumhelper.service"
unit_value() { rewrite <"$unit" | sed -n "s/^$1=//p"; }

sudo() { "$@"; }
systemctl() {
  case "$*" in
    daemon-reload)
      rewrite <"$unit" >"$root/forumhelper.service"
      local said
      said=$(systemd-analyze verify "$root/forumhelper.service" 2>&1) || { echo "$said"; return 1; }
      if grep -q forumhelper.service <<<"$said"; then echo "$said"; return 1; fi
      echo "(systemd-analyze verify: the unit is clean)" ;;
    "enable --now forumhelper" | "start forumhelper")
      local state="$root/var/lib/$(unit_value StateDirectory)"
      mkdir -p "$state" && chmod "$(unit_value StateDirectoryMode)" "$state"
      (
        # As systemd does: the unit's Environment= first, then the EnvironmentFile, whose values win.
        while IFS= read -r assignment; do export "${assignment//\"/}"; done < <(unit_value Environment)
        set -a; . "$(unit_value EnvironmentFile)"; set +a
        cd "$(unit_value WorkingDirectory)"
        umask "$(unit_value UMask)"
        # shellcheck disable=SC2046 # ExecStart is split into words as systemd splits it
        exec $(unit_value ExecStart)
      ) >>"$journal" 2>&1 &
      echo $! >"$pid_file"
      for _ in $(seq 1 300); do
        curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz" 2>/dev/null && { echo "(started: pid $(cat "$pid_file"))"; return 0; }
        kill -0 "$(cat "$pid_file")" 2>/dev/null || { echo "the service exited before answering /healthz:"; cat "$journal"; return 1; }
        sleep 0.05
      done
      echo "the service did not answer /healthz within 15 s:"; cat "$journal"; return 1 ;;
    "stop forumhelper")
      local pid status=0
      pid=$(cat "$pid_file")
      kill -TERM "$pid" 2>/dev/null || { echo "the service had already stopped:"; cat "$journal"; return 1; }
      wait "$pid" || status=$?
      : >"$pid_file"
      [ "$status" -eq 0 ] || { echo "the service exited with $status on SIGTERM:"; cat "$journal"; return 1; }
      echo "(stopped: exit code 0)" ;;
    *) echo "the rehearsal does not know systemctl $*"; return 1 ;;
  esac
}

# The operator's edit of the secrets file: the README's template with a development key's values.
fill_secrets() {
  local secrets="$root/etc/forumhelper/forumhelper.env"
  if [ -f "$secrets" ] && [ ! -s "$secrets" ]; then
    local public
    public=$("$root/opt/forumhelper/forumhelper" dev-keys --out "$root/dev.key" | sed -n 's/^Public key: //p')
    awk '/<!-- deploy: begin/,/<!-- deploy: end -->/' README.md | awk '/^ *```ini/{on=1; next} /^ *```/{on=0} on' | sed 's/^ *//' |
      sed -e "s/^Discord__PublicKey=.*/Discord__PublicKey=$public/" -e 's/^Discord__ApplicationId=.*/Discord__ApplicationId=123456789012345678/' \
          -e 's/^Discord__BotToken=.*/Discord__BotToken=not-a-real-token/' >"$secrets"
    echo "(secrets file filled with a development key, mode $(stat -c %a "$secrets"))"
  fi
}

block=0
while IFS= read -r -d $'\0' commands; do
  block=$((block + 1))
  fill_secrets
  echo "-- Deploy block $block --"
  while IFS= read -r line; do
    [ -z "$line" ] && continue
    echo "\$ $line"
    if [[ "$line" == *"# needs Discord" ]]; then echo "(not run: needs Discord)"; continue; fi
    eval "$(rewrite <<<"$line")" </dev/null # a command that reads its input must not eat the block's next lines
    if [[ "$line" == curl* ]]; then echo; fi # /healthz answers without a final newline
  done <<<"$commands"
done < <(awk '/<!-- deploy: begin/,/<!-- deploy: end -->/' README.md |
  awk '/^ *```sh/{on=1; text=""; next} /^ *```/{ if (on) printf "%s%c", text, 0; on=0; next } on { sub(/^ +/, ""); text = text $0 "\n" }')

[ "$block" -ge 5 ] || { echo "only $block deploy blocks found in the README"; exit 1; }
state="$root/var/lib/forumhelper"
for file in forumhelper.db forumhelper.db.key; do
  [ "$(stat -c %a "$state/$file")" = 600 ] || { echo "$file is mode $(stat -c %a "$state/$file"), not 600"; exit 1; }
  [ -s "$root/var/backups/forumhelper/$file" ] || { echo "$file is missing from the backup"; exit 1; }
done
[ "$(sqlite3 "$root/var/backups/forumhelper/forumhelper.db" "SELECT count(*) FROM sqlite_master WHERE name = 'cases'")" = 1 ] ||
  { echo "the backup holds no cases table"; exit 1; }
echo "deploy rehearsal: $block blocks run; database and key 0600 and backed up; published folder $(du -sh out | cut -f1)"
