import XCTest

@testable import ReadinessCore
@testable import ReadinessInterview

/// A call prepared in advance (issue 16): the command line and the remembered assessor fill the start
/// screen, one Enter starts a filled form, and the optional contact rows cost no key when left empty.
final class StartPrefillTests: XCTestCase {
    private func harness(prefill: StartPrefill, drafts: [Assessment] = []) -> InterviewHarness {
        var setup = TestQuestionnaire.setup(drafts: drafts)
        setup.prefill = prefill
        setup.offersContact = true
        return InterviewHarness(setup: setup)
    }

    func testAPrefilledOrganizationAndAssessorStartWithOneEnter() {
        let harness = harness(
            prefill: StartPrefill(organization: "Acme Dental", assessor: "Sam Ortiz"),
            drafts: [TestQuestionnaire.assessment(organization: "Northwind")])
        XCTAssertEqual(harness.startForm?.focusedRow, .start, "drafts or not, a prepared call waits on Start")
        harness.press(.enter)
        XCTAssertEqual(harness.assessment.organization, "Acme Dental")
        XCTAssertEqual(harness.assessment.assessor, "Sam Ortiz")
        XCTAssertNil(harness.assessment.contact, "an empty contact is not recorded")
    }

    func testWithTheAssessorRememberedTheNameGoesToStartInOneEnter() {
        let harness = harness(prefill: StartPrefill(assessor: "Sam Ortiz"))
        XCTAssertEqual(harness.startForm?.focusedRow, .organization)
        harness.type("Acme Dental")
        harness.press(.enter)
        XCTAssertEqual(harness.startForm?.focusedRow, .start)
    }

    func testEnterFromTheAssessorPassesOverTheContactRowsWhichArrowsReach() {
        let harness = harness(prefill: StartPrefill())
        harness.type("Acme Dental")
        harness.press(.enter)
        harness.type("Sam Ortiz")
        harness.press(.enter)
        XCTAssertEqual(harness.startForm?.focusedRow, .mode, "the optional contact costs no key when left empty")
        harness.press(.up, .up)
        XCTAssertEqual(harness.startForm?.focusedRow, .contactName)
        harness.type("Dana Lee")
        harness.press(.down)
        harness.type("Office manager")
        harness.press(.down, .enter, .enter)
        XCTAssertEqual(harness.assessment.contact, Assessment.Contact(name: "Dana Lee", role: "Office manager"))
    }
}
