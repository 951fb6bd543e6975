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

/// Writes UTF-8 bytes one part after another into a buffer already of the final size (`ReasonText.write`):
/// appending to a `String` part by part costs several times the copying.
struct ReasonWriter {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    /// How many bytes are written so far.
    private(set) var count = 0

    fileprivate init(_ buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

    /// Copies bytes in after those written; more than the buffer holds is a miscounted length, which
    /// stops here rather than writing past the string.
    private mutating func copy(_ start: UnsafePointer<UInt8>, _ length: Int) {
        precondition(length <= buffer.count - count, "a reason's length was counted wrong")
        guard length > 0, let base = buffer.baseAddress else { return }
        (base + count).update(from: start, count: length)
        count += length
    }

    /// Writes a string's bytes.
    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            guard let start = bytes.baseAddress else { return }
            copy(start, bytes.count)
        }
    }

    /// Writes a literal's bytes.
    mutating func write(_ text: StaticString) {
        copy(text.utf8Start, text.utf8CodeUnitCount)
    }

    /// Writes a number in decimal, as `String(number)` does.
    mutating func write(_ number: Int) {
        write(String(number))
    }

    /// The bytes `write(_ number:)` writes for a number.
    static func length(of number: Int) -> Int {
        number >= 0 && number < 10 ? 1 : (number >= 10 && number < 100 ? 2 : String(number).utf8.count)
    }
}

extension ReasonText {
    /// A string of `length` UTF-8 bytes, written by `body` (which must write exactly that many).
    static func write(length: Int, _ body: (inout ReasonWriter) -> Void) -> String {
        String(unsafeUninitializedCapacity: length) { buffer in
            var writer = ReasonWriter(UnsafeMutableBufferPointer(rebasing: buffer[..<length]))
            body(&writer)
            precondition(writer.count == length, "a reason's length was counted wrong")
            return writer.count
        }
    }
}
