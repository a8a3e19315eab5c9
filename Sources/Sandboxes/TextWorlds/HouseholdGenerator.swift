import SandboxKit
import Vocabulary

/// ALFWorld-style household tasks: one room of furniture, objects on and in it,
/// and one of the six task types.
enum HouseholdGenerator {
    static func draw(_ rng: inout SeededGenerator, split: Split, knobs: Knobs) -> Draw? {
        let layouts = Catalog.householdLayouts.filter { $0.split == split }
        guard let room = rng.pick(layouts) else { return nil }
        let type = knobs.taskType ?? rng.pick(HouseholdTaskType.allCases) ?? .pickAndPlace
        let objects = Catalog.householdObjects.filter { $0.split == split }
        let receptacleCaps = Dictionary(uniqueKeysWithValues: Catalog.receptacleTypes.map { ($0.name, $0.caps) })

        let need: Capabilities
        let tool: Capabilities?
        switch type {
        case .heatThenPlace: need = .heatable; tool = .heater
        case .coolThenPlace: need = .coolable; tool = .cooler
        case .cleanThenPlace: need = .cleanable; tool = .cleaner
        default: need = .portable; tool = nil
        }
        let goalCandidates = objects.filter { $0.caps.contains(.portable) && $0.caps.contains(need) && !$0.caps.contains(.slicer) }
        guard let goalType = rng.pick(goalCandidates) else { return nil }

        // Furniture: every instance of the layout, then thinned to the knob.
        var furniture: [String] = []
        for (t, n) in room.receptacles { for _ in 0..<n { furniture.append(t) } }
        let typesPresent = room.receptacles.map(\.type)
        let targetCandidates = typesPresent.filter { t in
            let caps = receptacleCaps[t] ?? []
            return tool.map { !caps.contains($0) } ?? true
        }
        guard let targetType = rng.pick(targetCandidates) else { return nil }
        let lampType = objects.first { $0.caps.contains(.light) }
        if let limit = knobs.receptacles, limit < furniture.count {
            var keep = Array(repeating: false, count: furniture.count)
            func keepFirst(where p: (String) -> Bool) {
                if let i = furniture.indices.first(where: { p(furniture[$0]) }) { keep[i] = true }
            }
            keepFirst { $0 == targetType }
            if let tool { keepFirst { receptacleCaps[$0]?.contains(tool) ?? false } }
            keepFirst { Catalog.lampSurfaces.contains($0) }
            var order = Array(furniture.indices)
            order.shuffle(using: &rng)
            var count = keep.filter { $0 }.count
            for i in order where count < limit && !keep[i] {
                keep[i] = true
                count += 1
            }
            furniture = furniture.indices.filter { keep[$0] }.map { furniture[$0] }
        }

        var entities: [EntitySpec] = []
        var places: [Int] = []  // per entity, its receptacle; -1 for furniture
        var numbers: [String: Int] = [:]
        func add(_ type: String, _ kind: EntityKind, _ caps: Capabilities) -> Int {
            let n = (numbers[type] ?? 0) + 1
            numbers[type] = n
            entities.append(EntitySpec(name: "\(type) \(n)", typeName: type, kind: kind, caps: caps, room: kind == .receptacle ? 0 : -1))
            places.append(-1)
            return entities.count - 1
        }
        let receptacles = furniture.map { add($0, .receptacle, receptacleCaps[$0] ?? []) }
        let goalCount = type == .pickTwo ? 2 : 1
        let instances = knobs.infeasible ? 0 : goalCount + (rng.chance(0.4) ? 1 : 0)
        let notTarget = receptacles.filter { entities[$0].typeName != targetType }
        let surfaces = receptacles.filter { Catalog.lampSurfaces.contains(entities[$0].typeName) }
        guard !notTarget.isEmpty else { return nil }
        for _ in 0..<instances {
            let e = add(goalType.name, .object, goalType.caps)
            places[e] = rng.pick(notTarget) ?? -1
        }
        var lamp = -1
        if let lampType, !surfaces.isEmpty, type == .examineInLight || rng.chance(0.4) {
            lamp = add(lampType.name, .object, lampType.caps)
            places[lamp] = rng.pick(surfaces) ?? -1
        }
        let distractorTypes = objects.filter { $0.caps.contains(.portable) && $0.name != goalType.name }
        for _ in 0..<knobs.distractors {
            guard let t = rng.pick(distractorTypes) else { break }
            let e = add(t.name, .object, t.caps)
            places[e] = rng.pick(receptacles) ?? -1
        }

        let goalIndex = Draw.typeIndex(goalType.name, in: entities)
        let targetIndex = Draw.typeIndex(targetType, in: entities)
        let targetCaps = receptacleCaps[targetType] ?? []
        let prep = targetCaps.contains(.container) ? "in" : "on"
        let a = World.article(goalType.name)
        let goal: Predicate
        let text: String
        switch type {
        case .pickAndPlace:
            goal = .placedType(type: goalIndex, flags: [], receptacleType: targetIndex, count: 1)
            text = "put \(a) \(goalType.name) \(prep) a \(targetType)."
        case .pickTwo:
            goal = .placedType(type: goalIndex, flags: [], receptacleType: targetIndex, count: 2)
            text = "put two \(plural(goalType.name)) \(prep) a \(targetType)."
        case .heatThenPlace:
            goal = .placedType(type: goalIndex, flags: .hot, receptacleType: targetIndex, count: 1)
            text = "heat \(a) \(goalType.name) and put it \(prep) a \(targetType)."
        case .coolThenPlace:
            goal = .placedType(type: goalIndex, flags: .cold, receptacleType: targetIndex, count: 1)
            text = "cool \(a) \(goalType.name) and put it \(prep) a \(targetType)."
        case .cleanThenPlace:
            goal = .placedType(type: goalIndex, flags: .clean, receptacleType: targetIndex, count: 1)
            text = "clean \(a) \(goalType.name) and put it \(prep) a \(targetType)."
        case .examineInLight:
            goal = .examinedInLight(goalIndex)
            text = "examine \(a) \(goalType.name) under the \(lampType?.name ?? "lamp")."
        }

        var place = Array(repeating: Place.nowhere, count: entities.count)
        let flags = Array(repeating: EntityFlags(), count: entities.count)
        for (e, p) in places.enumerated() where p >= 0 { place[e] = Int32(p) }
        let layout = WorldLayout(
            family: .household, rooms: ["room"], exits: [[]], entities: entities,
            goal: knobs.infeasible ? .declaredInfeasible : goal, goalText: "Your task is to: " + text,
            infeasible: knobs.infeasible, missing: knobs.infeasible ? goalType.name : nil, capacity: 1)
        let state = WorldState(room: 0, at: -1, place: place, flags: flags, counts: [])

        var relevant = Array(repeating: false, count: entities.count)
        for e in entities.indices {
            let spec = entities[e]
            if spec.typeName == goalType.name || spec.typeName == targetType || e == lamp { relevant[e] = true }
            if let tool, spec.caps.contains(tool) { relevant[e] = true }
        }
        for (e, p) in places.enumerated() where p >= 0 && relevant[e] { relevant[p] = true }
        return Draw(layout: layout, state: state, relevant: relevant, taskType: type.rawValue, layoutID: room.id,
                    infeasibleSteps: 20 + 2 * receptacles.count)
    }

    static func plural(_ word: String) -> String {
        if word.hasSuffix("ch") || word.hasSuffix("sh") || word.hasSuffix("s") || word.hasSuffix("x") || word.hasSuffix("o") {
            return word + "es"
        }
        if word.hasSuffix("y"), let c = word.dropLast().last, !"aeiou".contains(c) { return word.dropLast() + "ies" }
        return word + "s"
    }
}
