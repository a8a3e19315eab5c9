import ArgumentParser
import Defaults
import Foundation
import TextWorlds

extension TasksCommand {
    /// `gauntlet tasks generate FAMILY`: task files for generated text games (docs/textgames.md).
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write task files for generated text games (the same arguments give byte-identical files).",
            discussion: """
                Without --standard: --count tasks from --seed upward with the --difficulty preset; a seed \
                whose task a seeded random agent wins is skipped. They go to a suite of their own, \
                <tasks dir>/<family>-gen-s<seed> unless --out names another folder. With --standard: this \
                family's tasks of the fixed StandardSuite (both splits unless --split is given), in \
                <tasks dir>/<family>. Writes suite.json too. A folder that already holds files is \
                refused, unless it holds this same suite and --overwrite is given.
                """
        )

        @OptionGroup var location: Location

        @Argument(help: "The game family.")
        var family: Family

        @Flag(help: "Write this family's tasks of the fixed standard suite.")
        var standard = false

        @Option(help: "How many tasks (not with --standard; default \(Defaults.Generate.count)).")
        var count: Int?

        @Option(help: "The split (with --standard: default both; else train).")
        var split: Split?

        @Option(help: "The first seed tried (not with --standard; default \(Defaults.Generate.seed)).")
        var seed: UInt64?

        @Option(help: "Knob preset (not with --standard).")
        var difficulty = Preset.generated

        @Option(help: "Household task type (not with --standard).")
        var taskType: HouseholdTaskType?

        @Flag(help: "Generate infeasible tasks (not with --standard).")
        var infeasible = false

        @Option(help: "Output folder (default: <tasks dir>/<family>-gen-s<seed>, or <tasks dir>/<family> with --standard); its name is the suite name.")
        var out: String?

        @Flag(help: "Replace the tasks of the same suite (the same family and folder) if the folder holds it already.")
        var overwrite = false

        /// `--difficulty`: TextWorlds' presets, and `default` for `Knobs()`.
        enum Preset: String, ExpressibleByArgument, CaseIterable {
            case `default`, easy, medium, hard

            /// The preset of generated tasks when --difficulty is not given.
            static let generated = Preset(rawValue: Defaults.Generate.difficulty)!
        }

        func validate() throws {
            if standard && (count != nil || seed != nil || taskType != nil || infeasible) {
                throw ValidationError("--standard fixes the tasks; drop --count, --seed, --task-type and --infeasible")
            }
            if let count { try ArgumentRange.within(1...10_000, count, "--count") }
            if taskType != nil && family != .household {
                throw ValidationError("--task-type applies to household only")
            }
        }

        /// The folder written: `--out`, else the standard suite's folder or a new one named
        /// from the family and first seed, so generated tasks never join a standard suite.
        var directory: String {
            if let out { return out }
            if standard { return location.directory + "/" + family.rawValue }
            return location.directory + "/\(family.rawValue)-gen-s\(seed ?? Defaults.Generate.seed)"
        }

        func run() throws {
            let directory = self.directory
            let suite = URL(fileURLWithPath: directory).lastPathComponent
            let suiteJSON = GameTaskFile.suiteJSON(name: suite, family: family).canonical()
            let stale = try staleFiles(in: directory, suiteJSON: suiteJSON)
            let splits = split.map { [$0] } ?? (standard ? Split.allCases : [.train])
            var generated: [GeneratedTask] = []
            if standard {
                for s in splits {
                    generated += try StandardSuite.generate(split: s).filter { $0.description.family == family }
                }
            } else {
                let knobs = self.knobs(for: family)
                let wanted = count ?? Defaults.Generate.count
                var next = seed ?? Defaults.Generate.seed
                let limit = next &+ UInt64(wanted) * 50
                while generated.count < wanted {
                    guard next < limit else { throw CommandError("only \(generated.count) of \(wanted) seeds gave tasks a random agent fails") }
                    let task = try TaskGenerator.generate(family, seed: next, split: splits[0], knobs: knobs)
                    next += 1
                    if !StandardSuite.admits(task) { continue }
                    generated.append(task)
                }
            }
            for file in stale { try FileManager.default.removeItem(atPath: directory + "/" + file) }
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try write(suiteJSON, to: directory + "/suite.json")
            for task in generated {
                let text = try GameTaskFile.json(suite: suite, task).canonical()
                try write(text, to: directory + "/" + GameTaskFile.fileName(task.description))
            }
            print("wrote \(generated.count) \(family.rawValue) task(s) and suite.json to \(directory)")
        }

        func knobs(for family: Family) -> Knobs {
            var knobs = Self.knobs(for: family, preset: difficulty)
            if let taskType { knobs.taskType = taskType }
            if infeasible {
                knobs.infeasible = true
                knobs.minPlanLength = 1
            }
            return knobs
        }

        /// A preset's knobs for `family` (`env-server` generates at `.generated`).
        static func knobs(for family: Family, preset: Preset) -> Knobs {
            Difficulty(rawValue: preset.rawValue).map { Knobs.preset($0, for: family) } ?? Knobs()
        }

        /// The task files to remove before writing: none for a new or empty folder, the old
        /// ones when the folder holds this same suite and --overwrite says so. Anything else is
        /// refused before any work, so `generate` never mixes its tasks into another suite.
        func staleFiles(in directory: String, suiteJSON: String) throws -> [String] {
            let entries = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
            guard !entries.isEmpty else { return [] }
            let existing = try? String(contentsOfFile: directory + "/suite.json", encoding: .utf8)
            // Generated tasks never go into a standard suite's folder, though its suite.json matches.
            let standardFolder = Family.allCases.contains { $0.rawValue == URL(fileURLWithPath: directory).lastPathComponent }
            // This family's standard suite of an older version (its suite.json says another
            // version) is still this suite: --standard --overwrite brings it up to date.
            let olderStandard = standard && existing != nil && URL(fileURLWithPath: directory).lastPathComponent == family.rawValue
            guard existing == suiteJSON || olderStandard, standard || !standardFolder else {
                let holds = existing == nil ? "files that are not a suite" : standardFolder ? "a standard suite" : "another suite"
                let instead = out == nil ? "pass another --seed or an empty --out folder" : "drop --out (a new suite in \(location.directory)) or name an empty folder"
                throw CommandError("\(directory) holds \(holds); generated tasks go to a suite of their own: \(instead)")
            }
            guard overwrite else {
                throw CommandError("\(directory) already holds this suite (\(entries.count - 1) task file(s)); pass --overwrite to replace them")
            }
            return entries.filter { $0.hasSuffix(".json") }
        }

        func write(_ text: String, to path: String) throws {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            } catch {
                throw CommandError("cannot write \(path): \(error.localizedDescription)")
            }
        }
    }
}

extension Family: ExpressibleByArgument {}
extension Split: ExpressibleByArgument {}
extension HouseholdTaskType: ExpressibleByArgument {}
