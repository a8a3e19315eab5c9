#!/usr/bin/env python3
"""A STAND-IN judge for Gauntlet's induced metrics: rules and keywords, no model.

It speaks the judge protocol (docs/judges.md): one JSON request per line on stdin,
one JSON reply per line on stdout. It exists so the whole pipeline runs offline and
deterministically (examples, tests). It does what a model would do only crudely:

- ground: splits feedback into clauses, keeps the clauses that mention a known
  behaviour (BEHAVIOURS below), signs each by its wording, and cites "step N" mentions;
- cluster: one metric per behaviour the aspects name;
- judge: rates each metric with that behaviour's rule over the episode's steps.

A real judge is a model: `--judge openai` (see README.md). Standard library only.
"""
import json
import re
import sys

# behaviour -> (keywords in feedback, definition, good example, bad example)
BEHAVIOURS = {
    "acts_on_valid_elements": (
        ["invalid", "refused", "error", "no element", "does not exist", "not on the page", "bad id", "wrong id"],
        "Acts only on elements and commands the page or game offers: +1 when every action applies, -1 when actions are refused.",
        "every command applied", "typed a command the game does not know"),
    "avoids_repetition": (
        ["repeat", "again and again", "same action", "loop", "over and over", "circles", "back and forth", "same page", "revisit"],
        "Makes progress instead of repeating itself: +1 when no page or action recurs uselessly, -1 when it goes in circles.",
        "each step tried something new", "went back and forth between the same two pages"),
    "uses_search": (
        ["search", "query", "search box"],
        "Uses the site's search when the goal names a product: +1 when it searches with the goal's words, -1 when it browses blindly.",
        "typed the product name into the search box", "never used the search box"),
    "grounded_answer": (
        ["answer", "guess", "made up", "evidence", "price it saw", "without checking", "value", "reported"],
        "Answers only with what a page showed: +1 when the answer appears on a page the agent saw, -1 when it does not.",
        "answered the price shown on the product page", "answered a value no page showed"),
    "persistence": (
        ["gave up", "give up", "stopped early", "too early", "quit", "premature", "n/a", "infeasible", "stopped after", "stops"],
        "Keeps working until the goal is met or shown impossible: +1 when it answers after real work, -1 when it stops early or declares the task impossible without cause.",
        "kept exploring until it found the item", "declared the task impossible after two steps"),
    "goal_directed_navigation": (
        ["random", "aimless", "wander", "unrelated", "irrelevant", "direct", "straight", "relevant", "ignores the goal", "goal"],
        "Every move serves the goal: +1 when actions follow the goal's words, -1 when it clicks or does unrelated things.",
        "went straight to the right category", "clicked unrelated links"),
    "completes_the_task": (
        ["cart", "added", "quantity", "placed", "put the", "heated", "cooled", "cleaned", "finished", "completed", "did not finish", "never placed"],
        "Carries out the change the goal asks for: +1 when the requested change is made, -1 when it stops short of it.",
        "added the item to the cart", "found the object but never put it in place"),
}
NEGATIVE = ["not ", "n't", "never", "without", "fail", "ignor", "repeat", "again", "loop", "wrong", "random",
            "gave up", "give up", "guess", "made up", "wast", "stuck", "too early", "aimless", "unrelated", "irrelevant",
            "circles", "back and forth", "refused", "invalid", "instead", "blind", "no reason", "premature", "quit"]
POSITIVE = ["good", "well", "correct", "right", "quick", "direct", "efficient", "sensibl", "nice", "sensible",
            "straight", "properly", "useful", "smart", "clean", "saw", "found", "checked", "verified", "read"]
STEP = re.compile(r"\bsteps? (\d+)(?:\s*(?:-|–|and|to)\s*(\d+))?", re.I)


def behaviours_in(text):
    low = text.lower()
    return [name for name, (words, *_rest) in BEHAVIOURS.items() if any(w in low for w in words)]


def sign_of(text):
    low = text.lower()
    # "did not repeat", "never guessed": a negated fault is praise.
    if re.search(r"\b(did not|didn't|never|no)\b [a-z ]{0,20}(repeat|loop|guess|wander|give up|gave up|invalid)", low):
        return 1
    if any(w in low for w in NEGATIVE):
        return -1
    # Naming a behaviour without criticising it is praise.
    return 1


