/// Writes the engine's sentences ("Title: answer", "Words (fact; fact)") from their parts in one step:
/// a score writes dozens of them, and building each by appending grew and copied it part by part.
enum ReasonText {
    /// The parts one after another, in a string allocated once at its final size.
    static func joining(_ parts: [String]) -> String {
        let count = parts.reduce(0) { $0 + $1.utf8.count }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var written = 0
            for var part in parts {
                part.withUTF8 { bytes in
                    guard let base = bytes.baseAddress else { return }
                    UnsafeMutableRawPointer(buffer.baseAddress! + written).copyMemory(from: base, byteCount: bytes.count)
                    written += bytes.count
                }
            }
            return written
        }
    }

    /// The parts `before`, then the items with `separator` between them, then the parts `after`.
    static func joining(before: [String], _ items: [String], separator: String, after: [String]) -> String {
        var parts = before
        parts.reserveCapacity(before.count + items.count * 2 + after.count)
        for (index, item) in items.enumerated() {
            if index > 0 { parts.append(separator) }
            parts.append(item)
        }
        parts += after
        return joining(parts)
    }
}
