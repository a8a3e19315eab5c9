import Foundation

/// Lays out what covers the screen: a dialog, a popup menu, the date and time pickers, the
/// notification shade. Returns the overlay's box: a touch outside it dismisses it.
enum OverlayLayout {
    static let package = "android"

    static func place(_ overlay: Overlay, into nodes: inout [UINode], state: DeviceState, notifications: [LayoutEngine.Notification]) -> Rect {
        var out = Builder(nodes: nodes)
        let box: Rect
        switch overlay {
        case .dialog(let dialog): box = out.dialog(dialog)
        case .menu(let items): box = out.menu(items)
        case .datePicker(_, let year, let month, let selected): box = out.datePicker(year: year, month: month, selected: selected)
        case .timePicker(_, let hour, let minute): box = out.timePicker(hour: hour, minute: minute)
        case .shade: box = out.shade(notifications, clock: state.clock)
        }
        nodes = out.nodes
        return box
    }

    private struct Builder {
        var nodes: [UINode]

        mutating func add(_ className: String, _ id: String, _ bounds: Rect, depth: Int, text: String = "", desc: String = "",
                          action: SystemAction? = nil, flags: NodeFlags = [], package: String = OverlayLayout.package) {
            var node = UINode(className: className, resourceID: id.isEmpty || id.contains(":") ? id : "\(package):id/\(id)", text: text,
                              contentDesc: desc, package: package, bounds: bounds, depth: depth)
            if let action {
                node.action = .system(action)
                node.flags = flags.union([.clickable, .focusable])
            } else {
                node.flags = flags
            }
            nodes.append(node)
        }

        /// Title, message, and the buttons in a row, Android's order (the confirming one last).
        mutating func dialog(_ dialog: Dialog) -> Rect {
            let lines = dialog.message.isEmpty ? 0 : LayoutEngine.lines(dialog.message, width: 840)
            let h = 48 + 120 + (lines > 0 ? 36 + lines * 60 : 0) + 24 + 144 + 24
            let top = (2400 - h) / 2
            let box = Rect(x1: 72, y1: top, x2: 1008, y2: top + h)
            add("android.widget.FrameLayout", "parentPanel", box, depth: 1)
            add("android.widget.TextView", "alertTitle", Rect(x1: 120, y1: top + 48, x2: 960, y2: top + 168), depth: 2, text: dialog.title)
            var y = top + 168
            if lines > 0 {
                add("android.widget.TextView", "message", Rect(x1: 120, y1: y + 18, x2: 960, y2: y + 36 + lines * 60), depth: 2, text: dialog.message)
                y += 36 + lines * 60
            }
            y += 24
            var right = 960
            let count = dialog.buttons.count
            for (i, button) in dialog.buttons.enumerated().reversed() {
                let w = max(216, 72 + button.label.count * 30)
                // Positive (button1) is the last, negative (button2) the first, neutral (button3) between.
                let name = i == count - 1 ? "button1" : i == 0 ? "button2" : "button3"
                add("android.widget.Button", name, Rect(x1: right - w, y1: y, x2: right, y2: y + 144), depth: 2, text: button.label,
                    action: .dialogButton(i))
                right -= w + 24
            }
            return box
        }

        mutating func menu(_ items: [MenuItem]) -> Rect {
            let top = LayoutEngine.statusBar + 24
            let box = Rect(x1: 456, y1: top, x2: 1056, y2: top + 24 + items.count * 144 + 24)
            add("android.widget.FrameLayout", "popup", box, depth: 1)
            add("android.widget.ListView", "list", Rect(x1: 456, y1: top + 24, x2: 1056, y2: box.y2 - 24), depth: 2)
            for (i, item) in items.enumerated() {
                let y = top + 24 + i * 144
                add("android.widget.TextView", "title", Rect(x1: 456, y1: y, x2: 1056, y2: y + 144), depth: 3, text: item.label,
                    action: .menuItem(i))
            }
            return box
        }

