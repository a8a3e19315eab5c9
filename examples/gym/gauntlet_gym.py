"""A Gymnasium environment over `gauntlet env-server` (docs/env-server.md).

    env = GauntletEnv("http://127.0.0.1:8000", task_id="shop/add-to-wishlist-001")
    obs, info = env.reset(seed=0)
    obs, reward, terminated, truncated, info = env.step("click [12]")

Observations and actions are text. The reward is the task's score when the episode
ends (0 before, or the key-node progress gained when `shaped_reward=True`). An episode
that reaches the task's step limit unanswered is truncated; one that answers (`stop [...]`)
is terminated. An action that does not parse changes nothing: the observation comes back
with `info["error"]` set and no reward.

With `family=` instead of a task, every reset plays a generated text game: `reset(seed=s)`
plays game s of that family, `reset()` draws one from the environment's generator.
"""
import json

import gymnasium as gym
from gymnasium import spaces
from websockets.sync.client import connect

# Text spaces need an alphabet: tab, newline and every character up to U+2FFF cover the
# trees' text; anything beyond is shown as '?'.
CHARSET = frozenset(chr(c) for c in [9, 10, *range(32, 0x3000)])
MAX_OBSERVATION = 200_000
MAX_ACTION = 2_000


def _text(value, limit):
    return "".join(c if c in CHARSET else "?" for c in value[:limit])


class GauntletEnv(gym.Env):
    metadata = {"render_modes": ["ansi"]}

    def __init__(self, url, task_id=None, family=None, shaped_reward=False, render_mode=None):
        if (task_id is None) == (family is None):
            raise ValueError("give exactly one of task_id and family")
        self.url = url.replace("http://", "ws://").rstrip("/") + "/ws"
        self.task_id, self.family, self.shaped_reward = task_id, family, shaped_reward
        self.render_mode = render_mode
        self.observation_space = spaces.Text(max_length=MAX_OBSERVATION, min_length=0, charset=CHARSET)
        self.action_space = spaces.Text(max_length=MAX_ACTION, min_length=1, charset=CHARSET)
        self._socket = None
        self._requests = 0
        self._last = ""

    def _ask(self, kind, data=None):
        if self._socket is None:
            self._socket = connect(self.url, max_size=None)
        self._requests += 1
        message = {"type": kind, "request_id": self._requests}
        if data is not None:
            message["data"] = data
        self._socket.send(json.dumps(message))
        reply = json.loads(self._socket.recv())
        if reply.get("request_id") != self._requests:
            raise RuntimeError(f"reply to another request: {reply}")
        return reply

    def _observe(self, observation):
        goal = observation["goal"]
        self._last = _text(f"GOAL: {goal}\n{observation['text']}", MAX_OBSERVATION)
        return self._last

    def reset(self, *, seed=None, options=None):
        super().reset(seed=seed)
        data = {"shaped_reward": self.shaped_reward}
        if self.task_id is not None:
            data["task_id"] = self.task_id
            data["seed"] = 0 if seed is None else seed
        else:
            data["family"] = self.family
            data["seed"] = int(seed) if seed is not None else int(self.np_random.integers(0, 2**31))
        reply = self._ask("reset", data)
        if reply["type"] == "error":
            raise RuntimeError(reply["data"]["message"])
        observation = reply["data"]["observation"]
        return self._observe(observation), self._info(observation)

    def step(self, action):
        reply = self._ask("step", {"action": action})
        if reply["type"] == "error":
            return self._last, 0.0, False, False, {"error": reply["data"]["message"], "code": reply["data"]["code"]}
        data = reply["data"]
        observation = data["observation"]
        status = observation["metadata"]["status"]
        truncated = data["done"] and status == "step_limit"
        terminated = data["done"] and not truncated
        info = self._info(observation)
        return self._observe(observation), float(data["reward"] or 0.0), terminated, truncated, info

    @staticmethod
    def _info(observation):
        """What the same seed and actions always give (so not the episode id)."""
        metadata = observation["metadata"]
        info = {"task_id": metadata["task_id"], "status": metadata["status"], "progress": metadata["progress"],
                "step": observation["step"], "last_action_error": observation["last_action_error"]}
        if "score" in metadata:
            info["score"] = metadata["score"]
        return info

    def render(self):
        return self._last

    def close(self):
        if self._socket is not None:
            try:
                self._socket.send(json.dumps({"type": "close"}))
            finally:
                self._socket.close()
                self._socket = None
