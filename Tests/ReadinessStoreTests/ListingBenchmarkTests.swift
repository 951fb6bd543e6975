import Foundation
import ReadinessCore
import ReadinessStore
import XCTest

/// Times `listing()` over a real folder, when asked: `READINESS_BENCH_DATA=DIR READINESS_BENCH_QUESTIONNAIRES=DIR`
/// (build with `-c release -Xswiftc -enable-testing` for numbers that mean something).
final class ListingBenchmarkTests: XCTestCase {
    func testListingOfAFolder() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let data = environment["READINESS_BENCH_DATA"], let questionnaires = environment["READINESS_BENCH_QUESTIONNAIRES"] else {
            throw XCTSkip("set READINESS_BENCH_DATA and READINESS_BENCH_QUESTIONNAIRES to time a listing")
        }
        let catalog = try QuestionnaireCatalog(directory: questionnaires)
        let store = FileAssessmentStore(directory: data, questionnaires: catalog)
        for run in 1...3 {
            let start = Date()
            let listing = store.listing()
            print("listing run \(run): \(listing.summaries.count) assessments, \(listing.problems.count) problems in \(String(format: "%.3f", Date().timeIntervalSince(start))) s")
        }
    }
}
