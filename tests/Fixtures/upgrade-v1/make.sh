#!/usr/bin/env bash
# Writes the upgrade fixtures with the PREVIOUS release (the stand-in runtime, commit 7b6acaf), so the current
# release can be tested against data it did not write. Run from a checkout of that commit:
#   git worktree add /tmp/v1 7b6acaf && bash tests/Fixtures/upgrade-v1/make.sh /tmp/v1 OUT [sqlite|azureblob]
# For azureblob, AZURE_CONNECTION must point at a running Azurite and DUMP a node script that copies the
# container into OUT/blobs (dump-blobs.mjs beside this file). Kept for the record: the fixtures are committed.
set -euo pipefail
old=$1; out=$2; provider=${3:-sqlite}
mkdir -p "$out"; data=$(mktemp -d)
admin=fixture-admin-token-0123456789abcdef
port=5391
export Platform__AdminToken=$admin Platform__DataPath=$data Storage__Provider=$provider Counters__FlushInterval=00:00:01
if [ "$provider" = azureblob ]; then export Storage__AzureBlob__ConnectionString=$AZURE_CONNECTION; fi
dotnet run --no-build --project "$old/src/Platform.Gateway" -- --urls http://127.0.0.1:$port >"$out/gateway.log" 2>&1 &
pid=$!
for _ in $(seq 60); do curl -fs http://127.0.0.1:$port/health/ready >/dev/null && break; sleep 1; done
api=http://127.0.0.1:$port/api/v1
browser='Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36'
j() { curl -fsS -H 'Content-Type: application/json' "$@"; }
owner=$(j -X POST "$api/blogs" -H "Authorization: Bearer $admin" \
  -d '{"name":"upgrade","title":"업그레이드 blog","locale":"ko","timeZone":"Asia/Seoul"}' | jq -r .token.token)
j -X PATCH "$api/blogs/upgrade" -H "Authorization: Bearer $owner" -d '{"customDomains":["upgrade.example"]}' >/dev/null
editor=$(j -X POST "$api/blogs/upgrade/tokens" -H "Authorization: Bearer $owner" -d '{"name":"editor","role":"editor"}' | jq -r .token)
author=$(j -X POST "$api/blogs/upgrade/tokens" -H "Authorization: Bearer $owner" -d '{"name":"author","role":"author"}' | jq -r .token)
contrib=$(j -X POST "$api/blogs/upgrade/tokens" -H "Authorization: Bearer $owner" -d '{"name":"contributor","role":"contributor"}' | jq -r .token)
revoked=$(j -X POST "$api/blogs/upgrade/tokens" -H "Authorization: Bearer $owner" -d '{"name":"revoked","role":"editor"}')
curl -fsS -X DELETE "$api/blogs/upgrade/tokens/$(jq -r .id <<<"$revoked")" -H "Authorization: Bearer $owner"
md() { printf -- '---\ntitle: "%s"\nslug: %s\ntags: [%s]\ncategories: [%s]\n---\n%s\n' "$@"; }
first=$(md "첫 글" first-post "intro, 한글" "notes, daily" "Version **one**." | curl -fsS -X POST "$api/blogs/upgrade/posts" \
  -H "Authorization: Bearer $owner" -H 'Content-Type: text/markdown' --data-binary @- | jq -r .id)
md "첫 글" first-post "intro, 한글" "notes, daily" "Version **two**." | curl -fsS -o /dev/null -X PUT "$api/blogs/upgrade/posts/$first" \
  -H "Authorization: Bearer $owner" -H 'If-Match: "r1"' -H 'Content-Type: text/markdown' --data-binary @-
# Third revision moves the permalink: the old one must answer 301 after the upgrade.
md "첫 글" renamed-post "intro, 한글" "notes, daily" "Version **three**." | curl -fsS -o /dev/null -X PUT "$api/blogs/upgrade/posts/$first" \
  -H "Authorization: Bearer $owner" -H 'If-Match: "r2"' -H 'Content-Type: text/markdown' --data-binary @-
byauthor=$(md "By the author" by-author "intro" "notes" "Written by the author token." | curl -fsS -X POST "$api/blogs/upgrade/posts" \
  -H "Authorization: Bearer $author" -H 'Content-Type: text/markdown' --data-binary @- | jq -r .id)
draft=$(j -X POST "$api/blogs/upgrade/posts" -H "Authorization: Bearer $contrib" \
  -d '{"title":"A draft","markdown":"Not yet.","tags":["plans"],"status":"draft"}' | jq -r .id)
later=$(j -X POST "$api/blogs/upgrade/posts" -H "Authorization: Bearer $editor" \
  -d '{"title":"Later","markdown":"Comes in 2030.","tags":["plans"],"status":"draft"}' | jq -r .id)
j -X POST "$api/blogs/upgrade/posts/$later/schedule" -H "Authorization: Bearer $editor" -d '{"at":"2030-01-01T09:00:00+09:00"}' >/dev/null
url=$(curl -fsS "$api/blogs/upgrade/posts/$first" -H "Authorization: Bearer $owner" | jq -r .url)
path=/@upgrade$(sed -E "s#^https?://[^/]+##" <<<"$url")
for _ in 1 2 3 4 5 6 7; do curl -fsS -o /dev/null -A "$browser" "http://127.0.0.1:$port$path"; done
for _ in 1 2; do curl -fsS -o /dev/null -A "$browser" -X POST "http://127.0.0.1:$port/@upgrade/_platform/like/$first"; done
sleep 3   # two flush intervals: the counters are written and rolled up to the blog and the tags
kill -TERM $pid; wait $pid || true
jq -n --arg owner "$owner" --arg editor "$editor" --arg author "$author" --arg contributor "$contrib" \
  --arg revoked "$(jq -r .token <<<"$revoked")" --arg first "$first" --arg byAuthor "$byauthor" --arg draft "$draft" \
  --arg later "$later" --arg path "$path" \
  '{tokens: {owner: $owner, editor: $editor, author: $author, contributor: $contributor, revoked: $revoked},
    posts: {first: $first, byAuthor: $byAuthor, draft: $draft, later: $later}, firstPath: $path,
    firstRevision: 3, firstViews: 7, firstLikes: 2, customDomain: "upgrade.example"}' >"$out/expected.json"
if [ "$provider" = sqlite ]; then
  sqlite3 "$data/platform.db" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
  cp "$data/platform.db" "$out/platform.db"
else
  node "$DUMP" "$AZURE_CONNECTION" grainstate "$out/blobs"
fi
rm -rf "$data"
