#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension AssessmentFile {
    /// Reads an assessment file straight from its bytes when it is plainly valid, as this program writes
    /// it: no located tree, no diagnostics. Nil whenever anything is unusual (a key it does not know, a
    /// duplicate, a null, a `\u` escape, an answer its question refuses, the questionnaire missing or named
    /// after the answers, a byte-order mark, bad UTF-8, ...): the caller then reads the file with
    /// `decode(_:questionnaire:)`, which accepts or refuses it with its located messages.
    ///
    /// So it accepts only files that `decode` accepts, and gives the same assessment for them (tests
    /// compare the two over many files, damaged ones included). Listing a store reads thousands of files;
    /// building the located tree was most of the time spent on each.
    public static func decodePlain(_ bytes: [UInt8], questionnaire find: (_ id: String, _ version: String) -> Questionnaire?)
        -> (Assessment, Questionnaire)?
    {
        guard bytes.count <= JSONReader.maximumBytes else { return nil }
        return withoutActuallyEscaping(find) { find in
            bytes.withUnsafeBufferPointer { buffer in
                var reader = PlainAssessmentReader(bytes: buffer, find: find)
                return reader.read()
            }
        }
    }
}

/// The reader behind `AssessmentFile.decodePlain`: a JSON scanner that expects the file's shape and gives
/// up (nil) at the first thing it does not expect.
private struct PlainAssessmentReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let find: (String, String) -> Questionnaire?
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>, find: @escaping (String, String) -> Questionnaire?) {
        self.bytes = bytes
        self.find = find
    }

    /// The byte at the position; 0 past the end (a NUL is never accepted, so it cannot be mistaken).
    private var current: UInt8 { index < bytes.count ? bytes[index] : 0 }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): index += 1
            default: return
            }
        }
    }

    /// Takes `byte` (after any whitespace), or says it is not there.
    private mutating func take(_ byte: UInt8) -> Bool {
        skipWhitespace()
        guard current == byte else { return false }
        index += 1
        return true
    }

    /// The members of an object, each handed to `member` with its key's bytes and the position at its
    /// value; `member` reads the value and returns false to give up.
    private mutating func object(_ member: (inout PlainAssessmentReader, UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        guard take(UInt8(ascii: "{")) else { return false }
        if take(UInt8(ascii: "}")) { return true }
        repeat {
            skipWhitespace()
            guard let key = rawKey(), take(UInt8(ascii: ":")) else { return false }
            skipWhitespace()
            guard member(&self, key) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}"))
    }

    /// A key's bytes between its quotes: plain printable ASCII only.
    private mutating func rawKey() -> UnsafeBufferPointer<UInt8>? {
        guard current == UInt8(ascii: "\"") else { return nil }
        let start = index + 1
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
            guard bytes[end] >= 0x20, bytes[end] < 0x7F, bytes[end] != UInt8(ascii: "\\") else { return nil }
            end += 1
        }
        guard end < bytes.count else { return nil }
        index = end + 1
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// A quoted string: valid UTF-8, no control characters, and only the one-letter escapes.
    private mutating func string() -> String? {
        guard current == UInt8(ascii: "\"") else { return nil }
        index += 1
        var run = index
        var text = ""
        var ascii = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                guard let piece = piece(run, index, ascii: ascii) else { return nil }
                index += 1
                return text.isEmpty ? piece : text + piece
            }
            if byte == UInt8(ascii: "\\") {
                guard let piece = piece(run, index, ascii: ascii), index + 1 < bytes.count else { return nil }
                guard let escaped = JSONReader.escaped(bytes[index + 1]) else { return nil }
                text += piece + escaped
                index += 2
                run = index
                ascii = true
                continue
            }
            if byte < 0x20 { return nil }
            if byte >= 0x80 { ascii = false }
            index += 1
        }
        return nil
    }

    /// The bytes from `start` to `end` as text; nil when they are not valid UTF-8.
    private func piece(_ start: Int, _ end: Int, ascii: Bool) -> String? {
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        return ascii ? String(decoding: slice, as: UTF8.self) : UTF8Text.decoded(slice)
    }

    /// Text as `SchemaReader.text` accepts it: quoted here, and not blank.
    private mutating func text() -> String? {
        guard let text = string(), !text.allSatisfy(\.isWhitespace) else { return nil }
        return text
    }

    /// A whole number written plainly: an optional minus and up to 18 digits, not followed by a fraction
    /// or an exponent.
    private mutating func integer() -> Int? {
        let negative = current == UInt8(ascii: "-")
        if negative { index += 1 }
        var value = 0
        var digits = 0
        while case let byte = current, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
            index += 1
            guard digits <= 18 else { return nil }
        }
        switch current {
        case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "+"), UInt8(ascii: "-"): return nil
        default: break
        }
        guard digits > 0 else { return nil }
        return negative ? -value : value
    }

    /// `true` or `false`.
    private mutating func boolean() -> Bool? {
        if matches("true") { return true }
        if matches("false") { return false }
        return nil
    }

    /// Whether a key's bytes spell `word`.
    private static func spells(_ key: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        key.count == word.utf8CodeUnitCount && UnsafeBufferPointer(start: word.utf8Start, count: key.count).elementsEqual(key)
    }

    /// Takes `word` when the bytes at the position spell it.
    private mutating func matches(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard bytes.count - index >= count else { return false }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
        index += count
        return true
    }

    // MARK: - The assessment

    /// The top-level keys, each allowed once.
    private enum Key: String, CaseIterable {
        case format, formatVersion, id, questionnaire, organization, assessor, mode, status, created, updated, answers
        case conflictOf, contact, continuedFrom

        /// Each key's spelling as bytes, to find a key from the file's bytes without making text of them.
        static let spellings: [(bytes: [UInt8], key: Key)] = allCases.map { (Array($0.rawValue.utf8), $0) }

        /// The key these bytes spell, if any.
        init?(spelledBy bytes: UnsafeBufferPointer<UInt8>) {
            guard let found = Self.spellings.first(where: { $0.bytes.count == bytes.count && $0.bytes.elementsEqual(bytes) }) else {
                return nil
            }
            self = found.key
        }
    }

    mutating func read() -> (Assessment, Questionnaire)? {
        var seen: Set<Key> = []
        var questionnaire: Questionnaire?
        var (headerID, headerVersion, id): (String?, String?, String?)
        var (organization, assessor, mode, status): (String, String, Assessment.Mode, Assessment.Status) = ("", "", .call, .draft)
        var (created, updated, conflictOf, continuedFrom): (Date?, Date?, String?, String?)
        var contact: Assessment.Contact?
        var answers: [String: AnswerRecord] = [:]
        let complete = object { reader, rawKey in
            guard let key = Key(spelledBy: rawKey), seen.insert(key).inserted else { return false }
            switch key {
            case .format:
                return reader.string() == AssessmentFile.format
            case .formatVersion:
                guard let version = reader.integer() else { return false }
                return (1...AssessmentFile.formatVersion).contains(version)
            case .id:
                id = reader.text()
                return id != nil
            case .questionnaire:
                var (qid, version): (String?, String?)
                let read = reader.object { reader, key in
                    switch String(decoding: key, as: UTF8.self) {
                    case "id" where qid == nil: qid = reader.text()
                    case "version" where version == nil: version = reader.text()
                    default: return false
                    }
                    return true
                }
                guard read, let qid, let version, let found = reader.find(qid, version), found.id == qid else { return false }
                (headerID, headerVersion, questionnaire) = (qid, version, found)
                return true
            case .organization:
                guard let text = reader.string() else { return false }
                organization = text
            case .assessor:
                guard let text = reader.string() else { return false }
                assessor = text
            case .mode:
                guard let word = reader.string().flatMap(Assessment.Mode.init(rawValue:)) else { return false }
                mode = word
            case .status:
                guard let word = reader.string().flatMap(Assessment.Status.init(rawValue:)) else { return false }
                status = word
            case .created:
                created = reader.text().flatMap(Timestamp.parse)
                return created != nil
            case .updated:
                updated = reader.text().flatMap(Timestamp.parse)
                return updated != nil
            case .conflictOf:
                conflictOf = reader.text()
                return conflictOf != nil
            case .continuedFrom:
                continuedFrom = reader.text()
                return continuedFrom != nil
            case .contact:
                var (name, role): (String?, String?)
                let read = reader.object { reader, key in
                    switch String(decoding: key, as: UTF8.self) {
                    case "name" where name == nil: name = reader.string()
                    case "role" where role == nil: role = reader.string()
                    default: return false
                    }
                    return true
                }
                guard read else { return false }
                contact = Assessment.Contact(name: name, role: role)
            case .answers:
                // The questionnaire must be known first; this program always writes it first.
                guard let questionnaire else { return false }
                // Room for every question at once, rather than a table grown (and hashed again) step by step.
                answers.reserveCapacity(questionnaire.questions.count)
                return reader.object { reader, key in
                    guard let question = questionnaire.question(String(decoding: key, as: UTF8.self)),
                        let record = reader.answer(to: question)
                    else { return false }
                    // A question answered twice: given up (the file is read again with its located message).
                    return answers.updateValue(record, forKey: question.id) == nil
                }
            }
            return true
        }
        skipWhitespace()
        guard complete, index == bytes.count, seen.contains(.format), seen.contains(.formatVersion), let id, let headerID,
            let headerVersion, let questionnaire
        else { return nil }
        let start = Date(timeIntervalSince1970: 0)
        let assessment = Assessment(
            id: id, questionnaireID: headerID, questionnaireVersion: headerVersion, organization: organization, assessor: assessor,
            mode: mode, created: created ?? updated ?? start, updated: updated ?? created ?? start, status: status, answers: answers,
            conflictOf: conflictOf, contact: contact, continuedFrom: continuedFrom)
        return (assessment, questionnaire)
    }

    /// One answer object, checked against its question as `AnswerReading` checks it.
    private mutating func answer(to question: Question) -> AnswerRecord? {
        var (value, dontKnow, notApplicable, note, flagged, shareNote): (Response?, Bool?, Bool?, String?, Bool?, Bool?)
        // The key's bytes are compared as they are, without making text of them.
        let read = object { reader, key in
            if Self.spells(key, "value") {
                guard value == nil else { return false }
                value = reader.response(to: question)
                return value != nil
            } else if Self.spells(key, "dontKnow") {
                guard dontKnow == nil else { return false }
                dontKnow = reader.boolean()
                return dontKnow != nil
            } else if Self.spells(key, "notApplicable") {
                guard notApplicable == nil else { return false }
                notApplicable = reader.boolean()
                return notApplicable != nil
            } else if Self.spells(key, "note") {
                guard note == nil else { return false }
                note = reader.string()
                return note.map { AnswerValidation.tooLong($0, what: "") == nil } ?? false
            } else if Self.spells(key, "flagged") {
                guard flagged == nil else { return false }
                flagged = reader.boolean()
                return flagged != nil
            } else if Self.spells(key, "shareNote") {
                guard shareNote == nil else { return false }
                shareNote = reader.boolean()
                return shareNote != nil
            }
            return false
        }
        guard read else { return nil }
        let unknown = dontKnow ?? false
        let inapplicable = notApplicable ?? false
        // At most one of a value, "don't know" and "not applicable".
        guard (value != nil ? 1 : 0) + (unknown ? 1 : 0) + (inapplicable ? 1 : 0) <= 1 else { return nil }
        var response = value
        if unknown {
            guard question.allowsUnknown else { return nil }
            response = .unknown
        } else if inapplicable {
            guard question.allowsNotApplicable else { return nil }
            response = .notApplicable
        }
        return AnswerRecord(response: response, note: note, flagged: flagged ?? false, shareNote: shareNote ?? false)
    }

    /// An answer's value for its question's kind; nil when it is not one the question allows.
    private mutating func response(to question: Question) -> Response? {
        switch question.kind {
        case .single(let options):
            guard let text = string(), options.contains(where: { $0.id == text }) else { return nil }
            return .choice(text)
        case .multiple(let options):
            guard take(UInt8(ascii: "[")) else { return nil }
            var chosen: [String] = []
            if !take(UInt8(ascii: "]")) {
                repeat {
                    skipWhitespace()
                    guard let text = string(), options.contains(where: { $0.id == text }) else { return nil }
                    if !chosen.contains(text) { chosen.append(text) }
                } while take(UInt8(ascii: ","))
                guard take(UInt8(ascii: "]")) else { return nil }
            }
            let response = Response.choices(options.map(\.id).filter(chosen.contains))
            return AnswerValidation.problem(with: response, for: question) == nil ? response : nil
        case .scale:
            guard let number = integer(), Scale.values.contains(number) else { return nil }
            return .scale(number)
        case .number(let spec):
            guard let number = integer(), (spec.minimum...spec.maximum).contains(number) else { return nil }
            return .number(number)
        case .text:
            guard let text = string() else { return nil }
            let response = Response.text(text)
            return AnswerValidation.problem(with: response, for: question) == nil ? response : nil
        }
    }
}
