#!/bin/sh
# The shell one-liner agent, written from docs/protocol.md alone: harness lines are compact
# and start with {"type":"NAME", so a case on the prefix is enough. It says ready, gives up
# at once in every episode (stop [N/A] = status infeasible), and exits on bye.
while IFS= read -r l; do case "$l" in '{"type":"hello"'*) echo '{"type":"ready","agent":"shell-oneliner","version":"1"}';; '{"type":"episode"'*|'{"type":"observation"'*) echo '{"type":"action","action":"stop [N/A]"}';; '{"type":"bye"'*) exit 0;; esac; done
