#!/usr/bin/env python3
"""A small local stand-in for an OpenAI-compatible /v1/chat/completions endpoint.

For testing llm_agent.py without a model. It listens on 127.0.0.1 (a free port unless
--port is given), prints `PORT <n>` on stdout once ready, and answers like a model
would: some reasoning, then the action in a ``` block. Its policy: click the link
whose name shares the most words with the objective; if the page has an
'Add to Cart' button and the objective mentions the cart, click it; on a cart page,
stop. It counts tokens as whitespace-separated words.
"""
import argparse
import json
import re
from http.server import BaseHTTPRequestHandler, HTTPServer

NODE = re.compile(r"^ *\[(?P<id>[^\]]+)\] (?P<role>\S+)(?: '(?P<name>[^']*)')?", re.M)


def decide(user):
    objective = re.search(r"OBJECTIVE: (.*)", user).group(1).lower()
    observation = user.split("OBSERVATION:\n", 1)[1].split("\nPREVIOUS ACTION:", 1)[0]
    nodes = [m.groupdict() for m in NODE.finditer(observation)]
    if "added to cart" in observation.lower():
        return "stop [done]"
    if "cart" in objective:
        for node in nodes:
            if node["role"] == "button" and (node["name"] or "").lower() == "add to cart":
                return "click [%s]" % node["id"]
    goal = set(re.findall(r"[a-z]+", objective))
    best = max((len(goal & set(re.findall(r"[a-z]+", (n["name"] or "").lower()))), n["id"])
               for n in nodes if n["role"] == "link") if nodes else (0, None)
    if best[0] > 0:
        return "click [%s]" % best[1]
    return "stop [N/A]"


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        if self.path.rstrip("/") != "/v1/chat/completions":
            self.send_error(404)
            return
        request = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
        user = request["messages"][-1]["content"]
        action = decide(user)
        content = "Let's think step by step. The objective points at this element.\n" \
                  "In summary, the next action I will perform is ```%s```" % action
        prompt_tokens = sum(len(m["content"].split()) for m in request["messages"])
        body = json.dumps({
            "id": "fake-1", "object": "chat.completion", "model": request.get("model", "fake"),
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": len(content.split()),
                      "total_tokens": prompt_tokens + len(content.split())},
        }).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    server = HTTPServer(("127.0.0.1", args.port), Handler)
    print("PORT %d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
