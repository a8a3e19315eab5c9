import Leaderboard
import Vocabulary

/// An episode as a judge reads it: the goal, how it ended, and each step's page,
/// action and error. Observations are cut to a budget, so a long episode fits a prompt.
public enum EpisodeMaterial {
    public static func json(_ stored: StoredEpisode, steps: [StepRecord], observationCharacters: Int) -> JSONValue {
        let x = stored.record
        let answer: JSONValue = x.answer.map { .object([("status", .string($0.status.rawValue)), ("value", .string($0.text))]) } ?? .null
        return .object([
            ("episode", .int(stored.id)),
            ("task", .string(x.taskID)),
            ("goal", x.goal.map(JSONValue.string) ?? .null),
            ("status", .string(x.status.rawValue)),
            ("score", .double(x.score)),
            ("answer", answer),
            ("steps", .array(steps.map { step(in: $0, budget: observationCharacters) })),
        ])
    }

    private static func step(in step: StepRecord, budget: Int) -> JSONValue {
        var members: [(String, JSONValue)] = [("step", .int(Int64(step.index)))]
        if let url = step.url { members.append(("url", .string(url))) }
        let observation = step.observation.count > budget
            ? String(step.observation.prefix(budget)) + "\n… (\(step.observation.count - budget) more characters cut)"
            : step.observation
        members.append(("observation", .string(observation)))
        if let thought = step.thought, !thought.isEmpty { members.append(("thought", .string(thought))) }
        members.append(("action", .string(step.action)))
        if let error = step.error { members.append(("error", .string(error))) }
        return .object(members)
    }
}
