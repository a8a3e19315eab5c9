"""The manifests of deploy/kubernetes validate against Kubernetes' own schemas (offline,
kubernetes-validate), a broken one is rejected, and the Indexed Job and the ConfigMap
agree on the number of shards. Run by scripts/test-deploy with .build/python."""
import copy
import glob
import os
import unittest

import kubernetes_validate
import yaml

KUBERNETES = os.path.join(os.path.dirname(__file__), "..", "kubernetes")
VERSION = "1.37.0"


def manifests():
    found = {}
    for path in sorted(glob.glob(os.path.join(KUBERNETES, "*.yaml"))):
        with open(path) as f:
            for document in yaml.safe_load_all(f):
                found[(document["kind"], document["metadata"]["name"])] = (os.path.basename(path), document)
    return found


class KubernetesManifests(unittest.TestCase):
    def test_every_manifest_validates_strictly(self):
        found = manifests()
        self.assertEqual(sorted(found), [("ConfigMap", "gauntlet-run"), ("Job", "gauntlet-merge"), ("Job", "gauntlet-shards"),
                                         ("PersistentVolumeClaim", "gauntlet-results")])
        for (kind, name), (path, document) in found.items():
            with self.subTest(path=path):
                kubernetes_validate.validate(document, VERSION, strict=True)

    def test_a_broken_manifest_is_rejected(self):
        _, job = manifests()[("Job", "gauntlet-shards")]
        for field, value in [("completionMode", 3), ("completions", "four")]:
            broken = copy.deepcopy(job)
            broken["spec"][field] = value
            with self.subTest(field=field), self.assertRaises(kubernetes_validate.ValidationError):
                kubernetes_validate.validate(broken, VERSION, strict=True)
        unknown = copy.deepcopy(job)
        unknown["spec"]["template"]["spec"]["containers"][0]["comand"] = ["gauntlet"]
        with self.assertRaises(kubernetes_validate.ValidationError):
            kubernetes_validate.validate(unknown, VERSION, strict=True)

    def test_the_indexed_job_plays_every_shard_once(self):
        found = manifests()
        _, job = found[("Job", "gauntlet-shards")]
        _, config = found[("ConfigMap", "gauntlet-run")]
        self.assertEqual(job["spec"]["completionMode"], "Indexed")
        self.assertEqual(str(job["spec"]["completions"]), config["data"]["GAUNTLET_SHARDS"])
        script = job["spec"]["template"]["spec"]["containers"][0]["args"][0]
        self.assertIn("--shard auto --shards \"$GAUNTLET_SHARDS\"", script)
        self.assertIn("/results/shard-$JOB_COMPLETION_INDEX.sqlite", script)
        _, merge = found[("Job", "gauntlet-merge")]
        self.assertIn("gauntlet merge /results/gauntlet.sqlite /results/shard-*.sqlite", merge["spec"]["template"]["spec"]["containers"][0]["args"][0])


if __name__ == "__main__":
    unittest.main()
