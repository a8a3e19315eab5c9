#!/usr/bin/env python3
"""The random agent: acts uniformly at random among the interactive elements.

Its generator is SplitMix64, seeded from the episode message's `episode.seed`, so the
same run seed gives the same actions. It stops after a random number of steps.
Every Gauntlet task must fail with it. Standard library only.
"""
import json
import re
import sys

MASK = (1 << 64) - 1
OPTION = re.compile(r"^\s*\[[^\]]+\] option '(.*)'")
NODE = re.compile(r"^ *\[(?P<id>[^\]]+)\] (?P<role>\S+)")
CLICKABLE = {"link", "button", "checkbox", "radio", "menuitem", "tab", "option"}
TYPEABLE = {"textbox", "searchbox", "combobox"}
WORDS = ["red", "shoes", "jacket", "cheap", "blue", "size", "order", "book"]


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def below(self, n):
        """Uniform in [0, n) without modulo bias."""
        limit = MASK - (MASK % n)
        while True:
            value = self.next()
            if value < limit:
                return value % n


def send(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


class RandomAgent:
    def __init__(self, seed, step_budget, text_game=False):
        self.text_game = text_game
        self.rng = SplitMix64(seed)
        self.stop_after = 1 + self.rng.below(max(1, step_budget - 1))
        self.steps = 0

    def act(self, observation):
        self.steps += 1
        if self.steps >= self.stop_after:
            return "stop [N/A]"
        if self.text_game:
            commands = [m.group(1) for m in map(OPTION.match, observation.get("text", "").splitlines()) if m]
            if commands:
                return "say [%s]" % commands[self.rng.below(len(commands))]
            return "stop [N/A]"
        targets = []
        for line in observation.get("text", "").splitlines():
            match = NODE.match(line)
            if match and (match.group("role") in CLICKABLE or match.group("role") in TYPEABLE):
                targets.append((match.group("id"), match.group("role")))
        if not targets:
            return "scroll [%s]" % ("down" if self.rng.below(2) else "up")
        element, role = targets[self.rng.below(len(targets))]
        if role in TYPEABLE:
            return "type [%s] [%s] [1]" % (element, WORDS[self.rng.below(len(WORDS))])
        return "click [%s]" % element


def main():
    agent = None
    for line in sys.stdin:
        message = json.loads(line)
        kind = message.get("type")
        if kind == "hello":
            send({"type": "ready", "agent": "random", "version": "1.0"})
        elif kind == "episode":
            agent = RandomAgent(int(message["episode"]["seed"]), int(message["limits"]["steps"]),
                                text_game=message.get("action_space") == "text")
            send({"type": "action", "action": agent.act(message["observation"])})
        elif kind == "observation":
            send({"type": "action", "action": agent.act(message["observation"])})
        elif kind == "bye":
            break


if __name__ == "__main__":
    main()
