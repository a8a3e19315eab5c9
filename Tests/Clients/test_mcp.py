"""The `mcp` Python SDK's client driving `gauntlet mcp` (stdio) and the env server's
`/mcp` (streamable HTTP): the tools are listed with schemas, and full episodes on a shop
and a text-game task end with rewards that match `gauntlet run`'s scores."""
import asyncio
import json
import unittest

from mcp import ClientSession
from mcp.client.stdio import StdioServerParameters, stdio_client
from mcp.client.streamable_http import streamable_http_client

import gauntlet_env as g

TOOLS = ["act", "answer", "end_episode", "list_tasks", "observe", "start_episode"]


def content(result):
    assert not result.is_error, result
    return json.loads(result.content[0].text)


async def play(session, task):
    await session.initialize()
    tools = await session.list_tools()
    assert sorted(t.name for t in tools.tools) == TOOLS, tools
    assert all(t.input_schema["type"] == "object" for t in tools.tools)
    listed = content(await session.call_tool("list_tasks", {"suite": task.split("/")[0]}))
    assert task in listed["suites"][0]["tasks"], listed
    refused = await session.call_tool("observe", {})
    assert refused.is_error and json.loads(refused.content[0].text)["code"] == "EXECUTION_ERROR", refused
    first = content(await session.call_tool("start_episode", {"task_id": task}))
    assert first["observation"]["goal"]
    seen = content(await session.call_tool("observe", {}))
    assert seen["observation"]["text"] == first["observation"]["text"]
    actions = g.oracle(task)
    for action in actions[:-1]:
        step = content(await session.call_tool("act", {"action": action}))
        assert not step["done"], step
    final = actions[-1]
    answer = final[len("stop"):].strip().strip("[]")
    ended = content(await session.call_tool("answer", {"answer": answer}))
    assert ended["done"], ended
    content(await session.call_tool("end_episode", {}))
    return ended["reward"], actions


class MCPClientTests(unittest.TestCase):
    def test_stdio(self):
        async def run(task):
            params = StdioServerParameters(command=g.GAUNTLET, args=["mcp"], cwd=g.ROOT)
            async with stdio_client(params) as (read, write):
                async with ClientSession(read, write) as session:
                    return await play(session, task)

        for task in (g.SHOP_TASK, g.GAME_TASK):
            reward, actions = asyncio.run(run(task))
            self.assertEqual(reward, 1.0)
            self.assertEqual(reward, g.run_score(task, actions))

    def test_streamable_http(self):
        async def run(url, task):
            async with streamable_http_client(url + "/mcp") as streams:
                async with ClientSession(streams[0], streams[1]) as session:
                    return await play(session, task)

        with g.Server() as server:
            for task in (g.SHOP_TASK, g.GAME_TASK):
                reward, _ = asyncio.run(run(server.url, task))
                self.assertEqual(reward, 1.0)


if __name__ == "__main__":
    unittest.main()
