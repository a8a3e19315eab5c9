#!/usr/bin/env python3
"""An LLM agent for Gauntlet: any OpenAI-compatible /v1/chat/completions endpoint.

Standard library only. Configuration, all by environment variable:

    GAUNTLET_LLM_BASE_URL   e.g. https://api.openai.com/v1 or http://127.0.0.1:8000/v1
    GAUNTLET_LLM_MODEL      e.g. gpt-4o-mini
    GAUNTLET_LLM_API_KEY    sent as "Authorization: Bearer ..." (optional for local servers)
    GAUNTLET_LLM_PRICE_IN   USD per million input tokens  (optional, for cost reporting)
    GAUNTLET_LLM_PRICE_OUT  USD per million output tokens (optional)
    GAUNTLET_LLM_TIMEOUT    seconds per request (default 60)

The agent needs the network, so run it with `--agent-network host` and pass these
variables through with `--agent-env NAME`.

The prompt follows WebArena's: the objective, the URL, the accessibility tree and the
previous action; the model ends its reply with the action in a ``` block. The agent
reports its tokens (and cost, when prices are given) in each action's `usage`.
"""
import json
import os
import re
import sys
import urllib.error
import urllib.request

SYSTEM_PROMPT = """You are an autonomous agent operating a web browser. You will be given a web-based task.

Here is the information you will have:
The user's objective: the task you are trying to complete.
The current web page's accessibility tree: a simplified representation of the page, one element per line as [id] role 'name' properties.
The current web page's URL.
The open tabs.
The previous action: the action you just performed, and the error it caused, if any.

The actions you can perform:
Page operations:
`click [id]`: click the element with that id.
`type [id] [content] [press_enter_after=0|1]`: type content into the field with that id; Enter is pressed afterwards unless press_enter_after is 0.
`hover [id]`, `press [key_comb]`, `scroll [down]` or `scroll [up]`, `select [id] [option]`, `check [id]`, `uncheck [id]`, `clear [id]`.
Tab management: `new_tab`, `tab_focus [tab_index]`, `close_tab`.
URL navigation: `goto [url]`, `go_back`, `go_forward`.
Completion: `stop [answer]`: issue this when you believe the task is complete. If the objective asks for a text answer, put it in the brackets. If the task is impossible, answer "N/A".

Rules:
1. Only issue an action that is valid given the current observation.
2. Issue only one action at a time.
3. Think step by step, then end your reply with the action inside ``` fences, for example: In summary, the next action I will perform is ```click [1234]```
"""

ACTION_NAMES = ("click", "type", "hover", "press", "scroll", "select", "check", "uncheck", "clear", "new_tab",
                "tab_focus", "close_tab", "goto", "go_back", "go_forward", "stop")
FENCED = re.compile(r"```(?:[a-z]*\n)?(.*?)```", re.S)
BARE = re.compile(r"\b(" + "|".join(ACTION_NAMES) + r")\b(?: ?\[[^\n]*?\])*")


def log(*parts):
    print(*parts, file=sys.stderr, flush=True)


def send(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def parse_action(reply):
    """The action in the last ``` block, else the last thing that looks like an action."""
    fenced = [block.strip() for block in FENCED.findall(reply) if block.strip()]
    for block in reversed(fenced):
        if block.split(" ")[0].split("[")[0] in ACTION_NAMES:
            return block.splitlines()[0].strip()
    bare = list(BARE.finditer(reply))
    if bare:
        return bare[-1].group(0).strip()
    return None


class ChatClient:
    def __init__(self):
        self.base_url = os.environ.get("GAUNTLET_LLM_BASE_URL", "").rstrip("/")
        self.model = os.environ.get("GAUNTLET_LLM_MODEL", "")
        self.api_key = os.environ.get("GAUNTLET_LLM_API_KEY", "")
        self.price_in = float(os.environ.get("GAUNTLET_LLM_PRICE_IN", "0") or 0)
        self.price_out = float(os.environ.get("GAUNTLET_LLM_PRICE_OUT", "0") or 0)
        self.timeout = float(os.environ.get("GAUNTLET_LLM_TIMEOUT", "60"))
        if not self.base_url or not self.model:
            log("llm_agent: set GAUNTLET_LLM_BASE_URL and GAUNTLET_LLM_MODEL")
            sys.exit(2)

    def complete(self, messages):
        body = json.dumps({"model": self.model, "messages": messages, "temperature": 0}).encode()
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = "Bearer " + self.api_key
        request = urllib.request.Request(self.base_url + "/chat/completions", data=body, headers=headers, method="POST")
        last_error = None
        for _attempt in range(2):
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    payload = json.loads(response.read().decode("utf-8"))
                reply = payload["choices"][0]["message"]["content"] or ""
                usage = payload.get("usage") or {}
                tokens_in = int(usage.get("prompt_tokens", 0))
                tokens_out = int(usage.get("completion_tokens", 0))
                report = {"input_tokens": tokens_in, "output_tokens": tokens_out, "model": payload.get("model", self.model)}
                if self.price_in or self.price_out:
                    report["cost_usd"] = (tokens_in * self.price_in + tokens_out * self.price_out) / 1e6
                return reply, report
            except (urllib.error.URLError, OSError, KeyError, ValueError) as error:
                last_error = error
                log("llm_agent: request failed:", repr(error))
        # No model, no agent: exit so the episode is recorded as agent_error, not as an answer.
        log("llm_agent: giving up:", repr(last_error))
        sys.exit(3)


class LLMAgent:
    def __init__(self, client):
        self.client = client
        self.goal = ""
        self.previous = "None"

    def start(self, goal):
        self.goal = goal
        self.previous = "None"

    def act(self, observation, last_error):
        tabs = "\n".join("%d: %s (%s)%s" % (t.get("index", 0), t.get("title", ""), t.get("url", ""),
                                             " [active]" if t.get("active") else "") for t in observation.get("tabs", []))
        previous = self.previous + (" (error: %s)" % last_error if last_error else "")
        user = "OBJECTIVE: %s\nURL: %s\nTABS:\n%s\nOBSERVATION:\n%s\nPREVIOUS ACTION: %s" % (
            self.goal, observation.get("url", ""), tabs or "none", observation.get("text", ""), previous)
        reply, usage = self.client.complete([{"role": "system", "content": SYSTEM_PROMPT},
                                             {"role": "user", "content": user}])
        action = parse_action(reply)
        if action is None:
            # Sent as is: the harness reports it as invalid in last_action_error, and the
            # model sees that error next step.
            action = reply.strip().splitlines()[-1] if reply.strip() else "stop [N/A]"
        self.previous = action
        return {"type": "action", "action": action, "thought": reply[:2000], "usage": usage}


def main():
    agent = None
    for line in sys.stdin:
        message = json.loads(line)
        kind = message.get("type")
        if kind == "hello":
            agent = LLMAgent(ChatClient())
            send({"type": "ready", "agent": "llm-openai-compatible", "version": "1.0"})
        elif kind == "episode":
            agent.start(message["task"]["goal"])
            send(agent.act(message["observation"], None))
        elif kind == "observation":
            send(agent.act(message["observation"], message.get("last_action_error")))
        elif kind == "bye":
            break


if __name__ == "__main__":
    main()
