"""The Gymnasium wrapper (examples/gym) under gymnasium's own environment checker, and
full episodes whose rewards match `gauntlet run`'s scores for the same actions."""
import os
import sys
import unittest

from gymnasium.utils.env_checker import check_env

import gauntlet_env as g

sys.path.insert(0, os.path.join(g.ROOT, "examples", "gym"))
from gauntlet_gym import GauntletEnv  # noqa: E402


class GymWrapperTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = g.Server().__enter__()

    @classmethod
    def tearDownClass(cls):
        cls.server.__exit__(None, None, None)

    def test_check_env_on_a_task_and_a_generated_family(self):
        for env in (GauntletEnv(self.server.url, task_id=g.SHOP_TASK), GauntletEnv(self.server.url, family="household")):
            check_env(env, skip_render_check=True)
            env.close()

    def test_episodes_match_run_scores(self):
        for task in (g.SHOP_TASK, g.GAME_TASK):
            env = GauntletEnv(self.server.url, task_id=task)
            obs, info = env.reset(seed=0)
            self.assertIn(env.observation_space.contains(obs), [True])
            actions = g.oracle(task)
            for action in actions:
                obs, reward, terminated, truncated, info = env.step(action)
            self.assertTrue(terminated)
            self.assertFalse(truncated)
            self.assertEqual(reward, g.run_score(task, actions))
            self.assertEqual(reward, 1.0)
            env.close()

    def test_truncation_at_the_step_limit(self):
        with g.Server("--max-steps", "3") as server:
            env = GauntletEnv(server.url, task_id=g.GAME_TASK)
            env.reset(seed=0)
            results = [env.step("say [look]") for _ in range(3)]
            self.assertEqual([r[3] for r in results], [False, False, True])
            self.assertEqual([r[2] for r in results], [False, False, False])
            self.assertEqual(results[-1][1], 0.0)
            env.close()


if __name__ == "__main__":
    unittest.main()
