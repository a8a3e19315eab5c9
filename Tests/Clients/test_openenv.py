"""openenv-core's own client (GenericEnvClient, 0.3.0) against `gauntlet env-server`:
full episodes on a shop and a text-game task whose rewards match `gauntlet run`'s scores
for the same actions, 64 concurrent isolated sessions, typed errors that leave the
session usable, capacity, idle timeout, request ids, and the HTTP routes."""
import asyncio
import json
import time
import unittest

from openenv.core.generic_client import GenericEnvClient
from websockets.sync.client import connect

import gauntlet_env as g


def play(url, reset, actions):
    """Resets, sends `actions`, and returns the last step result with every reward."""
    with GenericEnvClient(base_url=url).sync() as env:
        result = env.reset(**reset)
        assert result.done is False and result.reward is None, result
        assert result.observation["goal"], result.observation
        rewards = []
        for action in actions:
            assert not result.done
            result = env.step({"action": action})
            rewards.append(result.reward)
        return result, rewards


class OpenEnvClientTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = g.Server("--max-sessions", "80").__enter__()

    @classmethod
    def tearDownClass(cls):
        cls.server.__exit__(None, None, None)

    def test_shop_episode_reward_is_the_run_score(self):
        actions = g.oracle(g.SHOP_TASK)
        result, rewards = play(self.server.url, {"task_id": g.SHOP_TASK}, actions)
        self.assertTrue(result.done)
        self.assertEqual(result.observation["metadata"]["status"], "success")
        self.assertEqual(result.reward, 1.0)
        self.assertEqual(rewards[:-1], [0.0] * (len(actions) - 1))
        self.assertEqual(result.reward, g.run_score(g.SHOP_TASK, actions))
        # A wrong answer scores what `gauntlet run` gives it too.
        wrong = actions[:2] + ["stop"]
        result, _ = play(self.server.url, {"task_id": g.SHOP_TASK}, wrong)
        self.assertEqual(result.reward, g.run_score(g.SHOP_TASK, wrong))
        self.assertLess(result.reward, 1.0)

    def test_text_game_episode_reward_is_the_run_score(self):
        actions = g.oracle(g.GAME_TASK)
        result, _ = play(self.server.url, {"task_id": g.GAME_TASK}, actions)
        self.assertTrue(result.done)
        self.assertEqual(result.reward, 1.0)
        self.assertEqual(result.reward, g.run_score(g.GAME_TASK, actions))

    def test_reset_by_suite_index_and_generated_family(self):
        with GenericEnvClient(base_url=self.server.url).sync() as env:
            first = env.reset(suite="shop", index=0)
            self.assertTrue(first.observation["metadata"]["task_id"].startswith("shop/"))
            game = env.reset(family="crafting", seed=5)
            self.assertEqual(game.observation["action_space"], "text")
            again = env.reset(family="crafting", seed=5)
            self.assertEqual(game.observation["goal"], again.observation["goal"])
            self.assertEqual(game.observation["text"], again.observation["text"])
            state = env.state()
            self.assertEqual(state["step_count"], 0)
            self.assertEqual(state["status"], "running")
            stepped = env.step({"action": "say [look]"})
            self.assertEqual(stepped.observation["step"], 1)
            self.assertEqual(env.state()["step_count"], 1)

    def test_shaped_reward_only_when_asked(self):
        actions = g.oracle(g.SHOP_TASK)
        with GenericEnvClient(base_url=self.server.url).sync() as env:
            env.reset(task_id=g.SHOP_TASK, shaped_reward=True)
            shaped = [env.step({"action": a}).reward for a in actions[:-1]]
        self.assertGreater(sum(shaped), 0, shaped)
        _, plain = play(self.server.url, {"task_id": g.SHOP_TASK}, actions[:-1])
        self.assertEqual(plain, [0.0] * len(plain))

    def test_64_concurrent_sessions_are_isolated(self):
        actions = g.oracle(g.SHOP_TASK)

        async def one(index):
            async with GenericEnvClient(base_url=self.server.url) as env:
                # Even sessions solve the task; odd ones sign in only, then answer. A
                # wishlist item leaking between instances would pass an odd one.
                plan = actions if index % 2 == 0 else actions[:4] + ["stop"]
                # A sandbox_error (a request timing out on a loaded machine) is Gauntlet's
                # failure, retried as `gauntlet run` retries it; anything else counts.
                for _ in range(3):
                    await env.reset(task_id=g.SHOP_TASK)
                    for action in plan:
                        result = await env.step({"action": action})
                        if result.done:
                            break
                    if result.observation["metadata"]["status"] != "sandbox_error":
                        return result.reward
                return None

        async def all_of_them():
            return await asyncio.gather(*(one(i) for i in range(64)))

        rewards = asyncio.run(all_of_them())
        partial = g.run_score(g.SHOP_TASK, actions[:4] + ["stop"])
        self.assertLess(partial, 1.0)
        self.assertEqual(rewards, [1.0 if i % 2 == 0 else partial for i in range(64)])

    def test_typed_errors_leave_the_session_usable(self):
        with connect(self.server.url.replace("http", "ws") + "/ws") as ws:
            def ask(message):
                ws.send(message if isinstance(message, str) else json.dumps(message))
                return json.loads(ws.recv(timeout=60))

            self.assertEqual(ask("{not json")["data"]["code"], "INVALID_JSON")
            self.assertEqual(ask({"type": "bogus"})["data"]["code"], "UNKNOWN_TYPE")
            self.assertEqual(ask({"type": "step", "data": {"action": "say [look]"}})["data"]["code"], "EXECUTION_ERROR")
            self.assertEqual(ask({"type": "reset", "data": {"task_id": "shop/no-such-task"}})["data"]["code"], "VALIDATION_ERROR")
            reply = ask({"type": "reset", "data": {"task_id": g.SHOP_TASK}, "request_id": "r-1"})
            self.assertEqual((reply["type"], reply["request_id"]), ("observation", "r-1"))
            bad = ask({"type": "step", "data": {"action": "frobnicate [3]"}, "request_id": 7})
            self.assertEqual((bad["type"], bad["data"]["code"], bad["request_id"]), ("error", "VALIDATION_ERROR", 7))
            self.assertEqual(ask({"type": "state"})["data"]["step_count"], 0)
            missing = ask({"type": "step", "data": {"action": "click [99999]"}})
            self.assertEqual(missing["type"], "observation")
            self.assertTrue(missing["data"]["observation"]["last_action_error"])
            for action in g.oracle(g.SHOP_TASK):
                reply = ask({"type": "step", "data": {"action": action}})
            self.assertEqual((reply["data"]["done"], reply["data"]["reward"]), (True, 1.0))

    def test_snapshot_and_fork_continue_identically(self):
        url = self.server.url.replace("http", "ws") + "/ws"
        for task in (g.SHOP_TASK, g.GAME_TASK):
            actions = g.oracle(task)
            with connect(url) as a, connect(url) as b:
                def ask(ws, kind, data=None):
                    ws.send(json.dumps({"type": kind, "data": data or {}}))
                    return json.loads(ws.recv(timeout=60))

                ask(a, "reset", {"task_id": task})
                for action in actions[:2]:
                    ask(a, "step", {"action": action})
                token = ask(a, "state", {"snapshot": True})["data"]["snapshot"]
                forked = ask(a, "fork")["data"]
                fork_session = forked["observation"]["metadata"]["session_id"]
                restored = ask(b, "reset", {"snapshot": token})["data"]
                self.assertEqual(restored["observation"]["text"], forked["observation"]["text"])
                self.assertEqual(restored["observation"]["step"], 2)
                for action in actions[2:]:
                    original = ask(a, "step", {"action": action})["data"]
                    copy = ask(b, "step", {"action": action})["data"]
                    status, other = self.server.post("/step", {"session_id": fork_session, "action": {"action": action}})
                    self.assertEqual(status, 200, other)
                    for reply in (copy, other):
                        self.assertEqual(reply["observation"]["text"], original["observation"]["text"])
                        self.assertEqual((reply["reward"], reply["done"]), (original["reward"], original["done"]))
                self.assertEqual(original["reward"], 1.0)
                # The token still holds the state it was taken at, however far the others went.
                again = ask(b, "reset", {"snapshot": token})["data"]
                self.assertEqual(again["observation"]["text"], restored["observation"]["text"])
                self.server.post("/close", {"session_id": fork_session})

    def test_http_routes(self):
        self.assertEqual(self.server.get("/health"), {"status": "healthy"})
        metadata = self.server.get("/metadata")
        self.assertEqual(metadata["name"], "gauntlet")
        self.assertIn("shop", metadata["suites"])
        schema = self.server.get("/schema")
        self.assertEqual(sorted(schema), ["action", "observation", "state"])
        self.assertEqual(schema["action"]["required"], ["action"])
        status, reset = self.server.post("/reset", {"task_id": g.SHOP_TASK})
        self.assertEqual(status, 200)
        session = reset["observation"]["metadata"]["session_id"]
        for action in g.oracle(g.SHOP_TASK):
            status, step = self.server.post("/step", {"session_id": session, "action": {"action": action}})
            self.assertEqual(status, 200, step)
        self.assertEqual((step["done"], step["reward"]), (True, 1.0))
        status, error = self.server.post("/step", {"session_id": session, "action": {"action": "frobnicate"}})
        self.assertEqual((status, error["code"]), (500, "EXECUTION_ERROR"))
        self.server.post("/close", {"session_id": session})
        status, error = self.server.post("/step", {"session_id": session, "action": {"action": "stop"}})
        self.assertEqual((status, error["code"]), (404, "SESSION_ERROR"))


