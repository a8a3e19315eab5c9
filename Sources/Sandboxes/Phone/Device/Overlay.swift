/// What covers the screen until it is answered or dismissed. Plain data, kept in the
/// device's state.
enum Overlay: Sendable, Equatable, Codable {
    case dialog(Dialog)
    case menu([MenuItem])
    /// The date picker for `field`, showing one month, with `selected` as `YYYY-MM-DD`.
    case datePicker(field: String, year: Int, month: Int, selected: String)
    /// The time picker for `field` at `hour:minute`.
    case timePicker(field: String, hour: Int, minute: Int)
    /// The notification shade.
    case shade
}
