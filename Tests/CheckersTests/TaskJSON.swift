import Tasks
import Testing

/// A one-task file parsed by the real loader, for scoring tests.
func parsedTask(goal: String = "g", status: String = "ok", checks: String) throws -> TaskDefinition {
    let json = """
        {"id": "demo/t", "revision": 1, "sandboxes": ["shop"], "start": "shop:/", "goal": "\(goal)", "seed": 1,
         "answer": {"status": "\(status)"}, "checks": \(checks), "oracle": ["stop [x]"]}
        """
    let (task, problems) = TaskLoader(knownSandboxes: ["shop"]).parseTask(json, file: "t.json")
    #expect(problems.isEmpty, "\(problems)")
    return try #require(task)
}
