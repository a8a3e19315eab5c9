import Foundation
import Testing
@testable import TextWorlds

@Suite struct KnobsCodingTests {
    @Test func taskFileKnobsDecodeWithDefaults() throws {
        let json = #"{"task_type":"pick_two_obj_and_place","receptacles":9,"min_plan_length":4}"#
        let k = try JSONDecoder().decode(Knobs.self, from: Data(json.utf8))
        #expect(k.taskType == .pickTwo && k.receptacles == 9 && k.minPlanLength == 4)
        #expect(k.distractors == Knobs().distractors && k.maxPlanLength == 60 && !k.infeasible)
    }

    @Test func knobsRoundTripAndRebuildTheSameTask() throws {
        let original = try TaskGenerator.generate(.exploration, seed: 4, split: .test, knobs: .preset(.medium, for: .exploration))
        let data = try JSONEncoder().encode(original.description.knobs)
        let knobs = try JSONDecoder().decode(Knobs.self, from: data)
        #expect(knobs == original.description.knobs)
        let rebuilt = try TaskGenerator.generate(.exploration, seed: 4, split: .test, knobs: knobs)
        #expect(rebuilt.description.canonicalJSON() == original.description.canonicalJSON())
    }

    @Test func badKnobValuesNameTheKey() {
        let json = #"{"task_type":"juggle"}"#
        do {
            _ = try JSONDecoder().decode(Knobs.self, from: Data(json.utf8))
            Issue.record("an unknown task type was accepted")
        } catch let DecodingError.dataCorrupted(context) {
            #expect(context.codingPath.map(\.stringValue) == ["task_type"])
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
