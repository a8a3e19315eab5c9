import Foundation
import GauntletTesting
import Testing

// Nested in HarnessSuites (left unindented to keep the diff small): see HarnessSuites.swift.
extension HarnessSuites {
/// `gauntlet bench observe --json` is read by scripts: one JSON object, with the
/// medians the issue names and libxml2's floor beside each.
@Suite struct BenchObserveTests {
    @Test func jsonIsOneObjectWithTheMediansAndTheLibXML2Floor() async throws {
        let output = try await GauntletProcess.run(["bench", "observe", "--json", "--only", "50k", "--iterations", "3"])
        #expect(output.status == 0, "\(output.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Double])
        #expect(Set(object.keys) == ["ms_50k", "libxml2_ms_50k", "mb_per_s"])
        #expect(object.values.allSatisfy { $0 > 0 && $0.isFinite })
    }

    @Test func anUnknownSizeIsAClearError() async throws {
        let output = try await GauntletProcess.run(["bench", "observe", "--only", "2m"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("'2m'") && output.stderr.contains("'50k', '200k' or '1m'"), "\(output.stderr)")
    }
}
}
