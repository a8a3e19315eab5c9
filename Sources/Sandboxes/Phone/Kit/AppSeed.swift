import Vocabulary

/// What seeding an app gets: the seed and the device's clock at the start of every episode.
public struct AppSeed: Sendable {
    public let seed: UInt64
    public let app: String
    public let clock: PhoneClock

    public init(seed: UInt64, app: String, clock: PhoneClock) {
        self.seed = seed
        self.app = app
        self.clock = clock
    }

    /// The generator of one kind of data of this app (`phone.<app>.<stream>`), so adding
    /// draws to one stream never shifts another, nor another app's.
    public func generator(_ stream: String) -> SeededGenerator {
        SeededGenerator(seed: seed, stream: "phone.\(app).\(stream)")
    }
}
