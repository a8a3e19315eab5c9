import Foundation
@testable import Forum
import Shop
import Testing

/// The forum reads a time per comment and the shop writes one per request, so both skip
/// Foundation's formatter and `timegm`; these check they still agree with the C library.
@Suite struct ForumTimeTests {
    /// Every 9,973 seconds from 1990 to 2040: leap days, month and year ends included.
    static let instants = Array(stride(from: Int64(631_152_000), to: 2_208_988_800, by: 9_973 * 17)) + [951_782_400, 951_868_799, 1_709_164_800, 1_780_315_200]

    @Test func theShopClockWritesWhatGmtimeSays() {
        for instant in Self.instants {
            var time = time_t(instant)
            var parts = tm()
            gmtime_r(&time, &parts)
            let expected = String(format: "%04d-%02d-%02d %02d:%02d:%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
                                  Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
            #expect(ShopClock.format(instant) == expected)
        }
    }

    @Test func theForumReadsBackEveryStampTheClockWrites() {
        for instant in Self.instants {
            #expect(ForumTime.unix(ShopClock.format(instant)) == instant, "\(ShopClock.format(instant))")
        }
        // Off the fixed layout, the C library's reading is used, and nonsense reads as 0.
        #expect(ForumTime.unix("2026-6-1 12:00:00") == 1_780_315_200)
        #expect(ForumTime.unix("yesterday") == 0)
    }
}
