import Foundation
import GRDB

/// What building a screen reads: the instance's data, the screen, what was typed on it,
/// and the device's clock.
public struct ScreenContext {
    public let db: Database
    public let ref: ScreenRef
    /// Values typed or set on this screen, by field id.
    public let fields: [String: String]
    public let clock: PhoneClock

    public init(db: Database, ref: ScreenRef, fields: [String: String], clock: PhoneClock) {
        self.db = db
        self.ref = ref
        self.fields = fields
        self.clock = clock
    }

    /// What the field shows: what was typed, else `initial` (the stored value of an edit form).
    public func value(_ field: String, _ initial: String = "") -> String {
        fields[field] ?? initial
    }
}

/// What running a command reads and writes: the instance's data (in the step's
/// transaction), the screen it came from, and every field on that screen as shown.
public struct CommandContext {
    public let db: Database
    public let ref: ScreenRef
    /// Every field of the screen with the value it shows (typed, else its default).
    public let fields: [String: String]
    public let clock: PhoneClock

    public init(db: Database, ref: ScreenRef, fields: [String: String], clock: PhoneClock) {
        self.db = db
        self.ref = ref
        self.fields = fields
        self.clock = clock
    }

    /// A field's value with surrounding spaces trimmed ("" when the screen has no such field).
    public func field(_ name: String) -> String {
        (fields[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
