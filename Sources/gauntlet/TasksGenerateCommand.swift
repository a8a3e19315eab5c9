import ArgumentParser
import Foundation
import TextWorlds

extension TasksCommand {
    /// `gauntlet tasks generate FAMILY`: task files for generated text games (docs/textgames.md).
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write task files for generated text games (the same arguments give byte-identical files).",
            discussion: """
                Without --standard: --count tasks from --seed upward with the --difficulty preset; a seed \
                whose task a seeded random agent wins is skipped. With --standard: this family's tasks of \
                the fixed StandardSuite (both splits unless --split is given). Writes suite.json too.
                """
        )

        @OptionGroup var location: Location

        @Argument(help: "household, crafting or exploration.")
        var family: String

        @Flag(help: "Write this family's tasks of the fixed standard suite.")
        var standard = false

        @Option(help: "How many tasks (not with --standard; default 10).")
        var count: Int?

        @Option(help: "train or test (with --standard: default both; else train).")
        var split: String?

        @Option(help: "The first seed tried (not with --standard; default 1).")
        var seed: UInt64?

        @Option(help: "Knob preset: default, easy, medium or hard (not with --standard).")
        var difficulty = "medium"

        @Option(help: "Household task type, e.g. pick_heat_then_place_in_recep (not with --standard).")
        var taskType: String?

        @Flag(help: "Generate infeasible tasks (not with --standard).")
        var infeasible = false

        @Option(help: "Output folder (default: <tasks dir>/<family>); its name is the suite name.")
        var out: String?

        func run() throws {
            guard let family = Family(rawValue: family) else {
                throw ValidationError("unknown family '\(family)' (household, crafting, exploration)")
            }
            let splits: [Split]
            if let split {
                guard let s = Split(rawValue: split) else { throw ValidationError("--split must be train or test, found '\(split)'") }
                splits = [s]
            } else {
                splits = standard ? Split.allCases : [.train]
            }
            var generated: [GeneratedTask] = []
            if standard {
                if count != nil || seed != nil || taskType != nil || infeasible {
                    throw ValidationError("--standard fixes the tasks; drop --count, --seed, --task-type and --infeasible")
                }
                for s in splits {
                    generated += try StandardSuite.generate(split: s).filter { $0.description.family == family }
                }
            } else {
                let knobs = try self.knobs(for: family)
                let wanted = count ?? 10
                guard wanted >= 1 && wanted <= 10_000 else { throw ValidationError("--count must be 1...10000") }
                var next = seed ?? 1
                let limit = next &+ UInt64(wanted) * 50
                while generated.count < wanted {
                    guard next < limit else { throw CommandError("only \(generated.count) of \(wanted) seeds gave tasks a random agent fails") }
                    let task = try TaskGenerator.generate(family, seed: next, split: splits[0], knobs: knobs)
                    next += 1
                    if StandardSuite.randomAgentWins(task, tries: StandardSuite.randomTries) { continue }
                    generated.append(task)
                }
            }
            let directory = out ?? location.directory + "/" + family.rawValue
            let suite = URL(fileURLWithPath: directory).lastPathComponent
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try write(GameTaskFile.suiteJSON(name: suite, family: family).canonical(), to: directory + "/suite.json")
            for task in generated {
                let text = try GameTaskFile.json(suite: suite, task).canonical()
                try write(text, to: directory + "/" + GameTaskFile.fileName(task.description))
            }
            print("wrote \(generated.count) \(family.rawValue) task(s) and suite.json to \(directory)")
        }

        func knobs(for family: Family) throws -> Knobs {
            var knobs: Knobs
            if difficulty == "default" {
                knobs = Knobs()
            } else {
                guard let d = Difficulty(rawValue: difficulty) else {
                    throw ValidationError("--difficulty must be default, easy, medium or hard, found '\(difficulty)'")
                }
                knobs = .preset(d, for: family)
            }
            if let taskType {
                guard family == .household, let t = HouseholdTaskType(rawValue: taskType) else {
                    throw ValidationError("--task-type applies to household only: \(HouseholdTaskType.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                knobs.taskType = t
            }
            if infeasible {
                knobs.infeasible = true
                knobs.minPlanLength = 1
            }
            return knobs
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