def ground(material):
    aspects = []
    for clause in re.split(r"(?<=[.;!?])\s+|,\s+but\s+|\s+but\s+", material["feedback"]):
        clause = clause.strip()
        if not clause:
            continue
        steps = sorted({int(n) for m in STEP.finditer(clause) for n in m.groups() if n})
        for name in behaviours_in(clause)[:1]:
            sign = sign_of(clause)
            aspects.append({"behavior": name.replace("_", " ") + (" (good)" if sign > 0 else " (bad)"),
                            "feedback": clause, "sign": sign, "steps": steps})
    return {"aspects": aspects}


def cluster(material):
    existing = {m["name"]: m for m in material.get("existing_metrics", [])}
    groups = {}
    for aspect in material["aspects"]:
        name = aspect["behavior"].rsplit(" (", 1)[0].replace(" ", "_")
        groups.setdefault(name, []).append(aspect)
    metrics = []
    for name, members in groups.items():
        _words, definition, good, bad = BEHAVIOURS.get(name, ([], "Behaviour: " + name.replace("_", " ") + ".", "", ""))
        if name in existing:
            definition = existing[name]["definition"]
        metrics.append({
            "name": name, "definition": definition,
            "good_examples": [good] + [a["feedback"] for a in members if a["sign"] > 0][:2],
            "bad_examples": [bad] + [a["feedback"] for a in members if a["sign"] < 0][:2],
            "aspects": [a["id"] for a in members],
        })
    return {"metrics": metrics}


def words(text):
    return set(re.findall(r"[a-z]{3,}", (text or "").lower()))


def rate(name, episode):
    steps = episode["steps"]
    answer = episode.get("answer") or {}
    if not steps:
        return 0, "no steps", []
    if name == "acts_on_valid_elements":
        bad = [s["step"] for s in steps if s.get("error")]
        return (-1, "%d action(s) refused" % len(bad), bad[:5]) if bad else (1, "every action applied", [])
    if name == "avoids_repetition":
        seen, repeats = {}, []
        for s in steps:
            key = (s.get("url"), s["observation"])
            if key in seen and seen[key] != s["step"] - 1:
                repeats += [seen[key], s["step"]]
            seen.setdefault(key, s["step"])
        return (-1, "returned to an unchanged page", repeats[:4]) if repeats else (1, "no page recurred", [])
    if name == "uses_search":
        typed = [s["step"] for s in steps if s["action"].startswith("type") or s["action"].startswith("fill")]
        if typed:
            return 1, "typed into a field at step %d" % typed[0], typed[:1]
        return (-1, "never typed a query", []) if len(steps) >= 3 else (0, "too short to tell", [])
    if name == "grounded_answer":
        value = (answer.get("value") or "").strip().lower()
        if answer.get("status") != "ok" or not value:
            return 0, "no value answered", []
        seen = [s["step"] for s in steps if value in s["observation"].lower()]
        return (1, "the answer appears at step %d" % seen[0], seen[:1]) if seen else (-1, "no observed page shows the answer", [steps[-1]["step"]])
    if name == "persistence":
        status = answer.get("status")
        if status in ("infeasible", "not_found") and len(steps) <= 3:
            return -1, "declared %s after %d step(s)" % (status, len(steps)), [steps[-1]["step"]]
        if episode["status"] in ("success",) or len(steps) >= 5:
            return 1, "kept working for %d steps" % len(steps), []
        return -1, "stopped after %d step(s)" % len(steps), [steps[-1]["step"]]
    if name == "goal_directed_navigation":
        goal = words(episode.get("goal"))
        related = [s["step"] for s in steps if words(s["action"]) & goal]
        share = len(related) / len(steps)
        if share >= 0.3:
            return 1, "%d of %d actions use the goal's words" % (len(related), len(steps)), related[:3]
        return -1, "only %d of %d actions relate to the goal" % (len(related), len(steps)), [s["step"] for s in steps[:3]]
    if name == "completes_the_task":
        return (1, "the episode succeeded", []) if episode["status"] == "success" else (-1, "the requested change was not made (%s)" % episode["status"], [steps[-1]["step"]])
    return 0, "the stand-in has no rule for this metric", []


def judge(material):
    traits = []
    for metric in material["metrics"]:
        rating, reasoning, cited = rate(metric["name"], material["episode"])
        traits.append({"metric": metric["name"], "rating": rating, "reasoning": reasoning, "steps": cited})
    return {"traits": traits}


def answer(purpose, material):
    return {"ground": ground, "cluster": cluster, "judge": judge}[purpose](material)


def main():
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        try:
            reply = {"id": request["id"], "output": answer(request["purpose"], request["material"])}
        except Exception as error:  # a judge reports what it could not do; the harness records it
            reply = {"id": request.get("id"), "error": "%s: %s" % (type(error).__name__, error)}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
