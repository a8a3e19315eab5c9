#!/usr/bin/env python3
"""A learning agent for Gauntlet's stream mode (protocol gauntlet/1), standard library only.

It plays like heuristic_agent.py (text games and web pages), but keeps a memory across
the episodes of one stream and uses what `episode_end` reveals (`status`, `score`,
`feedback`):

- a task it has solved before is replayed from the winning trajectory;
- a task it has failed before is played differently: every command of the failed
  attempt is penalised, so the next attempt explores other branches;
- per game family, verbs that appeared in winning trajectories get a bonus and verbs
  that appeared only in failures a small malus, so later tasks of the family lean
  towards what worked.

Nothing is learned in `episode` mode (a fresh process per episode): there it plays
exactly like the heuristic agent.

    gauntlet run --stream --epochs 2 --suite crafting --agent "python3 examples/agents/stream_agent.py"
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from heuristic_agent import Agent, TextGameAgent, send  # noqa: E402


class Memory:
    def __init__(self):
        self.solutions = {}     # task id -> the actions of a winning episode
        self.avoid = {}         # task id -> {command: times it was part of a failure}
        self.verb_bonus = {}    # family -> {verb: learned bonus}
        self.episodes = 0
        self.successes = 0

    def family(self, task_id):
        return task_id.split("/", 1)[0]

    def learn(self, task_id, actions, commands, status):
        self.episodes += 1
        bonus = self.verb_bonus.setdefault(self.family(task_id), {})
        verbs = [c.split(" ")[0] for c in commands if c]
        if status == "success":
            self.successes += 1
            self.solutions[task_id] = list(actions)
            self.avoid.pop(task_id, None)
            for verb in set(verbs):
                bonus[verb] = bonus.get(verb, 0.0) + 1.0
        else:
            if task_id not in self.solutions:
                avoid = self.avoid.setdefault(task_id, {})
                for command in commands:
                    avoid[command] = avoid.get(command, 0) + 1
            for verb in set(verbs):
                bonus[verb] = bonus.get(verb, 0.0) - 0.25


class LearningTextAgent(TextGameAgent):
    """TextGameAgent whose command values add what the memory learned."""

    def __init__(self, memory, task_id):
        self.memory = memory
        self.task_id = task_id

    def value_adjustment(self, command):
        verb = command.split(" ")[0]
        learned = self.memory.verb_bonus.get(self.memory.family(self.task_id), {}).get(verb, 0.0)
        avoided = self.memory.avoid.get(self.task_id, {}).get(command, 0)
        return max(-3.0, min(3.0, learned)) - 4 * avoided


class Episode:
    """One episode: replays a remembered solution, else plays and records."""

    def __init__(self, memory, message, learning):
        self.memory = memory
        self.task_id = message["task"]["id"]
        self.actions = []
        self.replay = list(memory.solutions.get(self.task_id, [])) if learning else []
        text = message.get("action_space") == "text"
        if text and learning:
            self.player = LearningTextAgent(memory, self.task_id)
        else:
            self.player = TextGameAgent() if text else Agent()
        self.player.reset(message["task"]["goal"], message.get("limits", {}).get("steps", 30))

    def act(self, observation, last_error):
        if self.replay and not last_error:
            action = self.replay.pop(0)
        else:
            self.replay = []    # the world did not go as remembered: play instead
            action = self.player.act(observation, last_error)
        self.actions.append(action)
        return action

    def commands(self):
        return [a[5:-1] for a in self.actions if a.startswith("say [") and a.endswith("]")]


def main():
    memory = Memory()
    learning = False
    episode = None
    for line in sys.stdin:
        message = json.loads(line)
        kind = message.get("type")
        if kind == "hello":
            learning = message.get("mode") == "stream"
            send({"type": "ready", "agent": "stream-python", "version": "1.0"})
        elif kind == "episode":
            episode = Episode(memory, message, learning)
            send({"type": "action", "action": episode.act(message["observation"], None)})
        elif kind == "observation":
            send({"type": "action", "action": episode.act(message["observation"], message.get("last_action_error"))})
        elif kind == "episode_end":
            if learning and message.get("revealed") and episode is not None:
                memory.learn(episode.task_id, episode.actions, episode.commands(), message.get("status"))
                sys.stderr.write("episode %d: %s %s (%s); %d solutions remembered\n" % (
                    memory.episodes, episode.task_id, message.get("status"), message.get("feedback"),
                    len(memory.solutions)))
            episode = None
        elif kind == "bye":
            break


if __name__ == "__main__":
    main()
