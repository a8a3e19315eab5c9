"""A 4-shard evaluation through a real local Ray cluster on 127.0.0.1 (deploy/ray/gauntlet_ray.py)
merges into exactly the unsharded run with the same seed. Prints both wall times, the figure
docs/scale-out.md quotes. Run by scripts/test-deploy with .build/python and GAUNTLET_BINARY."""
import os
import subprocess
import sys
import tempfile
import time
import unittest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "deploy", "ray"))
import gauntlet_ray  # noqa: E402

BINARY = os.environ.get("GAUNTLET_BINARY", os.path.join(ROOT, ".build", "debug", "gauntlet"))
AGENT = "python3 examples/agents/random_agent.py"
SELECTION = ["--agent", AGENT, "--seed", "7", "--epochs", "2", "--limit", "8"]


class RayShards(unittest.TestCase):
    def test_four_shards_through_ray_merge_into_the_unsharded_run(self):
        folder = tempfile.mkdtemp(prefix="gauntlet-ray-test-")
        whole, merged = os.path.join(folder, "whole.sqlite"), os.path.join(folder, "merged.sqlite")
        started = time.monotonic()
        subprocess.run([BINARY, "run", *SELECTION, "--concurrency", "4", "--db", whole, "--quiet"], cwd=ROOT, check=True,
                       capture_output=True)
        one_process = time.monotonic() - started

        started = time.monotonic()
        status = gauntlet_ray.main(["--shards", "4", "--out", merged, "--gauntlet", BINARY, "--workdir", ROOT,
                                    "--num-cpus", "4", "--", *SELECTION, "--concurrency", "1"])
        through_ray = time.monotonic() - started
        self.assertEqual(status, 0)

        compared = subprocess.run([sys.executable, "scripts/compare-leaderboards", whole, merged], cwd=ROOT,
                                  capture_output=True, text=True)
        self.assertEqual(compared.returncode, 0, compared.stdout + compared.stderr)
        self.assertIn("identical: 1 run(s), 16 episode(s)", compared.stdout)
        print(f"\nwall time, 16 episodes, total concurrency 4: one process {one_process:.1f} s; "
              f"4 shards through Ray (cluster start included) {through_ray:.1f} s", file=sys.stderr)

    def test_gauntlet_run_options_the_script_sets_are_refused(self):
        with self.assertRaises(SystemExit):
            gauntlet_ray.parse(["--shards", "2", "--out", "x.sqlite", "--", "--agent", AGENT, "--shard", "0/2"])


if __name__ == "__main__":
    unittest.main()
