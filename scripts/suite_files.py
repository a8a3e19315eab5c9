"""Writes a generated task suite: suite.json and one file per task, replacing the task files
an earlier run wrote. Shared by the suite generators (scripts/*-suite/generate.py), so every
suite's files have the same layout: two-space JSON, UTF-8 as it is, a final newline.
"""
import json
import os


def write_suite(out, suite, tasks):
    """Writes `suite` (suite.json's object) and `tasks` (each named by its id's last part) to `out`."""
    os.makedirs(out, exist_ok=True)
    for name in os.listdir(out):
        if name.endswith(".json") and name != "suite.json":
            os.remove(os.path.join(out, name))
    write_json(os.path.join(out, "suite.json"), suite)
    for task in tasks:
        write_json(os.path.join(out, task["id"].split("/")[1] + ".json"), task)


def write_json(path, value):
    with open(path, "w") as handle:
        json.dump(value, handle, indent=2, ensure_ascii=False)
        handle.write("\n")
