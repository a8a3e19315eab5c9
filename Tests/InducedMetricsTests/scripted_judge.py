#!/usr/bin/env python3
"""A scripted process judge for tests: each start takes the first line of the plan
file (argv[1]) and answers the one request it reads accordingly:

    good        a valid answer (judge: every metric rated 1 citing step 1), with usage
    notjson     a line that is not JSON
    wrongschema an object of the wrong shape
    outofrange  judge traits rated 2
    error       {"error": ...}
    sleep       sleeps 600 s (far past the test's timeout)

An empty plan answers `good`. Standard library only.
"""
import json
import sys
import time

plan_path = sys.argv[1]
with open(plan_path) as f:
    plan = [line.strip() for line in f if line.strip()]
step = plan.pop(0) if plan else "good"
with open(plan_path, "w") as f:
    f.write("".join(p + "\n" for p in plan))

request = json.loads(sys.stdin.readline())
metrics = [m["name"] for m in request["material"].get("metrics", [])]
usage = {"input_tokens": 10, "output_tokens": 5, "cost_usd": 0.001}
if step == "sleep":
    time.sleep(600)
if step == "notjson":
    print("Sure! Here is my rating: positive", flush=True)
elif step == "wrongschema":
    print(json.dumps({"id": request["id"], "output": {"ratings": {"m": "good"}}, "usage": usage}), flush=True)
elif step == "outofrange":
    traits = [{"metric": m, "rating": 2, "reasoning": "very good", "steps": [1]} for m in metrics]
    print(json.dumps({"id": request["id"], "output": {"traits": traits}, "usage": usage}), flush=True)
elif step == "error":
    print(json.dumps({"id": request["id"], "error": "model overloaded"}), flush=True)
else:
    traits = [{"metric": m, "rating": 1, "reasoning": "did well", "steps": [1]} for m in metrics]
    print(json.dumps({"id": request["id"], "output": {"traits": traits}, "usage": usage}), flush=True)
