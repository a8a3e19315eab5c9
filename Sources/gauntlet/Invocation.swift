import Foundation

/// How the user started gauntlet, so the commands it suggests run as printed: the binary
/// as invoked (`.build/release/gauntlet`, or `gauntlet` when it was found on PATH), and the
/// user's own options carried over.
enum Invocation {
    /// The program as typed.
    static var program: String {
        CommandLine.arguments.first ?? "gauntlet"
    }

    /// The executable itself, symlinks resolved: its build directory holds the example agents.
    static var executable: URL {
        URL(fileURLWithPath: program).resolvingSymlinksInPath()
    }

    /// A command line to paste: the program, then `words`, quoted where the shell needs it.
    static func suggest(_ words: [String]) -> String {
        ([program] + words).map(quote).joined(separator: " ")
    }

    private static func quote(_ word: String) -> String {
        let plain = word.allSatisfy { $0.isLetter || $0.isNumber || "-_./:=@,+%".contains($0) }
        return plain && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Arguments with a negative number after an option (`--concurrency -1`) joined into one
    /// (`--concurrency=-1`): swift-argument-parser reads a lone `-1` as a flag and would
    /// report a missing value; joined, the value reaches the option's range check.
    static func attachingNegativeNumbers(_ arguments: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            if word.hasPrefix("--"), !word.contains("="), word.count > 2, index + 1 < arguments.count,
               isNegativeNumber(arguments[index + 1]) {
                result.append(word + "=" + arguments[index + 1])
                index += 2
            } else {
                result.append(word)
                index += 1
            }
        }
        return result
    }

    private static func isNegativeNumber(_ word: String) -> Bool {
        word.hasPrefix("-") && Double(word.dropFirst()) != nil
    }
}