        mutating func datePicker(year: Int, month: Int, selected: String) -> Rect {
            let first = PhoneClock.days(year: year, month: month, day: 1)
            let next = month == 12 ? PhoneClock.days(year: year + 1, month: 1, day: 1) : PhoneClock.days(year: year, month: month + 1, day: 1)
            let count = next - first
            // Monday first; 1970-01-01 was a Thursday.
            let lead = ((first % 7) + 7 + 3) % 7
            let rows = (lead + count + 6) / 7
            let top = 480
            let h = 144 + 144 + rows * 132 + 192
            let box = Rect(x1: 48, y1: top, x2: 1032, y2: top + h)
            add("android.widget.FrameLayout", "datePicker", box, depth: 1)
            let title = "\(PhoneClock.monthName(month)) \(year)"
            add("android.widget.TextView", "date_picker_header", Rect(x1: 96, y1: top + 24, x2: 984, y2: top + 144), depth: 2, text: selected)
            add("android.widget.ImageButton", "prev", Rect(x1: 96, y1: top + 144, x2: 240, y2: top + 288), depth: 2,
                desc: "Previous month", action: .pickMonth(-1))
            add("android.widget.TextView", "month_view", Rect(x1: 264, y1: top + 168, x2: 816, y2: top + 264), depth: 2, text: title)
            add("android.widget.ImageButton", "next", Rect(x1: 840, y1: top + 144, x2: 984, y2: top + 288), depth: 2,
                desc: "Next month", action: .pickMonth(1))
            for day in 1...count {
                let cell = lead + day - 1
                let x = 96 + (cell % 7) * 126, y = top + 288 + (cell / 7) * 132
                let date = "\(year)-\(PhoneClock.pad(month))-\(PhoneClock.pad(day))"
                add("android.widget.TextView", "day", Rect(x1: x, y1: y, x2: x + 126, y2: y + 132), depth: 2, text: String(day),
                    desc: "\(day) \(PhoneClock.monthName(month)) \(year)", action: .pickDay(date), flags: date == selected ? [.selected] : [])
            }
            buttons(y: box.y2 - 168)
            return box
        }

        mutating func timePicker(hour: Int, minute: Int) -> Rect {
            let top = 780
            let box = Rect(x1: 48, y1: top, x2: 1032, y2: top + 840)
            add("android.widget.FrameLayout", "timePicker", box, depth: 1)
            add("android.widget.TextView", "time_header", Rect(x1: 96, y1: top + 24, x2: 984, y2: top + 168), depth: 2,
                text: "\(PhoneClock.pad(hour)):\(PhoneClock.pad(minute))")
            let controls: [(String, SystemAction, Int, Int)] = [
                ("Hour up", .pickHour(1), 144, top + 216), ("Hour down", .pickHour(-1), 144, top + 432),
                ("Minute up", .pickMinute(5), 600, top + 216), ("Minute down", .pickMinute(-5), 600, top + 432),
            ]
            add("android.widget.TextView", "hours", Rect(x1: 144, y1: top + 360, x2: 480, y2: top + 432), depth: 2, text: PhoneClock.pad(hour))
            add("android.widget.TextView", "minutes", Rect(x1: 600, y1: top + 360, x2: 936, y2: top + 432), depth: 2, text: PhoneClock.pad(minute))
            for (label, action, x, y) in controls {
                add("android.widget.ImageButton", label.lowercased().replacingOccurrences(of: " ", with: "_"),
                    Rect(x1: x, y1: y, x2: x + 336, y2: y + 144), depth: 2, desc: label, action: action)
            }
            buttons(y: box.y2 - 168)
            return box
        }

        private mutating func buttons(y: Int) {
            add("android.widget.Button", "button2", Rect(x1: 528, y1: y, x2: 768, y2: y + 144), depth: 2, text: "Cancel", action: .dismiss)
            add("android.widget.Button", "button1", Rect(x1: 792, y1: y, x2: 984, y2: y + 144), depth: 2, text: "OK", action: .pickerDone)
        }

        mutating func shade(_ notifications: [LayoutEngine.Notification], clock: PhoneClock) -> Rect {
            let system = LayoutEngine.systemPackage
            let box = Rect(x1: 0, y1: 0, x2: 1080, y2: 2232)
            add("android.widget.FrameLayout", "\(system):id/notification_shade", box, depth: 1, package: system)
            add("android.widget.TextView", "\(system):id/date", Rect(x1: 48, y1: 96, x2: 1032, y2: 216), depth: 2,
                text: "\(PhoneClock.time(clock.now))  \(PhoneClock.day(clock.now))", package: system)
            var y = 264
            if notifications.isEmpty {
                add("android.widget.TextView", "\(system):id/no_notifications", Rect(x1: 48, y1: y, x2: 1032, y2: y + 120), depth: 2,
                    text: "No notifications", package: system)
                return box
            }
            for (i, note) in notifications.prefix(8).enumerated() {
                add("android.widget.LinearLayout", "\(system):id/notification", Rect(x1: 24, y1: y, x2: 1056, y2: y + 216), depth: 2,
                    desc: note.title, action: .notification(i), package: system)
                add("android.widget.TextView", "\(system):id/notification_text", Rect(x1: 72, y1: y + 108, x2: 1008, y2: y + 192), depth: 3,
                    text: note.text, package: system)
                y += 240
            }
            add("android.widget.Button", "\(system):id/clear_all", Rect(x1: 720, y1: y + 24, x2: 1032, y2: y + 168), depth: 2,
                text: "Clear all", action: .clearNotifications, package: system)
            return box
        }
    }
}
