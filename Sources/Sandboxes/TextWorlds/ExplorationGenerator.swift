import SandboxKit
import Vocabulary

/// TextWorld-style treasure hunts: rooms on a grid, doors (some locked), keys,
/// chests, and a treasure in the room farthest from the start.
enum ExplorationGenerator {
    static func delta(_ d: Direction) -> (Int, Int) {
        switch d {
        case .north: (0, 1)
        case .south: (0, -1)
        case .east: (1, 0)
        case .west: (-1, 0)
        }
    }

    static func draw(_ rng: inout SeededGenerator, split: Split, knobs: Knobs) -> Draw? {
        guard let names = Catalog.exploration[split] else { return nil }
        let n = min(knobs.rooms, names.rooms.count)
        let roomNames = Array(names.rooms.shuffled(using: &rng).prefix(n))

        // Rooms on a grid, each new room next to an existing one: a spanning tree.
        var cells: [(Int, Int)] = [(0, 0)]
        var taken: Set<Int> = [0]
        func key(_ x: Int, _ y: Int) -> Int { (x + 64) * 256 + (y + 64) }
        var edges: [(a: Int, b: Int, dir: Direction)] = []
        for i in 1..<max(n, 1) {
            var candidates: [(Int, Direction)] = []
            for r in 0..<i {
                for d in Direction.allCases {
                    let (dx, dy) = delta(d)
                    if !taken.contains(key(cells[r].0 + dx, cells[r].1 + dy)) { candidates.append((r, d)) }
                }
            }
            guard let (r, d) = rng.pick(candidates).map({ ($0.0, $0.1) }) else { return nil }
            let (dx, dy) = delta(d)
            cells.append((cells[r].0 + dx, cells[r].1 + dy))
            taken.insert(key(cells[i].0, cells[i].1))
            edges.append((r, i, d))
        }

        var entities: [EntitySpec] = []
        var place: [Int32] = []
        var flags: [EntityFlags] = []
        func add(_ spec: EntitySpec, _ p: Int32 = Place.nowhere, _ f: EntityFlags = []) -> Int {
            entities.append(spec)
            place.append(p)
            flags.append(f)
            return entities.count - 1
        }

        // Doors on some passages, some of them locked.
        var edgeDoor = Array(repeating: -1, count: edges.count)
        var locks: [Int] = []
        let doorNames = names.doors.shuffled(using: &rng)
        let doorEdges = Array(edges.indices.shuffled(using: &rng).prefix(min(knobs.doors, edges.count, doorNames.count)))
        for (j, ei) in doorEdges.enumerated() {
            let locked = j < knobs.lockedDoors
            let d = add(EntitySpec(name: doorNames[j], typeName: doorNames[j], kind: .door,
                                   caps: locked ? [.openable, .lockable] : [.openable], room: min(edges[ei].a, edges[ei].b)),
                        Place.nowhere, locked ? [.locked] : [])
            edgeDoor[ei] = d
            if locked { locks.append(d) }
        }
        var exits = Array(repeating: [Exit](), count: n)
        for (ei, e) in edges.enumerated() {
            exits[e.a].append(Exit(direction: e.dir, room: e.b, door: edgeDoor[ei]))
            exits[e.b].append(Exit(direction: e.dir.opposite, room: e.a, door: edgeDoor[ei]))
        }

        // Furniture: a supporter in the start room, more elsewhere; chests anywhere.
        var supporters: [Int] = []
        let supporterNames = names.supporters.shuffled(using: &rng)
        let supporterCount = min(supporterNames.count, 1 + n / 3)
        for j in 0..<supporterCount {
            let room = j == 0 ? 0 : rng.int(0...(n - 1))
            supporters.append(add(EntitySpec(name: supporterNames[j], typeName: supporterNames[j], kind: .receptacle, caps: [], room: room)))
        }
        var containers: [Int] = []
        let containerNames = names.containers.shuffled(using: &rng)
        for j in 0..<min(knobs.containers, containerNames.count) {
            let locked = j < knobs.lockedContainers
            let c = add(EntitySpec(name: containerNames[j], typeName: containerNames[j], kind: .receptacle,
                                   caps: locked ? [.container, .openable, .lockable] : [.container, .openable],
                                   room: rng.int(0...(n - 1))),
                        Place.nowhere, locked ? [.locked] : [])
            containers.append(c)
            if locked { locks.append(c) }
        }
        let holders = supporters + containers
        func randomPlace() -> Int32 {
            let spots = n + holders.count
            let i = rng.int(0...(spots - 1))
            return i < n ? Place.floor(i) : Int32(holders[i - n])
        }

        // A key for every lock, anywhere: the planner rejects draws that lock a key away.
        let keyNames = names.keys.shuffled(using: &rng)
        var keys: [Int] = []
        for (j, lock) in locks.enumerated() where j < keyNames.count {
            keys.append(add(EntitySpec(name: keyNames[j], typeName: keyNames[j], kind: .object, caps: [.portable, .key], room: -1, opens: lock),
                            randomPlace()))
        }

        // The treasure goes in the room farthest from the start.
        var depth = Array(repeating: -1, count: n)
        depth[0] = 0
        var queue = [0]
        var qi = 0
        while qi < queue.count {
            let r = queue[qi]
            qi += 1
            for exit in exits[r] where depth[exit.room] < 0 {
                depth[exit.room] = depth[r] + 1
                queue.append(exit.room)
            }
        }
        let goalRoom = depth.indices.max { depth[$0] < depth[$1] || (depth[$0] == depth[$1] && $0 > $1) } ?? 0
        let treasures = names.treasures.shuffled(using: &rng)
        let treasureName = treasures[0]
        var treasure = -1
        if !knobs.infeasible {
            let hiding = containers.filter { entities[$0].room == goalRoom } + supporters.filter { entities[$0].room == goalRoom }
            let spot: Int32 = !hiding.isEmpty && rng.chance(0.6) ? Int32(hiding[rng.int(0...(hiding.count - 1))]) : Place.floor(goalRoom)
            treasure = add(EntitySpec(name: treasureName, typeName: treasureName, kind: .object, caps: [.portable], room: -1), spot)
        }
        let fillers = (names.trinkets + treasures.dropFirst()).shuffled(using: &rng)
        for j in 0..<min(knobs.distractors, fillers.count) {
            _ = add(EntitySpec(name: fillers[j], typeName: fillers[j], kind: .object, caps: [.portable], room: -1), randomPlace())
        }

        let deliver = knobs.deliver ?? rng.chance(0.5)
        let goal: Predicate
        let text: String
        if deliver {
            // Furniture in another room than the treasure's, where there is one: a fixed place
            // (the start room's table) would let an agent that never reads the goal win by
            // leaving everything there, and one next to the treasure by leaving everything
            // where it found it.
            let away = holders.filter { entities[$0].room != goalRoom }
            let hidingSpot = treasure >= 0 ? Int(place[treasure]) : -1
            guard let target = rng.pick(away.isEmpty ? holders.filter { $0 != hidingSpot } : away) else { return nil }
            let spec = entities[target]
            goal = treasure >= 0 ? .placed(treasure, in: target) : .declaredInfeasible
            text = "find the \(treasureName) and put it \(spec.preposition) the \(spec.name) in the \(roomNames[spec.room])."
        } else {
            goal = treasure >= 0 ? .holding(treasure) : .declaredInfeasible
            text = "find the \(treasureName) and take it."
        }
        let layout = WorldLayout(
            family: .exploration, rooms: roomNames, exits: exits, entities: entities,
            goal: knobs.infeasible ? .declaredInfeasible : goal, goalText: "Your task is to: " + text,
            infeasible: knobs.infeasible, missing: knobs.infeasible ? treasureName : nil, capacity: 0)
        let state = WorldState(room: 0, at: -1, place: place, flags: flags, counts: [])
        var relevant = Array(repeating: false, count: entities.count)
        for e in entities.indices where entities[e].kind != .object || entities[e].caps.contains(.key) || e == treasure {
            relevant[e] = true
        }
        let graph = edges.map { "\(roomNames[$0.a])-\($0.dir.word)-\(roomNames[$0.b])" }.sorted().joined(separator: ",")
        var draw = Draw(layout: layout, state: state, relevant: relevant,
                        taskType: deliver ? "treasure_deliver" : "treasure_take",
                        layoutID: n == 1 ? roomNames[0] : graph, infeasibleSteps: 30 + 15 * n)
        draw.goalRoom = goalRoom
        return draw
    }
}
