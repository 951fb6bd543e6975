import ReadinessCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The split as one table a reader can scan: a line per area (area, owner, the reason in one line),
/// grouped by phase, with the longer reasons in an appendix at the end.
extension Report {
    /// One area of the split, as a line of the table.
    struct SplitLine: Sendable, Equatable {
        /// The row the engine gave.
        let row: SplitRow
        /// The owner in words: `Internal team`, `Partner`, `Shared, partner leads`.
        let owner: String
        /// The reason in one line: the one that decided the row, without the answers it cites.
        let reason: String
        /// The number of the row's entry in the appendix, when its reasons say more than the line.
        let appendixNumber: Int?
    }

    /// The split lines that start in one phase.
    struct SplitGroup: Sendable, Equatable {
        /// The phase.
        let phase: Phase
        /// The lines, internal first, then partner, then shared, each in questionnaire order.
        let lines: [SplitLine]
    }

    /// An entry of the appendix: the reasons of one area that this assessment's answers gave, with the
    /// answers they cite.
    struct SplitNote: Sendable, Equatable {
        /// The entry's number, as the table refers to it.
        let number: Int
        /// The area's title.
        let title: String
        /// The reasons the rules gave (the default reason when no rule applied), with the answers they cite.
        let reasons: [String]
    }

    /// The sentence before the split table.
    static let splitIntroduction =
        "Every area has one owner: the internal team, the partner, or both with the side that leads named. What addresses the strongest signals starts now; the rest waits."

    /// The appendix's title.
    static let splitAppendixTitle = "Appendix: why each area is split this way"

    /// The owners in the order the report lists them: what the internal team keeps comes first, to reassure.
    static let ownerOrder: [Owner] = [.internal, .partner, .shared]

    /// Whether the split is worth printing: with the rating "not yet" the internal team keeps everything
    /// today, and a table of what a partner would do reads as a sales pitch.
    var showsSplit: Bool { result.fit.rating != .notYet && !result.split.isEmpty }

    /// Why the split is left out, when it is.
    var splitOmission: String? {
        guard !showsSplit, !result.split.isEmpty else { return nil }
        return "No split is recommended yet: the internal team has IT covered today. Revisit it when the growth or the workload changes."
    }

    /// The split grouped by phase, earliest first; phases without a row are left out.
    var splitGroups: [SplitGroup] {
        guard showsSplit else { return [] }
        let notes = Dictionary(splitNotes.map { ($0.title, $0.number) }, uniquingKeysWith: { first, _ in first })
        return Phase.allCases.compactMap { phase in
            let lines = Self.ownerOrder.flatMap { owner in
                result.split.filter { $0.phase == phase && $0.owner == owner }
            }.map { row in
                SplitLine(row: row, owner: Self.ownerLabel(for: row), reason: Self.oneLineReason(of: row), appendixNumber: notes[row.title])
            }
            return lines.isEmpty ? nil : SplitGroup(phase: phase, lines: lines)
        }
    }

    /// The appendix: the areas whose reasons say more than their line, numbered in table order.
    var splitNotes: [SplitNote] {
        guard showsSplit else { return [] }
        let ordered = Phase.allCases.flatMap { phase in
            Self.ownerOrder.flatMap { owner in result.split.filter { $0.phase == phase && $0.owner == owner } }
        }
        var notes: [SplitNote] = []
        for row in ordered {
            // The default reason is the questionnaire's general case; what this assessment adds is the rest.
            let specific = row.reasons.count > 1 ? Array(row.reasons.dropFirst()) : row.reasons
            let reasons = specific.map(Rating.inWords)
            guard reasons != [Self.oneLineReason(of: row)] else { continue }
            notes.append(SplitNote(number: notes.count + 1, title: row.title, reasons: reasons))
        }
        return notes
    }

    /// The owner of a row in words, with the side that leads a shared area.
    static func ownerLabel(for row: SplitRow) -> String {
        switch row.owner {
        case .internal: "Internal team"
        case .partner: "Partner"
        case .shared: row.lead == .partner ? "Shared, partner leads" : row.lead == .internal ? "Shared, internal team leads" : "Shared"
        }
    }

    /// The reason that decided a row (the last rule that applied, else the default), in one line: its
    /// first sentence, without the answers it cites in parentheses (the appendix keeps them).
    static func oneLineReason(of row: SplitRow) -> String {
        guard let reason = row.reasons.last else { return "" }
        let bare = withoutTrailingParenthesis(Rating.inWords(reason))
        guard let end = bare.firstRange(of: ". ") else { return bare }
        return String(bare[..<end.lowerBound]) + "."
    }

    /// `Projects keep slipping. (Slipping projects is high (80/100))` without the parenthesis at its end.
    static func withoutTrailingParenthesis(_ text: String) -> String {
        let trimmed = text.trimmingSpaces()
        guard trimmed.hasSuffix(")") else { return trimmed }
        var depth = 0
        var index = trimmed.endIndex
        while index > trimmed.startIndex {
            index = trimmed.index(before: index)
            if trimmed[index] == ")" { depth += 1 }
            if trimmed[index] == "(" {
                depth -= 1
                if depth == 0 { break }
            }
        }
        guard depth == 0, index > trimmed.startIndex else { return trimmed }
        let head = trimmed[..<index].trimmingSpaces()
        return head.isEmpty ? trimmed : head
    }
}
