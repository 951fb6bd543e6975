import XCTest

@testable import ReadinessCore
@testable import ReadinessReports

/// What the plan asks of the customer's team, in the client copy as in the internal one.
final class CustomerAsksTests: XCTestCase {
    func testACoManagedFitAsksForAnOwnerWhatTheTeamKeepsAndSharesAndWhatTheRatingRestsOn() throws {
        for audience in Audience.allCases {
            let report = try ReportFixtures.report("harbor-dental", options: Report.Options(audience: audience))
            XCTAssertEqual(
                report.customerAsks.map { "\($0.lead) \($0.rest)" },
                [
                    "A named owner. One person on your side owns the partnership: they keep the areas below and decide with the partner.",
                    "Your team keeps from the first 30 days: business alignment, onsite coordination, internal relationships and proprietary applications and workflows.",
                    "Your team shares from the first 30 days: documentation (the partner leads).",
                    "The plan rests on these answers: Internal IT team: One person who does everything; What leadership wants: Keep our team, with stronger support around them. If one changes, the rating may become Fully managed first instead.",
                ], "\(audience)")
            // The rows are the split's: every area named is kept or shared now.
            let now = report.result.split.filter { $0.phase == .now && $0.owner != .partner }.map { Report.inSentence($0.title) }
            for area in now { XCTAssertTrue(report.customerAsks.contains { $0.rest.contains(area) }, area) }
        }
    }

    func testWhenAPrerequisiteDecidedTheRatingItIsNotPresentedAsAnAssumption() throws {
        let report = try ReportFixtures.report("cedar-pine-law")
        XCTAssertEqual(report.result.fit.rating, .fullyManaged)
        XCTAssertEqual(report.customerAsks.first?.rest.hasPrefix("One person who owns IT on your side"), true)
        XCTAssertFalse(report.customerAsks.contains { $0.lead.hasPrefix("The plan rests on") })
    }

    func testEveryFormatOfTheClientCopyHasTheSection() throws {
        let report = try ReportFixtures.report("northwind-freight")
        XCTAssertFalse(report.customerAsks.isEmpty)
        let rendering = ReportRendering()
        for format in [ReportFormat.text, .markdown, .html, .json] {
            let output = String(decoding: try rendering.render(report, as: format), as: UTF8.self)
            let title = format == .text ? Report.asksTitle.uppercased() : format == .json ? "\"customerAsks\"" : Report.asksTitle
            XCTAssertTrue(output.contains(title), "\(format)")
            XCTAssertTrue(output.contains("A named owner."), "\(format)")
        }
        XCTAssertTrue(SpokenReportRenderer.render(report).contains("A named owner."))
    }
}
