#!/usr/bin/env bash
# HTML validation: fetches the main pages of a running server (BASE_URL, or
# the first argument) into a temporary folder and checks them with the W3C
# Nu HTML checker from the vnu-jar npm package. Any error fails; each error
# is printed as FILE:LINE.COL-LINE.COL: error: MESSAGE (the file is named
# after the page). Called by run.sh; needs java, node, curl, node_modules.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BASE_URL="${1:-${BASE_URL:?set BASE_URL or pass the server address}}"
BASE_URL="${BASE_URL%/}"
VNU="$HERE/node_modules/vnu-jar/build/dist/vnu.jar"
[ -f "$VNU" ] || { echo "validate-html: $VNU is missing (run npm ci in tests/browser)" >&2; exit 1; }

OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

# Real ids from the API, so the pages exist.
IDS="$(BASE_URL="$BASE_URL" node --input-type=module -e '
  const base = process.env.BASE_URL;
  const get = async (p) => { const r = await fetch(base + p); if (!r.ok) throw new Error(`${p}: ${r.status}`); return r.json(); };
  const [events, actors, topics, documents] = await Promise.all(["/api/events", "/api/actors", "/api/topics", "/api/documents"].map(get));
  const pick = (list) => [...list].filter((x) => x.events > 0).sort((a, b) => b.events - a.events)[0];
  const actor = pick(actors.actors), topic = pick(topics.topics), doc = pick(documents.documents);
  const event = events.events[0];
  if (!actor || !topic || !doc || !event) throw new Error("the API lists no actor, topic, document or event with events");
  const e = encodeURIComponent;
  console.log([`actor=${e(actor.id)}&topic=${e(topic.id)}`, e(event.id), e(actor.id), e(topic.id), e(doc.id)].join(" "));
')"
read -r ACTOR_TOPIC EVENT ACTOR TOPIC DOCUMENT <<<"$IDS"

failed=0
fetch() { # NAME PATH EXPECTED_STATUS
  local status
  status="$(curl -sS -o "$OUT/$1.html" -w '%{http_code}' "$BASE_URL$2")"
  if [ "$status" != "$3" ]; then
    echo "validate-html: GET $2 answered $status, expected $3" >&2
    failed=1
  fi
}
fetch timeline / 200
fetch key "/?importance=key" 200
fetch statements /statements 200
fetch lanes "/lanes?actor=armenia&actor=csto&actor=russia" 200
fetch lanes-empty /lanes 200
fetch filtered "/?$ACTOR_TOPIC&order=newest" 200
fetch about /about 200
fetch event "/events/$EVENT" 200
fetch actor "/actors/$ACTOR" 200
fetch topic "/topics/$TOPIC" 200
fetch document "/documents/$DOCUMENT" 200
fetch actors /actors 200
fetch topics /topics 200
fetch bad-filter "/?actor=no-such-actor" 400
fetch not-found /no/such/page 404

echo "validate-html: checking $(ls "$OUT" | wc -l) pages with the Nu HTML checker"
if ! (cd "$OUT" && java -Xss2m -jar "$VNU" --errors-only --format gnu ./*.html); then
  echo "validate-html: the Nu HTML checker found errors (above)" >&2
  failed=1
fi
if [ "$failed" = 0 ]; then echo "validate-html: no errors"; fi
exit "$failed"
