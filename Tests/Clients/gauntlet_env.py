"""What the client tests share: the built gauntlet binary, an env server on a free port,
the tasks' oracle actions, and the score `gauntlet run` gives the same actions."""
import json
import os
import re
import sqlite3
import subprocess
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GAUNTLET = os.path.join(ROOT, ".build", "debug", "gauntlet")

# A shop task and a text-game task with their oracles, and a generated game.
SHOP_TASK = "shop/add-to-wishlist-001"
GAME_TASK = "household/look-at-obj-in-light-test-506001"


class Server:
    """`gauntlet env-server --port 0` with the given options, stopped on exit."""

    def __init__(self, *options):
        self.process = subprocess.Popen(
            [GAUNTLET, "env-server", "--port", "0", *options], cwd=ROOT,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines = []
        deadline = time.time() + 120
        while time.time() < deadline:
            line = self.process.stdout.readline()
            if not line:
                raise RuntimeError("env-server exited: " + "".join(self.lines))
            self.lines.append(line)
            found = re.search(r"on http://127\.0\.0\.1:(\d+)", line)
            if found:
                self.port = int(found.group(1))
                self.url = f"http://127.0.0.1:{self.port}"
                return
        raise RuntimeError("env-server did not start: " + "".join(self.lines))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=30)
        self.process.stdout.close()

    def get(self, path):
        with urllib.request.urlopen(self.url + path, timeout=30) as response:
            return json.loads(response.read())

    def post(self, path, body):
        request = urllib.request.Request(self.url + path, data=json.dumps(body).encode(),
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read())


def task_file(task_id):
    suite, name = task_id.split("/", 1)
    directory = os.path.join(ROOT, "tasks", suite)
    for file in sorted(os.listdir(directory)):
        if file.endswith(".json") and file != "suite.json":
            with open(os.path.join(directory, file)) as f:
                task = json.load(f)
            if task.get("id") == task_id:
                return task
    raise KeyError(task_id)


def oracle(task_id):
    """The task's oracle actions with its parameters filled in."""
    task = task_file(task_id)
    params = task.get("params", {})
    steps = []
    for step in task["oracle"]:
        for name, value in params.items():
            step = step.replace("{" + name + "}", str(value))
        steps.append(step)
    return steps


REPLAY_AGENT = '''#!/usr/bin/env python3
import json, os, sys
actions = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "actions.json")))
queue = []
for line in sys.stdin:
    message = json.loads(line)
    kind = message.get("type")
    if kind == "hello":
        print(json.dumps({"type": "ready", "agent": "replay", "version": "1"}), flush=True)
    elif kind == "episode":
        queue = list(actions)
    if kind in ("episode", "observation"):
        print(json.dumps({"type": "action", "action": queue.pop(0) if queue else "stop []"}), flush=True)
    elif kind == "bye":
        break
'''


def run_score(task_id, actions):
    """The score `gauntlet run` records for an agent sending `actions` on `task_id`."""
    # The agent's folder is shown to it, so the leaderboard lives beside, not inside.
    with tempfile.TemporaryDirectory() as parent:
        folder = os.path.join(parent, "agent")
        os.mkdir(folder)
        with open(os.path.join(folder, "replay_agent.py"), "w") as f:
            f.write(REPLAY_AGENT)
        with open(os.path.join(folder, "actions.json"), "w") as f:
            json.dump(actions, f)
        db = os.path.join(parent, "board.sqlite")
        suite = task_id.split("/", 1)[0]
        subprocess.run([GAUNTLET, "run", "--agent", f"python3 {folder}/replay_agent.py", "--suite", suite,
                        "--tasks", task_id, "--db", db, "--quiet"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
        with sqlite3.connect(db) as connection:
            (score,) = connection.execute("SELECT score FROM episodes WHERE task_id = ?", (task_id,)).fetchone()
        return score
