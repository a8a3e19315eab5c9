#!/usr/bin/env python3
"""The goal-blind explorer: a cheater's baseline for text games. Every task must fail with it.

It never reads the goal. It visits and opens everything, takes everything, and tries
every admissible command once per situation (where it is and what it carries), most
promising verbs first; when nothing is left to try, or one step before the step limit,
it declares the task infeasible, naming the last thing the game said has no source
(the only "missing thing" it can know without the goal), else answering `N/A`.

It is deterministic (no randomness at all), so the same task gives the same episode.
On a page that is not a text game it answers `N/A` at once. Standard library only.

    gauntlet run --agent "python3 examples/agents/explorer_agent.py" --suite crafting
"""
import json
import re
import sys

OPTION = re.compile(r"^\s*\[[^\]]+\] option '(?P<command>(?:[^'\\]|\\.)*)'")
ROW = re.compile(r"^\s*\[[^\]]+\] (?P<role>\S+) '(?P<name>(?:[^'\\]|\\.)*)'(?P<props>.*)$")
# Lower is tried first: what opens the world, then what gathers, then new places, then
# what changes things; "go" to a place already seen comes after all of these.
PRIORITY = {"unlock": 0, "open": 1, "take": 2, "get": 2, "craft": 4, "use": 4, "heat": 4, "cool": 4,
            "clean": 4, "slice": 4, "move": 5, "examine": 6, "go": 7, "drop": 8, "close": 9}
NEW_PLACE = 3


def send(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def unquote(text):
    return text.replace("\\'", "'").replace("\\\\", "\\")


class Explorer:
    def __init__(self, step_budget):
        self.budget = max(1, step_budget)
        self.steps = 0
        self.tried = set()      # (situation, command)
        self.last = None        # the last command said
        self.no_source = None   # the last item `get` said nothing makes
        self.seen = set()       # places been at (headings)

    def situation(self, rows):
        """Where the agent is and what it holds: a command is tried once per situation."""
        where = next((r["name"] for r in rows if r["role"] == "heading"), "")
        held = []
        section = None
        for r in rows:
            if r["role"] == "list":
                section = r["name"]
            elif section == "Inventory" and r["role"] == "listitem":
                held.append(r["name"])
        # Crafting has one place, and its inventory changes with every `get`: a command there
        # is tried once.
        return where if where == "Crafting table" else where + "|" + ",".join(sorted(held))

    @staticmethod
    def probes(rows, commands):
        """Crafting: `get` every ingredient a recipe names that nothing lists, to learn it has no source."""
        recipes = [r["name"] for r in rows if r["role"] == "listitem" and "value='recipe'" in r["props"]]
        made = {r.split(" using ")[0].split(" ", 2)[2] for r in recipes}
        listed = {" ".join(c.split(" ")[2:]) for c in commands if c.startswith("get ")}
        named = []
        for r in recipes:
            for part in r.split(" using ", 1)[1].split(", "):
                item = part.split(" ", 1)[1]
                if item not in made and item not in listed and item not in named:
                    named.append(item)
        return ["get 1 " + item for item in named]

    def declare(self):
        return "answer [infeasible] [%s]" % self.no_source if self.no_source else "stop [N/A]"

    def act(self, observation):
        self.steps += 1
        text = observation.get("text", "")
        first = text.splitlines()[0] if text else ""
        if " won" in first:
            return "stop [done]"
        rows = [dict(m.groupdict(), name=unquote(m.group("name"))) for m in map(ROW.match, text.splitlines()) if m]
        for r in rows:
            if r["role"] == "status" and "notGettable" in r["props"] and self.last and self.last.startswith("get "):
                self.no_source = " ".join(self.last.split(" ")[2:])
        commands = [unquote(m.group("command")) for m in map(OPTION.match, text.splitlines()) if m]
        if not commands or self.steps >= self.budget:
            return self.declare()
        here = self.situation(rows)
        self.seen.add(next((r["name"] for r in rows if r["role"] == "heading"), "").lower())
        exits = {r["name"]: unquote(re.search(r"value='((?:[^'\\]|\\.)*)'", r["props"]).group(1)).lower()
                 for r in rows if r["role"] == "link" and "value='" in r["props"]}

        probes = set(self.probes(rows, commands))
        commands += sorted(probes)

        def priority(command):
            words = command.split(" ")
            if command in probes:
                return 0
            if words[0] == "go":
                place = exits.get(words[1], "") if len(words) == 2 else "at the " + " ".join(words[2:])
                if place not in self.seen:
                    return NEW_PLACE
            return PRIORITY[words[0]]

        fresh = [c for c in commands if c.split(" ")[0] in PRIORITY and (here, c) not in self.tried]
        if not fresh:
            return self.declare()
        best = min(fresh, key=lambda c: (priority(c), commands.index(c)))
        self.tried.add((here, best))
        self.last = best
        return "say [%s]" % best


def main():
    agent = None
    for line in sys.stdin:
        message = json.loads(line)
        kind = message.get("type")
        if kind == "hello":
            send({"type": "ready", "agent": "explorer", "version": "1.0"})
        elif kind == "episode":
            agent = Explorer(int(message.get("limits", {}).get("steps", 30)))
            if message.get("action_space") != "text":
                send({"type": "action", "action": "stop [N/A]"})
                continue
            send({"type": "action", "action": agent.act(message["observation"])})
        elif kind == "observation":
            send({"type": "action", "action": agent.act(message["observation"])})
        elif kind == "bye":
            break


if __name__ == "__main__":
    main()
