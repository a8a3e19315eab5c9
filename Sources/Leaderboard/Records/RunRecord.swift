import Digest
import Foundation
import Vocabulary

/// A suite as a run saw it: the name, version and checksum recorded for provenance.
public struct SuiteReference: Sendable, Equatable, Codable {
    public var name: String
    public var version: String
    public var checksum: String

    public init(name: String, version: String, checksum: String) {
        self.name = name
        self.version = version
        self.checksum = checksum
    }
}

/// The machine a run ran on.
public struct MachineInfo: Sendable, Equatable, Codable {
    public var hostname: String
    public var cores: Int
    public var os: String

    public init(hostname: String, cores: Int, os: String) {
        self.hostname = hostname
        self.cores = cores
        self.os = os
    }

    /// This machine, as Foundation sees it.
    public static var current: MachineInfo {
        let info = ProcessInfo.processInfo
        return MachineInfo(hostname: info.hostName, cores: info.activeProcessorCount, os: info.operatingSystemVersionString)
    }
}

/// One run: an agent on a selection of tasks under one configuration. The harness
/// fills it before the first episode (`Leaderboard.startRun`) and closes it with
/// `Leaderboard.finishRun`.
public struct RunRecord: Sendable, Equatable {
    public var id: String
    /// A human-readable label, e.g. the `--name` given to `gauntlet run`.
    public var name: String
    /// The agent command line as given.
    public var agentCommand: String
    /// From the agent's `ready` message; nil until the agent said it.
    public var agentName: String?
    public var agentVersion: String?
    /// SHA-256 (hex) of the agent's executable.
    public var agentSHA256: String
    public var harnessVersion: String
    public var suites: [SuiteReference]
    /// The run's configuration as JSON text (limits, concurrency, filters…), stored verbatim.
    public var configurationJSON: String
    public var seed: UInt64
    public var epochs: Int
    /// The agent's network mode, e.g. `none` or `model-api`; every run records it.
    public var networkMode: String
    public var machine: MachineInfo
    public var startedAt: Date
    public var finishedAt: Date?
    public var status: RunStatus
    /// `stream` when one persistent agent process played the episodes in order with
    /// their outcomes revealed (`gauntlet run --stream`); else `episode`.
    public var mode: SessionMode

    public init(
        id: String, name: String, agentCommand: String, agentName: String? = nil, agentVersion: String? = nil,
        agentSHA256: String, harnessVersion: String, suites: [SuiteReference], configurationJSON: String = "{}",
        seed: UInt64, epochs: Int, networkMode: String, machine: MachineInfo, startedAt: Date,
        finishedAt: Date? = nil, status: RunStatus = .running, mode: SessionMode = .episode
    ) {
        self.mode = mode
        self.id = id
        self.name = name
        self.agentCommand = agentCommand
        self.agentName = agentName
        self.agentVersion = agentVersion
        self.agentSHA256 = agentSHA256
        self.harnessVersion = harnessVersion
        self.suites = suites
        self.configurationJSON = configurationJSON
        self.seed = seed
        self.epochs = epochs
        self.networkMode = networkMode
        self.machine = machine
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.status = status
    }

    /// `run-YYYYMMDD-HHMMSS-xxxx`: the start time in UTC and four hex digits of a
    /// SHA-256 over the inputs, so the same inputs at the same second give the same
    /// id and two different runs started in the same second do not collide.
    public static func makeID(name: String, agentCommand: String, seed: UInt64, startedAt: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: startedAt)
        func two(_ v: Int?) -> String { let s = String(v ?? 0); return s.count < 2 ? "0" + s : s }
        let stamp = String(c.year ?? 0) + two(c.month) + two(c.day) + "-" + two(c.hour) + two(c.minute) + two(c.second)
        let digest = SHA256.hex("\(name)\n\(agentCommand)\n\(seed)\n\(startedAt.timeIntervalSince1970)")
        return "run-\(stamp)-\(digest.prefix(4))"
    }

    /// How the leaderboard names the agent: `name version` from `ready`, else the run name.
    public var agentLabel: String {
        guard let agentName, !agentName.isEmpty else { return name }
        guard let agentVersion, !agentVersion.isEmpty else { return agentName }
        return agentName + " " + agentVersion
    }
}
