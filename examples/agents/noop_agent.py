#!/usr/bin/env python3
"""The do-nothing agent: says ready, then stops at once in every episode.

Every Gauntlet task must fail with it: it is the floor of the leaderboard.
"""
import json
import sys

for line in sys.stdin:
    message = json.loads(line)
    kind = message.get("type")
    if kind == "hello":
        print(json.dumps({"type": "ready", "agent": "noop", "version": "1.0"}), flush=True)
    elif kind in ("episode", "observation"):
        print(json.dumps({"type": "action", "action": "stop []"}), flush=True)
    elif kind == "bye":
        break
