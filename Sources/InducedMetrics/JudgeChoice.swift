import Foundation

/// What `--judge` names: `openai` (the endpoint in the environment) or a command line
/// that speaks the judge protocol (`process:` in front is optional).
public enum JudgeChoice {
    public struct Settings: Sendable {
        public var concurrency: Int
        public var timeoutSeconds: Double
        public var httpAttempts: Int
        public var backoffMilliseconds: Int

        public init(concurrency: Int, timeoutSeconds: Double, httpAttempts: Int, backoffMilliseconds: Int) {
            self.concurrency = concurrency
            self.timeoutSeconds = timeoutSeconds
            self.httpAttempts = httpAttempts
            self.backoffMilliseconds = backoffMilliseconds
        }
    }

    public static func make(_ spec: String, environment: [String: String], settings: Settings) throws -> any Judge {
        let trimmed = spec.trimmingCharacters(in: .whitespaces)
        if trimmed == "openai" {
            var backoff = settings.backoffMilliseconds
            if let text = environment["GAUNTLET_JUDGE_BACKOFF_MS"], !text.isEmpty {
                guard let ms = Int(text), ms >= 0 else { throw InducedMetricsError.badJudge("GAUNTLET_JUDGE_BACKOFF_MS='\(text)' is not a number of milliseconds") }
                backoff = ms
            }
            return OpenAIJudge(
                endpoint: try .fromEnvironment(environment), concurrency: settings.concurrency, timeoutSeconds: settings.timeoutSeconds,
                httpAttempts: settings.httpAttempts, backoffMilliseconds: backoff)
        }
        let command = trimmed.hasPrefix("process:") ? String(trimmed.dropFirst("process:".count)).trimmingCharacters(in: .whitespaces) : trimmed
        guard !command.isEmpty else { throw InducedMetricsError.badJudge("give `openai` or a judge command, e.g. 'python3 examples/feedback/keyword_judge.py'") }
        return ProcessJudge(command: command, timeoutSeconds: settings.timeoutSeconds, concurrency: settings.concurrency)
    }
}
