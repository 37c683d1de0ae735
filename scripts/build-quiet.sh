#!/usr/bin/env bash
# Build and print only what matters: errors, build-step summaries, the result.
npm run build > /tmp/build.log 2>&1; rc=$?
grep -E '\[ERROR\]|error|\[(tibetan-font-subset|content-lint|search-index|service-worker)\]|Complete!|page\(s\) built' /tmp/build.log | grep -v 'does not exist or is empty' | head -40
exit $rc
