#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Dates in assessment files: ISO 8601 in UTC, to the second (`2026-11-29T14:03:00Z`).
///
/// Read and written here rather than by Foundation's ISO 8601 style, which accepts impossible days
/// (`2026-02-30` became March 2) and writes year 1 as `1-01-01`. Days are counted in the proleptic
/// Gregorian calendar, as ISO 8601 does, with years 0001 to 9999.
public enum Timestamp {
    /// Formats a date as `2026-11-29T14:03:00Z`.
    public static func format(_ date: Date) -> String {
        let time = Civil(date, offsetSeconds: 0)
        return "\(time.dayText)T\(two(time.hour)):\(two(time.minute)):\(two(time.second))Z"
    }

    /// The day of a date in UTC, as `2026-11-29`, so that it does not depend on where it is printed.
    public static func day(_ date: Date) -> String {
        Civil(date, offsetSeconds: 0).dayText
    }

    /// A date in a time zone to the minute, as `2026-11-29 14:03`, as a person reads their clock.
    public static func minute(_ date: Date, in zone: TimeZone) -> String {
        let time = Civil(date, offsetSeconds: zone.secondsFromGMT(for: date))
        return "\(time.dayText) \(two(time.hour)):\(two(time.minute))"
    }

    /// Parses `2026-11-29T14:03:00Z`, with optional fractional seconds and a `Z`, `+hh:mm` or `-hh:mm`
    /// offset. Nil for anything else, an impossible day or time included.
    public static func parse(_ text: String) -> Date? {
        if case .success(let date) = read(text) { return date }
        return nil
    }

    /// Why `text` is not a date this program reads, in words, or nil when it is one.
    public static func problem(in text: String) -> String? {
        if case .failure(let problem) = read(text) { return problem.message }
        return nil
    }

    /// Why a text is not a date.
    private struct Problem: Error {
        let message: String
    }

    private static func read(_ text: String) -> Result<Date, Problem> {
        var scanner = Scanner(Array(text.utf8))
        guard let year = scanner.number(digits: 4), scanner.take("-"), let month = scanner.number(digits: 2), scanner.take("-"),
            let day = scanner.number(digits: 2), scanner.take("T"), let hour = scanner.number(digits: 2), scanner.take(":"),
            let minute = scanner.number(digits: 2), scanner.take(":"), let second = scanner.number(digits: 2)
        else { return .failure(Problem(message: "it must be a date and time such as 2026-11-29T14:03:00Z")) }
        var fraction = 0.0
        if scanner.take(".") {
            var scale = 0.1
            var any = false
            while let digit = scanner.number(digits: 1) {
                fraction += Double(digit) * scale
                scale /= 10
                any = true
            }
            guard any else { return .failure(Problem(message: "it has a '.' with no fraction of a second after it")) }
        }
        var offset = 0
        if !scanner.take("Z") {
            guard let sign = scanner.sign() else {
                return .failure(Problem(message: "it must end with Z (UTC) or an offset such as +02:00, like 2026-11-29T14:03:00Z"))
            }
            let hours = scanner.number(digits: 2)
            _ = scanner.take(":")
            guard let hours, let minutes = scanner.number(digits: 2), hours <= 23, minutes <= 59 else {
                return .failure(Problem(message: "its time-zone offset must be like +02:00"))
            }
            offset = sign * (hours * 3600 + minutes * 60)
        }
        guard scanner.atEnd else { return .failure(Problem(message: "unexpected text after the date and time")) }
        guard year >= 1 else { return .failure(Problem(message: "year 0000 is not a year this program reads (0001 to 9999)")) }
        guard (1...12).contains(month) else { return .failure(Problem(message: "there is no month \(two(month))")) }
        guard (1...daysIn(month: month, year: year)).contains(day) else {
            return .failure(Problem(message: "there is no day \(two(day)) in \(monthNames[month - 1]) \(four(year))"))
        }
        guard hour <= 23, minute <= 59, second <= 59 else {
            return .failure(Problem(message: "\(two(hour)):\(two(minute)):\(two(second)) is not a time of day"))
        }
        let seconds = daysSinceEpoch(year: year, month: month, day: day) * 86400 + hour * 3600 + minute * 60 + second - offset
        return .success(Date(timeIntervalSince1970: Double(seconds) + fraction))
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 to a day of the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    /// A moment as calendar fields, shifted by an offset from UTC.
    private struct Civil {
        var year, month, day, hour, minute, second: Int

        init(_ date: Date, offsetSeconds: Int) {
            let interval = date.timeIntervalSince1970.rounded(.down)
            // Far outside any year an assessment can hold, clamp rather than overflow.
            let total = Int(max(-1e15, min(1e15, interval))) + offsetSeconds
            let days = total >= 0 ? total / 86400 : -((-total + 86399) / 86400)
            let rest = total - days * 86400
            (hour, minute, second) = (rest / 3600, rest % 3600 / 60, rest % 60)
            // The inverse of daysSinceEpoch.
            let shifted = days + 719468
            let era = (shifted >= 0 ? shifted : shifted - 146096) / 146097
            let dayOfEra = shifted - era * 146097
            let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
            let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
            let shiftedMonth = (5 * dayOfYear + 2) / 153
            day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
            month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
            year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        }

        var dayText: String { "\(four(year))-\(two(month))-\(two(day))" }
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

    private static func four(_ value: Int) -> String {
        guard value >= 0 else { return "-" + four(-value) }
        let text = String(value)
        return String(repeating: "0", count: max(0, 4 - text.count)) + text
    }

    /// Reads the fixed-width fields of a date from its bytes.
    private struct Scanner {
        let bytes: [UInt8]
        var position = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { position == bytes.count }

        mutating func take(_ character: Unicode.Scalar) -> Bool {
            guard position < bytes.count, bytes[position] == UInt8(ascii: character) else { return false }
            position += 1
            return true
        }

        mutating func sign() -> Int? {
            if take("+") { return 1 }
            if take("-") { return -1 }
            return nil
        }

        /// Exactly `digits` ASCII digits, as a number.
        mutating func number(digits: Int) -> Int? {
            guard position + digits <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[position..<position + digits] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            position += digits
            return value
        }
    }
}
