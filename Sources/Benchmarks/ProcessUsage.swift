import Foundation

/// This process's CPU time and resident memory, read from the kernel.
enum ProcessUsage {
    /// User + system CPU seconds of this process.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6 + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    /// Current and peak resident set size from /proc/self/status (Linux).
    static func memory() -> (currentMiB: Double, peakMiB: Double) {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return (0, 0) }
        func field(_ name: String) -> Double {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }) else { return 0 }
            let kib = Double(line.split(separator: " ").dropFirst().first.map(String.init) ?? "") ?? 0
            return kib / 1024
        }
        return (field("VmRSS"), field("VmHWM"))
    }
}
