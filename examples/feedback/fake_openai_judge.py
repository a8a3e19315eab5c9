#!/usr/bin/env python3
"""A deterministic local stand-in for an OpenAI-compatible /v1/chat/completions endpoint
that answers Gauntlet's judge requests, for tests and offline demos. Standard library only.

It listens on 127.0.0.1 (a free port unless --port), prints `PORT <n>` once ready, and
answers each request with keyword_judge.py's answer for the request's purpose (read from
response_format.json_schema.name, `gauntlet_<purpose>`), as a chat completion whose
content is that JSON. Usage counts whitespace-separated words.

    --fail 429,500    answer the first requests with these HTTP statuses (Retry-After: 0 on 429)
    --port-file FILE  also write the port to FILE once ready
    --log FILE        append one JSON line per request: status, model, purpose, prompt, schema
    --bad N           answer the first N judge-purpose requests with content that is not JSON

It refuses (400) a request without model, messages, or a strict json_schema response_format.
"""
import argparse
import json
import os
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import keyword_judge  # noqa: E402


class State:
    fail = []
    bad = 0
    log = None


class Handler(BaseHTTPRequestHandler):
    def reply(self, status, body, headers=()):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def record(self, entry):
        if State.log:
            with open(State.log, "a") as out:
                out.write(json.dumps(entry) + "\n")

    def do_POST(self):
        if self.path.rstrip("/") != "/v1/chat/completions":
            self.reply(404, {"error": {"message": "no such path"}})
            return
        request = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
        fmt = (request.get("response_format") or {}).get("json_schema") or {}
        purpose = (fmt.get("name") or "").replace("gauntlet_", "")
        entry = {"model": request.get("model"), "purpose": purpose, "authorization": self.headers.get("Authorization"),
                 "prompt": (request.get("messages") or [{}])[0].get("content"), "schema": fmt.get("schema"),
                 "strict": fmt.get("strict")}
        if State.fail:
            status = State.fail.pop(0)
            entry["status"] = status
            self.record(entry)
            self.reply(status, {"error": {"message": "scripted %d" % status}}, [("Retry-After", "0")] if status == 429 else [])
            return
        if not request.get("model") or len(request.get("messages") or []) != 2 or not fmt.get("schema") or fmt.get("strict") is not True \
                or purpose not in ("ground", "cluster", "judge"):
            entry["status"] = 400
            self.record(entry)
            self.reply(400, {"error": {"message": "not a Gauntlet judge request"}})
            return
        material = json.loads(request["messages"][1]["content"])
        if purpose == "judge" and State.bad > 0:
            State.bad -= 1
            content = "I think the agent did fine overall."
        else:
            content = json.dumps(keyword_judge.answer(purpose, material), sort_keys=True)
        prompt_tokens = sum(len(m["content"].split()) for m in request["messages"])
        entry["status"] = 200
        self.record(entry)
        self.reply(200, {
            "id": "fake-judge", "object": "chat.completion", "model": request["model"],
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": len(content.split()),
                      "total_tokens": prompt_tokens + len(content.split())},
        })

    def log_message(self, *args):
        pass


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--fail", default="")
    parser.add_argument("--bad", type=int, default=0)
    parser.add_argument("--log")
    parser.add_argument("--port-file")
    args = parser.parse_args()
    State.fail = [int(s) for s in args.fail.split(",") if s]
    State.bad = args.bad
    State.log = args.log
    # One request at a time, so scripted failures hit requests in arrival order.
    server = HTTPServer(("127.0.0.1", args.port), Handler)
    print("PORT %d" % server.server_address[1], flush=True)
    if args.port_file:
        with open(args.port_file + ".tmp", "w") as out:
            out.write(str(server.server_address[1]))
        os.rename(args.port_file + ".tmp", args.port_file)
    server.serve_forever()


if __name__ == "__main__":
    main()
