#!/usr/bin/env python3
"""Runs a Gauntlet evaluation as N shards on a Ray cluster and merges them into one run.

    python deploy/ray/gauntlet_ray.py --shards 4 --out results/gauntlet.sqlite -- \\
        --agent "python3 examples/agents/heuristic_agent.py" --suite shop --epochs 3

Everything after `--` goes to `gauntlet run` on every shard, which adds `--shard I/N`.
Each shard is one Ray task: it runs the `gauntlet` binary on whichever node Ray picks,
writes a SQLite file on that node's local disk, and hands the finished file back through
Ray's object store, so the nodes need no shared filesystem. The driver then runs
`gauntlet merge OUT SHARD…`, which checks that the shards are parts of one run and that
none is missing. With `--db postgres://…` the shards write to that database instead and
the merge reads them from it.

Without --address, Ray starts a local cluster on 127.0.0.1 for this driver and stops it
at the end; with --address (e.g. `auto`, or `ray://head:10001`) it joins an existing one.
Every node needs the binary and GAUNTLET_HOME (tasks/, sandboxes/, the agent) at the same
paths: the container image of deploy/kubernetes/Containerfile, or a shared checkout.
(docs/scale-out.md)
"""
import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

import ray


def parse(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shards", type=int, required=True, help="number of shards (Ray tasks)")
    parser.add_argument("--out", required=True, help="the database the merged run is written into")
    parser.add_argument("--gauntlet", default=shutil.which("gauntlet") or "gauntlet",
                        help="the gauntlet binary, at the same path on every node (default: gauntlet on PATH)")
    parser.add_argument("--workdir", default=os.getcwd(),
                        help="where the shards run (their GAUNTLET_HOME unless set; default: this directory)")
    parser.add_argument("--db", help="a postgres:// URL all shards write to (default: a SQLite file per shard)")
    parser.add_argument("--address", help="an existing Ray cluster (default: start a local one on 127.0.0.1)")
    parser.add_argument("--num-cpus", type=int, default=os.cpu_count(), help="CPUs of the local cluster")
    parser.add_argument("--cpus-per-shard", type=float, default=1, help="CPUs Ray reserves for each shard")
    parser.add_argument("--max-retries", type=int, default=2, help="times Ray reruns a shard whose node died")
    parser.add_argument("run", nargs=argparse.REMAINDER, help="-- then the arguments of gauntlet run")
    args = parser.parse_args(argv)
    if args.shards < 1:
        parser.error(f"--shards must be at least 1, got {args.shards}")
    args.run = args.run[1:] if args.run[:1] == ["--"] else args.run
    for option in ("--shard", "--shards", "--db", "--resume"):
        if option in args.run:
            parser.error(f"{option} is set by this script; leave it out of the gauntlet run arguments")
    return args


def play_shard(gauntlet, workdir, run_arguments, index, count, db):
    """One shard on this node: the gauntlet run, then its database (a file's bytes, or None with --db)."""
    scratch = tempfile.mkdtemp(prefix=f"gauntlet-shard-{index}-")
    try:
        target = db or os.path.join(scratch, "shard.sqlite")
        command = [gauntlet, "run", *run_arguments, "--shard", f"{index}/{count}", "--db", target, "--quiet"]
        done = subprocess.run(command, cwd=workdir, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"shard {index}/{count} exited {done.returncode}: {' '.join(command)}\n{done.stderr}")
        if db:
            return None
        # One self-contained file (WAL folded in), whatever state the -wal file was left in.
        copy = os.path.join(scratch, "copy.sqlite")
        source, destination = sqlite3.connect(target), sqlite3.connect(copy)
        with destination:
            source.backup(destination)
        source.close()
        destination.close()
        with open(copy, "rb") as f:
            return f.read()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def evaluate(args):
    """Submits the shards, gathers their files, merges; returns gauntlet merge's exit status."""
    # Imported as a module (a test, a notebook), play_shard is sent by value: the workers
    # need not find this file on their path.
    if play_shard.__module__ != "__main__":
        ray.cloudpickle.register_pickle_by_value(sys.modules[play_shard.__module__])
    shard = ray.remote(play_shard).options(num_cpus=args.cpus_per_shard, max_retries=args.max_retries)
    started = time.monotonic()
    pending = {shard.remote(args.gauntlet, args.workdir, args.run, i, args.shards, args.db): i for i in range(args.shards)}
    folder = tempfile.mkdtemp(prefix="gauntlet-ray-")
    files = []
    try:
        while pending:
            ready, _ = ray.wait(list(pending), num_returns=1)
            index = pending.pop(ready[0])
            data = ray.get(ready[0])
            if data is not None:
                path = os.path.join(folder, f"shard-{index}.sqlite")
                with open(path, "wb") as f:
                    f.write(data)
                files.append(path)
            print(f"gauntlet_ray: shard {index}/{args.shards} done at {time.monotonic() - started:.1f} s", file=sys.stderr)
        sources = sorted(files) if files else [args.db]
        merged = subprocess.run([args.gauntlet, "merge", args.out, *sources], cwd=args.workdir)
        return merged.returncode
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(argv=None):
    args = parse(sys.argv[1:] if argv is None else argv)
    args.gauntlet = os.path.abspath(args.gauntlet) if os.sep in args.gauntlet else args.gauntlet
    args.out = args.out if "://" in args.out else os.path.abspath(args.out)
    if args.address:
        ray.init(address=args.address)
    else:
        ray.init(num_cpus=args.num_cpus, include_dashboard=False, _node_ip_address="127.0.0.1",
                 log_to_driver=False, configure_logging=False)
    try:
        return evaluate(args)
    finally:
        ray.shutdown()


if __name__ == "__main__":
    sys.exit(main())