class CapacityAndTimeoutTests(unittest.TestCase):
    def test_capacity_reached(self):
        with g.Server("--max-sessions", "2") as server:
            url = server.url.replace("http", "ws") + "/ws"
            with connect(url) as a, connect(url) as b:
                for ws in (a, b):
                    ws.send(json.dumps({"type": "state"}))
                    self.assertEqual(json.loads(ws.recv(timeout=30))["type"], "state")
                with connect(url) as c:
                    self.assertEqual(json.loads(c.recv(timeout=30))["data"]["code"], "CAPACITY_REACHED")
            # Closed sessions free their slots.
            time.sleep(0.5)
            with connect(url) as d:
                d.send(json.dumps({"type": "state"}))
                self.assertEqual(json.loads(d.recv(timeout=30))["type"], "state")

    def test_idle_session_times_out(self):
        with g.Server("--idle-timeout", "1") as server:
            with connect(server.url.replace("http", "ws") + "/ws") as ws:
                ws.send(json.dumps({"type": "reset", "data": {"task_id": g.SHOP_TASK}}))
                self.assertEqual(json.loads(ws.recv(timeout=60))["type"], "observation")
                notice = json.loads(ws.recv(timeout=30))
                self.assertEqual(notice["data"]["code"], "SESSION_ERROR")


if __name__ == "__main__":
    unittest.main()
