@_spi(_Unicode) import Swift

// The few text operations the program used from the whole of Foundation. Only FoundationEssentials is
// imported anywhere, so the binary does not carry Foundation's internationalization code and ICU data
// (tens of megabytes mapped at every start): these stand in for `trimmingCharacters(in:)`,
// `padding(toLength:withPad:startingAt:)` and diacritic folding, with the same results for this program.

extension StringProtocol {
    /// Without spaces and tabs at either end, as Foundation's `trimmingCharacters(in: .whitespaces)` gave.
    public func trimmingSpaces() -> String {
        trimming { $0.isWhitespace && !$0.isNewline }
    }

    /// Without white space or line breaks at either end, as Foundation's `trimmingCharacters(in: .whitespacesAndNewlines)` gave.
    public func trimmingWhitespace() -> String {
        trimming(\.isWhitespace)
    }

    /// Without the characters that pass `isTrimmed` at either end.
    public func trimming(_ isTrimmed: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !isTrimmed($0) }), let last = lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return String(self[first...last])
    }

    /// Cut or padded with spaces at the end to exactly `length` characters.
    public func padded(toLength length: Int) -> String {
        count >= length ? String(prefix(length)) : String(self) + String(repeating: " ", count: length - count)
    }

    /// With accents and other combining marks taken off ("Zürich" gives "Zurich"): the canonical
    /// decomposition without its nonspacing marks.
    public var withoutDiacritics: String {
        var out = String.UnicodeScalarView()
        for scalar in String(self)._nfd where scalar.properties.generalCategory != .nonspacingMark {
            out.append(scalar)
        }
        return String(out)
    }
}
